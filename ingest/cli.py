"""`python -m ingest [PATH ...] [--rebuild] [--config FILE]`: index the knowledge folder or files.

Exit code 0 when every entry was indexed (or unchanged); 1 when some file was refused
(`skipped NAME: reason`) or some entry ignored (`warning: ignored NAME: reason`: a link, a hidden
or special file, a sub-folder), the rest being indexed; 2 when the store or the configuration is
unusable.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tqdm import tqdm

from ingest.pipeline import ingest
from knowledge.embeddings import LazyEmbeddings, model_identity, prepare_serving_embeddings
from knowledge.errors import KnowledgeError
from knowledge.logs import configure_logging
from knowledge.settings import load_settings
from knowledge.store import KnowledgeStore


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m ingest", description="Index plans and regulations.")
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the knowledge folder)")
    parser.add_argument("--rebuild", action="store_true", help="re-embed every document")
    parser.add_argument("--config", type=Path, help="config file (default: $TDKT_CONFIG or ./config.toml)")
    return parser


def _progress_bar(total: int):
    bar = tqdm(total=total, desc="Embedding chunks", unit="chunk", disable=total == 0, file=sys.stderr)

    def advance(count: int) -> None:
        bar.update(count)
        if bar.n >= total:
            bar.close()

    return advance


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
        configure_logging(settings.logging)
        embeddings = LazyEmbeddings(settings.embeddings)
        store = KnowledgeStore(settings, embeddings)
        missing = [p for p in args.paths if not p.exists()]
        if missing:
            print(f"error: no such file or folder: {', '.join(map(str, missing))}", file=sys.stderr)
            return 2
        report = ingest(
            settings,
            store,
            model_identity(settings.embeddings),
            paths=args.paths or None,
            rebuild=args.rebuild,
            progress=_progress_bar,
        )
        prepare_serving_embeddings(settings.embeddings, lambda: embeddings.model)
    except KnowledgeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for name, reason in report.ignored:
        print(f"warning: ignored {name}: {reason}", file=sys.stderr)
    for name, error in report.failed:
        print(f"skipped {name}: {error}", file=sys.stderr)
    print(report.summary())
    return 1 if report.failed or report.ignored else 0

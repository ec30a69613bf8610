"""Incremental ingest: files → Documents → chunks → store, skipping what has not changed.

A file whose content hash matches the catalog is not read again. A changed file is re-parsed; only
chunks whose text is new are embedded, the rest keep their vectors. Files gone from the knowledge
folder are dropped. Order of writes: new vectors, then the catalog (commit), then deletion of
vectors no longer referenced; an interruption anywhere leaves the previous catalog searchable and
the next run completes the job.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.chunks import chunk_document
from ingest.facts import extract_facts
from ingest.parse import parse_document
from ingest.reader import read_text
from knowledge.catalog import Catalog, StoredDocument
from knowledge.errors import ParseError
from knowledge.settings import Settings
from knowledge.store import KnowledgeStore

log = logging.getLogger(__name__)
# Bump when parsing, chunking or fact extraction changes, so stored documents are re-parsed.
PIPELINE_VERSION = "8"


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    chunks_total: int = 0
    chunks_embedded: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        indexed = len(self.added) + len(self.updated) + len(self.unchanged)
        return (
            f"{indexed} document(s) indexed ({len(self.added)} new, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged), {len(self.removed)} removed, {len(self.failed)} failed; "
            f"{self.chunks_total} chunks, {self.chunks_embedded} embedded, {self.seconds:.1f} s"
        )


def list_documents(folder: Path) -> list[Path]:
    """Every visible regular file directly inside `folder`, sorted by name."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def _expand(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files.extend(list_documents(path) if path.is_dir() else [path])
    return files


def _content_hash(data: bytes) -> str:
    return hashlib.sha256(PIPELINE_VERSION.encode() + b"\0" + data).hexdigest()


def ingest(
    settings: Settings,
    store: KnowledgeStore,
    model_identity: str,
    paths: list[Path] | None = None,
    rebuild: bool = False,
    progress: Callable[[int], Callable[[int], None]] = lambda total: lambda n: None,
) -> IngestReport:
    """Bring the store up to date with the knowledge folder (or just with `paths`).

    Args:
        settings: the loaded settings.
        store: the opened knowledge store.
        model_identity: identifies the embedding model; a change forces a full rebuild.
        paths: files or folders to index; None means the configured knowledge folder, and only
            then are documents missing from it dropped.
        rebuild: re-embed everything.
        progress: called with the number of chunks to embed; returns a callback that receives
            each batch size as it is embedded.

    Returns:
        What was added, updated, unchanged, removed and what failed (with the reason).

    Raises:
        StoreUnavailableError: when the vector store cannot be read or written.
    """
    started = time.perf_counter()
    report = IngestReport()
    previous = store.catalog
    rebuild = rebuild or previous.model != model_identity
    if rebuild:
        previous = Catalog(model=model_identity)
    catalog = Catalog(model_identity, dict(previous.documents), dict(previous.chunks))
    files = list_documents(settings.knowledge.documents) if paths is None else _expand(paths)

    seen: dict[str, Path] = {}
    pending = []
    for path in files:
        doc_id = path.stem
        if doc_id in seen:
            report.failed.append((path.name, f"same document id as {seen[doc_id].name}"))
            continue
        seen[doc_id] = path
        try:
            data = path.read_bytes()
        except OSError as error:
            report.failed.append((path.name, f"cannot read: {error.strerror or error}"))
            continue
        digest = _content_hash(data)
        stored = previous.documents.get(doc_id)
        if stored and stored.content_hash == digest:
            report.unchanged.append(doc_id)
            continue
        try:
            document = parse_document(doc_id, read_text(path))
        except ParseError as error:
            report.failed.append((path.name, str(error)))
            continue
        chunks = chunk_document(document, settings.chunking)
        stale = set(stored.chunk_ids) if stored else set()
        for chunk_id in stale:
            catalog.chunks.pop(chunk_id, None)
        catalog.documents[doc_id] = StoredDocument(
            document, str(path.resolve()), digest, tuple(c.id for c in chunks), tuple(extract_facts(document))
        )
        catalog.chunks.update({c.id: c for c in chunks})
        pending.extend(chunks)
        (report.updated if stored else report.added).append(doc_id)

    if paths is None:
        for doc_id in sorted(set(catalog.documents) - set(seen)):
            for chunk_id in catalog.documents.pop(doc_id).chunk_ids:
                catalog.chunks.pop(chunk_id, None)
            report.removed.append(doc_id)

    if rebuild or report.added or report.updated or report.removed:
        if rebuild:
            store.reset_vectors()
        existing = store.vector_ids()
        to_embed = list({c.id: c for c in pending if c.id not in existing}.values())
        store.add_chunks(to_embed, progress(len(to_embed)))
        report.chunks_embedded = len(to_embed)
        store.commit(catalog)
        store.delete_chunks(store.vector_ids() - set(catalog.chunks))
    report.chunks_total = len(catalog.chunks)
    report.seconds = time.perf_counter() - started
    return report

"""Incremental ingest: files → Documents → chunks → store, skipping what has not changed.

A file whose content hash matches the catalog is not read again. A changed file is read and parsed
in a child process held to the `[limits]` (ingest/sandbox.py); only chunks whose text is new are
embedded, the rest keep their vectors. Every file that cannot be read, or passes a limit, is a
refusal in the report, never an error that stops the run; entries that are not regular files
(links, hidden and special files) are listed as ignored. Files gone from the knowledge folder are
dropped; chunks whose vectors are missing from the store (a store deleted or replaced) are embedded
again. The whole change is applied by `KnowledgeStore.apply`, all or nothing: new vectors, the
keyword index, the catalog (commit), then deletion of vectors no longer referenced; a failure at
any step rolls every one of them back, and an interruption leaves the previous catalog searchable
for the next run to complete the job.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.files import document_id, list_documents, read_document_bytes
from ingest.sandbox import prepare_untrusted
from knowledge.catalog import Catalog, StoredDocument
from knowledge.errors import ConfigError, ParseError
from knowledge.settings import Settings
from knowledge.store import KnowledgeStore

log = logging.getLogger(__name__)
# Bump when parsing, chunking or fact extraction changes, so stored documents are re-parsed.
PIPELINE_VERSION = "69"


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, ParseError]] = field(default_factory=list)
    ignored: list[tuple[str, str]] = field(default_factory=list)
    chunks_total: int = 0
    chunks_embedded: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        indexed = len(self.added) + len(self.updated) + len(self.unchanged)
        return (
            f"{indexed} document(s) indexed ({len(self.added)} new, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged), {len(self.removed)} removed, {len(self.failed)} failed, "
            f"{len(self.ignored)} ignored; "
            f"{self.chunks_total} chunks, {self.chunks_embedded} embedded, {self.seconds:.1f} s"
        )


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
        What was added, updated, unchanged, removed, what failed (with the error) and which
        entries were ignored (with the reason).

    Raises:
        StoreUnavailableError: when the vector store or the index folder cannot be read or
            written; nothing was changed (see `KnowledgeStore.apply`).
        ConfigError: the knowledge folder does not exist (which would otherwise drop every document).
    """
    if paths is None and not settings.knowledge.documents.is_dir():
        raise ConfigError(f"knowledge.documents: no such folder: {settings.knowledge.documents}")
    started = time.perf_counter()
    report = IngestReport()
    previous = store.catalog
    rebuild = rebuild or previous.model != model_identity
    if rebuild:
        previous = Catalog(model=model_identity)
    catalog = Catalog(model_identity, dict(previous.documents), dict(previous.chunks))
    listing = list_documents([settings.knowledge.documents] if paths is None else paths)
    report.ignored = listing.ignored

    seen: dict[str, Path] = {}
    pending = []
    for path in listing.files:
        doc_id = document_id(path)
        if doc_id in seen:
            report.failed.append((path.name, ParseError(f"same document id as {seen[doc_id].name}")))
            continue
        seen[doc_id] = path
        try:
            data = read_document_bytes(path, settings.limits)
        except ParseError as error:
            report.failed.append((path.name, error))
            continue
        digest = _content_hash(data)
        stored = previous.documents.get(doc_id)
        if stored and stored.content_hash == digest:
            report.unchanged.append(doc_id)
            continue
        try:
            prepared = prepare_untrusted(doc_id, path.name, data, settings.limits, settings.chunking)
        except ParseError as error:
            report.failed.append((path.name, error))
            continue
        stale = set(stored.chunk_ids) if stored else set()
        for chunk_id in stale:
            catalog.chunks.pop(chunk_id, None)
        chunks = prepared.chunks
        catalog.documents[doc_id] = StoredDocument(
            prepared.document, str(path.resolve()), digest, tuple(c.id for c in chunks), prepared.facts
        )
        catalog.chunks.update({c.id: c for c in chunks})
        pending.extend(chunks)
        (report.updated if stored else report.added).append(doc_id)

    if paths is None:
        for doc_id in sorted(set(catalog.documents) - set(seen)):
            for chunk_id in catalog.documents.pop(doc_id).chunk_ids:
                catalog.chunks.pop(chunk_id, None)
            report.removed.append(doc_id)

    # Checked on every run (opening the store costs about half a second): a store deleted or
    # replaced under a full catalog would otherwise leave every unchanged chunk without a vector.
    existing = store.vector_ids() if catalog.chunks and not rebuild else set()
    queued = {c.id for c in pending}
    lost = [c for c in catalog.chunks.values() if c.id not in existing and c.id not in queued]
    if lost:
        log.warning(
            "The vector store lacks %d of the catalog's %d chunks (deleted or replaced?); embedding them again",
            len(lost), len(catalog.chunks),
        )  # fmt: skip
        pending.extend(lost)
    if rebuild or report.added or report.updated or report.removed or lost:
        if rebuild:
            store.reset_vectors()
        to_embed = list({c.id: c for c in pending if c.id not in existing}.values())
        store.apply(catalog, to_embed, progress(len(to_embed)))
        report.chunks_embedded = len(to_embed)
    report.chunks_total = len(catalog.chunks)
    report.seconds = time.perf_counter() - started
    return report

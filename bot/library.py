"""The knowledge folder managed from chat: add a document sent by an admin, remove one by id.

A document is read and parsed before anything changes; only then is it put in the knowledge folder
(replacing the file of the same name, or of the same document id in another format) and ingested.
If ingesting fails (store down, crash), the previous file is put back, so the knowledge base and
the folder stay as they were; the next `python -m ingest` finishes any half-written vectors.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from ingest.parse import parse_document
from ingest.pipeline import IngestReport, ingest
from ingest.reader import SUPPORTED_SUFFIXES, read_text
from knowledge.catalog import StoredDocument
from knowledge.embeddings import model_identity
from knowledge.errors import ParseError
from knowledge.settings import Settings
from knowledge.store import KnowledgeStore

_UNSAFE = re.compile(r"[^\w.-]+")


@dataclass(frozen=True)
class Added:
    stored: StoredDocument
    replaced: bool
    report: IngestReport


def safe_file_name(name: str) -> str:
    """The file name a sent document is stored under: no folders, no odd characters."""
    path = Path(Path(name).name)
    stem = _UNSAFE.sub("-", path.stem).strip("-.") or "tai-lieu"
    return stem + path.suffix.lower()


class DocumentLibrary:
    """Adds and removes documents of the knowledge folder, one change at a time."""

    def __init__(self, settings: Settings, store: KnowledgeStore) -> None:
        self._settings = settings
        self._store = store
        self._folder = Path(settings.knowledge.documents)
        self._lock = threading.Lock()

    def add(self, file_name: str, data: bytes) -> Added:
        """Read, check and ingest a document; on any failure nothing changes.

        Raises:
            ParseError: unsupported, empty, corrupt or protected file (ToolMissingError when the
                format's program is not installed).
            StoreUnavailableError: the store could not be written; the old version is kept.
        """
        name = safe_file_name(file_name)
        if Path(name).suffix not in SUPPORTED_SUFFIXES:
            raise ParseError(f"{name}: unsupported file type")
        with tempfile.TemporaryDirectory(prefix="tdkt-upload-") as staging:
            staged = Path(staging) / name
            staged.write_bytes(data)
            parse_document(staged.stem, read_text(staged))  # refuse before touching anything
            with self._lock:
                return self._install(staged)

    def _install(self, staged: Path) -> Added:
        self._folder.mkdir(parents=True, exist_ok=True)
        target = self._folder / staged.name
        previous = [p for p in self._folder.iterdir() if p.is_file() and p.stem == staged.stem]
        backup = Path(tempfile.mkdtemp(prefix="tdkt-previous-"))
        try:
            for path in previous:
                shutil.move(path, backup / path.name)
            shutil.copyfile(staged, target)
            report = ingest(self._settings, self._store, model_identity(self._settings.embeddings), paths=[target])
            if report.failed:
                raise ParseError(report.failed[0][1])
        except BaseException:
            target.unlink(missing_ok=True)
            for path in backup.iterdir():
                shutil.move(path, self._folder / path.name)
            raise
        finally:
            shutil.rmtree(backup, ignore_errors=True)
        return Added(self._store.catalog.documents[staged.stem], bool(previous), report)

    def remove(self, doc_id: str) -> bool:
        """Remove a document's files and its index entries; False when there is no such document.

        Raises:
            StoreUnavailableError: the store could not be written; the files are put back.
        """
        with self._lock:
            if doc_id not in self._store.catalog.documents:
                return False
            files = [p for p in self._folder.iterdir() if p.is_file() and p.stem == doc_id]
            backup = Path(tempfile.mkdtemp(prefix="tdkt-removed-"))
            try:
                for path in files:
                    shutil.move(path, backup / path.name)
                ingest(self._settings, self._store, model_identity(self._settings.embeddings))
            except BaseException:
                for path in backup.iterdir():
                    shutil.move(path, self._folder / path.name)
                raise
            finally:
                shutil.rmtree(backup, ignore_errors=True)
            return doc_id not in self._store.catalog.documents

"""The knowledge folder managed from chat: add a document sent by an admin, remove one by id.

A sent document goes into the knowledge folder (the file of the same name, or of the same
document id in another format, set aside) and is ingested; ingest reads and parses it before any
index changes, and the store applies the change all or nothing (`KnowledgeStore.apply`). If
anything fails (unreadable file, store down at any step, crash), the new file is removed and the
previous one put back, so the folder, the vectors, the keyword index and the catalog stay as they
were.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest.files import document_id
from ingest.pipeline import ingest
from ingest.reader import SUPPORTED_SUFFIXES
from ingest.sandbox import stop_readers
from knowledge.embeddings import model_identity
from knowledge.errors import ParseError
from knowledge.library import Added
from knowledge.settings import Settings
from knowledge.store import KnowledgeStore

_UNSAFE = re.compile(r"[^\w.-]+")


def safe_file_name(name: str) -> str:
    """The file name a sent document is stored under: no folders, no odd characters, NFC (macOS
    sends names decomposed: "Kế hoạch" would lose its marks to the dashes)."""
    path = Path(Path(unicodedata.normalize("NFC", name)).name)
    stem = _UNSAFE.sub("-", path.stem).strip("-.") or "tai-lieu"
    return stem + path.suffix.lower()


class DocumentLibrary:
    """Adds and removes documents of the knowledge folder, one change at a time (the
    `knowledge.library.Library` the bot is given)."""

    def __init__(self, settings: Settings, store: KnowledgeStore) -> None:
        self._settings = settings
        self._store = store
        self._folder = Path(settings.knowledge.documents)
        self._lock = threading.Lock()

    def file_name(self, sent_name: str) -> str:
        return safe_file_name(sent_name)

    def supports(self, file_name: str) -> bool:
        return Path(file_name).suffix.lower() in SUPPORTED_SUFFIXES

    def stop_reading(self) -> None:
        stop_readers()

    def add(self, file_name: str, data: bytes) -> Added:
        """Put a document in the knowledge folder and ingest it; on any failure nothing changes.

        Raises:
            ParseError: unsupported, empty, corrupt or protected file, or its format's program
                is not installed.
            StoreUnavailableError: the store could not be written; the old version is kept.
        """
        name = safe_file_name(file_name)
        if Path(name).suffix not in SUPPORTED_SUFFIXES:
            raise ParseError(f"{name}: unsupported file type")
        target = self._folder / name
        with self._lock:
            self._folder.mkdir(parents=True, exist_ok=True)
            previous = self._files_of(target.stem)
            with _set_aside(previous, self._folder):
                try:
                    target.write_bytes(data)
                    # Ingest reads and parses the file first: a reader error changes no index.
                    report = ingest(self._settings, self._store, self._model, paths=[target])
                    if report.failed:
                        raise report.failed[0][1]
                except BaseException:
                    target.unlink(missing_ok=True)
                    raise
            return Added(self._store.catalog.documents[target.stem], bool(previous), report.summary())

    def remove(self, doc_id: str) -> bool:
        """Remove a document's files and its index entries; False when there is no such document.

        Raises:
            StoreUnavailableError: the store could not be written; the files are put back and the
                document is still in every index.
            InconsistentStoreError: the same, but the store could not be rolled back either.
        """
        with self._lock:
            if doc_id not in self._store.catalog.documents:
                return False
            with _set_aside(self._files_of(doc_id), self._folder):
                ingest(self._settings, self._store, self._model)
            return doc_id not in self._store.catalog.documents

    @property
    def _model(self) -> str:
        return model_identity(self._settings.embeddings)

    def _files_of(self, doc_id: str) -> list[Path]:
        return [p for p in self._folder.iterdir() if p.is_file() and document_id(p) == doc_id]


@contextmanager
def _set_aside(paths: list[Path], folder: Path) -> Iterator[None]:
    """Move `paths` out of the knowledge folder for the block; put them back if it fails."""
    backup = Path(tempfile.mkdtemp(prefix="tdkt-previous-"))
    try:
        for path in paths:
            shutil.move(path, backup / path.name)
        yield
    except BaseException:
        for path in backup.iterdir():
            shutil.move(path, folder / path.name)
        raise
    finally:
        shutil.rmtree(backup, ignore_errors=True)

"""The knowledge base as the chat sees it: documents added and removed one at a time.

The Telegram code works against this interface only; the entry point wires in the implementation
(`ingest.library.DocumentLibrary`), so answering and chat code never import ingest internals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from knowledge.catalog import StoredDocument


@dataclass(frozen=True)
class Added:
    stored: StoredDocument
    replaced: bool  # a document of the same id was there before
    summary: str  # one line for the log: chunks, facts, seconds


class Library(Protocol):
    def file_name(self, sent_name: str) -> str:
        """The name a sent file is stored under (no folders, no odd characters)."""

    def supports(self, file_name: str) -> bool:
        """Whether files of this kind can be read."""

    def add(self, file_name: str, data: bytes) -> Added:
        """Add or replace a document; on any failure nothing changes.

        Raises:
            ParseError, LimitExceededError, StoreUnavailableError
        """

    def remove(self, doc_id: str) -> bool:
        """Remove a document; False when there is no such document.

        Raises:
            StoreUnavailableError
        """

    def stop_reading(self) -> None:
        """Stop the readers working for an add now (the bot is stopping); the add then fails
        and is rolled back."""

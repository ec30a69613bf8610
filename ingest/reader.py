"""Read a document file into text, whatever its format: plain text in any supported encoding, PDF
(text or scanned), Word .docx and .doc. Unsupported, empty and unreadable files, and files past
the `[limits]`, are refused with a message saying what to do; no parsing happens here.

This runs in the process that calls it: untrusted files are read through `ingest.sandbox`, which
calls it in a child process held to memory and time limits.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ingest.encodings import decode_text
from ingest.limits import check_text_length
from ingest.readers.doc import read_doc
from ingest.readers.docx import read_docx
from ingest.readers.pdf import read_pdf
from knowledge.errors import ParseError
from knowledge.settings import LimitsSettings


def _read_txt(path: Path, limits: LimitsSettings) -> str:
    return decode_text(path.read_bytes(), path.name)


_READERS: dict[str, Callable[[Path, LimitsSettings], str]] = {
    ".txt": _read_txt,
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".doc": read_doc,
}
SUPPORTED_SUFFIXES = tuple(_READERS)


def read_text(path: Path, limits: LimitsSettings | None = None) -> str:
    """Return the text of `path`.

    Raises:
        ParseError: unsupported type, empty file, unreadable content (ToolMissingError when the
            program a format needs is not installed, LimitExceededError past a `[limits]` setting).
    """
    limits = limits or LimitsSettings()
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        supported = ", ".join(SUPPORTED_SUFFIXES)
        raise ParseError(f"{path.name}: unsupported file type {path.suffix or '(none)'}; supported: {supported}")
    if path.stat().st_size == 0:
        raise ParseError(f"{path.name}: the file is empty")
    text = reader(path, limits)
    if not text.strip():
        raise ParseError(f"{path.name}: no text found in the file")
    check_text_length(path.name, len(text), limits)
    return text

"""Read a document file into text. This issue reads plain-text files (UTF-8, or UTF-16 with BOM).

Other formats, and legacy Vietnamese encodings, are refused with a message saying what to do;
binary files renamed `.txt` and empty files are refused too. No parsing happens here.
"""

from __future__ import annotations

from pathlib import Path

from knowledge.errors import ParseError

SUPPORTED_SUFFIXES = (".txt",)
_LEGACY_HINT = (
    "not UTF-8 text; it may use a legacy Vietnamese encoding (TCVN3/ABC, VNI, Windows-1258): "
    "save it as UTF-8 and ingest again"
)


def read_text(path: Path) -> str:
    """Return the text of `path`.

    Raises:
        ParseError: unsupported type, empty file, binary content or a non-UTF-8 encoding.
    """
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise ParseError(f"{path.name}: unsupported file type {path.suffix or '(none)'}; supported: .txt")
    data = path.read_bytes()
    if not data.strip():
        raise ParseError(f"{path.name}: the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ParseError(f"{path.name}: binary content, not a text document")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ParseError(f"{path.name}: {_LEGACY_HINT}", error.start) from error

"""Checks a Word package (.docx: a ZIP of XML parts) before python-docx opens it.

1. Sizes from the ZIP directory: a package whose parts unpack to more than
   `[limits] max_docx_unpacked_mb`, or with one part over `max_docx_part_mb`, is refused before
   anything is unpacked (a 1 MB zip bomb can unpack to gigabytes).
2. Each part is then streamed through the decompressor with a byte cap (a directory that lies
   about sizes is caught as well) and its CRC checked: a damaged package is refused here with a
   clear reason instead of failing somewhere inside python-docx.
3. A part that declares a DTD is refused. Word never writes one, and a DTD is what entity
   expansion (billion laughs) and external entities (XXE) need. This is the early, clear refusal;
   the lock itself is python-docx's lxml parser, which neither resolves entities
   (`resolve_entities=False`) nor reads from the network (lxml's `no_network` default).

Not done here: reading the text (ingest/readers/docx.py).
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from ingest.limits import MB, exceeded
from knowledge.errors import ParseError
from knowledge.settings import LimitsSettings

_CHUNK = 1024 * 1024
# How an XML parser finds "<!DOCTYPE" in the encodings it detects by itself.
_DTD_MARKS = tuple("<!DOCTYPE".encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be"))
_OVERLAP = max(len(mark) for mark in _DTD_MARKS) - 1


def check_docx_package(path: Path, limits: LimitsSettings) -> None:
    """Raises:
    LimitExceededError: the package or one of its parts unpacks to more than the limits allow.
    ParseError: not a ZIP package, damaged (bad CRC, truncated), or a part declares a DTD.
    """
    try:
        with zipfile.ZipFile(path) as package:
            parts = package.infolist()
            unpacked = sum(part.file_size for part in parts)
            if unpacked > limits.max_docx_unpacked_mb * MB:
                what = f"the Word package unpacked ({unpacked / MB:.0f} MB)"
                raise exceeded(path.name, what, "max_docx_unpacked_mb", limits)
            for part in parts:
                if part.file_size > limits.max_docx_part_mb * MB:
                    what = f"its part {part.filename} unpacked ({part.file_size / MB:.0f} MB)"
                    raise exceeded(path.name, what, "max_docx_part_mb", limits)
                _stream(path.name, package, part, limits)
    except ParseError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError, OSError) as error:
        raise ParseError(f"{path.name}: not a readable .docx file (corrupt package: {error})") from error


def _stream(name: str, package: zipfile.ZipFile, part: zipfile.ZipInfo, limits: LimitsSettings) -> None:
    """Unpack `part` chunk by chunk: count its bytes, look for a DTD; the CRC is checked at its end."""
    size, tail = 0, b""
    with package.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > limits.max_docx_part_mb * MB:
                raise exceeded(name, f"its part {part.filename} unpacked", "max_docx_part_mb", limits)
            window = tail + chunk
            if any(mark in window for mark in _DTD_MARKS):
                raise ParseError(f"{name}: not a readable .docx file (part {part.filename} declares a DTD)")
            tail = window[-_OVERLAP:]

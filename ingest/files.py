"""Which files of the knowledge folder are documents, their ids, and reading one without
following links.

Only regular files directly inside the folder are documents. Every other entry is ignored with
a reason the ingest report shows: symbolic links (a link can point at any file the service may
read, a system file outside the folder included), hidden files (names starting with "."),
sub-folders, FIFOs, sockets and devices. A document is opened with O_NOFOLLOW and checked again
through its descriptor, so swapping it for a link after the listing does not get the link read.

Not done here: deciding whether the content is readable (the readers do that).
"""

from __future__ import annotations

import os
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ingest.limits import MB, check_file_size
from knowledge.errors import ParseError
from knowledge.settings import LimitsSettings

_KINDS = [
    (stat.S_ISDIR, "a folder (sub-folders are not indexed)"),
    (stat.S_ISFIFO, "a named pipe (FIFO), not a regular file"),
    (stat.S_ISSOCK, "a socket, not a regular file"),
    (stat.S_ISCHR, "a device, not a regular file"),
    (stat.S_ISBLK, "a device, not a regular file"),
]


@dataclass
class Listing:
    """The documents of a folder (or of the paths given) and the entries ignored, with why."""

    files: list[Path] = field(default_factory=list)
    ignored: list[tuple[str, str]] = field(default_factory=list)


def document_id(path: Path) -> str:
    """The id of the document in `path`: its name without the extension, in NFC (macOS sends
    names decomposed, NFD, which would give "Ke-hoa-ch" ids for "Kế hoạch")."""
    return unicodedata.normalize("NFC", path.stem)


def list_documents(paths: list[Path]) -> Listing:
    """The documents among `paths`: a folder stands for the entries directly inside it (sorted
    by name, hidden ones ignored); a file stands for itself (hidden or not, as it was named)."""
    listing = Listing()
    for path in paths:
        if path.is_dir():  # the folder named (or configured) may itself be a link
            for entry in sorted(path.iterdir()):
                _add(listing, entry, hidden_allowed=False)
        else:
            _add(listing, path, hidden_allowed=True)
    return listing


def _add(listing: Listing, path: Path, hidden_allowed: bool) -> None:
    reason = _why_ignored(path, hidden_allowed)
    if reason is None:
        listing.files.append(path)
    else:
        listing.ignored.append((path.name, reason))


def _why_ignored(path: Path, hidden_allowed: bool) -> str | None:
    if path.name.startswith(".") and not hidden_allowed:
        return "a hidden file (its name starts with a dot)"
    try:
        mode = path.lstat().st_mode
    except OSError as error:
        return f"cannot be read: {error.strerror or error}"
    if stat.S_ISLNK(mode):
        if not path.exists():
            return "a symbolic link to a file that does not exist"
        return "a symbolic link (only regular files inside the folder are indexed)"
    return next((reason for is_kind, reason in _KINDS if is_kind(mode)), None)


def read_document_bytes(path: Path, limits: LimitsSettings) -> bytes:
    """The content of the regular file `path`, refused from its size before it is read.

    Raises:
        ParseError: `path` became a link or a special file, or cannot be read.
        LimitExceededError: larger than `[limits] max_file_mb` (or, for text, than the characters allowed).
    """
    try:
        # O_NONBLOCK: opening a FIFO put in place of the file must not wait for a writer.
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as error:
        raise ParseError(f"{path.name}: cannot be read ({error.strerror or error})") from error
    with os.fdopen(descriptor, "rb") as file:
        status = os.fstat(file.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise ParseError(f"{path.name}: not a regular file")
        is_text = path.suffix.lower() == ".txt"
        check_file_size(path.name, status.st_size, is_text, limits)
        try:
            data = file.read(limits.max_file_mb * MB + 1)  # it may have grown since
        except OSError as error:
            raise ParseError(f"{path.name}: cannot be read ({error.strerror or error})") from error
    check_file_size(path.name, len(data), is_text, limits)
    return data

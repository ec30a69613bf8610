"""The refusals of the `[limits]` settings: each check raises a LimitExceededError that names the
setting and its value, so a refusal says what to change.

Which limit applies where is decided by its user (the file listing, the readers, the pipeline,
the child process that reads); this module only words the refusal and holds the checks that
more than one place needs. It reads nothing itself.
"""

from __future__ import annotations

from knowledge.errors import LimitExceededError
from knowledge.settings import LimitsSettings

MB = 1024 * 1024
# No encoding the readers accept takes more than 4 bytes per character (UTF-8, UTF-16 and its
# surrogate pairs); the legacy ones take 1 or 2.
MAX_BYTES_PER_CHAR = 4

_UNITS = {
    "max_file_mb": "MB",
    "max_docx_unpacked_mb": "MB",
    "max_docx_part_mb": "MB",
    "max_pdf_pages": "pages",
    "max_document_chars": "characters",
    "max_document_chunks": "chunks",
    "max_seconds_per_file": "s",
    "max_reader_memory_mb": "MB",
}


def exceeded(name: str, what: str, key: str, limits: LimitsSettings) -> LimitExceededError:
    """The refusal of file `name` because `what` passes the limit `key`."""
    limit = getattr(limits, key)
    return LimitExceededError(f"{name}: {what} exceeds the limit of {limit} {_UNITS[key]} ([limits] {key})", key, limit)


def check_file_size(name: str, size: int, is_text: bool, limits: LimitsSettings) -> None:
    """Refuse a file from its size alone, before it is read.

    Raises:
        LimitExceededError: larger than `max_file_mb`, or a text file too large to hold at most
            `max_document_chars` characters.
    """
    if size > limits.max_file_mb * MB:
        raise exceeded(name, f"the file ({size / MB:.1f} MB)", "max_file_mb", limits)
    if is_text and size > MAX_BYTES_PER_CHAR * limits.max_document_chars:
        chars = size // MAX_BYTES_PER_CHAR
        raise exceeded(name, f"the text (at least {chars} characters)", "max_document_chars", limits)


def check_text_length(name: str, length: int, limits: LimitsSettings) -> None:
    """Raises:
    LimitExceededError: more than `max_document_chars` characters.
    """
    if length > limits.max_document_chars:
        raise exceeded(name, f"the text ({length} characters)", "max_document_chars", limits)

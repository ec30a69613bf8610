"""Logging set-up shared by every entry point: one call in main(), English messages, no secrets.

Secrets (the bot token) are removed from every record that reaches our handlers, whatever the
logger and the level: a filter rewrites the message, its arguments, the exception text and the
stack before any formatter sees them, and the formatter redacts its output once more (a record
rendered by another formatter, or an exception text set by a library, is still covered).
Uncaught exceptions and warnings go through the same handlers instead of straight to stderr.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterable
from types import TracebackType

from knowledge.errors import ConfigError
from knowledge.settings import LoggingSettings

REDACTED = "[REDACTED]"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_QUIET = ("httpx", "httpx2", "chromadb", "sentence_transformers", "transformers", "urllib3", "bm25s")


class Redactor:
    """Replaces each secret (of a bot token: the part after its colon) with REDACTED."""

    def __init__(self, secrets: Iterable[str]) -> None:
        self._parts: list[str] = []
        for secret in secrets:
            self.add(secret)

    def add(self, secret: str) -> None:
        # "123:ABC…": the part after the colon is the secret (wherever it appears, even alone);
        # the bot id before it is public and tells which bot a line is about.
        tail = secret.partition(":")[2]
        part = tail if len(tail) >= 8 else secret
        if part and part not in self._parts:
            self._parts = sorted([*self._parts, part], key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for part in self._parts:
            text = text.replace(part, REDACTED)
        return text


class RedactingFilter(logging.Filter):
    """Renders a record's message and exception once, without secrets (installed on handlers)."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self.redact = redact
        self._renderer = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._renderer.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


class RedactingFormatter(logging.Formatter):
    """The usual formatter, with secrets removed from its whole output."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__(_FORMAT)
        self._redact = redact

    def format(self, record: logging.LogRecord) -> str:
        return self._redact(super().format(record))


def _log_uncaught(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    logging.getLogger("uncaught").critical("Uncaught exception", exc_info=(kind, error, trace))


def _log_uncaught_in_thread(arguments: threading.ExceptHookArgs) -> None:
    if arguments.exc_type is not SystemExit and arguments.exc_value is not None:
        _log_uncaught(arguments.exc_type, arguments.exc_value, arguments.exc_traceback)


def redact_also(secret: str) -> None:
    """Keep a secret made after start-up (a webhook's secret token) out of the log too."""
    for handler in logging.getLogger().handlers:
        for installed in handler.filters:
            if isinstance(installed, RedactingFilter):
                installed.redact.add(secret)


def configure_logging(settings: LoggingSettings, secrets: Iterable[str] = ()) -> None:
    """Log to stderr (and `settings.file`) at `settings.level`, with `secrets` redacted.

    Raises:
        ConfigError: the log file cannot be opened (missing folder, no permission).
    """
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if settings.file:
        try:
            handlers.append(logging.FileHandler(settings.file, encoding="utf-8"))
        except OSError as error:
            raise ConfigError(f"logging.file: cannot open {settings.file}: {error.strerror}") from error
    redact = Redactor(secrets)
    for handler in handlers:
        handler.addFilter(RedactingFilter(redact))
        handler.setFormatter(RedactingFormatter(redact))
    logging.basicConfig(level=settings.level, handlers=handlers, force=True)
    logging.captureWarnings(True)
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_uncaught_in_thread
    for noisy in _QUIET:
        logging.getLogger(noisy).setLevel(logging.WARNING)

"""Logging set-up shared by every entry point: one call in main(), English messages."""

from __future__ import annotations

import logging

from knowledge.settings import LoggingSettings


def configure_logging(settings: LoggingSettings) -> None:
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if settings.file:
        handlers.append(logging.FileHandler(settings.file, encoding="utf-8"))
    logging.basicConfig(
        level=settings.level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
        force=True,
    )
    for noisy in ("httpx", "chromadb", "sentence_transformers", "transformers", "urllib3", "bm25s"):
        logging.getLogger(noisy).setLevel(logging.WARNING)

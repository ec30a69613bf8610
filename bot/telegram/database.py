"""The bot's SQLite file (answer history, inbox and outbox), opened the same way by each user."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def open_database(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """A connection in autocommit mode that threads may share (callers hold their own lock).

    Write-ahead logging with `synchronous=NORMAL`: a commit is not flushed to disk one by one
    (a flush costs about 0.4 ms, and a burst of users makes hundreds on the event loop); a
    killed process still loses nothing committed, only a power cut can lose the last commits.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=timeout)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    return connection

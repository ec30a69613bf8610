"""The bot's own SQLite file: answers given (for buttons and review, with who drafted them and
why a language model's draft was not used), feedback, checklists sent and their ticked items,
reminder subscriptions, and counters of what went wrong.

Button callback data only carries a short prefix and a random key (bot/callbacks.py); what the
button refers to lives here with the chat (and user) it was sent to, so it survives a restart and
works nowhere else. User ids are stored as salted hashes: enough to count distinct users, keep one
vote per user and recognise a checklist's owner, not enough to identify anybody.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bot.telegram.callbacks import new_key
from bot.telegram.database import open_database
from knowledge.schema import Citation

SKIPPED_UPDATES = "skipped_updates"
# Columns added to `answers` after its first release, added to older files when they are opened.
# `drafter` is NULL on answers recorded before it existed.
_ADDED_COLUMNS = {"key": "TEXT", "drafter": "TEXT", "fallback_reason": "TEXT NOT NULL DEFAULT ''"}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS answers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    user_hash TEXT NOT NULL,
    chat_id INTEGER NOT NULL,
    question TEXT NOT NULL,
    abstained INTEGER NOT NULL,
    latency_ms INTEGER NOT NULL,
    citations TEXT NOT NULL,
    candidates TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS checklists (
    key TEXT PRIMARY KEY,
    created REAL NOT NULL,
    user_hash TEXT NOT NULL,
    chat_id INTEGER NOT NULL,
    doc_ids TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS ticks (
    user_hash TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    item INTEGER NOT NULL,
    PRIMARY KEY (user_hash, doc_id, item)
);
CREATE TABLE IF NOT EXISTS reminders (chat_id INTEGER PRIMARY KEY, days_before INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS reminders_sent (chat_id INTEGER NOT NULL, deadline TEXT NOT NULL,
    PRIMARY KEY (chat_id, deadline));
CREATE TABLE IF NOT EXISTS feedback (
    answer_id INTEGER NOT NULL REFERENCES answers(id),
    user_hash TEXT NOT NULL,
    value INTEGER NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (answer_id, user_hash)
);
"""


@dataclass(frozen=True)
class StoredAnswer:
    id: int
    chat_id: int
    question: str
    citations: tuple[Citation, ...]
    candidates: tuple[str, ...]


@dataclass(frozen=True)
class Statistics:
    questions: int
    declined: int
    feedback: int
    negative: int
    recent_declined: tuple[str, ...]
    skipped_updates: int
    drafted: int = 0  # answers a language model was asked to draft
    # Why its drafts were not used ("slow", "unsupported_fact" …) and how often, most frequent first.
    fallbacks: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class StoredChecklist:
    chat_id: int
    user_hash: str
    doc_ids: tuple[str, ...]


class History:
    """Thread-safe access to the bot's SQLite file (handlers run the engine in threads)."""

    def __init__(self, path: Path) -> None:
        self._connection = open_database(path)
        self._lock = threading.Lock()
        with self._lock:
            self._connection.executescript(_SCHEMA)
            columns = {row[1] for row in self._connection.execute("PRAGMA table_info(answers)")}
            for name, kind in _ADDED_COLUMNS.items():
                if name not in columns:
                    self._connection.execute(f"ALTER TABLE answers ADD COLUMN {name} {kind}")
            self._connection.execute("CREATE UNIQUE INDEX IF NOT EXISTS answers_key ON answers(key)")
            row = self._connection.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
            if row is None:
                salt = secrets.token_hex(16)
                self._connection.execute("INSERT INTO meta VALUES ('salt', ?)", (salt,))
            else:
                salt = row[0]
        self._salt = salt

    def close(self) -> None:
        self._connection.close()

    def user_hash(self, user_id: int) -> str:
        return hashlib.sha256(f"{self._salt}:{user_id}".encode()).hexdigest()[:32]

    def record_answer(
        self,
        user_id: int,
        chat_id: int,
        question: str,
        abstained: bool,
        latency_ms: int,
        citations: tuple[Citation, ...],
        candidates: tuple[str, ...],
        drafter: str = "extractive",
        fallback_reason: str = "",
    ) -> str:
        """Store one answer (`drafter`: "llm" or "extractive"; `fallback_reason`: why a model's
        draft was not used, "" when none was asked or it was); returns the key its buttons carry."""
        key = new_key()
        with self._lock:
            self._connection.execute(
                "INSERT INTO answers (key, created, user_hash, chat_id, question, abstained, latency_ms, citations,"
                " candidates, drafter, fallback_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    key,
                    time.time(),
                    self.user_hash(user_id),
                    chat_id,
                    question,
                    int(abstained),
                    latency_ms,
                    json.dumps([c.to_dict() for c in citations], ensure_ascii=False),
                    json.dumps(list(candidates)),
                    drafter,
                    fallback_reason,
                ),
            )
        return key

    def answer(self, key: str) -> StoredAnswer | None:
        """The answer whose buttons carry `key`, or None."""
        with self._lock:
            row = self._connection.execute(
                "SELECT id, chat_id, question, citations, candidates FROM answers WHERE key = ?", (key,)
            ).fetchone()
        if row is None:
            return None
        citations = tuple(Citation(**c) for c in json.loads(row[3]))
        return StoredAnswer(row[0], row[1], row[2], citations, tuple(json.loads(row[4])))

    def record_checklist(self, user_id: int, chat_id: int, doc_ids: tuple[str, ...]) -> str:
        """Store a checklist (one plan) or a choice of plans sent to a user; returns its key."""
        key = new_key()
        with self._lock:
            self._connection.execute(
                "INSERT INTO checklists VALUES (?, ?, ?, ?, ?)",
                (key, time.time(), self.user_hash(user_id), chat_id, json.dumps(list(doc_ids))),
            )
        return key

    def checklist(self, key: str) -> StoredChecklist | None:
        with self._lock:
            row = self._connection.execute(
                "SELECT chat_id, user_hash, doc_ids FROM checklists WHERE key = ?", (key,)
            ).fetchone()
        return None if row is None else StoredChecklist(row[0], row[1], tuple(json.loads(row[2])))

    def count(self, name: str, by: int = 1) -> None:
        """Add `by` to the counter `name` (shown in /thongke)."""
        with self._lock:
            self._connection.execute(
                "INSERT INTO counters VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value",
                (name, by),
            )

    def record_feedback(self, answer_id: int, user_id: int, value: int) -> bool:
        """Store (or change) one user's vote on an answer; False if the answer is unknown."""
        with self._lock:
            exists = self._connection.execute("SELECT 1 FROM answers WHERE id = ?", (answer_id,)).fetchone()
            if not exists:
                return False
            self._connection.execute(
                "INSERT INTO feedback VALUES (?, ?, ?, ?) ON CONFLICT(answer_id, user_hash) "
                "DO UPDATE SET value = excluded.value, created = excluded.created",
                (answer_id, self.user_hash(user_id), value, time.time()),
            )
        return True

    def statistics(self, recent: int = 5) -> Statistics:
        with self._lock:
            questions, declined = self._connection.execute(
                "SELECT COUNT(*), COALESCE(SUM(abstained), 0) FROM answers"
            ).fetchone()
            feedback, negative = self._connection.execute(
                "SELECT COUNT(*), COALESCE(SUM(value < 0), 0) FROM feedback"
            ).fetchone()
            rows = self._connection.execute(
                "SELECT question FROM answers WHERE abstained = 1 ORDER BY id DESC LIMIT ?", (recent,)
            ).fetchall()
            skipped = self._connection.execute(
                "SELECT COALESCE(SUM(value), 0) FROM counters WHERE name = ?", (SKIPPED_UPDATES,)
            ).fetchone()[0]
            drafted = self._connection.execute(
                "SELECT COUNT(*) FROM answers WHERE drafter = 'llm' OR fallback_reason != ''"
            ).fetchone()[0]
            fallbacks = self._connection.execute(
                "SELECT fallback_reason, COUNT(*) FROM answers WHERE fallback_reason != ''"
                " GROUP BY fallback_reason ORDER BY 2 DESC, 1"
            ).fetchall()
        recent_declined = tuple(r[0] for r in rows)
        return Statistics(questions, declined, feedback, negative, recent_declined, skipped, drafted, tuple(fallbacks))

    def toggle_tick(self, user_id: int, doc_id: str, item: int) -> None:
        key = (self.user_hash(user_id), doc_id, item)
        with self._lock:
            deleted = self._connection.execute(
                "DELETE FROM ticks WHERE user_hash = ? AND doc_id = ? AND item = ?", key
            ).rowcount
            if not deleted:
                self._connection.execute("INSERT INTO ticks VALUES (?, ?, ?)", key)

    def ticked(self, user_id: int, doc_id: str) -> set[int]:
        with self._lock:
            rows = self._connection.execute(
                "SELECT item FROM ticks WHERE user_hash = ? AND doc_id = ?", (self.user_hash(user_id), doc_id)
            ).fetchall()
        return {row[0] for row in rows}

    def subscribe(self, chat_id: int, days_before: int) -> None:
        with self._lock:
            self._connection.execute("INSERT OR REPLACE INTO reminders VALUES (?, ?)", (chat_id, days_before))

    def unsubscribe(self, chat_id: int) -> bool:
        with self._lock:
            return self._connection.execute("DELETE FROM reminders WHERE chat_id = ?", (chat_id,)).rowcount > 0

    def subscriptions(self) -> dict[int, int]:
        with self._lock:
            return dict(self._connection.execute("SELECT chat_id, days_before FROM reminders").fetchall())

    def mark_reminded(self, chat_id: int, deadline_key: str) -> bool:
        """Record a reminder; False if this chat was already reminded of this deadline."""
        with self._lock:
            cursor = self._connection.execute(
                "INSERT OR IGNORE INTO reminders_sent VALUES (?, ?)", (chat_id, deadline_key)
            )
            return cursor.rowcount > 0

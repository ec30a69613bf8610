"""The bot's inbox and outbox in its SQLite file, so that no question is lost between Telegram and
the bot: a question is kept from the moment Telegram hands it over until its answer is kept, and
an answer from then until Telegram has taken it.

Inbox: every update carrying a text message (new or edited) that is not a command is kept when
getUpdates returns it (bot/updates_guard.py), or when the webhook receives it, before Telegram is
told it arrived; the question handler claims it (so an update Telegram sends again after a
restart is answered once) and marks it done. A question is known by its chat, message id and edit
time (`QuestionKey`), not by its update id, which another bot or a reset server may reuse. A done
row keeps only its key, for two days (Telegram keeps an update for one).

Outbox: an answer is kept as its HTML parts, in the same transaction that marks its question
done; each part is marked while it is being sent and dropped once sent. A part marked when the
process died may or may not have reached Telegram: it is sent again, flagged `resent` (at least
once, rather than perhaps never). Delivery (retries, order per chat) is bot/delivery.py; this
module only stores.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from telegram import Message

from bot.telegram.database import open_database

_DONE_KEPT_SECONDS = 2 * 24 * 3600
_DONE = "UPDATE inbox SET done = 1, raw = '' WHERE chat_id = ? AND message_id = ? AND edited = ?"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS inbox (
    chat_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    edited INTEGER NOT NULL,
    update_id INTEGER NOT NULL,
    received REAL NOT NULL,
    raw TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (chat_id, message_id, edited)
);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    chat_id INTEGER NOT NULL,
    reply_to INTEGER,
    thread_id INTEGER,
    parts TEXT NOT NULL,
    markup TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    sending INTEGER NOT NULL DEFAULT 0,
    resent INTEGER NOT NULL DEFAULT 0
);
"""


@dataclass(frozen=True)
class Parcel:
    """An answer not yet (wholly) delivered: the HTML parts left, the buttons of the last one."""

    id: int
    created: float
    chat_id: int
    reply_to: int | None
    thread_id: int | None
    parts: tuple[str, ...]
    markup: dict[str, Any] | None
    attempts: int
    resent: bool = False


# (chat id, message id, edit date as a Unix time or 0): one question, however often it is sent.
QuestionKey = tuple[int, int, int]


def key_of(message: Message) -> QuestionKey:
    """The key of the question in `message`."""
    return (message.chat_id, message.message_id, int(message.edit_date.timestamp()) if message.edit_date else 0)


def _raw_key(update: object) -> QuestionKey | None:
    """The key of the question a raw update carries: a text message or edited message that is
    not a command (what the question handler receives); None for any other update."""
    if not isinstance(update, dict):
        return None
    message = update.get("message") or update.get("edited_message")
    if not isinstance(message, dict) or not isinstance(message.get("text"), str):
        return None
    entities = message.get("entities") or []
    if any(isinstance(e, dict) and e.get("type") == "bot_command" and e.get("offset") == 0 for e in entities):
        return None
    try:
        return (int(message["chat"]["id"]), int(message["message_id"]), int(message.get("edit_date") or 0))
    except (KeyError, TypeError, ValueError):
        return None


class Mailbox:
    """Thread-safe; one connection of its own to the bot's SQLite file."""

    def __init__(self, path: Path, clock: Any = time.time) -> None:
        self.clock = clock
        self._connection = open_database(path, timeout=10)
        self._lock = threading.Lock()
        self._claimed: set[int] = set()
        with self._lock:
            self._connection.executescript(_SCHEMA)
            self._connection.execute(
                "DELETE FROM inbox WHERE done = 1 AND received < ?", (self.clock() - _DONE_KEPT_SECONDS,)
            )

    def close(self) -> None:
        self._connection.close()

    # -- inbox ---------------------------------------------------------------------------------
    def keep(self, updates: list[Any]) -> None:
        """Keep the questions among raw `updates` (one transaction; an update already kept, or
        already answered, is left as it is)."""
        keyed = [(_raw_key(u), u) for u in updates]
        rows = [(*key, u["update_id"], self.clock(), json.dumps(u)) for key, u in keyed if key is not None]
        if not rows:
            return
        with self._lock, self._connection:
            self._connection.execute("BEGIN")
            self._connection.executemany(
                "INSERT OR IGNORE INTO inbox (chat_id, message_id, edited, update_id, received, raw)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )

    def claim(self, key: QuestionKey) -> bool:
        """True once per question and process, unless the question was already answered."""
        with self._lock:
            if key in self._claimed:
                return False
            row = self._connection.execute(
                "SELECT done FROM inbox WHERE chat_id = ? AND message_id = ? AND edited = ?", key
            ).fetchone()
            if row is not None and row[0]:
                return False
            self._claimed.add(key)
            return True

    def done(self, key: QuestionKey) -> None:
        """The question needs nothing more (answered, refused, or not for the bot)."""
        with self._lock:
            self._connection.execute(_DONE, key)
            self._claimed.discard(key)

    def questions(self) -> list[dict[str, Any]]:
        """Raw updates of the questions not answered yet, oldest first."""
        with self._lock:
            rows = self._connection.execute(
                "SELECT raw FROM inbox WHERE done = 0 ORDER BY received, update_id"
            ).fetchall()
        return [json.loads(row[0]) for row in rows]

    # -- outbox --------------------------------------------------------------------------------
    def post(
        self,
        chat_id: int,
        reply_to: int | None,
        thread_id: int | None,
        parts: list[str],
        markup: dict[str, Any] | None,
        question: QuestionKey | None = None,
    ) -> int:
        """Keep an answer; the `question` it answers is done in the same transaction."""
        with self._lock, self._connection:
            self._connection.execute("BEGIN")
            cursor = self._connection.execute(
                "INSERT INTO outbox (created, chat_id, reply_to, thread_id, parts, markup) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    self.clock(),
                    chat_id,
                    reply_to,
                    thread_id,
                    json.dumps(parts, ensure_ascii=False),
                    None if markup is None else json.dumps(markup, ensure_ascii=False),
                ),
            )
            if question is not None:
                self._connection.execute(_DONE, question)
        return int(cursor.lastrowid)

    def first(self, chat_id: int) -> Parcel | None:
        """The oldest answer waiting for `chat_id`."""
        with self._lock:
            row = self._connection.execute(
                "SELECT id, created, chat_id, reply_to, thread_id, parts, markup, attempts, resent FROM outbox"
                " WHERE chat_id = ? ORDER BY id LIMIT 1",
                (chat_id,),
            ).fetchone()
        if row is None:
            return None
        markup = None if row[6] is None else json.loads(row[6])
        return Parcel(row[0], row[1], row[2], row[3], row[4], tuple(json.loads(row[5])), markup, row[7], bool(row[8]))

    def chats(self) -> list[int]:
        """Chats with answers waiting."""
        with self._lock:
            return [row[0] for row in self._connection.execute("SELECT DISTINCT chat_id FROM outbox ORDER BY 1")]

    def sending(self, parcel: Parcel) -> None:
        """Mark the first part of `parcel` as on its way to Telegram."""
        with self._lock:
            self._connection.execute("UPDATE outbox SET sending = 1 WHERE id = ?", (parcel.id,))

    def interrupted(self) -> int:
        """How many answers were on their way when the process stopped (now flagged `resent`)."""
        with self._lock:
            return self._connection.execute("UPDATE outbox SET sending = 0, resent = 1 WHERE sending = 1").rowcount

    def part_sent(self, parcel: Parcel) -> Parcel | None:
        """Drop the first part of `parcel` (only the first quotes the question); None when none is left."""
        rest = parcel.parts[1:]
        with self._lock:
            if not rest:
                self._connection.execute("DELETE FROM outbox WHERE id = ?", (parcel.id,))
                return None
            self._connection.execute(
                "UPDATE outbox SET parts = ?, reply_to = NULL, sending = 0 WHERE id = ?",
                (json.dumps(list(rest), ensure_ascii=False), parcel.id),
            )
        return Parcel(
            parcel.id, parcel.created, parcel.chat_id, None, parcel.thread_id, rest, parcel.markup, parcel.attempts
        )

    def failed(self, parcel: Parcel) -> int:
        """Count a failed attempt; returns the attempts so far."""
        with self._lock:
            self._connection.execute(
                "UPDATE outbox SET attempts = attempts + 1, sending = 0 WHERE id = ?", (parcel.id,)
            )
        return parcel.attempts + 1

    def drop(self, parcel: Parcel) -> None:
        with self._lock:
            self._connection.execute("DELETE FROM outbox WHERE id = ?", (parcel.id,))

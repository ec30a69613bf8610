"""The getUpdates connection, checked before python-telegram-bot reads what comes back.

Two answers from Telegram would otherwise stall the bot while the process stays up:
- 401/404 (token revoked or wrong) and 409 (another process polls with this token): PTB stops
  polling for good, or retries forever. Here they are fatal: `on_fatal` is told once (the bot then
  exits non-zero with one log line, so a supervisor restarts it) and PTB sees no more updates.
- An update PTB cannot de-serialise (a `from` without `first_name`…): PTB re-fetched it hundreds
  of times a second, logging its text. Here it is replaced by an empty update with the same id,
  so the offset moves past it; `on_skipped` counts it and one line without its content is logged.
  The webhook server (bot/webhook.py) applies the same check to each update it receives.
Every update list is also handed to `on_received` before PTB sees it, so the bot keeps the
questions (bot/mailbox.py) before PTB's next call confirms them to Telegram.
"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
from collections.abc import Callable
from typing import Any

from telegram import Update

from bot.telegram.aiohttp_request import AiohttpRequest

log = logging.getLogger(__name__)
FATAL_STATUSES = {
    401: "the Bot API refused the bot token (401 Unauthorized: revoked or wrong TELEGRAM_BOT_TOKEN)",
    404: "the Bot API does not know the bot token (404 Not Found: wrong TELEGRAM_BOT_TOKEN or API URL)",
    409: "another process is receiving this bot's updates (409 Conflict: polling or a webhook elsewhere)",
}
_NOTHING = (200, b'{"ok": true, "result": []}')
_PAUSE_AFTER_FATAL = 1.0


class UpdatesGuard(AiohttpRequest):
    """The request object for getUpdates (one connection)."""

    def __init__(self) -> None:
        super().__init__(pool_size=1)
        self.on_fatal: Callable[[str], None] = lambda reason: None
        self.on_skipped: Callable[[int], None] = lambda count: None
        self.on_received: Callable[[list[Any]], None] = lambda updates: None
        self._fatal_reason: str | None = None

    async def do_request(self, url: str, method: str, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        if self._fatal_reason:
            # Shutting down: PTB confirms the last offset once more; nothing to ask or report.
            await asyncio.sleep(_PAUSE_AFTER_FATAL)
            return _NOTHING
        status, body = await super().do_request(url, method, *args, **kwargs)
        if status in FATAL_STATUSES:
            self._fatal_reason = FATAL_STATUSES[status]
            self.on_fatal(self._fatal_reason)
            return _NOTHING
        if status == 200:
            return status, self._received(body)
        return status, body

    def _received(self, body: bytes) -> bytes:
        """The body for PTB: poison updates replaced, every update handed to `on_received`."""
        try:
            payload = json.loads(body)
            updates = payload["result"]
        except (ValueError, KeyError, TypeError):
            return body  # not an update list: PTB reports it as it would
        if not isinstance(updates, list):
            return body
        skipped = 0
        for position, update in enumerate(updates):
            problem = unreadable(update)
            if problem is None:
                continue
            update_id = update.get("update_id") if isinstance(update, dict) else None
            if not isinstance(update_id, int):
                return body  # without an id the offset cannot move past it: leave it to PTB
            log_skipped(update, problem)
            updates[position] = {"update_id": update_id}
            skipped += 1
        self.on_received(updates)
        if not skipped:
            return body
        self.on_skipped(skipped)
        return json.dumps(payload).encode()


def unreadable(update: object) -> str | None:
    """None when PTB can build an Update from `update`, else the kind of error (never its text,
    which may quote the user's message)."""
    if not isinstance(update, dict):
        return "not an object"
    try:
        Update.de_json(copy.deepcopy(update), None)
    except Exception as error:  # any failure here would make PTB re-fetch the update forever
        return type(error).__name__
    return None


def log_skipped(update: object, problem: str) -> None:
    """One line for a skipped update: its id and kind, never its content."""
    update_id = update.get("update_id") if isinstance(update, dict) else None
    kinds = ", ".join(sorted(k for k in update if k != "update_id")) if isinstance(update, dict) else ""
    log.warning("Skipped update %s (%s): data this bot cannot read (%s)", update_id, kinds or "nothing", problem)

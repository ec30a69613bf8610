"""Button callback data: "<kind>:<key>:<number>", made and read in one place.

`key` names a row the bot stored when it sent the buttons (an answer, a checklist); it is random
(16 URL-safe characters, 96 bits), so a button cannot be guessed or forged from another one, and
the row records which chat (and user) the buttons were sent to. `number` picks a citation, plan,
vote or checklist item. Anything else — other kinds, other alphabets ("²"), longer numbers — is
not a button of this bot. The whole string stays far below Telegram's 64-byte limit.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

SOURCE = "src"
PICK_PLAN = "pick"
FEEDBACK = "fb"
CHOOSE_PLAN = "hs"
TICK = "tick"
FEEDBACK_UP, FEEDBACK_DOWN = 1, 0
_KEY_BYTES = 12
_DATA = re.compile(r"(src|pick|fb|hs|tick):([A-Za-z0-9_-]{16}):([0-9]{1,3})")


@dataclass(frozen=True)
class Press:
    kind: str
    key: str
    number: int


def new_key() -> str:
    """A fresh random key for a stored row that buttons refer to."""
    return secrets.token_urlsafe(_KEY_BYTES)


def data(kind: str, key: str, number: int) -> str:
    """The callback data of one button."""
    return f"{kind}:{key}:{number}"


def parse(raw: str | None) -> Press | None:
    """The press a callback carries, or None when it is not a button this bot makes."""
    match = _DATA.fullmatch(raw or "")
    if match is None:
        return None
    return Press(match[1], match[2], int(match[3]))

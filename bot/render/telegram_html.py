"""Render an answer (or any text) as Telegram HTML messages of at most 4096 characters.

Lines are split first, on line and then sentence boundaries, and markup is added per line
afterwards, so a split can never fall inside a tag. All document text is escaped. How a line is
shown follows its role in the answer (bot/render/console.plain_lines): the lead and the titles of
documents in bold, notes and sources in italics; nothing is guessed from the words.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.render.console import plain_lines

if TYPE_CHECKING:
    from bot.answer.answer import Answer

TELEGRAM_LIMIT = 4096
_TAGS = {"lead": "b", "title": "b", "note": "i", "source": "i"}
_MARKUP = re.compile(r"</?[bi]>")
_BREAK = re.compile(r"(?<=[.;:!?])\s+|\s+")


def _line_html(line: str, role: str) -> str:
    escaped = html.escape(line, quote=False)
    tag = _TAGS.get(role)
    return f"<{tag}>{escaped}</{tag}>" if tag and line.strip() else escaped


def _pieces(line: str, limit: int) -> list[str]:
    """Cut one overlong line at sentence ends, else at spaces, else anywhere."""
    pieces: list[str] = []
    while len(html.escape(line, quote=False)) > limit:
        window = line[:limit]
        cuts = [m.end() for m in _BREAK.finditer(window)]
        cut = cuts[-1] if cuts and cuts[-1] > limit // 2 else limit
        # Escaping may lengthen the piece ("<" → "&lt;"); shrink until it fits.
        while len(html.escape(line[:cut], quote=False)) > limit:
            cut -= 1
        pieces.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    if line:
        pieces.append(line)
    return pieces


def answer_messages(answer: Answer, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """The answer as HTML messages, each within `limit`."""
    return html_messages(plain_lines(answer), limit)


def to_html_messages(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Plain text (a command's reply) as escaped HTML messages, each within `limit`."""
    return html_messages([("line", line) for line in text.split("\n")], limit)


def html_messages(lines: Sequence[tuple[str, str]], limit: int = TELEGRAM_LIMIT) -> list[str]:
    """(role, line) pairs as HTML messages, each within `limit`."""
    budget = limit - len("<b></b>")  # room for the markup a line may receive
    pieces = [(role, piece) for role, line in lines for piece in (_pieces(line, budget) if line else [""])]
    messages: list[str] = []
    current: list[str] = []
    length = 0
    for role, line in pieces:
        rendered = _line_html(line, role)
        extra = len(rendered) + (1 if current else 0)
        if current and length + extra > limit:
            messages.append("\n".join(current))
            current, length = [], 0
            extra = len(rendered)
        current.append(rendered)
        length += extra
    if current:
        messages.append("\n".join(current))
    text = "\n".join(line for _, line in lines)
    return [m for m in messages if m.strip()] or [html.escape(text[:limit], quote=False)]


def html_to_plain(message: str) -> str:
    """The text of a message made by to_html_messages, without markup (the fallback when Telegram
    rejects the HTML)."""
    return html.unescape(_MARKUP.sub("", message))

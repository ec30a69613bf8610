"""Turn plain answer text into Telegram HTML messages of at most 4096 characters.

Text is split first, on line and then sentence boundaries, and markup is added per line
afterwards, so a split can never fall inside a tag. All document text is escaped.
"""

from __future__ import annotations

import html
import re

TELEGRAM_LIMIT = 4096
_SOURCE_PREFIXES = ("Nguồn:",)
_MARKUP = re.compile(r"</?[bi]>")
_BREAK = re.compile(r"(?<=[.;:!?])\s+|\s+")


def _line_html(line: str, first: bool) -> str:
    escaped = html.escape(line, quote=False)
    stripped = line.strip()
    if stripped.startswith(_SOURCE_PREFIXES):
        return f"<i>{escaped}</i>"
    if first and stripped.endswith(":") and len(stripped) < 200:
        return f"<b>{escaped}</b>"
    return escaped


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


def to_html_messages(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split `text` into HTML messages (escaped, lightly formatted), each within `limit`."""
    budget = limit - len("<b></b>")  # room for the markup a line may receive
    lines = [piece for line in text.split("\n") for piece in (_pieces(line, budget) if line else [""])]
    messages: list[str] = []
    current: list[str] = []
    length = 0
    for index, line in enumerate(lines):
        rendered = _line_html(line, first=index == 0)
        extra = len(rendered) + (1 if current else 0)
        if current and length + extra > limit:
            messages.append("\n".join(current))
            current, length = [], 0
            extra = len(rendered)
        current.append(rendered)
        length += extra
    if current:
        messages.append("\n".join(current))
    return [m for m in messages if m.strip()] or [html.escape(text[:limit], quote=False)]


def html_to_plain(message: str) -> str:
    """The text of a message made by to_html_messages, without markup (the fallback when Telegram
    rejects the HTML)."""
    return html.unescape(_MARKUP.sub("", message))

"""Render an answer as plain text: the console, `ask`, and the text Telegram falls back to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot import messages

if TYPE_CHECKING:
    from bot.answer.answer import Answer

INDENT = "  "  # lines of one document among several


def plain_lines(answer: Answer) -> list[tuple[str, str]]:
    """(role, line) pairs in reading order; roles: note, lead, title, line, source, message.
    The Telegram renderer styles lines by these roles."""
    lines = [("note", note) for note in answer.notes]
    if answer.lead:
        lines.append(("lead", answer.lead))
    several = len(answer.parts) > 1
    indent = INDENT if several else ""
    for part in answer.parts:
        if several:
            lines.append(("title", messages.PLAN_ITEM.format(title=part.title())))
        lines += [("line", f"{indent}{line}") for line in part.lines]
        lines += [("source", f"{indent}{source.text()}") for source in part.sources]
    if answer.message:
        lines += [("message", line) for line in answer.message.split("\n")]
    return lines


def plain_text(answer: Answer) -> str:
    return "\n".join(line for _, line in plain_lines(answer))

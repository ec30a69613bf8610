"""Plain-text rendering of deadlines and dossier checklists (shared by the CLI and the bot)."""

from __future__ import annotations

import datetime as dt

from bot import messages
from bot.deadlines import Checklist, DeadlineEntry
from knowledge.catalog import Catalog


def _display_date(iso: str) -> str:
    parts = iso.split("-")
    return "/".join(reversed(parts)) if len(parts) > 1 else iso


def _left(days: int) -> str:
    if days > 0:
        return messages.DAYS_LEFT.format(days=days)
    return messages.DAYS_TODAY if days == 0 else messages.DAYS_PAST.format(days=-days)


def format_deadlines(catalog: Catalog, entries: list[DeadlineEntry], today: dt.date) -> str:
    if not entries:
        return messages.NO_DEADLINES
    lines = [messages.DEADLINES_HEADER.format(today=today.strftime("%d/%m/%Y"))]
    for entry in entries:
        fact = entry.fact
        document = catalog.document(fact.doc_id)
        label = document.label if document else fact.doc_id
        if entry.due is not None:
            date = _display_date(fact.date)
            if fact.recurs == "yearly":
                month, day = fact.date.strip("-").split("-")
                date = messages.YEARLY_DATE.format(day=f"{day}/{month}", next=entry.due.strftime("%d/%m/%Y"))
            lines.append(
                messages.DEADLINE_DATED.format(
                    date=date,
                    left=_left(entry.days_left(today)),
                    label=label,
                    section=fact.section,
                    text=fact.source,
                )
            )
        else:
            lines.append(
                messages.DEADLINE_RELATIVE.format(
                    relative=fact.relative, label=label, section=fact.section, text=fact.source
                )
            )
    return "\n".join(lines)


def format_checklist(catalog: Catalog, result: Checklist) -> str:
    document = catalog.document(result.doc_id)
    label = document.label if document else result.doc_id
    if not result.items:
        return messages.CHECKLIST_NONE.format(label=label)
    lines = [messages.CHECKLIST_HEADER.format(label=label, section=result.items[0].section)]
    lines += [messages.CHECKLIST_ITEM.format(number=i, text=item.text) for i, item in enumerate(result.items, 1)]
    lines += [messages.CHECKLIST_COPIES.format(text=fact.text, section=fact.section) for fact in result.copies]
    if result.forms:
        lines.append(messages.CHECKLIST_FORMS.format(forms="; ".join(fact.text for fact in result.forms)))
    if result.recipient:
        lines.append(
            messages.CHECKLIST_RECIPIENT.format(recipient=result.recipient.text, section=result.recipient.section)
        )
    if result.deadline:
        deadline = _display_date(result.deadline.date) if result.deadline.date else result.deadline.relative
        lines.append(messages.CHECKLIST_DEADLINE.format(deadline=deadline, section=result.deadline.section))
    return "\n".join(lines)

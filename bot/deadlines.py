"""Deadlines across plans and the dossier checklist of one plan, from the facts read at ingest.

Pure functions over the catalog: no model, no store connection.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from knowledge.catalog import Catalog
from knowledge.schema import Fact
from knowledge.text import fold


@dataclass(frozen=True)
class DeadlineEntry:
    fact: Fact
    kind: str  # "deadline", "period_end" or "time_limit"
    due: dt.date | None  # last day the date covers; None for a relative deadline

    def days_left(self, today: dt.date) -> int | None:
        return (self.due - today).days if self.due else None

    def to_dict(self, today: dt.date) -> dict:
        return {
            "doc_id": self.fact.doc_id,
            "section": self.fact.section,
            "kind": self.kind,
            "date": self.fact.date or None,
            "relative": self.fact.relative or None,
            "recurs": self.fact.recurs or None,
            "next": self.due.isoformat() if self.due else None,
            "text": self.fact.source,
            "days_left": self.days_left(today),
        }


def _next_yearly(recurring: str, today: dt.date) -> dt.date:
    """The next occurrence, on or after `today`, of a yearly date "--MM-DD" (29 February: 28th)."""
    month, day = (int(p) for p in recurring.strip("-").split("-"))
    for year in (today.year, today.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            candidate = dt.date(year, month, day - 1)
        if candidate >= today:
            return candidate
    return candidate


def _due(fact: Fact, today: dt.date) -> dt.date | None:
    if not fact.date:
        return None
    return _next_yearly(fact.date, today) if fact.recurs == "yearly" else _last_day(fact.date)


def _last_day(iso: str) -> dt.date | None:
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31) if parts else None


def deadlines(catalog: Catalog, today: dt.date) -> list[DeadlineEntry]:
    """Every deadline, campaign end and time limit: upcoming first (soonest first; a yearly deadline at
    its next occurrence), then past, then relative ones."""
    kinds = {"period": "period_end", "deadline": "deadline", "time_limit": "time_limit"}
    entries = [
        DeadlineEntry(fact, kinds[fact.kind], _due(fact, today)) for fact in catalog.facts() if fact.kind in kinds
    ]

    def order(entry: DeadlineEntry) -> tuple:
        if entry.due is None:
            return (2, 0)
        if entry.due >= today:
            return (0, entry.due.toordinal())
        return (1, -entry.due.toordinal())

    return sorted(entries, key=order)


@dataclass(frozen=True)
class Checklist:
    doc_id: str
    items: tuple[Fact, ...]
    recipient: Fact | None
    deadline: Fact | None
    copies: tuple[Fact, ...] = ()  # how many sets of the dossier, as the document says
    forms: tuple[Fact, ...] = ()  # report forms ("Mẫu số 01 (98/2023/NĐ-CP)")

    def to_dict(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "items": [{"text": item.text, "section": item.section} for item in self.items],
            "copies": [{"text": fact.text, "section": fact.section} for fact in self.copies],
            "forms": sorted({fact.text for fact in self.forms}),
            "recipient": self.recipient.text if self.recipient else None,
            "deadline": (self.deadline.date or self.deadline.relative) if self.deadline else None,
        }


def checklist(catalog: Catalog, doc_id: str) -> Checklist | None:
    """The dossier checklist of `doc_id`, or None when the document is unknown."""
    stored = catalog.documents.get(doc_id)
    if stored is None:
        return None
    items = tuple(f for f in stored.facts if f.kind == "dossier_item")
    recipient = next((f for f in stored.facts if f.kind == "recipient"), None)
    document = stored.document
    # The dossier deadline is the one stated in a section about the dossier ("Thời gian gửi hồ sơ").
    deadline = next(
        (
            f
            for f in stored.facts
            if f.kind == "deadline" and "ho so" in fold(document.heading_chain(f.section) + " " + f.source)
        ),
        None,
    )
    copies = tuple(f for f in stored.facts if f.kind == "copies")
    forms = tuple({f.text: f for f in stored.facts if f.kind == "form"}.values())
    return Checklist(doc_id, items, recipient, deadline, copies, forms)

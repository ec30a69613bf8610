"""An iCalendar (.ics) file of every dated deadline, for officials' calendars; a deadline that
recurs every year is one event repeated yearly from its next occurrence."""

from __future__ import annotations

import datetime as dt
import hashlib

import icalendar

from bot.deadlines import DeadlineEntry
from knowledge.catalog import Catalog

PRODUCT_ID = "-//tdkt-assistant//Han chot thi dua khen thuong//VI"


def deadlines_calendar(catalog: Catalog, entries: list[DeadlineEntry], stamp: dt.datetime) -> bytes:
    """One all-day event per dated entry (relative deadlines have no date and are left out)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Hạn chót thi đua – khen thưởng")
    for entry in entries:
        if entry.due is None:
            continue
        fact = entry.fact
        document = catalog.document(fact.doc_id)
        label = document.label if document else fact.doc_id
        event = icalendar.Event()
        key = f"{fact.doc_id}|{fact.section}|{fact.date}|{fact.text}"
        event.add("uid", hashlib.sha1(key.encode()).hexdigest() + "@tdkt-assistant")
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.due)
        event.add("dtend", entry.due + dt.timedelta(days=1))
        if fact.recurs == "yearly":
            event.add("rrule", {"freq": "yearly"})
        event.add("summary", f"{label}: {fact.text}")
        event.add("description", f"{label}, mục {fact.section}: {fact.source}")
        calendar.add_component(event)
    return calendar.to_ical()

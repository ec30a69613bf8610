"""Whether a document is still the one to follow: replaced by a newer document in the knowledge base
("thay thế Quyết định số 3568/QĐ-UBND"), or a plan whose campaign period has ended. Answers drawn
from such a document say so in their lead line.

Pure functions over the catalog.
"""

from __future__ import annotations

import datetime as dt
import re

from bot import messages
from knowledge.catalog import Catalog
from knowledge.schema import Document

_NUMBER = re.compile(r"\d+(?:/\d{4})?/[\wĐđ-]+")


def _number_of(reference: str) -> str:
    match = _NUMBER.search(reference)
    return match.group(0).upper() if match else ""


def replacing_document(catalog: Catalog, document: Document) -> Document | None:
    """The document of the knowledge base that states it replaces `document`, if any."""
    number = document.number.upper()
    if not number.strip("/").count("/"):
        return None  # a number left blank ("/KH-UBND") identifies nothing
    for stored in catalog.documents.values():
        newer = stored.document
        if newer.doc_id != document.doc_id and any(_number_of(ref) == number for ref in newer.replaces):
            return newer
    return None


def campaign_end(catalog: Catalog, doc_id: str) -> dt.date | None:
    """The last day of the document's campaign period(s), when it states dated ones."""
    ends = []
    for fact in catalog.facts():
        if fact.doc_id == doc_id and fact.kind == "period" and fact.date and not fact.recurs:
            parts = [int(p) for p in fact.date.split("-")]
            if len(parts) == 3:
                ends.append(dt.date(*parts))
    return max(ends, default=None)


def validity_note(catalog: Catalog, document: Document, today: dt.date) -> str:
    """A short note for the lead line ("đã được thay thế bởi …", "đợt thi đua đã kết thúc …"), or ""."""
    newer = replacing_document(catalog, document)
    if newer is not None:
        return messages.NOTE_REPLACED.format(newer=newer.label, number=newer.number)
    end = campaign_end(catalog, document.doc_id)
    if end is not None and end < today:
        return messages.NOTE_ENDED.format(date=end.strftime("%d/%m/%Y"))
    return ""

"""The sections a drafted answer may use, numbered [1]..[n]: the section the engine would cite
first, then the next best sections of the same document that pass the confidence threshold.

Only picks and labels sections; it neither prompts a model nor checks a draft.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.answer.retrieve import Hit
from knowledge.catalog import Catalog
from knowledge.schema import Citation


@dataclass(frozen=True)
class Source:
    """One numbered section given to the model, and the citation shown when the draft cites it."""

    number: int
    label: str  # the document as users know it: "Kế hoạch thi đua xã Bắc Sơn"
    citation: Citation

    @property
    def text(self) -> str:
        """What the model reads of this section, and what its claims are checked against: the
        document and section path ("Kế hoạch thi đua xã Bắc Sơn, mục VI.1"), heading and text."""
        lines = [f"{self.label}, mục {self.citation.section}", self.citation.heading, self.citation.quote]
        return "\n".join(line for line in lines if line)


def choose_sources(catalog: Catalog, best: Hit, hits: list[Hit], min_confidence: float, limit: int) -> list[Source]:
    """`best` first, then the hits of its document at or above `min_confidence`, one per section,
    at most `limit` in all."""
    chosen: list[Hit] = [best]
    for hit in hits:
        if len(chosen) >= limit:
            break
        same_section = any(hit.chunk.section == c.chunk.section for c in chosen)
        if hit.chunk.doc_id == best.chunk.doc_id and hit.confidence >= min_confidence and not same_section:
            chosen.append(hit)
    sources = []
    for number, hit in enumerate(chosen, 1):
        document = catalog.document(hit.chunk.doc_id)
        assert document is not None, "catalog and hits come from the same snapshot"
        citation = Citation(document.doc_id, document.title, hit.chunk.section, hit.chunk.heading, hit.chunk.text)
        sources.append(Source(number, document.label, citation))
    return sources

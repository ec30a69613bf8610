"""The structured answer every drafter produces and every renderer reads.

An answer is parts, not formatted text: notes that come before it (asked in English, a place no
document names), a lead line ("Theo Kế hoạch … :"), one part per document with the lines quoted or
drafted from it and the sources they come from, or a message instead (declined, bad input).
Renderers (bot/render/) turn it into Telegram HTML, console text or JSON; none of them looks at
the words to decide how to show them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from bot import messages
from bot.render.console import plain_text
from bot.render.json_data import answer_data
from knowledge.schema import Citation


def section_label(path: str) -> str:
    """How a section is named to users: "VI.2", or "phần mở đầu" for the preamble."""
    return messages.SECTION_NAMES.get(path, path)


@dataclass(frozen=True)
class Source:
    """Where a part's lines come from: a document's label and one of its sections."""

    label: str  # "Kế hoạch thi đua xã Bắc Sơn"
    section: str  # "VI.2", "preamble"
    heading: str = ""
    number: int | None = None  # "[2]" when a drafted text cites its sources by number

    def text(self) -> str:
        """ "Nguồn: Kế hoạch thi đua xã Bắc Sơn, mục VI.1 «Thành phần hồ sơ»." """
        label = f"[{self.number}] {self.label}" if self.number is not None else self.label
        if self.heading and self.section not in messages.SECTION_NAMES:
            return messages.SOURCE.format(label=label, section=section_label(self.section), heading=self.heading)
        return messages.SOURCE_NO_HEADING.format(label=label, section=section_label(self.section))


@dataclass(frozen=True)
class Part:
    """What one document says: its label (and in-force note), the lines, their sources."""

    label: str
    lines: tuple[str, ...]
    sources: tuple[Source, ...] = ()
    note: str = ""  # "lưu ý: đã được thay thế bởi …"

    def title(self) -> str:
        """ "Kế hoạch thi đua xã Bắc Sơn (lưu ý: …)", as it heads the part among several."""
        return messages.PLAN_TITLE_NOTE.format(label=self.label, note=self.note) if self.note else self.label


@dataclass(frozen=True)
class Answer:
    question: str
    abstained: bool
    reason: str = "answered"  # "several_plans", "metadata", "not_found", "not_stated", "empty", "too_long" …
    notes: tuple[str, ...] = ()  # shown before the rest
    lead: str = ""
    parts: tuple[Part, ...] = ()
    message: str = ""  # shown instead of parts: why nothing is answered, what to ask
    citations: tuple[Citation, ...] = ()
    # Documents the question fits equally well (the bot offers to pick one).
    candidate_doc_ids: tuple[str, ...] = field(default=())
    # "llm" when a model's draft is shown (`verified`: it passed every check); "extractive"
    # otherwise, with `fallback_reason` saying why a configured model's draft was not used.
    drafter: Literal["llm", "extractive"] = "extractive"
    verified: bool = False
    fallback_reason: str = ""

    @property
    def text(self) -> str:
        """The answer as plain text (what the console shows)."""
        return plain_text(self)

    def to_dict(self, question_id: object = None) -> dict:
        return answer_data(self, question_id)


def single_lead(label: str, note: str = "") -> str:
    """ "Theo Kế hoạch thi đua xã Bắc Sơn:" (with the in-force note, if any)."""
    return (
        messages.LEAD_SINGLE_NOTE.format(label=label, note=note) if note else messages.LEAD_SINGLE.format(label=label)
    )

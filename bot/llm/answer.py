"""What the user reads when a model is configured: the checked draft under the usual lead line,
with a numbered source line per cited section; the assistant's "not found" when the model says the
sections do not answer; otherwise the extractive answer, with the reason it was kept.

Knows nothing of how drafts are made or checked. Logs in English, never the question above DEBUG.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot import messages
from bot.compose import section_label
from bot.llm.drafter import DraftFailed, LlmDrafter
from bot.llm.sources import Source

if TYPE_CHECKING:
    from bot.engine import Answer

log = logging.getLogger(__name__)


def drafted_answer(
    drafter: LlmDrafter,
    extractive: Answer,
    question: str,
    sources: Sequence[Source],
    note: str,
    decline: Callable[[], Answer],
) -> Answer:
    """The model's answer when it passes every check, else `extractive` (or `decline()`).

    `note` is the validity note of the lead line ("đợt thi đua đã kết thúc…"), as in the extractive
    answer; `sources[0]` is the section the extractive answer cites.
    """
    started = time.monotonic()
    try:
        draft = drafter.draft(question, sources)
    except DraftFailed as failure:
        log.warning(
            "LLM draft not used (%s) after %.1f s; giving the extractive answer",
            failure.reason,
            time.monotonic() - started,
        )
        log.debug("LLM draft failure for %r: %s", question, failure.detail)
        return replace(extractive, fallback_reason=failure.reason)
    if draft.declined:
        log.info("LLM found no answer in the %d section(s) given; declining", len(sources))
        return replace(decline(), drafter="llm")
    cited = [source for source in sources if source.number in draft.cited]
    label = sources[0].label
    lead = (
        messages.LEAD_SINGLE_NOTE.format(label=label, note=note) if note else messages.LEAD_SINGLE.format(label=label)
    )
    text = "\n".join([lead, draft.text, *(_source_line(source) for source in cited)])
    citations = tuple(source.citation for source in cited)
    return replace(extractive, text=text, citations=citations, drafter="llm", verified=True)


def _source_line(source: Source) -> str:
    """ "Nguồn: [2] Kế hoạch thi đua xã Bắc Sơn, mục VI.1 «Thành phần hồ sơ»." (a source line, as
    the Telegram formatter knows them)."""
    path, heading = source.citation.section, source.citation.heading
    label, section = f"[{source.number}] {source.label}", section_label(path)
    if heading and path not in messages.SECTION_NAMES:
        return messages.SOURCE.format(label=label, section=section, heading=heading)
    return messages.SOURCE_NO_HEADING.format(label=label, section=section)

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

from bot.answer.answer import Answer, Part, single_lead
from bot.answer.answer import Source as ShownSource
from bot.answer.llm.drafter import DraftFailed, LlmDrafter
from bot.answer.llm.sources import Source

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
    shown = tuple(ShownSource(s.label, s.citation.section, s.citation.heading, s.number) for s in cited)
    part = Part(label, tuple(draft.text.split("\n")), shown, note)
    citations = tuple(source.citation for source in cited)
    return replace(
        extractive,
        lead=single_lead(label, note),
        parts=(part,),
        citations=citations,
        drafter="llm",
        verified=True,
    )

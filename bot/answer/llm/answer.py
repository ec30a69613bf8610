"""What the user reads when a model is configured: the checked draft under the usual lead line,
with a numbered source line per cited section, shown sentence by sentence as they are checked; the
assistant's "not found" when the model says the sections do not answer; otherwise the extractive
answer, with one line saying why and the reason it was kept.

Knows nothing of how drafts are made or checked. Logs in English, never the question above DEBUG.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from bot import messages
from bot.answer.answer import Answer, Part, single_lead
from bot.answer.answer import Source as ShownSource
from bot.answer.llm.drafter import DraftFailed, LlmDrafter
from bot.answer.llm.sources import Source

log = logging.getLogger(__name__)

# Receives the answer as far as it is checked: the lead line, then the sentences so far (no
# sources yet). Called from the thread that answers.
OnDraft = Callable[[Answer], None]

# The line above the extractive answer, by the reason the draft was not used.
_FALLBACK_LINES = {
    "slow": messages.LLM_SLOW,
    "timeout": messages.LLM_SLOW,
    "busy": messages.LLM_UNAVAILABLE,
    "http_error": messages.LLM_UNAVAILABLE,
    "error": messages.LLM_UNAVAILABLE,
}


def drafted_answer(
    drafter: LlmDrafter,
    extractive: Answer,
    question: str,
    sources: Sequence[Source],
    note: str,
    decline: Callable[[], Answer],
    on_draft: OnDraft | None = None,
) -> Answer:
    """The model's answer when it passes every check, else `extractive` (or `decline()`).

    `note` is the validity note of the lead line ("đợt thi đua đã kết thúc…"), as in the extractive
    answer; `sources[0]` is the section the extractive answer cites. `on_draft`, if given, gets
    the answer as far as it is checked each time it grows.
    """
    show = None if on_draft is None else partial(_show, on_draft, extractive, sources, note)
    started = time.monotonic()
    try:
        draft = drafter.draft(question, sources, show)
    except DraftFailed as failure:
        log.warning(
            "LLM draft not used (%s) after %.1f s; giving the extractive answer",
            failure.reason,
            time.monotonic() - started,
        )
        log.debug("LLM draft failure for %r: %s", question, failure.detail)
        line = _FALLBACK_LINES.get(failure.reason, messages.LLM_UNVERIFIED)
        return replace(extractive, notes=(*extractive.notes, line), fallback_reason=failure.reason)
    if draft.declined:
        log.info("LLM found no answer in the %d section(s) given; declining", len(sources))
        return replace(decline(), drafter="llm")
    return _drafted(extractive, sources, note, draft.text, draft.cited)


def _show(on_draft: OnDraft, extractive: Answer, sources: Sequence[Source], note: str, text: str) -> None:
    on_draft(_drafted(extractive, sources, note, text))


def _drafted(extractive: Answer, sources: Sequence[Source], note: str, text: str, cited: Sequence[int] = ()) -> Answer:
    """The drafted `text` (checked) under the lead line, with the sections it `cited` as sources."""
    chosen = [source for source in sources if source.number in cited]
    label = sources[0].label
    shown = tuple(ShownSource(s.label, s.citation.section, s.citation.heading, s.number) for s in chosen)
    part = Part(label, tuple(text.split("\n")) if text else (), shown, note)
    return replace(
        extractive,
        lead=single_lead(label, note),
        parts=(part,),
        citations=tuple(source.citation for source in chosen),
        drafter="llm",
        verified=True,
    )

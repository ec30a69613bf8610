"""The LLM drafter: an LCEL chain (prompt → chat model → text) run under a deadline and a limit
of concurrent calls, whose output is checked (bot/llm/verify.py) before it is returned.

It returns a checked Draft or raises DraftFailed with a short reason; choosing what the user
then reads is bot/llm/answer.py's job.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser

from bot.answer.llm.models import chat_model
from bot.answer.llm.prompt import NO_ANSWER, PROMPT, format_sources
from bot.answer.llm.sources import Source
from bot.answer.llm.verify import Rejected, check
from knowledge.settings import LlmSettings
from knowledge.text import fold, normalize

MAX_DRAFT_CHARS = 2000  # a short answer is asked for; far longer output is not one
_THINKING = re.compile(r"<think>.*?</think>", re.S)  # reasoning models' scratchpad


@dataclass(frozen=True)
class Draft:
    """A checked draft: its text (with [n]) and the numbers of the sections it cites; or the
    model's statement that the sections do not answer (`declined`)."""

    text: str
    cited: tuple[int, ...] = ()
    declined: bool = False


class DraftFailed(Exception):
    """No usable draft. `reason`: "busy", "timeout", "http_error", "error", "malformed",
    "no_citation", "unknown_citation" or "unsupported_fact"; `detail` may quote the draft."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class LlmDrafter:
    """Drafts an answer from numbered sections with a chat model; thread-safe."""

    def __init__(self, model: BaseChatModel, settings: LlmSettings) -> None:
        self._chain = PROMPT | model | StrOutputParser()
        self._slots = threading.BoundedSemaphore(settings.max_concurrent)
        self._timeout = settings.timeout_seconds

    def draft(self, question: str, sources: Sequence[Source]) -> Draft:
        """The model's checked answer to `question` from `sources`.

        Raises:
            DraftFailed: busy, timed out, HTTP or client error, malformed or unverified output.
        """
        if not self._slots.acquire(blocking=False):
            raise DraftFailed("busy")  # waiting would delay an answer that is ready
        try:
            text = _THINKING.sub("", self._generate(question, sources)).strip()
        finally:
            self._slots.release()
        if not text:
            raise DraftFailed("malformed", "empty")
        if fold(NO_ANSWER) in fold(text) and len(text) <= 2 * len(NO_ANSWER):
            return Draft("", declined=True)
        try:
            cited = check(text, [source.text for source in sources])
        except Rejected as rejected:
            raise DraftFailed(rejected.reason, rejected.detail) from rejected
        return Draft(normalize(text), cited)

    def _generate(self, question: str, sources: Sequence[Source]) -> str:
        """The model's text, streamed so that a server sending slowly is cut off at the deadline."""
        deadline = time.monotonic() + self._timeout
        parts: list[str] = []
        length = 0
        try:
            for part in self._chain.stream({"sources": format_sources(sources), "question": question}):
                parts.append(part)
                length += len(part)
                if time.monotonic() > deadline:
                    raise DraftFailed("timeout", f"still writing after {self._timeout} s")
                if length > MAX_DRAFT_CHARS:
                    raise DraftFailed("malformed", f"longer than {MAX_DRAFT_CHARS} characters")
        except DraftFailed:
            raise
        except Exception as error:  # the model is another service: any failure of it means "no draft"
            raise DraftFailed(_failure_reason(error), f"{type(error).__name__}: {error}"[:300]) from error
        return "".join(parts)


def _failure_reason(error: Exception) -> str:
    if any("Timeout" in cls.__name__ for cls in type(error).__mro__):
        return "timeout"
    return "http_error" if getattr(error, "status_code", None) else "error"


def load_drafter(settings: LlmSettings, environ: Mapping[str, str] | None = None) -> LlmDrafter | None:
    """The drafter `settings` configure, or None when `[llm] provider` is off.

    Raises:
        ConfigError: a provider without a model, or a timeout that is not positive.
    """
    if not settings.provider:
        return None
    return LlmDrafter(chat_model(settings, environ), settings)

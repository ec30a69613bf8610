"""The LLM drafter: an LCEL chain (prompt → chat model → text), streamed under two deadlines
and a limit of concurrent calls, whose output is checked (bot/answer/llm/verify.py) sentence by
sentence as it comes and whole at the end.

It returns a checked Draft or raises DraftFailed with a short reason, and hands the checked
sentences to a caller that shows them as they come; choosing what the user then reads is
bot/answer/llm/answer.py's job.
"""

from __future__ import annotations

import queue
import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.runnables import Runnable

from bot.answer.llm.models import chat_model
from bot.answer.llm.prompt import NO_ANSWER, PROMPT, format_sources
from bot.answer.llm.sources import Source
from bot.answer.llm.verify import Rejected, check, complete_sentences, passes_so_far
from knowledge.settings import LlmSettings
from knowledge.text import fold, normalize

MAX_DRAFT_CHARS = 2000  # a short answer is asked for; far longer output is not one
_THINKING = re.compile(r"<think>.*?</think>", re.S)  # reasoning models' scratchpad
Shown = Callable[[str], None]  # receives the checked part of a draft as it grows


@dataclass(frozen=True)
class Draft:
    """A checked draft: its text (with [n]) and the numbers of the sections it cites; or the
    model's statement that the sections do not answer (`declined`)."""

    text: str
    cited: tuple[int, ...] = ()
    declined: bool = False


class DraftFailed(Exception):
    """No usable draft. `reason`: "busy", "slow", "timeout", "http_error", "error", "malformed",
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
        self._slow_after = min(settings.slow_after_seconds, settings.timeout_seconds)

    def draft(self, question: str, sources: Sequence[Source], show: Shown | None = None) -> Draft:
        """The model's checked answer to `question` from `sources`.

        `show` is called with "" when the model is asked, then with the draft's complete sentences
        each time more of them have come and passed the checks (bot/answer/llm/verify.py).

        Raises:
            DraftFailed: busy, slow (no checked sentence after `slow_after_seconds`), timed out,
                HTTP or client error, malformed or unverified output.
        """
        if not self._slots.acquire(blocking=False):
            raise DraftFailed("busy")  # waiting would delay an answer that is ready
        stream = _Stream(self._chain, {"sources": format_sources(sources), "question": question}, self._slots)
        if show:
            show("")
        texts = [source.text for source in sources]
        try:
            text = _visible(self._read(stream, texts, show or (lambda _: None)))
        except Rejected as rejected:
            raise DraftFailed(rejected.reason, rejected.detail) from rejected
        finally:
            stream.stop()
        if not text:
            raise DraftFailed("malformed", "empty")
        if fold(NO_ANSWER) in fold(text) and len(text) <= 2 * len(NO_ANSWER):
            return Draft("", declined=True)
        try:
            cited = check(text, texts)
        except Rejected as rejected:
            raise DraftFailed(rejected.reason, rejected.detail) from rejected
        return Draft(normalize(text), cited)

    def _read(self, stream: _Stream, texts: list[str], show: Shown) -> str:
        """The model's whole text, passing its complete sentences to `show` each time more of
        them have come and passed the checks.

        Raises:
            DraftFailed: no checked sentence after `slow_after_seconds`, not done after
                `timeout_seconds`, longer than MAX_DRAFT_CHARS, or the model failed.
            Rejected: a complete sentence fails a check.
        """
        started = time.monotonic()
        text = complete = shown = ""
        while True:
            seconds = self._timeout if shown else self._slow_after
            try:
                piece = stream.next(started + seconds - time.monotonic())
            except TimeoutError:
                reason, state = ("timeout", "still writing") if shown else ("slow", "no checked sentence")
                raise DraftFailed(reason, f"{state} after {seconds} s") from None
            if piece is None:
                return text
            text += piece
            if len(text) > MAX_DRAFT_CHARS:
                raise DraftFailed("malformed", f"longer than {MAX_DRAFT_CHARS} characters")
            sentences = complete_sentences(_visible(text))
            if len(sentences) > len(complete):  # checked once per sentence, not per piece
                complete = sentences
                if passes_so_far(complete, texts):
                    shown = complete
                    show(shown)


class _Stream:
    """The chain's streamed text, read in a thread of its own so that waiting for it can stop at a
    deadline however the server sends. The thread holds its call slot until the stream ends."""

    def __init__(self, chain: Runnable, inputs: dict[str, str], slot: threading.BoundedSemaphore) -> None:
        self._pieces: queue.Queue[str | Exception | None] = queue.Queue()
        self._stopped = threading.Event()
        threading.Thread(target=self._run, args=(chain, inputs, slot), daemon=True).start()

    def _run(self, chain: Runnable, inputs: dict[str, str], slot: threading.BoundedSemaphore) -> None:
        try:
            for piece in chain.stream(inputs):
                if self._stopped.is_set():
                    return  # closing the stream closes the connection
                self._pieces.put(piece)
            self._pieces.put(None)
        except Exception as error:  # the model is another service: any failure of it means "no draft"
            self._pieces.put(error)
        finally:
            slot.release()

    def next(self, seconds: float) -> str | None:
        """The next piece within `seconds`; None at the end.

        Raises:
            TimeoutError: none came in time.
            DraftFailed: the model failed.
        """
        if seconds <= 0:
            raise TimeoutError
        try:
            piece = self._pieces.get(timeout=seconds)
        except queue.Empty:
            raise TimeoutError from None
        if isinstance(piece, Exception):
            raise DraftFailed(_failure_reason(piece), f"{type(piece).__name__}: {piece}"[:300]) from piece
        return piece

    def stop(self) -> None:
        self._stopped.set()


def _visible(text: str) -> str:
    """The text without reasoning models' scratchpad, cut before one still open."""
    text = _THINKING.sub("", text)
    return text[: text.find("<think>")].strip() if "<think>" in text else text.strip()


def _failure_reason(error: Exception) -> str:
    if any("Timeout" in cls.__name__ for cls in type(error).__mro__):
        return "timeout"
    return "http_error" if getattr(error, "status_code", None) else "error"


def load_drafter(settings: LlmSettings, environ: Mapping[str, str] | None = None) -> LlmDrafter | None:
    """The drafter `settings` configure, or None when `[llm] provider` is off.

    Raises:
        ConfigError: a provider without a model, or a time limit that is not positive.
    """
    if not settings.provider:
        return None
    return LlmDrafter(chat_model(settings, environ), settings)

"""A drafted answer handed over sentence by sentence as each is checked, through the real engine
and LangChain's streaming from the fake OpenAI-compatible and Ollama servers (tests/fake_llm.py);
the console chat and `ask` print it the same way."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import pytest

from bot import cli, messages
from bot.answer.answer import Answer
from bot.answer.engine import Engine
from tests import test_llm_answers
from tests.fake_llm import FakeModel
from tests.test_llm_answers import DEADLINE_QUESTION

LEAD = "Theo Kế hoạch thi đua xã Hòa Bình:"
FIRST = "Hồ sơ gửi về Văn phòng Ủy ban nhân dân xã [1]."
SECOND = "Thời hạn là trước ngày 15/6/2025 [1]."
THIRD = "Hồ sơ gồm 02 bộ bản chính [3]."
INVENTED = "Thời hạn là trước ngày 25/6/2025 [1]."  # the source says 15/6/2025

# The fake model server and the engine over the small plan, shared with test_llm_answers.
fake_model, model, knowledge, make_engine = (
    test_llm_answers.fake_model,
    test_llm_answers.model,
    test_llm_answers.knowledge,
    test_llm_answers.make_engine,
)


def _ask(engine: Engine, question: str = DEADLINE_QUESTION) -> tuple[Answer, list[str]]:
    """The answer, and the text of each draft handed over while it was written."""
    drafts: list[str] = []
    answer = engine.ask(question, on_draft=lambda draft: drafts.append(draft.text))
    return answer, drafts


@pytest.mark.parametrize("provider", ["openai", "ollama"])
def test_checked_sentences_are_handed_over_as_they_come(
    make_engine: Callable[..., Engine], model: FakeModel, provider: str
) -> None:
    model.reply, model.pace = f"{FIRST} {SECOND}\nHồ sơ gồm [3]:\n- 02 bộ bản chính;\n- Mẫu số 01.", 0.005
    answer, drafts = _ask(make_engine(provider))
    assert model.requests[0].get("stream", True) is True
    assert drafts == [
        LEAD,
        f"{LEAD}\n{FIRST}",
        f"{LEAD}\n{FIRST} {SECOND}",
        f"{LEAD}\n{FIRST} {SECOND}\nHồ sơ gồm [3]:",
        f"{LEAD}\n{FIRST} {SECOND}\nHồ sơ gồm [3]:\n- 02 bộ bản chính;",
    ]
    assert (answer.drafter, answer.verified) == ("llm", True)
    assert answer.text.startswith(f"{drafts[-1]}\n- Mẫu số 01.\nNguồn: [1] ")


def test_a_sentence_that_fails_a_check_stops_the_draft_and_is_never_handed_over(
    make_engine: Callable[..., Engine], model: FakeModel
) -> None:
    model.reply, model.pace = f"{FIRST} {INVENTED} {THIRD} " + "Hồ sơ gồm 02 bộ [3]. " * 40, 0.005
    answer, drafts = _ask(make_engine())
    assert drafts == [LEAD, f"{LEAD}\n{FIRST}"]
    assert (answer.drafter, answer.fallback_reason) == ("extractive", "unsupported_fact")
    assert answer.notes == (messages.LLM_UNVERIFIED,) and "25/6/2025" not in answer.text


def test_a_model_without_a_checked_sentence_in_time_is_slow(
    make_engine: Callable[..., Engine], model: FakeModel
) -> None:
    engine = make_engine(slow_after_seconds=0.3)
    model.reply, model.pace = FIRST, 0.1  # still writing its first sentence at the limit
    started = time.monotonic()
    answer, drafts = _ask(engine)
    assert time.monotonic() - started < 0.8
    assert drafts == [LEAD]
    assert (answer.drafter, answer.fallback_reason, answer.notes) == ("extractive", "slow", (messages.LLM_SLOW,))


def test_a_model_still_writing_at_the_timeout_gives_the_extractive_answer(
    make_engine: Callable[..., Engine], model: FakeModel
) -> None:
    engine = make_engine(slow_after_seconds=0.6, timeout_seconds=0.9)
    model.reply, model.pace = f"{FIRST} {SECOND} {THIRD} {THIRD}", 0.05  # first sentence 0.4 s, all 1.2 s
    started = time.monotonic()
    answer, drafts = _ask(engine)
    assert time.monotonic() - started < 1.1
    assert f"{LEAD}\n{FIRST}" in drafts
    assert (answer.fallback_reason, answer.notes) == ("timeout", (messages.LLM_SLOW,))
    assert answer.text == f"{messages.LLM_SLOW}\n{make_engine('').ask(DEADLINE_QUESTION).text}"


def _chat(engine: Engine, monkeypatch: pytest.MonkeyPatch, *questions: str) -> None:
    typed = iter(questions)
    monkeypatch.setattr("builtins.input", lambda prompt: next(typed))
    assert cli.chat(engine) == 0


def test_the_console_chat_prints_the_checked_text_then_the_sources(
    make_engine: Callable[..., Engine], model: FakeModel, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    engine = make_engine()
    model.reply = f"{FIRST} {SECOND}"
    _chat(engine, monkeypatch, DEADLINE_QUESTION, "thoát")
    shown = capsys.readouterr().out
    answer = engine.ask(DEADLINE_QUESTION)
    assert f"\n{answer.text}\n\n{messages.CHAT_GOODBYE}" in shown and shown.count(FIRST) == 1
    cli._ask(engine, argparse.Namespace(batch=None, json=False, question=DEADLINE_QUESTION, doc=None))
    assert capsys.readouterr().out == answer.text + "\n"


def test_the_console_chat_prints_the_extractive_answer_with_one_line_when_a_draft_fails(
    make_engine: Callable[..., Engine], model: FakeModel, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    model.reply, model.pace = f"{FIRST} {INVENTED}", 0.005
    _chat(make_engine(), monkeypatch, DEADLINE_QUESTION, "thoát")
    shown = capsys.readouterr().out
    extractive = make_engine("").ask(DEADLINE_QUESTION).text
    assert f"{LEAD}\n{FIRST}\n\n{messages.LLM_UNVERIFIED}\n{extractive}\n" in shown
    assert "25/6/2025" not in shown

"""An answer a language model writes, shown in Telegram as it is checked: the real Application
polling the fake Bot API (tests/fake_telegram.py), the real engine and LangChain streaming from the
fake model server (tests/fake_llm.py), over the small Hòa Bình plan with deterministic embeddings.
"""

from __future__ import annotations

import itertools
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from bot import messages
from bot.answer.engine import Engine
from bot.render.telegram_html import TELEGRAM_LIMIT
from bot.telegram.delivery import EDIT_INTERVAL
from bot.telegram.history import History
from tests import test_llm_answers
from tests.bot_harness import ADMIN, RunningBot, launch, reply_to, stop_all
from tests.fake_llm import FakeModel
from tests.fake_telegram import Call, FakeBotApi
from tests.test_llm_answers import DEADLINE_QUESTION
from tests.test_llm_streaming import FIRST, INVENTED, SECOND, THIRD
from tests.test_telegram import _buttons, _valid_html

PACE = 0.1  # seconds per 7-character piece: a reply takes seconds, and sentences come between edits

StartBot = Callable[..., Awaitable[RunningBot]]

# The fake model server and the engine over the small plan, shared with test_llm_answers.
fake_model, model, knowledge, make_engine = (
    test_llm_answers.fake_model,
    test_llm_answers.model,
    test_llm_answers.knowledge,
    test_llm_answers.make_engine,
)


@pytest.fixture
async def start_bot(make_engine: Callable[..., Engine], tmp_path: Path) -> AsyncIterator[StartBot]:
    """Starts the bot with a model configured (`llm` settings as make_engine takes them)."""
    running: list = []

    async def start(**llm: object) -> RunningBot:
        return await launch(make_engine(**llm), tmp_path / "bot.sqlite3", running)

    yield start
    await stop_all(running)


def _shown(api: FakeBotApi, question: dict[str, Any]) -> list[Call]:
    """The bot's messages replying to `question` and every edit of them, in order."""
    chat = question["chat"]["id"]
    sent = [c for c in api.sent(chat_id=chat) if reply_to(c) == question["message_id"]]
    ids = {c.result["message_id"] for c in sent if c.result}
    edits = [c for c in api.sent("editMessageText", chat) if int(c.params["message_id"]) in ids]
    return sorted(sent + edits, key=lambda call: call.at)


async def _ask(bot: RunningBot, text: str, user_id: int = 1001) -> list[Call]:
    """Ask `text`; once the answer is in place (no "being written" line), what the user was shown."""
    question = bot.api.push_message(text, user_id=user_id)

    def answered() -> bool:
        return any(messages.LLM_DRAFTING not in call.params["text"] for call in _shown(bot.api, question))

    await bot.api.wait_for(answered, timeout=15)
    return _shown(bot.api, question)


def _recorded(database: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT drafter, fallback_reason FROM answers ORDER BY id").fetchall()


def _assert_one_message_paced(calls: list[Call]) -> None:
    """One message sent and then edited, about once a second at most, never with the same text."""
    assert [call.method for call in calls] == ["sendMessage"] + ["editMessageText"] * (len(calls) - 1)
    texts = [call.params["text"] for call in calls]
    assert all(before != after for before, after in itertools.pairwise(texts))
    assert all(after.at - before.at >= EDIT_INTERVAL * 0.9 for before, after in itertools.pairwise(calls))
    assert all(len(text) <= TELEGRAM_LIMIT and _valid_html(text) for text in texts)


async def test_a_drafted_answer_streams_into_one_message_then_gets_its_sources_and_buttons(
    start_bot: StartBot, model: FakeModel
) -> None:
    bot = await start_bot()
    model.reply, model.pace = f"{FIRST} {SECOND} {THIRD}", PACE
    calls = await _ask(bot, DEADLINE_QUESTION)
    _assert_one_message_paced(calls)
    texts = [call.params["text"] for call in calls]
    *shown, final = texts
    assert shown[0] == f"<b>Theo Kế hoạch thi đua xã Hòa Bình:</b>\n<i>{messages.LLM_DRAFTING}</i>"
    # Sentences appeared as they were checked, before the whole answer was there.
    assert any(FIRST in text and THIRD not in text for text in shown)
    assert all("Nguồn" not in text for text in shown) and all(messages.LLM_DRAFTING in text for text in shown)
    assert final == (
        f"<b>Theo Kế hoạch thi đua xã Hòa Bình:</b>\n{FIRST} {SECOND} {THIRD}\n"
        "<i>Nguồn: [1] Kế hoạch thi đua xã Hòa Bình, mục II.2 «Thời gian và nơi nhận hồ sơ».</i>\n"
        "<i>Nguồn: [3] Kế hoạch thi đua xã Hòa Bình, mục II.1 «Thành phần hồ sơ».</i>"
    )
    labels = [label for label, _ in _buttons(calls[-1].params)]
    assert labels[:2] == ["📄 xã Hòa Bình – II.2", "📄 xã Hòa Bình – II.1"] and {"👍", "👎"} <= set(labels)
    assert _recorded(bot.database) == [("llm", "")]


async def test_a_sentence_with_a_date_not_in_the_source_is_never_shown(start_bot: StartBot, model: FakeModel) -> None:
    bot = await start_bot()
    model.reply, model.pace = f"{FIRST} {INVENTED} {THIRD}", 1.5 * PACE  # the first sentence shows before
    calls = await _ask(bot, DEADLINE_QUESTION)
    _assert_one_message_paced(calls)
    texts = [call.params["text"] for call in calls]
    assert not any("25/6/2025" in text for text in texts)
    assert any(FIRST in text for text in texts[:-1])  # the checked sentence before it was shown
    final = texts[-1]
    assert final.startswith(f"<i>{messages.LLM_UNVERIFIED}</i>\n<b>Theo Kế hoạch thi đua xã Hòa Bình:</b>\n")
    assert "trước ngày 15/6/2025" in final and final.count(messages.LLM_UNVERIFIED) == 1
    assert final.endswith("<i>Nguồn: Kế hoạch thi đua xã Hòa Bình, mục II.2 «Thời gian và nơi nhận hồ sơ».</i>")
    assert {"👍", "👎"} <= {label for label, _ in _buttons(calls[-1].params)}
    assert _recorded(bot.database) == [("extractive", "unsupported_fact")]


async def test_a_slow_or_failing_model_gives_the_extractive_answer_in_time_and_is_counted(
    start_bot: StartBot, model: FakeModel
) -> None:
    bot = await start_bot(slow_after_seconds=0.5)
    model.reply, model.delay = f"{FIRST} {SECOND}", 4.0
    asked = time.monotonic()
    slow = await _ask(bot, DEADLINE_QUESTION)
    assert slow[-1].at - asked < 0.5 + EDIT_INTERVAL + 1.0  # the limit, one edit's wait, and some slack
    model.delay, model.status = 0.0, 500
    failed = await _ask(bot, DEADLINE_QUESTION, user_id=1002)
    for calls, line in ((slow, messages.LLM_SLOW), (failed, messages.LLM_UNAVAILABLE)):
        final = calls[-1].params["text"]
        assert final.startswith(f"<i>{line}</i>\n<b>Theo Kế hoạch thi đua xã Hòa Bình:</b>\n")
        assert "trước ngày 15/6/2025" in final and "Nguồn: Kế hoạch thi đua xã Hòa Bình, mục II.2" in final
        assert {"👍", "👎"} <= {label for label, _ in _buttons(calls[-1].params)}
    assert _recorded(bot.database) == [("extractive", "slow"), ("extractive", "http_error")]
    statistics = await bot.ask("/thongke", user_id=ADMIN)
    assert (
        "Mô hình ngôn ngữ được hỏi 2 lần; thay bằng câu trả lời trích: 100% (http_error 1, slow 1)"
        in (statistics["text"])
    )


async def test_a_question_the_engine_declines_never_reaches_the_model(start_bot: StartBot, model: FakeModel) -> None:
    bot = await start_bot()
    model.reply = f"{FIRST} {SECOND}"
    reply = await bot.ask("Giá vé máy bay đi Hà Nội là bao nhiêu?")
    assert "Các văn bản hiện có không trả lời được câu hỏi này" in reply["text"]
    assert model.requests == []
    assert bot.api.sent("editMessageText") == [] and messages.LLM_DRAFTING not in reply["text"]
    assert _recorded(bot.database) == [("extractive", "")]


def test_an_older_feedback_database_gains_the_drafter_columns(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    with sqlite3.connect(database) as connection:  # the answers table as first released
        connection.execute(
            "CREATE TABLE answers (id INTEGER PRIMARY KEY AUTOINCREMENT, created REAL NOT NULL, user_hash TEXT"
            " NOT NULL, chat_id INTEGER NOT NULL, question TEXT NOT NULL, abstained INTEGER NOT NULL, latency_ms"
            " INTEGER NOT NULL, citations TEXT NOT NULL, candidates TEXT NOT NULL)"
        )
        connection.execute(
            "INSERT INTO answers (created, user_hash, chat_id, question, abstained, latency_ms, citations, candidates)"
            " VALUES (0, 'h', 1, 'câu hỏi cũ', 0, 5, '[]', '[]')"
        )
    history = History(database)
    history.record_answer(1, 1, "q", False, 5, (), (), "extractive", "timeout")
    history.record_answer(1, 1, "q", False, 5, (), (), "llm")
    statistics = history.statistics()
    history.close()
    assert _recorded(database) == [(None, ""), ("extractive", "timeout"), ("llm", "")]
    assert (statistics.questions, statistics.drafted, statistics.fallbacks) == (3, 2, (("timeout", 1),))

"""The real bot against a hostile world, through the fake Bot API: forged and foreign buttons,
floods of buttons and commands, a 429 for one chat, updates PTB cannot read, edited messages,
slow or failing sends. Each test checks what the user (or the operator, in the log) would see."""

from __future__ import annotations

import asyncio
import logging
import re
import shutil
import time
from pathlib import Path

import pytest

from bot import messages
from bot.answer.engine import Engine
from bot.telegram.history import History
from tests.bot_harness import ADMIN, reply_to
from tests.conftest import SHIPPED, run_ingest

QUESTION = "Hồ sơ khen thưởng ở xã Bắc Sơn gồm những gì?"
BAC_SON = "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa"


def _buttons(params: dict) -> list[tuple[str, str]]:
    markup = params.get("reply_markup") or {}
    return [(b["text"], b["callback_data"]) for row in markup.get("inline_keyboard", []) for b in row]


def _on(chat_id: int, chat_type: str = "private") -> dict:
    """The message a button press comes from, as Telegram shows it."""
    return {"message_id": 5, "date": 0, "chat": {"id": chat_id, "type": chat_type}}


async def _press(bot, data: str, chat_id: int = 1001, user_id: int = 1001, chat_type: str = "private") -> dict:
    """Press a button; returns the bot's answerCallbackQuery parameters."""
    before = len(bot.api.sent("answerCallbackQuery"))
    bot.api.push_callback(data, _on(chat_id, chat_type), user_id=user_id)
    await bot.api.wait_for(lambda: len(bot.api.sent("answerCallbackQuery")) > before)
    return bot.api.sent("answerCallbackQuery")[-1].params


def _no_errors(caplog: pytest.LogCaptureFixture) -> None:
    bad = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert not bad, [r.getMessage() for r in bad]


async def test_button_data_is_random_and_fits_telegram(start_bot) -> None:
    bot = await start_bot()
    first, second = await bot.ask(QUESTION), await bot.ask(QUESTION)
    data = [d for _, d in _buttons(first) + _buttons(second)]
    assert all(re.fullmatch(r"(src|pick|fb):[A-Za-z0-9_-]{16}:[0-9]{1,3}", d) and len(d.encode()) <= 64 for d in data)
    keys = [{d.split(":")[1] for _, d in _buttons(reply)} for reply in (first, second)]
    assert len(keys[0]) == len(keys[1]) == 1 and keys[0] != keys[1]


async def test_buttons_act_only_in_the_chat_they_were_sent_to(start_bot, caplog) -> None:
    bot = await start_bot()
    reply = await bot.ask("Thời gian thi đua đến khi nào?")  # several plans: "Chỉ xem" buttons
    source = next(d for _, d in _buttons(reply) if d.startswith("src:"))
    pick = next(d for _, d in _buttons(reply) if d.startswith("pick:"))
    vote = next(d for _, d in _buttons(reply) if d.startswith("fb:"))
    for data in (source, pick, vote):
        assert (await _press(bot, data, chat_id=2002, user_id=2002))["text"] == messages.FOREIGN_BUTTON
        assert (await _press(bot, data, chat_id=-500, user_id=1001, chat_type="group"))["text"] == (
            messages.FOREIGN_BUTTON
        )
    await asyncio.sleep(0.3)
    assert not bot.api.sent(chat_id=2002) and not bot.api.sent(chat_id=-500)  # nothing shown, nothing re-run
    assert History(bot.database).statistics().feedback == 0
    assert len(bot.api.sent(chat_id=1001)) == 1
    await _press(bot, source)  # in its own chat it still works
    await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=1001)) == 2)
    _no_errors(caplog)


async def test_a_checklist_is_ticked_only_by_the_user_it_was_sent_to(start_bot, caplog) -> None:
    bot = await start_bot()
    group = {"chat_id": -600, "chat_type": "group"}
    checklist = await bot.ask("/hoso", user_id=1001, **group)
    tick = _buttons(checklist)[1][1]
    notice = await _press(bot, tick, chat_id=-600, user_id=1002, chat_type="group")
    assert notice["text"] == messages.NOT_YOUR_CHECKLIST
    assert (await _press(bot, tick, chat_id=1002, user_id=1002))["text"] == messages.FOREIGN_BUTTON
    history = History(bot.database)
    assert history.ticked(1002, BAC_SON) == set() and history.ticked(1001, BAC_SON) == set()
    assert not bot.api.sent("editMessageReplyMarkup")
    await _press(bot, tick, chat_id=-600, user_id=1001, chat_type="group")
    await bot.api.wait_for(lambda: bool(bot.api.sent("editMessageReplyMarkup")))
    assert history.ticked(1001, BAC_SON) == {1}
    _no_errors(caplog)


async def test_forged_buttons_get_a_short_notice_and_change_nothing(start_bot, caplog) -> None:
    caplog.set_level(logging.INFO)
    bot = await start_bot()
    checklist = await bot.ask("/hoso")
    key = _buttons(checklist)[0][1].split(":")[1]
    forged = [
        "fb:²:1",
        "hs:³",
        "tick:0",
        "tick:0:5000",
        "src:12345678901234567890:0",
        "pick:99999999999999999999999:0",
        "fb:1:-1",
        f"tick:{key}:²",
        "",
        "x" * 64,
    ]
    for data in forged:
        assert (await _press(bot, data))["text"] == messages.INVALID_BUTTON, data
    for data in (f"tick:{key}:500", f"hs:{key}:0"):  # right key, wrong item or wrong kind of list
        assert (await _press(bot, data))["text"] == messages.STALE_BUTTON, data
    history = History(bot.database)
    assert history.ticked(1001, BAC_SON) == set()
    assert history.statistics().feedback == 0
    assert len(bot.api.sent(chat_id=1001)) == 1 and not bot.api.sent("editMessageReplyMarkup")
    for command in ("/nhac ²", "/nhac 5000", "/nhac -1"):
        assert (await bot.ask(command))["text"] == messages.REMIND_USAGE
    assert history.subscriptions() == {}
    _no_errors(caplog)


async def test_forty_source_presses_do_not_give_forty_messages(start_bot) -> None:
    bot = await start_bot(questions_per_minute=5)
    reply = await bot.ask(QUESTION)  # the question counts: 4 more requests this minute
    source = next(d for _, d in _buttons(reply) if d.startswith("src:"))
    for _ in range(40):
        bot.api.push_callback(source, _on(1001))
    await bot.api.wait_for(lambda: len(bot.api.sent("answerCallbackQuery")) == 40)
    await asyncio.sleep(0.5)
    assert len(bot.api.sent(chat_id=1001)) == 1 + 4
    notices = [c.params.get("text", "") for c in bot.api.sent("answerCallbackQuery")]
    assert sum(n.startswith("Bạn đã gửi 5 câu hỏi") for n in notices) == 36


async def test_twenty_deadline_commands_do_not_give_twenty_calendars(start_bot) -> None:
    bot = await start_bot(questions_per_minute=10)
    for _ in range(20):
        bot.api.push_message("/hanchot")
    await bot.api.wait_for(lambda: len(bot.api.documents) == 10)
    await asyncio.sleep(1.0)
    assert len(bot.api.documents) == 10
    texts = [c.params["text"] for c in bot.api.sent(chat_id=1001)]
    assert sum(t.startswith("Bạn đã gửi 10 câu hỏi") for t in texts) == 1  # told once, not ten times
    assert len(texts) == 11


async def test_a_429_for_one_chat_does_not_delay_the_others(start_bot) -> None:
    bot = await start_bot()
    bot.api.fail("sendMessage", 429, retry_after=4, chat_id=1001)
    bot.api.push_message(QUESTION, user_id=1001)
    await bot.api.wait_for(lambda: any(c.method == "sendMessage!429" for c in bot.api.calls))
    limited_at = next(c.at for c in bot.api.calls if c.method == "sendMessage!429")
    await bot.ask("Kè bờ suối Đình Lập hoàn thành trước ngày nào?", user_id=1002)
    other_at = bot.api.sent(chat_id=1002)[0].at
    await bot.api.wait_for(lambda: bool(bot.api.sent(chat_id=1001)))
    first_at = bot.api.sent(chat_id=1001)[0].at
    assert other_at - limited_at < 3.0  # not held back by the other chat's 4 s
    assert first_at - limited_at >= 4.0  # the limited chat waited as Telegram asked, then got its answer
    assert len(bot.api.sent(chat_id=1001)) == 1


async def test_an_unreadable_update_is_skipped_once_logged_without_its_text_and_counted(start_bot, caplog) -> None:
    caplog.set_level(logging.INFO)
    bot = await start_bot()
    poison = bot.api.message("bí mật riêng tư của người dùng", user_id=3003)
    poison["from"] = {"id": 3003, "is_bot": False}  # no first_name: PTB cannot build the User
    bot.api.push_update({"message": poison})
    reply = await bot.ask(QUESTION)  # the next update is served
    assert "Nguồn:" in reply["text"]
    polls = bot.api.polls
    await asyncio.sleep(2.0)
    assert bot.api.polls - polls <= 4  # long polling as usual, no busy loop on the bad update
    skipped = [r for r in caplog.records if "Skipped update" in r.getMessage()]
    assert len(skipped) == 1 and skipped[0].levelno == logging.WARNING
    assert "bí mật" not in caplog.text
    assert not bot.api.sent(chat_id=3003)
    assert History(bot.database).statistics().skipped_updates == 1
    report = await bot.ask("/thongke", user_id=ADMIN)
    assert "đã bỏ qua: 1" in report["text"]


async def test_an_edited_question_is_answered_as_the_edited_version_and_edited_commands_are_not_rerun(
    start_bot,
) -> None:
    bot = await start_bot()
    message = bot.api.push_message(QUESTION)
    await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=1001)) == 1)
    edited = bot.api.message("Kè bờ suối Đình Lập hoàn thành trước ngày nào?", message_id=message["message_id"])
    edited["edit_date"] = int(time.time())
    bot.api.push_update({"edited_message": edited})
    await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=1001)) == 2)
    answer = bot.api.sent(chat_id=1001)[1].params
    assert answer["text"].startswith(messages.EDITED_LEAD) and "20/01/2025" in answer["text"]
    assert reply_to(bot.api.sent(chat_id=1001)[1]) == message["message_id"]
    command = bot.api.message("/hanchot", message_id=message["message_id"])
    bot.api.push_update({"edited_message": {**command, "edit_date": int(time.time())}})
    await asyncio.sleep(1.5)
    assert len(bot.api.sent(chat_id=1001)) == 2 and not bot.api.documents


async def test_a_slow_send_or_a_failed_typing_adds_no_apology(start_bot, caplog) -> None:
    bot = await start_bot()
    bot.api.fail("sendChatAction", 400, description="Bad Request: not enough rights")
    typing_failed = await bot.ask(QUESTION)
    assert "Nguồn:" in typing_failed["text"]
    bot.api.fault("sendMessage", "slow", seconds=6)  # longer than the bot's 5 s read timeout
    bot.api.push_message("Kè bờ suối Đình Lập hoàn thành trước ngày nào?", user_id=1001)
    await bot.api.wait_for(lambda: any(c.method == "sendMessage!slow" for c in bot.api.calls))
    await asyncio.sleep(7.0)
    texts = [c.params["text"] for c in bot.api.sent(chat_id=1001)]
    assert len(texts) == 2 and messages.INTERNAL_ERROR not in texts
    assert any("may have been delivered" in r.getMessage() for r in caplog.records)


@pytest.fixture
def spaced_engine(make_settings, fake_embeddings, tmp_path: Path) -> Engine:
    """An installation of its own whose one plan was put in the folder as "Ke hoach moi.txt"."""
    documents = tmp_path / "documents"
    documents.mkdir()
    shutil.copy(SHIPPED / f"{BAC_SON}.txt", documents / "Ke hoach moi.txt")
    settings = make_settings(documents)
    report, _ = run_ingest(settings)
    assert not report.failed
    return Engine.load(settings)


async def test_remove_takes_an_id_with_spaces(start_bot, spaced_engine: Engine) -> None:
    bot = await start_bot(engine_override=spaced_engine)
    assert spaced_engine.document("Ke hoach moi") is not None
    removed = await bot.ask("/xoa Ke hoach moi", user_id=ADMIN)
    assert removed["text"].startswith("🗑 Đã xoá")
    assert spaced_engine.document("Ke hoach moi") is None
    assert not (Path(spaced_engine.settings.knowledge.documents) / "Ke hoach moi.txt").exists()

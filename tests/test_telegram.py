"""The real python-telegram-bot Application, polling a fake Bot API server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
import socket
from html.parser import HTMLParser
from pathlib import Path

from bot import messages
from bot.answer.answer import Answer
from bot.answer.engine import Engine
from bot.render.telegram_html import TELEGRAM_LIMIT, html_messages, to_html_messages
from bot.telegram.app import build_application
from bot.telegram.history import History
from ingest.library import DocumentLibrary
from knowledge.settings import Settings, TelegramSettings
from tests.bot_harness import ADMIN, TOKEN, reply_to
from tests.conftest import SHIPPED
from tests.fake_telegram import BOT_USER, FakeBotApi


def _buttons(params: dict) -> list[tuple[str, str]]:
    markup = params.get("reply_markup") or {}
    return [(b["text"], b["callback_data"]) for row in markup.get("inline_keyboard", []) for b in row]


class _Validator(HTMLParser):
    """Checks that tags are balanced and only Telegram's."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        assert tag in {"b", "i"}, tag
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag


def _valid_html(text: str) -> bool:
    validator = _Validator()
    validator.feed(text)
    validator.close()
    return not validator.stack


def test_long_text_is_split_on_boundaries_into_valid_html_parts() -> None:
    text = (SHIPPED / "an-lao-2024-thi-dua-yeu-nuoc-nam-2025.txt").read_text(encoding="utf-8")
    body = [("line", line) for line in (text.replace("\n\n", "\n") * 2).split("\n")]
    parts = html_messages([("lead", "Theo kế hoạch <script>alert(1)</script>:"), *body, ("source", "Nguồn: x")])
    assert len(parts) > 3
    for part in parts:
        assert len(part) <= TELEGRAM_LIMIT
        assert _valid_html(part)
        assert "<script>" not in part
    assert parts[0].startswith("<b>Theo kế hoạch &lt;script&gt;")
    assert parts[-1].endswith("<i>Nguồn: x</i>")
    single_line = "Câu rất dài. " * 800
    assert all(len(p) <= TELEGRAM_LIMIT for p in to_html_messages(single_line))


async def test_question_gets_a_cited_html_reply_to_its_message(start_bot) -> None:
    bot = await start_bot()
    reply = await bot.ask("Hồ sơ khen thưởng ở xã Bắc Sơn gồm những gì?")
    assert reply["parse_mode"] == "HTML"
    assert reply["text"].startswith("<b>Theo Kế hoạch thi đua xã Bắc Sơn:</b>")
    assert "<i>Nguồn: Kế hoạch thi đua xã Bắc Sơn, mục VI.1 «Thành phần hồ sơ».</i>" in reply["text"]
    assert _valid_html(reply["text"])
    actions = bot.api.sent("sendChatAction")
    assert actions and actions[0].params["action"] == "typing"
    labels = [text for text, _ in _buttons(reply)]
    assert messages.VIEW_SOURCE_BUTTON.format(section="VI.1") in labels
    assert {"👍", "👎"} <= set(labels)
    commands = bot.api.sent("setMyCommands")[0].params["commands"]
    assert [c["command"] for c in commands] == ["start", "help", "kehoach", "hanchot", "hoso", "nhac", "xoa"]


async def test_html_in_a_question_is_never_echoed_as_markup(start_bot) -> None:
    bot = await start_bot()
    reply = await bot.ask("<script>alert('x')</script><b>hồ sơ khen thưởng</b> gồm những gì?")
    assert "<script" not in reply["text"] and _valid_html(reply["text"])


async def test_view_source_button_shows_the_whole_section(start_bot) -> None:
    bot = await start_bot()
    reply = await bot.ask("Hồ sơ khen thưởng ở xã Bắc Sơn gồm những gì?")
    data = next(d for _, d in _buttons(reply) if d.startswith("src:"))
    assert len(data.encode()) <= 64
    before = len(bot.api.sent())
    bot.api.push_callback(data, {**reply, "message_id": 5, "date": 0, "chat": {"id": 1001, "type": "private"}})
    await bot.api.wait_for(lambda: len(bot.api.sent()) > before)
    shown = bot.api.sent()[-1].params["text"]
    assert "Biểu tóm tắt thành tích của tập thể, cá nhân" in shown
    assert "Biên bản họp xét, đề nghị khen thưởng." in shown
    assert bot.api.sent("answerCallbackQuery")


async def test_stale_button_gets_a_clear_message(start_bot) -> None:
    bot = await start_bot()
    unknown = "src:AAAAAAAAAAAAAAAA:0"  # well-formed, but no answer has this key
    bot.api.push_callback(unknown, {"message_id": 5, "date": 0, "chat": {"id": 1001, "type": "private"}})
    await bot.api.wait_for(lambda: bool(bot.api.sent("answerCallbackQuery")))
    assert bot.api.sent("answerCallbackQuery")[0].params["text"] == messages.STALE_BUTTON


async def test_several_plans_offer_buttons_and_a_pick_re_answers_for_that_plan(start_bot) -> None:
    bot = await start_bot()
    reply = await bot.ask("Thời gian thi đua đến khi nào?")
    picks = [(text, data) for text, data in _buttons(reply) if data.startswith("pick:")]
    assert len(picks) >= 2
    text, data = picks[1]
    before = len(bot.api.sent())
    bot.api.push_callback(data, {**reply, "message_id": 6, "date": 0, "chat": {"id": 1001, "type": "private"}})
    await bot.api.wait_for(lambda: len(bot.api.sent()) > before)
    answer = bot.api.sent()[-1].params["text"]
    locality = text.removeprefix("Chỉ xem: ")
    assert answer.startswith(f"<b>Theo Kế hoạch thi đua {locality}")  # and, for an ended campaign, a note
    assert "văn bản đều có" not in answer


async def test_feedback_is_stored_and_admin_sees_statistics(start_bot) -> None:
    bot = await start_bot()
    reply = await bot.ask("Hồ sơ khen thưởng ở xã Bắc Sơn gồm những gì?")
    await bot.ask("Giá vé tàu hỏa từ Hà Nội đi Lạng Sơn là bao nhiêu?")
    down = next(d for t, d in _buttons(reply) if t == "👎")
    bot.api.push_callback(down, {**reply, "message_id": 7, "date": 0, "chat": {"id": 1001, "type": "private"}})
    await bot.api.wait_for(lambda: bool(bot.api.sent("answerCallbackQuery")))
    stats = History(bot.database).statistics()
    assert (stats.questions, stats.declined, stats.feedback, stats.negative) == (2, 1, 1, 1)
    refused = await bot.ask("/thongke")
    assert refused["text"] == messages.ADMIN_ONLY
    report = await bot.ask("/thongke", user_id=ADMIN)
    assert "Số câu hỏi: 2" in report["text"] and "Giá vé tàu hỏa" in report["text"]


async def test_commands_and_unknown_commands(start_bot) -> None:
    bot = await start_bot()
    start = await bot.ask("/start")
    assert "Hồ sơ khen thưởng ở xã Bắc Sơn gồm những gì?" in start["text"]
    plans = await bot.ask("/kehoach")
    assert "Kế hoạch thi đua huyện Văn Quan" in plans["text"] and "Ủy ban nhân dân huyện Đình Lập" in plans["text"]
    assert plans["text"].count("Loại: Kế hoạch;") == 5  # every document with its kind
    unknown = await bot.ask("/xyz")
    assert "/xyz" in unknown["text"] and "/kehoach" in unknown["text"]


async def test_allow_list_refuses_others(start_bot) -> None:
    bot = await start_bot(allowed_ids=(42,))
    refused = await bot.ask("Hồ sơ khen thưởng gồm những gì?", user_id=1001)
    assert refused["text"] == messages.REFUSED
    allowed = await bot.ask("Hồ sơ khen thưởng gồm những gì?", user_id=42)
    assert "Nguồn:" in allowed["text"]


async def test_rate_limit_per_user(start_bot) -> None:
    bot = await start_bot(questions_per_minute=2)
    for _ in range(2):
        assert "Nguồn:" in (await bot.ask("Hồ sơ khen thưởng gồm những gì?"))["text"]
    limited = await bot.ask("Hồ sơ khen thưởng gồm những gì?")
    assert limited["text"] == messages.RATE_LIMITED.format(limit=2, seconds=limited["text"].split()[-2])
    other = await bot.ask("Hồ sơ khen thưởng gồm những gì?", user_id=1002)
    assert "Nguồn:" in other["text"]


async def test_groups_answer_mentions_and_replies_only(start_bot) -> None:
    bot = await start_bot()
    group = {"chat_id": -500, "chat_type": "group"}
    bot.api.push_message("hôm nay họp lúc mấy giờ?", **group)
    mentioned = await bot.ask(f"@{BOT_USER['username']} hồ sơ khen thưởng gồm những gì?", **group)
    assert "Nguồn:" in mentioned["text"]
    replied = await bot.ask("còn hạn gửi hồ sơ thì sao?", reply_to_bot=True, **group)
    assert replied["text"]
    assert len(bot.api.sent(chat_id=-500)) == 2  # the chatter got no answer


async def test_429_then_success_delivers_exactly_one_answer(start_bot) -> None:
    bot = await start_bot()
    bot.api.fail("sendMessage", 429, times=1, retry_after=1)
    reply = await bot.ask("Kè bờ suối Đình Lập hoàn thành trước ngày nào?")
    await asyncio.sleep(1.5)
    assert "20/01/2025" in reply["text"]
    assert [c.method for c in bot.api.calls].count("sendMessage!429") == 1
    assert len(bot.api.sent(chat_id=1001)) == 1


async def test_server_errors_on_get_updates_are_survived(start_bot) -> None:
    bot = await start_bot()
    bot.api.fail("getUpdates", 502, times=2)
    reply = await bot.ask("Hồ sơ khen thưởng gồm những gì?")
    assert "Nguồn:" in reply["text"]


async def test_fifty_users_at_once_each_get_their_own_answer(start_bot) -> None:
    bot = await start_bot()
    questions = {
        2000 + i: "Hồ sơ khen thưởng gồm những gì?" if i % 2 else "Kè bờ suối Đình Lập xong trước ngày nào?"
        for i in range(50)
    }
    sent = {user: bot.api.push_message(text, user_id=user) for user, text in questions.items()}

    def all_answered() -> bool:
        return all(
            any(reply_to(c) == message["message_id"] for c in bot.api.sent(chat_id=user))
            for user, message in sent.items()
        )

    await bot.api.wait_for(all_answered, timeout=120)
    for user, text in questions.items():
        replies = bot.api.sent(chat_id=user)
        assert len(replies) == 1
        expected = "Thành phần hồ sơ" if text.startswith("Hồ sơ") else "20/01/2025"
        assert expected in replies[0].params["text"]


class _ExplodingEngine(Engine):
    """The real engine, except that one question makes it fail."""

    def ask(self, question: str, doc_id: str | None = None, on_draft=None) -> Answer:
        if "nổ tung" in question:
            raise RuntimeError("simulated engine failure")
        return super().ask(question, doc_id, on_draft)


async def test_engine_error_gives_an_apology_and_the_bot_keeps_serving(start_bot, engine: Engine) -> None:
    exploding = _ExplodingEngine.__new__(_ExplodingEngine)
    exploding.__dict__.update(engine.__dict__)
    bot = await start_bot(engine_override=exploding)
    apology = await bot.ask("câu hỏi làm nổ tung hệ thống")
    assert apology["text"] == messages.INTERNAL_ERROR
    reply = await bot.ask("Hồ sơ khen thưởng gồm những gì?")
    assert "Nguồn:" in reply["text"]


async def test_webhook_mode_receives_updates_over_http(engine: Engine, real_settings: Settings, tmp_path: Path):
    import httpx

    from bot.telegram.app import count_skipped
    from bot.telegram.webhook import SECRET_HEADER, serve, webhook_secret

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    api = FakeBotApi()
    await api.start()
    settings = dataclasses.replace(
        real_settings,
        telegram=TelegramSettings(mode="webhook", database=tmp_path / "bot.sqlite3", webhook_port=port),
    )
    application = build_application(
        settings, engine, TOKEN, api.url, library=DocumentLibrary(engine.settings, engine.store)
    )
    stop = asyncio.Event()
    mailbox = application.bot_data["services"].mailbox
    server = asyncio.create_task(
        serve(application, settings.telegram, stop, lambda n: count_skipped(application, n), mailbox.keep)
    )
    url = f"http://127.0.0.1:{port}/{settings.telegram.webhook_path}"
    try:
        await api.wait_for(lambda: bool(api.sent("setWebhook")))
        webhook = api.sent("setWebhook")[0].params
        assert webhook["url"] == url and len(webhook["secret_token"]) >= 32
        assert webhook["secret_token"] == webhook_secret(TOKEN) != webhook_secret(TOKEN + "x")  # shared by processes
        update = {"update_id": 1, "message": api.message("Hồ sơ khen thưởng gồm những gì?", user_id=3001)}
        headers = {"content-type": "application/json", SECRET_HEADER: webhook["secret_token"]}
        async with httpx.AsyncClient() as client:
            forged = await client.post(url, content=json.dumps(update), headers={"content-type": "application/json"})
            assert forged.status_code == 403  # without Telegram's secret, nobody can post updates
            response = await client.post(url, content=json.dumps(update), headers=headers)
        assert response.status_code == 200
        await api.wait_for(lambda: bool(api.sent(chat_id=3001)))
        assert len(api.sent(chat_id=3001)) == 1
        assert "Thành phần hồ sơ" in api.sent(chat_id=3001)[0].params["text"]
    finally:
        stop.set()
        await asyncio.wait_for(server, timeout=30)
        await api.stop()


async def test_run_command_serves_telegram_and_stops_cleanly_on_sigterm(engine: Engine, real_config: Path):
    import os
    import signal
    import sys

    from tests.conftest import ROOT

    api = FakeBotApi()
    await api.start()
    env = {
        **os.environ,
        "TDKT_CONFIG": str(real_config),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TDKT_TELEGRAM_API_URL": api.url,
        "TDKT_TELEGRAM_DATABASE": str(real_config.parent / "bot.sqlite3"),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await api.wait_for(lambda: bool(api.sent("setMyCommands")), timeout=120)
        message = api.push_message("Kè bờ suối Đình Lập hoàn thành trước ngày nào?", user_id=4001)
        await api.wait_for(lambda: bool(api.sent(chat_id=4001)), timeout=60)
        assert reply_to(api.sent(chat_id=4001)[0]) == message["message_id"]
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
        assert process.returncode == 0, stderr.decode()
        assert TOKEN not in stderr.decode()  # the token is never logged
    finally:
        if process.returncode is None:
            process.kill()
        await api.stop()


async def test_rejected_markup_is_resent_as_plain_text(start_bot) -> None:
    bot = await start_bot()
    bot.api.fail("sendMessage", 400, description="Bad Request: can't parse entities: unexpected end tag")
    reply = await bot.ask("Hồ sơ khen thưởng ở xã Bắc Sơn gồm những gì?")
    assert "parse_mode" not in reply
    assert reply["text"].startswith("Theo Kế hoạch thi đua xã Bắc Sơn:") and "<" not in reply["text"]
    assert _buttons(reply)


async def test_server_error_on_send_is_retried_once_without_duplicates(start_bot) -> None:
    bot = await start_bot()
    bot.api.fail("sendMessage", 502, times=1)
    reply = await bot.ask("Kè bờ suối Đình Lập hoàn thành trước ngày nào?")
    await asyncio.sleep(0.5)
    assert "20/01/2025" in reply["text"]
    assert len(bot.api.sent(chat_id=1001)) == 1


async def test_buttons_keep_working_after_a_restart(start_bot) -> None:
    first = await start_bot()
    reply = await first.ask("Hồ sơ khen thưởng ở xã Bắc Sơn gồm những gì?")
    data = next(d for _, d in _buttons(reply) if d.startswith("src:"))
    restarted = await start_bot()  # a new Application on the same SQLite file
    restarted.api.push_callback(data, {**reply, "message_id": 8, "date": 0, "chat": {"id": 1001, "type": "private"}})
    await restarted.api.wait_for(lambda: bool(restarted.api.sent()))
    assert "Biên bản họp xét" in restarted.api.sent()[-1].params["text"]


async def test_hanchot_lists_deadlines_upcoming_first_with_a_valid_ics(start_bot) -> None:
    import icalendar

    bot = await start_bot(today=dt.date(2025, 3, 1))
    reply = await bot.ask("/hanchot")
    lines = reply["text"].split("\n")
    assert lines[1].startswith("• 31/05/2025 (còn 91 ngày) – Kế hoạch thi đua huyện Đình Lập, mục III.4")
    assert "20 ngày sau tổ chức Đại hội Đảng bộ xã" in reply["text"]
    await bot.api.wait_for(lambda: bool(bot.api.documents))
    name, content = bot.api.documents[0]
    assert name.endswith(".ics")
    events = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert sorted(e.decoded("dtstart").isoformat() for e in events) == [
        "2025-01-20",
        "2025-02-20",
        "2025-05-31",
        "2025-07-30",
        "2025-08-31",
        "2025-08-31",
    ]


async def test_hoso_checklist_items_can_be_ticked_per_user(start_bot) -> None:
    bot = await start_bot()
    reply = await bot.ask("/hoso")
    assert "1. Tờ trình kèm danh sách đề nghị khen thưởng" in reply["text"]
    assert "Gửi về: Hội đồng Thi đua - khen thưởng xã" in reply["text"]
    buttons = _buttons(reply)
    assert [t[:4] for t, _ in buttons] == ["☐ 1.", "☐ 2.", "☐ 3.", "☐ 4."]
    bot.api.push_callback(buttons[1][1], {**reply, "message_id": 9, "date": 0, "chat": {"id": 1001, "type": "private"}})
    await bot.api.wait_for(lambda: bool(bot.api.sent("editMessageReplyMarkup")))
    edited = bot.api.sent("editMessageReplyMarkup")[0].params["reply_markup"]["inline_keyboard"]
    assert [row[0]["text"][:4] for row in edited] == ["☐ 1.", "☑ 2.", "☐ 3.", "☐ 4."]
    assert History(bot.database).ticked(1001, "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa") == {1}
    assert History(bot.database).ticked(1002, "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa") == set()


async def test_nhac_reminds_once_and_survives_a_restart(start_bot) -> None:
    bot = await start_bot(today=dt.date(2025, 5, 5), reminder_check_seconds=1)
    assert (await bot.ask("/nhac 100"))["text"] == messages.REMIND_USAGE
    on = await bot.ask("/nhac 30")
    assert on["text"].startswith("Đã bật nhắc hạn")

    def reminders(api) -> list[str]:
        return [c.params["text"] for c in api.sent(chat_id=1001) if c.params["text"].startswith("⏰")]

    await bot.api.wait_for(lambda: bool(reminders(bot.api)))
    await asyncio.sleep(2.5)  # the job runs again: no duplicate
    assert len(reminders(bot.api)) == 1 and "còn 26 ngày (31/05/2025)" in reminders(bot.api)[0]

    later = await start_bot(today=dt.date(2025, 7, 10), reminder_check_seconds=1)  # restart, same SQLite
    await later.api.wait_for(lambda: bool(reminders(later.api)))
    assert "(30/07/2025)" in reminders(later.api)[0]
    off = await later.ask("/nhac tat")
    assert off["text"] == messages.REMIND_OFF
    assert History(later.database).subscriptions() == {}

"""`python -m bot run` as a supervisor runs it, against a fake Bot API that misbehaves: the token
never reaches the log (at DEBUG either), faults are survived, and fatal Bot API errors end the
process with exit code 1 and one clear line."""

from __future__ import annotations

import asyncio
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.fake_telegram import FakeBotApi

SECRET_TOKEN = "123456:SECRETsecretSECRETsecret_0123456789"
SECRET = SECRET_TOKEN.partition(":")[2]
_RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ (DEBUG|INFO|WARNING|ERROR|CRITICAL) ", re.MULTILINE)


def _environment(config: Path, api_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "TDKT_CONFIG": str(config),
        "TELEGRAM_BOT_TOKEN": SECRET_TOKEN,
        "TDKT_TELEGRAM_API_URL": api_url,
        "TDKT_TELEGRAM_DATABASE": str(config.parent / "process-bot.sqlite3"),
        "TDKT_LOGGING_LEVEL": "DEBUG",
    }


def _records(log: str) -> list[tuple[str, str]]:
    """(level, whole record with its traceback) for each log record."""
    starts = list(_RECORD.finditer(log))
    ends = [m.start() for m in starts[1:]] + [len(log)]
    return [(m[1], log[m.start() : end]) for m, end in zip(starts, ends, strict=True)]


def _problems(log: str) -> list[str]:
    return [record for level, record in _records(log) if level in ("ERROR", "CRITICAL")]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_bot_api_ends_the_run_with_one_line_and_no_token(engine, real_config: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=ROOT,
        env=_environment(real_config, f"http://127.0.0.1:{_closed_port()}"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert SECRET not in result.stderr + result.stdout
    problems = _problems(result.stderr)
    assert len(problems) == 1 and "Cannot start the Telegram bot: cannot use the Bot API at" in problems[0]
    assert "Traceback" not in result.stderr


async def _start(config: Path, api: FakeBotApi) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=ROOT,
        env=_environment(config, api.url),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def _run_to_exit(config: Path, api: FakeBotApi) -> tuple[int, str]:
    """Run the bot until it ends by itself (a fatal Bot API answer); its exit code and log."""
    process = await _start(config, api)
    try:
        _, stderr_bytes = await asyncio.wait_for(process.communicate(), timeout=240)
    finally:
        if process.returncode is None:
            process.kill()
        await api.stop()
    return process.returncode, stderr_bytes.decode()


async def test_faults_are_survived_without_the_token_and_a_revoked_token_ends_the_process(
    engine, real_config: Path
) -> None:
    api = FakeBotApi()
    await api.start()
    process = await _start(real_config, api)
    questions = {
        5001: "Kè bờ suối Đình Lập hoàn thành trước ngày nào?",
        5002: "Hồ sơ khen thưởng ở xã Bắc Sơn gồm những gì?",
        5003: "Thời gian thi đua của huyện Đình Lập đến ngày nào?",
    }
    private = "nội dung riêng tư không được ghi vào nhật ký"
    try:
        await api.wait_for(lambda: bool(api.sent("setMyCommands")), timeout=180)
        api.fault("sendMessage", "drop")  # the connection is closed while sending
        api.push_message(questions[5001], user_id=5001)
        await api.wait_for(lambda: bool(api.sent(chat_id=5001)), timeout=60)
        api.fault("sendMessage", "garbage")  # a malformed HTTP response
        api.push_message(questions[5002], user_id=5002)
        await api.wait_for(lambda: bool(api.sent(chat_id=5002)), timeout=60)
        poison = api.message(private, user_id=5009)
        poison["from"] = {"id": 5009, "is_bot": False}  # PTB cannot read this update
        api.push_update({"message": poison})
        api.push_message(questions[5003], user_id=5003)
        await api.wait_for(lambda: bool(api.sent(chat_id=5003)), timeout=60)
        api.fail("getUpdates", 401, times=10**6, description="Unauthorized")  # the token is revoked
        _, stderr_bytes = await asyncio.wait_for(process.communicate(), timeout=60)
    finally:
        if process.returncode is None:
            process.kill()
        await api.stop()
    log = stderr_bytes.decode()
    assert process.returncode == 1
    for chat in questions:
        assert len(api.sent(chat_id=chat)) == 1  # each answer delivered once, despite the faults
    assert [c.method for c in api.calls].count("sendMessage!drop") == 1
    assert [c.method for c in api.calls].count("sendMessage!garbage") == 1
    assert SECRET not in log and "[REDACTED]" in log  # the garbage response's error names the URL
    problems = _problems(log)
    assert len(problems) == 1 and "Stopping the Telegram bot: the Bot API refused the bot token" in problems[0]
    assert "Traceback" not in problems[0]
    assert log.count("Skipped update") == 1 and private not in log
    for level, record in _records(log):
        if level != "DEBUG":
            assert not any(question in record for question in questions.values()), record


async def test_a_token_refused_at_start_ends_the_run_with_one_line(engine, real_config: Path) -> None:
    api = FakeBotApi()
    await api.start()
    api.fail("getMe", 401, times=10**6, description="Unauthorized")
    returncode, log = await _run_to_exit(real_config, api)
    assert returncode == 1
    problems = _problems(log)
    assert len(problems) == 1 and "Cannot start the Telegram bot: the Bot API refused the bot token" in problems[0]
    assert "Traceback" not in log and SECRET not in log
    assert not api.sent("getUpdates") and not api.sent("setMyCommands")


async def test_another_process_polling_ends_this_one_with_one_line(engine, real_config: Path) -> None:
    api = FakeBotApi()
    await api.start()
    api.fail("getUpdates", 409, times=10**6, description="Conflict: terminated by other getUpdates request")
    returncode, log = await _run_to_exit(real_config, api)
    assert returncode == 1
    problems = _problems(log)
    assert len(problems) == 1 and "409 Conflict" in problems[0] and "Traceback" not in log
    assert [c.method for c in api.calls].count("getUpdates!409") <= 3  # no retry loop against the other process


async def test_webhook_mode_skips_an_unreadable_update_and_stops_cleanly_on_sigterm(engine, real_config: Path) -> None:
    import json
    import signal

    import httpx

    from bot.telegram.webhook import SECRET_HEADER

    api = FakeBotApi()
    await api.start()
    port = _closed_port()
    env = {
        **_environment(real_config, api.url),
        "TDKT_TELEGRAM_MODE": "webhook",
        "TDKT_TELEGRAM_WEBHOOK_PORT": str(port),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=ROOT, env=env, stderr=asyncio.subprocess.PIPE
    )
    private = "nội dung riêng tư không được ghi vào nhật ký"
    try:
        await api.wait_for(lambda: bool(api.sent("setWebhook")), timeout=180)
        webhook = api.sent("setWebhook")[0].params
        headers = {"content-type": "application/json", SECRET_HEADER: webhook["secret_token"]}
        poison = api.message(private, user_id=6009)
        poison["from"] = {"id": 6009, "is_bot": False}
        question = api.message("Kè bờ suối Đình Lập hoàn thành trước ngày nào?", user_id=6001)
        async with httpx.AsyncClient() as client:
            skipped = await client.post(
                webhook["url"], content=json.dumps({"update_id": 1, "message": poison}), headers=headers
            )
            answered = await client.post(
                webhook["url"], content=json.dumps({"update_id": 2, "message": question}), headers=headers
            )
        assert skipped.status_code == answered.status_code == 200  # Telegram will not send it again
        await api.wait_for(lambda: bool(api.sent(chat_id=6001)), timeout=60)
        process.send_signal(signal.SIGTERM)
        _, stderr_bytes = await asyncio.wait_for(process.communicate(), timeout=60)
    finally:
        if process.returncode is None:
            process.kill()
        await api.stop()
    log = stderr_bytes.decode()
    assert process.returncode == 0, log
    assert not _problems(log) and log.count("Skipped update 1 (message)") == 1
    assert private not in log and SECRET not in log and webhook["secret_token"] not in log
    assert "20/01/2025" in api.sent(chat_id=6001)[0].params["text"] and not api.sent(chat_id=6009)

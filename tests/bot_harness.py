"""The running bot for tests: the real Application against a fresh fake Bot API server."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.answer.engine import Engine
from bot.telegram.app import build_application
from ingest.library import DocumentLibrary
from knowledge.settings import TelegramSettings
from tests.fake_telegram import FakeBotApi

TOKEN = "123456:TEST-TOKEN"
ADMIN = 9000


class RunningBot:
    def __init__(self, api: FakeBotApi, database: Path) -> None:
        self.api = api
        self.database = database

    async def ask(self, text: str, user_id: int = 1001, **kwargs) -> dict:
        """Send a message and wait for the bot's first reply to it; returns the reply's params."""
        message = self.api.push_message(text, user_id=user_id, **kwargs)
        chat_id = message["chat"]["id"]

        def replied() -> list:
            return [c for c in self.api.sent(chat_id=chat_id) if reply_to(c) == message["message_id"]]

        await self.api.wait_for(lambda: bool(replied()))
        return replied()[0].params


def reply_to(call) -> int | None:
    reply = call.params.get("reply_parameters") or {}
    return reply.get("message_id") or call.params.get("reply_to_message_id")


async def launch(
    engine: Engine, database: Path, running: list, today: dt.date | None = None, **telegram: object
) -> RunningBot:
    """Start the real Application for `engine` against a fresh fake server; `running` collects what
    `stop_all` stops."""
    settings = dataclasses.replace(
        engine.settings, telegram=TelegramSettings(database=database, admin_ids=(ADMIN,), **telegram)
    )
    api = FakeBotApi()
    await api.start()
    application = build_application(
        settings,
        engine,
        TOKEN,
        api.url,
        (lambda: today) if today else dt.date.today,
        library=DocumentLibrary(engine.settings, engine.store),
    )
    await application.initialize()
    await application.post_init(application)
    await application.start()
    await application.updater.start_polling(poll_interval=0, timeout=1)
    running.append((application, api))
    return RunningBot(api, database)


async def stop_all(running: list) -> None:
    for application, api in running:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
        await application.post_shutdown(application)
        await api.stop()


@pytest.fixture
async def start_bot(engine: Engine, tmp_path: Path) -> AsyncIterator[Callable]:
    """Starts the real Application against a fresh fake server; stops everything afterwards."""
    running: list = []

    async def start(
        engine_override: Engine | None = None, today: dt.date | None = None, **telegram: object
    ) -> RunningBot:
        return await launch(engine_override or engine, tmp_path / "bot.sqlite3", running, today, **telegram)

    yield start
    await stop_all(running)

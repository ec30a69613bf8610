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
from knowledge.settings import Settings, TelegramSettings
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


@pytest.fixture
async def start_bot(engine: Engine, real_settings: Settings, tmp_path: Path) -> AsyncIterator[Callable]:
    """Starts the real Application against a fresh fake server; stops everything afterwards."""
    running: list = []

    async def start(
        engine_override: Engine | None = None, today: dt.date | None = None, **telegram: object
    ) -> RunningBot:
        database = tmp_path / "bot.sqlite3"
        settings = dataclasses.replace(
            real_settings, telegram=TelegramSettings(database=database, admin_ids=(ADMIN,), **telegram)
        )
        api = FakeBotApi()
        await api.start()
        application = build_application(
            settings,
            engine_override or engine,
            TOKEN,
            api.url,
            (lambda: today) if today else dt.date.today,
            library=DocumentLibrary((engine_override or engine).settings, (engine_override or engine).store),
        )
        await application.initialize()
        await application.post_init(application)
        await application.start()
        await application.updater.start_polling(poll_interval=0, timeout=1)
        running.append((application, api))
        return RunningBot(api, database)

    yield start
    for application, api in running:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
        await application.post_shutdown(application)
        await api.stop()

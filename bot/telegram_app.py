"""Wiring of the Telegram bot: every handler registered in one place, then polling or webhook."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from telegram import BotCommand, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot import fact_handlers, handlers, messages, upload_handlers
from bot.aiohttp_request import AiohttpRequest
from bot.engine import Engine
from bot.history import History
from bot.limits import UserLimiter
from knowledge.settings import Settings

log = logging.getLogger(__name__)
DEFAULT_API_URL = "https://api.telegram.org"
API_URL_VARIABLE = "TDKT_TELEGRAM_API_URL"
ENGINE_THREADS = 64


async def _post_init(application: Application) -> None:
    # Engine calls run in threads; the default pool (cores + 4) would queue a burst of users.
    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=ENGINE_THREADS))
    # The model and libraries leave millions of long-lived objects; a full garbage collection
    # over them holds the GIL for up to 0.3 s under load. They live as long as the process.
    gc.freeze()
    commands = [BotCommand(name, description) for name, description in messages.COMMANDS.items()]
    await application.bot.set_my_commands(commands)
    fact_handlers.restore_reminders(application)


async def _post_shutdown(application: Application) -> None:
    application.bot_data["services"].history.close()


def build_application(
    settings: Settings,
    engine: Engine,
    token: str,
    api_url: str | None = None,
    today: Callable[[], dt.date] = dt.date.today,
) -> Application:
    """The bot, ready to run: handlers, error handler, command menu, rate limiter.

    Args:
        settings: loaded settings (the `[telegram]` table is used here).
        engine: the loaded answer engine, shared by all handlers.
        token: the bot token (from TELEGRAM_BOT_TOKEN; never logged).
        api_url: Bot API base URL; default `$TDKT_TELEGRAM_API_URL` or https://api.telegram.org.
        today: what "today" is for deadlines and reminders (tests fix it).
    """
    api_url = (api_url or os.environ.get(API_URL_VARIABLE) or DEFAULT_API_URL).rstrip("/")
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{api_url}/bot")
        .base_file_url(f"{api_url}/file/bot")
        .rate_limiter(AIORateLimiter(overall_max_rate=0, max_retries=3))
        .concurrent_updates(True)
        .request(AiohttpRequest())
        .get_updates_request(AiohttpRequest(pool_size=1))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    application.bot_data["services"] = handlers.BotServices(
        engine=engine,
        history=History(settings.telegram.database),
        limiter=UserLimiter(settings.telegram.questions_per_minute),
        settings=settings.telegram,
        today=today,
    )
    application.add_handler(CommandHandler("start", handlers.start))
    application.add_handler(CommandHandler("help", handlers.help_command))
    application.add_handler(CommandHandler("kehoach", handlers.plans))
    application.add_handler(CommandHandler("thongke", handlers.statistics))
    application.add_handler(CommandHandler("hanchot", fact_handlers.deadlines_command))
    application.add_handler(CommandHandler("hoso", fact_handlers.dossier_command))
    application.add_handler(CommandHandler("nhac", fact_handlers.remind_command))
    application.add_handler(CommandHandler("xoa", upload_handlers.remove_command))
    application.add_handler(MessageHandler(filters.Document.ALL, upload_handlers.document_received))
    application.add_handler(MessageHandler(filters.COMMAND, handlers.unknown_command))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, handlers.question))
    application.add_handler(CallbackQueryHandler(fact_handlers.dossier_button, pattern=r"^(hs|tick):"))
    application.add_handler(CallbackQueryHandler(handlers.button))
    application.add_error_handler(handlers.on_error)
    return application


def run(settings: Settings, engine: Engine, token: str) -> int:
    """Run until SIGINT/SIGTERM (PTB installs the signal handlers and shuts down cleanly)."""
    application = build_application(settings, engine, token)
    telegram = settings.telegram
    if telegram.mode == "webhook":
        log.info("Starting the Telegram bot (webhook on %s:%d)", telegram.webhook_listen, telegram.webhook_port)
        application.run_webhook(
            listen=telegram.webhook_listen,
            port=telegram.webhook_port,
            url_path=telegram.webhook_path,
            webhook_url=telegram.webhook_url or None,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        log.info("Starting the Telegram bot (long polling)")
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0

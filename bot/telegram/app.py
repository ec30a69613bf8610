"""Wiring of the Telegram bot: every handler registered in one place, then polling or webhook.

A bot that cannot work (token refused, Bot API unreachable at start, another process polling)
stops with one English log line and exit code 1, so that a supervisor restarts it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import logging
import os
import signal
import urllib.parse
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from telegram import Bot, BotCommand, Update
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot import messages
from bot.answer.engine import Engine
from bot.telegram import fact_handlers, handlers, upload_handlers, webhook
from bot.telegram.aiohttp_request import AiohttpRequest
from bot.telegram.chat_rate_limiter import PerChatRateLimiter
from bot.telegram.delivery import Courier
from bot.telegram.history import SKIPPED_UPDATES, History
from bot.telegram.limits import UserLimiter
from bot.telegram.mailbox import Mailbox
from bot.telegram.updates_guard import FATAL_STATUSES, UpdatesGuard
from knowledge.errors import ConfigError
from knowledge.library import Library
from knowledge.settings import Settings, TelegramSettings

log = logging.getLogger(__name__)
DEFAULT_API_URL = "https://api.telegram.org"
API_URL_VARIABLE = "TDKT_TELEGRAM_API_URL"
ENGINE_THREADS = 64
_FATAL = "fatal"


def api_base_url(value: str | None) -> str:
    """The Bot API base URL (`$TDKT_TELEGRAM_API_URL` or Telegram's), checked.

    Raises:
        ConfigError: not an http(s)://host[:port][/path] URL.
    """
    url = (value or DEFAULT_API_URL).rstrip("/")
    parts = urllib.parse.urlsplit(url)
    try:
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        port_ok = False
    if parts.scheme not in ("http", "https") or not parts.hostname or not port_ok or parts.query or parts.fragment:
        raise ConfigError(f"{API_URL_VARIABLE}: {url!r} is not a Bot API URL (expected http(s)://host[:port])")
    return url


async def _post_init(application: Application) -> None:
    # Engine calls run in threads; the default pool (cores + 4) would queue a burst of users.
    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=ENGINE_THREADS))
    # The model and libraries leave millions of long-lived objects; a full garbage collection
    # over them holds the GIL for up to 0.3 s under load. They live as long as the process.
    gc.freeze()
    commands = [BotCommand(name, description) for name, description in messages.COMMANDS.items()]
    await application.bot.set_my_commands(commands)
    fact_handlers.restore_reminders(application)
    # Questions and answers kept when the bot last stopped (or was killed) are taken up again.
    application.bot_data["services"].courier.resume(application.update_queue.put_nowait)


async def _post_shutdown(application: Application) -> None:
    application.bot_data["services"].history.close()
    application.bot_data["services"].mailbox.close()


def build_application(
    settings: Settings,
    engine: Engine,
    token: str,
    api_url: str | None = None,
    today: Callable[[], dt.date] = dt.date.today,
    *,
    library: Library,
) -> Application:
    """The bot, ready to run: handlers, error handler, command menu, rate limiter.

    Args:
        settings: loaded settings (the `[telegram]` table is used here).
        engine: the loaded answer engine, shared by all handlers.
        token: the bot token (from TELEGRAM_BOT_TOKEN; never logged).
        api_url: Bot API base URL; default `$TDKT_TELEGRAM_API_URL` or https://api.telegram.org.
        today: what "today" is for deadlines and reminders (tests fix it).
        library: how documents sent by admins reach the knowledge base (wired by the entry point).
    """
    api_url = api_base_url(api_url or os.environ.get(API_URL_VARIABLE))
    updates = UpdatesGuard()
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{api_url}/bot")
        .base_file_url(f"{api_url}/file/bot")
        .rate_limiter(PerChatRateLimiter(max_retries=3))
        .concurrent_updates(True)
        .request(AiohttpRequest())
        .get_updates_request(updates)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    history = History(settings.telegram.database)
    mailbox = Mailbox(settings.telegram.database)
    application.bot_data["services"] = handlers.BotServices(
        engine=engine,
        library=library,
        history=history,
        limiter=UserLimiter(settings.telegram.questions_per_minute),
        settings=settings.telegram,
        mailbox=mailbox,
        courier=Courier(application, mailbox, settings.telegram.send_retry_minutes * 60),
        today=today,
    )
    # Questions are kept before getUpdates returns them to PTB: PTB confirms them to Telegram
    # (the next call's offset) as soon as they are queued, long before they are answered.
    updates.on_received = mailbox.keep
    updates.on_skipped = lambda count: count_skipped(application, count)
    updates.on_fatal = lambda reason: _stop_for_good(application, reason)
    # Commands and files act on new messages only: editing "/hanchot" must not send it again.
    new = filters.UpdateType.MESSAGE
    commands = {
        "start": handlers.start,
        "help": handlers.help_command,
        "kehoach": handlers.plans,
        "thongke": handlers.statistics,
        "hanchot": fact_handlers.deadlines_command,
        "hoso": fact_handlers.dossier_command,
        "nhac": fact_handlers.remind_command,
        "xoa": upload_handlers.remove_command,
    }
    for name, callback in commands.items():
        application.add_handler(CommandHandler(name, callback, filters=new))
    application.add_handler(MessageHandler(new & filters.Document.ALL, upload_handlers.document_received))
    application.add_handler(MessageHandler(new & filters.COMMAND, handlers.unknown_command))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, handlers.question))
    application.add_handler(CallbackQueryHandler(fact_handlers.dossier_button, pattern=r"^(hs|tick):"))
    application.add_handler(CallbackQueryHandler(handlers.button))
    application.add_error_handler(handlers.on_error)
    return application


def count_skipped(application: Application, count: int) -> None:
    """Count updates skipped because they could not be read (shown in /thongke)."""
    application.bot_data["services"].history.count(SKIPPED_UPDATES, count)


def _stop_for_good(application: Application, reason: str) -> None:
    log.error("Stopping the Telegram bot: %s", reason)
    application.bot_data[_FATAL] = reason
    application.stop_running()


async def _check_access(token: str, api_url: str) -> str | None:
    """None when the Bot API accepts the token (getMe), else why not, in one line."""
    request = AiohttpRequest(pool_size=1)
    await request.initialize()
    urls = {"base_url": f"{api_url}/bot", "base_file_url": f"{api_url}/file/bot"}
    bot = Bot(token, request=request, get_updates_request=request, **urls)
    try:
        await bot.get_me()
    except InvalidToken:
        return FATAL_STATUSES[401]
    except TelegramError as error:
        return f"cannot use the Bot API at {api_url} ({error})"
    finally:
        await request.shutdown()
    return None


def _run_webhook(application: Application, telegram: TelegramSettings, loop: asyncio.AbstractEventLoop) -> int:
    log.info("Starting the Telegram bot (webhook on %s:%d)", telegram.webhook_listen, telegram.webhook_port)
    stop = asyncio.Event()
    for stop_signal in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(stop_signal, stop.set)
    try:
        loop.run_until_complete(
            webhook.serve(
                application,
                telegram,
                stop,
                lambda count: count_skipped(application, count),
                application.bot_data["services"].mailbox.keep,
            )
        )
    except (TelegramError, OSError) as error:
        log.error("Stopping the Telegram bot: the webhook could not be served (%s)", error)
        return 1
    finally:
        loop.close()
    return 0


def run(settings: Settings, engine: Engine, token: str, library: Library) -> int:
    """Run until SIGINT/SIGTERM, then shut down cleanly.

    Returns:
        0 after a requested stop; 1 when the bot cannot work (the reason is logged once).
    """
    application = build_application(settings, engine, token, library=library)
    # PTB runs on the current event loop: check the token on that same loop first.
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    problem = loop.run_until_complete(_check_access(token, api_base_url(os.environ.get(API_URL_VARIABLE))))
    if problem:
        log.error("Cannot start the Telegram bot: %s", problem)
        application.bot_data["services"].history.close()
        loop.close()
        return 1
    if settings.telegram.mode == "webhook":
        return _run_webhook(application, settings.telegram, loop)
    log.info("Starting the Telegram bot (long polling)")
    application.run_polling(allowed_updates=Update.ALL_TYPES)  # installs its own signal handlers
    return 1 if application.bot_data.get(_FATAL) else 0

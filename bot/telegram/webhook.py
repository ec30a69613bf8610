"""Webhook mode on an aiohttp server of our own (python-telegram-bot's "custom webhook" pattern).

PTB's own webhook server logs an update it cannot read at CRITICAL with its whole content (the
user's text) and refuses it with HTTP 400, so Telegram sends it again and again. Here such an
update is skipped and counted like in polling mode (bot/updates_guard.py), and every request must
carry the secret given to Telegram in setWebhook, so nobody else can post updates. The secret is
derived from the token (HMAC), so that several processes behind one reverse proxy share it.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Callable
from typing import Any

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot.telegram.updates_guard import log_skipped, unreadable
from knowledge.logs import redact_also
from knowledge.settings import TelegramSettings

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def webhook_secret(token: str) -> str:
    """The secret_token for setWebhook: unguessable without the bot token, the same in every process."""
    digest = hmac.new(token.encode(), b"tdkt webhook secret", hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def _receiver(
    application: Application,
    path: str,
    secret: str,
    on_skipped: Callable[[int], None],
    on_received: Callable[[list[Any]], None],
) -> web.Application:
    """The web application that turns Telegram's POSTs on `path` into queued updates; each is
    handed to `on_received` (the inbox) before Telegram gets its HTTP 200."""

    async def receive(request: web.Request) -> web.Response:
        if not secrets.compare_digest(request.headers.get(SECRET_HEADER, ""), secret):
            return web.Response(status=403)
        try:
            data = json.loads(await request.read())
        except ValueError:
            return web.Response(status=400)
        problem = unreadable(data)
        if problem:
            log_skipped(data, problem)
            on_skipped(1)
            return web.Response()  # accepted, so Telegram does not send it again
        on_received([data])
        await application.update_queue.put(Update.de_json(data, application.bot))
        return web.Response()

    server = web.Application()
    server.router.add_post(path, receive)
    return server


async def serve(
    application: Application,
    settings: TelegramSettings,
    stop: asyncio.Event,
    on_skipped: Callable[[int], None],
    on_received: Callable[[list[Any]], None],
) -> None:
    """Initialise the bot, set the webhook, serve updates until `stop` is set, then shut down."""
    secret = webhook_secret(application.bot.token)
    redact_also(secret)
    path = "/" + settings.webhook_path.lstrip("/")
    runner = web.AppRunner(_receiver(application, path, secret, on_skipped, on_received), access_log=None)
    try:
        async with application:  # initialize() … shutdown()
            if application.post_init:
                await application.post_init(application)
            await runner.setup()
            try:
                await web.TCPSite(runner, settings.webhook_listen, settings.webhook_port).start()
                url = settings.webhook_url or f"http://{settings.webhook_listen}:{settings.webhook_port}{path}"
                await application.bot.set_webhook(url, allowed_updates=Update.ALL_TYPES, secret_token=secret)
                await application.start()
                await stop.wait()
                await application.stop()
            finally:
                await runner.cleanup()
    finally:
        if application.post_shutdown:
            await application.post_shutdown(application)

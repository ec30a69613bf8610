"""Telegram's flood limits, kept per chat: a 429 for one chat pauses that chat only.

PTB's AIORateLimiter pauses every request of the bot while it waits out one chat's 429, so one
user's burst delayed everybody's answers by seconds. Here a 429 delays only later requests to the
same chat (and retries the one that got it); groups also keep Telegram's 20 messages a minute.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)
_GROUP_MESSAGES_PER_MINUTE = 20
_SLACK_SECONDS = 0.1
_MAX_GROUP_LIMITERS = 512

_Result = bool | dict[str, Any] | list[dict[str, Any]]


class PerChatRateLimiter(BaseRateLimiter[int]):
    """Retries 429s up to `max_retries` times, pausing only the chat concerned."""

    def __init__(self, max_retries: int = 3, clock: Callable[[], float] = time.monotonic) -> None:
        self._max_retries = max_retries
        self._clock = clock
        self._resume_at: dict[int | str, float] = {}
        self._group_limiters: dict[int | str, AsyncLimiter] = {}

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    def _group_limiter(self, chat: int | str) -> AsyncLimiter | contextlib.nullcontext[None]:
        # Private chats have no per-minute cap; groups (negative ids, @channel names) have one.
        if isinstance(chat, int) and chat > 0:
            return contextlib.nullcontext()
        if len(self._group_limiters) > _MAX_GROUP_LIMITERS:
            idle = [key for key, limiter in self._group_limiters.items() if limiter.has_capacity(limiter.max_rate)]
            for key in idle:
                del self._group_limiters[key]
        return self._group_limiters.setdefault(chat, AsyncLimiter(_GROUP_MESSAGES_PER_MINUTE, 60))

    async def _wait_for_chat(self, chat: int | str) -> None:
        delay = self._resume_at.get(chat, 0.0) - self._clock()
        if delay > 0:
            await asyncio.sleep(delay)
        if self._resume_at.get(chat, 0.0) <= self._clock():
            self._resume_at.pop(chat, None)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, _Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> _Result:
        """Run one Bot API call within its chat's limits; retry it after a 429."""
        chat = _chat_key(data.get("chat_id"))
        retries = rate_limit_args or self._max_retries
        for attempt in range(retries + 1):
            try:
                if chat is None:
                    return await callback(*args, **kwargs)
                await self._wait_for_chat(chat)
                async with self._group_limiter(chat):
                    return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == retries:
                    log.warning("Telegram still rate-limits %s after %d retries; giving up", endpoint, retries)
                    raise
                # The same field AIORateLimiter reads; the public one warns unless PTB_TIMEDELTA is set.
                pause = error._retry_after.total_seconds() + _SLACK_SECONDS
                log.info("Telegram rate-limited %s; this chat waits %.1f s", endpoint, pause)
                if chat is None:
                    await asyncio.sleep(pause)
                else:
                    self._resume_at[chat] = max(self._resume_at.get(chat, 0.0), self._clock() + pause)
        raise AssertionError("unreachable")


def _chat_key(chat_id: object) -> int | str | None:
    if chat_id is None:
        return None
    with contextlib.suppress(TypeError, ValueError):
        return int(chat_id)  # type: ignore[call-overload]
    return str(chat_id)

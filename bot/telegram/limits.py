"""Per-user limits: N requests (questions, commands, buttons that send messages) per sliding
minute, and one question at a time (the next one waits its turn)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field


@dataclass
class _Turns:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0  # answering or waiting


class UserLimiter:
    """In-memory limiter; `clock` is injectable so the window can be tested without sleeping."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self._per_minute = per_minute
        self._clock = clock
        self._asked: dict[int, deque[float]] = {}
        self._turns: dict[int, _Turns] = {}
        self._warned: set[int] = set()

    def wait_seconds(self, user_id: int) -> int:
        """0 if the user may act now (and counts the request), else seconds to wait."""
        if self._per_minute <= 0:
            return 0
        now = self._clock()
        asked = self._asked.setdefault(user_id, deque())
        while asked and now - asked[0] >= 60:
            asked.popleft()
        if len(asked) >= self._per_minute:
            return max(1, int(60 - (now - asked[0])) + 1)
        asked.append(now)
        self._warned.discard(user_id)
        return 0

    def first_refusal(self, user_id: int) -> bool:
        """True the first time a user is refused since they were last let through: tell them
        once, not once per message (a flood of refusals is a flood of messages)."""
        if user_id in self._warned:
            return False
        self._warned.add(user_id)
        return True

    @contextlib.asynccontextmanager
    async def turn(self, user_id: int) -> AsyncIterator[None]:
        """Wait until the user's earlier questions are answered (first come, first served)."""
        turns = self._turns.setdefault(user_id, _Turns())
        turns.users += 1
        try:
            async with turns.lock:
                yield
        finally:
            turns.users -= 1
            if not turns.users:
                del self._turns[user_id]

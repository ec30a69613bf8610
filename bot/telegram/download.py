"""Download a file sent to the bot, counting the bytes that arrive and stopping past a cap.

The size Telegram announces for a file is optional (and only a claim): what counts is what is
received, so a file with no size, or a false one, still cannot fill the memory. Errors never carry
the file's URL: it holds the bot token.
"""

from __future__ import annotations

import aiohttp
from telegram.error import NetworkError

from knowledge.errors import LimitExceededError

_CHUNK = 64 * 1024
_TIMEOUT = aiohttp.ClientTimeout(total=300, sock_connect=10, sock_read=60)


async def download_capped(url: str, name: str, limit_mb: int) -> bytes:
    """The content at `url` (a Bot API file URL), refused once more than `limit_mb` MB arrive.

    Raises:
        LimitExceededError: more than `limit_mb` MB (key `max_upload_mb`); the download is stopped.
        NetworkError: the download failed.
    """
    limit = limit_mb * 1024 * 1024
    received = bytearray()
    try:
        async with aiohttp.ClientSession(timeout=_TIMEOUT) as session, session.get(url) as response:
            if response.status != 200:
                raise NetworkError(f"downloading {name} failed with HTTP status {response.status}")
            async for chunk in response.content.iter_chunked(_CHUNK):
                received += chunk
                if len(received) > limit:
                    raise LimitExceededError(
                        f"{name}: the file exceeds the limit of {limit_mb} MB ([telegram] max_upload_mb)",
                        "max_upload_mb",
                        limit_mb,
                    )
    except (aiohttp.ClientError, TimeoutError) as error:
        raise NetworkError(f"downloading {name} failed ({type(error).__name__})") from None
    return bytes(received)

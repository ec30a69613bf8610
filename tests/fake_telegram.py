"""A fake Telegram Bot API server on 127.0.0.1 for the real python-telegram-bot Application.

It implements the methods the bot uses, keeps a log of every call, queues updates for
getUpdates (long polling), and can be told to misbehave: fail a method (429 with retry_after, a
4xx or 5xx, for every chat or one), answer it slowly, drop the connection or answer with a broken
HTTP response; it can also queue updates as raw JSON (edited messages, updates PTB cannot read).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_USER = {"id": 777000, "is_bot": True, "first_name": "Trợ lý TĐKT", "username": "tdkt_test_bot"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    result: Any = None  # what the server answered (the message sent, with its id)


@dataclass
class _Failure:
    status: int
    remaining: int
    retry_after: int | None
    description: str
    chat_id: int | None = None


@dataclass
class _Fault:
    kind: str  # "drop": close the connection; "garbage": a malformed HTTP response; "slow"
    remaining: int
    seconds: float = 0.0


class FakeBotApi:
    """Start with `await api.start()`; `api.url` is the base URL to give the bot."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.documents: list[tuple[str, bytes]] = []
        self._updates: list[dict[str, Any]] = []
        self._new_update = asyncio.Event()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._failures: dict[str, _Failure] = {}
        self._faults: dict[str, _Fault] = {}
        self.polls = 0
        self._files: dict[str, bytes] = {}
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("POST", "/bot{token}/{method}", self._handle)
        app.router.add_route("GET", "/bot{token}/{method}", self._handle)
        app.router.add_route("GET", "/file/bot{token}/{file_path:.+}", self._download)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    # -- test controls -------------------------------------------------------------------------
    def fail(
        self,
        method: str,
        status: int,
        times: int = 1,
        retry_after: int | None = None,
        description: str = "Injected failure",
        chat_id: int | None = None,
    ) -> None:
        """Make the next `times` calls of `method` (to `chat_id` only, if given) fail with HTTP `status`."""
        self._failures[method] = _Failure(status, times, retry_after, description, chat_id)

    def fault(self, method: str, kind: str, times: int = 1, seconds: float = 0.0) -> None:
        """Make the next `times` calls of `method` misbehave: "drop" closes the connection before
        answering, "garbage" answers with a malformed HTTP response, "slow" answers after `seconds`."""
        self._faults[method] = _Fault(kind, times, seconds)

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue any update as raw JSON (its update_id is set here); returns the id."""
        self._queue(update)
        return update["update_id"]

    def push_message(
        self,
        text: str,
        user_id: int = 1001,
        chat_id: int | None = None,
        chat_type: str = "private",
        reply_to_bot: bool = False,
    ) -> dict[str, Any]:
        """Queue a user's text message; returns the message object."""
        message_id = next(self._message_ids)
        message = self.message(text, user_id, chat_id, chat_type, message_id)
        if reply_to_bot:
            message["reply_to_message"] = {
                "message_id": message_id - 1,
                "date": int(time.time()),
                "chat": message["chat"],
                "from": BOT_USER,
                "text": "…",
            }
        self._queue({"message": message})
        return message

    def message(
        self,
        text: str,
        user_id: int = 1001,
        chat_id: int | None = None,
        chat_type: str = "private",
        message_id: int = 0,
    ) -> dict[str, Any]:
        """A user's text message as Telegram sends it (not queued)."""
        message: dict[str, Any] = {
            "message_id": message_id or next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id if chat_id is not None else user_id, "type": chat_type, "title": "Nhóm"},
            "from": {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"},
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return message

    def push_document(
        self, data: bytes, file_name: str, user_id: int = 1001, size: int | None = None, chat_id: int | None = None
    ) -> dict:
        """Queue a user's message carrying a file; `size` overrides the announced file size."""
        file_id = f"file{next(self._message_ids)}"
        self._files[file_id] = data
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id or user_id, "type": "group" if chat_id else "private", "title": "Nhóm"},
            "from": {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"},
            "document": {
                "file_id": file_id,
                "file_unique_id": file_id,
                "file_name": file_name,
                "file_size": len(data) if size is None else size,
            },
        }
        self._queue({"message": message})
        return message

    def push_callback(self, data: str, message: dict[str, Any], user_id: int = 1001) -> None:
        """Queue a button press on `message` (a message the bot sent)."""
        self._queue(
            {
                "callback_query": {
                    "id": str(next(self._message_ids)),
                    "from": {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"},
                    "chat_instance": "ci",
                    "data": data,
                    "message": message,
                }
            }
        )

    def sent(self, method: str = "sendMessage", chat_id: int | None = None) -> list[Call]:
        return [
            c for c in self.calls if c.method == method and (chat_id is None or int(c.params["chat_id"]) == chat_id)
        ]

    async def wait_for(self, predicate, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; calls: {[c.method for c in self.calls][-20:]}")
            await asyncio.sleep(0.05)

    # -- server --------------------------------------------------------------------------------
    def _queue(self, update: dict[str, Any]) -> None:
        update["update_id"] = next(self._update_ids)
        self._updates.append(update)
        self._new_update.set()

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            return await request.json()
        form = await request.post()
        params: dict[str, Any] = {}
        for key, value in form.items():
            if isinstance(value, str):
                try:
                    params[key] = json.loads(value)
                except json.JSONDecodeError:
                    params[key] = value
            else:
                params[key] = value
        return params

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        params = await self._params(request)
        if method == "getUpdates":
            self.polls += 1
        fault = self._faults.get(method)
        if fault and fault.remaining > 0:
            fault.remaining -= 1
            self.calls.append(Call(f"{method}!{fault.kind}", params))
            if fault.kind == "slow":
                await asyncio.sleep(fault.seconds)
            else:
                return self._misbehave(request, fault.kind)
        failure = self._failures.get(method)
        chat = params.get("chat_id")
        if (
            failure
            and failure.remaining > 0
            and (failure.chat_id is None or (chat is not None and int(chat) == failure.chat_id))
        ):
            failure.remaining -= 1
            self.calls.append(Call(f"{method}!{failure.status}", params))
            body: dict[str, Any] = {"ok": False, "error_code": failure.status, "description": failure.description}
            if failure.retry_after is not None:
                body["parameters"] = {"retry_after": failure.retry_after}
                body["description"] = f"Too Many Requests: retry after {failure.retry_after}"
            return web.json_response(body, status=failure.status)
        call = Call(method, params)
        if method != "getUpdates":
            self.calls.append(call)
        call.result = await self._result(method, params)
        return web.json_response({"ok": True, "result": call.result})

    @staticmethod
    def _misbehave(request: web.Request, kind: str) -> web.StreamResponse:
        transport = request.transport
        if transport is not None:
            if kind == "garbage":
                transport.write(b'HTTP/1.1 200 OK\r\nContent-Length: not-a-number\r\n\r\n{"ok": tr')
            transport.close()
        return web.Response()  # never reaches the bot: the connection is gone

    async def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            return await self._get_updates(params)
        if method == "sendDocument":
            upload = params.get("document")
            self.documents.append((getattr(upload, "filename", ""), upload.file.read() if upload else b""))
            return {
                "message_id": next(self._message_ids),
                "date": int(time.time()),
                "chat": {"id": int(params["chat_id"]), "type": "private"},
                "from": BOT_USER,
                "document": {"file_id": "f1", "file_unique_id": "u1"},
            }
        if method == "getFile":
            file_id = params["file_id"]
            return {
                "file_id": file_id,
                "file_unique_id": file_id,
                "file_size": len(self._files[file_id]),
                "file_path": f"documents/{file_id}",
            }
        if method in ("sendMessage", "editMessageText", "editMessageReplyMarkup"):
            return {
                "message_id": next(self._message_ids),
                "date": int(time.time()),
                "chat": {"id": int(params["chat_id"]), "type": "private"},
                "from": BOT_USER,
                "text": params.get("text", ""),
                **({"reply_markup": params["reply_markup"]} if "reply_markup" in params else {}),
            }
        return True

    async def _download(self, request: web.Request) -> web.Response:
        file_id = request.match_info["file_path"].rsplit("/", 1)[-1]
        self.calls.append(Call("download", {"file_id": file_id}))
        if file_id not in self._files:
            return web.Response(status=404)
        return web.Response(body=self._files[file_id])

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        if offset:  # as Telegram does: an offset confirms every update before it, which is forgotten
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + min(timeout, 1.0)
        while True:
            pending = [u for u in self._updates if u["update_id"] >= offset]
            if pending or time.monotonic() >= deadline:
                return pending[:100]
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), max(0.0, deadline - time.monotonic()))

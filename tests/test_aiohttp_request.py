import asyncio
import socket

import pytest
from aiohttp import web
from telegram import InputFile
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.telegram.aiohttp_request import AiohttpRequest


async def _server(handler) -> tuple[web.AppRunner, str]:
    app = web.Application()
    app.router.add_post("/{method}", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"


async def test_parameters_and_files_reach_the_server_and_the_reply_comes_back() -> None:
    received = {}

    async def handler(request: web.Request) -> web.Response:
        for name, value in (await request.post()).items():
            received[name] = (value.filename, value.file.read()) if isinstance(value, web.FileField) else value
        return web.json_response({"ok": True, "result": True})

    runner, url = await _server(handler)
    request = AiohttpRequest()
    await request.initialize()
    try:
        data = RequestData(
            [
                RequestParameter.from_input("chat_id", 42),
                RequestParameter.from_input("document", InputFile(b"BEGIN:VCALENDAR", filename="han.ics")),
            ]
        )
        status, body = await request.do_request(f"{url}/sendDocument", "POST", data)
        assert status == 200 and b'"ok": true' in body
        assert received["chat_id"] == "42"
        assert received["document"] == ("han.ics", b"BEGIN:VCALENDAR")
    finally:
        await request.shutdown()
        await runner.cleanup()


async def test_a_slow_server_gives_timed_out_and_a_closed_port_a_network_error() -> None:
    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(2)
        return web.json_response({"ok": True, "result": True})

    runner, url = await _server(slow)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    request = AiohttpRequest(read_timeout=0.2)
    await request.initialize()
    try:
        with pytest.raises(TimedOut):
            await request.do_request(f"{url}/sendMessage", "POST")
        with pytest.raises(NetworkError):
            await request.do_request(f"http://127.0.0.1:{closed_port}/getMe", "POST")
    finally:
        await request.shutdown()
        await runner.cleanup()

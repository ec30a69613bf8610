"""A fake language-model server on 127.0.0.1 for tests: OpenAI's chat-completions API
(`POST /v1/chat/completions`, whole or streamed as server-sent events) and Ollama's
(`POST /api/chat`, whole or streamed as JSON lines). It answers every request with one canned
reply, after an optional delay (and, streamed, a pause before each piece) or with an error status,
and records every request it gets."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_PIECE = 7  # characters per streamed chunk: a reply arrives in many pieces


class FakeModel:
    """Set `reply` (or `raw` bytes, `status`, `delay`, `pace`) before a question; read `requests` after."""

    def __init__(self) -> None:
        self.reply = ""
        self.raw: bytes | None = None
        self.status = 200
        self.delay = 0.0
        self.pace = 0.0  # seconds before each streamed piece
        self.requests: list[dict[str, Any]] = []
        self._server = _Server(("127.0.0.1", 0), _handler(self))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FakeModel:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def pieces(self) -> list[str]:
        return [self.reply[i : i + _PIECE] for i in range(0, len(self.reply), _PIECE)]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up waiting (the timeout tests) is expected: no traceback."""


def _openai_chunk(content: str, finish: str | None) -> bytes:
    chunk = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": "fake",
        "choices": [{"index": 0, "delta": {"content": content} if content else {}, "finish_reason": finish}],
    }
    return f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode()


def _openai_whole(reply: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": "fake",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _ollama_line(content: str, done: bool) -> bytes:
    line: dict[str, Any] = {
        "model": "fake",
        "created_at": "2026-01-01T00:00:00Z",
        "message": {"role": "assistant", "content": content},
        "done": done,
    }
    if done:
        line.update(done_reason="stop", total_duration=1, prompt_eval_count=1, eval_count=1)
    return (json.dumps(line, ensure_ascii=False) + "\n").encode()


def _handler(model: FakeModel) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
            model.requests.append({"path": self.path, "authorization": self.headers.get("Authorization"), **body})
            time.sleep(model.delay)
            if model.status != 200:
                self._send(model.status, b'{"error": {"message": "fake failure"}}', "application/json")
            elif model.raw is not None:
                self._send(200, model.raw, "text/event-stream" if body.get("stream") else "application/json")
            elif self.path.endswith("/chat/completions"):
                self._openai(body)
            elif self.path == "/api/chat":
                self._ollama(body)
            else:
                self._send(404, b"{}", "application/json")

        def _openai(self, body: dict[str, Any]) -> None:
            if not body.get("stream"):
                self._send(200, json.dumps(_openai_whole(model.reply)).encode(), "application/json")
                return
            chunks = [_openai_chunk(p, None) for p in model.pieces()] + [_openai_chunk("", "stop")]
            self._stream([*chunks, b"data: [DONE]\n\n"], "text/event-stream")

        def _ollama(self, body: dict[str, Any]) -> None:
            if body.get("stream") is False:
                self._send(200, _ollama_line(model.reply, True), "application/json")
                return
            self._stream(
                [*(_ollama_line(p, False) for p in model.pieces()), _ollama_line("", True)], "application/x-ndjson"
            )

        def _send(self, status: int, payload: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def _stream(self, parts: list[bytes], kind: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in parts:
                time.sleep(model.pace)
                self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")

    return Handler

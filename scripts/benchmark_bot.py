"""Measure the Telegram bot under load through the fake Bot API server (no network).

Usage: python scripts/benchmark_bot.py [--users 50] [--rounds 5] [--config FILE]

Uses the configured knowledge base (run `python -m ingest` first). The real Application polls the
fake server of tests/fake_telegram.py, which runs in a process of its own as Telegram's servers
would. In each round N users send a question at the same moment, each a different one taken from
the evaluation files in tests/data (answerable and unanswerable alike); the next round starts when
every answer is in. Reports whether every answer was delivered, the latency from update to
sendMessage over all rounds (p50, p95, max, engine warm), the worst round's p95, and the peak RSS
of the bot process with the model loaded.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.answer.engine import Engine  # noqa: E402
from bot.telegram.app import build_application  # noqa: E402
from ingest.library import DocumentLibrary  # noqa: E402
from knowledge.settings import load_settings  # noqa: E402
from tests.fake_telegram import FakeBotApi  # noqa: E402

QUESTION_FILES = sorted((ROOT / "tests" / "data").glob("*.jsonl"))


def distinct_questions() -> list[str]:
    questions = (json.loads(line)["question"] for path in QUESTION_FILES for line in path.open(encoding="utf-8"))
    return list(dict.fromkeys(questions))


def _serve_fake_api(connection: Connection) -> None:
    """Child process: the fake Bot API server, driven by ("push", [(user, text)]), ("delivered",)
    and ("stop",) messages."""

    async def serve() -> None:
        api = FakeBotApi()
        await api.start()
        connection.send(api.url)
        pushed_at: dict[int, float] = {}
        loop = asyncio.get_running_loop()
        while True:
            command, *arguments = await loop.run_in_executor(None, connection.recv)
            if command == "push":
                pushed_at.clear()
                for user, text in arguments[0]:
                    api.push_message(text, user_id=user)
                    pushed_at[user] = time.monotonic()
                connection.send(None)
            elif command == "delivered":
                first_answers = {user: api.sent(chat_id=user) for user in pushed_at}
                connection.send({user: calls[0].at - pushed_at[user] for user, calls in first_answers.items() if calls})
            else:
                await api.stop()
                return

    asyncio.run(serve())


async def _round(connection: Connection, questions: list[tuple[int, str]]) -> list[float]:
    """Latencies (ms) of one burst: every question pushed at once, then wait for every answer."""
    connection.send(("push", questions))
    connection.recv()
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        await asyncio.sleep(0.1)
        connection.send(("delivered",))
        delivered = connection.recv()
        if len(delivered) == len(questions):
            return [seconds * 1000 for seconds in delivered.values()]
    raise SystemExit(f"only {len(delivered)} of {len(questions)} answers delivered in 300 s")


async def _measure(engine: Engine, settings, users: int, rounds: int) -> list[list[float]]:
    connection, child_end = multiprocessing.Pipe()
    server = multiprocessing.get_context("spawn").Process(target=_serve_fake_api, args=(child_end,), daemon=True)
    server.start()
    application = build_application(
        settings, engine, "1:BENCH", connection.recv(), library=DocumentLibrary(engine.settings, engine.store)
    )
    await application.initialize()
    await application.post_init(application)
    await application.start()
    await application.updater.start_polling(poll_interval=0, timeout=1)
    questions = distinct_questions()
    try:
        engine.ask("Hồ sơ khen thưởng gồm những gì?")  # warm
        results = []
        for round_number in range(rounds):
            first_user = 10_000 + round_number * users
            burst = [(first_user + i, questions[(round_number * users + i) % len(questions)]) for i in range(users)]
            results.append(await _round(connection, burst))
        return results
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
        connection.send(("stop",))
        server.join(timeout=10)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--config", type=Path)
    args = parser.parse_args()
    settings = load_settings(args.config)
    with tempfile.TemporaryDirectory(prefix="tdkt-bot-bench-") as folder:
        settings = replace(
            settings, telegram=replace(settings.telegram, database=Path(folder) / "bot.sqlite3", questions_per_minute=0)
        )
        engine = Engine.load(settings)
        rounds = asyncio.run(_measure(engine, settings, args.users, args.rounds))
    latencies = [latency for burst in rounds for latency in burst]
    print(f"{'users × rounds, answers delivered':<36} {args.users} × {args.rounds}, {len(latencies)}")
    print(f"{'update → sendMessage p50':<36} {statistics.median(latencies):6.0f} ms")
    print(f"{'update → sendMessage p95':<36} {_p95(latencies):6.0f} ms")
    print(f"{'worst round p95':<36} {max(_p95(burst) for burst in rounds):6.0f} ms")
    print(f"{'update → sendMessage max':<36} {max(latencies):6.0f} ms")
    print(f"{'peak RSS (bot with model)':<36} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:6.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

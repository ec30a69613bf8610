"""Measure the Telegram bot under load through the fake Bot API server (no network).

Usage: python scripts/benchmark_bot.py [--users 50] [--config FILE]

Uses the configured knowledge base (run `python -m ingest` first). The real Application polls the
fake server of tests/fake_telegram.py; N users send a question at the same moment. Reports
whether every answer was delivered, the latency from update to sendMessage (p50, p95, max, engine
warm) and the peak RSS of the process with the model loaded.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.engine import Engine  # noqa: E402
from bot.telegram_app import build_application  # noqa: E402
from knowledge.settings import load_settings  # noqa: E402
from tests.fake_telegram import FakeBotApi  # noqa: E402

QUESTIONS = [
    "Hồ sơ khen thưởng gồm những gì?",
    "Kè bờ suối Đình Lập hoàn thành trước ngày nào?",
    "Ai ký kế hoạch thi đua của huyện An Lão?",
    "tinh lang son phan dau tang truong grdp bao nhieu",
    "Thời gian thi đua đến khi nào?",
]


async def _measure(engine: Engine, settings, users: int) -> list[float]:
    api = FakeBotApi()
    await api.start()
    application = build_application(settings, engine, "1:BENCH", api.url)
    await application.initialize()
    await application.post_init(application)
    await application.start()
    await application.updater.start_polling(poll_interval=0, timeout=1)
    try:
        engine.ask(QUESTIONS[0])  # warm
        pushed = {}
        for index in range(users):
            user = 10_000 + index
            message = api.push_message(QUESTIONS[index % len(QUESTIONS)], user_id=user)
            pushed[user] = (message["message_id"], time.monotonic())
        await api.wait_for(lambda: all(api.sent(chat_id=u) for u in pushed), timeout=300)
        return [(api.sent(chat_id=user)[0].at - at) * 1000 for user, (_, at) in pushed.items()]
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
        await api.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--config", type=Path)
    args = parser.parse_args()
    settings = load_settings(args.config)
    with tempfile.TemporaryDirectory(prefix="tdkt-bot-bench-") as folder:
        settings = replace(
            settings, telegram=replace(settings.telegram, database=Path(folder) / "bot.sqlite3", questions_per_minute=0)
        )
        engine = Engine.load(settings)
        latencies = asyncio.run(_measure(engine, settings, args.users))
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{'users, answers delivered':<34} {args.users}, {len(latencies)}")
    print(f"{'update → sendMessage p50':<34} {statistics.median(latencies):6.0f} ms")
    print(f"{'update → sendMessage p95':<34} {p95:6.0f} ms")
    print(f"{'update → sendMessage max':<34} {ordered[-1]:6.0f} ms")
    print(f"{'peak RSS (bot with model)':<34} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:6.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

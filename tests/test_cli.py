"""The command-line interfaces other tools rely on (DESIGN.md), run as real processes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from bot.answer.engine import Engine
from tests.conftest import ROOT


def _run(args: list[str], config: Path, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "TDKT_CONFIG": str(config)}
    return subprocess.run(
        [sys.executable, *args], input=stdin, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300
    )


def test_ask_batch_writes_one_json_line_per_question(engine: Engine, real_config: Path, tmp_path: Path) -> None:
    batch = tmp_path / "questions.jsonl"
    questions = [
        {"id": "a", "question": "Hồ sơ khen thưởng gồm những gì?"},
        {"id": 7, "question": "Giá vé tàu hỏa từ Hà Nội đi Lạng Sơn là bao nhiêu?"},
        {"id": "c", "question": ""},
    ]
    batch.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in questions) + "\n", encoding="utf-8")
    result = _run(["-m", "bot", "ask", "--json", "--batch", str(batch)], real_config)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", 7, "c"]
    for line in lines:
        documented = {"question", "answer", "abstained", "reason", "lead", "parts", "notes", "citations"}
        assert set(line) == {"id", *documented, "drafter", "verified"}
        assert (line["drafter"], line["verified"]) == ("extractive", False)  # no [llm] model configured
        assert "<" not in line["answer"]  # plain text, no markup
    first = lines[0]
    assert not first["abstained"]
    assert set(first["citations"][0]) == {"doc_id", "title", "section", "heading", "quote"}
    assert (first["citations"][0]["doc_id"], first["citations"][0]["section"]) == (
        "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa",
        "VI.1",
    )
    assert lines[1]["abstained"] and lines[1]["citations"] == []
    assert lines[2]["abstained"]
    assert "Answered 3 question(s), 2 declined." in result.stderr


def test_ask_prints_the_answer_text_and_chat_converses(engine: Engine, real_config: Path) -> None:
    asked = _run(["-m", "bot", "ask", "Kè bờ suối Đình Lập hoàn thành trước ngày nào?"], real_config)
    assert asked.returncode == 0, asked.stderr
    assert "20/01/2025" in asked.stdout and "Nguồn: Kế hoạch thi đua huyện Đình Lập" in asked.stdout

    chat = _run(["-m", "bot", "chat"], real_config, stdin="ai ký kế hoạch của xã Bắc Sơn?\nthoát\n")
    assert chat.returncode == 0, chat.stderr
    assert "Trịnh Minh Tuấn" in chat.stdout
    assert chat.stdout.rstrip().endswith("(1 câu hỏi)")
    # "/exit" typed as a command ends the chat too, asked of nothing.
    slash = _run(["-m", "bot", "chat"], real_config, stdin="/exit\n")
    assert slash.stdout.rstrip().endswith("(0 câu hỏi)"), slash.stdout


def test_bad_usage_exits_non_zero_with_a_message(real_config: Path) -> None:
    missing = _run(["-m", "bot", "ask", "--json", "--batch", "/nonexistent.jsonl"], real_config)
    assert missing.returncode == 2 and "no such file" in missing.stderr
    bad_config = _run(["-m", "ingest", "--config", "/nonexistent.toml"], real_config)
    assert bad_config.returncode == 2 and "config file not found" in bad_config.stderr


def test_readme_documents_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in (
        "python -m ingest",
        "--rebuild",
        "python -m bot ask",
        "--json",
        "--batch",
        "python -m bot chat",
        "python -m bot run",
        "TELEGRAM_BOT_TOKEN",
        "TDKT_CONFIG",
        "TDKT_TELEGRAM_API_URL",
        "scripts/evaluate.py",
        "scripts/benchmark.py",
        "scripts/benchmark_bot.py",
        "/thongke",
        "/kehoach",
    ):
        assert command in readme, command
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^\s*(\./scripts/\S+)", quick_start, re.M)
    assert commands == ["./scripts/start.sh", "./scripts/test.sh"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "./scripts/test.sh" in ci

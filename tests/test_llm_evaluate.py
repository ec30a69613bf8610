"""`scripts/evaluate.py --llm` and `python -m bot ask --json` with a model configured through the
environment, run as real processes against the fake OpenAI-compatible server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.answer.engine import Engine
from tests.conftest import DATA, ROOT
from tests.fake_llm import FakeModel

INVENTED = "Hạn nộp hồ sơ là ngày 31/12/2099 [1]."


@pytest.fixture
def model() -> Iterator[FakeModel]:
    with FakeModel() as fake:
        yield fake


def _run(args: list[str], config: Path, **environ: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TDKT_CONFIG": str(config), **environ}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)


def _llm(model: FakeModel) -> dict[str, str]:
    return {"TDKT_LLM_PROVIDER": "openai", "TDKT_LLM_BASE_URL": f"{model.url}/v1", "TDKT_LLM_MODEL": "fake"}


def test_evaluate_with_llm_reports_the_share_of_verified_drafts(
    engine: Engine, real_config: Path, model: FakeModel
) -> None:
    model.reply = INVENTED  # a date no plan states: every draft fails verification
    result = _run(["scripts/evaluate.py", str(DATA / "dev.jsonl"), "--llm"], real_config, **_llm(model))
    assert result.returncode == 0, result.stderr
    header, row = result.stdout.splitlines()[:2]
    assert header.split()[-2:] == ["drafts", "verif"]
    answerable, drafts, verified = int(row.split()[1]), int(row.split()[-2]), row.split()[-1]
    # Identity questions (answered from metadata) and several-plan answers are not drafted.
    assert answerable // 2 < drafts == len(model.requests) <= answerable and verified == "0.0%"
    assert f"model drafts: unsupported_fact {drafts}" in result.stdout
    assert row.split()[2:5] == ["100.0%"] * 3  # the extractive answers were given: scores unchanged


def test_evaluate_with_llm_needs_a_configured_model(real_config: Path) -> None:
    result = _run(["scripts/evaluate.py", str(DATA / "dev.jsonl"), "--llm"], real_config)
    assert result.returncode == 2 and "--llm needs [llm] provider" in result.stderr


def test_ask_json_says_which_drafter_answered(engine: Engine, real_config: Path, model: FakeModel) -> None:
    model.reply = "Kè bờ suối Đình Lập xong trước ngày 20/01/2025 [1]."
    question = "Kè bờ suối Đình Lập hoàn thành trước ngày nào?"
    verified = _run(["-m", "bot", "ask", "--json", question], real_config, **_llm(model))
    model.reply = INVENTED
    fallback = _run(["-m", "bot", "ask", "--json", question], real_config, **_llm(model))
    answers = [json.loads(verified.stdout), json.loads(fallback.stdout)]
    assert [(a["drafter"], a["verified"]) for a in answers] == [("llm", True), ("extractive", False)]
    assert "Nguồn: [1] Kế hoạch thi đua huyện Đình Lập" in answers[0]["answer"]
    assert "20/01/2025" in answers[1]["answer"] and "2099" not in answers[1]["answer"]
    assert "LLM draft not used (unsupported_fact)" in fallback.stderr and question not in fallback.stderr

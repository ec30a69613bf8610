"""`[llm]` settings: off by default, overridable from the environment, checked at start-up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.answer.llm import load_drafter
from knowledge.errors import ConfigError
from knowledge.settings import LlmSettings, Settings, load_settings
from tests.conftest import ROOT, write_config


def test_the_shipped_config_lists_every_key_and_leaves_the_model_off() -> None:
    settings = load_settings(ROOT / "config.toml", environ={})
    assert settings.llm == LlmSettings()
    assert load_drafter(settings.llm) is None


def test_the_environment_overrides_the_file(tmp_path: Path) -> None:
    config = write_config(tmp_path, llm={"provider": "openai", "model": "qwen", "max_concurrent": 4})
    environ = {
        "TDKT_LLM_PROVIDER": "ollama",
        "TDKT_LLM_BASE_URL": "http://127.0.0.1:11434",
        "TDKT_LLM_MODEL": "qwen2.5:7b-instruct",
        "TDKT_LLM_TIMEOUT_SECONDS": "7.5",
    }
    llm = load_settings(config, environ=environ).llm
    assert llm == LlmSettings(
        "ollama", "http://127.0.0.1:11434", "qwen2.5:7b-instruct", timeout_seconds=7.5, max_concurrent=4
    )
    assert load_drafter(llm) is not None


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"provider": "gpt"}, "llm.provider must be one of"),
        ({"max_concurrent": 0}, "llm.max_concurrent"),
        ({"max_sections": 0}, "llm.max_sections"),
        ({"temperature": "hot"}, "llm.temperature"),
        ({"api_key": "sk-secret"}, "unknown key(s) in [llm]: api_key"),
    ],
    ids=["unknown-provider", "no-calls", "no-sections", "temperature-not-a-number", "key-in-the-file"],
)
def test_bad_values_stop_start_up_naming_the_key(tmp_path: Path, values: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        load_settings(write_config(tmp_path, llm=values), environ={})


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"provider": "openai"}, "llm.model: required"),
        ({"provider": "ollama", "model": "m", "timeout_seconds": 0.0}, "llm.timeout_seconds"),
        ({"provider": "openai", "model": "m", "slow_after_seconds": -1.0}, "llm.slow_after_seconds"),
    ],
    ids=["no-model", "no-time", "no-time-to-show"],
)
def test_a_model_that_cannot_work_stops_start_up(
    make_settings: Callable[..., Settings], values: dict, message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        load_drafter(make_settings(llm=values).llm)

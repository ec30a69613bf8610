"""Hostile settings and start-up: bad values stop start-up with one line naming the key, and the
logging set-up keeps the bot token out of every record."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge.errors import ConfigError
from knowledge.logs import REDACTED, configure_logging
from knowledge.settings import LoggingSettings, load_settings
from tests.conftest import ROOT, write_config

SECRET_TOKEN = "123456:SECRETsecretSECRETsecret_0123456789"


@pytest.mark.parametrize(
    ("tables", "environ", "named"),
    [
        ({"retrieval": {"min_confidence": "nan"}}, {}, "retrieval.min_confidence"),
        ({}, {"TDKT_RETRIEVAL_MIN_CONFIDENCE": "nan"}, "retrieval.min_confidence"),
        ({}, {"TDKT_RETRIEVAL_DENSE_WEIGHT": "inf"}, "retrieval.dense_weight"),
        ({"retrieval": {"keyword_weight": "true"}}, {}, "retrieval.keyword_weight"),
        ({"telegram": {"questions_per_minute": "true"}}, {}, "telegram.questions_per_minute"),
        ({"telegram": {"max_upload_mb": 1.5}}, {}, "telegram.max_upload_mb"),
        ({}, {"TDKT_TELEGRAM_MAX_UPLOAD_MB": "1.5"}, "telegram.max_upload_mb"),
        ({"telegram": {"admin_ids": "[true]"}}, {}, "telegram.admin_ids"),
        ({"retrieval": {"candidates": 0}}, {}, "retrieval.candidates"),
        ({"answer": {"max_chars": 0}}, {}, "answer.max_chars"),
        ({"telegram": {"reminder_check_seconds": 0}}, {}, "telegram.reminder_check_seconds"),
    ],
    ids=[
        "nan-file",
        "nan-env",
        "inf-env",
        "bool-float",
        "bool-int",
        "fraction-int",
        "fraction-env",
        "bool-in-list",
        "zero-candidates",
        "zero-answer-chars",
        "zero-interval",
    ],
)
def test_bad_numbers_stop_startup_naming_the_key(tmp_path: Path, tables: dict, environ: dict, named: str) -> None:
    # write_config quotes strings: unquote the TOML literals this table means (nan, true, [true])
    path = write_config(tmp_path, **tables)
    text = path.read_text(encoding="utf-8")
    for literal in ('"nan"', '"true"', '"[true]"'):
        text = text.replace(literal, literal.strip('"'))
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=named.replace(".", r"\.")):
        load_settings(path, environ=environ)


def test_sound_numbers_are_still_accepted(tmp_path: Path) -> None:
    path = write_config(tmp_path, retrieval={"min_confidence": -10.0, "candidates": 5}, telegram={"admin_ids": [-100]})
    settings = load_settings(path, environ={"TDKT_TELEGRAM_QUESTIONS_PER_MINUTE": "0"})
    assert settings.retrieval.min_confidence == -10.0 and settings.retrieval.candidates == 5
    assert settings.telegram.admin_ids == (-100,) and settings.telegram.questions_per_minute == 0


def _run_bot(tmp_path: Path, config: Path, **environ: str) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "TDKT_CONFIG": str(config), **environ}
    return subprocess.run(
        [sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    ("tables", "environ", "expected"),
    [
        ({"retrieval": {"candidates": 0}}, {}, "retrieval.candidates"),
        ({"logging": {"file": "/nonexistent-folder/bot.log"}}, {}, "logging.file"),
        ({}, {"TDKT_TELEGRAM_API_URL": "http://127.0.0.1:99999"}, "TDKT_TELEGRAM_API_URL"),
        ({}, {"TDKT_TELEGRAM_API_URL": "ftp//nowhere"}, "TDKT_TELEGRAM_API_URL"),
    ],
    ids=["zero-candidates", "log-folder-missing", "port-out-of-range", "not-a-url"],
)
def test_bad_start_up_ends_with_one_line_and_no_traceback(
    tmp_path: Path, tables: dict, environ: dict, expected: str
) -> None:
    config = write_config(tmp_path, **tables)
    result = _run_bot(tmp_path, config, TELEGRAM_BOT_TOKEN=SECRET_TOKEN, **environ)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and expected in lines[0], result.stderr
    assert "Traceback" not in result.stderr and "SECRET" not in result.stderr + result.stdout


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    saved = (root.handlers[:], root.level, sys.excepthook)
    yield
    root.handlers[:], sys.excepthook = saved[0], saved[2]
    root.setLevel(saved[1])
    logging.captureWarnings(False)


def test_the_token_is_redacted_from_messages_arguments_and_tracebacks(tmp_path: Path, restore_logging) -> None:
    log_file = tmp_path / "bot.log"
    configure_logging(LoggingSettings(level="DEBUG", file=str(log_file)), secrets=[SECRET_TOKEN])
    url = f"http://127.0.0.1:1/bot{SECRET_TOKEN}/getMe"
    logging.getLogger("aiohttp.client").debug("POST %s", url)
    logging.getLogger("telegram.ext.Updater").info(f"Failed: {url}")
    try:
        raise ConnectionError(f"Cannot connect to {url}")
    except ConnectionError:
        logging.getLogger("bot.telegram.handlers").exception("Sending failed")
    logging.getLogger("asyncio").warning("Token tail alone: %s", SECRET_TOKEN.partition(":")[2])
    text = log_file.read_text(encoding="utf-8")
    assert "SECRET" not in text and "secret" not in text
    assert text.count(REDACTED) == 4  # both messages, the exception's text, the secret alone
    assert "http://127.0.0.1:1/bot123456:[REDACTED]/getMe" in text  # the rest of the line stays useful

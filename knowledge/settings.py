"""Settings: one frozen dataclass tree read from `config.toml`, overridable by environment.

`load_settings(path, environ)` reads the TOML file, applies `TDKT_<SECTION>_<KEY>` variables, checks
every key and value, and resolves relative paths against the config file's folder. Unknown keys and
bad values stop start-up with a message naming the key. The Telegram token never lives here: it is
read from `TELEGRAM_BOT_TOKEN` by the bot alone.
"""

from __future__ import annotations

import dataclasses
import math
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knowledge.errors import ConfigError

BUILTIN_MODEL = "builtin:multilingual-e5-small"


@dataclass(frozen=True)
class KnowledgeSettings:
    documents: Path = Path("knowledge/documents")


@dataclass(frozen=True)
class StoreSettings:
    mode: str = "embedded"
    path: Path = Path("var/chroma")
    index_dir: Path = Path("var/index")
    host: str = "127.0.0.1"
    port: int = 8000
    collection: str = "tdkt_sections"


@dataclass(frozen=True)
class EmbeddingSettings:
    model: str = BUILTIN_MODEL
    cache_dir: Path = Path("var/models")
    batch_size: int = 16
    query_prompt: str = "query: "
    passage_prompt: str = "passage: "
    runtime: str = "onnx"


@dataclass(frozen=True)
class ChunkingSettings:
    max_chars: int = 1200
    overlap_chars: int = 200


@dataclass(frozen=True)
class RetrievalSettings:
    candidates: int = 20
    dense_weight: float = 1.0
    keyword_weight: float = 1.0
    coverage_weight: float = 2.0
    heading_weight: float = 1.0
    quantity_weight: float = 1.0
    min_confidence: float = 0.35
    several_plans_ratio: float = 0.9
    surer_score_ratio: float = 0.85
    surer_confidence_gap: float = 0.25


@dataclass(frozen=True)
class AnswerSettings:
    max_sentences: int = 3
    max_chars: int = 450
    max_plans: int = 3


@dataclass(frozen=True)
class TelegramSettings:
    mode: str = "polling"
    webhook_url: str = ""
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_path: str = "telegram"
    database: Path = Path("var/bot.sqlite3")
    allowed_ids: tuple[int, ...] = ()
    admin_ids: tuple[int, ...] = ()
    questions_per_minute: int = 10
    reminder_check_seconds: int = 3600
    reminder_days_before: int = 3
    max_upload_mb: int = 20
    question_max_age_minutes: float = 10.0
    send_retry_minutes: float = 10.0


@dataclass(frozen=True)
class LoggingSettings:
    level: str = "INFO"
    file: str = ""


@dataclass(frozen=True)
class LimitsSettings:
    """What one untrusted file may cost before it is refused (see ingest/limits.py)."""

    max_file_mb: int = 50
    max_docx_unpacked_mb: int = 200
    max_docx_part_mb: int = 25
    max_pdf_pages: int = 300
    max_page_megapixels: int = 40
    max_document_chars: int = 1_000_000
    max_document_chunks: int = 2000
    max_seconds_per_file: int = 600
    max_reader_memory_mb: int = 2048


@dataclass(frozen=True)
class LlmSettings:
    """An optional chat model that drafts answers from the sections the engine chose (bot/llm/).

    The API key is never read from here: only from the environment variable TDKT_LLM_API_KEY.
    """

    provider: str = ""  # "" (off), "openai" (any OpenAI-compatible endpoint) or "ollama"
    base_url: str = ""
    model: str = ""
    timeout_seconds: float = 20.0
    slow_after_seconds: float = 8.0  # no checked sentence by then: the extractive answer instead
    max_concurrent: int = 2
    temperature: float = 0.0
    max_sections: int = 3


@dataclass(frozen=True)
class Settings:
    knowledge: KnowledgeSettings = field(default_factory=KnowledgeSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    embeddings: EmbeddingSettings = field(default_factory=EmbeddingSettings)
    chunking: ChunkingSettings = field(default_factory=ChunkingSettings)
    retrieval: RetrievalSettings = field(default_factory=RetrievalSettings)
    answer: AnswerSettings = field(default_factory=AnswerSettings)
    telegram: TelegramSettings = field(default_factory=TelegramSettings)
    logging: LoggingSettings = field(default_factory=LoggingSettings)
    limits: LimitsSettings = field(default_factory=LimitsSettings)
    llm: LlmSettings = field(default_factory=LlmSettings)


_CHOICES = {
    ("store", "mode"): {"embedded", "server"},
    ("embeddings", "runtime"): {"onnx", "sentence-transformers"},
    ("telegram", "mode"): {"polling", "webhook"},
    ("logging", "level"): {"DEBUG", "INFO", "WARNING", "ERROR"},
    ("llm", "provider"): {"", "openai", "ollama"},
}
# Keys where 0 would stop the service rather than mean "none" or "no limit".
_AT_LEAST_ONE = {
    "store.port",
    "embeddings.batch_size",
    "chunking.max_chars",
    "retrieval.candidates",
    "answer.max_sentences",
    "answer.max_chars",
    "answer.max_plans",
    "telegram.webhook_port",
    "telegram.reminder_check_seconds",
    "telegram.reminder_days_before",
    "telegram.max_upload_mb",
    *(f"limits.{f.name}" for f in dataclasses.fields(LimitsSettings)),  # 0 would refuse every file
    "llm.max_concurrent",
    "llm.max_sections",
}
# Durations where 0 or less would stop the service (every question stale, every answer given up).
_POSITIVE = {"telegram.question_max_age_minutes", "telegram.send_retry_minutes"}
ENV_PREFIX = "TDKT_"


def default_config_path(environ: Mapping[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    return Path(environ.get("TDKT_CONFIG", "config.toml"))


def load_settings(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read settings from `path` (TOML) and `environ` overrides.

    Args:
        path: config file; None means `TDKT_CONFIG` or `./config.toml`. A missing default file
            gives the defaults; a missing file that was named explicitly is an error.
        environ: environment mapping (tests pass a dict); defaults to `os.environ`.

    Returns:
        The validated, frozen Settings with absolute paths.

    Raises:
        ConfigError: on unreadable TOML, unknown keys or bad values; the message names the key.
    """
    environ = os.environ if environ is None else environ
    explicit = path is not None or "TDKT_CONFIG" in environ
    path = Path(path) if path is not None else default_config_path(environ)
    raw: dict[str, Any] = {}
    if path.is_file():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise ConfigError(f"{path}: not valid TOML: {error}") from error
    elif explicit:
        raise ConfigError(f"config file not found: {path}")
    base_dir = path.resolve().parent
    sections = {}
    for section in dataclasses.fields(Settings):
        values = raw.pop(section.name, {})
        if not isinstance(values, dict):
            raise ConfigError(f"[{section.name}] must be a table")
        sections[section.name] = _build_section(section.name, section.default_factory, values, environ, base_dir)
    if raw:
        raise ConfigError(f"unknown section(s) in {path}: {', '.join(sorted(raw))}")
    return Settings(**sections)


def _build_section(name: str, factory: Any, values: dict[str, Any], environ: Mapping[str, str], base_dir: Path) -> Any:
    defaults = factory()
    known = {f.name for f in dataclasses.fields(defaults)}
    unknown = set(values) - known
    if unknown:
        raise ConfigError(f"unknown key(s) in [{name}]: {', '.join(sorted(unknown))}")
    result = {}
    for key in sorted(known):
        default = getattr(defaults, key)
        value = values.get(key, default)
        env_name = f"{ENV_PREFIX}{name}_{key}".upper()
        if env_name in environ:
            value = environ[env_name]
        value = _coerce(f"{name}.{key}", value, default)
        if isinstance(value, Path) and not value.is_absolute():
            value = base_dir / value
        choices = _CHOICES.get((name, key))
        if choices and value not in choices:
            raise ConfigError(f"{name}.{key} must be one of {sorted(choices)}, not {value!r}")
        result[key] = value
    return type(defaults)(**result)


def _coerce(key: str, value: Any, default: Any) -> Any:
    try:
        if isinstance(default, Path):
            if not isinstance(value, str | Path) or not str(value):
                raise ValueError("expected a non-empty path")
            return Path(value)
        if isinstance(default, tuple):
            items = value.split(",") if isinstance(value, str) else value
            if not isinstance(items, list | tuple):
                raise ValueError("expected a list of numbers")
            return tuple(_integer(item) for item in items if str(item).strip())
        if isinstance(default, bool):
            raise ValueError("booleans are not used")
        if isinstance(default, int):
            number = _integer(value)
            least = 1 if key in _AT_LEAST_ONE else 0
            if number < least:
                raise ValueError(f"must be at least {least}")
            return number
        if isinstance(default, float):
            if isinstance(value, bool):
                raise ValueError("expected a number")
            number = float(value)
            if not math.isfinite(number):
                raise ValueError("expected a finite number")
            if key in _POSITIVE and number <= 0:
                raise ValueError("must be more than 0")
            return number
        if not isinstance(value, str):
            raise ValueError("expected a string")
        return value
    except (TypeError, ValueError) as error:
        raise ConfigError(f"{key}: invalid value {value!r} ({error})") from error


def _integer(value: Any) -> int:
    """An int from TOML or the environment; bools and fractions (1.5, and 2.0 too) are refused."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError("expected a whole number")
    return int(value)

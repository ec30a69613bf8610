"""Shared fixtures: isolated HOME and caches, settings written as TOML, a deterministic embedder
registered through the real factory, and one session-wide engine over the shipped plans that
uses the real model and a real embedded Chroma store."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "knowledge" / "documents"
DATA = Path(__file__).resolve().parent / "data"

_SESSION_HOME = Path(os.environ.get("TMPDIR", "/tmp")) / f"tdkt-tests-{os.getpid()}"
os.environ["HOME"] = str(_SESSION_HOME / "home")
os.environ["XDG_CACHE_HOME"] = str(_SESSION_HOME / "cache")
os.environ["HF_HOME"] = str(_SESSION_HOME / "hf")
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["PTB_TIMEDELTA"] = "1"
for variable in [v for v in os.environ if v.startswith("TDKT_") or v == "TELEGRAM_BOT_TOKEN"]:
    del os.environ[variable]

from bot.answer.engine import Engine  # noqa: E402
from ingest.pipeline import ingest  # noqa: E402
from knowledge.embeddings import LazyEmbeddings, model_identity, register_embeddings  # noqa: E402
from knowledge.settings import Settings, load_settings  # noqa: E402
from knowledge.store import KnowledgeStore  # noqa: E402
from knowledge.text import fold, syllables  # noqa: E402

FAKE_MODEL = "test:hashing"


class HashingEmbeddings(Embeddings):
    """Deterministic bag-of-syllables vectors: similar wording gives similar vectors."""

    dimension = 64

    def __init__(self) -> None:
        self.calls = 0
        self.embedded = 0
        self.fail_after: int | None = None

    def _vector(self, text: str) -> list[float]:
        vector = np.zeros(self.dimension, dtype=np.float32)
        for word in syllables(fold(text)):
            vector[int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dimension] += 1.0
        norm = float(np.linalg.norm(vector)) or 1.0
        return (vector / norm).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if self.fail_after is not None and self.embedded >= self.fail_after:
            raise RuntimeError("simulated crash while embedding")
        self.calls += 1
        self.embedded += len(texts)
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


FAKE = HashingEmbeddings()
register_embeddings(FAKE_MODEL, lambda settings: FAKE)


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def model_cache() -> Path:
    """Where the real model is built once per test session."""
    path = _SESSION_HOME / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_config(folder: Path, **sections: dict) -> Path:
    """Write a config.toml in `folder` with the given `[section] key = value` tables."""
    lines = []
    for section, values in sections.items():
        lines.append(f"[{section}]")
        for key, value in values.items():
            rendered = f'"{value}"' if isinstance(value, str | Path) else str(value)
            lines.append(f"{key} = {rendered}")
    path = folder / "config.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def make_settings(tmp_path: Path) -> Callable[..., Settings]:
    """Settings for an isolated installation under tmp_path, using the fake embedder."""

    def build(documents: Path | None = None, **sections: dict) -> Settings:
        docs = documents or tmp_path / "documents"
        docs.mkdir(parents=True, exist_ok=True)
        tables = {
            "knowledge": {"documents": str(docs)},
            "store": {"path": str(tmp_path / "chroma"), "index_dir": str(tmp_path / "index")},
            "embeddings": {"model": FAKE_MODEL, "cache_dir": str(tmp_path / "models")},
        }
        for name, values in sections.items():
            tables.setdefault(name, {}).update(values)
        return load_settings(write_config(tmp_path, **tables), environ={})

    return build


@pytest.fixture
def fake_embeddings() -> HashingEmbeddings:
    FAKE.calls = FAKE.embedded = 0
    FAKE.fail_after = None
    return FAKE


def open_store(settings: Settings) -> KnowledgeStore:
    return KnowledgeStore(settings, LazyEmbeddings(settings.embeddings))


def run_ingest(settings: Settings, **kwargs):
    store = open_store(settings)
    return ingest(settings, store, model_identity(settings.embeddings), **kwargs), store


def fake_installation(folder: Path, doc_ids: tuple[str, ...]) -> Engine:
    """An installation of its own in `folder` with shipped plans `doc_ids` and the fake embedder,
    ingested and loaded: for tests that change or break the knowledge base."""
    (folder / "documents").mkdir(parents=True)
    for doc_id in doc_ids:
        shutil.copy(SHIPPED / f"{doc_id}.txt", folder / "documents")
    settings = load_settings(
        write_config(
            folder,
            knowledge={"documents": str(folder / "documents")},
            store={"path": str(folder / "chroma"), "index_dir": str(folder / "index")},
            embeddings={"model": FAKE_MODEL, "cache_dir": str(folder / "models")},
            # The fake embedder's similarities are low: answer from the best section regardless
            # (how confident answers are is tested with the real model elsewhere).
            retrieval={"min_confidence": -10.0},
        ),
        environ={},
    )
    report, _ = run_ingest(settings)
    assert not report.failed
    return Engine.load(settings)


@pytest.fixture(scope="session")
def real_config(tmp_path_factory: pytest.TempPathFactory, model_cache: Path) -> Path:
    """Config of an installation with the shipped plans, the real built-in model and an
    embedded Chroma store."""
    folder = tmp_path_factory.mktemp("installation")
    return write_config(
        folder,
        knowledge={"documents": str(SHIPPED)},
        store={"path": str(folder / "chroma"), "index_dir": str(folder / "index")},
        embeddings={"cache_dir": str(model_cache)},
    )


@pytest.fixture(scope="session")
def real_settings(real_config: Path) -> Settings:
    return load_settings(real_config, environ={})


@pytest.fixture(scope="session")
def engine(real_settings: Settings) -> Engine:
    report, _ = run_ingest(real_settings)
    assert not report.failed
    return Engine.load(real_settings)


from tests.bot_harness import start_bot  # noqa: E402, F401 - the running-bot fixture, shared

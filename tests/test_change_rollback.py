"""Every change of the knowledge base (add, replace, remove; `python -m ingest`, an upload in chat,
`/xoa`) completes in all of folder, vectors, keyword index and catalog, or is rolled back in all
of them, and the reply says which. Each store fails in turn at each step of the change."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.answer.engine import Engine
from ingest import cli
from ingest.library import DocumentLibrary
from knowledge import store as store_module
from knowledge.errors import InconsistentStoreError, StoreUnavailableError
from knowledge.keyword import KeywordIndex
from knowledge.store import KnowledgeStore
from tests.bot_harness import ADMIN
from tests.conftest import SHIPPED, fake_installation, open_store

AN_LAO = "an-lao-2024-thi-dua-yeu-nuoc-nam-2025"
BAC_SON = "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa"
BAC_SON_QUESTION = "Hồ sơ khen thưởng ở xã Bắc Sơn gồm những gì?"
NEW_TEXT = "Nội dung mới về thi đua hoàn toàn khác của xã Bắc Sơn."
# The steps of a change, in order, and the store method failing at each.
STEPS = {
    "vectors-add": (KnowledgeStore, "add_chunks"),
    "keyword-save": (KeywordIndex, "save"),
    "catalog-commit": (store_module, "save_catalog"),
    "vectors-delete": (KnowledgeStore, "delete_chunks"),
}


@pytest.fixture
def two_documents(tmp_path: Path, fake_embeddings) -> Engine:
    """An installation of its own (An Lão and Bắc Sơn, fake embedder) that changes may break."""
    return fake_installation(tmp_path / "installation", (AN_LAO, BAC_SON))


def _state(engine: Engine) -> dict[str, object]:
    """Everything a change touches: in memory, on disk (a store opened afresh) and in Chroma."""
    folder = Path(engine.settings.knowledge.documents)
    reopened = open_store(engine.settings)
    return {
        "folder": sorted(p.name for p in folder.iterdir()),
        "catalog": sorted(engine.catalog.documents),
        "chunks": sorted(engine.catalog.chunks),
        "catalog on disk": sorted(reopened.catalog.chunks),
        "keyword index": engine.store.keyword.size,
        "keyword index on disk": reopened.keyword.size,
    }


def _fail(monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    owner, name = STEPS[step]

    def broken(*args: object, **kwargs: object) -> None:
        raise StoreUnavailableError(f"injected failure at {step}")

    monkeypatch.setattr(owner, name, broken)


def _replacement() -> bytes:
    return ((SHIPPED / f"{BAC_SON}.txt").read_text(encoding="utf-8") + "\n" + NEW_TEXT + "\n").encode()


CHANGES: dict[str, Callable[[DocumentLibrary], object]] = {
    "add": lambda library: library.add(f"{BAC_SON}-moi.txt", _replacement()),
    "replace": lambda library: library.add(f"{BAC_SON}.txt", _replacement()),
    "remove": lambda library: library.remove(BAC_SON),
}


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("change", CHANGES)
def test_a_store_failing_at_any_step_rolls_the_change_back_everywhere(
    two_documents: Engine, monkeypatch: pytest.MonkeyPatch, change: str, step: str
) -> None:
    engine = two_documents
    before, vectors = _state(engine), engine.store.vector_ids()
    library = DocumentLibrary(engine.settings, engine.store)
    with monkeypatch.context() as patch:
        _fail(patch, step)
        with pytest.raises(StoreUnavailableError, match="left as it was") as raised:
            CHANGES[change](library)
    assert not isinstance(raised.value, InconsistentStoreError)
    assert _state(engine) == before
    after = engine.store.vector_ids()
    if step == "vectors-delete":  # Chroma refused the clean-up too: the new vectors are unused
        assert vectors <= after and not (after - vectors) & set(engine.catalog.chunks)
    else:
        assert after == vectors
    answer = engine.ask(BAC_SON_QUESTION)
    assert answer.citations[0].doc_id == BAC_SON  # still answered from, and from the old text
    assert NEW_TEXT not in answer.text and not any(NEW_TEXT in c.text for c in engine.catalog.chunks.values())
    # Once the store works again, the same change completes everywhere.
    CHANGES[change](library)
    assert engine.store.vector_ids() == set(engine.catalog.chunks)
    assert _state(engine)["catalog on disk"] == _state(engine)["chunks"]


def test_a_rollback_that_cannot_write_says_the_store_is_inconsistent(
    two_documents: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = two_documents
    library = DocumentLibrary(engine.settings, engine.store)
    writes = []

    def save_once(*args: object) -> None:
        if writes:
            raise OSError("read-only file system")
        writes.append(args)
        original(*args)

    original = store_module.save_catalog
    monkeypatch.setattr(store_module, "save_catalog", save_once)
    _fail(monkeypatch, "vectors-delete")
    with pytest.raises(InconsistentStoreError):
        library.remove(BAC_SON)
    assert (Path(engine.settings.knowledge.documents) / f"{BAC_SON}.txt").exists()  # the next ingest restores it


@pytest.mark.parametrize("step", STEPS)
def test_python_m_ingest_rolls_back_and_says_so(
    two_documents: Engine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, step: str
) -> None:
    engine = two_documents
    before = _state(engine)
    (Path(engine.settings.knowledge.documents) / f"{BAC_SON}.txt").unlink()
    (Path(engine.settings.knowledge.documents) / "moi.txt").write_bytes(_replacement())
    _fail(monkeypatch, step)
    assert cli.main(["--config", str(engine.settings.knowledge.documents.parent / "config.toml")]) == 2
    error = capsys.readouterr().err
    assert f"error: injected failure at {step}; the knowledge base was left as it was" in error
    reopened = open_store(engine.settings)
    assert sorted(reopened.catalog.chunks) == before["catalog on disk"]
    assert reopened.keyword.size == before["keyword index on disk"]


@pytest.mark.parametrize("step", STEPS)
async def test_xoa_says_the_document_stays_when_the_store_fails(
    start_bot, two_documents: Engine, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    bot = await start_bot(engine_override=two_documents)
    before = _state(two_documents)
    _fail(monkeypatch, step)
    text = (await bot.ask(f"/xoa {BAC_SON}", user_id=ADMIN))["text"]
    assert text == (
        f"Không xoá được «{BAC_SON}»: kho dữ liệu đang không truy cập được; vui lòng thử lại sau."
        " Kho văn bản không thay đổi, văn bản vẫn được dùng để trả lời."
    )
    assert _state(two_documents) == before
    assert two_documents.ask(BAC_SON_QUESTION).citations[0].doc_id == BAC_SON


@pytest.mark.parametrize("step", STEPS)
async def test_an_upload_says_nothing_changed_when_the_store_fails(
    start_bot, two_documents: Engine, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    bot = await start_bot(engine_override=two_documents)
    before = _state(two_documents)
    _fail(monkeypatch, step)
    message = bot.api.push_document(_replacement(), f"{BAC_SON}.txt", user_id=ADMIN)

    def replies() -> list[str]:
        return [
            c.params["text"]
            for c in bot.api.sent(chat_id=ADMIN)
            if c.params.get("reply_parameters", {}).get("message_id") == message["message_id"]
        ]

    await bot.api.wait_for(lambda: any(not t.startswith("⏳") for t in replies()), timeout=120)
    assert replies()[-1] == (
        f"Không thêm được «{BAC_SON}.txt»: kho dữ liệu đang không truy cập được; vui lòng thử lại sau."
        " Kho văn bản không thay đổi."
    )
    assert _state(two_documents) == before
    assert NEW_TEXT not in two_documents.ask(BAC_SON_QUESTION).text

"""Incremental ingest against a real Chroma store (embedded and `chroma run` server), with the
deterministic fake embedder registered through the real factory."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.cli import main as ingest_main
from knowledge.errors import StoreUnavailableError
from knowledge.text import normalize
from tests.conftest import SHIPPED, open_store, run_ingest

BAC_SON = "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa"
VAN_QUAN = "van-quan-2025-thi-dua-luong-van-tri"
DINH_LAP = "dinh-lap-2024-thi-dua-cao-diem-dai-hoi-xxv"


def _copy(names: list[str], folder: Path) -> None:
    for name in names:
        shutil.copy(SHIPPED / f"{name}.txt", folder / f"{name}.txt")


def _state(store) -> tuple[set[str], set[str], int]:
    """(vector ids, catalog chunk ids, keyword index size)."""
    return store.vector_ids(), set(store.catalog.chunks), store.keyword.size


def test_first_run_indexes_everything_and_second_run_embeds_nothing(make_settings, fake_embeddings, tmp_path):
    settings = make_settings()
    _copy([BAC_SON, VAN_QUAN], settings.knowledge.documents)
    report, store = run_ingest(settings)
    assert sorted(report.added) == [BAC_SON, VAN_QUAN]
    vectors, chunks, keyword_size = _state(store)
    assert vectors == chunks and keyword_size == len(chunks) > 20

    fake_embeddings.embedded = 0
    again, reopened = run_ingest(settings)
    assert sorted(again.unchanged) == [BAC_SON, VAN_QUAN]
    assert again.chunks_embedded == 0 and fake_embeddings.embedded == 0
    assert _state(reopened) == (vectors, chunks, keyword_size)


def test_changed_file_replaces_its_chunks_and_removed_file_disappears(make_settings, fake_embeddings):
    settings = make_settings()
    folder = settings.knowledge.documents
    _copy([BAC_SON, VAN_QUAN], folder)
    _, store = run_ingest(settings)
    before = set(store.catalog.chunks)
    van_quan_before = set(store.catalog.documents[VAN_QUAN].chunk_ids)

    path = folder / f"{BAC_SON}.txt"
    text = normalize(path.read_text(encoding="utf-8"))  # the shipped file is NFD
    path.write_text(text.replace("sau 20 ngày", "sau 15 ngày"), encoding="utf-8")
    fake_embeddings.embedded = 0
    report, store = run_ingest(settings)
    assert report.updated == [BAC_SON] and report.unchanged == [VAN_QUAN]
    assert 0 < report.chunks_embedded < len(before) / 2  # only the edited sections are re-embedded
    texts = " ".join(c.text for c in store.catalog.chunks.values())
    assert "sau 15 ngày" in texts and "sau 20 ngày" not in texts
    vectors, chunks, size = _state(store)
    assert vectors == chunks and size == len(chunks)

    (folder / f"{VAN_QUAN}.txt").unlink()
    report, store = run_ingest(settings)
    assert report.removed == [VAN_QUAN]
    vectors, chunks, size = _state(store)
    assert not vectors & van_quan_before
    assert vectors == chunks and size == len(chunks)
    assert all(c.doc_id == BAC_SON for c in store.catalog.chunks.values())


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
        ("unknown-encoding.txt", b"Ke hoach \x80\x85\x99\x9c\x93\x94 thi dua" * 5, "not recognisably"),
        ("plan.pdf", b"%PDF-1.4 not really", "not a readable PDF"),
        ("plan.docx", b"PK\x03\x04 broken zip", "not a readable .docx"),
        ("plan.xlsx", b"PK\x03\x04", "unsupported file type"),
    ],
    ids=["empty", "binary-renamed", "unknown-encoding", "corrupt-pdf", "corrupt-docx", "other-format"],
)
def test_bad_files_are_reported_and_the_others_still_indexed(
    make_settings, fake_embeddings, capsys, name, content, message
):
    settings = make_settings()
    _copy([BAC_SON], settings.knowledge.documents)
    (settings.knowledge.documents / name).write_bytes(content)
    config = settings.knowledge.documents.parent / "config.toml"
    assert ingest_main(["--config", str(config)]) == 1
    out, err = capsys.readouterr()
    assert f"skipped {name}" in err and message in err
    assert "1 document(s) indexed" in out and "1 failed" in out
    assert set(open_store(settings).catalog.documents) == {BAC_SON}


def test_crash_in_the_middle_keeps_the_previous_index_usable(make_settings, fake_embeddings):
    settings = make_settings(chunking={"max_chars": 300, "overlap_chars": 50})
    folder = settings.knowledge.documents
    _copy([BAC_SON], folder)
    _, store = run_ingest(settings)
    snapshot = _state(store)

    _copy([VAN_QUAN, DINH_LAP], folder)  # more than one batch of 32 chunks
    fake_embeddings.embedded, fake_embeddings.fail_after = 0, 1  # dies on the second batch
    with pytest.raises(RuntimeError, match="simulated crash"):
        run_ingest(settings)
    reopened = open_store(settings)
    assert set(reopened.catalog.documents) == {BAC_SON}
    assert set(reopened.catalog.chunks) == snapshot[1] and reopened.keyword.size == snapshot[2]

    fake_embeddings.fail_after = None
    report, store = run_ingest(settings)
    assert sorted(report.added) == [DINH_LAP, VAN_QUAN] and report.unchanged == [BAC_SON]
    vectors, chunks, size = _state(store)
    assert vectors == chunks and size == len(chunks)


def test_explicit_paths_add_files_without_dropping_the_others(make_settings, fake_embeddings, tmp_path):
    settings = make_settings()
    _copy([BAC_SON], settings.knowledge.documents)
    run_ingest(settings)
    extra = tmp_path / "extra"
    extra.mkdir()
    _copy([VAN_QUAN], extra)
    report, store = run_ingest(settings, paths=[extra / f"{VAN_QUAN}.txt"])
    assert report.added == [VAN_QUAN]
    assert set(store.catalog.documents) == {BAC_SON, VAN_QUAN}


def test_rebuild_re_embeds_everything(make_settings, fake_embeddings):
    settings = make_settings()
    _copy([BAC_SON], settings.knowledge.documents)
    first, _ = run_ingest(settings)
    fake_embeddings.embedded = 0
    report, store = run_ingest(settings, rebuild=True)
    assert report.chunks_embedded == first.chunks_total == fake_embeddings.embedded
    assert store.vector_ids() == set(store.catalog.chunks)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[int]:
    """A real `chroma run` server on 127.0.0.1, stopped after the test."""
    executable = Path(sys.executable).with_name("chroma")
    port = _free_port()
    process = subprocess.Popen(
        [str(executable), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("chroma run did not start")
    yield port
    process.terminate()
    process.wait(timeout=10)


def test_server_mode_stores_and_finds_chunks(make_settings, fake_embeddings, chroma_server):
    settings = make_settings(store={"mode": "server", "port": chroma_server})
    _copy([BAC_SON, VAN_QUAN], settings.knowledge.documents)
    report, store = run_ingest(settings)
    assert len(report.added) == 2
    vectors, chunks, _ = _state(store)
    assert vectors == chunks
    query = fake_embeddings.embed_query("Thành phần hồ sơ khen thưởng")
    hits = store.dense_search(query, 3, {BAC_SON})
    assert hits and all(store.catalog.chunks[i].doc_id == BAC_SON for i, _ in hits)
    # The similarity of chunks found by their words alone is the one the dense search gives.
    similar = store.similarities(query, [chunk_id for chunk_id, _ in hits])
    assert all(abs(similar[chunk_id] - value) < 1e-4 for chunk_id, value in hits)
    # Asked again, the vectors fetched the first time serve: the same similarities.
    assert store.similarities(query, [chunk_id for chunk_id, _ in reversed(hits)]) == similar
    again, _ = run_ingest(settings)
    assert again.chunks_embedded == 0


def test_server_down_is_a_clear_error(make_settings, fake_embeddings, capsys):
    settings = make_settings(store={"mode": "server", "port": _free_port()})
    _copy([BAC_SON], settings.knowledge.documents)
    config = settings.knowledge.documents.parent / "config.toml"
    assert ingest_main(["--config", str(config)]) == 2
    assert "unavailable" in capsys.readouterr().err
    with pytest.raises(StoreUnavailableError):
        open_store(settings).connect()

"""Files that try to take the service down. Each costs one refusal with its reason, read in a child
process within the memory and time limits; the process that asked survives, and the other files of
the same run are indexed. The crafted files are built here (tests/hostile.py)."""

from __future__ import annotations

import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from chromadb.api.shared_system_client import SharedSystemClient

from ingest import prepare as prepare_module
from ingest.cli import main as ingest_main
from ingest.encodings import decode_text
from ingest.files import read_document_bytes
from ingest.library import safe_file_name
from ingest.prepare import Prepared
from ingest.readers.docx import _text as docx_text_without_checks
from ingest.readers.ocr import ocr_available
from ingest.sandbox import prepare_untrusted
from knowledge.errors import LimitExceededError, ParseError
from knowledge.settings import ChunkingSettings, LimitsSettings
from tests import formats, hostile
from tests.conftest import SHIPPED, open_store, run_ingest

BAC_SON = hostile.BAC_SON
VAN_QUAN = "van-quan-2025-thi-dua-luong-van-tri"
DEFAULTS = LimitsSettings()
_PEAK = re.compile(r"peak memory (\d+) MB")


def _read(name: str, data: bytes, caplog: pytest.LogCaptureFixture, limits: LimitsSettings = DEFAULTS):
    """(text or the refusal, the child's peak memory in MB or None if it was killed, seconds)."""
    caplog.set_level(logging.DEBUG, logger="ingest.sandbox")
    caplog.clear()
    started = time.monotonic()
    try:
        result: Prepared | ParseError = prepare_untrusted("plan", name, data, limits, ChunkingSettings())
    except ParseError as error:
        result = error
    seconds = time.monotonic() - started
    peaks = [int(m[1]) for record in caplog.records if (m := _PEAK.search(record.getMessage()))]
    return result, (peaks[0] if peaks else None), seconds


@pytest.fixture(scope="module")
def plan_docx(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return hostile.plan_docx(tmp_path_factory.mktemp("docx"))


def _bad_numbering(old: bytes) -> bytes:
    return old.replace(b'w:ilvl="0"', b'w:ilvl="zero"')


CRAFTED_DOCX = {
    "garbage": (lambda d: hostile.rewrite_docx(d, word_document_xml=lambda old: b"\x00garbage<<<"), "not a readable"),
    "truncated": (lambda d: hostile.rewrite_docx(d, word_document_xml=lambda old: old[: len(old) // 2]), "corrupt"),
    "bad-numbering": (lambda d: hostile.rewrite_docx(d, word_numbering_xml=_bad_numbering), "corrupt"),
    "bad-crc": (hostile.bad_crc, "corrupt package"),
    "billion-laughs": (hostile.billion_laughs, "declares a DTD"),
    "xxe": (lambda d: hostile.xxe(d, Path("/etc/passwd")), "declares a DTD"),
    "zip-bomb": (lambda d: hostile.zip_bomb(d, unpacked_mb=256), r"\[limits\] max_docx_unpacked_mb"),
    "zip-bomb-in-one-part": (lambda d: hostile.zip_bomb(d, unpacked_mb=30), r"\[limits\] max_docx_part_mb"),
}


@pytest.mark.parametrize("kind", list(CRAFTED_DOCX))
def test_a_crafted_word_file_is_one_refusal_with_its_reason(plan_docx: bytes, kind: str, caplog) -> None:
    craft, reason = CRAFTED_DOCX[kind]
    result, peak, seconds = _read(f"{kind}.docx", craft(plan_docx), caplog)
    assert isinstance(result, ParseError), result
    assert re.search(reason, str(result)), result
    assert peak is not None and peak < 100, peak  # MB; the bomb unpacks to 256 MB
    assert seconds < 10


def test_the_untouched_plan_is_read(plan_docx: bytes, caplog) -> None:
    result, _, _ = _read("plan.docx", plan_docx, caplog)
    assert isinstance(result, Prepared) and "KẾ HOẠCH" in result.document.text and result.chunks


def test_python_docx_itself_resolves_no_entity(plan_docx: bytes, tmp_path: Path) -> None:
    """The second lock, behind the package check: python-docx's parser (lxml, resolve_entities=False,
    no network) neither reads an external entity nor expands nested ones."""
    secret = tmp_path / "secret.txt"
    secret.write_text("BÍ MẬT 4242", encoding="utf-8")
    crafted = tmp_path / "xxe.docx"
    crafted.write_bytes(hostile.xxe(plan_docx, secret))
    assert "4242" not in docx_text_without_checks(crafted)
    crafted.write_bytes(hostile.billion_laughs(plan_docx))
    started = time.monotonic()
    try:
        text = docx_text_without_checks(crafted)
    except Exception as error:  # lxml stops the expansion with an error: fine, it did not expand
        text = str(error)
    assert "lollollol" not in text and time.monotonic() - started < 5


def test_a_reader_past_its_memory_limit_is_stopped(plan_docx: bytes, caplog) -> None:
    limits = LimitsSettings(max_docx_unpacked_mb=1000, max_docx_part_mb=1000, max_reader_memory_mb=300)
    result, peak, _ = _read("big.docx", hostile.zip_bomb(plan_docx, unpacked_mb=150), caplog, limits)
    assert isinstance(result, LimitExceededError) and result.key == "max_reader_memory_mb", result
    assert peak is None or peak <= 300


@pytest.mark.skipif(not ocr_available(), reason="no tesseract")
def test_a_reader_past_its_time_is_killed_with_the_programs_it_runs(tmp_path: Path, caplog, monkeypatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # where the child puts the page tesseract reads
    lines = formats.plan_lines(SHIPPED / f"{BAC_SON}.txt")  # a few pages: seconds of OCR
    scan = formats.write_scanned_pdf(formats.write_text_pdf(lines, tmp_path / "a.pdf"), tmp_path / "scan.pdf")
    result, _, seconds = _read("scan.pdf", scan.read_bytes(), caplog, LimitsSettings(max_seconds_per_file=1))
    assert isinstance(result, LimitExceededError) and result.key == "max_seconds_per_file", result
    assert seconds < 4
    programs = str(tmp_path).encode()  # the page tesseract reads is in tmp_path
    # One killed on a busy machine may take a moment to go (its CPU time even grows while the
    # kernel frees its memory), but from the kill on it is dying, and soon gone.
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and (living := _living_processes_with(programs)):
        assert all(map(_dying, living)), living
        time.sleep(0.05)
    assert not _living_processes_with(programs)


def _living_processes_with(argument: bytes) -> set[int]:
    """The living processes whose command line holds `argument`."""
    return {pid for pid, (*_, command) in _processes().items() if argument in command}


_EXITING = 0x4  # PF_EXITING in the flags of /proc/<pid>/stat
_KILL = 1 << (signal.SIGKILL - 1)


def _dying(pid: int) -> bool:
    """Whether the process got a SIGKILL it has yet to act on, or is exiting (or already gone)."""
    try:
        flags = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[6])
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True
    pending = [int(value, 16) for key, value in re.findall(r"^(SigPnd|ShdPnd):\s+(\w+)", status, re.MULTILINE)]
    return bool(flags & _EXITING) or any(mask & _KILL for mask in pending)


def _cmdline(process: Path) -> bytes:
    try:
        return (process / "cmdline").read_bytes()
    except OSError:
        return b""


@pytest.mark.parametrize("content", [b"", b"0 0 0 rg 1000 1000 5000 5000 re f"], ids=["blank", "drawn"])
def test_a_page_of_200_by_200_inches_is_rendered_within_the_pixel_limit(content: bytes, caplog) -> None:
    huge = hostile.minimal_pdf([(14400, 14400)], content)
    assert len(huge) < 1000
    result, peak, seconds = _read("huge.pdf", huge, caplog)
    # At 300 dpi the page would be 3.6 gigapixels (10 GB in colour): past the child's memory limit.
    assert not (isinstance(result, LimitExceededError) and result.key == "max_reader_memory_mb"), result
    assert peak is not None and peak < 300, peak
    assert seconds < 20
    assert "rendered at 32 dpi" in caplog.text


def test_a_pdf_with_too_many_pages_is_refused(caplog) -> None:
    result, _, _ = _read("pages.pdf", hostile.minimal_pdf([(595, 842)] * 4), caplog, LimitsSettings(max_pdf_pages=3))
    assert isinstance(result, LimitExceededError) and "4 pages" in str(result) and result.key == "max_pdf_pages"


@pytest.mark.skipif(not ocr_available(), reason="no tesseract")
def test_blank_scanned_pages_cost_no_memory_each(tmp_path: Path, caplog) -> None:
    few, few_peak, _ = _read("few.pdf", hostile.blank_scan(2, tmp_path / "few.pdf"), caplog)
    many, many_peak, seconds = _read("many.pdf", hostile.blank_scan(30, tmp_path / "many.pdf"), caplog)
    assert "no text found" in str(few) and "no text found" in str(many)
    assert many_peak - few_peak < 30, (few_peak, many_peak)  # was 34 MB more for each page
    assert seconds < 30  # blank pages are not sent to OCR


def test_a_50_mb_text_file_is_refused_from_its_size(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as file:
        file.truncate(50 * hostile.MB)
    started = time.monotonic()
    with pytest.raises(LimitExceededError, match=r"max_document_chars") as refused:
        read_document_bytes(big, DEFAULTS)
    assert time.monotonic() - started < 0.5 and refused.value.limit == 1_000_000
    bigger = tmp_path / "bigger.pdf"
    with bigger.open("wb") as file:
        file.truncate(60 * hostile.MB)
    with pytest.raises(LimitExceededError, match=r"max_file_mb"):
        read_document_bytes(bigger, DEFAULTS)


def test_a_document_with_too_many_chunks_is_refused(make_settings, fake_embeddings) -> None:
    settings = make_settings(limits={"max_document_chunks": 5})
    shutil.copy(SHIPPED / f"{BAC_SON}.txt", settings.knowledge.documents)
    report, store = run_ingest(settings)
    [(name, error)] = report.failed
    assert name == f"{BAC_SON}.txt"
    assert isinstance(error, LimitExceededError) and error.key == "max_document_chunks"
    assert not store.catalog.chunks and fake_embeddings.embedded == 0


def test_utf16_without_byte_order_mark_is_read() -> None:
    text = unicodedata.normalize("NFC", (SHIPPED / f"{BAC_SON}.txt").read_text(encoding="utf-8"))
    assert decode_text(text.encode("utf-16-le"), "le.txt") == text
    assert decode_text(text.encode("utf-16-be"), "be.txt") == text
    with pytest.raises(ParseError, match="binary"):
        decode_text(bytes(range(256)) * 20, "binary.txt")


def test_decomposed_file_names_give_composed_ids(make_settings, fake_embeddings) -> None:
    name = unicodedata.normalize("NFD", "Kế hoạch Hòa Bình")
    assert safe_file_name(name + ".docx") == "Kế-hoạch-Hòa-Bình.docx"
    settings = make_settings()
    shutil.copy(SHIPPED / f"{BAC_SON}.txt", settings.knowledge.documents / f"{name}.txt")
    report, store = run_ingest(settings)
    assert report.added == ["Kế hoạch Hòa Bình"] and set(store.catalog.documents) == {"Kế hoạch Hòa Bình"}


def test_links_hidden_and_special_files_are_ignored_and_reported(make_settings, fake_embeddings, tmp_path, capsys):
    settings = make_settings()
    folder = settings.knowledge.documents
    shutil.copy(SHIPPED / f"{BAC_SON}.txt", folder)
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.copy(SHIPPED / f"{VAN_QUAN}.txt", outside / "secret.txt")
    (folder / "link.txt").symlink_to(outside / "secret.txt")
    (folder / "dangling.txt").symlink_to(outside / "gone.txt")
    os.mkfifo(folder / "pipe.txt")
    shutil.copy(SHIPPED / f"{VAN_QUAN}.txt", folder / ".hidden.txt")
    (folder / "archive").mkdir()
    started = time.monotonic()
    assert ingest_main(["--config", str(tmp_path / "config.toml")]) == 1
    assert time.monotonic() - started < 30  # the FIFO is not opened, so nothing waits for a writer
    out, err = capsys.readouterr()
    assert "warning: ignored link.txt: a symbolic link" in err
    assert "warning: ignored dangling.txt: a symbolic link to a file that does not exist" in err
    assert "warning: ignored pipe.txt: a named pipe (FIFO)" in err
    assert "warning: ignored .hidden.txt: a hidden file" in err
    assert "warning: ignored archive: a folder" in err
    assert "1 document(s) indexed" in out and "0 failed, 5 ignored" in out
    assert set(open_store(settings).catalog.documents) == {BAC_SON}


def test_one_run_refuses_each_crafted_file_and_indexes_the_others(
    make_settings, fake_embeddings, plan_docx, tmp_path, capsys
) -> None:
    settings = make_settings()
    folder = settings.knowledge.documents
    shutil.copy(SHIPPED / f"{BAC_SON}.txt", folder)
    (folder / f"{VAN_QUAN}.docx").write_bytes(
        formats.write_docx(formats.plan_lines(SHIPPED / f"{VAN_QUAN}.txt"), tmp_path / "v.docx").read_bytes()
    )
    for kind, (craft, _) in CRAFTED_DOCX.items():
        (folder / f"{kind}.docx").write_bytes(craft(plan_docx))
    (folder / "huge-page.pdf").write_bytes(hostile.minimal_pdf([(14400, 14400)]))
    with (folder / "big.txt").open("wb") as file:
        file.truncate(50 * hostile.MB)
    assert ingest_main(["--config", str(tmp_path / "config.toml")]) == 1
    out, err = capsys.readouterr()
    for kind, (_, reason) in CRAFTED_DOCX.items():
        line = next(line for line in err.splitlines() if line.startswith(f"skipped {kind}.docx:"))
        assert re.search(reason, line), line
    assert "skipped huge-page.pdf: huge-page.pdf: no text found" in err
    assert "skipped big.txt: big.txt: the text (at least 13107200 characters) exceeds the limit" in err
    assert "2 document(s) indexed (2 new" in out and f"{len(CRAFTED_DOCX) + 2} failed" in out
    assert set(open_store(settings).catalog.documents) == {BAC_SON, VAN_QUAN}


def test_a_store_that_lost_its_vectors_is_filled_again(make_settings, fake_embeddings, caplog) -> None:
    settings = make_settings()
    shutil.copy(SHIPPED / f"{BAC_SON}.txt", settings.knowledge.documents)
    first, _ = run_ingest(settings)
    shutil.rmtree(settings.store.path)  # the catalog and keyword index stay
    SharedSystemClient.clear_system_cache()  # as a new process would, open the store afresh
    caplog.set_level(logging.WARNING)
    open_store(settings).connect()  # what the bot does at start-up
    assert f"holds 0 vectors for the catalog's {first.chunks_total} chunks" in caplog.text
    again, store = run_ingest(settings)
    assert again.unchanged == [BAC_SON]
    assert again.chunks_embedded == first.chunks_total > 0
    assert store.vector_ids() == set(store.catalog.chunks)
    assert f"lacks {first.chunks_total} of the catalog's {first.chunks_total} chunks" in caplog.text


def _processes() -> dict[int, tuple[int, int, str, bytes]]:
    """pid → (parent pid, process group, state, command line) of the living processes."""
    found = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        state, parent, group = stat.rsplit(")", 1)[1].split()[:3]
        if state != "Z":
            found[int(entry.name)] = (int(parent), int(group), state, _cmdline(entry))
    return found


@pytest.mark.skipif(not ocr_available(), reason="no tesseract")
def test_a_reader_dies_with_the_process_that_started_it(tmp_path: Path) -> None:
    lines = formats.plan_lines(SHIPPED / f"{BAC_SON}.txt")
    scan = formats.write_scanned_pdf(formats.write_text_pdf(lines, tmp_path / "a.pdf"), tmp_path / "scan.pdf")
    script = (
        "import sys; from pathlib import Path; from ingest.sandbox import prepare_untrusted;"
        "from knowledge.settings import ChunkingSettings, LimitsSettings;"
        f"prepare_untrusted('scan', 'scan.pdf', Path({str(scan)!r}).read_bytes(), LimitsSettings(), ChunkingSettings())"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], cwd=Path(__file__).resolve().parents[1])
    deadline = time.monotonic() + 20
    readers: list[int] = []
    while not readers and time.monotonic() < deadline:
        time.sleep(0.1)
        readers = [
            pid for pid, (ppid, *_, cmd) in _processes().items() if ppid == parent.pid and b"ingest.sandbox" in cmd
        ]
    assert readers, "the child process did not start"
    time.sleep(1)  # OCR under way
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(group == readers[0] for _, group, *_ in _processes().values()):
        time.sleep(0.2)
    assert not [pid for pid, (_, group, *_) in _processes().items() if group == readers[0]]


def test_a_parser_bug_on_unusual_text_is_a_refusal(monkeypatch) -> None:
    def parse_with_a_bug(doc_id: str, text: str):
        raise IndexError("list index out of range")

    monkeypatch.setattr(prepare_module, "parse_document", parse_with_a_bug)
    with pytest.raises(
        ParseError, match=r"x\.txt: the text could not be parsed \(IndexError: list index out of range\)"
    ):
        prepare_module.prepare("x", "x.txt", "I. MỤC ĐÍCH", DEFAULTS, ChunkingSettings())


def test_a_missing_knowledge_folder_is_an_error_not_an_order_to_drop_everything(
    make_settings, fake_embeddings, tmp_path, capsys
) -> None:
    settings = make_settings()
    shutil.copy(SHIPPED / f"{BAC_SON}.txt", settings.knowledge.documents)
    run_ingest(settings)
    settings.knowledge.documents.rename(tmp_path / "elsewhere")
    assert ingest_main(["--config", str(tmp_path / "config.toml")]) == 2
    assert "knowledge.documents: no such folder" in capsys.readouterr().err
    assert set(open_store(settings).catalog.documents) == {BAC_SON}

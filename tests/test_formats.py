"""Every format a plan arrives in reads like its clean text version: same sections, same header
facts, same answer with the same citation."""

from __future__ import annotations

import difflib
import json
import shutil
from pathlib import Path

import pytest

from bot.answer.engine import Engine
from ingest.encodings import decode_text
from ingest.parse import parse_document
from ingest.reader import read_text
from ingest.readers.ocr import ocr_available
from knowledge.errors import ParseError, ToolMissingError
from knowledge.settings import load_settings
from tests import formats
from tests.conftest import SHIPPED, run_ingest, write_config

AN_LAO = "an-lao-2024-thi-dua-yeu-nuoc-nam-2025"
BAC_SON = "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa"
DINH_LAP = "dinh-lap-2024-thi-dua-cao-diem-dai-hoi-xxv"
LANG_SON = "lang-son-2025-thi-dua-dai-hoi-xiv"
VAN_QUAN = "van-quan-2025-thi-dua-luong-van-tri"
QUESTIONS = [json.loads(line) for line in (Path(__file__).parent / "data" / "questions.jsonl").open(encoding="utf-8")]


def _build(kind: str, doc_id: str, folder: Path) -> Path:
    lines = formats.plan_lines(SHIPPED / f"{doc_id}.txt")
    folder.mkdir(parents=True, exist_ok=True)
    if kind == "pdf":
        return formats.write_text_pdf(lines, folder / f"{doc_id}.pdf")
    if kind == "scanned-pdf":
        text_pdf = formats.write_text_pdf(lines, folder / "source.pdf")
        scanned = formats.write_scanned_pdf(text_pdf, folder / f"{doc_id}.pdf")
        text_pdf.unlink()
        return scanned
    if kind == "docx":
        return formats.write_docx(lines, folder / f"{doc_id}.docx")
    if kind == "doc":  # automatic numbering: LibreOffice makes it, and reads it back
        made = formats.write_doc(formats.write_docx(lines, folder / "source.docx"), folder / f"{doc_id}.doc")
        if made is None:
            pytest.skip("LibreOffice (soffice) is not installed to make a .doc with automatic numbering")
        return made
    if kind == "doc-catdoc":  # typed numbering, saved by LibreOffice once: tests/data holds it
        return shutil.copy(Path(__file__).parent / "data" / f"{doc_id}.doc", folder / f"{doc_id}.doc")
    target = folder / f"{doc_id}.txt"
    encode = {"tcvn3": formats.to_tcvn3, "windows-1258": formats.to_windows_1258}[kind]
    target.write_bytes(encode("\n".join(lines)))
    return target


FORMATS = [
    ("pdf", BAC_SON),
    ("docx", AN_LAO),
    ("doc", VAN_QUAN),
    pytest.param("doc-catdoc", VAN_QUAN, marks=pytest.mark.skipif(not shutil.which("catdoc"), reason="no catdoc")),
    ("tcvn3", VAN_QUAN),
    ("windows-1258", DINH_LAP),
    pytest.param("scanned-pdf", LANG_SON, marks=pytest.mark.skipif(not ocr_available(), reason="no tesseract")),
]


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("formats")
    return {}, folder


def _fixture(fixtures, kind: str, doc_id: str) -> Path:
    built, folder = fixtures
    if kind not in built:
        built[kind] = _build(kind, doc_id, folder / kind)
    return built[kind]


@pytest.mark.parametrize(("kind", "doc_id"), FORMATS)
def test_each_format_gives_the_sections_and_header_of_the_text_version(
    fixtures, kind: str, doc_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = parse_document(doc_id, (SHIPPED / f"{doc_id}.txt").read_text(encoding="utf-8"))
    source = _fixture(fixtures, kind, doc_id)
    if kind == "doc-catdoc":  # read through catdoc even where LibreOffice is installed
        (tmp_path / "bin").mkdir()
        (tmp_path / "bin" / "catdoc").symlink_to(shutil.which("catdoc"))
        monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    document = parse_document(doc_id, read_text(source))
    same = _same_case_as(kind)
    assert [s.path for s in document.sections] == [s.path for s in expected.sections]
    headings = [(same(a.heading), same(b.heading)) for a, b in zip(document.sections, expected.sections, strict=True)]
    if kind == "scanned-pdf":  # OCR misreads a mark now and then ("THI" as "THỊ")
        assert all(_similar(a, b) > 0.9 for a, b in headings), headings
    else:
        assert all(a == b for a, b in headings), headings
    header = ("issuer", "locality", "number", "date")
    assert {k: same(getattr(document, k)) for k in header} == {k: same(getattr(expected, k)) for k in header}
    assert _similar(same(document.title), same(expected.title)) > (0.95 if kind == "scanned-pdf" else 0.999)


def _similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def _same_case_as(kind: str):
    """TCVN3 has no capitals with marks ("Ý" was typed in another font): compare ignoring case."""
    return str.casefold if kind == "tcvn3" else str


# One plan in each format (the .doc needs LibreOffice to be made, so it is left out here).
ANSWER_FORMATS = {BAC_SON: "pdf", AN_LAO: "docx", VAN_QUAN: "tcvn3", DINH_LAP: "windows-1258", LANG_SON: "scanned-pdf"}


@pytest.fixture(scope="module")
def formats_engine(fixtures, model_cache: Path, tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The shipped plans, each in another format, indexed with the real model."""
    folder = tmp_path_factory.mktemp("formats-installation")
    (folder / "documents").mkdir()
    for doc_id, kind in ANSWER_FORMATS.items():
        if kind == "scanned-pdf" and not ocr_available():
            kind = "pdf"
        source = _fixture(fixtures, kind, doc_id)
        shutil.copy(source, folder / "documents" / source.name)
    settings = load_settings(
        write_config(
            folder,
            knowledge={"documents": str(folder / "documents")},
            store={"path": str(folder / "chroma"), "index_dir": str(folder / "index")},
            embeddings={"cache_dir": str(model_cache)},
        ),
        environ={},
    )
    report, _ = run_ingest(settings)
    assert not report.failed, report.failed
    return Engine.load(settings)


@pytest.mark.parametrize("doc_id", list(ANSWER_FORMATS))
def test_each_format_answers_like_the_text_version(engine: Engine, formats_engine: Engine, doc_id: str) -> None:
    kind = ANSWER_FORMATS[doc_id]
    same = _same_case_as(kind)
    questions = [q["question"] for q in QUESTIONS if q["docs"] == [doc_id] and not q["abstain"]]
    answered = 0
    for question in questions:
        expected, answer = engine.ask(question), formats_engine.ask(question)
        assert answer.abstained == expected.abstained, question
        assert [(c.doc_id, c.section) for c in answer.citations] == [(c.doc_id, c.section) for c in expected.citations]
        if kind == "scanned-pdf":  # OCR misreads a mark now and then
            assert _similar(answer.text, expected.text) > 0.9, question
        else:
            assert same(answer.text) == same(expected.text), question
        answered += not answer.abstained
    assert answered >= 3


def test_vni_text_is_recognised() -> None:
    vni = "Hoà sô ñeà nghò khen thöôûng göûi veà UÛy ban nhaân daân xaõ tröôùc ngaøy 15/9/2025."
    assert decode_text(vni.encode("cp1252"), "vni.txt") == (
        "Hồ sơ đề nghị khen thưởng gửi về Ủy ban nhân dân xã trước ngày 15/9/2025."
    )


def test_password_protected_pdf_is_refused_clearly(tmp_path: Path) -> None:
    lines = formats.plan_lines(SHIPPED / f"{BAC_SON}.txt")
    protected = formats.write_text_pdf(lines[:40], tmp_path / "protected.pdf", password="mat-khau")
    with pytest.raises(ParseError, match="password"):
        read_text(protected)


def test_a_missing_tool_names_the_package_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scanned = formats.write_scanned_pdf(
        formats.write_text_pdf(formats.plan_lines(SHIPPED / f"{LANG_SON}.txt")[:30], tmp_path / "a.pdf"),
        tmp_path / "scan.pdf",
        dpi=100,
    )
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 600)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(ToolMissingError, match="tesseract-ocr-vie"):
        read_text(scanned)
    with pytest.raises(ToolMissingError, match="catdoc"):
        read_text(tmp_path / "old.doc")

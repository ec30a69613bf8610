"""Admins add and remove documents from chat; every refusal leaves the knowledge base as it was."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from pathlib import Path

import pytest

from bot import messages
from bot.answer.engine import Engine
from bot.telegram.app import build_application
from bot.telegram.upload_handlers import describe_refusal
from ingest.library import DocumentLibrary
from ingest.readers.ocr import ocr_available
from knowledge.errors import ParseError
from knowledge.settings import TelegramSettings
from tests import formats, hostile
from tests.bot_harness import ADMIN, TOKEN, reply_to
from tests.conftest import SHIPPED, fake_installation
from tests.fake_telegram import FakeBotApi

AN_LAO = "an-lao-2024-thi-dua-yeu-nuoc-nam-2025"
BAC_SON = "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa"


@pytest.fixture
def own_engine(tmp_path: Path, fake_embeddings) -> Engine:
    """An installation of its own (An Lão only, fake embedder) that uploads may change."""
    return fake_installation(tmp_path / "installation", (AN_LAO,))


def _state(engine: Engine) -> tuple[set[str], set[str], set[str]]:
    files = {p.name for p in Path(engine.settings.knowledge.documents).iterdir()}
    return set(engine.catalog.documents), set(engine.catalog.chunks), files


async def _send(bot, data: bytes, name: str, user_id: int = ADMIN, size: int | None = None) -> list[str]:
    """Send a file; return the texts of the bot's replies once the last one (not "working") is in."""
    message = bot.api.push_document(data, name, user_id=user_id, size=size)

    def replies() -> list[str]:
        return [c.params["text"] for c in bot.api.sent(chat_id=user_id) if reply_to(c) == message["message_id"]]

    await bot.api.wait_for(lambda: any(not text.startswith("⏳") for text in replies()), timeout=120)
    return replies()


def _docx(tmp_path: Path, doc_id: str = BAC_SON) -> bytes:
    return formats.write_docx(formats.plan_lines(SHIPPED / f"{doc_id}.txt"), tmp_path / f"{doc_id}.docx").read_bytes()


async def test_admin_upload_is_summarised_and_then_answered_from(start_bot, own_engine, tmp_path: Path) -> None:
    bot = await start_bot(engine_override=own_engine)
    replies = await _send(bot, _docx(tmp_path), f"{BAC_SON}.docx")
    assert replies[0].startswith("⏳")
    summary = replies[-1]
    assert summary.startswith("✅ Đã thêm «Kế hoạch Phát động phong trào thi đua")
    assert "Số mục: " in summary and f"/xoa {BAC_SON}" in summary
    assert messages.UPLOAD_DEADLINES in summary and messages.UPLOAD_DOSSIER in summary
    assert "Tờ trình" in summary or "tờ trình" in summary
    answer = own_engine.ask("Hồ sơ khen thưởng ở xã Bắc Sơn gồm những gì?")
    assert answer.citations and answer.citations[0].doc_id == BAC_SON

    again = await _send(bot, _docx(tmp_path), f"{BAC_SON}.docx")
    assert again[-1].startswith("✅ Đã cập nhật")
    assert sorted(p.name for p in Path(own_engine.settings.knowledge.documents).iterdir()) == sorted(
        [f"{AN_LAO}.txt", f"{BAC_SON}.docx"]
    )


async def test_remove_command_takes_a_document_out(start_bot, own_engine, tmp_path: Path) -> None:
    bot = await start_bot(engine_override=own_engine)
    await _send(bot, _docx(tmp_path), f"{BAC_SON}.docx")
    assert "Cách dùng" in (await bot.ask("/xoa", user_id=ADMIN))["text"]
    assert "Đã xoá" in (await bot.ask(f"/xoa {BAC_SON}", user_id=ADMIN))["text"]
    assert set(own_engine.catalog.documents) == {AN_LAO}
    assert not (Path(own_engine.settings.knowledge.documents) / f"{BAC_SON}.docx").exists()
    assert "Không có văn bản" in (await bot.ask(f"/xoa {BAC_SON}", user_id=ADMIN))["text"]
    assert (await bot.ask(f"/xoa {AN_LAO}", user_id=1001))["text"] == messages.ADMIN_ONLY


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("ke-hoach.pdf", lambda tmp: b"%PDF-1.7\n1 0 obj broken", "hỏng"),
        (
            "bao-mat.pdf",
            lambda tmp: formats.write_text_pdf(
                formats.plan_lines(SHIPPED / f"{AN_LAO}.txt")[:30], tmp / "p.pdf", password="123"
            ).read_bytes(),
            "mật khẩu",
        ),
        ("rong.txt", lambda tmp: b"", "rỗng"),
        ("bang-tinh.xlsx", lambda tmp: b"PK\x03\x04", "chưa được hỗ trợ"),
    ],
    ids=["corrupt-pdf", "encrypted-pdf", "zero-byte", "unsupported"],
)
async def test_bad_files_get_a_clear_reply_and_change_nothing(
    start_bot, own_engine, tmp_path: Path, name, make, reason
) -> None:
    bot = await start_bot(engine_override=own_engine)
    before = _state(own_engine)
    replies = await _send(bot, make(tmp_path), name)
    assert reason in replies[-1] and "Kho văn bản không thay đổi" in replies[-1]
    assert _state(own_engine) == before


async def test_non_admins_and_oversized_files_are_refused_without_download(start_bot, own_engine, tmp_path) -> None:
    bot = await start_bot(engine_override=own_engine, max_upload_mb=5)
    before = _state(own_engine)
    assert (await _send(bot, _docx(tmp_path), "a.docx", user_id=1001))[-1] == messages.UPLOAD_ADMIN_ONLY
    oversized = await _send(bot, _docx(tmp_path), "b.docx", size=50 * 1024 * 1024)
    assert "vượt giới hạn 5 MB" in oversized[-1]
    assert not bot.api.sent("download") and not bot.api.sent("getFile")
    bot.api.push_document(_docx(tmp_path), "c.docx", user_id=1002, chat_id=-500)  # shared in a group
    await bot.ask("/kehoach", user_id=1002, chat_id=-500, chat_type="group")
    assert not [c for c in bot.api.sent(chat_id=-500) if c.params["text"] == messages.UPLOAD_ADMIN_ONLY]
    assert _state(own_engine) == before


def test_a_crash_while_replacing_keeps_the_previous_version_searchable(own_engine, fake_embeddings, tmp_path) -> None:
    library = DocumentLibrary(own_engine.settings, own_engine.store)
    library.add(f"{BAC_SON}.docx", _docx(tmp_path))
    before = _state(own_engine)
    shorter = [*formats.plan_lines(SHIPPED / f"{BAC_SON}.txt")[:60], "Nội dung mới về thi đua hoàn toàn khác."]
    replacement = formats.write_text_pdf(shorter, tmp_path / f"{BAC_SON}.pdf").read_bytes()
    fake_embeddings.embedded, fake_embeddings.fail_after = 0, 0
    with pytest.raises(RuntimeError, match="simulated crash"):
        library.add(f"{BAC_SON}.pdf", replacement)
    fake_embeddings.fail_after = None
    assert _state(own_engine) == before
    answer = own_engine.ask("Hồ sơ khen thưởng ở xã Bắc Sơn gồm những gì?")
    assert answer.citations and answer.citations[0].doc_id == BAC_SON
    assert not any("hoàn toàn khác" in chunk.text for chunk in own_engine.catalog.chunks.values())


def test_a_document_that_cannot_be_read_is_refused_before_anything_changes(own_engine, tmp_path) -> None:
    library = DocumentLibrary(own_engine.settings, own_engine.store)
    before = _state(own_engine)
    with pytest.raises(ParseError, match="empty"):
        library.add(f"{AN_LAO}.txt", b"")
    assert _state(own_engine) == before


def test_a_missing_program_is_named_in_the_reply() -> None:
    reason = describe_refusal(
        ParseError(
            "scan.pdf, page 1: scanned pages need OCR; install the Debian packages tesseract-ocr and tesseract-ocr-vie"
        )
    )
    assert "tesseract-ocr, tesseract-ocr-vie" in reason


@pytest.mark.parametrize("announced", [0, 100], ids=["no-size", "false-size"])
async def test_an_upload_is_capped_by_the_bytes_received_not_the_size_announced(
    start_bot, own_engine, announced
) -> None:
    bot = await start_bot(engine_override=own_engine, max_upload_mb=1)
    before = _state(own_engine)
    text = (SHIPPED / f"{AN_LAO}.txt").read_bytes()
    replies = await _send(bot, text * (3 * 1024 * 1024 // len(text)), "lon.txt", size=announced)
    assert replies[-1] == "Không thêm được «lon.txt»: tệp vượt giới hạn 1 MB. Kho văn bản không thay đổi."
    assert _state(own_engine) == before


@pytest.mark.parametrize(
    ("craft", "reason"),
    [
        (hostile.billion_laughs, "tệp bị hỏng hoặc không đúng định dạng."),
        (hostile.bad_crc, "tệp bị hỏng hoặc không đúng định dạng."),
        (
            lambda docx: hostile.zip_bomb(docx, 256),
            "tệp Word khi giải nén vượt giới hạn 200 MB (có thể là tệp độc hại).",
        ),
    ],
    ids=["billion-laughs", "bad-crc", "zip-bomb"],
)
async def test_a_crafted_word_file_gets_its_reason_in_vietnamese(
    start_bot, own_engine, tmp_path, craft, reason
) -> None:
    bot = await start_bot(engine_override=own_engine)
    before = _state(own_engine)
    replies = await _send(bot, craft(_docx(tmp_path)), "ke-hoach.docx")
    assert replies[-1] == f"Không thêm được «ke-hoach.docx»: {reason} Kho văn bản không thay đổi."
    assert _state(own_engine) == before


@pytest.mark.skipif(not ocr_available(), reason="no tesseract")
async def test_stopping_the_bot_during_a_long_upload_rolls_it_back_at_once(own_engine, tmp_path) -> None:
    lines = formats.plan_lines(SHIPPED / f"{AN_LAO}.txt")  # several pages: seconds of OCR
    scan = formats.write_scanned_pdf(formats.write_text_pdf(lines, tmp_path / "a.pdf"), tmp_path / "scan.pdf")
    settings = dataclasses.replace(
        own_engine.settings, telegram=TelegramSettings(database=tmp_path / "bot.sqlite3", admin_ids=(ADMIN,))
    )
    api = FakeBotApi()
    await api.start()
    application = build_application(
        settings, own_engine, TOKEN, api.url, library=DocumentLibrary(own_engine.settings, own_engine.store)
    )
    await application.initialize()
    await application.start()
    await application.updater.start_polling(poll_interval=0, timeout=1)
    before = _state(own_engine)
    try:
        message = api.push_document(scan.read_bytes(), "ban-scan.pdf", user_id=ADMIN)
        await api.wait_for(lambda: any(reply_to(c) == message["message_id"] for c in api.sent(chat_id=ADMIN)))
        await asyncio.sleep(1)  # reading under way
        started = time.monotonic()
        await application.updater.stop()
        await application.stop()
        assert time.monotonic() - started < 3  # the OCR alone takes longer
    finally:
        await application.shutdown()
        await api.stop()
    replies = [c.params["text"] for c in api.sent(chat_id=ADMIN) if reply_to(c) == message["message_id"]]
    assert replies[-1] == messages.UPLOAD_INTERRUPTED.format(name="ban-scan.pdf")
    assert _state(own_engine) == before

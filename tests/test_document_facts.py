"""Facts of documents beyond the plans (asserted from reading them), how deadlines and checklists
show them, which document is in force, and the lexicon that holds the words of the domain."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from bot.answer.validity import validity_note
from bot.calendar_file import deadlines_calendar
from bot.deadlines import checklist, deadlines
from bot.facts_text import format_checklist, format_deadlines
from ingest.dates import parse_time_expressions
from ingest.facts import extract_facts
from ingest.parse import parse_document
from knowledge.catalog import Catalog, StoredDocument
from knowledge.errors import ConfigError
from knowledge.lexicon import load_lexicon, load_question_words
from knowledge.schema import Document
from tests.conftest import DATA, SHIPPED

DAI_TU = "dai-tu-2025-quy-che-thi-dua-khen-thuong"
YEN_BAI = "yen-bai-2025-thong-bao-han-nop-ho-so"
LEXICON = Path(__file__).resolve().parents[1] / "knowledge" / "lexicon"


def _document(doc_id: str) -> Document:
    return parse_document(doc_id, (DATA / "new-docs" / f"{doc_id}.txt").read_text(encoding="utf-8"))


def _catalog(*documents: Document) -> Catalog:
    stored = {d.doc_id: StoredDocument(d, "", "", (), tuple(extract_facts(d))) for d in documents}
    return Catalog("test", stored, {})


def _facts(document: Document, kind: str) -> list:
    return [f for f in extract_facts(document) if f.kind == kind]


@pytest.mark.parametrize(
    ("sentence", "kind", "end"),
    [
        ("gửi về Phòng Nội vụ trước ngày 20 tháng 12 hằng năm.", "yearly", "2000-12-20"),
        ("Hằng năm, gửi bản đăng ký trước ngày 15/3.", "yearly", "2000-03-15"),
        ("Gửi trước 17 giờ 00 ngày 24/01/2025.", "before", "2025-01-24"),
        ("thẩm định trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ;", "within", None),
    ],
)
def test_yearly_dates_and_working_day_limits(sentence: str, kind: str, end: str | None) -> None:
    [expression] = parse_time_expressions(sentence)
    assert expression.kind == kind
    assert (expression.end.iso() if expression.end else None) == end


def test_a_day_and_month_without_a_year_is_not_yearly_unless_the_sentence_says_so() -> None:
    assert parse_time_expressions("Hội nghị tổ chức ngày 15 tháng 3 tại hội trường.") == []


def test_regulation_facts() -> None:
    document = _document(DAI_TU)
    yearly = {f.section: f.date for f in _facts(document, "deadline") if f.recurs == "yearly"}
    assert yearly == {"Điều 3.1": "--03-15", "Điều 3.2": "--11-30", "Điều 15.1": "--12-20", "Điều 15.2": "--07-10"}
    limits = {f.section: f.relative for f in _facts(document, "time_limit")}
    assert limits["Điều 16.2"] == "trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"
    assert not any(f.date for f in _facts(document, "time_limit"))  # never turned into a date
    copies = {f.section for f in _facts(document, "copies")}
    assert {"Điều 12.3", "Điều 13.4", "Điều 14.2"} <= copies
    assert {f.text for f in _facts(document, "form")} == {"Mẫu số 01 (98/2023/NĐ-CP)", "Mẫu số 02 (98/2023/NĐ-CP)"}
    members = [f.text for f in _facts(document, "council_member")]
    assert members[0] == "Chủ tịch Hội đồng: Chủ tịch UBND huyện" and all(
        f.section == "Điều 17.1" for f in _facts(document, "council_member")
    )
    amounts = [f.text for f in _facts(document, "amount") if f.section == "Điều 20.3"]
    assert amounts == [
        'Danh hiệu "Tập thể lao động tiên tiến": 0,8 lần mức lương cơ sở',
        "Giấy khen của Chủ tịch UBND huyện: 0,6 lần mức lương cơ sở",
    ]


def test_notice_table_rows_are_facts_with_their_deadlines() -> None:
    document = _document(YEN_BAI)
    rows = _facts(document, "table_row")
    assert len(rows) == 6 and all(f.section == "1" for f in rows)
    assert rows[2].text.startswith("Bằng khen của Chủ tịch UBND tỉnh (tổng kết năm 2024) - hạn nộp hồ sơ: Trước ngày")
    dated = {f.date for f in _facts(document, "deadline")}
    assert {"2025-01-24", "2025-02-14", "2025-02-28", "2025-03-15", "2025-07-15"} <= dated
    relative = [f.relative for f in _facts(document, "time_limit") if f.section == "1"]
    assert relative == ["trong thời hạn 10 ngày làm việc kể từ ngày tập thể, cá nhân lập được thành tích"]


def test_deadlines_show_the_next_yearly_occurrence_and_the_calendar_repeats_it() -> None:
    catalog = _catalog(_document(DAI_TU))
    today = dt.date(2026, 12, 21)
    entries = deadlines(catalog, today)
    upcoming = [e for e in entries if e.fact.recurs == "yearly"]
    assert upcoming[0].due == dt.date(2027, 3, 15)  # 20/12 has passed this year: next year's 15/3 is next
    text = format_deadlines(catalog, entries, today)
    assert "20/12 hằng năm, lần tới 20/12/2027" in text
    assert "trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ" in text
    calendar = icalendar.Calendar.from_ical(deadlines_calendar(catalog, entries, dt.datetime(2026, 12, 21)))
    events = [e for e in calendar.walk("VEVENT") if "20 tháng 12" in str(e["summary"])]
    assert events and str(events[0]["rrule"]["FREQ"][0]) == "YEARLY"


def test_checklist_of_a_regulation_lists_copies_and_forms() -> None:
    catalog = _catalog(_document(DAI_TU))
    result = checklist(catalog, DAI_TU)
    text = format_checklist(catalog, result)
    assert "Biểu mẫu: Mẫu số 02 (98/2023/NĐ-CP); Mẫu số 01 (98/2023/NĐ-CP)." in text
    assert "Số bộ: Hồ sơ quy định tại khoản 1 Điều này lập thành 02 bộ bản chính" in text


def test_an_answer_from_a_replaced_or_ended_document_says_so() -> None:
    newer = _document(DAI_TU)  # "thay thế Quyết định số 3568/QĐ-UBND ngày 12 tháng 8 năm 2020"
    older = parse_document(
        "dai-tu-2020",
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐẠI TỪ\nSố: 3568/QĐ-UBND\nĐại Từ, ngày 12 tháng 8 năm 2020\nQUY CHẾ\n"
        "Thi đua, khen thưởng\nĐiều 1. Hồ sơ\nHồ sơ gửi Phòng Nội vụ.\n",
    )
    catalog = _catalog(newer, older)
    note = validity_note(catalog, older, dt.date(2025, 3, 1))
    assert note == "lưu ý: đã được thay thế bởi Quy chế thi đua, khen thưởng huyện Đại Từ, số 125/QĐ-UBND"
    assert validity_note(catalog, newer, dt.date(2025, 3, 1)) == ""
    plan = parse_document("dinh-lap", (SHIPPED / "dinh-lap-2024-thi-dua-cao-diem-dai-hoi-xxv.txt").read_text())
    plans = _catalog(plan)
    assert validity_note(plans, plan, dt.date(2025, 8, 31)) == ""
    assert validity_note(plans, plan, dt.date(2025, 9, 1)) == "lưu ý: đợt thi đua đã kết thúc ngày 31/08/2025"


def test_the_shipped_lexicon_loads_and_a_new_kind_is_one_entry(tmp_path: Path) -> None:
    assert {k.name for k in load_lexicon().kinds} >= {"Kế hoạch", "Quy chế", "Hướng dẫn", "Thông báo", "Luật"}
    extended = tmp_path / "documents.toml"
    extended.write_text(
        (LEXICON / "documents.toml").read_text(encoding="utf-8")
        + '\n[[kinds]]\nname = "Điều lệ"\ntitle = "ĐIỀU LỆ"\ncodes = ["ĐL"]\nlabel = "Điều lệ {owner}"\n'
        "attached = true\n",
        encoding="utf-8",
    )
    assert load_lexicon(extended).kind_by_title("ĐIỀU LỆ").label == "Điều lệ {owner}"
    assert load_question_words().synonyms["hạn nộp"] == "thời gian gửi"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda t: t.replace('title = "QUY CHẾ"', 'title = "Quy chế"'), "in capitals"),
        (lambda t: t.replace('label = "Thông báo {number} {owner}"', 'label = "Thông báo"'), "{owner}"),
        (lambda t: t.replace("[structure]", "[structur]"), "[structure]"),
        (lambda t: t + "\n[[kinds]]\nname = 1\n", "lacks"),
        (lambda t: t.replace('bodies = ["Hội đồng"', 'bodies = [""'), "[facts] bodies"),
    ],
    ids=["title-case", "label-owner", "missing-table", "missing-key", "empty-fact-word"],
)
def test_a_broken_lexicon_stops_start_up_naming_what_is_wrong(tmp_path: Path, edit, message: str) -> None:
    broken = tmp_path / "documents.toml"
    broken.write_text(edit((LEXICON / "documents.toml").read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"documents\.toml") as raised:
        load_lexicon(broken)
    assert message in str(raised.value)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda t: t.replace("shown = '\\bđã\\b", "shown = '(\\bđã\\b", 1), "[realized]"),
        (lambda t: t.replace('document_only = ["organisations"]', 'document_only = ["unions"]'), "document_only"),
        (lambda t: t.replace('provinces = [\n    "An Giang"', 'provinces = [\n    ""'), "[places] provinces"),
    ],
    ids=["bad-pattern", "unknown-set", "empty-name"],
)
def test_a_broken_question_lexicon_stops_start_up_naming_what_is_wrong(tmp_path: Path, edit, message: str) -> None:
    shipped = (LEXICON / "questions.toml").read_text(encoding="utf-8")
    broken = tmp_path / "questions.toml"
    broken.write_text(edit(shipped), encoding="utf-8")
    assert broken.read_text(encoding="utf-8") != shipped
    with pytest.raises(ConfigError, match=r"questions\.toml") as raised:
        load_question_words(broken)
    assert message in str(raised.value)

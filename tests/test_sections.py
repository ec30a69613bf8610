from pathlib import Path

import pytest

from ingest.parse import parse_document
from ingest.sections import parse_sections
from knowledge.errors import ParseError
from knowledge.text import normalize
from tests.conftest import SHIPPED

EXPECTED_PATHS = {
    "an-lao-2024-thi-dua-yeu-nuoc-nam-2025": "preamble I I.1 I.2 II II.1 II.2 II.3 II.4 III III.1 III.2 "
    "IV IV.1 IV.2 IV.3 V V.1 V.2 V.3 V.4 V.5 V.6 signature",
    "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa": "preamble I I.1 I.2 II III IV V VI VI.1 VI.2 "
    "VII VII.1 VII.2 VII.3 VII.4 signature",
    "dinh-lap-2024-thi-dua-cao-diem-dai-hoi-xxv": "preamble I I.1 I.2 II II.1 II.2 III III.1 III.2 III.3 "
    "III.4 III.5 III.6 IV IV.1 IV.2 IV.3 IV.4 IV.5 IV.6 signature",
    "lang-son-2025-thi-dua-dai-hoi-xiv": "preamble I I.1 I.2 II II.1 II.2 II.3 II.4 II.5 III IV IV.1 IV.2 "
    "IV.3 V V.1 V.2 V.3 V.4 signature",
    "van-quan-2025-thi-dua-luong-van-tri": "preamble I I.1 I.2 I.3 II II.1 II.2 III III.1 III.2 III.3 "
    "III.4 III.5 III.6 III.7 III.8 IV IV.1 IV.2 IV.3 IV.4 IV.5 signature",
}


def _parse(doc_id: str):
    return parse_document(doc_id, (SHIPPED / f"{doc_id}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("doc_id", sorted(EXPECTED_PATHS))
def test_every_numbered_heading_is_found_in_order(doc_id: str) -> None:
    document = _parse(doc_id)
    assert [s.path for s in document.sections] == EXPECTED_PATHS[doc_id].split()


@pytest.mark.parametrize("doc_id", sorted(EXPECTED_PATHS))
def test_section_spans_point_at_their_heading_in_the_text(doc_id: str) -> None:
    document = _parse(doc_id)
    for section in document.sections:
        span = document.text[section.start : section.end]
        if section.path == "signature":
            assert span.startswith("Nơi nhận")
        elif section.level == 1:
            assert span.startswith(section.path + ".")
        elif section.level == 2:
            assert span.startswith(section.path.split(".")[1] + ".")


@pytest.mark.parametrize(
    ("doc_id", "path", "heading"),
    [
        ("bac-son-2025-thi-dua-dai-hoi-dang-bo-xa", "VI.2", "Thời gian gửi hồ sơ"),
        ("bac-son-2025-thi-dua-dai-hoi-dang-bo-xa", "V", "ĐỐI TƯỢNG, TIÊU CHUẨN KHEN THƯỞNG"),
        ("dinh-lap-2024-thi-dua-cao-diem-dai-hoi-xxv", "II.1", "Thời gian"),
        ("lang-son-2025-thi-dua-dai-hoi-xiv", "IV.1", "Giấy khen, Bằng khen của Chủ tịch UBND tỉnh"),
        ("an-lao-2024-thi-dua-yeu-nuoc-nam-2025", "IV.2", "Cấp thành phố"),
    ],
)
def test_headings_with_text_on_their_line(doc_id: str, path: str, heading: str) -> None:
    section = _parse(doc_id).section(path)
    assert section is not None and section.heading == heading


def test_heading_text_after_colon_stays_in_the_body() -> None:
    section = _parse("dinh-lap-2024-thi-dua-cao-diem-dai-hoi-xxv").section("II.1")
    assert section.body == "Từ tháng 11/2024 đến ngày 31/8/2025."


def test_long_numbered_sentence_keeps_all_its_words_in_the_body() -> None:
    section = _parse("dinh-lap-2024-thi-dua-cao-diem-dai-hoi-xxv").section("III.4")
    assert section.heading.endswith("…")
    assert section.body.startswith("Phấn đấu hoàn thành và vượt mức các chỉ tiêu")


def test_a_short_clause_that_is_a_whole_sentence_keeps_its_text_before_the_next_article() -> None:
    regulation = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG KIM TRÀ\nQUY CHẾ\nThi đua, khen thưởng\nĐiều 1. Hồ sơ\n"
        "1. Hồ sơ gồm tờ trình và báo cáo thành tích.\n2. Hồ sơ quy định tại khoản 1 Điều này lập 02 bộ.\n"
        "Điều 2. Thời gian\n1. Mục đích\nNội dung.\n"
    )
    document = parse_document("kim-tra", regulation)
    assert document.section("Điều 1.2").body == "Hồ sơ quy định tại khoản 1 Điều này lập 02 bộ."
    assert (document.section("Điều 2.1").heading, document.section("Điều 2.1").body) == ("Mục đích", "Nội dung.")


def test_a_list_item_giving_a_time_and_a_date_is_no_header_line() -> None:
    # "- Thời gian: 07 giờ 30 phút, ngày …" is not the header's "place, ngày …": its broken line joins.
    text = normalize(
        "I. TỔ CHỨC\n1. Lễ phát động\n- Thời gian: 07 giờ 30 phút, ngày 26/02/2025 (thứ Tư), gắn với Lễ\n"
        "kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam.\n- Địa điểm: Hội trường tầng 5.\n"
    )
    body = parse_sections("x", text)[1].body
    assert "gắn với Lễ kỷ niệm 70 năm" in body and "\n- Địa điểm" in body


@pytest.mark.parametrize(
    ("lines", "joined", "items"),  # items: lines that stay list items ("- …")
    [
        # A name broken at its hyphen goes on the sentence.
        (
            "b) Gửi báo cáo tổng kết về Ban Thi đua\n- Khen thưởng tỉnh trước ngày 05/12/2024.",
            "về Ban Thi đua - Khen thưởng tỉnh trước ngày 05/12/2024",
            0,
        ),
        ('Phong trào "Xanh - Sạch\n- Đẹp" do phụ nữ đảm nhận.', 'Phong trào "Xanh - Sạch - Đẹp" do phụ nữ', 0),
        # A list whose items end without punctuation stays a list.
        ("Hồ sơ gồm:\n- Tờ trình của đơn vị\n- Khen thưởng đột xuất", "- Khen thưởng đột xuất", 2),
    ],
)
def test_a_name_broken_at_its_hyphen_is_joined_and_a_list_stays_a_list(lines: str, joined: str, items: int) -> None:
    body = parse_sections("x", normalize(f"I. HỒ SƠ\n1. Thời hạn\n{lines}\n"))[1].body
    assert joined in body and sum(line.startswith("- ") for line in body.split("\n")) == items, body


@pytest.mark.parametrize(
    "false_heading",
    [
        "2030, quyết tâm thực hiện thắng lợi các mục tiêu",
        "2437/QĐ-TTg ngày 04/11/2025 của Thủ tướng",
        "2025 trên địa bàn thành phố (Kế hoạch số 231/KH-UBND",
        "3. Thi đua nhảy cóc không đúng thứ tự",
    ],
    ids=["year-comma", "document-number", "bare-year", "out-of-order"],
)
def test_lines_that_start_with_numbers_are_not_headings(false_heading: str) -> None:
    text = normalize(f"I. MỤC ĐÍCH\n1. Mục đích\nNội dung mở đầu\n{false_heading}\n2. Yêu cầu\nYêu cầu cụ thể")
    sections = parse_sections("x", text)
    assert [s.path for s in sections] == ["I", "I.1", "I.2"]
    assert false_heading.split()[0] in sections[1].body


def test_ocr_roman_numeral_slip_is_repaired() -> None:
    text = "I. MỤC ĐÍCH\nNội dung\nII. NỘI DUNG\nNội dung\nII. THỜI GIAN THI ĐUA\nTừ nay\nIV. KHEN THƯỞNG\nBằng khen"
    assert [s.path for s in parse_sections("x", text)] == ["I", "II", "III", "IV"]


def test_text_without_words_is_a_parse_error(tmp_path: Path) -> None:
    with pytest.raises(ParseError):
        parse_sections("x", "\n 12 / 34 \n")

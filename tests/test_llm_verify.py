"""The checks a drafted answer passes before anyone reads it, on excerpts of the shipped plans."""

from __future__ import annotations

import pytest

from bot.answer.llm.verify import Rejected, check, complete_sentences, facts, passes_so_far

# Excerpts of the shipped plans, as ingest reads them.
BAC_SON_FORMS = (
    "Thành phần hồ sơ\n- Tờ trình kèm danh sách đề nghị khen thưởng;\n"
    "- Báo cáo thành tích của tập thể, cá nhân (mẫu 08, Nghị định 98/2023/NĐ-CP của Chính phủ);\n"
    "- Biểu tóm tắt thành tích của tập thể, cá nhân;\n- Biên bản họp xét, đề nghị khen thưởng."
)
BAC_SON_DEADLINE = (
    "Thời gian gửi hồ sơ\nĐối với khen thưởng lập thành tích chào mừng Đại hội Đảng bộ xã nhiệm kỳ 2025-2030: "
    "Hồ sơ đề nghị khen thưởng gửi về Hội đồng Thi đua - khen thưởng xã sau 20 ngày tổ chức Đại hội Đảng bộ xã "
    "nhiệm kỳ 2025-2030."
)
DINH_LAP = (
    "Trung tâm Văn hóa huyện Đình Lập xong trước 31/5/2025, Kè bờ suối Đình Lập xong trước ngày 20/01/2025 để "
    "chào mừng Đại hội đại biểu Đảng bộ huyện Đình Lập lần thứ XXV. Giao Phòng Nội vụ (cơ quan thường trực của "
    "Hội đồng Thi đua - Khen thưởng huyện) tham mưu cho Ủy ban nhân dân huyện."
)
LANG_SON = (
    "Triển khai đồng bộ các giải pháp phát triển kinh tế, phấn đấu mục tiêu tăng tổng sản phẩm trên địa bàn "
    "(GRDP) đạt từ 8 - 9% năm 2025. Thu ngân sách nhà nước năm 2025 tăng ít nhất 20% so với dự toán. "
    "Tiền thưởng kèm theo Bằng khen là 1.500.000 đồng vào dịp kỷ niệm ngày 19 tháng 5 năm 2025."
)
SOURCES = [
    BAC_SON_FORMS,
    BAC_SON_DEADLINE,
    DINH_LAP,
    LANG_SON,
    "Biểu mẫu: Mẫu số 02a.",
    "Kế hoạch thi đua xã Bắc Sơn, mục VI.1\nĐiều 12 quy định hồ sơ.",
]


@pytest.mark.parametrize(
    ("draft", "cited"),
    [
        ("Báo cáo thành tích theo Mẫu số 08 (Nghị định 98/2023/NĐ-CP) [1].", (1,)),
        ("Biểu mẫu theo mẫu 02a [5].", (5,)),
        ("Hồ sơ gửi về Hội đồng Thi đua - Khen thưởng xã sau 20 ngày tổ chức Đại hội [2].", (2,)),
        ("Kè bờ suối Đình Lập phải xong trước ngày 20 tháng 01 năm 2025 [3].", (3,)),
        ("Kè bờ suối xong trước 20/1/2025 [3]; Trung tâm Văn hóa huyện xong trước 31/5/2025 [3].", (3,)),
        ("Phòng Nội vụ tham mưu cho UBND huyện [3].", (3,)),
        ("GRDP tăng 8-9% trong năm 2025 [4]. Thu ngân sách tăng ít nhất 20 % [4].", (4,)),
        ("Tiền thưởng là 1.500.000 đồng vào ngày 19/5/2025 [4].", (4,)),
        ("Nhiệm kỳ 2025 - 2030 [2].", (2,)),
        ("Hồ sơ gồm [1]:\n- Tờ trình kèm danh sách;\n- Báo cáo thành tích (mẫu 08);\n- Biên bản họp xét.", (1,)),
        ("Hạn là 20/01/2025 và nộp Mẫu số 08 [1][3].", (1, 3)),
        ("Báo cáo theo mẫu 08 [1, 3].", (1, 3)),
        ("Theo mục VI.1 và Điều 12 [6].", (6,)),
    ],
    ids=[
        "form-and-decree",
        "form-with-letter",
        "office-other-case",
        "date-in-words",
        "dates-without-zeros",
        "office-abbreviated",
        "range-and-percent",
        "money-and-date",
        "year-range-spaced",
        "list-under-its-introduction",
        "two-sections-one-sentence",
        "comma-citations",
        "section-paths-as-given",
    ],
)
def test_drafts_quoting_their_sections_pass(draft: str, cited: tuple[int, ...]) -> None:
    assert check(draft, SOURCES) == cited


@pytest.mark.parametrize(
    ("draft", "reason", "detail"),
    [
        ("Kè bờ suối xong trước ngày 25/01/2025 [3].", "unsupported_fact", "25/1/2025"),
        ("Kè bờ suối xong trước ngày 20/01/2025 [1].", "unsupported_fact", "20/1/2025"),
        ("Báo cáo thành tích theo Mẫu số 01 [1].", "unsupported_fact", "mau so 1"),
        ("Theo Nghị định 91/2017/NĐ-CP [1].", "unsupported_fact", "91/2017/nd-cp"),
        ("Hồ sơ gửi Sở Nội vụ [2].", "unsupported_fact", "so noi vu"),
        ("Hồ sơ gửi về Văn phòng UBND tỉnh [3].", "unsupported_fact", "van phong ubnd tinh"),
        ("GRDP tăng 10% [4].", "unsupported_fact", "10%"),
        ("Tiền thưởng là 2.000.000 đồng [4].", "unsupported_fact", "2.000.000"),
        ("Hồ sơ nộp 03 bộ [1].", "unsupported_fact", "3"),
        ("Kè bờ suối xong trước 20/01/2025.", "no_citation", ""),
        ("Kè bờ suối xong trước 20/01/2025 [9].", "unknown_citation", "[9] of 6 section(s)"),
        ("Kè bờ suối xong trước 20/01/2025 [0].", "unknown_citation", "[0] of 6 section(s)"),
    ],
    ids=[
        "date-changed",
        "date-from-another-section",
        "form-changed",
        "decree-invented",
        "office-invented",
        "office-of-another-level",
        "percent-invented",
        "money-invented",
        "copies-invented",
        "no-citation",
        "cites-9-of-6",
        "cites-0",
    ],
)
def test_drafts_stating_what_their_sections_do_not_say_are_rejected(draft: str, reason: str, detail: str) -> None:
    with pytest.raises(Rejected) as rejected:
        check(draft, SOURCES)
    assert (rejected.value.reason, rejected.value.detail) == (reason, detail)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ban hành kèm theo Kế hoạch [1].", []),
        ("1. Phòng Văn hóa và Thông tin huyện [2]", ["phong van hoa"]),
        ("Ủy ban nhân dân xã Bắc Sơn", ["ubnd xa bac"]),
        ("ngày 05 tháng 6 năm 2025, tháng 12/2024", ["5/6/2025", "12/2024"]),
        ("Mẫu 02a và 15 %", ["mau so 2a", "15%"]),
    ],
    ids=["no-office-in-ban-hanh", "list-mark-dropped", "committee-spelled-out", "dates", "form-letter-percent"],
)
def test_facts_are_read_in_one_canonical_form(text: str, expected: list[str]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("partial", "complete", "shown"),
    [
        ("Hồ sơ gồm 02 bộ", "", False),
        ("Hồ sơ gồm [1]:\n- Tờ trình", "Hồ sơ gồm [1]:", True),
        ("Hồ sơ gồm:\n- Tờ trình;\n- Báo cáo", "Hồ sơ gồm:\n- Tờ trình;", False),  # waits for its [n]
        ("Gửi trước 20/01/2025 [3]. Kè bờ suối", "Gửi trước 20/01/2025 [3].", True),
    ],
    ids=["first-sentence-unfinished", "a-line-ended", "no-citation-yet", "next-sentence-begun"],
)
def test_a_draft_being_written_shows_its_complete_sentences_once_they_pass(
    partial: str, complete: str, shown: bool
) -> None:
    assert complete_sentences(partial) == complete
    assert passes_so_far(complete, SOURCES) is shown


def test_a_complete_sentence_stating_what_its_section_does_not_say_ends_the_draft() -> None:
    with pytest.raises(Rejected) as rejected:
        passes_so_far(complete_sentences("Gửi trước 25/01/2025 [3]. Kè"), SOURCES)
    assert (rejected.value.reason, rejected.value.detail) == ("unsupported_fact", "25/1/2025")

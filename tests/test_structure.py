"""Structure, labels and identity of documents beyond the five plans: regulations, decisions that
issue an attached regulation, plans with parts and decimal headings, notices with tables,
appendices, page debris. Table-driven on small texts written the way such documents are, then on
real documents of each kind (tests/data/new-docs, tests/data/own-docs) in TXT, DOCX and PDF."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from bot.answer.engine import Engine
from bot.answer.identity import MetadataIntent, identity_answer
from ingest.chunks import section_text
from ingest.parse import parse_document
from ingest.readers.docx import read_docx
from ingest.readers.pdf import read_pdf
from ingest.tables import tables_to_rows
from knowledge.catalog import Catalog, StoredDocument
from knowledge.settings import LimitsSettings
from tests.conftest import DATA, run_ingest
from tests.formats import FONT, write_text_pdf

NEW_DOCS = DATA / "new-docs"
OWN_DOCS = DATA / "own-docs"

REGULATION = """ỦY BAN NHÂN DÂN
HUYỆN MẪU SƠN
QUY CHẾ
Thi đua, khen thưởng
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định về thi đua.
Điều 2. Hồ sơ
1. Hồ sơ gồm:
a) Tờ trình;
b) Biên bản;
c) Báo cáo thành tích;
d) Danh sách;
đ) Bản điện tử.
2. Hồ sơ lập thành 02 bộ.
Chương II
THỜI HẠN
Điều 3. Thời hạn
1. Gửi trước ngày 20 tháng 12 hằng năm.
2. Trong thời hạn 05 ngày làm việc kể từ ngày nhận hồ sơ.
"""

DECISION_WITH_REGULATION = """ỦY BAN NHÂN DÂN
HUYỆN MẪU SƠN
Số: 12/QĐ-UBND
Mẫu Sơn, ngày 05 tháng 01 năm 2025
QUYẾT ĐỊNH
Ban hành Quy chế thi đua, khen thưởng
Căn cứ Luật Thi đua, khen thưởng;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế thi đua, khen thưởng.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 02 năm 2025 và thay thế Quyết định số 99/QĐ-UBND ngày 01/3/2020.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Bình
QUY CHẾ
Thi đua, khen thưởng huyện Mẫu Sơn
(Ban hành kèm theo Quyết định số 12/QĐ-UBND)
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi
Quy chế này quy định về thi đua.
Điều 2. Đối tượng
1. Cán bộ, công chức.
2. Người lao động.
"""

PARTS_RESTARTING = """HƯỚNG DẪN
Khen thưởng tổng kết năm
PHẦN I
XÉT TẶNG DANH HIỆU
A. DANH HIỆU CÁ NHÂN
1. Lao động tiên tiến
a) Hoàn thành tốt nhiệm vụ;
b) Chấp hành tốt pháp luật.
2. Chiến sĩ thi đua cơ sở
B. DANH HIỆU TẬP THỂ
1. Tập thể lao động tiên tiến
PHẦN II
HỒ SƠ, THỦ TỤC
A. HỒ SƠ
1. Thành phần hồ sơ
2. Số lượng hồ sơ
a) Cấp tỉnh: 03 bộ;
b) Cấp Nhà nước: 04 bộ.
"""

DECIMAL_PARTS = """KẾ HOẠCH
Thi đua năm học
PHẦN THỨ NHẤT
MỤC ĐÍCH
1. Mục đích, yêu cầu
1.1. Mục đích
Động viên giáo viên.
1.2. Yêu cầu
Bảo đảm công khai.
PHẦN THỨ HAI
TỔ CHỨC THỰC HIỆN
2. Hồ sơ
2.1. Thành phần
Tờ trình và biên bản, theo Nghị định số
98/2023/NĐ-CP ngày 31/12/2023.
2.2. Thời hạn
Gửi trước ngày
15/6/2026.
"""

APPENDIX = """QUYẾT ĐỊNH
Quy định mức tiền thưởng
Điều 1. Mức thưởng
Mức thưởng theo Phụ lục I kèm theo.
Điều 2. Hiệu lực
Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn An
PHỤ LỤC I
MỨC TIỀN THƯỞNG
STT | Hình thức | Hệ số | Mức tiền (đồng)
1 | Bằng khen của Chủ tịch UBND tỉnh | 1,0 | 2.340.000
2 | Giấy khen | 0,3 | 710.000
Ghi chú:
1. Mức tiền làm tròn.
2. Tiền thưởng chi từ Quỹ.
"""

# A sentence broken before its reference to an appendix ("… tại" / "Phụ lục II.") is no appendix.
APPENDIX_REFERENCE = (
    DECISION_WITH_REGULATION.split("Chương I")[0]
    + """Điều 1. Đăng ký thi đua
1. Các đơn vị gửi bản đăng ký thi đua trước ngày 15 tháng 3 theo Mẫu số 05 tại
Phụ lục II.
2. Hội nghị ký kết giao ước thi đua tổ chức trước ngày 31 tháng 3.
Điều 2. Hồ sơ
Hồ sơ gồm tờ trình và biên bản.
PHỤ LỤC II
MẪU ĐĂNG KÝ THI ĐUA
1. Tên đơn vị.
2. Chỉ tiêu đăng ký.
"""
)

# A notice's only appendix, headed "Phụ lục" alone, with a table of forms.
LONE_APPENDIX = """THÔNG BÁO
Hồ sơ khen thưởng
1. Hồ sơ
Báo cáo thành tích theo mẫu tại Phụ lục kèm theo.
Nơi nhận:
- UBND huyện;
TRƯỞNG PHÒNG
Phan Quốc Bảo
Phụ lục
DANH MỤC MẪU BIỂU
STT | Mẫu | Tên mẫu biểu
1 | Mẫu số 02 | Báo cáo thành tích cho tập thể
2 | Mẫu số 03 | Báo cáo thành tích cho cá nhân
"""

LATIN_POINTS = (
    "CÔNG VĂN\nKhen thưởng năm 2024\n1. Tiêu chuẩn\n"
    + "".join(f"{letter}) Điều kiện thứ {n}.\n" for n, letter in enumerate("abcde", 1))
    + "2. Hồ sơ\n"
    + "".join(f"{letter}) Thành phần thứ {n}.\n" for n, letter in enumerate(["a", "b", "c", "d", "đ", "e"], 1))
)
PAGE_DEBRIS = """KẾ HOẠCH
Thi đua
I. NỘI DUNG
1. Hồ sơ
Hồ sơ gửi về Phòng Nội vụ trước ngày 20/12/2025, gồm tờ trình và
2
UBND huyện Mẫu Sơn - Kế hoạch thi đua năm 2025
biên bản họp Hội đồng.
2. Thời gian
Từ nay đến hết năm
3
UBND huyện Mẫu Sơn - Kế hoạch thi đua năm 2025
2025.
"""


@pytest.mark.parametrize(
    ("text", "paths"),
    [
        (
            REGULATION,
            "preamble, Điều 1, Điều 2, Điều 2.1, Điều 2.1.a, Điều 2.1.b, Điều 2.1.c, Điều 2.1.d, Điều 2.1.đ, "
            "Điều 2.2, Điều 3, Điều 3.1, Điều 3.2",
        ),
        (
            DECISION_WITH_REGULATION,
            "preamble, QĐ.Điều 1, QĐ.Điều 2, signature, preamble, Điều 1, Điều 2, Điều 2.1, Điều 2.2",
        ),
        (
            PARTS_RESTARTING,
            "preamble, I, I.A, I.A.1, I.A.1.a, I.A.1.b, I.A.2, I.B, I.B.1, II, II.A, II.A.1, II.A.2, "
            "II.A.2.a, II.A.2.b",
        ),
        (DECIMAL_PARTS, "preamble, 1, 1.1, 1.2, 2, 2.1, 2.2"),
        (APPENDIX, "preamble, Điều 1, Điều 2, signature, PL1, PL1.1, PL1.2"),
        (LONE_APPENDIX, "preamble, 1, signature, PL1"),
        (PAGE_DEBRIS, "preamble, I, I.1, I.2"),
        # Points in the Latin alphabet ("d)", "e)") or the Vietnamese one ("d)", "đ)"): as written.
        (LATIN_POINTS, "preamble, 1, 1.a, 1.b, 1.c, 1.d, 1.e, 2, 2.a, 2.b, 2.c, 2.d, 2.đ, 2.e"),
        (
            APPENDIX_REFERENCE,
            "preamble, QĐ.Điều 1, QĐ.Điều 2, signature, preamble, Điều 1, Điều 1.1, Điều 1.2, Điều 2, "
            "PL2, PL2.1, PL2.2",
        ),
    ],
    ids=[
        "regulation",
        "decision-and-regulation",
        "parts-restarting",
        "decimal-parts",
        "appendix",
        "lone-appendix",
        "page-debris",
        "latin-points",
        "appendix-reference",
    ],
)
def test_section_paths_of_each_structure(text: str, paths: str) -> None:
    assert [s.path for s in parse_document("x", text).sections] == paths.split(", ")


def test_a_paragraph_closing_a_list_of_points_belongs_to_the_clause_that_opened_it() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nQUY CHẾ\nThi đua, khen thưởng\nĐiều 1. Hồ sơ, thời hạn\n"
        "1. Hồ sơ đề nghị khen thưởng gồm:\na) Tờ trình của đơn vị;\nb) Báo cáo thành tích có xác nhận theo\n"
        "mẫu của Nghị định số 98/2023/NĐ-CP.\nHồ sơ lập thành 03 bộ bản chính.\n"
        "2. Đơn vị gửi hồ sơ trước ngày 15 tháng 10 hằng năm.\na) Hồ sơ giấy gửi Phòng Nội vụ.\n"
        "b) Bản điện tử gửi qua thư điện tử.\nTrên đây là Quy chế thi đua, khen thưởng của huyện.\n"
    )
    document = parse_document("x", text)
    # Read after the list it closes, as the clause's own text.
    assert section_text(document, document.section("Điều 1.1")).split("\n") == [
        "Hồ sơ đề nghị khen thưởng gồm:",
        "a) Tờ trình của đơn vị;",
        "b) Báo cáo thành tích có xác nhận theo mẫu của Nghị định số 98/2023/NĐ-CP.",
        "Hồ sơ lập thành 03 bộ bản chính.",
    ]
    # After the last point of the text comes the document's closing: it stays where it is.
    assert "Trên đây là" in document.section("Điều 1.2.b").body


def test_chapter_and_part_lines_are_context_not_paths() -> None:
    document = parse_document("x", REGULATION)
    assert document.section("Điều 3.1").context == "THỜI HẠN"
    assert "Chương" not in " ".join(s.body for s in document.sections)


def test_decision_signature_stops_where_the_attached_regulation_starts() -> None:
    document = parse_document("x", DECISION_WITH_REGULATION)
    signature = document.section("signature")
    assert "Lê Văn Bình" in signature.body and "QUY CHẾ" not in signature.body
    assert document.section("Điều 2.2").heading == "Người lao động"
    assert (document.kind, document.label, document.number) == (
        "Quy chế",
        "Quy chế thi đua, khen thưởng huyện Mẫu Sơn",
        "12/QĐ-UBND",
    )
    assert document.effective_date == "01/02/2025"
    assert document.replaces == ("Quyết định số 99/QĐ-UBND ngày 01/3/2020",)


def test_a_report_naming_a_regulation_yet_to_replace_another_replaces_nothing() -> None:
    report = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nSố: 418/BC-UBND\nBÁO CÁO\nKết quả năm 2024\nI. NHIỆM VỤ\n"
        "Phòng Nội vụ tham mưu ban hành Quy chế thi đua, khen thưởng mới, thay thế Quyết định số 2209/QĐ-UBND.\n"
    )
    assert parse_document("x", report).replaces == ()


@pytest.mark.parametrize(
    "line",
    ["15/6/2026.", "98/2023/NĐ-CP ngày 31/12/2023.", "2030, quyết tâm hoàn thành", "3. Mục nhảy cóc không đúng thứ tự"],
)
def test_lines_that_start_with_a_number_stay_in_the_body(line: str) -> None:
    text = f"KẾ HOẠCH\nThi đua\n1. Hồ sơ\n1.1. Thành phần\nTờ trình, gửi trước\n{line}\n1.2. Thời hạn\nNội dung"
    document = parse_document("x", text)
    assert [s.path for s in document.sections] == ["preamble", "1", "1.1", "1.2"]
    assert line.split()[0] in document.section("1.1").body


def test_page_numbers_and_running_headers_are_removed_and_the_sentence_joined() -> None:
    document = parse_document("x", PAGE_DEBRIS)
    assert document.section("I.1").body == (
        "Hồ sơ gửi về Phòng Nội vụ trước ngày 20/12/2025, gồm tờ trình và biên bản họp Hội đồng."
    )
    assert document.section("I.2").body == "Từ nay đến hết năm 2025."
    assert "Mẫu Sơn - Kế hoạch" not in document.text


def test_table_rows_keep_their_column_headers_inside_the_section_that_holds_the_table() -> None:
    document = parse_document("x", APPENDIX)
    rows = [line for line in document.section("PL1").body.split("\n") if line.startswith("- ")]
    assert rows == [
        "- Bằng khen của Chủ tịch UBND tỉnh - hệ số: 1,0 - mức tiền (đồng): 2.340.000",
        "- Giấy khen - hệ số: 0,3 - mức tiền (đồng): 710.000",
    ]
    assert document.signer == "Trần Văn An" and document.signer_role == "Phó Chủ tịch"


def test_a_table_whose_rows_are_separated_by_blank_lines_is_one_table() -> None:
    # Text from a PDF often puts a blank line between lines, rows of a table included.
    spaced = APPENDIX.replace("\n1 |", "\n\n1 |").replace("\n2 |", "\n\n2 |").replace("\nGhi chú", "\n\nGhi chú")
    rows = [line for line in parse_document("x", spaced).section("PL1").body.split("\n") if line.startswith("- ")]
    assert rows == [
        "- Bằng khen của Chủ tịch UBND tỉnh - hệ số: 1,0 - mức tiền (đồng): 2.340.000",
        "- Giấy khen - hệ số: 0,3 - mức tiền (đồng): 710.000",
    ]


# A table laid out with spaces (`pdftotext -layout`): a row whose first cells are blank goes on
# the row above it, a lone cell is the rest of the cell above, and a page break may cut it.
SPACED_TABLE = """KẾ HOẠCH
Thi đua năm 2025
1. Tiến độ thực hiện
STT   Nội dung công việc                        Năm     Đơn vị chủ trì
1     Cụm thi đua số 1                          2025    Xã Tạ Bú
                                                2026    Xã Chiềng San
2     Sơ kết, khen thưởng nhân Ngày Thầy thuốc  2025    Phòng Tổ chức
      Việt Nam

4

UBND huyện Mẫu Sơn - Kế hoạch thi đua năm 2025

3     Nộp hồ sơ bình xét cuối năm               2025    Các khoa, phòng
2. Tổ chức thực hiện
Các đơn vị triển khai.
"""


# A list attached after the signature, its cells wrapped onto the next lines, its column headers
# repeated after a page break.
ATTACHED_LIST = """QUYẾT ĐỊNH
Về việc tặng Bằng khen
Điều 1. Tặng Bằng khen cho 03 tập thể có tên trong danh sách kèm theo.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:                                   KT. CHỦ TỊCH
- Như Điều 2;                               PHÓ CHỦ TỊCH
- Lưu: VT.                                  Huỳnh Anh Kiệt
DANH SÁCH
TẬP THỂ ĐƯỢC TẶNG BẰNG KHEN
(Kèm theo Quyết định số 412/QĐ-UBND ngày 24/02/2025)
STT   Tên tập thể                           Thành tích
1     Hợp tác xã Nông nghiệp Thuận Phú,     Ủng hộ vật liệu xây dựng trị giá
      huyện Đồng Phú                        260 triệu đồng
2     Công an huyện Bù Đốp                  Hỗ trợ 09 căn nhà, giải quyết
                                            thủ tục cư trú cho 41 hộ

3

UBND tỉnh Mẫu Sơn - Danh sách kèm theo Quyết định số 412/QĐ-UBND

STT   Tên tập thể                           Thành tích
3     Huyện đoàn Phú Riềng                  Tổ chức 14 đội thanh niên tình nguyện
"""

# A table of cells split by "|" whose rows a narrow page wrapped, across blank lines and a page
# break; an item and a note under it are not its cells.
WRAPPED_PIPE_TABLE = """THÔNG BÁO
Hạn nộp hồ sơ
1. Thời hạn
STT | Hình thức | Hạn nộp | Số lượng | Ghi chú
1 | Chiến sĩ thi đua cấp tỉnh | Trước ngày 30/5/2025 | 03 bộ |

Kèm xác nhận sáng kiến

2 | Bằng khen của Chủ tịch UBND tỉnh | Trước ngày 03/6/2025 | 02 bộ | Tập

thể và cá nhân

2

Phòng Nội vụ huyện Mẫu Sơn - Thông báo số 238

3 | Giấy khen | Trước ngày 09/6/2025 | 01 bộ |
a) Thời hạn trên tính theo ngày Phòng Nội vụ nhận được hồ sơ giấy.
2. Nơi nhận
Phòng Nội vụ huyện.
"""


def test_a_list_attached_after_the_signature_is_an_appendix_its_wrapped_cells_joined() -> None:
    document = parse_document("x", ATTACHED_LIST)
    assert [s.path for s in document.sections] == ["preamble", "Điều 1", "Điều 2", "signature", "PL1"]
    assert document.signer == "Huỳnh Anh Kiệt"
    rows = [line for line in document.section("PL1").body.split("\n") if line.startswith("- ")]
    assert rows == [
        "- Hợp tác xã Nông nghiệp Thuận Phú, huyện Đồng Phú - thành tích: Ủng hộ vật liệu xây dựng trị giá 260 "
        "triệu đồng",
        "- Công an huyện Bù Đốp - thành tích: Hỗ trợ 09 căn nhà, giải quyết thủ tục cư trú cho 41 hộ",
        "- Huyện đoàn Phú Riềng - thành tích: Tổ chức 14 đội thanh niên tình nguyện",
    ]


def test_a_table_split_by_bars_keeps_rows_wrapped_by_the_page_but_not_the_text_under_it() -> None:
    document = parse_document("x", unicodedata.normalize("NFD", WRAPPED_PIPE_TABLE))
    rows = [line for line in document.section("1").body.split("\n") if line.startswith("- ")]
    assert rows == [
        "- Chiến sĩ thi đua cấp tỉnh - hạn nộp: Trước ngày 30/5/2025 - số lượng: 03 bộ - ghi chú: Kèm xác nhận "
        "sáng kiến",
        "- Bằng khen của Chủ tịch UBND tỉnh - hạn nộp: Trước ngày 03/6/2025 - số lượng: 02 bộ - ghi chú: Tập thể "
        "và cá nhân",
        "- Giấy khen - hạn nộp: Trước ngày 09/6/2025 - số lượng: 01 bộ",
    ]
    assert document.section("1.a").body == "Thời hạn trên tính theo ngày Phòng Nội vụ nhận được hồ sơ giấy."
    # A row going on under a table that does not open with a bar: cell by cell, its first cell empty.
    continued = tables_to_rows(
        "STT | Cấp trình | Bằng khen | Hạn gửi\n2 | UBND các huyện (Đồng Văn, | 01 tập thể | 30/5/2025\n"
        "  | Mèo Vạc) |  |\n3 | Doanh nghiệp | Không phân bổ | 06/6/2025\n"
    )
    assert continued.split("\n")[:2] == [
        "- UBND các huyện (Đồng Văn, Mèo Vạc) - bằng khen: 01 tập thể - hạn gửi: 30/5/2025",
        "- Doanh nghiệp - bằng khen: Không phân bổ - hạn gửi: 06/6/2025",
    ]
    # A total under the rows, its running number empty, is a row of its own.
    total = tables_to_rows(
        "STT | Hình thức khen thưởng | Tập thể | Cá nhân | Tổng\n"
        "4 | Giấy khen của Chủ tịch UBND huyện | 87 | 356 | 443\n | Cộng | 98 | 379 | 477\n\nc) Khen thưởng đột xuất\n"
    )
    assert total.split("\n") == [
        "- Giấy khen của Chủ tịch UBND huyện - tập thể: 87 - cá nhân: 356 - tổng: 443",
        "- Cộng - tập thể: 98 - cá nhân: 379 - tổng: 477",
        "",
        "c) Khen thưởng đột xuất",
        "",
    ]
    # A table that ends the text, blank lines after it.
    assert tables_to_rows("A | B | C\n1 | x | y |\n\n\n").split("\n")[0] == "- 1 - b: x - c: y"


def test_a_table_laid_out_with_spaces_keeps_its_column_headers() -> None:
    document = parse_document("x", unicodedata.normalize("NFD", SPACED_TABLE))
    rows = [line for line in document.section("1").body.split("\n") if line.startswith("- ")]
    assert rows == [
        "- Cụm thi đua số 1 - năm: 2025 - đơn vị chủ trì: Xã Tạ Bú",
        "- Cụm thi đua số 1 - năm: 2026 - đơn vị chủ trì: Xã Chiềng San",
        "- Sơ kết, khen thưởng nhân Ngày Thầy thuốc Việt Nam - năm: 2025 - đơn vị chủ trì: Phòng Tổ chức",
        "- Nộp hồ sơ bình xét cuối năm - năm: 2025 - đơn vị chủ trì: Các khoa, phòng",
    ]
    assert document.section("2").body == "Các đơn vị triển khai."


SPACED_ATTACHED_LIST = """\
STT  Tên tập thể / Họ và tên, chức vụ,   Thành tích tiêu biểu                   Số tiền
     đơn vị                                                                    (đồng)
* TẬP THỂ (02 tập thể)
1    UBND xã Hồng Phong                  Sơ tán an toàn 312 hộ dân vùng         1.404.000
                                         bãi sông trước khi bão đổ bộ
2    Hạt Quản lý đê                      Phát hiện, xử lý kịp thời 03 sự cố sạt 1.404.000
                                         lở mái đê
* CÁ NHÂN (02 cá nhân)
1    Ông Phạm Văn Hưng, Phó Chủ tịch     Chỉ huy sơ tán dân vùng bãi sông       702.000
     UBND xã Hồng Phong

                                                                                3
UBND huyện Mẫu Sơn - Quyết định số 31/QĐ-UBND

STT  Tên tập thể / Họ và tên, chức vụ,   Thành tích tiêu biểu                   Số tiền
     đơn vị                                                                    (đồng)
2    Bà Đinh Thị Hương, Chủ tịch Hội      Nấu 800 suất ăn cho lực lượng hộ đê    702.000
     LHPN xã Duy Phong
"""


def test_an_attached_list_laid_out_with_spaces_keeps_its_groups_and_wrapped_header() -> None:
    rows = tables_to_rows(SPACED_ATTACHED_LIST).split("\n")
    individual = "- Ông Phạm Văn Hưng, Phó Chủ tịch UBND xã Hồng Phong - thành tích tiêu biểu: Chỉ huy sơ"
    assert rows[:4] == [
        "* TẬP THỂ (02 tập thể)",
        "- UBND xã Hồng Phong - thành tích tiêu biểu: Sơ tán an toàn 312 hộ dân vùng bãi sông trước khi bão"
        " đổ bộ - số tiền (đồng): 1.404.000",
        # A cell one space short of the next column is cut at it.
        "- Hạt Quản lý đê - thành tích tiêu biểu: Phát hiện, xử lý kịp thời 03 sự cố sạt lở mái đê"
        " - số tiền (đồng): 1.404.000",
        "* CÁ NHÂN (02 cá nhân)",
    ]
    assert rows[4].startswith(individual) and rows[4].endswith("- số tiền (đồng): 702.000")
    # The header repeated after the page break is no row.
    assert rows[5].startswith("- Bà Đinh Thị Hương, Chủ tịch Hội LHPN xã Duy Phong - thành tích tiêu biểu: Nấu")


@pytest.mark.parametrize(
    ("header", "issuer", "locality", "number", "date"),
    [
        # Two columns: the issuing body and its place on the left, the motto on the right.
        (
            "UBND TỈNH MẪU SƠN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO          Độc lập - Tự do - Hạnh phúc\n"
            "Số: 15/KH-SGDĐT          Mẫu Sơn, ngày 02 tháng 3 năm 2025\n",
            "Sở Giáo dục và Đào tạo tỉnh Mẫu Sơn",
            "tỉnh Mẫu Sơn",
            "15/KH-SGDĐT",
            "02/03/2025",
        ),
        # The superior place heads the header; the issuing committee's own place is its last line.
        (
            "THÀNH PHỐ HUẾ                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "ỦY BAN NHÂN DÂN                              Độc lập - Tự do - Hạnh phúc\nPHƯỜNG KIM TRÀ\n"
            "Số: 05/KH-UBND                          Kim Trà, ngày 10 tháng 3 năm 2025\n",
            "Ủy ban nhân dân phường Kim Trà",
            "phường Kim Trà",
            "05/KH-UBND",
            "10/03/2025",
        ),
        # A hospital under a Sở: the level its name ends with is the province's.
        (
            "SỞ Y TẾ TỈNH MẪU SƠN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "BỆNH VIỆN ĐA KHOA TỈNH          Độc lập - Tự do - Hạnh phúc\n"
            "Số: 86/KH-BVĐK          Mẫu Sơn, ngày 10 tháng 01 năm 2025\n",
            "Bệnh viện Đa khoa tỉnh Mẫu Sơn",
            "tỉnh Mẫu Sơn",
            "86/KH-BVĐK",
            "10/01/2025",
        ),
    ],
    ids=["department-of-a-province", "committee-under-a-city", "hospital-under-a-department"],
)
def test_two_column_header_and_signature_are_read_column_by_column(
    header: str, issuer: str, locality: str, number: str, date: str
) -> None:
    text = header + (
        "KẾ HOẠCH\nThi đua năm học\n1. Nội dung\nThi đua dạy tốt.\n"
        "Nơi nhận:          KT. GIÁM ĐỐC\n- Như trên;          PHÓ GIÁM ĐỐC\n- Lưu: VT.          Hà Văn Cường\n"
    )
    document = parse_document("x", text)
    assert (document.issuer, document.locality) == (issuer, locality)
    assert document.label == f"Kế hoạch thi đua {issuer.removeprefix('Ủy ban nhân dân ')}"
    assert (document.number, document.date) == (number, date)
    assert (document.signer, document.signer_role) == ("Hà Văn Cường", "Phó giám đốc")


def test_a_body_named_over_two_header_lines_is_named_as_the_document_writes_it() -> None:
    document = parse_document(
        "x",
        "SỞ Y TẾ TỈNH MẪU SƠN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "BỆNH VIỆN ĐA KHOA          Độc lập - Tự do - Hạnh phúc\nKHU VỰC NGÃ NĂM\n"
        "Số: 31/QĐ-BVĐKKV          Ngã Năm, ngày 05 tháng 3 năm 2025\n"
        "QUYẾT ĐỊNH\nBan hành Quy chế thi đua của Bệnh viện Đa khoa khu vực Ngã Năm\nĐiều 1. Ban hành.\n",
    )
    assert document.issuer == "Bệnh viện Đa khoa khu vực Ngã Năm tỉnh Mẫu Sơn"


def test_a_cong_van_is_known_by_its_subject_line_and_an_acronym_keeps_its_capitals() -> None:
    cong_van = parse_document(
        "x",
        "ỦY BAN NHÂN DÂN HUYỆN MẪU SƠN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "PHÒNG NỘI VỤ          Độc lập - Tự do - Hạnh phúc\n"
        "Số: 238/PNV-TĐKT          Mẫu Sơn, ngày 16 tháng 5 năm 2025\n"
        "V/v hướng dẫn thời hạn, hồ sơ đề nghị\nkhen thưởng tổng kết năm học 2024 - 2025\nKính gửi: Các trường.\n"
        "1. Thời hạn\nTrước ngày 30/5/2025.\n",
    )
    assert cong_van.kind == "Công văn"
    assert cong_van.title == "Công văn hướng dẫn thời hạn, hồ sơ đề nghị khen thưởng tổng kết năm học 2024 - 2025"
    assert cong_van.label == "Công văn 238/PNV-TĐKT Phòng Nội vụ huyện Mẫu Sơn"
    plan = parse_document(
        "x",
        "HỘI LHPN VIỆT NAM          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "BAN CHẤP HÀNH HỘI LHPN TỈNH MẪU SƠN          Độc lập - Tự do - Hạnh phúc\nSố: 214/KH-HPN\n"
        "KẾ HOẠCH\nThi đua chào mừng 95 năm\n1. Nội dung\nThi đua.\n",
    )
    assert plan.label == "Kế hoạch thi đua Ban Chấp hành Hội LHPN tỉnh Mẫu Sơn"


JOINT_PLAN = (
    "CÔNG TY CỔ PHẦN CƠ KHÍ MẪU SƠN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "BAN CHẤP HÀNH CÔNG ĐOÀN CÔNG TY          Độc lập - Tự do - Hạnh phúc\n"
    "Số: 08/KH-CK-CĐ          Hải Cảng, ngày 18 tháng 02 năm 2025\n"
    "KẾ HOẠCH LIÊN TỊCH\nTổ chức đợt thi đua cao điểm năm 2025\n"
    "1. Nội dung\nCông ty cổ phần Cơ khí Mẫu Sơn phát động thi đua.\n"
    "2. Tổ chức thực hiện\nPhòng Hành chính theo dõi./.\n"
    "TM. BAN CHẤP HÀNH CÔNG ĐOÀN          GIÁM ĐỐC\nCHỦ TỊCH\n(Đã ký)          (Đã ký)\n"
    "Trần Thị Bích Ngọc          Lê Quang Vinh\n"
    "Nơi nhận:\n- Các phân xưởng;\n- Lưu: VT.\n"
)


def test_a_joint_plan_of_a_company_and_its_union_is_known_by_the_company_and_signed_by_both() -> None:
    # An enterprise's header names no level of government: the place is the one it is dated at. Its
    # signing block stands above the recipients, one column per body.
    plan = parse_document("x", JOINT_PLAN)
    assert plan.kind == "Kế hoạch"
    assert plan.title == "Kế hoạch liên tịch Tổ chức đợt thi đua cao điểm năm 2025"
    assert (plan.issuer, plan.locality) == ("Công ty cổ phần Cơ khí Mẫu Sơn", "Hải Cảng")
    assert plan.label == "Kế hoạch thi đua Công ty cổ phần Cơ khí Mẫu Sơn"  # as its body writes it
    assert (plan.signer, plan.signer_role) == ("Trần Thị Bích Ngọc; Lê Quang Vinh", "Chủ tịch; Giám đốc")
    signature = plan.section("signature")
    assert signature is not None and "GIÁM ĐỐC" in signature.body
    assert "GIÁM ĐỐC" not in plan.section("2").body


def test_a_company_named_over_two_header_lines_issues_its_regulation() -> None:
    # Its body mentions the province's committee (the Bằng khen it may propose): not the issuer.
    text = (
        "CÔNG TY CỔ PHẦN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "NƯỚC SẠCH MẪU SƠN                  Độc lập - Tự do - Hạnh phúc\n"
        "Số: 45/QĐ-NSMS                     Hải Cảng, ngày 10 tháng 3 năm 2025\n"
        "QUY CHẾ\nThi đua, khen thưởng của Công ty Cổ phần Nước sạch Mẫu Sơn\nĐiều 1. Khen thưởng\n"
        "Công ty đề nghị Chủ tịch Ủy ban nhân dân tỉnh Mẫu Sơn tặng Bằng khen.\n"
    )
    document = parse_document("x", text)
    assert document.label == "Quy chế thi đua, khen thưởng Công ty Cổ phần Nước sạch Mẫu Sơn", document.label


def test_who_signed_a_joint_plan_names_both_signers_with_their_roles() -> None:
    plan = parse_document("joint", JOINT_PLAN)
    catalog = Catalog(documents={"joint": StoredDocument(plan, "joint.txt", "", ())})
    answer = identity_answer("Ai ký kế hoạch liên tịch?", [MetadataIntent.SIGNER], ["joint"], catalog)
    assert answer is not None and answer.text.startswith(
        "Kế hoạch thi đua Công ty cổ phần Cơ khí Mẫu Sơn do Chủ tịch Trần Thị Bích Ngọc"
        " và Giám đốc Lê Quang Vinh cùng ký."
    )
    assert answer.citations[0].section == "signature"


def test_a_regulation_filed_without_its_decision_is_dated_by_it() -> None:
    regulation = parse_document(
        "x",
        "ỦY BAN NHÂN DÂN\nTHỊ XÃ MẪU SƠN\nQUY CHẾ\nThi đua, khen thưởng trên địa bàn thị xã Mẫu Sơn\n"
        "(Ban hành kèm theo Quyết định số 2876/QĐ-UBND ngày 16 tháng 9 năm 2024\ncủa Ủy ban nhân dân thị xã)\n"
        "Điều 1. Phạm vi\nQuy chế này quy định về thi đua.\n",
    )
    assert (regulation.kind, regulation.date, regulation.number) == ("Quy chế", "16/09/2024", "2876/QĐ-UBND")


def test_a_mass_organisations_national_name_is_not_the_issuing_body() -> None:
    plan = parse_document(
        "x",
        "HỘI NÔNG DÂN TỈNH MẪU SƠN                 HỘI NÔNG DÂN VIỆT NAM\n"
        "BCH HỘI NÔNG DÂN HUYỆN TRẦN SƠN\nSố: 09-KH/HNDH               Trần Sơn, ngày 22 tháng 01 năm 2024\n"
        "KẾ HOẠCH\nThi đua năm 2024\n1. Nội dung\nThi đua.\n",
    )
    assert plan.label == "Kế hoạch thi đua Ban Chấp hành Hội Nông dân huyện Trần Sơn"


@pytest.mark.parametrize(
    ("code", "title", "kind"),
    [("BC", "BÁO CÁO", "Báo cáo"), ("NQ", "NGHỊ QUYẾT", "Nghị quyết"), ("TTr", "TỜ TRÌNH", "Tờ trình")],
)
def test_reports_resolutions_and_submissions_are_named_by_their_kind(code: str, title: str, kind: str) -> None:
    text = (
        f"ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nSố: 418/{code}-UBND\n{title}\n"
        "Kết quả công tác thi đua, khen thưởng năm 2024\nI. KẾT QUẢ\nTặng 284 danh hiệu Chiến sĩ thi đua cơ sở.\n"
    )
    document = parse_document("x", text)
    assert (document.kind, document.label) == (kind, f"{kind} 418/{code}-UBND huyện Mẫu Sơn")


def test_a_rule_drawn_around_a_table_does_not_run_into_its_rows() -> None:
    text = (
        "KẾ HOẠCH\nTổng kết\n1. Số lượng hồ sơ\nCác đơn vị nộp hồ sơ theo bảng sau:\n" + "-" * 40 + "\n"
        "STT  Hình thức khen thưởng       Số bộ     Hạn nộp\n" + "-" * 40 + "\n"
        "1    Bằng khen của LĐLĐ tỉnh     01 bộ     13/12/2024\n"
        "2    Giấy khen                   01 bộ     20/12/2024\n" + "_" * 12 + "\n"
    )
    body = parse_document("x", text).section("1").body.split("\n")
    assert body == [
        "Các đơn vị nộp hồ sơ theo bảng sau:",
        "- Bằng khen của LĐLĐ tỉnh - số bộ: 01 bộ - hạn nộp: 13/12/2024",
        "- Giấy khen - số bộ: 01 bộ - hạn nộp: 20/12/2024",
    ]


def test_the_body_opening_under_a_title_is_a_paragraph_of_its_own() -> None:
    # Minutes and notices open with the meeting's date; plans with "Căn cứ …" or "Thực hiện …".
    text = (
        "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\nSố: 03/TB-HĐTĐKT\nTHÔNG BÁO\nKết luận của Chủ tịch Hội đồng\n"
        "tại phiên họp xét khen thưởng năm 2024\n\nNgày 08 tháng 01 năm 2025, tại Phòng họp tầng 3, đồng chí "
        "Đặng Quốc Hiếu chủ trì phiên họp.\nI. KẾT QUẢ\nCông nhận 46 cá nhân.\n"
    )
    document = parse_document("x", text)
    assert document.title == "Thông báo Kết luận của Chủ tịch Hội đồng tại phiên họp xét khen thưởng năm 2024"
    assert document.section("preamble").body.split("\n")[-1].startswith("Ngày 08 tháng 01 năm 2025, tại")


def test_a_rank_before_the_signers_name_is_not_part_of_it() -> None:
    # Police and army documents write the signer's rank before the name.
    text = (
        "CÔNG AN TỈNH MẪU SƠN\nSố: 12/KH-CAT\nKẾ HOẠCH\nThi đua cao điểm\n1. Nội dung\nThi đua.\n"
        "Nơi nhận:          KT. GIÁM ĐỐC\n- Như trên;          PHÓ GIÁM ĐỐC\n- Lưu: VT.          Đại tá Hà Văn Cường\n"
    )
    document = parse_document("x", text)
    assert (document.signer, document.signer_role) == ("Hà Văn Cường", "Phó giám đốc")


@pytest.mark.parametrize(
    ("doc_id", "kind", "label", "some_paths"),
    [
        (
            "dai-tu-2025-quy-che-thi-dua-khen-thuong",
            "Quy chế",
            "Quy chế thi đua, khen thưởng huyện Đại Từ",
            ["QĐ.Điều 3", "Điều 7.2.b", "Điều 14.1.đ", "Điều 21.2"],
        ),
        (
            "bac-kan-2025-ke-hoach-thi-dua-nganh-giao-duc",
            "Kế hoạch",
            "Kế hoạch thi đua Sở Giáo dục và Đào tạo tỉnh Bắc Kạn",
            ["1.1", "2.3", "5.3", "6.6"],
        ),
        (
            "yen-bai-2025-thong-bao-han-nop-ho-so",
            "Thông báo",
            "Thông báo 07/TB-BTĐKT Ban Thi đua - Khen thưởng tỉnh Yên Bái",
            ["1", "2.a", "2.c", "5"],
        ),
    ],
)
def test_real_documents_of_other_kinds(doc_id: str, kind: str, label: str, some_paths: list[str]) -> None:
    document = parse_document(doc_id, (NEW_DOCS / f"{doc_id}.txt").read_text(encoding="utf-8"))
    paths = [s.path for s in document.sections]
    assert (document.kind, document.label) == (kind, label)
    assert set(some_paths) <= set(paths)
    assert not any(p.isdigit() and int(p) > 20 for p in paths)  # a page number is never a section
    numbered = [p for p in paths if p not in ("preamble", "signature")]
    assert len(numbered) == len(set(numbered))


def test_the_messy_plan_loses_its_page_debris() -> None:
    document = parse_document("bac-kan", (NEW_DOCS / "bac-kan-2025-ke-hoach-thi-dua-nganh-giao-duc.txt").read_text())
    assert "Sở GD&ĐT Bắc Kạn - Kế hoạch thi đua" not in document.text
    # The page break inside 5.1 falls mid-sentence: the halves are joined.
    assert "theo phân cấp quản lý; Sở không tiếp nhận hồ sơ trực tiếp" in document.section("5.1").body
    assert document.signer == "Nông Thị Hạnh"


def test_the_same_regulation_reads_the_same_from_txt_docx_and_pdf(tmp_path: Path) -> None:
    """Word's automatic numbering of articles, clauses and points gives the typed text's paths."""
    reference = (DATA / "own-docs-source" / "build_docx_reference.txt").read_text(encoding="utf-8")
    limits = LimitsSettings()
    as_text = parse_document("ha-tinh", reference)
    as_docx = parse_document("ha-tinh", read_docx(OWN_DOCS / "ha-tinh-2025-quy-che-xet-tang-danh-hieu.docx", limits))
    pdf = write_text_pdf(reference.split("\n"), tmp_path / "ha-tinh.pdf")
    as_pdf = parse_document("ha-tinh", read_pdf(pdf, limits))
    expected = [(s.path, s.heading) for s in as_text.sections]
    assert "Điều 9.1.d" in dict(expected) and "QĐ.Điều 3" in dict(expected)
    assert [(s.path, s.heading) for s in as_docx.sections] == expected
    assert [s.path for s in as_pdf.sections] == [p for p, _ in expected]
    for document in (as_docx, as_pdf):
        assert (document.label, document.number, document.signer) == (
            as_text.label,
            as_text.number,
            as_text.signer,
        )
    # The council table: a Word table in the DOCX, "|" cells in the text and in the PDF's text layer.
    for document in (as_text, as_docx, as_pdf):
        council = document.section("Điều 7.1").body
        assert "- Giám đốc Sở Nội vụ - vai trò trong Hội đồng: Phó Chủ tịch Thường trực" in council


@pytest.mark.parametrize(
    ("restart", "paths"),
    [
        # Word's "never restart" (w:lvlRestart 0): articles run on through the chapters, as
        # regulations number them, so a path is the article alone.
        ('<w:lvlRestart w:val="0"/>', ["Điều 1", "Điều 1.1", "Điều 2", "Điều 3", "Điều 3.1", "Điều 4"]),
        # Without it, a deeper level restarts under each chapter, as Word draws it: the chapter
        # goes in front, as it does for typed articles numbered anew in each chapter.
        ("", ["I", "I.Điều 1", "I.Điều 1.1", "I.Điều 2", "II", "II.Điều 1", "II.Điều 1.1", "II.Điều 2"]),
    ],
)
def test_word_numbering_that_never_restarts_runs_on_through_the_chapters(
    restart: str, paths: list[str], tmp_path: Path
) -> None:
    import docx
    from docx.oxml import parse_xml

    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.part.numbering_part.element.append(
        parse_xml(
            f'<w:abstractNum {namespace} w:abstractNumId="91">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
            '<w:lvlText w:val="Chương %1."/></w:lvl>'
            f'<w:lvl w:ilvl="1"><w:start w:val="1"/>{restart}<w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="Điều %2."/></w:lvl></w:abstractNum>'
        )
    )
    document.part.numbering_part.element.append(
        parse_xml(f'<w:num {namespace} w:numId="91"><w:abstractNumId w:val="91"/></w:num>')
    )

    def numbered(text: str, level: int) -> None:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {namespace}><w:ilvl w:val="{level}"/><w:numId w:val="91"/></w:numPr>')
        )

    document.add_paragraph("QUY CHẾ")
    document.add_paragraph("Thi đua, khen thưởng của Trung tâm")
    for chapter in ("QUY ĐỊNH CHUNG", "TỔ CHỨC THI ĐUA"):
        numbered(chapter, 0)
        numbered("Phạm vi áp dụng", 1)
        document.add_paragraph("1. Quy chế này áp dụng cho các khoa, phòng.")
        numbered("Nguyên tắc", 1)
        document.add_paragraph("Công khai, minh bạch.")
    target = tmp_path / "quy-che.docx"
    document.save(str(target))
    parsed = parse_document("quy-che", read_docx(target, LimitsSettings()))
    assert [s.path for s in parsed.sections if s.path not in ("preamble", "signature")] == paths


def test_a_text_without_any_heading_is_one_preamble() -> None:
    document = parse_document("x", "sau 20 ngày - Thi đua chuẩn bị, tổ chức thành ")
    assert [s.path for s in document.sections] == ["preamble"]


def test_a_long_paragraph_of_broken_lines_is_joined_whole() -> None:
    text = "KẾ HOẠCH\nI. NỘI DUNG\n" + "\n".join(f"dòng nội dung số {i} tiếp tục" for i in range(20_000))
    document = parse_document("x", text)
    assert document.section("I").body.count("tiếp tục") == 20_000


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_the_same_regulation_answers_the_same_from_docx_and_pdf(
    kind: str, make_settings, model_cache: Path, tmp_path: Path
) -> None:
    """Indexed from the typed text and from another format, the regulation gives the same answers
    (with the real model: a test embedder's similarities decide too few answers to compare)."""
    reference = (DATA / "own-docs-source" / "build_docx_reference.txt").read_text(encoding="utf-8")
    doc_id = "ha-tinh-2025-quy-che-xet-tang-danh-hieu"
    questions = [
        "Hồ sơ đề nghị Chiến sĩ thi đua tỉnh ở Hà Tĩnh gồm những gì?",
        "Hội đồng thi đua khen thưởng tỉnh Hà Tĩnh gồm những ai?",
        "Hạn gửi hồ sơ đề nghị Cờ thi đua của UBND tỉnh Hà Tĩnh là khi nào?",
        "Quy chế xét tặng danh hiệu của Hà Tĩnh có hiệu lực từ ngày nào?",
        "Ai ký quyết định ban hành quy chế xét tặng danh hiệu tỉnh Hà Tĩnh?",
    ]
    answers = {}
    for source in ("txt", kind):
        folder = tmp_path / source
        folder.mkdir()
        if source == "txt":
            (folder / f"{doc_id}.txt").write_text(reference, encoding="utf-8")
        elif source == "docx":
            shutil.copy(OWN_DOCS / f"{doc_id}.docx", folder / f"{doc_id}.docx")
        else:
            write_text_pdf(reference.split("\n"), folder / f"{doc_id}.pdf")
        settings = make_settings(
            documents=folder,
            store={"path": str(tmp_path / source / ".chroma"), "index_dir": str(tmp_path / source / ".index")},
            embeddings={"model": "builtin:multilingual-e5-small", "cache_dir": str(model_cache)},
        )
        report, _ = run_ingest(settings)
        assert report.added == [doc_id], report.failed
        engine = Engine.load(settings)
        answers[source] = [engine.ask(q) for q in questions]
    assert all(not answer.abstained for answer in answers["txt"]), [a.text for a in answers["txt"]]
    for expected, got in zip(answers["txt"], answers[kind], strict=True):
        assert [c.section for c in got.citations] == [c.section for c in expected.citations]
        assert got.text == expected.text


def test_a_form_attached_after_the_signature_is_an_appendix_and_keeps_its_columns() -> None:
    guide = (
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH MẪU SƠN\nSố: 38/HD-LĐLĐ\nHƯỚNG DẪN\nXét tặng Kỷ niệm chương\n"
        "I. HỒ SƠ\n1. Danh sách trích ngang (theo Mẫu số 01 kèm theo Hướng dẫn này): 02 bản.\n"
        "2. Tổng số tiền là 25.272.000 đồng (Bằng chữ: Hai mươi lăm triệu đồng), trích từ Quỹ thi đua.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nPHÓ CHỦ TỊCH\n\nPhạm Thị Hồng Nhung\n\n"
        "Mẫu số 01\n(Kèm theo Hướng dẫn số 38/HD-LĐLĐ ngày 21/02/2025)\nDANH SÁCH TRÍCH NGANG\n\n"
        "STT | Họ và tên | Năm sinh | Tổng số năm | Ghi chú\n1 |  |  |  | \n2 |  |  |  | \n\n"
        'Ghi chú:\n- Cột "Tổng số năm" ghi số năm, số tháng đã cộng dồn.\n'
    )
    document = parse_document("mau-son-hd", guide)
    assert [s.path for s in document.sections][-2:] == ["signature", "PL1"]
    form = document.section("PL1")
    assert form.heading.startswith("Mẫu số 01")
    # A blank form to fill in: its columns are what it says.
    assert "- STT | Họ và tên | Năm sinh | Tổng số năm | Ghi chú\nGhi chú:" in form.body
    assert "Tổng số năm" not in document.section("signature").body
    # A colon inside brackets ("Bằng chữ: …") labels no heading: the clause keeps its sentence.
    assert document.section("I.2").body.startswith("Tổng số tiền là 25.272.000 đồng (Bằng chữ:")


def _schedule_pdf(target: Path) -> Path:
    """A plan whose schedule table runs over a page break: its column headers centred over their
    columns and repeated on the next page, a running header at the top of every page and the page
    number at the bottom, the header and the signature in two columns."""
    from fpdf import FPDF

    class Plan(FPDF):
        def header(self) -> None:
            self.set_font("DejaVu", size=8)
            running = "Hội Nông dân tỉnh Mẫu Sơn - Kế hoạch số 12-KH/HNDT"
            self.cell(0, 5, running, align="C", new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Plan(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()

    def columns(cells: list[str], widths: list[int], align: str = "L") -> None:
        for text, width in zip(cells, widths, strict=True):
            pdf.cell(width, 6, text, align=align)
        pdf.ln(6)

    columns(["HỘI NÔNG DÂN TỈNH MẪU SƠN", "HỘI NÔNG DÂN VIỆT NAM"], [95, 95])
    columns(["BAN THƯỜNG VỤ", ""], [95, 95])
    columns(["Số: 12-KH/HNDT", "Mẫu Sơn, ngày 05 tháng 3 năm 2024"], [95, 95])
    for line in ["KẾ HOẠCH", "Thi đua năm 2024", "I. LỊCH THI ĐUA", "Các việc theo lịch dưới đây:"]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    widths = [80, 40, 60]
    columns(["Nội dung", "Thời gian", "Đơn vị chủ trì"], widths, align="C")
    for week in range(1, 46):
        if pdf.get_y() > 260:
            pdf.add_page()
            columns(["Nội dung", "Thời gian", "Đơn vị chủ trì"], widths, align="C")
        columns([f"Hội nghị giao ban số {week}", f"Tuần {week} năm 2024", "Văn phòng Hội"], widths)
    pdf.cell(0, 6, "II. TỔ CHỨC THỰC HIỆN", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Văn phòng Hội theo dõi.", new_x="LMARGIN", new_y="NEXT")
    columns(["Nơi nhận:", "TM. BAN THƯỜNG VỤ"], [95, 95])
    columns(["- Lưu: VP.", "CHỦ TỊCH"], [95, 95])
    columns(["", "Nguyễn Văn An"], [95, 95])
    pdf.output(str(target))
    return target


def test_a_pdf_table_keeps_its_columns_across_a_page_break_without_the_page_furniture(tmp_path: Path) -> None:
    document = parse_document("mau-son", read_pdf(_schedule_pdf(tmp_path / "plan.pdf"), LimitsSettings()))
    rows = [line for line in document.section("I").body.split("\n") if line.startswith("- ")]
    assert len(rows) == 45  # the headers repeated on the second page are no row
    assert rows[0] == "- Hội nghị giao ban số 1 - thời gian: Tuần 1 năm 2024 - đơn vị chủ trì: Văn phòng Hội"
    assert rows[-1] == "- Hội nghị giao ban số 45 - thời gian: Tuần 45 năm 2024 - đơn vị chủ trì: Văn phòng Hội"
    assert "Kế hoạch số 12-KH/HNDT" not in document.text.replace("Số: 12-KH/HNDT", "")
    assert document.section("II").body == "Văn phòng Hội theo dõi."
    # The header's two columns apart: the organisation's leading body issues the plan.
    assert document.label == "Kế hoạch thi đua Ban Thường vụ Hội Nông dân tỉnh Mẫu Sơn"
    assert (document.number, document.signer) == ("12-KH/HNDT", "Nguyễn Văn An")


AWARD_LIST = """\
QUYẾT ĐỊNH
Về việc tặng Giấy khen
Điều 1. Tặng Giấy khen cho 02 tập thể và 02 cá nhân.
Nơi nhận:                      CHỦ TỊCH
- Lưu: VT.                     Trần Văn Bình
                    DANH SÁCH
        (Kèm theo Quyết định số 56/QĐ-UBND)

STT  Họ và tên / Tập thể          Chức vụ, đơn vị                  Mức thưởng
A. TẬP THỂ
1    Tổ dân phố số 3              Phường Mẫu Sơn                   1.404.000
2    Đội Trật tự đô thị phường    Ủy ban nhân dân phường           1.404.000
B. CÁ NHÂN
3    Ông Đặng Văn Toản            Tổ trưởng tổ dân phố số 3        702.000
4    Bà Hồ Thị Kim Oanh           Chi hội trưởng Phụ nữ tổ dân     702.000
                                  phố số 7
     Tổng cộng: 02 tập thể, 02 cá nhân                             4.212.000
"""


def test_the_groups_and_the_total_of_an_attached_list_are_lines_of_its_appendix() -> None:
    document = parse_document("x", AWARD_LIST)
    assert [s.path for s in document.sections][-2:] == ["signature", "PL1"]  # "A. TẬP THỂ" is no section
    rows = document.section("PL1").body.split("\n")[-7:]
    assert rows == [
        "- A. TẬP THỂ",
        "- Tổ dân phố số 3 - chức vụ, đơn vị: Phường Mẫu Sơn - mức thưởng: 1.404.000",
        "- Đội Trật tự đô thị phường - chức vụ, đơn vị: Ủy ban nhân dân phường - mức thưởng: 1.404.000",
        "- B. CÁ NHÂN",
        "- Ông Đặng Văn Toản - chức vụ, đơn vị: Tổ trưởng tổ dân phố số 3 - mức thưởng: 702.000",
        "- Bà Hồ Thị Kim Oanh - chức vụ, đơn vị: Chi hội trưởng Phụ nữ tổ dân phố số 7 - mức thưởng: 702.000",
        # The total runs across the columns: not cut into them, nor joined to the row above.
        "- Tổng cộng: 02 tập thể, 02 cá nhân - mức thưởng: 4.212.000",
    ]


def test_a_word_header_table_of_several_rows_is_the_header_read_column_by_column(tmp_path: Path) -> None:
    import docx

    word = docx.Document()
    table = word.add_table(rows=4, cols=2)
    cells = [
        ("ỦY BAN NHÂN DÂN TỈNH MẪU SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("SỞ NỘI VỤ", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 81/SNV-TĐKT", "Mẫu Sơn, ngày 14 tháng 3 năm 2025"),
        ("V/v hướng dẫn hồ sơ khen thưởng năm 2025", ""),
    ]
    for row, texts in zip(table.rows, cells, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    for line in ["Kính gửi: Các sở, ngành.", "I. HỒ SƠ", "Hồ sơ gồm 03 bộ.", "Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC"]:
        word.add_paragraph(line)
    word.save(str(tmp_path / "cv.docx"))
    document = parse_document("x", read_docx(tmp_path / "cv.docx", LimitsSettings()))
    assert (document.kind, document.label) == ("Công văn", "Công văn 81/SNV-TĐKT Sở Nội vụ tỉnh Mẫu Sơn")
    assert document.date == "14/03/2025"
    assert not any(line.startswith("- ") for line in document.section("preamble").body.split("\n")[:7])


def test_a_table_whose_every_row_the_page_wrapped_puts_each_cell_back_together() -> None:
    table = (
        "Hình thức             | Thành phần hồ sơ                  | Số bộ | Thời hạn nộp\n"
        "Cờ thi đua của        | Tờ trình; biên bản họp khối, cụm; | 02 bộ | trước ngày 10/01/2025\n"
        "UBND tỉnh             | báo cáo thành tích của tập thể    |       |\n"
        "Tập thể lao động      | Tờ trình; biên bản họp xét;       | 01 bộ | trước ngày 10/01/2025\n"
        "xuất sắc              | danh sách trích ngang             |       |\n"
    )
    assert tables_to_rows(table).split("\n") == [
        "- Cờ thi đua của UBND tỉnh - thành phần hồ sơ: Tờ trình; biên bản họp khối, cụm; báo cáo thành tích"
        " của tập thể - số bộ: 02 bộ - thời hạn nộp: trước ngày 10/01/2025",
        "- Tập thể lao động xuất sắc - thành phần hồ sơ: Tờ trình; biên bản họp xét; danh sách trích ngang"
        " - số bộ: 01 bộ - thời hạn nộp: trước ngày 10/01/2025",
        "",
    ]


def _ruled_schedule_pdf(target: Path) -> Path:
    """A plan whose schedule is a ruled table (each cell a drawn rectangle, as fpdf2 and many
    writers draw them) with cells wrapped onto several lines and the running number centred
    beside the middle line of its row."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_font("DejaVu", style="B", fname=str(FONT))  # the table's header row is set in bold
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    for line in ["KẾ HOẠCH", "Tổng kết thi đua năm 2024", "I. TIẾN ĐỘ", "Các đơn vị thực hiện theo tiến độ:"]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    rows = [
        ("STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời hạn"),
        ("1", "Gửi hồ sơ đề nghị Bằng khen, Cờ thi đua của Tổng Liên đoàn Lao động Việt Nam",
         "LĐLĐ huyện, thành phố; Công đoàn ngành; công đoàn cơ sở trực thuộc", "Trước ngày 06/12/2024"),
        ("2", "Thẩm định hồ sơ, tổng hợp trình Hội đồng Thi đua - Khen thưởng",
         "Ban Tổ chức LĐLĐ tỉnh", "Trong 07 ngày làm việc kể từ ngày hết hạn nhận hồ sơ"),
        ("3", "Hội nghị tổng kết", "Văn phòng LĐLĐ tỉnh", "Dự kiến ngày 17/01/2025"),
    ]  # fmt: skip
    with pdf.table(col_widths=(10, 70, 55, 37), line_height=4.8, first_row_as_headings=True) as table:
        for cells in rows:
            row = table.row()
            for text in cells:
                row.cell(text)
    pdf.cell(0, 6, "II. TỔ CHỨC THỰC HIỆN", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Văn phòng theo dõi.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))
    return target


def test_a_ruled_pdf_table_reads_each_row_between_its_rules_whole(tmp_path: Path) -> None:
    pdf = _ruled_schedule_pdf(tmp_path / "plan.pdf")
    document = parse_document("x", read_pdf(pdf, LimitsSettings()))
    assert document.section("I").body.split("\n")[1:] == [
        "- Gửi hồ sơ đề nghị Bằng khen, Cờ thi đua của Tổng Liên đoàn Lao động Việt Nam - đơn vị thực hiện:"
        " LĐLĐ huyện, thành phố; Công đoàn ngành; công đoàn cơ sở trực thuộc - thời hạn: Trước ngày 06/12/2024",
        "- Thẩm định hồ sơ, tổng hợp trình Hội đồng Thi đua - Khen thưởng - đơn vị thực hiện: Ban Tổ chức LĐLĐ"
        " tỉnh - thời hạn: Trong 07 ngày làm việc kể từ ngày hết hạn nhận hồ sơ",
        "- Hội nghị tổng kết - đơn vị thực hiện: Văn phòng LĐLĐ tỉnh - thời hạn: Dự kiến ngày 17/01/2025",
    ]
    assert document.section("II").body == "Văn phòng theo dõi."


def test_a_word_table_with_merged_headers_and_group_rows_keeps_each_rows_headers(tmp_path: Path) -> None:
    import docx

    word = docx.Document()
    for line in ["QUY CHẾ", "Thi đua, khen thưởng", "Điều 1. Phạm vi", "Quy chế này quy định về khen thưởng."]:
        word.add_paragraph(line)
    word.add_paragraph("Điều 2. Mức tiền thưởng")
    word.add_paragraph("1. Mức tiền thưởng tính theo bảng dưới đây:")
    rows = [
        ["STT", "Danh hiệu", "Đối tượng", "Mức thưởng", None],
        [None, None, None, "Hệ số", "Số tiền (đồng)"],
        ["A. DANH HIỆU THI ĐUA", None, None, None, None],
        ["1", "Chiến sĩ thi đua cơ sở", "Cá nhân", "1,0", "2.340.000"],
        ["B. HÌNH THỨC KHEN THƯỞNG", None, None, None, None],
        ["2", "Giấy khen của Giám đốc Sở", "Tập thể", "0,6", "1.404.000"],
    ]
    table = word.add_table(rows=len(rows), cols=5)
    for cells, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(cells.cells, texts, strict=True):
            cell.text = text or ""
    table.cell(0, 3).merge(table.cell(0, 4))  # "Mức thưởng" over two columns
    for column in range(3):
        table.cell(0, column).merge(table.cell(1, column))  # merged down the two header rows
    for group in (2, 4):
        table.cell(group, 0).merge(table.cell(group, 4))  # a row across the whole width
    for line in ["2. Quỹ thi đua, khen thưởng trích tối đa 20% tổng quỹ lương.", "Điều 3. Hiệu lực", "Có hiệu lực."]:
        word.add_paragraph(line)
    word.save(str(tmp_path / "qc.docx"))
    document = parse_document("x", read_docx(tmp_path / "qc.docx", LimitsSettings()))
    assert [s.path for s in document.sections if s.path.startswith("Điều")][1:-1] == ["Điều 2", "Điều 2.1", "Điều 2.2"]
    assert document.section("Điều 2.1").body.split("\n") == [
        "- A. DANH HIỆU THI ĐUA",
        "- Chiến sĩ thi đua cơ sở - đối tượng: Cá nhân - mức thưởng, hệ số: 1,0"
        " - mức thưởng, số tiền (đồng): 2.340.000",
        "- B. HÌNH THỨC KHEN THƯỞNG",
        "- Giấy khen của Giám đốc Sở - đối tượng: Tập thể - mức thưởng, hệ số: 0,6"
        " - mức thưởng, số tiền (đồng): 1.404.000",
    ]


def test_a_ruled_pdf_table_with_merged_header_cells_keeps_each_rows_headers(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.add_font("DejaVu", style="B", fname=str(FONT))
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    pdf.cell(0, 6, "I. MỨC THƯỞNG", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(10, 60, 30, 30, 40), num_heading_rows=2) as table:
        row = table.row()
        for text in ("STT", "Danh hiệu", "Đối tượng"):
            row.cell(text, rowspan=2)  # merged down the two header rows
        row.cell("Mức thưởng", colspan=2)  # over the two columns below it
        row = table.row()
        row.cell("Hệ số")
        row.cell("Số tiền (đồng)")
        table.row().cell("A. DANH HIỆU THI ĐUA", colspan=5)  # a row across the whole width
        for cells in (("1", "Chiến sĩ thi đua cơ sở", "Cá nhân", "1,0", "2.340.000"),):
            row = table.row()
            for text in cells:
                row.cell(text)
    pdf.cell(0, 6, "II. TỔ CHỨC", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "plan.pdf"))
    document = parse_document("x", read_pdf(tmp_path / "plan.pdf", LimitsSettings()))
    assert document.section("I").body.split("\n") == [
        "- A. DANH HIỆU THI ĐUA",
        "- Chiến sĩ thi đua cơ sở - đối tượng: Cá nhân - mức thưởng, hệ số: 1,0"
        " - mức thưởng, số tiền (đồng): 2.340.000",
    ]


def test_a_total_row_leaving_a_cell_blank_is_a_row_and_a_wrapped_number_header_is_dropped() -> None:
    table = (
        "ST T | Hình thức | Số lượng | Mức thưởng (đồng) | Thành tiền (đồng)\n"
        "1 | Giấy khen tập thể | 05 | 1.404.000 | 7.020.000\n"
        "2 | Giấy khen cá nhân | 09 | 702.000 | 6.318.000\n"
        " | Tổng cộng | 14 |  | 13.338.000\n"
    )
    assert tables_to_rows(table).split("\n")[:3] == [
        "- Giấy khen tập thể - số lượng: 05 - mức thưởng (đồng): 1.404.000 - thành tiền (đồng): 7.020.000",
        "- Giấy khen cá nhân - số lượng: 09 - mức thưởng (đồng): 702.000 - thành tiền (đồng): 6.318.000",
        "- Tổng cộng - số lượng: 14 - thành tiền (đồng): 13.338.000",
    ]


@pytest.mark.parametrize(
    ("last_row", "written"),
    [
        # A total whose label is written from the running-number column on (a cell spread across).
        (
            "Tổng cộng kinh phí dự kiến |  |  | 13.338.000",
            "- Tổng cộng kinh phí dự kiến - thành tiền (đồng): 13.338.000",
        ),
        ("Cộng: 14 |  |  | 13.338.000", "- Cộng: 14 - thành tiền (đồng): 13.338.000"),
        # A running number, or dots standing for the rows left out, is no label.
        ("3 | Bằng khen | 01 | 1.404.000", "- Bằng khen - số lượng: 01 - thành tiền (đồng): 1.404.000"),
        ("... | Bằng khen | 01 | 1.404.000", "- Bằng khen - số lượng: 01 - thành tiền (đồng): 1.404.000"),
        ("III. | Bằng khen | 01 | 1.404.000", "- Bằng khen - số lượng: 01 - thành tiền (đồng): 1.404.000"),
    ],
)
def test_the_running_number_column_keeps_a_total_label_and_drops_numbers(last_row: str, written: str) -> None:
    table = f"STT | Hình thức | Số lượng | Thành tiền (đồng)\n1 | Giấy khen | 05 | 7.020.000\n{last_row}\n"
    assert tables_to_rows(table).split("\n")[1] == written


def test_a_blank_form_with_a_total_line_is_written_as_its_columns() -> None:
    form = "STT | Họ và tên | Hệ số | Số tiền (đồng)\n1 |  |  |\n... |  |  |\nTổng cộng |  |  |\n"
    assert tables_to_rows(form).split("\n")[0] == "- STT | Họ và tên | Hệ số | Số tiền (đồng)"

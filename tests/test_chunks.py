from itertools import pairwise

from ingest.chunks import chunk_document
from ingest.parse import parse_document
from knowledge.settings import ChunkingSettings
from knowledge.text import normalize
from tests.conftest import SHIPPED

AN_LAO = "an-lao-2024-thi-dua-yeu-nuoc-nam-2025"


def _document():
    return parse_document(AN_LAO, (SHIPPED / f"{AN_LAO}.txt").read_text(encoding="utf-8"))


def test_chunks_follow_sections_and_carry_label_and_heading() -> None:
    document = _document()
    chunks = chunk_document(document, ChunkingSettings())
    paths = {c.section for c in chunks}
    assert {"preamble", "I.1", "IV.2", "V.6", "signature"} <= paths
    assert "I" not in paths  # a heading without body text is not a chunk
    chunk = next(c for c in chunks if c.section == "IV.2")
    assert chunk.search_text.startswith("Kế hoạch thi đua huyện An Lão | IV.2 KHEN THƯỞNG › Cấp thành phố\n")


def test_long_section_is_split_with_overlap_and_keeps_its_path() -> None:
    settings = ChunkingSettings(max_chars=500, overlap_chars=300)
    pieces = [c for c in chunk_document(_document(), settings) if c.section == "IV.2"]
    assert len(pieces) >= 4
    assert all(len(p.text) <= 500 for p in pieces)
    overlapping = sum(1 for a, b in pairwise(pieces) if b.text.split("\n")[0] in a.text)
    assert overlapping >= 1


def test_chunk_ids_are_stable_and_change_with_the_text() -> None:
    first = chunk_document(_document(), ChunkingSettings())
    again = chunk_document(_document(), ChunkingSettings())
    assert [c.id for c in first] == [c.id for c in again]
    assert len({c.id for c in first}) == len(first)
    raw = normalize((SHIPPED / f"{AN_LAO}.txt").read_text(encoding="utf-8"))
    edited = parse_document(AN_LAO, raw.replace("Phòng Nội vụ", "Phòng Tổ chức"))
    changed = {c.id for c in chunk_document(edited, ChunkingSettings())}
    assert changed != {c.id for c in first}
    assert changed & {c.id for c in first}  # untouched sections keep their ids (and vectors)


def test_a_clause_that_only_introduces_its_points_leads_its_text_with_that_sentence() -> None:
    regulation = (
        "ỦY BAN NHÂN DÂN HUYỆN ĐẠI TỪ\nQUY CHẾ\nThi đua, khen thưởng huyện Đại Từ\n"
        "Điều 1. Khối thi đua\n1. Huyện tổ chức 04 khối thi đua:\na) Khối các phòng, ban chuyên môn;\n"
        "b) Khối các xã, thị trấn;\nc) Khối trường học;\nd) Khối Mặt trận và các đoàn thể.\n"
        "2. Trưởng khối do các thành viên trong khối bầu, luân phiên hằng năm.\n"
        "Điều 2. Cụm thi đua\nCác xã, thị trấn được chia thành 04 cụm thi đua.\n"
    )
    chunks = {c.section: c for c in chunk_document(parse_document("dai-tu", regulation), ChunkingSettings())}
    assert chunks["Điều 1.1"].text.split("\n")[0] == "Huyện tổ chức 04 khối thi đua:"  # the count is stated
    assert chunks["Điều 1.1"].text.split("\n")[1].startswith("a) Khối các phòng")
    assert chunks["Điều 1.2"].text.startswith("Trưởng khối do các thành viên")  # a clause with a body keeps it


def test_a_point_introducing_a_table_keeps_its_rows_on_lines_of_their_own() -> None:
    notice = (
        "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG HUYỆN MẪU SƠN\nTHÔNG BÁO\nKết luận phiên họp\n"
        "1. Đề nghị cấp tỉnh khen thưởng\na) Danh sách đề nghị như sau:\n"
        "STT | Tập thể, cá nhân | Hình thức đề nghị\n1 | Xã Kiên Lao | Cờ thi đua\n2 | Xã Nà Cạn | Bằng khen\n"
        "b) Hồ sơ gửi trước ngày 10/01/2025.\n"
    )
    chunk = next(c for c in chunk_document(parse_document("mau-son", notice), ChunkingSettings()) if c.section == "1")
    assert chunk.text.split("\n")[:4] == [
        "Đề nghị cấp tỉnh khen thưởng",
        "a) Danh sách đề nghị như sau:",
        "- Xã Kiên Lao - hình thức đề nghị: Cờ thi đua",
        "- Xã Nà Cạn - hình thức đề nghị: Bằng khen",
    ]

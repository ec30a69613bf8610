import pytest

from ingest.parse import parse_document
from tests.conftest import SHIPPED


@pytest.mark.parametrize(
    ("doc_id", "locality", "signer", "role", "date", "number"),
    [
        ("an-lao-2024-thi-dua-yeu-nuoc-nam-2025", "huyện An Lão", "Hà Thế Vinh", "Chủ tịch", "năm 2024", "/KH-UBND"),
        ("bac-son-2025-thi-dua-dai-hoi-dang-bo-xa", "xã Bắc Sơn", "Trịnh Minh Tuấn", "Chủ tịch", "", ""),
        (
            "dinh-lap-2024-thi-dua-cao-diem-dai-hoi-xxv",
            "huyện Đình Lập",
            "Nguyễn Văn Hà",
            "Chủ tịch",
            "tháng 11 năm 2024",
            "/KH-UBND",
        ),
        ("lang-son-2025-thi-dua-dai-hoi-xiv", "tỉnh Lạng Sơn", "Trần Thanh Nhàn", "Phó Chủ tịch", "", ""),
        ("van-quan-2025-thi-dua-luong-van-tri", "huyện Văn Quan", "Triệu Đức Dũng", "Phó Chủ tịch", "", ""),
    ],
)
def test_identity_of_each_shipped_plan(doc_id, locality, signer, role, date, number) -> None:
    document = parse_document(doc_id, (SHIPPED / f"{doc_id}.txt").read_text(encoding="utf-8"))
    assert document.locality == locality
    assert document.issuer == f"Ủy ban nhân dân {locality}"
    assert (document.signer, document.signer_role) == (signer, role)
    assert document.date == date  # placeholders ("ngày … tháng 11") never become a made-up day
    assert document.number == number
    assert document.kind == "Kế hoạch"
    assert document.title.startswith("Kế hoạch ")
    assert document.label == f"Kế hoạch thi đua {locality}"


def test_title_stops_before_the_preamble_text() -> None:
    document = parse_document("bac-son-x", (SHIPPED / "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa.txt").read_text())
    assert document.title.endswith("Đại hội đại biểu toàn quốc lần thứ XIV của Đảng")
    assert "Thực hiện" not in document.title


def test_a_mass_organisations_header_names_its_body_beside_its_national_name() -> None:
    # The Đoàn's national name stands where the state's motto does; its numbers read "184-KH/…".
    text = (
        "BCH ĐOÀN TỈNH MẪU SƠN                 ĐOÀN TNCS HỒ CHÍ MINH\n***\n"
        "Số: 184-KH/TĐTN-VP                        Mẫu Sơn, ngày 22 tháng 01 năm 2025\n"
        "KẾ HOẠCH\nThi đua năm 2025\nCăn cứ Điều lệ Đoàn.\nI. MỤC ĐÍCH\nNội dung\n"
    )
    document = parse_document("mau-son-2025-tinh-doan", text)
    assert document.issuer.lower() == "ban chấp hành đoàn tỉnh mẫu sơn"
    assert (document.number, document.locality) == ("184-KH/TĐTN-VP", "tỉnh Mẫu Sơn")


@pytest.mark.parametrize(
    ("number_line", "number"),
    [
        ("Số: 12/KH-UBND", "12/KH-UBND"),
        # Mass organisations' and Party bodies' headers often print the number without a colon.
        ("Số 47-KH/HND", "47-KH/HND"),
        ("Số 05/TB-UBND", "05/TB-UBND"),
    ],
)
def test_a_headers_number_is_read_with_or_without_its_colon(number_line: str, number: str) -> None:
    text = (
        f"HỘI NÔNG DÂN HUYỆN MẪU SƠN          HỘI NÔNG DÂN VIỆT NAM\n{number_line}          "
        "Mẫu Sơn, ngày 26 tháng 02 năm 2024\nKẾ HOẠCH\nThi đua năm 2024\nI. MỤC ĐÍCH\nSố lượng hộ đăng ký.\n"
    )
    document = parse_document("mau-son-2024-hoi-nong-dan", text)
    assert document.number == number
    assert document.issuer.lower() == "hội nông dân huyện mẫu sơn"


def test_a_signer_written_after_the_recipients_on_the_same_lines_is_found() -> None:
    # The two columns of the block merged line by line: the role and the name end recipient lines.
    text = (
        "ỦY BAN NHÂN DÂN\nTHỊ XÃ MẪU SƠN\nSố: 12/KH-UBND\nKẾ HOẠCH\nTổ chức Hội nghị\nI. MỤC ĐÍCH\nNội dung.\n"
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Ban TĐKT tỉnh (b/c); KT. CHỦ TỊCH\n- Các cơ quan; PHÓ CHỦ TỊCH\n"
        "- Lưu: VT, NV. Phạm Văn Thắng\n"
    )
    document = parse_document("mau-son-2025-hoi-nghi", text)
    assert (document.signer, document.signer_role) == ("Phạm Văn Thắng", "Phó Chủ tịch")


def test_header_with_full_date_and_number() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nSố: 125/KH-UBND\nMẫu Sơn, ngày 05 tháng 3 năm 2025\n"
        "KẾ HOẠCH\nThi đua năm 2025\nThực hiện chỉ đạo của tỉnh.\nI. MỤC ĐÍCH\nNội dung\n"
        "Nơi nhận:\n- Như trên;\nCHỦ TỊCH\nLê Văn A"
    )
    document = parse_document("mau-son-2025", text)
    assert (document.number, document.date, document.locality) == ("125/KH-UBND", "05/03/2025", "huyện Mẫu Sơn")
    assert document.title == "Kế hoạch Thi đua năm 2025"
    assert document.signer == "Lê Văn A"


def test_the_body_under_its_superior_one_issues_unless_both_issue_jointly() -> None:
    # A PDF merged the header's columns with single spaces: the motto still ends each line.
    school = (
        "SỞ GD&ĐT MẪU SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TRƯỜNG THPT LÊ LỢI Độc lập - Tự do - Hạnh phúc\n"
        "Số: 87/KH-THPTLL Mẫu Sơn, ngày 25 tháng 9 năm 2024\nKẾ HOẠCH\nThi đua Dạy tốt - Học tốt\n"
        "I. MỤC ĐÍCH\nTrường THPT Lê Lợi phát động thi đua.\n"
        "Nơi nhận: HIỆU TRƯỞNG\n- Sở GD&ĐT (để b/c);\n- Lưu: VT.\n\nTrần Thị Hoa\n"
    )
    document = parse_document("mau-son-2024-truong", school)
    assert document.issuer == "Trường THPT Lê Lợi"
    # The recipients' line merged with the role above the name on its own line.
    assert (document.signer, document.signer_role) == ("Trần Thị Hoa", "Hiệu trưởng")
    joint = school.replace("KẾ HOẠCH\n", "KẾ HOẠCH LIÊN TỊCH\n")
    assert parse_document("mau-son-2024-lien-tich", joint).issuer.startswith("Sở")


def test_a_filing_note_is_no_signers_role() -> None:
    # "Lưu: VT, TĐKT." ends in "KT." but files the copy; the role is the line above the name.
    text = (
        "PHÒNG NỘI VỤ\nHUYỆN MẪU SƠN\nSố: 12/PNV-TĐKT\nCÔNG VĂN\nVề hồ sơ khen thưởng\n1. Nội dung.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, TĐKT.\nTRƯỞNG PHÒNG\nNông Văn Bình\n"
    )
    assert parse_document("mau-son-cv", text).signer_role == "Trưởng phòng"


def test_header_columns_joined_by_one_space_are_parted_again() -> None:
    text = (
        "UBND HUYỆN MẪU SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG NỘI VỤ Độc lập - Tự do - Hạnh phúc\n"
        "Số: 41/HD-PNV Mẫu Sơn, ngày 27 tháng 9 năm 2024\nHƯỚNG DẪN\nKhen thưởng năm học\nI. HỒ SƠ\nNội dung.\n"
    )
    document = parse_document("mau-son-hd-pnv", text)
    assert document.section("preamble").body.split("\n")[:3] == ["UBND HUYỆN MẪU SƠN", "PHÒNG NỘI VỤ", "Số: 41/HD-PNV"]
    identity = (document.issuer, document.number, document.date)
    assert identity == ("Phòng Nội vụ huyện Mẫu Sơn", "41/HD-PNV", "27/09/2024")


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        # A place whose name ends with a word that opens bodies' names ("Phòng") is named whole.
        ("UBND THÀNH PHỐ HẢI PHÒNG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo thành phố Hải Phòng"),
        ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG", "Ủy ban nhân dân thành phố Hải Phòng"),
        # A company named inside a trade union's name is a "Công ty", not an acronym "TY".
        (
            "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG\nCÔNG ĐOÀN CÔNG TY CP VẬN TẢI BIỂN",
            "Công đoàn Công ty CP Vận tải biển thành phố Hải Phòng",
        ),
    ],
)
def test_a_headers_issuing_body_is_named_with_its_place_whole(header: str, issuer: str) -> None:
    text = (
        f"{header}\nSố: 12/KH-CĐ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hải Phòng, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\nThi đua năm 2025\nI. MỤC ĐÍCH\n1. Động viên.\n"
    )
    document = parse_document("hai-phong-2025-ke-hoach", text)
    assert (document.issuer, document.locality) == (issuer, "thành phố Hải Phòng")

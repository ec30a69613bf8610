"""What a question asks for, read from real questions of officials (table-driven): the kind of fact,
the quantity and its shape, identity questions, documents it refers to, English, places."""

from __future__ import annotations

import pytest

from bot.answer.engine import Engine
from bot.answer.identity import MetadataIntent, metadata_intents, other_clauses
from bot.answer.question import _award_names
from ingest.parse import parse_document
from knowledge.english import in_vietnamese, looks_english
from knowledge.lexicon import question_words
from knowledge.places import level_hinted_documents, named_documents, unknown_places
from knowledge.questions import (
    asked_quantities,
    counted_shapes,
    named_people,
    named_units,
    named_years,
    quantities_asked,
    question_types,
    referenced_documents,
    refers_to_other_document,
    required_shapes,
    series_items,
    unit_named_in,
)
from knowledge.synonyms import abbreviations_written_out, canonical_wording
from knowledge.text import fold
from tests.conftest import DATA, SHIPPED


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Hạn chót nộp hồ sơ khen thưởng là khi nào?", {"when"}),
        ("chi thi 05-CT/TW ngay bao nhieu", {"when", "number"}),
        ("Hồ sơ gồm những gì?", {"list"}),
        ("Sở Nội vụ Lạng Sơn phải làm những việc gì?", {"list"}),
        ("lang son muc dich phong trao thi dua la gi", set()),  # "mục đích", not "mức"
        ("Hồ sơ gửi về cơ quan nào?", {"who", "doer"}),
        ("Lễ tổng kết tổ chức ở đâu?", {"who"}),  # where, not who does it
        ("Chiến sĩ thi đua cơ sở tối đa bao nhiêu phần trăm?", {"number"}),
        ("ke hoach cao diem can cu chi thi nao cua ban thuong vu tinh uy", {"basis"}),  # what it rests on
        ("Công văn 1249 thực hiện kế hoạch số mấy của UBND tỉnh?", {"basis", "number"}),
        ("Đợt thi đua bắt đầu và kết thúc khi nào?", {"when", "period"}),
        ("Kế hoạch này gửi tới cơ quan nào?", {"recipients", "who", "doer"}),  # its "Nơi nhận"
        ("ke hoach dinh lap co gui so noi vu khong", {"recipients"}),
        ("Kế hoạch của An Lão triển khai theo kế hoạch nào của UBND thành phố?", {"basis"}),
        ("Tiêu chuẩn danh hiệu Lao động tiên tiến là gì?", {"criteria"}),
        ("Kế hoạch của huyện An Lão thực hiện kế hoạch nào của thành phố?", {"basis"}),
        # A document's number is asked "số bao nhiêu" as well as "số mấy".
        ("Kế hoạch của huyện An Lão thực hiện kế hoạch số bao nhiêu của UBND thành phố?", {"basis", "number"}),
        ("quy che can cu nghi dinh so bao nhieu cua chinh phu", {"basis", "number"}),
    ],
)
def test_what_a_question_asks_for(question: str, kinds: set[str]) -> None:
    assert question_types(question) == kinds


@pytest.mark.parametrize(
    ("question", "stated", "not_stated"),
    [
        ("Hồ sơ nộp mấy bộ?", "lập thành 02 bộ bản chính", "gửi trước ngày 20/12"),
        ("thẩm định trong bao lâu", "trong 15 ngày làm việc", "ngày 15 tháng 3 năm 2025"),
        ("Lao động tiên tiến được thưởng bao nhiêu tiền?", "mức tiền (đồng): 710.000", "2025-2030. Đồng chí"),
        ("phải mấy lần liền đạt chiến sĩ thi đua cơ sở", "03 lần liên tục", "lần thứ ba"),
        ("Giấy khen tặng tập thể thì tiền thưởng tính thế nào?", "02 lần mức lương cơ sở", "tính theo mức lương"),
        # Multiples listed under the base salary they multiply.
        (
            "Tập thể lao động tiên tiến được thưởng bao nhiêu?",
            'theo mức lương cơ sở:\na) "Tập thể": 0,8 lần;',
            "02 lần",
        ),
        # The more specific cue wins: a coefficient of the base salary, not a count of times.
        ("cstd cap tinh duoc thuong bao nhieu lan luong co so", "3,5 lần mức lương cơ sở", "03 lần liên tục"),
        ("so dien thoai ban thi dua la bao nhieu", "ĐT: 0216 3852 123", "tầng 3, trụ sở"),
        # A cue's "*" spans quotes: the title named between "mức tiền thưởng" and "bao nhiêu".
        (
            'Mức tiền thưởng danh hiệu "Tập thể lao động xuất sắc" trong ngành Y tế Quảng Trị là bao nhiêu?',
            "được thưởng 1,5 lần mức lương cơ sở",
            "có 70% cá nhân đạt danh hiệu",
        ),
        # "gồm" only introducing the count asks no list.
        ("Hội đồng gồm bao nhiêu thành viên?", "Hội đồng có 09 thành viên", "không quá 15 cá nhân"),
        # A quorum is a fraction of the members; a percentage of them caps a cluster's awards.
        ("Phiên họp cần ít nhất bao nhiêu thành viên dự?", "ít nhất 2/3 tổng số thành viên", "20% tổng số thành viên"),
        # People rewarded are written as individuals.
        ("Giấy khen chuyên đề xét tối đa bao nhiêu người?", "không quá 50 cá nhân", "02 bộ"),
        ("Mức lương cơ sở hiện nay là bao nhiêu?", "mức lương cơ sở là 2.340.000 đồng", "0,3 lần mức lương cơ sở"),
        # A reward's amount is no threshold; what a household gives is one.
        ("Giấy khen kèm tiền thưởng bao nhiêu?", "được thưởng 500.000 đồng", "trị giá từ 30.000.000 đồng trở lên"),
        ("hộ gia đình được thưởng bao nhiêu tiền", "thưởng 1.000.000 đồng", "thu nhập đạt 60 triệu đồng/người/năm"),
        ("Hộ gia đình đóng góp bao nhiêu tiền thì được Giấy khen?", "trị giá từ 30.000.000 đồng trở lên", "0,3 lần"),
        # Members of a union or an association are people counted.
        ("phai ket nap it nhat bao nhieu nguoi", "kết nạp từ 30 đoàn viên trở lên", "01 CĐCS"),
        ("có thắc mắc thì gọi số nào", "điện thoại: 0237.3852.417", "ngày 20 tháng 6 năm 2023"),
        # People are counted by their role too.
        ("mỗi xã cử tối đa mấy người", "không quá 04 giáo viên", "trước ngày 15/01/2026"),
        # A table's column of people by its label; a unit of measure by its symbol in the label.
        ("chỉ tiêu Chiến sĩ thi đua cơ sở là bao nhiêu người", "- chỉ tiêu năm 2024, cá nhân: 85", "tỷ lệ tối đa: 15%"),
        ("ấp Sân Lễ làm bao nhiêu mét đường bê tông", "- Sân Lễ - đường bê tông (m): 1.200", "- Sân Lễ - số hộ: 701"),
        # Years served are no anniversary, and an anniversary no years served.
        ("cần bao nhiêu năm công tác", "có 02 năm liên tục hoàn thành", "kỷ niệm 49 năm Ngày giải phóng"),
        ("kỷ niệm bao nhiêu năm ngày sinh đồng chí Lương Văn Tri", "115 năm ngày sinh", "trong 02 năm liên tục"),
        # A count: after a label naming the noun, a number of another unit is another quantity
        # (copies); before the noun, that unit is its classifier.
        (
            "Mỗi huyện được tặng tối đa bao nhiêu Giấy khen?",
            "Giấy khen của Chủ tịch huyện: tối đa 02 tập thể",
            "Giấy khen theo chuyên đề - số bộ: 01 bộ bản chính",
        ),
        ("cần mấy bản chính hồ sơ", "03 bộ bản chính", "Mẫu số 03"),
        ("báo cáo dài tối đa mấy trang", "dài không quá 05 trang", "năm 2025"),
        # An hour written "08h00" in a schedule.
        ("Họp kỹ thuật lúc mấy giờ?", "thời gian: 08h00 ngày 15/4/2025", "Giải Nhất - số lượng: 01 giải"),
        # Units of one kind are counted as units ("không quá 03 đơn vị"), not as points.
        ("tặng Bằng khen cho tối đa mấy xã, phường loại Xuất sắc?", "nhưng không quá 03 đơn vị", "tối đa 30 điểm"),
        # A quorum: a share of the members at least, not a cap on a cluster's awards.
        (
            "Phiên họp cần tối thiểu bao nhiêu thành viên tham dự?",
            "có ít nhất 70% tổng số thành viên Hội đồng tham dự",
            "không vượt quá 20% tổng số thành viên của cụm",
        ),
        # A quota may be a share of who receives an award; all of them is a target, no quota.
        (
            "Huyện được phân bổ bao nhiêu suất Bằng khen?",
            "không quá 15% tổng số cá nhân",
            "100% các đơn vị triển khai thực hiện các hoạt động",
        ),
        # An income is written as a rate or a threshold.
        ("Hợp tác xã cần thu nhập bao nhiêu?", "từ 5 tỷ đồng/năm trở lên", "02 năm liên tục"),
    ],
)
def test_the_shape_of_an_asked_quantity(question: str, stated: str, not_stated: str) -> None:
    shapes = asked_quantities(question) or counted_shapes(question)
    assert shapes and any(s.search(stated) for s in shapes)
    assert not any(s.search(not_stated) for s in shapes)


def test_an_amount_for_one_of_something_is_no_count_of_it() -> None:
    assert counted_shapes("Thành viên dự phiên họp được bồi dưỡng bao nhiêu một buổi?") == []
    assert counted_shapes("Hội nghị có bao nhiêu buổi?") != []


def test_a_list_with_its_count_asked_needs_no_count() -> None:
    assert asked_quantities("Hội đồng gồm mấy người, ai làm chủ tịch?") == []


def test_everyday_words_become_the_documents_without_repeating_a_word() -> None:
    assert canonical_wording("Mức tiền thưởng danh hiệu này là bao nhiêu?") == "Mức tiền danh hiệu này là bao nhiêu?"
    assert canonical_wording("tiền thưởng bao nhiêu") == "mức tiền bao nhiêu"
    assert (
        canonical_wording("GĐ Sở tặng Giấy khen phong trào NTM")
        == "giám đốc Sở tặng Giấy khen phong trào nông thôn mới"
    )


def test_hs_is_a_dossier_beside_sending_and_proposing_and_a_pupil_elsewhere() -> None:
    wording = canonical_wording("Hạn nộp HS đề nghị BK là ngày nào?")
    assert wording == "thời gian gửi hồ sơ đề nghị bằng khen là ngày nào?"
    assert canonical_wording("Giải thưởng cho HS trung học") == "Giải thưởng cho HS trung học"
    assert canonical_wording("QĐ tặng GK có hiệu lực khi nào") == "quyết định tặng giấy khen có hiệu lực khi nào"
    assert canonical_wording("Quyết định 2437/QĐ-TTg phê duyệt gì") == "Quyết định 2437/QĐ-TTg phê duyệt gì"
    assert canonical_wording("HD 09/HD-BTĐKT thay KH nào") == "hướng dẫn 09/HD-BTĐKT thay kế hoạch nào"


def test_a_phone_number_asked_is_no_document_number_asked() -> None:
    number = question_words().required["number"][1]
    assert number not in required_shapes("Có vướng mắc thì gọi ai, số máy?")
    assert number in required_shapes("Thực hiện theo kế hoạch số mấy?")


def test_only_abbreviations_are_written_out_for_reading_cue_phrases() -> None:
    assert abbreviations_written_out("HĐTĐKT của Bệnh viện gồm những ai?") == (
        "hội đồng thi đua - khen thưởng của Bệnh viện gồm những ai?"
    )
    assert abbreviations_written_out("Hạn nộp hồ sơ là ngày nào?") == "Hạn nộp hồ sơ là ngày nào?"


def test_an_abbreviation_typed_without_accents_in_a_question_with_accents_is_expanded() -> None:
    # "cstd" (for "CSTĐ") keeps no accents once the rest of the question has them back.
    assert canonical_wording("cstd cấp tỉnh thưởng bao nhiêu") == "chiến sĩ thi đua cấp tỉnh thưởng bao nhiêu"
    assert canonical_wording("cstd cap tinh thuong bao nhieu") == "chien si thi dua cap tinh thuong bao nhieu"


def test_a_medals_grade_names_no_award_the_event_does() -> None:
    # The event is looked up anywhere in a document, not right after "huy chương".
    typed = ("huy chương vàng SEA Games", "huy chương bạc giải vô địch quốc gia")
    medals = [award for text in typed for award in _award_names(text, frozenset())]
    assert [(award.folded, award.cue) for award in medals] == [("sea games", ""), ("giai vo dich quoc gia", "")]
    assert [award.cue for award in _award_names("Huân chương Lao động hạng Ba", frozenset())] == ["huan chuong"]


def test_a_coefficient_asked_is_no_document_number_asked() -> None:
    number = question_words().required["number"][0]
    assert number.search(fold("thực hiện theo kế hoạch số mấy"))
    assert not number.search(fold("CSTĐ cấp tỉnh thưởng hệ số mấy"))


@pytest.mark.parametrize(
    ("kind", "question", "shown", "not_shown"),
    [
        ("venue", "Hội thi tổ chức ở trường nào?", "khai mạc tại Trường THCS Hồng Châu", "báo cáo nêu tại Mục 2"),
        ("venue", "Hội nghị tổ chức ở đâu?", "tại Hội trường UBND huyện", "quy định tại Điều 5 Quy chế này"),
        # The holder of an office is a person, named.
        ("name", "Chủ tịch UBND huyện Vũ Lăng năm 2024 là ai?", "ông Nguyễn Văn Hà", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN"),
        # A place named after its level is no person's name.
        ("name", "Chủ tịch UBND xã Phước Lại là ai?", "bà Huỳnh Thị Cẩm Tú", "trưởng cụm: Xã Phước Vĩnh Tây"),
        ("place_named", "cụm trưởng là xã nào?", "trưởng cụm: Xã Phước Vĩnh Tây", "Mỗi cụm suy tôn 01 đơn vị"),
        ("place_named", "Trường nào được tặng Giấy khen?", "Trường THCS Vũ Tiến", "các trường học trên địa bàn"),
        ("funding", "Tiền thưởng trích từ nguồn nào?", "chi từ ngân sách cấp xã", "mức tiền thưởng 702.000 đồng"),
        ("funding", "Kinh phí khen thưởng lấy từ đâu?", "trích từ Quỹ thi đua, khen thưởng", "kinh phí khen thưởng"),
        # A heading announcing the source names none; a label before a colon does.
        ("funding", "Tiền thưởng lấy từ nguồn nào?", "Nguồn kinh phí: ngân sách", "Tiền thưởng và nguồn kinh phí"),
        ("funding", "Kinh phí lấy từ đâu?", "do ngân sách huyện bảo đảm", "thu ngân sách nhà nước tăng 10%"),
        # When: a date, a period or the event it follows; a decree's number is no date.
        ("when", "Hội thi giáo viên dạy giỏi tổ chức khi nào?", "từ ngày 25/11/2024", "Có học sinh đạt giải"),
        ("when", "Quyết định có hiệu lực từ bao giờ?", "có hiệu lực kể từ ngày ký", "Nghị định số 98/2023/NĐ-CP"),
        ("when", "bao gio xet khen", "vào dịp tổng kết năm", "theo tiêu chuẩn tại Điều 5"),
        # A budget is stated as one, not by the money going with an award.
        (
            "budget",
            "Tổng kinh phí tổ chức Đại hội là bao nhiêu?",
            "tổng kinh phí dự kiến là 185.000.000 đồng",
            "0,3 lần mức lương cơ sở",
        ),
        # A fund's amount is stated of the fund, not by money paid from it.
        (
            "fund",
            "Quỹ thi đua khen thưởng năm 2025 tổng cộng bao nhiêu tiền?",
            "Quỹ năm 2025 được cấp 120.000.000 đồng",
            "thưởng thêm 0,5 lần mức lương cơ sở từ Quỹ thi đua",
        ),
        # Whom to contact: a person by name, not the office.
        ("contact", "Hồ sơ Bằng khen thì liên hệ ai?", "liên hệ: bà Lò Thị Hương", "gửi về Văn phòng Sở"),
        ("contact", "Vướng mắc thì gọi ai?", "ông Nguyễn Hữu Lộc, chuyên viên", "Phòng Nội vụ tổng hợp"),
        # What one award is paid: a multiple of the base salary or an amount for each, not a total.
        (
            "award_money",
            "Giấy khen tập thể được thưởng bao nhiêu tiền?",
            "Tập thể: 0,6 lần mức lương cơ sở, bằng 1.410.000 đồng/tập thể",
            "Tổng số tiền thưởng là 16.980.000 đồng",
        ),
        # When a campaign ends: a bound of its period, not a target's deadline within it.
        ("period_bound", "Phong trào kéo dài đến khi nào?", "đến hết ngày 31/10/2025", "trước ngày 30/9/2025"),
        ("period_bound", "bat dau tu khi nao", "từ ngày ký Kế hoạch", "thu nhập từ 85 triệu đồng"),
        # Where a dossier goes: the official receiving it too.
        ("destination", "gửi hồ sơ cuối năm về đâu", "Nơi nhận hồ sơ: công chức Văn hóa", "số lượng hồ sơ: 02 bộ"),
        # Who holds a council's role: the role and its holder, not the role's duties.
        (
            "vice_chair_holder",
            "Phó Chủ tịch Thường trực Hội đồng là ai?",
            "b) Phó Chủ tịch Thường trực: bà Lâm Thị Ngọc Hân, Trưởng phòng Nội vụ;",
            "Phó Chủ tịch Thường trực:\na) Giúp Chủ tịch Hội đồng điều hành công việc thường xuyên;",
        ),
        # … and of that role, not another's.
        (
            "team_leader_holder",
            "Tổ Thư ký có mấy người, ai làm tổ trưởng?",
            "Tổ Thư ký gồm 05 thành viên, do Phó Trưởng phòng Nội vụ làm Tổ trưởng.",
            "b) Phó Chủ tịch Thường trực: Trưởng phòng Nội vụ;",
        ),
        # A total asked of a table: its total row, not the row of each unit.
        (
            "table_total",
            "tổng số giấy khen cá nhân phân bổ cho các phường là bao nhiêu",
            "- Cộng - tập thể LĐXS: 15 - giấy khen cá nhân: 100",
            "- Phường Đông Ngàn - tập thể LĐXS: 02 - giấy khen cá nhân: 12",
        ),
        # A day: not a decree's number.
        ("day", "Hội nghị tổ chức ngày nào?", "ngày 24 tháng 6 năm 2025", "Nghị định số 98/2023/NĐ-CP"),
    ],
)
def test_what_an_answer_must_show(kind: str, question: str, shown: str, not_shown: str) -> None:
    cue, pattern, _ = question_words().required[kind]
    assert cue.search(fold(question))
    assert pattern.search(shown) and not pattern.search(not_shown)


def test_an_email_address_asked_is_no_street_address_asked() -> None:
    address = question_words().required["address"][1]
    assert address not in required_shapes("Bản điện tử gửi qua địa chỉ email nào?")
    assert address in required_shapes("Địa chỉ cụ thể của Sở Nội vụ ở đâu?")


def _committee_plan(doc_id: str, level: str, place: str):
    """A People's Committee's plan: its header and kind, nothing else."""
    header = f"ỦY BAN NHÂN DÂN\n{level} {place}\nSố: 12/KH-UBND\n{place.title()}, ngày 02 tháng 3 năm 2025\nKẾ HOẠCH\n"
    return parse_document(doc_id, header)


def test_a_level_followed_by_a_name_is_another_place_not_the_level() -> None:
    plans = [_committee_plan("x", "XÃ", "MẪU SƠN"), _committee_plan("y", "HUYỆN", "VŨ LĂNG")]
    assert level_hinted_documents("Hồ sơ khen thưởng ở xã gồm những gì?", plans) == {"x"}
    assert level_hinted_documents("Ông Hải ở xã Hồng Lý được khen vì gì?", plans) == set()
    # Typed in lower case, a name after the level is a place when a document writes it so.
    decision = parse_document("z", "ỦY BAN NHÂN DÂN\nHUYỆN VŨ LĂNG\nQUYẾT ĐỊNH\nĐiều 1. Tặng Giấy khen xã Nà Phặc.\n")
    assert level_hinted_documents("ubnd xa na phac duoc khen vi thanh tich gi", [*plans, decision]) == set()
    assert level_hinted_documents("ubnd xa duoc khen vi thanh tich gi", [*plans, decision]) == {"x"}


def test_the_level_of_an_award_or_of_who_confers_it_is_not_the_documents() -> None:
    plans = [_committee_plan("x", "TỈNH", "MẪU SƠN"), _committee_plan("y", "HUYỆN", "VŨ LĂNG")]
    assert level_hinted_documents("Kế hoạch của tỉnh giao chỉ tiêu gì?", plans) == {"x"}
    # "cấp tỉnh" is the level of a title; "của UBND tỉnh" names who confers the flag.
    assert level_hinted_documents("tien thuong cho ho dat sxkd gioi cap tinh la bao nhieu", plans) == set()
    assert level_hinted_documents("Cờ thi đua của UBND tỉnh do ai quyết định tặng?", plans) == set()
    assert level_hinted_documents("Bằng khen của Chủ tịch UBND tỉnh gửi hồ sơ mấy bộ?", plans) == set()


def test_a_place_named_with_its_level_leaves_another_place_named_without_one() -> None:
    plans = [_committee_plan("x", "TỈNH", "MẪU SƠN"), _committee_plan("y", "HUYỆN", "VŨ LĂNG")]
    # The province issued the directive the district's plan cites: both places are named.
    cited = "vu lang chi thi 01/CT-UBND cua chu tich ubnd tinh mau son ban hanh ngay nao"
    assert named_documents(cited, plans) == {"x", "y"}
    # A document cited by its issuer ("dẫn Chỉ thị nào của Chủ tịch UBND tỉnh …"): the place is the
    # issuer's, not that of the document asked about.
    citing = "Kế hoạch của Vũ Lăng thực hiện chỉ thị nào của UBND tỉnh Mẫu Sơn về kỷ cương?"
    assert named_documents(citing, plans) == {"y"}
    assert named_documents("Kế hoạch thi đua dẫn Chỉ thị nào của Chủ tịch UBND tỉnh Mẫu Sơn?", plans) == set()
    assert named_documents("Kế hoạch nào của UBND tỉnh Mẫu Sơn nói về Đại hội?", plans) == {"x"}
    # The same name at its level wins over the name alone: "thành phố Mẫu Sơn" is no tỉnh Mẫu Sơn.
    city = _committee_plan("z", "THÀNH PHỐ", "MẪU SƠN")
    assert named_documents("Kế hoạch của tỉnh Mẫu Sơn ai ký?", [*plans, city]) == {"x"}


def test_a_place_abbreviated_by_its_initials_opening_a_question_names_its_document() -> None:
    plans = [_committee_plan("x", "TỈNH", "QUẢNG BÌNH"), _committee_plan("y", "HUYỆN", "HẢI SƠN")]
    assert named_documents("QB hạn chót nộp hồ sơ là ngày nào?", plans) == {"x"}
    # "HS" opening a question is a dossier ("hồ sơ"), not huyện Hải Sơn.
    assert named_documents("HS đề nghị Bằng khen gồm những gì?", plans) == set()


def test_a_body_is_named_by_its_own_name() -> None:
    # A company's plan has no locality level: "Công ty Hòa Lợi" names it, as "huyện X" names a district's;
    # a hospital of a province is named by its own name too, "BV Ngã Năm".
    company = parse_document(
        "company",
        "CÔNG TY CỔ PHẦN THIẾT BỊ HÒA LỢI\nSố: 08/KH-HL\nĐà Nẵng, ngày 18 tháng 02 năm 2025\nKẾ HOẠCH\n"
        "1. Nội dung\nCông ty Cổ phần Thiết bị Hòa Lợi phát động thi đua.\n",
    )
    hospital = parse_document(
        "hospital",
        "SỞ Y TẾ TỈNH MẪU SƠN\nBỆNH VIỆN ĐA KHOA KHU VỰC NGÃ NĂM\nSố: 31/QĐ-BV\nQUY CHẾ\nThi đua\n"
        "Điều 1. Phạm vi\nQuy chế của Bệnh viện Đa khoa khu vực Ngã Năm.\n",
    )
    plans = [company, hospital, _committee_plan("x", "HUYỆN", "HẢI SƠN")]
    assert named_documents("BV Ngã Năm thưởng bao nhiêu?", plans) == {"hospital"}
    assert named_documents("cong ty hoa loi nop ho so o dau", plans) == {"company"}
    assert named_documents("Đà Nẵng hạn nộp hồ sơ khi nào?", plans) == {"company"}
    assert named_documents("Hải Sơn hạn nộp hồ sơ khi nào?", plans) == {"x"}


def test_a_school_is_named_by_its_own_name_without_its_level() -> None:
    # "Trường THCS Lê Văn Tám": the head noun and the level's acronym are no part of its name.
    school = parse_document(
        "school",
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nHUYỆN HẢI SƠN\nTRƯỜNG THCS LÊ VĂN TÁM\nSố: 19/TB-THCS\nTHÔNG BÁO\n"
        "Xét thi đua năm học\n1. Thời gian\nHội đồng thi đua Trường THCS Lê Văn Tám họp ngày 28/5/2025.\n",
    )
    plans = [school, _committee_plan("x", "HUYỆN", "MẪU SƠN")]
    assert named_documents("Ở trường Lê Văn Tám, hội đồng họp ngày nào?", plans) == {"school"}
    assert named_documents("truong le van tam hop ngay nao", plans) == {"school"}
    assert named_documents("Trường THCS họp ngày nào?", plans) == set()


def test_places_listed_after_their_level_are_known() -> None:
    notice = parse_document(
        "x", "CÔNG VĂN\nHồ sơ\n1. Hạn gửi\nUBND các huyện Vị Xuyên, Bắc Quang gửi trước 30/5/2025.\n"
    )
    assert unknown_places("UBND huyện Bắc Quang gửi hồ sơ trước ngày nào?", [notice]) == []
    assert unknown_places("UBND huyện Mèo Vạc gửi hồ sơ trước ngày nào?", [notice]) == ["huyện Mèo Vạc"]


def test_places_a_table_lists_by_name_and_blocs_of_units_are_known() -> None:
    # A district's table of its communes names them without their level.
    plan = parse_document(
        "vu-lang",
        "ỦY BAN NHÂN DÂN\nHUYỆN VŨ LĂNG\nKẾ HOẠCH\nThi đua nông thôn mới\n1. Chỉ tiêu của các xã\n"
        "- Tam Hợp - mục tiêu năm 2024: Đạt chuẩn - hạn trình hồ sơ: 30/10/2024\n"
        "- Đạo Đức - mục tiêu năm 2024: Nâng chất - hạn trình hồ sơ: 15/10/2024\n",
    )
    assert unknown_places("Xã Tam Hợp được giao mục tiêu gì?", [plan]) == []
    assert unknown_places("Xã Hương Sơn được giao mục tiêu gì?", [plan]) == ["xã Hương Sơn"]
    # "khối phường Mẫu Sơn": the bloc of the wards of thị xã Mẫu Sơn, no ward of that name.
    town = _committee_plan("mau-son", "THỊ XÃ", "MẪU SƠN")
    assert unknown_places("Cuộc họp của khối phường Mẫu Sơn cần mấy đơn vị dự?", [town]) == []
    pairs = frozenset({"mau son", "thi xa", "xa mau"})
    assert unknown_places("ho so cua khoi phuong mau son lap may bo", [town], pairs) == []
    assert unknown_places("ho so cua phuong mau son lap may bo", [town], pairs) == ["phuong mau son"]


def test_an_account_number_asked_is_a_long_run_of_digits() -> None:
    cue, shown = question_words().evidence["account"]
    assert cue.search(fold("Số tài khoản của quỹ thi đua là gì?"))
    assert shown.search("tài khoản số 3761.0.1052347") and not shown.search("thưởng 10.530.000 đồng")


def test_a_topic_word_is_not_a_quantity_asked() -> None:
    assert asked_quantities("Một thành tích mà đạt nhiều danh hiệu thì nhận tiền thưởng ra sao?") == []


@pytest.mark.parametrize(
    ("question", "intents"),
    [
        ("Ai ký kế hoạch thi đua của huyện An Lão?", [MetadataIntent.SIGNER]),
        ("Ai đứng tên ký kế hoạch thi đua của xã?", [MetadataIntent.SIGNER]),
        ("chu tich ubnd xa bac son ky ke hoach la ai", [MetadataIntent.SIGNER]),
        ("Ai ký hướng dẫn khen thưởng tổng kết năm của Cà Mau?", [MetadataIntent.SIGNER]),  # the document first
        ("Ai ký quyết định thành lập Hội đồng thi đua?", []),
        ("Ai ký giấy khen ở huyện Đại Từ?", []),
        ("Ai ký quyết định thành lập Hội đồng thi đua khen thưởng huyện An Lão?", []),
        (
            "ke hoach thi dua nganh giao duc bac kan so may, ngay nao",
            [MetadataIntent.ISSUE_DATE, MetadataIntent.NUMBER],
        ),
        ("Quy chế Đại Từ thay thế quyết định nào?", [MetadataIntent.REPLACES]),
        ("qd muc thuong quang tri thay the quyet dinh so may", [MetadataIntent.REPLACES]),
        ("quy che moi thay the nhung quyet dinh nao", [MetadataIntent.REPLACES]),
        ("Quy chế thi đua Đại Từ có hiệu lực từ ngày nào?", [MetadataIntent.EFFECTIVE_DATE]),
        ("Kế hoạch của An Lão thực hiện theo Kế hoạch số mấy của thành phố?", []),
        # "kèm theo": the decision issuing the regulation itself, no other document.
        ("Quy chế của Hội đồng được ban hành kèm theo quyết định số mấy?", [MetadataIntent.NUMBER]),
        # The date asked is the referred document's, not the plan's own.
        ("Kế hoạch của An Lão thực hiện theo Kế hoạch số mấy của thành phố, ban hành ngày nào?", []),
        ("KH của Đình Lập ban hành tháng mấy năm nào, ai ký?", [MetadataIntent.SIGNER, MetadataIntent.ISSUE_DATE]),
        ("Chủ tịch UBND huyện Đình Lập ký kế hoạch thi đua cao điểm là ai?", [MetadataIntent.SIGNER]),
        # Registering ("đăng ký") is not signing ("ký").
        ("Hội thi giáo viên dạy giỏi: hạn đăng ký khi nào?", []),
        ("Kế hoạch này ký khi nào?", [MetadataIntent.ISSUE_DATE]),
    ],
)
def test_identity_questions(question: str, intents: list[MetadataIntent]) -> None:
    assert metadata_intents(question) == intents


def test_who_signed_a_decision_conferring_awards_named_as_one_is_its_signer() -> None:
    question = "Ai ký Quyết định khen thưởng năm học 2023-2024 của Sở GD&ĐT Vĩnh Long?"
    # Asked of a decision the question names: the decision's signer.
    assert metadata_intents(question, ["Quyết định"]) == [MetadataIntent.SIGNER]
    # Asked of a plan, or of no document named: who signs the decisions conferring its awards.
    assert metadata_intents(question, ["Kế hoạch"]) == []
    assert metadata_intents(question) == []


@pytest.mark.parametrize(
    ("question", "numbers", "other"),
    [
        ("Nghị quyết số 09 của HĐND xã ban hành ngày nào?", ["9"], True),
        ("quyet dinh 2437/QD-TTg ban hanh ngay nao", ["2437"], True),
        ("chi thi 05-CT/TW ngay bao nhieu", ["5"], True),
        ("Quyết định số 125 có hiệu lực khi nào?", ["125"], False),  # the document's own number
        ("Hồ sơ nộp mấy bộ?", [], False),
        ("ai ký kế hoạch 115th ngày sinh", [], False),  # an English ordinal is no document's number
        # A number with its code names a document whatever its kind; a date is no code.
        ("Ai ký Báo cáo thẩm định 318/BC-STP của Sở Tư pháp?", ["318"], True),
        ("thực hiện Nghị định 98/2023/NĐ-CP thế nào", ["98"], True),
        ("Hồ sơ gửi trước ngày 15/01/2026 phải không?", [], False),
    ],
)
def test_documents_a_question_refers_to(question: str, numbers: list[str], other: bool) -> None:
    assert [r.number for r in referenced_documents(question)] == numbers
    assert refers_to_other_document(referenced_documents(question), ["125/QĐ-UBND"]) is other


def test_english_questions_are_told_apart_and_given_the_documents_words() -> None:
    vocabulary = {"ho", "so", "hồ", "sơ", "gui", "ve", "dau", "thi", "dua"}
    assert looks_english("What is the deadline for submitting the award dossier?", vocabulary)
    assert not looks_english("ho so gui ve dau", vocabulary)
    # A name quoted in the documents' Vietnamese does not make the question Vietnamese.
    assert looks_english("Who decides the 'Tập thể lao động xuất sắc' title for units?", vocabulary)
    assert not looks_english("Ai quyết định tặng 'Tập thể lao động xuất sắc'?", vocabulary)
    # A Vietnamese body named in an English question keeps its lower-case syllables ("Đảng ủy").
    assert looks_english("Which plan of the Đảng ủy of Bắc Sơn commune does the emulation plan implement?", vocabulary)
    assert not looks_english("Hồ sơ gửi Sở Nội vụ trước ngày nào?", vocabulary)
    assert (
        in_vietnamese("When does the Đại Từ regulation take effect?") == "khi nào does the Đại Từ quy chế có hiệu lực?"
    )
    # Vietnamese ends a question with "ở đâu" that English opens with "where".
    assert in_vietnamese("Where do I send the paper dossiers?", vocabulary) == "gửi giấy hồ sơ ở đâu"
    assert "diễn văn khai mạc" in in_vietnamese("Who gives the opening speech at the conference?")
    # "Who" before an auxiliary asks whom someone acts on: Vietnamese asks it last.
    units = {"cong", "doan", "lien", "he", "vuong", "mac", "thuc", "hien"}
    object_asked = in_vietnamese("Who should trade unions contact if they have problems?", units)
    assert object_asked.endswith("liên hệ vướng mắc ai"), object_asked
    assert in_vietnamese("Who signs the trade union plan?", units).startswith("ai ")
    # English puts a title's level before it, Vietnamese after it.
    assert "chiến sĩ thi đua cấp tỉnh" in in_vietnamese("Who confers the provincial-level Emulation Soldier title?")
    assert "hội đồng thi đua khen thưởng tỉnh" in in_vietnamese(
        "Who chairs the provincial emulation and reward council?"
    )
    # Official English calls a thị xã a "town" and a thị trấn a "township".
    assert "thị xã Sơn Tây" in in_vietnamese("When does Sơn Tây town's regulation take effect?", vocabulary)
    assert "thị trấn Đồng Mỏ" in in_vietnamese("Who signed the Đồng Mỏ township plan?", vocabulary)
    # A share asked is a rate; a competition bloc is a "khối thi đua".
    shared = in_vietnamese("What share of the members of a competition bloc can receive the flag?")
    assert "tỷ lệ" in shared and "khối thi đua" in shared, shared
    # "At the end of the campaign" says which time; it does not ask when.
    assert "kết thúc" not in in_vietnamese("How many units were rewarded at the end of the campaign?")
    # "An", "Do" are English words and the first syllables of names typed without diacritics.
    named = {"an", "lao", "do", "luong", "don", "vi"}
    assert "An Lao" in in_vietnamese("What is the deadline for units in An Lao to submit dossiers?", named)
    assert "Do Luong" in in_vietnamese("Who signs the Do Luong regulation?", named)
    # An English name glossed in brackets with the Vietnamese one meant: the gloss; an English gloss
    # explains, and is translated like the rest.
    glossed = in_vietnamese("How many Certificates of Merit (Giay khen) did the district chairman award?")
    assert "Giay khen" in glossed and "bằng khen" not in glossed, glossed
    explained = in_vietnamese('How many "Dan van kheo" (skilful mass mobilisation) models were recognised?')
    assert "skilful" in explained, explained
    # A gloss that is the translation typed without diacritics keeps the translation's.
    assert "cờ thi đua" in in_vietnamese("How much money comes with the provincial emulation flag (co thi dua)?")
    # A level's budget is the state's at that level; an activity's is its "kinh phí".
    assert "ngân sách huyện" in in_vietnamese("How much does the district budget contribute to the plan?")
    assert "kinh phí" in in_vietnamese("What is the budget of the conference?")
    assert "an " not in in_vietnamese("Is there an award for units?", named)
    # A "district" is a huyện or a quận: the level its document has.
    assert "quận Long Bien" in in_vietnamese("Who signed the Long Bien district plan?", vocabulary, {"quan long bien"})
    assert "huyện Long Bien" in in_vietnamese("Who signed the Long Bien district plan?", vocabulary)
    assert "trao giải" in in_vietnamese("When is the awards ceremony of the festival?")
    # "What is the bonus for …" asks the amount that goes with one award, as "mức thưởng" does.
    assert in_vietnamese("What is the bonus for a collective?").endswith("mức thưởng là bao nhiêu?")
    # "Who should I contact": Vietnamese asks whom after the verb.
    assert in_vietnamese("Who should I contact about the dossiers?").startswith("liên hệ ai")
    # Words in the plural, and who heads a team ("Tổ trưởng").
    headed = in_vietnamese("Who leads the scoring team for the wards and communes?", vocabulary)
    assert headed == "ai trưởng tổ chấm điểm phường xã", headed
    # "when" inside a question joins a clause; opening it, it asks.
    joined = in_vietnamese("How many sets does the hospital prepare when it proposes awards?")
    assert " khi " in joined and "khi nào" not in joined, joined
    assert in_vietnamese("When does the Đại Từ regulation take effect?").startswith("khi nào")
    # An office's time limit for a step: how long it has to tell a unit its dossier is incomplete.
    limit = in_vietnamese("What is the time limit for telling a unit that its dossier is incomplete?")
    assert "thời hạn bao lâu" in limit and "thông báo" in limit and "chưa đầy đủ" in limit, limit


def test_places_named_known_and_unknown() -> None:
    documents = [
        parse_document("dai-tu", (DATA / "new-docs" / "dai-tu-2025-quy-che-thi-dua-khen-thuong.txt").read_text()),
        parse_document("bac-son", (SHIPPED / "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa.txt").read_text()),
    ]
    assert named_documents("ho so khen thuong xa bac son gom gi", documents) == {"bac-son"}
    assert named_documents("Bắc Sơn hạn nộp hồ sơ khi nào?", documents) == {"bac-son"}
    # The same name at another level is another place: huyện Bắc Sơn is not xã Bắc Sơn.
    assert named_documents("Hạn nộp hồ sơ của huyện Bắc Sơn?", documents) == set()
    assert unknown_places("Hạn nộp hồ sơ của huyện Bắc Sơn?", documents) == ["huyện Bắc Sơn"]
    assert unknown_places("han nop ho so cua huyen bac son", documents) == ["huyen bac son"]  # typed plainly
    assert unknown_places("Hạn nộp hồ sơ của huyện Phú Lương?", documents) == ["huyện Phú Lương"]
    # Thái Nguyên is the province of Đại Từ; a city of that name is no document's.
    assert unknown_places("Quy chế của thành phố Thái Nguyên quy định gì?", documents) == ["thành phố Thái Nguyên"]
    assert unknown_places("Quy chế của tỉnh Thái Nguyên quy định gì?", documents) == []
    pairs = frozenset({"dai tu", "bac son", "gui ho"})
    assert unknown_places("thoi gian thi dua o huyen trang dinh den bao gio", documents, pairs) == ["huyen trang dinh"]
    assert unknown_places("cap huyen gui ho so ve dau", documents, pairs) == []
    # Typed plainly too: a place the documents write at another level only.
    assert unknown_places("quy che cua thanh pho thai nguyen quy dinh gi", documents, pairs) == [
        "thanh pho thai nguyen"
    ]
    assert unknown_places("quy che cua tinh thai nguyen quy dinh gi", documents, pairs) == []
    assert unknown_places("ke hoach so 190 cua thanh pho ban hanh ngay nao", documents, pairs | {"ban hanh"}) == []
    # A level word the documents write in a compound ("xã hội") names no place.
    assert unknown_places("ke hoach kinh te xa hoi may thang", documents, pairs | {"xa hoi"}) == []
    # A known place abbreviated after a body or "ở" ("Đại Từ": "ĐT"); alone, "ĐT" may be anything.
    assert named_documents("Hồ sơ ở ĐT nộp mấy bộ?", documents) == {"dai-tu"}
    assert unknown_places("Phòng Nội vụ ĐT nhận hồ sơ đến bao giờ?", documents) == []
    assert named_documents("ĐT: 0216 3852 123 là số của ai?", documents) == set()
    # A province named without its level, in capitals: one no document mentions is unknown.
    assert unknown_places("What is the dossier deadline in Đồng Nai?", documents) == ["Đồng Nai"]
    assert unknown_places("Dong Nai: han nop ho so khen thuong?", documents) == ["Đồng Nai"]
    assert unknown_places("Đại Từ thuộc Thái Nguyên, hạn nộp hồ sơ khi nào?", documents) == []
    assert unknown_places("dong nai hạn nộp hồ sơ", documents) == []  # lower case: maybe no name
    # "các huyện Thái Nguyên" are the districts of a known province, not a district of that name.
    assert unknown_places("Công an các huyện Thái Nguyên gửi hồ sơ khi nào?", documents) == []
    assert unknown_places("han gui ho so cua cong an cac huyen thai nguyen", documents, pairs) == []
    assert unknown_places("han gui ho so cua cong an huyen thai nguyen", documents, pairs) == ["huyen thai nguyen"]
    # Two levels in a row are the kinds of units of the place named ("phường, xã" of huyện Đại Từ).
    assert unknown_places("quy dinh cham diem phuong xa dai tu", documents, pairs) == []
    assert unknown_places("Quy định chấm điểm phường, xã Đại Từ thay thế văn bản nào?", documents) == []
    assert unknown_places("quy dinh cham diem xa dai tu", documents, pairs) == ["xa dai tu"]
    # A question word after a level names no place ("công an tỉnh nộp mấy bộ").
    assert unknown_places("ho so cong an tinh nop may bo", documents, pairs) == []
    # A mass organisation followed by its place: one no document is about.
    assert unknown_places("Hội CCB Phú Quốc gửi hồ sơ về đâu?", documents) == ["Phú Quốc"]
    assert unknown_places("Hội CCB Bắc Sơn gửi hồ sơ về đâu?", documents) == []
    assert unknown_places("Hội Cựu chiến binh Việt Nam tặng Bằng khen cho ai?", documents) == []
    # A body's name opening with a level ("Tỉnh Hội", the provincial association) is read as a level
    # and a name, known when a document writes them together.
    union = parse_document("hoi-nong-dan", "QUY CHẾ\nĐiều 17. Hội đồng Thi đua, khen thưởng Tỉnh Hội\n")
    assert unknown_places("Hội đồng thi đua khen thưởng Tỉnh Hội có mấy thành viên?", [*documents, union]) == []


def test_a_grade_by_letter_is_an_item_of_its_series() -> None:
    graded = fold('Hội thi "Giải pháp": giải A được thưởng 2.500.000 đồng; giải B 1.500.000 đồng.').lower()
    asked = series_items("Giải pháp đạt giải C được thưởng bao nhiêu?")
    assert [(i.noun, i.number) for i in asked] == [("giai", 3)] and asked[0].numbered_in(graded) is False
    assert series_items("giải A thưởng bao nhiêu")[0].numbered_in(graded) is True


@pytest.mark.parametrize(
    ("question", "item", "numbered"),
    [
        ("dot thi dua cao diem thu tu cua nganh giao duc bat dau tu ngay nao", ("dot", 4), False),
        ("Đợt 2 của ngành giáo dục bắt đầu từ ngày nào?", ("dot", 2), True),
        ("Đợt thi đua năm 2025 kéo dài bao lâu?", None, None),  # a year, not an item
    ],
)
def test_items_of_a_numbered_series_and_whether_a_document_has_them(
    question: str, item: tuple[str, int] | None, numbered: bool | None
) -> None:
    plan = fold((DATA / "new-docs" / "bac-kan-2025-ke-hoach-thi-dua-nganh-giao-duc.txt").read_text(encoding="utf-8"))
    found = series_items(question)
    assert [(i.noun, i.number) for i in found] == ([item] if item else [])
    assert (found[0].numbered_in(plan.lower()) if found else None) is numbered


def test_a_cluster_is_numbered_after_its_full_name() -> None:
    # "Cụm thi đua số 1 gồm 07 đơn vị …; b) Cụm thi đua số 2 gồm 06 xã còn lại": two clusters.
    rules = DATA / "heldout-s20" / "docs" / "xuyen-moc-2024-quyet-dinh-quy-dinh-cham-diem-thi-dua-xa.txt"
    folded = fold(rules.read_text(encoding="utf-8")).lower()
    asked = series_items("cụm thi đua số 3 của huyện gồm những xã nào")
    assert [(i.noun, i.number) for i in asked] == [("cum", 3)] and asked[0].numbered_in(folded) is False
    assert series_items("cum thi dua so 2 gom may xa")[0].numbered_in(folded) is True


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Hồ sơ đề nghị Huân chương nộp mấy bộ?", {"forms": {"Huân chương"}, "submissions": {"hồ sơ khen thưởng"}}),
        (
            "tap the lao dong tien tien duoc thuong bao nhieu",
            {"titles": {"Tập thể lao động tiên tiến"}, "recipients": {"tập thể"}},
        ),
        ("thưởng bao nhiêu tiền cho hộ gia đình", {"recipients": {"hộ gia đình"}}),
        ("Lao động tiên tiến và Chiến sĩ thi đua cơ sở", {"titles": {"Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"}}),
        ("Tỷ lệ tốt nghiệp THCS", {"school_levels": {"trung học cơ sở"}}),
        ("sơ kết 9 tháng vào ngày nào", {"periods": {"sơ kết 9 tháng"}}),
        # The period is not "tổng kết năm"; the occasion, a regular one, is.
        ("han nop ho so tong ket nam hoc", {"periods": {"tổng kết năm học"}, "occasions": {"tổng kết năm"}}),
        (
            "giấy khen của chủ tịch ubnd phường thưởng bao nhiêu",
            {"forms": {"Giấy khen"}, "conferrers": {"Chủ tịch UBND xã"}},
        ),
        (
            "Chủ tịch Ủy ban nhân dân cấp xã tặng Giấy khen",
            {"forms": {"Giấy khen"}, "conferrers": {"Chủ tịch UBND xã"}, "award_levels": {"cấp xã"}},
        ),
        ("Gia đình văn hóa được thưởng bao nhiêu?", {"titles": {"Gia đình văn hóa"}}),
        (
            "Bằng khen của LĐLĐ tỉnh",
            {
                "forms": {"Bằng khen"},
                "conferrers": {"Liên đoàn Lao động tỉnh"},
                "organisations": {"Liên đoàn Lao động"},
            },
        ),
        ("tinh doan phan bo chi tieu bang khen", {"forms": {"Bằng khen"}, "organisations": {"Đoàn Thanh niên"}}),
        ("Phát huy tính đoàn kết", {}),  # with diacritics, "tính đoàn" is no "Tỉnh đoàn"
        # A city run by the centre names its province-level title after itself.
        ("chien si thi dua thanh pho thuong bao nhieu", {"titles": {"Chiến sĩ thi đua cấp tỉnh"}}),
        ("han nop ban dang ky thi dua la ngay nao", {"submissions": {"bản đăng ký thi đua"}}),
        ("Hồ sơ khen thưởng gồm những gì?", {"submissions": {"hồ sơ khen thưởng"}}),
        ("Chỉ tiêu học sinh lớp 12 là bao nhiêu?", {}),  # with diacritics, "tiêu học" is no "tiểu học"
        ("truong tieu hoc nop ho so khi nao", {"school_levels": {"tiểu học"}}),
    ],
)
def test_members_of_sets_documents_tell_apart(text: str, named: dict[str, set[str]]) -> None:
    # The longest spelling wins: "Tập thể lao động tiên tiến" is not also "Lao động tiên tiến".
    found = {c.name: set(members) for c in question_words().contrasts if (members := c.named_in(text))}
    assert found == named


@pytest.mark.parametrize(
    ("question", "realized"),
    [
        ("Năm 2024 huyện đã tặng Giấy khen cho bao nhiêu tập thể?", True),
        ("nam 2024 ldld thanh pho thuc te duoc tang bao nhieu bang khen", True),
        ("Xã hiện có bao nhiêu hộ tham gia phong trào?", True),
        ("How many collectives did the district award in 2024?", True),
        # "tối đa", "đa khoa", "Đà Nẵng" are "da" once folded, and ask no result.
        ("so nguoi duoc de nghi cstdcs toi da bang bao nhieu phan tram", False),
        ("ho so de nghi bang khen cua benh vien da khoa lap may bo", False),
        ("Công đoàn KCN Đà Nẵng tặng Giấy khen cho bao nhiêu tập thể?", False),
        ("Mỗi cụm thi đua được suy tôn bao nhiêu đơn vị?", False),
        ("nam hoc 2023-2024 long ho co bao nhieu giao vien dat giao vien day gioi", True),
        ("Mỗi trường cần có bao nhiêu giáo viên đạt chuẩn?", False),
        ("Năm 2024 có bao nhiêu cơ sở Hội được tặng danh hiệu Cơ sở Hội vững mạnh xuất sắc?", True),
        ("Mỗi cơ sở cần có bao nhiêu hội viên được khen?", False),
        ("Giấy khen được tặng cho tối đa bao nhiêu cơ sở Hội?", False),
        # Who won is a result: "lớp nào đạt giải Nhất", not what a prize needs.
        ("lop nao dat giai nhat khoi 12 dot thi dua day tot hoc tot", True),
        ("Ai đạt giải Nhất hội thi?", True),
        ("Cá nhân đạt giải Nhất được thưởng bao nhiêu?", False),
        # What a title requires: "phải có … đạt" like "cần có … đạt".
        ("Khoa muốn được Tập thể lao động tiên tiến thì phải có bao nhiêu phần trăm người đạt?", False),
        # Who was given an award, or the list of them, is a result; who may be given it is not.
        ("Đơn vị nào được tặng Cờ thi đua của Tổng Liên đoàn năm 2024?", True),
        ("Tại hội nghị điển hình, đơn vị nào được trao Cờ thi đua?", True),
        ("danh sach don vi duoc co thi dua cua ban chap hanh ldld tinh nam 2024", True),
        ("Đơn vị nào được tặng Cờ thi đua của UBND tỉnh?", False),
        ("Danh sách người được tặng danh hiệu phải đăng lên cổng thông tin trong mấy ngày?", False),
        # Who led is a result too; what the leader is given is not.
        ("Khối kinh tế năm 2025 đơn vị nào dẫn đầu phong trào thi đua?", True),
        ("Đơn vị dẫn đầu khối được tặng Cờ thi đua không?", False),
        # A total of members is a result; a total of the tasks a plan sets out is not.
        ("Cuối năm 2023 Hội có tổng cộng bao nhiêu hội viên?", True),
        ("phong trao chuyen doi so co tong cong bao nhieu nhiem vu", False),
        # How many units were graded so in a year is a result.
        ("nam 2024 huyen co bao nhieu cdcs duoc xep loai hoan thanh xuat sac nhiem vu", True),
        # How many times one must have won a title is a criterion.
        ("Chiến sĩ thi đua toàn quốc xét cho cá nhân có mấy lần liên tục đạt Chiến sĩ thi đua cấp tỉnh?", False),
    ],
)
def test_a_count_of_what_was_done_is_told_from_a_target(engine: Engine, question: str, realized: bool) -> None:
    assert engine.understand(question).asks_realized is realized


def test_an_organisation_is_checked_against_whole_documents_only(engine: Engine) -> None:
    # A trade-union plan names the women's union in passing ("kỷ niệm 95 năm Ngày thành lập Hội
    # Liên hiệp Phụ nữ"): its sections are not about another organisation than the asked one.
    question = engine.understand("Hồ sơ khen chuyên đề của công đoàn tỉnh nộp trước ngày nào?")
    assert "organisations" in [c.name for c, _ in question.of_documents]
    assert "organisations" not in [c.name for c, _ in question.contrasts]


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("chu de thi dua nam 2026 cua huyen van quan", ["2026"]),
        ("Năm học 2024-2025 đặt chỉ tiêu gì?", ["2024-2025"]),
        ("nhiệm kỳ 2025 - 2030", ["2025 - 2030"]),
        ("Nghị định 98/2023/NĐ-CP ngày 05/7/2022 quy định gì?", []),  # a number and a date, no year named
    ],
)
def test_years_a_question_names(question: str, years: list[str]) -> None:
    assert [year.typed for year in named_years(question)] == years


@pytest.mark.parametrize(
    ("question", "another_period", "another_document"),
    [
        ("hồ sơ tổng kết năm 2023 nộp khi nào", True, False),
        ("hồ sơ tổng kết năm 2024 nộp khi nào", False, False),
        ("ke hoach thi dua nganh y te lao cai nam 2024 chu de la gi", False, True),
        ("kế hoạch thi đua năm 2025 có chủ đề gì", False, False),
        ("kế hoạch thi đua: hạn nộp hồ sơ năm 2026 là ngày nào", False, False),  # a deadline's year
        # Issued in another year than the plan (dated 2024): the plan it replaced.
        ("kế hoạch thi đua ban hành năm 2019 quy định gì", False, True),
        ("ke hoach thi dua ban hanh nam 2024 quy dinh gi", False, False),
    ],
)
def test_a_year_given_to_a_period_or_to_the_document(
    question: str, another_period: bool, another_document: bool
) -> None:
    guide = "huong dan cong tac thi dua, khen thuong tong ket nam 2024 va de nghi khen thuong nam 2025"
    (year,) = named_years(question)
    assert year.of_another_period(guide) is another_period
    title = "Kế hoạch Phát động phong trào thi đua năm 2025"
    assert year.of_another_document("Kế hoạch", title, "20/12/2024") is another_document


@pytest.mark.parametrize(
    ("question", "another_document"),
    [
        ("Hội đồng thi đua huyện theo quy chế năm 2021 gồm bao nhiêu thành viên?", True),
        ("hoi dong thi dua huyen theo quy che nam 2025 gom bao nhieu thanh vien", False),
        # Words of its title between the kind and the year: the same.
        ("Thư ký Hội đồng theo quy chế hoạt động năm 2021 là ai?", True),
        ("thu ky hoi dong theo quy che hoat dong nam 2025 la ai", False),
    ],
)
def test_a_year_right_after_a_regulation_is_the_year_it_was_issued(question: str, another_document: bool) -> None:
    # A regulation's title gives it no year: "quy chế năm 2021" is the one issued then.
    (year,) = named_years(question)
    assert (
        year.of_another_document("Quy chế", "Quy chế tổ chức và hoạt động của Hội đồng", "12/3/2025")
        is another_document
    )


@pytest.mark.parametrize(
    ("question", "another"),
    [
        ("năm 2023 huyện đề nghị Bằng khen cho bao nhiêu tập thể", True),
        ("nam 2024 huyen de nghi bang khen cho bao nhieu tap the", False),
        ("huyện đề nghị Bằng khen cho bao nhiêu tập thể có thành tích năm 2023", False),  # given to the deeds
    ],
)
def test_a_year_opening_the_question_is_the_period_asked(question: str, another: bool) -> None:
    (year,) = named_years(question)
    assert year.of_another_titled_period("Thông báo kết quả họp Hội đồng xét khen thưởng tổng kết năm 2024") is another


def test_a_year_the_title_names_for_what_comes_next_is_the_documents_too() -> None:
    title = "Báo cáo tổng kết công tác thi đua, khen thưởng năm 2024 và phương hướng, nhiệm vụ năm 2025"
    (year,) = named_years("năm 2025 thành phố phấn đấu tỷ lệ khen thưởng bao nhiêu")
    assert not year.of_another_titled_period(title)
    (year,) = named_years("năm 2023 thành phố khen thưởng bao nhiêu tập thể")
    assert year.of_another_titled_period(title)


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("Phòng Nội vụ thẩm định hồ sơ mấy ngày, Chủ tịch ký quyết định trong bao lâu?", 2),
        ("tiền thưởng bao nhiêu lần lương cơ sở", 1),  # overlapping cues ask one quantity
        ("Hồ sơ nộp mấy bộ?", 1),
        ("Hồ sơ gồm những gì?", 0),
    ],
)
def test_how_many_quantities_a_question_asks(question: str, count: int) -> None:
    assert quantities_asked(question) == count


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        ("Lạng Sơn xét khen vào dịp nào, ai ký kế hoạch?", "Lạng Sơn xét khen vào dịp nào"),
        ("Ai ký kế hoạch thi đua của huyện An Lão?", ""),  # only the identity
        ("ke hoach thi dua nganh giao duc bac kan so may, ngay nao", ""),  # "ngày nào" asks nothing alone
        ("Quy chế có hiệu lực từ ngày nào và thay thế quyết định nào?", ""),  # two identities
        ("Quy chế thi đua, khen thưởng Đại Từ thay thế quyết định nào?", ""),  # a name's comma
    ],
)
def test_what_a_question_asks_besides_a_documents_identity(question: str, rest: str) -> None:
    assert other_clauses(question) == rest


@pytest.mark.parametrize(
    ("question", "people"),
    [
        ("so dien thoai cua chi Tran Thi Mai Lan van phong ldld la bao nhieu", ["Tran Thi Mai Lan"]),
        ("Đồng chí Hoàng Văn Tâm, Phó Chủ tịch LĐLĐ số máy là gì?", ["Hoàng Văn Tâm"]),  # punctuation ends it
        ("số điện thoại đồng chí Hoàng Văn Tâm LĐLĐ huyện", ["Hoàng Văn Tâm"]),  # capitals are no syllable
        ("ba Bằng khen của Thủ tướng", []),  # "ba" is a number here, not "bà"
        ("chị Lan ở Văn phòng", []),  # one syllable is no full name
    ],
)
def test_people_a_question_names(question: str, people: list[str]) -> None:
    assert named_people(question) == people


@pytest.mark.parametrize(
    ("question", "units"),
    [
        (
            "Chi cục Quản lý chất lượng nông lâm thủy sản được phân bổ mấy tập thể?",
            ["Chi cục Quản lý chất lượng nông lâm thủy sản"],
        ),
        ("Trung tâm Khuyến nông Sơn La được mấy cá nhân", ["Trung tâm Khuyến nông Sơn La"]),
        ("Trường hợp nào không được khen?", []),  # "Trường hợp" names no school
        ("trung tam khuyen nong duoc may ca nhan", []),  # lower case: maybe no name
        ("Người liên hệ của khối Công an, Quân sự là ai?", ["khối Công an"]),  # an emulation bloc
        ("Khối III thi đua của Sở gồm những đơn vị nào?", ["Khối III"]),  # a bloc by its number
        ("Chỉ tiêu đường bê tông của ấp Rạch Sơn năm 2024 là bao nhiêu?", ["ấp Rạch Sơn"]),  # a hamlet's proper name
    ],
)
def test_units_a_question_names(question: str, units: list[str]) -> None:
    assert named_units(question) == units


def test_a_unit_is_named_by_its_head_and_its_names_first_word() -> None:
    table = fold("| 1 | Chi cục Kiểm lâm | 03 | 05 |\n| 2 | Chi cục Thủy lợi | 01 | 03 |")
    assert unit_named_in("Chi cục Kiểm lâm", table)
    assert not unit_named_in("Chi cục Quản lý chất lượng", table)
    # A document may write more between the head and the name than the question does.
    assert unit_named_in("Công ty Hòa Cầm", fold("Công ty Cổ phần thiết bị điện Hòa Cầm phát động"))
    # A commune's table lists its hamlets by name alone.
    hamlets = fold("Các ấp thực hiện chỉ tiêu theo bảng sau:\n- Sân Lễ - số hộ: 701\n- Cầy Xiêng - số hộ: 612")
    assert unit_named_in("ấp Sân Lễ", hamlets)
    assert not unit_named_in("ấp Rạch Sơn", hamlets)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Hướng dẫn khen thưởng của huyện là văn bản số mấy?", "Hướng dẫn"),
        ("Kế hoạch thi đua của tỉnh thực hiện theo quyết định số mấy?", "Quyết định"),
        ("Báo cáo thành tích làm theo mẫu số mấy?", ""),  # a form's number
        ("Hồ sơ nộp mấy bộ?", ""),
    ],
)
def test_the_kind_whose_number_is_asked(engine: Engine, question: str, kind: str) -> None:
    assert engine.understand(question).number_of_kind == kind


def test_late_as_officials_say_it_is_searched_as_documents_write_it() -> None:
    # "trễ hạn" typed without accents is restored and searched as "sau thời hạn".
    assert "sau thời hạn" in canonical_wording("hồ sơ gửi trễ hạn thì xử lý thế nào")
    assert "sau thoi han" in canonical_wording("ho so gui tre han thi xu ly the nao")


def test_english_words_for_making_results_known_and_exemplary_models() -> None:
    assert "công khai" in in_vietnamese("For how many working days are the council's results posted publicly?")
    assert "điển hình tiên tiến" in in_vietnamese("Which department steps up news coverage of exemplary models?")

"""Families of questions met in session 16's held-out documents, each asserted on a small document
of the same kind (invented place "Mẫu Sơn"): what the policy decides and what it lets answer."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot import messages
from bot.answer.engine import Engine
from bot.answer.extractive import Extract, extract
from bot.answer.retrieve import Evidence, Hit, cited_parts
from ingest.chunks import chunk_document
from ingest.parse import parse_document
from knowledge.questions import names_row_subject, row_subject
from knowledge.schema import Chunk, Document
from knowledge.settings import ChunkingSettings
from knowledge.text import syllables
from tests.test_pipeline import POLICY, _supported

PLAN = (
    'HỘI CỰU CHIẾN BINH XÃ MẪU SƠN\nKẾ HOẠCH\nĐợt thi đua "Cựu chiến binh gương mẫu" năm 2025\n'
    'I. THỜI GIAN\n1. Thời gian thi đua\nĐợt thi đua "Cựu chiến binh gương mẫu" tổ chức từ ngày 01/3/2025 '
    "đến ngày 20/4/2025.\n"
    "2. Lịch đăng ký\n- Chi hội gửi Phiếu đăng ký - thời gian: trước 15/3/2025 - người thực hiện: Chi hội trưởng\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Các chi hội\nGửi Phiếu đăng ký về Văn phòng Hội theo thời hạn tại mục I.\n"
    "2. Liên hệ\nMọi chi tiết liên hệ đồng chí Lê Văn Tám, Phó Chủ tịch Hội, điện thoại 0914.111.222.\n"
    "Nơi nhận:\n- Lưu VT.\nTM. BAN CHẤP HÀNH\nCHỦ TỊCH\nNguyễn Văn Một\n"
    "Mẫu số 01\n(Kèm theo Kế hoạch số 09/KH-CCB ngày 24/02/2025 của Hội CCB xã Mẫu Sơn)\n"
    'PHIẾU ĐĂNG KÝ THAM GIA đợt thi đua "Cựu chiến binh gương mẫu" năm 2025\n'
    "1. Họ và tên: ......\n"
)

NOTICE = (
    "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG HUYỆN MẪU SƠN\nTHÔNG BÁO\nKết luận phiên họp xét khen thưởng năm 2024\n"
    "1. Nguyên tắc\nDanh hiệu được đề nghị khi đạt từ 70% tổng số phiếu hợp lệ trở lên.\n"
    '2. Kết quả bỏ phiếu\na) Xã Kiên Lao đạt 93,3% số phiếu.\nb) Danh hiệu "Chiến sĩ thi đua cơ sở": '
    "công nhận 37 cá nhân.\n"
    "c) Giấy khen của Chủ tịch Ủy ban nhân dân huyện: tặng 24 tập thể.\n"
    '3. Các trường hợp chưa xem xét\na) Chưa xét danh hiệu "Chiến sĩ thi đua cơ sở" đối với 03 cá nhân.\n'
    "4. Giao nhiệm vụ\na) Phòng Nội vụ trình quyết định khen thưởng trước ngày 20/01/2025.\n"
    "b) Các đơn vị có trường hợp nêu tại điểm a mục 3 bổ sung hồ sơ trước ngày 28/02/2025 để xét tiếp.\n"
    "5. Kinh phí\nTổng kinh phí khen thưởng cấp huyện là 96.450.000 đồng, chi từ Quỹ thi đua, khen thưởng.\n"
)


def _chunks(doc_id: str, text: str) -> tuple[Document, dict[str, Chunk]]:
    document = parse_document(doc_id, text)
    return document, {c.section: c for c in chunk_document(document, ChunkingSettings())}


def _drafted(
    engine: Engine, document: Document, chunk: Chunk, question: str, words: str, sentences: int = 1
) -> Extract:
    """The lines drafted for `question` from the whole section of `chunk`, as the engine drafts a section."""
    whole = replace(chunk, text=document.section(chunk.section).body)
    understood = engine.understand(question)
    chars = 150 * sentences + 250
    return extract(document, whole, tuple(syllables(words)), lambda term: 1.0, understood, sentences, chars)


def _hit(chunk: Chunk, score: float, confidence: float, heading: float = 0.0) -> Hit:
    return Hit(chunk, score, 0.85, 1.0, confidence, confidence, heading, confidence)


def _decided(engine: Engine, question: str, ranked: list[Hit], named: frozenset[str] = frozenset()) -> str:
    """The section the policy answers from ("" when it declines)."""
    understood = engine.understand(question)
    if named:
        understood = replace(understood, named_doc_ids=named)
    evidence = Evidence(ranked, frozenset(), ())
    decision = POLICY.after_search(understood, evidence, None, [])
    return decision.hits[0].chunk.section if decision.action == "answer" else ""


def test_a_time_limit_written_as_a_pointer_to_another_section_is_no_deadline(engine: Engine) -> None:
    _, chunks = _chunks("mau-son-ccb", PLAN)
    ranked = [_hit(chunks["II.1"], 3.8, 0.68, 1.0), _hit(chunks["I.2"], 3.6, 0.77)]
    # "… theo thời hạn tại mục I" states no date: the row of the schedule that does answers.
    assert _decided(engine, "chi hoi ccb gui phieu dang ky truoc ngay nao", ranked) == "I.2"


def test_a_reward_written_as_a_list_of_multiples_of_the_base_salary_is_an_amount(engine: Engine) -> None:
    # Regulations after Nghị định 98/2023 state rewards as multiples of the base salary, often as a
    # list under one lead-in; a fund's amount in đồng elsewhere is not what a title is paid.
    rules = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nQUY CHẾ\nThi đua, khen thưởng\n"
        'Điều 1. Danh hiệu\n1. "Tập thể lao động tiên tiến": hoàn thành tốt nhiệm vụ.\n'
        "Điều 2. Mức thưởng\n1. Mức tiền thưởng tính theo mức lương cơ sở:\n"
        'a) "Lao động tiên tiến": 0,3 lần; "Tập thể lao động tiên tiến": 0,8 lần;\n'
        'b) "Chiến sĩ thi đua cơ sở": 1,0 lần.\n'
        "Điều 3. Quỹ thi đua\n1. Quỹ được trích 150.000.000 đồng mỗi năm từ nguồn thu sự nghiệp.\n"
    )
    _, chunks = _chunks("mau-son-qc", rules)
    question = "Tập thể lao động tiên tiến ở Mẫu Sơn được thưởng bao nhiêu?"
    ranked = [
        _hit(chunks["Điều 1.1"], 4.3, 0.72, 1.0),
        _hit(chunks["Điều 2.1"], 3.5, 0.72),
        _hit(chunks["Điều 3.1"], 2.4, 0.36),
    ]
    assert _decided(engine, question, ranked) == "Điều 2.1"


def test_a_directive_asked_is_answered_where_the_plan_cites_one_not_by_its_opening(engine: Engine) -> None:
    plan = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nKẾ HOẠCH\nThi đua cao điểm chào mừng Đại hội Đảng bộ huyện\n"
        "Thực hiện Kế hoạch số 190/KH-UBND ngày 16/8/2024 của UBND tỉnh về thi đua cao điểm chào mừng Đại hội.\n"
        "I. NỘI DUNG\n1. Quán triệt\nTiếp tục quán triệt Chỉ thị số 30-CT/TU ngày 18/11/2014 của Ban Thường vụ "
        "Tỉnh ủy về đổi mới công tác thi đua.\n"
    )
    _, chunks = _chunks("mau-son-cao-diem", plan)
    ranked = [_hit(chunks["preamble"], 3.7, 0.40), _hit(chunks["I.1"], 2.0, 0.70)]
    policy = replace(POLICY, kind_of=lambda hit: "Kế hoạch")

    def decided(question: str) -> str:
        decision = policy.after_search(engine.understand(question), Evidence(ranked, frozenset(), ()), None, [])
        return decision.hits[0].chunk.section

    assert decided("ke hoach thi dua cao diem chao mung dai hoi dang bo huyen can cu chi thi nao cua tinh uy") == "I.1"
    # The plan it implements is cited by its opening lines.
    assert decided("ke hoach thi dua cao diem can cu ke hoach so may cua ubnd tinh") == "preamble"


def test_the_number_of_a_document_of_the_kind_asked_is_where_it_is_written(engine: Engine) -> None:
    decision = (
        "ỦY BAN NHÂN DÂN\nTHỊ XÃ MẪU SƠN\nQUYẾT ĐỊNH\nVề việc khen thưởng năm 2024\n"
        "Theo đề nghị của Trưởng phòng Nội vụ thị xã tại Tờ trình số 318/TTr-NV ngày 16/12/2024.\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Tặng Giấy khen cho 05 tập thể.\n"
        "Điều 2. Phòng Nội vụ vào sổ theo dõi khen thưởng, cấp số Giấy khen và lưu hồ sơ đề nghị khen thưởng.\n"
    )
    _, chunks = _chunks("mau-son-qd-khen", decision)
    ranked = [_hit(chunks["Điều 2"], 3.2, 0.36), _hit(chunks["preamble"], 2.6, 0.58)]
    question = "Tờ trình đề nghị khen thưởng của Phòng Nội vụ thị xã mang số mấy?"
    assert _decided(engine, question, ranked) == "preamble"


def test_a_chair_asked_is_the_member_named_in_the_table_not_the_office_in_the_article(engine: Engine) -> None:
    decision = (
        "ỦY BAN NHÂN DÂN\nHUYỆN KIÊN LAO\nQUYẾT ĐỊNH\nVề việc kiện toàn Hội đồng Thi đua - Khen thưởng huyện\n"
        "Điều 1. Kiện toàn Hội đồng Thi đua - Khen thưởng huyện gồm:\n"
        "1. Chủ tịch Hội đồng: đồng chí Chủ tịch Ủy ban nhân dân huyện.\n"
        "2. Các Phó Chủ tịch Hội đồng: đồng chí Phó Chủ tịch Ủy ban nhân dân huyện.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nĐỗ Quang Huy\n"
        "PHỤ LỤC\nDANH SÁCH THÀNH VIÊN HỘI ĐỒNG\n1. Thành viên Hội đồng\n"
        "- Ông Đỗ Quang Huy - chức vụ: Chủ tịch UBND huyện - chức danh trong Hội đồng: Chủ tịch Hội đồng\n"
        "- Bà Nguyễn Thị Hằng - chức vụ: Phó Chủ tịch UBND huyện - chức danh trong Hội đồng: Phó Chủ tịch Hội đồng\n"
    )
    document, chunks = _chunks("kien-lao-hd", decision)
    # As the engine states them: the article's clause with its heading, the table whole.
    article = replace(chunks["Điều 1.1"], text="Chủ tịch Hội đồng: đồng chí Chủ tịch Ủy ban nhân dân huyện.")
    members = replace(chunks["PL1.1"], text=document.section("PL1.1").body)
    ranked = [_hit(article, 4.0, 0.80, 1.0), _hit(members, 3.0, 0.70)]
    assert _decided(engine, "Ai là Chủ tịch Hội đồng Thi đua - Khen thưởng huyện Kiên Lao?", ranked) == "PL1.1"
    # Without a table naming its members, the article answers.
    assert _decided(engine, "Ai là Chủ tịch Hội đồng Thi đua - Khen thưởng huyện Kiên Lao?", ranked[:1]) == "Điều 1.1"


def test_a_contact_stated_once_answers_a_question_naming_its_document_however_unsure(engine: Engine) -> None:
    _, chunks = _chunks("mau-son-ccb", PLAN)
    question = "muon hoi them ve ke hoach thi dua cua hoi ccb mau son thi goi cho ai"
    ranked = [_hit(chunks["II.2"], 1.4, 0.22), _hit(chunks["preamble"], 1.3, 0.2)]
    assert _decided(engine, question, ranked, frozenset({"mau-son-ccb"})) == "II.2"
    # Not named, an unsure section does not answer.
    assert _decided(engine, question, ranked) == ""


def test_a_form_after_the_signature_repeating_the_subject_gives_way_to_the_heading_asked(engine: Engine) -> None:
    _, chunks = _chunks("mau-son-ccb", PLAN)
    form = next(section for section in chunks if section.startswith("PL") and "." not in section)
    question = "Đợt thi đua Cựu chiến binh gương mẫu kéo dài từ ngày nào đến ngày nào?"
    ranked = [_hit(chunks[form], 4.0, 0.86), _hit(chunks["I.1"], 3.5, 0.84, 1.0)]
    assert _decided(engine, question, ranked) == "I.1"


def test_a_threshold_is_answered_by_the_rule_not_by_the_results_that_rank_first(engine: Engine) -> None:
    _, chunks = _chunks("mau-son-tb", NOTICE)
    question = "Danh hiệu được đề nghị khi đạt tỷ lệ phiếu tối thiểu là bao nhiêu?"
    ranked = [_hit(chunks["2"], 5.2, 0.65, 0.8), _hit(chunks["1"], 4.2, 0.69)]
    assert _decided(engine, question, ranked) == "1"
    # Asked for the figure reached, the results answer.
    assert _decided(engine, "Xã Kiên Lao đạt bao nhiêu phần trăm số phiếu?", ranked) == "2"


def test_a_section_headed_by_the_exceptions_gives_way_to_the_one_stating_what_was_decided(engine: Engine) -> None:
    _, chunks = _chunks("mau-son-tb", NOTICE)
    ranked = [_hit(chunks["3"], 4.2, 0.78), _hit(chunks["2"], 4.1, 0.78)]
    assert _decided(engine, "chien si thi dua co so duoc cong nhan bao nhieu nguoi", ranked) == "2"
    # Asked about the cases left aside, the exceptions answer.
    assert _decided(engine, "chien si thi dua co so nao chua duoc xet", ranked) == "3"


def test_an_amount_asked_for_each_award_is_not_answered_by_a_total(engine: Engine) -> None:
    document, _ = _chunks("mau-son-tb", NOTICE)
    total = "Tổng kinh phí khen thưởng cấp huyện là 96.450.000 đồng, chi từ Quỹ thi đua, khen thưởng."
    each = "Mỗi Giấy khen tập thể kèm theo bao nhiêu tiền thưởng?"
    assert not _supported(engine, document, total, each)
    assert _supported(engine, document, "Mỗi Giấy khen tập thể kèm theo 1.000.000 đồng.", each)
    assert _supported(engine, document, total, "Tổng kinh phí khen thưởng cấp huyện là bao nhiêu?")
    answer_reason = POLICY.supports(engine.understand(each), total, document)
    assert answer_reason is not None and answer_reason.reason == messages.ONLY_TOTAL


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("khen thuong khang chien chong my o mau son thi can tham gia bao nhieu nam", True),
        ("khen thuong khang chien chong phap o mau son thi can tham gia bao nhieu nam", False),
    ],
)
def test_a_guide_on_one_war_does_not_answer_for_the_other(engine: Engine, question: str, answers: bool) -> None:
    guide = (
        "BAN THI ĐUA - KHEN THƯỞNG TỈNH MẪU SƠN\nHƯỚNG DẪN\nKhen thưởng thành tích kháng chiến\n"
        "I. ĐỐI TƯỢNG\n1. Cá nhân tham gia kháng chiến chống Mỹ, cứu nước từ 02 năm trở lên.\n"
    )
    document = parse_document("mau-son-khang-chien", guide)
    quote = "Cá nhân tham gia kháng chiến chống Mỹ, cứu nước từ 02 năm trở lên."
    assert _supported(engine, document, quote, question) is answers


def test_who_was_given_a_prize_is_not_in_a_plan(engine: Engine) -> None:
    document = parse_document("mau-son-ccb", PLAN)
    quote = 'Đợt thi đua "Cựu chiến binh gương mẫu" tổ chức từ ngày 01/3/2025 đến ngày 20/4/2025.'
    for typed in (
        "Giải Nhất đợt thi đua năm 2024 đã trao cho hội viên nào?",
        "Hội đồng đã quyết định khen thưởng cho những chi hội nào?",
    ):
        refused = POLICY.supports(engine.understand(typed), quote, document)
        assert refused is not None and "không nêu kết quả" in refused.reason, typed


def test_an_amount_in_a_list_is_for_the_award_its_heading_names(engine: Engine) -> None:
    # A decision's attached list ("DANH SÁCH … ĐƯỢC TẶNG GIẤY KHEN") gives each unit its money; the
    # rows never repeat the award, the list's title names it.
    decision = (
        "ỦY BAN NHÂN DÂN\nTHỊ XÃ MẪU SƠN\nQUYẾT ĐỊNH\nVề việc khen thưởng năm 2024\n"
        "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân thị xã cho 02 tập thể (có danh sách kèm theo).\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nTrần Văn An\n"
        "PHỤ LỤC\nDANH SÁCH TẬP THỂ ĐƯỢC TẶNG GIẤY KHEN\n(Kèm theo Quyết định số 41/QĐ-UBND)\n"
        "1. Tập thể (02 tập thể)\n- Khối phố Thanh Tây - số tiền (đồng): 1.404.000\n"
        "- Khối phố Hà Dừa - số tiền (đồng): 1.404.000\n"
    )
    document = parse_document("mau-son-khen-thuong", decision)
    row = next(s for s in document.sections if "Thanh Tây" in s.body and s.path.startswith("PL"))
    quote = "- Khối phố Thanh Tây - số tiền (đồng): 1.404.000"
    question = engine.understand("Khối phố Thanh Tây được thưởng bao nhiêu tiền kèm Giấy khen?")
    assert POLICY.supports(question, quote, document, row.path) is None
    # Asked for another award, the list's money is not its.
    other = engine.understand("Khối phố Thanh Tây được thưởng bao nhiêu tiền kèm Bằng khen?")
    assert POLICY.supports(other, quote, document, row.path) is not None


def test_a_target_under_a_heading_of_another_year_is_not_the_asked_years(engine: Engine) -> None:
    plan = (
        "HỘI CỰU CHIẾN BINH HUYỆN MẪU SƠN\nKẾ HOẠCH\nThi đua năm 2025\n"
        "I. KẾT QUẢ NĂM 2024\nNăm 2024 kết nạp 300 hội viên.\nII. CHỈ TIÊU THI ĐUA NĂM 2025\n1. Chỉ tiêu chung\n"
        "a) Kết nạp 320 hội viên mới, nâng tổng số hội viên lên 9.600 hội viên;\n"
    )
    document = parse_document("mau-son-ccb-2025", plan)
    quote = "Kết nạp 320 hội viên mới, nâng tổng số hội viên lên 9.600 hội viên;"
    asked = engine.understand("Chỉ tiêu kết nạp hội viên mới năm 2024 của Hội CCB Mẫu Sơn là bao nhiêu?")
    refused = POLICY.supports(asked, quote, document, "II.1.a")
    assert refused is not None and "2025" in refused.reason, refused
    # The year the heading gives is answered; so is a question naming no year.
    assert POLICY.supports(engine.understand(asked.original.replace("2024", "2025")), quote, document, "II.1.a") is None
    assert (
        POLICY.supports(engine.understand("Chỉ tiêu kết nạp hội viên mới là bao nhiêu?"), quote, document, "II.1.a")
        is None
    )


def test_a_certificate_of_merit_asked_in_english_may_be_a_giay_khen(engine: Engine) -> None:
    # English calls a Bằng khen and a Giấy khen alike a "certificate of merit"; a district's is a Giấy khen.
    document = parse_document("mau-son-giay-khen", NOTICE)
    quote = "Giấy khen của Chủ tịch Ủy ban nhân dân huyện: tặng 24 tập thể."
    english = "How many collectives get the Mau Son district chairman's certificate of merit?"
    assert POLICY.supports(engine.understand(english), quote, document) is None
    # Named in Vietnamese, conferred by a province, or in English words that name one award, it is the one named.
    provincial = "How many collectives get the Mau Son provincial chairman's certificate of merit?"
    assert POLICY.supports(engine.understand(provincial), quote, document)
    assert POLICY.supports(engine.understand("Bằng khen của Chủ tịch huyện Mẫu Sơn tặng mấy tập thể?"), quote, document)
    assert POLICY.supports(
        engine.understand("How many collectives get the emulation flag in Mau Son?"), quote, document
    )


def test_what_units_committed_to_is_no_result(engine: Engine) -> None:
    # A plan's targets recall what was registered or given ("phần việc đã đăng ký"): nothing done.
    document = parse_document("mau-son-ccb", PLAN)
    asked = engine.understand("Đợt thi đua đã khen thưởng được bao nhiêu tập thể?")
    target = "Đối với tập thể: hoàn thành 100% công trình, phần việc đã đăng ký."
    refused = POLICY.supports(asked, target, document)
    assert refused is not None and "không nêu kết quả" in refused.reason
    assert POLICY.supports(asked, "Đến nay đã khen thưởng 25 tập thể.", document) is None


def test_a_word_of_motion_after_a_level_is_no_place(engine: Engine) -> None:
    asked = engine.understand("han gui to trinh de nghi khen thuong cap tinh len ban thi dua khen thuong tinh")
    assert asked.unknown_places == ()
    assert engine.understand("ho so cap huyen ve phong noi vu truoc ngay nao").unknown_places == ()
    # Typed with diacritics, "cơ quan Văn Quan" names no quận; "quận Văn Quan" does (only huyện Văn Quan has a plan).
    assert engine.understand("Kế hoạch của cơ quan Văn Quan trích chỉ thị nào?").unknown_places == ()
    assert engine.understand("Hạn nộp hồ sơ ở quận Văn Quan là ngày nào?").unknown_places
    # An abbreviation, a word without a vowel, is no place's name ("hộ sản xuất, kinh doanh giỏi").
    assert engine.understand("ho so de nghi cap tinh ho sxkd gioi lap may bo").unknown_places == ()
    # Places whose names hold such syllables are still places: "Xương", "Lậy" are no "xuống", "lấy".
    for typed in ("han gui ho so cap tinh thai nguyen la ngay nao", "huyen kien xuong", "huyen cai lay"):
        assert engine.understand(f"{typed} nop ho so truoc ngay nao").unknown_places, typed


@pytest.mark.parametrize(
    ("question", "subject", "named"),
    [
        ("cap huyen gui ho so ve ban thi dua khen thuong tinh truoc ngay nao", "uy ban nhan dan cap huyen", True),
        ("cap huyen gui ho so ve ban thi dua khen thuong tinh truoc ngay nao", "ban thi dua - khen thuong tinh", False),
        ("ban thi dua - khen thuong tinh tham dinh trong bao lau", "ban thi dua - khen thuong tinh", True),
        ("cap xa gui ho so truoc ngay nao", "uy ban nhan dan cap huyen", False),
        # A numbered row named with its column's words between noun and number ("Cụm thi đua số 3").
        ("cum thi dua so 3 do don vi nao lam cum truong", "cum so 3", True),
        ("khoi thi dua 2 gom nhung don vi nao", "khoi 2", True),
        ("cum thi dua so 3 do don vi nao lam cum truong", "cum so 1", False),
        ("cum thi dua so 30 gom may xa", "cum so 3", False),
        # A row writing a body short ("UBND") is named by text writing it out, and the other way round.
        ("giay khen cua chu tich uy ban nhan dan huyen: ho gia dinh", "giay khen cua chu tich ubnd huyen", True),
    ],
)
def test_a_rows_subject_is_named_as_who_acts_not_where_something_goes(question: str, subject: str, named: bool) -> None:
    assert names_row_subject(question, subject) is named


def test_the_row_of_the_level_asked_is_drafted_from_a_deadline_table(engine: Engine) -> None:
    guide = (
        "BAN THI ĐUA - KHEN THƯỞNG TỈNH MẪU SƠN\nHƯỚNG DẪN\nKhen thưởng thành tích kháng chiến\n"
        "I. THỜI HẠN\n1. Thời hạn theo từng cấp\n"
        "- Ủy ban nhân dân cấp xã - nội dung: Gửi hồ sơ về cấp huyện - thời hạn: Trước ngày 05/5/2025\n"
        "- Ủy ban nhân dân cấp huyện - nội dung: Gửi hồ sơ về Ban Thi đua - Khen thưởng tỉnh - thời hạn: "
        "Trước ngày 06/6/2025\n"
        "- Ban Thi đua - Khen thưởng tỉnh - nội dung: Thẩm định hồ sơ - thời hạn: Trong 20 ngày làm việc\n"
    )
    document, chunks = _chunks("mau-son-han", guide)
    question = "han chot cap huyen gui ho so ve ban thi dua khen thuong tinh la ngay nao"
    words = "cấp huyện gửi hồ sơ về ban thi đua khen thưởng tỉnh ngày"
    drafted = _drafted(engine, document, chunks["I.1"], question, words)
    assert "06/6/2025" in drafted.quote and "05/5/2025" not in drafted.quote, drafted.quote


def test_a_document_cited_in_a_list_after_thuc_hien_is_what_the_plan_rests_on(engine: Engine) -> None:
    # "Thực hiện Kế hoạch …; Kế hoạch số 11/KH-UBND …": each item after the semicolon is a basis too,
    # over the next paragraph that repeats the question's words.
    plan = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nKẾ HOẠCH\nPhát động phong trào thi đua đặc biệt\n"
        "Thực hiện Kế hoạch của Ủy ban nhân dân huyện về tổ chức các ngày lễ lớn năm 2025 trên địa bàn huyện; "
        "Kế hoạch số 11/KH-UBND ngày 16/01/2025 của UBND huyện về công tác thi đua, khen thưởng năm 2025.\n"
        "Phát huy truyền thống, thi đua sáng tạo trong công tác, góp phần thực hiện thắng lợi kế hoạch của "
        "huyện năm 2025, UBND huyện ban hành kế hoạch phát động phong trào thi đua như sau:\n"
        "I. MỤC ĐÍCH\nNội dung.\n"
    )
    document, chunks = _chunks("mau-son-dac-biet", plan)
    question = "Phong trào thi đua thực hiện theo Kế hoạch số mấy về công tác thi đua, khen thưởng năm 2025?"
    words = "phong trào thi đua thực hiện kế hoạch công tác khen thưởng năm 2025"
    drafted = _drafted(engine, document, chunks["preamble"], question, words)
    assert "11/KH-UBND" in drafted.quote, drafted.quote


def test_a_row_is_drafted_with_the_group_row_naming_its_award(engine: Engine) -> None:
    # A council's table of proposals groups its rows under the award proposed; the rows never name it.
    notice = (
        "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG HUYỆN KIÊN LAO\nTHÔNG BÁO\nKết luận phiên họp\n"
        "1. Đề nghị Cờ thi đua, danh hiệu thi đua và Bằng khen\nHội đồng thống nhất đề nghị như sau:\n"
        "- CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH\n"
        "- Ủy ban nhân dân xã Hòa Phong - số phiếu đồng ý: 13/13 - cấp quyết định: Chủ tịch UBND tỉnh\n"
        '- DANH HIỆU "TẬP THỂ LAO ĐỘNG XUẤT SẮC"\n'
        "- Trường Tiểu học Hòa Nhơn - số phiếu đồng ý: 11/13 - cấp quyết định: Chủ tịch UBND huyện\n"
    )
    document, chunks = _chunks("kien-lao-tb", notice)
    question = "Trường Tiểu học Hòa Nhơn được bao nhiêu phiếu đồng ý khi xét Tập thể lao động xuất sắc?"
    drafted = _drafted(engine, document, chunks["1"], question, "trường tiểu học hòa nhơn phiếu đồng ý")
    assert "TẬP THỂ LAO ĐỘNG XUẤT SẮC" in drafted.quote and "11/13" in drafted.quote, drafted.quote
    # The group row says what the row's votes are for: not another award's.
    assert POLICY.supports(engine.understand(question), drafted.shown, document, "1") is None


def test_a_total_asked_of_a_table_is_its_total_row(engine: Engine) -> None:
    notice = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nCÔNG VĂN\nV/v hồ sơ khen thưởng năm 2024\n"
        "1. Chỉ tiêu khen thưởng\nChỉ tiêu Giấy khen phân bổ cho các xã như sau:\n"
        "- Xã Kiên Lao - giấy khen tập thể: 04 - giấy khen cá nhân: 12\n"
        "- Xã Tân Lập - giấy khen tập thể: 03 - giấy khen cá nhân: 11\n"
        "- Xã Đồng Kỵ - giấy khen tập thể: 02 - giấy khen cá nhân: 09\n"
        "- Cộng - giấy khen tập thể: 09 - giấy khen cá nhân: 32\n"
    )
    document, chunks = _chunks("mau-son-cv", notice)
    words = "giấy khen cá nhân phân bổ xã"
    total = _drafted(engine, document, chunks["1"], "tong so giay khen ca nhan phan bo cho cac xa la bao nhieu", words)
    assert "giấy khen cá nhân: 32" in total.quote, total.quote
    # Asked for one of them, the row of the one asked.
    one = _drafted(engine, document, chunks["1"], "xa tan lap duoc bao nhieu giay khen ca nhan", words)
    assert "11" in one.quote and "32" not in one.quote, one.quote


def test_the_total_money_asked_is_the_total_row_among_rows_that_each_give_an_amount(engine: Engine) -> None:
    report = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nBÁO CÁO\nTổng kết công tác thi đua, khen thưởng năm 2024\n"
        "1. Kết quả khen thưởng\nNăm 2024, Chủ tịch UBND huyện khen thưởng theo bảng tổng hợp dưới đây\n"
        "- Bằng khen của Chủ tịch UBND tỉnh - tập thể: 02 - cá nhân: 03 - tiền thưởng (đồng): 17.550.000\n"
        "- Giấy khen của Chủ tịch UBND huyện - tập thể: 47 - cá nhân: 215 - tiền thưởng (đồng): 362.466.000\n"
        "- Tổng cộng - tập thể: 49 - cá nhân: 218 - tiền thưởng (đồng): 380.016.000\n"
    )
    document, chunks = _chunks("mau-son-tk", report)
    question = "tong tien thuong khen thuong nam 2024 la bao nhieu"
    drafted = _drafted(engine, document, chunks["1"], question, "tiền khen thưởng năm 2024")
    assert "380.016.000" in drafted.quote, drafted.quote


def test_a_rate_in_a_list_is_of_what_the_lists_opening_line_says(engine: Engine) -> None:
    regulation = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nQUY CHẾ\nHoạt động của Hội đồng Thi đua - Khen thưởng\n"
        "Điều 1. Biểu quyết\n1. Hội đồng biểu quyết bằng hình thức bỏ phiếu kín.\n"
        "2. Tỷ lệ phiếu đồng ý để đề nghị khen thưởng:\n"
        'a) Danh hiệu "Chiến sĩ thi đua cấp tỉnh": từ 85% trở lên trên tổng số thành viên Hội đồng;\n'
        "b) Giấy khen: từ 70% trở lên trên tổng số thành viên có mặt.\n"
    )
    document = parse_document("mau-son-hd", regulation)
    quote = (
        "Tỷ lệ phiếu đồng ý để đề nghị khen thưởng\n"
        'a) Danh hiệu "Chiến sĩ thi đua cấp tỉnh": từ 85% trở lên trên tổng số thành viên Hội đồng;'
    )
    asked = "đề nghị Chiến sĩ thi đua cấp tỉnh cần bao nhiêu phần trăm phiếu đồng ý"
    assert _supported(engine, document, quote, asked)


def test_a_figure_compared_in_brackets_with_another_years_is_for_the_year_asked(engine: Engine) -> None:
    report = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nBÁO CÁO\nTổng kết công tác thi đua, khen thưởng năm 2024\n"
        "I. CÔNG TÁC KHEN THƯỞNG\n1. Khen thưởng người lao động trực tiếp\n"
        "Tỷ lệ cá nhân là người lao động trực tiếp được khen thưởng chiếm 42,6% (năm 2023 là 37,9%).\n"
    )
    document = parse_document("mau-son-bc", report)
    quote = "Tỷ lệ cá nhân là người lao động trực tiếp được khen thưởng chiếm 42,6% (năm 2023 là 37,9%)."
    asked = "Tỷ lệ cá nhân là người lao động trực tiếp được khen thưởng năm 2024 là bao nhiêu?"
    assert _supported(engine, document, quote, asked)
    elsewhere = "Tỷ lệ người lao động trực tiếp được khen thưởng năm 2023 là 37,9%."
    assert not _supported(engine, document, elsewhere, asked)


def test_a_report_on_one_year_answers_for_the_next_from_the_part_headed_by_it(engine: Engine) -> None:
    report = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nBÁO CÁO\nTổng kết công tác thi đua, khen thưởng năm 2024 và phương "
        "hướng, nhiệm vụ năm 2025\nI. CÔNG TÁC KHEN THƯỞNG\n1. Khen thưởng người lao động trực tiếp\n"
        "Tỷ lệ người lao động trực tiếp được khen thưởng chiếm 42,6% tổng số cá nhân.\n"
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n1. Công tác khen thưởng\n"
        "Nâng tỷ lệ khen thưởng người lao động trực tiếp lên ít nhất 45% tổng số cá nhân được khen thưởng.\n"
    )
    document, chunks = _chunks("mau-son-bc", report)
    policy = replace(
        POLICY,
        title_of=lambda hit: document.title,
        headings_of=lambda hit: document.heading_chain(hit.chunk.section),
    )
    ranked = [_hit(chunks["I.1"], 4.8, 0.7, heading=1.0), _hit(chunks["II.1"], 4.7, 0.75)]

    def decided(question: str) -> str:
        understood = replace(engine.understand(question), named_doc_ids=frozenset({"mau-son-bc"}))
        decision = policy.after_search(understood, Evidence(ranked, frozenset(), ()), None, [])
        return decision.hits[0].chunk.section if decision.action == "answer" else ""

    assert decided("năm 2025 Mẫu Sơn phấn đấu tỷ lệ khen thưởng người lao động trực tiếp bao nhiêu") == "II.1"
    assert decided("năm 2024 tỷ lệ người lao động trực tiếp được khen thưởng ở Mẫu Sơn là bao nhiêu") == "I.1"


@pytest.mark.parametrize(
    ("question", "required", "shape"),
    [
        ("What is the total reward budget in Mau Son, and which fund pays for it?", {"budget", "funding"}, "đồng"),
        ("Which e-mail address should the files be sent to?", set(), "@"),
    ],
)
def test_english_totals_funds_and_e_mail_addresses_are_read(
    engine: Engine, question: str, required: set[str], shape: str
) -> None:
    understood = engine.understand(question)
    assert required <= understood.required, understood.required
    sample = {"đồng": "96.450.000 đồng", "@": "thiduakt@mauson.gov.vn"}[shape]
    assert any(pattern.search(sample) for pattern in (*understood.shapes, *understood.details)), understood.wording


def test_a_section_citing_the_case_described_by_its_number_says_what_is_done_about_it(engine: Engine) -> None:
    _, chunks = _chunks("mau-son-tb", NOTICE)
    question = "Các đơn vị chưa được xét phải bổ sung hồ sơ trước ngày nào để xét tiếp?"
    # The case is described in 3 ("Các trường hợp chưa xem xét"), which ranks first on its words;
    # 4 cites it ("trường hợp nêu tại điểm a mục 3") and gives the date.
    ranked = [_hit(chunks["3"], 4.0, 0.37), _hit(chunks["1"], 3.5, 0.3), _hit(chunks["4"], 3.1, 0.43)]
    assert _decided(engine, question, ranked) == "4"


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Các đơn vị có trường hợp nêu tại điểm b mục 4 bổ sung hồ sơ.", ["4.b"]),
        ("Gửi Phiếu đăng ký theo thời hạn tại mục III.", ["III"]),
        ("Hồ sơ nộp sau thời hạn tại mục 4.1 không được tiếp nhận.", ["4.1"]),
        ("Hồ sơ quy định tại điểm a khoản 2 Điều 5 lập 02 bộ.", ["Điều 5.2.a"]),
        # Another document's part, the part the text is in, a heading: no part of its own cited.
        ("Thực hiện theo mục II Kế hoạch số 164/KH-UBND.", []),
        ("Hồ sơ gửi sau thời hạn tại khoản 2 Mục này.", []),
        ("Điều 3. Hiệu lực thi hành", []),
    ],
)
def test_the_parts_of_its_own_document_a_sentence_cites(text: str, cited: list[str]) -> None:
    assert cited_parts(text) == cited


def test_words_of_a_question_that_the_document_writes_as_its_own_phrase_name_no_award(engine: Engine) -> None:
    paper = (
        "BAN THI ĐUA - KHEN THƯỞNG TỈNH MẪU SƠN\nHƯỚNG DẪN\nKhen thưởng thành tích kháng chiến\n"
        "I. NƠI NHẬN HỒ SƠ\n1. Hồ sơ giấy gửi về Ban Thi đua - Khen thưởng tỉnh, số 12 đường Lê Lợi.\n"
    )
    quote = "Hồ sơ giấy gửi về Ban Thi đua - Khen thưởng tỉnh, số 12 đường Lê Lợi."
    asked = "Hồ sơ giấy khen thưởng kháng chiến gửi về địa chỉ nào?"
    # "hồ sơ giấy" is the guide's paper dossier, not a Giấy khen.
    assert _supported(engine, parse_document("mau-son-giay", paper), quote, asked)
    # A guide that never writes it does not answer of a Giấy khen it never names.
    other = paper.replace("Hồ sơ giấy gửi", "Hồ sơ gửi")
    assert not _supported(engine, parse_document("mau-son-giay", other), quote.replace("giấy ", ""), asked)


def test_what_one_award_is_paid_is_not_answered_by_a_budgets_total(engine: Engine) -> None:
    document, _ = _chunks("mau-son-tb", NOTICE)
    total = "Kinh phí: tổng dự toán 11.000.000 đồng, từ nguồn kinh phí chi thường xuyên."
    assert not _supported(engine, document, total, "Chiến sĩ thi đua cơ sở được thưởng bao nhiêu tiền?")
    assert _supported(engine, document, total, "Tổng dự toán kinh phí là bao nhiêu?")


def test_money_stated_for_individuals_and_collectives_does_not_answer_for_households(engine: Engine) -> None:
    decision = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nQUYẾT ĐỊNH\nVề việc tặng Giấy khen\n"
        "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho 05 tập thể và 10 cá nhân.\n"
        "Điều 2. Mỗi cá nhân được tặng Giấy khen kèm theo tiền thưởng 702.000 đồng; mỗi tập thể "
        "1.404.000 đồng.\n"
    )
    document = parse_document("mau-son-qd", decision)
    quote = "Mỗi cá nhân được tặng Giấy khen kèm theo tiền thưởng 702.000 đồng; mỗi tập thể 1.404.000 đồng."
    assert not _supported(engine, document, quote, "Mẫu Sơn thưởng bao nhiêu tiền cho hộ gia đình được tặng Giấy khen?")
    assert _supported(engine, document, quote, "Mẫu Sơn thưởng bao nhiêu tiền cho cá nhân được tặng Giấy khen?")


def test_a_document_named_by_the_subject_another_cites_it_with_is_answered_where_it_is_cited(engine: Engine) -> None:
    # Văn Quan's plan on a commemoration cites "Kế hoạch số 11/KH-UBND ngày 16/01/2025 … về công
    # tác thi đua, khen thưởng năm 2025": its number and date are asked, not the plan's own.
    asked = "Văn Quan thực hiện kế hoạch về công tác thi đua, khen thưởng năm 2025 số mấy, ban hành ngày nào?"
    answer = engine.ask(asked)
    assert not answer.abstained and "11/KH-UBND ngày 16/01/2025" in answer.text, answer.text


def test_a_fund_drawn_on_is_where_money_comes_from(engine: Engine) -> None:
    document = parse_document("mau-son-ccb", PLAN)
    quote = "- Trích Quỹ Hội Cựu chiến binh xã năm 2025: 5.000.000 đồng."
    assert _supported(engine, document, quote, "kinh phi dot thi dua lay tu nguon nao")
    assert not _supported(engine, document, "- Tiền thưởng: 5.000.000 đồng.", "kinh phi dot thi dua lay tu nguon nao")


def test_a_quorum_spelled_as_a_fraction_answers_how_many_members(engine: Engine) -> None:
    regulation = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nQUY CHẾ\nHoạt động của Hội đồng Thi đua - Khen thưởng\n"
        "Điều 10. Điều kiện tiến hành phiên họp\n"
        "1. Phiên họp chỉ được tiến hành khi có ít nhất hai phần ba tổng số thành viên Hội đồng tham dự.\n"
    )
    document = parse_document("mau-son-qc", regulation)
    quote = "Phiên họp chỉ được tiến hành khi có ít nhất hai phần ba tổng số thành viên Hội đồng tham dự."
    assert _supported(engine, document, quote, "Phiên họp Hội đồng cần tối thiểu bao nhiêu thành viên dự?")
    assert not _supported(engine, document, "Hội đồng họp định kỳ mỗi năm.", "Hội đồng có bao nhiêu thành viên?")
    # Or as a share at least.
    quorum = "Phiên họp chỉ được tiến hành khi có ít nhất 70% tổng số thành viên Hội đồng tham dự."
    assert _supported(engine, document, quorum, "Phiên họp Hội đồng cần tối thiểu bao nhiêu thành viên dự?")


def test_the_day_a_campaign_ends_is_answered_from_its_time_section(engine: Engine) -> None:
    # "Kết thúc phong trào thi đua, UBND huyện … khen thưởng" ranks first on "kết thúc"; the section
    # headed "Thời gian" states the bound ("từ nay đến ngày 30/7/2025").
    answer = engine.ask("Đợt thi đua kỷ niệm Lương Văn Tri ở Văn Quan kết thúc vào ngày nào?")
    assert not answer.abstained and "30/7/2025" in answer.text, answer.text
    assert answer.citations[0].section == "II.1", answer.citations


# Families of session 17's held-out documents (S34: a farmers' union plan as a PDF with a schedule
# table, a ward's decision conferring Giấy khen, a Sở's công văn).
UNION_PLAN = (
    "HỘI NÔNG DÂN TỈNH MẪU SƠN\nBAN THƯỜNG VỤ\nKẾ HOẠCH\nThi đua năm 2024\n"
    "I. HÌNH THỨC KHEN THƯỞNG\n1. Bằng khen của Ban Chấp hành Hội Nông dân tỉnh\n"
    "a) Tập thể: xếp loại hoàn thành xuất sắc nhiệm vụ.\n"
    "b) Tiền thưởng: tập thể 1.500.000 đồng; cá nhân 800.000 đồng.\n"
)


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("Bằng khen của Ban Chấp hành Hội Nông dân tỉnh kèm tiền thưởng bao nhiêu?", True),
        ("Mức tiền thưởng kèm Bằng khen của Thủ tướng Chính phủ là bao nhiêu?", False),
        # The union named as the document's issuer beside the award's conferrer: the conferrer is asked.
        ("Hội Nông dân tỉnh Mẫu Sơn thưởng bao nhiêu cho Bằng khen của Trung ương Hội?", False),
    ],
)
def test_a_mass_organisations_award_is_told_from_another_conferrers(
    engine: Engine, question: str, answers: bool
) -> None:
    document = parse_document("mau-son-hnd", UNION_PLAN)
    quote = (
        "Bằng khen của Ban Chấp hành Hội Nông dân tỉnh\nb) Tiền thưởng: tập thể 1.500.000 đồng; cá nhân 800.000 đồng."
    )
    assert _supported(engine, document, quote, question) is answers


def test_a_paper_asked_for_is_shown_by_the_sentence_naming_it(engine: Engine) -> None:
    decision = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG MẪU SƠN\nQUYẾT ĐỊNH\nVề việc tặng Giấy khen\n"
        "Điều 1. Tặng Giấy khen cho 05 tập thể.\n"
        "Điều 2. Người nhận thay phải có giấy ủy quyền có xác nhận của tổ trưởng tổ dân phố.\n"
    )
    document = parse_document("mau-son-qd", decision)
    quote = "Người nhận thay phải có giấy ủy quyền có xác nhận của tổ trưởng tổ dân phố."
    asked = "Người nhận thay tiền thưởng cần giấy tờ gì?"
    assert _supported(engine, document, quote, asked)
    assert not _supported(engine, document, "Tặng Giấy khen cho 05 tập thể.", asked)


def test_a_row_showing_the_deadline_answers_when_the_best_section_says_what_befalls_those_who_miss_it(
    engine: Engine,
) -> None:
    guide = (
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH MẪU SƠN\nHƯỚNG DẪN\nChấm điểm thi đua năm 2024\n"
        "I. XẾP LOẠI\n1. Công đoàn cơ sở không gửi bảng tự chấm điểm đúng thời hạn thì không được xếp loại "
        '"Hoàn thành xuất sắc nhiệm vụ".\n'
        "II. TIẾN ĐỘ\n1. Lịch thực hiện\n"
        "- Tự chấm điểm, gửi công đoàn cấp trên - đơn vị thực hiện: Công đoàn cơ sở - thời hạn: Trước 17/01/2025\n"
    )
    _, chunks = _chunks("mau-son-ld", guide)
    question = "công đoàn cơ sở phải gửi bảng tự chấm điểm trước ngày nào?"
    # The row ranks less close than the rule on missing the deadline, which states no date.
    ranked = [_hit(chunks["I.1"], 3.49, 0.76), _hit(chunks["II.1"], 2.83, 0.65)]
    assert _decided(engine, question, ranked) == "II.1"
    # A section that shows no deadline ranks too far below to answer instead.
    assert _decided(engine, "công đoàn cơ sở phải gửi bảng tự chấm điểm cho ai?", ranked) != "II.1"


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("Hội CCB xã Mẫu Sơn hỗ trợ tiền xăng xe cho tổ thẩm định bao nhiêu?", False),
        ("hoi ccb xa mau son ho tro tien xang xe cho to tham dinh bao nhieu", False),
        ("Hội CCB xã Mẫu Sơn hỗ trợ tiền in ấn bao nhiêu?", True),
        ("Hội CCB xã Mẫu Sơn chi cho hội nghị tổng kết tối đa bao nhiêu tiền?", False),
        ("Hội CCB xã Mẫu Sơn chi cho in ấn, khánh tiết bao nhiêu?", True),
        ("hoi ccb xa mau son chi cho hoi nghi tong ket toi da bao nhieu tien", False),
        # "tiền một năm" says how often, not what for.
        ("Hội CCB xã Mẫu Sơn có tổng kinh phí bao nhiêu tiền một năm?", True),
    ],
)
def test_money_asked_for_something_the_document_never_names_is_not_stated(
    engine: Engine, question: str, answers: bool
) -> None:
    plan = (
        "HỘI CỰU CHIẾN BINH XÃ MẪU SƠN\nKẾ HOẠCH\nThi đua năm 2025\nI. KINH PHÍ\n"
        "1. Tổng kinh phí là 9.500.000 đồng, trong đó: tiền thưởng 6.800.000 đồng; in ấn, khánh tiết 2.700.000 đồng.\n"
        "2. Giải Nhất: 1.500.000 đồng.\n"
    )
    document = parse_document("mau-son-ccb", plan)
    quote = "Tổng kinh phí là 9.500.000 đồng, trong đó: tiền thưởng 6.800.000 đồng; in ấn, khánh tiết 2.700.000 đồng."
    assert _supported(engine, document, quote, question) is answers


@pytest.mark.parametrize(
    ("question", "code_asked"),
    [
        ("Muốn lên Chiến sĩ thi đua cấp tỉnh thì phải đạt CSTĐ cơ sở mấy lần liên tiếp?", False),
        ("Tiền thưởng tính theo mức lương cơ sở bao nhiêu?", False),
        ("Kế hoạch thi đua của huyện số mấy?", True),
    ],
)
def test_co_so_before_a_question_word_asks_no_document_number(engine: Engine, question: str, code_asked: bool) -> None:
    assert ("number" in engine.understand(question).required) is code_asked


def test_a_row_naming_the_asked_award_shows_its_deadline_though_its_number_of_sets_ranks_closer(
    engine: Engine,
) -> None:
    plan = (
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH MẪU SƠN\nKẾ HOẠCH\nTổng kết thi đua năm 2024\n"
        "I. HỒ SƠ\n1. Số bộ hồ sơ: đề nghị Cờ thi đua, Bằng khen của Ban Chấp hành LĐLĐ tỉnh nộp 01 bộ; "
        "đề nghị Bằng khen của Tổng Liên đoàn nộp 03 bộ.\n"
        "II. TIẾN ĐỘ\n"
        "- Gửi hồ sơ đề nghị Bằng khen của Tổng Liên đoàn - thời hạn: Trước ngày 06/12/2024\n"
        "- Gửi hồ sơ đề nghị Cờ thi đua, Bằng khen của Ban Chấp hành LĐLĐ tỉnh - thời hạn: Trước ngày 16/12/2024\n"
    )
    _, chunks = _chunks("mau-son-ldld", plan)
    ranked = [_hit(chunks["I.1"], 4.27, 0.89, 0.7), _hit(chunks["II"], 3.36, 0.91)]
    asked = "hạn nộp hồ sơ đề nghị Cờ thi đua, Bằng khen của Ban Chấp hành LĐLĐ tỉnh là khi nào?"
    assert _decided(engine, asked, ranked) == "II"
    # A row as sure that names another award than the one asked does not answer instead.
    assert _decided(engine, "hạn nộp hồ sơ đề nghị Huân chương Lao động là khi nào?", ranked) != "II"


def test_the_rate_that_goes_with_an_award_is_not_the_total_spent(engine: Engine) -> None:
    report = (
        "ỦY BAN NHÂN DÂN XÃ MẪU SƠN\nBÁO CÁO\nTổng kết thi đua năm 2024\nI. KẾT QUẢ\n"
        "1. Tổng số tiền thưởng kèm Giấy khen của Chủ tịch UBND xã đã chi năm 2024 là 48.650.000 đồng.\n"
        "2. Mức tiền thưởng kèm Giấy khen của Chủ tịch UBND xã: cá nhân 351.000 đồng.\n"
    )
    document = parse_document("mau-son-bc", report)
    asked = "Mức thưởng Giấy khen của Chủ tịch UBND xã cho cá nhân là bao nhiêu?"
    assert not _supported(engine, document, document.section("I.1").body, asked)
    assert _supported(
        engine, document, "Mức tiền thưởng kèm Giấy khen của Chủ tịch UBND xã: cá nhân 351.000 đồng.", asked
    )


@pytest.mark.parametrize(("year", "answers"), [("2024", True), ("2023", False)])
def test_a_summing_up_asked_with_its_year_is_named_by_a_plan_summing_up_that_year(
    engine: Engine, year: str, answers: bool
) -> None:
    plan = (
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH MẪU SƠN\nKẾ HOẠCH\nTổng kết công tác thi đua, khen thưởng năm 2024\n"
        "I. KINH PHÍ\n1. Kinh phí khen thưởng và tổ chức hội nghị tổng kết chi từ nguồn tài chính công đoàn, "
        "tổng dự toán 185.000.000 đồng.\n"
    )
    document = parse_document("mau-son-kh", plan)
    asked = f"Tổng dự toán kinh phí khen thưởng và hội nghị tổng kết năm {year} là bao nhiêu?"
    # "tổng kết năm 2024" is the summing-up of 2024, not an occasion of reward the plan never names.
    assert _supported(engine, document, document.section("I.1").body, asked) is answers


def test_a_rate_under_the_asked_titles_heading_is_its_rate_though_it_names_the_pool_it_is_drawn_from(
    engine: Engine,
) -> None:
    guide = (
        "BAN THI ĐUA - KHEN THƯỞNG TỈNH MẪU SƠN\nHƯỚNG DẪN\nKhen thưởng năm 2024\nI. DANH HIỆU\n"
        '1. Danh hiệu "Tập thể lao động xuất sắc"\nSố lượng đề nghị không quá 40% tổng số tập thể đạt danh hiệu '
        '"Tập thể lao động tiên tiến".\n'
        '2. Danh hiệu "Chiến sĩ thi đua cấp tỉnh"\nSố lượng không quá 15% tổng số cá nhân đạt danh hiệu '
        '"Chiến sĩ thi đua cơ sở".\n'
    )
    document = parse_document("mau-son-hd", guide)
    asked = "Số Tập thể lao động xuất sắc được đề nghị không quá bao nhiêu phần trăm?"
    under_asked = f'Danh hiệu "Tập thể lao động xuất sắc"\n{document.section("I.1").body}'
    under_other = f'Danh hiệu "Chiến sĩ thi đua cấp tỉnh"\n{document.section("I.2").body}'
    assert _supported(engine, document, under_asked, asked)
    assert not _supported(engine, document, under_other, asked)


def test_a_count_stated_for_the_people_its_paragraph_names_is_not_another_persons(engine: Engine) -> None:
    notice = (
        "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG HUYỆN MẪU SƠN\nTHÔNG BÁO\nKết luận phiên họp\n"
        '1. Danh hiệu "Chiến sĩ thi đua cấp tỉnh"\na) Thống nhất đề nghị bà Trần Ngọc Bích; ông Phạm Minh Khải. '
        "Cả hai trường hợp đạt 11/11 phiếu đồng ý.\n"
        "b) Tạm hoãn xét đối với ông Võ Thành Nhân.\n"
    )
    document = parse_document("mau-son-tb", notice)
    quote = "Cả hai trường hợp đạt 11/11 phiếu đồng ý."
    assert not _supported(engine, document, quote, "Ông Võ Thành Nhân được bao nhiêu phiếu đồng ý?")
    assert _supported(engine, document, quote, "Bà Trần Ngọc Bích được bao nhiêu phiếu đồng ý?")


def test_a_number_asked_of_a_kind_of_document_is_not_the_identity_of_a_notice_ranking_first(engine: Engine) -> None:
    notice, chunks = _chunks("mau-son-tb", NOTICE)
    decision = parse_document(
        "mau-son-qd",
        "ỦY BAN NHÂN DÂN HUYỆN MẪU SƠN\nSố: 15/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế thi đua\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế thi đua, khen thưởng của huyện.\n",
    )
    question = engine.understand("UBND tỉnh đã ra quyết định tặng Giấy khen cho xã Kiên Lao chưa, quyết định số mấy?")
    evidence = Evidence([_hit(chunks["2"], 4.0, 0.7)], frozenset(), ())
    # The best section is the notice's: "quyết định số mấy" asks of a decision, not of the notice,
    # however another document of the knowledge base is a decision.
    assert POLICY.after_search(question, evidence, None, [notice, decision]).action != "identity"
    asked_of_notice = engine.understand("Thông báo kết luận phiên họp xét khen thưởng số mấy?")
    assert POLICY.after_search(asked_of_notice, evidence, None, [notice, decision]).action == "identity"
    # A plan ranking first, the notice close behind: the notice's identity is the one asked.
    plan, plan_chunks = _chunks("mau-son-ccb", PLAN)
    ranked = Evidence([_hit(plan_chunks["I.1"], 4.0, 0.7), _hit(chunks["2"], 3.6, 0.6)], frozenset(), ())
    decided = POLICY.after_search(asked_of_notice, ranked, None, [plan, notice, decision])
    assert (decided.action, decided.doc_ids) == ("identity", ("mau-son-tb",))


def test_an_appendix_is_found_by_its_mark_which_its_path_does_not_write() -> None:
    regulation = (
        "TRƯỜNG THCS MẪU SƠN\nQUY CHẾ\nThi đua, khen thưởng\nĐiều 1. Hồ sơ\nHồ sơ theo các mẫu tại Phụ lục 01.\n"
        "Nơi nhận:\n- Lưu VT.\nHIỆU TRƯỞNG\nNguyễn Văn Một\n"
        "PHỤ LỤC 01\nDANH MỤC BIỂU MẪU\n1. Mẫu số 01: Bản đăng ký thi đua (01 bản).\n"
        "2. Mẫu số 02: Báo cáo thành tích (02 bản).\n"
    )
    _, chunks = _chunks("mau-son-qc", regulation)
    assert "PHỤ LỤC 01 › DANH MỤC BIỂU MẪU › Mẫu số 02" in chunks["PL1.2"].search_text
    assert "PHỤ LỤC" not in chunks["Điều 1"].search_text


def test_two_pieces_of_one_long_section_show_their_shared_line_once(engine: Engine) -> None:
    document, chunks = _chunks("mau-son-tb", NOTICE)
    shared = "Danh hiệu được đề nghị khi đạt từ 70% tổng số phiếu hợp lệ trở lên."
    first = Extract(document, chunks["1"], ("Nguyên tắc", shared))
    second = Extract(document, chunks["1"], (shared,))
    answer = engine._single(engine.understand("nguyên tắc đề nghị danh hiệu là gì"), first, [second])
    lines = [line for part in answer.parts for line in part.lines]
    assert lines.count(shared) == 1
    assert [citation.section for citation in answer.citations] == ["1"]


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # Asked who, of a section whose heading the question names: the clause naming who.
        ("Ai xem xét đề nghị Bằng khen của Thủ tướng Chính phủ?", "Hội đồng Thi đua - Khen thưởng tỉnh xem xét"),
        # Asked about the heading itself, its opening.
        ("Bằng khen của Thủ tướng Chính phủ thực hiện theo văn bản nào?", "Quyết định số 77/QĐ-TTg"),
    ],
)
def test_a_question_naming_a_heading_and_asking_who_is_answered_by_the_clause_naming_who(
    engine: Engine, question: str, shown: str
) -> None:
    plan = (
        "ỦY BAN NHÂN DÂN TỈNH MẪU SƠN\nKẾ HOẠCH\nThi đua chào mừng Đại hội\nI. KHEN THƯỞNG\n"
        "1. Bằng khen của Thủ tướng Chính phủ: thực hiện theo Quyết định số 77/QĐ-TTg ngày 04/11/2025 của Thủ "
        "tướng Chính phủ về việc ban hành Kế hoạch phát động phong trào thi đua lập thành tích chào mừng Đại hội "
        "đại biểu toàn quốc lần thứ XIV của Đảng; tăng tốc, bứt phá hoàn thành thắng lợi các mục tiêu, nhiệm vụ "
        "kinh tế - xã hội của tỉnh giai đoạn 2021 - 2025 (gửi kèm theo kế hoạch này); trên cơ sở thành tích đạt "
        "được của các tập thể, cá nhân, Hội đồng Thi đua - Khen thưởng tỉnh xem xét, đề nghị Thủ tướng Chính "
        "phủ khen thưởng.\n"
    )
    document, chunks = _chunks("mau-son-kh", plan)
    understood = engine.understand(question)
    terms = tuple(syllables(understood.wording.lower()))
    drafted = extract(document, chunks["I.1"], terms, lambda term: 1.0, understood, 3, 450, heading_match=1.0)
    assert shown in drafted.quote, drafted.quote


PROPOSALS = (
    "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG HUYỆN MẪU SƠN\nTHÔNG BÁO\nKết luận phiên họp xét khen thưởng năm 2024\n"
    "1. Nguyên tắc\nDanh hiệu được đề nghị khi đạt từ 70% tổng số phiếu hợp lệ trở lên.\n"
    "2. Đề nghị cấp tỉnh khen thưởng\na) Danh sách đề nghị như sau:\n"
    "STT | Tập thể, cá nhân | Hình thức đề nghị | Phiếu đồng ý\n"
    "1 | Hộ ông Lò Văn Páo, thôn Nà Cạn | Bằng khen | 10/11\n2 | Ủy ban nhân dân xã Kiên Lao | Cờ thi đua | 11/11\n"
    "b) Hộ ông Lò Văn Páo được đề nghị do đã đóng góp 120.000.000 đồng làm đường giao thông thôn Nà Cạn.\n"
)


def test_a_question_naming_a_rows_subject_is_answered_by_its_row_not_the_list(engine: Engine) -> None:
    document = parse_document("mau-son-tb2", PROPOSALS)
    section = next(chunk for chunk in chunk_document(document, ChunkingSettings()) if chunk.section == "2")
    # "hình thức … nào" reads as a list; the body is typed short ("UBND"), the row writes it out.
    understood = engine.understand("UBND xã Kiên Lao được đề nghị hình thức khen thưởng nào?")
    terms = tuple(syllables(understood.wording.lower()))
    drafted = extract(document, section, terms, lambda term: 1.0, understood, 3, 450)
    assert drafted.sentences == ("- Ủy ban nhân dân xã Kiên Lao - hình thức đề nghị: Cờ thi đua - phiếu đồng ý: 11/11",)
    assert drafted.cited[0] == "2.a"


HEALTH_GUIDE = (
    "SỞ Y TẾ TỈNH MẪU SƠN\nHƯỚNG DẪN\nCông tác thi đua, khen thưởng ngành Y tế năm 2025\n"
    "I. DANH HIỆU THI ĐUA\n1. Chỉ tiêu danh hiệu thi đua năm 2025\n"
    "- Chiến sĩ thi đua cơ sở - tiêu chuẩn chính: Lao động tiên tiến, có sáng kiến - cấp quyết định: Giám đốc Sở Y tế\n"
    "- Lao động tiên tiến - tiêu chuẩn chính: Hoàn thành tốt nhiệm vụ trở lên - cấp quyết định: Thủ trưởng đơn vị\n"
    "- Tập thể lao động tiên tiến - tiêu chuẩn chính: 50% cá nhân Lao động tiên tiến - cấp quyết định: Giám đốc Sở\n"
    "II. HỒ SƠ\n1. Hồ sơ đề nghị Giấy khen của Giám đốc Sở Y tế\na) Tờ trình đề nghị khen thưởng của đơn vị.\n"
    "b) Báo cáo thành tích của tập thể, cá nhân.\n"
    "Số lượng: 01 bộ bản chính kèm bản điện tử gửi qua Hệ thống quản lý văn bản và điều hành.\n"
    "2. Nơi nhận hồ sơ\nPhòng Tổ chức cán bộ, Sở Y tế tỉnh Mẫu Sơn, phòng 305, tầng 3, số 48 đường Lê Lợi.\n"
    "III. TỔ CHỨC THỰC HIỆN\nHướng dẫn này thay thế Hướng dẫn số 57/HD-SYT ngày 20/02/2024 của Sở Y tế.\n"
)


def test_a_table_row_about_the_asked_title_answers_not_the_rows_naming_it_in_another_cell(engine: Engine) -> None:
    document, chunks = _chunks("mau-son-syt", HEALTH_GUIDE)
    question = "Danh hiệu Lao động tiên tiến ngành y tế do cấp nào quyết định?"
    drafted = _drafted(engine, document, chunks["I.1"], question, "danh hiệu lao động tiên tiến cấp quyết định", 3)
    assert "Thủ trưởng đơn vị" in drafted.quote and "Giám đốc" not in drafted.quote, drafted.quote


def test_the_section_headed_where_dossiers_go_answers_over_one_sending_them_through_a_system(engine: Engine) -> None:
    _, chunks = _chunks("mau-son-syt", HEALTH_GUIDE)
    ranked = [_hit(chunks["II.1"], 4.1, 0.79, 0.56), _hit(chunks["II.2"], 3.2, 0.50, 1.0)]
    assert _decided(engine, "Hồ sơ đề nghị khen thưởng của ngành y tế nộp ở đâu?", ranked) == "II.2"


def test_a_venue_under_a_heading_naming_the_time_and_the_place_answers_where_it_is_held(engine: Engine) -> None:
    plan = (
        "ỦY BAN NHÂN DÂN\nTHỊ XÃ MẪU SƠN\nKẾ HOẠCH\nTổ chức Hội nghị điển hình tiên tiến thị xã Mẫu Sơn năm 2025\n"
        "I. MỤC ĐÍCH\nTôn vinh các điển hình tiên tiến.\nII. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN\n1. Thời gian, địa điểm\n"
        "a) Thời gian: 01 buổi, ngày 24/4/2025.\nb) Địa điểm: Hội trường Trung tâm Văn hóa, số 15 đường Lê Lợi.\n"
    )
    _, chunks = _chunks("mau-son-hn", plan)
    ranked = [_hit(chunks["preamble"], 3.76, 0.86), _hit(chunks["II.1"], 2.86, 0.84, 0.53)]
    assert _decided(engine, "hoi nghi dien hinh tien tien thi xa mau son to chuc o dau", ranked) == "II.1"


def test_what_a_document_replaces_is_asked_of_the_one_of_its_place_naming_its_department(engine: Engine) -> None:
    guide = parse_document("mau-son-syt", HEALTH_GUIDE)
    plan = parse_document("mau-son-kh", "ỦY BAN NHÂN DÂN\nTỈNH MẪU SƠN\nKẾ HOẠCH\nThi đua năm 2025\nI. MỤC ĐÍCH\n")
    question = replace(
        engine.understand("Hướng dẫn thi đua năm 2025 của Sở Y tế Mẫu Sơn thay thế văn bản nào?"),
        named_doc_ids=frozenset({"mau-son-syt", "mau-son-kh"}),
    )
    decision = POLICY.before_search(question, None, [plan, guide])
    assert decision is not None and decision.action == "identity" and decision.doc_ids == ("mau-son-syt",), decision


def test_the_proposal_a_decision_answers_is_what_it_rests_on(engine: Engine) -> None:
    decision = (
        "ỦY BAN NHÂN DÂN\nTHỊ XÃ MẪU SƠN\nQUYẾT ĐỊNH\nVề việc tặng Giấy khen\nCHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ\n"
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ;\n"
        "Căn cứ Kế hoạch số 87/KH-UBND ngày 15/3/2024 của Ủy ban nhân dân thị xã;\n"
        "Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 245/TTr-NV ngày 18/12/2024.\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Tặng Giấy khen cho 04 tập thể.\n"
    )
    document, chunks = _chunks("mau-son-qd", decision)
    question = "Quyết định tặng Giấy khen căn cứ tờ trình nào của Phòng Nội vụ?"
    drafted = _drafted(engine, document, chunks["preamble"], question, "quyết định căn cứ tờ trình nội vụ", 3)
    assert "Tờ trình số 245/TTr-NV" in drafted.quote, drafted.quote


def test_money_asked_of_an_event_named_by_its_date_is_an_amount_of_money(engine: Engine) -> None:
    understood = engine.understand("Kinh phí tổ chức hội nghị tổng kết ngày 08/01/2025 là bao nhiêu?")
    assert any(shape.search("dự toán 15.000.000 đồng") for shape in understood.shapes)
    assert not any(shape.search("tổ chức trong 03 ngày") for shape in understood.shapes)


def test_a_committee_is_named_by_its_place_in_a_rows_subject() -> None:
    row = "- UBND các phường, xã - hạn đăng ký: trước 07/03/2025 - người liên hệ: Bà Nguyễn Thị Kim Thoa"
    assert names_row_subject("cac phuong, xa phai dang ky thi dua truoc ngay nao", row_subject(row))
    # A level alone names no committee: "phường" of "UBND phường" is any ward.
    ward = "- UBND phường - hạn đăng ký: trước 07/03/2025"
    assert not names_row_subject("phuong phai dang ky truoc ngay nao", row_subject(ward))


def test_a_total_asked_is_answered_by_the_section_stating_one_not_by_another_amount(engine: Engine) -> None:
    plan = (
        "ỦY BAN NHÂN DÂN\nTHỊ XÃ MẪU SƠN\nKẾ HOẠCH\nĐợt thi đua cao điểm năm 2025\nI. KHEN THƯỞNG\n"
        "1. Mức khen thưởng cấp thị xã\n- Giấy khen cho tập thể - số lượng: 12 - mức tiền (đồng): 28.080.000\n"
        "- Tổng kinh phí khen thưởng cấp thị xã (mục 1) - mức tiền (đồng): 49.140.000\nII. KINH PHÍ\n"
        "Kinh phí khen thưởng được chi từ Quỹ thi đua, khen thưởng thị xã năm 2025. Kinh phí tổ chức lễ phát động "
        "và hội nghị sơ kết là 35.000.000 đồng.\n"
    )
    _, chunks = _chunks("mau-son-cd", plan)
    ranked = [_hit(chunks["II"], 4.86, 0.65, 1.0), _hit(chunks["I.1"], 4.65, 0.83)]
    assert _decided(engine, "Tổng kinh phí khen thưởng cấp thị xã trong đợt thi đua là bao nhiêu?", ranked) == "I.1"


def test_the_day_a_time_limit_is_counted_by_is_a_kind_of_day_not_a_date(engine: Engine) -> None:
    guide = "SỞ NỘI VỤ TỈNH MẪU SƠN\nHƯỚNG DẪN\nHồ sơ khen thưởng\n1. Nơi nhận hồ sơ\nHồ sơ gửi về Sở Nội vụ.\n"
    quote = "Hồ sơ gửi qua dịch vụ bưu chính công ích được tính theo ngày đóng dấu bưu điện nơi gửi."
    asked = "ho so gui qua buu dien thi so noi vu tinh thoi han theo ngay nao"
    assert _supported(engine, parse_document("mau-son-snv", guide), quote, asked)


def test_a_year_written_only_in_the_numbers_and_dates_of_cited_documents_is_not_the_documents(
    engine: Engine,
) -> None:
    plan = (
        "ỦY BAN NHÂN DÂN\nTHỊ XÃ MẪU SƠN\nKẾ HOẠCH\nĐợt thi đua cao điểm năm 2025\n"
        "Căn cứ Quyết định số 27/2024/QĐ-UBND ngày 19/7/2024 của UBND tỉnh ban hành Quy chế thi đua;\n"
        "I. THỜI GIAN\nĐợt thi đua được triển khai từ ngày 20/3/2025 đến hết ngày 25/6/2025.\n"
    )
    document = parse_document("mau-son-cd", plan)
    quote = "Đợt thi đua được triển khai từ ngày 20/3/2025 đến hết ngày 25/6/2025."
    assert not _supported(engine, document, quote, "dot thi dua cao diem nam 2024 cua thi xa mau son ket thuc ngay nao")
    assert _supported(engine, document, quote, "dot thi dua cao diem nam 2025 cua thi xa mau son ket thuc ngay nao")


SPORTS_PLAN = (
    "LIÊN ĐOÀN LAO ĐỘNG HUYỆN MẪU SƠN\nKẾ HOẠCH\nThi đua chào mừng Tháng Công nhân năm 2025\n"
    "1. MỤC ĐÍCH\nTôn vinh người lao động.\n2. CÁC HOẠT ĐỘNG\n2.1. Hội thi tìm hiểu pháp luật lao động\n"
    "2.1.1. Thời gian: ngày 16/4/2025.\n2.2. Giải Bóng đá nam CNVCLĐ huyện Mẫu Sơn năm 2025\n"
    "2.2.1. Thời gian, địa điểm: từ ngày 03/5/2025 đến ngày 11/5/2025 tại Sân vận động huyện Mẫu Sơn.\n"
    "2.2.2. Giải thưởng: 01 giải Nhất trị giá 5.000.000 đồng; 01 giải Nhì trị giá 3.000.000 đồng.\n"
)


@pytest.mark.parametrize(("question", "section"), [("nam", "2.2.1"), ("nữ", "2.2.2")])
def test_the_venue_of_one_tournament_is_not_the_other_divisions(engine: Engine, question: str, section: str) -> None:
    document, chunks = _chunks("mau-son-ld", SPORTS_PLAN)
    ranked = [_hit(chunks["2.2.2"], 3.55, 0.56), _hit(chunks["2.2.1"], 3.24, 0.55)]
    policy = replace(POLICY, headings_of=lambda hit: document.heading_chain(hit.chunk.section))
    understood = engine.understand(f"Giải bóng đá {question} CNVCLĐ Mẫu Sơn tổ chức ở sân nào?")
    decision = policy.after_search(understood, Evidence(ranked, frozenset(), ()), None, [])
    # The men's tournament is held at the stadium its heading names; the women's is not in the plan.
    assert decision.hits[0].chunk.section == section


def test_money_in_billions_is_an_amount_of_money(engine: Engine) -> None:
    decision = "ỦY BAN NHÂN DÂN\nTỈNH MẪU SƠN\nQUYẾT ĐỊNH\nĐiều 1. Tặng Bằng khen cho 16 tập thể.\n"
    quote = "- Ngân hàng Chính sách xã hội chi nhánh tỉnh - thành tích: Giải ngân 38,6 tỷ đồng cho vay nhà ở"
    asked = "Ngân hàng Chính sách xã hội chi nhánh tỉnh được khen vì giải ngân bao nhiêu tiền cho vay nhà ở?"
    assert _supported(engine, parse_document("mau-son-bk", decision), quote, asked)


def test_money_per_thing_rewarded_answers_what_one_award_is_paid_over_a_target_in_billions(engine: Engine) -> None:
    plan = (
        "HỘI LIÊN HIỆP PHỤ NỮ TỈNH MẪU SƠN\nKẾ HOẠCH\nPhong trào tuyến đường Xanh - Sạch - Đẹp năm 2024\n"
        "I. CHỈ TIÊU\n1. Chỉ tiêu toàn tỉnh\na) Vận động 1,2 tỷ đồng xây dựng tuyến đường Xanh - Sạch - Đẹp.\n"
        "II. KHEN THƯỞNG\n1. Khen thưởng tổng kết\na) Giấy khen cho 15 tuyến đường tiêu biểu, kèm tiền thưởng "
        "3.000.000 đồng/tuyến đường.\n"
    )
    _, chunks = _chunks("mau-son-pn", plan)
    ranked = [_hit(chunks["I.1"], 4.37, 0.71), _hit(chunks["II.1"], 4.07, 0.76)]
    question = "tuyen duong xanh sach dep tieu bieu duoc thuong bao nhieu tien"
    assert _decided(engine, question, ranked) == "II.1"


def test_who_hands_over_an_award_at_a_ceremony_confers_it(engine: Engine) -> None:
    decision = "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nQUYẾT ĐỊNH\nĐiều 1. Tặng Giấy khen cho 08 tập thể.\n"
    quote = (
        "Giấy khen được trao tại Hội nghị tổng kết năm 2024 của huyện, tổ chức ngày 27 tháng 12 năm 2024; "
        "đồng chí Phó Chủ tịch Thường trực UBND huyện thay mặt Chủ tịch UBND huyện trao Giấy khen."
    )
    assert _supported(engine, parse_document("mau-son-qd", decision), quote, "Ai trao Giấy khen tại hội nghị tổng kết?")


def test_a_quota_under_the_asked_awards_heading_is_its_rate(engine: Engine) -> None:
    quote = (
        "Bằng khen của Chủ tịch UBND tỉnh\na) Tập thể đạt từ 95 điểm trở lên và đã được tặng Giấy khen của Chủ "
        "tịch UBND thành phố; số lượng không quá 3% tổng số cơ sở đăng ký thi đua."
    )
    plan = f"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ MẪU SƠN\nKẾ HOẠCH\nThi đua du lịch năm 2024\nI. KHEN THƯỞNG\n1. {quote}\n"
    asked = "ty le toi da de nghi bang khen cua chu tich ubnd tinh la bao nhieu"
    assert _supported(engine, parse_document("mau-son-dl", plan), quote, asked)


def test_a_report_listed_among_a_dossiers_papers_is_part_of_the_dossier(engine: Engine) -> None:
    guide = (
        "LIÊN ĐOÀN LAO ĐỘNG HUYỆN MẪU SƠN\nHƯỚNG DẪN\nXếp loại công đoàn cơ sở năm 2024\nI. HỒ SƠ\n1. Hồ sơ gồm\n"
        "a) Bảng tự chấm điểm có chữ ký của Chủ tịch CĐCS;\nb) Báo cáo tổng kết hoạt động công đoàn năm 2024;\n"
        "c) Tờ trình đề nghị khen thưởng kèm danh sách.\n"
    )
    _, chunks = _chunks("mau-son-ld2", guide)
    ranked = [_hit(chunks["I.1"], 3.0, 0.57, 0.41)]
    assert _decided(engine, "Hồ sơ đề nghị xếp loại, khen thưởng CĐCS năm 2024 gồm những gì?", ranked) == "I.1"

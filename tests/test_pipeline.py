"""The answer pipeline stage by stage, on real questions and the shipped plans: what `understand`
reads from a question, what the policy decides from given evidence, and what each renderer shows."""

from __future__ import annotations

import json
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from bot.answer.answer import Answer, Part, Source
from bot.answer.engine import Engine
from bot.answer.extractive import Extract, extract
from bot.answer.identity import MetadataIntent
from bot.answer.policy import Policy
from bot.answer.retrieve import Evidence, Hit, _Vocabulary, referenced_clauses
from bot.render.console import plain_text
from bot.render.json_data import answer_data
from bot.render.telegram_html import TELEGRAM_LIMIT, answer_messages, html_to_plain
from ingest.chunks import chunk_document
from ingest.parse import parse_document
from knowledge.catalog import Catalog, StoredDocument
from knowledge.schema import Chunk, Document
from knowledge.settings import AnswerSettings, ChunkingSettings, RetrievalSettings

BAC_SON = "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa"
LANG_SON = "lang-son-2025-thi-dua-dai-hoi-xiv"
DINH_LAP = "dinh-lap-2024-thi-dua-cao-diem-dai-hoi-xxv"
AN_LAO = "an-lao-2024-thi-dua-yeu-nuoc-nam-2025"


# --- understand ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "asks", "identity", "named", "references", "english"),
    [
        ("Hạn chót nộp hồ sơ khen thưởng ở xã Bắc Sơn là khi nào?", {"when"}, (), {BAC_SON}, [], False),
        ("ho so khen thuong xa bac son gom nhung gi", {"list"}, (), {BAC_SON}, [], False),
        ("Ai ký kế hoạch thi đua của tỉnh Lạng Sơn?", {"who"}, (MetadataIntent.SIGNER,), {LANG_SON}, [], False),
        ("Nghị quyết số 09/NQ-HĐND ban hành ngày nào?", {"when"}, (MetadataIntent.ISSUE_DATE,), set(), ["9"], False),
        ("What is the deadline for submitting the award dossier?", {"when"}, (), set(), [], True),
        ("hồ sơ gửi về cơ quan nào", {"who"}, (), set(), [], False),
    ],
)
def test_a_question_is_read_once_into_what_it_asks(
    engine: Engine,
    typed: str,
    asks: set[str],
    identity: tuple[MetadataIntent, ...],
    named: set[str],
    references: list[str],
    english: bool,
) -> None:
    question = engine.understand(typed)
    assert question.original == typed
    assert set(question.asks) >= asks
    assert question.identity == identity
    assert question.named_doc_ids == named
    assert [r.number for r in question.references] == references
    assert question.english is english


def test_diacritics_are_restored_and_everyday_words_mapped_once(engine: Engine) -> None:
    question = engine.understand("ho so khen thuong gui ve dau")
    assert question.restored.startswith("hồ sơ khen thưởng")
    assert question.accented
    english = engine.understand("When is the deadline for the dossier in Bac Son?")
    assert english.english and "hạn" in english.text and "When" not in english.text


@pytest.mark.parametrize(
    ("typed", "shown", "not_shown"),
    [
        ("Hồ sơ nộp mấy bộ?", "02 bộ", "2 tháng"),
        ("Thời gian thi đua kéo dài bao nhiêu tháng?", "03 tháng", "hồ sơ 02 bộ"),
        ("tỷ lệ chiến sĩ thi đua cơ sở tối đa", "15%", "15 người"),
        ("Báo cáo thành tích dài tối đa mấy trang?", "dài không quá 05 trang", "05 bộ"),  # a count of anything
        ("hoi dong co may pho chu tich", "gồm 02 Phó Chủ tịch", "Phó Chủ tịch thường trực"),
        ("An Lão hỗ trợ bao nhiêu hộ nghèo?", "hỗ trợ ba hộ nghèo", "các hộ nghèo"),
        ("tối đa bao nhiêu cá nhân được đề nghị?", "không quá 15% tổng số cá nhân", "cá nhân năm 2025"),
        ("Hội đồng có mấy thành viên?", "Thành viên Hội đồng: 07 người", "thành viên trong năm 2025"),
        ("Tổ dân phố văn hóa được thưởng mấy lần lương cơ sở?", "0,3 lần mức lương cơ sở", "lần thứ ba"),
        ("Phòng Nội vụ nhận hồ sơ vào mấy giờ?", "từ 7 giờ 30", "trong giờ hành chính"),
        # Awards are counted by who receives them, or by the award itself.
        ("Sở Y tế được đề nghị tối đa bao nhiêu CSTĐ cấp tỉnh?", "không quá 04 cá nhân", "Chiến sĩ thi đua cấp tỉnh"),
        ("Cụm có dưới 5 thành viên được mấy Cờ thi đua?", "được xét 01 Cờ thi đua", "Cờ thi đua của tỉnh"),
        (
            "Mỗi xã được đề nghị tối đa bao nhiêu Giấy khen?",
            "Giấy khen của Chủ tịch huyện: tối đa 02",
            "Giấy khen năm 2025",
        ),
        (
            "Hộ gia đình hiến đất bao nhiêu m2 thì được khen?",
            "hiến đất từ 200 m2 trở lên",
            "02 m",
        ),  # a unit with digits
        # "suất" is a share of a quota: the award after it is what is counted.
        ("Huyện được mấy suất Bằng khen?", "Bằng khen của tỉnh: 03 tập thể", "Bằng khen năm 2025"),
        # An amount per thing rewarded is given; an income per person and year is a criterion.
        ("Mỗi tuyến đường được thưởng bao nhiêu tiền?", "3.000.000 đồng/tuyến đường", "60 triệu đồng/người/năm"),
        # A threshold asked is answered by one; an amount given is answered by no threshold.
        ("Trả lại tiền từ bao nhiêu tiền trở lên thì được khen?", "có giá trị từ 5.000.000 đồng trở lên", "05 lần"),
        ("Giấy khen được thưởng bao nhiêu tiền?", "kèm tiền thưởng 702.000 đồng", "từ 5.000.000 đồng trở lên"),
    ],
)
def test_a_quantity_question_knows_how_documents_write_the_answer(
    engine: Engine, typed: str, shown: str, not_shown: str
) -> None:
    question = engine.understand(typed)
    assert any(shape.search(shown) for shape in question.shapes)
    assert not any(shape.search(not_shown) for shape in question.shapes)


@pytest.mark.parametrize(
    "typed",
    [
        "Kế hoạch số mấy?",
        "Nghị quyết Đại hội lần thứ mấy?",
        "Hộ gia đình đóng góp bao nhiêu thì được khen?",
        "Hồ sơ gồm mấy loại giấy tờ, là gì?",  # the list is the answer
        "Hội đồng gồm mấy người, ai làm chủ tịch?",
        "Xã xếp hạng mấy trong cụm thì được đề nghị Cờ thi đua?",  # a rank; "trong" counts nothing
    ],
)
def test_a_number_or_an_ordinal_is_not_a_count(engine: Engine, typed: str) -> None:
    assert engine.understand(typed).shapes == ()


def test_places_and_awards_no_document_names_are_noticed(engine: Engine) -> None:
    assert engine.understand("Hạn nộp hồ sơ ở xã Tân Phong là khi nào?").unknown_places == ("xã Tân Phong",)
    awards = engine.understand("Ai được tặng danh hiệu Nghệ nhân ưu tú?").awards
    assert [(a.typed, a.folded) for a in awards] == [("danh hiệu Nghệ nhân ưu tú", "nghe nhan uu tu")]
    assert engine.understand("Các danh hiệu nào được xét?").awards == ()
    assert engine.understand("Hồ sơ đề nghị Huân chương, Bằng khen Thủ tướng nộp mấy bộ?").awards == ()
    (medal,) = engine.understand("Hạn nộp hồ sơ Huân chương Độc lập là ngày nào?").awards
    assert (medal.cue, medal.folded) == ("huan chuong", "doc lap")
    # A verb of the procedure asked ends the name: "gửi vào email nào" names no award.
    assert engine.understand("File điện tử hồ sơ kỷ niệm chương gửi vào email nào?").awards == ()
    # A place's name ends it: read in Vietnamese, "… medal in Lạng Sơn" is "kỷ niệm chương Lạng Sơn".
    assert engine.understand("Where do I send the trade union commemorative medal dossier in Lang Son?").awards == ()


# --- decide --------------------------------------------------------------------------------------


def _hit(engine: Engine, doc_id: str, section: str, score: float, confidence: float) -> Hit:
    chunk = next(c for c in engine.catalog.ordered_chunks() if c.doc_id == doc_id and c.section == section)
    return Hit(chunk, score, 0.85, 1.0, confidence, confidence, 0.0, confidence)


POLICY = Policy(
    RetrievalSettings(min_confidence=0.35, several_plans_ratio=0.9, surer_score_ratio=0.85, surer_confidence_gap=0.25),
    AnswerSettings(max_plans=3),
)


@pytest.mark.parametrize(
    ("hits", "named", "action", "doc_ids"),
    [
        ([(BAC_SON, "VI.1", 3.0, 0.8), (LANG_SON, "II.1", 1.0, 0.5)], set(), "answer", [BAC_SON]),
        ([(BAC_SON, "VI.1", 3.0, 0.8), (LANG_SON, "II.1", 2.9, 0.6)], set(), "several", [BAC_SON, LANG_SON]),
        ([(BAC_SON, "VI.1", 3.0, 0.8), (LANG_SON, "II.1", 2.9, 0.6)], {BAC_SON}, "answer", [BAC_SON]),
        ([(BAC_SON, "VI.1", 3.0, 0.8), (LANG_SON, "II.1", 2.9, 0.2)], set(), "answer", [BAC_SON]),
        ([(BAC_SON, "VI.1", 3.0, 0.2)], set(), "decline", []),
        ([(BAC_SON, "IV", 3.0, 0.36), (BAC_SON, "V", 2.7, 0.69)], set(), "answer", [BAC_SON]),
        ([], set(), "decline", []),
    ],
    ids=["clear-best", "two-documents-alike", "place-named", "other-unsure", "unsure", "surer-close-second", "nothing"],
)
def test_the_policy_answers_from_one_several_or_none(
    engine: Engine, hits: list, named: set[str], action: str, doc_ids: list[str]
) -> None:
    question = replace(engine.understand("Hồ sơ khen thưởng gồm những gì?"), named_doc_ids=frozenset(named))
    evidence = Evidence([_hit(engine, *hit) for hit in hits], frozenset(named), ("hồ", "sơ"))
    decision = POLICY.after_search(question, evidence, None, engine.documents())
    assert decision.action == action
    assert [hit.chunk.doc_id for hit in decision.hits] == doc_ids
    if hits and action == "answer":  # the surest of the close sections of the document answers
        close = [h for h in evidence.hits if h.chunk.doc_id == doc_ids[0] and h.score >= 0.85 * evidence.hits[0].score]
        assert decision.hits[0].confidence == max(h.confidence for h in close)


def test_a_section_under_a_heading_naming_the_asked_award_answers_instead(engine: Engine) -> None:
    # The best section's lines were about another award: a sure one of its document whose headings
    # name the asked award ("3. Bằng khen của LĐLĐ tỉnh › 3.2 Tiêu chuẩn …") answers instead.
    headings = {"VI.1": "Giấy khen của Chủ tịch UBND xã › Hồ sơ", "IV": "Bằng khen của Chủ tịch UBND tỉnh › Hồ sơ"}
    policy = replace(POLICY, headings_of=lambda hit: headings[hit.chunk.section])
    question = engine.understand("Hồ sơ đề nghị Bằng khen gồm những gì?")
    best, other = _hit(engine, BAC_SON, "VI.1", 3.0, 0.8), _hit(engine, BAC_SON, "IV", 2.0, 0.5)
    assert policy.naming_instead(question, [best, other], best) is other
    unsure = _hit(engine, BAC_SON, "IV", 2.0, 0.2)
    assert policy.naming_instead(question, [best, unsure], best) is None
    headings["IV"] = "Giấy khen của Chủ tịch UBND xã › Thời hạn"
    assert policy.naming_instead(question, [best, other], best) is None


def test_a_quantity_is_answered_from_a_section_that_states_one(engine: Engine) -> None:
    question = engine.understand("Lạng Sơn phấn đấu bao nhiêu phần trăm hồ sơ giải quyết đúng hạn?")
    states = next(c for c in engine.catalog.ordered_chunks() if c.doc_id == LANG_SON and c.section == "II.4")
    silent = next(c for c in engine.catalog.ordered_chunks() if c.doc_id == LANG_SON and c.section == "III")
    ranked = [Hit(silent, 3.0, 0.9, 1, 0.9, 0.9, 0, 0.9), Hit(states, 2.5, 0.9, 1, 0.8, 0.8, 0, 0.8)]
    decision = POLICY.after_search(question, Evidence(ranked, frozenset({states.doc_id}), ()), None, [])
    assert decision.action == "answer" and decision.hits[0].chunk == states
    alone = POLICY.after_search(question, Evidence(ranked[:1], frozenset({states.doc_id}), ()), None, [])
    assert alone.action == "decline"


@pytest.mark.parametrize(
    ("typed", "quote", "declined"),
    [
        ("Tiền thưởng là bao nhiêu?", "đề nghị khen thưởng năm 2025, Quyết định số 2437/QĐ-TTg ngày 04/11/2025", True),
        # A numbered thing, a date written in words, is no amount.
        ("Đóng góp bao nhiêu thì được khen?", "theo Kế hoạch số 41/KH-UBND ngày 24 tháng 02 năm 2025", True),
        ("Kinh phí là bao nhiêu?", "Báo cáo thành tích theo Mẫu số 01, quy định tại Điều 5", True),
        ("Tiền thưởng kèm Giấy khen của Chủ tịch huyện là bao nhiêu?", "Giấy khen: 0,3 lần mức lương cơ sở", False),
        ("tỷ lệ hồ sơ đúng hạn?", "phấn đấu 100% hồ sơ giải quyết đúng hạn", False),
        ("tang truong bao nhieu", "GRDP đạt từ 8 - 9% năm 2025", False),
        ("Hồ sơ gồm những gì?", "Tờ trình kèm danh sách", False),
        ("Số điện thoại của Phòng Nội vụ là gì?", "Phòng Nội vụ là cơ quan thường trực", True),
        ("Ai được tặng danh hiệu Anh hùng Lao động?", "Tặng Giấy khen cho tập thể", True),
        ("Hồ sơ đề nghị Kỷ niệm chương gồm những gì?", "Tờ trình kèm danh sách", True),  # a form it never names
        ("Sở Y tế gửi hồ sơ trước ngày nào?", "Hồ sơ gửi trước ngày 10/12/2025", True),  # nor a department
        # A year the document never writes (Bắc Sơn's plan is for 2025).
        ("Chủ đề thi đua năm 2027 của xã là gì?", "Chủ đề thi đua: đoàn kết, sáng tạo", True),
        ("Chủ đề thi đua năm 2025 của xã là gì?", "Chủ đề thi đua: đoàn kết, sáng tạo", False),
        ("ho so de nghi bang khen gom nhung gi", "Tờ trình kèm danh sách", False),
        # A deadline asked: a campaign's period is not one.
        ("Hạn chót nộp hồ sơ là ngày nào?", "Thời gian: từ nay đến ngày 30/7/2025", True),
        ("Hạn chót nộp hồ sơ là ngày nào?", "Hồ sơ gửi trước ngày 10/12/2025", False),
        # Which day an event is held: a time relative to the event itself is no day.
        ("Đại hội Đảng bộ xã tổ chức ngày nào?", "Hồ sơ gửi sau 20 ngày tổ chức Đại hội", True),
        ("Đại hội Đảng bộ xã tổ chức ngày nào?", "Đại hội tổ chức ngày 15/8/2025", False),
        # A cited document's date is not the event's day, unless the question is about a document.
        ("Đại hội Thi đua yêu nước thành phố tổ chức ngày nào?", "(Kế hoạch số 164/KH-UBND ngày 05/7/2022)", True),
        ("Kế hoạch số 164 của thành phố ban hành ngày nào?", "(Kế hoạch số 164/KH-UBND ngày 05/7/2022)", False),
        # Where an event is held: a venue, not when it is held; where a dossier goes is a body.
        ("Lễ tổng kết tổ chức ở đâu?", "Tổ chức lễ tổng kết vào tháng 12/2026", True),
        ("le tong ket to chuc o dau", "Lễ tổng kết tổ chức tại Nhà văn hóa tổ dân phố 3", False),
        # Words between "tổ chức" and "ở đâu", digits too, still ask where.
        ("Xã tổ chức lễ kỷ niệm 115 năm ngày sinh đồng chí Lương Văn Tri ở đâu?", "Lễ kỷ niệm vào tháng 8/2025", True),
        ("Hồ sơ gửi về đâu?", "Hồ sơ gửi về Phòng Nội vụ", False),
        ("Giải bóng đá tổ chức ở sân nào?", "Giải bóng đá tổ chức vào tháng 5/2025", True),
        ("giai bong da to chuc o san nao", "tổ chức tại Sân vận động huyện", False),
        # The amount stated is for another form listed beside the asked one; under a heading naming
        # the asked one, it is its amount.
        (
            "Bằng khen được thưởng bao nhiêu tiền?",
            "b) Bằng khen của Chủ tịch UBND tỉnh: 05 tập thể. d) Giấy khen, kèm tiền thưởng 3.000.000 đồng.",
            True,
        ),
        ("Bằng khen được thưởng bao nhiêu tiền?", "Bằng khen của Chủ tịch UBND tỉnh\n- Cá nhân: 2.340.000 đồng", False),
        ("Số fax của Phòng Nội vụ?", "điện thoại 0235.3871.246", True),
        # Titles and forms are awards alike: the items on other awards do not answer for the asked one.
        (
            "Cờ thi đua được thưởng mấy lần lương cơ sở?",
            "a) Danh hiệu Chiến sĩ thi đua cơ sở: 1,0 lần mức lương cơ sở; c) Giấy khen: 0,3 lần mức lương cơ sở.",
            True,
        ),
        # The line announcing the items states what they are reckoned from, not the asked title's amount.
        (
            "tien thuong lao dong tien tien la bao nhieu",
            "Mức tiền thưởng tính trên mức lương cơ sở 2.340.000 đồng:\n"
            '- "Chiến sĩ thi đua cơ sở": 1,0 lần, tương ứng 2.340.000 đồng;\n'
            '- "Tập thể lao động tiên tiến": 0,8 lần, tương ứng 1.872.000 đồng.',
            True,
        ),
        # A dossier asked: its papers are listed; a sentence naming the decree it follows lists none.
        ("Hồ sơ đề nghị Gia đình văn hóa gồm những giấy tờ gì?", "Gia đình văn hóa xét tặng theo Nghị định 86.", True),
        ("ho so de nghi giay khen gom nhung gi", "Hồ sơ gồm: tờ trình kèm theo danh sách", False),
        # Who sits on a council: its roles named; a sentence saying it meets names none.
        ("Hội đồng thi đua khen thưởng của xã gồm những ai?", "trình Hội đồng Thi đua - Khen thưởng họp xét.", True),
        ("Hội đồng thi đua khen thưởng của xã gồm những ai?", "Chủ tịch Hội đồng: Chủ tịch UBND xã;", False),
        # Two quantities asked: a draft stating only one of them does not answer.
        ("Hội đồng họp mấy lần một năm, cần bao nhiêu thành viên dự?", "Hội đồng gồm 09 thành viên.", True),
        ("Hội đồng họp mấy lần một năm, cần bao nhiêu thành viên dự?", "họp 02 lần; cần 07 thành viên dự.", False),
        # A figure stated for another year than the one asked.
        ("GRDP năm 2030 tăng bao nhiêu phần trăm?", "phấn đấu GRDP đạt từ 8 - 9% năm 2025.", True),
        ("GRDP năm 2025 tăng bao nhiêu phần trăm?", "phấn đấu GRDP đạt từ 8 - 9% năm 2025.", False),
        # Items under a heading naming another award are about it.
        (
            "Gia đình văn hóa được thưởng bao nhiêu?",
            "Mức tiền thưởng kèm theo Giấy khen:\na) Đối với cá nhân: 0,4 lần mức lương cơ sở;",
            True,
        ),
        # A phone number given for another person than the one asked.
        (
            "số điện thoại ông Trịnh Minh Tuấn?",
            "liên hệ đồng chí Hoàng Văn Tâm, điện thoại 0912.458.367; hồ sơ liên hệ ông Trịnh Minh Tuấn.",
            True,
        ),
        ("số điện thoại ông Trịnh Minh Tuấn?", "liên hệ ông Trịnh Minh Tuấn, điện thoại 0912.458.367", False),
        # A person the document never names (Bắc Sơn's plan is signed by Trịnh Minh Tuấn).
        ("số điện thoại chị Trần Thị Mai Lan?", "liên hệ chị Trần Thị Mai Lan, điện thoại 0912.458.367", True),
        # A document's or a form's number asked: the answer shows one.
        ("Phong trào thực hiện theo kế hoạch số mấy?", "thực hiện theo kế hoạch của thành phố", True),
        ("Phong trào thực hiện theo kế hoạch số mấy?", "theo Kế hoạch số 166/KH-UBND ngày 20/5/2024", False),
        ("bao cao thanh tich theo mau so may", "Báo cáo thành tích theo Mẫu số 02", False),
        ("Phòng Nội vụ thẩm định hồ sơ mấy ngày?", "thẩm định trong 10 ngày làm việc", False),  # not "số mấy"
        ("Hạn gửi hồ sơ là ngày nào?", "Hồ sơ gửi sau 20 ngày tổ chức Đại hội", False),  # deadlines may be relative
        # An address asked: a body alone is none.
        ("Nộp hồ sơ ở đâu, địa chỉ cụ thể?", "Hồ sơ gửi về Ban Thi đua - Khen thưởng tỉnh", True),
        ("Nộp hồ sơ ở đâu, địa chỉ cụ thể?", "địa chỉ: tầng 4, số 36 đường Hai Bà Trưng", False),
        # Who chairs a council: a sentence saying who is its chair, not officials listed with duties.
        ("Ai là Chủ tịch Hội đồng thi đua xã?", "Chủ tịch, các Phó Chủ tịch UBND xã: chỉ đạo thi đua.", True),
        ("Ai là Chủ tịch Hội đồng thi đua xã?", "Chủ tịch UBND xã là Chủ tịch Hội đồng.", False),
        # A person's name asked: a role is none.
        ("Phó Chủ tịch thường trực Hội đồng tên là gì?", "Phó Chủ tịch UBND huyện phụ trách văn hóa - xã hội", True),
        ("Người ký kế hoạch họ tên là gì?", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Văn Nam", False),
        # An amount of money for an award: lines that never name it state another payment.
        (
            "tien thuong giay khen bao nhieu",
            "Thành viên Hội đồng dự phiên họp xét khen thưởng được chi bồi dưỡng 200.000 đồng/người/buổi;",
            True,
        ),
        ("tien thuong giay khen bao nhieu", "Giấy khen của Chủ tịch UBND xã kèm tiền thưởng 702.000 đồng.", False),
        # A document's number asked: its code names its kind ("34-CT/TW" is a Chỉ thị's, "TTr" a Tờ trình's).
        ("Hướng dẫn khen thưởng của xã là văn bản số mấy?", "Thực hiện Chỉ thị số 34-CT/TW của Bộ Chính trị", True),
        ("Hướng dẫn khen thưởng của xã là văn bản số mấy?", "Thực hiện Hướng dẫn số 12/HD-UBND của huyện", False),
        ("Quyết định khen thưởng theo tờ trình số mấy?", "tại Tờ trình số 88/TTr-PNV ngày 09/6/2025", False),
        ("Quy chế của xã số mấy?", "ban hành kèm theo Quyết định số 12/QĐ-UBND", False),  # issued by a decision
        # The document replacing another asked: the number of the one replaced is not it.
        (
            "Quy chế thi đua mới của xã ban hành theo quyết định số mấy?",
            "ban hành Quy chế mới, thay thế Quyết định số 2209/QĐ-UBND",
            True,
        ),
        (
            "Quy chế mới sẽ thay thế quyết định số mấy?",
            "ban hành Quy chế mới, thay thế Quyết định số 2209/QĐ-UBND",
            False,
        ),
        # "13/15 thành viên" is a count, "98/2023/NĐ-CP" a decree's number.
        ("Phiên họp có bao nhiêu thành viên dự?", "Dự phiên họp có 13/15 thành viên Hội đồng", False),
        ("Hồ sơ có bao nhiêu bộ?", "theo Nghị định số 98/2023/NĐ-CP", True),
        # People are called by their given names; another person's number is still not theirs.
        ("so dien thoai cua ba Hong Van", "người liên hệ: bà Nguyễn Thị Hồng Vân, điện thoại 0263.3845.216", False),
        ("so dien thoai cua ba Thu Ha", "người liên hệ: bà Nguyễn Thị Hồng Vân, điện thoại 0263.3845.216", True),
        # A unit the document never names ("Chi cục …" of a plan that names none) is not answered for.
        ("Chi cục Quản lý chất lượng được phân bổ mấy tập thể?", "Mỗi đơn vị được đề nghị 01 tập thể.", True),
    ],
)
def test_a_draft_that_does_not_state_what_was_asked_is_declined(
    engine: Engine, typed: str, quote: str, declined: bool
) -> None:
    question = engine.understand(typed)
    document = engine.document(BAC_SON)
    assert (POLICY.supports(question, quote, document) is not None) is declined


def test_an_identity_question_about_a_named_document_is_decided_before_searching(engine: Engine) -> None:
    documents = engine.documents()
    signer = POLICY.before_search(engine.understand("ai ky ke hoach xa bac son"), None, documents)
    assert signer is not None and signer.action == "identity" and signer.doc_ids == (BAC_SON,)
    cited = engine.understand("Nghị quyết số 09 của xã Bắc Sơn ban hành ngày nào?")
    assert POLICY.before_search(cited, None, documents) is None  # about the resolution the plan cites
    # A document of another kind, named without its number, is not the plan either.
    described = engine.understand("Nghị quyết của HĐND xã Bắc Sơn về nhiệm vụ 6 tháng cuối năm là nghị quyết số mấy?")
    assert POLICY.before_search(described, None, documents) is None
    attributed = engine.understand("Theo Quyết định 2437/QĐ-TTg, muốn được Bằng khen của Thủ tướng cần tiêu chuẩn gì?")
    declined = POLICY.before_search(attributed, None, documents)
    assert declined is not None and declined.action == "decline" and "Quyết định 2437/QĐ-TTg" in declined.reason
    elsewhere = POLICY.before_search(engine.understand("hồ sơ ở xã Tân Phong gửi đâu"), None, documents)
    assert elsewhere is not None and elsewhere.action == "decline" and "Tân Phong" in elsewhere.reason


# --- render --------------------------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.valid = True

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.valid &= tag in ("b", "i")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self.valid &= bool(self.stack) and self.stack.pop() == tag


def _valid(message: str) -> bool:
    parser = _Tags()
    parser.feed(message)
    return parser.valid and not parser.stack


SOURCE = Source("Kế hoạch thi đua xã Bắc Sơn", "VI.1", "Thành phần hồ sơ")
ANSWER = Answer(
    "Hồ sơ gồm những gì?",
    False,
    lead="Theo Kế hoạch thi đua xã Bắc Sơn",  # no colon: bold because it is the lead, not by its words
    parts=(Part("Kế hoạch thi đua xã Bắc Sơn", ("Nguồn: tờ trình <đề nghị> & danh sách.",), (SOURCE,)),),
)


def test_telegram_html_styles_lines_by_their_role_not_their_words() -> None:
    [message] = answer_messages(ANSWER)
    lines = message.split("\n")
    assert lines[0] == "<b>Theo Kế hoạch thi đua xã Bắc Sơn</b>"
    assert lines[1] == "Nguồn: tờ trình &lt;đề nghị&gt; &amp; danh sách."  # a quoted line stays plain
    assert lines[2] == "<i>Nguồn: Kế hoạch thi đua xã Bắc Sơn, mục VI.1 «Thành phần hồ sơ».</i>"
    assert html_to_plain(message) == plain_text(ANSWER)


def test_telegram_html_of_a_long_answer_is_split_into_valid_messages() -> None:
    long_lines = tuple(
        f"{n}. Cá nhân <đạt> tiêu chuẩn & thành tích xuất sắc trong đợt thi đua. " * 9 for n in range(40)
    )
    several = Answer(
        "q",
        False,
        lead="Câu hỏi không nêu địa phương và 2 văn bản đều có nội dung liên quan:",
        parts=(
            Part("Kế hoạch A", long_lines, (SOURCE,)),
            Part("Kế hoạch B", long_lines, (SOURCE,), "lưu ý: đã hết hạn"),
        ),
    )
    messages = answer_messages(several)
    assert len(messages) > 4
    assert all(len(m) <= TELEGRAM_LIMIT and _valid(m) for m in messages)
    assert "<b>• Kế hoạch B (lưu ý: đã hết hạn):</b>" in "".join(messages)
    assert "".join(html_to_plain(m).replace("\n", "") for m in messages) == plain_text(several).replace("\n", "")


def test_console_text_shows_notes_lead_lines_and_sources_in_order() -> None:
    english = replace(ANSWER, notes=("Câu hỏi bằng tiếng Anh; câu trả lời bằng tiếng Việt, trích từ văn bản:",))
    assert plain_text(english).split("\n") == [
        "Câu hỏi bằng tiếng Anh; câu trả lời bằng tiếng Việt, trích từ văn bản:",
        "Theo Kế hoạch thi đua xã Bắc Sơn",
        "Nguồn: tờ trình <đề nghị> & danh sách.",
        "Nguồn: Kế hoạch thi đua xã Bắc Sơn, mục VI.1 «Thành phần hồ sơ».",
    ]


def test_json_has_the_documented_fields(engine: Engine) -> None:
    data = json.loads(json.dumps(answer_data(engine.ask("Hồ sơ khen thưởng ở xã Bắc Sơn gồm những gì?"), "q1")))
    assert set(data) == {
        "id", "question", "answer", "abstained", "reason", "lead", "parts", "notes", "citations", "drafter", "verified"
    }  # fmt: skip
    assert data["parts"][0]["sources"][0] == {
        "label": "Kế hoạch thi đua xã Bắc Sơn",
        "section": "VI.1",
        "heading": "Thành phần hồ sơ",
    }
    assert data["answer"].startswith(data["lead"]) and data["citations"][0]["section"] == "VI.1"


def test_a_section_whose_heading_the_question_names_beats_the_plans_title(engine: Engine) -> None:
    question = engine.understand("Chủ đề đợt thi đua của xã Bắc Sơn là gì?")
    chunks = engine.catalog.ordered_chunks()
    title = next(c for c in chunks if c.doc_id == BAC_SON and c.section == "preamble")
    theme = next(c for c in chunks if c.doc_id == BAC_SON and c.section == "II")
    ranked = [Hit(title, 3.45, 0.85, 1.0, 0.9, 0.3, 0.0, 0.70), Hit(theme, 3.38, 0.85, 1.0, 1.0, 0.5, 1.0, 0.78)]
    decision = POLICY.after_search(question, Evidence(ranked, frozenset({BAC_SON}), ()), None, engine.documents())
    assert decision.hits[0].chunk.section == "II"
    unnamed = [ranked[0], replace(ranked[1], heading=0.0)]  # the title stays first otherwise
    decision = POLICY.after_search(question, Evidence(unnamed, frozenset({BAC_SON}), ()), None, engine.documents())
    assert decision.hits[0].chunk.section == "preamble"
    # The title's rank is inflated by the plan's subject: a named heading ranking less close wins too,
    lower = [ranked[0], replace(ranked[1], score=2.85)]
    decision = POLICY.after_search(question, Evidence(lower, frozenset({BAC_SON}), ()), None, engine.documents())
    assert decision.hits[0].chunk.section == "II"
    far = [ranked[0], replace(ranked[1], score=2.2)]  # but not one ranking far below
    decision = POLICY.after_search(question, Evidence(far, frozenset({BAC_SON}), ()), None, engine.documents())
    assert decision.hits[0].chunk.section == "preamble"


@pytest.mark.parametrize(
    "question",
    [
        # "Kết thúc phong trào thi đua, UBND huyện … khen thưởng" ranks first on the word "kết thúc".
        "Đợt thi đua đặc biệt ở Văn Quan kết thúc ngày nào?",
        # A deadline ("… trước ngày 15/7/2025") is no bound of the period.
        "Đợt thi đua đặc biệt chào mừng 115 năm ngày sinh đồng chí Lương Văn Tri ở Văn Quan kéo dài đến ngày nào?",
    ],
)
def test_the_day_a_campaign_ends_is_answered_by_a_close_section_that_states_it(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.citations[0].section == "II.1" and "30/7/2025" in answer.text, answer.text


def test_a_period_asked_is_answered_by_the_time_section_not_the_header(engine: Engine) -> None:
    # The header repeats the plan's subject and carries its own date, which is no period.
    question = engine.understand("Phong trào thi đua của xã Bắc Sơn chạy từ khi nào tới khi nào?")
    chunks = engine.catalog.ordered_chunks()
    title = next(c for c in chunks if c.doc_id == BAC_SON and c.section == "preamble")
    period = next(c for c in chunks if c.doc_id == BAC_SON and c.section == "III")
    ranked = [Hit(title, 2.87, 0.85, 1.0, 0.48, 0.35, 0.0, 0.45), Hit(period, 2.38, 0.85, 1.0, 0.51, 0.18, 1.0, 0.37)]
    decision = POLICY.after_search(question, Evidence(ranked, frozenset({BAC_SON}), ()), None, engine.documents())
    assert decision.hits[0].chunk.section == "III"


def test_the_deadline_of_another_submission_does_not_answer(engine: Engine) -> None:
    # Bắc Sơn's plan dates the reward dossiers, not a registration for the campaign.
    answer = engine.ask("Xã Bắc Sơn hạn nộp bản đăng ký thi đua năm 2025 là ngày nào?")
    assert answer.abstained and "«bản đăng ký thi đua»" in answer.text, answer.text


def test_what_a_plan_rests_on_is_answered_from_its_opening_lines(engine: Engine) -> None:
    # A section listing the city's campaigns, each with its plan's number, ranks as close.
    answer = engine.ask("Kế hoạch thi đua năm 2025 của An Lão thực hiện theo kế hoạch số mấy của UBND thành phố?")
    assert answer.citations[0].section == "preamble" and "190/KH-UBND" in answer.text, answer.text


def test_a_deadline_asked_is_answered_by_a_close_section_that_states_one(engine: Engine) -> None:
    question = engine.understand("Kè bờ suối Đình Lập hoàn thành trước ngày nào?")
    chunks = engine.catalog.ordered_chunks()
    task = next(c for c in chunks if c.doc_id == DINH_LAP and c.section == "IV.3")  # "theo thời gian trên"
    target = next(c for c in chunks if c.doc_id == DINH_LAP and c.section == "III.4")  # "trước ngày 20/01/2025"
    ranked = [Hit(task, 3.48, 0.85, 1.0, 0.86, 0.5, 0.0, 0.72), Hit(target, 3.39, 0.85, 1.0, 1.0, 0.58, 0.0, 0.80)]
    decision = POLICY.after_search(question, Evidence(ranked, frozenset({DINH_LAP}), ()), None, engine.documents())
    assert decision.hits[0].chunk.section == "III.4"
    unsure = [ranked[0], replace(ranked[1], confidence=0.6)]  # less sure: the best stays, the draft is refused
    decision = POLICY.after_search(question, Evidence(unsure, frozenset({DINH_LAP}), ()), None, engine.documents())
    assert decision.hits[0].chunk.section == "IV.3"


def test_a_section_naming_another_form_of_reward_than_the_one_asked_does_not_answer(engine: Engine) -> None:
    question = engine.understand("An Lão xét tặng Huân chương cho những phong trào nào?")
    chunks = engine.catalog.ordered_chunks()
    city = next(c for c in chunks if c.doc_id == AN_LAO and c.section == "IV.2")  # names "Bằng khen" only
    other = next(c for c in chunks if c.doc_id == AN_LAO and c.section == "IV.1")  # names no form
    ranked = [Hit(city, 3.4, 0.85, 1.0, 0.9, 0.6, 0.0, 0.75), Hit(other, 3.2, 0.85, 1.0, 0.8, 0.5, 0.0, 0.65)]
    decision = POLICY.after_search(question, Evidence(ranked, frozenset({AN_LAO}), ()), None, engine.documents())
    assert decision.action == "answer" and decision.hits[0].chunk.section == "IV.1"
    alone = POLICY.after_search(question, Evidence(ranked[:1], frozenset({AN_LAO}), ()), None, engine.documents())
    assert alone.action == "decline"
    assert "mục IV.2) nói về «Bằng khen», không nói về «Huân chương»" in alone.reason
    asked_so = engine.understand("An Lão xét tặng Bằng khen cho những phong trào nào?")
    decision = POLICY.after_search(asked_so, Evidence(ranked, frozenset({AN_LAO}), ()), None, engine.documents())
    assert decision.hits[0].chunk.section == "IV.2"


def test_a_year_the_title_writes_is_the_documents_own(engine: Engine) -> None:
    # "Cờ thi đua năm 2024" asked of a report on 2024 whose lines write "thi đua năm" only for 2025.
    report = parse_document(
        "thach-ha-2024",
        "UBND HUYỆN THẠCH HÀ\nBÁO CÁO\nTổng kết công tác thi đua, khen thưởng năm 2024\n"
        "1. Kết quả\nUBND huyện đề nghị UBND tỉnh tặng Cờ thi đua cho xã Thạch Kênh.\n"
        "2. Phương hướng\nPhấn đấu có 02 đơn vị được tặng Cờ thi đua năm 2025.\n",
    )
    quote = "UBND huyện đề nghị UBND tỉnh tặng Cờ thi đua cho xã Thạch Kênh."
    asked = engine.understand("Huyện đề nghị tỉnh tặng Cờ thi đua năm 2024 cho những đơn vị nào?")
    assert POLICY.supports(asked, quote, report) is None
    another = engine.understand("Huyện đề nghị tỉnh tặng Cờ thi đua năm 2023 cho những đơn vị nào?")
    assert POLICY.supports(another, quote, report) is not None


def _regulation_hits(text: str, ranked: list[tuple[str, float, float]]) -> list[Hit]:
    """Hits on the sections of a small document, ranked as given (section, score, confidence)."""
    chunks = chunk_document(parse_document("mau-son-2025", text), ChunkingSettings())
    by_section = {chunk.section: chunk for chunk in chunks}
    return [Hit(by_section[path], score, 0.85, 1.0, sure, sure, 0.0, sure) for path, score, sure in ranked]


def test_a_section_denying_the_case_asked_gives_way_to_one_stating_it(engine: Engine) -> None:
    regulation = (
        "QUY ĐỊNH\nChấm điểm thi đua xã\n1. Các đơn vị được phân loại như sau:\n"
        "a) Loại Xuất sắc: đạt từ 850 điểm trở lên;\nb) Loại Tốt: đạt từ 700 điểm đến dưới 850 điểm.\n"
        "2. Đơn vị có tiêu chí giao quân bị 0 điểm thì không được xếp loại Xuất sắc.\n"
    )
    hits = _regulation_hits(regulation, [("2", 4.7, 0.74), ("1", 4.5, 0.74)])
    asked = engine.understand("Xã phải đạt bao nhiêu điểm thì được xếp loại Xuất sắc?")
    decision = POLICY.after_search(asked, Evidence(hits, frozenset(), ()), None, [])
    assert decision.hits[0].chunk.section == "1"
    # Asked about the exception itself, the section denying it answers.
    exception = engine.understand("Trường hợp nào không được xếp loại Xuất sắc?")
    assert POLICY.after_search(exception, Evidence(hits, frozenset(), ()), None, []).hits[0].chunk.section == "2"


def test_a_point_under_a_heading_naming_what_is_asked_answers_when_its_lines_show_it(engine: Engine) -> None:
    guide = (
        "HƯỚNG DẪN\nKhen thưởng năm 2024\nI. HỒ SƠ\n1. Số lượng hồ sơ\nHồ sơ đề nghị Giấy khen: 01 bộ bản chính.\n"
        "II. NƠI NHẬN HỒ SƠ\n1. Văn phòng Hội Cựu chiến binh thị xã, số 08 đường Trần Phú.\n"
        "2. Cán bộ tiếp nhận: đồng chí Võ Văn Thắng, Chánh Văn phòng.\n"
    )
    headings = {"I.1": "HỒ SƠ › Số lượng", "II.1": "NƠI NHẬN HỒ SƠ › Văn phòng Hội", "II.2": "NƠI NHẬN HỒ SƠ › Cán bộ"}
    policy = replace(POLICY, headings_of=lambda hit: headings[hit.chunk.section])
    hits = _regulation_hits(guide, [("I.1", 3.7, 0.57), ("II.2", 2.9, 0.5), ("II.1", 2.8, 0.44)])
    asked = engine.understand("Hội CCB gửi hồ sơ khen thưởng cuối năm về đâu?")
    decision = policy.after_search(asked, Evidence(hits, frozenset(), ()), None, [])
    assert decision.hits[0].chunk.section == "II.1"


def test_a_section_whose_heading_the_question_names_answers_when_it_shows_what_is_asked(engine: Engine) -> None:
    # "… bình xét … trước ngày nào": the clause headed "Bình xét" states the date, the criteria
    # ranking first on the question's other words state none.
    plan = (
        "KẾ HOẠCH\nPhong trào nông dân sản xuất, kinh doanh giỏi\nI. TIÊU CHUẨN\n1. Tiêu chuẩn cấp huyện\n"
        "Hộ sản xuất, kinh doanh giỏi cấp huyện có thu nhập từ 300 triệu đồng/năm trở lên.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Bình xét\nChi hội tổ chức bình xét trước ngày 05 tháng 11 hằng năm.\n"
    )
    asked = engine.understand("Chi hội phải tổ chức bình xét hộ sản xuất kinh doanh giỏi trước ngày nào?")
    best, headed = _regulation_hits(plan, [("I.1", 3.0, 0.6), ("II.1", 2.4, 0.66)])
    named = replace(headed, heading=1.0)
    assert POLICY.after_search(asked, Evidence([best, named], frozenset(), ()), None, []).hits[0] is named
    # Not named by the question, or less sure than the best, it ranks too far below to answer.
    assert POLICY.after_search(asked, Evidence([best, headed], frozenset(), ()), None, []).hits[0] is best
    unsure = replace(named, confidence=0.5)
    assert POLICY.after_search(asked, Evidence([best, unsure], frozenset(), ()), None, []).hits[0] is best


def test_a_time_limit_asked_of_one_step_is_answered_by_the_clause_naming_the_step(engine: Engine) -> None:
    # The heading names every step; each clause states the time limit of its own.
    guide = (
        "HƯỚNG DẪN\nHồ sơ khen thưởng\nI. THỜI HẠN THẨM ĐỊNH VÀ XỬ LÝ HỒ SƠ\n"
        "1. Trong 05 ngày làm việc kể từ ngày nhận quyết định khen thưởng, Sở Nội vụ thông báo kết quả.\n"
        "2. Sở Nội vụ thẩm định hồ sơ trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ.\n"
    )
    hits = _regulation_hits(guide, [("I.1", 3.0, 0.78), ("I.2", 2.8, 0.77)])
    asked = engine.understand("Sở Nội vụ thẩm định hồ sơ khen thưởng trong bao nhiêu ngày?")
    assert POLICY.after_search(asked, Evidence(hits, frozenset(), ()), None, []).hits[0].chunk.section == "I.2"
    told = engine.understand("Sở Nội vụ thông báo kết quả khen thưởng trong bao nhiêu ngày?")
    assert POLICY.after_search(told, Evidence(hits, frozenset(), ()), None, []).hits[0].chunk.section == "I.1"


def test_a_section_under_a_heading_naming_the_asked_level_is_about_it(engine: Engine) -> None:
    # The provincial title's criteria name the district title it builds on; the article's heading
    # says whose criteria they are. A section about the district title alone is another level's.
    regulation = (
        "KẾ HOẠCH\nThi đua sản xuất giỏi\nI. DANH HIỆU HỘ SẢN XUẤT GIỎI CẤP TỈNH\n"
        "1. Tiêu chuẩn: a) Đạt danh hiệu hộ sản xuất giỏi cấp huyện 03 năm liên tục; "
        "b) Thu nhập từ 500 triệu đồng/năm trở lên.\n"
    )
    hits = _regulation_hits(regulation, [("I.1", 3.0, 0.8)])
    asked = engine.understand("Hộ sản xuất giỏi cấp tỉnh cần thu nhập bao nhiêu?")
    headed = replace(POLICY, headings_of=lambda hit: "Danh hiệu hộ sản xuất giỏi cấp tỉnh › Tiêu chuẩn")
    assert headed.after_search(asked, Evidence(hits, frozenset(), ()), None, []).action == "answer"
    assert POLICY.after_search(asked, Evidence(hits, frozenset(), ()), None, []).action == "decline"
    # Headings naming both levels say nothing of which one the section is about.
    both = replace(POLICY, headings_of=lambda hit: "Danh hiệu cấp huyện và cấp tỉnh › Tiêu chuẩn")
    assert both.after_search(asked, Evidence(hits, frozenset(), ()), None, []).action == "decline"


def test_a_section_nearly_as_sure_as_the_header_shows_the_venue(engine: Engine) -> None:
    # Repeating the subject makes the header look sure too: the row nearly as sure shows the venue.
    plan = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nSố: 58/KH-UBND\nMẫu Sơn, ngày 14 tháng 3 năm 2025\nKẾ HOẠCH\n"
        "Tổ chức Hội diễn nghệ thuật quần chúng huyện Mẫu Sơn\nI. LỊCH TỔ CHỨC\n"
        "1. Đêm thứ nhất: 19h30 ngày 22/4/2025, địa điểm: Nhà Văn hóa Trung tâm huyện.\n"
    )
    header, row = _regulation_hits(plan, [("preamble", 3.0, 0.44), ("I.1", 2.1, 0.43)])
    asked = engine.understand("Hội diễn năm nay ở Mẫu Sơn tổ chức ở đâu?")
    assert POLICY.after_search(asked, Evidence([header, row], frozenset(), ()), None, []).hits[0] is row
    unsure = replace(row, confidence=0.3)
    assert POLICY.after_search(asked, Evidence([header, unsure], frozenset(), ()), None, []).hits[0] is header


def _drafted(engine: Engine, text: str, section: str, typed: str, terms: tuple[str, ...]) -> Extract:
    """The lines drafted from `section` of a small document, every term weighing the same."""
    document = parse_document("mau-son-2025", text)
    chunk = next(c for c in chunk_document(document, ChunkingSettings()) if c.section == section)
    return extract(document, chunk, terms, lambda term: 1.0, engine.understand(typed), 1, 450)


def test_a_line_labelled_as_asked_is_drafted(engine: Engine) -> None:
    plan = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nKẾ HOẠCH\nThi đua chuyển đổi số\n"
        "I. CHỦ ĐỀ, KHẨU HIỆU\n"
        'Chủ đề: "Chuyển đổi số trong dạy và học". Khẩu hiệu: "Mỗi thầy cô một bài giảng số".\n'
        "II. THỜI GIAN\nTừ tháng 9/2025 đến tháng 5/2026.\n"
    )
    terms = ("khẩu", "hiệu", "chuyển", "đổi", "số")  # the sentences tie on them; the label decides
    drafted = _drafted(engine, plan, "I", "Khẩu hiệu thi đua chuyển đổi số là gì?", terms)
    assert drafted.sentences == ('Khẩu hiệu: "Mỗi thầy cô một bài giảng số".',)


def test_a_list_item_is_drafted_with_the_lines_it_goes_on_over(engine: Engine) -> None:
    plan = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nKẾ HOẠCH\nThi đua năm 2025\n"
        "I. NƠI NHẬN HỒ SƠ\n"
        "- Phòng Nội vụ huyện, tầng 2 trụ sở UBND huyện.\n"
        "- Người liên hệ: bà Hà Thị Lan, chuyên viên Phòng Nội vụ;\n"
        "điện thoại 0205.3871.234, di động 0912.345.678.\n"
        "- Bản điện tử gửi qua e-mail: pnv@mauson.gov.vn.\n"
    )
    drafted = _drafted(engine, plan, "I", "Người liên hệ ở Mẫu Sơn là ai?", ("người", "liên", "hệ"))
    assert "0912.345.678" in drafted.quote and "e-mail" not in drafted.quote


def test_whom_to_contact_is_drafted_from_the_sentence_naming_them(engine: Engine) -> None:
    plan = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nKẾ HOẠCH\nThi đua năm 2025\n"
        "1. Cán bộ tiếp nhận: đồng chí Võ Văn Thắng, Chánh Văn phòng; điện thoại 0256.3835.219, di động\n"
        "0914.276.385; email: vanphong@mauson.gov.vn.\n"
    )
    document = parse_document("mau-son-2025", plan)
    chunk = next(c for c in chunk_document(document, ChunkingSettings()) if c.section == "1")
    terms = ("liên", "hệ", "điện", "thoại")
    for typed in ("gui ho so thi lien he ai, so dien thoai may", "Hồ sơ liên hệ ai?"):
        drafted = extract(document, chunk, terms, lambda term: 1.0, engine.understand(typed), 3, 450)
        assert "Võ Văn Thắng" in drafted.quote, typed
    phone = extract(document, chunk, terms, lambda term: 1.0, engine.understand("so dien thoai la bao nhieu"), 3, 450)
    assert "0256.3835.219" in phone.quote


def test_lines_drafted_from_one_point_cite_that_point(engine: Engine) -> None:
    # A point has no chunk of its own; when every line quoted is its, it is cited ("mục 3.b").
    plan = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MẪU SƠN\nKẾ HOẠCH\nThi đua năm 2025\n"
        "1. Nội dung\nThi đua dạy tốt.\n2. Khen thưởng\nGiấy khen của Chủ tịch UBND huyện.\n"
        "3. Hồ sơ và thời hạn\n"
        "a) Thành phần hồ sơ\n- Tờ trình của đơn vị;\n- Báo cáo thành tích.\n"
        "b) Số bộ và thời hạn nộp\nHồ sơ lập thành 02 bộ, gửi trước ngày 15/12/2025.\n"
    )
    drafted = _drafted(engine, plan, "3", "Hồ sơ lập mấy bộ?", ("hồ", "sơ", "lập", "bộ"))
    assert (drafted.citation().section, drafted.citation().heading) == ("3.b", "Số bộ và thời hạn nộp")


def test_when_a_campaign_ends_is_drafted_from_its_whole_period_not_a_phase(engine: Engine) -> None:
    # "kết thúc" shares a syllable with "tổng kết" of the last phase: any date answers "kết thúc".
    plan = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG MẪU SƠN\nKẾ HOẠCH\nThi đua năm 2025\n"
        "1. Thời gian thi đua\n"
        "Đợt thi đua được tổ chức từ ngày 01/3/2025 đến ngày 15/6/2025, chia thành 02 giai đoạn:\n"
        "a) Giai đoạn 1 (từ ngày 01/3/2025 đến ngày 31/3/2025): phát động, đăng ký thi đua.\n"
        "b) Giai đoạn 2 (từ ngày 01/4/2025 đến ngày 15/6/2025): bình xét và tổng kết đợt thi đua.\n"
    )
    terms = ("đợt", "thi", "đua", "kết", "thúc")
    drafted = _drafted(engine, plan, "1", "Đợt thi đua phường Mẫu Sơn kết thúc khi nào?", terms)
    assert "từ ngày 01/3/2025 đến ngày 15/6/2025" in drafted.sentences[0]


def test_a_clause_whose_heading_is_its_own_sentence_is_quoted_once(engine: Engine) -> None:
    regulation = (
        "QUY ĐỊNH\nChấm điểm thi đua xã\nĐiều 1. Thang điểm\n1. Thang điểm chuẩn tối đa là\n"
        "1.000 điểm, gồm 05 nhóm tiêu chí.\n2. Điểm thưởng tối đa là 50 điểm; điểm trừ không giới hạn.\n"
    )
    for path, said in (("Điều 1.1", "Thang điểm chuẩn tối đa là 1.000 điểm"), ("Điều 1.2", "Điểm thưởng tối đa")):
        drafted = _drafted(engine, regulation, path, "Điểm thưởng tối đa bao nhiêu?", ("điểm", "thưởng", "tối", "đa"))
        assert drafted.sentences[0].startswith(said) and ".:" not in drafted.quote and "là:" not in drafted.quote


def test_an_abbreviation_a_document_writes_is_its_words_written_out_too() -> None:
    # "Bằng khen của LĐLĐ tỉnh" covers "liên đoàn lao động" of a question that writes it out.
    document = parse_document(
        "mau-son-2024",
        "ỦY BAN NHÂN DÂN\nTỈNH MẪU SƠN\nKẾ HOẠCH\nTổng kết\n1. Hồ sơ\nBằng khen của LĐLĐ tỉnh: 01 bộ.\n",
    )
    chunks = chunk_document(document, ChunkingSettings())
    stored = StoredDocument(document, "mau-son-2024.txt", "", tuple(c.id for c in chunks))
    vocabulary = _Vocabulary(Catalog(documents={document.doc_id: stored}, chunks={c.id: c for c in chunks}))
    clause = next(c for c in chunks if c.section == "1")
    assert {"liên đoàn", "lao động", "lien doan"} <= vocabulary.terms[clause.id]


def test_an_amount_asked_is_answered_from_a_close_section_that_states_one(engine: Engine) -> None:
    question = engine.understand("Hộ gia đình đóng góp bao nhiêu thì được tặng giấy khen ở Bắc Sơn?")
    chunks = engine.catalog.ordered_chunks()
    silent = next(c for c in chunks if c.doc_id == BAC_SON and c.section == "VI.1")  # states no amount
    states = next(c for c in chunks if c.doc_id == BAC_SON and c.section == "VI.2")  # states "20 ngày"
    ranked = [Hit(silent, 3.0, 0.85, 1, 0.8, 0.5, 0, 0.7), Hit(states, 2.8, 0.85, 1, 0.8, 0.5, 0, 0.7)]
    decision = POLICY.after_search(question, Evidence(ranked, frozenset({BAC_SON}), ()), None, [])
    assert decision.hits[0].chunk == states
    far = [ranked[0], replace(ranked[1], score=2.0)]  # any number may look like an amount: only a close one
    decision = POLICY.after_search(question, Evidence(far, frozenset({BAC_SON}), ()), None, [])
    assert decision.hits[0].chunk == silent


def test_a_quantity_is_taken_from_the_best_sections_own_article_first(engine: Engine) -> None:
    regulation = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG KIM TRÀ\nQUY CHẾ\nThi đua, khen thưởng\n"
        'Điều 1. Hồ sơ đề nghị danh hiệu "Chiến sĩ thi đua cơ sở"\n'
        "1. Hồ sơ gồm tờ trình và báo cáo thành tích.\n2. Hồ sơ quy định tại khoản 1 Điều này lập 02 bộ bản chính.\n"
        "Điều 2. Hồ sơ đề nghị Bằng khen\n1. Hồ sơ gồm tờ trình và biên bản.\n"
        "2. Hồ sơ quy định tại khoản 1 Điều này lập 01 bộ bản chính.\n"
    )
    chunks = {c.section: c for c in chunk_document(parse_document("kim-tra", regulation), ChunkingSettings())}
    question = engine.understand("Hồ sơ đề nghị chiến sĩ thi đua cơ sở nộp mấy bộ?")
    ranked = [
        Hit(chunks["Điều 1.1"], 3.8, 0.85, 1, 0.8, 0.4, 0, 0.67),
        Hit(chunks["Điều 2.2"], 2.6, 0.85, 1, 0.5, 0.2, 0, 0.39),  # another article's clause ranks second
        Hit(chunks["Điều 1.2"], 2.4, 0.85, 1, 0.5, 0.2, 0, 0.39),
    ]
    decision = POLICY.after_search(question, Evidence(ranked, frozenset({"kim-tra"}), ()), None, [])
    assert decision.hits[0].chunk.section == "Điều 1.2"


def test_a_long_award_name_in_quotes_is_known_by_its_own_words(engine: Engine) -> None:
    guide = (
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH MẪU SƠN\nHƯỚNG DẪN\nXét tặng Kỷ niệm chương\n"
        'I. NGUYÊN TẮC\n1. Kỷ niệm chương "Vì sự nghiệp xây dựng tổ chức Công đoàn" tặng một lần.\n'
        "2. Thời gian công tác tính đến ngày 30/6/2025.\n"
    )
    document = parse_document("mau-son-kyniemchuong", guide)
    # Called by its last words, the rest of the question after them.
    known = "kỷ niệm chương công đoàn thời gian công tác tính đến ngày nào"
    assert _supported(engine, document, "Thời gian công tác tính đến ngày 30/6/2025.", known)
    # The same opening, then words the name does not go on with: another award.
    other = "kỷ niệm chương vì sự nghiệp giáo dục cần công tác bao nhiêu năm"
    assert not _supported(engine, document, "Cán bộ công tác từ đủ 10 năm trở lên.", other)


def _supported(engine: Engine, document: Document, quote: str, question: str) -> bool:
    """Whether the policy lets `quote`, drafted from `document`, answer `question`."""
    return POLICY.supports(engine.understand(question), quote, document) is None


def test_an_award_named_with_words_after_it_is_known_by_its_name(engine: Engine) -> None:
    notice = (
        "BAN THI ĐUA - KHEN THƯỞNG TỈNH MẪU SƠN\nTHÔNG BÁO\nHạn nộp hồ sơ\n"
        "1. Hồ sơ đề nghị Huân chương Lao động nộp trước ngày 10/01/2025.\n2. Hồ sơ Bằng khen nộp trước 20/12.\n"
    )
    document = parse_document("mau-son", notice)
    quote = "Hồ sơ đề nghị Huân chương Lao động nộp trước ngày 10/01/2025."
    # "bên Mẫu Sơn" follows the award's name; the name itself is in the notice.
    asked = engine.understand("han nop ho so huan chuong lao dong ben mau son")
    assert POLICY.supports(asked, quote, document) is None
    unknown = engine.understand("hạn nộp hồ sơ danh hiệu Anh hùng Lao động bên Mẫu Sơn")
    assert POLICY.supports(unknown, quote, document) is not None


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        # The question repeats the scope the sentence opens with ("Đối với khen thưởng tại Đại hội
        # …:"): the clause naming what is asked is drafted, with the sentence's opening before it.
        (
            "tap the co ca nhan bi ky luat muc nao thi ko duoc khen dip dai hoi dang bo xa bac son",
            ["Đối với khen thưởng tại Đại hội Đảng bộ xã", "khiển trách"],
        ),
        # Criteria asked: the whole sentence of clauses, like a list.
        ("Muốn được khen ở Đại hội Đảng bộ xã Bắc Sơn thì cần tiêu chuẩn gì?", ["gương mẫu", "khiển trách"]),
    ],
)
def test_a_long_sentence_of_clauses_answers_with_the_clause_asked_and_its_opening(
    engine: Engine, typed: str, shown: list[str]
) -> None:
    answer = engine.ask(typed)
    assert answer.citations[0].section == "V", answer.text
    assert all(text in answer.text for text in shown), answer.text


@pytest.mark.parametrize(
    ("section", "text", "referenced"),
    [
        ("Điều 15.3", "Hồ sơ quy định tại Điều này lập thành 01 bộ bản chính.", ["Điều 15"]),
        (
            "Điều 20.4",
            "Hồ sơ quy định tại khoản 1 Điều này lập thành 02 bộ; hồ sơ quy định tại khoản 2 và khoản 3 Điều này"
            " lập thành 01 bộ.",
            ["Điều 20.1", "Điều 20.2", "Điều 20.3"],
        ),
        (
            "Điều 7.5",
            "Hồ sơ gửi quá thời hạn quy định tại các khoản 1, 2 và 3 Điều này không được xem xét.",
            ["Điều 7.1", "Điều 7.2", "Điều 7.3"],
        ),
        # An exclusion refers to no clause it is about; a clause that names no article refers to none.
        ("Điều 9.2", "Đối với người lao động không thuộc khoản 1 Điều này: tiêu chuẩn riêng.", None),
        ("Điều 9.3", "Hồ sơ lập thành 02 bộ bản chính.", None),
    ],
)
def test_a_clause_referring_to_its_own_article_covers_the_clauses_it_names(
    section: str, text: str, referenced: list[str] | None
) -> None:
    chunk = Chunk(id="x:1", doc_id="x", section=section, heading=text, text=text, search_text=text, start=0, end=1)
    assert referenced_clauses(chunk) == referenced


def test_a_section_headed_by_what_is_asked_answers_where_an_event_is_held(engine: Engine) -> None:
    # "tại Hội nghị" names the event, not a place; the section headed "Địa điểm" gives the hall.
    plan = (
        "KẾ HOẠCH\nTổ chức Hội nghị điển hình tiên tiến\nI. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian\nNgày 24/6/2025.\n"
        "2. Địa điểm\nHội trường Trung tâm Hội nghị huyện Mẫu Sơn.\nII. TỔ CHỨC THỰC HIỆN\n1. Mặt trận\n"
        "Chuẩn bị nội dung phát động phong trào tại Hội nghị.\n"
    )
    chunks = {c.section: c for c in chunk_document(parse_document("mau-son", plan), ChunkingSettings())}
    question = engine.understand("hoi nghi dien hinh tien tien to chuc o dau")
    ranked = [Hit(chunks["II.1"], 3.4, 0.8, 1, 1, 0.45, 0.5, 0.72), Hit(chunks["I.2"], 3.2, 0.8, 1, 1, 0.45, 1, 0.71)]
    decision = POLICY.after_search(question, Evidence(ranked, frozenset(), ()), None, [])
    assert decision.hits[0].chunk.section == "I.2"


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Mỗi tham luận trình bày không quá 07 phút.", True),
        ("Thẩm định trong 10 ngày làm việc.", True),
        ("Hội nghị khai mạc lúc 07 giờ 30 phút.", False),  # a clock time is no duration
        ("Tổng kết vào tháng 12 năm 2025.", False),
    ],
)
def test_a_duration_asked_is_stated_in_days_months_years_hours_or_minutes(
    engine: Engine, text: str, states: bool
) -> None:
    question = engine.understand("Mỗi bài tham luận trình bày bao lâu?")
    assert any(shape.search(text) for shape in question.shapes) is states


def test_the_reward_of_one_grade_of_an_order_is_not_anothers(engine: Engine) -> None:
    guide = (
        "HƯỚNG DẪN\nKhen thưởng Huân chương Lao động (hạng Nhất, hạng Nhì, hạng Ba)\n1. Mức tiền thưởng\n"
        "Cá nhân được tặng Huân chương Lao động hạng Ba được thưởng 4,5 lần mức lương cơ sở.\n"
    )
    document = parse_document("mau-son", guide)
    quote = document.section("1").body
    for grade, declined in (("Nhì", True), ("Ba", False)):
        question = engine.understand(f"Tiền thưởng Huân chương Lao động hạng {grade} là bao nhiêu?")
        assert (POLICY.supports(question, quote, document) is not None) is declined, grade


def test_the_documents_own_issuer_named_in_a_rate_question_says_whose_rate_not_of_what(engine: Engine) -> None:
    plan = (
        "SỞ GD&ĐT MẪU SƠN\nTRƯỜNG THPT LÊ LỢI\nKẾ HOẠCH\nThi đua Dạy tốt - Học tốt\n"
        "I. CHỈ TIÊU\n1. Tỷ lệ học sinh đi học chuyên cần đạt từ 98% trở lên.\n"
    )
    document = parse_document("mau-son-truong", plan)
    quote = "Tỷ lệ học sinh đi học chuyên cần đạt từ 98% trở lên."
    assert _supported(engine, document, quote, "thpt le loi ty le chuyen can hoc sinh phan dau bao nhieu")
    assert not _supported(engine, document, quote, "thpt le loi ty le giao vien dat chuan bao nhieu")


def test_a_plan_recalling_its_periods_results_answers_what_was_done(engine: Engine) -> None:
    plan = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG MẪU SƠN\nKẾ HOẠCH\nTổ chức Hội nghị điển hình tiên tiến\n"
        "I. KẾT QUẢ\n1. Kết quả khen thưởng giai đoạn 2020 - 2024:\na) Cấp phường: 71 tập thể, 265 cá nhân.\n"
        "II. KHEN THƯỞNG\n1. Tặng Giấy khen cho không quá 10 tập thể.\n"
    )
    document = parse_document("mau-son-hoi-nghi", plan)
    asked = "Giai đoạn 2020 - 2024 phường đã tặng Giấy khen cho bao nhiêu tập thể?"
    recalled = "Kết quả khen thưởng giai đoạn 2020 - 2024:\na) Cấp phường: 71 tập thể, 265 cá nhân."
    assert _supported(engine, document, recalled, asked)
    assert not _supported(engine, document, "Tặng Giấy khen cho không quá 10 tập thể.", asked)

"""Retrieval and answers with the real model over the five shipped plans."""

from __future__ import annotations

import json
import statistics

import pytest

from bot import messages
from bot.answer.engine import MAX_QUESTION_CHARS, Engine
from knowledge.text import fold, normalize
from tests.conftest import DATA

BAC_SON = "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa"
DINH_LAP = "dinh-lap-2024-thi-dua-cao-diem-dai-hoi-xxv"
VAN_QUAN = "van-quan-2025-thi-dua-luong-van-tri"


def _golden() -> list[dict]:
    items = []
    for name in ("dev.jsonl", "questions.jsonl", "paraphrases.jsonl"):
        items += [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line]
    return items


def _fact_found(item: dict, text: str) -> bool:
    text = normalize(text).lower()
    return all(normalize(m).lower() in text for m in item["must"])


def test_golden_questions_meet_the_targets(engine: Engine) -> None:
    items = _golden()
    answerable = [i for i in items if not i["abstain"]]
    section_ok = fact_ok = 0
    for item in answerable:
        answer = engine.ask(item["question"])
        first = answer.citations[0] if answer.citations else None
        if first and first.doc_id in item["docs"] and (not item["sections"] or first.section in item["sections"]):
            section_ok += 1
        fact_ok += (not answer.abstained) and _fact_found(item, answer.text)
    declined = [engine.ask(i["question"]).abstained for i in items if i["abstain"]]
    lengths = [len(engine.ask(i["question"]).text) for i in answerable]
    assert section_ok / len(answerable) >= 0.95
    assert fact_ok / len(answerable) >= 0.95
    assert sum(declined) / len(declined) >= 0.94
    assert statistics.median(lengths) <= 500


def test_golden_questions_without_diacritics_score_as_well(engine: Engine) -> None:
    answerable = [i for i in _golden() if not i["abstain"]]
    section_ok = fact_ok = 0
    for item in answerable:
        answer = engine.ask(fold(item["question"]))
        first = answer.citations[0] if answer.citations else None
        if first and first.doc_id in item["docs"] and (not item["sections"] or first.section in item["sections"]):
            section_ok += 1
        fact_ok += (not answer.abstained) and _fact_found(item, answer.text)
    assert section_ok / len(answerable) >= 0.95
    assert fact_ok / len(answerable) >= 0.95


def test_answer_leads_with_the_plan_quotes_it_and_cites_the_section(engine: Engine) -> None:
    answer = engine.ask("Hồ sơ khen thưởng ở xã Bắc Sơn gồm những gì?")
    assert not answer.abstained
    lines = answer.text.split("\n")
    assert lines[0] == "Theo Kế hoạch thi đua xã Bắc Sơn:"
    assert lines[-1] == "Nguồn: Kế hoạch thi đua xã Bắc Sơn, mục VI.1 «Thành phần hồ sơ»."
    for item in ("Tờ trình", "Báo cáo thành tích", "Biểu tóm tắt", "Biên bản họp xét"):
        assert item in answer.text
    citation = answer.citations[0]
    assert (citation.doc_id, citation.section, citation.heading) == (BAC_SON, "VI.1", "Thành phần hồ sơ")


def test_quotes_are_copied_from_the_cited_section(engine: Engine) -> None:
    for item in _golden():
        answer = engine.ask(item["question"])
        for citation in answer.citations:
            document = engine.document(citation.doc_id)
            section = document.section(citation.section)
            if answer.citations[0].section == "signature":
                assert citation.quote in document.text
                continue
            body = " ".join(f"{section.heading}: {section.body}".split())
            for part in citation.quote.replace("…", " ").split("\n"):
                fragment = " ".join(part.split())[:60]
                assert fragment.split(": ", 1)[-1][:40] in body


def test_question_without_diacritics_gets_the_same_source(engine: Engine) -> None:
    accented = engine.ask("Hạn gửi hồ sơ đề nghị khen thưởng là khi nào?")
    plain = engine.ask(fold("Hạn gửi hồ sơ đề nghị khen thưởng là khi nào?"))
    assert accented.citations[0].section == plain.citations[0].section == "VI.2"
    assert "sau 20 ngày" in plain.text


def test_relative_deadline_is_stated_with_its_event_never_as_a_date(engine: Engine) -> None:
    answer = engine.ask("Hạn gửi hồ sơ đề nghị khen thưởng Đại hội Đảng bộ xã là khi nào?")
    assert "sau 20 ngày tổ chức Đại hội Đảng bộ xã" in answer.text


def test_named_place_selects_its_plan(engine: Engine) -> None:
    for place, doc_id in (("huyện Đình Lập", DINH_LAP), ("xã Bắc Sơn", BAC_SON)):
        answer = engine.ask(f"Mục đích của phong trào thi đua ở {place} là gì?")
        assert answer.citations[0].doc_id == doc_id
        assert answer.citations[0].section == "I.1"


def test_a_name_in_one_plans_title_selects_that_plan(engine: Engine) -> None:
    # Only the Văn Quan plan is about Lương Văn Tri; it lists no dossier, so Bắc Sơn's is no answer.
    answer = engine.ask("Hồ sơ đề nghị khen thưởng đợt thi đua kỷ niệm Lương Văn Tri gồm những gì?")
    assert answer.abstained, answer.text
    answer = engine.ask("Phong trào kỷ niệm Lương Văn Tri có những nội dung thi đua nào?")
    assert not answer.abstained and answer.citations[0].doc_id == VAN_QUAN, answer.text


def test_question_fitting_several_plans_says_so_and_cites_each(engine: Engine) -> None:
    answer = engine.ask("Thời gian thi đua kéo dài đến khi nào?")
    assert answer.reason == "several_plans"
    assert answer.text.startswith(messages.LEAD_SEVERAL.format(count=len(answer.citations)))
    assert len({c.doc_id for c in answer.citations}) == len(answer.citations) >= 2
    for citation in answer.citations:
        assert engine.document(citation.doc_id).label in answer.text


def test_restricting_to_one_document(engine: Engine) -> None:
    answer = engine.ask("Thời gian thi đua đến khi nào?", DINH_LAP)
    assert [c.doc_id for c in answer.citations] == [DINH_LAP]
    assert "31/8/2025" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Mức lương cơ sở của công chức năm 2025 là bao nhiêu?",
        "Giá vé tàu hỏa từ Hà Nội đi Lạng Sơn là bao nhiêu?",
        "cach tinh thue thu nhap ca nhan",
    ],
)
def test_questions_the_plans_do_not_answer_are_declined_helpfully(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and not answer.citations
    assert "không trả lời được" in answer.text
    assert "Kế hoạch thi đua huyện An Lão" in answer.text  # tells what the knowledge base covers


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # An Lão works towards the city's congress: its own is another level's.
        (
            "Huyện An Lão tổ chức Đại hội Thi đua yêu nước cấp huyện lần thứ mấy?",
            "«Đại hội Thi đua yêu nước cấp huyện»",
        ),
        # The plan names the provincial council's standing body, not who chairs it.
        ("Who chairs the provincial emulation and reward council of Lang Son?", messages.ENGLISH_HINT),
    ],
)
def test_what_a_plan_states_of_another_level_or_not_at_all_is_declined(
    engine: Engine, question: str, reason: str
) -> None:
    answer = engine.ask(question)
    assert answer.abstained and reason in answer.text, answer.text


def test_when_something_must_be_done_is_answered_by_the_line_dating_it(engine: Engine) -> None:
    # The task "đôn đốc nhà thầu … hoàn thành" ranks first; the target dating the work answers.
    answer = engine.ask("Kè bờ suối Đình Lập phải hoàn thành khi nào?")
    assert not answer.abstained and "20/01/2025" in answer.text, answer.text


def test_english_question_is_answered_in_vietnamese_from_the_plans(engine: Engine) -> None:
    answer = engine.ask("What is the deadline for submitting the award dossier?")
    assert not answer.abstained and answer.text.startswith(messages.ENGLISH_NOTE)
    assert "hồ sơ" in answer.text and answer.citations


def test_english_question_the_plans_do_not_answer_is_declined_with_a_hint(engine: Engine) -> None:
    answer = engine.ask("What is the weather forecast for Hanoi tomorrow?")
    assert answer.abstained and messages.ENGLISH_HINT in answer.text


@pytest.mark.parametrize(
    ("question", "reason"),
    [("", "empty"), ("   \n\t ", "empty"), ("😀🎉👍", "no_words"), ("?!... 123", "no_words")],
    ids=["empty", "whitespace", "emoji", "punctuation"],
)
def test_empty_or_wordless_questions_get_a_clear_message(engine: Engine, question: str, reason: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.reason == reason and answer.text


def test_ten_thousand_characters_are_refused_politely(engine: Engine) -> None:
    answer = engine.ask("hồ sơ khen thưởng " * 600)
    assert answer.abstained and answer.reason == "too_long"
    assert str(MAX_QUESTION_CHARS) in answer.text


def test_html_and_code_in_a_question_are_treated_as_text(engine: Engine) -> None:
    answer = engine.ask("<script>alert(1)</script><b>Hồ sơ khen thưởng</b> gồm những gì?")
    assert not answer.abstained
    assert answer.citations[0].section == "VI.1"
    assert "<script>" not in answer.text


def test_signer_question_is_answered_from_the_signature(engine: Engine) -> None:
    answer = engine.ask("ai ky ke hoach thi dua cua tinh lang son")
    assert answer.text == "Kế hoạch thi đua tỉnh Lạng Sơn do Phó Chủ tịch Trần Thanh Nhàn ký."
    assert answer.citations[0].section == "signature"


def test_a_signer_asked_of_a_document_named_by_its_abbreviation_is_its_signer(engine: Engine) -> None:
    # "KH khen thưởng" is the plan ("kế hoạch"), not an award signed.
    answer = engine.ask("Ai ký KH khen thưởng thi đua yêu nước của An Lão?")
    assert answer.text == "Kế hoạch thi đua huyện An Lão do Chủ tịch Hà Thế Vinh ký."


def test_batch_of_answers_is_stable(engine: Engine) -> None:
    first = engine.ask("Kè bờ suối Đình Lập hoàn thành trước ngày nào?")
    again = engine.ask("Kè bờ suối Đình Lập hoàn thành trước ngày nào?")
    assert first == again and "20/01/2025" in first.text


def test_a_question_of_question_words_only_is_declined_not_crashed(engine: Engine) -> None:
    answer = engine.ask("là gì vậy?")
    assert answer.abstained and answer.reason == "not_found"


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        # The section "Mục đích" spans several chunks: it is answered whole.
        ("muc dich ke hoach thi dua xa bac son", ["Tạo khí thế thi đua", "Phát hiện, biểu dương"]),
        # "Lương Văn Tri", "Văn Quan" are in every sentence of the plan as far as the question goes:
        # the sentence naming the office answers, not the closing appeal naming the campaign.
        ("phong noi vu van quan lam gi trong dot thi dua luong van tri", ["theo dõi, kiểm tra, đôn đốc"]),
    ],
)
def test_what_a_section_says_is_quoted_where_it_says_it(engine: Engine, question: str, facts: list[str]) -> None:
    answer = engine.ask(question)
    assert not answer.abstained
    assert all(fact in answer.text for fact in facts)


@pytest.mark.parametrize(
    ("question", "items"),
    [
        # The movements are the clauses of one bullet ("như: “…”; “…”; …").
        (
            "Bắc Sơn: các phong trào thi đua yêu nước do Thủ tướng Chính phủ phát động gồm những phong trào nào?",
            ["nông thôn mới", "vì người nghèo", "học tập suốt đời", "kết cấu hạ tầng", "văn hóa công sở"],
        ),
        # Four numbered movements of some 200 characters each.
        (
            "An Lão triển khai những phong trào thi đua nào do Trung ương phát động?",
            ["nông thôn mới", "vì người nghèo", "văn hóa công sở", "nhà hư hỏng"],
        ),
    ],
)
def test_a_list_asked_is_shown_to_its_end(engine: Engine, question: str, items: list[str]) -> None:
    answer = engine.ask(question)
    assert not answer.abstained
    assert all(item in answer.text.lower() for item in items), answer.text
    assert not answer.parts[0].lines[-1].endswith(":")  # no line announcing what is not shown


@pytest.mark.parametrize(
    "question",
    [
        "Kế hoạch thi đua An Lão căn cứ vào kế hoạch số mấy của Ủy ban nhân dân thành phố?",
        # "số bao nhiêu" asks the number as "số mấy" does, and no amount.
        "Kế hoạch của huyện An Lão thực hiện kế hoạch số bao nhiêu của UBND thành phố?",
    ],
)
def test_what_a_plan_rests_on_is_answered_from_its_opening_lines(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and answer.citations[0].section == "preamble", answer.text
    assert "190/KH-UBND" in answer.text


def test_a_directive_a_plan_cites_is_answered_where_it_cites_one(engine: Engine) -> None:
    # Văn Quan's opening lines cite plans only; the directive of the province's chairman is cited in
    # III.2. The province named is the directive's issuer, not the plan asked about.
    for question in (
        "Kế hoạch của Văn Quan thực hiện chỉ thị nào của UBND tỉnh Lạng Sơn?",
        "Kế hoạch thi đua Lương Văn Tri dẫn Chỉ thị nào của Chủ tịch UBND tỉnh Lạng Sơn về siết chặt kỷ cương?",
    ):
        answer = engine.ask(question)
        assert not answer.abstained and answer.citations[0].section == "III.2", answer.text
        assert "01/CT-UBND" in answer.text


@pytest.mark.parametrize(
    ("question", "first_line"),
    [
        # The heading names the body; the lines do not.
        (
            "Ở An Lão, ai chỉ đạo, định hướng công tác thông tin, tuyên truyền, cổ động trực quan?",
            "Đề nghị Ban Tuyên giáo Huyện ủy",
        ),
        # The heading is the opening of the first sentences, cut short: they are shown whole.
        ("Văn Quan giao cơ quan nào giới thiệu, quảng bá tiềm năng phát triển của huyện?", "Phòng Văn hóa, Khoa học"),
    ],
)
def test_who_is_in_charge_shows_the_body_the_section_heading_names(
    engine: Engine, question: str, first_line: str
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained
    assert answer.parts[0].lines[0].startswith(first_line), answer.text


def test_an_identity_the_document_does_not_state_is_not_an_answer(engine: Engine) -> None:
    answer = engine.ask("Kế hoạch thi đua của xã Bắc Sơn ban hành ngày nào?")
    assert answer.abstained and answer.reason == "not_stated"
    assert "Kế hoạch thi đua xã Bắc Sơn không ghi rõ ngày ban hành." in answer.text
    signed = engine.ask("Kế hoạch thi đua của xã Bắc Sơn ban hành ngày nào, ai ký?")  # the signer is known
    assert not signed.abstained and "ký" in signed.text


def test_the_day_a_document_was_signed_is_not_answered_by_its_year_alone(engine: Engine) -> None:
    # "An Lão, ngày    tháng    năm 2024": the year is written, the day left blank.
    answer = engine.ask("Kế hoạch thi đua yêu nước năm 2025 của huyện An Lão được ký ngày nào?")
    assert answer.abstained and "không ghi rõ ngày ban hành, chỉ ghi năm 2024" in answer.text, answer.text
    assert "ban hành năm 2024" in engine.ask("Kế hoạch thi đua của huyện An Lão ban hành năm nào?").text


def test_when_a_period_begins_and_ends_is_answered_from_the_section_stating_its_dates(engine: Engine) -> None:
    # The header also shows dates (the plan's own, those of the documents it rests on): not these.
    answer = engine.ask("Đình Lập: đợt cao điểm thi đua bắt đầu từ khi nào, kết thúc ngày nào?")
    assert [c.section for c in answer.citations] == ["II.1"], answer.text
    assert "Từ tháng 11/2024 đến ngày 31/8/2025" in answer.text


def test_who_a_plan_is_sent_to_is_its_recipient_list(engine: Engine) -> None:
    answer = engine.ask("Kế hoạch thi đua của Bắc Sơn gửi tới những cơ quan nào?")
    assert [c.section for c in answer.citations] == ["signature"], answer.text
    assert answer.parts[0].lines[0] == "Nơi nhận:" and len(answer.parts[0].lines) > 3


def test_an_identity_and_another_question_in_one_are_both_answered(engine: Engine) -> None:
    answer = engine.ask("Tỉnh Lạng Sơn xét khen thưởng đợt thi đua này vào dịp nào, ai ký kế hoạch?")
    assert "Trần Thanh Nhàn" in answer.text  # the signer, from the document's identity
    assert "tổng kết năm 2025" in answer.text  # when, from the section that says it
    assert [c.section for c in answer.citations] == ["signature", "IV.1"]


def test_who_does_it_and_by_when_are_answered_from_the_two_sections_that_state_them(engine: Engine) -> None:
    # The task names who urges the contractor, "theo thời gian trên"; the deadline is in the targets.
    answer = engine.ask("Kè bờ suối Đình Lập xong trước ngày nào, ai đôn đốc nhà thầu?")
    assert "Ban Quản lý dự án" in answer.text and "20/01/2025" in answer.text, answer.text
    assert [c.section for c in answer.citations] == ["IV.3", "III.4"]
    # Who chairs a council is a name, which no body the plan gives in charge of it is.
    assert engine.ask("Ai là Chủ tịch Hội đồng Thi đua - Khen thưởng huyện Đình Lập?").abstained


def test_a_rate_of_something_else_is_not_the_rate_asked(engine: Engine) -> None:
    # The plan's percentages are of GRDP and of budget revenue, not of public investment disbursed.
    declined = engine.ask("Lạng Sơn phấn đấu giải ngân vốn đầu tư công năm 2025 đạt bao nhiêu phần trăm?")
    assert declined.abstained and "nêu tỷ lệ của những nội dung khác" in declined.text, declined.text
    answered = engine.ask("Tỉnh Lạng Sơn phấn đấu tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn là bao nhiêu?")
    assert not answered.abstained and "100%" in answered.text, answered.text

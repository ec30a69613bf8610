"""Answers from documents of other kinds (a Quy chế issued by a Quyết định, a Sở plan with parts and
decimal headings, a Thông báo with a table), with the real model and a real Chroma store: cited
by the paths officials use, stating the asked fact, and honest when no document covers the
question."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from bot import messages
from bot.answer.engine import Engine
from bot.answer.extractive import HEADING_QUESTION
from bot.answer.retrieve import Searcher
from knowledge.embeddings import load_serving_embeddings
from knowledge.settings import Settings, load_settings
from tests.conftest import DATA, run_ingest, write_config

DAI_TU = "dai-tu-2025-quy-che-thi-dua-khen-thuong"
YEN_BAI = "yen-bai-2025-thong-bao-han-nop-ho-so"
BAC_KAN = "bac-kan-2025-ke-hoach-thi-dua-nganh-giao-duc"
DAK_HA = "dak-ha-2024-quyet-dinh-quy-che-thi-dua-khen-thuong"
LAO_CAI = "lao-cai-2025-ke-hoach-thi-dua-nganh-y-te"
NINH_BINH = "ninh-binh-2024-huong-dan-khen-thuong-tong-ket-nam"
BEN_TRE = "ben-tre-2024-ke-hoach-phu-nu-xanh-sach-dep"
DUC_TRONG = "duc-trong-2024-quy-che-thi-dua-khen-thuong"
NUI_THANH = "nui-thanh-2024-cong-van-ho-so-tong-ket-nam"
TRAN_VAN_THOI = "tran-van-thoi-2024-ke-hoach-thi-dua-hoi-nong-dan"
HA_GIANG = "ha-giang-2025-cong-van-khen-thuong-tong-ket-vi-nguoi-ngheo"
KIEN_GIANG = "kien-giang-2024-huong-dan-ho-so-khen-thuong-tong-ket-nam"
VU_THU = "vu-thu-2024-quyet-dinh-tang-giay-khen-khac-phuc-bao-so-3"


@pytest.fixture(scope="module")
def new_docs_settings(tmp_path_factory: pytest.TempPathFactory, model_cache) -> Settings:
    folder = tmp_path_factory.mktemp("new-docs-installation")
    config = write_config(
        folder,
        knowledge={"documents": str(DATA / "new-docs")},
        store={"path": str(folder / "chroma"), "index_dir": str(folder / "index")},
        embeddings={"cache_dir": str(model_cache)},
    )
    return load_settings(config, environ={})


def _held_out_engine(
    tmp_path_factory: pytest.TempPathFactory, model_cache, held_out: str, only: tuple[str, ...] = ()
) -> Engine:
    """An engine over the documents of a held-out set (without the set's README), or `only` those."""
    folder = tmp_path_factory.mktemp(f"{held_out}-installation")
    documents = folder / "documents"
    documents.mkdir()
    sources = sorted(p for p in (DATA / held_out / "docs").glob("*.txt") if not only or p.stem in only)
    for source in sources:
        shutil.copy(source, documents)
    return _installed_engine(folder, model_cache)


def _installed_engine(folder: Path, model_cache) -> Engine:
    """An engine over the documents in `folder / "documents"`, every one of them indexed."""
    documents = folder / "documents"
    config = write_config(
        folder,
        knowledge={"documents": str(documents)},
        store={"path": str(folder / "chroma"), "index_dir": str(folder / "index")},
        embeddings={"cache_dir": str(model_cache)},
    )
    settings = load_settings(config, environ={})
    report, _ = run_ingest(settings)
    assert sorted(report.added) == sorted(p.stem for p in documents.iterdir()) and not report.failed
    return Engine.load(settings)


def _answered(engine: Engine, question: str, sections: set[str], facts: list[str]) -> str:
    """The answer's text, checked: not declined, citing one of `sections` first, stating `facts`."""
    answer = engine.ask(question)
    assert not answer.abstained and answer.citations[0].section in sections, answer.text
    assert all(fact in answer.text.lower() for fact in facts), answer.text
    return answer.text


def _declined(engine: Engine, question: str, reason: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and reason in answer.text, answer.text


@pytest.fixture(scope="module")
def s7_engine(tmp_path_factory: pytest.TempPathFactory, model_cache) -> Engine:
    """Three documents of a held-out set, read since: a provincial Hướng dẫn, a district Quy chế
    and a Sở plan."""
    engine = _held_out_engine(tmp_path_factory, model_cache, "heldout-s7")
    assert sorted(engine.catalog.documents) == [DAK_HA, LAO_CAI, NINH_BINH]
    return engine


@pytest.fixture(scope="module")
def s11_engine(tmp_path_factory: pytest.TempPathFactory, model_cache) -> Engine:
    """Three documents of a set read since: a provincial Hướng dẫn on thematic and ad hoc rewards, a
    Sở's Quy chế issued by a Quyết định, a district union plan with decimal headings (NFD)."""
    return _held_out_engine(tmp_path_factory, model_cache, "heldout-s11")


@pytest.fixture(scope="module")
def s12_engine(tmp_path_factory: pytest.TempPathFactory, model_cache) -> Engine:
    """Three documents of a set read since: a provincial Quyết định on reward amounts with a table
    appendix, a school-year plan of a Sở Giáo dục và Đào tạo, a district Thông báo in NFD Unicode."""
    return _held_out_engine(tmp_path_factory, model_cache, "heldout-s12")


@pytest.fixture(scope="module")
def s14_engine(tmp_path_factory: pytest.TempPathFactory, model_cache) -> Engine:
    """Three documents of a set read since: a provincial Hướng dẫn on year-end rewards, a district
    Quyết định + Quy chế on clusters and blocks with tables laid out with spaces, a hospital's plan
    (NFD Unicode) with a timeline table cut by a page break."""
    return _held_out_engine(tmp_path_factory, model_cache, "heldout-s14")


@pytest.fixture(scope="module")
def s15_engine(tmp_path_factory: pytest.TempPathFactory, model_cache) -> Engine:
    """Three documents of a set read since: a women's union plan, a provincial Quyết định with the
    list of those rewarded attached (a table laid out with spaces, its cells wrapped), a district
    Công văn (NFD Unicode) with a table split by bars that the page wrapped."""
    return _held_out_engine(tmp_path_factory, model_cache, "heldout-s15")


@pytest.fixture(scope="module")
def s13_engine(tmp_path_factory: pytest.TempPathFactory, model_cache) -> Engine:
    """Two documents of a set read since: a district farmers' union plan (its issuer a mass
    organisation, not a People's Committee) and a provincial Công văn."""
    return _held_out_engine(tmp_path_factory, model_cache, "heldout-s13", (TRAN_VAN_THOI, HA_GIANG))


@pytest.fixture(scope="module")
def s17_engine(tmp_path_factory: pytest.TempPathFactory, model_cache) -> Engine:
    """Three documents of a set read since: a ward's plan, a provincial Hướng dẫn (NFD Unicode) with a
    bar table of forms, copies and deadlines, a district Quyết định awarding Giấy khen with its list
    attached (laid out with spaces, in groups)."""
    return _held_out_engine(tmp_path_factory, model_cache, "heldout-s17")


@pytest.fixture(scope="module")
def s18_engine(tmp_path_factory: pytest.TempPathFactory, model_cache) -> Engine:
    """Three documents of a set read since: a Sở GD&ĐT Hướng dẫn (NFD), a district Quyết định + Quy
    chế with tables laid out with spaces, a provincial labour federation's plan (old tone marks)
    with a table of the forms of reward, their copies and deadlines."""
    return _held_out_engine(tmp_path_factory, model_cache, "heldout-s18")


@pytest.fixture(scope="module")
def s22_engine(tmp_path_factory: pytest.TempPathFactory, model_cache) -> Engine:
    """Three documents of a set read since: a district Báo cáo of a year's results and the next
    year's tasks, with tables and a total row; a hospital's Quy chế under its Quyết định (NFD); a
    council's Thông báo of the conclusions of its meeting, opening with the meeting's date."""
    return _held_out_engine(tmp_path_factory, model_cache, "heldout-s22")


@pytest.fixture(scope="module")
def s9_engine(tmp_path_factory: pytest.TempPathFactory, model_cache) -> Engine:
    """Three documents of a held-out set, read since: a district Quy chế, a women's union plan (NFD
    Unicode) and a district Công văn with a table."""
    engine = _held_out_engine(tmp_path_factory, model_cache, "heldout-s9")
    assert sorted(engine.catalog.documents) == [BEN_TRE, DUC_TRONG, NUI_THANH]
    return engine


@pytest.fixture(scope="module")
def new_engine(new_docs_settings: Settings) -> Engine:
    report, _ = run_ingest(new_docs_settings)
    assert sorted(report.added) == [BAC_KAN, DAI_TU, YEN_BAI] and not report.failed
    return Engine.load(new_docs_settings)


@pytest.mark.parametrize(
    ("question", "doc_id", "sections", "fact"),
    [
        ("Hạn chót nộp hồ sơ khen thưởng tổng kết năm ở Đại Từ là ngày nào?", DAI_TU, {"Điều 15.1"}, "20 tháng 12"),
        ("Phòng Nội vụ Đại Từ thẩm định hồ sơ trong bao lâu?", DAI_TU, {"Điều 16.2", "Điều 16"}, "10 ngày làm việc"),
        (
            "yen bai ho so de nghi huan chuong nop may bo",
            YEN_BAI,
            {"1"},
            "03 bộ bản chính",
        ),
        ("bang khen chu tich tinh yen bai tong ket nam 2024 han chot ngay nao", YEN_BAI, {"1"}, "28/02/2025"),
        ("Hồ sơ bị thiếu thì Ban thi đua tỉnh Yên Bái cho bổ sung trong mấy ngày?", YEN_BAI, {"3"}, "03 ngày làm việc"),
        ("Sở Giáo dục Bắc Kạn nhận hồ sơ khen thưởng ở đâu?", BAC_KAN, {"5.4", "5"}, "văn phòng sở"),
        # The clause on collectives ranks first but names "Tập thể lao động tiên tiến": the close
        # clause on individuals, which names the title asked, answers.
        ("Cá nhân được danh hiệu Lao động tiên tiến ở Đại Từ thưởng bao nhiêu tiền?", DAI_TU, {"Điều 20.2"}, "0,3 lần"),
        ("Tập thể lao động tiên tiến ở Đại Từ được thưởng bao nhiêu?", DAI_TU, {"Điều 20.3"}, "0,8 lần"),
        # Who confers: the article on who decides, not the title's dossier clause ranked first.
        ("Ai tặng danh hiệu Lao động tiên tiến ở Đại Từ?", DAI_TU, {"Điều 9.1"}, "quyết định tặng"),
    ],
)
def test_answers_cite_the_paths_officials_use(new_engine: Engine, question, doc_id, sections, fact) -> None:
    answer = new_engine.ask(question)
    assert not answer.abstained, answer.text
    assert answer.citations[0].doc_id == doc_id and answer.citations[0].section in sections, answer.text
    assert fact in answer.text.lower()


def test_a_whole_list_answers_who_is_in_the_council(new_engine: Engine) -> None:
    answer = new_engine.ask("Hội đồng thi đua khen thưởng huyện Đại Từ gồm những ai?")
    assert answer.citations[0].section == "Điều 17.1"
    for member in (
        "a) Chủ tịch Hội đồng: Chủ tịch UBND huyện",
        "b) Phó Chủ tịch Thường trực: Phó Chủ tịch UBND huyện",
        "c) Các Phó Chủ tịch: Trưởng phòng Nội vụ",
        "d) Các Ủy viên: Chánh Văn phòng",
    ):
        assert member in answer.text
    # The clause's own sentence, which announces the list, leads it.
    council = "Hội đồng Thi đua - Khen thưởng huyện do Chủ tịch UBND huyện quyết định thành lập, gồm:"
    assert answer.parts[0].lines[0] == council


@pytest.mark.parametrize(
    ("question", "expected", "section"),
    [
        ("Quy chế thi đua Đại Từ có hiệu lực từ ngày nào?", "01/02/2025", "QĐ.Điều 2"),
        ("Quy chế thi đua khen thưởng Đại Từ thay thế quyết định nào?", "3568/QĐ-UBND", "QĐ.Điều 2"),
        # A name's comma splits no question off: "Quy chế thi đua" asks nothing of its own.
        ("Quy chế thi đua, khen thưởng Đại Từ thay thế quyết định nào?", "3568/QĐ-UBND", "QĐ.Điều 2"),
        ("Quy chế thi đua Đại Từ ban hành kèm quyết định số mấy?", "125/QĐ-UBND", "preamble"),
    ],
)
def test_identity_questions_about_any_kind_of_document(new_engine: Engine, question, expected, section) -> None:
    answer = new_engine.ask(question)
    assert answer.reason == "metadata" and expected in answer.text
    assert answer.citations[0].section == section


def test_who_confers_an_award_is_not_who_signed_the_document(new_engine: Engine) -> None:
    answer = new_engine.ask("Ai ký giấy khen ở huyện Đại Từ?")
    assert answer.reason != "metadata" and "Trần Quốc Hưng" not in answer.text


@pytest.mark.parametrize(
    "question", ["Ai ký giấy khen ở huyện Đại Từ?", "Thẩm quyền quyết định khen thưởng ở Đại Từ thế nào?"]
)
def test_an_article_that_is_only_its_title_is_never_the_answer(new_engine: Engine, question: str) -> None:
    answer = new_engine.ask(question)
    titles = {s.heading for s in new_engine.document("dai-tu-2025-quy-che-thi-dua-khen-thuong").sections}
    assert not answer.abstained
    assert any(line not in titles for part in answer.parts for line in part.lines)


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("Hạn nộp hồ sơ khen thưởng tổng kết năm của huyện Phú Lương là ngày nào?", "huyện Phú Lương"),
        ("Hồ sơ đề nghị danh hiệu Anh hùng Lao động ở Đại Từ gồm những gì?", "danh hiệu Anh hùng Lao động"),
        ("so dien thoai ban thi dua khen thuong yen bai la bao nhieu", ""),
        # The sections that answer name other members of a set the question names one of.
        ("Chiến sĩ thi đua cấp tỉnh ở Đại Từ được thưởng bao nhiêu?", "không nói về «Chiến sĩ thi đua cấp tỉnh»"),
        ("Sở Giáo dục Bắc Kạn phấn đấu tỷ lệ tốt nghiệp THCS bao nhiêu?", "nói về «trung học phổ thông»"),
        ("Sở Y tế tỉnh Bắc Kạn nhận hồ sơ khen thưởng ở đâu?", "không nói về «Sở Y tế»"),  # another department's
        # A place named after a body, or sharing its first syllable with a known one, is another place.
        ("Sở Giáo dục và Đào tạo Cao Bằng nhận hồ sơ khen thưởng ở đâu?", "Cao Bằng"),
        ("ho so khen thuong huyen dai loc nop truoc ngay nao", "huyen dai loc"),
        # A year given to a period the document writes with another year, or to the document itself.
        ("Hạn nộp hồ sơ khen thưởng tổng kết năm 2023 ở Yên Bái là ngày nào?", "không nói về «2023»"),
        ("Kế hoạch thi đua năm học 2024-2025 của Sở Giáo dục Bắc Kạn có mấy đợt thi đua?", "«2024-2025»"),
        # An award is named right after its cue, not by the motto's "Độc lập".
        ("Hồ sơ đề nghị Huân chương Độc lập ở Yên Bái nộp mấy bộ?", "«Huân chương Độc lập»"),
        # The base salary's own amount, not a coefficient of it.
        ("Mức lương cơ sở hiện nay là bao nhiêu tiền theo quy chế Đại Từ?", ""),
    ],
)
def test_what_no_document_covers_is_declined(new_engine: Engine, question: str, reason: str) -> None:
    answer = new_engine.ask(question)
    assert answer.abstained and answer.reason == "not_found", answer.text
    assert reason in answer.text and messages.NOT_FOUND.split("\n")[0] in answer.text


async def test_hanchot_in_telegram_shows_yearly_deadlines_and_time_limits(start_bot, new_engine: Engine) -> None:
    import icalendar

    bot = await start_bot(engine_override=new_engine, today=dt.date(2026, 1, 5))
    reply = await bot.ask("/hanchot")
    assert "20/12 hằng năm, lần tới 20/12/2026" in reply["text"]  # Quy chế Đại Từ, Điều 15.1
    assert "Quy chế thi đua, khen thưởng huyện Đại Từ, mục Điều 15.1" in reply["text"]
    assert "ngày làm việc" in reply["text"]  # a time limit stays relative
    await bot.api.wait_for(lambda: bool(bot.api.documents))
    _, content = bot.api.documents[0]
    yearly = [e for e in icalendar.Calendar.from_ical(content).walk("VEVENT") if e.get("rrule")]
    assert yearly and all(e["rrule"]["FREQ"] == ["YEARLY"] for e in yearly)
    assert dt.date(2026, 12, 20) in {e.decoded("dtstart") for e in yearly}


def test_a_question_asking_two_things_is_answered_from_the_two_sections_that_state_them(new_engine: Engine) -> None:
    answer = new_engine.ask("Hồ sơ đề nghị Bằng khen tỉnh ở Đại Từ nộp mấy bộ và hạn chót khi nào?")
    assert not answer.abstained, answer.text
    # The deadline's clause cites the dossier's article ("quy định tại Điều 14"): either may lead.
    assert sorted(c.section for c in answer.citations) == ["Điều 14.2", "Điều 15.3"]
    assert "03 bộ" in answer.text and "05 tháng 01" in answer.text
    assert len(answer.parts) == 1 and len(answer.parts[0].sources) == 2  # one document, both sections cited


def test_a_question_naming_the_body_that_issued_one_document_is_about_that_document(new_engine: Engine) -> None:
    # No place named: "Sở Giáo dục" issued only the Bắc Kạn plan among these documents.
    question = new_engine.understand("Hồ sơ khen thưởng gửi Sở Giáo dục trước ngày nào?")
    assert question.hinted_doc_ids == {BAC_KAN}
    assert new_engine.ask(question.original).citations[0].doc_id == BAC_KAN
    assert not new_engine.understand("Sở Nội vụ nhận hồ sơ ở đâu?").hinted_doc_ids  # it issued none of them


@pytest.mark.parametrize(
    ("question", "hinted"),
    [
        # A kind of document and the head noun of the body that issued the only one of that kind.
        ("Kế hoạch của sở yêu cầu nộp hồ sơ trước ngày nào?", {BAC_KAN}),
        ("thong bao cua ban thi dua cho nop ho so den ngay nao", {YEN_BAI}),
        # Several plans were issued by a People's Committee; a body named by its name is a place's.
        ("Kế hoạch của ủy ban nhân dân yêu cầu gì?", set()),
        ("Kế hoạch của Sở Y tế yêu cầu nộp hồ sơ trước ngày nào?", set()),
    ],
)
def test_a_kind_of_document_of_a_kind_of_body_points_at_the_one_such_document(
    new_engine: Engine, question: str, hinted: set[str]
) -> None:
    assert new_engine.understand(question).hinted_doc_ids == hinted


def test_two_quantities_asked_are_answered_from_the_two_clauses_stating_them(new_engine: Engine) -> None:
    answer = new_engine.ask(
        "Phòng Nội vụ Đại Từ thẩm định hồ sơ trong mấy ngày, Chủ tịch huyện ra quyết định khen thưởng trong bao lâu?"
    )
    assert {c.section for c in answer.citations} == {"Điều 16.2", "Điều 16.3"}, answer.text
    assert "10 ngày làm việc" in answer.text and "05 ngày làm việc" in answer.text


def test_a_list_and_a_quantity_asked_are_answered_from_the_list_and_the_clause_stating_it(new_engine: Engine) -> None:
    answer = new_engine.ask("Hồ sơ đề nghị danh hiệu Lao động tiên tiến ở Đại Từ gồm những gì, lập mấy bộ?")
    assert [c.section for c in answer.citations] == ["Điều 12.1", "Điều 12.3"], answer.text
    assert "a) Tờ trình của thủ trưởng cơ quan" in answer.text and "01 bộ bản chính" in answer.text


@pytest.mark.parametrize(
    ("question", "section", "facts"),
    [
        # Where a dossier goes: the clause naming the office, not the deadline clause ranked first.
        ("nop ho so khen thuong o dak ha thi nop o dau", "Điều 18.1", ["phòng nội vụ", "phòng 204"]),
        # Who confers a title: the article where the Chủ tịch of the commune decides, not the one
        # saying the title follows Nghị định 86.
        (
            "Ở Đăk Hà ai tặng danh hiệu Gia đình văn hóa?",
            "Điều 11.2",
            ["chủ tịch ủy ban nhân dân xã", "gia đình văn hóa"],
        ),
        # Where and at what time: the venue is a line "Địa điểm: …", shown beside the time.
        (
            "Lễ phát động thi đua ngành y tế Lào Cai tổ chức ở đâu, mấy giờ vậy?",
            "4.1",
            ["07 giờ 30", "hội trường tầng 5", "gắn với lễ kỷ niệm 70 năm"],
        ),
        # The name of a round is written in quotes, not as a person's.
        (
            "Đợt 1 thi đua ngành y tế Lào Cai tên là gì, kéo dài đến ngày nào?",
            "3.3",
            ["tăng tốc mùa xuân", "30/6/2025"],
        ),
        ("Ai là đầu mối liên hệ kế hoạch thi đua của Sở Y tế Lào Cai, số di động bao nhiêu?", "7", ["0983.217.604"]),
        # In English, "where" opens the question that Vietnamese ends with "ở đâu".
        ("Where do I hand in the award dossiers in Dak Ha?", "Điều 18.1", ["phòng 204"]),
        ("Where do I send the year-end award dossiers in Dak Ha?", "Điều 17.1", ["05 tháng 12", "phòng nội vụ"]),
        # A heading the question names beats the plan's header, which repeats its subject.
        ("chu de phong trao thi dua nganh y te lao cai nam 2025 la gi", "2.1", ["đổi mới phong cách"]),
    ],
)
def test_what_was_asked_is_shown_from_the_section_that_states_it(
    s7_engine: Engine, question: str, section: str, facts: list[str]
) -> None:
    answer = s7_engine.ask(question)
    assert not answer.abstained, answer.text
    assert answer.citations[0].section == section, answer.text
    assert all(fact in answer.text.lower() for fact in facts), answer.text


def test_a_document_about_another_title_gives_way_to_one_about_the_asked_title(s7_engine: Engine) -> None:
    # No place named: the Quy chế's amounts are for "Chiến sĩ thi đua cơ sở", the guide's for "cấp tỉnh".
    answer = s7_engine.ask("Tiền thưởng CSTĐ cấp tỉnh là bao nhiêu lần lương cơ sở vậy")
    assert [(c.doc_id, c.section) for c in answer.citations] == [(NINH_BINH, "II.D.1")], answer.text
    assert "3,0 lần" in answer.text


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("quy che thi dua khen thuong huyen dak to co hieu luc tu ngay nao", "huyen dak to"),
        ("Sở Y tế Hòa Bình tổ chức lễ phát động thi đua năm 2025 vào ngày nào?", "Hòa Bình"),
        ("Hạn nộp hồ sơ Cờ thi đua tổng kết năm 2023 của tỉnh Ninh Bình là ngày nào ạ?", "«2023»"),
        ("ke hoach thi dua nganh y te lao cai nam 2024 chu de la gi", "«2024»"),
        # An occasion of reward the document never names.
        ("Ở Đăk Hà, hồ sơ khen thưởng theo niên hạn nộp mấy bộ?", "«niên hạn»"),
        # The identity of another sector's regulation is not this one's.
        (
            "Quy chế thi đua khen thưởng ngành giáo dục huyện Đăk Hà có hiệu lực từ ngày nào?",
            "«Sở Giáo dục và Đào tạo»",
        ),
    ],
)
def test_another_place_or_year_is_declined(s7_engine: Engine, question: str, reason: str) -> None:
    answer = s7_engine.ask(question)
    assert answer.abstained and reason in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "section", "facts"),
    [
        # Where an event is held: the clause dating it with its venue, not the task "tổ chức Lễ phát
        # động" of a board that ranks first.
        (
            "Lễ phát động Xanh - Sạch - Đẹp của phụ nữ Bến Tre tổ chức ở đâu, mấy giờ?",
            "II.3.d",
            ["xã phú túc", "07 giờ 30"],
        ),
        # "suất" is a share of a quota: the awards are counted by who receives them.
        ("Bến Tre được mấy suất Bằng khen của Trung ương Hội LHPN?", "IV.2", ["02 tập thể và 03 cá nhân"]),
        # An amount per thing rewarded ("đồng/tuyến đường") is an amount given; a rate over time is not.
        ("tuyến đường Xanh Sạch Đẹp tiêu biểu ở Bến Tre thưởng bao nhiêu tiền", "IV.2.d", ["3.000.000 đồng"]),
        # A clause of one sentence referring to its article's clauses states their number of copies;
        # asked with the list, the list answers beside it.
        ("Hồ sơ đề nghị danh hiệu Lao động tiên tiến ở Đức Trọng làm mấy bộ?", "Điều 19.3", ["01 bộ bản chính"]),
        (
            "Đức Trọng: hồ sơ đề nghị Giấy khen Chủ tịch huyện gồm những gì, lập mấy bộ?",
            "Điều 20.1",
            ["tờ trình của cơ quan", "02 bộ bản chính"],
        ),
        # In English: a postmark is what the deadline is not counted by.
        ("In Nui Thanh, does the postmark count for the dossier deadline?", "3", ["dấu bưu điện"]),
    ],
)
def test_what_was_asked_is_shown_from_the_clause_that_states_it(
    s9_engine: Engine, question: str, section: str, facts: list[str]
) -> None:
    answer = s9_engine.ask(question)
    assert not answer.abstained, answer.text
    assert answer.citations[0].section == section, answer.text
    assert all(fact in answer.text.lower() for fact in facts), answer.text


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # The amount stated is the Giấy khen's, listed beside the asked Bằng khen.
        (
            "Bằng khen của Chủ tịch UBND tỉnh trong phong trào Xanh - Sạch - Đẹp Bến Tre thưởng bao nhiêu tiền?",
            "«Giấy khen»",
        ),
        # The district council meets twice a year; the regulation says nothing of the communes'.
        ("Hội đồng thi đua khen thưởng xã ở Đức Trọng mỗi năm họp mấy lần?", "«Hội đồng Thi đua - Khen thưởng huyện»"),
        # The phone number given is that of a deputy head of another board.
        ("Ban Tuyên giáo Hội LHPN Bến Tre số điện thoại là gì?", "«Ban Tổ chức»"),
    ],
)
def test_a_number_stated_for_another_member_is_not_the_answer(s9_engine: Engine, question: str, reason: str) -> None:
    answer = s9_engine.ask(question)
    assert answer.abstained and reason in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Tỉnh đoàn Bến Tre tổng kết phong trào Xanh - Sạch - Đẹp vào thời gian nào?",
        "tinh doan ben tre nop ho so truoc ngay nao",
    ],
)
def test_a_question_on_an_organisation_a_document_never_names_is_declined(s9_engine: Engine, question: str) -> None:
    # The women's union's plan names no Đoàn Thanh niên: it answers nothing for the Tỉnh đoàn.
    _declined(s9_engine, question, "«Đoàn Thanh niên»")
    assert not s9_engine.ask(question.replace("Tỉnh đoàn", "Hội LHPN").replace("tinh doan", "hoi lhpn")).abstained


def test_a_fax_number_is_not_a_telephone_number(s9_engine: Engine) -> None:
    assert not s9_engine.ask("Phòng Nội vụ Núi Thành số điện thoại là bao nhiêu?").abstained
    assert s9_engine.ask("Phòng Nội vụ Núi Thành số fax là bao nhiêu?").abstained


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # A guide on thematic and ad hoc rewards does not answer for the year-end ones.
        ("Hạn nộp hồ sơ khen thưởng tổng kết năm 2025 của Sở Nội vụ Thanh Hóa là ngày nào?", "«tổng kết năm»"),
        # A place named in English, before its level, is a place no document is about.
        ("What is the deadline for award dossiers in the Quynh Luu district?", "huyện Quynh Luu"),
        # The venue given is the Lễ phát động's: a sports day's is not stated.
        ("Diễn Châu tổ chức hội thao công nhân ở đâu?", "không trả lời được"),
    ],
)
def test_what_the_documents_of_a_set_read_since_do_not_cover_is_declined(
    s11_engine: Engine, question: str, reason: str
) -> None:
    _declined(s11_engine, question, reason)


@pytest.mark.parametrize(
    ("question", "section"),
    [
        # "… theo Mẫu số 05 tại" / "Phụ lục II.": the clause goes on, no appendix opens.
        ("Sở Văn hóa Khánh Hòa: đơn vị gửi bản đăng ký thi đua trước ngày nào, theo mẫu nào?", "Điều 5.1"),
        # An English question quoting a title in Vietnamese.
        ("Who decides the 'Tập thể lao động xuất sắc' title at the Khanh Hoa culture department?", "Điều 11.2"),
    ],
)
def test_the_documents_of_a_set_read_since_answer_from_the_section_that_states_it(
    s11_engine: Engine, question: str, section: str
) -> None:
    _answered(s11_engine, question, {section}, [])


@pytest.mark.parametrize(
    ("question", "section", "facts"),
    [
        # "hệ số mấy" asks a coefficient, not a document's number.
        ("Chiến sĩ thi đua cấp tỉnh Tây Ninh được thưởng hệ số mấy?", "PL1.1", ["4,5"]),
        # "đăng ký khi nào" is not "ký khi nào"; "mấy người" is answered by "04 giáo viên".
        ("Hội thi GV dạy giỏi THCS cấp tỉnh Hưng Yên: hạn đăng ký, mỗi xã cử mấy người?", "3.3", ["04 giáo viên"]),
        # A title naming places with commas, typed with fewer of them.
        ("Hồ sơ danh hiệu thôn, buôn văn hóa ở Krông Pắc nộp cho cơ quan nào?", "2", ["phòng văn hóa và thông tin"]),
        # The items of a section shown for its heading are shown whole, not their first sentences.
        ("Krông Pắc: gửi hồ sơ điện tử mà không gửi hồ sơ giấy thì sao?", "4", ["xem như chưa nộp hồ sơ"]),
        ("Who manages Tay Ninh's provincial reward fund, and where is its holding account?", "Điều 5.1", ["kho bạc"]),
        # A place abbreviated after a body ("ngành giáo dục HY") is the known place, not an unknown one.
        ("CSTĐ cấp tỉnh ngành giáo dục HY phải mấy lần liên tục đạt CSTĐ cơ sở?", "4.4.2", ["03 lần liên tục"]),
        # "Sở GD" is the Sở Giáo dục's plan, not the district notice on the same award.
        ("Hồ sơ Bằng khen Chủ tịch UBND tỉnh gửi Sở GD mấy bộ?", "5.3", ["03 bộ"]),
        # The rate of the schools of the level asked, beside those of other levels and other rates.
        ("Tỷ lệ trường THCS đạt chuẩn quốc gia ở Hưng Yên là bao nhiêu?", "2.3.2", ["85%"]),
        # Two questions in one: each has the sentence that answers it.
        ("HS đạt HCV Olympic quốc tế thưởng bao nhiêu? GV bồi dưỡng được hưởng thế nào?", "Điều 11.2", ["50%"]),
    ],
)
def test_the_documents_of_the_s12_set_answer_from_the_section_that_states_it(
    s12_engine: Engine, question: str, section: str, facts: list[str]
) -> None:
    _answered(s12_engine, question, {section}, facts)


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # The plan gives the venue of the THCS contest only; a criterion naming the primary level
        # shows no venue.
        ("Hội thi giáo viên dạy giỏi cấp tiểu học cấp tỉnh Hưng Yên tổ chức ở trường nào?", ""),
        # "nêu tại dòng 7 của bảng tại Mục 2" points at a text, not a place.
        ("Hội nghị tổng kết thi đua năm 2024 của huyện Krông Pắc tổ chức ngày nào, ở đâu?", ""),
        # The account is opened at the treasury; its number is not given.
        ("Số tài khoản tạm giữ của Sở Nội vụ Tây Ninh tại Kho bạc là gì?", ""),
        # A cited report is cited by number and issuer, never by who signed it.
        ("Ai ký Báo cáo thẩm định 318/BC-STP của Sở Tư pháp Tây Ninh?", "318/BC-STP"),
        # Schools of other levels meet the national standard; the upper-secondary figure is a
        # graduation rate.
        ("Tỷ lệ trường THPT đạt chuẩn quốc gia ở Hưng Yên là bao nhiêu?", "nêu tỷ lệ của những nội dung khác"),
        # The medal's event is not one the regulation rewards.
        ("VĐV Tây Ninh đạt HCV SEA Games được thưởng bao nhiêu?", "«huy chương vàng SEA Games»"),
        # "xã, phường" is written in the document, the title "xã, phường tiêu biểu" is not.
        (
            "Danh hiệu xã, phường tiêu biểu ở Tây Ninh được thưởng mấy lần lương cơ sở?",
            "«Danh hiệu xã phường tiêu biểu»",
        ),
    ],
)
def test_what_the_documents_of_the_s12_set_do_not_state_is_declined(
    s12_engine: Engine, question: str, reason: str
) -> None:
    _declined(s12_engine, question, reason)


@pytest.mark.parametrize(
    ("question", "section", "facts"),
    [
        # A table laid out with spaces: the row of the cluster for the year asked.
        ("Mường La năm 2026 cụm thi đua số 3 do xã nào làm cụm trưởng?", "PL2", ["xã ngọc chiến"]),
        # The timeline table goes on after a page break.
        ("Bệnh viện Sóc Trăng: trình Sở Y tế đề nghị khen thưởng cấp trên trước ngày nào?", "4", ["26/12/2025"]),
        # "Hồ sơ quy định tại khoản 1 Điều này lập thành 03 bộ" is about the Cờ thi đua of khoản 1.
        ("Mường La: hồ sơ đề nghị Cờ thi đua UBND tỉnh lập mấy bộ?", "Điều 15.2", ["03 bộ"]),
        # A phone number grouped as offices write it ("0299.3 826 917").
        ("Ai là đầu mối TĐKT ở Bệnh viện đa khoa Sóc Trăng, số điện thoại?", "7.2", ["0299.3 826 917"]),
        # The address is in the clause on where dossiers go, less sure than the one on e-files.
        ("Gửi hồ sơ giấy cho Ban Thi đua - Khen thưởng tỉnh Điện Biên theo địa chỉ nào?", "IV.2", ["phòng 305"]),
        # An amount asked per year is answered by "5.000.000 đồng/năm".
        ("UBND huyện Mường La hỗ trợ mỗi cụm, khối bao nhiêu tiền một năm?", "Điều 10.2", ["5.000.000 đồng/năm"]),
        # "BKCT" is the Bằng khen của Chủ tịch.
        (
            "Cơ quan 120 người ở Điện Biên được đề nghị tối đa bao nhiêu BKCT UBND tỉnh dịp tổng kết năm 2024?",
            "II.2.c",
            ["02 tập thể và 05"],
        ),
        ("Quyết định 318/QĐ-UBND của huyện Mường La thay thế quyết định nào?", "QĐ.Điều 2", ["1027/qđ-ubnd"]),
        # "HĐTĐKT … gồm những ai" asks the council's members once the abbreviation is written out.
        ("HĐTĐKT của Bệnh viện Đa khoa tỉnh Sóc Trăng gồm những ai?", "7.1", ["chủ tịch"]),
        # An English question glossing a Vietnamese name in brackets, opening with "In".
        (
            "In Điện Biên province, who is the contact for dossiers for the emulation flag (Cờ thi đua)?",
            "IV.3",
            ["lò thị thanh hương"],
        ),
    ],
)
def test_the_documents_of_the_s14_set_answer_from_the_section_that_states_it(
    s14_engine: Engine, question: str, section: str, facts: list[str]
) -> None:
    text = _answered(s14_engine, question, {section}, facts)
    assert "tỉnh tỉnh" not in text  # "Bệnh viện Đa khoa tỉnh Sóc Trăng", its level once


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # The rotation table starts in 2025.
        ("Năm 2024, xã nào làm Trưởng cụm thi đua số 1 của huyện Mường La?", "«2024»"),
        # Each cluster puts forward one leading unit: the rule names no commune.
        ("Mường La: xã nào được suy tôn dẫn đầu cụm thi đua?", "không trả lời được"),
        # The contest's solutions are graded A and B only.
        (
            "Giải pháp đạt giải C trong Hội thi Giải pháp cải tiến ở Bệnh viện Sóc Trăng thưởng bao nhiêu?",
            "giải C",
        ),
    ],
)
def test_what_the_documents_of_the_s14_set_do_not_state_is_declined(
    s14_engine: Engine, question: str, reason: str
) -> None:
    _declined(s14_engine, question, reason)


def test_the_row_of_the_year_asked_is_the_one_shown(s14_engine: Engine) -> None:
    answer = s14_engine.ask("Năm 2026, xã nào làm Trưởng cụm thi đua số 1 của huyện Mường La?")
    assert "Xã Chiềng San" in answer.text and "2025" not in answer.text and "2027" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "sections", "facts"),
    [
        # A row of the attached list, its cells wrapped onto the next lines.
        ("Ông Trần Quốc Vinh được tặng Bằng khen vì thành tích gì?", {"PL1.II"}, ["214 căn nhà"]),
        # The vote a dossier needs is a rate of the votes, under the item on the Bằng khen dossier.
        (
            "Tân Yên: đề nghị Bằng khen, tỷ lệ phiếu đồng ý của Hội đồng thi đua trường phải đạt bao nhiêu?",
            "3.b",
            ["70%"],
        ),
        # A row of a table split by bars, across a page break.
        ("Tân Yên: hồ sơ Giấy khen của Chủ tịch UBND huyện nộp trước ngày nào?", {"2"}, ["11/6/2025"]),
        # What was done is asked of a decision conferring awards, which records it.
        (
            "Bình Phước đã tặng Bằng khen cho bao nhiêu tập thể trong phong trào xóa nhà tạm?",
            {"Điều 1"},
            ["16 tập thể"],
        ),
    ],
)
def test_the_documents_of_the_s15_set_answer_from_the_section_that_states_it(
    s15_engine: Engine, question: str, sections: set[str], facts: list[str]
) -> None:
    text = _answered(s15_engine, question, sections, facts)
    assert "Công văn 238/PNV-TĐKT" in text or "Quyết định 412" in text, text


def test_what_was_done_is_not_answered_from_a_plans_targets(s15_engine: Engine, engine: Engine) -> None:
    # A plan sets targets and awards; the count of what was done is in no statement of it.
    _declined(
        s15_engine,
        "Hội LHPN tỉnh Hòa Bình đã trao được bao nhiêu Mái ấm tình thương trong năm 2024?",
        "không nêu kết quả đã thực hiện",
    )
    assert not s15_engine.ask("Hội LHPN tỉnh Hòa Bình trao bao nhiêu Mái ấm tình thương?").abstained
    # A plan's statement of what was done answers.
    answer = engine.ask("an lao khen thuong cap nha nuoc ap dung cho phong trao da trien khai duoc bao nhieu nam")
    assert not answer.abstained and "03 đến 05 năm" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "section", "facts"),
    [
        # The issuer named ("về Hội Nông dân huyện …") chooses the document, not the section headed
        # by the issuer's own office ("Văn phòng Hội Nông dân huyện"), which states no date.
        ("Hạn chót cơ sở hội nộp hồ sơ khen thưởng về Hội Nông dân huyện Trần Văn Thời?", "III.3", ["22/11/2024"]),
        # A form's number is in the clause listing the dossier, ranked below the one on the awards.
        (
            "Báo cáo thành tích cá nhân tổng kết phong trào vì người nghèo ở Hà Giang theo mẫu số mấy?",
            "4.c",
            ["mẫu số 04"],
        ),
        # "gọi ai, số máy" asks whom to phone: the contact with a phone number answers.
        ("Hồ sơ khen thưởng Hà Giang có vướng mắc thì gọi ai, số máy?", "5", ["0219.3866.248"]),
        # A mass organisation's words in English.
        ("What rate of farmers' disputes must Tran Van Thoi officers settle by mediation?", "II.2.c", ["85%"]),
    ],
)
def test_the_documents_of_the_s13_set_answer_from_the_section_that_states_it(
    s13_engine: Engine, question: str, section: str, facts: list[str]
) -> None:
    _answered(s13_engine, question, {section}, facts)


def test_an_english_question_read_only_by_its_names_asks_for_vietnamese(s13_engine: Engine) -> None:
    answer = s13_engine.ask("What snowfall do Tran Van Thoi skiers expect in winter?")
    assert answer.abstained and messages.ENGLISH_HINT in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "section", "facts"),
    [
        # Where the money comes from is the clause naming the fund, not the one on the amounts.
        ("Tiền thưởng GK bão số 3 ở Vũ Thư trích từ nguồn nào?", "Điều 2.2", ["quỹ thi đua, khen thưởng huyện"]),
        # "HS", "BK": a dossier, a Bằng khen; the row of the table states its deadline.
        ("Kiên Giang: nộp HS đề nghị BK của Thủ tướng mấy bộ?", "4.1", ["03 bộ"]),
        # The contact clause, found by its words alone, is as sure as its own similarity says.
        ("HS khen thưởng ở Kiên Giang có vướng mắc thì gọi ai, số nào?", "6.3", ["0918.274.603"]),
        # A row of the attached list laid out with spaces, under its group "* CÁ NHÂN".
        ("Ông Đặng Văn Hải ở xã Hồng Lý được tặng GK vì thành tích gì?", "PL1", ["dùng máy xúc"]),
        # "liên hệ ai": a person by name is who; the clause naming her is shown beside the phone.
        ("Ở phường Bắc Lý nộp hồ sơ khen thưởng thì liên hệ ai, số điện thoại?", "V.3", ["trương thị hoài thu"]),
        # "which office" asks "phòng nào".
        (
            "In Vũ Thư's storm Yagi award decision, which office provides the reward money?",
            "Điều 2.3",
            ["phòng tài chính - kế hoạch"],
        ),
        # In force from the day it is signed: the sentence saying so is quoted.
        ("QĐ tặng GK bão số 3 ở Vũ Thư có hiệu lực từ khi nào?", "Điều 3", ["kể từ ngày ký"]),
    ],
)
def test_the_documents_of_the_s17_set_answer_from_the_section_that_states_it(
    s17_engine: Engine, question: str, section: str, facts: list[str]
) -> None:
    _answered(s17_engine, question, {section}, facts)


def test_the_contact_of_a_named_document_stays_among_the_evidence_however_it_ranks(s17_engine: Engine) -> None:
    # A document gives its contact once: the section showing it is evidence though the question's
    # other words ("hồ sơ khen thưởng tổng kết năm") rank other sections above it.
    settings = s17_engine.settings
    searcher = Searcher(s17_engine.store, load_serving_embeddings(settings.embeddings), settings.retrieval)
    question = s17_engine.understand("Ai là người liên hệ về hồ sơ khen thưởng tổng kết năm ở Kiên Giang?")
    evidence = searcher.search(question, limit=3)
    assert "6.3" in {hit.chunk.section for hit in evidence.hits}, [hit.chunk.section for hit in evidence.hits]


def test_a_clause_naming_no_source_of_money_does_not_answer_where_it_comes_from(s17_engine: Engine) -> None:
    answer = s17_engine.ask("Vũ Thư chi tiền thưởng Giấy khen bão số 3 từ nguồn nào?")
    assert answer.abstained or answer.citations[0].section == "Điều 2.2", answer.text


@pytest.mark.parametrize(
    "question",
    [
        # A title the decision never names.
        "Danh hiệu Lao động tiên tiến theo quyết định khen bão số 3 của Vũ Thư thưởng bao nhiêu?",
        # An office holder the documents never name: a role is no answer.
        "Chủ tịch UBND huyện Vũ Thư năm 2024 là ai?",
    ],
)
def test_what_the_documents_of_the_s17_set_do_not_state_is_declined(s17_engine: Engine, question: str) -> None:
    _declined(s17_engine, question, messages.NOT_FOUND.split("\n")[0])


def test_the_rows_naming_the_asked_award_answer_when_the_first_drawn_are_another_awards(s18_engine: Engine) -> None:
    # The rows on the Tổng Liên đoàn's Bằng khen rank first; those on the LĐLĐ tỉnh's answer.
    text = _answered(
        s18_engine, "Bằng khen LĐLĐ tỉnh Bạc Liêu nộp mấy bộ, hạn cuối ngày nào?", {"IV.2"}, ["13/12/2024"]
    )
    assert "Bằng khen của LĐLĐ tỉnh - mẫu báo cáo: Mẫu số 01, Mẫu số 02 - số bộ: 01 bộ" in text, text
    assert "Tổng Liên đoàn" not in text, text


@pytest.mark.parametrize(
    ("question", "sections", "facts"),
    [
        # A report is also the next year's plan: the year asked picks the part ("… NĂM 2024"), not the
        # target of the part on 2025 ("không thấp hơn 45%").
        ("can gio 2024 ty le nguoi truc tiep lao dong duoc tang giay khen la bao nhieu", {"II.3", "II.3.c"}, ["46,9%"]),
        # A council's notice states what the council did, though a line names the Hội đồng sáng kiến.
        ("hdtdkt thi xa cua lo cong nhan bao nhieu cstd co so nam 2024", {"I.2", "I.2.a"}, ["46 cá nhân"]),
        # An office's address is written once: the clause showing it answers, far below the e-mail one.
        ("Địa chỉ nộp hồ sơ khen thưởng của bệnh viện Lộc Thanh ở đâu?", {"Điều 14.1"}, ["số 218 đường nguyễn văn cừ"]),
        # Two questions joined by a comma: who chaired (the opening paragraph under the title, not
        # the title's rest) and how many members came ("13/15 thành viên" is a count, not a date).
        (
            "Phiên họp xét khen thưởng tổng kết 2024 ở Cửa Lò do ai chủ trì, có bao nhiêu thành viên Hội đồng dự?",
            {"preamble"},
            ["đặng quốc hiếu", "13/15 thành viên"],
        ),
        # A report is a kind of its own: it records what was done.
        (
            "Năm 2024 huyện Cần Giờ có bao nhiêu cá nhân được công nhận danh hiệu Chiến sĩ thi đua cơ sở?",
            {"II.3", "II.3.a"},
            ["284"],
        ),
    ],
)
def test_reports_and_notices_of_a_meeting_answer_what_they_record(
    s22_engine: Engine, question: str, sections: set[str], facts: list[str]
) -> None:
    _answered(s22_engine, question, sections, facts)


def test_the_row_whose_first_cell_the_question_writes_answers(s22_engine: Engine) -> None:
    # The clause on preparing the conference ranks first; the row of the task table names it.
    _answered(
        s22_engine, "Thị xã Cửa Lò tổ chức Hội nghị tổng kết, trao thưởng vào ngày nào?", {"III.4"}, ["21/01/2025"]
    )


def test_a_report_is_labelled_by_its_kind_and_its_total_row_is_a_row(s22_engine: Engine) -> None:
    labels = [document.label for document in s22_engine.documents()]
    assert "Báo cáo 418/BC-UBND huyện Cần Giờ" in labels, labels
    answer = s22_engine.ask("Huyện Cần Giờ năm 2024 khen thưởng tổng cộng bao nhiêu cá nhân?")
    assert "Giấy khen của Chủ tịch UBND huyện Cộng" not in answer.text, answer.text


def test_the_identity_of_a_document_asked_for_another_year_is_declined(s22_engine: Engine) -> None:
    asked = "Thông báo kết luận của Hội đồng thi đua thị xã Cửa Lò về khen thưởng tổng kết năm {} có số hiệu là gì?"
    answer = s22_engine.ask(asked.format(2023))
    assert answer.abstained and "«2023»" in answer.text, answer.text
    assert "03/TB-HĐTĐKT" in s22_engine.ask(asked.format(2024)).text


@pytest.mark.parametrize(
    "question",
    [
        "Quy chế thi đua, khen thưởng mới của thị xã Cửa Lò được ban hành theo Quyết định số mấy?",
        "Which decision number replaced Can Gio district's 2020 emulation and reward regulation?",
    ],
)
def test_the_number_of_a_replaced_document_does_not_answer_for_the_one_replacing_it(
    s22_engine: Engine, question: str
) -> None:
    # "ban hành Quy chế … mới, thay thế Quyết định số 2209/QĐ-UBND": the new one has no number yet.
    answer = s22_engine.ask(question)
    assert answer.abstained and "văn bản được thay thế" in answer.text, answer.text
    asked_replaced = s22_engine.ask("Quy chế mới của Cần Giờ sẽ thay thế quyết định số mấy?")
    assert (
        "2209/QĐ-UBND" in asked_replaced.text
        and "Báo cáo 418/BC-UBND huyện Cần Giờ thay thế" not in asked_replaced.text
    )


def test_a_heading_naming_what_is_asked_counts_as_named_by_the_question(tmp_path_factory, model_cache) -> None:
    # "nộp … tại đâu" names the heading "Nơi tiếp nhận hồ sơ", though the clause on the copies also
    # says where the copies go.
    folder = tmp_path_factory.mktemp("headed-installation")
    documents = folder / "documents"
    documents.mkdir()
    (documents / "mau-son-2025-huong-dan.txt").write_text(
        "BAN THI ĐUA - KHEN THƯỞNG TỈNH MẪU SƠN\nSố: 12/HD-BTĐKT\nHƯỚNG DẪN\nHồ sơ đề nghị Huân chương\n"
        "I. HỒ SƠ\n1. Số lượng hồ sơ\nHồ sơ đề nghị Huân chương gửi 04 bộ bản chính về Ban Thi đua - Khen thưởng"
        " tỉnh.\nII. TIẾP NHẬN\n1. Nơi tiếp nhận hồ sơ\nHồ sơ giấy nộp trực tiếp tại Bộ phận một cửa, Trung tâm"
        " Phục vụ hành chính công tỉnh.\n",
        encoding="utf-8",
    )
    engine = _installed_engine(folder, model_cache)
    settings = engine.settings
    searcher = Searcher(engine.store, load_serving_embeddings(settings.embeddings), settings.retrieval)
    evidence = searcher.search(engine.understand("Nộp hồ sơ giấy đề nghị Huân chương ở Mẫu Sơn tại đâu?"))
    headed = {hit.chunk.section: hit.heading for hit in evidence.hits}
    assert headed["II.1"] >= HEADING_QUESTION > headed["I.1"], headed


@pytest.fixture(scope="module")
def s24_engine(tmp_path_factory: pytest.TempPathFactory, model_cache) -> Engine:
    """Three documents of a set read since: a provincial police plan with parts and letters, a
    district Phòng GD&ĐT guide on teachers' titles by school level (a messy PDF extraction), a
    Quyết định conferring Bằng khen (NFD) with its list of those rewarded attached."""
    return _held_out_engine(tmp_path_factory, model_cache, "heldout-s24")


@pytest.mark.parametrize(
    ("question", "sections", "facts"),
    [
        # "THCS" is written out as the guide writes it, in its headings and its lists.
        ("Tiêu chuẩn chiến sĩ thi đua cơ sở riêng cho giáo viên THCS ở Long Hồ là gì?", {"3.4"}, ["ít nhất 95%"]),
        # "khi nào": the schedule stating the dates, not the criteria of the level asked.
        ("Hội thi giáo viên dạy giỏi cấp THCS huyện Long Hồ tổ chức khi nào?", {"4.2"}, ["25/11/2024"]),
        # The row of the attached list naming the unit asked, not the article on the whole list.
        ("Chi cục Thủy sản Bình Thuận được tặng Bằng khen vì thành tích gì?", {"PL1.1"}, ["15 mét trở lên"]),
        # "tỉnh nộp mấy bộ" and "các huyện Hà Nam" name no unknown place.
        ("ho so khen thuong cong an tinh nop may bo, gui ve phong nao", {"III.B.1", "III.B.1.d"}, ["02 bộ"]),
        ("han gui ho so khen thuong tong ket nam 2025 cua cong an cac huyen ha nam", {"III.B.2"}, ["05/12/2025"]),
    ],
)
def test_what_the_police_plan_the_teachers_guide_and_the_award_list_state(
    s24_engine: Engine, question: str, sections: set[str], facts: list[str]
) -> None:
    _answered(s24_engine, question, sections, facts)


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # The guide sets rules for mầm non, tiểu học and THCS: not for THPT.
        ("Giáo viên THPT ở Long Hồ muốn được công nhận giáo viên dạy giỏi cần điều kiện gì?", "«trung học phổ thông»"),
        # Nor for the province's contest: the district's contest is the one it sets out.
        (
            "Giáo viên THPT ở Vĩnh Long muốn được công nhận giáo viên dạy giỏi cấp tỉnh cần điều kiện gì?",
            "«cấp tỉnh»",
        ),
        # A date asked of a contest the guide never schedules: its criteria state none.
        ("Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện ở Long Hồ tổ chức khi nào?", ""),
        # A guide records no results.
        ("nam hoc 2023-2024 long ho co bao nhieu giao vien dat giao vien day gioi cap huyen", "không nêu kết quả"),
        ("When must Long Ho schools submit dossiers for the provincial-level Emulation Soldier title?", ""),
    ],
)
def test_what_the_teachers_guide_does_not_state_is_declined(s24_engine: Engine, question: str, reason: str) -> None:
    _declined(s24_engine, question, reason)


@pytest.fixture(scope="module")
def s25_engine(tmp_path_factory: pytest.TempPathFactory, model_cache) -> Engine:
    """Three documents of a set read since: a district Quyết định + Quy chế on its Hội đồng Thi đua -
    Khen thưởng (NFD), a provincial Đoàn plan whose header carries the Đoàn's national name, a Sở
    Nội vụ Công văn on State awards (a messy PDF extraction)."""
    return _held_out_engine(tmp_path_factory, model_cache, "heldout-s25")


def test_a_youth_unions_plan_is_labelled_by_its_body_not_its_national_name(s25_engine: Engine) -> None:
    document = s25_engine.document("quang-nam-2025-ke-hoach-thi-dua-tinh-doan")
    assert document is not None and document.number == "184-KH/TĐTN-VP"
    assert "Tncs" not in document.label and document.locality == "tỉnh Quảng Nam", document.label


@pytest.mark.parametrize(
    ("question", "sections", "facts"),
    [
        # The count is in the clause's opening, cut at its colon into the heading.
        ("Hội đồng thi đua Gia Bình họp định kỳ mấy lần một năm?", {"Điều 9.1"}, ["02 lần"]),
        # A share of the members is a count, not a date.
        ("Phiên họp Hội đồng TĐKT huyện Gia Bình hợp lệ khi có bao nhiêu thành viên dự?", {"Điều 9.3"}, ["2/3"]),
        # The section headed "Nơi nhận hồ sơ …" says where, though it ranks below the deadlines.
        ("Nộp hồ sơ khen thưởng cấp Nhà nước của tỉnh Thái Bình ở đâu?", {"4"}, ["số 76 phố lê quý đôn"]),
    ],
)
def test_what_the_council_regulation_and_the_state_awards_letter_state(
    s25_engine: Engine, question: str, sections: set[str], facts: list[str]
) -> None:
    _answered(s25_engine, question, sections, facts)


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # Money stated for the Tỉnh đoàn's flag, asked for the Trung ương Đoàn's.
        ("Cờ thi đua của Trung ương Đoàn được kèm bao nhiêu tiền thưởng?", "«Trung ương Đoàn»"),
        # A contest prize the plan never names.
        ("tinh doan quang nam thuong bao nhieu tien cho tap the dat giai nhat hoi thi tuyen truyen", "«giải Nhất»"),
        # Forms 01 to 04 and 07 are listed: not 05.
        ("Mẫu số 05 theo Nghị định 98/2023/NĐ-CP dùng cho báo cáo gì?", ""),
    ],
)
def test_what_the_youth_union_plan_and_the_letter_do_not_state_is_declined(
    s25_engine: Engine, question: str, reason: str
) -> None:
    _declined(s25_engine, question, reason)


@pytest.fixture(scope="module")
def s45_engine(tmp_path_factory: pytest.TempPathFactory, model_cache) -> Engine:
    """Two documents of a set read since: a farmers' union plan setting out household titles by
    level (an NFD extraction) and a decision forming a council, its members in an attached table (PDF)."""
    folder = tmp_path_factory.mktemp("heldout-s45-installation")
    documents = folder / "documents"
    documents.mkdir()
    sources = DATA / "heldout-s45" / "docs"
    for name in (
        "bao-thang-2024-ke-hoach-nong-dan-san-xuat-kinh-doanh-gioi.txt",
        "tien-du-2025-quyet-dinh-kien-toan-hoi-dong-tdkt.pdf",
    ):
        shutil.copy(sources / name, documents)
    return _installed_engine(folder, model_cache)


@pytest.mark.parametrize(
    ("question", "section", "facts"),
    [
        # The level of a title asked: the clause on that level, not the one on the level below.
        ("tien thuong cho ho dat sxkd gioi cap tinh la bao nhieu", "V.2", ["1.000.000 đồng/hộ"]),
        # Who holds a role of the council: the member the attached table gives it to, by name.
        ("Ai giữ chức Phó Chủ tịch Thường trực Hội đồng Thi đua - Khen thưởng huyện Tiên Du?", "PL1.1", ["minh hằng"]),
        ("ai la thu ky hoi dong thi dua khen thuong huyen tien du", "PL1.1", ["lưu thị ngọc"]),
        # The head of an office, not its deputy ("Phó Trưởng phòng Nội vụ"), another member.
        ("truong phong noi vu huyen tien du ten gi, giu chuc danh gi trong hoi dong", "PL1.1", ["lê đức mạnh"]),
    ],
)
def test_levels_of_a_title_and_the_holders_of_a_councils_roles(
    s45_engine: Engine, question: str, section: str, facts: list[str]
) -> None:
    _answered(s45_engine, question, {section}, facts)


def test_a_level_the_plan_sets_nothing_for_is_declined(s45_engine: Engine) -> None:
    _declined(
        s45_engine, "Hộ đạt danh hiệu sản xuất, kinh doanh giỏi cấp xã ở Bảo Thắng được thưởng bao nhiêu?", "«cấp xã»"
    )

"""Decide: from a `Question` and its `Evidence`, answer from one document, from several, from the
documents' identity (who signed, when), or decline. The thresholds come from config.toml
(`[retrieval] min_confidence`, `several_plans_ratio`; `[answer] max_plans`).

Two moments: before searching (an identity question about a named document, a place no document
mentions) and after (is the best section sure enough; do other documents answer as well; does the
section state what was asked). `supports` then checks a drafted part against what was asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from bot import messages
from bot.answer.answer import section_label
from bot.answer.extractive import HEADING_QUESTION
from bot.answer.identity import MetadataIntent
from bot.answer.question import AwardName, Question
from bot.answer.retrieve import ANSWERED_BY_PART, LISTS, Evidence, Hit, cites_part, refers_to_own_article
from knowledge.keyword import is_stopword
from knowledge.lexicon import AWARD_SETS, ContrastSet, DocumentKind, lexicon, question_words
from knowledge.questions import (
    CountShape,
    named_people,
    names_row_subject,
    refers_to_other_document,
    row_subject,
    unit_named_in,
    without_citations,
)
from knowledge.schema import APPENDIX_PREFIX, DECISION_PREFIX, PREAMBLE, SIGNATURE, Document
from knowledge.settings import AnswerSettings, RetrievalSettings
from knowledge.synonyms import abbreviations_written_out
from knowledge.text import fold, is_group_row, is_table_row, syllables

# Dates, years, document numbers and numbered things ("Mẫu số 01", "Điều 5", "lần thứ X") are not
# the amount a "bao nhiêu" question asks for. A date's month is 1 to 12: "13/15 thành viên" is a count,
# and so is a share of a total ("2/3 tổng số thành viên").
_NOT_AMOUNT = re.compile(
    r"\d{1,2}/(?:0?[1-9]|1[0-2])(?!\d)(?!\s+(?:tổng số|số)\b)(?:/\d{2,4})?"
    r"|\d+(?:/\d+)*[/-][^\W\d_]|\b(?:19|20)\d{2}\b|(?i:\b(?:ngày\s+\d{1,2}\s+)?tháng\s+\d{1,2})"
    r"|(?i:\b(?:số|điều|khoản|điểm|mẫu|phụ lục|chương|mục|thứ)\s+\d+)"
)

# A year a sentence gives its figure for ("… đạt từ 8 - 9% năm 2025").
_YEAR_NAMED = re.compile(r"(?i)\bnăm:? ((?:19|20)\d{2})\b")  # "năm 2025", a table's "năm: 2025"
# An item of a list in a drafted quote ("b) …", "- …", "2. …"), not a heading above it; items
# drafted on one line ("… 07 cá nhân. d) Giấy khen …") are told apart where the next one starts.
_ITEM_MARK = r"(?:[a-zđ]\)|[-+•*]|\d+(?:\.\d+)*[.)])\s"
_LIST_ITEM = re.compile(rf"\s*{_ITEM_MARK}")
_NEXT_ITEM = re.compile(rf"\n|(?<=[.;:])\s+(?={_ITEM_MARK})")


@dataclass(frozen=True)
class Decision:
    action: Literal["identity", "answer", "several", "decline"]
    doc_ids: tuple[str, ...] = ()  # identity: the documents asked about
    hits: tuple[Hit, ...] = ()  # answer: the section to draft from; several: one per document
    reason: str = ""  # decline: said before the "not found" message

    @classmethod
    def decline(cls, reason: str = "") -> Decision:
        return cls("decline", reason=reason)


def _chunk_text(hit: Hit) -> str:
    return hit.chunk.text


def _no_text(hit: Hit) -> str:
    return ""


@dataclass(frozen=True)
class Policy:
    retrieval: RetrievalSettings
    answer: AnswerSettings
    # The text a hit's section states: its chunk's, or (the engine's) all the chunks of its section.
    text_of: Callable[[Hit], str] = _chunk_text
    # The title of a hit's document: what every section of it is about ("… khen thưởng tổng kết năm").
    title_of: Callable[[Hit], str] = _no_text
    # The clauses of its article a hit's clause refers to ("quy định tại khoản 1 Điều này"): what it
    # is about too.
    referred_of: Callable[[Hit], str] = _no_text
    # The headings above a hit's section and its own ("Bằng khen của LĐLĐ tỉnh › Tiêu chuẩn …").
    headings_of: Callable[[Hit], str] = _no_text
    # The kind of a hit's document ("Kế hoạch").
    kind_of: Callable[[Hit], str] = _no_text

    def identity_asked(self, question: Question, candidates: Sequence[Document]) -> bool:
        """An identity question about the documents in `candidates` (not about a document they
        cite: "Nghị quyết số 09 ban hành ngày nào")."""
        return (
            bool(question.identity)
            and not question.refers_elsewhere([d.number for d in candidates])
            and not _names_another_kind(question, candidates)
            and not (MetadataIntent.SIGNER not in question.identity and _names_cited_subject(question, candidates))
        )

    def before_search(self, question: Question, doc_id: str | None, documents: Sequence[Document]) -> Decision | None:
        scope = (doc_id,) if doc_id else tuple(sorted(question.named_doc_ids))
        candidates = [d for d in documents if not scope or d.doc_id in scope]
        if scope and self.identity_asked(question, candidates):
            # "Quy chế … ngành Giáo dục tỉnh Quảng Trị có hiệu lực …" of the Sở Y tế's: not its identity.
            # "Thông báo … về khen thưởng tổng kết năm 2023 có số hiệu gì" of the notice on 2024. Of
            # two documents of a place ("Hướng dẫn … của Sở Y tế Lạng Sơn"), the one naming them all.
            missing = {d.doc_id: _member_never_named(question, d) or _year_never_about(question, d) for d in candidates}
            fitting = tuple(doc_id for doc_id in scope if not missing.get(doc_id))
            return Decision("identity", doc_ids=fitting) if fitting else next(filter(None, missing.values()))
        if not question.understood:  # its names alone would choose the answer
            return Decision.decline()
        if not scope and question.unknown_places:
            return Decision.decline(messages.UNKNOWN_PLACE.format(places=", ".join(question.unknown_places)))
        # "Theo Quyết định 2437, … cần tiêu chuẩn gì?": what another document says is not in these.
        numbers = [d.number for d in documents]
        # "Ai ký Báo cáo thẩm định 318/BC-STP": a document is cited by number, date and issuer,
        # never by who signed it.
        signer = MetadataIntent.SIGNER in question.identity
        elsewhere = [
            r for r in question.references if (r.attributed or signer) and refers_to_other_document([r], numbers)
        ]
        if elsewhere:
            return Decision.decline(messages.UNKNOWN_REFERENCE.format(reference=elsewhere[0].typed))
        return None

    def after_search(
        self,
        question: Question,
        evidence: Evidence,
        doc_id: str | None,
        documents: Sequence[Document],
        identity: bool = True,
    ) -> Decision:
        """What to do with the evidence; `identity=False` once the identity of the best section's
        document has been asked and is not known."""
        hits = evidence.hits
        if not hits:
            return Decision.decline()
        hits = self._surest_first(question, hits)
        best = hits[0]
        unscoped = not doc_id and not question.named_doc_ids
        # The identity asked is that of the best section's document, or, when the question names a
        # kind of document it is not ("Thông báo về hạn nộp … số mấy" of a plan ranking first), of
        # a close one's document of that kind.
        if identity and unscoped:
            by_id = {d.doc_id: d for d in documents}
            close = self.retrieval.surer_score_ratio * best.score
            asked = next(
                (
                    h.chunk.doc_id
                    for h in hits
                    if h.score >= close
                    and h.chunk.doc_id in by_id
                    and self.identity_asked(question, [by_id[h.chunk.doc_id]])
                ),
                None,
            )
            if asked:
                return Decision("identity", doc_ids=(asked,))
        stating = self._stating_asked(question, hits)
        if best.confidence < self.retrieval.min_confidence:
            # Unsure of the best section, but a close, sure one states the asked quantity or count,
            # or shows what the answer must show ("trích từ Quỹ …" for "trích từ nguồn nào").
            instead = stating or self._showing_required(question, hits) or self._stated_once_in_named(question, hits)
            return Decision("answer", hits=(instead,)) if instead else Decision.decline()
        scoped = bool(doc_id or evidence.named_doc_ids)
        several = [] if scoped else self._other_documents(question, hits)
        # "Tiền thưởng CSTĐ cấp tỉnh", no place named: a document whose section is about "cơ sở"
        # gives way to a close one about the asked title, which answers alone or beside the others.
        instead = None if scoped or not self._contrasting(question, best) else self._other_naming_asked(question, hits)
        if instead:
            best, several = instead, [h for h in several if h.chunk.doc_id != instead.chunk.doc_id]
        if several:
            return Decision("several", hits=(best, *several))
        # "gồm những gì, lập mấy bộ": the best section answers the list, one stating the quantity beside it.
        listing = best if stating and "list" in question.asks and _parent(stating) == _parent(best) else None
        # The clause stating the quantity ranks first ("Hồ sơ quy định tại khoản 1 Điều này lập thành 02
        # bộ"): the list of its article answers beside it.
        if not stating and "list" in question.asks and states_asked(question, self.text_of(best)):
            listing = self._listing_beside(hits, best)
        best = stating or self._showing_required(question, hits) or self._naming_the_step(question, hits, best) or best
        best = self._under_asked_year(question, hits, best) or best
        best = self._held_by_name(question, hits, best) or best
        contrast = self._contrasting(question, best)
        if contrast:
            naming = self._naming_asked(question, hits, best)
            if naming is None:
                asked, other = contrast
                label = next((d.label for d in documents if d.doc_id == best.chunk.doc_id), best.chunk.doc_id)
                where = f"{label}, mục {section_label(best.chunk.section)}"
                return Decision.decline(messages.OTHER_MEMBER.format(where=where, asked=asked, other=other))
            best = naming
        # "mấy bộ", "bao nhiêu tiền": a section that states no such quantity does not answer.
        completing = self._completing(question, hits, best)
        if question.shapes and not completing and not states_asked(question, self.text_of(best)):
            return Decision.decline()
        if listing and listing is not best and self._contrasting(question, listing) is None:
            return Decision("answer", hits=(listing, best))
        return Decision("answer", hits=(best, completing) if completing else (best,))

    def supports(self, question: Question, quote: str, document: Document, section: str = "") -> Decision | None:
        """None when `quote` (the lines drafted from `document`'s `section`, with their headings) can
        answer the question; else why to decline: no number for "bao nhiêu", no phone number for "số
        điện thoại", an award, a form of reward or a department the document never names."""
        # A number, or the asked quantity spelled ("hai phần ba tổng số thành viên") as a quantity's
        # shape writes it; a count's spelled numbers are read folded ("tâm" is "tám"), so not those.
        spelled = any(shape.search(quote) for shape in question.shapes if not isinstance(shape, CountShape))
        # A count in digits reads like a date when it is out of a whole ("đạt 11/11 phiếu").
        counted = any(
            (found := shape.search(quote)) and re.search(r"\d", found.group())
            for shape in question.shapes
            if isinstance(shape, CountShape)
        )
        if question.asks_amount and not (_states_amount(quote) or spelled or counted):
            return Decision.decline()
        # "mỗi Giấy khen … bao nhiêu tiền", "được thưởng bao nhiêu tiền": what one is paid, not a total.
        if (question.asks_each or "award_money" in question.required) and _only_totals(question, quote):
            return Decision.decline(messages.ONLY_TOTAL)
        if question.asks_realized and not _records_what_was_done(quote, document):
            return Decision.decline(messages.NOT_RECORDED.format(label=document.label))
        if question.asks_replacing and _numbers_only_of_replaced(quote):
            return Decision.decline(messages.NUMBER_OF_REPLACED.format(label=document.label))
        kind = lexicon().kind_by_name(question.number_of_kind) if question.number_of_kind else None
        if kind and _numbers_only_of_other_kinds(quote, kind):
            return Decision.decline(messages.NUMBER_OF_OTHER_KIND.format(kind=kind.name.lower()))
        # "họp mấy lần, cần bao nhiêu thành viên dự": each quantity asked is stated; one asked, stated somehow.
        if question.quantities_asked > 1 and not all(shape.search(quote) for shape in question.shapes):
            return Decision.decline()
        if "number" in question.asks and question.shapes and not any(shape.search(quote) for shape in question.shapes):
            return Decision.decline()
        if any(not shape.search(quote) for shape in question.details):
            return Decision.decline()
        text = _plain_folded(document.text)
        # "Huân chương Lao động bên Sơn La": the award's first two words name it.
        award = next((award for award in question.awards if not _award_named(award, text, fold(document.text))), None)
        if award:
            return Decision.decline(messages.UNKNOWN_AWARD.format(award=award.typed))
        missing = _member_never_named(question, document) or _year_never_about(question, document, quote)
        if missing:
            return missing
        # "Chi cục Quản lý chất lượng …" of a table listing other units.
        unit = next((unit for unit in question.units if not unit_named_in(unit, text)), None)
        if unit:
            return Decision.decline(messages.NOT_IN_DOCUMENT.format(label=document.label, member=unit))
        # "hỗ trợ tiền xăng xe cho tổ thẩm định bao nhiêu" of a plan that never names petrol.
        if question.money_purpose and not re.search(rf"\b{re.escape(fold(question.money_purpose[1]))}\b", text):
            purpose = " ".join(question.money_purpose)
            return Decision.decline(messages.NOT_IN_DOCUMENT.format(label=document.label, member=purpose))
        # "chị Trần Thị Mai Lan" of a plan whose contact is someone else.
        person = next((person for person in question.people if " ".join(fold(person).split()) not in text), None)
        if person:
            return Decision.decline(messages.NOT_IN_DOCUMENT.format(label=document.label, member=person))
        headings = document.heading_chain(section) if section else ""
        other = _stated_for_another_person(question, quote, document) or _stated_for_another_year(
            question, quote, headings
        )
        if other:
            return Decision.decline(messages.NOT_STATED_FOR.format(asked=other[0], other=other[1]))
        # "đợt thứ tư" of a plan that numbers its rounds 1 to 3.
        missing = next((item for item in question.series if item.numbered_in(text) is False), None)
        if missing:
            return Decision.decline(messages.UNKNOWN_ITEM.format(item=missing.typed, label=document.label))
        # "Bằng khen … thưởng bao nhiêu" drafted from the list item "Giấy khen …, kèm tiền thưởng
        # 3.000.000 đồng": every line stating the asked quantity is about another member.
        other = _stated_of_another(question, quote, document.issuer)
        if other:
            return Decision.decline(messages.NOT_STATED_FOR.format(asked=other[0], other=other[1]))
        # "tiền thưởng Chiến sĩ thi đua cấp tỉnh bao nhiêu" drafted from "… bồi dưỡng 200.000
        # đồng/người/buổi": an amount of money for an award is stated by lines that name it, in a
        # document whose title names it (a decision conferring Giấy khen: its total is theirs) or
        # under a heading that does (the rows of "DANH SÁCH … ĐƯỢC TẶNG GIẤY KHEN").
        awards = [(contrast, asked) for contrast, asked in question.contrasts if contrast.name in AWARD_SETS]
        money = question_words().quantities["money"][1] in question.shapes
        named = f"{document.title}\n{headings}\n{quote}"
        if money and awards and not any(asked & contrast.named_in(named) for contrast, asked in awards):
            asked = ", ".join(sorted(frozenset().union(*(asked for _, asked in awards))))
            return Decision.decline(messages.MONEY_OF_SOMETHING_ELSE.format(asked=asked))
        if _rate_of_something_else(question, quote, document):
            return Decision.decline(messages.RATE_OF_SOMETHING_ELSE.format(label=document.label))
        return None

    def _surest_first(self, question: Question, hits: Sequence[Hit]) -> list[Hit]:
        """The hits, with first a section of the best one's document that ranks close to it and is
        far surer (it states many more of the question's words): a heading alone ranks a section
        first ("HÌNH THỨC KHEN THƯỞNG" for "bị kỷ luật hình thức nào"), not the words that answer."""
        best = hits[0]
        ratio, gap = self.retrieval.surer_score_ratio, self.retrieval.surer_confidence_gap

        def surer_than_best(h: Hit) -> bool:
            # The header and title repeat the plan's subject, and so does the title of a form or list
            # attached after the signature ("PHIẾU ĐĂNG KÝ THAM GIA đợt thi đua …"), which inflates
            # their rank and how sure they look for any question naming the plan by it: a section
            # whose heading the question names ("Chủ đề thi đua" for "chủ đề … là gì", "Thời gian"
            # for "kéo dài đến ngày nào")
            # answers instead, though it ranks less close, if as sure; if only sure, when no date
            # is asked (every "Thời gian" section states one, and the header its own date) or a
            # period is ("từ khi nào tới khi nào": the header's date is no period).
            if _restates_subject(best.chunk.section) and h.heading >= HEADING_QUESTION:
                dated = "when" in question.asks and "period" not in question.asks
                sure = best.confidence if dated else self.retrieval.min_confidence
                return h.score >= ratio * ratio * best.score and h.confidence >= sure
            return h.score >= ratio * best.score and h.confidence >= best.confidence + gap

        # What the document rests on ("thực hiện theo kế hoạch số mấy") is stated in its opening lines,
        # who it is sent to in its "Nơi nhận": a close, sure hit of that part answers.
        parts = {part for kind, part in ANSWERED_BY_PART.items() if kind in question.asks}

        def states_by_part(h: Hit) -> bool:
            return (
                best.chunk.section not in parts
                and h.chunk.section in parts
                and h.score >= ratio * best.score
                and h.confidence >= self.retrieval.min_confidence
                and _cites_kinds_asked(question, self.text_of(h), self.kind_of(h))
            )

        # The opening lines rank first on a plan's name, but cite no directive: "căn cứ chỉ thị nào"
        # is answered by a section of the plan citing one, however it ranks, if as sure.
        opening_cites_none = (
            bool(parts)
            and _restates_subject(best.chunk.section)
            and not _cites_kinds_asked(question, self.text_of(best), self.kind_of(best))
        )

        def cites_asked_kind(h: Hit) -> bool:
            return (
                opening_cites_none
                and h.confidence >= max(best.confidence, self.retrieval.min_confidence)
                and _cites_kinds_asked(question, self.text_of(h), self.kind_of(h))
            )

        surer = (
            next(
                (
                    h
                    for h in hits[1:]
                    if h.chunk.doc_id == best.chunk.doc_id
                    and (states_by_part(h) or surer_than_best(h) or cites_asked_kind(h))
                ),
                None,
            )
            or self._row_named(question, hits)
            or self._affirming(question, hits)
            or self._not_the_deputy(question, hits)
        )
        return [surer, *(h for h in hits if h is not surer)] if surer else list(hits)

    def _naming_the_step(self, question: Question, hits: Sequence[Hit], best: Hit) -> Hit | None:
        """A quantity asked of one step of a procedure ("Sở Nội vụ thẩm định hồ sơ trong bao nhiêu
        ngày"): the clauses of an article each state one for a step (notify within 03 days, appraise
        within 10, announce within 05) under a heading naming them all ("Thời hạn thẩm định và xử lý
        hồ sơ"); of the close ones, the clause whose own words name more of the question's word pairs."""
        # A step is a clause of one paragraph; a titled section with points is an article of its own.
        if not question.shapes or "\n" in self.text_of(best).strip() or not states_asked(question, self.text_of(best)):
            return None
        asked = _content_pairs(question.wording)

        def named(hit: Hit) -> int:
            return len(asked & _content_pairs(self.text_of(hit)))

        close = self.retrieval.surer_score_ratio * best.score
        siblings = [
            h
            for h in hits[1:]
            if _parent(h) == _parent(best)
            and h.chunk.section != best.chunk.section
            and h.score >= close
            and h.confidence >= self.retrieval.min_confidence
            and "\n" not in self.text_of(h).strip()
            and states_asked(question, self.text_of(h))
            and self._contrasting(question, h) is None
        ]
        naming = max(siblings, key=named, default=None)
        return naming if naming is not None and named(naming) > named(best) else None

    def _affirming(self, question: Question, hits: Sequence[Hit]) -> Hit | None:
        """A close, sure section of the best one's document that does not deny what the question
        asks, when the best one does ("… bị 0 điểm thì không được xếp loại Xuất sắc" for "phải đạt
        bao nhiêu điểm thì được xếp loại Xuất sắc"): a rule states a case in the sentences affirming
        it, its exceptions in the sentences denying it."""
        best = hits[0]
        folded = " ".join(fold(question.text).split())

        def denying(hit: Hit) -> bool:
            # A real heading: a clause's heading is its own first words, cut ("Không xét tặng …").
            return _denies(folded, self.text_of(hit)) or _heads_exceptions(folded, hit.chunk.title)

        if not denying(best):
            return None
        ratio = self.retrieval.surer_score_ratio

        def close(h: Hit) -> bool:
            # One showing what the answer must show (the row "… - thời hạn: Trước 17/01/2025" for
            # "phải gửi … trước ngày nào", the best saying what befalls those who do not) may rank
            # less close.
            showing = question.steering and all(shape.search(self.text_of(h)) for shape in question.steering)
            return h.score >= (ratio * ratio if showing else ratio) * best.score

        return next(
            (
                h
                for h in hits[1:]
                if h.chunk.doc_id == best.chunk.doc_id
                and close(h)
                and h.confidence >= self.retrieval.min_confidence
                and not denying(h)
            ),
            None,
        )

    def _not_the_deputy(self, question: Question, hits: Sequence[Hit]) -> Hit | None:
        """A close, sure section of the best one's document naming an office the question asks the
        holder of ("trưởng phòng nội vụ … tên gì"), when the best one names only its deputy ("Phó
        Trưởng phòng Nội vụ"), another person. An office named as who confers or proposes ("đề nghị
        Chủ tịch UBND huyện tặng …") asks no person."""
        if "who" not in question.asks and "name" not in question.required:
            return None
        words = question_words()
        folded = " ".join(fold(question.text).split())
        deputy = rf"(?<!\b{words.deputy} )"
        offices = [
            found.group(0)
            for head in words.office_heads
            if (found := re.search(rf"{deputy}\b{head}(?: [a-z]+){{0,2}}", folded))
        ]

        def names_office(hit: Hit) -> bool:
            # Its own lines: a table's section holds every member's row.
            text = " ".join(fold(hit.chunk.text).split())
            return any(re.search(rf"{deputy}\b{re.escape(office)}\b", text) for office in offices)

        best = hits[0]
        if not offices or names_office(best):
            return None
        close = self.retrieval.surer_score_ratio * best.score
        return next(
            (
                h
                for h in hits[1:]
                if h.chunk.doc_id == best.chunk.doc_id
                and h.score >= close
                and h.confidence >= self.retrieval.min_confidence
                and names_office(h)
            ),
            None,
        )

    def _row_named(self, question: Question, hits: Sequence[Hit]) -> Hit | None:
        """A sure table row of the best section's document whose first cell the question names
        ("Chi cục Thủy sản … được tặng Bằng khen vì thành tích gì": the row "- Chi cục Thủy sản, Sở
        … - thành tích: …" of the attached list), when the best section does not name it: a list's
        rows are about what their first cell names, however a clause on the whole list ranks."""
        best = hits[0]
        folded = " ".join(fold(question.text).split())
        if _names_row(folded, best.chunk.text):
            return None
        # A section naming it in its text is about it too (the title "Chiến sĩ thi đua cấp tỉnh"
        # heading its criteria; "Ủy ban nhân dân" where the row writes "UBND"), unless a row of its
        # own that names it in passing (a person's unit).
        best_text = (
            "" if _one_row(best.chunk.text) else " ".join(fold(f"{best.chunk.title}\n{self.text_of(best)}").split())
        )
        return next(
            (
                h
                for h in hits[1:]
                if h.chunk.doc_id == best.chunk.doc_id
                and h.confidence >= self.retrieval.min_confidence
                and _names_row(folded, h.chunk.text)
                and not (best_text and _names_row(best_text, h.chunk.text))
            ),
            None,
        )

    def _held_by_name(self, question: Question, hits: Sequence[Hit], best: Hit) -> Hit | None:
        """A role asked ("ai là Chủ tịch Hội đồng") shown held by an office in the best section: a
        sure section of its document showing it held by someone named (a table of members)."""
        if not question.by_name or any(shape.search(self.text_of(best)) for shape in question.by_name):
            return None
        return next(
            (
                h
                for h in hits
                if h is not best
                and h.chunk.doc_id == best.chunk.doc_id
                and h.confidence >= self.retrieval.min_confidence
                and any(shape.search(self.text_of(h)) for shape in question.by_name)
            ),
            None,
        )

    def _under_asked_year(self, question: Question, hits: Sequence[Hit], best: Hit) -> Hit | None:
        """A report of one year is also the plan for the next ("II. KẾT QUẢ … NĂM 2024", "IV. PHƯƠNG
        HƯỚNG, NHIỆM VỤ NĂM 2025"): when the question names a year and the best section's headings
        give it another (or none, in a document whose title names two years, "Báo cáo tổng kết … năm
        2024 và phương hướng, nhiệm vụ năm 2025", and the asked year is not the first, the one it
        reports on), a sure section of its document under headings giving the asked year answers."""
        if not question.years:
            return None

        def under_asked(hit: Hit) -> bool:
            return any(year.written_in(self.headings_of(hit)) for year in question.years)

        if under_asked(best):
            return None
        if not _YEAR_NAMED.search(self.headings_of(best)):
            # A part whose headings give no year reports on the year the title gives first.
            titled = _YEAR_NAMED.findall(self.title_of(best))
            if len(set(titled)) < 2 or any(year.written_in(titled[0]) for year in question.years):
                return None
        return next((h for h in self._sure_siblings(question, hits, best) if under_asked(h)), None)

    def _contrasting(self, question: Question, hit: Hit) -> tuple[str, str] | None:
        """(asked, named instead) when the hit's section names other members of a set the question
        names members of, and misses one of those: the section on "Bằng khen" for a question on
        "Huân chương", the one on "Tập thể lao động xuất sắc" for "Tập thể lao động tiên tiến". A
        section under headings naming only asked members is about them ("Danh hiệu … cấp tỉnh ›
        Tiêu chuẩn: a) Đạt danh hiệu … cấp huyện 03 năm liên tục" is about the provincial title)."""
        text = f"{self.title_of(hit)}\n{hit.chunk.title}\n{self.text_of(hit)}\n{self.referred_of(hit)}"
        headings = self.headings_of(hit)
        for contrast, asked in question.contrasts:
            headed = contrast.named_in(headings)
            if headed and headed <= asked:
                continue
            named = contrast.named_in(text)
            if named - asked and asked - named:
                return ", ".join(sorted(asked - named)), ", ".join(sorted(named - asked))
        return None

    def _naming_asked(self, question: Question, hits: Sequence[Hit], best: Hit) -> Hit | None:
        """Instead of a best section about other members: a section of its document, sure enough
        and stating what is asked if it has a shape, that names the asked members; else a close one
        that names no member of the set."""
        candidates = [h for h in self._sure_siblings(question, hits, best) if self._contrasting(question, h) is None]
        naming = [h for h in candidates if self._names_asked(question, h)]
        close = self.retrieval.surer_score_ratio * best.score
        return next(iter(naming), None) or next((h for h in candidates if h.score >= close), None)

    def naming_instead(self, question: Question, hits: Sequence[Hit], best: Hit) -> Hit | None:
        """When the lines drafted from `best` state what is asked for other members: a sure section of
        its document stating it under headings that name the asked members of those sets ("3. Bằng
        khen của LĐLĐ tỉnh › 3.2 Tiêu chuẩn …" for "đề nghị Bằng khen LĐLĐ tỉnh … ít nhất bao nhiêu"
        when the best one is about Giấy khen), and no other member of a set asked."""
        about = f"{self.headings_of(best)}\n{self.text_of(best)}"
        contested = [(c, asked) for c, asked in question.contrasts if (m := c.named_in(about)) and not m & asked]
        if not contested:
            return None

        def headed_as_asked(hit: Hit) -> bool:
            headings = self.headings_of(hit)
            named = [(contrast.named_in(headings), asked) for contrast, asked in question.contrasts]
            return all(asked <= contrast.named_in(headings) for contrast, asked in contested) and all(
                asked <= members for members, asked in named if members
            )

        return next((h for h in self._sure_siblings(question, hits, best) if headed_as_asked(h)), None)

    def _sure_siblings(self, question: Question, hits: Sequence[Hit], best: Hit) -> list[Hit]:
        """The other sections of `best`'s document that are sure enough and, when the question asks
        for a quantity of a shape of its own, may state it."""
        return [
            h
            for h in hits
            if h is not best
            and h.chunk.doc_id == best.chunk.doc_id
            and h.confidence >= self.retrieval.min_confidence
            and states_asked(question, self.text_of(h)) is not False
        ]

    def _names_asked(self, question: Question, hit: Hit) -> bool:
        return names_every_asked(question, f"{hit.chunk.title}\n{self.text_of(hit)}\n{self.referred_of(hit)}")

    def _completing(self, question: Question, hits: Sequence[Hit], best: Hit) -> Hit | None:
        """For a question asking two things ("nộp trước ngày nào và làm mấy bộ"), when the best
        section shows one but not what else must show: a sure section of its document that shows
        the rest, answered beside it."""
        text = self.text_of(best)
        missing = [shape for shape in question.details if not shape.search(text)]
        stated = states_asked(question, text)  # the quantity asked, if any
        # Two quantities asked ("thẩm định mấy ngày, ký quyết định trong bao lâu"): a close section
        # stating one too may hold the other.
        close = 0.0
        if stated and question.quantities_asked > 1:
            stated, close = False, self.retrieval.surer_score_ratio * best.score
        # Two things asked and one of them shown: a detail, the quantity, or who does it ("xong trước
        # ngày nào, ai đôn đốc nhà thầu": the body in charge shown, the deadline stated elsewhere).
        elif not (missing or stated is False) or not (
            stated or len(missing) < len(question.details) or self._names_who(question, text)
        ):
            return None

        def shows_the_rest(hit: Hit) -> bool:
            rest = self.text_of(hit)
            return all(shape.search(rest) for shape in missing) and (
                stated is not False or bool(states_asked(question, rest))
            )

        rest = [
            h
            for h in hits
            if h is not best
            and h.chunk.doc_id == best.chunk.doc_id
            and h.chunk.section != best.chunk.section
            and h.score >= close
            and h.confidence >= self.retrieval.min_confidence
            and shows_the_rest(h)
            and self._contrasting(question, h) is None
        ]
        return next((h for h in rest if _parent(h) == _parent(best)), None) or next(iter(rest), None)

    @staticmethod
    def _names_who(question: Question, text: str) -> bool:
        """The question asks, in a clause of its own, who does something, and `text` names a body."""
        clauses = [clause for clause in _CLAUSES.split(fold(question.text)) if clause.strip()]
        doer = question_words().asks["doer"]
        asks_doer = len(clauses) > 1 and any(doer.search(clause) for clause in clauses)
        return asks_doer and bool(question_words().shown["who"].search(text))

    def _listing_beside(self, hits: Sequence[Hit], best: Hit) -> Hit | None:
        """A sure section of the best one's article that lists, when the best one does not."""
        if LISTS.search(self.text_of(best)):
            return None
        return next(
            (
                h
                for h in hits[1:]
                if _parent(h) == _parent(best)
                and h.confidence >= self.retrieval.min_confidence
                and LISTS.search(self.text_of(h))
            ),
            None,
        )

    def _showing_required(self, question: Question, hits: Sequence[Hit]) -> Hit | None:
        """When what the answer must show (a deadline, where a dossier goes, who confers) is not in
        the best section, a section of its document that ranks close, is at least as sure and shows
        it ("Kè bờ suối … trước ngày nào": the target stating the date, not the task that says "theo
        thời gian trên"). Where a dossier goes is stated in one or two clauses of a document, so a
        close one less sure than the best may answer (`steers_below`); an office's address is stated
        once, so any sure one showing it may, however it ranks (`steers_once`). Who confers a title is stated
        in the article on who decides, which ranks below the title's own articles: a sure one
        naming the asked title may answer though it ranks less close (`steers_far`). A threshold is
        written as a bound in the rule, while a result's figures rank first: a surer section showing
        one may answer though less close (`steers_surer`). A document gives where a dossier goes or
        an event is held a section of its own ("4. Nơi nhận hồ sơ", "b) Địa điểm"): a close one
        answers over a best that shows one in passing ("gửi qua Hệ thống …", `steers_headed`)."""
        best = hits[0]
        best_text = self.text_of(best)
        ratio, floor = self.retrieval.surer_score_ratio, self.retrieval.min_confidence
        if not question.steering:
            return None
        if all(shape.search(best_text) for shape in question.steering):
            if not question.steers_headed or self._headed_as_required(question, best):
                return None
            headed = [
                h
                for h in hits[1:]
                if h.chunk.doc_id == best.chunk.doc_id
                and _heading_names_required(question, h.chunk.heading)
                and h.score >= ratio * ratio * best.score
                and h.confidence >= floor
                and not self._headed_for_others(question, h)
            ]
            return max(headed, key=lambda h: h.confidence, default=None)

        def reaches(h: Hit) -> bool:
            # "Các cơ quan có trường hợp nêu tại điểm b mục 4 bổ sung hồ sơ trước ngày …": a sure
            # section citing the best one by its number says what is done about what the best
            # describes; the best citing one ("Hồ sơ nộp sau thời hạn tại mục 4.1 …") points at it.
            cited = cites_part(self.text_of(h), best.chunk.section) or cites_part(best_text, h.chunk.section)
            if cited and h.confidence >= floor:
                return True
            # The header, signature or a form's title ranks first on the subject it repeats, which
            # makes it look sure too: any section nearly as sure that shows what is asked answers,
            # however it ranks.
            if _restates_subject(best.chunk.section) and h.confidence >= max(ratio * best.confidence, floor):
                return True
            if question.steers_far and question.contrasts and self._names_asked(question, h):
                return h.score >= ratio * ratio * best.score and h.confidence >= floor
            # A table's row names what it is about in its first cell and shows it beside ("Gửi hồ sơ
            # đề nghị Cờ thi đua, Bằng khen của Ban Chấp hành LĐLĐ tỉnh - thời hạn: Trước ngày …"): a
            # row as sure naming every member asked answers, though a section on another need of the
            # same award (its number of sets) ranks closer.
            if (
                question.contrasts
                and h.score >= ratio * ratio * best.score
                and h.confidence >= max(best.confidence, floor)
                and self._row_showing_asked(question, h)
            ):
                return True
            if question.steers_once:
                return h.confidence >= floor
            # "Tờ trình … mang số mấy": the one sentence writing a number of the kind asked ("tại Tờ
            # trình số 318/TTr-NV") answers however it ranks, if sure.
            if question.number_of_kind and _writes_number_of(question, self.text_of(h)):
                return h.confidence >= floor
            # A section whose heading the question names ("Chi hội … bình xét … trước ngày nào": "4.3.
            # Bình xét") and that is at least as sure may rank less close, as for `steers_surer`.
            named = h.heading >= HEADING_QUESTION
            if (question.steers_surer or named) and h.confidence >= max(best.confidence, floor):
                return h.score >= ratio * ratio * best.score
            # A section headed by what is asked ("Địa điểm", "Nơi nhận hồ sơ") need not be surer than
            # the best, and may rank less close.
            headed = self._headed_as_required(question, h)
            sure = floor if question.steers_below or headed else max(best.confidence, floor)
            return h.score >= (ratio * ratio if headed else ratio) * best.score and h.confidence >= sure

        showing = [
            h
            for h in hits[1:]
            if h.chunk.doc_id == best.chunk.doc_id
            and reaches(h)
            and (
                all(shape.search(self.text_of(h)) for shape in question.steering)
                or self._headed_as_required(question, h)
            )
            and not self._headed_for_others(question, h)
        ]
        # Of those, the surest: "Lịch tổ chức hội thi" states the dates asked, the registration clause one date.
        return max(showing, key=lambda h: h.confidence, default=None)

    def _headed_for_others(self, question: Question, hit: Hit) -> bool:
        """Whether the headings above the hit name other members of a set the question names, not
        the asked ones ("Giải Bóng đá nam … › Thời gian, địa điểm" for the women's tournament)."""
        headings = self.headings_of(hit)
        return any((named := c.named_in(headings)) and not named & asked for c, asked in question.contrasts)

    def _row_showing_asked(self, question: Question, hit: Hit) -> bool:
        """Whether a table row of the hit names every member asked and shows what must be shown."""
        return any(
            is_table_row(line) and names_every_asked(question, line) and all(s.search(line) for s in question.steering)
            for line in self.text_of(hit).split("\n")
        )

    def _stated_once_in_named(self, question: Question, hits: Sequence[Hit]) -> Hit | None:
        """What a document states once (its contact), asked of a document the question names: the
        question's other words name the document, not the line, so the one section showing it
        answers however unsure ("muốn hỏi thêm về kế hoạch của Hội CCB Hải Lâm thì gọi cho ai")."""
        if not question.steers_once or not question.named_doc_ids:
            return None
        shapes = (*question.steering, *question.details)
        showing = [
            h
            for h in hits
            if h.chunk.doc_id in question.named_doc_ids and all(shape.search(self.text_of(h)) for shape in shapes)
        ]
        return showing[0] if len({(h.chunk.doc_id, h.chunk.section) for h in showing}) == 1 else None

    def _headed_as_required(self, question: Question, hit: Hit) -> bool:
        """Whether the hit's heading names what the answer must show ("2. Địa điểm" over "Hội trường
        Trung tâm Hội nghị huyện …" for "tổ chức ở đâu"), though its lines do not say "tại"; or its
        parent's heading does and the hit's lines show it under that heading ("B. NƠI NHẬN HỒ SƠ" /
        "1. Văn phòng Hội …", not "2. Cán bộ tiếp nhận: đồng chí …")."""
        if _heading_names_required(question, hit.chunk.heading):
            return True
        parent = self.headings_of(hit).split(" › ")[-2:-1]
        return any(
            # A chapter listing it among others ("HỒ SƠ VÀ THỜI GIAN THỰC HIỆN") heads more than it.
            _heading_names_required(question, heading, listed=False)
            and all(shape.search(f"{heading}\n{self.text_of(hit)}") for shape in question.steering)
            for heading in parent
        )

    def _stating_asked(self, question: Question, hits: Sequence[Hit]) -> Hit | None:
        """When the question asks for a quantity, a count, a phone number or an e-mail address and
        the best section does not state one, the best section above the threshold that does."""
        if states_asked(question, self.text_of(hits[0])) is not False:
            return None
        threshold = self.retrieval.min_confidence
        # Any number may look like an amount: an amount asked without a shape of its own ("đóng
        # góp bao nhiêu") makes only a close section the answer; a quantity or count, any sure one.
        close = 0.0 if question.shapes else self.retrieval.surer_score_ratio * hits[0].score
        stating = [
            h
            for h in hits[1:]
            if h.confidence >= threshold and h.score >= close and states_asked(question, self.text_of(h))
        ]
        # One not about another title comes first (not the dossier of "Chiến sĩ thi đua cấp tỉnh" for
        # "cơ sở"); among those, a clause of the best one's own article ("Hồ sơ quy định tại khoản 1
        # Điều này lập 02 bộ") before a better-ranked clause of another article. Only one about another
        # title left: it is kept, and the answer declines saying what it is about.
        fitting = [h for h in stating if self._contrasting(question, h) is None]
        article = _parent(hits[0])
        own = next((h for h in fitting if _parent(h) == article), None)
        return own or next(iter(fitting), None) or next(iter(stating), None)

    def _other_naming_asked(self, question: Question, hits: Sequence[Hit]) -> Hit | None:
        """A close, sure section of another document than the best one's that names the asked members."""
        best = hits[0]
        return next(
            (
                h
                for h in hits[1:]
                if h.chunk.doc_id != best.chunk.doc_id
                and h.score >= self.retrieval.surer_score_ratio * best.score
                and h.confidence >= self.retrieval.min_confidence
                and self._contrasting(question, h) is None
                and self._names_asked(question, h)
            ),
            None,
        )

    def _other_documents(self, question: Question, hits: Sequence[Hit]) -> list[Hit]:
        """Best hits of other documents that answer about as well as the best one, and are not
        about other members of a set the question names one of."""
        best = hits[0]
        seen = {best.chunk.doc_id}
        others = []
        for hit in hits[1:]:
            if hit.chunk.doc_id in seen:
                continue
            seen.add(hit.chunk.doc_id)
            if (
                hit.score >= self.retrieval.several_plans_ratio * best.score
                and hit.confidence >= self.retrieval.min_confidence
                and self._contrasting(question, hit) is None
            ):
                others.append(hit)
        return others[: self.answer.max_plans - 1]


def _cites_kinds_asked(question: Question, text: str, own_kind: str) -> bool:
    """Whether `text` names each kind of document the question names besides its own document's
    ("thực hiện chỉ thị nào": an opening that cites only plans does not say which directive)."""
    folded = fold(text)
    return all(re.search(rf"\b{kind}\b", folded) for kind in _kinds_named(question) - {fold(own_kind)})


def _writes_number_of(question: Question, text: str) -> bool:
    """Whether a sentence of `text` writes a document of the kind asked by its number and the
    question's first words about it ("tại Tờ trình số 318/TTr-NV" after "Theo đề nghị …" for "Tờ
    trình đề nghị khen thưởng … số mấy"; not "Quyết định số 1516/QĐ-TTg … phê duyệt Quy hoạch" for
    "Quyết định thành lập Hội đồng … số mấy")."""
    kind = fold(question.number_of_kind).lower()
    asked = fold(question.text).lower()
    at = asked.find(kind)
    about = [w for w in syllables(asked[at + len(kind) :]) if not is_stopword(w, accented=False)][:_ABOUT_WORDS]
    numbered = re.compile(rf"\b{re.escape(kind)}\s+so\s*\d+")
    return at >= 0 and any(
        numbered.search(sentence) and all(re.search(rf"\b{re.escape(w)}\b", sentence) for w in about)
        for sentence in re.split(r"(?<=[.;])\s+|\n", fold(text).lower())
    )


_ABOUT_WORDS = 2  # words after a kind asked that say which document of it ("Tờ trình đề nghị …")


def _kinds_named(question: Question) -> set[str]:
    """Kinds of documents the question writes in full ("nghị quyết", "kế hoạch"), folded; short forms
    ("kh", "qđ") may be any document."""
    folded = fold(question.text)
    return {kind for kind in question_words().reference_kinds if " " in kind and re.search(rf"\b{kind}\b", folded)}


def _names_another_kind(question: Question, candidates: Sequence[Document]) -> bool:
    """Whether the question names documents of a kind none of `candidates` is ("Nghị quyết của HĐND
    xã … số mấy, ngày nào" asked of a Kế hoạch): its identity is another document's."""
    kinds = [lexicon().kind_by_name(d.kind) for d in candidates]
    # A document of an unknown kind may be called anything; "thay thế quyết định nào" names the
    # replaced document by design.
    if not all(kinds) or MetadataIntent.REPLACES in question.identity:
        return False
    # A regulation issued by a Quyết định (its articles "QĐ.Điều N") is that decision too.
    decision = lexicon().kind_by_code(DECISION_PREFIX.rstrip("."))
    issued = decision is not None and any(s.path.startswith(DECISION_PREFIX) for d in candidates for s in d.sections)
    own = {fold(kind.name) for kind in kinds if kind} | ({fold(decision.name)} if issued and decision else set())
    named = _kinds_named(question)
    return bool(named) and not named & own


# A document cited by its number, then its subject ("Kế hoạch số 11/KH-UBND ngày 16/01/2025 của UBND
# huyện Văn Quan về công tác thi đua, khen thưởng năm 2025").
_CITED_SUBJECT = re.compile(r"(?i)\bsố\s+\d+[^\s,;]*[^.;:]{0,80}?\bvề\s+(?:việc\s+)?([^.;:()]+)")
_SUBJECT_WORDS = 4  # words of a cited subject that name it


def _names_cited_subject(question: Question, candidates: Sequence[Document]) -> bool:
    """Whether the question names a document by the subject another document cites it with, not by
    its own title ("Kế hoạch công tác thi đua, khen thưởng năm 2025 … số mấy, ngày nào" asked of
    the plan on a commemoration that writes "Thực hiện … Kế hoạch số 11/KH-UBND … về công tác thi
    đua, khen thưởng năm 2025"): its number and date are the cited document's, stated where it is
    cited (a citation never names a signer: "ai ký" asks of the document itself)."""
    asked = f" {' '.join(syllables(fold(question.text)))} "
    for document in candidates:
        title = f" {' '.join(syllables(fold(document.title)))} "
        for match in _CITED_SUBJECT.finditer(document.text):
            subject = " ".join(syllables(fold(match.group(1)))[: _SUBJECT_WORDS + 2])
            if len(subject.split()) >= _SUBJECT_WORDS and f" {subject} " in asked and f" {subject} " not in title:
                return True
    return False


def _restates_subject(section: str) -> bool:
    """The header, the signature block and an appendix's title part repeat the document's subject."""
    return section in (PREAMBLE, SIGNATURE) or re.fullmatch(rf"{APPENDIX_PREFIX}\d+", section) is not None


def _one_row(text: str) -> str:
    """The chunk's text when it holds one table row, else ""."""
    line = text.strip()
    return line if "\n" not in line and is_table_row(line) else ""


def _names_row(folded_question: str, text: str) -> bool:
    """Whether the question names the subject of the row a chunk holds."""
    return names_row_subject(folded_question, row_subject(text))


def _denies(folded_question: str, text: str) -> bool:
    """Whether `text` denies words the question asks about as they are ("không được xếp loại Xuất
    sắc" for "được xếp loại Xuất sắc"): a negation before three of the question's words in a row,
    which the question does not negate itself."""
    cues = "|".join(question_words().negations)
    if re.search(rf"\b(?:{cues})\b", folded_question):
        return False
    denied = re.finditer(rf"\b(?:{cues}) ((?:[a-z]+ ){{2}}[a-z]+)\b", " ".join(fold(text).lower().split()))
    return any(f" {match.group(1)} " in f" {folded_question} " for match in denied)


def _heads_exceptions(folded_question: str, heading: str) -> bool:
    """Whether `heading` heads the exceptions ("Các trường hợp chưa xem xét": a negation of an
    award's step), asked about by a question that negates nothing."""
    words = question_words()
    cues, steps = "|".join(words.negations), "|".join(words.denied_steps)
    if re.search(rf"\b(?:{cues})\b", folded_question):
        return False
    return re.search(rf"\b(?:{cues})(?: [a-z]+)? (?:{steps})\b", " ".join(fold(heading).split())) is not None


def _member_never_named(question: Question, document: Document) -> Decision | None:
    """A decline when the question names a member of a `whole_document` set ("Kỷ niệm chương",
    "Sở Y tế", "ngành Giáo dục") that the document never names, or of an `enumerated` set
    ("trung học phổ thông") that it does not name beside the others it names."""
    whole = f"{document.title}\n{document.issuer}\n{document.text}"
    for contrast, asked in question.of_documents:
        named = contrast.named_in(whole)
        missing = {
            member
            for member in asked - named
            if not _read_as_documents_words(question, contrast, member, whole)
            and not _named_with_its_year(question, member, whole)
        }
        if missing and (contrast.whole_document or named):
            return Decision.decline(messages.NOT_IN_DOCUMENT.format(label=document.label, member=min(missing)))
    return None


def _named_with_its_year(question: Question, member: str, text: str) -> bool:
    """Whether a member ending in "năm" that the question writes before a year ("hội nghị tổng kết
    năm 2024": the summing-up of the year 2024) is what `text` writes as its words before "năm" with
    that year in one sentence ("Kế hoạch tổng kết công tác thi đua, khen thưởng năm 2024")."""
    words = fold(member).split()
    if len(words) < 2 or words[-1] != "nam":
        return False
    year = re.search(rf"\b{re.escape(' '.join(words))} (\d{{4}})\b", " ".join(fold(question.text).split()))
    if not year:
        return False
    head = re.escape(" ".join(words[:-1]))
    return bool(re.search(rf"\b{head}\b[^.;]{{0,{_YEAR_REACH}}}\bnam {year.group(1)}\b", " ".join(fold(text).split())))


# How far after an occasion's words ("tổng kết") a document may write the year it is of.
_YEAR_REACH = 60


def _read_as_documents_words(question: Question, contrast: ContrastSet, member: str, text: str) -> bool:
    """Whether an award's first word belongs, with the two words before it, to a phrase `text`
    writes in lower case, as a common word and not a name's capital: "hồ sơ giấy khen thưởng kháng
    chiến" of a guide writing "Hồ sơ giấy gửi về …" (a paper dossier) asks of no Giấy khen."""
    # An award's name opens with a common word ("giấy", "bằng", "cờ"); a body's ("ngành giáo dục")
    # or an occasion's ("tổng kết năm") is read as typed.
    if contrast.name not in AWARD_SETS:
        return False
    asked = " ".join(fold(question.text).split())
    folded = fold(text)  # one letter for one: positions are the text's
    for spelling in (spelling for spelling, shown in contrast.members.items() if shown == member):
        first = re.escape(spelling.split()[0])
        for match in re.finditer(rf"\b([a-z]+) ([a-z]+) {re.escape(spelling)}\b", asked):
            phrase = rf"\b{re.escape(match.group(1))}\s+{re.escape(match.group(2))}\s+({first})\b"
            if any(text[found.start(1)].islower() for found in re.finditer(phrase, folded)):
                return True
    return False


def _stated_of_another(question: Question, quote: str, issuer: str = "") -> tuple[str, str] | None:
    """(asked, named instead) when each statement of `quote` that states the asked quantity or
    detail (a phone number, a deadline) with a number names other members of a set the question
    names a member of, and not the asked one, nor does a heading (a heading naming it, "Danh hiệu
    Chiến sĩ thi đua cấp tỉnh", makes the items below about it; a sibling item "b) Bằng khen …" does
    not), nor the `issuer` of the document, whose statements every line is (a council's notice of
    its conclusions). A line without a number (the heading "Thời hạn gửi hồ sơ") states none of them."""
    contrasts = (*question.contrasts, *question.stated_contrasts)
    if not (question.shapes or question.asks_amount or question.details) or not contrasts:
        return None
    statements = _NEXT_ITEM.split(quote)
    # A row across a table naming its group ("- DANH HIỆU "TẬP THỂ LAO ĐỘNG XUẤT SẮC"") heads the rows below.
    headings = "\n".join(line for line in statements if not _LIST_ITEM.match(line) or is_group_row(line))
    # Awards are one set here: the item on a title is about another award than the asked form.
    awards = [contrast for contrast in question_words().contrasts if contrast.name in AWARD_SETS]
    asked_awards = frozenset().union(*(asked for contrast, asked in contrasts if contrast.name in AWARD_SETS))
    asked_sets: list[tuple[ContrastSet | _Union, frozenset[str]]] = [
        (contrast, asked) for contrast, asked in contrasts if contrast.name not in AWARD_SETS
    ]
    if asked_awards:
        asked_sets.insert(0, (_Union(awards), asked_awards))  # an award named instead says it best
    # The sets whose asked members no heading names; items naming no member of one are about the
    # members their heading names ("Mức tiền thưởng kèm theo Giấy khen …:" / "a) Đối với cá nhân: …").
    # Each set with the members its headings name, and whether they (or the issuer, for a set whose
    # members issue documents) name the asked one. A table row names what it is about in its first
    # cell: a heading does not make it about another.
    sets = []
    for contrast, asked in asked_sets:
        # "LĐLĐ tỉnh Sóc Trăng thưởng bao nhiêu cho … Cờ thi đua của Tổng Liên đoàn": the member the
        # document's issuer names says which document; the other one is asked.
        beside_issuer = asked - contrast.named_in(issuer)
        asked = beside_issuer if beside_issuer and not contrast.issuing else asked
        above = contrast.named_in(headings)
        by_issuer = contrast.named_in(issuer) if contrast.issuing else frozenset()
        sets.append((contrast, asked, above, bool((above | by_issuer) & asked)))

    def about_another(statement: str) -> tuple[str, str] | None:
        # "Hồ sơ quy định tại khoản 1 Điều này lập thành 03 bộ; hồ sơ đề nghị Giấy khen … 01 bộ": the
        # first part is about the clauses it refers to, which the section check has read.
        if any(
            refers_to_own_article(piece)
            and not any(contrast.named_in(piece) for contrast, _, _, headed in sets if not headed)
            for piece in _stating(question, statement.split(";"))
        ):
            return None
        for contrast, asked, above, headed_as_asked in sets:
            own = contrast.named_in(statement)
            if headed_as_asked and not (own and is_table_row(statement.strip())):
                continue
            named = own or above
            if named and not named & asked:
                return ", ".join(sorted(asked)), ", ".join(sorted(named))
        return None

    # The line announcing the items ("Mức tiền thưởng …, tính trên mức lương cơ sở 2.340.000 đồng:")
    # states what they are reckoned from, not the asked member's quantity.
    items = [line for line in statements if _LIST_ITEM.match(line)]
    stating = [line for line in _stating(question, statements) if not (items and line.rstrip().endswith(":"))]
    others = [about_another(line) for line in stating]
    return others[0] if others and all(others) else None


def _rate_of_something_else(question: Question, quote: str, document: Document) -> bool:
    """Whether every statement of `quote` giving a percentage gives it for something else than the
    rate asked: the quote has under half the words naming what the rate is of, or the statement none
    of their pairs (single words meet by chance: "phấn đấu … đạt từ 8%" is no "đầu tư"), or it names
    another member of a set the question names ("trường tiểu học" for "trường THPT")."""
    words = question_words()
    folded = fold(question.text)
    # "vượt tỷ lệ thì xử lý thế nào" names a rate without asking one.
    if not (words.quantities["percent"][0].search(folded) and _ASKS_HOW_MUCH.search(folded)):
        return False
    # The members of sets the question names ("THPT", "Hội đồng thi đua") are checked apart; as
    # phrases, so that their words elsewhere ("phiếu đồng ý") still name the rate.
    asked_spellings = sorted(
        (
            spelling
            for contrast, asked in question.contrasts
            for spelling, member in contrast.members.items()
            if member in asked
        ),
        key=len,
        reverse=True,
    )
    wording = fold(question.wording)
    for spelling in asked_spellings:
        wording = re.sub(rf"\b{re.escape(spelling)}\b", "|", wording)
    named_anyway = set(syllables(fold(f"{document.title} {document.locality}")))
    # The document's own issuer named ("trường THPT Phan Chu Trinh", as typed or written out) says
    # whose rate it is, not what it is a rate of: its words go, as a phrase ("đồng ý" stays).
    for issuer in (document.issuer, abbreviations_written_out(document.issuer)):
        wording = _without_runs_of(wording, fold(issuer).split())
    subject: set[str] = set()
    pairs: set[str] = set()
    for stretch in words.rate_words.sub("|", wording).split("|"):
        named = [
            word
            for word in syllables(stretch)
            if not (word.isdigit() or word in named_anyway or is_stopword(word, accented=False))
        ]
        subject |= set(named)
        pairs |= {f"{a} {b}" for a, b in pairwise(named)}
    if len(subject) < _RATE_SUBJECT_WORDS:
        return False

    # A heading naming the asked member ("Danh hiệu "Tập thể lao động xuất sắc"") makes the lines
    # below about it: another member they name is what the rate is reckoned from ("không quá 40%
    # tổng số tập thể đạt danh hiệu "Tập thể lao động tiên tiến"").
    lines = _NEXT_ITEM.split(quote)
    headings = "\n".join(line for line in lines if not _LIST_ITEM.match(line))
    headed = [contrast for contrast, members in question.contrasts if contrast.named_in(headings) & members]

    # The words around a statement say what it is about too ("b) Hồ sơ đề nghị Bằng khen …: - tỷ lệ
    # phiếu đồng ý phải đạt từ 70%"); the pairs naming the rate are in the statement itself. Under
    # a heading naming the asked award or title ("Bằng khen của Chủ tịch UBND tỉnh", a set checked
    # against whole documents), the words left of the question ("đề nghị") need not be there.
    around = set(syllables(fold(quote)))
    of_asked_award = any(contrast.whole_document for contrast in headed)
    few_words = not of_asked_award and len(subject & around) < len(subject) / 2

    def of_something_else(statement: str) -> bool:
        # A list's items are what its opening line says they are ("Tỷ lệ phiếu đồng ý để đề nghị
        # khen thưởng:" / "a) Danh hiệu …: từ 85% trở lên"): the pairs may be in that line.
        introduced = f"{headings} {statement}" if _LIST_ITEM.match(statement) else statement
        joined = f" {' '.join(syllables(fold(introduced)))} "
        no_pair = len(pairs) > 1 and not any(f" {pair} " in joined for pair in pairs)
        other_member = any(
            (named := contrast.named_in(statement)) and not named & members and contrast not in headed
            for contrast, members in question.contrasts
        )
        return few_words or no_pair or other_member

    statements = _stating(question, lines, details=False)
    return bool(statements) and all(of_something_else(statement) for statement in statements)


def _without_runs_of(text: str, phrase: list[str]) -> str:
    """`text` (folded) without each run of two or more of its words that `phrase` writes in a row."""
    words = text.split()
    kept = [True] * len(words)
    for start in range(len(words)):
        for end in range(len(words), start + 1, -1):
            run = words[start:end]
            if any(phrase[i : i + len(run)] == run for i in range(len(phrase) - len(run) + 1)):
                kept[start:end] = [False] * (end - start)
                break
    return " ".join(word for word, keep in zip(words, kept, strict=True) if keep)


_ASKS_HOW_MUCH = re.compile(r"\b(?:bao nhieu|may)\b")
_RATE_SUBJECT_WORDS = 2  # fewer words name no subject to check ("tỷ lệ bao nhiêu")


@dataclass(frozen=True)
class _Union:
    """Sets read as one: the members any of them names."""

    sets: Sequence[ContrastSet]
    issuing = False  # awards are conferred, not issued: a document's issuer names none of them

    def named_in(self, text: str) -> frozenset[str]:
        return frozenset().union(*(contrast.named_in(text) for contrast in self.sets))


def _stating(question: Question, pieces: Sequence[str], details: bool = True) -> list[str]:
    """The pieces of a drafted quote that state, with a number, the quantity or amount asked, or
    (`details`) a detail it must show (a phone number, a deadline)."""
    return [
        piece
        for piece in pieces
        if re.search(r"\d", piece)
        and (states_asked(question, piece) or (details and any(shape.search(piece) for shape in question.details)))
    ]


def _heading_names_required(question: Question, heading: str, listed: bool = True) -> bool:
    """Whether a heading names what the answer must show ("Địa điểm", "Nơi nhận hồ sơ"), first or,
    when `listed`, as one of the things it lists ("Thời gian, địa điểm", "Thời gian và địa điểm")."""
    folded = fold(heading)
    headings = question_words().asks_headings
    where = r"(?:^|[,;/]\s*|\bva\s+)" if listed else "^"
    return any(
        re.search(rf"{where}{re.escape(phrase)}\b", folded)
        for kind in question.required
        for phrase in headings.get(kind, ())
    )


def _year_never_about(question: Question, document: Document, quote: str | None = None) -> Decision | None:
    """Why to decline a year asked that `document` is not about: one it never writes ("năm 2026" of
    a plan for 2025), or gives to another period or to itself ("tổng kết năm 2023" of a guide to
    "tổng kết năm 2024"; "kế hoạch … năm 2024" of a plan titled "… năm 2025"). With the `quote`
    drafted, also a year opening the question ("Năm 2023, huyện … đề nghị …") of a report titled
    "… năm 2024" whose lines do not say it. A year the title writes is the document's own ("Cờ thi
    đua năm 2024" of a report "Tổng kết công tác thi đua, khen thưởng năm 2024 …")."""
    text = _plain_folded(document.text)
    year = next((year for year in question.years if not year.written_in(without_citations(document.text))), None)
    year = year or next(
        (
            year
            for year in question.years
            if (year.of_another_period(text) and not year.written_in(document.title))
            or year.of_another_document(document.kind, document.title, document.date)
            or (
                quote is not None
                and "when" not in question.asks
                and year.of_another_titled_period(document.title)
                and not year.written_in(quote)
            )
        ),
        None,
    )
    return Decision.decline(messages.NOT_IN_DOCUMENT.format(label=document.label, member=year.typed)) if year else None


def _stated_for_another_person(question: Question, quote: str, document: Document) -> tuple[str, str] | None:
    """(asked, named instead) when each clause of `quote` stating the asked number (a phone number)
    names other people than the one asked: "liên hệ đồng chí Hoàng Văn Tâm, điện thoại …; hồ sơ
    liên hệ đồng chí Trần Thị Mai Lan" for Mai Lan's phone number, not "bà Nguyễn Thị Hồng Vân" for
    Hồng Vân's. A clause naming no one is about the people its paragraph names before it ("bà Trần
    Ngọc Bích …; ông Phạm Minh Khải … Cả hai trường hợp đạt 11/11 phiếu")."""
    if not question.people or not (question.shapes or question.details):
        return None
    asked = {" ".join(fold(person).split()) for person in question.people}
    stating = _stating(question, re.split(r"[;\n]", quote))
    named = [named_people(clause) or named_people(_paragraph_before(clause, document)) for clause in stating]

    def someone_asked(people: list[str]) -> bool:
        # People are called by their given names: "bà Hồng Vân" is "bà Nguyễn Thị Hồng Vân".
        return any(f" {fold(p)}".endswith(f" {name}") for p in people for name in asked)

    if stating and all(people and not someone_asked(people) for people in named):
        return ", ".join(question.people), ", ".join(dict.fromkeys(p for people in named for p in people))
    return None


def _paragraph_before(clause: str, document: Document) -> str:
    """The paragraph of `document` holding `clause`, up to it; "" when it is not found."""
    probe = " ".join(clause.split())
    for section in document.sections:
        for line in section.body.split("\n"):
            at = " ".join(line.split()).find(probe)
            if at >= 0:
                return " ".join(line.split())[:at]
    return ""


def _stated_for_another_year(question: Question, quote: str, headings: str = "") -> tuple[str, str] | None:
    """(asked, named instead) when each sentence of `quote` stating the asked number gives it for
    another year ("GRDP đạt từ 8 - 9% năm 2025" for a target of "năm 2026"), itself or in the
    `headings` above it ("II. CHỈ TIÊU THI ĐUA NĂM 2025 › 1. … › a) Kết nạp 320 hội viên mới" for
    "chỉ tiêu năm 2024"); or, when no number is asked, each row of a table drafted is another year's
    ("Cụm thi đua số 1 - năm: 2025 - đơn vị Trưởng cụm, khối: …" for "năm 2024, xã nào làm Trưởng
    cụm")."""
    if not question.years:
        return None
    if question.shapes or question.asks_amount:
        sentences = _stating(question, re.split(r"(?<=[.;])\s+|\n", quote), details=False)
    else:
        rows = [line for line in quote.split("\n") if _LIST_ITEM.match(line)]
        sentences = rows if rows and all(is_table_row(row.strip()) for row in rows) else []
    other_years: list[str] = []
    for sentence in sentences:
        # A comparison in brackets is an aside ("chiếm 42,6% … (năm 2023 là 37,9%)"): the figure
        # stated outside it is for no other year.
        outside = _ASIDE.sub("", sentence)
        named = _YEAR_NAMED.findall(outside if _stating(question, [outside], details=False) else sentence)
        if any(year.pattern.search(sentence) for year in question.years):
            return None  # a sentence stating it for the asked year
        if not named and not any(year.pattern.search(headings) for year in question.years):
            named = _YEAR_NAMED.findall(headings)
        if not named:
            return None  # for no year in particular
        other_years += named
    if not other_years:
        return None
    return ", ".join(year.typed for year in question.years), ", ".join(dict.fromkeys(other_years))


_ASIDE = re.compile(r"\([^()]*\)")
_CLAUSES = re.compile(r"[,;?]|\bva\b")


@lru_cache(maxsize=64)  # one entry per document text: made once, not on every answer
def _plain_folded(text: str) -> str:
    """A document's text folded, without quotes and extra spaces, for looking names up in it."""
    return " ".join(re.sub(r"[\"“”]", " ", fold(text)).split())


def _award_named(award: AwardName, text: str, folded: str) -> bool:
    """Whether a document names the award a question names: by a name it writes in quotes after
    the award's cue, else by the name's first words (`text` plain and folded, `folded` with quotes)."""
    quoted = _quoted_names(award.cue, folded) if award.cue else []
    verdicts = [_called_by_its_words(award, written) for written in quoted]
    if True in verdicts or False in verdicts:
        return True in verdicts
    return _named_in(award, text)


def _named_in(award: AwardName, text: str) -> bool:
    words = award.folded.split()
    name = " ".join([award.cue, *words[:2]]).strip()
    if name in text:
        return True
    # A name listing places is written with commas ("Thôn, buôn, tổ dân phố văn hóa") and typed
    # without them, or only some of them ("thôn buôn văn hóa"): its words, in order, a few apart.
    apart = r"(?:\s+\S+){0,4}?\s+"
    spread = "".join(rf"{apart}{re.escape(word)}\b" for word in words[2:])
    return bool(re.search(rf"\b{re.escape(name)}\b{spread}", text.replace(",", "")))


def _called_by_its_words(award: AwardName, written: list[str]) -> bool | None:
    """Whether a long name written in quotes is the award typed by some of its words ("kỷ niệm
    chương công đoàn" for Kỷ niệm chương "Vì sự nghiệp xây dựng tổ chức Công đoàn"): True when the
    words typed are found in it in order, all of them, or two or more up to its last word (what
    follows is the rest of the question: "… công đoàn thời gian công tác tính đến ngày nào");
    False when two or more are found and then the typed name parts from it inside ("vì sự nghiệp
    giáo dục": another award of the same opening); None when it has nothing to do with it."""
    typed = award.folded.split()
    found, last = 0, -1
    for word in typed:
        at = next((i for i in range(last + 1, len(written)) if written[i] == word), -1)
        if at < 0:
            break
        found, last = found + 1, at
    if found == len(typed) or (found >= 2 and last == len(written) - 1):
        return True
    return False if found >= 2 else None


def _quoted_names(cue: str, folded: str) -> list[list[str]]:
    """The names a document writes in quotes right after `cue` ("ky niem chuong"), as word lists."""
    quoted = re.findall(rf"\b{re.escape(cue)}\s*[\"“]([^\"”\n]{{1,120}})[\"”]", folded)
    return [re.findall(r"\w+", name) for name in quoted]


def _content_pairs(text: str) -> set[str]:
    """The folded word pairs of `text` neither of whose words is a stopword ("tham dinh")."""
    words = syllables(fold(text))
    return {
        f"{a} {b}" for a, b in pairwise(words) if not (is_stopword(a, accented=False) or is_stopword(b, accented=False))
    }


def _parent(hit: Hit) -> tuple[str, str]:
    """The document and parent section of a hit's section ("Điều 11" for "Điều 11.3")."""
    return hit.chunk.doc_id, hit.chunk.section.rsplit(".", 1)[0]


def _records_what_was_done(quote: str, document: Document) -> bool:
    """Whether `document` records results (a decision conferring awards, a notice of results) or
    `quote` says what was done ("đã triển khai được 03 năm"), not a target or a quota."""
    _, shown, kinds = question_words().realized
    return document.kind.lower() in kinds or bool(shown.search(quote))


# A document's number: "2209/QĐ-UBND", "34-CT/TW", "98/2023/NĐ-CP".
_DOCUMENT_NUMBER = re.compile(r"\b\d+(?:/\d{4})?[/-][A-ZĐ][\wĐđ]{0,8}(?:[/-][A-ZĐ][\wĐđ]{0,8})*")  # "88/TTr-PNV"


def _numbers_only_of_replaced(quote: str) -> bool:
    """Whether every document number in `quote` is written as the number of a document replaced
    ("ban hành Quy chế mới, thay thế Quyết định số 2209/QĐ-UBND")."""
    replaced = question_words().replacement[1]
    numbers = list(_DOCUMENT_NUMBER.finditer(quote))
    return bool(numbers) and all(replaced.search(quote[max(0, n.start() - 60) : n.start()]) for n in numbers)


def _numbers_only_of_other_kinds(quote: str, kind: DocumentKind) -> bool:
    """Whether every document number in `quote` carries the code of another kind ("34-CT/TW", a
    Chỉ thị, for a Hướng dẫn asked). A kind issued with a decision goes by the decision's number; a
    number without a known kind's code ("1249/BTĐKT-NV") may be any kind's."""
    own = set(kind.codes) | ({DECISION_PREFIX.rstrip(".")} if kind.attached else set())  # "QĐ"
    codes = {code for other in lexicon().kinds for code in other.codes}
    numbers = [set(re.split(r"[/-]", number.group(0))) for number in _DOCUMENT_NUMBER.finditer(quote)]
    return bool(numbers) and all(parts & codes and not parts & own for parts in numbers)


def names_every_asked(question: Question, text: str) -> bool:
    """Whether `text` names every member the question names of the sets documents tell apart."""
    return all(asked <= contrast.named_in(text) for contrast, asked in question.contrasts)


def _only_totals(question: Question, quote: str) -> bool:
    """Whether every line of `quote` stating the asked amount states a total ("Tổng kinh phí … là …")."""
    total = question_words().required["total"][1]

    def states(line: str) -> bool:
        return any(shape.search(line) for shape in question.shapes) if question.shapes else _states_amount(line)

    stating = [line for line in quote.split("\n") if states(line)]
    return bool(stating) and all(total.search(line) for line in stating)


def _states_amount(text: str) -> bool:
    return bool(re.search(r"\d", _NOT_AMOUNT.sub(" ", text)))


def states_asked(question: Question, text: str) -> bool | None:
    """Whether `text` states what the question asks in a shape of its own (a quantity or count,
    an amount, a phone number); None when the question asks for no such thing."""
    if question.shapes:
        return any(shape.search(text) for shape in question.shapes)
    if question.asks_amount:
        return _states_amount(text)
    return None

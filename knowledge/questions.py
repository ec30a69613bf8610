"""What a question asks for, from its wording: a time, a number, a body or person, a list.

The cue phrases are data (knowledge/lexicon/questions.toml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise, takewhile
from typing import Protocol

from knowledge.keyword import is_stopword
from knowledge.lexicon import cue_words, lexicon, question_words
from knowledge.synonyms import abbreviations_written_out
from knowledge.text import fold, has_diacritics, is_table_row, syllables


def question_types(question: str) -> set[str]:
    """The kinds of fact the question asks for: "when", "number", "who", "list"."""
    folded = fold(question)
    return {kind for kind, pattern in question_words().asks.items() if pattern.search(folded)}


def asked_quantities(question: str) -> list[re.Pattern[str]]:
    """How documents write what the question asks for when it has a shape: a quantity ("mấy bộ" →
    "02 bộ"), a phone number, an e-mail address."""
    folded = fold(question)
    words = question_words()
    listing = _lists(folded)  # "gồm mấy người, ai làm chủ tịch": the list answers
    asked = {kind for kind, (asks, _) in words.quantities.items() if asks.search(folded)}
    # "mức lương cơ sở là bao nhiêu tiền": the base salary's amount, not an amount in coefficients of it.
    over = {kind for asking in asked for kind in words.quantities_over.get(asking, ())}
    quantities = [
        entry
        for kind, entry in words.quantities.items()
        if not (listing and kind in words.listable) and kind not in over
    ]
    found = [
        (match.span(), shown)
        for asks, shown in [*quantities, *words.evidence.values()]
        if (match := asks.search(folded))
    ]
    # The more specific cue wins: "bao nhiêu lần lương" asks a coefficient, not a count of times.
    return [
        shown
        for (start, end), shown in found
        if not any(s <= start and end <= e and (s, e) != (start, end) for (s, e), _ in found)
    ]


def _lists(folded: str) -> bool:
    """Whether the question asks for a list: a list cue, unless it only introduces the count
    ("Hội đồng gồm bao nhiêu thành viên?") and nothing else asks who."""
    words = question_words()
    counts = [asks for asks, _ in words.quantities.values()]
    introducing = [
        cue for cue in words.asks["list"].finditer(folded) if any(asks.match(folded, cue.end() + 1) for asks in counts)
    ]
    others = len(words.asks["list"].findall(folded)) > len(introducing)
    return others or bool(introducing and words.asks["who"].search(folded))


def quantities_asked(question: str) -> int:
    """How many quantities the question asks ("thẩm định mấy ngày, ký quyết định trong bao lâu": 2):
    its quantity cues, those that overlap counted once ("tiền thưởng bao nhiêu lần lương": 1)."""
    folded = fold(question)
    spans = sorted(match.span() for asks, _ in question_words().quantities.values() for match in asks.finditer(folded))
    count, reach = 0, -1
    for start, end in spans:
        if start >= reach:
            count += 1
        reach = max(reach, end)
    return count


class Shape(Protocol):
    """How documents write what a question asks: a compiled pattern, or a `CountShape`."""

    def search(self, text: str) -> object: ...


class CountShape:
    """How documents write a count of a noun: a number, a share ("15%", "2/3") or a number word
    within three words before the noun, or the noun as a label and a number after its colon;
    matched without diacritics ("02 Phó Chủ tịch" for "mấy phó chủ tịch", "không quá 15% tổng số
    cá nhân" for "bao nhiêu cá nhân", "Giấy khen của Chủ tịch huyện: tối đa 02 tập thể" for "bao
    nhiêu Giấy khen")."""

    def __init__(
        self,
        noun: str | tuple[str, ...],
        numbers: tuple[str, ...],
        other_units: tuple[str, ...] = (),
        shares: bool = True,
    ) -> None:
        nouns = (noun,) if isinstance(noun, str) else noun  # a noun, or the nouns of who receives
        self.noun = " | ".join(nouns)
        spelled = "|".join(numbers)
        # A year counts nothing, nor a document's number ("2437/QĐ-TTg"); without `shares`, nor a share;
        # nor all of them ("100% các đơn vị triển khai …" is a target, no quota).
        share = r"(?:[.,/]\d+)?(?![\d.,]*/[^\W\d_])\s*%?" if shares else r"(?![\d.,/%]|\s*%)"
        amount = rf"(?:(?!(?:19|20)\d\d\b|100\s*%)\d+{share}|(?:{spelled})\b)"
        # After a label naming the noun, a number of another unit is another quantity ("Giấy khen … -
        # số bộ: 01 bộ" gives copies); before the noun it is its classifier ("03 bộ bản chính").
        units = "|".join(unit for unit in other_units if unit not in {n.split()[0] for n in nouns})
        labelled = rf"{amount}(?![\d.,/]*\s*(?:{units})\b)" if units else amount
        noun = "(?:" + "|".join(re.escape(n) for n in nouns) + ")"
        self.pattern = re.compile(
            rf"(?<![\w/]){amount}\s+(?:[^\s\d]+\s+){{0,3}}?{noun}\b|\b{noun}\b[^:.;\n]{{0,80}}:[^.;\n]{{0,40}}?(?<![\w/]){labelled}"
        )

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(fold(text).lower())


def counted_shapes(question: str) -> list[CountShape]:
    """The counts a question asks ("mấy trang", "bao nhiêu hộ") when no listed quantity fits."""
    words = question_words()
    folded = fold(question)
    if asked_quantities(question) or words.asks["list"].search(folded):
        return []  # "gồm mấy loại giấy tờ, là gì": the list is the answer
    shapes = []
    for match in words.counting.finditer(folded):
        noun = match.group(2)
        counted = _counted(noun, folded, match.start(2))
        if noun in words.unit_symbols:
            counted = (*((counted,) if isinstance(counted, str) else counted), *words.unit_symbols[noun])
        shapes.append(CountShape(counted, words.number_words, words.other_units))
        if noun in words.counted_units:  # "tối đa mấy xã": "không quá 03 đơn vị"
            shapes.append(CountShape(words.collectives, words.number_words, words.other_units, shares=False))
    return shapes


def counted_phrases(question: str) -> list[str]:
    """The words a question counts, folded: the counted noun and the word after it ("sang kien" of
    "cần bao nhiêu sáng kiến", "pho chu" of "có mấy phó chủ tịch")."""
    folded = fold(question)
    return [
        " ".join(re.findall(r"\w+", folded[match.start(2) :])[:2])
        for match in question_words().counting.finditer(folded)
    ]


def _counted(noun: str, folded: str, at: int) -> str | tuple[str, ...]:
    """What a count of `noun` is written with: the noun, or for an award (a form of reward, a title)
    the award itself or who receives it ("01 Cờ thi đua", "không quá 02 tập thể"). A title goes to
    one kind of recipient, so a count of who receives a title the question names is also written by
    the title ("bao nhiêu cá nhân được công nhận Chiến sĩ thi đua cơ sở": a table's row "Chiến sĩ thi
    đua cơ sở - số được công nhận: 284"); a form of reward goes to units and people alike."""
    words = question_words()
    award = words.checked_forms.match(folded, at)
    if award:
        return (award.group(0), *words.recipients)
    titles = next(contrast for contrast in words.contrasts if contrast.name == "titles")
    named = [match.group(1) for match in titles.pattern.finditer(folded)]
    if not named or noun not in {recipient.split()[0] for recipient in words.recipients}:
        return noun
    return (noun, *dict.fromkeys(named))


# A date right after a document's number is that document's date ("Kế hoạch số 164/KH-UBND ngày
# 05/7/2022"), not the day of an event; so is a law's, cited by its name ("Luật Thi đua, khen
# thưởng ngày 15 tháng 6 năm 2022"), and the document's own, on its place-and-date line ("Long Hồ,
# ngày 27 tháng 9 năm 2024").
_DATE = r"ngày\s+\d{1,2}(?:/\d{1,2}/\d{2,4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
_CITED_DATE = re.compile(
    rf"(\b\d+(?:/\d{{4}})?[/-][A-ZĐ][\wĐđ/-]*),?\s+{_DATE}"
    rf"|(\bLuật\s[^\d.;\n]{{0,60}}?),?\s+{_DATE}"
    rf"|(?m:^(?:Số:?\s*\S+\s+)?([A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){{0,3}}),\s*{_DATE})"
)

# Where a document cites another: its number, with the year in it, and its date ("Quyết định số
# 27/2024/QĐ-UBND ngày 19/7/2024"), or a law's date.
_CITATION = re.compile(rf"\b\d+/(?:\d{{4}}/)?[A-ZĐ][\wĐđ/-]*(?:,?\s+{_DATE})?|\bLuật\s[^\d.;\n]{{0,60}}?,?\s+{_DATE}")


def without_citations(text: str) -> str:
    """`text` without the numbers and dates of the documents it cites: a year written only there
    is not a year the document is about (a plan for 2025 resting on a decision of 2024)."""
    return _CITATION.sub(" ", text)


@dataclass(frozen=True)
class UncitedShape:
    """A shape that a cited document's date does not show ("Đại hội … tổ chức ngày nào" is not
    answered by "Kế hoạch số 164/KH-UBND ngày 05/7/2022")."""

    shown: re.Pattern[str]

    def search(self, text: str) -> re.Match[str] | None:
        return self.shown.search(_CITED_DATE.sub(lambda m: next(g for g in m.groups() if g), text))


def required_kinds(question: str) -> set[str]:
    """The kinds of [required] the question asks (its cue matches), before `unless` lifts any."""
    folded = fold(question)
    return {kind for kind, (cue, _, _) in question_words().required.items() if cue.search(folded)}


def required_shapes(question: str, only: frozenset[str] | None = None) -> list[Shape]:
    """What an answer must show for the question ([required]): a day and month for "tổ chức ngày
    nào", unless the question also asks a quantity that lifts it (a deadline may be relative);
    `only` those kinds (the ones that steer to a close section showing them, or pick the sentence
    showing them). A shape
    marked `not_cited` is not shown by a cited document's date, unless the question is about a
    document ("Nghị quyết số 09 ban hành ngày nào", "theo kế hoạch nào, ngày nào")."""
    return [shape for kind, shape in _required_shapes_by_kind(question) if only is None or kind in only]


@lru_cache(maxsize=256)  # read three times per question, for three sets of kinds
def _required_shapes_by_kind(question: str) -> tuple[tuple[str, Shape], ...]:
    folded = fold(question)
    words = question_words()
    asked = {kind for kind, (cue, _) in words.quantities.items() if cue.search(folded)}
    asked |= {kind for kind, (cue, _, _) in words.required.items() if cue.search(folded)}
    asked |= {kind for kind, (cue, _) in words.evidence.items() if cue.search(folded)}
    kinds = "|".join(re.escape(kind) for kind in words.reference_kinds)
    about_a_document = bool(re.search(rf"\b(?:{kinds})\b", folded))
    return tuple(
        (kind, UncitedShape(shown) if kind in words.not_cited and not about_a_document else shown)
        for kind, (cue, shown, unless) in words.required.items()
        if cue.search(folded) and not asked & set(unless)
    )


def quantity_cue_terms(question: str) -> frozenset[str]:
    """Syllables and syllable pairs (accented and folded) of the cue phrases that ask for a
    quantity ("bao nhiêu phần trăm", "mấy trang"): a section stating that quantity covers them."""
    cues = [asks for asks, _ in question_words().quantities.values()]
    if counted_shapes(question):
        cues.append(question_words().counting)
    return cue_terms(question, cues)


def cue_terms(question: str, cues: Sequence[re.Pattern[str]]) -> frozenset[str]:
    """Syllables and syllable pairs (accented and folded) of the question's words that `cues` match;
    not the words a "*" of a cue phrase spans ("kinh phí tổ chức hội nghị … bao nhiêu")."""
    folded = fold(question)
    found: set[str] = set()
    for asks in cues:
        own = cue_words(asks)
        for match in asks.finditer(folded):
            for text in (question[match.start() : match.end()].lower(), match.group(0)):
                words = [word for word in syllables(text) if own is None or fold(word) in own]
                found.update(words)
                found.update(f"{a} {b}" for a, b in pairwise(words))
    return frozenset(found)


@dataclass(frozen=True)
class Reference:
    """A document the question names by kind and number: its number, and where a text cites it."""

    number: str  # "9" for "Nghị quyết số 09"
    cited: re.Pattern[str]  # over folded text: "nghi quyet so 09/nq-hdnd"
    typed: str = ""  # as in the question: "Quyết định 2437/QĐ-TTg"
    attributed: bool = False  # "Theo Quyết định 2437, …": the question asks what it says


def referenced_documents(question: str) -> list[Reference]:
    """Documents the question names by kind and number ("Nghị quyết số 09", "QĐ 2437/QĐ-TTg")."""
    words = question_words()
    kinds = "|".join(sorted(words.reference_kinds, key=len, reverse=True))
    attribution = "|".join(sorted(words.attribution, key=len, reverse=True))
    folded = fold(question)
    found = []
    # "kế hoạch 115th" (an English ordinal), "kế hoạch 2 năm": no document's number.
    for match in re.finditer(rf"\b({kinds})\s+(?:so\s+)?0*(\d+)(?![a-z\d])(?:[/-][\w/-]*\w)?", folded):
        kind, number = match.group(1), match.group(2)
        # Only as the question's opening: "thực hiện theo Kế hoạch số 164" cites, it does not attribute.
        attributed = bool(re.fullmatch(rf"\W*(?:{attribution})\s+", folded[: match.start()]))
        cited = re.compile(rf"\b{re.escape(kind)}\s+(?:so\s+)?0*{number}(?!\d)")
        found.append(Reference(number, cited, question[match.start() : match.end()], attributed))
    # A number with its code ("Báo cáo thẩm định 318/BC-STP", "2437/QĐ-TTg") names a document
    # whatever kind precedes it.
    named = {reference.number for reference in found}
    for match in _DOCUMENT_CODE.finditer(folded):
        number = match.group(1)
        if number not in named:
            cited = re.compile(rf"(?<![\d/]){number}/{re.escape(match.group(2))}")
            found.append(Reference(number, cited, question[match.start() : match.end()], False))
    return found


# "318/bc-stp", "98/2023/nd-cp" (folded): a number, maybe a year, and letters; not a date.
_DOCUMENT_CODE = re.compile(r"(?<![\d/])0*(\d+)/((?:\d{4}/)?[a-z]{1,8}(?:-[a-z]{1,10})*)\b")


def refers_to_other_document(references: Sequence[Reference], own_numbers: Sequence[str]) -> bool:
    """True when a question's `references` name a document by a number that is none of
    `own_numbers` (the numbers of the documents it could be about): "Nghị quyết số 09 ban hành
    ngày nào" asks about the resolution a plan cites, not the plan."""
    owns = {re.match(r"0*(\d*)", number.strip("/ ")).group(1) for number in own_numbers}
    return any(reference.number not in owns for reference in references)


@dataclass(frozen=True)
class SeriesItem:
    """An item of a numbered series the question names: "đợt thi đua cao điểm thứ tư" → ("dot", 4)."""

    noun: str  # folded: "dot"
    number: int
    typed: str  # as in the question

    def numbered_in(self, folded_text: str) -> bool | None:
        """Whether a folded text numbers this item; None when it numbers no item of the series."""
        numbers = {_number(_numbered(match)) for match in _series(self.noun).finditer(folded_text)}
        return self.number in numbers if numbers - {None} else None


def _series(nouns: str) -> re.Pattern[str]:
    """A numbered item: "đợt thi đua cao điểm thứ tư" (words may come between), or "đợt 2", "cụm số
    3", "cụm thi đua số 3" (the number right after, or after "thi đua"), or a lettered one ("giải
    C": a prize graded A, B, C); a year ("đợt thi đua năm 2025") is neither."""
    ordinal = rf"(?:\s+[a-z]+){{0,4}}?\s+thu\s+({_spelled()}|\d{{1,2}})"
    lettered = "|".join(question_words().lettered_series)
    letter = rf"(?<=\b(?:{lettered}))\s+([a-e])(?![\w)])"
    return re.compile(rf"\b({nouns})(?:{ordinal}|\s+(?:thi dua\s+)?(?:so\s+)?(\d{{1,2}})|{letter})\b")


def _numbered(match: re.Match[str]) -> str:
    return match.group(2) or match.group(3) or match.group(4)


def _ordinal_words() -> dict[str, int]:
    return {fold(word): value for word, value in lexicon().ordinals.items()}


def _spelled() -> str:
    return "|".join(sorted(_ordinal_words(), key=len, reverse=True))


def _number(word: str) -> int | None:
    if len(word) == 1 and word.isalpha():
        return ord(word) - ord("a") + 1  # "giải c": the third grade
    return int(word) if word.isdigit() else _ordinal_words().get(word)


def series_items(question: str) -> list[SeriesItem]:
    """Items of numbered series the question names ("đợt 4", "cụm thi đua thứ hai")."""
    nouns = "|".join(sorted(question_words().series_nouns, key=len, reverse=True))
    folded = fold(question).lower()
    items = []
    for match in _series(nouns).finditer(folded):
        number = _number(_numbered(match))
        if number:
            items.append(SeriesItem(match.group(1), number, question[match.start() : match.end()]))
    return items


# A person's name: two to four syllables, each capitalised and then in lower case ("Trần Thị Mai
# Lan"; not "LĐLĐ").
_SYLLABLE = re.compile(r"[^\W\d_]+")


def _name_at(words: list[str]) -> list[str]:
    """The capitalised syllables `words` opens with, up to four."""
    name = []
    for word in words[:4]:
        if not (word[:1].isupper() and word[1:] == word[1:].lower() and _SYLLABLE.fullmatch(word)):
            break
        name.append(word)
    return name


def named_people(question: str) -> list[str]:
    """The people the question names after a cue ("chị Trần Thị Mai Lan", "đồng chí Hoàng Văn Nam")."""
    accented = has_diacritics(question)
    cues = [cue if accented else fold(cue) for cue in question_words().person_cues]
    words = re.findall(r"\w+|[^\w\s]", question)  # punctuation ends a name
    found = []
    for index in range(len(words)):
        for cue in cues:
            size = len(cue.split())
            if " ".join(words[index : index + size]).lower() == cue:
                name = _name_at(words[index + size :])
                if len(name) >= 2:
                    found.append(" ".join(name))
    return found


def named_units(question: str) -> list[str]:
    """The units the question names by a head word and a capitalised name, up to a word that asks or
    links ("Chi cục Quản lý chất lượng nông lâm thủy sản" of "… được phân bổ mấy tập thể?")."""
    heads = "|".join(re.escape(head) for head in sorted(question_words().unit_heads, key=len, reverse=True))
    names = []
    for match in re.finditer(rf"\b(?:{heads})(?=\s+[^\W\d_]+\s+[^\W\d_]+)", question):
        words = re.match(r"[^\W\d_]+(?:\s+[^\W\d_]+)*", question[match.end() :].lstrip())
        name = words.group(0).split() if words else []
        if not name or not name[0][0].isupper():
            continue
        kept = [name[0], *takewhile(lambda word: not is_stopword(word, accented=True), name[1:])]
        if fold(match.group(0)).lower() in question_words().units_named_alone:  # a hamlet's name is all capitals
            kept = [name[0], *takewhile(lambda word: word[0].isupper(), name[1:])]
        if re.fullmatch(r"[IVXL]+|\d+", name[0]):  # "Khối III thi đua": a bloc numbered, its number names it
            kept = kept[:1]
        names.append(" ".join([match.group(0), *kept[:_UNIT_NAME_WORDS]]))
    return names


def unit_named_in(name: str, folded_text: str) -> bool:
    """Whether a folded text names the unit: its head, then within a few words the name's first two
    syllables ("Công ty Hòa Cầm" in "Công ty Cổ phần thiết bị điện Hòa Cầm"; "Chi cục Quản lý …"
    not in a table of "Chi cục Kiểm lâm", "Chi cục Thủy lợi")."""
    heads = {fold(head) for head in question_words().unit_heads}
    between = rf"(?:\s+[^\s.;:|]+){{0,{_UNIT_NAME_GAP}}}?"
    for written in dict.fromkeys((name, abbreviations_written_out(name))):  # "THPT" or "trung học phổ thông"
        words = fold(written).split()
        size = next((size for size in range(len(words), 0, -1) if " ".join(words[:size]) in heads), 0)
        if not size:  # written out, the head may read otherwise
            continue
        head, key = " ".join(words[:size]), " ".join(words[size : size + 2])
        if re.search(rf"\b{re.escape(head)}{between}\s+{re.escape(key)}\b", folded_text):
            return True
        if head in question_words().units_named_alone and re.search(rf"\b{re.escape(key)}\b", folded_text):
            return True
    return False


_UNIT_NAME_WORDS = 8
_UNIT_NAME_GAP = 6  # words a document may put between a unit's head and its name ("Cổ phần thiết bị điện")


# A year or a span of years the question names ("năm 2026", "năm học 2024-2025"), not one inside a
# date or a document's number ("ngày 05/7/2022", "98/2023/NĐ-CP").
_YEARS = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?(?![\d/])")


@dataclass(frozen=True)
class NamedYears:
    """Years a question names: as typed, a pattern finding them in a document, and the words the
    question writes before them (folded, at most `_YEAR_CONTEXT`)."""

    typed: str
    pattern: re.Pattern[str]
    before: str = ""
    first: int = 0  # the span of years named ("2024-2025": 2024 to 2025)
    last: int = 0

    def written_in(self, text: str) -> bool:
        return self.pattern.search(text) is not None

    def of_another_period(self, folded_text: str) -> bool:
        """Whether the question gives the year to a period ("tổng kết năm 2023") that the document
        writes with other years only ("tổng kết năm 2024")."""
        for period in question_words().year_periods:
            if self.before.endswith(period):
                written = " ".join(re.findall(rf"\b{period} (?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?", folded_text))
                return bool(written) and not self.pattern.search(written)
        return False

    def of_another_titled_period(self, title: str) -> bool:
        """Whether a year opening the question ("năm 2023 huyện … đề nghị …": the period asked) is
        not the period the document's title is for ("… tổng kết năm 2024"), nor any year it names
        ("… năm 2024 và phương hướng, nhiệm vụ năm 2025")."""
        if self.before not in ("", "nam") or self.written_in(title):
            return False
        folded = fold(title)
        for period in question_words().year_periods:
            written = " ".join(re.findall(rf"\b{period} (?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?", folded))
            if written:
                return not self.pattern.search(written)
        return False

    def of_another_document(self, kind: str, title: str, issued: str = "") -> bool:
        """Whether the question gives the year to a document of this kind ("kế hoạch thi đua ngành y
        tế năm 2024") whose title gives it other years ("… năm 2025"), or to its issuing ("quy chế
        … ban hành năm 2019") when it was `issued` (its date) in another year."""
        named = list(re.finditer(rf"\b{re.escape(fold(kind))}\b", self.before)) if kind else []
        # "kế hoạch … hạn nộp hồ sơ năm 2026": a year given to a deadline, not to the document.
        if not named or question_words().asks["when"].search(self.before[named[-1].end() :]):
            return False
        spans = [(int(m.group(1)), int(m.group(2) or m.group(1))) for m in _YEARS.finditer(title)]
        # "theo quy chế năm 2021": right after the kind, the year of a document whose title has none
        # is the year it was issued.
        cues = (*question_words().year_issued, *(() if spans else (f"{fold(kind)} nam",)))
        # "quy định chấm điểm năm 2022": the kind and words of its title, then the year, likewise.
        between = self.before[named[-1].end() :].split()
        titled = not spans and between[-1:] == ["nam"] and set(between[:-1]) <= set(re.findall(r"\w+", fold(title)))
        issued_year = re.search(r"(?:19|20)\d\d$", issued)
        if issued_year and (titled or any(self.before.endswith(cue) for cue in cues)):
            return not self.first <= int(issued_year.group(0)) <= self.last
        asked = range(self.first, self.last + 1)
        return bool(spans) and not any(all(start <= year <= end for year in asked) for start, end in spans)


_YEAR_CONTEXT = 12  # words before a year that may give it to a period or a document


def named_years(question: str) -> list[NamedYears]:
    """The years or spans of years the question names ("năm học 2024-2025": 2024 to 2025)."""
    found = []
    for match in _YEARS.finditer(question):
        first, last = match.group(1), match.group(2)
        written = rf"{first}\s*[-–]\s*{last}" if last else first
        before = " ".join(fold(question[: match.start()]).split()[-_YEAR_CONTEXT:])
        pattern = re.compile(rf"(?<!\d){written}(?!\d)")
        found.append(NamedYears(match.group(0), pattern, before, int(first), int(last or first)))
    return found


def row_subject(line: str) -> str:
    """What a table row is about, folded ("" for other text): its first cell up to a comma when it
    is a name (two capitalised words or more: "Chi cục Thủy sản" of "- Chi cục Thủy sản, Sở Nông
    nghiệp … - thành tích: …"), else the whole first cell when it is a phrase of its own ("Hội nghị
    tổng kết, trao thưởng", "Ủy ban nhân dân cấp huyện"; not the total row's "Tổng cộng")."""
    line = line.strip()
    if "\n" in line or not is_table_row(line):
        return ""
    cell = line[2:].split(" - ", 1)[0]
    name = cell.split(",", 1)[0]
    if sum(word[0].isupper() for word in name.split()) >= _NAME_CAPITALS:
        return " ".join(fold(name).split())
    return " ".join(fold(cell).split()) if len(cell.split()) >= _PHRASE_WORDS else ""


@lru_cache(maxsize=1)
def _short_forms() -> tuple[tuple[str, str], ...]:
    """(written out, short) of the bodies' abbreviations, folded: ("uy ban nhan dan", "ubnd")."""
    return tuple((fold(full), fold(short)) for short, full in lexicon().header_abbreviations.items())


def names_row_subject(folded_question: str, subject: str) -> bool:
    """Whether the question names a row's subject as who acts: whole, a body by its level ("cấp
    huyện" of "Ủy ban nhân dân cấp huyện") or by its place ("các phường, xã" of "UBND các phường,
    xã"), and not right after a word of motion ("gửi hồ sơ về Ban Thi đua - Khen thưởng tỉnh" names
    where the dossier goes)."""
    words = subject.split()
    level = question_words().row_level
    names = {subject, *([" ".join(words[-2:])] if len(words) > 2 and words[-2] == level else [])}
    for body in question_words().row_bodies:
        place = subject.removeprefix(f"{body} ")
        if place != subject and len(place.split()) >= _PLACE_WORDS:
            names.add(place)
    # A body written out in the row ("Ủy ban nhân dân phường Vĩnh Mỹ") is often typed short ("UBND"),
    # and one the row writes short is written out elsewhere.
    for full, short in _short_forms():
        names |= {re.sub(rf"\b{full}\b", short, name) for name in names if full in name}
        names |= {re.sub(rf"\b{short}\b", full, name) for name in names if short in name}
    not_after_motion = "".join(rf"(?<!\b{re.escape(word)} )" for word in question_words().destination_words)
    written = [re.escape(name) for name in names]
    # A numbered row ("Cụm số 3", "Khối 2") is named with its table's words between its noun and
    # its number too: "Cụm thi đua số 3" of the column "Cụm thi đua".
    numbered = _NUMBERED_ROW.fullmatch(subject)
    if numbered:
        written.append(rf"{re.escape(numbered['noun'])}(?: \w+){{1,2}} {re.escape(numbered['number'])}")
    return bool(subject) and any(
        re.search(rf"{not_after_motion}(?<!\w){name}(?!\w)", folded_question) for name in written
    )


_NUMBERED_ROW = re.compile(r"(?P<noun>[a-z]+) (?P<number>(?:so )?\d+)")


_NAME_CAPITALS = 2
_PHRASE_WORDS = 3
_PLACE_WORDS = 2  # "xã Kiên Lao", "các phường, xã": a level and a name, not a level alone

"""Understand: a question read once into a `Question` value that every later stage takes.

What is read here: the text without markup, whether it was written in English (then given the
documents' Vietnamese words), its diacritics restored from the documents' vocabulary, everyday words
mapped to the documents' wording, what it asks for (a time, a number, a body, a list, an identity,
a quantity or detail with a shape, an amount, an award by name), the documents it names by place
and the documents it refers to by number. The cue words are data (knowledge/lexicon/questions.toml).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.answer.identity import MetadataIntent, metadata_intents
from knowledge.accents import AccentRestorer
from knowledge.english import in_vietnamese, looks_english, named_either
from knowledge.english import understood as english_understood
from knowledge.keyword import STOPWORDS, is_stopword
from knowledge.lexicon import ContrastSet, lexicon, question_words
from knowledge.places import level_hinted_documents, named_documents, place_names, unknown_places
from knowledge.questions import (
    NamedYears,
    Reference,
    SeriesItem,
    Shape,
    asked_quantities,
    counted_shapes,
    cue_terms,
    named_people,
    named_units,
    named_years,
    quantities_asked,
    quantity_cue_terms,
    question_types,
    referenced_documents,
    refers_to_other_document,
    required_kinds,
    required_shapes,
    series_items,
)
from knowledge.schema import Document
from knowledge.synonyms import abbreviations_written_out, canonical_wording
from knowledge.text import fold, has_diacritics

_TAG = re.compile(r"<[^<>]{0,200}>")
# Question words and glue, without diacritics: they end an award's name.
_GLUE = frozenset(fold(word) for word in STOPWORDS)
_AWARD_WORDS = 5


@dataclass(frozen=True)
class AwardName:
    """An award the question names ("danh hiệu Anh hùng Lao động"): as typed, and folded."""

    typed: str
    folded: str
    cue: str = ""  # folded, when documents write the name right after it ("huan chuong")


@dataclass(frozen=True)
class Question:
    original: str  # as typed (Unicode-normalised): shown back to the user, logged at DEBUG only
    text: str  # markup removed; the documents' Vietnamese words when asked in English
    english: bool
    understood: bool  # False when asked in English and only its question words were read
    restored: str  # `text` with diacritics restored from the documents' vocabulary
    wording: str  # `restored` with everyday words mapped to the documents' wording (searched)
    accented: bool  # `wording` carries diacritics (search weighs accented words then)
    asks: frozenset[str]  # "when", "number", "who", "list"
    identity: tuple[MetadataIntent, ...]  # who signed, issued when, which number …
    shapes: tuple[Shape, ...]  # how documents write the quantity or detail asked ("02 bộ", "05 trang")
    details: tuple[Shape, ...]  # shapes an answer must show (a phone number, a day and month)
    steering: tuple[Shape, ...]  # of those, the ones a close section showing them may answer
    required: frozenset[str]  # what the answer must show ([required] kinds asked: "day", "venue", …)
    steers_below: bool  # a close section showing them may answer though less sure than the best
    steers_once: bool  # stated once in a document: a section showing them may answer though far below
    steers_far: bool  # a surer section showing them may answer though it ranks less close
    steers_surer: bool  # any surer section showing them may answer though it ranks less close
    steers_headed: bool  # a section headed by what is asked ("Nơi nhận hồ sơ") answers, if close
    picking: tuple[Shape, ...]  # of those, the ones that pick the sentence showing them (an address)
    by_name: tuple[re.Pattern[str], ...]  # how a document shows a role asked held by someone named
    asks_amount: bool  # "bao nhiêu", "tỷ lệ" (not "ngày bao nhiêu"): an answer states a number
    asks_each: bool  # an amount for each one ("mỗi Giấy khen … bao nhiêu tiền"): a total is none
    # What money is asked for, after the words naming it: ("tiền", "xăng xe"), ("chi cho", "hội nghị"); or ().
    money_purpose: tuple[str, str] | tuple[()]
    asks_realized: bool  # "đã xây được bao nhiêu": a count of what was done, not a target
    asks_replacing: bool  # "quy chế mới … theo quyết định số mấy": the document that replaces another
    number_of_kind: str  # "Hướng dẫn … là văn bản số mấy": the kind whose number is asked, or ""
    quantities_asked: int  # "mấy ngày, … trong bao lâu": 2 quantities, maybe stated in two sections
    quantity_cues: frozenset[str]  # the words asking the quantity: a section stating it covers them
    when_cues: frozenset[str]  # the words asking when a period begins or ends: a date covers them
    references: tuple[Reference, ...]  # documents named by kind and number ("Nghị quyết số 09")
    awards: tuple[AwardName, ...]  # awards named by name
    series: tuple[SeriesItem, ...]  # numbered items named ("đợt thi đua thứ tư")
    people: tuple[str, ...]  # people named after "chị", "đồng chí" … ("Trần Thị Mai Lan")
    units: tuple[str, ...]  # units named by a head word and a name ("Chi cục Kiểm lâm")
    years: tuple[NamedYears, ...]  # years named ("năm 2026", "năm học 2024-2025")
    # Members of sets documents tell apart ("Huân chương" of the forms of reward, "THCS"), by set.
    contrasts: tuple[tuple[ContrastSet, frozenset[str]], ...]
    # Members of the sets checked only on the lines stating the asked quantity ("hộ gia đình").
    stated_contrasts: tuple[tuple[ContrastSet, frozenset[str]], ...]
    # Of those, and of the sets checked only so, the members a document that never names them
    # does not answer for ("Tỉnh đoàn" of a labour federation's guide).
    of_documents: tuple[tuple[ContrastSet, frozenset[str]], ...]
    named_doc_ids: frozenset[str]  # documents whose place the question names
    hinted_doc_ids: frozenset[str]  # the one document of the level named ("cấp huyện")
    unknown_places: tuple[str, ...]  # places no document mentions

    @property
    def keyword_query(self) -> str:
        """What keyword search looks for: the restored words, and the documents' wording of them."""
        return self.restored if self.wording == self.restored else f"{self.restored} {self.wording}"

    @property
    def scope(self) -> frozenset[str]:
        """The documents the question is about by the places it names (empty: any)."""
        return self.named_doc_ids or self.hinted_doc_ids

    def refers_elsewhere(self, own_numbers: Sequence[str]) -> bool:
        """True when the question names a document by a number that is none of `own_numbers`:
        "Nghị quyết số 09 ban hành ngày nào" asks about the resolution a plan cites."""
        return refers_to_other_document(self.references, own_numbers)


def cleaned(original: str) -> str:
    """The question without markup and extra spaces."""
    return " ".join(_TAG.sub(" ", original).split())


def understand(
    original: str, documents: Sequence[Document], vocabulary: frozenset[str], accents: AccentRestorer
) -> Question:
    """Read `original` once. `vocabulary` holds the knowledge base's terms (syllables and syllable
    pairs "a b", accented and folded); `accents` restores diacritics from the documents' words."""
    text = cleaned(original)
    english = looks_english(text, vocabulary)
    read = not english or english_understood(text, vocabulary)
    either = named_either(text) if english else ""
    if english:
        text = in_vietnamese(text, vocabulary, {fold(document.locality) for document in documents})
    restored = accents.restore(text)
    wording = canonical_wording(restored)
    folded = fold(restored)
    asks = frozenset(question_types(restored))
    words = question_words()
    # Cue phrases are read as typed and with abbreviations written out ("HĐTĐKT … gồm những ai").
    read_as = (restored, abbreviations_written_out(restored))
    required = frozenset(required_kinds(read_as[0]) | required_kinds(read_as[1]))
    steered = required & words.steering
    named = frozenset(named_documents(wording, documents))
    # Typed with diacritics, the members are matched with them ("chỉ tiêu học sinh" is no "tiểu
    # học"); typed without, on the folded words, since restoring may guess wrong ("so y te": "sơ").
    typed = (restored, wording) if has_diacritics(text) else (text, fold(wording))
    # An award named in English words that name more than one is not asked as one of them.
    named_members = tuple(
        (contrast, members)
        for contrast in words.contrasts
        if (
            members := frozenset().union(*(contrast.named_in(version) for version in typed)) - contrast.named_in(either)
        )
    )
    contrasts = tuple(
        (contrast, members)
        for contrast, members in named_members
        if not contrast.document_only and not contrast.stated_only
    )
    of_documents = tuple(
        (contrast, members) for contrast, members in named_members if contrast.whole_document or contrast.enumerated
    )
    return Question(
        original=original,
        text=text,
        english=english,
        understood=read,
        restored=restored,
        wording=wording,
        accented=has_diacritics(wording),
        asks=asks,
        required=required,
        # "ai ký HD …": a document; "ai ký quyết định khen thưởng …" naming a decision: that one.
        identity=tuple(
            metadata_intents(abbreviations_written_out(text), [d.kind for d in documents if d.doc_id in named])
        ),
        # The user's words and the documents' ("hạn nộp" becomes "thời gian gửi"): both may ask.
        shapes=(
            *dict.fromkeys([*asked_quantities(restored), *asked_quantities(wording)]),
            *([] if "when" in asks else counted_shapes(wording)),
        ),
        details=(
            *(shown for cue, shown in words.evidence.values() if cue.search(folded)),
            *_read_both(required_shapes, read_as, words.shown_kinds),
        ),
        steering=_read_both(required_shapes, read_as, words.steering),
        steers_below=bool(steered) and steered <= words.steering_below,
        steers_once=bool(steered & words.steering_once),
        steers_far=bool(steered) and steered <= words.steering_far,
        steers_surer=bool(steered & words.steering_surer),
        steers_headed=bool(steered & words.steering_headed),
        picking=_read_both(required_shapes, read_as, words.picking),
        by_name=tuple(words.by_name[kind] for kind in sorted(required) if kind in words.by_name),
        asks_amount=_asks_amount(folded, required) and "when" not in asks,
        asks_each=bool(words.amount.search(folded) and words.amount_each.search(restored.lower())),
        money_purpose=_money_purpose(restored) if words.amount.search(folded) else (),
        asks_realized=bool(words.realized[0].search(folded)) and "when" not in asks,
        asks_replacing=bool(words.replacement[0].search(fold(wording))),
        number_of_kind=_kind_whose_number_is_asked(fold(wording)),
        quantity_cues=quantity_cue_terms(wording),
        quantities_asked=quantities_asked(restored),
        when_cues=cue_terms(restored, [words.asks["period"]]),
        references=tuple(referenced_documents(wording)),
        awards=_award_names(wording, place_names(documents)),  # "HCV SEA Games": the abbreviations written out,
        series=tuple(series_items(text)),
        people=tuple(named_people(text)),
        units=tuple(named_units(text)),
        years=tuple(named_years(text)),
        contrasts=contrasts,
        stated_contrasts=tuple((contrast, members) for contrast, members in named_members if contrast.stated_only),
        of_documents=of_documents,
        named_doc_ids=named,
        hinted_doc_ids=frozenset() if named else _hinted_documents(wording, documents, of_documents),
        unknown_places=tuple(unknown_places(text, documents, vocabulary)),
    )


def _money_purpose(restored: str) -> tuple[str, str] | tuple[()]:
    """The words naming money and the one or two after them, typed in lower case ("Tiền Giang" is a
    province), that are neither a question's glue nor money's own ("tiền thưởng")."""
    words = question_words()
    folded = fold(restored)
    for cue in words.money_words:
        found = re.search(rf"(?<!\w){re.escape(cue)} ([^\W\d_]+)(?: ([^\W\d_]+))?", restored)
        # "chi cho" typed without diacritics may be restored as "chỉ cho"; a cue of one syllable,
        # "tiền", is read only as restored ("tiên tiến" is no money).
        if not found and " " in cue:
            found = re.search(rf"(?<!\w){re.escape(fold(cue))} ([^\W\d_]+)(?: ([^\W\d_]+))?", folded)
        if not found:
            continue
        purpose = [restored[found.start(group) : found.end(group)] for group in (1, 2) if found.group(group)]
        # "bao nhiêu tiền một năm": a count says how often, not what for.
        counted = fold(purpose[0]) in words.number_words
        if counted or not purpose[0].islower() or purpose[0] in words.not_purposes or is_stopword(purpose[0], True):
            continue
        if len(purpose) > 1 and (not purpose[1].islower() or is_stopword(purpose[1], accented=True)):
            purpose = purpose[:1]
        return cue, " ".join(purpose)
    return ()


def _read_both(read: Callable[..., list[Shape]], read_as: tuple[str, str], *only: frozenset[str]) -> tuple[Shape, ...]:
    """What `read` finds in the question as typed or with its abbreviations written out, each once."""
    return tuple(dict.fromkeys(shape for text in read_as for shape in read(text, *only)))


def _hinted_documents(
    wording: str, documents: Sequence[Document], contrasts: tuple[tuple[ContrastSet, frozenset[str]], ...]
) -> frozenset[str]:
    """The one document the question points at without naming its place: by the level it names
    ("cấp huyện"), or by the body issuing it ("Sở Giáo dục" of the only plan a Sở GD&ĐT issued)."""
    by_level = level_hinted_documents(wording, documents)
    if by_level:
        return frozenset(by_level)
    by_title = _titled_documents(wording, documents)
    if by_title:
        return by_title
    by_kind = _kind_of_body_documents(wording, documents)
    if by_kind:
        return by_kind
    issued = {
        document.doc_id
        for document in documents
        for contrast, asked in contrasts
        if asked <= contrast.named_in(document.issuer)
    }
    return frozenset(issued) if len(issued) == 1 else frozenset()


def _titled_documents(wording: str, documents: Sequence[Document]) -> frozenset[str]:
    """The one document whose title holds a name the question writes in capitals, not a place
    ("kỷ niệm Lương Văn Tri": the plan titled "… ngày sinh đồng chí Lương Văn Tri")."""
    places = {fold(document.locality) for document in documents}
    for name in _capitalised_names(wording):
        if any(name in place for place in places):
            continue
        titled = {d.doc_id for d in documents if re.search(rf"\b{re.escape(name)}\b", fold(d.title))}
        if len(titled) == 1:
            return frozenset(titled)
    return frozenset()


def _kind_of_body_documents(wording: str, documents: Sequence[Document]) -> frozenset[str]:
    """The one document of the kind the question names that a body of the kind it names issued,
    the body not named ("Quy chế thi đua của bệnh viện": the only Quy chế a hospital issued; not
    "của Bệnh viện Đa khoa …", whose name the places and titles tell)."""
    typed = wording.split()
    folded = " ".join(fold(wording).split())
    heads = "|".join(re.escape(fold(head)) for head in sorted(lexicon().agency_heads, key=len, reverse=True))
    for kind in lexicon().kinds:
        for match in re.finditer(rf"\b{re.escape(fold(kind.name))}\b(?:\s+\S+){{0,6}}?\s+cua\s+({heads})\b", folded):
            following = len(folded[: match.end()].split())
            if following < len(typed) and typed[following][:1].isupper():
                continue
            issued = {
                d.doc_id for d in documents if d.kind == kind.name and fold(d.issuer).startswith(f"{match.group(1)} ")
            }
            if len(issued) == 1:
                return frozenset(issued)
    return frozenset()


def _capitalised_names(text: str) -> list[str]:
    """Runs of two or more capitalised words ("Lương Văn Tri"), folded."""
    names, run = [], []
    for word in [*re.findall(r"\w+|[^\w\s]", text), "."]:
        if word[0].isupper():
            run.append(word)
            continue
        if len(run) >= 2:
            names.append(fold(" ".join(run)))
        run = []
    return names


def _award_names(text: str, places: frozenset[str]) -> tuple[AwardName, ...]:
    """Awards named after a cue word, up to five words, up to a question word; a question word
    right after the cue ("danh hiệu nào") or a list of forms ("Huân chương, Bằng khen") names none."""
    words = question_words()
    found = []
    for match in words.award_cues.finditer(fold(text)):
        name: list[str] = []
        for word in text[match.end() :].replace('"', " ").split():
            # A question word, or punctuation right after the cue ("Huân chương, Bằng khen"): no name.
            if fold(word).strip(".,;:?!") in _GLUE or not word.strip(".,;:?!"):
                break
            name.append(word.strip(".,;:?!"))
        name = name[: _name_end(name, words.award_name_ends, places)]
        typed = f"{text[match.start() : match.end()]} {' '.join(name)}"
        cue = match.group(0) if match.group(0) in words.awards_named_after else ""
        if name and fold(name[0]) in words.award_grades:
            name, cue = name[1:], ""
        folded_name = " ".join(fold(word) for word in name[:_AWARD_WORDS])
        if len(name) >= 2 and not words.award_forms.match(folded_name):
            found.append(AwardName(typed, folded_name, cue))
    return tuple(found)


def _name_end(name: list[str], ends: frozenset[str], places: frozenset[str]) -> int:
    """Where a verb of the procedure asked about ("gửi", "đề nghị") or the name of a documents'
    place ends an award's typed name ("commemorative medal in Kon Tum", read in Vietnamese
    "kỷ niệm chương Kon Tum")."""
    lowered = [word.lower() for word in name]
    folded = [fold(word) for word in lowered]

    def ends_here(i: int) -> bool:
        return (
            lowered[i] in ends
            or " ".join(lowered[i : i + 2]) in ends
            or any(" ".join(folded[i : i + len(place.split())]) == place for place in places)
        )

    return next((i for i in range(len(name)) if ends_here(i)), len(name))


def _kind_whose_number_is_asked(folded: str) -> str:
    """The kind of document whose number the question asks: the last one named before "số mấy"
    ("Kế hoạch … thực hiện theo Quyết định số mấy"), or the one it names ("Hướng dẫn … là văn bản
    số mấy"); "" for a form's number ("mẫu số mấy") or when it names no kind."""
    asked = question_words().required["number"][0].search(folded)  # [required.number] asks
    if asked is None or "mau" in folded[: asked.end()].split():  # a form's number: "theo mẫu số mấy"
        return ""
    named = [
        (match.start(), kind.name)
        for kind in lexicon().kinds
        for match in re.finditer(rf"\b{re.escape(fold(kind.name))}\b", folded[: asked.start()])
    ]
    return max(named)[1] if named else ""


def _asks_amount(folded: str, required: frozenset[str]) -> bool:
    """Whether the question asks an amount ("bao nhiêu", "tỷ lệ"); not a document's number asked
    "số bao nhiêu" ("thực hiện kế hoạch số bao nhiêu"), which the document's number answers."""
    words = question_words()
    numbered = [m.span() for m in words.required["number"][0].finditer(folded)] if "number" in required else []
    return any(
        not any(start <= m.start() and m.end() <= end for start, end in numbered) for m in words.amount.finditer(folded)
    )

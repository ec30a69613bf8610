"""The words of the domain, as data: kinds of document, the words that number their parts, cue
words (`documents.toml`); everyday synonyms, what a question asks for, identity questions
(`questions.toml`). Loaded once from the TOML files beside this module and checked as they load, so
that a bad edit stops start-up with a message naming the file and key instead of misparsing.

Add a kind of document, a cue word or a synonym in those files; no code changes.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from knowledge.errors import ConfigError
from knowledge.text import fold, has_diacritics

_FOLDER = Path(__file__).resolve().parent


@dataclass(frozen=True)
class DocumentKind:
    name: str  # "Quy chế"
    title: str  # "QUY CHẾ", the word alone on the title line
    codes: tuple[str, ...]  # letters of its number: "QĐ" in "125/QĐ-UBND"
    label: str  # "Quy chế thi đua, khen thưởng {owner}": how users name a document of this kind
    attached: bool  # can be issued attached to a Quyết định
    subject_cue: str = ""  # "V/v": a line opening with it gives the subject of a kind with no title line


@dataclass(frozen=True)
class FactWords:
    """documents.toml [facts]: how documents word the facts ingest reads."""

    period_headings: tuple[str, ...]
    campaign_headings: tuple[str, ...]
    not_period_headings: tuple[str, ...]
    eligibility_headings: tuple[str, ...]
    dossier_headings: tuple[str, ...]
    duties_headings: tuple[str, ...]
    request_prefixes: tuple[str, ...]
    bodies: tuple[str, ...]
    standing_bodies: tuple[str, ...]
    reward_forms: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    kinds: tuple[DocumentKind, ...]
    ordinals: dict[str, int]
    parts: tuple[str, ...]
    chapters: tuple[str, ...]
    subchapters: tuple[str, ...]
    articles: tuple[str, ...]
    appendices: tuple[str, ...]
    attached_lists: tuple[str, ...]  # "danh sách": a list attached after the signature, an appendix
    attached_forms: tuple[str, ...]  # "mẫu": a form "Mẫu số 01" attached after the signature, an appendix
    header_abbreviations: dict[str, str]  # "BCH" → "BAN CHẤP HÀNH" in an issuing body's name
    header_mottos: tuple[str, ...]  # what stands beside the issuing body in a header: never the issuer
    organisations: tuple[str, ...]  # "hội": inside a body's name, it starts another proper name
    organs: tuple[str, ...]  # "ban thường vụ": a body that exists only inside the one above it in a header
    letters: tuple[str, ...]
    attached_cue: str
    signature_start: tuple[str, ...]
    agency_heads: tuple[str, ...]
    localities: tuple[str, ...]
    hyphenated_names: tuple[str, ...]  # "thi đua - khen thưởng": a line may break at the hyphen
    ranks: tuple[str, ...]  # "đại tá": written before a signer's name
    roles: re.Pattern[str]  # "KT.", "TRƯỞNG": a word of a signer's role, whole
    table_number_headers: frozenset[str]
    title_qualifiers: tuple[str, ...]  # "liên tịch": written after the kind on a title line
    paragraph_opening: re.Pattern[str]  # "Căn cứ …" at a line's start: a paragraph, not the title's rest
    facts: FactWords

    def kind_by_title(self, title: str) -> DocumentKind | None:
        """The kind whose title word is `title` (any case), alone or qualified ("KẾ HOẠCH LIÊN TỊCH"
        of a plan two bodies issue together), or None."""
        wanted = " ".join(title.split()).upper()
        titles = {wanted, *(wanted.removesuffix(f" {q.upper()}") for q in self.title_qualifiers)}
        return next((kind for kind in self.kinds if kind.title in titles), None)

    def kind_by_name(self, name: str) -> DocumentKind | None:
        wanted = name.strip().lower()
        return next((kind for kind in self.kinds if kind.name.lower() == wanted), None)

    def kind_by_code(self, code: str) -> DocumentKind | None:
        """The kind whose number code is `code` ("QĐ" → Quyết định), or None."""
        return next((kind for kind in self.kinds if code in kind.codes), None)


# The [contrasts] sets whose members are awards: forms of reward and titles, named alike in lists
# of amounts or deadlines ("a) Danh hiệu Chiến sĩ thi đua cơ sở: …; c) Giấy khen …").
AWARD_SETS = ("forms", "titles")


@dataclass(frozen=True)
class ContrastSet:
    """Things documents tell apart by name (forms of reward, titles, school levels)."""

    name: str  # "forms"
    pattern: re.Pattern[str]  # every spelling, folded, longest first (group 1)
    members: dict[str, str]  # folded spelling → the member as shown ("Huân chương")
    whole_document: bool = False  # a document that never names the asked member does not answer
    # The same with diacritics, for text that has them: "chỉ tiêu học sinh" is not "tiểu học".
    accented_pattern: re.Pattern[str] | None = None
    accented_members: dict[str, str] | None = None
    # Checked against whole documents only: their members are named in passing ("kỷ niệm 95 năm
    # Ngày thành lập Hội Liên hiệp Phụ nữ" in a trade-union plan), so no section is about another.
    document_only: bool = False
    issuing: bool = False  # its members issue documents: a document's issuer names the member it is by
    # A document naming other members and never the asked one does not answer for it (it sets the
    # rules of some school levels, of one grade of an order): one naming none may state rules for all.
    enumerated: bool = False
    # Checked only line by line, on the lines stating the asked quantity: who an award goes to is
    # named in passing everywhere ("100% cá nhân hoàn thành nhiệm vụ" in a collective's criteria).
    stated_only: bool = False

    def named_in(self, text: str) -> frozenset[str]:
        """The members `text` names (shown form)."""
        if self.accented_pattern is not None and self.accented_members is not None and has_diacritics(text):
            lowered = " ".join(text.lower().split())
            found = self.accented_pattern.finditer(lowered)
            return frozenset(self.accented_members[match.group(1)] for match in found)
        folded = " ".join(fold(text).split())
        return frozenset(self.members[match.group(1)] for match in self.pattern.finditer(folded))


@dataclass(frozen=True)
class QuestionWords:
    synonyms: dict[str, str]  # everyday phrase → the documents' phrase (accented, lower case)
    asks: dict[str, re.Pattern[str]]  # "when" / "number" / "who" / "list" → cue pattern (folded text)
    identity: dict[str, re.Pattern[str]]  # "signer" / "issue_date" / "issuer" / … → cue pattern
    # Words that make an identity cue about something else: an award after "ký", a document
    # referred to ("thực hiện theo kế hoạch số mấy").
    not_about: dict[str, re.Pattern[str]]
    # "phone" / "email" → (cue pattern on the folded question, pattern the answer must contain)
    evidence: dict[str, tuple[re.Pattern[str], re.Pattern[str]]]
    # "day" → (cue pattern, pattern the answer must show, quantities whose cue lifts the requirement)
    required: dict[str, tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]]
    steering: frozenset[str]  # required kinds a close, as sure section showing them may answer
    steering_once: frozenset[str]  # of those, the ones a document states once: a far section may answer
    steering_below: frozenset[str]  # of those, the ones a close section less sure than the best may
    steering_far: frozenset[str]  # of those, the ones a surer section ranking less close may
    steering_surer: frozenset[str]  # of those, the ones any surer section up to ratio² as close may
    steering_headed: frozenset[str]  # of those, the ones a section headed by them answers, up to ratio² as close
    not_cited: frozenset[str]  # required kinds a cited document's date does not show
    shown_kinds: frozenset[str]  # required kinds an answer must show (not those that only steer)
    picking: frozenset[str]  # required kinds that pick the sentence showing them
    by_name: dict[str, re.Pattern[str]]  # required kind → how a document shows it held by someone named
    award_cues: re.Pattern[str]  # words that introduce an award's name (folded)
    award_forms: re.Pattern[str]  # forms of reward ("bang khen"): they name no particular award
    awards_named_after: frozenset[str]  # cues a document writes right before the award's name (folded)
    award_grades: frozenset[str]  # "vang" in "huy chương vàng SEA Games": a grade, the event names it
    award_name_ends: frozenset[str]  # "gửi" in "kỷ niệm chương gửi vào email nào": the name ended before it
    rate_words: re.Pattern[str]  # "ty le", "phan dau": asking a rate, naming nothing it is a rate of
    checked_forms: re.Pattern[str]  # forms of reward and titles ([contrasts]), counted by who receives them
    contrasts: tuple[ContrastSet, ...]  # sets whose members a section must not name instead
    # "copies" / "days" / "money" … → (cue pattern on the folded question, how documents write it)
    quantities: dict[str, tuple[re.Pattern[str], re.Pattern[str]]]
    quantities_over: dict[str, frozenset[str]]  # quantity kinds that, asked, the others are not
    listable: frozenset[str]  # quantities a list asked for also answers ("gồm mấy người, là ai")
    reference_kinds: tuple[str, ...]  # "nghi quyet", "qd": words that name a document before its number
    attribution: tuple[str, ...]  # "theo": what follows is the document the asked content is from
    amount: re.Pattern[str]  # cues of a question asking an amount or a rate (folded)
    amount_each: re.Pattern[str]  # cues of an amount asked for each one (accented, lower case)
    money_words: tuple[str, ...]  # "tiền", "chi cho": the words after one name what money is for
    not_purposes: frozenset[str]  # "thưởng": words after one that name no purpose
    # A count of what was done asked (folded question) → how a statement says it was done, and the
    # kinds of documents that record what was done.
    realized: tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]
    # The replacing document asked (folded question) → what a quote writes before a replaced one's number.
    replacement: tuple[re.Pattern[str], re.Pattern[str]]
    stopwords: tuple[str, ...]  # question words and glue (accented)
    ambiguous_folded: tuple[str, ...]  # stopwords that, folded, are also content words
    accent_phrases: tuple[str, ...]  # how questions are worded, for the accent restorer
    asks_headings: dict[str, tuple[str, ...]]  # "when" → heading words of the section it names
    series_nouns: tuple[str, ...]  # "dot", "cum": nouns of numbered series (folded)
    lettered_series: tuple[str, ...]  # "giai": nouns of series graded by letter ("giải A")
    person_cues: tuple[str, ...]  # "chị", "đồng chí": words before a person's name
    negations: tuple[str, ...]  # "khong": words denying what follows (folded)
    denied_steps: tuple[str, ...]  # "xet": an award's steps a heading of exceptions denies (folded)
    destination_words: tuple[str, ...]  # "ve": words before where something goes (folded)
    row_level: str  # "cap": the word before a level ("cấp huyện"), which names a body (folded)
    row_bodies: tuple[str, ...]  # "ubnd": a body's word a question may leave out of a row's subject
    unit_heads: tuple[str, ...]  # "Chi cục", "Trung tâm": words heading a unit's name (as typed)
    units_named_alone: tuple[str, ...]  # "ấp": units a document's table lists by name alone (folded)
    place_bodies: tuple[str, ...]  # "ubnd", "ban thi đua": bodies a question follows with their place
    organisations: tuple[str, ...]  # "hội ccb": mass organisations a question follows with their place
    citing: tuple[str, ...]  # "dan", "can cu": words citing another document, whose issuer's place follows (folded)
    blocs: tuple[str, ...]  # "khoi", "cum": a level word after one names the kind of units in a bloc (folded)
    country: tuple[str, ...]  # "Việt Nam": the country's name after a national body's, no place asked
    not_place_words: frozenset[str]  # "may": typed plainly, words that ask, never a place's name
    office_heads: tuple[str, ...]  # "truong phong": offices whose deputy is another person (folded)
    deputy: str  # "pho": the word making an office its deputy's (folded)
    asking: re.Pattern[str]  # "nào", "gì", "ai" (folded): a clause without one asks nothing
    provinces: tuple[str, ...]  # "Đồng Nai": places a question names without their level
    year_periods: tuple[str, ...]  # "tong ket nam": periods a question gives a year to (folded)
    year_issued: tuple[str, ...]  # "ban hanh nam": words giving a year to a document's issuing (folded)
    counting: re.Pattern[str]  # "mấy" / "bao nhiêu" + the counted noun (group 2; folded)
    number_words: tuple[str, ...]  # "mot", "hai": numbers written in words (folded)
    other_units: tuple[str, ...]  # "bo", "ngay": a number before one is another quantity, no count
    recipients: tuple[str, ...]  # "ca nhan", "tap the": who an award is counted by (folded)
    counted_units: tuple[str, ...]  # "xa", "truong": units counted as `collectives` are (folded)
    collectives: tuple[str, ...]  # "don vi", "tap the": how documents count units of any kind
    unit_symbols: dict[str, tuple[str, ...]]  # "met" → "m": a counted unit's symbols in a column label
    shown: dict[str, re.Pattern[str]]  # "when" / "number" / "who" → how a sentence shows that fact


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path.name}: cannot be read ({error})") from error


_ANY_WORDS = r"""(?: [a-z0-9 "“”'(),/-]{0,100})?"""  # what "*" in a cue phrase stands for: words, quotes, commas, dates


@lru_cache(maxsize=64)  # the same few cue patterns, asked on every question
def cue_words(cues: re.Pattern[str]) -> frozenset[str] | None:
    """The words of a cue pattern's phrases when some phrase has a "*" (what it stands for is not
    the cue's); None when every word a match spans is the cue's."""
    if _ANY_WORDS not in cues.pattern:
        return None
    return frozenset(re.findall(r"[a-z0-9]+", cues.pattern.replace(_ANY_WORDS, " ").replace("\\b", " ")))


def _cues(phrases: object, where: str) -> re.Pattern[str]:
    """Folded cue phrases as one word-bounded pattern; "*" stands for up to 100 letters, digits,
    spaces, quotes, commas and the slashes of dates ("tổ chức lễ kỷ niệm 115 năm … ở đâu", "mức
    tiền thưởng danh hiệu “Tập thể lao động xuất sắc” … bao nhiêu", "kinh phí … ngày 08/01/2025 là
    bao nhiêu"), not across a sentence's end."""
    if not isinstance(phrases, list) or not phrases or not all(isinstance(p, str) and p.strip() for p in phrases):
        raise ConfigError(f"{where} must be a non-empty list of phrases")
    alternatives = [re.escape(p.strip()).replace(r"\ \*\ ", rf"{_ANY_WORDS} ") for p in phrases]
    return re.compile(r"\b(" + "|".join(sorted(alternatives, key=len, reverse=True)) + r")\b")


def _shown(table: dict, where: str) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Entries {asks: [cues], shown: pattern} as (cue pattern, shown pattern)."""
    try:
        return {
            kind: (_cues(entry.get("asks"), f"{where} {kind} asks"), re.compile(entry["shown"]))
            for kind, entry in table.items()
        }
    except (KeyError, TypeError, AttributeError, re.error) as error:
        raise ConfigError(f"{where} entries need `asks` and a valid `shown` pattern ({error})") from error


def load_question_words(path: Path = _FOLDER / "questions.toml") -> QuestionWords:
    """Read and check the question lexicon.

    Raises:
        ConfigError: the file is missing, not TOML, or a table is missing or malformed.
    """
    source = path.name
    data = _read(path)
    synonyms = data.get("synonyms")
    if not isinstance(synonyms, dict) or not all(isinstance(v, str) and v for v in synonyms.values()):
        raise ConfigError(f"{source}: [synonyms] must map phrases to phrases")
    asks = data.get("asks")
    identity = data.get("identity")
    if not isinstance(asks, dict) or not isinstance(identity, dict):
        raise ConfigError(f"{source}: the [asks] and [identity] tables are required")
    for phrase in [*asks.values(), *identity.values()]:
        if isinstance(phrase, list) and any(p != p.lower() or not p.isascii() for p in phrase):
            raise ConfigError(f"{source}: cue phrases are written in lower case without diacritics")
    identity_not_after = _not_after(_words(identity, "not_after", f"{source}: [identity]"))
    not_about_not_after = _not_after(_words(identity, "not_about_not_after", f"{source}: [identity]"))
    evidence = _shown(data.get("evidence", {}), f"{source}: [evidence]")
    contrasts = _contrasts(data.get("contrasts", {}), f"{source}: [contrasts]")
    quantities = _shown(data.get("quantities", {}), f"{source}: [quantities]")
    return QuestionWords(
        synonyms={k.lower(): v.lower() for k, v in synonyms.items()},
        asks={kind: _cues(phrases, f"{source}: [asks] {kind}") for kind, phrases in asks.items()},
        identity={
            kind: re.compile(identity_not_after + _cues(phrases, f"{source}: [identity] {kind}").pattern)
            for kind, phrases in identity.items()
            if not kind.endswith(("_not_about", "not_after"))
        },
        not_about={
            kind.removesuffix("_not_about"): re.compile(
                not_about_not_after + _cues(phrases, f"{source}: [identity] {kind}").pattern
            )
            for kind, phrases in identity.items()
            if kind.endswith("_not_about")
        },
        evidence=evidence,
        required={
            kind: (*_required_shown(kind, entry, f"{source}: [required]"), tuple(entry.get("unless", ())))
            for kind, entry in data.get("required", {}).items()
        },
        steering=_required_flagged(data, "steers"),
        steering_below=_required_flagged(data, "steers_below"),
        steering_once=_required_flagged(data, "stated_once"),
        steering_far=_required_flagged(data, "steers_far"),
        steering_surer=_required_flagged(data, "steers_surer"),
        steering_headed=_required_flagged(data, "headed_answers"),
        not_cited=_required_flagged(data, "not_cited"),
        shown_kinds=frozenset(kind for kind, entry in data.get("required", {}).items() if entry.get("must_show", True)),
        picking=_required_flagged(data, "picks_sentence"),
        by_name={
            kind: _pattern(entry, "by_name", f"{source}: [required.{kind}]")
            for kind, entry in data.get("required", {}).items()
            if "by_name" in entry
        },
        quantities=quantities,
        quantities_over={
            kind: frozenset(_words(entry, "over", f"{source}: [quantities.{kind}]"))
            for kind, entry in data.get("quantities", {}).items()
            if "over" in entry
        },
        listable=frozenset(kind for kind, entry in data.get("quantities", {}).items() if entry.get("listable")),
        award_cues=_cues(data.get("awards", {}).get("cues"), f"{source}: [awards] cues"),
        award_forms=_cues(data.get("awards", {}).get("forms"), f"{source}: [awards] forms"),
        awards_named_after=frozenset(_words(data.get("awards", {}), "named_after", f"{source}: [awards]")),
        award_grades=frozenset(_words(data.get("awards", {}), "grades", f"{source}: [awards]")),
        award_name_ends=frozenset(_words(data.get("awards", {}), "name_ends", f"{source}: [awards]")),
        rate_words=_cues(data.get("rates", {}).get("not_subject"), f"{source}: [rates] not_subject"),
        checked_forms=_cues(
            [member for name in AWARD_SETS for member in contrasts[name].members],
            f"{source}: [contrasts] forms and titles",
        ),
        contrasts=tuple(contrasts.values()),
        reference_kinds=_words(data.get("references", {}), "kinds", f"{source}: [references]"),
        attribution=_words(data.get("references", {}), "attribution", f"{source}: [references]"),
        amount=_cues(data.get("amount", {}).get("asks"), f"{source}: [amount] asks"),
        amount_each=_cues(data.get("amount", {}).get("each"), f"{source}: [amount] each"),
        money_words=_words(data.get("amount", {}), "money_words", f"{source}: [amount]"),
        not_purposes=frozenset(_words(data.get("amount", {}), "not_purposes", f"{source}: [amount]")),
        realized=_realized(data.get("realized", {}), f"{source}: [realized]"),
        replacement=(
            _pattern(data.get("replacement", {}), "asks", f"{source}: [replacement]"),
            _pattern(data.get("replacement", {}), "replaced", f"{source}: [replacement]"),
        ),
        stopwords=_words(data.get("stopwords", {}), "words", f"{source}: [stopwords]"),
        ambiguous_folded=_words(data.get("stopwords", {}), "ambiguous_folded", f"{source}: [stopwords]"),
        accent_phrases=_words(data.get("accents", {}), "phrases", f"{source}: [accents]"),
        asks_headings={
            kind: _words({"words": words}, "words", f"{source}: [asks_headings] {kind}")
            for kind, words in data.get("asks_headings", {}).items()
        },
        series_nouns=_words(data.get("ordinals", {}), "nouns", f"{source}: [ordinals]"),
        lettered_series=_words(data.get("ordinals", {}), "lettered", f"{source}: [ordinals]"),
        person_cues=_words(data.get("people", {}), "cues", f"{source}: [people]"),
        negations=_words(data.get("negations", {}), "words", f"{source}: [negations]"),
        denied_steps=_words(data.get("negations", {}), "denied_steps", f"{source}: [negations]"),
        destination_words=_words(data.get("rows", {}), "destination", f"{source}: [rows]"),
        row_level=str(data.get("rows", {}).get("level", "")),
        row_bodies=_words(data.get("rows", {}), "bodies", f"{source}: [rows]"),
        unit_heads=_names(data.get("units", {}), "heads", f"{source}: [units]"),
        units_named_alone=tuple(fold(w) for w in _words(data.get("units", {}), "named_alone", f"{source}: [units]")),
        place_bodies=_words(data.get("places", {}), "bodies", f"{source}: [places]"),
        organisations=_words(data.get("places", {}), "organisations", f"{source}: [places]"),
        citing=_words(data.get("places", {}), "citing", f"{source}: [places]"),
        blocs=_words(data.get("places", {}), "blocs", f"{source}: [places]"),
        country=_names(data.get("places", {}), "country", f"{source}: [places]"),
        not_place_words=frozenset(_words(data.get("places", {}), "not_names", f"{source}: [places]")),
        office_heads=_words(data.get("offices", {}), "heads", f"{source}: [offices]"),
        deputy=str(data.get("offices", {}).get("deputy", "")),
        asking=_cues(data.get("clauses", {}).get("asking"), f"{source}: [clauses] asking"),
        provinces=_names(data.get("places", {}), "provinces", f"{source}: [places]"),
        year_periods=_words(data.get("years", {}), "periods", f"{source}: [years]"),
        year_issued=_words(data.get("years", {}), "issued", f"{source}: [years]"),
        counting=_counting(data.get("counting", {}), f"{source}: [counting]"),
        number_words=_words(data.get("counting", {}), "numbers", f"{source}: [counting]"),
        other_units=_words(data.get("counting", {}), "other_units", f"{source}: [counting]"),
        recipients=_words(data.get("counting", {}), "recipients", f"{source}: [counting]"),
        counted_units=_words(data.get("counting", {}), "units", f"{source}: [counting]"),
        collectives=_words(data.get("counting", {}), "collectives", f"{source}: [counting]"),
        unit_symbols={
            unit: _words({"words": symbols}, "words", f"{source}: [counting.symbols] {unit}")
            for unit, symbols in data.get("counting", {}).get("symbols", {}).items()
        },
        shown=_patterns(data.get("shown"), f"{source}: [shown]"),
    )


def _contrasts(table: dict, where: str) -> dict[str, ContrastSet]:
    whole, only, issuing, enumerated, stated = (table.get(key, []) for key in _CONTRAST_LISTS)
    sets = {
        name: replace(
            _contrast(name, members, f"{where} {name}", name in whole or name in only, name in only),
            issuing=name in issuing,
            enumerated=name in enumerated,
            stated_only=name in stated,
        )
        for name, members in table.items()
        if name not in _CONTRAST_LISTS
    }
    listed = set(whole) | set(only) | set(issuing) | set(enumerated) | set(stated)
    if not set(AWARD_SETS) <= set(sets) or not listed <= set(sets):
        raise ConfigError(
            f"{where} needs `forms` and `titles` sets, and {', '.join(_CONTRAST_LISTS)} may name only its sets"
        )
    return sets


_CONTRAST_LISTS = ("whole_document", "document_only", "issuing", "enumerated", "stated_only")


def _contrast(name: str, members: object, where: str, whole_document: bool, document_only: bool) -> ContrastSet:
    if not isinstance(members, list) or len(members) < 2:
        raise ConfigError(f"{where} must list two or more members")
    spellings: dict[str, str] = {}
    accented: dict[str, str] = {}
    for member in members:
        if not isinstance(member, list) or not member or not all(isinstance(s, str) and s.strip() for s in member):
            raise ConfigError(f"{where}: each member is a non-empty list of spellings")
        spellings.update({" ".join(fold(spelling).split()): member[0] for spelling in member})
        accented.update({" ".join(spelling.lower().split()): member[0] for spelling in member})
    alternatives = "|".join(re.escape(spelling) for spelling in sorted(accented, key=len, reverse=True))
    accented_pattern = re.compile(rf"(?<!\w)({alternatives})(?!\w)")
    return ContrastSet(
        name, _cues(list(spellings), where), spellings, whole_document, accented_pattern, accented, document_only
    )


def _required_shown(kind: str, entry: dict, where: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(cue, shown) of a [required] entry; a cue right after a `not_after` word does not count
    ("hồ sơ mấy ngày" folds to "ho so may", which is not "số mấy")."""
    cue, shown = _shown({kind: entry}, where)[kind]
    return re.compile(_not_after(entry.get("not_after", ())) + cue.pattern), shown


def _not_after(words: Iterable[str]) -> str:
    """A pattern prefix: what follows does not come right after one of `words`."""
    return "".join(rf"(?<!\b{re.escape(word)} )" for word in words)


def _counting(table: dict, where: str) -> re.Pattern[str]:
    cues = _cues(table.get("asks"), f"{where} asks").pattern
    not_counted = "|".join(_words(table, "not_counted", where))
    not_after = _not_after(_words(table, "not_after", where))
    classifiers = "|".join(_words(table, "classifiers", where))
    # The counted noun may be a unit with digits ("bao nhiêu m2"); a classifier before it is skipped.
    return re.compile(rf"{not_after}{cues} (?:(?:{classifiers}) )?(?!(?:{not_counted})\b)([a-z][a-z0-9]*)")


def _realized(table: dict, where: str) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    try:
        return re.compile(table["asks"]), re.compile(table["shown"]), frozenset(_words(table, "kinds", where))
    except (KeyError, TypeError, re.error) as error:
        raise ConfigError(f"{where} needs `asks` and `shown` patterns and `kinds` ({error})") from error


def _pattern(table: dict, key: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(table[key])
    except (KeyError, TypeError, re.error) as error:
        raise ConfigError(f"{where} needs a valid `{key}` pattern ({error})") from error


def _patterns(table: object, where: str) -> dict[str, re.Pattern[str]]:
    if not isinstance(table, dict) or not table:
        raise ConfigError(f"{where} must map kinds of fact to patterns")
    try:
        return {kind: re.compile(pattern) for kind, pattern in table.items()}
    except (TypeError, re.error) as error:
        raise ConfigError(f"{where} has an invalid pattern ({error})") from error


@lru_cache(maxsize=1)
def question_words() -> QuestionWords:
    """The shipped question lexicon, loaded once per process."""
    return load_question_words()


def _names(table: dict, key: str, source: str, what: str = "names") -> tuple[str, ...]:
    """Proper names as written ("Đồng Nai")."""
    value = table.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(w, str) and w.strip() for w in value):
        where = source if "[" in source else f"{source}: [structure]"
        raise ConfigError(f"{where} {key} must be a non-empty list of {what}")
    return tuple(w.strip() for w in value)


def _words(table: dict, key: str, source: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _names(table, key, source, "words"))


def _kind(entry: dict, source: str) -> DocumentKind:
    try:
        kind = DocumentKind(
            name=str(entry["name"]),
            title=str(entry["title"]),
            codes=tuple(str(code) for code in entry["codes"]),
            label=str(entry["label"]),
            attached=bool(entry["attached"]),
            subject_cue=str(entry.get("subject_cue", "")),
        )
    except (KeyError, TypeError) as error:
        raise ConfigError(f"{source}: a [[kinds]] entry lacks or mistypes {error}") from error
    if "{owner}" not in kind.label:
        raise ConfigError(f"{source}: the label of kind {kind.name!r} must contain {{owner}}")
    if kind.title != kind.title.upper() or kind.title.lower() != kind.name.lower():
        raise ConfigError(f"{source}: kind {kind.name!r} must have its name in capitals as title")
    return kind


def load_lexicon(path: Path = _FOLDER / "documents.toml") -> Lexicon:
    """Read and check the lexicon file.

    Raises:
        ConfigError: the file is missing, not TOML, or a key is missing or malformed.
    """
    source = path.name
    data = _read(path)
    kinds = tuple(_kind(entry, source) for entry in data.get("kinds", []))
    if not kinds:
        raise ConfigError(f"{source}: no [[kinds]] of document")
    names = [kind.name for kind in kinds]
    if len(set(names)) != len(names):
        raise ConfigError(f"{source}: a kind of document is listed twice")
    structure = data.get("structure")
    if not isinstance(structure, dict):
        raise ConfigError(f"{source}: the [structure] table is missing")
    ordinals = structure.get("ordinals")
    if not isinstance(ordinals, dict) or not all(isinstance(v, int) and v > 0 for v in ordinals.values()):
        raise ConfigError(f"{source}: [structure] ordinals must map words to positive numbers")
    letters = str(structure.get("letters", "")).split()
    if len(letters) < 5:
        raise ConfigError(f"{source}: [structure] letters must list the alphabet of points")
    cue = str(structure.get("attached_cue", "")).strip().lower()
    if not cue:
        raise ConfigError(f"{source}: [structure] attached_cue is missing")
    return Lexicon(
        kinds=kinds,
        ordinals={word.lower(): value for word, value in ordinals.items()},
        parts=_words(structure, "parts", source),
        chapters=_words(structure, "chapters", source),
        subchapters=_words(structure, "subchapters", source),
        articles=_words(structure, "articles", source),
        appendices=_words(structure, "appendices", source),
        attached_lists=_words(structure, "attached_lists", source),
        attached_forms=_words(structure, "attached_forms", source),
        header_abbreviations={str(k): str(v) for k, v in structure.get("header_abbreviations", {}).items()},
        header_mottos=_names(structure, "header_mottos", f"{source}: [structure]"),
        organisations=_words(structure, "organisations", source),
        organs=_words(structure, "organs", source),
        letters=tuple(letters),
        attached_cue=cue,
        signature_start=_words(structure, "signature_start", source),
        agency_heads=_words(structure, "agency_heads", source),
        localities=_words(structure, "localities", source),
        hyphenated_names=_words(structure, "hyphenated_names", source),
        ranks=_words(structure, "ranks", source),
        roles=re.compile("|".join(rf"(?<!\w){re.escape(role)}(?!\w)" for role in _names(structure, "roles", source))),
        table_number_headers=frozenset(_words(structure, "table_number_headers", source)),
        title_qualifiers=_words(structure, "title_qualifiers", source),
        paragraph_opening=_pattern(structure, "paragraph_opening", f"{source}: [structure]"),
        facts=_fact_words(data.get("facts"), source),
    )


def _fact_words(table: object, source: str) -> FactWords:
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: the [facts] table is missing")
    where = f"{source}: [facts]"
    # Words matched as written keep their case ("Phòng", "Đề nghị").
    as_written = {"request_prefixes", "bodies", "standing_bodies", "reward_forms"}
    words = {
        key: tuple(w.strip() for w in table.get(key, [])) if key in as_written else _words(table, key, where)
        for key in FactWords.__dataclass_fields__
    }
    for key in as_written:
        if not words[key] or not all(words[key]):
            raise ConfigError(f"{where} {key} must be a non-empty list of words")
    return FactWords(**words)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon, loaded once per process."""
    return load_lexicon()


@lru_cache(maxsize=1)
def english_words() -> dict[str, str]:
    """English question words → the documents' Vietnamese (english.toml), longest phrase first."""
    path = _FOLDER / "english.toml"
    words = _read(path).get("words")
    if not isinstance(words, dict) or not all(isinstance(v, str) and v for v in words.values()):
        raise ConfigError(f"{path.name}: [words] must map English words to Vietnamese")
    return dict(sorted(((k.lower(), v) for k, v in words.items()), key=lambda item: -len(item[0])))


@lru_cache(maxsize=1)
def english_trailing_words() -> tuple[str, ...]:
    """Vietnamese question words that end a question ("gửi hồ sơ ở đâu") though their English ones
    open it ("Where do I send …"): moved to the end of a translated question."""
    path = _FOLDER / "english.toml"
    return _words(_read(path).get("order", {}), "trailing", f"{path.name}: [order]")


@lru_cache(maxsize=1)
def english_conjunctions() -> tuple[dict[str, str], tuple[str, ...]]:
    """English question words that, inside a question, join a clause instead ("… prepare when it
    proposes …": "khi", not "khi nào"), and the words after which they still ask ("until when")."""
    path = _FOLDER / "english.toml"
    table = _read(path).get("conjunctions", {})
    words = table.get("words") if isinstance(table, dict) else None
    if not isinstance(words, dict) or not all(isinstance(v, str) and v for v in words.values()):
        raise ConfigError(f"{path.name}: [conjunctions.words] must map English words to Vietnamese")
    return {k.lower(): v for k, v in words.items()}, _words(table, "not_after", f"{path.name}: [conjunctions]")


@lru_cache(maxsize=1)
def english_object_questions() -> tuple[str, ...]:
    """How an English question opens when "who" asks whom someone acts on ("who should … contact"):
    its Vietnamese "ai" goes to the end."""
    path = _FOLDER / "english.toml"
    return _words(_read(path).get("order", {}), "object_questions", f"{path.name}: [order]")


@lru_cache(maxsize=1)
def english_question_words() -> frozenset[str]:
    """English words that only ask ("what", "which", "how many"): a question translated in these
    alone was not understood."""
    path = _FOLDER / "english.toml"
    return frozenset(_words(_read(path).get("question", {}), "words", f"{path.name}: [question]"))


@lru_cache(maxsize=1)
def english_either_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """English names of more than one Vietnamese award ("certificate of merit": Bằng khen or Giấy
    khen), which a question using them asks about either, unless it has one of the words after them
    (a province's is a Bằng khen)."""
    path = _FOLDER / "english.toml"
    table = _read(path).get("either", {})
    where = f"{path.name}: [either]"
    return frozenset(_words(table, "words", where)), _words(table, "not_with", where)


@lru_cache(maxsize=1)
def english_either_levels() -> dict[str, tuple[str, ...]]:
    """English level words naming more than one Vietnamese level ("district": huyện or quận), with
    those levels, the first the usual one."""
    path = _FOLDER / "english.toml"
    table = _read(path).get("either", {}).get("levels", {})
    if not isinstance(table, dict) or not all(isinstance(v, list) and v for v in table.values()):
        raise ConfigError(f"{path.name}: [either.levels] must map English words to lists of levels")
    return {k.lower(): tuple(str(level) for level in v) for k, v in table.items()}


@lru_cache(maxsize=1)
def english_function_words() -> frozenset[str]:
    """English words that carry no content ("the", "of", "should"): dropped from a question asked
    in English, since some are also Vietnamese syllables without diacritics ("to", "an")."""
    path = _FOLDER / "english.toml"
    return frozenset(_words(_read(path).get("function", {}), "words", f"{path.name}: [function]"))


def _required_flagged(data: dict, flag: str) -> frozenset[str]:
    """The [required] kinds whose entry sets `flag`."""
    return frozenset(kind for kind, entry in data.get("required", {}).items() if entry.get(flag))

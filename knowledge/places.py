"""Which documents a question points at by naming their place ("Bắc Sơn", "tinh Lang Son", "xã").

Matching is on accent-folded text so unaccented questions work. A name with its level ("huyện
Đình Lập") or alone ("Đình Lập") selects the documents of that locality; a bare level word
("cấp tỉnh", "của xã") only hints, and only when it designates exactly one document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from knowledge.keyword import is_stopword
from knowledge.lexicon import lexicon, question_words
from knowledge.schema import Document
from knowledge.synonyms import typed_abbreviations
from knowledge.text import capitalised_ending, fold, has_diacritics

# Words after which a level word names the level of the document's place ("của huyện", "toàn tỉnh");
# after "cấp" it gives the level of an award, a title or a contest ("Chiến sĩ thi đua cấp tỉnh",
# "hộ sản xuất, kinh doanh giỏi cấp huyện"), which any document may set out.
_LEVEL_CUES = r"(?:cua|o|tai|ubnd|uy ban nhan dan|ke hoach|trong|toan)"


_VOWEL = re.compile(r"[aeiouy]")


def _split_locality(locality: str) -> tuple[str, str]:
    folded = fold(locality)
    for level in (fold(level) for level in lexicon().localities):
        if folded.startswith(level + " "):
            return level, folded[len(level) + 1 :]
    return "", folded


def place_names(documents: Iterable[Document]) -> frozenset[str]:
    """The names of the documents' places without their level, folded ("kon tum")."""
    return frozenset(name for document in documents if (name := _split_locality(document.locality)[1]))


def _contains(haystack: str, needle: str) -> bool:
    # The substring test first: whole documents are scanned for many names on every question.
    return bool(needle) and needle in haystack and re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


def named_documents(question: str, documents: Iterable[Document]) -> set[str]:
    """Ids of documents whose locality name appears in `question`.

    When the question names a place with its level ("tỉnh Lạng Sơn"), documents of that exact
    level and name win over documents that merely share the name.
    """
    folded = _without_cited_issuers(fold(question))
    levels = [fold(level) for level in lexicon().localities]
    by_name: dict[str, str] = {}  # id → the place's name
    by_level_and_name: dict[str, str] = {}
    for document in documents:
        level, name = _split_locality(document.locality)
        # "Công ty Hòa Cầm", "BV Ngã Bảy": a body named by its own name, not its place's.
        if _contains(folded, _own_name(document.issuer, document.locality)):
            by_name[document.doc_id] = ""
        if not _contains(folded, name):
            continue
        if level and _contains(folded, f"{level} {name}"):
            by_level_and_name[document.doc_id] = name
        # "huyện Cao Lãnh" is not "thành phố Cao Lãnh": the same name at another level is another place.
        elif not any(_contains(folded, f"{other} {name}") for other in levels if other != level):
            by_name[document.doc_id] = name
    # Another place named without its level is named too ("van quan … chi thi cua ubnd tinh lang son").
    levelled = set(by_level_and_name.values())
    named = {*by_level_and_name, *(doc_id for doc_id, name in by_name.items() if name not in levelled)}
    return named or _abbreviated(question, documents)


@cache
def _cited_issuer() -> re.Pattern[str]:
    """ "dan chi thi nao cua chu tich ubnd tinh lang son": a document cited, asked by its issuer, and
    the words naming the issuer (up to six, within the clause)."""
    citing = "|".join(map(re.escape, question_words().citing))
    kinds = "|".join(re.escape(fold(kind.name).lower()) for kind in lexicon().kinds)
    return re.compile(
        rf"\b(?:{citing}) (?:{kinds})(?: so [\w/.-]+)?(?: nao| so may| so bao nhieu)? cua((?: [^\s,.;?]+){{1,6}})"
    )


def _without_cited_issuers(folded: str) -> str:
    """The folded question without the issuer of a document it cites."""
    return _cited_issuer().sub(lambda match: match.group(0)[: match.start(1) - match.start()], folded)


@lru_cache(maxsize=1024)
def _own_name(issuer: str, locality: str) -> str:
    """The proper name a body's name ends with before its place, folded: its last two or more
    capitalised words ("hoa cam" of "Công ty Cổ phần thiết bị điện Hòa Cầm", "nga bay" of "Bệnh viện
    Đa khoa khu vực Ngã Bảy tỉnh Hậu Giang"), unless they open with a body's head noun ("Hội LHPN"),
    or ""."""
    name = capitalised_ending(issuer.removesuffix(locality).split() if locality else issuer.split())
    heads = (*lexicon().agency_heads, *lexicon().organisations)
    # "Trường THCS Lý Tự Trọng": the head noun and a level's acronym before the name are no part of it.
    while name and (name[0].lower() in heads or name[0].isupper()):
        name = name[1:]
    if len(name) < 2 or " ".join(name[:2]).lower() in heads:
        return ""
    return fold(" ".join(name))


def _initials(name: str) -> str:
    """ "HY" for "hung yen": how officials abbreviate a place of two or more syllables."""
    words = name.split()
    return "".join(word[0] for word in words).upper() if len(words) > 1 else ""


def _abbreviated(question: str, documents: Iterable[Document]) -> set[str]:
    """Documents whose place the question abbreviates after a level, a body or "ở"/"tại"/"của"
    ("ngành giáo dục HY"), or opening the question ("QB hạn chót …") unless the letters are an
    abbreviation officials type for something else ("HS", "BK"); alone elsewhere, "TN" may as well
    be "thanh niên"."""
    by_initials: dict[str, set[str]] = {}
    for document in documents:
        initials = _initials(_split_locality(document.locality)[1])
        if initials:
            by_initials.setdefault(initials, set()).add(document.doc_id)
    found: set[str] = set()
    for match in _ABBREVIATION.finditer(question):
        before = fold(question[: match.start()]).split()[-3:]
        after_cue = bool(before) and (
            before[-1] in _ABBREVIATION_CUES
            or any(_contains(" ".join(before), fold(cue)) for cue in (*lexicon().localities, *_place_bodies()))
        )
        # Opening the question as its subject ("QB hạn chót …"), not as a label ("ĐT: 0216 …").
        subject = re.match(r" [^\W\d_]", question[match.end() :]) is not None
        opening = not before and subject and fold(match.group(0)) not in typed_abbreviations()
        if after_cue or opening:
            found |= by_initials.get(fold(match.group(0)).upper(), set())
    return found


_ABBREVIATION = re.compile(r"(?<!\w)[A-ZĐ]{2,3}(?!\w)")


_ABBREVIATION_CUES = {"o", "tai", "cua"}


def level_hinted_documents(question: str, documents: Sequence[Document]) -> set[str]:
    """The one document whose administrative level the question names, if exactly one has it."""
    folded = fold(question)
    matches: dict[str, set[str]] = {}
    for document in documents:
        level, _ = _split_locality(document.locality)
        if level:
            matches.setdefault(level, set()).add(document.doc_id)
    # "xã hội", "tính" …: a level word counts only after a word that makes it a level; followed by
    # a capitalised name ("ở xã Hồng Lý"), or by the name of a place a document writes, typed in
    # lower case ("ubnd xa nghia loi"), it names another place, not the level.
    typed = question.split()

    @cache  # the documents' places are read only once a level is named
    def written() -> frozenset[str]:
        return frozenset(place for document in documents for place in _written_places(document.text))

    def names_level(level: str) -> bool:
        for match in re.finditer(rf"\b{_LEVEL_CUES} {level}\b", folded):
            if _conferred_by().search(folded[: match.start()]):
                continue
            following = len(folded[: match.end()].split())
            if " ".join([level, *folded[match.end() :].split()[:2]]) in written():
                continue
            if following >= len(typed) or not typed[following][:1].isupper():
                return True
        return False

    hinted = [ids for level, ids in matches.items() if names_level(level)]
    if len(hinted) == 1 and len(hinted[0]) == 1:
        return hinted[0]
    return set()


@lru_cache(maxsize=1)
def _conferred_by() -> re.Pattern[str]:
    """An award and "của" ending the text before a level ("Cờ thi đua của UBND tỉnh", "Bằng khen của
    Chủ tịch UBND tỉnh"): the level of who confers it, not of the document asked about (folded)."""
    return re.compile(rf"{question_words().award_forms.pattern} cua(?: chu tich)? $")


@lru_cache(maxsize=256)
def _folded(text: str) -> str:
    """A document's text folded, on one line: read on every question, folded once per text."""
    return " ".join(fold(text).split())


@lru_cache(maxsize=256)
def _written_places(text: str) -> frozenset[str]:
    """The places a document writes with their level and a capitalised name, folded ("tinh thai
    nguyen"), with the name's first two syllables."""
    levels = "|".join(sorted(lexicon().localities, key=len, reverse=True))
    found = re.finditer(rf"(?i:\b({levels}))\s+([A-ZĐ][^\W\d_]*\s+[A-ZĐ][^\W\d_]*)", text)
    return frozenset(f"{fold(match.group(1))} {fold(match.group(2))}" for match in found)


def _place_bodies() -> list[str]:
    """Bodies a question names with their place after them ([places] bodies and the departments)."""
    departments = next((c for c in question_words().contrasts if c.name == "departments"), None)
    spellings = list(departments.accented_members or departments.members) if departments else []
    return [*question_words().place_bodies, *question_words().organisations, *spellings]


@lru_cache(maxsize=1)
def _provinces() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every province, folded, longest first; folded name → the name as written."""
    names = {fold(province): province for province in question_words().provinces}
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b"), names


def _provinces_named(question: str) -> list[str]:
    """Provinces the question names in capitals without their level ("in Đồng Nai", "Dong Nai:")."""
    folded = fold(question)
    if len(folded) != len(question):  # the capitals are read off the question at the same offsets
        return []
    pattern, names = _provinces()
    typed = ((match.group(0), question[match.start() : match.end()]) for match in pattern.finditer(folded))
    return list(dict.fromkeys(names[name] for name, words in typed if all(w[0].isupper() for w in words.split())))


def _units_of_known_place(question: str, level_at: int, name: str, texts: Sequence[str]) -> bool:
    """ "Công an các huyện Hà Nam": a plural level word before a name speaks of the units of that
    place (the province Hà Nam), which is known when a document names it at any level."""
    before = fold(question[:level_at]).split()
    if not before or before[-1] != "cac":
        return False
    return any(_contains(text, f"{fold(level)} {name}") for text in texts for level in lexicon().localities)


def _after_a_level(question: str, level_at: int) -> bool:
    """ "phường, xã Chí Linh": a level word right after another is one of the kinds of units of the
    place named, not a place of that level; so is one right after a bloc ("khối phường Đức Phổ": the
    bloc of the wards of thị xã Đức Phổ, `[places] blocs`)."""
    before = fold(question[:level_at])
    blocs = "|".join(map(re.escape, question_words().blocs))
    return bool(
        re.search(rf"\b(?:{_folded_levels()}),?\s*$", before)
        or (blocs and re.search(rf"\b(?:{blocs})(?: thi dua)?(?: cac)?\s*$", before))
    )


def _listed_as_row(text: str, name: str) -> bool:
    """Whether a folded document lists the place as a table row's first cell ("- tam hop - muc tieu
    …", "| tam hop |"): a district's table of its communes names them without their level."""
    return name in text and re.search(rf"(?:^|\s)- {re.escape(name)} - |\|\s*{re.escape(name)}\s*\|", text) is not None


@lru_cache(maxsize=1)
def _folded_levels() -> str:
    return "|".join(sorted((re.escape(fold(level)) for level in lexicon().localities), key=len, reverse=True))


def unknown_places(
    question: str, documents: Sequence[Document], known_pairs: frozenset[str] = frozenset()
) -> list[str]:
    """Places the question names that no document mentions: the knowledge base cannot answer for
    them. A province is one by its name written in capitals ("in Đồng Nai"); another place is a
    level word and a name: capitalised ("thành phố Thái Nguyên", known only if some document
    names that level and name together), or, typed in lower case without diacritics
    ("huyen trang dinh"), two words after the level that the knowledge base never writes together
    (`known_pairs`: its folded word pairs, "a b")."""
    levels = "|".join(sorted(lexicon().localities, key=len, reverse=True))
    texts = [_folded(document.text) for document in documents]
    unknown = []
    name = r"([A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})"
    for match in re.finditer(rf"(?i:\b({levels}))\s+{name}", question):
        level, place_name = fold(match.group(1)), fold(match.group(2))
        if _units_of_known_place(question, match.start(), place_name, texts) or _after_a_level(question, match.start()):
            continue
        # "UBND các huyện Vị Xuyên, Bắc Quang, …" names huyện Bắc Quang too.
        listed = re.compile(rf"\bcac {re.escape(level)} [^.;:()]{{0,80}}?\b{re.escape(place_name)}\b")
        if not any(
            _contains(text, f"{level} {place_name}") or listed.search(text) or _listed_as_row(text, place_name)
            for text in texts
        ):
            unknown.append(f"{match.group(1).lower()} {match.group(2)}")
    # "Sở Y tế Hòa Bình": a body followed by its place, known when a document is about that place
    # or writes it with a level ("tỉnh Hòa Bình"); "hòa bình" alone is also a word.
    bodies = "|".join(re.escape(body) for body in sorted(_place_bodies(), key=len, reverse=True))
    names = {_split_locality(document.locality)[1] for document in documents}
    initials = {_initials(name) for name in names}
    for match in re.finditer(rf"(?i:\b(?:{bodies}))\s+{name}", question):
        place = fold(match.group(1))
        if fold(match.group(1)).upper() in initials:  # "ngành giáo dục HY": a known place, abbreviated
            continue
        if place in {fold(country) for country in question_words().country}:
            continue
        # "… khen thưởng Tỉnh Hội": a name opening with a level is read as a level and a name, above.
        if place.split()[0] in {fold(level) for level in lexicon().localities}:
            continue
        # "Hội Cựu chiến binh Việt Nam": the body with that name is written.
        with_level = [f"{fold(level)} {place}" for level in lexicon().localities] + [fold(match.group(0))]
        if place not in names and not any(_contains(text, p) for text in texts for p in with_level):
            unknown.append(match.group(1))
    # Typed without capitals: a document's place name at another level ("huyen cao lanh" where only
    # thành phố Cao Lãnh has a document) that no document writes.
    folded = fold(question)
    # Typed with diacritics, a level is written with them: "cơ quan Văn Quan" names no quận.
    lowered = question.lower() if has_diacritics(question) else ""
    for document in documents:
        level, name = _split_locality(document.locality)
        for typed, other in ((other, fold(other)) for other in lexicon().localities if fold(other) != level):
            place = f"{other} {name}"
            # The documents are scanned only for a place the question names (this runs on every question).
            if not _contains(folded, place) or place in {fold(u) for u in unknown}:
                continue
            if lowered and not any(
                fold(lowered[m.end() :]).lstrip().startswith(name) for m in re.finditer(rf"\b{typed}\b", lowered)
            ):
                continue
            if _contains(folded, f"cac {place}"):  # "các huyện Hà Nam": the districts of tỉnh Hà Nam
                continue
            if any(_after_a_level(folded, m.start()) for m in re.finditer(rf"\b{re.escape(place)}\b", folded)):
                continue
            if not any(_contains(text, place) for text in texts):
                unknown.append(place)
    unknown += [name for name in _provinces_named(question) if not any(_contains(text, fold(name)) for text in texts)]
    if unknown or has_diacritics(question) or not known_pairs:
        return unknown
    written = {place for document in documents for place in _written_places(document.text)}
    asking = question_words().not_place_words
    for match in re.finditer(rf"\b({_folded_levels()}) ([a-z]+) ([a-z]+)\b", fold(question)):
        name = f"{match.group(2)} {match.group(3)}"
        if _units_of_known_place(question, match.start(), name, texts) or _after_a_level(fold(question), match.start()):
            continue
        # "phuong xa dai tu": the kinds of units of the place named after them.
        if re.match(rf"(?:{_folded_levels()})\b", name):
            continue
        # "cong an tinh nop may bo": "mấy" asks, it names no place; nor does an abbreviation, a word
        # without a vowel ("cap tinh ho sxkd gioi": hộ sản xuất, kinh doanh giỏi cấp tỉnh).
        if asking & {match.group(2), match.group(3)} or not all(_VOWEL.search(w) for w in match.group(2, 3)):
            continue
        # "thanh pho thai nguyen" where the documents write only "tỉnh Thái Nguyên": a place named at
        # a level no document gives it.
        if any(place.endswith(f" {name}") for place in written):
            if f"{match.group(1)} {name}" not in written:
                unknown.append(f"{match.group(1)} {name}")
            continue
        # "huyen dak to" where only huyện Đăk Hà has a document: another place of the same first syllable.
        if name not in names and any(known.split()[0] == match.group(2) for known in names if " " in known):
            if not any(_contains(text, f"{match.group(1)} {name}") for text in texts):
                unknown.append(f"{match.group(1)} {name}")
            continue
        if is_stopword(match.group(2), accented=False) or is_stopword(match.group(3), accented=False):
            continue
        # "ke hoach kinh te xa hoi may thang": the documents write "xa hoi" (xã hội), no place.
        if f"{match.group(1)} {match.group(2)}" in known_pairs:
            continue
        if name not in known_pairs:
            unknown.append(f"{match.group(1)} {name}")
    return unknown

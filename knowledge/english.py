"""Questions written in English: told apart from unaccented Vietnamese, and given the documents'
Vietnamese words (knowledge/lexicon/english.toml) so that search and the cue phrases work. The
answer stays Vietnamese, quoted from the documents."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from knowledge.lexicon import (
    english_conjunctions,
    english_either_levels,
    english_either_words,
    english_function_words,
    english_object_questions,
    english_question_words,
    english_trailing_words,
    english_words,
    lexicon,
)
from knowledge.text import fold, has_diacritics, syllables

_MIN_WORDS = 3
_ENGLISH_SHARE = 0.5
_UNKNOWN_WORDS = 2
# A name quoted in the documents' words ("Who decides the 'Tập thể lao động xuất sắc' title?"),
# or glossed in brackets ("the provincial emulation flag (Cờ thi đua)").
_QUOTED = re.compile(r"(?:(?<=\s)|^)[\"'“‘][^\"'“”‘’]{1,80}[\"'”’](?!\w)|\([^()]{1,80}\)")


def looks_english(question: str, vocabulary: Container[str]) -> bool:
    """True when most words of a question without diacritics are unknown to the knowledge base and
    at least one is a listed English word: "What is the deadline…" (not "ho so gui ve dau"). Names
    in capitals or in quotes may be written in Vietnamese."""
    question = _QUOTED.sub(" ", question)
    words = syllables(question)
    if has_diacritics(_without_names(question)) or len(words) < _MIN_WORDS:
        return False
    listed, function = english_words(), english_function_words()
    # English function words ("do", "the", "in") are also syllables of Vietnamese typed without
    # diacritics: they count as English, not as known words.
    english = sum(1 for w in words if w not in vocabulary or w in function)
    return english / len(words) >= _ENGLISH_SHARE and any(w in listed for w in words)


def _without_names(question: str) -> str:
    """The question without Vietnamese names: capitalised words and the accented words that go on
    a name inside the sentence ("Đảng ủy", "Sở Nội vụ"; not after its first word, capitalised anyway)."""
    kept, in_name = [], False
    for at, word in enumerate(question.split()):
        capitalised = word[:1].isupper()
        in_name = (capitalised and at > 0) or (in_name and has_diacritics(word))
        if not (capitalised or in_name):
            kept.append(word)
    return " ".join(kept)


def understood(question: str, vocabulary: Container[str]) -> bool:
    """False for an English question of which the lexicon translates only its question words while
    at least two of its other words are unknown to the knowledge base: its names alone ("Trần Văn
    Thời") would choose what to answer."""
    question = _QUOTED.sub(" ", question)
    pattern = _listed_pattern()
    if any(match.lower() not in english_question_words() for match in pattern.findall(question)):
        return True
    rest = [w for w in syllables(pattern.sub(" ", question)) if w not in english_function_words()]
    return sum(1 for w in rest if w not in vocabulary) < _UNKNOWN_WORDS


@lru_cache(maxsize=1)
def _listed_pattern() -> re.Pattern[str]:
    """The lexicon's English words and phrases, longest first, also in the plural ("wards")."""
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(k) for k in english_words()) + r")(?:e?s)?(?![\w])", re.I)


@lru_cache(maxsize=1)
def _glossed_pattern() -> re.Pattern[str]:
    """A listed English word or phrase followed by words in brackets ("Certificates of Merit (Giay
    khen)"): officials gloss an English name with the Vietnamese one they mean."""
    return re.compile(_listed_pattern().pattern + r"\s*\(([^()]{2,60})\)", re.I)


def _gloss(match: re.Match[str], vocabulary: Container[str]) -> str:
    """The gloss in place of the English name, unless the gloss is English ("(skilful mass
    mobilisation)") or the name's translation already ("Emulation Flag (co thi dua)": "cờ thi đua",
    with its diacritics)."""
    gloss = match.group(2).strip()
    if not _vietnamese(gloss, vocabulary):
        return match.group(0)
    translated = english_words()[match.group(1).lower()]
    return f"\x00{translated if fold(gloss).lower() == fold(translated).lower() else gloss}\x00"


# A Vietnamese syllable typed without diacritics: an onset, one to three vowels and a final.
_PLAIN_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|nh|ch|tr|th|ph|kh|gi|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)


def _vietnamese(text: str, vocabulary: Container[str]) -> bool:
    """Whether words in brackets are Vietnamese: with diacritics, or each a word the documents use
    (when known) or shaped like a Vietnamese syllable."""
    words = syllables(text)
    if has_diacritics(text):
        return True
    if vocabulary:
        return all(word in vocabulary for word in words)
    return bool(words) and all(_PLAIN_SYLLABLE.fullmatch(word) for word in words)


@lru_cache(maxsize=1)
def _joining_pattern() -> re.Pattern[str]:
    """A question word inside the question, not right after a preposition: it joins a clause."""
    conjunctions, asking_after = english_conjunctions()
    not_after = "".join(rf"(?<!\b{re.escape(word)} )" for word in asking_after)
    return re.compile(rf"(?<=\w ){not_after}\b({'|'.join(map(re.escape, conjunctions))})\b", re.I)


def in_vietnamese(
    question: str, vocabulary: Container[str] = frozenset(), localities: Container[str] = frozenset()
) -> str:
    """`question` with its listed English words replaced by the documents' Vietnamese ones. English
    words left over that the knowledge base never uses ("are", "of the") are dropped when a
    `vocabulary` is given: they would only count as words no section covers. Words with digits
    ("34-CT/TW") and words the documents use (names of places) are kept. A place is given the level
    its document has among those its English level word may name (`localities`: folded, "quan long bien")."""
    listed = english_words()
    # "the Quynh Luu district": the level goes before the name, as Vietnamese writes a place, and
    # the name is kept though the knowledge base never uses it (an unknown place is then noticed).
    levels = [word for word, vietnamese in listed.items() if vietnamese in lexicon().localities]
    place = rf"\b((?:[^\W\d_]+\s+){{1,4}})({'|'.join(map(re.escape, levels))})\b"

    def level_first(match: re.Match[str]) -> str:
        words = match.group(1).split()
        # The name is the capitalised words right before the level ("the Mường La district").
        start = len(words)
        while start and words[start - 1][0].isupper():
            start -= 1
        # "In Điện Biên province": the question's first word is no part of the name; "Can Giờ" later is.
        if start == 0 and match.start() == 0 and words[0].lower() in english_function_words():
            start = 1
        if start == len(words):
            return match.group(0)
        name = " ".join(words[start:])
        return " ".join([*words[:start], f"\x00{level_of(match.group(2).lower(), name)} {name}\x00"])

    def level_of(word: str, name: str) -> str:
        """The level a word names; of those it may name, the one the documents write before `name`."""
        written = (level for level in english_either_levels().get(word, ()) if fold(f"{level} {name}") in localities)
        return next(written, listed[word])

    asks_object = question.lower().startswith(tuple(f"{opening} " for opening in english_object_questions()))
    conjunctions = english_conjunctions()[0]
    question = _joining_pattern().sub(lambda m: f"\x00{conjunctions[m.group(1).lower()]}\x00", question)
    question = _glossed_pattern().sub(lambda match: _gloss(match, vocabulary), question)
    question = re.sub(place, level_first, question)
    pattern = _listed_pattern()

    def translate(piece: str) -> str:
        return pattern.sub(lambda m: "\x00" + listed[m.group(1).lower()] + "\x00", piece)

    pieces = question.split("\x00")
    translated = "\x00".join(piece if index % 2 else translate(piece) for index, piece in enumerate(pieces))
    if not vocabulary:
        return _in_order(translated.replace("\x00", ""), asks_object)
    kept = []
    for index, piece in enumerate(translated.split("\x00")):
        if index % 2:  # a translation
            kept.append(piece)
            continue
        words = piece.split()
        named = _in_names(words, first=index == 0)
        kept += [word for at, word in enumerate(words) if _kept(word, vocabulary, at in named)]
    return _in_order(" ".join(" ".join(kept).split()), asks_object)


def named_either(question: str) -> str:
    """The Vietnamese of the English words in `question` that name more than one award ("certificate
    of merit": "bằng khen", which may be a Giấy khen), as translated; none when a word names its
    conferrer's level ("provincial": a Bằng khen)."""
    listed, (either, not_with) = english_words(), english_either_words()
    if re.search(rf"\b(?:{'|'.join(map(re.escape, not_with))})\b", question, re.I):
        return ""
    return " ".join(listed[m.lower()] for m in _listed_pattern().findall(question) if m.lower() in either)


def _in_order(question: str, asks_object: bool = False) -> str:
    """ "ở đâu gửi hồ sơ?" → "gửi hồ sơ ở đâu?": a question word opening it goes to its end, and so
    does "ai" asking whom someone acts on ("ai công đoàn liên hệ" → "công đoàn liên hệ ai")."""
    for word in (*english_trailing_words(), *(["ai"] if asks_object else [])):
        if question.lower().startswith(f"{word} "):
            rest = question[len(word) + 1 :].rstrip("?").rstrip()
            return f"{rest} {word}" + ("?" if question.endswith("?") else "")
    return question


def _in_names(words: list[str], first: bool) -> set[int]:
    """Where `words` run two or more capitalised words long: a name typed without diacritics, whose
    "An" ("An Lao"), "Do" ("Do Luong") English writes too. The question's first word is capitalised
    anyway."""
    capitalised = [word[:1].isupper() and not (first and at == 0) for at, word in enumerate(words)]
    return {
        at
        for at, upper in enumerate(capitalised)
        if upper and ((at > 0 and capitalised[at - 1]) or (at + 1 < len(words) and capitalised[at + 1]))
    }


def _kept(word: str, vocabulary: Container[str], in_name: bool = False) -> bool:
    if any(ch.isdigit() for ch in word) or has_diacritics(word):
        return True
    words = syllables(word.lower())
    return any(w in vocabulary for w in words) and (in_name or not all(w in english_function_words() for w in words))

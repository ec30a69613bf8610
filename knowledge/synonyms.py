"""Officials' everyday words and the documents' words for the same thing ("nộp" / "gửi", "hạn
chót" / "thời gian"). A question keeps its own words and gains the documents' ones, since some
documents write what users say ("Hạn nộp hồ sơ") and others do not ("Thời gian gửi hồ sơ").
The pairs are data (knowledge/lexicon/questions.toml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.lexicon import question_words
from knowledge.text import fold, has_diacritics


def _pattern(phrases: dict[str, str]) -> re.Pattern[str]:
    keys = sorted(phrases, key=len, reverse=True)
    # Not inside a document's code: "QĐ" in "2437/QĐ-TTg" is no "quyết định".
    return re.compile(r"(?<![\w/])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w/-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], re.Pattern[str], dict[str, str], dict[str, str], re.Pattern[str]]:
    accented = question_words().synonyms
    folded = {fold(k): fold(v) for k, v in accented.items()}
    to_accented = {fold(k): v for k, v in accented.items()}
    return accented, _pattern(accented), folded, to_accented, _pattern(folded)


def canonical_wording(question: str) -> str:
    """`question` with everyday wording replaced by the documents' wording (accented or not)."""
    accented, accented_re, folded, to_accented, folded_re = _tables()
    question = accented_re.sub(lambda m: _replacement(m, accented), question)
    if not has_diacritics(question):
        return folded_re.sub(lambda m: _replacement(m, folded), question)
    # Words whose accents were not restored (abbreviations no document writes, "cstd" for "CSTĐ")
    # in a question that has accents get the documents' accented wording; not the short ones,
    # which an accented question writes without "đ" on purpose ("Sở GD" is not "Sở GĐ").
    return folded_re.sub(
        lambda m: (
            m.group(0) if has_diacritics(m.group(0)) or len(m.group(0)) < _UNAMBIGUOUS else _replacement(m, to_accented)
        ),
        question,
    )


_UNAMBIGUOUS = 4  # letters of an abbreviation typed without accents that can mean one thing only


def _replacement(match: re.Match[str], table: dict[str, str]) -> str:
    """The documents' phrase for the matched one, without a first word the question just wrote
    ("mức tiền thưởng": "mức" + "mức tiền", not "mức mức tiền")."""
    phrase = table[match.group(1).lower()]
    first, _, rest = phrase.partition(" ")
    before = match.string[: match.start()].split()
    return rest if rest and before and before[-1].lower() == first else phrase


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[dict[str, str], re.Pattern[str]]:
    """The synonyms that write out an abbreviation (keys of consonants only: "hđtđkt", "cstđ"), by
    their spelling with and without "đ"."""
    table = {k: v for k, v in question_words().synonyms.items() if not _VOWELS.search(fold(k))}
    table |= {fold(k): v for k, v in table.items()}
    return table, _pattern(table)


_VOWELS = re.compile(r"[aeiouy]")


@lru_cache(maxsize=1)
def typed_abbreviations() -> frozenset[str]:
    """The abbreviations officials type ("hs", "bk", "tp", "hđtđkt"), folded: the words of the
    synonyms written without a vowel."""
    words = {fold(word) for key in question_words().synonyms for word in key.split()}
    return frozenset(word for word in words if not _VOWELS.search(word))


def abbreviations_written_out(question: str) -> str:
    """`question` with only its abbreviations written out ("HĐTĐKT … gồm những ai" → "hội đồng thi
    đua - khen thưởng … gồm những ai"), its other words as typed: cue phrases are read on it."""
    table, pattern = _abbreviations()
    return pattern.sub(lambda m: table[m.group(1).lower()], question)

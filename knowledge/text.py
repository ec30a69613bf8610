"""Vietnamese text rules, used alike for documents at ingest and for questions.

- `normalize`: NFC, one tone placement (the new one: "hòa", "thủy"), no stray markdown stars,
  unified dashes and quotes, collapsed spaces. Line breaks are kept: the section parser needs them.
- `fold`: lower case without diacritics (đ → d), for questions typed without accents.
- `tokens`: lower-case syllables plus syllable pairs, the keyword index's vocabulary.
- `sentences`: split a paragraph into sentences and list items.

Nothing here knows about files, sections or stores.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below
# Old placement puts the tone on the second vowel of an open "oa", "oe", "uy" syllable
# ("hoà", "uỷ"); the new one on the first ("hòa", "ủy"). "qu" is a consonant, so "quý" stays.
# A letter or another mark after the tone means a closed syllable or another vowel ("hoạt",
# "hoặc": the dot below belongs to "ă"), where the placement is the same in both styles.
_SYLLABLE_GOES_ON = r"(?![^\W\d_]|[\u0300-\u036f])"
_OLD_TONE = re.compile(
    rf"(?<![qQ])([oO])([aAeE])([{_TONES}]){_SYLLABLE_GOES_ON}|(?<![qQ])([uU])([yY])([{_TONES}]){_SYLLABLE_GOES_ON}"
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_STARS = re.compile(r"\*+")
_TRANSLATE = str.maketrans(
    {"–": "-", "—": "-", "−": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "\r": "\n", "\ufeff": None}
)
_WORD = re.compile(r"[^\W_]+(?:[/.-][^\W_]+)*", re.UNICODE)
_SYLLABLE = re.compile(r"[^\W_]+", re.UNICODE)


def _move_tone(match: re.Match[str]) -> str:
    if match.group(1):
        return match.group(1) + match.group(3) + match.group(2)
    return match.group(4) + match.group(6) + match.group(5)


def normalize(text: str) -> str:
    """Return `text` in NFC with new-style tone placement and tidy spacing.

    Args:
        text: any Unicode text (NFD, NFC or mixed).

    Returns:
        The normalised text; line breaks are preserved, runs of spaces collapse to one and
        spaces at line ends are dropped.
    """
    text = unicodedata.normalize("NFD", text.translate(_TRANSLATE))
    text = _OLD_TONE.sub(_move_tone, text)
    text = unicodedata.normalize("NFC", text)
    text = _STARS.sub("", text)
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


@lru_cache(maxsize=1 << 16)  # called for the same syllables and headings on every question
def fold(text: str) -> str:
    """Lower-case `text` and strip every diacritic (đ → d): "Hồ sơ" → "ho so"."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d")


def has_diacritics(text: str) -> bool:
    """True when `text` carries any Vietnamese mark (so it was typed with accents)."""
    return fold(text) != text.lower()


def words(text: str) -> list[str]:
    """Lower-case words; codes such as "98/2023/NĐ-CP" or "19/5/2025" stay one word."""
    return _WORD.findall(text.lower())


def syllables(text: str) -> list[str]:
    """Lower-case syllables: every run of letters or digits."""
    return _SYLLABLE.findall(text.lower())


def tokens(text: str, stopwords: frozenset[str] = frozenset()) -> list[str]:
    """Keyword tokens of `text`: syllables and whole codes, then adjacent syllable pairs.

    Pairs capture Vietnamese compounds ("hồ sơ", "khen thưởng") that single syllables blur.
    Stopwords are dropped as unigrams but still form pairs.
    """
    sylls = syllables(text)
    codes = [w for w in words(text) if not w.isalpha() and w not in sylls]
    unigrams = [s for s in sylls if s not in stopwords]
    pairs = [f"{a}_{b}" for a, b in pairwise(sylls)]
    return unigrams + codes + pairs


# What starts a list item: a bullet, "(1)" or a point "a)".
LIST_MARK = r"(?:[-+•]|\(\d+\)|[a-zđ]\))\s"

# A sentence starts with a capital or a number, but not a number read on in lower case: "giai đoạn
# 2019. 2025 trên địa bàn" is one sentence that PDF extraction broke (it was "2019-2025").
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[\"(]?(?:[A-ZĐÀ-Ỹ]|\d+(?![\d/.,-]*\s+[a-zà-ỹđ])))")


def capitalised_ending(words: list[str]) -> list[str]:
    """The capitalised words `words` end with: "Hòa Cầm" of "… thiết bị điện Hòa Cầm", "Đà Nẵng"
    of "Số: 08/KH-HC-CĐ Đà Nẵng"."""
    start = len(words)
    while start > 0 and words[start - 1][:1].isupper() and words[start - 1].isalpha():
        start -= 1
    return words[start:]


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences. Each line is split on its own: list items ("- …",
    "(1) …", "a) …") start lines, while a dash inside a line ("19/5/1890 - 19/5/2025") does not
    split anything. A table row is one statement, whatever its cells hold ("… chống khai thác IUU;
    100% tàu cá …")."""
    parts = [
        part.strip()
        for line in paragraph.split("\n")
        for part in ([line] if is_table_row(line.strip()) else _SENTENCE_END.split(line))
    ]
    return [part for part in parts if part]


def is_group_row(line: str) -> bool:
    """True for a row across a table naming the group of rows below it, as ingest writes it: a list
    item of capitals without cells ("- DANH HIỆU "TẬP THỂ LAO ĐỘNG XUẤT SẮC"")."""
    text = line.strip()
    rest = text[2:]
    return text.startswith("- ") and " - " not in rest and any(c.isalpha() for c in rest) and rest == rest.upper()


def is_table_row(line: str) -> bool:
    """True for a table row as ingest writes it: "- Bằng khen … - hạn nộp hồ sơ: … - nơi nộp: …", or
    the columns of a blank form: "- STT | Họ và tên | Năm sinh"."""
    return line.startswith("- ") and bool(re.search(r" - [^:-]{1,40}: |^- [^|\n]+ \| [^|\n]+ \| ", line))

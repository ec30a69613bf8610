"""Recognise the numbering marks that can open a heading line of a Vietnamese document.

The marks, from the largest unit down: Phần (PHẦN I, PHẦN THỨ NHẤT), Chương, Mục, Điều N.,
Roman I., capital A., Arabic 1., decimal 1.1. / 1.1.1., and points a) (or a.). A line may carry
more than one reading ("I." is Roman one or the letter I; "C." the letter or Roman 100): every
reading is returned and the section parser keeps the one that continues the document's numbering.
Lists "(1)", bullets "-" / "+" and table rows are never headings.

Pure functions; the words (Phần, Chương, ordinals, the alphabet of points) come from the lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from knowledge.lexicon import lexicon

# Containers group articles or sections; they enter a section path only when the numbering inside
# them restarts (see ingest.sections).
CONTAINERS = ("part", "chapter", "subchapter")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


@dataclass(frozen=True)
class Mark:
    """One reading of a heading line.

    kind: "part", "chapter", "subchapter", "article", "roman", "capital", "arabic", "decimal",
        "letter" or "appendix".
    number: the unit's number among its siblings (for a decimal "5.3", 3).
    parents: a decimal's leading numbers ((5,) for "5.3"); empty otherwise.
    rest: the text after the mark on the same line.
    """

    kind: str
    number: int
    rest: str
    parents: tuple[int, ...] = ()
    ocr_slip: bool = False
    letter: str = ""  # a point's or part's letter as written: "e" after "d" in the Latin alphabet

    @property
    def depth_key(self) -> str:
        """Marks with the same key are siblings: decimals of one depth, or one kind."""
        return f"decimal{len(self.parents)}" if self.kind == "decimal" else self.kind


def roman_to_int(numeral: str) -> int:
    total = 0
    for i, ch in enumerate(numeral):
        value = _ROMAN_VALUES[ch]
        following = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


def int_to_roman(number: int) -> str:
    parts = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, numeral in parts:
        while number >= value:
            out += numeral
            number -= value
    return out


def _roman_value(numeral: str) -> int | None:
    numeral = numeral.upper()
    if not numeral or any(ch not in _ROMAN_VALUES for ch in numeral):
        return None
    value = roman_to_int(numeral)
    return value if 0 < value < 90 and int_to_roman(value) == numeral else None


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    words = lexicon()

    def alternatives(items: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))

    number = r"(?P<num>[IVXLivxl]{1,7}|\d{1,3})"
    ordinal = r"(?:thứ\s+)?(?P<ordinal>" + alternatives(tuple(words.ordinals)) + r")"
    rest = r"(?:\s*[.:\-–]\s*|\s+|$)(?P<rest>.*)$"
    return {
        "part": re.compile(rf"^(?:{alternatives(words.parts)})\s+(?:{ordinal}|{number})\b{rest}", re.I),
        "chapter": re.compile(rf"^(?:{alternatives(words.chapters)})\s+{number}\b{rest}", re.I),
        "subchapter": re.compile(rf"^(?:{alternatives(words.subchapters)})\s+{number}\b{rest}", re.I),
        "article": re.compile(
            rf"^(?:{alternatives(words.articles)})\s+(?P<num>\d{{1,3}})\s*[.:]\s*(?P<rest>.*)$", re.I
        ),
        "appendix": re.compile(
            rf"^(?:{alternatives(words.appendices)})(?:\s+(?:số\s*)?{number})?\b\s*[.:\-–]?\s*(?P<rest>.*)$", re.I
        ),
    }


_ROMAN_LINE = re.compile(r"^([IVXL]{1,6})\s*[.)]\s*(\S.*)?$")
_CAPITAL_LINE = re.compile(r"^([A-ZĐ])\s*[.)]\s+(\S.*)$")
_ARABIC_LINE = re.compile(r"^(\d{1,2})\s*\.\s+(\S.*)$")
# OCR reads "5." as "5,": only trusted for the expected next number followed by a capital.
_OCR_ARABIC_LINE = re.compile(r"^(\d{1,2})\s*[,:;]\s+([A-ZĐÀ-Ỹ].*)$")
_DECIMAL_LINE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\S.*)$")
_LETTER_LINE = re.compile(r"^([a-zđ])\s*[).]\s+(\S.*)$")


def _number(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    if groups.get("ordinal"):
        return lexicon().ordinals[groups["ordinal"].lower()]
    raw = groups.get("num")
    if raw is None:
        return None
    return int(raw) if raw.isdigit() else _roman_value(raw)


def _is_upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) / len(letters) > 0.8


def letter_number(letter: str, alphabet: tuple[str, ...]) -> int | None:
    """Position of a point letter in `alphabet` (1-based), or None."""
    letter = letter.lower()
    return alphabet.index(letter) + 1 if letter in alphabet else None


def marks(line: str) -> list[Mark]:
    """Every heading reading of `line` (normalised text, stripped), most likely first."""
    found: list[Mark] = []
    for kind, pattern in _patterns().items():
        match = pattern.match(line)
        if not match:
            continue
        number = _number(match)
        rest = match.group("rest").strip()
        if kind == "appendix":
            # "PHỤ LỤC" in capitals, "Phụ lục II" or a document's only "Phụ lục" standing alone: never
            # "Phụ lục kèm theo …" in a sentence.
            words = line.split()
            alone = not rest or (number and rest[0].isupper())
            if not (_is_upper(" ".join(words[:2])) or alone):
                continue
            found.append(Mark("appendix", number or 0, rest))
        elif number:
            if kind == "subchapter" and not rest and not line[:3].isupper():
                continue
            found.append(Mark(kind, number, rest))
    if found:
        return found
    roman = _ROMAN_LINE.match(line)
    if roman and _roman_value(roman.group(1)):
        found.append(Mark("roman", _roman_value(roman.group(1)) or 0, (roman.group(2) or "").strip()))
    capital = _CAPITAL_LINE.match(line)
    if capital:
        position = letter_number(capital.group(1), tuple(w.upper() for w in lexicon().letters))
        latin = ord(capital.group(1)) - ord("A") + 1 if "A" <= capital.group(1) <= "Z" else None
        for value in dict.fromkeys(v for v in (position, latin) if v):
            found.append(Mark("capital", value, capital.group(2).strip(), letter=capital.group(1)))
    decimal = _DECIMAL_LINE.match(line)
    if decimal:
        numbers = tuple(int(n) for n in decimal.group(1).split("."))
        found.append(Mark("decimal", numbers[-1], decimal.group(2).strip(), numbers[:-1]))
    arabic = _ARABIC_LINE.match(line)
    if arabic:
        found.append(Mark("arabic", int(arabic.group(1)), arabic.group(2).strip()))
    ocr = _OCR_ARABIC_LINE.match(line)
    if ocr and not arabic:
        found.append(Mark("arabic", int(ocr.group(1)), ocr.group(2).strip(), ocr_slip=True))
    letter = _LETTER_LINE.match(line)
    if letter:
        position = letter_number(letter.group(1), lexicon().letters)
        latin = ord(letter.group(1)) - ord("a") + 1 if "a" <= letter.group(1) <= "z" else None
        for value in dict.fromkeys(v for v in (position, latin) if v):
            found.append(Mark("letter", value, letter.group(2).strip(), letter=letter.group(1)))
    return found


def is_upper_heading(text: str) -> bool:
    """Mostly capitals: a title line such as "QUY ĐỊNH CHUNG"."""
    return _is_upper(text)

"""Split a plan's normalised text into its numbered sections.

Plans number their parts `I.` → `1.` (then bullets "-" / "+", lists "(1)" and "a)", which stay in
the body). A line only opens a section when its number is the next one in order: "2030, quyết
tâm…", "2437/QĐ-TTg…" or a "3." that breaks the sequence are body text. OCR can misread "III." as
"II."; an upper-case heading whose Roman numeral is one off is repaired to the expected number.
Text before the first heading is `preamble`; from "Nơi nhận:" on it is `signature`.

Pure functions: text in, Sections out, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.errors import ParseError
from knowledge.schema import PREAMBLE, SIGNATURE, Section

_ROMAN_LINE = re.compile(r"^([IVXL]{1,6})\s*[.)]\s*(\S.*)?$")
_ARABIC_LINE = re.compile(r"^(\d{1,2})\s*\.\s+(\S.*)$")
_OCR_ARABIC_LINE = re.compile(r"^(\d{1,2})\s*[,:;]\s+(\S.*)$")
_SIGNATURE_START = re.compile(r"^(Nơi nhận|Noi nhan)\s*:", re.IGNORECASE)
_BULLET = re.compile(r"^([-+•*]\s|\(\d+\)\s|[a-zđ]\)\s)")
_BROKEN_CODE = re.compile(r"[/\w]\w*[A-ZĐ]-$")
_HEADER_LINE = re.compile(r"^(Số\s*:|[^,]{2,30}, ngày\b)")
_HEADING_MAX = 70
_SHORT_HEADING = 60
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


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


@dataclass
class _Line:
    text: str
    start: int
    end: int


@dataclass
class _Open:
    path: str
    heading: str
    level: int
    start: int
    lines: list[str]


def _lines(text: str) -> list[_Line]:
    result, offset = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            result.append(_Line(stripped, offset + lead, offset + lead + len(stripped)))
        offset += len(raw) + 1
    return result


def join_lines(lines: list[str]) -> str:
    """Undo PDF line breaks: lines join with a space, list items start on a new line."""
    out: list[str] = []
    for index, line in enumerate(lines):
        # Header lines ("ỦY BAN NHÂN DÂN", "Số: …", "An Lão, ngày …", "KẾ HOẠCH") stay lines of
        # their own, so they never merge into the sentence that follows.
        header = _is_header_line(line) or (index > 0 and _is_header_line(lines[index - 1]))
        if out and not header and not _BULLET.match(line):
            # "98/2023/NĐ-" + "CP": a code broken after its hyphen joins without a space.
            glue = "" if _BROKEN_CODE.search(out[-1]) else " "
            out[-1] = f"{out[-1]}{glue}{line}"
        else:
            out.append(line)
    return "\n".join(out)


def _is_header_line(text: str) -> bool:
    return _is_upper_heading(text) or bool(_HEADER_LINE.match(text))


def _is_upper_heading(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) / len(letters) > 0.8


def _short_heading(text: str, next_line: str) -> tuple[str, str]:
    """Split a numbered line into (heading, body): "Thời gian: Từ…" → ("Thời gian", "Từ…").

    A line that is really the start of a sentence (long, or continued in lower case on the next
    line) keeps all its words in the body and gets a shortened heading.
    """
    colon = text.find(":")
    if 0 < colon <= _HEADING_MAX:
        return text[:colon].strip(), text[colon + 1 :].strip()
    continues = bool(next_line) and (next_line[0].islower() or next_line[0].isdigit())
    if len(text) <= _SHORT_HEADING and not continues:
        return text.rstrip(" .;"), ""
    if len(text) <= _SHORT_HEADING:
        return text.rstrip(" ,;"), text
    cut = text.rfind(" ", 0, _SHORT_HEADING)
    return text[:cut].rstrip(" ,;") + "…", text


def parse_sections(doc_id: str, text: str) -> list[Section]:
    """Parse normalised plan text into sections in reading order.

    Args:
        doc_id: the document id recorded on every Section.
        text: the document's normalised text (knowledge.text.normalize).

    Returns:
        Sections: `preamble` (if any text precedes the first heading), the numbered sections
        ("I", "I.1", …; parents before children) and `signature` (if a "Nơi nhận:" block exists).

    Raises:
        ParseError: when the text holds no words at all.
    """
    lines = _lines(text)
    if not any(ch.isalpha() for line in lines for ch in line.text):
        raise ParseError(f"{doc_id}: the document contains no text")
    signature_at = next((i for i in range(len(lines) - 1, -1, -1) if _SIGNATURE_START.match(lines[i].text)), len(lines))
    sections: list[Section] = []
    current = _Open(PREAMBLE, "", 0, lines[0].start, [])
    roman, arabic = 0, 0
    index = 0
    body_lines = lines[:signature_at]
    while index < len(body_lines):
        line = body_lines[index]
        heading = _match_heading(line.text, roman, arabic, has_roman=roman > 0)
        if heading is None:
            current.lines.append(line.text)
            index += 1
            continue
        sections.append(_close(doc_id, current, line.start, text))
        kind, number, rest = heading
        if kind == "roman":
            roman, arabic = number, 0
            title = rest
            # A long upper-case heading may wrap onto the next line.
            while (
                index + 1 < len(body_lines)
                and title
                and _is_upper_heading(body_lines[index + 1].text)
                and _match_heading(body_lines[index + 1].text, roman, arabic, True) is None
                and _is_upper_heading(title)
                and len(title) < 60
            ):
                index += 1
                title = f"{title} {body_lines[index].text}"
            current = _Open(int_to_roman(roman), title.rstrip(" ."), 1, line.start, [])
        else:
            arabic = number
            following = body_lines[index + 1].text if index + 1 < len(body_lines) else ""
            short, body = _short_heading(rest, following)
            path = f"{int_to_roman(roman)}.{arabic}" if roman else str(arabic)
            current = _Open(path, short, 2 if roman else 1, line.start, [body] if body else [])
        index += 1
    end = lines[signature_at].start if signature_at < len(lines) else len(text)
    sections.append(_close(doc_id, current, end, text))
    if signature_at < len(lines):
        tail = _Open(
            SIGNATURE, "Nơi nhận và chữ ký", 0, lines[signature_at].start, [ln.text for ln in lines[signature_at:]]
        )
        sections.append(_close(doc_id, tail, len(text), text))
    return [s for s in sections if s.path != PREAMBLE or s.body]


def _match_heading(text: str, roman: int, arabic: int, has_roman: bool) -> tuple[str, int, str] | None:
    match = _ROMAN_LINE.match(text)
    if match:
        value = roman_to_int(match.group(1)) if _valid_roman(match.group(1)) else -1
        rest = (match.group(2) or "").strip()
        if value == roman + 1:
            return "roman", value, rest
        # OCR slip ("III." read as "II."): an upper-case heading one off from the expected number.
        if roman > 0 and abs(value - (roman + 1)) == 1 and rest and _is_upper_heading(rest):
            return "roman", roman + 1, rest
        return None
    match = _ARABIC_LINE.match(text)
    if match and int(match.group(1)) == arabic + 1:
        return "arabic", arabic + 1, match.group(2).strip()
    # OCR slip ("5." read as "5,"): only the expected next number, followed by a capital.
    match = _OCR_ARABIC_LINE.match(text)
    if match and int(match.group(1)) == arabic + 1 and arabic > 0 and match.group(2)[0].isupper():
        return "arabic", arabic + 1, match.group(2).strip()
    return None


def _valid_roman(numeral: str) -> bool:
    value = roman_to_int(numeral)
    return 0 < value < 90 and int_to_roman(value) == numeral


def _close(doc_id: str, section: _Open, end: int, text: str) -> Section:
    while end > section.start and text[end - 1].isspace():
        end -= 1
    return Section(
        path=section.path,
        heading=section.heading,
        body=join_lines([ln for ln in section.lines if ln]),
        level=section.level,
        doc_id=doc_id,
        start=section.start,
        end=end,
    )

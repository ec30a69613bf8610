"""Split a document's normalised text into its numbered sections, with paths written the way
officials cite them.

Which marks form heading levels is decided per document, by following its numbering: a line opens
a section only when its mark continues a sequence already open (the next number), starts a new one
(number 1, or A, a) one level down), or continues a sequence across a container (articles run on
through chapters). Anything else — "2030, quyết tâm…", "2437/QĐ-TTg…", "15/6/2026.", a "3." out of
order, lists "(1)", bullets — stays body text. Levels, from the largest: Phần, Chương, Mục, Điều,
Roman I., capital A., Arabic 1., decimal 1.1., point a) (ingest.headings reads the marks).

Paths (the shortest that is unique): `I.2`, `IV.2.3` for plans; `Điều 12.2.a` for regulations
(article, clause, point); `5.3` for decimal headings as written; `I.A.2.b` when numbering restarts
inside each part, since a container (Phần, Chương, Mục) enters the path only then; `QĐ.Điều 2` for
the articles of a Quyết định that issues an attached document ("QUY CHẾ … (Ban hành kèm theo …)"),
whose own articles are `Điều N`; `PL1`, `PL1.2` for appendices. Text before the first heading is
`preamble` (an attached document's title block too); from "Nơi nhận:" to the end of its part, the
recipients and signature are `signature`. OCR can misread "III." as "II." or "5." as "5,"; a
heading one off from the expected number is repaired.

Pure functions: text in, Sections out, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from ingest.headings import CONTAINERS, Mark, int_to_roman, is_upper_heading, marks
from ingest.signers import signing_block_start
from knowledge.errors import ParseError
from knowledge.lexicon import lexicon
from knowledge.schema import APPENDIX_PREFIX, DECISION_PREFIX, PREAMBLE, SIGNATURE, Section
from knowledge.text import is_table_row

# A line ending in a word or a comma: its sentence goes on on the next line.
_BROKEN_SENTENCE = re.compile(r"[\w,]$")
_BULLET = re.compile(r"^([-+•*]\s|\(\d+\)\s|[a-zđ][).]\s)")
_BROKEN_CODE = re.compile(r"[/\w]\w*[A-ZĐ]-$")
# Vietnamese syllables are never hyphenated: a word cut by a hyphen at the line's end was cut by the page.
_BROKEN_SYLLABLE = re.compile(r"(?<![\W\d_])[^\W\d_A-ZĐ]-$")
# "Số: …" and the place and date ("An Lão, ngày …"); a place has no digit, colon or bullet ("- Thời
# gian: 07 giờ 30 phút, ngày 26/02/2025" is a list item).
_HEADER_LINE = re.compile(r"^(Số\s*:|(?![-+•])[^,:\d]{2,30}, ngày\b)")
_HEADING_MAX = 70
_SHORT_HEADING = 60
_SENTENCE_WORDS = 6  # a line ending in "." with this many words is a sentence, not a title
_LEVELS = ["part", "chapter", "subchapter", "article", "roman", "capital", "arabic", "decimal1", "decimal2",
           "decimal3", "letter"]  # fmt: skip
_CONTAINER_WORDS = {"part": "Phần", "chapter": "Chương", "subchapter": "Mục"}
_FORM_AFTER_APPENDIX = 3  # lines: a form's line this close below an appendix's start is its title


@dataclass
class _Line:
    text: str
    start: int
    end: int


@dataclass
class _Unit:
    mark: Mark
    rank: int
    title: str = ""


@dataclass
class _Heading:
    index: int  # first line of the heading
    next_index: int  # first line after the heading's title lines
    units: list[_Unit]  # the open units, outermost first, this one last
    title: str
    body: str  # text of the heading line that belongs to the body


@dataclass
class _Segment:
    """A part of the file with its own numbering: the main text, an attached document, an appendix."""

    start: int
    end: int
    prefix: str = ""
    appendix: int = 0
    headings: list[_Heading] = field(default_factory=list)
    restarting: set[str] = field(default_factory=set)  # container kinds inside which numbering restarts


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
    paragraphs: list[list[str]] = []  # pieces of each output line, joined once at the end
    for index, line in enumerate(lines):
        # Header lines ("ỦY BAN NHÂN DÂN", "Số: …", "An Lão, ngày …", "KẾ HOẠCH") stay lines of
        # their own, so they never merge into the sentence that follows.
        header = (
            _is_header_line(line)
            or (index > 0 and _is_header_line(lines[index - 1]))
            or bool(lexicon().paragraph_opening.match(line))
        )
        # A table row is whole: the line after it starts anew.
        bullet = _BULLET.match(line) and not (paragraphs and _breaks_name(paragraphs[-1][-1], line))
        if paragraphs and not header and not bullet and not is_table_row(paragraphs[-1][0]):
            # "98/2023/NĐ-" + "CP": a code broken after its hyphen joins without a space; a
            # syllable a scan broke at the line's end ("phư-" + "ờng") without its hyphen too.
            last = paragraphs[-1][-1]
            glue = "" if _BROKEN_CODE.search(last) else " "
            if _BROKEN_SYLLABLE.search(last) and line[:1].islower():
                paragraphs[-1][-1], glue = last[:-1], ""
            paragraphs[-1].append(glue + line)
        else:
            paragraphs.append([line])
    return "\n".join("".join(pieces) for pieces in paragraphs)


def _breaks_name(before: str, line: str) -> bool:
    """Whether `line` ("- Khen thưởng tỉnh …") goes on a name broken at its hyphen ("… Ban Thi đua")."""
    before, line = " ".join(before.lower().split()), " ".join(line.lower().split())
    for name in lexicon().hyphenated_names:
        pieces = name.split(" - ")
        for cut in range(1, len(pieces)):
            left, right = " - ".join(pieces[:cut]), " - ".join(pieces[cut:])
            if re.search(rf"(?<!\w){re.escape(left)}$", before) and re.match(rf"- {re.escape(right)}\b", line):
                return True
    return False


def _is_header_line(text: str) -> bool:
    # "3116/QĐ-UBND);" continues a sentence: a code in capitals is no header.
    return (is_upper_heading(text) and not text[0].isdigit()) or bool(_HEADER_LINE.match(text))


def _short_heading(text: str, next_line: str) -> tuple[str, str]:
    """Split a numbered line into (heading, body): "Thời gian: Từ…" → ("Thời gian", "Từ…").

    A line that is really the start of a sentence (long, or continued in lower case on the next
    line) keeps all its words in the body and gets a shortened heading.
    """
    colon = text.find(":")
    # "Tổng số tiền là 25.272.000 đồng (Bằng chữ: …)": a colon inside brackets labels no heading.
    if 0 < colon <= _HEADING_MAX and text.count("(", 0, colon) <= text.count(")", 0, colon):
        return text[:colon].strip(), text[colon + 1 :].strip()
    continues = bool(next_line) and (next_line[0].islower() or next_line[0].isdigit())
    # A whole sentence ("2. Hồ sơ quy định tại khoản 1 Điều này lập 02 bộ bản chính.") is a clause
    # with its text, not a title, even when a heading follows it.
    sentence = text.endswith((".", ";")) and len(text.split()) >= _SENTENCE_WORDS
    if len(text) <= _SHORT_HEADING and not continues and not sentence:
        return text.rstrip(" .;"), ""
    if len(text) <= _SHORT_HEADING:
        return text.rstrip(" ,;"), text
    cut = text.rfind(" ", 0, _SHORT_HEADING)
    return text[:cut].rstrip(" ,;") + "…", text


class _Numbering:
    """Follows the numbering of one segment: which units are open, and the last number of each kind."""

    def __init__(self, levels: list[str]) -> None:
        self.levels = levels
        self.stack: list[_Unit] = []
        self.last: dict[str, int] = {}
        self.restarting: set[str] = set()  # container kinds inside which numbering restarts

    def accept(self, candidates: list[Mark]) -> _Unit | None:
        for mark in candidates:
            unit = self._fit(mark)
            if unit:
                return unit
        return None

    def _fit(self, mark: Mark) -> _Unit | None:
        key = mark.depth_key
        if key not in self.levels:
            return None
        rank = self.levels.index(key)
        sibling = next((i for i, unit in enumerate(self.stack) if unit.mark.depth_key == key), None)
        if sibling is not None:
            previous = self.stack[sibling].mark
            mark = self._repaired(mark, previous)
            if mark.parents != previous.parents or mark.number != previous.number + 1:
                return None
            parents = self.stack[:sibling]
        else:
            if mark.ocr_slip:
                return None
            parents = [unit for unit in self.stack if unit.rank < rank]
            enclosing = parents[-1].mark.kind if parents else None
            continues = mark.number == self.last.get(key, 0) + 1 and (enclosing is None or enclosing in CONTAINERS)
            if mark.number != 1 and not continues:
                return None
            if mark.kind == "decimal" and not self._decimal_fits(mark, parents):
                return None
            if mark.number == 1 and self.last.get(key, 0) > 0 and enclosing in CONTAINERS:
                self.restarting.add(enclosing)
        unit = _Unit(mark, rank)
        self.stack = [*parents, unit]
        self.last[key] = mark.number
        return unit

    @staticmethod
    def _repaired(mark: Mark, previous: Mark) -> Mark:
        """OCR's "II." for "III." (an upper-case heading one off) becomes the expected number."""
        expected = previous.number + 1
        if mark.kind == "roman" and abs(mark.number - expected) == 1 and mark.rest and is_upper_heading(mark.rest):
            return Mark(mark.kind, expected, mark.rest)
        return mark

    @staticmethod
    def _decimal_fits(mark: Mark, parents: list[_Unit]) -> bool:
        numbered = [unit.mark for unit in parents if unit.mark.kind in ("arabic", "decimal")]
        if not numbered:
            return True
        last = numbered[-1]
        return mark.parents == (*last.parents, last.number)


def _levels_for(lines: list[_Line]) -> list[str]:
    """The level order: capitals rank above Roman numerals when the document opens with "A." before "I."."""
    levels = list(_LEVELS)
    first: dict[str, int] = {}
    for index, line in enumerate(lines):
        for mark in marks(line.text):
            if mark.number == 1 and mark.kind in ("roman", "capital"):
                first.setdefault(mark.kind, index)
    if "capital" in first and first["capital"] < first.get("roman", len(lines)):
        levels[levels.index("roman")], levels[levels.index("capital")] = "capital", "roman"
    return levels


def _title_lines(lines: list[_Line], index: int, end: int, rest: str) -> tuple[str, int]:
    """A container's or upper-case heading's title: the rest of its line, else the capitals that follow."""
    title, following = rest, index + 1
    while (
        following < end
        and (not title or (is_upper_heading(title) and len(title) < 60))
        and is_upper_heading(lines[following].text)
        and not marks(lines[following].text)
        and not _BULLET.match(lines[following].text)  # a table's group of rows ("- A. TẬP THỂ")
    ):
        title = f"{title} {lines[following].text}".strip()
        following += 1
    return title.rstrip(" ."), following


def _find_headings(lines: list[_Line], segment: _Segment, body_end: int) -> None:
    numbering = _Numbering(_levels_for(lines[segment.start : body_end]))
    index = segment.start + (1 if segment.appendix else 0)
    while index < body_end:
        unit = numbering.accept(marks(lines[index].text))
        if unit is None:
            index += 1
            continue
        mark = unit.mark
        body = ""
        if mark.kind in (*CONTAINERS, "roman", "capital") and (not mark.rest or is_upper_heading(mark.rest)):
            title, following = _title_lines(lines, index, body_end, mark.rest)
        else:
            next_line = lines[index + 1].text if index + 1 < body_end else ""
            title, body = _short_heading(mark.rest, next_line)
            following = index + 1
        unit.title = title
        segment.headings.append(_Heading(index, following, list(numbering.stack), title, body))
        index = following
    segment.restarting = numbering.restarting


def _path(heading: _Heading, segment: _Segment) -> tuple[str, str]:
    """The citation path of a heading and the titles of the containers left out of it."""
    parts: list[str] = []
    numbered: list[bool] = []  # which parts came from Arabic/decimal numbers
    context: list[str] = []
    restarting = segment.restarting
    for unit in heading.units:
        mark = unit.mark
        if mark.kind in CONTAINERS and mark.kind not in restarting:
            if unit is not heading.units[-1]:
                context.append(unit.title)
            continue
        if mark.kind == "decimal":
            while numbered and numbered[-1]:
                parts.pop()
                numbered.pop()
            parts.append(".".join(str(n) for n in (*mark.parents, mark.number)))
        elif mark.kind == "article":
            parts.append(f"Điều {mark.number}")
        elif mark.kind == "capital":
            parts.append(_letter(mark, upper=True))
        elif mark.kind == "letter":
            parts.append(_letter(mark, upper=False))
        elif mark.kind == "arabic":
            parts.append(str(mark.number))
        else:
            parts.append(int_to_roman(mark.number))
        numbered.append(mark.kind in ("arabic", "decimal"))
    last = heading.units[-1].mark
    if last.kind in CONTAINERS and last.kind not in restarting:
        return f"{_CONTAINER_WORDS[last.kind]} {int_to_roman(last.number)}", " › ".join(context)
    base = f"{APPENDIX_PREFIX}{segment.appendix}" if segment.appendix else ""
    path = ".".join(p for p in (base, *parts) if p)
    return segment.prefix + path, " › ".join(context)


def _list_closing(lines: list[_Line], heading: _Heading, following: _Heading | None, end: int) -> int:
    """Where the paragraph closing a list of points starts inside its last point (else `end`).

    A point is one list item ("c) Báo cáo thành tích …."); a paragraph after the last item that
    starts anew after a full stop ("Hồ sơ lập thành 02 bộ …", "Số lượng: 01 bộ.") speaks of the
    whole list, so it belongs to the clause that opened the list (its `closing`). After the last point of the text
    comes the document's own closing ("Trên đây là …"), which stays where it is.
    """
    if following is None or heading.units[-1].mark.kind != "letter":
        return end
    if following.units[-1].mark.kind == "letter" and len(following.units) == len(heading.units):
        return end  # the list goes on
    for index in range(heading.next_index, end):
        line = lines[index].text
        if (
            lines[index - 1].text.endswith(".")
            and line[:1].isupper()
            and not marks(line)
            and not _BULLET.match(line)
            and not is_table_row(line)
        ):
            return index
    return end


def _give_to_parent(sections: list[Section], path: str, texts: list[str]) -> None:
    parent_path = path.rsplit(".", 1)[0]
    for index in range(len(sections) - 1, -1, -1):
        parent = sections[index]
        if parent.path == parent_path:
            sections[index] = replace(parent, closing=join_lines(texts))
            return


def _letter(mark: Mark, upper: bool) -> str:
    """The letter of a point or part as written ("e)" after "d)" is "e", in either alphabet)."""
    alphabet = lexicon().letters
    letter = mark.letter or (alphabet[mark.number - 1] if mark.number <= len(alphabet) else chr(96 + mark.number))
    return letter.upper() if upper else letter.lower()


def _segments(lines: list[_Line]) -> list[_Segment]:
    """Cut the file where an attached document or an appendix starts its own numbering."""
    words = lexicon()
    attached_titles = {kind.title for kind in words.kinds if kind.attached}
    starts: list[_Segment] = []
    signed = False
    appendices = 0
    for index, line in enumerate(lines):
        if _is_signature_start(line.text):
            signed = True
            continue
        if not signed and not starts:
            continue
        near = " ".join(ln.text.lower() for ln in lines[index + 1 : index + 5])
        if line.text.upper() == line.text and line.text in attached_titles and words.attached_cue in near:
            starts.append(_Segment(index, 0))
            continue
        appendix = next((m for m in marks(line.text) if m.kind == "appendix"), None)
        if line.text.isupper() and line.text.lower() in words.attached_lists and words.attached_cue in near:
            appendix = Mark("appendix", 0, "")
        # "… theo Mẫu số 05 tại" / "Phụ lục II.": a sentence broken before its reference to an
        # appendix goes on; an appendix's own heading follows a finished line, is in capitals, or
        # has its title in capitals below it.
        titled = index + 1 < len(lines) and lines[index + 1].text.isupper()
        if (
            appendix
            and index
            and not (line.text.isupper() or titled)
            and _BROKEN_SENTENCE.search(lines[index - 1].text)
        ):
            appendix = None
        if _attached_form(lines, index, starts):
            appendix = Mark("appendix", 0, "")
        if appendix:
            appendices = appendix.number or appendices + 1
            starts.append(_Segment(index, 0, appendix=appendices))
    segments = [_Segment(0, 0), *starts]
    for segment, following in pairwise([*segments, None]):
        segment.end = following.start if following else len(lines)
    if any(not s.appendix for s in starts):
        segments[0].prefix = DECISION_PREFIX
    return segments


def _attached_form(lines: list[_Line], index: int, starts: list[_Segment]) -> bool:
    """Whether line `index` opens a form attached after the signature: "Mẫu số 01" alone, the
    next line saying what it is attached to ("(Kèm theo Hướng dẫn số …)"), not the title of an
    appendix just started ("Phụ lục II" / "Mẫu số 01/TT")."""
    following = lines[index + 1].text.lower() if index + 1 < len(lines) else ""
    just_started = bool(starts) and index - starts[-1].start <= _FORM_AFTER_APPENDIX
    return bool(_form_line().match(lines[index].text)) and lexicon().attached_cue in following and not just_started


@lru_cache(maxsize=1)
def _form_line() -> re.Pattern[str]:
    """A form's own line: "Mẫu số 01", "Mẫu số 01-ĐK", "MẪU 02"."""
    forms = "|".join(re.escape(form) for form in lexicon().attached_forms)
    return re.compile(rf"(?i)^(?:{forms})(?:\s+số)?\s*\d{{1,3}}[\w/-]*\.?$")


def _is_signature_start(text: str) -> bool:
    lowered = text.lower()
    return any(lowered.startswith(word) and ":" in lowered[: len(word) + 3] for word in lexicon().signature_start)


def parse_sections(doc_id: str, text: str) -> list[Section]:
    """Parse normalised document text into sections in reading order.

    Args:
        doc_id: the document id recorded on every Section.
        text: the document's normalised text (knowledge.text.normalize).

    Returns:
        For each part of the file (the main text, an attached document, each appendix): its
        `preamble` (text before the first heading, if any), its numbered sections (parents before
        children) and its `signature` (from "Nơi nhận:" on, if present).

    Raises:
        ParseError: when the text holds no words at all.
    """
    lines = _lines(text)
    if not any(ch.isalpha() for line in lines for ch in line.text):
        raise ParseError(f"{doc_id}: the document contains no text")
    sections: list[Section] = []
    for segment in _segments(lines):
        sections.extend(_segment_sections(doc_id, text, lines, segment))
    return sections


def _segment_sections(doc_id: str, text: str, lines: list[_Line], segment: _Segment) -> list[Section]:
    signature_at = next(
        (i for i in range(segment.end - 1, segment.start - 1, -1) if _is_signature_start(lines[i].text)), segment.end
    )
    if signature_at < segment.end:  # a signing block above the recipients belongs with them
        texts = [line.text for line in lines[segment.start : signature_at + 1]]
        signature_at = segment.start + signing_block_start(texts, signature_at - segment.start)
    _find_headings(lines, segment, signature_at)
    sections: list[Section] = []

    def close(path: str, heading: str, context: str, first: int, body_from: int, end: int, head_body: str) -> None:
        start = lines[first].start
        stop = lines[end].start if end < len(lines) else len(text)
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        body = join_lines([x for x in [head_body, *(ln.text for ln in lines[body_from:end])] if x])
        level = 0 if path in (PREAMBLE, SIGNATURE) else path.removeprefix(DECISION_PREFIX).count(".") + 1
        sections.append(Section(path, heading, body, level, doc_id, start, stop, context))

    first_heading = segment.headings[0].index if segment.headings else signature_at
    # Officials name an appendix by its mark ("mẫu số 02 trong Phụ lục 01"): every section of it
    # is found by the mark too, which its path (PL1) does not write.
    label = ""
    if segment.appendix:
        opening = lines[segment.start].text
        # "PHỤ LỤC I - MỨC THƯỞNG": its title follows the mark; "DANH SÁCH": the line is the title.
        rest = next((m.rest for m in marks(opening) if m.kind == "appendix"), opening)
        label = opening[: len(opening) - len(rest)].strip(" .:-–") if rest != opening else ""
        title, following = _title_lines(lines, segment.start, first_heading, rest)
        close(f"{APPENDIX_PREFIX}{segment.appendix}", title, label, segment.start, following, first_heading, "")
    elif first_heading > segment.start:
        close(PREAMBLE, "", "", segment.start, segment.start, first_heading, "")
    for heading, following in pairwise([*segment.headings, None]):
        end = following.index if following else signature_at
        path, context = _path(heading, segment)
        context = " › ".join(part for part in (label, context) if part)
        closing = _list_closing(lines, heading, following, end)
        close(path, heading.title, context, heading.index, heading.next_index, closing, heading.body)
        if closing < end:
            _give_to_parent(sections, path, [line.text for line in lines[closing:end]])
    if signature_at < segment.end:
        close(SIGNATURE, "Nơi nhận và chữ ký", "", signature_at, signature_at, segment.end, "")
    # An empty preamble, or a chapter line left out of the paths, is no section of its own.
    containers = tuple(_CONTAINER_WORDS.values())
    return [s for s in sections if s.body or (s.path != PREAMBLE and not s.path.startswith(containers))]

"""Word (.docx) files through python-docx, with what python-docx leaves out put back: the numbers
Word draws itself (automatic numbering of headings and lists) and the text of tables (the header
table with the issuing body, the document number and the date).

The package is checked first (ingest/readers/package.py: sizes, CRCs, no DTD); anything python-docx
or lxml still finds wrong in it is a refusal of the file, never an error that stops the caller."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from lxml import etree

from ingest.readers.package import check_docx_package
from ingest.tables import Grid, grid_lines
from knowledge.errors import ParseError
from knowledge.lexicon import lexicon
from knowledge.settings import LimitsSettings

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]  # fmt: skip


def read_docx(path: Path, limits: LimitsSettings) -> str:
    """Raises:
    ParseError: not a Word document, damaged, or password-protected.
    LimitExceededError: it unpacks to more than the limits allow.
    """
    from docx.opc.exceptions import PackageNotFoundError

    if not zipfile.is_zipfile(path):
        # Password-protected Word files are OLE containers, not ZIP packages.
        raise ParseError(f"{path.name}: not a readable .docx file (corrupt, or protected by a password)")
    check_docx_package(path, limits)
    try:
        return _text(path)
    except (
        PackageNotFoundError, etree.LxmlError, zipfile.BadZipFile, zlib.error, KeyError, TypeError, ValueError
    ) as error:  # fmt: skip
        raise ParseError(f"{path.name}: not a readable .docx file (corrupt: {error})") from error


def _text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    numbering = _Numbering(document)
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        if block.tag == f"{_W}p":
            lines.append(numbering.label(block) + _paragraph_text(block))
        elif block.tag == f"{_W}tbl":
            lines.extend(_table_lines(block, numbering))
    return "\n".join(lines)


def _table_lines(table, numbering: _Numbering) -> list[str]:
    """A data table as one line per row, cells split by " | " (ingest.tables names them by their
    headers); a layout table (the header or signature block beside the national motto: at most two
    rows of two cells, or two columns one of which holds the motto or "Nơi nhận") as its cells'
    paragraphs, one column after the other."""
    rows = [row.findall(f"{_W}tc") for row in table.findall(f"{_W}tr")]
    widest = max((len(cells) for cells in rows), default=0)
    if len(rows) >= 2 and widest >= 2 and (len(rows) > 2 or len(rows[0]) > 2) and not _lays_out_blocks(rows):
        return grid_lines(_grid(rows, numbering))
    columns = [[cells[column] for cells in rows if column < len(cells)] for column in range(widest)]
    return [
        numbering.label(paragraph) + _paragraph_text(paragraph)
        for cells in columns
        for cell in cells
        for paragraph in cell.iter(f"{_W}p")
    ]


def _grid(rows: list, numbering: _Numbering) -> Grid:
    """A Word table on its grid: a cell merged down (vMerge) repeats the text above it, a cell
    spread across columns (gridSpan) stands in each of them."""
    cells: list[list[str]] = []
    merged_down: list[set[int]] = []
    spread: list[set[int]] = []
    for row in rows:
        texts: list[str] = []
        merged, spread_into = set(), set()
        for cell in row:
            span = _int_property(cell, "gridSpan", 1)
            merge = cell.find(f"{_W}tcPr/{_W}vMerge")
            start = len(texts)
            if merge is not None and merge.get(f"{_W}val") != "restart" and cells:
                above = cells[-1]
                texts += [above[i] if i < len(above) else "" for i in range(start, start + span)]
                merged |= set(range(start, start + span))
            else:
                texts += [_cell_text(cell, numbering)] * span
            spread_into |= set(range(start + 1, start + span))
        cells.append(texts)
        merged_down.append(merged)
        spread.append(spread_into)
    return Grid(cells, merged_down, spread)


def _int_property(cell, name: str, default: int) -> int:
    found = cell.find(f"{_W}tcPr/{_W}{name}")
    value = found.get(f"{_W}val") if found is not None else None
    return int(value) if value and value.isdigit() else default


def _lays_out_blocks(rows: list) -> bool:
    """Whether a table of two columns places the header or the signature block: a cell opens with
    the national motto or with "Nơi nhận"."""
    if max(len(cells) for cells in rows) != 2:
        return False
    words = lexicon()
    openings = tuple(motto.lower() for motto in words.header_mottos) + words.signature_start
    return any(
        " ".join("".join(t.text or "" for t in cell.iter(f"{_W}t")).split()).lower().startswith(openings)
        for cells in rows
        for cell in cells
    )


def _cell_text(cell, numbering: _Numbering) -> str:
    text = " ".join(numbering.label(p) + _paragraph_text(p) for p in cell.iter(f"{_W}p"))
    return " ".join(text.replace("|", "/").split())


def _paragraph_text(paragraph) -> str:
    breaks = {f"{_W}tab": " ", f"{_W}br": "\n"}
    return "".join(breaks.get(node.tag, node.text or "") for node in paragraph.iter(f"{_W}t", *breaks))


def _format(value: int, number_format: str) -> str:
    if number_format in ("upperRoman", "lowerRoman"):
        roman = ""
        for size, letters in _ROMAN:
            while value >= size:
                roman, value = roman + letters, value - size
        return roman if number_format == "upperRoman" else roman.lower()
    if number_format in ("upperLetter", "lowerLetter"):
        letter = chr(ord("a") + (value - 1) % 26)
        return letter.upper() if number_format == "upperLetter" else letter
    return str(value)


class _Numbering:
    """Counts Word's automatic numbering as Word draws it: one counter per list and level, deeper
    levels restarting when a shallower one advances, unless their `w:lvlRestart` says otherwise
    (0: never, as regulations number articles on through their chapters; n: only under levels
    1…n)."""

    def __init__(self, document) -> None:
        self._levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self._restarts: dict[str, dict[int, int]] = {}  # list → level → levels (1-based) it restarts under
        self._counters: dict[str, dict[int, int]] = {}
        self._style_numbering: dict[str, tuple[str, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {}
        for definition in root.findall(f"{_W}abstractNum"):
            levels, restarts = {}, {}
            for level in definition.findall(f"{_W}lvl"):
                start = level.find(f"{_W}start")
                number_format = level.find(f"{_W}numFmt")
                text = level.find(f"{_W}lvlText")
                restart = level.find(f"{_W}lvlRestart")
                index = int(level.get(f"{_W}ilvl"))
                levels[index] = (
                    int(start.get(f"{_W}val")) if start is not None else 1,
                    number_format.get(f"{_W}val") if number_format is not None else "decimal",
                    text.get(f"{_W}val") if text is not None else "",
                )
                if restart is not None:
                    restarts[index] = int(restart.get(f"{_W}val"))
            abstract[definition.get(f"{_W}abstractNumId")] = levels, restarts
        for instance in root.findall(f"{_W}num"):
            reference = instance.find(f"{_W}abstractNumId")
            if reference is not None:
                num_id = instance.get(f"{_W}numId")
                self._levels[num_id], self._restarts[num_id] = abstract.get(reference.get(f"{_W}val"), ({}, {}))
        for style in document.styles.element.findall(f"{_W}style"):
            number = style.find(f"{_W}pPr/{_W}numPr")
            if number is not None:
                self._style_numbering[style.get(f"{_W}styleId")] = _num_and_level(number)

    def label(self, paragraph) -> str:
        number = paragraph.find(f"{_W}pPr/{_W}numPr")
        if number is not None:
            num_id, level = _num_and_level(number)
        else:
            style = paragraph.find(f"{_W}pPr/{_W}pStyle")
            if style is None or style.get(f"{_W}val") not in self._style_numbering:
                return ""
            num_id, level = self._style_numbering[style.get(f"{_W}val")]
        levels = self._levels.get(num_id)
        if not levels or level not in levels:
            return ""
        counters = self._counters.setdefault(num_id, {})
        counters[level] = counters.get(level, levels[level][0] - 1) + 1
        restarts = self._restarts.get(num_id, {})
        for deeper in [d for d in counters if d > level and level < restarts.get(d, d)]:
            del counters[deeper]
        _, number_format, text = levels[level]
        if number_format == "bullet":
            return "- "
        if number_format == "none":
            return ""
        for shown in range(level + 1):
            value = counters.get(shown, levels.get(shown, (1, "decimal", ""))[0])
            text = text.replace(f"%{shown + 1}", _format(value, levels.get(shown, (1, "decimal", ""))[1]))
        return text + " "


def _num_and_level(number) -> tuple[str, int]:
    num_id = number.find(f"{_W}numId")
    level = number.find(f"{_W}ilvl")
    return (
        num_id.get(f"{_W}val") if num_id is not None else "",
        int(level.get(f"{_W}val")) if level is not None else 0,
    )

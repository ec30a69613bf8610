"""A PDF page's text laid out as a text file extracted with its layout shows it.

PDFium's plain text joins the pieces of a line with one space, so the two columns of a header or a
signature block run together ("… TỈNH SÓC TRĂNG CỘNG HÒA …") and a table's cells become one
sentence ("Phát động thi đua năm 2024 05/3/2024 Ban Thường vụ Hội tỉnh"). The page's text
rectangles say where each piece stands: pieces of a line far apart are written with a wide gap,
and the lines of a table (three columns or more, their cells inside the same bands of the page)
are written cell under cell, each cell at its column's start; a header centred over its column
starts there too. The spaced-table and two-column readers (ingest.tables, ingest.layout) take it
from there, as they do for text files. A table the page rules is read from its rules instead
(ingest.readers.pdf_grid) and placed where it stands.

The running header or footer a PDF repeats at the top or the bottom of every page, and its lone
page numbers, are left out: how pages are made, not their words, tells them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ingest.layout import PAGE_NUMBER, RUNNING_MIN_CHARS, WIDE_GAP
from ingest.readers.pdf_grid import RuledTable, bounded_text
from ingest.tables import SPACED_HEADER_CELLS

# Pieces of one line further apart than the text's height (times this) are separate cells
# (a space between words is a third of it; a table's or a two-column block's gutter is more).
_CELL_GAP = 1.0


@dataclass(frozen=True)
class Piece:
    left: float
    right: float
    text: str


Line = list[Piece]


def page_lines(textpage, tables: Sequence[RuledTable] = ()) -> list[Line]:
    """The lines of a pypdfium2 text page, top to bottom, each its pieces left to right, pieces far
    apart kept apart and pieces close together joined; a ruled table (ingest.readers.pdf_grid) is
    one line of one piece, its rows already written, where it stands."""
    boxes = []
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        if any(table.holds((left + right) / 2, (bottom + top) / 2) for table in tables):
            continue
        text = bounded_text(textpage, left, bottom, right, top)
        if text:
            boxes.append((left, bottom, right, top, text))
    boxes.sort(key=lambda box: (-box[3], box[0]))
    rows: list[list[tuple[float, float, float, float, str]]] = []
    for box in boxes:
        middle = (box[1] + box[3]) / 2
        row = next((row for row in rows if row[0][1] <= middle <= row[0][3]), None)
        if row is None:
            rows.append([box])
        else:
            row.append(box)
    placed: list[tuple[float, Line]] = [
        (table.top, [Piece(table.left, table.right, "\n".join(table.lines))]) for table in tables if table.lines
    ]
    for row in rows:
        row.sort(key=lambda box: box[0])
        height = max(box[3] - box[1] for box in row)
        line: Line = []
        for left, _, right, _, text in row:
            if line and left - line[-1].right <= _CELL_GAP * height:
                line[-1] = Piece(line[-1].left, right, f"{line[-1].text} {text}")
            else:
                line.append(Piece(left, right, text))
        placed.append((max(box[3] for box in row), line))
    return [line for _, line in sorted(placed, key=lambda top_line: -top_line[0])]


def text_line(text: str) -> Line:
    """A line known only as text (a page read by OCR): one piece, never part of a table."""
    return [Piece(0.0, 0.0, text)]


def without_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """`pages` without lone page numbers, and without the line at the top or the bottom of a page
    that is at the top or the bottom of another page too (numbers aside: "Trang 2 / 5")."""
    pages = [[line for line in page if not PAGE_NUMBER.match(_joined(line).strip())] for page in pages]
    ends = Counter(key for page in pages if page for key in {_running_key(page[0]), _running_key(page[-1])} if key)
    running = {key for key, count in ends.items() if count >= 2}
    kept = []
    for page in pages:
        page = list(page)
        for end in (0, -1):
            if page and _running_key(page[end]) in running:
                page.pop(end)
        kept.append(page)
    return kept


def _running_key(line: Line) -> str:
    text = _joined(line)
    return re.sub(r"\d+", "#", text.lower()) if len(text) >= RUNNING_MIN_CHARS else ""


def _joined(line: Line) -> str:
    return WIDE_GAP.join(piece.text for piece in line)


def layout_text(lines: list[Line]) -> str:
    """The lines as text: a table's lines cell under cell, other pieces of a line a wide gap apart."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        table = _table_from(lines, index)
        if table:
            columns, end = table
            out += _aligned(lines[index:end], columns)
            index = end
            continue
        out.append(_joined(lines[index]))
        index += 1
    return "\n".join(out)


def _table_from(lines: list[Line], start: int) -> tuple[list[tuple[float, float]], int] | None:
    """The column bands of a table whose first line is `lines[start]`, and the index after it: the
    following lines whose every piece lies inside one band (widening it), at least one of them
    with two pieces or more."""
    if len(lines[start]) < SPACED_HEADER_CELLS:
        return None
    columns = [(piece.left, piece.right) for piece in lines[start]]
    end = start + 1
    rows = 0
    while end < len(lines):
        widened = _within_columns(lines[end], columns)
        if widened is None:
            break
        columns = widened
        rows += len(lines[end]) >= 2
        end += 1
    return (columns, end) if rows else None


def _within_columns(line: Line, columns: list[tuple[float, float]]) -> list[tuple[float, float]] | None:
    """`columns` widened by the pieces of `line`, or None when a piece crosses a gutter; a piece in
    a gutter, touching no band, opens a column of its own."""
    columns = list(columns)
    for piece in line:
        touched = [i for i, (left, right) in enumerate(columns) if piece.left <= right and piece.right >= left]
        if len(touched) > 1:
            return None
        if touched:
            left, right = columns[touched[0]]
            columns[touched[0]] = (min(left, piece.left), max(right, piece.right))
        else:
            columns.append((piece.left, piece.right))
            columns.sort()
    if any(a[1] >= b[0] for a, b in pairwise(columns)):
        return None  # widened bands that now meet: no gutter left between them
    return columns


def _aligned(lines: list[Line], columns: list[tuple[float, float]]) -> list[str]:
    """Each line with its pieces at their columns' starts, counted in characters."""

    def column_of(piece: Piece) -> int:
        return next(i for i, (left, right) in enumerate(columns) if piece.left <= right and piece.right >= left)

    widths = [0] * len(columns)
    for line in lines:
        for piece in line:
            widths[column_of(piece)] = max(widths[column_of(piece)], len(piece.text))
    starts = [0]
    for width in widths[:-1]:
        starts.append(starts[-1] + width + len(WIDE_GAP))
    text_lines = []
    for line in lines:
        text = ""
        for piece in line:
            text = text.ljust(starts[column_of(piece)]) + piece.text
        text_lines.append(text)
    return text_lines

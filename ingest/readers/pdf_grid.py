"""Ruled tables of a PDF page, read cell by cell from the lines the page draws.

A table's text alone does not say where a row ends when its cells wrap onto several lines, nor
which header spans which columns ("Mức thưởng" over "Hệ số" and "Số tiền"). Its rules do: the
horizontal and vertical lines a writer draws around cells (strokes, thin filled bars or cell
rectangles) cut the table into a grid, and a rule missing between two grid cells merges them. Each
merged cell's text is read from the page's text rectangles inside it, split where a rule crosses
one, and the grid is written as the Word reader writes a table (ingest.tables.grid_lines).
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from itertools import pairwise

from ingest.tables import Grid, grid_lines

# A drawn line at least this long (in points) is a rule; shorter ones are ticks, dots or letters.
_MIN_RULE = 8.0
# More rules than the tables of one page draw (a dense form has a few hundred).
_MAX_RULES = 3000
# PDFium marks a hyphen where a line was broken (U+FFFE in a page's text, U+0002 in a rectangle's);
# in these documents it is a real hyphen ("98/2023/NĐ-CP" broken after "NĐ-").
_SOFT_HYPHEN = re.compile("[\ufffe\x02]")
# Rules this close (in points) are one: a border drawn as a thin bar has two edges, and the
# borders of neighbouring cells overlap.
_TOLERANCE = 2.0


@dataclass(frozen=True)
class Segment:
    """A horizontal rule (`at` its height, from `start` to `end` across) or a vertical one (`at`
    its x, from `start` to `end` upwards)."""

    at: float
    start: float
    end: float

    def covers(self, at: float, point: float) -> bool:
        return abs(self.at - at) <= _TOLERANCE and self.start - _TOLERANCE <= point <= self.end + _TOLERANCE


@dataclass(frozen=True)
class RuledTable:
    """A table's place on its page and its lines as text."""

    left: float
    bottom: float
    right: float
    top: float
    lines: tuple[str, ...]

    def holds(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.bottom <= y <= self.top


def bounded_text(textpage, left: float, bottom: float, right: float, top: float) -> str:
    """The page's text inside the box, on one line."""
    return " ".join(_SOFT_HYPHEN.sub("-", textpage.get_text_bounded(left, bottom, right, top)).split())


def page_segments(page) -> tuple[list[Segment], list[Segment]]:
    """The horizontal and vertical rules a pypdfium2 page draws, from the straight lines of its paths."""
    import pypdfium2.raw as raw

    across: list[Segment] = []
    down: list[Segment] = []
    for drawn in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH]):
        matrix = drawn.get_matrix()
        points: list[tuple[float, float]] = []
        first: tuple[float, float] | None = None
        for index in range(raw.FPDFPath_CountSegments(drawn.raw)):
            segment = raw.FPDFPath_GetPathSegment(drawn.raw, index)
            x, y = ctypes.c_float(), ctypes.c_float()
            raw.FPDFPathSegment_GetPoint(segment, x, y)
            point = matrix.on_point(x.value, y.value)
            kind = raw.FPDFPathSegment_GetType(segment)
            if kind == raw.FPDF_SEGMENT_MOVETO or not points:
                first = point
            else:
                _add_rule(points[-1], point, across, down)
            points.append(point)
            if raw.FPDFPathSegment_GetClose(segment) and first is not None:
                _add_rule(point, first, across, down)
    return across, down


def _add_rule(a: tuple[float, float], b: tuple[float, float], across: list[Segment], down: list[Segment]) -> None:
    (x0, y0), (x1, y1) = a, b
    if abs(y0 - y1) <= _TOLERANCE / 2 and abs(x1 - x0) >= _MIN_RULE:
        across.append(Segment((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
    elif abs(x0 - x1) <= _TOLERANCE / 2 and abs(y1 - y0) >= _MIN_RULE:
        down.append(Segment((x0 + x1) / 2, min(y0, y1), max(y0, y1)))


def ruled_tables(textpage, across: list[Segment], down: list[Segment]) -> list[RuledTable]:
    """The tables the rules draw (two rows and two columns at least), each with its text. A page
    drawing more rules than a table has is a drawing (a chart, a map): its text is read as text."""
    if len(across) + len(down) > _MAX_RULES:
        return []
    tables = []
    for rows_at, columns_at in _grids(across, down):
        table = _read_grid(textpage, rows_at, columns_at, across, down)
        if table:
            tables.append(table)
    return tables


def _grids(across: list[Segment], down: list[Segment]) -> list[tuple[list[float], list[float]]]:
    """The heights of the row rules (top first) and the x of the column rules of each group of
    rules that cross one another."""
    parent = list(range(len(across) + len(down)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, horizontal in enumerate(across):
        for j, vertical in enumerate(down):
            if horizontal.covers(horizontal.at, vertical.at) and vertical.covers(vertical.at, horizontal.at):
                parent[root(i)] = root(len(across) + j)
    groups: dict[int, tuple[list[float], list[float]]] = {}
    for i, horizontal in enumerate(across):
        groups.setdefault(root(i), ([], []))[0].append(horizontal.at)
    for j, vertical in enumerate(down):
        groups.setdefault(root(len(across) + j), ([], []))[1].append(vertical.at)
    grids = []
    for heights, xs in groups.values():
        rows_at, columns_at = _distinct(heights, reverse=True), _distinct(xs)
        if len(rows_at) >= 3 and len(columns_at) >= 3:
            grids.append((rows_at, columns_at))
    return grids


def _distinct(values: list[float], reverse: bool = False) -> list[float]:
    """`values` sorted, those within the tolerance of the one before dropped."""
    kept: list[float] = []
    for value in sorted(values, reverse=reverse):
        if not kept or abs(value - kept[-1]) > _TOLERANCE:
            kept.append(value)
    return kept


def _read_grid(
    textpage, rows_at: list[float], columns_at: list[float], across: list[Segment], down: list[Segment]
) -> RuledTable | None:
    rows, columns = len(rows_at) - 1, len(columns_at) - 1
    middles_y = [(top + bottom) / 2 for top, bottom in pairwise(rows_at)]
    middles_x = [(left + right) / 2 for left, right in pairwise(columns_at)]

    def wall(row: int, column: int) -> bool:  # a rule on the left of grid cell (row, column)
        return any(s.covers(columns_at[column], middles_y[row]) for s in down)

    def floor(row: int, column: int) -> bool:  # a rule under grid cell (row, column)
        return any(s.covers(rows_at[row + 1], middles_x[column]) for s in across)

    # Each grid cell belongs to the merged cell it opens, or to the one on its left or above it.
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    for row in range(rows):
        for column in range(columns):
            if column and not wall(row, column):
                owner[row, column] = owner[row, column - 1]
            elif row and not floor(row - 1, column):
                owner[row, column] = owner[row - 1, column]
            else:
                owner[row, column] = (row, column)
    pieces: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
    for left, bottom, right, top, text in _cell_pieces(textpage, rows_at, columns_at, wall):
        row = next((r for r in range(rows) if rows_at[r + 1] <= (top + bottom) / 2 <= rows_at[r]), None)
        column = next((c for c in range(columns) if columns_at[c] <= (left + right) / 2 <= columns_at[c + 1]), None)
        if row is not None and column is not None:
            pieces.setdefault(owner[row, column], []).append((-top, left, text))
    if not pieces:
        return None
    texts = {cell: " ".join(text for _, _, text in sorted(found)) for cell, found in pieces.items()}
    grid = Grid(
        cells=[[texts.get(owner[row, column], "") for column in range(columns)] for row in range(rows)],
        merged_down=[{c for c in range(columns) if owner[row, c][0] < row} for row in range(rows)],
        spread=[{c for c in range(columns) if owner[row, c][1] < c} for row in range(rows)],
    )
    return RuledTable(columns_at[0], rows_at[-1], columns_at[-1], rows_at[0], tuple(grid_lines(grid)))


def _cell_pieces(textpage, rows_at: list[float], columns_at: list[float], wall):
    """The text rectangles inside the grid, each cut where a column rule crosses it (a page may run
    the texts of two cells into one rectangle)."""
    top, bottom = rows_at[0], rows_at[-1]
    for index in range(textpage.count_rects()):
        left, low, right, high = textpage.get_rect(index)
        middle = (low + high) / 2
        inside = columns_at[0] - _TOLERANCE <= left and right <= columns_at[-1] + _TOLERANCE
        if not (inside and bottom <= middle <= top):
            continue
        row = next((r for r in range(len(rows_at) - 1) if rows_at[r + 1] <= middle <= rows_at[r]), 0)
        cuts = [x for c, x in enumerate(columns_at[1:-1], 1) if left < x < right and wall(row, c)]
        for start, end in pairwise([left, *cuts, right]):
            text = bounded_text(textpage, start, low, end, high)
            if text:
                yield start, low, end, high, text

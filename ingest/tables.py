"""Turn plain-text tables into one line per row that keeps its column headers.

Tables reach us as lines of cells separated by "|" (text files, PDF text, and the DOCX reader's
rows) or by tabs. A row that a narrow page wrapped onto the next line (the row has fewer cells
than the header, or the next line starts in lower case) is put back together. A row alone
("3 | Bằng khen … | Trước ngày 28/02/2025 | 01 bộ | …") cannot be quoted: the reader would not
know which date is what. So every data row becomes "Bằng khen … - hạn nộp hồ sơ: Trước ngày
28/02/2025 - số lượng hồ sơ: 01 bộ - nơi nộp: …": the first cell names the row, the others carry
their header. The running-number column (STT) is dropped. Rows are written as list items ("- "),
so they stay lines of their own, inside the section that holds the table.

Pure functions over raw text (before spacing is normalised, since tabs separate cells).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from knowledge.lexicon import lexicon

# Cells split by "|" (two columns or more), or by tabs (three or more: two tab-separated columns
# are the header or signature block, which ingest.layout handles).
_SEPARATORS = {"|": 2, "\t": 3}


def _cells(line: str, separator: str, framed: bool = True) -> list[str]:
    stripped = line.strip()
    # "| a | b |" is framed on both sides; in "1 | a | b |" the last "|" closes an empty cell. In a
    # table whose header is not framed, a row opening with "|" has its first cell empty.
    if separator == "|" and stripped.startswith("|") and framed:
        stripped = stripped.strip("|")
    return [" ".join(cell.split()) for cell in stripped.split(separator)]


def _separator(line: str) -> str | None:
    return next((s for s, least in _SEPARATORS.items() if s in line and len(_cells(line, s)) >= least), None)


def _is_number_column(header: str) -> bool:
    # A narrow column wraps its header's letters ("ST" / "T"): read without spaces.
    return header.lower().rstrip(".").replace(" ", "") in {h.replace(" ", "") for h in lexicon().table_number_headers}


# What a running-number cell holds: "1", "12.", "II", "a)", "1.2". Anything else there is a cell
# spread across from the first column, a total's label ("Tổng cộng kinh phí …").
_RUNNING_NUMBER = re.compile(r"(?i)^(?:\d+(?:\.\d+)*|[ivxlc]+|[a-zđ])[.)]?$")


def _is_running_number(cell: str) -> bool:
    return bool(_RUNNING_NUMBER.match(cell.strip())) or not any(ch.isalpha() for ch in cell)


def _row_line(header: list[str], row: list[str]) -> str:
    pairs = list(zip(header, row + [""] * (len(header) - len(row)), strict=False))
    pairs += [("", cell) for cell in row[len(header) :]]
    pairs = [(h, c) for h, c in pairs if c and not (_is_number_column(h) and _is_running_number(c))]
    if all(_is_number_column(h) for h, _ in pairs):
        return ""  # a row of a blank form, its label only ("Tổng cộng |  |  |")
    parts = [pairs[0][1]]
    for head, cell in pairs[1:]:
        parts.append(f"{head[:1].lower()}{head[1:]}: {cell}" if head else cell)
    return "- " + " - ".join(parts)


# Cells of a table laid out with spaces (`pdftotext -layout`): words one space apart, cells two or more.
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")
SPACED_HEADER_CELLS = 3
_ALIGN_TOLERANCE = 2  # characters a cell may start left of its header's column
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$")


def _shown(text: str) -> str:
    """`text` as shown: decomposed accents (NFD) take no room of their own."""
    return unicodedata.normalize("NFC", text)


def _spaced_cells(line: str) -> list[tuple[int, str]]:
    # Column positions are counted in characters as shown.
    return [(match.start(), match.group()) for match in _SPACED_CELL.finditer(_shown(line.rstrip()))]


def _split_overruns(cells: list[tuple[int, str]], starts: list[int]) -> list[tuple[int, str]]:
    """`cells` with a cell running into the next column, one space before its text, cut there:
    "… hộ dân vùng 1.404.000" under "Thành tích" and "Số tiền" is two cells. A lone cell is a
    line of its own ("* CÁ NHÂN (23 cá nhân)"), not cut; nor is a cell where the rest would open in
    lower case, since a cell starts with a capital or a number: "Tổng cộng: 05 tập thể, 09 cá nhân"
    runs across the columns of the total row."""
    if len(cells) < 2:
        return cells
    split = []
    for start, text in cells:
        later = [s for s in starts if s > start + _ALIGN_TOLERANCE]
        while later and start + len(text) > later[0] and not any(s == later[0] for s, _ in cells):
            cut = text.rfind(" ", 0, later[0] - start + 1)
            if cut <= 0 or start + cut + 1 < later[0] - _ALIGN_TOLERANCE or text[cut + 1].islower():
                break
            split.append((start, text[:cut]))
            start, text = start + cut + 1, text[cut + 1 :]
            later = later[1:]
        split.append((start, text))
    return split


def _columns_of(cells: list[tuple[int, str]], starts: list[int]) -> list[int] | None:
    """The header column of each cell, or None when the cells do not line up under the header."""
    columns = []
    for start, _ in cells:
        column = max((j for j, s in enumerate(starts) if s <= start + _ALIGN_TOLERANCE), default=None)
        if column is None or (columns and column <= columns[-1]):
            return None
        columns.append(column)
    return columns


def _spaced_table(lines: list[str], index: int) -> tuple[list[str], list[str], int] | None:
    """A table laid out with spaces from `lines[index]` (its header): its rows as "|" lines, the
    page furniture found inside it (a page number and the running header, kept for the page
    cleaner), and the index after it. A header wrapped onto a second line (its first cell blank)
    is one header; a row continuing under the previous one (its first cells blank) repeats them
    ("2026 … " under "1  Cụm thi đua số 1  2025 …"); a lone cell under a column is the rest of the
    previous row's cell wrapped by the page ("Việt Nam"); a lone line at the left between rows
    ("* CÁ NHÂN (23 cá nhân)", "A. TẬP THỂ") names the group of rows below it, written before them
    with the header as a list item: a group of a table's rows is no section of the document."""
    header = _spaced_cells(lines[index])
    if len(header) < SPACED_HEADER_CELLS or any(sep in lines[index] for sep in _SEPARATORS):
        return None
    starts = [start for start, _ in header]
    titles = [text for _, text in header]
    repeated = [titles]  # the header's lines, as a new page repeats them
    rows: list[list[str]] = []
    parts: list[list[str] | str] = []  # rows, and the names of groups of rows
    furniture: list[str] = []
    end = index + 1
    while end < len(lines):
        cells = _split_overruns(_spaced_cells(lines[end]), starts)
        columns = _columns_of(cells, starts) if cells else None
        if columns is None:
            # A page break inside the table: blank lines, the page number, the running header.
            skipped = _page_break(lines, end)
            if skipped and rows:
                furniture += [line for line in lines[end : end + skipped] if line.strip()]
                end += skipped
                continue
            break
        texts = [text for _, text in cells]
        row = [""] * len(starts)
        for column, (_, text) in zip(columns, cells, strict=True):
            row[column] = text
        continues = rows and columns[0] > 0
        if texts in repeated:
            pass  # the column headers repeated on a new page
        elif not parts and columns[0] > 0:
            repeated.append(texts)  # the header wrapped onto a second line
            titles = [f"{title} {cell}".strip() for title, cell in zip(titles, row, strict=True)]
        elif continues and (
            len(cells) == 1
            or not all(_alike(text, rows[-1][column]) for column, (_, text) in zip(columns, cells, strict=True))
        ):
            # Cells wrapped by the page ("Bù Đăng  xây mới 52 căn nhà …" under "1  Ủy ban … huyện"),
            # not a row under the one above ("2026  Xã Chiềng San" under "… 2025  Xã Tạ Bú").
            for column, (_, text) in zip(columns, cells, strict=True):
                rows[-1][column] = f"{rows[-1][column]} {text}".strip()
        elif len(cells) >= 2:
            if continues:
                row[: columns[0]] = rows[-1][: columns[0]]
            rows.append(row)
            parts.append(row)
        elif not texts[0][0].isdigit() and _row_follows(lines, end + 1, starts):
            parts.append(texts[0])
        else:
            break
        end += 1
    if len(rows) < 2:
        return None
    head = " | ".join(titles)
    table: list[str] = []
    for part in parts:
        if isinstance(part, str):
            table += [part if _LIST_MARK.match(part) else f"- {part}", head]
            continue
        table += [] if table else [head]
        table.append(" | ".join(part))
    return table, furniture, end


_LIST_MARK = re.compile(r"^[-+*•]")


def _row_follows(lines: list[str], index: int, starts: list[int]) -> bool:
    """Whether `lines[index]` is a row of two or more cells under the header's columns."""
    cells = _spaced_cells(lines[index]) if index < len(lines) else []
    return len(cells) >= 2 and _columns_of(cells, starts) is not None


def _alike(text: str, above: str) -> bool:
    """Whether a cell starts as the cell above it does (a number under a number, a name under a
    name): a value of its own, not the rest of the one above."""
    return bool(text and above) and (
        (text[0].isdigit() and above[0].isdigit()) or (text[0].isupper() and above[0].isupper())
    )


def _page_break(lines: list[str], index: int) -> int:
    """How many lines from `index` are a page break inside a table (blank lines, a lone page
    number, one running header line) before the table goes on; 0 when it is not one."""
    at = index
    while at < len(lines) and not lines[at].strip():
        at += 1
    if at < len(lines) and _PAGE_NUMBER.match(lines[at]):
        at += 1
        while at < len(lines) and not lines[at].strip():
            at += 1
        if at < len(lines) and len(_spaced_cells(lines[at])) == 1:
            at += 1  # the running header
        while at < len(lines) and not lines[at].strip():
            at += 1
    return at - index if at > index and at < len(lines) and len(_spaced_cells(lines[at])) >= 2 else 0


def spaced_tables_to_pipes(text: str) -> str:
    """`text` with every table laid out with spaces written with "|" between its cells."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        found = _spaced_table(lines, index)
        if found:
            table, furniture, index = found
            out += [*table, *furniture]
            continue
        out.append(lines[index])
        index += 1
    return "\n".join(out)


_CELL_WIDTH = 60  # characters a table cell's wrapped line can hold; a line of text runs longer


def _wraps_into(row: str, line: str, separator: str, width: int, framed: bool = True) -> bool:
    """Whether `line` is the rest of `row` wrapped by the page: the row lacks cells, the line goes
    on in lower case ("… | Tập" / "thể và cá nhân"), or the row's last cell is empty and the line
    is short enough to be that cell ("… | 03 bộ bản chính |" / "Kèm xác nhận sáng kiến …"; a line
    of the page's width is text under the table, the "Ghi chú:" under a blank form is no cell)."""
    cells = _cells(row, separator, framed)
    if len(cells) < width:
        return True
    if not line or _separator(line) == separator or _NUMBERED_LINE.match(line):
        return False  # a row of its own, or an item under the table ("b) Thời hạn trên …")
    # A blank row of a form to fill in ("2 |  |  |") has no cell the page could have wrapped.
    filled = any(cells[1:])
    return line[0].islower() or (filled and not cells[-1] and len(_shown(line)) <= _CELL_WIDTH)


_NUMBERED_LINE = re.compile(r"^(?:\d{1,2}[.)]|[a-zđ]\)|[-+•*])\s")


def _continues_cells(header: str, row: str, line: str, separator: str) -> bool:
    """A line opening with the separator under a table that does not ("  | Quản Bạ, Xín Mần) |  |"):
    the rest of the row above, cell by cell, its first cell empty. A line whose every other cell is
    filled and starts as the cell above it does ("| Cộng | 98 | 379 | 477" under "4 | Giấy khen … |
    87 | 356 | 443"; a total may leave a cell blank, "| Tổng cộng | 21 |  | 29.718.000") is a row of
    its own without a running number: a total, or an unnumbered row."""
    if not line.startswith(separator) or header.startswith(separator):
        return False
    below = [" ".join(cell.split()) for cell in line.split(separator)][1:]
    above = _cells(row, separator)[1:]
    filled = [(cell, up) for cell, up in zip(below, above, strict=False) if cell]
    return not (len(below) == len(above) and len(filled) >= 2 and all(_alike(cell, up) for cell, up in filled))


def _finishes_cells(row: str, line: str, separator: str, width: int, framed: bool) -> bool:
    """Under a whole row, a line of as many cells, fewer of them filled, each under a filled one, and
    one going on in lower case ("UBND tỉnh | báo cáo thành tích của tập thể |  |" under "Cờ thi đua
    của | Tờ trình; biên bản họp khối, cụm; | 02 bộ | …"): every cell the page wrapped, not a row."""
    above, below = _cells(row, separator, framed), _cells(line, separator, framed)
    filled = [index for index, cell in enumerate(below) if cell]
    return (
        len(below) == len(above) >= width
        and 0 < len(filled) < sum(1 for cell in above if cell)
        and all(above[index] for index in filled)
        and any(below[index][0].islower() for index in filled)
    )


def _merged_cells(row: str, line: str, separator: str) -> str:
    """`row` with each cell of `line` (split as it stands, its first cell empty) added to its own."""
    above = _cells(row, separator)
    below = [" ".join(cell.split()) for cell in line.split(separator)]
    merged = [" ".join(part for part in (a, b) if part) for a, b in zip(above, below, strict=False)]
    return f" {separator} ".join(merged + above[len(below) :])


def _next_part(lines: list[str], end: int) -> tuple[int, list[str]]:
    """From a blank line or a page break inside a table: the index of the next line of text and
    the page furniture passed on the way (a lone page number and the running header after it)."""
    furniture: list[str] = []
    at = end
    while at < len(lines):
        line = lines[at].strip()
        if not line:
            at += 1
        elif _PAGE_NUMBER.match(line) and not furniture:
            furniture.append(line)
            at += 1
            while at < len(lines) and not lines[at].strip():
                at += 1
            if at < len(lines) and not _separator(lines[at]):
                furniture.append(lines[at].strip())  # the running header
                at += 1
        else:
            break
    return at, furniture


def tables_to_rows(text: str) -> str:
    """`text` with every table (a header line and at least one row, cells split by "|" or tab, or
    laid out with spaces) rewritten as one self-describing line per row."""
    lines = spaced_tables_to_pipes(text).split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        separator = _separator(lines[index])
        rows = []
        if separator:
            width = len(_cells(lines[index], separator))
            framed = lines[index].strip().startswith(separator)
            raw_rows = [lines[index].strip()]
            furniture: list[str] = []
            end = index + 1
            while end < len(lines):
                line = lines[end].strip()
                if not line or (_PAGE_NUMBER.match(line) and len(raw_rows) > 1):
                    # Text from a PDF may put a blank line between rows, or a page break: the table
                    # goes on when the next line of text is a row of it or the rest of the last one.
                    following, passed = _next_part(lines, end)
                    ahead = lines[following].strip() if following < len(lines) else ""
                    if not (
                        ahead
                        and (
                            _separator(ahead) == separator or _wraps_into(raw_rows[-1], ahead, separator, width, framed)
                        )
                    ):
                        break
                    furniture += passed
                    end = following
                    continue
                if len(raw_rows) > 1 and (
                    _continues_cells(raw_rows[0], raw_rows[-1], line, separator)
                    or _finishes_cells(raw_rows[-1], line, separator, width, framed)
                ):
                    raw_rows[-1] = _merged_cells(raw_rows[-1], line, separator)
                elif _wraps_into(raw_rows[-1], line, separator, width, framed) and len(raw_rows) > 1:
                    raw_rows[-1] = f"{raw_rows[-1]} {line}"
                elif _separator(line) == separator:
                    raw_rows.append(line)
                else:
                    break
                end += 1
            rows = [_cells(row, separator, framed) for row in raw_rows]
            if len(rows) >= 2 and all(abs(len(r) - width) <= 1 for r in rows):
                header, body = rows[0], rows[1:]
                # The header a new page repeats is no row.
                written = [line for line in (_row_line(header, row) for row in body if row != header) if line]
                # A blank form to fill in ("1 |  |  |"): its columns are what it says.
                out.extend(written or ["- " + " | ".join(cell for cell in header if cell)])
                out.extend(furniture)
                index = end
                continue
        out.append(lines[index])
        index += 1
    return "\n".join(out)


@dataclass(frozen=True)
class Grid:
    """A table's cells on its grid, merges undone (the Word and PDF readers build it): a cell merged
    down repeats its text in every row it covers, a cell spread across columns stands in each."""

    cells: list[list[str]]
    merged_down: list[set[int]]  # columns continuing the cell above, per row
    spread: list[set[int]]  # columns a cell on their left spans into, per row

    @property
    def width(self) -> int:
        return max((len(texts) for texts in self.cells), default=0)

    def is_group(self, row: int) -> bool:
        """Whether the row's one cell spans the whole width: it names a group of the rows below it
        ("A. DANH HIỆU THI ĐUA")."""
        return len(self.cells[row]) == self.width > 1 and len(self.spread[row]) == self.width - 1

    def header_rows(self) -> int:
        """Rows of the header: the first, and each next one that continues a header cell merged down
        or names the columns under a header cell spread across them, the others left empty."""
        count = 1
        while count < len(self.cells) - 1 and not self.is_group(count):
            spread_above = self.spread[count - 1]
            under = {i - 1 for i in spread_above} | spread_above
            merged = self.merged_down[count]
            others = [text for i, text in enumerate(self.cells[count]) if i not in under | merged]
            if not (merged or (spread_above and not any(others))):
                break
            count += 1
        return count


def grid_lines(grid: Grid) -> list[str]:
    """The table's rows as " | " lines under one header line: the header rows joined column by
    column ("Mức thưởng, hệ số"); a group row written as a list item and the header again after it,
    so that the rows below it stay a table of their own."""
    count = grid.header_rows()
    header = []
    for column in range(grid.width):
        names = [grid.cells[row][column] for row in range(count) if column < len(grid.cells[row])]
        names = [name for name in dict.fromkeys(names) if name]
        header.append(", ".join([names[0], *(n[:1].lower() + n[1:] for n in names[1:])]) if names else "")
    head = " | ".join(header)
    lines: list[str] = []
    for row in range(count, len(grid.cells)):
        texts = grid.cells[row]
        if not any(texts):
            continue
        if grid.is_group(row):
            lines += [f"- {texts[0]}", head] if row + 1 < len(grid.cells) else [texts[0]]
            continue
        lines += [] if lines else [head]
        shown = ["" if column in grid.spread[row] else text for column, text in enumerate(texts)]
        lines.append(" | ".join(shown).replace("\n", " "))
    return lines

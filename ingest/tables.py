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

from knowledge.lexicon import lexicon

# Cells split by "|" (two columns or more), or by tabs (three or more: two tab-separated columns
# are the header or signature block, which ingest.layout handles).
_SEPARATORS = {"|": 2, "\t": 3}


def _cells(line: str, separator: str) -> list[str]:
    stripped = line.strip()
    # "| a | b |" is framed on both sides; in "1 | a | b |" the last "|" closes an empty cell.
    if separator == "|" and stripped.startswith("|"):
        stripped = stripped.strip("|")
    return [" ".join(cell.split()) for cell in stripped.split(separator)]


def _separator(line: str) -> str | None:
    return next((s for s, least in _SEPARATORS.items() if s in line and len(_cells(line, s)) >= least), None)


def _is_number_column(header: str) -> bool:
    return header.lower().rstrip(".") in lexicon().table_number_headers


def _row_line(header: list[str], row: list[str]) -> str:
    pairs = list(zip(header, row + [""] * (len(header) - len(row)), strict=False))
    pairs += [("", cell) for cell in row[len(header) :]]
    pairs = [(h, c) for h, c in pairs if c and not _is_number_column(h)]
    if not pairs:
        return ""
    parts = [pairs[0][1]]
    for head, cell in pairs[1:]:
        parts.append(f"{head[:1].lower()}{head[1:]}: {cell}" if head else cell)
    return "- " + " - ".join(parts)


def tables_to_rows(text: str) -> str:
    """`text` with every table (a header line and at least one row, cells split by "|" or tab)
    rewritten as one self-describing line per row."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        separator = _separator(lines[index])
        rows = []
        if separator:
            width = len(_cells(lines[index], separator))
            raw_rows = [lines[index].strip()]
            end = index + 1
            while end < len(lines):
                line = lines[end].strip()
                if not line:
                    # Text from a PDF may put a blank line between rows: the table goes on when
                    # the next line that is not blank is a row of it.
                    following = next((ln.strip() for ln in lines[end + 1 :] if ln.strip()), "")
                    if _separator(following) != separator:
                        break
                    end += 1
                    continue
                wrapped = len(_cells(raw_rows[-1], separator)) < width or (
                    _separator(line) != separator and line[0].islower()
                )
                if wrapped:
                    raw_rows[-1] = f"{raw_rows[-1]} {line}"
                elif _separator(line) == separator:
                    raw_rows.append(line)
                else:
                    break
                end += 1
            rows = [_cells(row, separator) for row in raw_rows]
            if len(rows) >= 2 and all(abs(len(r) - width) <= 1 for r in rows):
                header, body = rows[0], rows[1:]
                out.extend(line for line in (_row_line(header, row) for row in body) if line)
                index = end
                continue
        out.append(lines[index])
        index += 1
    return "\n".join(out)


def is_table_row(line: str) -> bool:
    """True for a row line written by `tables_to_rows` (it holds "header: value" pairs)."""
    return line.startswith("- ") and bool(re.search(r" - [^:-]{1,40}: ", line))

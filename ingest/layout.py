"""Undo what text extraction does to a page's layout: two columns merged on one line, lone page
numbers, and the running header or footer repeated on every page.

The header (issuing body | national motto) and the signature block (recipients | signer) of an
administrative document are two columns side by side; extraction writes them on shared lines with a
wide gap ("Nơi nhận:          KT. GIÁM ĐỐC"). Within such a block, the left column's parts stay in
place and the right column's follow it, so "Nơi nhận" lists its recipients and the signer's role and
name read in order.

Extracted PDFs (and text pasted from them) put a page number on a line of its own ("2", "- 2 -",
"Trang 2", "2/5") and repeat the document's running header after it on every page. Both cut
sentences in half at page breaks; once they are gone, the section parser joins the halves like any
other broken line. A running header is recognised by how pages are made, not by its words: a line
that stands next to a lone page number and occurs there on at least two pages.

Pure functions over normalised text; the line count may change, so this runs before parsing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ingest.signers import is_role
from knowledge.lexicon import lexicon
from knowledge.text import fold

PAGE_NUMBER = re.compile(
    r"^(?:-\s*\d{1,3}\s*-|(?:Trang|trang|Page)\s+\d{1,3}(?:\s*/\s*\d{1,3})?|\d{1,3}(?:\s*/\s*\d{1,3})?)$"
)
RUNNING_MIN_CHARS = 12
# A number left to fill in ("Số:        /KH-UBND") is one column: the gap is followed by "/".
_COLUMN_GAP = re.compile(r"(?<=\S)(?: {4,}|\t+)(?=[^\s/…])")
_BLOCK_REACH = 8  # lines without a gap that can still sit inside one two-column block
_HEADER_LINES = 6  # lines from the top that hold the header's two columns
WIDE_GAP = "    "  # how a wide gap between columns is written, and read by _COLUMN_GAP
# "Số: 87/KH-THPTPCT Ninh Hòa, ngày …": the number, then the place and date of the right column.
_NUMBER_THEN_PLACE_DATE = re.compile(r"^(Số\s*:\s*\S+)\s+([A-ZĐ][^,\n]{1,30},\s*ngày\b.*)$")


def split_columns(text: str) -> str:
    """Lines holding two columns ("left      right") become the left column, then the right one."""
    lines = _header_gaps_restored(text.split("\n"))
    gapped = [i for i, line in enumerate(lines) if _COLUMN_GAP.search(line.strip())]
    if not gapped:
        return text
    blocks: list[list[int]] = [[gapped[0]]]
    for index in gapped[1:]:
        # The recipients and signature ("Nơi nhận: …", "KT. CHỦ TỊCH") are a block of their own,
        # never the header's.
        if index - blocks[-1][-1] <= _BLOCK_REACH and not _opens_signature(lines[index]):
            blocks[-1].append(index)
        else:
            blocks.append([index])
    out: list[str] = []
    position = 0
    for block in blocks:
        out.extend(lines[position : block[0]])
        right: list[str] = []
        for index in range(block[0], block[-1] + 1):
            parts = _COLUMN_GAP.split(lines[index].strip(), maxsplit=1)
            out.append(parts[0])
            right.extend(parts[1:])
        out.extend(right)
        position = block[-1] + 1
    out.extend(lines[position:])
    return "\n".join(out)


def _header_gaps_restored(lines: list[str]) -> list[str]:
    """The header's lines whose two columns extraction joined with a single space ("TRƯỜNG THPT
    PHAN CHU TRINH Độc lập - Tự do - Hạnh phúc", "Số: 87/KH-THPTPCT Ninh Hòa, ngày …"), with the
    gap put back before the right column: the motto, or the place and date."""
    mottos = [fold(motto) for motto in lexicon().header_mottos]
    restored = []
    for index, line in enumerate(lines):
        if index < _HEADER_LINES and not _COLUMN_GAP.search(line.strip()):
            line = unicodedata.normalize("NFC", line.rstrip())
            folded = fold(line)
            at = next((found for motto in mottos if (found := folded.find(motto)) > 0 and line[:found].strip()), -1)
            dated = _NUMBER_THEN_PLACE_DATE.match(line.strip())
            if at > 0:
                line = f"{line[:at].rstrip()}{WIDE_GAP}{line[at:]}"
            elif dated:
                line = f"{dated.group(1)}{WIDE_GAP}{dated.group(2)}"
        restored.append(line)
    return restored


def _is_page_number(line: str, previous_number: int) -> bool:
    """A lone number is a page number when it is the next page (or the one after, for a blank page),
    which keeps a table cell or a count standing alone from being dropped."""
    if not PAGE_NUMBER.match(line):
        return False
    number = int(re.search(r"\d+", line).group(0))
    return previous_number < number <= previous_number + 2


def _opens_signature(line: str) -> bool:
    """ "Nơi nhận: …", or a signing block's role ("TM. BAN CHẤP HÀNH …   GIÁM ĐỐC") above the recipients."""
    lowered = line.strip().lower()
    left = _COLUMN_GAP.split(line.strip(), maxsplit=1)[0]
    return any(lowered.startswith(word) for word in lexicon().signature_start) or is_role(left)


# A line drawn with one character: a table's rule or the underline of a header ("-----", "_____").
_RULE = re.compile(r"^\s*([-_=─━═.*])\1{4,}\s*$")


def remove_rules(text: str) -> str:
    """`text` with the lines that only draw a rule left blank: they hold no words, and a rule under a
    table's intro line ("… theo bảng sau:") would otherwise run into the first row."""
    return "\n".join("" if _RULE.match(line) else line for line in text.split("\n"))


def remove_page_furniture(text: str) -> str:
    """`text` without lone page numbers and the running header/footer lines next to them."""
    lines = text.split("\n")
    page_lines: set[int] = set()
    last_page = 0
    for index, line in enumerate(lines):
        if _is_page_number(line.strip(), last_page):
            page_lines.add(index)
            last_page = int(re.search(r"\d+", line).group(0))
    if not page_lines:
        return text
    neighbours = Counter()
    for index in page_lines:
        for near in _nearest_text_lines(lines, index):
            neighbours[lines[near].strip()] += 1
    running = {line for line, count in neighbours.items() if count >= 2 and len(line) >= RUNNING_MIN_CHARS}
    kept = [
        line
        for index, line in enumerate(lines)
        if index not in page_lines and not (line.strip() in running and _next_to_page(lines, index, page_lines))
    ]
    return "\n".join(kept)


def _nearest_text_lines(lines: list[str], index: int) -> list[int]:
    """The closest non-empty line before and after line `index`."""
    found = []
    for step in (-1, 1):
        near = index + step
        while 0 <= near < len(lines) and not lines[near].strip():
            near += step
        if 0 <= near < len(lines):
            found.append(near)
    return found


def _next_to_page(lines: list[str], index: int, page_lines: set[int]) -> bool:
    return any(index in _nearest_text_lines(lines, page) for page in page_lines)

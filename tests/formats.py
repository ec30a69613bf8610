"""Builds the shipped plans in the formats officials send: PDF (text and scanned), DOCX with Word's
automatic numbering and a header table, DOC, TCVN3, VNI and Windows-1258 text."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

from ingest.encodings import _TCVN3_BYTES, _TCVN3_LETTERS
from knowledge.text import normalize

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_ROMAN_HEADING = re.compile(r"^(?P<number>[IVX]+)\.\s+(?P<text>\S.*)$")
_ARABIC_HEADING = re.compile(r"^(?P<number>\d{1,2})\.\s+(?P<text>\S.*)$")
_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def plan_lines(path: Path) -> list[str]:
    return normalize(path.read_text(encoding="utf-8")).split("\n")


def write_text_pdf(lines: list[str], target: Path, password: str | None = None) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=12)
    pdf.add_page()
    for line in lines:
        if line.strip():
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
    if password:
        pdf.set_encryption(owner_password=password, user_password=password)
    pdf.output(str(target))
    return target


def write_scanned_pdf(text_pdf: Path, target: Path, dpi: int = 300) -> Path:
    """Every page of `text_pdf` as a picture only: what a scanner gives."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(text_pdf)
    images = [pdf[index].render(scale=dpi / 72).to_pil().convert("L") for index in range(len(pdf))]
    pdf.close()
    images[0].save(target, save_all=True, append_images=images[1:], resolution=dpi)
    return target


def write_docx(lines: list[str], target: Path) -> Path:
    """Headings "I." and "1." become Word's automatic numbering (not in the text), and the lines
    before the plan's kind ("KẾ HOẠCH") become a two-column header table."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    numbering = document.part.numbering_part.element
    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering.append(
        parse_xml(
            f'<w:abstractNum {namespace} w:abstractNumId="90">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
            "</w:abstractNum>"
        )
    )
    numbering.append(parse_xml(f'<w:num {namespace} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    kind = next(index for index, line in enumerate(lines) if line.strip() in ("KẾ HOẠCH", "KẾ HOẠCH"))
    header = [line.strip() for line in lines[:kind] if line.strip()]
    split = next((i + 1 for i, line in enumerate(header) if line.startswith("Số")), len(header) // 2)
    table = document.add_table(rows=1, cols=2)
    for cell, cell_lines in zip(table.rows[0].cells, (header[:split], header[split:]), strict=True):
        cell.text = "\n".join(cell_lines)
    roman, arabic = 0, 0
    for line in lines[kind:]:
        stripped = line.strip()
        roman_match, arabic_match = _ROMAN_HEADING.match(stripped), _ARABIC_HEADING.match(stripped)
        if roman_match and roman < len(_ROMANS) and roman_match["number"] == _ROMANS[roman]:
            roman, arabic = roman + 1, 0
            _numbered(document.add_paragraph(roman_match["text"]), level=0)
        elif arabic_match and roman and int(arabic_match["number"]) == arabic + 1:
            arabic += 1
            _numbered(document.add_paragraph(arabic_match["text"]), level=1)
        else:
            document.add_paragraph(line)
    document.save(str(target))
    return target


def _numbered(paragraph, level: int) -> None:
    from docx.oxml import parse_xml

    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    properties = paragraph._p.get_or_add_pPr()
    properties.append(parse_xml(f'<w:numPr {namespace}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))


def write_doc(docx_file: Path, target: Path) -> Path | None:
    """The .docx saved as Word 97–2003 by LibreOffice; None when LibreOffice is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    subprocess.run(
        [soffice, "--headless", "--convert-to", "doc", "--outdir", str(target.parent), str(docx_file)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    produced = target.parent / (docx_file.stem + ".doc")
    produced.rename(target)
    return target


def to_tcvn3(text: str) -> bytes:
    """TCVN3 bytes; capitals with marks become lower case, as typed with the .VnTime fonts."""
    table = dict(zip(_TCVN3_LETTERS, _TCVN3_BYTES, strict=True))
    out = []
    for ch in text:
        if ch not in table and ch.lower() in table:
            ch = ch.lower()
        out.append(table.get(ch, ch))
    return "".join(out).encode("latin-1", errors="replace")


def to_windows_1258(text: str) -> bytes:
    """Windows-1258: letters with a circumflex, breve or horn are single bytes, tones combine."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in _TONES))
        tones = "".join(p for p in parts if p in _TONES)
        out.append((base + tones).encode("cp1258", errors="replace"))
    return b"".join(out)

"""PDF files: the text layer through pypdfium2, or OCR for pages that have none (scans)."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.readers.ocr import ocr_image
from knowledge.errors import ParseError

# A page with fewer characters than this in its text layer is taken for a scan.
_MIN_TEXT_PER_PAGE = 40
_OCR_DPI = 300
_PAGE_NUMBER = re.compile(r"^\s*-?\s*\d{1,3}\s*-?\s*$")


def read_pdf(path: Path) -> str:
    """Text of every page, page numbers dropped; scanned pages go through OCR.

    Raises:
        ParseError: corrupt or password-protected PDF, or OCR needed but not installed.
    """
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError as error:
        if "password" in str(error).lower():
            raise ParseError(f"{path.name}: the PDF is password-protected; send a copy without a password") from error
        raise ParseError(f"{path.name}: not a readable PDF ({error})") from error
    try:
        pages = [_page_text(pdf, index, path.name) for index in range(len(pdf))]
    finally:
        pdf.close()
    return "\n".join(pages)


def _page_text(pdf, index: int, name: str) -> str:
    page = pdf[index]
    try:
        text = page.get_textpage().get_text_range()
        if len(text.strip()) < _MIN_TEXT_PER_PAGE:
            image = page.render(scale=_OCR_DPI / 72).to_pil()
            text = ocr_image(image, f"{name}, page {index + 1}")
    finally:
        page.close()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line for line in lines if not _PAGE_NUMBER.match(line))

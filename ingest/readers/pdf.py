"""PDF files: the text layer through pypdfium2, or OCR for pages that have none (scans)."""

from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor
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
        pages = [_text_or_scan(pdf, index) for index in range(len(pdf))]
    finally:
        pdf.close()
    scans = {index: page for index, page in enumerate(pages) if not isinstance(page, str)}
    if scans:
        # One tesseract per core: pages are independent, and tesseract alone uses one core well.
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            read = pool.map(lambda item: ocr_image(item[1], f"{path.name}, page {item[0] + 1}"), scans.items())
            for index, text in zip(scans, read, strict=True):
                pages[index] = text
    return "\n".join(_without_page_numbers(page) for page in pages)


def _text_or_scan(pdf, index: int):
    """The page's text layer, or the page rendered for OCR when it has (almost) none."""
    page = pdf[index]
    try:
        text = page.get_textpage().get_text_range()
        if len(text.strip()) >= _MIN_TEXT_PER_PAGE:
            return text
        return page.render(scale=_OCR_DPI / 72).to_pil()
    finally:
        page.close()


def _without_page_numbers(text: str) -> str:
    # PDFium marks a hyphen where a line was broken with U+FFFE; in these plans it is a real
    # hyphen ("98/2023/NĐ-CP" broken after "NĐ-").
    text = text.replace("\ufffe", "-")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line for line in lines if not _PAGE_NUMBER.match(line))

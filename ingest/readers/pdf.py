"""PDF files: the text layer through pypdfium2, laid out as it stands on the page
(ingest.readers.pdf_layout), or OCR for pages that have none (scans).

Pages are read one at a time, so memory does not grow with their number: a scanned page is
rendered in grayscale, checked for ink (a blank page is not sent to OCR) and handed to tesseract,
with at most two pages per core waiting. A page that would pass `[limits] max_page_megapixels` at
300 dpi is rendered at the resolution that fits; a PDF with more than `max_pdf_pages` pages, or
more text than `max_document_chars`, is refused before it is all read.
"""

from __future__ import annotations

import logging
import math
import os
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path

from ingest.limits import check_text_length, exceeded
from ingest.readers.ocr import ocr_image, require_ocr
from ingest.readers.pdf_grid import page_segments, ruled_tables
from ingest.readers.pdf_layout import Line, layout_text, page_lines, text_line, without_running_lines
from knowledge.errors import ParseError
from knowledge.settings import LimitsSettings

log = logging.getLogger(__name__)
# A page with fewer characters than this in its text layer is taken for a scan.
_MIN_TEXT_PER_PAGE = 40
_OCR_DPI = 300
# A rendered page with less than this share of dark pixels is blank (a speck or a page number at most).
_MIN_INK = 1e-4


def read_pdf(path: Path, limits: LimitsSettings) -> str:
    """Text of every page, page numbers and running headers dropped; scanned pages go through OCR.

    Raises:
        ParseError: corrupt or password-protected PDF, or OCR needed but not installed.
        LimitExceededError: too many pages or too much text.
    """
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError as error:
        if "password" in str(error).lower():
            raise ParseError(f"{path.name}: the PDF is password-protected; send a copy without a password") from error
        raise ParseError(f"{path.name}: not a readable PDF ({error})") from error
    try:
        if len(pdf) > limits.max_pdf_pages:
            raise exceeded(path.name, f"the PDF's {len(pdf)} pages", "max_pdf_pages", limits)
        pages = _read_pages(pdf, path.name, limits)
    finally:
        pdf.close()
    return layout_text([line for page in without_running_lines(pages) for line in page])


def _read_pages(pdf, name: str, limits: LimitsSettings) -> list[list[Line]]:
    # One tesseract per core: pages are independent, and tesseract alone uses one core well.
    workers = os.cpu_count() or 1
    pages: list[list[Line] | Future[str]] = []
    length, ocr_checked = 0, False
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for index in range(len(pdf)):
            label = f"{name}, page {index + 1}"
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                if len(text.strip()) >= _MIN_TEXT_PER_PAGE:
                    pages.append(page_lines(textpage, ruled_tables(textpage, *page_segments(page))))
                    length += len(text)
                    check_text_length(name, length, limits)
                    continue
                if not ocr_checked:  # before rendering every page for nothing
                    require_ocr(label)
                    ocr_checked = True
                image = _render(page, label, limits)
            finally:
                page.close()
            if image is None:
                pages.append([])
                continue
            waiting = [p for p in pages if isinstance(p, Future) and not p.done()]
            if len(waiting) >= 2 * workers:
                wait(waiting, return_when=FIRST_COMPLETED)
            pages.append(pool.submit(ocr_image, image, label))
        return [page if isinstance(page, list) else _ocr_lines(page.result()) for page in pages]


def _ocr_lines(text: str) -> list[Line]:
    return [text_line(line) for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def _render(page, label: str, limits: LimitsSettings):
    """The page as a grayscale PIL image for OCR, or None when it is blank."""
    width, height = page.get_size()  # in points, 1/72 inch
    if width <= 0 or height <= 0:
        return None
    scale = _OCR_DPI / 72
    cap = limits.max_page_megapixels * 1_000_000
    if width * height * scale * scale > cap:
        scale = math.sqrt(cap / (width * height))
        log.warning(
            "%s is %.0f × %.0f inches: rendered at %.0f dpi instead of %d ([limits] max_page_megapixels = %d)",
            label, width / 72, height / 72, scale * 72, _OCR_DPI, limits.max_page_megapixels,
        )  # fmt: skip
    image = page.render(scale=scale, grayscale=True).to_pil()
    dark = sum(image.histogram()[:128])
    return None if dark < _MIN_INK * image.width * image.height else image

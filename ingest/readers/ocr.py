"""OCR of page images with the tesseract program and its Vietnamese data."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from knowledge.errors import ParseError, ToolMissingError

_TIMEOUT_SECONDS = 120


def ocr_available() -> bool:
    if shutil.which("tesseract") is None:
        return False
    languages = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=False).stdout
    return "vie" in languages.split()


def require_ocr(label: str) -> None:
    """Raises:
    ToolMissingError: tesseract or its Vietnamese data is not installed.
    """
    if not ocr_available():
        raise ToolMissingError(
            f"{label}: scanned pages need OCR; install the Debian packages tesseract-ocr and tesseract-ocr-vie"
        )


def ocr_image(image, label: str) -> str:
    """Vietnamese text of a PIL image (a page rendered at 300 dpi); call `require_ocr` first.

    Raises:
        ParseError: tesseract failed on the image.
    """
    with tempfile.TemporaryDirectory(prefix="tdkt-ocr-") as folder:
        page = Path(folder) / "page.png"
        image.save(page)
        # psm 4: one column of text of varying sizes, as plans are laid out.
        result = subprocess.run(
            ["tesseract", str(page), "stdout", "-l", "vie", "--psm", "4"],
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},  # pages already run one per core
            capture_output=True,
            text=True,
            timeout=_TIMEOUT_SECONDS,
            check=False,
        )
    if result.returncode != 0:
        raise ParseError(f"{label}: OCR failed ({result.stderr.strip()[-200:]})")
    return result.stdout

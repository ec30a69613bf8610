"""Word 97–2003 (.doc) files: through LibreOffice when it is installed (it keeps Word's automatic
numbering: the file is converted to .docx and read like one), else through catdoc (which reads
typed numbers but drops automatic ones)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ingest.readers.docx import read_docx
from knowledge.errors import ParseError, ToolMissingError
from knowledge.settings import LimitsSettings

_TIMEOUT_SECONDS = 120


def read_doc(path: Path, limits: LimitsSettings) -> str:
    """Raises:
    ToolMissingError: neither LibreOffice nor catdoc is installed.
    ParseError: the file cannot be read.
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        return _through_libreoffice(soffice, path, limits)
    if shutil.which("catdoc") is None:
        raise ToolMissingError(f"{path.name}: .doc files need catdoc; install the Debian package catdoc")
    # -w: no line wrapping, so paragraphs stay whole.
    result = subprocess.run(
        ["catdoc", "-w", "-d", "utf-8", str(path)], capture_output=True, timeout=_TIMEOUT_SECONDS, check=False
    )
    text = result.stdout.decode("utf-8", errors="replace")
    if result.returncode != 0 or not text.strip():
        reason = result.stderr.decode("utf-8", errors="replace").strip()
        raise ParseError(f"{path.name}: not a readable Word .doc file ({reason})")
    return text


def _through_libreoffice(soffice: str, path: Path, limits: LimitsSettings) -> str:
    with tempfile.TemporaryDirectory(prefix="tdkt-doc-") as folder:
        # A profile of its own: LibreOffice refuses to run twice on one profile.
        profile = Path(folder) / "profile"
        result = subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "docx",
             "--outdir", folder, str(path)],
            capture_output=True,
            timeout=_TIMEOUT_SECONDS,
            check=False,
        )  # fmt: skip
        converted = Path(folder) / (path.stem + ".docx")
        if result.returncode != 0 or not converted.is_file():
            raise ParseError(f"{path.name}: not a readable Word .doc file")
        return read_docx(converted, limits)

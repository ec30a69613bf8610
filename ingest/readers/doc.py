"""Word 97–2003 (.doc) files through the catdoc program."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from knowledge.errors import ParseError, ToolMissingError


def read_doc(path: Path) -> str:
    """Raises:
    ToolMissingError: catdoc is not installed.
    ParseError: catdoc cannot read the file.
    """
    if shutil.which("catdoc") is None:
        raise ToolMissingError(f"{path.name}: .doc files need catdoc; install the Debian package catdoc")
    # -w: no line wrapping, so paragraphs stay whole.
    result = subprocess.run(["catdoc", "-w", "-d", "utf-8", str(path)], capture_output=True, timeout=60, check=False)
    text = result.stdout.decode("utf-8", errors="replace")
    if result.returncode != 0 or not text.strip():
        raise ParseError(
            f"{path.name}: not a readable Word .doc file ({result.stderr.decode(errors='replace').strip()})"
        )
    return text

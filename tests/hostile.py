"""Crafted files of the kind an attacker (or a broken scanner) sends: damaged and malicious Word
packages, zip bombs, PDFs with a page of 200 × 200 inches or many blank scanned pages, text files
of tens of megabytes. Built from a real plan where a real document is needed."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests import formats
from tests.conftest import SHIPPED

BAC_SON = "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa"
_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MB = 1024 * 1024


def plan_docx(folder: Path) -> bytes:
    """A real plan as a Word file (automatic numbering, header table)."""
    return formats.write_docx(formats.plan_lines(SHIPPED / f"{BAC_SON}.txt"), folder / "plan.docx").read_bytes()


def _document(body: bytes, doctype: bytes = b"") -> bytes:
    return b'<?xml version="1.0"?>' + doctype + b"<w:document " + _W + b"><w:body>" + body + b"</w:body></w:document>"


def rewrite_docx(docx: bytes, **parts: Callable[[bytes], bytes]) -> bytes:
    """`docx` with some parts replaced: `word_document_xml=lambda old: new` for word/document.xml."""
    replace = {name.replace("_xml", ".xml").replace("_", "/"): change for name, change in parts.items()}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info.filename, replace[info.filename](data) if info.filename in replace else data)
    return out.getvalue()


def billion_laughs(docx: bytes) -> bytes:
    """Ten levels of entities, each ten of the one below: 10^10 "lol"s from a few hundred bytes."""
    entities = b'<!ENTITY l0 "lol">' + b"".join(
        f'<!ENTITY l{level} "{f"&l{level - 1};" * 10}">'.encode() for level in range(1, 11)
    )
    document = _document(b"<w:p><w:r><w:t>&l10;</w:t></w:r></w:p>", b"<!DOCTYPE w:document [" + entities + b"]>")
    return rewrite_docx(docx, word_document_xml=lambda old: document)


def xxe(docx: bytes, target: Path) -> bytes:
    """The text of the document is an external entity: the content of `target`."""
    doctype = f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{target}">]>'.encode()
    document = _document(b"<w:p><w:r><w:t>&x;</w:t></w:r></w:p>", doctype)
    return rewrite_docx(docx, word_document_xml=lambda old: document)


def bad_crc(docx: bytes) -> bytes:
    """One byte of the compressed document.xml flipped: its CRC no longer matches."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        info = package.getinfo("word/document.xml")
    data = bytearray(docx)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0xFF
    return bytes(data)


def zip_bomb(docx: bytes, unpacked_mb: int) -> bytes:
    """`docx` whose document.xml unpacks to `unpacked_mb` MB of paragraphs (deflate packs it ~300:1)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info.filename, source.read(info.filename))
                continue
            with target.open("word/document.xml", "w", force_zip64=True) as stream:
                stream.write(_document(b"")[: -len(b"</w:body></w:document>")])
                block = b"<w:p><w:r><w:t>thi dua khen thuong</w:t></w:r></w:p>" * 20_000
                for _ in range(unpacked_mb * MB // len(block)):
                    stream.write(block)
                stream.write(b"</w:body></w:document>")
    return out.getvalue()


def minimal_pdf(pages: list[tuple[int, int]], content: bytes = b"") -> bytes:
    """A PDF written by hand: one page per (width, height) in points, each drawing `content`."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for width, height in pages:
        number = len(objects) + 1
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Contents {number + 1} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        kids.append(f"{number} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def blank_scan(pages: int, target: Path) -> bytes:
    """A scanner's PDF of `pages` empty A4 sheets: images only, no text layer."""
    from PIL import Image

    sheet = Image.new("L", (2480, 3508), 255)
    sheet.save(target, save_all=True, append_images=[sheet] * (pages - 1), resolution=300)
    return target.read_bytes()

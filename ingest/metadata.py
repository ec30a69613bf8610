"""Read a plan's identity from its text: kind, title, issuing body, locality, number, date, signer.

Vietnamese administrative documents open with a header (issuing body, "Số: …/KH-UBND", place and
date) and a title ("KẾ HOẠCH" + subject), and close with "Nơi nhận:" and the signer. Extracted PDFs
often lose the header; then the issuing body is read from phrases such as "UBND huyện Văn Quan ban
hành", and as a last resort the locality is matched against the file name ("lang-son-…").
Placeholder dates ("ngày … tháng 11 năm 2024") keep only what they state.

Pure functions over normalised text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from knowledge.schema import SIGNATURE, Section
from knowledge.text import fold

_KINDS = ("KẾ HOẠCH", "QUYẾT ĐỊNH", "QUY CHẾ", "QUY ĐỊNH", "HƯỚNG DẪN", "CHỈ THỊ", "THÔNG BÁO", "CÔNG VĂN")
_KIND_LINE = re.compile(rf"^({'|'.join(_KINDS)})\s*$")
_TITLE_STOP = re.compile(r"^(Thực hiện|Căn cứ|Nhằm|Để|Thiết thực|Phát huy|Chủ tịch|Ủy ban|UBND|Trên cơ sở|Theo)\b")
_NUMBER = re.compile(r"Số\s*:\s*([0-9]*\s*/\s*[\wĐđ-]+)")
_PLACE_DATE = re.compile(r"([A-ZĐ][^\n,]{1,30}),\s*ngày\s*([0-9…. ]*)\s*tháng\s*([0-9…. ]*)\s*năm\s*(\d{4})")
_LEVELS = ("thành phố", "thị trấn", "tỉnh", "huyện", "quận", "thị xã", "xã", "phường")
_LEVEL = "|".join(_LEVELS)
_NAME = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^\s,.;:()]*(?: [A-ZĐ][^\s,.;:()]*){0,3}"
_ISSUER_PHRASE = re.compile(rf"(?:Ủy ban nhân dân|UBND)\s+({_LEVEL})(?:\s+({_NAME}))?", re.UNICODE)
_PLACE_PHRASE = re.compile(rf"\b({_LEVEL})\s+({_NAME})")
_HEADER_CUT = re.compile(r"\s*(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc|Số\s*:).*$")
_ROLE_WORDS = ("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "TRƯỞNG BAN", "BÍ THƯ", "TM.", "KT.", "Q.")


@dataclass(frozen=True)
class Metadata:
    kind: str
    title: str
    locality: str
    issuer: str
    number: str
    date: str
    signer: str
    signer_role: str


def _sentence_case_place(words: str) -> str:
    """ "HUYỆN ĐÌNH LẬP" → "huyện Đình Lập"."""
    text = words.strip()
    for level in _LEVELS:
        if text.lower().startswith(level + " "):
            name = text[len(level) + 1 :]
            return f"{level} {' '.join(w.capitalize() for w in name.split())}"
    return " ".join(w.capitalize() for w in text.split())


def _header_issuer(preamble_lines: list[str]) -> tuple[str, str]:
    """Issuing body and locality from an upper-case header such as "ỦY BAN NHÂN DÂN / HUYỆN AN LÃO"."""
    header: list[str] = []
    for line in preamble_lines[:6]:
        if _KIND_LINE.match(line):
            break
        cut = _HEADER_CUT.sub("", line).strip()
        if cut and cut.isupper():
            header.append(cut)
    joined = " ".join(header)
    match = re.match(rf"^(ỦY BAN NHÂN DÂN|UBND)\s+(({_LEVEL.upper()})\s+.+)$", joined)
    if not match:
        return "", ""
    locality = _sentence_case_place(match.group(2))
    return f"Ủy ban nhân dân {locality}", locality


def _name_from_doc_id(doc_id: str, text: str) -> str:
    """Find in `text` a capitalised name whose folded form starts `doc_id` ("lang-son-…" → "Lạng Sơn")."""
    pattern = r"[A-ZĐ][^\s,.;:()]*(?:\s+[A-ZĐ][^\s,.;:()]*){0,3}"
    names = {" ".join(m.group(0).split()) for m in re.finditer(pattern, text)}
    matching = [n for n in names if doc_id.startswith(fold(n).replace(" ", "-") + "-")]
    return max(matching, key=len, default="")


def _locality(text: str, level: str, name: str, doc_id: str) -> str:
    if name:
        return f"{level} {name}"
    counts = Counter(m.group(2) for m in _PLACE_PHRASE.finditer(text) if m.group(1) == level)
    for candidate, _ in counts.most_common():
        if doc_id.startswith(fold(candidate).replace(" ", "-")):
            return f"{level} {candidate}"
    guessed = _name_from_doc_id(doc_id, text)
    if guessed:
        return f"{level} {guessed}"
    return f"{level} {counts.most_common(1)[0][0]}" if counts else ""


def _title(lines: list[str]) -> tuple[str, str]:
    for index, line in enumerate(lines):
        match = _KIND_LINE.match(line)
        if not match:
            continue
        kind = match.group(1).capitalize()
        subject: list[str] = []
        for following in lines[index + 1 :]:
            if _TITLE_STOP.match(following) or len(" ".join(subject)) > 500:
                break
            subject.append(following)
            if following.endswith((".", ";")):
                break
        return kind.lower(), " ".join([kind, *subject]).strip()
    return "", ""


def _date(text: str) -> str:
    match = _PLACE_DATE.search(text)
    if not match:
        return ""
    day, month, year = (part.strip(" .…") for part in match.groups()[1:])
    if day.isdigit() and month.isdigit():
        return f"{int(day):02d}/{int(month):02d}/{year}"
    if month.isdigit():
        return f"tháng {int(month)} năm {year}"
    return f"năm {year}"


def _signer(text: str, signature: Section | None) -> tuple[str, str]:
    if signature is None:
        return "", ""
    lines = [ln.strip() for ln in text[signature.start : signature.end].split("\n") if ln.strip()]
    if not lines:
        return "", ""
    name = lines[-1]
    if name.isupper() or name.startswith("-") or len(name.split()) > 6:
        return "", ""
    roles = [ln for ln in lines[-4:-1] if ln.isupper() and any(w in ln for w in _ROLE_WORDS)]
    role = roles[-1].capitalize().replace("chủ tịch", "Chủ tịch") if roles else ""
    return name, role


def extract_metadata(doc_id: str, text: str, sections: list[Section]) -> Metadata:
    """Identify the document from its normalised text and parsed sections."""
    preamble_end = next((s.start for s in sections if s.level > 0), len(text))
    preamble_lines = [ln.strip() for ln in text[:preamble_end].split("\n") if ln.strip()]
    kind, title = _title(preamble_lines)
    issuer, locality = _header_issuer(preamble_lines)
    if not issuer:
        phrase = _ISSUER_PHRASE.search(text[:preamble_end]) or _ISSUER_PHRASE.search(text)
        if phrase:
            locality = _locality(text, phrase.group(1), phrase.group(2) or "", doc_id)
            issuer = f"Ủy ban nhân dân {locality}".strip()
    number_match = _NUMBER.search(text[:preamble_end])
    number = re.sub(r"\s+", "", number_match.group(1)) if number_match else ""
    signature = next((s for s in sections if s.path == SIGNATURE), None)
    signer, role = _signer(text, signature)
    return Metadata(
        kind=kind or "văn bản",
        title=title or doc_id,
        locality=locality,
        issuer=issuer,
        number=number,
        date=_date(text[:preamble_end]),
        signer=signer,
        signer_role=role,
    )

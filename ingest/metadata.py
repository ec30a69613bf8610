"""Read a document's identity from its text: kind, title, issuing body, locality, number, date,
signer, effective date and the documents it replaces.

Vietnamese administrative documents open with a header (the issuing body, often under its parent:
"UBND TỈNH BẮC KẠN / SỞ GIÁO DỤC VÀ ĐÀO TẠO"; "Số: …/KH-UBND"; place and date), then a title (the
kind alone on a line, "KẾ HOẠCH", and its subject), and close with "Nơi nhận:" and the signer. A
Quyết định that issues an attached document (a Quy chế, a Hướng dẫn) is known by that document:
its kind and title, under the decision's number. Extracted PDFs often lose the header; then the
issuing body is read from phrases such as "UBND huyện Văn Quan ban hành", and as a last resort the
locality is matched against the file name ("lang-son-…"). Placeholder dates ("ngày … tháng 11 năm
2024") keep only what they state. The kinds and agency words come from the lexicon.

Pure functions over normalised text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ingest.signers import is_name, is_role, signers
from knowledge.lexicon import lexicon
from knowledge.schema import DECISION_PREFIX, PEOPLES_COMMITTEE, PREAMBLE, SIGNATURE, Section
from knowledge.text import capitalised_ending, fold

_ACRONYM = re.compile(r"[B-DF-HJ-NP-TV-Z]{2,}(?:&[B-DF-HJ-NP-TV-Z]{2,})?")  # consonants in capitals: "LHPN", "GD&ĐT"
_TITLE_STOP = re.compile(
    r"^(Thực hiện|Căn cứ|Nhằm|Để|Thiết thực|Phát huy|Chủ tịch|Ủy ban|UBND|Trên cơ sở|Theo|\(Ban hành|Ban hành kèm)\b"
)
# "Số: 215/KH-UBND"; the Party's and mass organisations' "Số: 184-KH/TĐTN-VP", often printed
# without the colon ("Số 47-KH/HND"): a number follows at once, so "Số lượng …" is never one.
_NUMBER = re.compile(r"Số\s*:?\s*([0-9]*\s*/\s*[\wĐđ/-]+|[0-9]+-[A-ZĐ][\wĐđ/-]*)")
_PLACE_DATE = re.compile(r"([A-ZĐ][^\n,]{1,30}),\s*ngày\s*([0-9…. ]*)\s*tháng\s*([0-9…. ]*)\s*năm\s*(\d{4})")
_LONG_DATE = r"ngày\s+(\d{1,2})\s*(?:tháng\s+|/)(\d{1,2})\s*(?:năm\s+|/)(\d{4})"
_EFFECTIVE = re.compile(rf"có hiệu lực(?: thi hành)?(?: kể)? từ (?:{_LONG_DATE}|ngày (ký|ban hành))", re.IGNORECASE)
_DOCUMENT_REF = r"(?:Quyết định|Kế hoạch|Hướng dẫn|Quy chế|Quy định|Thông báo|Công văn|Chỉ thị)"
# "(Ban hành kèm theo Quyết định số 2876/QĐ-UBND ngày 16 tháng 9 năm 2024 …)": the decision issuing it.
_ATTACHED_TO = re.compile(rf"kèm theo {_DOCUMENT_REF} số ([\w/.Đđ-]+) {_LONG_DATE}", re.IGNORECASE)
_REF_DATE = r"\d{1,2}(?:/\d{1,2}/\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
_REPLACES = re.compile(rf"thay\s+thế\s+(?:cho\s+)?(?P<ref>{_DOCUMENT_REF}\s+số\s+[\w/.Đđ-]+(?:\s+ngày\s+{_REF_DATE})?)")
_NAME = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^\s,.;:()]*(?: [A-ZĐ][^\s,.;:()]*){0,3}"


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
    effective_date: str
    replaces: tuple[str, ...]


def _levels() -> str:
    return "|".join(lexicon().localities)


def _place_case(words: str) -> str:
    """ "HUYỆN ĐÌNH LẬP" → "huyện Đình Lập"."""
    text = " ".join(words.split())
    for level in lexicon().localities:
        if text.lower().startswith(level + " "):
            name = text[len(level) + 1 :]
            return f"{level} {' '.join(w.capitalize() for w in name.split())}"
    return " ".join(w.capitalize() for w in text.split())


def _agency_case(words: str) -> str:
    """ "SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở Giáo dục và Đào tạo": a proper name starts after the head noun
    and after "và" or a dash; "ỦY BAN NHÂN DÂN HUYỆN X" → "Ủy ban nhân dân huyện X"."""
    joined = " ".join(words.split())
    lowered = joined.lower()
    place = re.search(rf"\b({_levels()})\s", lowered)
    name, where = (lowered[: place.start()].strip(), joined[place.start() :]) if place else (lowered, "")
    head = next((h for h in lexicon().agency_heads if name == h or name.startswith(h + " ")), "")
    out: list[str] = []
    start_name = True
    typed = joined[len(head) : len(name)].split()  # as written: "LHPN" stays an acronym
    lowered_words = name[len(head) :].split()
    inside = _heads_inside(lowered_words)
    acronyms = [
        word.isupper() and bool(_ACRONYM.fullmatch(fold(word).upper())) and index not in inside
        for index, word in enumerate(typed)
    ]
    for index, (word, as_written) in enumerate(zip(lowered_words, typed, strict=False)):
        if index in inside:
            # "CÔNG ĐOÀN CÔNG TY CP …": a body of several words named inside the name ("Công ty").
            out.append(word.capitalize() if inside[index] else word)
            start_name = index + 1 not in inside or inside[index + 1]
            continue
        # "BAN CHẤP HÀNH HỘI LHPN", "… HỘI NÔNG DÂN": an organisation named inside the name.
        named_next = index + 1 < len(typed) and acronyms[index + 1]
        heads_again = bool(out) and word in lexicon().agency_heads and (named_next or word in lexicon().organisations)
        if acronyms[index]:
            out.append(as_written)
        else:
            out.append(word.capitalize() if (start_name or heads_again) and word not in ("và", "-") else word)
        # "TRƯỜNG THPT LÊ LỢI": a name follows the kind of body an acronym says.
        start_name = word in ("và", "-") or heads_again or acronyms[index]
    head_text = PEOPLES_COMMITTEE if head in ("ủy ban nhân dân", "ubnd") else head.capitalize()
    agency = " ".join([head_text, *out]).strip() if head else " ".join(out)
    return f"{agency} {_place_case(where)}".strip() if where else agency


def _heads_inside(words: list[str]) -> dict[int, bool]:
    """The positions of the words of each head noun of several words ("công ty", "liên đoàn lao
    động") inside a body's name after its own head, each True where such a head starts."""
    inside: dict[int, bool] = {}
    heads = sorted((h.split() for h in lexicon().agency_heads if " " in h), key=len, reverse=True)
    index = 0
    while index < len(words):
        found = next((h for h in heads if words[index : index + len(h)] == h), None)
        if found:
            inside |= {index + offset: offset == 0 for offset in range(len(found))}
        index += len(found) if found else 1
    return inside


def _header_lines(preamble_lines: list[str]) -> list[str]:
    """The upper-case lines of the issuing body, before the title."""
    header: list[str] = []
    for line in preamble_lines[:8]:
        if lexicon().kind_by_title(line):
            break
        cut = _header_cut().sub("", line).strip()
        if cut and cut[0].isalpha() and cut.isupper():
            header.append(_written_out(cut))
    # A mass organisation's national name ("HỘI NÔNG DÂN VIỆT NAM") stands where the state's motto
    # does: the issuing body is in the other lines.
    bodies = [line for line in header if not line.endswith(_NATIONAL)]
    return bodies or header


_NATIONAL = " VIỆT NAM"


@lru_cache(maxsize=1)
def _header_cut() -> re.Pattern[str]:
    """A header line from the motto beside the issuing body ([structure] header_mottos), or from its number, on."""
    mottos = "|".join(re.escape(motto) for motto in lexicon().header_mottos)
    return re.compile(rf"\s*(?:{mottos}|Số\s*(?::|\d)).*$")


def _written_out(line: str) -> str:
    """A header line with its abbreviations written out ("BCH HỘI NÔNG DÂN" → "BAN CHẤP HÀNH …")."""
    words = lexicon().header_abbreviations
    return " ".join(words.get(word, word) for word in line.split())


def _opens_with_body(line: str) -> bool:
    """Whether a header line opens with a body's head noun ("BỆNH VIỆN", "SỞ") or a level ("PHƯỜNG")."""
    lowered = line.lower()
    words = (*lexicon().agency_heads, *lexicon().localities)
    return any(lowered == word or lowered.startswith(f"{word} ") for word in words)


def _as_written(name: str, text: str) -> str:
    """`name` as the document writes it in lower and upper case ("Bệnh viện Đa khoa khu vực Ngã
    Bảy"), the header's capitals having lost which words are names. A name the body shortens
    ("Công ty CP Thiết bị điện Hòa Cầm") is written as the body writes its longest ending."""
    words = name.split()
    for start in range(len(words) - 1):
        ending = " ".join(words[start:])
        for match in re.finditer(re.escape(ending), text, re.IGNORECASE):
            if not match.group(0).isupper():
                return " ".join([*words[:start], match.group(0)])
    return name


def _header_issuer(header: list[str]) -> tuple[str, str]:
    """Issuing body and locality from the header: "UBND TỈNH BẮC KẠN / SỞ GIÁO DỤC VÀ ĐÀO TẠO" →
    ("Sở Giáo dục và Đào tạo tỉnh Bắc Kạn", "tỉnh Bắc Kạn")."""
    joined = " ".join(header)
    heads = "|".join(h.upper() for h in lexicon().agency_heads)
    # A place ends with its line, or where a body's head noun opens a name on it ("UBND TỈNH BẮC KẠN
    # SỞ GIÁO DỤC …"); a head noun ending the line is a word of the place's name ("HẢI PHÒNG").
    found = (re.search(rf"\b({_levels().upper()})\s+(.+?)(?=\s+(?:{heads})\s|$)", line) for line in header)
    place = next(filter(None, found), None)
    if not place:
        return "", ""
    locality = _place_case(f"{place.group(1)} {place.group(2)}")
    committee = re.match(rf"^(ỦY BAN NHÂN DÂN|UBND)\s+({_levels().upper()})\s", joined)
    if committee and joined.endswith(place.group(0)):
        return f"{PEOPLES_COMMITTEE} {locality}", locality
    issuing_line = header[-1]
    if len(header) > 1 and header[-1].lower() in lexicon().organs:
        issuing_line = f"{header[-1]} {header[-2]}"  # "BAN THƯỜNG VỤ" of the organisation above it
    # "BỆNH VIỆN ĐA KHOA / KHU VỰC NGÃ BẢY": a body's name the header wraps onto the next line.
    placed = re.compile(rf"\b({_levels().upper()})\s")
    wrapped = not _opens_with_body(header[-1]) and not placed.search(header[-1])
    if len(header) > 1 and wrapped and _opens_with_body(header[-2]) and not placed.search(header[-2]):
        issuing_line = f"{header[-2]} {header[-1]}"
    issuer = _agency_case(issuing_line)
    own = re.search(rf"\b(?:{_levels()})\s.+$", issuer)
    if not own:
        # "BỆNH VIỆN ĐA KHOA TỈNH" under "SỞ Y TẾ TỈNH SÓC TRĂNG": the level it ends with is the place's.
        level, _, name = locality.partition(" ")
        if issuer.lower().endswith(f" {level}"):
            return f"{issuer} {name}", locality
        return f"{issuer} {locality}", locality
    # The issuing body's own place is the document's: "THÀNH PHỐ HUẾ / ỦY BAN NHÂN DÂN / PHƯỜNG
    # THUẬN HÓA" is a document of phường Thuận Hóa, under thành phố Huế, issued by its committee.
    if own.start() == 0 and re.search(r"\b(?:ỦY BAN NHÂN DÂN|UBND)\b", joined):
        issuer = f"{PEOPLES_COMMITTEE} {issuer}"
    return issuer, own.group(0)


def _unplaced_issuer(header: list[str], text: str, preamble: str, joint: bool) -> tuple[str, str]:
    """Issuing body and place of a header naming no level of government, whose place is the one
    the document is dated at ("Đà Nẵng, ngày 18 tháng 02 năm 2025"). The body under its superior
    one ("SỞ GD&ĐT KHÁNH HÒA / TRƯỜNG THPT PHAN CHU TRINH") issues; of a document several bodies
    issue (`joint`: "KẾ HOẠCH LIÊN TỊCH" of "CÔNG TY CỔ PHẦN … HÒA CẦM / BAN CHẤP HÀNH CÔNG ĐOÀN
    CÔNG TY"), the first is named."""
    bodies = [index for index, line in enumerate(header) if _opens_with_body(line)]
    if not bodies or bodies[0] != 0:
        return "", ""
    place = _PLACE_DATE.search(preamble)
    # The place the date line opens with, without what extraction put before it on the line.
    located = " ".join(capitalised_ending(place.group(1).split())) if place else ""
    first = bodies[0] if joint else bodies[-1]
    # "CÔNG TY CỔ PHẦN / NƯỚC SẠCH SÔNG BA": a name the header wraps onto a line opening no body.
    wrapped = first + 1 < len(header) and not _opens_with_body(header[first + 1])
    name = f"{header[first]} {header[first + 1]}" if wrapped else header[first]
    return _as_written(_agency_case(name), text), located


def _name_from_doc_id(doc_id: str, text: str) -> str:
    """Find in `text` a capitalised name whose folded form starts `doc_id` ("lang-son-…" → "Lạng Sơn")."""
    pattern = r"[A-ZĐ][^\s,.;:()]*(?:\s+[A-ZĐ][^\s,.;:()]*){0,3}"
    names = {" ".join(m.group(0).split()) for m in re.finditer(pattern, text)}
    matching = [n for n in names if doc_id.startswith(fold(n).replace(" ", "-") + "-")]
    return max(matching, key=len, default="")


def _phrase_locality(text: str, preamble: str, doc_id: str) -> str:
    issuer_phrase = re.compile(rf"(?:Ủy ban nhân dân|UBND)\s+({_levels()})(?:\s+({_NAME}))?", re.UNICODE)
    phrase = issuer_phrase.search(preamble) or issuer_phrase.search(text)
    if not phrase:
        return ""
    level, name = phrase.group(1), phrase.group(2) or ""
    if name:
        return f"{level} {name}"
    counts = Counter(m.group(2) for m in re.finditer(rf"\b({_levels()})\s+({_NAME})", text) if m.group(1) == level)
    for candidate, _ in counts.most_common():
        if doc_id.startswith(fold(candidate).replace(" ", "-")):
            return f"{level} {candidate}"
    guessed = _name_from_doc_id(doc_id, text)
    if guessed:
        return f"{level} {guessed}"
    return f"{level} {counts.most_common(1)[0][0]}" if counts else ""


def _replaced(body: str) -> tuple[str, ...]:
    """The documents this one replaces: those its own sentence says it replaces ("Quyết định này có
    hiệu lực … và thay thế Quyết định số …", "Hướng dẫn này thay thế …"), not those a report or a
    notice says a regulation yet to be issued will replace ("ban hành Quy chế mới, thay thế …")."""
    kinds = "|".join(re.escape(kind.name) for kind in lexicon().kinds)
    itself = re.compile(rf"(?i)\b(?:{kinds}) này\b")
    replaced = []
    for match in _REPLACES.finditer(body):
        sentence = body[body.rfind(".", 0, match.start()) + 1 : match.start()]  # lines break inside sentences
        if itself.search(sentence):
            replaced.append(" ".join(match.group("ref").split()))
    return tuple(dict.fromkeys(replaced))


def _title(lines: list[str]) -> tuple[str, str]:
    """(kind name, title) from the first title line ("QUY CHẾ") and the subject lines after it."""
    for index, line in enumerate(lines):
        kind = lexicon().kind_by_title(line)
        if kind is None:
            continue
        subject: list[str] = []
        for following in lines[index + 1 :]:
            if (
                _TITLE_STOP.match(following)
                or lexicon().paragraph_opening.match(following)
                or len(" ".join(subject)) > 500
                or lexicon().kind_by_title(following)
            ):
                break
            if subject and following.isupper() and not subject[-1].isupper():
                break  # the issuing body's line under a decision's title ("ỦY BAN NHÂN DÂN HUYỆN …")
            subject.append(following)
            if following.endswith((".", ";")):
                break
        qualifier = " ".join(line.split())[len(kind.title) :].lower()  # "KẾ HOẠCH LIÊN TỊCH"
        return kind.name, " ".join([f"{kind.name}{qualifier}", *subject]).strip()
    return _title_from_subject(lines)


def _title_from_subject(lines: list[str]) -> tuple[str, str]:
    """(kind name, title) of a kind written without a title line, from its subject line ("V/v
    hướng dẫn thời hạn, hồ sơ đề nghị" / "khen thưởng năm học 2024 - 2025")."""
    for index, line in enumerate(lines):
        kind = next((k for k in lexicon().kinds if k.subject_cue and line.startswith(k.subject_cue)), None)
        if kind is None:
            continue
        subject = [line.removeprefix(kind.subject_cue).strip(" :.")]
        for following in lines[index + 1 :]:
            if _TITLE_STOP.match(following) or not following[:1].islower():
                break
            subject.append(following)
        return kind.name, " ".join([kind.name, *subject]).strip()
    return "", ""


def _date(text: str, attached: re.Match[str] | None) -> str:
    """The date a document is issued: its header's ("Bắc Kạn, ngày 20 tháng 6 năm 2025"), or, for an
    attached document filed without the decision issuing it, that decision's (`attached`: "(Ban hành
    kèm theo Quyết định số 2876/QĐ-UBND ngày 16 tháng 9 năm 2024 …)")."""
    match = _PLACE_DATE.search(text)
    if not match:
        return f"{int(attached.group(2)):02d}/{int(attached.group(3)):02d}/{attached.group(4)}" if attached else ""
    day, month, year = (part.strip(" .…") for part in match.groups()[1:])
    if day.isdigit() and month.isdigit():
        return f"{int(day):02d}/{int(month):02d}/{year}"
    if month.isdigit():
        return f"tháng {int(month)} năm {year}"
    return f"năm {year}"


def _effective_date(text: str, date: str) -> str:
    match = _EFFECTIVE.search(text)
    if not match:
        return ""
    if match.group(4):
        return date
    day, month, year = match.group(1), match.group(2), match.group(3)
    return f"{int(day):02d}/{int(month):02d}/{year}"


def _signer(text: str, signature: Section | None) -> tuple[str, str]:
    if signature is None:
        return "", ""
    lines = [ln.strip() for ln in text[signature.start : signature.end].split("\n") if ln.strip()]
    # The signer's name is the last line written as a name (a recipient "- Lưu: VT" may follow it
    # when the two columns of the block were read one after the other). When extraction merged the
    # columns without a gap, the role and name end the recipients' lines ("- Bộ Nội vụ; PHÓ CHỦ TỊCH",
    # "Nơi nhận: HIỆU TRƯỞNG" above a name on its own line).
    return signers([_right_column(line) for line in lines])


def _right_column(line: str) -> str:
    """What follows the end of a recipient line ("…;", "Lưu: VT, NV.", "Nơi nhận:"), if it is a role
    in capitals or a name."""
    for end in (";", ". ", ": "):
        tail = line.rsplit(end, 1)[-1].strip() if end in line else ""
        if tail and (is_name(tail) or is_role(tail)):
            return tail
    return line


def extract_metadata(doc_id: str, text: str, sections: list[Section]) -> Metadata:
    """Identify the document from its normalised text and parsed sections."""
    preamble_end = next((s.start for s in sections if s.level > 0), len(text))
    preamble_lines = [ln.strip() for ln in text[:preamble_end].split("\n") if ln.strip()]
    kind, title = _title(preamble_lines)
    attached = [s for s in sections if s.path == PREAMBLE][1:]
    if attached and any(s.path.startswith(DECISION_PREFIX) for s in sections):
        # A decision issuing a Quy chế (or a Hướng dẫn…) is known by the document it issues.
        attached_lines = [ln.strip() for ln in text[attached[0].start : attached[0].end].split("\n") if ln.strip()]
        kind, title = _title(attached_lines) if _title(attached_lines)[0] else (kind, title)
    issuer, locality = _header_issuer(_header_lines(preamble_lines))
    if issuer.endswith(f" {locality}") and locality:
        issuer = f"{_as_written(issuer.removesuffix(f' {locality}'), text)} {locality}"
    elif issuer:
        issuer = _as_written(issuer, text)
    # A header naming a body without a level of government (a company, a union) names the issuer;
    # only a header naming none leaves it to the committee the text mentions ("UBND tỉnh Phú Yên").
    if not issuer:
        joint = any(f"{kind} {qualifier}".lower() in title.lower() for qualifier in lexicon().title_qualifiers)
        issuer, locality = _unplaced_issuer(_header_lines(preamble_lines), text, text[:preamble_end], joint)
    if not issuer:
        locality = _phrase_locality(text, text[:preamble_end], doc_id)
        issuer = f"{PEOPLES_COMMITTEE} {locality}".strip() if locality else ""
    number_match = _NUMBER.search(text[:preamble_end])
    number = re.sub(r"\s+", "", number_match.group(1)) if number_match else ""
    # A regulation filed without the decision issuing it is known by that decision's number and
    # date, as one filed with it is.
    attached_to = _ATTACHED_TO.search(" ".join(text[:preamble_end].split()))
    number = number or (attached_to.group(1).rstrip(".") if attached_to else "")
    if not kind and number:
        code = next((k for k in lexicon().kinds if any(f"/{c}" in number for c in k.codes)), None)
        kind = code.name if code else ""
    signature = next((s for s in sections if s.path == SIGNATURE), None)
    signer, role = _signer(text, signature)
    date = _date(text[:preamble_end], attached_to)
    body = text[preamble_end:]
    return Metadata(
        kind=kind or "Văn bản",
        title=title or doc_id,
        locality=locality,
        issuer=issuer,
        number=number,
        date=date,
        signer=signer,
        signer_role=role,
        effective_date=_effective_date(body, date),
        replaces=_replaced(body),
    )

"""Checks for held-out set S42.

Run: /work/main/.venv/bin/python check.py             (all checks; exit code 1 on any problem)
     /work/main/.venv/bin/python check.py --paths     (print the section paths the parser finds)
     /work/main/.venv/bin/python check.py --selftest  (plant faults and verify the checks report them)
     /work/main/.venv/bin/python check.py --search WORD [WORD ...]
                                                      (lines of the eight documents holding every
                                                       word, compared lower-cased and without
                                                       diacritics; used for unanswerable questions)

The parser here is this set's own (modelled on S35's): it imports nothing from the project.
"""
import copy
import datetime
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
PLANS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "knowledge", "documents"))

FIELDS = ["id", "question", "docs", "sections", "must", "any", "kind", "abstain"]
KINDS = {"deadline", "date", "period", "dossier", "copies", "recipient", "authority", "amount",
         "fund", "percentage", "quota", "count", "score", "criteria", "person", "agency",
         "standing_body", "form", "basis", "fact", "other"}

TXT_ID = "sa-dec-2025-thong-bao-dang-ky-danh-hieu-thi-dua"
DOCX_ID = "viet-yen-2025-ke-hoach-thi-dua-cao-diem-100-ngay"
PDF_ID = "nam-dinh-2024-huong-dan-ho-so-khen-thuong-cap-nha-nuoc"
MINE = [TXT_ID, DOCX_ID, PDF_ID]
EXPECTED_PER_DOC = {TXT_ID: 14, DOCX_ID: 15, PDF_ID: 15}
EXPECTED_PLANS = {"an-lao-2024-thi-dua-yeu-nuoc-nam-2025": 4, "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa": 4,
                  "dinh-lap-2024-thi-dua-cao-diem-dai-hoi-xxv": 4, "lang-son-2025-thi-dua-dai-hoi-xiv": 5,
                  "van-quan-2025-thi-dua-luong-van-tri": 5}
PDF_PAGES = 3
RUNNING = "Hướng dẫn số 15/HD-SNV ngày 12/8/2024 của Sở Nội vụ tỉnh Nam Định"
LIMIT = datetime.date(2025, 7, 1)

problems = []


def bad(msg):
    problems.append(msg)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    return nfc(s).lower()


def fold(s):
    """Lower-cased, without diacritics (đ → d), for searching."""
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


# ---------------------------------------------------------------- text extraction
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PAGE_NO_TXT = re.compile(r"^\s*\d{1,2}\s*$")


def txt_lines(path):
    """Lines of the OCR-like text, NFC; the lone page numbers ("2") dropped."""
    raw = open(path, encoding="utf-8").read().split("\n")
    return [nfc(l) for l in raw if not PAGE_NO_TXT.match(l)]


def _roman(n):
    out = ""
    for v, r in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + r, n - v
    return out


def numbering_formats(d):
    """numId -> {ilvl: (numFmt, lvlText, start)} read from numbering.xml."""
    el = d.part.numbering_part.element
    absd = {}
    for a in el.findall(W + "abstractNum"):
        lv = {}
        for l in a.findall(W + "lvl"):
            fmt = l.find(W + "numFmt")
            txt = l.find(W + "lvlText")
            st = l.find(W + "start")
            lv[int(l.get(W + "ilvl"))] = (fmt.get(W + "val") if fmt is not None else "decimal",
                                          txt.get(W + "val") if txt is not None else "",
                                          int(st.get(W + "val")) if st is not None else 1)
        absd[a.get(W + "abstractNumId")] = lv
    out = {}
    for n in el.findall(W + "num"):
        out[n.get(W + "numId")] = absd.get(n.find(W + "abstractNumId").get(W + "val"), {})
    return out


def _fmt(n, fmt):
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    if fmt == "upperLetter":
        return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n - 1]
    return str(n)


def docx_lines(path):
    """Lines of a .docx in body order: one per paragraph (its Word automatic number rendered in
    front, as Word shows it) and one per table row (cells joined by " | ", a cell's paragraphs
    joined by a space, a merged cell repeated as python-docx gives it)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(path)
    fmts = numbering_formats(d)
    counters = {}
    lines = []
    for child in d.element.body.iterchildren():
        if child.tag == W + "p":
            text = Paragraph(child, d).text
            numpr = child.find(W + "pPr/" + W + "numPr")
            if numpr is not None:
                nid = numpr.find(W + "numId").get(W + "val")
                il = numpr.find(W + "ilvl")
                ilvl = int(il.get(W + "val")) if il is not None else 0
                lv = fmts.get(nid, {})
                c = counters.setdefault(nid, {})
                c[ilvl] = c.get(ilvl, lv.get(ilvl, ("decimal", "%1.", 1))[2] - 1) + 1
                for deeper in [k for k in c if k > ilvl]:
                    del c[deeper]
                fmt, pattern, _ = lv.get(ilvl, ("decimal", "%1.", 1))
                label = re.sub(r"%(\d)", lambda m: _fmt(c.get(int(m.group(1)) - 1, 1),
                                                        lv.get(int(m.group(1)) - 1, ("decimal",))[0]),
                               pattern)
                text = label + " " + text
            lines.append(text)
        elif child.tag == W + "tbl":
            for row in Table(child, d).rows:
                lines.append(" | ".join(c.text.replace("\n", " ") for c in row.cells))
    return [nfc(l) for l in lines]


def pdf_pages(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    pages = []
    for i in range(len(pdf)):
        t = pdf[i].get_textpage().get_text_range()
        pages.append(t.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return pages


PAGE_NO_PDF = re.compile(r"^Trang \d+/\d+$")


def pdf_lines(path):
    """Extracted lines of all pages; the running header at the top of pages 2+ and the page number
    ("Trang 1/3") at the bottom of each page dropped."""
    out = []
    for ls in pdf_pages(path):
        ls = [nfc(l) for l in ls]
        while ls and not ls[-1].strip():
            ls.pop()
        if ls and PAGE_NO_PDF.match(ls[-1].strip()):
            ls.pop()
        if ls and ls[0].strip() == RUNNING:
            ls = ls[1:]
        out.extend(ls)
    return out


_line_cache = {}


def doc_lines(doc_id):
    if doc_id not in _line_cache:
        if doc_id == TXT_ID:
            v = txt_lines(os.path.join(DOCS, doc_id + ".txt"))
        elif doc_id == DOCX_ID:
            v = docx_lines(os.path.join(DOCS, doc_id + ".docx"))
        elif doc_id == PDF_ID:
            v = pdf_lines(os.path.join(DOCS, doc_id + ".pdf"))
        else:
            v = [nfc(l) for l in open(os.path.join(PLANS, doc_id + ".txt"), encoding="utf-8").read().split("\n")]
        _line_cache[doc_id] = v
    return _line_cache[doc_id]


# ---------------------------------------------------------------- section cutting
ARAB = re.compile(r"^(\d+)\.\s")
DECIMAL = re.compile(r"^(\d+(?:\.\d+)*)\.\s")
LETTER = re.compile(r"^([a-zđ])\)\s")
ROMAN = re.compile(r"^([IVX]+)\.\s")
PART = re.compile(r"^PHẦN ([IVX]+)\.")


def add(secs, path, line):
    secs.setdefault(path, []).append(line)


def cut_pdf(lines):
    """Hướng dẫn: "PHẦN I." … restart their decimal headings, so a path is the Roman number then
    the heading as written (II.1.2), then the point letter (II.1.2.a)."""
    secs = OrderedDict()
    cur, part, head = "preamble", None, None
    for l in lines:
        s = l.strip()
        if s.startswith("Nơi nhận"):
            cur = "signature"
        elif cur == "signature":
            pass
        elif PART.match(s):
            part, head = PART.match(s).group(1), None
            cur = part
        elif part and DECIMAL.match(s):
            head = part + "." + DECIMAL.match(s).group(1)
            cur = head
        elif head and LETTER.match(s):
            cur = head + "." + LETTER.match(s).group(1)
        if s:
            add(secs, cur, l)
    return secs


def cut_numbered(lines, top_roman):
    """Plans and the Word Kế hoạch (Roman → Arabic → letter) and the notice (Arabic → letter)."""
    secs = OrderedDict()
    cur, rom, arab = "preamble", None, None
    for l in lines:
        s = l.strip().lstrip("*").strip()
        if s.startswith("Nơi nhận"):
            cur = "signature"
        elif cur == "signature":
            pass
        elif top_roman and ROMAN.match(s):
            rom, arab = ROMAN.match(s).group(1), None
            cur = rom
        elif ARAB.match(s) and (rom or not top_roman):
            arab = ((rom + ".") if top_roman else "") + ARAB.match(s).group(1)
            cur = arab
        elif arab and LETTER.match(s):
            cur = arab + "." + LETTER.match(s).group(1)
        if s:
            add(secs, cur, l)
    return secs


_sec_cache = {}


def sections_of(doc_id):
    if doc_id not in _sec_cache:
        lines = doc_lines(doc_id)
        if doc_id == PDF_ID:
            v = cut_pdf(lines)
        elif doc_id == TXT_ID:
            v = cut_numbered(lines, top_roman=False)
        else:
            v = cut_numbered(lines, top_roman=True)
        _sec_cache[doc_id] = v
    return _sec_cache[doc_id]


def section_text(secs, path):
    out = []
    for p, ls in secs.items():
        if p == path or p.startswith(path + "."):
            out.extend(ls)
    return out


def plan_ids():
    return sorted(f[:-4] for f in os.listdir(PLANS) if f.endswith(".txt"))


# ---------------------------------------------------------------- sections.md
def listed_paths():
    out, cur = {}, None
    for line in open(os.path.join(HERE, "sections.md"), encoding="utf-8"):
        m = re.match(r"^##+ `([^`]+)`", line)
        if m:
            cur = m.group(1)
            out[cur] = set()
            continue
        if cur and line.startswith("- "):
            for p in re.findall(r"`([^`]+)`", line.split(" — ")[0]):
                out[cur].add(nfc(p))
    return out


# ---------------------------------------------------------------- rows
def load(name):
    rows = []
    for i, line in enumerate(open(os.path.join(HERE, name), encoding="utf-8"), 1):
        if not line.strip():
            bad(f"{name}:{i}: empty line")
            continue
        rows.append(json.loads(line))
    return rows


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


ENGLISH = re.compile(r"\b(what|which|who|whom|how|when|where|does|is|are)\b", re.I)


def check_rows(rows, name, prefix, n, doc_ids, listed):
    if len(rows) != n:
        bad(f"{name}: {len(rows)} rows, expected {n}")
    stats = {"answerable": 0, "abstain": 0, "no_diacritics": 0, "english": 0,
             "english_answerable": 0, "per_doc": {}}
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            bad(f"{rid}: fields {list(r.keys())}")
            continue
        if rid != f"{prefix}{i:03d}":
            bad(f"{rid}: expected id {prefix}{i:03d}")
        q = r["question"]
        if q != nfc(q):
            bad(f"{rid}: question not NFC")
        if ENGLISH.search(q) and is_ascii(q):
            stats["english"] += 1
            if not r["abstain"]:
                stats["english_answerable"] += 1
        elif is_ascii(q):
            stats["no_diacritics"] += 1
        if r["any"] != []:
            bad(f"{rid}: any must be []")
        if not isinstance(r["abstain"], bool):
            bad(f"{rid}: abstain must be a boolean")
        if r["abstain"]:
            stats["abstain"] += 1
            if r["kind"] != "abstain" or r["docs"] or r["sections"] or r["must"]:
                bad(f"{rid}: unanswerable row must have kind abstain and empty docs/sections/must")
            continue
        stats["answerable"] += 1
        if r["kind"] not in KINDS:
            bad(f"{rid}: kind {r['kind']}")
        if len(r["docs"]) != 1 or r["docs"][0] not in doc_ids:
            bad(f"{rid}: docs {r['docs']}")
            continue
        doc = r["docs"][0]
        stats["per_doc"][doc] = stats["per_doc"].get(doc, 0) + 1
        if not (1 <= len(r["must"]) <= 3):
            bad(f"{rid}: {len(r['must'])} must strings")
        if not r["sections"]:
            bad(f"{rid}: no sections")
        if len(set(r["sections"])) != len(r["sections"]):
            bad(f"{rid}: repeated section")
        secs = sections_of(doc)
        for m in r["must"]:
            if not m.strip():
                bad(f"{rid}: empty must")
            if m != nfc(m):
                bad(f"{rid}: must not NFC: {m!r}")
            if "\n" in m:
                bad(f"{rid}: must with a line break")
        for sp in r["sections"]:
            if sp not in listed.get(doc, set()):
                bad(f"{rid}: section {sp!r} not listed in sections.md for {doc}")
            if sp not in secs:
                bad(f"{rid}: section {sp!r} not found in {doc}")
                continue
            text = section_text(secs, sp)
            for m in r["must"]:
                if not any(norm(m) in norm(l) for l in text):
                    bad(f"{rid}: must {m!r} not on one line of {doc} § {sp}")
    return stats


def expect(label, got, want):
    if got != want:
        bad(f"{label}: {got}, expected {want}")


def check_counts(s1, s2, qrows, prows):
    expect("questions answerable", s1["answerable"], 44)
    expect("questions unanswerable", s1["abstain"], 16)
    expect("questions without diacritics", s1["no_diacritics"], 20)
    expect("questions in English", s1["english"], 3)
    expect("questions in English answerable", s1["english_answerable"], 2)
    expect("questions per document", s1["per_doc"], EXPECTED_PER_DOC)
    expect("plans answerable", s2["answerable"], 22)
    expect("plans unanswerable", s2["abstain"], 8)
    expect("plans without diacritics", s2["no_diacritics"], 10)
    expect("plans in English", s2["english"], 2)
    expect("plans in English answerable", s2["english_answerable"], 1)
    expect("plans per document", s2["per_doc"], EXPECTED_PLANS)
    for r in qrows + prows:
        q = r.get("question", "")
        if is_ascii(q) and not ENGLISH.search(q) and q != q.lower():
            bad(f"{r.get('id')}: a question without diacritics must be lower case")
    seen = set()
    for r in qrows + prows:
        if r.get("question") in seen:
            bad(f"{r.get('id')}: repeated question")
        seen.add(r.get("question"))


# ---------------------------------------------------------------- documents
def all_dates(text):
    found = [(int(a), int(b), int(c)) for a, b, c in re.findall(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)]
    found += [(int(a), int(b), int(c)) for a, b, c in
              re.findall(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", text)]
    found += [(1, int(b), int(c)) for b, c in re.findall(r"tháng (\d{1,2})/(\d{4})\b", text)]
    found += [(1, int(b), int(c)) for b, c in re.findall(r"tháng (\d{1,2}) năm (\d{4})", text)]
    return found


def check_docs():
    counts = {}
    # ---- OCR-like plain text
    raw = open(os.path.join(DOCS, TXT_ID + ".txt"), encoding="utf-8").read()
    if raw != unicodedata.normalize("NFD", raw) or raw == nfc(raw):
        bad("txt: not NFD")
    rl = [nfc(l) for l in raw.rstrip("\n").split("\n")]
    counts[TXT_ID] = len([l for l in rl if l.strip()])
    if not re.search(r"NHÂN DÂN {3,}CỘNG HOÀ", rl[0]):
        bad("txt: header columns not merged on one line with runs of spaces")
    pn = [l.strip() for l in rl if PAGE_NO_TXT.match(l)]
    if pn != ["2", "3"]:
        bad(f"txt: page-number lines {pn}")
    nonblank = [l for l in rl if l.strip()]
    if not any(PAGE_NO_TXT.match(l) and not nonblank[i - 1].rstrip().endswith((".", ";", ":"))
               for i, l in enumerate(nonblank)):
        bad("txt: no page number breaks a sentence")
    text = "\n".join(rl)
    for old in ("hoà", "Uỷ ban", "toả"):
        if old not in text:
            bad(f"txt: old tone placement {old!r} missing")
    for new in ("hòa", "Ủy ban", "tỏa"):
        if new in text:
            bad(f"txt: new tone placement {new!r} found")
    flat = [l for l in rl if re.match(r"^\d+ {3,}\S", l) and re.search(r" {3,}trước \d\d/\d\d/\d{4} {3,}", l)]
    if len(flat) < 5 or "|" in text:
        bad("txt: no table flattened with spaces")
    broken = [l for l in nonblank if not l.rstrip().endswith((".", ";", ":", "/."))]
    if len(broken) < 30:
        bad("txt: too few lines broken mid-sentence")

    # ---- Word file: header table, merged cells, total row, automatic numbering
    path = os.path.join(DOCS, DOCX_ID + ".docx")
    import docx
    d = docx.Document(path)
    counts[DOCX_ID] = len([l for l in doc_lines(DOCX_ID) if l.strip()])
    body = list(d.element.body.iterchildren())
    if not body or body[0].tag != W + "tbl":
        bad("docx: the document does not open with the header table")
    else:
        borders = body[0].find(W + "tblPr/" + W + "tblBorders")
        if borders is None or any(b.get(W + "val") not in ("nil", "none") for b in borders):
            bad("docx: header table has borders")
        ht = d.tables[0]
        if "CỘNG HÒA" not in ht.cell(0, 1).text or not ht.cell(1, 0).text.startswith("Số:"):
            bad("docx: header table is not cơ quan | Quốc hiệu; number | place and date")
    merged = [t for t in d.tables[1:] if "w:vMerge" in t._tbl.xml]
    spans = [t for t in d.tables[1:] if "w:gridSpan" in t._tbl.xml]
    if not merged or not spans:
        bad("docx: no table with vMerge and gridSpan")
    if not any(row.cells[0].text.startswith("Tổng") for t in d.tables[1:] for row in t.rows):
        bad("docx: no total row")
    nps = body and d.element.body.findall(".//" + W + "numPr")
    if not nps or len(nps) < 20:
        bad("docx: Word automatic numbering missing")
    fmts = numbering_formats(d)
    used = {n.find(W + "numId").get(W + "val") for n in nps or []}
    for nid in used:
        lv = fmts.get(nid)
        if not lv or [lv[i][0] for i in range(3)] != ["upperRoman", "decimal", "lowerLetter"]:
            bad(f"docx: numbering {nid} is not I. / 1. / a)")
    for p in d.paragraphs:
        if ROMAN.match(p.text) or ARAB.match(p.text) or LETTER.match(p.text):
            bad(f"docx: typed number in {p.text[:40]!r}")
    cp = d.core_properties
    for k in ("created", "modified", "last_printed"):
        v = getattr(cp, k)
        if v is None or v.date() >= LIMIT:
            bad(f"docx: core property {k} {v}")
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            if datetime.date(*info.date_time[:3]) >= LIMIT:
                bad(f"docx: zip entry {info.filename} dated {info.date_time}")
                break

    # ---- text PDF
    path = os.path.join(DOCS, PDF_ID + ".pdf")
    pages = pdf_pages(path)
    if len(pages) != PDF_PAGES:
        bad(f"pdf: {len(pages)} pages")
    for i, ls in enumerate(pages, 1):
        ne = [l.strip() for l in ls if l.strip()]
        if ne[-1] != f"Trang {i}/{len(pages)}":
            bad(f"pdf: page {i} does not end with its number ({ne[-1]!r})")
        if (ne[0] == RUNNING) != (i > 1):
            bad(f"pdf: running header wrong on page {i}")
        if any(l != nfc(l) for l in ls):
            bad(f"pdf: page {i} text not NFC")
    if pages:
        last = [l.strip() for l in pages[0] if l.strip()][-2]
        if last.endswith((".", ";", ":")):
            bad("pdf: no sentence runs across the first page break")
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c
    pdoc = pdfium.PdfDocument(path)
    ruled = max(len([o for o in pdoc[i].get_objects() if o.type == pdfium_c.FPDF_PAGEOBJ_PATH])
                for i in range(len(pdoc)))
    if ruled < 10:
        bad("pdf: no ruled table")
    pl = doc_lines(PDF_ID)
    if not any(a.strip() == "Huân chương Lao" and b.strip() == "động các hạng" for a, b in zip(pl, pl[1:])):
        bad("pdf: table cells do not wrap")
    parts = [PART.match(l.strip()).group(1) for l in pl if PART.match(l.strip())]
    if parts != ["I", "II", "III"]:
        bad(f"pdf: parts {parts}")
    counts[PDF_ID] = sum(len([l for l in ls if l.strip()]) for ls in pages)
    data = open(path, "rb").read()
    if b"DejaVuSans" not in data or b"/FontFile2" not in data:
        bad("pdf: DejaVu Sans not embedded")
    cds = re.findall(rb"D:(\d{8})", data)
    if not cds:
        bad("pdf: no creation date")
    for m in cds:
        if datetime.date(int(m[:4]), int(m[4:6]), int(m[6:8])) >= LIMIT:
            bad(f"pdf: metadata date {m!r}")
    for k, v in counts.items():
        if not 80 <= v <= 160:
            bad(f"{k}: {v} lines")
    for doc in MINE:
        for dd, mm, yy in all_dates("\n".join(doc_lines(doc))):
            if datetime.date(yy, mm, dd) >= LIMIT:
                bad(f"{doc}: date {dd}/{mm}/{yy} not before 01/07/2025")
        if re.search(r"hằng năm \d{4}|hàng năm \d{4}", "\n".join(doc_lines(doc))):
            bad(f"{doc}: a recurring date carries a year")
    return counts


def check_sections_md(listed):
    for doc in MINE + plan_ids():
        found = set(sections_of(doc).keys())
        lp = listed.get(doc)
        if lp is None:
            bad(f"sections.md: no list for {doc}")
            continue
        if found - lp:
            bad(f"sections.md: {doc}: parser paths not listed: {sorted(found - lp)}")
        if lp - found:
            bad(f"sections.md: {doc}: listed paths not found: {sorted(lp - found)}")


def run_all(qrows, prows, listed):
    counts = check_docs()
    s1 = check_rows(qrows, "questions.jsonl", "S42-", 60, set(MINE), listed)
    s2 = check_rows(prows, "plans.jsonl", "S42P-", 30, set(plan_ids()), listed)
    check_counts(s1, s2, qrows, prows)
    check_sections_md(listed)
    return counts, s1, s2


# ---------------------------------------------------------------- self-test
def selftest(qrows, prows, listed):
    """Plant one fault at a time in memory and verify that the checks report it."""
    global problems

    def first(rows, doc):
        return next(i for i, r in enumerate(rows) if r["docs"] == [doc])

    def other_section_must(rows, i):
        r = rows[i]
        secs = sections_of(r["docs"][0])
        mine = set()
        for sp in r["sections"]:
            mine.update(section_text(secs, sp))
        for p, ls in secs.items():
            for l in ls:
                if l not in mine and len(l.strip()) > 20 and not any(norm(l.strip()[:18]) in norm(m) for m in mine):
                    return l.strip()[:18]

    pi = first(qrows, PDF_ID)
    pdf = section_text(sections_of(PDF_ID), qrows[pi]["sections"][0])  # a break inside the section
    cross = None
    for a, b in zip(pdf, pdf[1:]):
        if a.strip() and b.strip():
            cross = a.strip()[-8:] + " " + b.strip()[:8]
            break
    cases = []
    for doc in MINE:
        i = first(qrows, doc)
        wrong = "signature" if qrows[i]["sections"][0] != "signature" else "preamble"
        cases.append((f"wrong section ({doc})", "q", i, {"sections": [wrong]}))
        cases.append((f"must from another section ({doc})", "q", i,
                      {"must": [other_section_must(qrows, i)]}))
        cases.append((f"unknown path ({doc})", "q", i, {"sections": ["IX.9.9"]}))
    cases.append(("must across a PDF line break", "q", pi, {"must": [cross]}))
    cases.append(("plan: wrong section", "p", first(prows, prows[0]["docs"][0] if prows[0]["docs"] else ""),
                  {"sections": ["signature"]}))
    cases.append(("bad id", "q", 3, {"id": "S42-999"}))
    cases.append(("answerable without must", "q", 0, {"must": []}))
    cases.append(("abstain with a doc", "q", next(i for i, r in enumerate(qrows) if r["abstain"]),
                  {"docs": [TXT_ID]}))
    cases.append(("extra field", "q", 1, {"answer": "x"}))
    cases.append(("upper case in a question without diacritics", "q",
                  next(i for i, r in enumerate(qrows) if is_ascii(r["question"]) and not ENGLISH.search(r["question"])),
                  {"question": "Han dang ky thi dua la khi nao"}))
    ok = True
    for label, which, i, change in cases:
        q2, p2 = copy.deepcopy(qrows), copy.deepcopy(prows)
        tgt = q2 if which == "q" else p2
        tgt[i].update(change)
        problems = []
        run_all(q2, p2, listed)
        print(("reported " if problems else "MISSED   ") + label + (": " + problems[0] if problems else ""))
        ok = ok and bool(problems)
    for doc in MINE + plan_ids()[:1]:
        l2 = copy.deepcopy(listed)
        l2[doc].discard(sorted(l2[doc])[-1])
        problems = []
        run_all(qrows, prows, l2)
        print(("reported " if problems else "MISSED   ") + f"path missing from sections.md ({doc})")
        ok = ok and bool(problems)
    # a future date in the text: planted in the cached lines of each document
    for doc in MINE:
        saved = _line_cache[doc]
        _line_cache[doc] = saved + ["trước ngày 15/7/2025"]
        problems = []
        check_docs()
        _line_cache[doc] = saved
        print(("reported " if problems else "MISSED   ") + f"date after 01/07/2025 ({doc})")
        ok = ok and bool(problems)
    problems = []
    return ok


def search(words):
    ws = [fold(w) for w in words]
    for doc in MINE + plan_ids():
        for n, l in enumerate(doc_lines(doc), 1):
            if all(w in fold(l) for w in ws):
                print(f"{doc}:{n}: {l.strip()[:150]}")


def main():
    if "--paths" in sys.argv:
        for doc in MINE + plan_ids():
            print("##", doc)
            for p in sections_of(doc):
                print("  ", p)
        return 0
    if "--search" in sys.argv:
        search(sys.argv[sys.argv.index("--search") + 1:])
        return 0
    qrows, prows = load("questions.jsonl"), load("plans.jsonl")
    listed = listed_paths()
    if "--selftest" in sys.argv:
        ok = selftest(qrows, prows, listed)
        print("SELFTEST OK" if ok else "SELFTEST FAILED")
        return 0 if ok else 1
    counts, s1, s2 = run_all(qrows, prows, listed)
    for name, s in (("questions", s1), ("plans", s2)):
        print(name, s)
    print("lines", counts)
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

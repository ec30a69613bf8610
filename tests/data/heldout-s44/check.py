"""Checks for held-out set S44.

Run: /work/main/.venv/bin/python check.py             (all checks; exit code 1 on any problem)
     /work/main/.venv/bin/python check.py --paths     (print the section paths the parser finds)
     /work/main/.venv/bin/python check.py --selftest  (plant faults and verify the checks report them)
     /work/main/.venv/bin/python check.py --search WORD [WORD ...]
                                                      (lines of the eight documents holding every
                                                       word, compared lower-cased and without
                                                       diacritics; used for unanswerable questions)

The parser here is this set's own (adapted from S35's): it imports nothing from the project. The Word
file's article and clause numbers come from Word automatic numbering, so the parser renders them from
numPr (numId, ilvl) instead of reading typed numbers.
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

TXT_ID = "cu-chi-2024-ke-hoach-thi-dua-chuyen-doi-so"
DOCX_ID = "do-luong-2025-quy-che-thi-dua-khen-thuong-nganh-giao-duc"
PDF_ID = "sam-son-2025-thong-bao-ket-qua-cham-diem-khoi-thi-dua"
MINE = [TXT_ID, DOCX_ID, PDF_ID]
EXPECTED_PER_DOC = {TXT_ID: 15, DOCX_ID: 15, PDF_ID: 14}
LIMIT = datetime.date(2025, 7, 1)
RUNNING = "UBND thành phố Sầm Sơn - Thông báo số 46/TB-UBND ngày 14/02/2025"

problems = []


def bad(msg):
    problems.append(msg)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    return nfc(s).lower()


def fold(s):
    """Lower-cased, without diacritics (đ → d), for searching."""
    s = unicodedata.normalize("NFD", nfc(s).lower()).replace("đ", "d")
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


# ---------------------------------------------------------------- text extraction
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PAGE_NO_TXT = re.compile(r"^\s*\d{1,3}\s*$")


def txt_lines(path):
    """Lines of the OCR-like text (stored NFD), normalised to NFC; the lone page numbers dropped."""
    raw = open(path, encoding="utf-8").read().split("\n")
    return [nfc(l) for l in raw if not PAGE_NO_TXT.match(l)]


def docx_items(path):
    """(text, label) in body order: one per paragraph and one per table row (cells joined by " | ",
    a merged cell repeated as python-docx gives it, line breaks inside a cell as spaces). label is
    None, or (numId, ilvl, number) rendered from the paragraph's Word automatic numbering."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(path)
    counters = {}
    out = []
    for child in d.element.body.iterchildren():
        if child.tag == W + "p":
            label = None
            numpr = child.find(W + "pPr/" + W + "numPr")
            if numpr is not None:
                nid = numpr.find(W + "numId").get(W + "val")
                ilvl = int(numpr.find(W + "ilvl").get(W + "val"))
                c = counters.setdefault(nid, [0] * 9)
                c[ilvl] += 1
                for k in range(ilvl + 1, 9):
                    c[k] = 0
                label = (nid, ilvl, c[ilvl])
            out.append((nfc(Paragraph(child, d).text), label))
        elif child.tag == W + "tbl":
            for row in Table(child, d).rows:
                out.append((nfc(" | ".join(c.text.replace("\n", " ") for c in row.cells)), None))
    return out


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
    """Extracted lines of all pages; the running header of pages 2+ and the page number
    ("Trang 1/2") at the bottom of each page dropped."""
    out = []
    for ls in pdf_pages(path):
        ls = [nfc(l) for l in ls]
        while ls and not ls[-1].strip():
            ls.pop()
        if ls and PAGE_NO_PDF.match(ls[-1].strip()):
            ls.pop()
        out.extend(l for l in ls if l.strip() != RUNNING)
    return out


_line_cache = {}


def doc_items(doc_id):
    if doc_id not in _line_cache:
        if doc_id == TXT_ID:
            v = [(l, None) for l in txt_lines(os.path.join(DOCS, doc_id + ".txt"))]
        elif doc_id == DOCX_ID:
            v = docx_items(os.path.join(DOCS, doc_id + ".docx"))
        elif doc_id == PDF_ID:
            v = [(l, None) for l in pdf_lines(os.path.join(DOCS, doc_id + ".pdf"))]
        else:
            v = [(nfc(l), None) for l in
                 open(os.path.join(PLANS, doc_id + ".txt"), encoding="utf-8").read().split("\n")]
        _line_cache[doc_id] = v
    return _line_cache[doc_id]


def doc_lines(doc_id):
    return [t for t, _ in doc_items(doc_id)]


# ---------------------------------------------------------------- section cutting
ARAB = re.compile(r"^(\d+)\.\s")
LETTER = re.compile(r"^([a-zđ])\)\s")
ROMAN = re.compile(r"^([IVX]+)\.\s")
CHAPTER = re.compile(r"^Chương [IVX]+$")
REG_HEADER = "UBND HUYỆN ĐÔ LƯƠNG"


def add(secs, path, line):
    secs.setdefault(path, []).append(line)


def cut_docx(items):
    """Quyết định + Quy chế. Articles and clauses carry Word automatic numbering: level 0 renders
    "Điều n.", level 1 "n."; the decision's articles are QĐ.Điều n. After the decision's signature the
    Quy chế's header row (UBND HUYỆN ĐÔ LƯƠNG …) and title block are preamble; chapter lines (Chương I
    and its title line) belong to no path; points a) b) are typed."""
    secs = OrderedDict()
    in_dec, cur, art, cl, after_chapter, signed = True, "preamble", None, None, False, False
    for text, label in items:
        s = text.strip()
        if after_chapter:
            after_chapter = False
            continue
        if s.startswith("Nơi nhận"):
            cur, signed = "signature", True
        elif signed and in_dec and s.startswith(REG_HEADER):
            in_dec, cur, art, cl = False, "preamble", None, None
        elif CHAPTER.match(s):
            cur, after_chapter = None, True
            continue
        elif label is not None and cur != "signature":
            _, ilvl, n = label
            if ilvl == 0:
                art = ("QĐ." if in_dec else "") + f"Điều {n}"
                cur, cl = art, None
            elif ilvl == 1 and art:
                cl = f"{art}.{n}"
                cur = cl
        elif cl and LETTER.match(s) and cur != "signature":
            cur = cl + "." + LETTER.match(s).group(1)
        if cur is not None and s:
            add(secs, cur, text)
    return secs


def cut_numbered(lines, top_roman):
    """Plans and the Kế hoạch (Roman → Arabic → letter) and the notice (Arabic → letter)."""
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
        if doc_id == DOCX_ID:
            v = cut_docx(doc_items(doc_id))
        elif doc_id == PDF_ID:
            v = cut_numbered(doc_lines(doc_id), top_roman=False)
        else:
            v = cut_numbered(doc_lines(doc_id), top_roman=True)
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


def check_counts(s1, s2):
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
    per = s2["per_doc"]
    if len(per) != 5 or min(per.values()) < 4 or max(per.values()) > 5:
        bad(f"plans per document not spread over the five plans: {per}")


# ---------------------------------------------------------------- documents
def all_dates(text):
    found = [(int(a), int(b), int(c)) for a, b, c in re.findall(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)]
    found += [(int(a), int(b), int(c)) for a, b, c in
              re.findall(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", text)]
    found += [(1, int(b), int(c)) for b, c in re.findall(r"tháng (\d{1,2})/(\d{4})\b", text)]
    found += [(1, int(b), int(c)) for b, c in re.findall(r"tháng (\d{1,2}) năm (\d{4})", text)]
    return found


ENDS_SENTENCE = (".", ";", ":", "./.")


def check_txt():
    path = os.path.join(DOCS, TXT_ID + ".txt")
    raw = open(path, encoding="utf-8").read()
    if raw != unicodedata.normalize("NFD", raw) or raw == nfc(raw):
        bad("txt: not in Unicode NFD")
    rl = raw.rstrip("\n").split("\n")
    nl = [nfc(l) for l in rl]
    if not (re.search(r"\S {3,}\S", nl[0]) and "CỘNG HOÀ" in nl[0] and re.search(r"\S {3,}\S", nl[2])):
        bad("txt: header columns not merged on one line with runs of spaces")
    pn = [(i, l.strip()) for i, l in enumerate(rl) if PAGE_NO_TXT.match(l)]
    if [p for _, p in pn] != ["2", "3"]:
        bad(f"txt: lone page-number lines {[p for _, p in pn]}")
    if not any(not nl[i - 1].rstrip().endswith(ENDS_SENTENCE) and nl[i + 1][:1].islower() for i, _ in pn):
        bad("txt: no page number inside a sentence")
    text = "\n".join(nl)
    for old in ("hoà", "Uỷ ban", "toả"):
        if old not in text:
            bad(f"txt: old tone placement {old!r} missing")
    if "|" in raw:
        bad("txt: '|' found; the table must be flattened with spaces")
    flat = [l for l in nl if len(re.findall(r"\S {3,}(?=\S)", l)) >= 3]
    if len(flat) < 6:
        bad(f"txt: flattened table has {len(flat)} rows")
    romans = [ROMAN.match(l).group(1) for l in nl if ROMAN.match(l)]
    if romans != ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]:
        bad(f"txt: Roman headings {romans}")
    if sum(1 for l in nl if LETTER.match(l)) < 10 or sum(1 for l in nl if l.startswith("- ")) < 8:
        bad("txt: too few points a) or '-' bullets")
    broken = sum(1 for a, b in zip(nl, nl[1:]) if a.strip() and b[:1].islower())
    if broken < 30:
        bad(f"txt: only {broken} lines broken mid-sentence")
    return len([l for l in rl if l.strip()])


def check_docx():
    import docx
    path = os.path.join(DOCS, DOCX_ID + ".docx")
    d = docx.Document(path)
    items = doc_items(DOCX_ID)
    head = d.tables[0]._tbl
    borders = head.find(W + "tblPr/" + W + "tblBorders")
    if borders is None or any(b.get(W + "val") not in ("nil", "none") for b in borders):
        bad("docx: the header table has borders")
    if "CỘNG HÒA" not in head.xml or "Số: 112/QĐ-PGDĐT" not in head.xml:
        bad("docx: the first table is not the header (cơ quan | Quốc hiệu; number | place and date)")
    merged = [t for t in d.tables if "w:gridSpan" in t._tbl.xml and "w:vMerge" in t._tbl.xml]
    if len(merged) != 1:
        bad(f"docx: {len(merged)} tables with merged cells (gridSpan and vMerge)")
    else:
        rows = [[c.text for c in r.cells] for r in merged[0].rows]
        if not any(len(set(r[1:])) == 1 and r[1].isupper() for r in rows):
            bad("docx: the table has no group row")
        if not rows[-1][0].startswith("Tổng"):
            bad("docx: the table has no total row")
    with zipfile.ZipFile(path) as z:
        numxml = z.read("word/numbering.xml").decode("utf-8")
        for info in z.infolist():
            if datetime.date(*info.date_time[:3]) >= LIMIT:
                bad(f"docx: zip entry {info.filename} dated {info.date_time}")
                break
    if 'w:lvlText w:val="Điều %1."' not in numxml:
        bad("docx: numbering.xml has no 'Điều %1.' level")
    arts = [(nid, n) for _, lab in items if lab for nid, ilvl, n in [lab] if ilvl == 0]
    nids = sorted({a for a, _ in arts})
    got = [[n for a, n in arts if a == nid] for nid in nids]
    if got != [[1, 2, 3], list(range(1, 13))]:
        bad(f"docx: automatic article numbers {got} (expected the decision's 1-3 then the Quy chế's 1-12)")
    if sum(1 for _, lab in items if lab and lab[1] == 1) < 20:
        bad("docx: too few automatically numbered clauses")
    typed = [p.text for p in d.paragraphs if re.match(r"^(Điều \d+|\d+\.)\s", p.text)]
    if typed:
        bad(f"docx: typed numbers found: {typed[:3]}")
    chapters = [p.text for p in d.paragraphs if CHAPTER.match(p.text)]
    if chapters != ["Chương I", "Chương II", "Chương III", "Chương IV", "Chương V"]:
        bad(f"docx: chapters {chapters}")
    cp = d.core_properties
    for k in ("created", "modified", "last_printed"):
        v = getattr(cp, k)
        if v is None or v.date() >= LIMIT:
            bad(f"docx: core property {k} {v}")
    return len([t for t, _ in items if t.strip()])


def check_pdf():
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c
    path = os.path.join(DOCS, PDF_ID + ".pdf")
    pages = pdf_pages(path)
    if not 2 <= len(pages) <= 3:
        bad(f"pdf: {len(pages)} pages")
    for i, ls in enumerate(pages, 1):
        body = [l.strip() for l in ls if l.strip()]
        if body[-1] != f"Trang {i}/{len(pages)}":
            bad(f"pdf: page {i} does not end with 'Trang {i}/{len(pages)}' ({body[-1]!r})")
        if (body[0] == RUNNING) != (i > 1):
            bad(f"pdf: running header wrong on page {i}")
        if any(l != nfc(l) for l in ls):
            bad(f"pdf: page {i} text not NFC")
    first = [l.strip() for l in pages[0] if l.strip()]
    if first[-2].endswith(ENDS_SENTENCE):
        bad("pdf: no sentence runs across the page break")
    lines = doc_lines(PDF_ID)
    if "Phòng Văn hóa, Khoa học và" not in [l.strip() for l in lines]:
        bad("pdf: no table cell wrapped onto several lines")
    pdf = pdfium.PdfDocument(path)
    paths = len(list(pdf[0].get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,))))
    if paths < 20:
        bad(f"pdf: only {paths} path objects on page 1 (ruled table?)")
    data = open(path, "rb").read()
    if b"DejaVuSans" not in data or b"/FontFile2" not in data:
        bad("pdf: DejaVu Sans not embedded")
    stamps = re.findall(rb"D:(\d{8})", data)
    if not stamps:
        bad("pdf: no creation date")
    for m in stamps:
        if datetime.date(int(m[:4]), int(m[4:6]), int(m[6:8])) >= LIMIT:
            bad(f"pdf: metadata date {m!r}")
    return sum(len([l for l in ls if l.strip()]) for ls in pages)


def check_docs():
    counts = {TXT_ID: check_txt(), DOCX_ID: check_docx(), PDF_ID: check_pdf()}
    for k, v in counts.items():
        if not 80 <= v <= 160:
            bad(f"{k}: {v} lines")
    for doc in MINE:
        for dd, mm, yy in all_dates("\n".join(doc_lines(doc))):
            if datetime.date(yy, mm, dd) >= LIMIT:
                bad(f"{doc}: date {dd}/{mm}/{yy} not before 01/07/2025")
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
    s1 = check_rows(qrows, "questions.jsonl", "S44-", 60, set(MINE), listed)
    s2 = check_rows(prows, "plans.jsonl", "S44P-", 30, set(plan_ids()), listed)
    check_counts(s1, s2)
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
                if l not in mine and len(l.strip()) > 20 and not any(
                        norm(l.strip()[:18]) in norm(m) for m in mine):
                    return l.strip()[:18]

    pi = first(qrows, PDF_ID)
    pdf = doc_lines(PDF_ID)
    cross = None
    for a, b in zip(pdf, pdf[1:]):
        if a.strip() and b.strip():
            cross = a.strip()[-8:] + " " + b.strip()[:8]
            break
    ti = first(qrows, TXT_ID)
    txt = doc_lines(TXT_ID)
    tcross = txt[20].strip()[-8:] + " " + txt[21].strip()[:8]
    cases = []
    for doc in MINE:
        i = first(qrows, doc)
        wrong = "signature" if qrows[i]["sections"][0] != "signature" else "preamble"
        cases.append((f"wrong section ({doc})", "q", i, {"sections": [wrong]}))
        cases.append((f"must from another section ({doc})", "q", i,
                      {"must": [other_section_must(qrows, i)]}))
        cases.append((f"unknown path ({doc})", "q", i, {"sections": ["IX.9.9"]}))
    cases.append(("must across a PDF line break", "q", pi, {"must": [cross]}))
    cases.append(("must across a text line break", "q", ti, {"must": [tcross]}))
    cases.append(("decision article given as a Quy chế article", "q", first(qrows, DOCX_ID),
                  {"sections": ["Điều 2"]}))
    cases.append(("plan: wrong section", "p", first(prows, prows[0]["docs"][0]), {"sections": ["signature"]}))
    cases.append(("bad id", "q", 3, {"id": "S44-999"}))
    cases.append(("answerable without must", "q", 0, {"must": []}))
    cases.append(("four must strings", "q", 0, {"must": qrows[0]["must"] * 2}))
    cases.append(("abstain with a doc", "q", next(i for i, r in enumerate(qrows) if r["abstain"]),
                  {"docs": [TXT_ID]}))
    cases.append(("extra field", "q", 5, {"note": "x"}))
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
    # a document-level fault: the Word numbering replaced by typed numbers
    saved = _line_cache[DOCX_ID]
    _line_cache[DOCX_ID] = [(t, None) for t, _ in saved]
    _sec_cache.pop(DOCX_ID, None)
    problems = []
    run_all(qrows, prows, listed)
    print(("reported " if problems else "MISSED   ") + "Word numbering lost")
    ok = ok and bool(problems)
    _line_cache[DOCX_ID] = saved
    _sec_cache.pop(DOCX_ID, None)
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

"""Checks for held-out set S36.

Run: /work/main/.venv/bin/python check.py             (all checks; exit code 1 on any problem)
     /work/main/.venv/bin/python check.py --paths     (print the section paths the parser finds)
     /work/main/.venv/bin/python check.py --selftest  (plant faults and verify the checks report them)
     /work/main/.venv/bin/python check.py --search WORD [WORD ...]
                                                      (lines of the eight documents holding every
                                                       word, compared lower-cased and without
                                                       diacritics; used for unanswerable questions)

The parser here is this set's own (adapted from S35's): it imports nothing from the project.
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

TXT_ID = "cat-thinh-2024-bao-cao-tong-ket-thi-dua-khen-thuong"
DOCX_ID = "thai-nguyen-2024-quy-che-thi-dua-so-nong-nghiep"
PDF_ID = "ca-mau-2024-ke-hoach-khen-thuong-cong-doan"
MINE = [TXT_ID, DOCX_ID, PDF_ID]
EXPECTED_PER_DOC = {TXT_ID: 15, DOCX_ID: 15, PDF_ID: 14}
LIMIT = datetime.date(2025, 7, 1)
PDF_RUNNING = "LĐLĐ tỉnh Cà Mau - Kế hoạch số 86/KH-LĐLĐ ngày 05/11/2024"

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
    """Lines of the OCR-like text (NFD on disk), NFC-normalised; the lone page numbers dropped."""
    raw = open(path, encoding="utf-8").read().split("\n")
    return [nfc(l) for l in raw if not PAGE_NO_TXT.match(l)]


def _numbering(d):
    """numId -> (abstractNumId, {ilvl: start override}); abstractNumId -> {ilvl: (fmt, text, start)}."""
    el = d.part.numbering_part.element
    absd = {}
    for a in el.findall(W + "abstractNum"):
        lv = {}
        for l in a.findall(W + "lvl"):
            g = lambda t: (l.find(W + t).get(W + "val") if l.find(W + t) is not None else None)  # noqa: E731
            lv[int(l.get(W + "ilvl"))] = (g("numFmt"), g("lvlText"), int(g("start") or 1))
        absd[a.get(W + "abstractNumId")] = lv
    nums = {}
    for n in el.findall(W + "num"):
        ov = {}
        for o in n.findall(W + "lvlOverride"):
            so = o.find(W + "startOverride")
            if so is not None:
                ov[int(o.get(W + "ilvl"))] = int(so.get(W + "val"))
        nums[n.get(W + "numId")] = (n.find(W + "abstractNumId").get(W + "val"), ov)
    return nums, absd


def _label(fmt, text, ilvl, n):
    if fmt == "decimal":
        v = str(n)
    elif fmt == "lowerLetter":
        v = chr(ord("a") + n - 1)
    elif fmt == "upperLetter":
        v = chr(ord("A") + n - 1)
    else:
        v = str(n)
    return text.replace("%" + str(ilvl + 1), v)


def docx_lines(path):
    """Lines of a .docx in body order: one per paragraph, with the label of Word's automatic
    numbering rendered in front of the text as Word shows it ("1. ", "a) "); one per table row,
    cells joined by " | " (a merged cell repeated as python-docx gives it, the paragraphs of a cell
    joined by a space)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(path)
    nums, absd = _numbering(d)
    counters = {}
    lines = []
    for child in d.element.body.iterchildren():
        if child.tag == W + "p":
            p = Paragraph(child, d)
            text = p.text
            numpr = child.find(W + "pPr/" + W + "numPr")
            if numpr is not None:
                nid = numpr.find(W + "numId").get(W + "val")
                ilvl = int(numpr.find(W + "ilvl").get(W + "val"))
                aid, ov = nums[nid]
                fmt, lt, start = absd[aid][ilvl]
                c = counters.setdefault(nid, {})
                c[ilvl] = c.get(ilvl, ov.get(ilvl, start) - 1) + 1
                for deeper in [k for k in c if k > ilvl]:
                    del c[deeper]
                text = _label(fmt, lt, ilvl, c[ilvl]) + " " + text
            lines.append(text)
        elif child.tag == W + "tbl":
            for row in Table(child, d).rows:
                lines.append(" | ".join(" ".join(p.text for p in c.paragraphs).strip() for c in row.cells))
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
    """Extracted lines of all pages; the running header at the top and the page number
    ("Trang 1/3") at the bottom of each page dropped."""
    out = []
    for ls in pdf_pages(path):
        ls = [nfc(l) for l in ls]
        while ls and not ls[-1].strip():
            ls.pop()
        if ls and PAGE_NO_PDF.match(ls[-1].strip()):
            ls.pop()
        if ls and ls[0].strip() == PDF_RUNNING:
            ls.pop(0)
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
ART = re.compile(r"^Điều (\d+)\.")
ARAB = re.compile(r"^(\d+)\.\s")
LETTER = re.compile(r"^([a-zđ])\)\s")
ROMAN = re.compile(r"^([IVX]+)\.\s")
APPX = re.compile(r"^PHỤ LỤC ([IVX]+)$")
ROMAN_VAL = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}


def add(secs, path, line):
    secs.setdefault(path, []).append(line)


REG_HEADER = "UBND TỈNH THÁI NGUYÊN"


def cut_docx(lines):
    """Quyết định + Quy chế + Phụ lục: the decision's articles are QĐ.Điều n; the Quy chế's header
    and title block are preamble; chapter lines (Chương I and its title line) belong to no path;
    the appendices are PL1, PL2 with their typed items PL1.1, PL1.2."""
    secs = OrderedDict()
    in_dec, cur, art, cl, after_chapter, signed, appx = True, "preamble", None, None, False, False, None
    for l in lines:
        s = l.strip()
        if after_chapter:  # the chapter's title line
            after_chapter = False
            continue
        if s.startswith("Nơi nhận") and in_dec:
            cur, signed = "signature", True
        elif signed and in_dec and s.startswith(REG_HEADER):
            in_dec, cur, art, cl = False, "preamble", None, None  # title block of the Quy chế
        elif APPX.match(s):
            appx = "PL%d" % ROMAN_VAL[APPX.match(s).group(1)]
            cur, art, cl = appx, None, None
        elif appx and ARAB.match(s):
            cur = appx + "." + ARAB.match(s).group(1)
        elif appx:
            pass
        elif re.match(r"^Chương [IVX]+$", s):
            cur, after_chapter = None, True
            continue
        elif ART.match(s) and cur != "signature":
            art = ("QĐ." if in_dec else "") + "Điều " + ART.match(s).group(1)
            cur, cl = art, None
        elif art and not in_dec and ARAB.match(s):
            cl = art + "." + ARAB.match(s).group(1)
            cur = cl
        elif cl and LETTER.match(s):
            cur = cl + "." + LETTER.match(s).group(1)
        if cur is not None and s:
            add(secs, cur, l)
    return secs


def cut_numbered(lines, top_roman=True):
    """Plans, the Kế hoạch (PDF) and the Báo cáo (text): Roman → Arabic → letter."""
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
        _sec_cache[doc_id] = cut_docx(lines) if doc_id == DOCX_ID else cut_numbered(lines)
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
    seen = set()
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid in seen:
            bad(f"{rid}: duplicate id")
        seen.add(rid)
        if list(r.keys()) != FIELDS:
            bad(f"{rid}: fields {list(r.keys())}")
            continue
        if rid != f"{prefix}{i:03d}":
            bad(f"{rid}: expected id {prefix}{i:03d}")
        q = r["question"]
        if q != nfc(q) or not q.strip():
            bad(f"{rid}: question empty or not NFC")
        if ENGLISH.search(q) and is_ascii(q):
            stats["english"] += 1
            if not r["abstain"]:
                stats["english_answerable"] += 1
        elif is_ascii(q):
            stats["no_diacritics"] += 1
            if q != q.lower():
                bad(f"{rid}: a question typed without diacritics should be lower-case")
        if not isinstance(r["any"], list):
            bad(f"{rid}: any must be a list")
        if not isinstance(r["abstain"], bool):
            bad(f"{rid}: abstain must be a boolean")
        if r["abstain"]:
            stats["abstain"] += 1
            if r["kind"] != "abstain" or r["docs"] or r["sections"] or r["must"] or r["any"]:
                bad(f"{rid}: unanswerable row must have kind abstain and empty docs/sections/must/any")
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
        for m in r["must"] + r["any"]:
            if not m.strip():
                bad(f"{rid}: empty must/any")
            if m != nfc(m):
                bad(f"{rid}: must/any not NFC: {m!r}")
            if "\n" in m:
                bad(f"{rid}: must/any with a line break")
        for k, sp in enumerate(r["sections"]):
            if sp not in listed.get(doc, set()):
                bad(f"{rid}: section {sp!r} not listed in sections.md for {doc}")
            if sp not in secs:
                bad(f"{rid}: section {sp!r} not found in {doc}")
                continue
            text = section_text(secs, sp)
            for m in r["must"]:
                if not any(norm(m) in norm(l) for l in text):
                    bad(f"{rid}: must {m!r} not on one line of {doc} § {sp}")
            if r["any"] and k == 0 and not any(norm(a) in norm(l) for a in r["any"] for l in text):
                bad(f"{rid}: no 'any' string on a line of {doc} § {sp}")
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
    return found


def check_docs():
    counts = {}
    # ---- OCR-like plain text: NFD, old tone placement, lone page numbers, Roman headings
    raw = open(os.path.join(DOCS, TXT_ID + ".txt"), encoding="utf-8").read()
    if raw != unicodedata.normalize("NFD", raw) or raw == nfc(raw):
        bad("txt: not written in NFD")
    rl = [nfc(l) for l in raw.rstrip("\n").split("\n")]
    counts[TXT_ID] = len([l for l in rl if l.strip()])
    for w in ("hoà", "hoá", "Uỷ", "Thuý"):
        if w not in "\n".join(rl):
            bad(f"txt: old tone placement {w!r} missing")
    pn = [l.strip() for l in rl if PAGE_NO_TXT.match(l)]
    if pn != ["2", "3"]:
        bad(f"txt: page-number lines {pn}")
    if not any(PAGE_NO_TXT.match(l) and not rl[i - 1].rstrip().endswith((".", ";", ":"))
               for i, l in enumerate(rl)):
        bad("txt: no page number breaks a sentence")
    romans = [ROMAN.match(l).group(1) for l in rl if ROMAN.match(l)]
    if romans != ["I", "II", "III", "IV", "V"]:
        bad(f"txt: Roman headings {romans}")

    # ---- Word file
    path = os.path.join(DOCS, DOCX_ID + ".docx")
    import docx
    d = docx.Document(path)
    lines = doc_lines(DOCX_ID)
    counts[DOCX_ID] = len([l for l in lines if l.strip()])
    merged = [t for t in d.tables if "w:gridSpan" in t._tbl.xml and "w:vMerge" in t._tbl.xml]
    if len(merged) != 1:
        bad(f"docx: {len(merged)} tables with a merged header (gridSpan and vMerge), expected 1")
    if len(d.tables) != 6:
        bad(f"docx: {len(d.tables)} tables, expected 6 (2 headers, signature, bonus, 2 appendix)")
    head = d.tables[0]
    if len(head.columns) != 2 or "CỘNG HÒA" not in head.cell(0, 1).text:
        bad("docx: first table is not the 2-column header (cơ quan | Quốc hiệu)")
    body = d.element.body
    if len(body.findall(".//" + W + "numPr")) < 30:
        bad("docx: Word automatic numbering (numPr) not used for clauses and points")
    if any(re.match(r"^(\d+\.|[a-d]\))\s", p.text) for p in d.paragraphs
           if p._p.find(W + "pPr/" + W + "numPr") is not None):
        bad("docx: a numbered paragraph also types its number")
    if len(body.findall(".//" + W + "br[@" + W + "type='page']")) != 3:
        bad("docx: expected 3 page breaks (Quy chế, Phụ lục I, Phụ lục II)")
    arts = [int(ART.match(p.text).group(1)) for p in d.paragraphs if ART.match(p.text)]
    if arts != [1, 2, 3] + list(range(1, 14)):
        bad(f"docx: typed articles {arts} (expected the decision's 1-3 then the Quy chế's 1-13)")
    chapters = [p.text for p in d.paragraphs if re.match(r"^Chương [IVX]+$", p.text)]
    if chapters != ["Chương I", "Chương II", "Chương III", "Chương IV", "Chương V"]:
        bad(f"docx: chapters {chapters}")
    if [p.text for p in d.paragraphs if APPX.match(p.text)] != ["PHỤ LỤC I", "PHỤ LỤC II"]:
        bad("docx: appendices PHỤ LỤC I, II")
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
    if len(pages) != 3:
        bad(f"pdf: {len(pages)} pages")
    for i, ls in enumerate(pages, 1):
        nonempty = [l.strip() for l in ls if l.strip()]
        if nonempty[-1] != f"Trang {i}/{len(pages)}":
            bad(f"pdf: page {i} does not end with its number ({nonempty[-1]!r})")
        if nonempty[0] != PDF_RUNNING:
            bad(f"pdf: page {i} does not start with the running header")
        if any(l != nfc(l) for l in ls):
            bad(f"pdf: page {i} text not NFC")
        if i < len(pages):
            last_body = nonempty[-2]
            if last_body.endswith((".", ";", ":")):
                bad(f"pdf: the break after page {i} does not fall inside a sentence")
    counts[PDF_ID] = sum(len([l for l in ls if l.strip()]) for ls in pages)
    if not any(l.strip() == "Trước ngày" for l in doc_lines(PDF_ID)):
        bad("pdf: the deadline table has no wrapped cell")
    data = open(path, "rb").read()
    if b"DejaVuSans" not in data or b"/FontFile2" not in data:
        bad("pdf: DejaVu Sans not embedded")
    for m in re.findall(rb"D:(\d{8})", data):
        if datetime.date(int(m[:4]), int(m[4:6]), int(m[6:8])) >= LIMIT:
            bad(f"pdf: metadata date {m!r}")
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
    s1 = check_rows(qrows, "questions.jsonl", "S36-", 60, set(MINE), listed)
    s2 = check_rows(prows, "plans.jsonl", "S36P-", 30, set(plan_ids()), listed)
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
        if len(a.strip()) > 30 and len(b.strip()) > 30:
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
    cases.append(("must only in the PDF running header", "q", pi, {"must": ["86/KH-LĐLĐ ngày 05/11/2024"]}))
    ti = first(qrows, TXT_ID)
    cases.append(("must in NFD", "q", ti, {"must": [unicodedata.normalize("NFD", "Uỷ ban")]}))
    di = first(qrows, DOCX_ID)
    cases.append(("docx: the decision's article cited as the Quy chế's", "q", di,
                  {"sections": [qrows[di]["sections"][0].replace("QĐ.", "")]}))
    pb = next(i for i, r in enumerate(qrows) if r["docs"] == [PDF_ID] and "31/01/2025" in r["must"])
    cases.append(("must across the PDF page break", "q", pb, {"must": ["trước ngày 31/01/2025"]}))
    cases.append(("plan: wrong section", "p", 0 if prows[0]["docs"] else 1, {"sections": ["signature"]}))
    cases.append(("bad id", "q", 3, {"id": "S36-999"}))
    cases.append(("duplicate id", "q", 4, {"id": "S36-004"}))
    cases.append(("answerable without must", "q", 0, {"must": []}))
    cases.append(("abstain with a doc", "q", next(i for i, r in enumerate(qrows) if r["abstain"]),
                  {"docs": [TXT_ID]}))
    cases.append(("extra field", "q", 1, {"note": "x"}))
    ok = True
    for label, which, i, change in cases:
        q2, p2 = copy.deepcopy(qrows), copy.deepcopy(prows)
        tgt = q2 if which == "q" else p2
        tgt[i].update(change)
        problems = []
        run_all(q2, p2, listed)
        print(("reported " if problems else "MISSED   ") + label + (": " + problems[0] if problems else ""))
        ok = ok and bool(problems)
    for doc in MINE + [plan_ids()[0]]:
        l2 = copy.deepcopy(listed)
        l2[doc].discard(sorted(l2[doc])[-1])
        problems = []
        run_all(qrows, prows, l2)
        print(("reported " if problems else "MISSED   ") + f"path missing from sections.md ({doc})")
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
    if "--lines" in sys.argv:  # debugging aid: the lines of one document with their paths
        doc = sys.argv[sys.argv.index("--lines") + 1]
        for p, ls in sections_of(doc).items():
            for l in ls:
                print(f"{p:12} {l}")
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

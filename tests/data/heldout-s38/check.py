"""Checks for held-out set S38.

Run: /work/main/.venv/bin/python check.py             (all checks; exit code 1 on any problem)
     /work/main/.venv/bin/python check.py --paths     (print the section paths the parser finds)
     /work/main/.venv/bin/python check.py --selftest  (plant faults and verify the checks report them)
     /work/main/.venv/bin/python check.py --search WORD [WORD ...]
                                                      (lines of the eight documents holding every
                                                       word, compared lower-cased and without
                                                       diacritics; used for unanswerable questions)

The parser here is this set's own (modelled on S35's): it imports nothing from the project. The Word
file's article, clause, point and appendix numbers come from Word automatic numbering, so the parser
reads numPr (numId, ilvl) and counts them itself.
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

TXT_ID = "chau-doc-2024-thong-bao-ket-luan-hoi-dong-tdkt"
DOCX_ID = "thu-duc-2025-quy-che-thi-dua-truong-thcs"
PDF_ID = "bac-kan-2024-huong-dan-ho-so-khen-thuong-cuoi-nam"
MINE = [TXT_ID, DOCX_ID, PDF_ID]
EXPECTED_PER_DOC = {TXT_ID: 14, DOCX_ID: 15, PDF_ID: 15}
LIMIT = datetime.date(2025, 7, 1)
RUNNING = "Hướng dẫn số 38/HD-BTĐKT ngày 12/11/2024 của Ban Thi đua - Khen thưởng tỉnh Bắc Kạn"

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


def docx_items(path):
    """(text, kind, num) in body order: kind "p" for a paragraph, "row" for a table row (cells joined
    by " | ", a cell's paragraphs joined by a space, a gridSpan cell given once, a vMerge cell
    repeated as python-docx gives it); num = (numId, ilvl) of Word automatic numbering or None."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(path)
    items = []
    for child in d.element.body.iterchildren():
        if child.tag == W + "p":
            num = None
            numPr = child.find(f"{W}pPr/{W}numPr")
            if numPr is not None:
                num = (int(numPr.find(W + "numId").get(W + "val")), int(numPr.find(W + "ilvl").get(W + "val")))
            items.append((nfc(Paragraph(child, d).text), "p", num))
        elif child.tag == W + "tbl":
            for row in Table(child, d).rows:
                cells, last = [], None
                for c in row.cells:
                    if c._tc is last:
                        continue
                    last = c._tc
                    cells.append(" ".join(p.text for p in c.paragraphs).strip())
                items.append((nfc(" | ".join(cells)), "row", None))
    return items


def docx_lines(path):
    return [t for t, _, _ in docx_items(path)]


def pdf_pages(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    pages = []
    for i in range(len(pdf)):
        t = pdf[i].get_textpage().get_text_range()
        pages.append(t.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return pages


def pdf_path_objects(path):
    """Number of path objects (rules, cell borders) drawn on the pages."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c
    pdf = pdfium.PdfDocument(path)
    return sum(1 for i in range(len(pdf)) for o in pdf[i].get_objects()
               if o.type == pdfium_c.FPDF_PAGEOBJ_PATH)


PAGE_NO_PDF = re.compile(r"^Trang \d+/\d+$")


def pdf_lines(path):
    """Extracted lines of all pages; the page number at the bottom of each page ("Trang 1/3") and the
    running header at the top of pages 2+ dropped."""
    out = []
    for i, ls in enumerate(pdf_pages(path)):
        ls = [nfc(l) for l in ls]
        while ls and not ls[-1].strip():
            ls.pop()
        if ls and PAGE_NO_PDF.match(ls[-1].strip()):
            ls.pop()
        if i > 0 and ls and ls[0].strip() == RUNNING:
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
LETTER = re.compile(r"^([a-zđ])\)\s")
ROMAN = re.compile(r"^([IVX]+)\.\s")
PART_CAPS = re.compile(r"^PHẦN ([IVX]+)\.\s")
CAP_LETTER = re.compile(r"^([A-Z])\.\s")
CHAPTER = re.compile(r"^Chương [IVX]+$")
APPENDIX = re.compile(r"^PHỤ LỤC (\d+)$")


def add(secs, path, line):
    secs.setdefault(path, []).append(line)


def cut_pdf(lines):
    """Hướng dẫn: PHẦN I / PHẦN II → A. / B. / C. → 1. 2. → a) b), e.g. II.A.2.b."""
    secs = OrderedDict()
    cur, part, cap, arab = "preamble", None, None, None
    for l in lines:
        s = l.strip()
        if s.startswith("Nơi nhận"):
            cur = "signature"
        elif cur == "signature":
            pass
        elif PART_CAPS.match(s):
            part, cap, arab = PART_CAPS.match(s).group(1), None, None
            cur = part
        elif part and CAP_LETTER.match(s):
            cap, arab = part + "." + CAP_LETTER.match(s).group(1), None
            cur = cap
        elif cap and ARAB.match(s):
            arab = cap + "." + ARAB.match(s).group(1)
            cur = arab
        elif arab and LETTER.match(s):
            cur = arab + "." + LETTER.match(s).group(1)
        if s:
            add(secs, cur, l)
    return secs


def cut_docx(items):
    """Quyết định + Quy chế, numbered by Word: numId 1 = the decision's articles (QĐ.Điều n); numId 2 =
    the Quy chế's articles (ilvl 0), clauses (ilvl 1) and points (ilvl 2); numId 3 = appendix items.
    The Quy chế's header table and title block are preamble; chapter lines (Chương I and its title
    line) belong to no path; "PHỤ LỤC 01" opens PL1."""
    secs = OrderedDict()
    counters = {}
    in_dec, cur, signed, after_chapter, appendix = True, "preamble", False, False, None
    for text, kind, num in items:
        s = text.strip()
        if after_chapter:
            after_chapter = False
            continue
        if kind == "p" and s.startswith("Nơi nhận"):
            cur, signed = "signature", True
        elif kind == "row" and signed and in_dec:
            in_dec, cur = False, "preamble"
        elif kind == "p" and CHAPTER.match(s):
            cur, after_chapter = None, True
            continue
        elif kind == "p" and APPENDIX.match(s):
            appendix = "PL" + str(int(APPENDIX.match(s).group(1)))
            cur = appendix
        elif num is not None:
            nid, lvl = num
            c = counters.setdefault(nid, [0] * 9)
            c[lvl] += 1
            for k in range(lvl + 1, 9):
                c[k] = 0
            if nid == 1:
                cur = f"QĐ.Điều {c[0]}"
            elif nid == 2:
                cur = f"Điều {c[0]}"
                if lvl >= 1:
                    cur += f".{c[1]}"
                if lvl >= 2:
                    cur += "." + chr(ord("a") + c[2] - 1)
            elif nid == 3:
                cur = f"{appendix}.{c[0]}"
        if cur is not None and s:
            add(secs, cur, text)
    return secs


def cut_numbered(lines, top_roman):
    """Plans (Roman → Arabic → letter) and the notice (Arabic → letter, no Roman level)."""
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
        if doc_id == TXT_ID:
            v = cut_numbered(doc_lines(doc_id), top_roman=False)
        elif doc_id == DOCX_ID:
            v = cut_docx(docx_items(os.path.join(DOCS, doc_id + ".docx")))
        elif doc_id == PDF_ID:
            v = cut_pdf(doc_lines(doc_id))
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
            if q != q.lower():
                bad(f"{rid}: a question without diacritics must be lower case")
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
    expect("plans in English answerable", s2["english_answerable"], 1)
    per = s2["per_doc"]
    if len(per) != 5 or min(per.values()) < 4 or max(per.values()) > 5:
        bad(f"plans per document not spread over the five plans: {per}")


# ---------------------------------------------------------------- documents
def all_dates(text):
    found = [(int(a), int(b), int(c)) for a, b, c in re.findall(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)]
    found += [(int(a), int(b), int(c)) for a, b, c in
              re.findall(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", text)]
    found += [(1, int(b), int(c)) for b, c in re.findall(r"tháng (\d{1,2})/(\d{4})\b", text)]
    found += [(1, 1, int(c)) for c in re.findall(r"năm học \d{4} - (\d{4})", text)]
    return found


def check_docs():
    counts = {}
    # ---- OCR-like plain text, NFD
    raw = open(os.path.join(DOCS, TXT_ID + ".txt"), encoding="utf-8").read()
    if raw != unicodedata.normalize("NFD", raw) or raw == nfc(raw):
        bad("txt: not NFD")
    rl = [nfc(l) for l in raw.rstrip("\n").split("\n")]
    counts[TXT_ID] = len([l for l in rl if l.strip()])
    pn = [l.strip() for l in rl if PAGE_NO_TXT.match(l)]
    if pn != ["2", "3"]:
        bad(f"txt: page-number lines {pn}")
    if not any(PAGE_NO_TXT.match(l) and not rl[i - 1].rstrip().endswith((".", ";", ":"))
               for i, l in enumerate(rl)):
        bad("txt: no page number breaks a sentence")
    if not re.match(r"^UỶ BAN NHÂN DÂN {5,}CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM$", rl[0]):
        bad(f"txt: header columns not merged on one line: {rl[0]!r}")
    for w in ("hoà", "Uỷ ban", "toả"):
        if w not in "\n".join(rl):
            bad(f"txt: old tone placement {w!r} missing")
    table = [l for l in rl if re.match(r"^\d+ {3,}\S", l) and len(re.findall(r" {3,}", l)) >= 3]
    if len(table) < 5 or any("|" in l for l in rl):
        bad(f"txt: no table flattened with spaces ({len(table)} rows)")
    open_lines = [l for l in rl if l.strip() and not l.rstrip().endswith((".", ";", ":"))]
    if len(open_lines) < 30:
        bad("txt: lines are not broken mid-sentence")
    nums = [ARAB.match(l).group(1) for l in rl if ARAB.match(l)]
    if nums != [str(i) for i in range(1, 8)]:
        bad(f"txt: items {nums}")

    # ---- Word file: automatic numbering, borderless header table, merged table with group/total rows
    path = os.path.join(DOCS, DOCX_ID + ".docx")
    import docx
    d = docx.Document(path)
    items = docx_items(path)
    counts[DOCX_ID] = len([t for t, _, _ in items if t.strip()])
    body = list(d.element.body.iterchildren())
    if body[0].tag != W + "tbl" or 'w:val="nil"' not in d.tables[0]._tbl.xml:
        bad("docx: the document does not open with a borderless header table")
    hdr = [t for t, k, _ in items if k == "row"][:2]
    if len(hdr) < 2 or "CỘNG HÒA" not in hdr[0] or not hdr[1].startswith("Số:"):
        bad(f"docx: header table rows {hdr}")
    merged = [t for t in d.tables if "w:gridSpan" in t._tbl.xml and "w:vMerge" in t._tbl.xml]
    if len(merged) != 1:
        bad(f"docx: {len(merged)} tables with gridSpan and vMerge")
    else:
        tx = " ".join(c.text for r in merged[0].rows for c in r.cells)
        if "Tổng cộng" not in tx or "Cá nhân" not in tx:
            bad("docx: the merged table has no group row or total row")
    with zipfile.ZipFile(path) as z:
        numbering = z.read("word/numbering.xml").decode("utf-8")
        for info in z.infolist():
            if datetime.date(*info.date_time[:3]) >= LIMIT:
                bad(f"docx: zip entry {info.filename} dated {info.date_time}")
                break
    if 'w:lvlText w:val="Điều %1."' not in numbering or 'w:val="lowerLetter"' not in numbering:
        bad("docx: numbering.xml lacks the article / point formats")
    numbered = [n for _, _, n in items if n]
    if {n[0] for n in numbered} != {1, 2, 3} or len(numbered) < 40:
        bad(f"docx: automatic numbering on {len(numbered)} paragraphs")
    typed = [t for t, k, _ in items if k == "p" and (re.match(r"^Điều \d+", t) or ARAB.match(t) or LETTER.match(t))]
    if typed:
        bad(f"docx: typed numbers {typed[:3]}")
    arts = sorted({p for p in sections_of(DOCX_ID) if re.match(r"^(QĐ\.)?Điều \d+$", p)},
                  key=lambda p: (not p.startswith("QĐ"), int(p.split()[-1])))
    if arts != [f"QĐ.Điều {i}" for i in (1, 2, 3)] + [f"Điều {i}" for i in range(1, 13)]:
        bad(f"docx: articles {arts}")
    chapters = [t for t, k, _ in items if k == "p" and CHAPTER.match(t)]
    if chapters != ["Chương I", "Chương II", "Chương III", "Chương IV"]:
        bad(f"docx: chapters {chapters}")
    if not any(t.startswith("(Ban hành kèm theo Quyết định số") for t, _, _ in items):
        bad("docx: no '(Ban hành kèm theo Quyết định số …)' line")
    cp = d.core_properties
    for k in ("created", "modified", "last_printed"):
        v = getattr(cp, k)
        if v is None or v.date() >= LIMIT:
            bad(f"docx: core property {k} {v}")

    # ---- text PDF
    path = os.path.join(DOCS, PDF_ID + ".pdf")
    pages = pdf_pages(path)
    if not 2 <= len(pages) <= 3:
        bad(f"pdf: {len(pages)} pages")
    for i, ls in enumerate(pages, 1):
        ne = [l.strip() for l in ls if l.strip()]
        if ne[-1] != f"Trang {i}/{len(pages)}":
            bad(f"pdf: page {i} does not end with its number ({ne[-1]!r})")
        if i > 1 and ne[0] != RUNNING:
            bad(f"pdf: page {i} has no running header")
        if i == 1 and ne[0] == RUNNING:
            bad("pdf: running header on page 1")
        if any(l != nfc(l) for l in ls):
            bad(f"pdf: page {i} text not NFC")
    last1 = [l.strip() for l in pages[0] if l.strip()][-2]
    if last1.endswith((".", ";", ":")):
        bad(f"pdf: no sentence runs across the first page break ({last1!r})")
    lines = doc_lines(PDF_ID)
    if not any(l.strip() == "Trước ngày" for l in lines) or len(
            [l for l in section_text(sections_of(PDF_ID), "II.B.2") if l.strip()]) < 30:
        bad("pdf: the deadline table's cells do not wrap onto several lines")
    counts[PDF_ID] = len([l for l in lines if l.strip()])
    data = open(path, "rb").read()
    if b"DejaVuSans" not in data or b"/FontFile2" not in data:
        bad("pdf: DejaVu Sans not embedded")
    if pdf_path_objects(path) < 20:
        bad("pdf: no ruled table (too few path objects drawn)")
    for m in re.findall(rb"D:(\d{8})", data):
        if datetime.date(int(m[:4]), int(m[4:6]), int(m[6:8])) >= LIMIT:
            bad(f"pdf: metadata date {m!r}")
    if not re.findall(rb"/CreationDate \(D:2024", data):
        bad("pdf: creation date missing or not 2024")

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
    s1 = check_rows(qrows, "questions.jsonl", "S38-", 60, set(MINE), listed)
    s2 = check_rows(prows, "plans.jsonl", "S38P-", 30, set(plan_ids()), listed)
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
                if l not in mine and len(l.strip()) > 20:
                    return l.strip()[:18]

    pi = first(qrows, PDF_ID)
    b4 = section_text(sections_of(PDF_ID), "II.B.4")  # a must that runs from one PDF line to the next
    cross = b4[1].strip()[-10:] + " " + b4[2].strip()[:10]
    ti = first(qrows, TXT_ID)
    txt = doc_lines(TXT_ID)
    k = next(i for i, l in enumerate(txt) if l.startswith("a) Phòng Nội vụ hoàn chỉnh"))
    txt_cross = txt[k + 2].strip()[-12:] + " " + txt[k + 3].strip()[:8]  # across the page number "2"
    cases = []
    for doc in MINE:
        i = first(qrows, doc)
        wrong = "signature" if qrows[i]["sections"][0] != "signature" else "preamble"
        cases.append((f"wrong section ({doc})", "q", i, {"sections": [wrong]}))
        cases.append((f"must from another section ({doc})", "q", i,
                      {"must": [other_section_must(qrows, i)]}))
        cases.append((f"unknown path ({doc})", "q", i, {"sections": ["IX.9.9"]}))
    cases.append(("must across a PDF line break", "q", pi, {"must": [cross], "sections": ["II.B.4"]}))
    cases.append(("must across the text's page number", "q", ti, {"must": [txt_cross], "sections": ["5.a"]}))
    cases.append(("must in NFD", "q", ti, {"must": [unicodedata.normalize("NFD", qrows[ti]["must"][0])]}))
    cases.append(("plan: wrong section", "p", 0, {"sections": ["signature"]}))
    cases.append(("bad id", "q", 3, {"id": "S38-999"}))
    cases.append(("answerable without must", "q", 0, {"must": []}))
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
    # a path missing from sections.md, and one listed that the parser does not find
    for doc in MINE:
        for label, fn in (("path missing from sections.md", lambda s: s.discard(sorted(s)[-1])),
                          ("unknown path in sections.md", lambda s: s.add("IX.9"))):
            l2 = copy.deepcopy(listed)
            fn(l2[doc])
            problems = []
            run_all(qrows, prows, l2)
            print(("reported " if problems else "MISSED   ") + f"{label} ({doc})")
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

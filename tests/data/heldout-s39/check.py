"""Checks for held-out set S39.

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

TXT_ID = "tu-son-2024-cong-van-ho-so-khen-thuong-tong-ket-nam"
DOCX_ID = "long-bien-2024-ke-hoach-thi-dua-chuyen-de-chuyen-doi-so"
PDF_ID = "lam-dong-2025-quy-che-thi-dua-khen-thuong-hoi-phu-nu"
MINE = [TXT_ID, DOCX_ID, PDF_ID]
EXPECTED_PER_DOC = {TXT_ID: 15, DOCX_ID: 15, PDF_ID: 14}
PREFIX, PLAN_PREFIX = "S39-", "S39P-"
LIMIT = datetime.date(2025, 7, 1)
RUNNING = "Quy chế thi đua, khen thưởng Hội LHPN tỉnh Lâm Đồng (kèm theo Quyết định số 112/QĐ-HPN)"

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


def txt_raw_lines():
    return open(os.path.join(DOCS, TXT_ID + ".txt"), encoding="utf-8").read().rstrip("\n").split("\n")


def txt_lines():
    """Lines of the OCR-like text in NFC; the lone page numbers ("2", "3") dropped."""
    return [nfc(l) for l in txt_raw_lines() if not PAGE_NO_TXT.match(l)]


def docx_items(path):
    """(text, auto_number) for each paragraph and table row of a .docx in body order. A table row
    is its cells joined by " | " (a merged cell repeated as python-docx gives it; line breaks inside
    a cell become spaces). auto_number is the number Word prints for a paragraph with numPr (each
    w:num counts on its own, starting at 1), else None."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(path)
    items, counters = [], {}
    for child in d.element.body.iterchildren():
        if child.tag == W + "p":
            num = None
            numid = child.find(f"./{W}pPr/{W}numPr/{W}numId")
            if numid is not None:
                k = numid.get(W + "val")
                counters[k] = counters.get(k, 0) + 1
                num = counters[k]
            items.append((nfc(Paragraph(child, d).text), num))
        elif child.tag == W + "tbl":
            for row in Table(child, d).rows:
                items.append((nfc(" | ".join(c.text.replace("\n", " ") for c in row.cells)), None))
    return items


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
    for n, ls in enumerate(pdf_pages(path)):
        ls = [nfc(l) for l in ls]
        while ls and not ls[-1].strip():
            ls.pop()
        if ls and PAGE_NO_PDF.match(ls[-1].strip()):
            ls.pop()
        if n and ls and ls[0].strip() == RUNNING:
            ls.pop(0)
        out.extend(ls)
    return out


_line_cache = {}


def doc_lines(doc_id):
    if doc_id not in _line_cache:
        if doc_id == TXT_ID:
            v = txt_lines()
        elif doc_id == DOCX_ID:
            v = [t for t, _ in docx_items(os.path.join(DOCS, doc_id + ".docx"))]
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
CHAPTER = re.compile(r"^Chương [IVX]+$")


def add(secs, path, line):
    secs.setdefault(path, []).append(line)


def cut_docx(items):
    """Kế hoạch: Roman headings typed; the Arabic headings carry Word numbering (the number is not in
    the text, it comes from numPr and restarts in every Roman part); points a) typed."""
    secs = OrderedDict()
    cur, rom, arab = "preamble", None, None
    for text, num in items:
        s = text.strip()
        if s.startswith("Nơi nhận"):
            cur = "signature"
        elif cur == "signature":
            pass
        elif ROMAN.match(s):
            rom, arab = ROMAN.match(s).group(1), None
            cur = rom
        elif rom and num is not None:
            arab = f"{rom}.{num}"
            cur = arab
        elif arab and LETTER.match(s):
            cur = arab + "." + LETTER.match(s).group(1)
        if s:
            add(secs, cur, text)
    return secs


def cut_pdf(lines):
    """Quyết định + Quy chế: the decision's articles are QĐ.Điều n; after the decision's signature
    the line "QUY CHẾ" opens the Quy chế, whose title block is preamble; chapter lines (Chương I and
    its title line) belong to no path; articles Điều n, clauses Điều n.k, points Điều n.k.a."""
    secs = OrderedDict()
    in_dec, cur, art, cl, after_chapter, signed = True, "preamble", None, None, False, False
    for l in lines:
        s = l.strip()
        if after_chapter:
            after_chapter = False
            continue
        if in_dec and s.startswith("Nơi nhận"):
            cur, signed = "signature", True
        elif signed and in_dec and s == "QUY CHẾ":
            in_dec, cur, art, cl = False, "preamble", None, None
        elif CHAPTER.match(s) and not in_dec:
            cur, after_chapter = None, True
            continue
        elif cur == "signature":
            pass
        elif ART.match(s):
            art = ("QĐ." if in_dec else "") + "Điều " + ART.match(s).group(1)
            cur, cl = art, None
        elif art and ARAB.match(s):
            cl = art + "." + ARAB.match(s).group(1)
            cur = cl
        elif cl and LETTER.match(s):
            cur = cl + "." + LETTER.match(s).group(1)
        if cur is not None and s:
            add(secs, cur, l)
    return secs


def cut_numbered(lines, top_roman):
    """Plans (Roman → Arabic → letter) and the Công văn (Arabic → letter, no Roman level)."""
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
    found += [(1, int(b), int(c)) for b, c in re.findall(r"(?<![/\d])(\d{1,2})/(\d{4})\b", text)
              if 1 <= int(b) <= 12]
    return found


def check_docs():
    counts = {}
    # ---- OCR-like plain text in NFD
    raw = open(os.path.join(DOCS, TXT_ID + ".txt"), encoding="utf-8").read()
    if raw != unicodedata.normalize("NFD", raw) or raw == nfc(raw):
        bad("txt: not NFD")
    rl = [nfc(l) for l in txt_raw_lines()]
    counts[TXT_ID] = len([l for l in rl if l.strip()])
    if not re.match(r"^UỶ BAN NHÂN DÂN {3,}CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM$", rl[0]):
        bad(f"txt: header columns not merged on the first line: {rl[0]!r}")
    pn = [l.strip() for l in rl if PAGE_NO_TXT.match(l)]
    if pn != ["2", "3"]:
        bad(f"txt: page-number lines {pn}")
    if not any(PAGE_NO_TXT.match(l) and not rl[i - 1].rstrip().endswith((".", ";", ":"))
               for i, l in enumerate(rl)):
        bad("txt: no page number breaks a sentence")
    text = "\n".join(rl)
    for w in (r"\bhoà\b", r"\bUỷ ban\b", r"\btoả\b", r"\bCỘNG HOÀ\b"):
        if not re.search(w, text):
            bad(f"txt: old tone placement {w!r} missing")
    table = [l for l in rl if re.match(r"^\d{1,2} {2,}Phường .+? {2,}\d+ {2,}\d+ {2,}\d+$", l)]
    if len(table) != 12 or not any(re.match(r"^ +Cộng {2,}\d+ {2,}\d+ {2,}\d+$", l) for l in rl):
        bad(f"txt: flattened quota table has {len(table)} rows or no total row")
    if "|" in text or "\t" in text:
        bad("txt: table not flattened with spaces")
    items = [ARAB.match(l).group(1) for l in rl if ARAB.match(l)]
    if items != ["1", "2", "3", "4", "5"]:
        bad(f"txt: numbered items {items}")
    midbreaks = sum(1 for l in rl if l.strip() and not l.rstrip().endswith((".", ";", ":", ")")))
    if midbreaks < 30:
        bad(f"txt: only {midbreaks} lines broken mid-sentence")
    if not re.search(r"trong 0\d ngày làm việc", text, re.I) or "ngày 06/12/2024" not in text:
        bad("txt: no relative deadline in working days or no fixed date")

    # ---- Word file
    path = os.path.join(DOCS, DOCX_ID + ".docx")
    import docx
    d = docx.Document(path)
    items = docx_items(path)
    counts[DOCX_ID] = len([t for t, _ in items if t.strip()])
    if len(d.tables) != 2:
        bad(f"docx: {len(d.tables)} tables, expected header table + phases table")
    else:
        h, t = d.tables
        hx = h._tbl.xml
        if 'w:val="nil"' not in hx or "w:tblBorders" not in hx or len(h.rows) != 2 or len(h.columns) != 2:
            bad("docx: header table is not a borderless 2x2 table")
        htxt = " ".join(c.text for r in h.rows for c in r.cells)
        for w in ("QUẬN LONG BIÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 68/KH-UBND", "Long Biên, ngày"):
            if w not in htxt:
                bad(f"docx: header table lacks {w!r}")
        tx = t._tbl.xml
        if "w:gridSpan" not in tx or "w:vMerge" not in tx:
            bad("docx: phases table lacks merged cells (gridSpan and vMerge)")
        rows = [[c.text for c in r.cells] for r in t.rows]
        groups = [r[0] for r in rows if len(set(r)) == 1 and r[0].startswith("Giai đoạn")]
        if len(groups) != 3 or not any(len(set(r)) == 1 and r[0].startswith("Tổng cộng") for r in rows):
            bad(f"docx: phases table group rows {groups} / total row missing")
    body = d.element.body
    numbered = [p for p in body.iter(W + "p") if p.find(f"./{W}pPr/{W}numPr") is not None]
    if len(numbered) < 15:
        bad(f"docx: only {len(numbered)} paragraphs with automatic numbering")
    with zipfile.ZipFile(path) as z:
        numx = z.read("word/numbering.xml").decode("utf-8")
        if 'w:lvlText w:val="%1."' not in numx or 'w:numFmt w:val="decimal"' not in numx:
            bad("docx: numbering.xml lacks the decimal list")
        for info in z.infolist():
            if datetime.date(*info.date_time[:3]) >= LIMIT:
                bad(f"docx: zip entry {info.filename} dated {info.date_time}")
                break
    typed = [t for t, n in items if n is None and ARAB.match(t.strip())]
    if typed:
        bad(f"docx: typed Arabic headings {typed[:3]}")
    romans = [ROMAN.match(t).group(1) for t, _ in items if ROMAN.match(t)]
    if romans != ["I", "II", "III", "IV", "V", "VI"]:
        bad(f"docx: Roman headings {romans}")
    cp = d.core_properties
    for k in ("created", "modified", "last_printed"):
        v = getattr(cp, k)
        if v is None or v.date() >= LIMIT:
            bad(f"docx: core property {k} {v}")

    # ---- text PDF
    path = os.path.join(DOCS, PDF_ID + ".pdf")
    pages = pdf_pages(path)
    if len(pages) != 3:
        bad(f"pdf: {len(pages)} pages")
    for i, ls in enumerate(pages, 1):
        ne = [l.strip() for l in ls if l.strip()]
        if ne[-1] != f"Trang {i}/{len(pages)}":
            bad(f"pdf: page {i} does not end with its number ({ne[-1]!r})")
        if (ne[0] == RUNNING) != (i >= 2):
            bad(f"pdf: running header wrong on page {i} ({ne[0]!r})")
        if any(l != nfc(l) for l in ls):
            bad(f"pdf: page {i} text not NFC")
    if len(pages) == 3:
        p2 = [l.strip() for l in pages[1] if l.strip()]
        p3 = [l.strip() for l in pages[2] if l.strip()]
        if p2[-2].endswith((".", ";", ":")) or not p3[1][:1].islower():
            bad("pdf: no sentence runs across the page break 2/3")
        if not any(l.startswith("QUYẾT ĐỊNH") for l in pages[0]) or not any(l.strip() == "QUY CHẾ" for l in pages[1]):
            bad("pdf: decision not on page 1 or Quy chế not on page 2")
    counts[PDF_ID] = sum(len([l for l in ls if l.strip()]) for ls in pages)
    pl = doc_lines(PDF_ID)
    if "STT Danh hiệu, hình thức khen" not in pl or not any(l.startswith("mức lương cơ sở") for l in pl):
        bad("pdf: the table with wrapped header cells is missing")
    data = open(path, "rb").read()
    if b"DejaVuSans" not in data or b"/FontFile2" not in data:
        bad("pdf: DejaVu Sans not embedded")
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c
    doc = pdfium.PdfDocument(path)
    paths = [len(list(doc[i].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]))) for i in range(len(doc))]
    if len(paths) == 3 and paths[2] < 10:
        bad(f"pdf: no ruled table drawn on page 3 (path objects per page {paths})")
    for m in re.findall(rb"D:(\d{8})", data):
        if datetime.date(int(m[:4]), int(m[4:6]), int(m[6:8])) >= LIMIT:
            bad(f"pdf: metadata date {m!r}")
    if not re.findall(rb"/CreationDate \(D:(\d{8})", data):
        bad("pdf: no creation date")

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
    s1 = check_rows(qrows, "questions.jsonl", PREFIX, 60, set(MINE), listed)
    s2 = check_rows(prows, "plans.jsonl", PLAN_PREFIX, 30, set(plan_ids()), listed)
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
                if l not in mine and len(l.strip()) > 20 and not any(norm(l.strip()[:18]) in norm(m) for m in mine):
                    return l.strip()[:18]

    pi = first(qrows, PDF_ID)
    own = section_text(sections_of(PDF_ID), qrows[pi]["sections"][0])
    cross = None
    for a, b in zip(own, own[1:]):
        if a.strip() and b.strip():
            cross = a.strip()[-8:] + " " + b.strip()[:8]  # two lines of the row's own section
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
    cases.append(("plan: wrong section", "p", next(i for i, r in enumerate(prows) if r["docs"]),
                  {"sections": ["signature"]}))
    cases.append(("bad id", "q", 3, {"id": PREFIX + "999"}))
    cases.append(("answerable without must", "q", 0, {"must": []}))
    cases.append(("abstain with a doc", "q", next(i for i, r in enumerate(qrows) if r["abstain"]),
                  {"docs": [TXT_ID]}))
    cases.append(("extra field", "q", 1, {"answer": "x"}))
    ok = True
    for label, which, i, change in cases:
        q2, p2 = copy.deepcopy(qrows), copy.deepcopy(prows)
        tgt = q2 if which == "q" else p2
        tgt[i].update(change)
        problems = []
        run_all(q2, p2, listed)
        print(("reported " if problems else "MISSED   ") + label + (": " + problems[0] if problems else ""))
        ok = ok and bool(problems)
    # a path missing from sections.md, and a listed path the parser does not find
    for doc in MINE:
        for label, l2 in (("path missing from sections.md", None), ("unknown path in sections.md", None)):
            l2 = copy.deepcopy(listed)
            if label.startswith("path missing"):
                l2[doc].discard(sorted(l2[doc])[-1])
            else:
                l2[doc].add("IX.9.9")
            problems = []
            run_all(qrows, prows, l2)
            print(("reported " if problems else "MISSED   ") + f"{label} ({doc})")
            ok = ok and bool(problems)
    # a date on or after 01/07/2025 in a document's text
    for doc in MINE:
        saved = _line_cache[doc]
        _line_cache[doc] = saved + ["Hạn chót ngày 15/8/2025."]
        problems = []
        run_all(qrows, prows, listed)
        _line_cache[doc] = saved
        hit = any("not before 01/07/2025" in p for p in problems)
        print(("reported " if hit else "MISSED   ") + f"late date ({doc})")
        ok = ok and hit
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

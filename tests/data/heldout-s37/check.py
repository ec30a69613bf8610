"""Checks for held-out set S37.

Run: /work/main/.venv/bin/python check.py             (all checks; exit code 1 on any problem)
     /work/main/.venv/bin/python check.py --paths     (print the section paths the parser finds)
     /work/main/.venv/bin/python check.py --selftest  (plant faults and verify the checks report them)
     /work/main/.venv/bin/python check.py --search WORD [WORD ...]
                                                      (lines of the eight documents holding every
                                                       word, compared lower-cased and without
                                                       diacritics; used for unanswerable questions)

The parser here is this set's own (adapted from S35's): it does not import anything from the project.
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

TXT_ID = "lai-chau-2025-ke-hoach-hoi-nghi-dien-hinh-tien-tien-hoi-ccb"
DOCX_ID = "hai-phong-2025-quy-dinh-thi-dua-cong-doan-cang"
PDF_ID = "vinh-long-2024-quyet-dinh-khen-thuong-nam-hoc-so-giao-duc"
MINE = [TXT_ID, DOCX_ID, PDF_ID]
EXPECTED_PER_DOC = {TXT_ID: 14, DOCX_ID: 15, PDF_ID: 15}
LIMIT = datetime.date(2025, 7, 1)
PDF_RUNNING = "Sở GD&ĐT Vĩnh Long - Quyết định số 1287/QĐ-SGDĐT ngày 26/8/2024"

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


def docx_numbering(d):
    """numId -> (abstractNumId, {ilvl: (start, lvlText)}) from numbering.xml."""
    try:
        root = d.part.numbering_part.element
    except Exception:
        return {}
    abstract = {}
    for an in root.findall(W + "abstractNum"):
        lv = {}
        for l in an.findall(W + "lvl"):
            st = l.find(W + "start")
            tx = l.find(W + "lvlText")
            lv[int(l.get(W + "ilvl"))] = (int(st.get(W + "val")) if st is not None else 1,
                                          tx.get(W + "val") if tx is not None else "")
        abstract[an.get(W + "abstractNumId")] = lv
    out = {}
    for n in root.findall(W + "num"):
        a = n.find(W + "abstractNumId").get(W + "val")
        out[n.get(W + "numId")] = (a, abstract.get(a, {}))
    return out


def docx_lines(path, with_kind=False):
    """Lines of a .docx in body order: one per paragraph, with the label of Word's automatic
    numbering rendered in front ("Điều 5. ", "2. "), and one per table row (a cell's paragraphs
    joined by a space, cells by " | ", a horizontally merged cell once, a vertically merged cell
    repeated in each row as python-docx gives it)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(path)
    nums = docx_numbering(d)
    counters = {}
    lines, kinds = [], []
    for child in d.element.body.iterchildren():
        if child.tag == W + "p":
            p = Paragraph(child, d)
            label = ""
            numpr = child.find(W + "pPr/" + W + "numPr")
            if numpr is not None:
                nid = numpr.find(W + "numId").get(W + "val")
                ilvl = int(numpr.find(W + "ilvl").get(W + "val"))
                if nid in nums:
                    aid, lv = nums[nid]
                    c = counters.setdefault(aid, {})
                    start = lv.get(ilvl, (1, ""))[0]
                    c[ilvl] = c.get(ilvl, start - 1) + 1
                    for deeper in [k for k in c if k > ilvl]:
                        del c[deeper]
                    text = lv.get(ilvl, (1, ""))[1]
                    for k in range(0, 9):
                        text = text.replace(f"%{k + 1}", str(c.get(k, lv.get(k, (1, ""))[0])))
                    label = text + " "
            lines.append(label + p.text)
            kinds.append("numbered" if label else "p")
        elif child.tag == W + "tbl":
            for row in Table(child, d).rows:
                cells, seen = [], None
                for c in row.cells:
                    if c._tc is seen:
                        continue
                    seen = c._tc
                    cells.append(" ".join(pp.text for pp in c.paragraphs))
                lines.append(" | ".join(cells))
                kinds.append("row")
    lines = [nfc(l) for l in lines]
    return (lines, kinds) if with_kind else lines


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
    """Extracted lines of all pages; the running header at the top of pages 2-3 and the page number
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
APPENDIX = re.compile(r"^PHỤ LỤC ([IVX]+)$")
ROMAN_VAL = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def add(secs, path, line):
    secs.setdefault(path, []).append(line)


def cut_docx(lines):
    """Quy định: articles Điều n (numbered automatically), clauses Điều n.k, typed points
    Điều n.k.x; chapter lines (Chương I and its title line) belong to no path; text before the
    first article is preamble; Nơi nhận and the signature are signature."""
    secs = OrderedDict()
    cur, art, cl, after_chapter = "preamble", None, None, False
    for l in lines:
        s = l.strip()
        if after_chapter:
            after_chapter = False
            continue
        if s.startswith("Nơi nhận"):
            cur = "signature"
        elif cur == "signature":
            pass
        elif re.match(r"^Chương [IVX]+$", s):
            after_chapter = True
            continue
        elif ART.match(s):
            art = "Điều " + ART.match(s).group(1)
            cur, cl = art, None
        elif art and ARAB.match(s):
            cl = art + "." + ARAB.match(s).group(1)
            cur = cl
        elif cl and LETTER.match(s):
            cur = cl + "." + LETTER.match(s).group(1)
        if s:
            add(secs, cur, l)
    return secs


def cut_pdf(lines):
    """Quyết định khen thưởng: its articles Điều n and clauses Điều n.k; Nơi nhận and signature;
    then the appendices PHỤ LỤC I, II as PL1, PL2 with their numbered lists PL1.1 …; table rows
    never form a level."""
    secs = OrderedDict()
    cur, art, pl = "preamble", None, None
    for l in lines:
        s = l.strip()
        if APPENDIX.match(s):
            pl = "PL" + str(ROMAN_VAL[APPENDIX.match(s).group(1)])
            cur = pl
        elif s.startswith("Nơi nhận"):
            cur = "signature"
        elif pl:
            if ARAB.match(s):
                cur = pl + "." + ARAB.match(s).group(1)
        elif cur == "signature":
            pass
        elif ART.match(s):
            art = "Điều " + ART.match(s).group(1)
            cur = art
        elif art and ARAB.match(s):
            cur = art + "." + ARAB.match(s).group(1)
        if s:
            add(secs, cur, l)
    return secs


def cut_numbered(lines, top_roman):
    """Plans and the Kế hoạch (Roman → Arabic → letter)."""
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
        if doc_id == DOCX_ID:
            v = cut_docx(lines)
        elif doc_id == PDF_ID:
            v = cut_pdf(lines)
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
    seen_ids, seen_q = set(), set()
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            bad(f"{rid}: fields {list(r.keys())}")
            continue
        if rid != f"{prefix}{i:03d}":
            bad(f"{rid}: expected id {prefix}{i:03d}")
        if rid in seen_ids:
            bad(f"{rid}: repeated id")
        seen_ids.add(rid)
        q = r["question"]
        if fold(q) in seen_q:
            bad(f"{rid}: repeated question")
        seen_q.add(fold(q))
        if q != nfc(q):
            bad(f"{rid}: question not NFC")
        if ENGLISH.search(q) and is_ascii(q):
            stats["english"] += 1
            if not r["abstain"]:
                stats["english_answerable"] += 1
        elif is_ascii(q):
            stats["no_diacritics"] += 1
            if q != q.lower():
                bad(f"{rid}: a question without diacritics should be lower-case")
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
    return found


def check_docs():
    counts = {}
    # ---- OCR-like plain text: NFD, old tone placement, page numbers, flattened table
    raw = open(os.path.join(DOCS, TXT_ID + ".txt"), encoding="utf-8").read()
    if raw != unicodedata.normalize("NFD", raw) or raw == nfc(raw):
        bad("txt: not in decomposed form (NFD)")
    rl = [nfc(l) for l in raw.rstrip("\n").split("\n")]
    counts[TXT_ID] = len([l for l in rl if l.strip()])
    pn = [l.strip() for l in rl if PAGE_NO_TXT.match(l)]
    if pn != ["2", "3"]:
        bad(f"txt: page-number lines {pn}")
    if not any(PAGE_NO_TXT.match(l) and not rl[i - 1].rstrip().endswith((".", ";", ":"))
               for i, l in enumerate(rl)):
        bad("txt: no page number breaks a sentence")
    romans = [ROMAN.match(l).group(1) for l in rl if ROMAN.match(l)]
    if romans != ["I", "II", "III", "IV", "V", "VI", "VII"]:
        bad(f"txt: Roman headings {romans}")
    flat = [l for l in rl if re.match(r"^\s*\d*\s{2,}\S.*\s{2,}\d+\s{2,}\d+\s{2,}\d+\s*$", l)]
    if len(flat) < 9:
        bad(f"txt: flattened table has {len(flat)} rows")
    low = "\n".join(rl).lower()
    for w in ("hoà", "thuý", "uỷ", "hoá", "toả"):
        if w not in low:
            bad(f"txt: old tone placement {w!r} missing")
    if sum(1 for l in rl if l.strip() and not l.rstrip().endswith((".", ";", ":", ",")) and len(l) > 60) < 20:
        bad("txt: too few lines broken mid-sentence")

    # ---- Word file: automatic numbering, three tables, merged cells
    path = os.path.join(DOCS, DOCX_ID + ".docx")
    import docx
    d = docx.Document(path)
    lines, kinds = docx_lines(path, with_kind=True)
    counts[DOCX_ID] = len([l for l in lines if l.strip()])
    if len(d.tables) != 3:
        bad(f"docx: {len(d.tables)} tables (expected header, quota, dossier)")
    else:
        hdr = " ".join(c.text for c in d.tables[0].rows[0].cells)
        if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in hdr or d.element.body[0].tag != W + "tbl":
            bad("docx: the document does not open with the header table (cơ quan | Quốc hiệu)")
        last = " | ".join(c.text for c in d.tables[1].rows[-1].cells)
        if "Cộng" not in last:
            bad("docx: the quota table has no total row")
        tx = d.tables[2]._tbl.xml
        if 'w:vMerge w:val="restart"' not in tx or "w:gridSpan" not in tx:
            bad("docx: the dossier table has no vertically and horizontally merged cells")
    if "Điều %1." not in d.part.numbering_part.element.xml:
        bad("docx: no automatic numbering \"Điều %1.\"")
    typed = [p.text for p in d.paragraphs if p.text.startswith("Điều ")]
    if typed:
        bad(f"docx: typed article numbers {typed[:2]}")
    arts = [int(ART.match(l).group(1)) for l, k in zip(lines, kinds) if k == "numbered" and ART.match(l)]
    if arts != list(range(1, 13)):
        bad(f"docx: rendered articles {arts}")
    clauses = [l for l, k in zip(lines, kinds) if k == "numbered" and ARAB.match(l)]
    if len(clauses) < 25 or not any(l.startswith("1. ") for l in clauses[1:]):
        bad("docx: clauses are not numbered automatically or do not restart")
    chapters = [p.text for p in d.paragraphs if re.match(r"^Chương [IVX]+$", p.text)]
    if chapters != ["Chương I", "Chương II", "Chương III", "Chương IV"]:
        bad(f"docx: chapters {chapters}")
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
        ne = [l for l in ls if l.strip()]
        if ne[-1].strip() != f"Trang {i}/{len(pages)}":
            bad(f"pdf: page {i} does not end with its number ({ne[-1]!r})")
        if i > 1 and ne[0].strip() != PDF_RUNNING:
            bad(f"pdf: page {i} does not start with the running header")
        if any(l != nfc(l) for l in ls):
            bad(f"pdf: page {i} text not NFC")
    p1 = [l for l in pages[0] if l.strip()]
    p2 = [l for l in pages[1] if l.strip()] if len(pages) > 1 else ["", "X"]
    if p1[-2].rstrip().endswith(".") or not p2[1].strip()[:1].islower():
        bad("pdf: no sentence runs across the break between pages 1 and 2")
    pl = pdf_lines(path)
    sig = next((i for i, l in enumerate(pl) if l.startswith("Nơi nhận")), None)
    app = next((i for i, l in enumerate(pl) if l.strip() == "PHỤ LỤC I"), None)
    if sig is None or app is None or app < sig:
        bad("pdf: no Phụ lục after the signature")
    counts[PDF_ID] = sum(len([l for l in ls if l.strip()]) for ls in pages)
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
    s1 = check_rows(qrows, "questions.jsonl", "S37-", 60, set(MINE), listed)
    s2 = check_rows(prows, "plans.jsonl", "S37P-", 30, set(plan_ids()), listed)
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
                        norm(l.strip()[:18]) in norm(x) for x in mine):
                    return l.strip()[:18]

    pdf = doc_lines(PDF_ID)
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
    cases.append(("must across a PDF line break", "q", first(qrows, PDF_ID), {"must": [cross]}))
    ni = next(i for i, r in enumerate(qrows) if r["docs"] == [TXT_ID] and not is_ascii(r["must"][0]))
    cases.append(("must in NFD", "q", ni, {"must": [unicodedata.normalize("NFD", qrows[ni]["must"][0])]}))
    cases.append(("plan: wrong section", "p", first(prows, prows[0]["docs"][0] if prows[0]["docs"] else ""),
                  {"sections": ["signature"]}))
    cases.append(("bad id", "q", 3, {"id": "S37-999"}))
    cases.append(("answerable without must", "q", 0, {"must": []}))
    cases.append(("abstain with a doc", "q", next(i for i, r in enumerate(qrows) if r["abstain"]),
                  {"docs": [TXT_ID]}))
    cases.append(("any not empty", "q", 0, {"any": ["x"]}))
    ok = True
    for label, which, i, change in cases:
        q2, p2 = copy.deepcopy(qrows), copy.deepcopy(prows)
        tgt = q2 if which == "q" else p2
        tgt[i].update(change)
        problems = []
        run_all(q2, p2, listed)
        print(("reported " if problems else "MISSED   ") + label + (": " + problems[0] if problems else ""))
        ok = ok and bool(problems)
    for doc in MINE:
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

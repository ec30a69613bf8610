"""Checks for held-out set S40.

Run: /work/main/.venv/bin/python check.py             (all checks; exit code 1 on any problem)
     /work/main/.venv/bin/python check.py --paths     (print the section paths the parser finds)
     /work/main/.venv/bin/python check.py --selftest  (plant faults and verify the checks report them)
     /work/main/.venv/bin/python check.py --search WORD [WORD ...]
                                                      (lines of the eight documents holding every
                                                       word, compared lower-cased and without
                                                       diacritics; used for unanswerable questions)

The parser here is this set's own (modelled on S35's): it does not import anything from the project.
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

TXT_ID = "cai-lay-2025-ke-hoach-hoi-nghi-dien-hinh-tien-tien"
DOCX_ID = "lang-son-2025-huong-dan-thi-dua-khen-thuong-nganh-y-te"
PDF_ID = "nghia-lo-2024-quyet-dinh-tang-giay-khen-xoa-nha-tam"
MINE = [TXT_ID, DOCX_ID, PDF_ID]
EXPECTED_PER_DOC = {TXT_ID: 15, DOCX_ID: 15, PDF_ID: 14}
LIMIT = datetime.date(2025, 7, 1)
RUNNING = "Quyết định số 2186/QĐ-UBND ngày 24/12/2024 của Chủ tịch UBND thị xã Nghĩa Lộ"

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
    """Lines of the OCR-like text (NFD in the file), NFC here; the lone page numbers dropped."""
    raw = open(path, encoding="utf-8").read().split("\n")
    return [nfc(l) for l in raw if not PAGE_NO_TXT.match(l)]


def docx_items(path):
    """(text, numId) in body order: one per paragraph (numId of its automatic numbering or None)
    and one per table row (cells joined by " | ", a merged cell repeated as python-docx gives it)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(path)
    items = []
    for child in d.element.body.iterchildren():
        if child.tag == W + "p":
            ni = child.find(f"{W}pPr/{W}numPr/{W}numId")
            items.append((nfc(Paragraph(child, d).text), ni.get(W + "val") if ni is not None else None))
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
    """Extracted lines of all pages; the page number ("Trang 1/3") at the bottom of each page and
    the running header at the top of pages 2+ dropped."""
    out = []
    for i, ls in enumerate(pdf_pages(path)):
        ls = [nfc(l) for l in ls]
        while ls and not ls[-1].strip():
            ls.pop()
        if ls and PAGE_NO_PDF.match(ls[-1].strip()):
            ls.pop()
        if i > 0 and ls and ls[0].strip() == RUNNING:
            ls.pop(0)
        out.extend(ls)
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
ART = re.compile(r"^Điều (\d+)\.")
ARAB = re.compile(r"^(\d+)\.\s")
LETTER = re.compile(r"^([a-zđ])\)\s")
ROMAN = re.compile(r"^([IVX]+)\.\s")
PART_CAPS = re.compile(r"^PHẦN ([IVX]+)\.\s")
GROUP = re.compile(r"^([A-H])\.\s")
APPX = re.compile(r"^PHỤ LỤC(?: (\d+))?$")


def add(secs, path, line):
    secs.setdefault(path, []).append(line)


def cut_docx(items):
    """Hướng dẫn: typed "PHẦN I." → Roman; typed "A." → group; Word-numbered headings counted per
    list (numId) → 1, 2 …; typed "a)" → letter (II.B.3.a). "PHỤ LỤC 1" → PL1, its numbered items
    PL1.n. Nơi nhận and the signature → signature."""
    secs = OrderedDict()
    cur, part, grp, head, appx = "preamble", None, None, None, None
    counters = {}
    for text, numid in items:
        s = text.strip()
        if s.startswith("Nơi nhận:"):
            cur = "signature"
        elif APPX.match(s):
            appx = "PL" + (APPX.match(s).group(1) or "1")
            cur, head = appx, None
        elif cur == "signature":
            pass
        elif numid is not None:
            counters[numid] = counters.get(numid, 0) + 1
            base = appx if appx else f"{part}.{grp}"
            head = f"{base}.{counters[numid]}"
            cur = head
        elif appx:
            pass
        elif PART_CAPS.match(s):
            part, grp, head = PART_CAPS.match(s).group(1), None, None
            cur = part
        elif part and GROUP.match(s):
            grp, head = GROUP.match(s).group(1), None
            cur = f"{part}.{grp}"
        elif head and LETTER.match(s):
            cur = head + "." + LETTER.match(s).group(1)
        if s:
            add(secs, cur, text)
    return secs


def cut_pdf(lines):
    """Quyết định with no attached regulation: Điều 1 … Điều 4 plainly, clauses Điều 2.1; the
    Phụ lục → PL1 and its headings 1., 2. → PL1.1, PL1.2 (table rows belong to them)."""
    secs = OrderedDict()
    cur, art, appx = "preamble", None, None
    for l in lines:
        s = l.strip()
        if s.startswith("Nơi nhận:"):
            cur = "signature"
        elif APPX.match(s):
            appx = "PL" + (APPX.match(s).group(1) or "1")
            cur = appx
        elif cur == "signature":
            pass
        elif appx:
            if ARAB.match(s):
                cur = appx + "." + ARAB.match(s).group(1)
        elif ART.match(s):
            art = "Điều " + ART.match(s).group(1)
            cur = art
        elif art and ARAB.match(s):
            cur = art + "." + ARAB.match(s).group(1)
        if s:
            add(secs, cur, l)
    return secs


def cut_numbered(lines):
    """Plans and the Cai Lậy Kế hoạch: Roman → Arabic → letter."""
    secs = OrderedDict()
    cur, rom, arab = "preamble", None, None
    for l in lines:
        s = l.strip().lstrip("*").strip()
        if s.startswith("Nơi nhận:"):
            cur = "signature"
        elif cur == "signature":
            pass
        elif ROMAN.match(s):
            rom, arab = ROMAN.match(s).group(1), None
            cur = rom
        elif rom and ARAB.match(s):
            arab = rom + "." + ARAB.match(s).group(1)
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
            v = cut_pdf(doc_lines(doc_id))
        else:
            v = cut_numbered(doc_lines(doc_id))
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
    # ---- OCR-like text, NFD
    raw = open(os.path.join(DOCS, TXT_ID + ".txt"), encoding="utf-8").read()
    if raw == nfc(raw) or raw != unicodedata.normalize("NFD", raw):
        bad("txt: not NFD")
    rl = [nfc(l) for l in raw.rstrip("\n").split("\n")]
    counts[TXT_ID] = len([l for l in rl if l.strip()])
    if not re.search(r"\S {5,}CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", rl[0]):
        bad("txt: header columns not merged on one line with runs of spaces")
    low = raw_low = nfc(raw).lower()
    for w in ("hoà", "uỷ ban", "toả"):
        if w not in low:
            bad(f"txt: old tone placement {w!r} missing")
    pn = [l.strip() for l in rl if PAGE_NO_TXT.match(l)]
    if pn != ["2", "3"]:
        bad(f"txt: lone page-number lines {pn}")
    if not any(PAGE_NO_TXT.match(l) and not rl[i - 1].rstrip().endswith((".", ";", ":"))
               for i, l in enumerate(rl)):
        bad("txt: no page number breaks a sentence")
    flat = [l for l in rl if re.match(r"^\s*\d?\s+\S.*\S {3,}\d+ {3,}\d+\s*$", l)]
    if len(flat) < 6 or any("|" in l for l in rl):
        bad(f"txt: flattened table rows {len(flat)}")
    romans = [ROMAN.match(l).group(1) for l in rl if ROMAN.match(l)]
    if romans != ["I", "II", "III", "IV", "V"]:
        bad(f"txt: Roman headings {romans}")
    broken = [l for l in rl if l.strip() and not l.rstrip().endswith((".", ";", ":", ")")) and len(l) > 60]
    if len(broken) < 20:
        bad("txt: too few lines broken mid-sentence")

    # ---- Word file
    path = os.path.join(DOCS, DOCX_ID + ".docx")
    import docx
    d = docx.Document(path)
    items = doc_items(DOCX_ID)
    counts[DOCX_ID] = len([t for t, _ in items if t.strip()])
    if len(d.tables) != 2:
        bad(f"docx: {len(d.tables)} tables (expected the header table and one data table)")
    else:
        hx = d.tables[0]._tbl.xml
        if 'w:val="nil"' not in hx or len(d.tables[0].columns) != 2:
            bad("docx: header table not a borderless 2-column table")
        tx = d.tables[1]._tbl.xml
        if "w:gridSpan" not in tx or "w:vMerge" not in tx:
            bad("docx: data table lacks gridSpan and vMerge")
        if not d.tables[1].rows[-1].cells[0].text.startswith("Tổng cộng"):
            bad("docx: data table has no total row")
    nums = [(t, n) for t, n in items if n is not None]
    if len(nums) < 20:
        bad(f"docx: only {len(nums)} automatically numbered paragraphs")
    with zipfile.ZipFile(path) as z:
        numxml = z.read("word/numbering.xml").decode("utf-8")
        for info in z.infolist():
            if datetime.date(*info.date_time[:3]) >= LIMIT:
                bad(f"docx: zip entry {info.filename} dated {info.date_time}")
                break
    for _, n in nums:
        if f'w:numId="{n}"' not in numxml:
            bad(f"docx: numId {n} not in numbering.xml")
            break
    if any(re.match(r"^\d+\.\s", t) for t, _ in items):
        bad("docx: a typed number found; headings must be numbered by Word")
    parts = [t for t, _ in items if PART_CAPS.match(t)]
    if [PART_CAPS.match(t).group(1) for t in parts] != ["I", "II", "III"]:
        bad(f"docx: parts {parts}")
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
        if (ne[0] == RUNNING) != (i > 1):
            bad(f"pdf: running header wrong on page {i}")
        if any(l != nfc(l) for l in ls):
            bad(f"pdf: page {i} text not NFC")
    last1 = [l.strip() for l in pages[0] if l.strip()][-2]
    if last1.endswith((".", ";", ":")):
        bad("pdf: no sentence runs across the first page break")
    if "(đồng)" not in [l.strip() for l in pages[-1]]:
        bad("pdf: no wrapped table cell found")
    counts[PDF_ID] = sum(len([l for l in ls if l.strip()]) for ls in pages)
    data = open(path, "rb").read()
    if b"DejaVuSans" not in data or b"/FontFile2" not in data:
        bad("pdf: DejaVu Sans not embedded")
    ds = re.findall(rb"D:(\d{8})", data)
    if not ds:
        bad("pdf: no creation date")
    for m in ds:
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
    s1 = check_rows(qrows, "questions.jsonl", "S40-", 60, set(MINE), listed)
    s2 = check_rows(prows, "plans.jsonl", "S40P-", 30, set(plan_ids()), listed)
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
    # two consecutive extracted lines of the question's own section, joined across the break
    pdf = section_text(sections_of(PDF_ID), qrows[pi]["sections"][0])
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
    cases.append(("bad id", "q", 3, {"id": "S40-999"}))
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
    # a path missing from sections.md
    for doc in MINE:
        l2 = copy.deepcopy(listed)
        l2[doc].discard(sorted(l2[doc])[-1])
        problems = []
        run_all(qrows, prows, l2)
        print(("reported " if problems else "MISSED   ") + f"path missing from sections.md ({doc})")
        ok = ok and bool(problems)
    # a document feature removed: the TXT in NFC instead of NFD
    global txt_lines
    problems = []
    real = open(os.path.join(DOCS, TXT_ID + ".txt"), encoding="utf-8").read
    import builtins
    orig_open = builtins.open

    def fake_open(p, *a, **k):
        f = orig_open(p, *a, **k)
        if str(p).endswith(TXT_ID + ".txt"):
            import io
            return io.StringIO(nfc(f.read()))
        return f
    builtins.open = fake_open
    try:
        check_docs()
    finally:
        builtins.open = orig_open
    print(("reported " if problems else "MISSED   ") + "txt converted to NFC" + (": " + problems[0] if problems else ""))
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

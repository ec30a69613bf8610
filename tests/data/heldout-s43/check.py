"""Checks for held-out set S43.

Run: /work/main/.venv/bin/python check.py             (all checks; exit code 1 on any problem)
     /work/main/.venv/bin/python check.py --paths     (print the section paths the parser finds)
     /work/main/.venv/bin/python check.py --selftest  (plant faults and verify the checks report them)
     /work/main/.venv/bin/python check.py --search WORD [WORD ...]
                                                      (lines of the eight documents holding every
                                                       word, compared lower-cased and without
                                                       diacritics; used for unanswerable questions)

The parser here is this set's own (modelled on S35's): it imports nothing from the project. The Word
file's article, clause and point numbers come from Word automatic numbering, so this parser renders
them itself from numbering.xml (lvlText, numFmt) before cutting sections.
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

TXT_ID = "soc-son-2024-huong-dan-danh-gia-thi-dua-cong-doan-co-so"
DOCX_ID = "moc-chau-2024-quyet-dinh-giay-khen-nong-thon-moi"
PDF_ID = "hoi-an-2024-ke-hoach-thi-dua-du-lich-thuong-mai"
MINE = [TXT_ID, DOCX_ID, PDF_ID]
EXPECTED_PER_DOC = {TXT_ID: 15, DOCX_ID: 15, PDF_ID: 14}
PDF_RUNNING = "UBND thành phố Hội An - Kế hoạch số 52/KH-UBND ngày 08/3/2024"
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


def _letter(n):
    return "abcdefghijklmnopqrstuvwxyz"[n - 1]


def numbering_defs(d):
    """numId -> {ilvl: (numFmt, lvlText, start)} from numbering.xml."""
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


def docx_lines(path):
    """Lines of a .docx in body order: one per paragraph (its automatic number rendered in front,
    e.g. "Điều 2. ", "3. ", "a) ") and one per table row (the row's cells joined by " | ", each
    merged cell once, a cell's paragraphs joined by a space, a vMerge continuation empty)."""
    import docx
    from docx.text.paragraph import Paragraph

    d = docx.Document(path)
    defs = numbering_defs(d)
    counters = {}
    lines = []
    for child in d.element.body.iterchildren():
        if child.tag == W + "p":
            text = Paragraph(child, d).text
            np_ = child.find(W + "pPr/" + W + "numPr")
            if np_ is not None:
                nid = np_.find(W + "numId").get(W + "val")
                lvl = int(np_.find(W + "ilvl").get(W + "val"))
                lv = defs.get(nid, {})
                c = counters.setdefault(nid, {})
                c[lvl] = c.get(lvl, lv.get(lvl, ("", "", 1))[2] - 1) + 1
                for k in list(c):
                    if k > lvl:
                        del c[k]
                fmt, label, _ = lv.get(lvl, ("decimal", "", 1))
                for k in range(lvl + 1):
                    f = lv.get(k, ("decimal", "", 1))[0]
                    v = c.get(k, 1)
                    label = label.replace(f"%{k + 1}", _letter(v) if f == "lowerLetter" else str(v))
                text = label + " " + text
            lines.append(text)
        elif child.tag == W + "tbl":
            for tr in child.findall(W + "tr"):
                cells = []
                for tc in tr.findall(W + "tc"):
                    vm = tc.find(W + "tcPr/" + W + "vMerge")
                    if vm is not None and vm.get(W + "val") in (None, "continue"):
                        cells.append("")
                        continue
                    cells.append(" ".join(Paragraph(p, d).text for p in tc.findall(W + "p")))
                lines.append(" | ".join(cells))
    return [nfc(l) for l in lines]


def pdf_pages(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    pages = []
    for i in range(len(pdf)):
        t = pdf[i].get_textpage().get_text_range()
        pages.append([nfc(l) for l in t.replace("\r\n", "\n").replace("\r", "\n").split("\n")])
    return pages


PAGE_NO_PDF = re.compile(r"^Trang \d+/\d+$")


def pdf_body(ls):
    """One page's lines without the running header (top) and the page number (bottom)."""
    ls = list(ls)
    while ls and not ls[-1].strip():
        ls.pop()
    if ls and PAGE_NO_PDF.match(ls[-1].strip()):
        ls.pop()
    if ls and ls[0].strip() == PDF_RUNNING:
        ls.pop(0)
    return ls


def pdf_lines(path):
    out = []
    for ls in pdf_pages(path):
        out.extend(pdf_body(ls))
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
APPX = re.compile(r"^PHỤ LỤC (\d+)$")


def add(secs, path, line):
    secs.setdefault(path, []).append(line)


def cut_docx(lines):
    """Quyết định with no attached regulation: its articles are plainly Điều n, Điều n.k, Điều n.k.x;
    Nơi nhận and the signature are signature; the appendices PHỤ LỤC n are PLn, PLn.k, PLn.k.x
    (their title lines and the table rows belong to PLn)."""
    secs = OrderedDict()
    cur, art, cl, appx = "preamble", None, None, None
    for l in lines:
        s = l.strip()
        if s.startswith("Nơi nhận"):
            cur, art, cl = "signature", None, None
        elif APPX.match(s):
            appx = "PL" + APPX.match(s).group(1)
            cur, cl = appx, None
        elif cur == "signature":
            pass
        elif appx is None and ART.match(s):
            art = "Điều " + ART.match(s).group(1)
            cur, cl = art, None
        elif (art or appx) and ARAB.match(s):
            cl = (appx or art) + "." + ARAB.match(s).group(1)
            cur = cl
        elif cl and LETTER.match(s):
            cur = cl + "." + LETTER.match(s).group(1)
        if s:
            add(secs, cur, l)
    return secs


def cut_numbered(lines):
    """Plans, the Kế hoạch (PDF) and the Hướng dẫn (text): Roman → Arabic → letter."""
    secs = OrderedDict()
    cur, rom, arab = "preamble", None, None
    for l in lines:
        s = l.strip().lstrip("*").strip()
        if s.startswith("Nơi nhận"):
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
    seen_q = set()
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
        if norm(q) in seen_q:
            bad(f"{rid}: repeated question")
        seen_q.add(norm(q))
        if ENGLISH.search(q) and is_ascii(q):
            stats["english"] += 1
            if not r["abstain"]:
                stats["english_answerable"] += 1
        elif is_ascii(q):
            stats["no_diacritics"] += 1
            if q != q.lower():
                bad(f"{rid}: a question without diacritics is to be lower case")
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
    found += [(1, int(b), int(c)) for b, c in re.findall(r"tháng (\d{1,2}) năm (\d{4})\b", text)]
    return found


def check_txt(counts):
    raw = open(os.path.join(DOCS, TXT_ID + ".txt"), encoding="utf-8").read()
    if raw != unicodedata.normalize("NFD", raw) or raw == nfc(raw):
        bad("txt: not in Unicode NFD")
    rl = [nfc(l) for l in raw.rstrip("\n").split("\n")]
    counts[TXT_ID] = len([l for l in rl if l.strip()])
    if not re.search(r"\S {5,}CỘNG HOÀ XÃ HỘI", rl[0]) or not re.search(r"\S {5,}Sóc Sơn, ngày", rl[2]):
        bad("txt: the header columns are not merged on one line with runs of spaces")
    pn = [l.strip() for l in rl if PAGE_NO_TXT.match(l)]
    if pn != ["2", "3"]:
        bad(f"txt: lone page-number lines {pn}")
    prev = lambda i: next(rl[j] for j in range(i - 1, -1, -1) if rl[j].strip())
    if not any(PAGE_NO_TXT.match(l) and not prev(i).rstrip().endswith((".", ";", ":"))
               for i, l in enumerate(rl)):
        bad("txt: no page number inside a sentence")
    text = "\n".join(rl)
    for w in ("hoà", "Uỷ ban", "toả"):
        if w not in text:
            bad(f"txt: old tone placement {w!r} missing")
    romans = [ROMAN.match(l).group(1) for l in rl if ROMAN.match(l)]
    if romans != ["I", "II", "III", "IV", "V", "VI"]:
        bad(f"txt: Roman headings {romans}")
    if not any(LETTER.match(l) for l in rl) or not any(ARAB.match(l) for l in rl):
        bad("txt: no Arabic headings or points a)")
    flat = [l for l in rl if len(re.findall(r"\S {3,}\S", l)) >= 3]
    if len(flat) < 5:
        bad("txt: no table flattened with spaces")
    broken = [l for l in rl if l.strip() and l[0].islower() and not LETTER.match(l)]
    if len(broken) < 10:
        bad("txt: too few lines broken mid-sentence")


def check_docx(counts):
    import docx
    path = os.path.join(DOCS, DOCX_ID + ".docx")
    d = docx.Document(path)
    lines = doc_lines(DOCX_ID)
    counts[DOCX_ID] = len([l for l in lines if l.strip()])
    if len(d.tables) < 2:
        bad(f"docx: {len(d.tables)} tables (a header table and the list expected)")
        return
    hx = d.tables[0]._tbl.xml
    if "w:tblBorders" not in hx or 'w:val="nil"' not in hx or len(d.tables[0].rows) != 2:
        bad("docx: the first table is not a borderless two-row header table")
    hdr = [l for l in lines if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in l]
    if not hdr or " | " not in hdr[0] or not any(re.match(r"^Số: \S+ \| Mộc Châu, ngày", l) for l in lines):
        bad("docx: header table rows (cơ quan | Quốc hiệu; number | place and date) missing")
    lx = d.tables[1]._tbl.xml
    if "w:gridSpan" not in lx or "w:vMerge" not in lx:
        bad("docx: the list table has no merged cells (gridSpan and vMerge)")
    rows = [l for l in lines if l.count(" | ") >= 1 and ("Tập thể (" in l or "Cá nhân (" in l or "Tổng cộng" in l)]
    if len(rows) < 3:
        bad("docx: the list table lacks group rows and a total row")
    body = d.element.body
    if body.find(".//" + W + "numPr") is None:
        bad("docx: no Word automatic numbering (numPr)")
    if not any(v[1] == "Điều %1." for lv in numbering_defs(d).values() for v in lv.values()):
        bad("docx: numbering.xml has no level 'Điều %1.'")
    typed = [p.text for p in d.paragraphs if re.match(r"^(Điều \d+\.|\d+\.\s|[a-z]\)\s)", p.text)]
    if typed:
        bad(f"docx: numbers typed in the text: {typed[:3]}")
    arts = [ART.match(l).group(1) for l in lines if ART.match(l)]
    if arts != ["1", "2", "3"]:
        bad(f"docx: rendered articles {arts}")
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


def check_pdf(counts):
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c
    path = os.path.join(DOCS, PDF_ID + ".pdf")
    pages = pdf_pages(path)
    if len(pages) != 3:
        bad(f"pdf: {len(pages)} pages")
    for i, ls in enumerate(pages, 1):
        ne = [l.strip() for l in ls if l.strip()]
        if ne[-1] != f"Trang {i}/{len(pages)}":
            bad(f"pdf: page {i} does not end with 'Trang {i}/{len(pages)}' ({ne[-1]!r})")
        if (ne[0] == PDF_RUNNING) != (i > 1):
            bad(f"pdf: running header wrong on page {i}")
    bodies = [[l for l in pdf_body(ls) if l.strip()] for ls in pages]
    if not any(a[-1].rstrip()[-1] not in ".;:" and b[0][0].islower() for a, b in zip(bodies, bodies[1:])):
        bad("pdf: no sentence runs across a page break")
    counts[PDF_ID] = sum(len(b) for b in bodies)
    doc = pdfium.PdfDocument(path)
    paths = sum(1 for i in range(len(doc))
                for _ in doc[i].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]))
    if paths < 20:
        bad(f"pdf: only {paths} path objects; no ruled table")
    text = "\n".join(pdf_lines(path))
    if "Nhóm tiêu chí" not in text or "Niêm yết giá và bán\nđúng giá" not in text:
        bad("pdf: the table with wrapped cells is missing")
    data = open(path, "rb").read()
    if b"DejaVuSans" not in data or b"/FontFile2" not in data:
        bad("pdf: DejaVu Sans not embedded")
    ds = re.findall(rb"D:(\d{8})", data)
    if not ds:
        bad("pdf: no creation date")
    for m in ds:
        if datetime.date(int(m[:4]), int(m[4:6]), int(m[6:8])) >= LIMIT:
            bad(f"pdf: metadata date {m!r}")


def check_docs():
    counts = {}
    check_txt(counts)
    check_docx(counts)
    check_pdf(counts)
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
    s1 = check_rows(qrows, "questions.jsonl", "S43-", 60, set(MINE), listed)
    s2 = check_rows(prows, "plans.jsonl", "S43P-", 30, set(plan_ids()), listed)
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
            mine.update(norm(l) for l in section_text(secs, sp))
        for p, ls in secs.items():
            for l in ls:
                frag = l.strip()[:18]
                if len(l.strip()) > 20 and not any(norm(frag) in m for m in mine):
                    return frag

    pi = first(qrows, PDF_ID)
    pdf = doc_lines(PDF_ID)
    cross = None
    for a, b in zip(pdf, pdf[1:]):
        if a.strip() and b.strip() and b.strip()[0].islower():
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
    cases.append(("must not NFC", "q", 0, {"must": [unicodedata.normalize("NFD", qrows[0]["must"][0])]}))
    pj = next(i for i, r in enumerate(prows) if r["docs"])
    cases.append(("plan: wrong section", "p", pj, {"sections": ["signature"]}))
    cases.append(("plan: must from another section", "p", pj, {"must": [other_section_must(prows, pj)]}))
    cases.append(("bad id", "q", 3, {"id": "S43-999"}))
    cases.append(("answerable without must", "q", 0, {"must": []}))
    cases.append(("abstain with a doc", "q", next(i for i, r in enumerate(qrows) if r["abstain"]),
                  {"docs": [TXT_ID]}))
    cases.append(("abstain turned answerable (counts)", "q",
                  next(i for i, r in enumerate(qrows) if r["abstain"]), {"abstain": False, "kind": "fact"}))
    cases.append(("extra field", "q", 5, {"extra": 1}))
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
    # a document fault: a date on or after 01/07/2025 in the Word file's lines
    saved = _line_cache[DOCX_ID]
    _line_cache[DOCX_ID] = saved + ["Hạn chót ngày 15/7/2025."]
    problems = []
    check_docs()
    print(("reported " if problems else "MISSED   ") + "date after 01/07/2025")
    ok = ok and bool(problems)
    _line_cache[DOCX_ID] = saved
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
            for p, ls in sections_of(doc).items():
                print("  ", p, "—", ls[0].strip()[:70])
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

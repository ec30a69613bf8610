"""Checks for held-out set S41.

Run: /work/main/.venv/bin/python check.py             (all checks; exit code 1 on any problem)
     /work/main/.venv/bin/python check.py --paths     (print the section paths the parser finds)
     /work/main/.venv/bin/python check.py --selftest  (plant faults and verify the checks report them)
     /work/main/.venv/bin/python check.py --search WORD [WORD ...]
                                                      (lines of the eight documents holding every
                                                       word, compared lower-cased and without
                                                       diacritics; used for unanswerable questions)

The parser here is this set's own (adapted from S35's): it does not import anything from the project.
The Word file numbers its articles, clauses and points with Word automatic numbering; the parser
renders those numbers from numbering.xml as Word would display them ("Điều 4.", "2.", "b)").
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

TXT_ID = "phu-quoc-2025-quy-che-hoat-dong-hoi-dong-thi-dua-khen-thuong"
DOCX_ID = "chi-linh-2025-quyet-dinh-quy-dinh-cham-diem-thi-dua-phuong-xa"
PDF_ID = "tan-an-2024-bao-cao-tong-ket-thi-dua-khen-thuong"
MINE = [TXT_ID, DOCX_ID, PDF_ID]
EXPECTED_PER_DOC = {TXT_ID: 14, DOCX_ID: 15, PDF_ID: 15}
LIMIT = datetime.date(2025, 7, 1)
RUNNING = "Báo cáo số 236/BC-BTĐKT ngày 12/12/2024 của Ban Thi đua - Khen thưởng thành phố Tân An"

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


def numbering_levels(d):
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


def fmt_num(fmt, n):
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    if fmt == "upperRoman":
        return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][n]
    return str(n)


def paragraph_numpr(p_el):
    ppr = p_el.find(W + "pPr")
    npr = ppr.find(W + "numPr") if ppr is not None else None
    if npr is None:
        return None
    return npr.find(W + "numId").get(W + "val"), int(npr.find(W + "ilvl").get(W + "val"))


def docx_lines(path):
    """Lines of a .docx in body order: one per paragraph (its automatic number rendered in front, as
    Word displays it) and one per table row (cells joined by " | ", line breaks inside a cell as
    spaces, a merged cell repeated as python-docx gives it)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(path)
    levels = numbering_levels(d)
    counters = {}
    lines = []
    for child in d.element.body.iterchildren():
        if child.tag == W + "p":
            text = Paragraph(child, d).text
            np_ = paragraph_numpr(child)
            if np_:
                nid, ilvl = np_
                lv = levels.get(nid, {})
                c = counters.setdefault(nid, {})
                c[ilvl] = c.get(ilvl, lv.get(ilvl, ("decimal", "", 1))[2] - 1) + 1
                for k in [k for k in c if k > ilvl]:
                    del c[k]
                label = lv.get(ilvl, ("decimal", "", 1))[1]
                for k in range(ilvl + 1):
                    fmt = lv.get(k, ("decimal", "", 1))[0]
                    label = label.replace(f"%{k + 1}", fmt_num(fmt, c.get(k, 1)))
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
CHAPTER = re.compile(r"^Chương [IVX]+$")


def add(secs, path, line):
    secs.setdefault(path, []).append(line)


def cut_regulation(lines, with_decision):
    """Regulations: Điều n → clause n → point a). With with_decision (the Quyết định issuing a Quy
    định): the decision's articles are QĐ.Điều n, its Nơi nhận and signature `signature`, and the
    title block of the attached Quy định (from the line "QUY ĐỊNH") `preamble`. Without it (the
    Quy chế): the closing "TM. …" block is `signature`. Chapter lines (Chương I and the title line
    after it) belong to no path."""
    secs = OrderedDict()
    in_dec = with_decision
    cur, art, cl, after_chapter, signed = "preamble", None, None, False, False
    for l in lines:
        s = l.strip()
        if after_chapter:
            after_chapter = False
            continue
        if s.startswith("Nơi nhận") or (not with_decision and s.startswith("TM. ")):
            cur, signed = "signature", True
        elif signed and in_dec and s == "QUY ĐỊNH":
            in_dec, signed, cur, art, cl = False, False, "preamble", None, None
        elif cur == "signature":
            pass
        elif CHAPTER.match(s):
            cur, after_chapter = None, True
            continue
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
    """Plans and the report: Roman → Arabic → letter."""
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
        if doc_id == TXT_ID:
            v = cut_regulation(lines, with_decision=False)
        elif doc_id == DOCX_ID:
            v = cut_regulation(lines, with_decision=True)
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


def check_txt():
    path = os.path.join(DOCS, TXT_ID + ".txt")
    raw = open(path, encoding="utf-8").read()
    if raw != unicodedata.normalize("NFD", raw) or raw == nfc(raw):
        bad("txt: not in Unicode NFD")
    rl = [nfc(l) for l in raw.rstrip("\n").split("\n")]
    n = len([l for l in rl if l.strip()])
    if not re.search(r"^ỦY|^UỶ BAN NHÂN DÂN {5,}CỘNG HOÀ XÃ HỘI", "\n".join(rl), re.M):
        bad("txt: header columns not merged on one line with a run of spaces")
    pn = [l.strip() for l in rl if PAGE_NO_TXT.match(l)]
    if pn != ["2", "3"]:
        bad(f"txt: page-number lines {pn}")
    prev = [rl[i - 2] if not rl[i - 1].strip() else rl[i - 1] for i, l in enumerate(rl) if PAGE_NO_TXT.match(l)]
    if not any(not p.rstrip().endswith((".", ";", ":")) for p in prev):
        bad("txt: no page number breaks a sentence")
    text = "\n".join(rl)
    for w in ("hoà", "Uỷ ban", "toả"):
        if w.lower() not in text.lower():
            bad(f"txt: old tone placement {w!r} missing")
    if len([l for l in rl if len(re.findall(r"\S {3,}\S", l)) >= 3]) < 6:
        bad("txt: no table flattened with runs of spaces")
    mid = [l for l in rl if l.strip() and not l.rstrip().endswith((".", ";", ":", ",")) and not
           ART.match(l) and not CHAPTER.match(l)]
    if len(mid) < 20:
        bad("txt: too few lines broken mid-sentence")
    arts = [int(ART.match(l).group(1)) for l in rl if ART.match(l)]
    if arts != list(range(1, 13)):
        bad(f"txt: articles {arts}")
    if not any(p.startswith("Điều 6.2.") for p in sections_of(TXT_ID)):
        bad("txt: no point under Điều 6.2")
    return n


def check_docx():
    import docx
    path = os.path.join(DOCS, DOCX_ID + ".docx")
    d = docx.Document(path)
    lines = doc_lines(DOCX_ID)
    n = len([l for l in lines if l.strip()])
    if len(d.tables) != 2:
        bad(f"docx: {len(d.tables)} tables (expected the header table and the scoring table)")
        return n
    h, t = d.tables
    hx = h._tbl.xml
    if "w:tblBorders" not in hx or 'w:val="single"' in hx or "Số:" not in hx or "CỘNG HÒA" not in hx:
        bad("docx: the first table is not a borderless header table (cơ quan | Quốc hiệu; số | ngày)")
    tx = t._tbl.xml
    if "w:vMerge" not in tx or "w:gridSpan" not in tx:
        bad("docx: the scoring table has no vMerge group cells and gridSpan total row")
    if not t.rows[-1].cells[0].text.startswith("Tổng cộng"):
        bad("docx: the scoring table has no total row")
    body = d.element.body
    if len(body.findall(".//" + W + "numPr")) < 30:
        bad("docx: Word automatic numbering (numPr) missing")
    nx = d.part.numbering_part.element.xml
    if "Điều %1." not in nx:
        bad("docx: numbering.xml has no 'Điều %1.' level")
    for p in d.paragraphs:
        if re.match(r"^(Điều \d+|\d+\.\s|[a-zđ]\)\s)", p.text):
            bad(f"docx: number typed in the text: {p.text[:40]!r}")
            break
    arts = [ART.match(l).group(1) for l in lines if ART.match(l)]
    if arts != ["1", "2", "3"] + [str(i) for i in range(1, 11)]:
        bad(f"docx: rendered articles {arts}")
    chapters = [l for l in lines if CHAPTER.match(l)]
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
    return n


def check_pdf():
    import pypdfium2 as pdfium
    path = os.path.join(DOCS, PDF_ID + ".pdf")
    pages = pdf_pages(path)
    if len(pages) != 3:
        bad(f"pdf: {len(pages)} pages")
    for i, ls in enumerate(pages, 1):
        ne = [l.strip() for l in ls if l.strip()]
        if ne[-1] != f"Trang {i}/{len(pages)}":
            bad(f"pdf: page {i} does not end with its number ({ne[-1]!r})")
        if i > 1 and ne[0] != RUNNING:
            bad(f"pdf: page {i} has no running header")
        if i == 1 and RUNNING in ne:
            bad("pdf: running header on page 1")
        if any(l != nfc(l) for l in ls):
            bad(f"pdf: page {i} text not NFC")
    # a sentence runs across the page break after page 1
    last1 = [l.strip() for l in pages[0] if l.strip()][-2]
    if last1.endswith((".", ";", ":")):
        bad("pdf: no sentence across the first page break")
    # a ruled table whose cells wrap: path objects on its page, a cell on two lines
    doc = pdfium.PdfDocument(path)
    paths = sum(1 for o in doc[1].get_objects() if o.type == 2)
    if paths < 20:
        bad(f"pdf: page 2 has {paths} path objects (no ruled table)")
    p2 = [l.strip() for l in pages[1]]
    if "Huân chương Lao động hạng Ba (Chủ tịch nước" not in p2 or not any(l.startswith("tặng) 01 01") for l in p2):
        bad("pdf: no table cell wrapping onto two lines")
    if not any(l.startswith("Tổng cộng 125 352") for l in p2):
        bad("pdf: no total row in the table")
    data = open(path, "rb").read()
    if b"DejaVuSans" not in data or b"/FontFile2" not in data:
        bad("pdf: DejaVu Sans not embedded")
    dates = re.findall(rb"D:(\d{8})", data)
    if not dates:
        bad("pdf: no creation date")
    for m in dates:
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
    s1 = check_rows(qrows, "questions.jsonl", "S41-", 60, set(MINE), listed)
    s2 = check_rows(prows, "plans.jsonl", "S41P-", 30, set(plan_ids()), listed)
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
                cand = l.strip()[:18]
                if l not in mine and len(l.strip()) > 20 and not any(norm(cand) in norm(x) for x in mine):
                    return cand

    pi = first(qrows, PDF_ID)
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
    cases.append(("must across a PDF line break", "q", pi, {"must": [cross]}))
    cases.append(("plan: wrong section", "p", first(prows, prows[0]["docs"][0] if prows[0]["docs"] else ""),
                  {"sections": ["signature"]}))
    cases.append(("bad id", "q", 3, {"id": "S41-999"}))
    cases.append(("answerable without must", "q", 0, {"must": []}))
    cases.append(("abstain with a doc", "q", next(i for i, r in enumerate(qrows) if r["abstain"]),
                  {"docs": [TXT_ID]}))
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
    for doc in (TXT_ID, DOCX_ID, PDF_ID):
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

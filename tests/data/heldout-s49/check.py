"""Checks for held-out set S49.

Run: /work/main/.venv/bin/python check.py             (all checks; exit code 1 on any problem)
     /work/main/.venv/bin/python check.py --paths     (print the section paths the parser finds)
     /work/main/.venv/bin/python check.py --selftest  (plant faults and verify the checks report them)
     /work/main/.venv/bin/python check.py --search WORD [WORD ...]
                                                      (lines of the eight documents holding every
                                                       word, compared lower-cased and without
                                                       diacritics; used for unanswerable questions)

The parser here is this set's own (modelled on S45's and S41's): it imports nothing from the project.
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

TXT_ID = "duc-pho-2024-quyet-dinh-quy-che-khoi-thi-dua"
DOCX_ID = "hoa-vang-2024-thong-bao-ket-luan-hoi-dong-tdkt"
PDF_ID = "binh-xuyen-2024-ke-hoach-thi-dua-nong-thon-moi"
MINE = [TXT_ID, DOCX_ID, PDF_ID]
EXPECTED_PER_DOC = {TXT_ID: 14, DOCX_ID: 15, PDF_ID: 15}
LIMIT = datetime.date(2025, 7, 1)
RUNNING = "Kế hoạch số 68/KH-UBND ngày 12/3/2024 của UBND huyện Bình Xuyên"

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
PAGE_NO_TXT = re.compile(r"^\s*\d{1,2}\s*$")


def txt_lines(path):
    """Lines of the OCR-like text, NFC; the lone page numbers ("2", "3") dropped."""
    raw = open(path, encoding="utf-8").read().split("\n")
    return [nfc(l) for l in raw if not PAGE_NO_TXT.match(l)]


def roman(n):
    out = ""
    for v, s in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out


def docx_items(path):
    """(level, number, text) in body order: one per paragraph and one per table row (cells joined
    by " | ", a merged cell repeated as python-docx gives it; line breaks inside a cell become a
    space). For a paragraph with Word automatic numbering (numPr), level is its ilvl and number the
    label Word displays (computed from numbering.xml); otherwise level is None."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(path)
    fmts = {}
    try:
        numbering = d.part.numbering_part.element
        absfmt = {}
        for a in numbering.findall(W + "abstractNum"):
            lv = {}
            for l in a.findall(W + "lvl"):
                nf = l.find(W + "numFmt")
                lv[int(l.get(W + "ilvl"))] = nf.get(W + "val") if nf is not None else "decimal"
            absfmt[a.get(W + "abstractNumId")] = lv
        for n in numbering.findall(W + "num"):
            fmts[n.get(W + "numId")] = absfmt.get(n.find(W + "abstractNumId").get(W + "val"), {})
    except Exception:
        pass
    counters = {}
    items = []
    for child in d.element.body.iterchildren():
        if child.tag == W + "p":
            p = Paragraph(child, d)
            numpr = child.find(W + "pPr/" + W + "numPr")
            if numpr is not None and numpr.find(W + "numId") is not None:
                nid = numpr.find(W + "numId").get(W + "val")
                il = numpr.find(W + "ilvl")
                lvl = int(il.get(W + "val")) if il is not None else 0
                c = counters.setdefault(nid, [0] * 9)
                c[lvl] += 1
                for k in range(lvl + 1, 9):
                    c[k] = 0
                f = fmts.get(nid, {}).get(lvl, "decimal")
                label = roman(c[lvl]) if f == "upperRoman" else str(c[lvl])
                items.append((lvl, label, nfc(p.text)))
            else:
                items.append((None, None, nfc(p.text)))
        elif child.tag == W + "tbl":
            for row in Table(child, d).rows:
                items.append((None, None, nfc(" | ".join(c.text.replace("\n", " ") for c in row.cells))))
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
    """Extracted lines of all pages; the page number ("Trang 1/3") at the bottom of each page and the
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


_item_cache = {}


def doc_items(doc_id):
    """(level, number, text) per line; level/number only for Word automatic numbering."""
    if doc_id not in _item_cache:
        if doc_id == TXT_ID:
            v = [(None, None, l) for l in txt_lines(os.path.join(DOCS, doc_id + ".txt"))]
        elif doc_id == DOCX_ID:
            v = docx_items(os.path.join(DOCS, doc_id + ".docx"))
        elif doc_id == PDF_ID:
            v = [(None, None, l) for l in pdf_lines(os.path.join(DOCS, doc_id + ".pdf"))]
        else:
            v = [(None, None, nfc(l)) for l in
                 open(os.path.join(PLANS, doc_id + ".txt"), encoding="utf-8").read().split("\n")]
        _item_cache[doc_id] = v
    return _item_cache[doc_id]


def doc_lines(doc_id):
    return [t for _, _, t in doc_items(doc_id)]


# ---------------------------------------------------------------- section cutting
ART = re.compile(r"^Điều (\d+)\.")
ARAB = re.compile(r"^(\d+)\.\s")
LETTER = re.compile(r"^([a-zđ])\)\s")
ROMAN = re.compile(r"^([IVX]+)\.\s")


def add(secs, path, line):
    secs.setdefault(path, []).append(line)


def cut_numbered(lines, top_roman):
    """Plans and the Kế hoạch (the PDF): Roman → Arabic → letter."""
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


def cut_docx(items):
    """Thông báo kết luận with Word automatic numbering: level 0 (I., II. …) and level 1 (1., 2. …
    restarting in each part) come from numPr, the typed points a) b) from the text. Table rows belong
    to the section they stand in."""
    secs = OrderedDict()
    cur, rom, arab = "preamble", None, None
    for lvl, label, l in items:
        s = l.strip()
        if lvl is None and re.match(r"^Nơi nhận\s*:", s):  # not the heading "Nơi nhận hồ sơ"
            cur = "signature"
        elif cur == "signature":
            pass
        elif lvl == 0:
            rom, arab = label, None
            cur = rom
        elif lvl == 1 and rom:
            arab = rom + "." + label
            cur = arab
        elif arab and LETTER.match(s):
            cur = arab + "." + LETTER.match(s).group(1)
        if s:
            add(secs, cur, l)
    return secs


CHAPTER = re.compile(r"^Chương [IVX]+$")


def cut_regulation(lines):
    """The Quyết định with its attached Quy chế (the OCR-like text): the decision's articles are
    `QĐ.Điều n`; its Nơi nhận and the signature columns merged into them are `signature`; from the
    line "QUY CHẾ" after the signature the title block of the Quy chế is `preamble` again (it is
    text before the regulation's first heading), then `Điều n`, clauses `Điều n.k`, points
    `Điều n.k.a`. Chapter lines (Chương I and the title line after it) belong to no path. Table rows
    (STT without a dot) never form a level."""
    secs = OrderedDict()
    in_dec = True
    cur, art, cl, after_chapter, signed = "preamble", None, None, False, False
    for l in lines:
        s = l.strip()
        if after_chapter:
            after_chapter = False
            continue
        if s.startswith("Nơi nhận"):
            cur, signed = "signature", True
        elif signed and in_dec and s == "QUY CHẾ":
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


_sec_cache = {}


def sections_of(doc_id):
    if doc_id not in _sec_cache:
        if doc_id == DOCX_ID:
            v = cut_docx(doc_items(doc_id))
        elif doc_id == TXT_ID:
            v = cut_regulation(doc_lines(doc_id))
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
    seen_q = set()
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            bad(f"{rid}: fields {list(r.keys())}")
            continue
        if rid != f"{prefix}{i:03d}":
            bad(f"{rid}: expected id {prefix}{i:03d}")
        q = r["question"]
        if q in seen_q:
            bad(f"{rid}: repeated question")
        seen_q.add(q)
        if q != nfc(q):
            bad(f"{rid}: question not NFC")
        if ENGLISH.search(q) and is_ascii(q):
            stats["english"] += 1
            if not r["abstain"]:
                stats["english_answerable"] += 1
        elif is_ascii(q):
            stats["no_diacritics"] += 1
            if q != q.lower():
                bad(f"{rid}: question without diacritics not in lower case")
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


ENDS = (".", ";", ":", ".)", "./.")


def check_docs():
    counts = {}
    # ---- OCR-like plain text, NFD
    raw = open(os.path.join(DOCS, TXT_ID + ".txt"), encoding="utf-8").read()
    if raw != unicodedata.normalize("NFD", raw) or raw == nfc(raw):
        bad("txt: not NFD")
    rl = [nfc(l) for l in raw.rstrip("\n").split("\n")]
    counts[TXT_ID] = len([l for l in rl if l.strip() and not PAGE_NO_TXT.match(l)])
    pn = [l.strip() for l in rl if PAGE_NO_TXT.match(l)]
    if pn != ["2", "3"]:
        bad(f"txt: page-number lines {pn}")
    # at least one page number falls inside a sentence (the line before is prose ending no sentence)
    if not any(PAGE_NO_TXT.match(l) and not rl[i - 1].rstrip().endswith(ENDS)
               and not re.search(r" {3,}", rl[i - 1].strip()) for i, l in enumerate(rl)):
        bad("txt: no page number breaks a sentence")
    joined = "\n".join(rl)
    if not re.search(r"UỶ BAN NHÂN DÂN {5,}CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", joined) or \
            not re.search(r"Số: 1876/QĐ-UBND {5,}Đức Phổ, ngày", joined) or \
            not re.search(r"Nơi nhận: {5,}KT\. CHỦ TỊCH", joined):
        bad("txt: header or signature columns not merged on one line with runs of spaces")
    for old in ("hoà", "thuỷ", "Uỷ ban", "hoá"):
        if old not in joined:
            bad(f"txt: old tone placement {old!r} missing")
    chapters = [l.strip() for l in rl if CHAPTER.match(l.strip())]
    if chapters != ["Chương I", "Chương II", "Chương III", "Chương IV"]:
        bad(f"txt: chapters {chapters}")
    arts = [ART.match(l).group(1) for l in rl if ART.match(l)]
    if arts != [str(i) for i in range(1, 4)] + [str(i) for i in range(1, 12)]:
        bad(f"txt: articles {arts}")
    if "QUY CHẾ" not in [l.strip() for l in rl]:
        bad("txt: no QUY CHẾ title line")
    if len([l for l in rl if LETTER.match(l)]) < 8:
        bad("txt: too few points a) b)")
    flat = [l for l in rl if len(re.findall(r" {3,}", l.strip())) >= 3 and "|" not in l]
    if len(flat) < 9:
        bad(f"txt: flattened table has {len(flat)} lines")
    broken = [l for l in rl if l.strip() and not l.rstrip().endswith(ENDS)]
    if len(broken) < 30:
        bad("txt: too few lines broken mid-sentence")

    # ---- Word file
    path = os.path.join(DOCS, DOCX_ID + ".docx")
    import docx
    d = docx.Document(path)
    items = doc_items(DOCX_ID)
    counts[DOCX_ID] = len([t for _, _, t in items if t.strip()])
    body = list(d.element.body.iterchildren())
    if len(d.tables) != 2 or body[0].tag != W + "tbl":
        bad("docx: expected a header table first and one content table (2 tables)")
    else:
        hx = d.tables[0]._tbl.xml
        if "w:tblBorders" not in hx or 'w:val="nil"' not in hx:
            bad("docx: header table not borderless")
        hdr = " ".join(c.text for r in d.tables[0].rows for c in r.cells)
        if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in hdr or "Số: 27/TB-HĐTĐKT" not in hdr:
            bad("docx: header table lacks Quốc hiệu or number")
        tx = d.tables[1]._tbl.xml
        if "w:gridSpan" not in tx or "w:vMerge" not in tx:
            bad("docx: content table has no merged cells (gridSpan and vMerge)")
        rows = [" | ".join(c.text for c in r.cells) for r in d.tables[1].rows]
        groups = [r.split(" | ")[0] for r in rows if len(set(r.split(" | ")[1:])) == 1 and r.split(" | ")[0] in "ABCD"]
        if groups != ["A", "B", "C", "D"] or not any(r.startswith("Tổng cộng |") for r in rows):
            bad(f"docx: content table lacks its group rows A-D ({groups}) or the total row")
        if sum(1 for r in rows if r.endswith("| Chủ tịch UBND huyện")) != 5:
            bad("docx: the vMerge'd cell is not repeated over its group rows")
    numbered = [(lv, lab, t) for lv, lab, t in items if lv is not None]
    if [lab for lv, lab, t in numbered if lv == 0] != ["I", "II", "III"]:
        bad(f"docx: automatic Roman headings {[lab for lv, lab, t in numbered if lv == 0]}")
    if any(re.match(r"^([IVX]+|\d+)\.", t) for _, _, t in numbered):
        bad("docx: a numbered paragraph has its number typed")
    if any(re.match(r"^([IVX]+|\d+)\.\s", t) for lv, _, t in items if lv is None):
        bad("docx: typed heading numbers found; they must be Word automatic numbering")
    nx = d.part.numbering_part.element.xml
    if "upperRoman" not in nx or "w:lvlRestart" not in nx:
        bad("docx: numbering.xml lacks the Roman level or the restart")
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
    p1 = [l.strip() for l in pages[0] if l.strip()]
    if len(p1) < 2 or p1[-2].endswith(ENDS):
        bad("pdf: no sentence runs across the first page break")
    counts[PDF_ID] = len([l for l in pdf_lines(path) if l.strip()])
    data = open(path, "rb").read()
    if b"DejaVuSans" not in data or b"/FontFile2" not in data:
        bad("pdf: DejaVu Sans not embedded")
    for m in re.findall(rb"D:(\d{8})", data):
        if datetime.date(int(m[:4]), int(m[4:6]), int(m[6:8])) >= LIMIT:
            bad(f"pdf: metadata date {m!r}")
    import pypdfium2 as pdfium
    import pypdfium2.raw as praw
    pdf = pdfium.PdfDocument(path)
    paths = sum(1 for i in range(len(pdf)) for o in pdf[i].get_objects() if o.type == praw.FPDF_PAGEOBJ_PATH)
    if paths < 20:
        bad(f"pdf: ruled table not found ({paths} path objects)")
    pl = doc_lines(PDF_ID)
    if not any(l.strip() == "Tiêu chí NTM" for l in pl) or not any(l.strip().startswith("tiêu chí 14/19") for l in pl):
        bad("pdf: table cells do not wrap onto several lines")
    romans = [ROMAN.match(l.strip()).group(1) for l in pl if ROMAN.match(l.strip())]
    if romans != ["I", "II", "III", "IV", "V", "VI"]:
        bad(f"pdf: Roman headings {romans}")
    for k, v in counts.items():
        if not 80 <= v <= 160:
            bad(f"{k}: {v} lines")
    # dates in the texts
    for doc in MINE:
        for dd, mm, yy in all_dates("\n".join(doc_lines(doc))):
            if datetime.date(yy, mm, dd) >= LIMIT:
                bad(f"{doc}: date {dd}/{mm}/{yy} not before 01/07/2025")
        for m in re.findall(r"hằng năm \d{4}|hằng năm, năm \d{4}", "\n".join(doc_lines(doc))):
            bad(f"{doc}: recurring date with a year: {m}")
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
    s1 = check_rows(qrows, "questions.jsonl", "S49-", 60, set(MINE), listed)
    s2 = check_rows(prows, "plans.jsonl", "S49P-", 30, set(plan_ids()), listed)
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
                cand = l.strip()[:18]
                if len(l.strip()) > 20 and not any(norm(cand) in m for m in mine):
                    return cand

    pi = first(qrows, PDF_ID)
    pdf = section_text(sections_of(PDF_ID), qrows[pi]["sections"][0])  # two lines of the row's own section
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
    cases.append(("decision article without its QĐ. prefix", "q",
                  next(i for i, r in enumerate(qrows) if r["sections"][:1] == ["QĐ.Điều 2"]),
                  {"sections": ["Điều 2"]}))
    cases.append(("plan: wrong section", "p", next(i for i, r in enumerate(prows) if r["docs"]),
                  {"sections": ["signature"]}))
    cases.append(("bad id", "q", 3, {"id": "S49-999"}))
    cases.append(("answerable without must", "q", 0, {"must": []}))
    cases.append(("abstain with a doc", "q", next(i for i, r in enumerate(qrows) if r["abstain"]),
                  {"docs": [TXT_ID]}))
    cases.append(("extra field", "q", 1, {"note": "x"}))
    cases.append(("question without diacritics in capitals", "q",
                  next(i for i, r in enumerate(qrows) if is_ascii(r["question"]) and not ENGLISH.search(r["question"])),
                  {"question": "THOI HAN NOP HO SO LA KHI NAO?"}))
    ok = True
    for label, which, i, change in cases:
        q2, p2 = copy.deepcopy(qrows), copy.deepcopy(prows)
        tgt = q2 if which == "q" else p2
        tgt[i].update(change)
        problems = []
        run_all(q2, p2, listed)
        print(("reported " if problems else "MISSED   ") + label + (": " + problems[0] if problems else ""))
        ok = ok and bool(problems)
    # a path missing from sections.md, and an extra one
    for doc in MINE + plan_ids()[:1]:
        l2 = copy.deepcopy(listed)
        l2[doc].discard(sorted(l2[doc])[-1])
        problems = []
        run_all(qrows, prows, l2)
        print(("reported " if problems else "MISSED   ") + f"path missing from sections.md ({doc})")
        ok = ok and bool(problems)
    l2 = copy.deepcopy(listed)
    l2[PDF_ID].add("VII.9")
    problems = []
    run_all(qrows, prows, l2)
    print(("reported " if problems else "MISSED   ") + "extra path in sections.md")
    ok = ok and bool(problems)
    # a Word heading whose number is typed instead of automatic
    saved = _item_cache[DOCX_ID]
    _item_cache[DOCX_ID] = [(None, None, "I. " + t) if lv == 0 else (lv, lab, t) for lv, lab, t in saved]
    _sec_cache.pop(DOCX_ID, None)
    problems = []
    run_all(qrows, prows, listed)
    print(("reported " if problems else "MISSED   ") + "typed heading number in the Word file")
    ok = ok and bool(problems)
    _item_cache[DOCX_ID] = saved
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

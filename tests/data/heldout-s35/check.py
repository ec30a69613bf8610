"""Checks for held-out set S35.

Run: /work/main/.venv/bin/python check.py             (all checks; exit code 1 on any problem)
     /work/main/.venv/bin/python check.py --paths     (print the section paths the parser finds)
     /work/main/.venv/bin/python check.py --selftest  (plant faults and verify the checks report them)
     /work/main/.venv/bin/python check.py --search WORD [WORD ...]
                                                      (lines of the eight documents holding every
                                                       word, compared lower-cased and without
                                                       diacritics; used for unanswerable questions)

The parser here is this set's own (adapted from S33's): it does not import anything from the project.
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

TXT_ID = "tay-ninh-2024-huong-dan-khen-thuong-tong-ket-nam"
DOCX_ID = "ha-tinh-2025-quy-che-thi-dua-benh-vien-da-khoa"
PDF_ID = "cho-lach-2025-thong-bao-ket-luan-hoi-dong-tdkt"
MINE = [TXT_ID, DOCX_ID, PDF_ID]
EXPECTED_PER_DOC = {TXT_ID: 15, DOCX_ID: 15, PDF_ID: 14}
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
PAGE_NO_TXT = re.compile(r"^\s*-\s*\d+\s*-\s*$")


def txt_lines(path):
    """Lines of the plain text extracted from the PDF; the lone page numbers ("- 2 -") dropped."""
    raw = open(path, encoding="utf-8").read().split("\n")
    return [nfc(l) for l in raw if not PAGE_NO_TXT.match(l)]


def docx_lines(path):
    """Lines of a .docx in body order: one per paragraph and one per table row (cells joined by
    " | ", a merged cell repeated as python-docx gives it)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(path)
    lines = []
    for child in d.element.body.iterchildren():
        if child.tag == W + "p":
            lines.append(Paragraph(child, d).text)
        elif child.tag == W + "tbl":
            for row in Table(child, d).rows:
                lines.append(" | ".join(c.text for c in row.cells))
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
    """Extracted lines of all pages; the page number ("Trang 1/2") at the bottom of each page dropped."""
    out = []
    for ls in pdf_pages(path):
        ls = [nfc(l) for l in ls]
        while ls and not ls[-1].strip():
            ls.pop()
        if ls and PAGE_NO_PDF.match(ls[-1].strip()):
            ls.pop()
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
DECIMAL = re.compile(r"^(\d+(?:\.\d+)*)\.\s")
LETTER = re.compile(r"^([a-zđ])\)\s")
ROMAN = re.compile(r"^([IVX]+)\.\s")
PART = re.compile(r"^Phần ([IVX]+)\b")


def add(secs, path, line):
    secs.setdefault(path, []).append(line)


def cut_txt(lines):
    """Hướng dẫn: "Phần I" … restart their decimal headings, so a path is the Roman number then the
    heading as written (II.1.1.2), then the point letter (II.1.3.a)."""
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


REG_HEADER = "SỞ Y TẾ HÀ TĨNH\t"


def cut_docx(lines):
    """Quyết định + Quy chế: the decision's articles are QĐ.Điều n; the Quy chế's header and title
    block are preamble; chapter lines (Chương I and its title line) belong to no path."""
    secs = OrderedDict()
    in_dec, cur, art, cl, after_chapter, signed = True, "preamble", None, None, False, False
    for l in lines:
        s = l.strip()
        if after_chapter:  # the chapter's title line
            after_chapter = False
            continue
        if s.startswith("Nơi nhận"):
            cur, signed = "signature", True
        elif signed and in_dec and l.startswith(REG_HEADER):
            in_dec, cur, art, cl = False, "preamble", None, None  # title block of the Quy chế
        elif re.match(r"^Chương [IVX]+$", s):
            cur, after_chapter = None, True
            continue
        elif ART.match(s) and cur != "signature":
            art = ("QĐ." if in_dec else "") + "Điều " + ART.match(s).group(1)
            cur, cl = art, None
        elif art and ARAB.match(s) and cur != "signature":
            cl = art + "." + ARAB.match(s).group(1)
            cur = cl
        elif cl and LETTER.match(s) and cur != "signature":
            cur = cl + "." + LETTER.match(s).group(1)
        if cur is not None and s:
            add(secs, cur, l)
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
        lines = doc_lines(doc_id)
        if doc_id == TXT_ID:
            v = cut_txt(lines)
        elif doc_id == DOCX_ID:
            v = cut_docx(lines)
        elif doc_id == PDF_ID:
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
    # plain text extracted from a PDF
    raw = open(os.path.join(DOCS, TXT_ID + ".txt"), encoding="utf-8").read()
    if raw != nfc(raw):
        bad("txt: not NFC")
    rl = raw.rstrip("\n").split("\n")
    counts[TXT_ID] = len([l for l in rl if l.strip()])
    pn = [l.strip() for l in rl if PAGE_NO_TXT.match(l)]
    if pn != ["- 2 -", "- 3 -"]:
        bad(f"txt: page-number lines {pn}")
    parts = [l for l in rl if PART.match(l)]
    if [PART.match(l).group(1) for l in parts] != ["I", "II", "III"] or any(l.startswith("PHẦN") for l in rl):
        bad(f"txt: part headings {parts}")
    depths = {DECIMAL.match(l).group(1).count(".") for l in rl if DECIMAL.match(l)}
    if not {0, 1, 2} <= depths:
        bad(f"txt: decimal heading depths {sorted(depths)}")
    if len([l for l in rl if l.count("|") >= 3]) < 8:
        bad("txt: no plain-text table with '|' columns")
    # at least one page number falls inside a sentence (the line before it ends no sentence)
    if not any(PAGE_NO_TXT.match(l) and not rl[i - 1].rstrip().endswith((".", ";", ":"))
               for i, l in enumerate(rl)):
        bad("txt: no page number breaks a sentence")

    # Word file: typed numbers, one table with a merged header cell, chapters I-IV
    path = os.path.join(DOCS, DOCX_ID + ".docx")
    import docx
    d = docx.Document(path)
    lines = doc_lines(DOCX_ID)
    counts[DOCX_ID] = len([l for l in lines if l.strip()])
    if len(d.tables) != 1:
        bad(f"docx: {len(d.tables)} tables")
    else:
        tx = d.tables[0]._tbl.xml
        if "w:gridSpan" not in tx or "w:vMerge" not in tx:
            bad("docx: the table has no merged header cell (gridSpan and vMerge)")
    if d.element.body.find(".//" + W + "numPr") is not None:
        bad("docx: automatic numbering found; numbers must be typed")
    arts = [p.text for p in d.paragraphs if ART.match(p.text)]
    nums = [int(ART.match(a).group(1)) for a in arts]
    if nums != [1, 2, 3] + list(range(1, 15)):
        bad(f"docx: typed articles {nums} (expected the decision's 1-3 then the Quy chế's 1-14)")
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

    # text PDF
    path = os.path.join(DOCS, PDF_ID + ".pdf")
    pages = pdf_pages(path)
    if len(pages) != 2:
        bad(f"pdf: {len(pages)} pages")
    for i, ls in enumerate(pages, 1):
        last = [l for l in ls if l.strip()][-1].strip()
        if last != f"Trang {i}/{len(pages)}":
            bad(f"pdf: page {i} does not end with its number ({last!r})")
        if any(l != nfc(l) for l in ls):
            bad(f"pdf: page {i} text not NFC")
    counts[PDF_ID] = sum(len([l for l in ls if l.strip()]) for ls in pages)
    data = open(path, "rb").read()
    if b"DejaVuSans" not in data or b"/FontFile2" not in data:
        bad("pdf: DejaVu Sans not embedded")
    for m in re.findall(rb"D:(\d{8})", data):
        if datetime.date(int(m[:4]), int(m[4:6]), int(m[6:8])) >= LIMIT:
            bad(f"pdf: metadata date {m!r}")
    for k, v in counts.items():
        if not 100 <= v <= 150:
            bad(f"{k}: {v} lines")
    # dates in the texts
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
    s1 = check_rows(qrows, "questions.jsonl", "S35-", 60, set(MINE), listed)
    s2 = check_rows(prows, "plans.jsonl", "S35P-", 30, set(plan_ids()), listed)
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
    cases.append(("bad id", "q", 3, {"id": "S35-999"}))
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

"""Checks for held-out set S33.

Run: /work/main/.venv/bin/python check.py          (all checks; exit code 1 on any problem)
     /work/main/.venv/bin/python check.py --paths  (print the section paths the parser finds)

The parser here is this set's own: it does not import anything from the project.
"""
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

DOCX_ID = "tam-nong-2025-quyet-dinh-quy-dinh-khen-thuong"
PDF_ID = "soc-trang-2025-huong-dan-cham-diem-khen-thuong-cong-doan"
OCR_ID = "cam-lam-2025-thong-bao-xet-thi-dua-truong-thcs"

problems = []


def bad(msg):
    problems.append(msg)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    return nfc(s).lower()


# ---------------------------------------------------------------- text extraction
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _roman(n):
    out = ""
    for v, r in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                 (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += r
            n -= v
    return out


def _fmt(fmt, n):
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    if fmt == "upperLetter":
        return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n - 1]
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    return ""


def docx_lines(path):
    """Lines of a .docx in body order: one per paragraph (with Word's automatic number
    rendered in front, as Word shows it) and one per table row (cells joined by " | ").
    The paragraph texts themselves are read with python-docx."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml import etree

    d = docx.Document(path)
    with zipfile.ZipFile(path) as z:
        numxml = etree.fromstring(z.read("word/numbering.xml"))
    absd = {}
    for a in numxml.findall(W + "abstractNum"):
        lv = {}
        for l in a.findall(W + "lvl"):
            il = int(l.get(W + "ilvl"))
            lv[il] = {
                "start": int(l.find(W + "start").get(W + "val")) if l.find(W + "start") is not None else 1,
                "fmt": l.find(W + "numFmt").get(W + "val") if l.find(W + "numFmt") is not None else "decimal",
                "text": l.find(W + "lvlText").get(W + "val") if l.find(W + "lvlText") is not None else "",
            }
        absd[a.get(W + "abstractNumId")] = lv
    nums = {}
    for n in numxml.findall(W + "num"):
        starts = {}
        for o in n.findall(W + "lvlOverride"):
            so = o.find(W + "startOverride")
            if so is not None:
                starts[int(o.get(W + "ilvl"))] = int(so.get(W + "val"))
        nums[n.get(W + "numId")] = (n.find(W + "abstractNumId").get(W + "val"), starts)
    counters = {}
    lines, numbered = [], 0
    for child in d.element.body.iterchildren():
        if child.tag == W + "p":
            p = Paragraph(child, d)
            text = p.text
            numpr = child.find(W + "pPr/" + W + "numPr")
            if numpr is not None and numpr.find(W + "numId") is not None:
                nid = numpr.find(W + "numId").get(W + "val")
                il = int(numpr.find(W + "ilvl").get(W + "val")) if numpr.find(W + "ilvl") is not None else 0
                if nid in nums:
                    numbered += 1
                    aid, starts = nums[nid]
                    lv = absd[aid]
                    c = counters.setdefault(nid, {})
                    c[il] = c.get(il, starts.get(il, lv[il]["start"]) - 1) + 1
                    for deeper in [k for k in c if k > il]:
                        del c[deeper]
                    label = lv[il]["text"]
                    for k in range(0, 9):
                        if "%" + str(k + 1) in label:
                            val = c.get(k, starts.get(k, lv.get(k, {"start": 1})["start"]))
                            label = label.replace("%" + str(k + 1), _fmt(lv[k]["fmt"], val))
                    text = label + " " + text
            lines.append(text)
        elif child.tag == W + "tbl":
            t = Table(child, d)
            for row in t.rows:
                lines.append(" | ".join(c.text for c in row.cells))
    return [nfc(l) for l in lines], numbered, len(d.tables)


def pdf_pages(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    pages = []
    for i in range(len(pdf)):
        t = pdf[i].get_textpage().get_text_range()
        pages.append(nfc(t).replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return pages


def pdf_lines(path):
    """Extracted lines of all pages; the lone page number at the bottom of each page is dropped."""
    out = []
    for ls in pdf_pages(path):
        ls = list(ls)
        while ls and not ls[-1].strip():
            ls.pop()
        if ls and ls[-1].strip().isdigit():
            ls.pop()
        out.extend(ls)
    return out


def ocr_lines(path):
    """Lines of the OCR text; a lone page number and the running header after it are dropped."""
    raw = [nfc(l) for l in open(path, encoding="utf-8").read().split("\n")]
    out, skip = [], False
    for l in raw:
        if skip:
            skip = False
            if l.startswith("THCS Lý Tự Trọng - Thông báo"):
                continue
        if l.strip().isdigit():
            skip = True
            continue
        out.append(l)
    return out


def doc_lines(doc_id):
    if doc_id == DOCX_ID:
        return docx_lines(os.path.join(DOCS, doc_id + ".docx"))[0]
    if doc_id == PDF_ID:
        return pdf_lines(os.path.join(DOCS, doc_id + ".pdf"))
    if doc_id == OCR_ID:
        return ocr_lines(os.path.join(DOCS, doc_id + ".txt"))
    return [nfc(l) for l in open(os.path.join(PLANS, doc_id + ".txt"), encoding="utf-8").read().split("\n")]


# ---------------------------------------------------------------- section cutting
ART = re.compile(r"^Điều (\d+)\.")
ARAB = re.compile(r"^(\d+)\.\s")
LETTER = re.compile(r"^([a-zđ])\)\s")
ROMAN = re.compile(r"^([IVX]+)\.\s")
UPPER = re.compile(r"^([A-H])\.\s")


def add(secs, path, line):
    secs.setdefault(path, []).append(line)


def cut_docx(lines):
    secs = OrderedDict()
    in_dec, cur, art, cl, after_chapter, signed = True, "preamble", None, None, False, False
    for l in lines:
        s = l.strip()
        if after_chapter:  # the chapter's title line
            after_chapter = False
            continue
        if s.startswith("Nơi nhận"):
            cur, signed = "signature", True
        elif signed and in_dec and s.startswith("ỦY BAN NHÂN DÂN\t"):
            in_dec, cur, art = False, "preamble", None  # title block of the Quy định
        elif re.match(r"^Chương [IVX]+$", s):
            cur, after_chapter = None, True
            continue
        elif ART.match(s):
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


def cut_pdf(lines):
    secs = OrderedDict()
    cur, part, letter, arab = "preamble", None, None, None
    for l in lines:
        s = l.strip()
        m = re.match(r"^PHẦN ([IVX]+)$", s)
        if s.startswith("Nơi nhận"):
            cur = "signature"
        elif cur == "signature":
            pass
        elif m:
            part, letter, arab = m.group(1), None, None
            cur = part
        elif part and UPPER.match(s):
            letter, arab = part + "." + UPPER.match(s).group(1), None
            cur = letter
        elif part and ARAB.match(s):
            arab = (letter or part) + "." + ARAB.match(s).group(1)
            cur = arab
        elif arab and LETTER.match(s):
            cur = arab + "." + LETTER.match(s).group(1)
        if s:
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


def sections_of(doc_id):
    lines = doc_lines(doc_id)
    if doc_id == DOCX_ID:
        return cut_docx(lines)
    if doc_id == PDF_ID:
        return cut_pdf(lines)
    if doc_id == OCR_ID:
        return cut_numbered(lines, top_roman=False)
    return cut_numbered(lines, top_roman=True)


def section_text(secs, path):
    out = []
    for p, ls in secs.items():
        if p == path or p.startswith(path + "."):
            out.extend(ls)
    return out


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


ENGLISH = re.compile(r"\b(what|which|who|how)\b", re.I)


def check_rows(name, prefix, n, doc_ids, cache):
    rows = load(name)
    if len(rows) != n:
        bad(f"{name}: {len(rows)} rows, expected {n}")
    stats = {"answerable": 0, "abstain": 0, "no_diacritics": 0, "english": 0, "per_doc": {}}
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            bad(f"{rid}: fields {list(r.keys())}")
        if rid != f"{prefix}{i:03d}":
            bad(f"{rid}: expected id {prefix}{i:03d}")
        q = r["question"]
        if ENGLISH.search(q) and is_ascii(q):
            stats["english"] += 1
        elif is_ascii(q):
            stats["no_diacritics"] += 1
        if r["any"] != []:
            bad(f"{rid}: any must be []")
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
        secs = cache.setdefault(doc, sections_of(doc))
        for m in r["must"]:
            if m != nfc(m):
                bad(f"{rid}: must not NFC: {m!r}")
            if "\n" in m:
                bad(f"{rid}: must with a line break")
        for sp in r["sections"]:
            if sp not in secs:
                bad(f"{rid}: section {sp!r} not found in {doc}")
                continue
            text = section_text(secs, sp)
            for m in r["must"]:
                if not any(norm(m) in norm(l) for l in text):
                    bad(f"{rid}: must {m!r} not on one line of {doc} § {sp}")
    return rows, stats


def check_docs():
    # docx: Word numbering, one table, line count
    lines, numbered, ntables = docx_lines(os.path.join(DOCS, DOCX_ID + ".docx"))
    if numbered < 20:
        bad(f"docx: only {numbered} automatically numbered paragraphs")
    if ntables != 1:
        bad(f"docx: {ntables} tables")
    import docx
    d = docx.Document(os.path.join(DOCS, DOCX_ID + ".docx"))
    typed_articles = [p.text for p in d.paragraphs if re.match(r"^Điều \d+\.", p.text)]
    if len(typed_articles) != 3:
        bad(f"docx: typed 'Điều' paragraphs {len(typed_articles)} (only the decision's 3 expected)")
    counts = {DOCX_ID: len([l for l in lines if l.strip()])}
    # pdf: pages, page numbers, NFC
    pages = pdf_pages(os.path.join(DOCS, PDF_ID + ".pdf"))
    if not 2 <= len(pages) <= 3:
        bad(f"pdf: {len(pages)} pages")
    for i, ls in enumerate(pages, 1):
        last = [l for l in ls if l.strip()][-1].strip()
        if last != str(i):
            bad(f"pdf: page {i} does not end with its number ({last!r})")
    counts[PDF_ID] = sum(len([l for l in ls if l.strip()]) for ls in pages)
    # ocr: NFD, line count
    raw = open(os.path.join(DOCS, OCR_ID + ".txt"), encoding="utf-8").read()
    if raw != unicodedata.normalize("NFD", raw) or raw == nfc(raw):
        bad("ocr text is not NFD")
    counts[OCR_ID] = len(raw.rstrip("\n").split("\n"))
    for k, v in counts.items():
        if not 100 <= v <= 150:
            bad(f"{k}: {v} lines")
    # dates before 01/07/2025
    limit = datetime.date(2025, 7, 1)
    for doc in (DOCX_ID, PDF_ID, OCR_ID):
        text = "\n".join(doc_lines(doc))
        found = [(int(a), int(b), int(c)) for a, b, c in re.findall(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)]
        found += [(int(a), int(b), int(c)) for a, b, c in
                  re.findall(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", text)]
        for dd, mm, yy in found:
            if datetime.date(yy, mm, dd) >= limit:
                bad(f"{doc}: date {dd}/{mm}/{yy} not before 01/07/2025")
    return counts


def main():
    cache = {}
    mine = [DOCX_ID, PDF_ID, OCR_ID]
    plans = sorted(f[:-4] for f in os.listdir(PLANS) if f.endswith(".txt"))
    if "--paths" in sys.argv:
        for doc in mine + plans:
            print("##", doc)
            for p in sections_of(doc):
                print("  ", p)
        return 0
    counts = check_docs()
    _, s1 = check_rows("questions.jsonl", "S33-", 60, set(mine), cache)
    _, s2 = check_rows("plans.jsonl", "S33P-", 30, set(plans), cache)
    listed = listed_paths()
    for doc in mine + plans:
        found = set(cache.setdefault(doc, sections_of(doc)).keys())
        lp = listed.get(doc)
        if lp is None:
            bad(f"sections.md: no list for {doc}")
            continue
        if found - lp:
            bad(f"sections.md: {doc}: parser paths not listed: {sorted(found - lp)}")
        if lp - found:
            bad(f"sections.md: {doc}: listed paths not found: {sorted(lp - found)}")
    for name, s in (("questions", s1), ("plans", s2)):
        print(name, {k: v for k, v in s.items()})
    print("lines", counts)
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

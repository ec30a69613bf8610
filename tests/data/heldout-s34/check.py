"""Checks for held-out set S34.

Run: /work/main/.venv/bin/python check.py             (all checks; exit code 1 on any problem)
     /work/main/.venv/bin/python check.py --paths     (print the section paths the parser finds)
     /work/main/.venv/bin/python check.py --selftest  (show that planted errors are reported)

The parser here is this set's own: it does not import anything from the project.
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

DOCX_ID = "quang-ngai-2025-cong-van-ho-so-khen-thuong-cap-nha-nuoc"
PDF_ID = "dak-lak-2024-ke-hoach-thi-dua-hoi-nong-dan"
OCR_ID = "hung-dung-2025-quyet-dinh-tang-giay-khen"
PDF_RUNNING = "Hội Nông dân tỉnh Đắk Lắk - Kế hoạch số 27-KH/HNDT ngày 26/02/2024"
OCR_RUNNING = "UBND phường Hưng Dũng - Quyết định số 356/QĐ-UBND"
PDF_TABLE_HEAD = "Nội dung Thời gian Đơn vị chủ trì"

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
    """Extracted lines of all pages; the running header at the top of each page and the
    lone page number at the bottom of each page are dropped."""
    out = []
    for ls in pdf_pages(path):
        ls = list(ls)
        while ls and not ls[-1].strip():
            ls.pop()
        if ls and ls[-1].strip().isdigit():
            ls.pop()
        while ls and not ls[0].strip():
            ls.pop(0)
        if ls and ls[0].strip() == PDF_RUNNING:
            ls.pop(0)
        out.extend(ls)
    return out


def ocr_lines(path):
    """Lines of the OCR text; a lone page number and the running header after it are dropped."""
    raw = [nfc(l) for l in open(path, encoding="utf-8").read().split("\n")]
    out, skip = [], False
    for l in raw:
        if skip:
            skip = False
            if l.strip().startswith(OCR_RUNNING):
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


def add(secs, path, line):
    secs.setdefault(path, []).append(line)


def cut_docx(lines):
    """Công văn: Roman → Arabic → letter; Nơi nhận and signature; after it the Phụ lục
    (PL1) with its own numbered items (PL1.1 …)."""
    secs = OrderedDict()
    cur, mode, rom, arab = "preamble", "body", None, None
    for l in lines:
        s = l.strip()
        if mode == "body" and s.startswith("Nơi nhận"):
            cur, mode = "signature", "sig"
        elif mode == "sig" and s.startswith("PHỤ LỤC"):
            cur, mode = "PL1", "pl"
        elif mode == "pl" and ARAB.match(s):
            cur = "PL1." + ARAB.match(s).group(1)
        elif mode == "body" and ROMAN.match(s):
            rom, arab = ROMAN.match(s).group(1), None
            cur = rom
        elif mode == "body" and rom and ARAB.match(s):
            arab = rom + "." + ARAB.match(s).group(1)
            cur = arab
        elif mode == "body" and arab and LETTER.match(s):
            cur = arab + "." + LETTER.match(s).group(1)
        if s:
            add(secs, cur, l)
    return secs


def cut_decision(lines):
    """Quyết định: Điều N → khoản → điểm; Nơi nhận and signature; the DANH SÁCH after it is PL1
    (its rows and group lines form no path level)."""
    secs = OrderedDict()
    cur, mode, art, cl = "preamble", "body", None, None
    for l in lines:
        s = l.strip()
        if mode == "body" and s.startswith("Nơi nhận"):
            cur, mode = "signature", "sig"
        elif mode == "sig" and s.startswith("DANH SÁCH"):
            cur, mode = "PL1", "pl"
        elif mode == "body" and ART.match(s):
            art, cl = "Điều " + ART.match(s).group(1), None
            cur = art
        elif mode == "body" and art and ARAB.match(s):
            cl = art + "." + ARAB.match(s).group(1)
            cur = cl
        elif mode == "body" and cl and LETTER.match(s):
            cur = cl + "." + LETTER.match(s).group(1)
        if s:
            add(secs, cur, l)
    return secs


def cut_numbered(lines, top_roman):
    """Plans and the Kế hoạch PDF: Roman → Arabic → letter."""
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
    if doc_id == OCR_ID:
        return cut_decision(lines)
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


def compare_listed(docs, listed, cache):
    for doc in docs:
        found = set(cache.setdefault(doc, sections_of(doc)).keys())
        lp = listed.get(doc)
        if lp is None:
            bad(f"sections.md: no list for {doc}")
            continue
        if found - lp:
            bad(f"sections.md: {doc}: parser paths not listed: {sorted(found - lp)}")
        if lp - found:
            bad(f"sections.md: {doc}: listed paths not found: {sorted(lp - found)}")


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


ENGLISH = re.compile(r"\b(what|which|who|how|when|where)\b", re.I)


def check_rows(name, rows, prefix, n, doc_ids, cache, listed):
    if len(rows) != n:
        bad(f"{name}: {len(rows)} rows, expected {n}")
    stats = {"answerable": 0, "abstain": 0, "no_diacritics": 0, "english": 0,
             "english_abstain": 0, "per_doc": {}}
    seen_q = set()
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            bad(f"{rid}: fields {list(r.keys())}")
            continue
        if rid != f"{prefix}{i:03d}":
            bad(f"{rid}: expected id {prefix}{i:03d}")
        q = r["question"]
        if norm(q) in seen_q:
            bad(f"{rid}: duplicate question")
        seen_q.add(norm(q))
        if ENGLISH.search(q) and is_ascii(q):
            stats["english"] += 1
            if r["abstain"]:
                stats["english_abstain"] += 1
        elif is_ascii(q):
            stats["no_diacritics"] += 1
        if r["any"] != []:
            bad(f"{rid}: any must be []")
        if r["abstain"] is True:
            stats["abstain"] += 1
            if r["kind"] != "abstain" or r["docs"] or r["sections"] or r["must"]:
                bad(f"{rid}: unanswerable row must have kind abstain and empty docs/sections/must")
            continue
        if r["abstain"] is not False:
            bad(f"{rid}: abstain must be true or false")
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


# ---------------------------------------------------------------- documents
def check_docs():
    import docx
    counts = {}
    # Word file: automatic numbering at two levels, the Phụ lục's own list, two tables
    path = os.path.join(DOCS, DOCX_ID + ".docx")
    lines, numbered, ntables = docx_lines(path)
    if numbered < 20:
        bad(f"docx: only {numbered} automatically numbered paragraphs")
    if ntables != 2:
        bad(f"docx: {ntables} tables (the header table and the deadline table expected)")
    d = docx.Document(path)
    typed = [p.text for p in d.paragraphs if ROMAN.match(p.text) or ARAB.match(p.text)]
    if typed:
        bad(f"docx: typed heading numbers in {typed[:3]}")
    with zipfile.ZipFile(path) as z:
        numxml = z.read("word/numbering.xml").decode("utf-8")
    if not re.search(r'w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1\."', numxml):
        bad("docx: no upperRoman level with lvlText %1.")
    if not re.search(r'w:numFmt w:val="decimal"/><w:lvlText w:val="%2\."', numxml):
        bad("docx: no decimal second level with lvlText %2.")
    rendered = [l for l in lines if ROMAN.match(l)]
    if [ROMAN.match(l).group(1) for l in rendered] != ["I", "II", "III", "IV", "V"]:
        bad(f"docx: Roman headings rendered {rendered}")
    if not any(l.startswith("PHỤ LỤC") for l in lines):
        bad("docx: no PHỤ LỤC")
    counts[DOCX_ID] = len([l for l in lines if l.strip()])
    # PDF: 3-4 pages, running header on top, number at the bottom, table across a page
    # break, a heading at the foot of a page
    pages = pdf_pages(os.path.join(DOCS, PDF_ID + ".pdf"))
    if not 3 <= len(pages) <= 4:
        bad(f"pdf: {len(pages)} pages")
    foot_heading = False
    for i, ls in enumerate(pages, 1):
        ne = [l.strip() for l in ls if l.strip()]
        if ne[0] != PDF_RUNNING:
            bad(f"pdf: page {i} does not start with the running header ({ne[0]!r})")
        if ne[-1] != str(i):
            bad(f"pdf: page {i} does not end with its number ({ne[-1]!r})")
        if i < len(pages) and (ROMAN.match(ne[-2]) or ARAB.match(ne[-2])):
            foot_heading = True
    if not foot_heading:
        bad("pdf: no heading at the foot of a page")
    with_head = [i for i, ls in enumerate(pages, 1) if any(l.strip() == PDF_TABLE_HEAD for l in ls)]
    if len(with_head) != 2 or with_head[1] != with_head[0] + 1:
        bad(f"pdf: table heading row on pages {with_head} (the table must run across a page break)")
    counts[PDF_ID] = sum(len([l for l in ls if l.strip()]) for ls in pages)
    # OCR text: NFD, page numbers followed by the running header
    raw = open(os.path.join(DOCS, OCR_ID + ".txt"), encoding="utf-8").read()
    if raw != unicodedata.normalize("NFD", raw) or raw == nfc(raw):
        bad("ocr text is not NFD")
    rl = [nfc(l) for l in raw.split("\n")]
    lone = [i for i, l in enumerate(rl) if l.strip().isdigit()]
    if len(lone) != 2 or any(not rl[i + 1].startswith(OCR_RUNNING) for i in lone):
        bad("ocr: expected two lone page numbers each followed by the running header")
    if not any(l.rstrip().endswith("-") and not l.rstrip().endswith(" -") for l in rl):
        bad("ocr: no word hyphenated across a line end")
    if not any(l.startswith("Nơi nhận:") and "CHỦ TỊCH" in l for l in rl):
        bad("ocr: Nơi nhận not beside the signer's title")
    counts[OCR_ID] = len(raw.rstrip("\n").split("\n"))
    for k, v in counts.items():
        if not 100 <= v <= 150:
            bad(f"{k}: {v} lines")
    # other two are NFC
    for doc in (DOCX_ID, PDF_ID):
        for l in doc_lines(doc):
            if l != nfc(l):
                bad(f"{doc}: text not NFC")
                break
    # dates before 01/07/2025
    limit = datetime.date(2025, 7, 1)
    for doc in (DOCX_ID, PDF_ID, OCR_ID):
        text = "\n".join(doc_lines(doc))
        found = [(int(a), int(b), int(c)) for a, b, c in re.findall(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)]
        found += [(int(a), int(b), int(c)) for a, b, c in
                  re.findall(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", text)]
        found += [(1, int(b), int(c)) for b, c in re.findall(r"[Tt]háng (\d{1,2})/(\d{4})", text)]
        for dd, mm, yy in found:
            if datetime.date(yy, mm, dd) >= limit:
                bad(f"{doc}: date {dd}/{mm}/{yy} not before 01/07/2025")
    return counts


# ---------------------------------------------------------------- self-test
def selftest(rows, plans_rows, mine, plans, cache, listed):
    """Plant one error of each kind in copies of the rows and show that each is reported."""
    global problems
    ans = [r for r in rows if not r["abstain"]]
    by_doc = {d: [r for r in ans if r["docs"][0] == d] for d in mine}
    cases = []
    # 1. a deliberately wrong section (a sibling section of the same document)
    r = copy.deepcopy(by_doc[PDF_ID][0])
    others = [p for p in cache[PDF_ID] if p not in r["sections"] and p != "preamble"
              and not any(p.startswith(s + ".") or s.startswith(p + ".") for s in r["sections"])]
    r["sections"] = [others[0]]
    cases.append(("wrong section", r))
    # 2. a must from another section
    a, b = by_doc[OCR_ID][0], [x for x in by_doc[OCR_ID] if x["sections"][0].split(".")[0]
                                != by_doc[OCR_ID][0]["sections"][0].split(".")[0]][0]
    r = copy.deepcopy(a)
    r["must"] = [b["must"][0]]
    cases.append(("must from another section", r))
    # 3. a must across a PDF line break
    secs = cache[PDF_ID]
    sp = by_doc[PDF_ID][0]["sections"][0]
    ls = [l for l in section_text(secs, sp) if l.strip()]
    r = copy.deepcopy(by_doc[PDF_ID][0])
    r["must"] = [ls[0].strip()[-12:] + " " + ls[1].strip()[:12]]
    cases.append(("must across a PDF line break", r))
    # 4. an unknown path
    r = copy.deepcopy(by_doc[DOCX_ID][0])
    r["sections"] = ["IX.9"]
    cases.append(("unknown path", r))
    ok = True
    for label, r in cases:
        problems = []
        check_rows("selftest", [r], r["id"][:-3], 1, set(mine), cache, listed)
        hit = [p for p in problems if not p.startswith("selftest:") and "expected id" not in p]
        print(f"{label}: {'reported' if hit else 'NOT REPORTED'}" + (f" ({hit[0]})" if hit else ""))
        ok = ok and bool(hit)
    # 5. a path missing from sections.md
    problems = []
    mutilated = {k: set(v) for k, v in listed.items()}
    mutilated[DOCX_ID].discard("III.3.b")
    compare_listed([DOCX_ID], mutilated, cache)
    print(f"path missing from sections.md: {'reported' if problems else 'NOT REPORTED'}"
          + (f" ({problems[0]})" if problems else ""))
    ok = ok and bool(problems)
    problems = []
    return 0 if ok else 1


def main():
    cache = {}
    mine = [DOCX_ID, PDF_ID, OCR_ID]
    plans = sorted(f[:-4] for f in os.listdir(PLANS) if f.endswith(".txt"))
    if "--paths" in sys.argv:
        for doc in mine + plans:
            print("##", doc)
            for p, ls in sections_of(doc).items():
                print("  ", p, "|", ls[0].strip()[:70])
        return 0
    listed = listed_paths()
    rows = load("questions.jsonl")
    prows = load("plans.jsonl")
    if "--selftest" in sys.argv:
        for doc in mine + plans:
            cache.setdefault(doc, sections_of(doc))
        return selftest(rows, prows, mine, plans, cache, listed)
    counts = check_docs()
    s1 = check_rows("questions.jsonl", rows, "S34-", 60, set(mine), cache, listed)
    s2 = check_rows("plans.jsonl", prows, "S34P-", 30, set(plans), cache, listed)
    compare_listed(mine + plans, listed, cache)
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

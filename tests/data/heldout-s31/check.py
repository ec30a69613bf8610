"""Checks for held-out set S31 (run with /work/main/.venv/bin/python; needs python-docx).

Cuts every document (the three in docs/ and the five shipped plans) into sections with a small
parser of its own, then checks questions.jsonl and plans.jsonl:
fields, consecutive ids, every section path exists, every `must` occurs (after NFC) in the text of
each of its listed sections and on one line / paragraph / table cell.
`python check.py --paths` prints the paths found per document.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
PLANS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "knowledge", "documents"))

ROMAN = r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X)"
LETTER = r"[a-zđ]"
FIELDS = ["id", "question", "docs", "sections", "must", "any", "kind", "abstain"]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def docx_lines(path):
    """Paragraphs and table cells in document order (one string each)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    out = []
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(child, d).text)
        elif tag == "tbl":
            for row in Table(child, d).rows:
                for cell in row.cells:
                    out.append(cell.text)
    return [nfc(x) for x in out]


def cut_hospital(lines):
    """Quyết định (QĐ.Điều n) + attached Quy chế (Chương, Điều n, Điều n.k, Điều n.k.x)."""
    res = []
    chain = ["preamble"]
    in_qc = False
    chapter = art = clause = None
    for ln in lines:
        s = ln.strip()
        m_art = re.match(r"^Điều (\d+)\.", s)
        if not in_qc:
            if s == "QUY CHẾ":
                in_qc = True
                chain = ["QC"]
            elif m_art:
                chain = ["QĐ.Điều " + m_art.group(1)]
            elif s.startswith("Nơi nhận"):
                chain = ["signature"]
        else:
            m_ch = re.match(r"^Chương (" + ROMAN + r")$", s)
            m_cl = re.match(r"^(\d+)\. ", s)
            m_pt = re.match(r"^(" + LETTER + r")\) ", s)
            if m_ch:
                chapter = "Chương " + m_ch.group(1)
                chain = [chapter]
            elif m_art:
                art = "Điều " + m_art.group(1)
                clause = None
                chain = [chapter, art]
            elif m_cl and art:
                clause = art + "." + m_cl.group(1)
                chain = [chapter, art, clause]
            elif m_pt and clause:
                chain = [chapter, art, clause, clause + "." + m_pt.group(1)]
        res.append((list(chain), ln))
    return res


def is_page_noise(lines, i):
    """A lone page number, or the running header line right after one."""
    if re.match(r"^\s*\d{1,2}\s*$", lines[i]) and lines[i].strip():
        return True
    if i > 0 and re.match(r"^\s*\d{1,2}\s*$", lines[i - 1]) and lines[i - 1].strip() and lines[i].strip():
        return True
    return False


def cut_outline(lines, top="roman", parts=False):
    """Text documents: [PHẦN X] > Roman I. > 1. > a) (top="roman") or 1. > a) (top="arabic")."""
    res = []
    chain = ["preamble"]
    part = roman = num = None
    for i, ln in enumerate(lines):
        if is_page_noise(lines, i):
            continue
        s = ln.strip()
        m_part = re.match(r"^PHẦN (" + ROMAN + r")$", s) if parts else None
        m_rom = re.match(r"^(" + ROMAN + r")\.\s", s)
        m_num = re.match(r"^(\d{1,2})\.\s", s)
        m_pt = re.match(r"^(" + LETTER + r")\)\s", s)
        pre = (part + ".") if part else ""
        if s.startswith("Nơi nhận"):
            chain = ["signature"]
        elif chain == ["signature"]:
            pass
        elif m_part:
            part = "PHẦN " + m_part.group(1)
            roman = num = None
            chain = [part]
        elif top == "roman" and m_rom:
            roman = pre + m_rom.group(1)
            num = None
            chain = ([part] if part else []) + [roman]
        elif m_num and (roman or top == "arabic"):
            num = (roman + "." if top == "roman" else "") + m_num.group(1)
            chain = ([part] if part else []) + ([roman] if top == "roman" else []) + [num]
        elif m_pt and num:
            chain = chain[: chain.index(num) + 1] + [num + "." + m_pt.group(1)]
        res.append((list(chain), ln))
    return res


def load_all():
    docs = {}
    for fn in sorted(os.listdir(DOCS)):
        base, ext = os.path.splitext(fn)
        p = os.path.join(DOCS, fn)
        if ext == ".docx":
            docs[base] = cut_hospital(docx_lines(p))
        elif base.startswith("tan-ky"):
            docs[base] = cut_outline([nfc(x) for x in open(p, encoding="utf-8").read().split("\n")], top="arabic")
        else:
            docs[base] = cut_outline([nfc(x) for x in open(p, encoding="utf-8").read().split("\n")], parts=True)
    for fn in sorted(os.listdir(PLANS)):
        if fn.endswith(".txt"):
            lines = [nfc(x) for x in open(os.path.join(PLANS, fn), encoding="utf-8").read().split("\n")]
            docs[fn[:-4]] = cut_outline(lines)
    return docs


def paths_of(cut):
    seen = []
    for chain, _ in cut:
        for p in chain:
            if p not in seen:
                seen.append(p)
    return seen


def section_lines(cut, path):
    return [ln for chain, ln in cut if path in chain]


def check_file(fn, prefix, docs, n):
    errs = []
    rows = [json.loads(l) for l in open(os.path.join(HERE, fn), encoding="utf-8") if l.strip()]
    if len(rows) != n:
        errs.append(f"{fn}: {len(rows)} rows, expected {n}")
    for i, r in enumerate(rows, 1):
        if list(r.keys()) != FIELDS:
            errs.append(f"{fn}: bad fields {r.get('id')}: {list(r.keys())}")
        if r["id"] != f"{prefix}-{i:03d}":
            errs.append(f"{fn}: id {r['id']} != {prefix}-{i:03d}")
        if r["abstain"]:
            if r["docs"] or r["sections"] or r["must"] or r["any"] or r["kind"] != "abstain":
                errs.append(f"{r['id']}: abstain row not empty")
            continue
        if len(r["docs"]) != 1 or r["docs"][0] not in docs:
            errs.append(f"{r['id']}: docs {r['docs']}")
            continue
        cut = docs[r["docs"][0]]
        if not (1 <= len(r["must"]) <= 3):
            errs.append(f"{r['id']}: {len(r['must'])} must strings")
        for sec in r["sections"]:
            if sec not in paths_of(cut):
                errs.append(f"{r['id']}: no section {sec}")
                continue
            lines = section_lines(cut, sec)
            for m in r["must"]:
                if m != nfc(m):
                    errs.append(f"{r['id']}: must not NFC: {m}")
                if not any(nfc(m).lower() in ln.lower() for ln in lines):
                    errs.append(f"{r['id']}: must {m!r} not on one line of {sec}")
    return rows, errs


# Key words of the unanswerable questions, searched (NFC, lower case) in all eight documents.
# Every hit printed by `--abstain` was read: none states the fact asked.
ABSTAIN_KEYS = {
    "S31-004": ["lao động xuất sắc"],
    "S31-008": ["năm 2025"],
    "S31-012": ["2015"],
    "S31-016": ["sóc trăng"],
    "S31-020": ["mẫu số 07", "mẫu 07", "mẫu số 7"],
    "S31-024": ["an khánh", "ninh kiều"],
    "S31-028": ["được công nhận chiến sĩ", "người đạt danh hiệu \"chiến sĩ"],
    "S31-032": ["anh sơn"],
    "S31-036": ["giấy khen của chủ tịch ubnd quận"],
    "S31-040": ["thi đua toàn quốc", "chiến sĩ thi đua toàn"],
    "S31-044": ["cờ thi đua"],
    "S31-048": ["hộ nghèo"],
    "S31-052": ["bằng khen của chủ tịch", "đồng/"],
    "S31-056": ["tiền thưởng", "đồng"],
    "S31-059": ["dân vận khéo", "cấp thành phố"],
    "S31-060": ["huân chương"],
    "S31P-004": ["tiền thưởng", "đồng/", ".000"],
    "S31P-008": ["tập thể", "cá nhân được khen"],
    "S31P-012": ["hồ sơ", "trước ngày"],
    "S31P-016": ["bộ hồ sơ", "bản chính", "bản sao", " bộ bản", "01 bộ", "02 bộ", "03 bộ"],
    "S31P-020": ["kinh phí", "ngân sách"],
    "S31P-024": ["kết quả", "khen thưởng"],
    "S31P-028": ["lộc bình"],
    "S31P-030": ["lao động trực tiếp", "trực tiếp"],
}
ABSTAIN_SCOPE = {  # documents where a hit would matter (None: all eight)
    "S31-004": ["ha-giang-2024-quy-che-thi-dua-benh-vien-da-khoa"],
    "S31-008": ["tan-ky-2024-cong-van-nhac-nop-ho-so-khen-thuong"],
    "S31-028": ["ha-giang-2024-quy-che-thi-dua-benh-vien-da-khoa"],
    "S31-036": ["long-tuyen-2025-ke-hoach-hoi-nghi-dien-hinh-tien-tien"],
    "S31-044": ["tan-ky-2024-cong-van-nhac-nop-ho-so-khen-thuong"],
    "S31-048": ["long-tuyen-2025-ke-hoach-hoi-nghi-dien-hinh-tien-tien"],
    "S31-052": ["ha-giang-2024-quy-che-thi-dua-benh-vien-da-khoa"],
    "S31-056": ["tan-ky-2024-cong-van-nhac-nop-ho-so-khen-thuong"],
    "S31-059": ["long-tuyen-2025-ke-hoach-hoi-nghi-dien-hinh-tien-tien"],
    "S31P-004": ["lang-son-2025-thi-dua-dai-hoi-xiv"],
    "S31P-008": ["van-quan-2025-thi-dua-luong-van-tri"],
    "S31P-012": ["dinh-lap-2024-thi-dua-cao-diem-dai-hoi-xxv"],
    "S31P-016": ["bac-son-2025-thi-dua-dai-hoi-dang-bo-xa"],
    "S31P-020": ["an-lao-2024-thi-dua-yeu-nuoc-nam-2025"],
    "S31P-024": ["dinh-lap-2024-thi-dua-cao-diem-dai-hoi-xxv"],
    "S31P-030": ["lang-son-2025-thi-dua-dai-hoi-xiv"],
}


def abstain_hits(docs):
    for qid, keys in ABSTAIN_KEYS.items():
        scope = ABSTAIN_SCOPE.get(qid) or list(docs)
        print(qid)
        for d in scope:
            for chain, ln in docs[d]:
                low = ln.lower()
                if any(k in low for k in keys):
                    print(f"   {d[:12]} {chain[-1]}: {ln.strip()[:150]}")


def other_checks(docs):
    """sections.md lists every path; dates before 01/07/2025; line counts; encodings."""
    import datetime
    errs = []
    smd = open(os.path.join(HERE, "sections.md"), encoding="utf-8").read()
    listed = set(re.findall(r"`([^`]+)`", smd))
    for d, cut in docs.items():
        for p in paths_of(cut):
            if p not in listed:
                errs.append(f"sections.md: {d}: path {p} not listed")
    limit = datetime.date(2025, 7, 1)
    for fn in sorted(os.listdir(DOCS)):
        base, ext = os.path.splitext(fn)
        text = "\n".join(ln for _, ln in docs[base])
        dates = [(int(a), int(b), int(c)) for a, b, c in re.findall(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)]
        dates += [(int(a), int(b), int(c)) for a, b, c in re.findall(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", text)]
        for dd, mm, yy in dates:
            if datetime.date(yy, mm, dd) >= limit:
                errs.append(f"{fn}: date {dd}/{mm}/{yy} not before 01/07/2025")
        if ext == ".txt":
            raw = open(os.path.join(DOCS, fn), encoding="utf-8").read()
            n = raw.count("\n")
            is_nfd = raw == unicodedata.normalize("NFD", raw) and raw != unicodedata.normalize("NFC", raw)
            is_nfc = raw == unicodedata.normalize("NFC", raw)
            print(f"{fn}: {n} lines, {'NFD' if is_nfd else 'NFC' if is_nfc else 'mixed'}, {len(dates)} dates")
            if base.startswith("tan-ky") and not (60 <= n <= 110 and is_nfd):
                errs.append(f"{fn}: expected NFD, 60-110 lines")
            if base.startswith("long-tuyen") and not (110 <= n <= 190 and is_nfc):
                errs.append(f"{fn}: expected NFC, 110-190 lines")
        else:
            print(f"{fn}: {len(docs[base])} paragraphs and cells, {len(dates)} dates")
    return errs


def main():
    docs = load_all()
    if "--paths" in sys.argv:
        for k, cut in docs.items():
            print(k)
            print("  " + ", ".join(paths_of(cut)))
        return
    if "--abstain" in sys.argv:
        abstain_hits(docs)
        return
    errs = []
    q, e = check_file("questions.jsonl", "S31", docs, 60)
    errs += e
    p, e = check_file("plans.jsonl", "S31P", docs, 30)
    errs += e
    errs += other_checks(docs)
    for e in errs:
        print("ERROR", e)
    for name, rows in (("questions", q), ("plans", p)):
        ans = [r for r in rows if not r["abstain"]]
        per = {}
        for r in ans:
            per[r["docs"][0]] = per.get(r["docs"][0], 0) + 1
        ascii_q = sum(1 for r in rows if all(ord(c) < 128 for c in r["question"]))
        print(name, len(rows), "answerable", len(ans), "abstain", len(rows) - len(ans), "ascii-only", ascii_q, per)
    print("OK" if not errs else f"{len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()

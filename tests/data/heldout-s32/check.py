"""Checks for held-out set S32 (run with /work/main/.venv/bin/python from any directory).

A small section parser of its own (not the product's): it cuts each document into numbered
units with the conventions written in README.md / sections.md, then checks questions.jsonl and
plans.jsonl. The PDF is read with pypdfium2; the last line of each page (the page number) is
dropped. In the PDF-like text file a lone page number and the running header after it are dropped.

    python check.py            # run all checks
    python check.py --paths    # print the paths the parser finds, per document
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
PLANS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "knowledge", "documents"))

NFC = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731

S32_DOCS = {
    "binh-dinh-2025-huong-dan-khen-thuong-cong-hien-khang-chien": ("txt", ["part", "letter", "num", "point"]),
    "luc-ngan-2025-thong-bao-ket-luan-hoi-dong-tdkt": ("pdf", ["num", "point"]),
    "hai-lam-2025-ke-hoach-thi-dua-cuu-chien-binh": ("txt", ["roman", "num", "point"]),
}
PLAN_DOCS = [
    "an-lao-2024-thi-dua-yeu-nuoc-nam-2025",
    "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa",
    "dinh-lap-2024-thi-dua-cao-diem-dai-hoi-xxv",
    "lang-son-2025-thi-dua-dai-hoi-xiv",
    "van-quan-2025-thi-dua-luong-van-tri",
]
RUNNING_HEADER = "Kế hoạch số 09/KH-CCB ngày 24/02/2025 của Hội CCB xã Hải Lâm"

PATTERNS = {
    "part": re.compile(r"^PHẦN ([IVX]+)\s*$"),
    "letter": re.compile(r"^([A-H])\. \S"),
    "roman": re.compile(r"^([IVX]+)\. \S"),
    "num": re.compile(r"^(\d{1,2})\. \S"),
    "point": re.compile(r"^([a-zđ])\) \S"),
}


def read_lines(doc_id, kind, folder):
    path = os.path.join(folder, f"{doc_id}.{kind}")
    if kind == "pdf":
        import pypdfium2 as pdfium

        lines = []
        pdf = pdfium.PdfDocument(path)
        for page in pdf:
            text = page.get_textpage().get_text_range().replace("\r\n", "\n").replace("\r", "\n")
            page_lines = text.split("\n")
            while page_lines and not page_lines[-1].strip():
                page_lines.pop()
            assert re.fullmatch(r"\d+", page_lines[-1].strip()), page_lines[-1]
            lines.extend(page_lines[:-1])
        return [NFC(x) for x in lines]
    with open(path, encoding="utf-8") as f:
        raw = f.read().split("\n")
    out, i = [], 0
    while i < len(raw):
        line = NFC(raw[i])
        if re.fullmatch(r"\d+", line.strip()) and i + 1 < len(raw) and NFC(raw[i + 1]).strip() == RUNNING_HEADER:
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def cut(lines, levels):
    """Return {path: [lines]} with each unit's own lines (descendants are added by text_of)."""
    units = {"preamble": []}
    order = ["preamble"]
    current = "preamble"
    stack = []  # list of (level, label)
    in_pl = False
    pl_no = 0
    for idx, line in enumerate(lines):
        s = line.strip()
        nxt = lines[idx + 1].strip() if idx + 1 < len(lines) else ""
        if re.fullmatch(r"Mẫu số \d+", s) and nxt.startswith("(Kèm theo"):
            pl_no += 1
            in_pl = True
            stack = [("pl", f"PL{pl_no}")]
            current = f"PL{pl_no}"
        elif s.startswith("Nơi nhận") and not in_pl:
            stack = []
            current = "signature"
        elif current != "signature" or in_pl:
            lv = levels if not in_pl else ["num"]
            for k, level in enumerate(lv):
                m = PATTERNS[level].match(s)
                if not m:
                    continue
                if level == "letter" and not any(x[0] == "part" for x in stack):
                    continue
                # keep ancestors of a higher level only
                rank = {name: r for r, name in enumerate(lv)}
                base = [x for x in stack if x[0] == "pl" or rank.get(x[0], -1) < k]
                stack = base + [(level, m.group(1))]
                current = ".".join(x[1] for x in stack)
                break
        if current not in units:
            units[current] = []
            order.append(current)
        units[current].append(line)
    return units, order


def text_of(units, path):
    if path in ("preamble", "signature"):
        return units.get(path)
    out = []
    for p, ls in units.items():
        if p == path or p.startswith(path + "."):
            out.extend(ls)
    return out if out else None


def load_all():
    docs = {}
    for doc_id, (kind, levels) in S32_DOCS.items():
        docs[doc_id] = cut(read_lines(doc_id, kind, DOCS), levels)
    for doc_id in PLAN_DOCS:
        docs[doc_id] = cut(read_lines(doc_id, "txt", PLANS), ["roman", "num"])
    return docs


FIELDS = ["id", "question", "docs", "sections", "must", "any", "kind", "abstain"]
KINDS = set("deadline date period dossier copies recipient authority amount fund percentage quota count "
            "score criteria person agency standing_body form basis fact other abstain".split())


def is_ascii_vi(q):
    return all(ord(c) < 128 for c in q)


def check_questions(name, prefix, n, docs, allowed_docs, errors):
    rows = [json.loads(x) for x in open(os.path.join(HERE, name), encoding="utf-8") if x.strip()]
    if len(rows) != n:
        errors.append(f"{name}: {len(rows)} rows, expected {n}")
    stats = {"answerable": 0, "abstain": 0, "ascii": 0, "per_doc": {}}
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            errors.append(f"{rid}: fields {list(r.keys())}")
        if rid != f"{prefix}-{i:03d}":
            errors.append(f"{rid}: expected id {prefix}-{i:03d}")
        if r["kind"] not in KINDS:
            errors.append(f"{rid}: kind {r['kind']}")
        if is_ascii_vi(r["question"]):
            stats["ascii"] += 1
        if r["abstain"]:
            stats["abstain"] += 1
            if r["docs"] or r["sections"] or r["must"] or r["kind"] != "abstain":
                errors.append(f"{rid}: abstain row must have empty docs/sections/must and kind abstain")
            continue
        stats["answerable"] += 1
        if len(r["docs"]) != 1 or r["docs"][0] not in allowed_docs:
            errors.append(f"{rid}: docs {r['docs']}")
            continue
        doc = r["docs"][0]
        stats["per_doc"][doc] = stats["per_doc"].get(doc, 0) + 1
        units, _ = docs[doc]
        if not (1 <= len(r["must"]) <= 3):
            errors.append(f"{rid}: {len(r['must'])} must strings")
        if not r["sections"]:
            errors.append(f"{rid}: no sections")
        for m in r["must"]:
            if m != NFC(m) or "\n" in m:
                errors.append(f"{rid}: must not NFC or has a line break: {m!r}")
        for sec in r["sections"]:
            lines = text_of(units, sec)
            if lines is None:
                errors.append(f"{rid}: section {sec} not found in {doc}")
                continue
            for m in r["must"]:
                if not any(m.lower() in ln.lower() for ln in lines):
                    errors.append(f"{rid}: must {m!r} not on one line of {doc} {sec}")
        for m in r["any"]:
            if m != NFC(m):
                errors.append(f"{rid}: any not NFC {m!r}")
    return stats


def main():
    docs = load_all()
    if "--paths" in sys.argv:
        for doc_id, (units, order) in docs.items():
            print(doc_id)
            print("  " + ", ".join(order))
        return
    errors = []
    # documents
    for doc_id, (kind, _) in S32_DOCS.items():
        path = os.path.join(DOCS, f"{doc_id}.{kind}")
        if kind == "txt":
            raw = open(path, encoding="utf-8").read()
            n = raw.count("\n") + (0 if raw.endswith("\n") else 1)
            want_nfd = doc_id.startswith("binh-dinh")
            if want_nfd and raw != unicodedata.normalize("NFD", raw):
                errors.append(f"{doc_id}: not NFD")
            if not want_nfd and raw != NFC(raw):
                errors.append(f"{doc_id}: not NFC")
            if not 110 <= n <= 170:
                errors.append(f"{doc_id}: {n} lines")
            text = NFC(raw)
        else:
            import pypdfium2 as pdfium

            pdf = pdfium.PdfDocument(path)
            if not 2 <= len(pdf) <= 3:
                errors.append(f"{doc_id}: {len(pdf)} pages")
            text = "\n".join(read_lines(doc_id, kind, DOCS))
        for d, mth, y in re.findall(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text):
            if (int(y), int(mth), int(d)) >= (2025, 7, 1):
                errors.append(f"{doc_id}: date {d}/{mth}/{y} not before 01/07/2025")
    # sections.md lists every path and only paths that exist
    md = open(os.path.join(HERE, "sections.md"), encoding="utf-8").read()
    for doc_id in list(S32_DOCS) + PLAN_DOCS:
        block = md.split(f"`{doc_id}`", 1)
        if len(block) < 2:
            errors.append(f"sections.md: no block for {doc_id}")
            continue
        body = re.split(r"\n## ", block[1], maxsplit=1)[0]
        listed = set(re.findall(r"`([^`\s]+)`", body.split("Paths:", 1)[-1].split("Notes:", 1)[0]))
        found = set(docs[doc_id][1])
        for p in sorted(found - listed):
            errors.append(f"sections.md: {doc_id} path {p} found by the parser but not listed")
        for p in sorted(listed - found):
            errors.append(f"sections.md: {doc_id} path {p} listed but not found by the parser")
    s1 = check_questions("questions.jsonl", "S32", 60, docs, set(S32_DOCS), errors)
    s2 = check_questions("plans.jsonl", "S32P", 30, docs, set(PLAN_DOCS), errors)
    print("questions.jsonl", json.dumps(s1, ensure_ascii=False))
    print("plans.jsonl", json.dumps(s2, ensure_ascii=False))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

"""Which documents a question points at by naming their place ("Bắc Sơn", "tinh Lang Son", "xã").

Matching is on accent-folded text so unaccented questions work. A name with its level ("huyện
Đình Lập") or alone ("Đình Lập") selects the documents of that locality; a bare level word
("cấp tỉnh", "của xã") only hints, and only when it designates exactly one document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.lexicon import lexicon
from knowledge.schema import Document
from knowledge.text import fold

_LEVELS = ("thanh pho", "thi tran", "thi xa", "tinh", "huyen", "quan", "xa", "phuong")
_LEVEL_CUES = r"(?:cap|cua|o|tai|ubnd|uy ban nhan dan|ke hoach|trong|toan)"


def _split_locality(locality: str) -> tuple[str, str]:
    folded = fold(locality)
    for level in _LEVELS:
        if folded.startswith(level + " "):
            return level, folded[len(level) + 1 :]
    return "", folded


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


def named_documents(question: str, documents: Iterable[Document]) -> set[str]:
    """Ids of documents whose locality name appears in `question`.

    When the question names a place with its level ("tỉnh Lạng Sơn"), documents of that exact
    level and name win over documents that merely share the name.
    """
    folded = fold(question)
    by_name: set[str] = set()
    by_level_and_name: set[str] = set()
    for document in documents:
        level, name = _split_locality(document.locality)
        if _contains(folded, name):
            by_name.add(document.doc_id)
            if level and _contains(folded, f"{level} {name}"):
                by_level_and_name.add(document.doc_id)
    return by_level_and_name or by_name


def level_hinted_documents(question: str, documents: Iterable[Document]) -> set[str]:
    """The one document whose administrative level the question names, if exactly one has it."""
    folded = fold(question)
    matches: dict[str, set[str]] = {}
    for document in documents:
        level, _ = _split_locality(document.locality)
        if level:
            matches.setdefault(level, set()).add(document.doc_id)
    # "xã hội", "tính" …: a level word counts only after a word that makes it a level.
    hinted = [ids for level, ids in matches.items() if re.search(rf"\b{_LEVEL_CUES} {level}\b", folded)]
    if len(hinted) == 1 and len(hinted[0]) == 1:
        return hinted[0]
    return set()


def unknown_places(question: str, documents: Iterable[Document]) -> list[str]:
    """Places the question names ("huyện Phú Lương", capitalised after its level word) that no
    document mentions anywhere: the knowledge base cannot answer for them."""
    levels = "|".join(sorted(lexicon().localities, key=len, reverse=True))
    named = re.finditer(rf"(?i:\b({levels}))\s+([A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){{0,3}})", question)
    texts = [fold(document.text) for document in documents]
    unknown = []
    for match in named:
        name = fold(match.group(2))
        if not any(_contains(text, name) for text in texts):
            unknown.append(f"{match.group(1).lower()} {match.group(2)}")
    return unknown

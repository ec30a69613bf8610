"""What a question asks for, from its wording: a time, a number, a body or person, a list."""

from __future__ import annotations

import re

from knowledge.text import fold

_QUESTION_TYPES = {
    "when": r"\b(khi nao|ngay nao|bao gio|luc nao|thoi gian|thoi han|han chot|han nop|han gui|truoc ngay|"
    r"thang nao|nam nao|tu ngay|den ngay|den khi|ket thuc)\b",
    "number": r"\b(bao nhieu|may|ty le|ti le|phan tram|muc)\b",
    "who": r"\b(ai|co quan nao|don vi nao|phong nao|ban nao|gui ve dau|o dau|noi nao|gui ve|thuong truc|chu tri)\b",
    "list": r"\b(gom|nhung gi|bao gom|liet ke|nhung ai|nhung [a-z ]{0,30} nao|cac [a-z ]{0,30} nao|hinh thuc)\b",
}


def question_types(question: str) -> set[str]:
    """The kinds of fact the question asks for: "when", "number", "who", "list"."""
    folded = fold(question)
    return {kind for kind, pattern in _QUESTION_TYPES.items() if re.search(pattern, folded)}

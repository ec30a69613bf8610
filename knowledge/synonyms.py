"""Officials' everyday words mapped to the words plans use ("nộp" → "gửi", "hạn chót" → "thời
gian"), applied to questions before searching. Only wording that plans express one way and users
another belongs here; it is not a thesaurus.
"""

from __future__ import annotations

import re

from knowledge.text import fold, has_diacritics

_PHRASES = {
    "hạn chót": "thời gian",
    "thời hạn": "thời gian",
    "hạn nộp": "thời gian gửi",
    "hạn gửi": "thời gian gửi",
    "nộp": "gửi",
    "bao giờ": "khi nào",
    "lúc nào": "khi nào",
    "giấy tờ": "hồ sơ",
    "cơ quan nhận": "gửi về",
    "nơi nhận hồ sơ": "gửi về",
    "kéo dài": "đến",
    "tới": "đến",
}


def _pattern(phrases: dict[str, str]) -> re.Pattern[str]:
    keys = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in keys) + r")(?!\w)", re.IGNORECASE)


_ACCENTED = dict(_PHRASES)
_FOLDED = {fold(k): fold(v) for k, v in _ACCENTED.items()}
_ACCENTED_RE = _pattern(_ACCENTED)
_FOLDED_RE = _pattern(_FOLDED)


def canonical_wording(question: str) -> str:
    """`question` with everyday wording replaced by the plans' wording (accented or not)."""
    question = _ACCENTED_RE.sub(lambda m: _ACCENTED[m.group(1).lower()], question)
    if not has_diacritics(question):
        question = _FOLDED_RE.sub(lambda m: _FOLDED[m.group(1).lower()], question)
    return question

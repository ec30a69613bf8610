"""Questions written in English: told apart from unaccented Vietnamese, and given the documents'
Vietnamese words (knowledge/lexicon/english.toml) so that search and the cue phrases work. The
answer stays Vietnamese, quoted from the documents."""

from __future__ import annotations

import re
from collections.abc import Container

from knowledge.lexicon import english_words
from knowledge.text import has_diacritics, syllables

_MIN_WORDS = 3
_ENGLISH_SHARE = 0.5


def looks_english(question: str, vocabulary: Container[str]) -> bool:
    """True when most words of a question without diacritics are unknown to the knowledge base and
    at least one is a listed English word: "What is the deadline…" (not "ho so gui ve dau")."""
    words = syllables(question)
    if has_diacritics(re.sub(r"[A-ZĐ][^\s,.;:?]*", " ", question)) or len(words) < _MIN_WORDS:
        return False
    unknown = sum(1 for w in words if w not in vocabulary)
    listed = english_words()
    return unknown / len(words) >= _ENGLISH_SHARE and any(w in listed for w in words)


def in_vietnamese(question: str) -> str:
    """`question` with its listed English words replaced by the documents' Vietnamese ones (names of
    places, written with capitals, are kept)."""
    listed = english_words()
    pattern = r"(?<![\w])(" + "|".join(re.escape(k) for k in listed) + r")(?![\w])"
    return re.sub(pattern, lambda m: listed[m.group(1).lower()], question, flags=re.IGNORECASE)

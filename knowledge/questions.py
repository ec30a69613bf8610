"""What a question asks for, from its wording: a time, a number, a body or person, a list.

The cue phrases are data (knowledge/lexicon/questions.toml).
"""

from __future__ import annotations

import re
from itertools import pairwise

from knowledge.lexicon import question_words
from knowledge.text import fold, syllables


def question_types(question: str) -> set[str]:
    """The kinds of fact the question asks for: "when", "number", "who", "list"."""
    folded = fold(question)
    return {kind for kind, pattern in question_words().asks.items() if pattern.search(folded)}


def asked_quantities(question: str) -> list[re.Pattern[str]]:
    """How documents write what the question asks for when it has a shape: a quantity ("mấy bộ" →
    "02 bộ"), a phone number, an e-mail address."""
    folded = fold(question)
    words = question_words()
    shapes = [*words.quantities.values(), *words.evidence.values()]
    return [shown for asks, shown in shapes if asks.search(folded)]


def quantity_cue_terms(question: str) -> frozenset[str]:
    """Syllables and syllable pairs (accented and folded) of the cue phrases that ask for a
    quantity ("bao nhiêu phần trăm"): a section stating that quantity covers them."""
    folded = fold(question)
    found: set[str] = set()
    for asks, _ in question_words().quantities.values():
        for match in asks.finditer(folded):
            for text in (question[match.start() : match.end()].lower(), match.group(0)):
                words = syllables(text)
                found.update(words)
                found.update(f"{a} {b}" for a, b in pairwise(words))
    return frozenset(found)

"""What a question asks for, from its wording: a time, a number, a body or person, a list.

The cue phrases are data (knowledge/lexicon/questions.toml).
"""

from __future__ import annotations

import re

from knowledge.lexicon import question_words
from knowledge.text import fold


def question_types(question: str) -> set[str]:
    """The kinds of fact the question asks for: "when", "number", "who", "list"."""
    folded = fold(question)
    return {kind for kind, pattern in question_words().asks.items() if pattern.search(folded)}


def asked_quantities(question: str) -> list[re.Pattern[str]]:
    """How documents write the quantities the question asks for ("mấy bộ" → "02 bộ")."""
    folded = fold(question)
    return [shown for asks, shown in question_words().quantities.values() if asks.search(folded)]

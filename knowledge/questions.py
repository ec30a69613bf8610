"""What a question asks for, from its wording: a time, a number, a body or person, a list.

The cue phrases are data (knowledge/lexicon/questions.toml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Reference:
    """A document the question names by kind and number: its number, and where a text cites it."""

    number: str  # "9" for "Nghị quyết số 09"
    cited: re.Pattern[str]  # over folded text: "nghi quyet so 09/nq-hdnd"


def referenced_documents(question: str) -> list[Reference]:
    """Documents the question names by kind and number ("Nghị quyết số 09", "QĐ 2437/QĐ-TTg")."""
    kinds = "|".join(sorted(question_words().reference_kinds, key=len, reverse=True))
    found = []
    for match in re.finditer(rf"\b({kinds})\s+(?:so\s+)?0*(\d+)(?=[/-]|\b)", fold(question)):
        kind, number = match.group(1), match.group(2)
        found.append(Reference(number, re.compile(rf"\b{re.escape(kind)}\s+(?:so\s+)?0*{number}(?!\d)")))
    return found


def refers_to_other_document(references: Sequence[Reference], own_numbers: Sequence[str]) -> bool:
    """True when a question's `references` name a document by a number that is none of
    `own_numbers` (the numbers of the documents it could be about): "Nghị quyết số 09 ban hành
    ngày nào" asks about the resolution a plan cites, not the plan."""
    owns = {re.match(r"0*(\d*)", number.strip("/ ")).group(1) for number in own_numbers}
    return any(reference.number not in owns for reference in references)

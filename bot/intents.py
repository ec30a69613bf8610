"""Questions about a document's identity (who signed it, when, which body issued it).

These are answered from the parsed metadata rather than from retrieved text, because the
signature block and header are short, noisy lines that retrieval ranks poorly. "Ai ký giấy khen"
or "ký quyết định khen thưởng trong mấy ngày" are about an award, not the document: the words
after "ký" tell. The cue phrases are data (knowledge/lexicon/questions.toml).
"""

from __future__ import annotations

from enum import Enum

from knowledge.lexicon import question_words
from knowledge.text import fold


class MetadataIntent(Enum):
    SIGNER = "signer"
    ISSUE_DATE = "issue_date"
    ISSUER = "issuer"
    NUMBER = "number"
    EFFECTIVE_DATE = "effective_date"
    REPLACES = "replaces"


# How far after a signer cue an award's name makes the question about the award.
_AWARD_REACH = 25


def metadata_intents(question: str) -> list[MetadataIntent]:
    """The identity questions asked, in order ("số mấy, ngày nào": the number and the date)."""
    folded = fold(question)
    words = question_words()
    found = []
    for intent in MetadataIntent:
        match = words.identity[intent.value].search(folded)
        if not match:
            continue
        not_about = words.not_about.get(intent.value)
        if intent is MetadataIntent.SIGNER and not_about:
            if not_about.search(folded[match.end() : match.end() + _AWARD_REACH]):
                continue
        elif not_about and not_about.search(folded):
            continue
        found.append(intent)
    return found

"""Questions about a document's identity (who signed it, when, which body issued it).

These are answered from the parsed metadata rather than from retrieved text, because the
signature block and header are short, noisy lines that retrieval ranks poorly.
"""

from __future__ import annotations

import re
from enum import Enum

from knowledge.text import fold


class MetadataIntent(Enum):
    SIGNER = "signer"
    ISSUE_DATE = "issue_date"
    ISSUER = "issuer"


_PATTERNS = (
    (MetadataIntent.SIGNER, r"\b(ai ky|nguoi ky|ky ban hanh|ky ke hoach|ky van ban|ky quyet dinh|do ai ky|ai da ky)\b"),
    (
        MetadataIntent.ISSUE_DATE,
        r"\b(ban hanh|ky) (vao )?(ngay nao|thang nao|nam nao|khi nao|luc nao)\b|\b(ngay|thoi gian) ban hanh\b",
    ),
    (MetadataIntent.ISSUER, r"\b(co quan nao|ai|don vi nao|cap nao) ban hanh\b"),
)


def metadata_intent(question: str) -> MetadataIntent | None:
    """The identity question asked, if `question` is one."""
    folded = fold(question)
    for intent, pattern in _PATTERNS:
        if re.search(pattern, folded):
            return intent
    return None

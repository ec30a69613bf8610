"""Checks a drafted answer against the sections it was given before anyone reads it.

Every [n] must name a given section, and every date, number, percentage, amount of money, form
number ("Mẫu số 01"), document number ("98/2023/NĐ-CP") and office name ("Phòng Nội vụ") in a
sentence must occur in a section that sentence cites. Texts are compared after the project's
normalisation and accent folding, with the few rewrites that make equal facts look equal
("ngày 20 tháng 01 năm 2025" = "20/01/2025" = "20/1/2025", "Ủy ban nhân dân" = "UBND").
It does not judge wording: a claim without any such fact is trusted to its citation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from knowledge.keyword import STOPWORDS
from knowledge.lexicon import lexicon
from knowledge.text import fold, normalize, sentences

CITATION = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-zđ][.)]|[-+•*])\s+", re.M)
_DATE = re.compile(r"\bngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})\b")
_MONTH = re.compile(r"\bthang (\d{1,2})(?: nam |/)(\d{4})\b")
_LEADING_ZERO = re.compile(r"(?<![\d.,])0+(?=\d)")
_RANGE = re.compile(r"(\d)\s*-\s*(\d)")  # "8 - 9%" = "8-9%", "2025 - 2030" = "2025-2030"
_PERCENT = re.compile(r"(\d)\s+%")
_FORM = re.compile(r"\bmau (?:so )?(?=\d)")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,/:]\d+)*(?:[/-][a-z0-9]+)*%?")
_FORM_NUMBER = re.compile(r"\bmau so \d+[a-z]?\b")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_LOCALITY = frozenset({"huyện", "xã", "tỉnh", "thành", "thị", "phường", "quận"})  # "UBND huyện", "thành phố"
_COMMITTEE = re.compile(r"\bỦy ban nhân dân\b", re.I)
_COUNCIL = re.compile(r"\bHội đồng nhân dân\b", re.I)
_GLUE = frozenset(fold(word) for word in STOPWORDS)


class Rejected(ValueError):
    """A draft that fails a check; `reason` is a short English code for logs and statistics."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def canonical(text: str) -> str:
    """Folded text in which equal dates, forms, numbers and office names are written alike."""
    text = " ".join(fold(normalize(text)).split())
    text = text.replace("uy ban nhan dan", "ubnd").replace("hoi dong nhan dan", "hdnd")
    text = _DATE.sub(r"\1/\2/\3", text)
    text = _MONTH.sub(r"\1/\2", text)
    text = _FORM.sub("mau so ", text)
    text = _PERCENT.sub(r"\1%", _RANGE.sub(r"\1-\2", text))
    return _LEADING_ZERO.sub("", text)


@lru_cache(maxsize=1)
def _office_pattern() -> re.Pattern[str]:
    """A capitalised agency head of the lexicon, then one or two words."""
    heads = [h[0].upper() + h[1:] for h in lexicon().agency_heads] + ["UBND", "HĐND"]
    alternatives = "|".join(map(re.escape, sorted(heads, key=len, reverse=True)))
    return re.compile(rf"\b(?:{alternatives})\s+(\w+)(?:\s+(\w+))?")


def _offices(text: str) -> list[str]:
    """Office names: a capitalised agency head ("Phòng", "Sở", "UBND") followed by a capitalised
    word or a locality ("Phòng Nội vụ", "UBND huyện"), with up to two words of its name."""
    text = _COUNCIL.sub("HĐND", _COMMITTEE.sub("UBND", text))  # the name's words after it then count
    found = []
    for match in _office_pattern().finditer(text):
        first, second = match.group(1), match.group(2)
        if not (first[0].isupper() or first.lower() in _LOCALITY):
            continue  # "Ban hành", "phòng chống": not an office
        name = text[match.start() : match.end(1)]
        if second and second.isalpha() and fold(second) not in _GLUE:
            name = text[match.start() : match.end(2)]
        found.append(canonical(name))
    return found


def facts(text: str) -> list[str]:
    """The checkable facts of `text`, in canonical form."""
    plain = _LIST_MARK.sub("", CITATION.sub(" ", normalize(text)))
    folded = canonical(plain)
    numbers = _NUMBER.findall(_FORM_NUMBER.sub(" ", folded))  # a form's number is checked with the form
    return _FORM_NUMBER.findall(folded) + _offices(plain) + [number.rstrip(".,:/") for number in numbers]


def _occurs(fact: str, text: str) -> bool:
    """`fact` in `text` as a whole; a year may also be the end of a date or either end of a range."""
    if _YEAR.fullmatch(fact):
        return re.search(rf"(?<![\w.,:]){fact}(?![\w%]|[.,/:]\w)", text) is not None
    return re.search(rf"(?<![\w./,:]){re.escape(fact)}(?![\w%]|[.,/:-]\w)", text) is not None


def _cited(sentence: str) -> set[int]:
    return {int(n) for group in CITATION.findall(sentence) for n in re.split(r"\s*[,;]\s*", group)}


def check(draft: str, sources: Sequence[str]) -> tuple[int, ...]:
    """Check `draft` against `sources` ([1] is sources[0]).

    Returns:
        The numbers of the sections the draft cites, ascending.

    Raises:
        Rejected: "no_citation", "unknown_citation" or "unsupported_fact".
    """
    cited_all = _cited(draft)
    if not cited_all:
        raise Rejected("no_citation")
    unknown = sorted(n for n in cited_all if not 1 <= n <= len(sources))
    if unknown:
        raise Rejected("unknown_citation", f"[{unknown[0]}] of {len(sources)} section(s)")
    texts = [canonical(source) for source in sources]
    parts = [part for line in normalize(draft).split("\n") for part in sentences(line)]
    cites = [_cited(part) for part in parts]
    # A sentence without [n] is covered by the sentence before it ("Hồ sơ gồm [1]:" and its items),
    # or at the start by the first one that cites.
    covering = next(c for c in cites if c)
    for part, cited in zip(parts, cites, strict=True):
        covering = cited or covering
        for fact in facts(part):
            if not any(_occurs(fact, texts[n - 1]) for n in covering):
                raise Rejected("unsupported_fact", fact)
    return tuple(sorted(cited_all))


def complete_sentences(partial: str) -> str:
    """The complete sentences of a draft still being written: a sentence is complete once a line
    or the next sentence has begun after it."""
    *done, last = normalize(partial).split("\n")
    started = sentences(last)
    if len(started) > 1:
        done.append(last[: last.rfind(started[-1])].rstrip())
    return "\n".join(done).strip()


def passes_so_far(prefix: str, sources: Sequence[str]) -> bool:
    """Whether the complete sentences of a draft being written may be shown: True when they pass
    `check` as a draft of their own, False while they cite nothing yet (a sentence before its
    first [n] waits for the one that covers it).

    Raises:
        Rejected: "unknown_citation" or "unsupported_fact": no later text can make them pass.
    """
    try:
        check(prefix, sources)
    except Rejected as rejected:
        if rejected.reason == "no_citation":
            return False
        raise
    return True

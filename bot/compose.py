"""Extractive answers: pick the sentences of a section that answer the question, and cite them.

No text is generated: every sentence shown is copied from the plan (after the same
normalisation as at ingest). The question's type (when, how many, who, which items) favours
sentences carrying a date, a number, a body or a list; list questions quote the list items.
Plain text only: markup belongs to the Telegram formatter.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot import messages
from knowledge.keyword import STOPWORDS
from knowledge.lexicon import question_words
from knowledge.questions import Reference, asked_quantities, question_types, referenced_documents
from knowledge.schema import Chunk, Citation, Document, Fact
from knowledge.text import LIST_MARK, fold, sentences, syllables

_EVIDENCE = {
    "when": re.compile(
        r"\d{1,2}/\d{1,2}(/\d{2,4})?|tháng \d+|năm \d{4}|đến khi|sau \d+ ngày|từ nay|trước ngày|dịp", re.I
    ),
    "number": re.compile(r"\d"),
    "who": re.compile(r"\b(Phòng|Sở|Ban|Ủy ban|UBND|Hội đồng|Trung tâm|Chủ tịch|Thủ trưởng|Mặt trận|Báo|Cổng)\b"),
    "list": re.compile(rf"^{LIST_MARK}"),
}
_TYPE_BONUS = 0.3
_QUANTITY_BONUS = 0.5  # a sentence stating the asked quantity ("02 bộ" for "mấy bộ") answers it
_HEADING_QUESTION = 0.99
_CLAUSE = re.compile(r"(?<=[;:])\s+")
_LIST_ROOM = 2
_MIN_ROOM = 80  # characters worth showing of a sentence cut to fit
# Question words and glue, without diacritics: they end an award's name.
_GLUE = frozenset(fold(word) for word in STOPWORDS)


def _items_after(units: list[str], index: int, items: list[int]) -> list[int]:
    """The list items that directly follow unit `index`."""
    following = []
    for position in range(index + 1, len(units)):
        if position not in items:
            break
        following.append(position)
    return following


_ASKS_QUANTITY = re.compile(r"\b(bao nhieu|ty le|ti le|phan tram)\b")
_NOT_QUANTITY = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d+[/-][^\W\d_]|\b(?:19|20)\d{2}\b")
_QUANTITY = re.compile(r"\d")


def lacks_asked_quantity(question: str, answer: str) -> bool:
    """True when the question asks "how many / what rate" and the answer states no number
    (dates, years and document numbers do not count): the plan does not say."""
    if not _ASKS_QUANTITY.search(fold(question)) or "when" in question_types(question):
        return False  # "ngày bao nhiêu" asks for a date
    return not _QUANTITY.search(_NOT_QUANTITY.sub(" ", answer))


def lacks_asked_detail(question: str, answer: str) -> bool:
    """True when the question asks for a detail that has a shape (a phone number, an e-mail
    address) and the answer shows none: the documents do not give it."""
    folded = fold(question)
    return any(asks.search(folded) and not shown.search(answer) for asks, shown in question_words().evidence.values())


def unnamed_award(question: str, document: Document) -> str:
    """The award the question names ("danh hiệu Anh hùng Lao động", "danh hieu anh hung lao dong")
    when `document` never names it, else "". The name is up to three words after the cue word, up
    to a question word; a question word right after the cue ("danh hiệu nào") names no award."""
    text = " ".join(fold(document.text).replace('"', " ").split())
    for match in question_words().award_cues.finditer(fold(question)):
        name: list[str] = []
        for word in question[match.end() :].replace('"', " ").split():
            if fold(word).strip(".,;:?!") in _GLUE:
                break
            name.append(word.strip(".,;:?!"))
        folded_name = " ".join(fold(word) for word in name[:3])
        if question_words().award_forms.match(folded_name):
            continue  # "Huân chương, Bằng khen của Thủ tướng": forms listed, no name
        if len(name) >= 2 and folded_name not in text:
            return f"{question[match.start() : match.end()]} {' '.join(name)}"
    return ""


@dataclass(frozen=True)
class Extract:
    """Sentences quoted from one chunk, with their citation."""

    document: Document
    chunk: Chunk
    sentences: tuple[str, ...]

    @property
    def quote(self) -> str:
        return " ".join(self.sentences)

    def citation(self) -> Citation:
        return Citation(
            doc_id=self.document.doc_id,
            title=self.document.title,
            section=self.chunk.section,
            heading=self.chunk.heading,
            quote=self.quote,
        )


def _units(document: Document, chunk: Chunk, max_chars: int) -> list[str]:
    """Sentences (and list items) of a chunk; overlong ones are cut into clauses."""
    section = document.section(chunk.section)
    units = sentences(chunk.text)
    # "1. Thời gian: Từ tháng…" keeps its label, which often carries the fact ("Giấy khen, Bằng khen…").
    if (
        units
        and section is not None
        and section.level == 2
        and section.heading
        and not section.heading.endswith("…")
        and section.body.startswith(chunk.text[:40])
        and not _EVIDENCE["list"].search(units[0])
    ):
        units[0] = f"{section.heading}: {units[0]}"
    result: list[str] = []
    for unit in units:
        if len(unit) <= max_chars:
            result.append(unit)
            continue
        clauses = _CLAUSE.split(unit)
        current = ""
        for clause in clauses:
            if current and len(current) + len(clause) + 1 > max_chars // 2:
                result.append(current)
                current = clause
            else:
                current = f"{current} {clause}".strip()
        if current:
            result.append(current)
    return result


def _score(
    unit: str,
    terms: tuple[str, ...],
    weight: Callable[[str], float],
    kinds: set[str],
    asked: list[re.Pattern[str]],
    references: list[Reference],
) -> float:
    present = set(syllables(unit)) | {fold(w) for w in syllables(unit)}
    total = sum(weight(t) for t in terms) or 1.0
    score = sum(weight(t) for t in terms if t in present) / total
    score += sum(_TYPE_BONUS for kind in kinds if _EVIDENCE[kind].search(unit))
    cites = any(reference.cited.search(fold(unit)) for reference in references)
    return score + _QUANTITY_BONUS * (cites or any(shown.search(unit) for shown in asked))


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    return text[: cut if cut > 0 else limit - 1].rstrip(" ,;:") + "…"


def extract(
    document: Document,
    chunk: Chunk,
    terms: tuple[str, ...],
    weight: Callable[[str], float],
    question: str,
    max_sentences: int,
    max_chars: int,
    heading_match: float = 0.0,
) -> Extract:
    """Choose the sentences of `chunk` that best answer `question`, within `max_chars`.

    `heading_match` is the share of the section heading found in the question: when the
    question names the heading itself ("Mục đích … là gì?", "Phòng Nội vụ có nhiệm vụ gì?"),
    the section's opening sentences or list are the answer.
    """
    kinds = question_types(question)
    units = _units(document, chunk, max_chars)
    if not units:
        return Extract(document, chunk, (_clip(chunk.text, max_chars),))
    asked = asked_quantities(question)
    references = referenced_documents(question)
    scores = [_score(u, terms, weight, kinds, asked, references) for u in units]
    best = max(range(len(units)), key=lambda i: scores[i])
    items = [i for i, u in enumerate(units) if _EVIDENCE["list"].search(u)]
    about_heading = heading_match >= _HEADING_QUESTION and not kinds & {"when", "number"}
    if about_heading:
        best = 0
        chosen = items if items and items[0] <= 1 else list(range(min(max_sentences, len(units))))
    elif ("list" in kinds and len(items) > 1 and best in items) or (best in items and units[best].endswith(":")):
        chosen = items
    elif units[best].endswith(":") and best + 1 < len(units):
        # A sentence ending in ":" introduces what follows: its list, or the next sentence.
        following = _items_after(units, best, items)
        chosen = [best, *(following or [best + 1])]
    elif "list" in kinds and sum(len(u) for u in units) <= max_chars * _LIST_ROOM:
        chosen = list(range(len(units)))  # "phải làm những việc gì": every task the section names
    else:
        ranked = sorted(range(len(units)), key=lambda i: scores[i], reverse=True)
        chosen = [i for i in ranked[:max_sentences] if scores[i] >= 0.75 * scores[best]]
        # "trong mấy ngày": every sentence of the section that states such a quantity is shown.
        stating = [i for i in range(len(units)) if any(shape.search(units[i]) for shape in asked)]
        chosen += [i for i in stating if i not in chosen][: max(0, max_sentences - len(chosen))]
    if len([i for i in chosen if i in items]) > 1 or ("list" in kinds and len(chosen) > 1):
        max_chars *= _LIST_ROOM  # a list ("gồm những gì", "mục đích là gì") is answered whole
    picked: dict[int, str] = {}
    length = 0
    for i in sorted(set(chosen), key=lambda i: (i != best, i)):
        room = max_chars - length
        # What an introducing sentence ("… như:") announces is shown, cut if it must be.
        announced = i - 1 in picked and units[i - 1].endswith(":") and room >= _MIN_ROOM
        if len(units[i]) > room and picked and not announced:
            continue
        picked[i] = _clip(units[i], room if picked else max_chars)
        length += len(picked[i]) + 1
    return Extract(document, chunk, tuple(picked[i] for i in sorted(picked)))


_FACT_KINDS_FOR = {
    "when": ("deadline", "period"),
    "who": ("recipient", "standing_body"),
}


def with_facts(chosen: Extract, facts: list[Fact], question: str, max_chars: int) -> Extract:
    """Make sure the answer states the fact the question asks for: when the chosen sentences lack
    it (a "khi nào" answer without a date, a "gửi về đâu" answer without the receiving body), add
    the sentence the fact was read from, if it belongs to the cited section."""
    kinds = question_types(question)
    quote = " ".join(chosen.quote.split())
    extra: list[str] = []
    for kind, fact_kinds in _FACT_KINDS_FOR.items():
        if kind not in kinds or (kind == "when" and _EVIDENCE["when"].search(quote)):
            continue
        for fact in facts:
            if fact.kind in fact_kinds and fact.section == chosen.chunk.section and fact.text not in quote:
                if fact.source not in extra and len(quote) + len(fact.source) <= max_chars * 2:
                    extra.append(_clip(fact.source, max_chars))
                break
    if not extra:
        return chosen
    return Extract(chosen.document, chosen.chunk, (*chosen.sentences, *extra))


def section_label(path: str) -> str:
    return messages.SECTION_NAMES.get(path, path)


def source_line(extract: Extract) -> str:
    heading = extract.chunk.heading
    section = section_label(extract.chunk.section)
    if heading and extract.chunk.section not in messages.SECTION_NAMES:
        return messages.SOURCE.format(label=extract.document.label, section=section, heading=heading)
    return messages.SOURCE_NO_HEADING.format(label=extract.document.label, section=section)


def single_answer_text(extract: Extract, note: str = "") -> str:
    """The answer from one document; `note` (replaced, campaign ended) goes into the lead line."""
    label = extract.document.label
    lead = (
        messages.LEAD_SINGLE_NOTE.format(label=label, note=note) if note else messages.LEAD_SINGLE.format(label=label)
    )
    return "\n".join([lead, *extract.sentences, source_line(extract)])


def several_answer_text(extracts: list[Extract], notes: dict[str, str] | None = None) -> str:
    lines = [messages.LEAD_SEVERAL.format(count=len(extracts))]
    for item in extracts:
        note = (notes or {}).get(item.document.doc_id, "")
        label = item.document.label
        lines.append(
            messages.PLAN_ITEM_NOTE.format(label=label, note=note) if note else messages.PLAN_ITEM.format(label=label)
        )
        lines.extend(f"  {sentence}" for sentence in item.sentences)
        lines.append(f"  {source_line(item)}")
    return "\n".join(lines)

"""Draft, extractively: pick the sentences of a section that answer the question, and cite them.

No text is generated: every sentence shown is copied from the plan (after the same
normalisation as at ingest). The question's type (when, how many, who, which items) favours
sentences carrying a date, a number, a body or a list; list questions quote the list items.
Plain text only: markup belongs to the Telegram formatter.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.answer.answer import Part, Source
from bot.answer.question import Question
from knowledge.lexicon import question_words
from knowledge.questions import Reference, Shape, names_row_subject, refers_to_other_document, row_subject
from knowledge.schema import Chunk, Citation, Document, Fact, Section
from knowledge.text import LIST_MARK, fold, is_group_row, is_table_row, sentences, syllables

_LIST_ITEM = re.compile(rf"^{LIST_MARK}")
_TYPE_BONUS = 0.3
_QUANTITY_BONUS = 0.5  # a sentence stating the asked quantity ("02 bộ" for "mấy bộ") answers it
HEADING_QUESTION = 0.99
_QUESTION_WORDS = 3  # words a question mark ends for it to be a question of its own
_QUESTIONS = re.compile(r"\?|,\s*con\b")  # "…, còn tập thể thì sao" asks a second question
_CLAUSE = re.compile(r"(?<=[;:])\s+")
_SCOPE_CHARS = 100  # a sentence's opening up to its colon, if this short, is the scope of its clauses
_LIST_ROOM = 4
_MIN_ROOM = 80  # characters worth showing of a sentence cut to fit
_LABEL = re.compile(r"^(?:[-+•]\s*)?([^\W\d_][^:;,.\n]{1,30}):\s")  # "Khẩu hiệu: …", "- Thời gian: …"


def _items_after(units: list[str], index: int, items: list[int]) -> list[int]:
    """The list items that directly follow unit `index`."""
    following = []
    for position in range(index + 1, len(units)):
        if position not in items:
            break
        following.append(position)
    return following


@dataclass(frozen=True)
class Extract:
    """Sentences quoted from one chunk, with their citation."""

    document: Document
    chunk: Chunk
    sentences: tuple[str, ...]

    @property
    def quote(self) -> str:
        return " ".join(self.sentences)

    @property
    def shown(self) -> str:
        """What the answer shows from this chunk: its quoted lines and the heading its source line
        names ("mục 4.1 «Giấy khen của Giám đốc Sở»" says who confers what the lines describe), and
        the article's title above it."""
        label = self.chunk.heading
        lines = "\n".join(self.sentences)  # one line each, as the answer shows them
        # A heading cut from the first words of the quoted text ("Hồ sơ đề nghị … của các…") is shown.
        if label == self.chunk.title or label.rstrip("…") in self.quote:
            return f"{self.chunk.title}\n{lines}"
        return f"{self.chunk.title}\n{_whole_heading(self.document, self.chunk)}\n{lines}"

    @property
    def cited(self) -> tuple[str, str]:
        """(path, heading) cited: the chunk's section, or the point of it ("3.b", "Điều 12.2.a")
        that holds every quoted sentence, the path officials cite."""
        point = _point_quoted(self.document, self.chunk, self.sentences)
        return (point.path, point.heading) if point else (self.chunk.section, self.chunk.heading)

    def citation(self) -> Citation:
        section, heading = self.cited
        return Citation(
            doc_id=self.document.doc_id,
            title=self.document.title,
            section=section,
            heading=heading,
            quote=self.quote,
        )

    def part(self, note: str = "") -> Part:
        """The sentences as a part of the answer, with their source."""
        label = self.document.label
        return Part(label, self.sentences, (Source(label, *self.cited),), note)


def _point_quoted(document: Document, chunk: Chunk, quoted: tuple[str, ...]) -> Section | None:
    """The point of the chunk's section whose text holds every quoted sentence, if one does."""
    points = [s for s in document.sections if s.parent_path == chunk.section and s.is_point]
    if not points or not quoted:
        return None
    cores = [" ".join(_LIST_ITEM.sub("", sentence).rstrip("…").split()) for sentence in quoted]
    for point in points:
        # The chunk writes a point "b) heading: body", or its body alone when the heading opens it.
        texts = [" ".join(text.split()) for text in (f"{point.heading}: {point.body}", point.body)]
        if all(core and any(core in text for text in texts) for core in cores):
            return point
    return None


def _whole_heading(document: Document, chunk: Chunk) -> str:
    """The heading, or the sentence it was cut from: "Hồ sơ đề nghị Cờ thi đua, danh hiệu …, Bằng
    khen của Chủ tịch UBND tỉnh, gồm:" says which awards the items below are about, its cut form
    may not."""
    section = document.section(chunk.section)
    heading = chunk.heading
    if section is None or not heading.endswith("…") or not section.body.startswith(heading.rstrip("…")):
        return heading
    return next(iter(sentences(section.body)), heading)


def _units(document: Document, chunk: Chunk, max_chars: int) -> tuple[list[str], dict[int, str]]:
    """Sentences (and list items) of a chunk, overlong ones cut into clauses; and, for the clauses
    that go on a sentence cut before them, the scope that sentence opens with ("Đối với khen thưởng
    tại Đại hội …:"), or ""."""
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
        and not _LIST_ITEM.search(units[0])
        and not chunk.text.startswith(section.heading)  # a clause of one sentence is its own heading
    ):
        units[0] = f"{section.heading}: {units[0]}"
    result: list[str] = []
    continued: dict[int, str] = {}
    for unit in units:
        if len(unit) <= max_chars:
            result.append(unit)
            continue
        clauses = _CLAUSE.split(unit)
        current = ""
        first = len(result)
        for clause in clauses:
            if current and len(current) + len(clause) + 1 > max_chars // 2:
                result.append(current)
                current = clause
            else:
                current = f"{current} {clause}".strip()
        if current:
            result.append(current)
        colon = unit.find(":")
        scope = unit[:colon] if 0 < colon <= _SCOPE_CHARS else ""
        continued.update(dict.fromkeys(range(first + 1, len(result)), scope))
    return result, continued


def _score(
    unit: str,
    terms: tuple[str, ...],
    weight: Callable[[str], float],
    kinds: frozenset[str],
    asked: tuple[Shape, ...],
    references: tuple[Reference, ...],
    when_cues: frozenset[str] = frozenset(),
    picked: tuple[Shape, ...] = (),
) -> float:
    present = set(syllables(unit)) | {fold(w) for w in syllables(unit)}
    shown = question_words().shown
    # The words asking when a period begins or ends ("kết thúc") are answered by any date, as in
    # ranking: "tổng kết" sharing a syllable with them does not make a sentence answer more.
    if when_cues and shown["when"].search(unit):
        present |= when_cues
    total = sum(weight(t) for t in terms) or 1.0
    score = sum(weight(t) for t in terms if t in present) / total
    score += sum(_TYPE_BONUS for kind in kinds if kind in shown and shown[kind].search(unit))
    cites = any(reference.cited.search(fold(unit)) for reference in references)
    score += _QUANTITY_BONUS * (cites or any(shown.search(unit) for shown in asked))
    # What the question picks (an address, a total) counts beside the quantity every line may state
    # ("tổng số tiền thưởng": the total row among rows that each give an amount).
    return score + _QUANTITY_BONUS * any(shown.search(unit) for shown in picked)


def _best_per_question(
    question: Question, units: list[str], terms: tuple[str, ...], weight: Callable[[str], float]
) -> list[int]:
    """When the question is several questions ("…? …?", "…, còn tập thể thì mẫu nào"), the unit
    sharing most of each one's words."""
    asked = [part for part in _QUESTIONS.split(fold(question.wording)) if len(part.split()) >= _QUESTION_WORDS]
    if len(asked) < 2:
        # "… do ai chủ trì, có bao nhiêu thành viên dự": clauses split by commas, each asking.
        cues = question_words().asks.values()
        clauses = [part for part in fold(question.wording).split(",") if len(part.split()) >= _QUESTION_WORDS]
        asked = clauses if all(any(cue.search(part) for cue in cues) for part in clauses) else []
    if len(asked) < 2:
        return []
    best = []
    for part in asked:
        words = set(syllables(fold(part)))
        own = tuple(term for term in terms if fold(term) in words)
        scores = [_score(unit, own, weight, frozenset(), (), ()) for unit in units] if own else []
        if scores and max(scores) > 0:
            best.append(max(range(len(units)), key=scores.__getitem__))
    return best


def _labelled_as_asked(unit: str, terms: tuple[str, ...]) -> bool:
    """A "label: value" line whose label the question names ("Khẩu hiệu: …" for "khẩu hiệu là gì")."""
    label = _LABEL.match(unit)
    if not label:
        return False
    words = {fold(word) for word in syllables(label.group(1))}
    # Two words at least: "Số: 1249/BTĐKT-NV" is the header's number, not a label.
    return len(words) > 1 and words <= {fold(term) for term in terms}


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
    question: Question,
    max_sentences: int,
    max_chars: int,
    heading_match: float = 0.0,
) -> Extract:
    """Choose the sentences of `chunk` that best answer `question`, within `max_chars`.

    `heading_match` is the share of the section heading found in the question: when the
    question names the heading itself ("Mục đích … là gì?", "Phòng Nội vụ có nhiệm vụ gì?"),
    the section's opening sentences or list are the answer.
    """
    kinds = question.asks
    if kinds & {"recipients", "criteria"}:
        kinds |= {"list"}  # the "Nơi nhận" list and the criteria are shown whole
    units, continued = _units(document, chunk, max_chars)
    if not units:
        return Extract(document, chunk, (_clip(chunk.text, max_chars),))
    asked = question.shapes  # a sentence showing the quantity asked
    # "Công văn 1249 … thực hiện kế hoạch số mấy": the document's own number cites nothing.
    references = tuple(r for r in question.references if refers_to_other_document([r], [document.number]))
    # A clause is scored with the scope its sentence opens with: the question repeating the scope
    # ("khen thưởng tại Đại hội Đảng bộ xã … bị kỷ luật mức nào") says which case, not which clause.
    scores = [
        _score(
            f"{continued.get(i, '')} {u}", terms, weight, kinds, asked, references, question.when_cues, question.picking
        )
        for i, u in enumerate(units)
    ]
    # A line labelled as asked; the heading put before the first sentence is no label of its own.
    # A table row whose first cell the question names as its subject.
    folded_question = " ".join(fold(question.text).split())
    scores = [
        score
        + _QUANTITY_BONUS * (_labelled_as_asked(u, terms) and not u.startswith(f"{chunk.heading}:"))
        + _TYPE_BONUS * names_row_subject(folded_question, row_subject(u))
        for u, score in zip(units, scores, strict=True)
    ]
    best = max(range(len(units)), key=lambda i: scores[i])
    named_row = names_row_subject(folded_question, row_subject(units[best]))
    if named_row:
        # "phường Vĩnh Mỹ được đề nghị hình thức nào": the row of the one named, not the whole list.
        kinds -= {"list"}
    items = [i for i, u in enumerate(units) if _LIST_ITEM.search(u)]
    # Asked when, how many or who ("ai xem xét đề nghị Bằng khen của Thủ tướng"), the sentence stating
    # it answers, not the section's opening; "gồm những ai" asks the whole list.
    specific = kinds & {"when", "number"} or ("who" in kinds and "list" not in kinds)
    about_heading = heading_match >= HEADING_QUESTION and not specific
    if about_heading:
        best = 0
        chosen = items if items and items[0] <= 1 else list(range(min(max_sentences, len(units))))
    elif ("list" in kinds and len(items) > 1 and best in items) or (best in items and units[best].endswith(":")):
        # The line announcing the list ("Hội đồng có 11 thành viên, gồm:") comes with it.
        chosen = [items[0] - 1, *items] if items[0] > 0 and units[items[0] - 1].endswith(":") else items
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
        stating = [i for i in range(len(units)) if any(shape.search(units[i]) for shape in (*asked, *question.picking))]
        chosen += [i for i in stating if i not in chosen][: max(0, max_sentences - len(chosen))]
        # "… thưởng bao nhiêu? Giáo viên bồi dưỡng được hưởng thế nào?": each question asked has
        # the sentence that best answers it.
        chosen += [i for i in _best_per_question(question, units, terms, weight) if i not in chosen]
        if named_row:  # rows of others are not about it, though they name it in a cell
            chosen = [
                i
                for i in chosen
                if not row_subject(units[i]) or names_row_subject(folded_question, row_subject(units[i]))
            ]
    if "list" in kinds or about_heading:
        # A list asked, or a section's items shown for its heading, goes on to its end: the rest of a
        # sentence cut into clauses ("như: “…”; “…”; …"), the lines of a list item up to the next item.
        goes_on = set(continued) | ({i for i in range(items[0] + 1, len(units)) if i not in items} if items else set())
        chosen += [j for i in list(chosen) for j in range(i + 1, len(units)) if set(range(i + 1, j + 1)) <= goes_on]
    # A list item goes on over lines that open in lower case ("- Người liên hệ: bà …;" / "điện
    # thoại 0236 …"): they come with it.
    chosen += [j for i in list(chosen) if i in items for j in _lower_case_run(units, i + 1) if j not in chosen]
    # A table row comes with the row across the table naming its group ("- DANH HIỆU "TẬP THỂ LAO ĐỘNG
    # XUẤT SẮC"" above the units proposed for it): the group says what the row's figures are for.
    chosen += [group for i in list(chosen) if (group := _group_above(units, i)) is not None and group not in chosen]
    # A clause that goes on a sentence comes with the sentence's opening, which says what it is about.
    chosen += [_opening(i, continued) for i in chosen if i in continued]
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
    shown = _rows_of_the_year(question, [picked[i] for i in sorted(picked)])
    if len(shown) > 1 and shown[-1].endswith(":"):
        shown.pop()  # a line announcing what did not fit ("Các phong trào của thành phố:")
    return Extract(document, chunk, tuple(_with_body_named(document, chunk, units, shown, kinds)))


def _group_above(units: list[str], row: int) -> int | None:
    """The group row above a table row, across the rows between them: a list item of capitals with
    no cells ("- CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ")."""
    if not is_table_row(units[row].strip()) or is_group_row(units[row]):
        return None
    for above in range(row - 1, -1, -1):
        if is_group_row(units[above]):
            return above
        if not is_table_row(units[above].strip()):
            return None
    return None


def _lower_case_run(units: list[str], start: int) -> range:
    """The units from `start` on that open in lower case, up to the next list item ("c) …")."""
    end = start
    while end < len(units) and units[end][:1].islower() and not _LIST_ITEM.search(units[end]):
        end += 1
    return range(start, end)


def _rows_of_the_year(question: Question, shown: list[str]) -> list[str]:
    """Of table rows by year ("Cụm thi đua số 1 - năm: 2026 - …"), those of a year the question
    names, when it names one they have; other lines stay."""
    dated = [line for line in shown if is_table_row(line) and _ROW_YEAR.search(line)]
    asked = [line for line in dated if any(year.pattern.search(line) for year in question.years)]
    if not asked or len(asked) == len(dated):
        return shown
    return [line for line in shown if line not in dated or line in asked]


_ROW_YEAR = re.compile(r"(?i)\bnăm: (?:19|20)\d{2}\b")


def _opening(clause: int, continued: dict[int, str]) -> int:
    """The first clause of the sentence `clause` goes on."""
    while clause in continued:
        clause -= 1
    return clause


def _with_body_named(
    document: Document, chunk: Chunk, units: list[str], shown: list[str], kinds: frozenset[str]
) -> list[str]:
    """For "ai / cơ quan nào phụ trách …", a section whose heading names the bodies in charge
    ("3. Phòng Văn hóa …: tuyên truyền …"): the heading is shown first when the lines name no body;
    a heading cut short is the opening of the section's first sentences, which are shown whole."""
    names_body = question_words().shown["who"]
    section = document.section(chunk.section)
    if "who" not in kinds or section is None or not names_body.search(section.heading):
        return shown
    if not section.heading.endswith("…"):
        return shown if any(names_body.search(line) for line in shown) else [f"{section.heading}:", *shown]
    # The heading is the opening of the first sentences, cut short: those sentences are shown.
    opening, covered = [], 0
    for unit in units:
        if covered >= len(section.heading) - 1:
            break
        opening.append(unit)
        covered += len(unit) + 1
    return [*(unit for unit in opening if unit not in shown), *shown]


_FACT_KINDS_FOR = {
    "when": ("deadline", "period"),
    "who": ("recipient", "standing_body"),
}


def with_facts(chosen: Extract, facts: list[Fact], asks: frozenset[str], max_chars: int) -> Extract:
    """Make sure the answer states the fact the question asks for: when the chosen sentences lack
    it (a "khi nào" answer without a date, a "gửi về đâu" answer without the receiving body), add
    the sentence the fact was read from, if it belongs to the cited section."""
    quote = " ".join(chosen.quote.split())
    extra: list[str] = []
    for kind, fact_kinds in _FACT_KINDS_FOR.items():
        if kind not in asks or (kind == "when" and question_words().shown["when"].search(quote)):
            continue
        for fact in facts:
            if fact.kind in fact_kinds and fact.section == chosen.chunk.section and fact.text not in quote:
                if fact.source not in extra and len(quote) + len(fact.source) <= max_chars * 2:
                    extra.append(_clip(fact.source, max_chars))
                break
    if not extra:
        return chosen
    return Extract(chosen.document, chosen.chunk, (*chosen.sentences, *extra))

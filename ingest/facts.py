"""Read structured facts from a parsed document: campaign period, deadlines (dated, yearly, or
relative to an event), time limits in working days, dossier items, number of copies, form numbers
and their decree, reward amounts and coefficients, where the dossier goes, reward forms and who
confers them, eligibility criteria, which agency does which task, the emulation council's members
and standing body, one fact per table row, the signer.

Each fact keeps its section path and the exact sentence it came from. Dates come from the
grammar in ingest.dates: a relative deadline stays relative, a bare year or an anniversary
("19/5/1890 - 19/5/2025") is never taken for a deadline. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ingest.chunks import section_text
from ingest.dates import TimeExpression, parse_time_expressions, plan_date_point
from knowledge.lexicon import lexicon
from knowledge.schema import PREAMBLE, SIGNATURE, SIGNERS_SEPARATOR, Document, Fact, Section
from knowledge.text import LIST_MARK, fold, is_table_row, sentences

_ITEM = re.compile(rf"^{LIST_MARK}\s*")


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Cues:
    """The lexicon's [facts] words as patterns (knowledge/lexicon/documents.toml)."""

    period_heading: re.Pattern[str]
    campaign_heading: re.Pattern[str]
    not_period_heading: re.Pattern[str]
    eligibility_heading: re.Pattern[str]
    dossier_heading: re.Pattern[str]
    duties_heading: re.Pattern[str]
    request_prefix: re.Pattern[str]
    recipient: re.Pattern[str]
    reward_of: re.Pattern[str]
    reward_gives: re.Pattern[str]
    standing: re.Pattern[str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    words = lexicon().facts
    bodies = _alternatives(words.bodies)
    forms = _alternatives(words.reward_forms)
    levels = _alternatives(lexicon().localities)
    conferrer = rf"(?:Chủ tịch\s+(?:UBND|Ủy ban nhân dân)\s+(?:{levels})(?:\s+[A-ZĐ][^\s,.;:]*)*|Thủ tướng Chính phủ)"
    standing_bodies = _alternatives(words.standing_bodies)
    return _Cues(
        period_heading=_heading(words.period_headings),
        campaign_heading=_heading(words.campaign_headings),
        not_period_heading=_heading(words.not_period_headings),
        eligibility_heading=_heading(words.eligibility_headings),
        dossier_heading=_heading(words.dossier_headings),
        duties_heading=_heading(words.duties_headings),
        request_prefix=re.compile(rf"^({_alternatives(words.request_prefixes)})\s+"),
        recipient=re.compile(
            rf"gửi\s+(?:về\s+)?(?P<body>(?:{bodies})[^;.()]*?)"
            r"(?:\s*\(qua\s+(?P<via>[^)]+)\))?(?=\s+(?:sau|trước|chậm|trong|để|theo)\b|\s*[;.,]|$)"
        ),
        reward_of=re.compile(rf"(?P<forms>(?:{forms})(?:\s*,\s*(?:{forms}))*)\s+của\s+(?P<by>{conferrer})"),
        reward_gives=re.compile(rf"(?P<by>{conferrer})\s+tặng\s+(?P<forms>{forms})"),
        standing=re.compile(
            rf"(?P<body>(?:{standing_bodies})\s[^,;()]*?)\s*\((?:là\s+)?(?:cơ quan thường trực)\s+"
            r"(?:của\s+)?(?P<council>[^)]+)\)",
            re.IGNORECASE,
        ),
    )


def _heading(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b({_alternatives(cues)})\b")


_COPIES = re.compile(r"\b\d{1,2}\s*bộ\b")
_FORM = re.compile(r"\b[Mm]ẫu(?:\s+số)?\s+(\d{1,2}[A-Za-z]?)\b")
_LEGAL_NUMBER = re.compile(r"\b\d{1,3}/\d{4}/(?:NĐ-CP|TT-[A-ZĐ]+|QH\d+|QĐ-[A-ZĐ]+)")
_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+\s*đồng|\d+(?:,\d+)?\s*lần mức lương|hệ số:?\s*\d+(?:,\d+)?", re.I)
_COUNCIL = re.compile(r"\bHội đồng\b[^.:]*\bgồm\b[^.]*:$")


def _clean_item(text: str) -> str:
    return _ITEM.sub("", text).strip().rstrip(";.").strip()


def _is_period_section(document: Document, section: Section) -> bool:
    heading = fold(section.heading)
    if _cues().not_period_heading.search(heading):
        return False
    parent = document.section(section.parent_path) if section.parent_path else None
    campaign = _cues().campaign_heading
    return bool(_cues().period_heading.search(heading)) and bool(
        campaign.search(heading) or (parent is not None and campaign.search(fold(parent.heading)))
    )


def _time_fact(expression: TimeExpression, kind: str, section: Section, sentence: str) -> Fact | None:
    def fact(kind: str, date: str = "", start: str = "", relative: str = "") -> Fact:
        return Fact(kind, section.doc_id, section.path, expression.text, sentence, date, start, relative)

    if expression.kind == "range":
        start = expression.start.iso() if expression.start else ""
        if expression.end:
            return fact(kind, expression.end.iso(), start)
        return fact(kind, start=start, relative=f"đến khi {expression.event}")
    if expression.kind == "until_event":
        return fact(kind, relative=f"đến khi {expression.event}")
    if expression.kind == "relative":
        return fact("deadline", relative=f"{expression.days} ngày sau {expression.event}")
    if expression.kind == "within":
        return fact("time_limit", relative=expression.text[:1].lower() + expression.text[1:])
    if expression.kind == "yearly" and expression.end:
        yearly = Fact(
            "deadline", section.doc_id, section.path, expression.text, sentence, expression.end.date.strftime("--%m-%d")
        )
        return replace(yearly, recurs="yearly")
    if expression.kind == "occasion":
        return fact("deadline", relative=f"dịp {expression.event}")
    if expression.kind in ("before", "in_month") and expression.end:
        return fact("deadline", expression.end.iso())
    return None


def extract_facts(document: Document) -> list[Fact]:
    """All facts of `document`, in reading order."""
    plan_date = plan_date_point(document.date)
    facts: list[Fact] = []
    seen: set[tuple[str, str]] = set()

    def add(fact: Fact | None) -> None:
        if fact and (fact.kind, fact.text) not in seen:
            seen.add((fact.kind, fact.text))
            facts.append(fact)

    for section in document.sections:
        # A point is read with its clause (section_text), which introduces it.
        text = section_text(document, section)
        if section.path == SIGNATURE or not text or section.is_point:
            continue
        period = _is_period_section(document, section)
        cues = _cues()
        eligibility = bool(cues.eligibility_heading.search(fold(section.heading)))
        parent = document.section(section.parent_path) if section.parent_path else None
        if parent is not None and cues.duties_heading.search(fold(parent.heading)):
            opening = sentences(section.body)
            first = " ".join(opening[:2]) if len(opening[0]) < 60 else opening[0]
            # A shortened heading ("Thủ trưởng các cơ quan… kịp thời…") is the start of the sentence.
            task = _clean_item(first)
            if not section.heading.endswith("…"):
                task = f"{cues.request_prefix.sub('', section.heading)}: {task}"
            add(Fact("agency_task", section.doc_id, section.path, task, first))
        dossier = bool(cues.dossier_heading.search(fold(section.heading)))
        # A heading can carry a fact itself ("1. Giấy khen, Bằng khen của Chủ tịch UBND tỉnh: …").
        # A shortened heading ("Hồ sơ … lập thành 02 bộ bản…") repeats the start of the body.
        carries_fact = section.level and not section.heading.endswith("…")
        units = ([section.heading] if carries_fact else []) + sentences(text)
        council = False
        for sentence in units:
            if council and _ITEM.match(sentence):
                add(Fact("council_member", section.doc_id, section.path, _clean_item(sentence), sentence))
            council = bool(_COUNCIL.search(sentence)) or (council and bool(_ITEM.match(sentence)))
            if is_table_row(sentence):
                add(Fact("table_row", section.doc_id, section.path, _clean_item(sentence), sentence))
            if _COPIES.search(sentence) and ("hồ sơ" in sentence.lower() or dossier or is_table_row(sentence)):
                add(Fact("copies", section.doc_id, section.path, _clean_item(sentence), sentence))
            for match in _FORM.finditer(sentence):
                decree = _LEGAL_NUMBER.search(sentence[match.end() :])
                of = f" ({decree.group(0)})" if decree else ""
                add(Fact("form", section.doc_id, section.path, f"Mẫu số {match.group(1)}{of}", sentence))
            if _AMOUNT.search(sentence):
                add(Fact("amount", section.doc_id, section.path, _clean_item(sentence), sentence))
            if eligibility and sentence != section.heading:
                add(Fact("eligibility", section.doc_id, section.path, _clean_item(sentence), sentence))
            if dossier and _ITEM.match(sentence) and not is_table_row(sentence):
                add(Fact("dossier_item", section.doc_id, section.path, _clean_item(sentence), sentence))
            if section.path != PREAMBLE:
                for expression in parse_time_expressions(sentence, plan_date):
                    if period or expression.kind not in ("range", "until_event"):
                        add(_time_fact(expression, "period" if period else "deadline", section, sentence))
            for match in cues.recipient.finditer(sentence):
                if "hồ sơ" in sentence.lower() or "khen thưởng" in sentence.lower():
                    body = " ".join(match.group("body").split())
                    via = f" (qua {match.group('via').strip()})" if match.group("via") else ""
                    add(Fact("recipient", section.doc_id, section.path, body + via, sentence))
            for pattern in (cues.reward_of, cues.reward_gives):
                for match in pattern.finditer(sentence):
                    conferrer = " ".join(match.group("by").split())
                    for form in re.split(r"\s*,\s*", match.group("forms")):
                        add(Fact("reward_form", section.doc_id, section.path, f"{form} của {conferrer}", sentence))
            for match in cues.standing.finditer(sentence):
                text = f"{' '.join(match.group('body').split())} – cơ quan thường trực {match.group('council').strip()}"
                add(Fact("standing_body", section.doc_id, section.path, text, sentence))
    roles = document.signer_role.split(SIGNERS_SEPARATOR)
    for index, name in enumerate(document.signer.split(SIGNERS_SEPARATOR) if document.signer else ()):
        role = f"{roles[index]} " if index < len(roles) and roles[index] else ""
        add(Fact("signer", document.doc_id, SIGNATURE, f"{role}{name}", name))
    return facts

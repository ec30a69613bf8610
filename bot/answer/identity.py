"""Questions about a document's identity (who signed it, when, which body issued it).

These are answered from the parsed metadata rather than from retrieved text, because the
signature block and header are short, noisy lines that retrieval ranks poorly. "Ai ký giấy khen"
or "ký quyết định khen thưởng trong mấy ngày" are about an award, not the document: the words
after "ký" tell. The cue phrases are data (knowledge/lexicon/questions.toml).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from enum import Enum

from bot import messages
from bot.answer.answer import Answer, Part
from knowledge.catalog import Catalog
from knowledge.keyword import is_stopword
from knowledge.lexicon import lexicon, question_words
from knowledge.schema import SIGNATURE, SIGNERS_SEPARATOR, Citation, Document
from knowledge.text import fold, has_diacritics, sentences, syllables


class MetadataIntent(Enum):
    SIGNER = "signer"
    ISSUE_DATE = "issue_date"
    ISSUER = "issuer"
    NUMBER = "number"
    EFFECTIVE_DATE = "effective_date"
    REPLACES = "replaces"


_PLACE_DATE_LINE = re.compile(r"[^\n,]{2,40}, ngày [0-9… .]+ tháng [0-9… .]+ năm \d{4}")
# How far after a signer cue an award's name makes the question about the award.
_AWARD_REACH = 25


def metadata_intents(question: str, own_kinds: Collection[str] = ()) -> list[MetadataIntent]:
    """The identity questions asked, in order ("số mấy, ngày nào": the number and the date);
    `own_kinds` are the kinds of the documents the question names ("Quyết định")."""
    folded = fold(question)
    words = question_words()
    found = []
    for intent in MetadataIntent:
        match = words.identity[intent.value].search(folded)
        if not match:
            continue
        not_about = words.not_about.get(intent.value)
        if intent is MetadataIntent.SIGNER and not_about:
            if _signs_something_else(folded[match.end() :].strip(), not_about, own_kinds):
                continue
        elif not_about and not_about.search(folded):
            continue
        found.append(intent)
    return found


_CLAUSE_BREAK = re.compile(r",|;|\bvà\b|\bva\b", re.IGNORECASE)
_CONTENT_WORDS = 2  # a clause with fewer content words asks nothing of its own ("ngày nào")


def other_clauses(question: str) -> str:
    """The clauses of a question that ask something besides the document's identity ("Thành viên
    Hội đồng theo quyết định số mấy" in "…, ai ký kế hoạch này?"), joined; "" when there are none.
    A clause that asks nothing ("Quy chế thi đua, khen thưởng Đại Từ thay thế …": a name's comma)
    is part of the question, not another one."""
    clauses = [clause.strip(" ?.!") for clause in _CLAUSE_BREAK.split(question)]
    asking = question_words().asking
    rest = [
        clause
        for clause in clauses
        if not metadata_intents(clause)
        and sum(not is_stopword(word, has_diacritics(clause)) for word in syllables(clause)) >= _CONTENT_WORDS
        and asking.search(fold(clause))
    ]
    return ", ".join(rest) if len(rest) < len(clauses) else ""


def _signs_something_else(after: str, not_about: re.Pattern[str], own_kinds: Collection[str] = ()) -> bool:
    """After "ai ký": an award or decision ("giấy khen", "quyết định khen thưởng") within reach, unless
    a kind of document comes first ("ai ký hướng dẫn khen thưởng": the document), or the kind of the
    document named ("ai ký quyết định khen thưởng năm học … của Sở" naming a decision conferring awards)."""
    if any(after.startswith(fold(kind)) for kind in own_kinds):
        return False
    if not_about.match(after):
        return True
    if any(after.startswith(fold(kind.name).lower()) for kind in lexicon().kinds):
        return False
    return bool(not_about.search(after[:_AWARD_REACH]))


def identity_answer(
    question: str,
    intents: Sequence[MetadataIntent],
    doc_ids: Sequence[str],
    catalog: Catalog,
    asks_day: bool = False,
) -> Answer | None:
    """The identity lines asked for (signer, date, issuer, number, in force, replaces) of each
    document in `doc_ids`, cited by the section that states them; None when none is known. With
    `asks_day` ("ký ngày nào"), a date without its day does not answer."""
    lines, citations = [], []
    for doc_id in doc_ids:
        document = catalog.document(doc_id)
        if document is None:
            continue
        for intent in intents:
            line, section, quote = _identity_line(document, intent, asks_day)
            if not line:
                continue
            lines.extend(line.split("\n"))
            heading = "" if section in (SIGNATURE, "preamble") else section
            citations.append(Citation(document.doc_id, document.title, section, heading, quote))
    if not lines:
        return None
    if not any(citation.quote for citation in citations):
        # Only what the documents do not state ("… không ghi rõ ngày ban hành"): nothing is answered.
        return Answer(question, True, reason="not_stated", message="\n".join(lines))
    return Answer(question, False, reason="metadata", parts=(Part("", tuple(lines)),), citations=tuple(citations))


def _identity_line(document: Document, intent: MetadataIntent, asks_day: bool = False) -> tuple[str, str, str]:
    """(answer line, cited section, quote) for an identity question, or empty strings; the quote is
    empty when the document does not state what was asked (a day asked, the year alone written)."""
    label = document.label
    if intent is MetadataIntent.SIGNER and SIGNERS_SEPARATOR in document.signer:
        names = document.signer.split(SIGNERS_SEPARATOR)
        roles = document.signer_role.split(SIGNERS_SEPARATOR)
        signed = " và ".join(f"{role} {name}" for role, name in zip(roles, names, strict=False))
        return messages.SIGNERS_ANSWER.format(label=label, signers=signed), SIGNATURE, ", ".join(names)
    if intent is MetadataIntent.SIGNER and document.signer:
        template = messages.SIGNER_ANSWER if document.signer_role else messages.SIGNER_ANSWER_NO_ROLE
        line = template.format(label=label, role=document.signer_role, signer=document.signer)
        return line, SIGNATURE, document.signer
    if intent is MetadataIntent.ISSUE_DATE:
        if document.date and asks_day and document.date.startswith(("tháng", "năm")):
            return messages.DATE_WITHOUT_DAY.format(label=label, date=document.date), "preamble", ""
        if document.date:
            date = document.date if document.date.startswith(("tháng", "năm")) else f"ngày {document.date}"
            line = messages.DATE_ANSWER.format(label=label, date=date)
            written = _PLACE_DATE_LINE.search(document.text)  # "Bắc Kạn, ngày 20 tháng 6 năm 2025", as written
            return (f"{line}\n{written.group(0)}" if written else line), "preamble", document.date
        return messages.DATE_UNKNOWN.format(label=label), "preamble", ""
    if intent is MetadataIntent.ISSUER and document.issuer:
        return messages.ISSUER_ANSWER.format(label=label, issuer=document.issuer), "preamble", document.issuer
    if intent is MetadataIntent.NUMBER and document.number.strip("/").count("/"):
        template = messages.NUMBER_ATTACHED_ANSWER if document.issued_by_decision else messages.NUMBER_ANSWER
        return template.format(label=label, number=document.number), "preamble", document.number
    return _validity_line(document, intent)


def _validity_line(document: Document, intent: MetadataIntent) -> tuple[str, str, str]:
    """When the document takes effect and which documents it replaces, with the sentence that says so."""
    if intent is MetadataIntent.EFFECTIVE_DATE and document.effective_date:
        line = messages.EFFECTIVE_ANSWER.format(label=document.label, date=document.effective_date)
        # In force from a date written out, or from the day it is signed ("kể từ ngày ký").
        dated = (document.effective_date[-4:], "ngày ký", "ngày ban hành")
        return _with_source_sentence(document, line, "hiệu lực", dated)
    if intent is MetadataIntent.REPLACES and document.replaces:
        line = messages.REPLACES_ANSWER.format(label=document.label, replaced="; ".join(document.replaces))
        return _with_source_sentence(document, line, "thay thế")
    return "", "", ""


def _with_source_sentence(
    document: Document, line: str, words: str, also: tuple[str, ...] = ("",)
) -> tuple[str, str, str]:
    """`line` followed by the first sentence of the document holding `words` (and one of `also`),
    cited by its section."""
    for section in document.sections:
        found = next(
            (s for s in sentences(section.body) if words in s.lower() and any(a in s.lower() for a in also)), None
        )
        if found:
            return f"{line}\n{found}", section.path, found
    return line, "preamble", ""

"""The answer engine: question in, cited Answer out (or an honest "not found").

Synchronous and free of Telegram: the CLI, the console chat and the bot all call `Engine.ask`.
Models and stores are loaded once in `Engine.load`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Literal

from bot import messages
from bot.compose import (
    extract,
    lacks_asked_detail,
    lacks_asked_quantity,
    several_answer_text,
    single_answer_text,
    unnamed_award,
    with_facts,
)
from bot.intents import MetadataIntent, metadata_intents
from bot.llm import LlmDrafter, choose_sources, load_drafter
from bot.llm.answer import drafted_answer
from bot.validity import validity_note
from knowledge.catalog import Catalog
from knowledge.embeddings import QueryBatcher, load_serving_embeddings
from knowledge.english import in_vietnamese, looks_english
from knowledge.errors import StoreUnavailableError
from knowledge.places import named_documents, unknown_places
from knowledge.questions import asked_quantities, refers_to_other_document
from knowledge.schema import SIGNATURE, Citation, Document
from knowledge.search import Hit, Searcher
from knowledge.settings import Settings
from knowledge.store import KnowledgeStore
from knowledge.text import normalize, sentences

log = logging.getLogger(__name__)
MAX_QUESTION_CHARS = 1000
_TAG = re.compile(r"<[^<>]{0,200}>")
_PLACE_DATE_LINE = re.compile(r"[^\n,]{2,40}, ngày [0-9… .]+ tháng [0-9… .]+ năm \d{4}")


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    abstained: bool
    citations: tuple[Citation, ...] = ()
    reason: str = "answered"
    # Documents the question fits equally well (the bot offers to pick one).
    candidate_doc_ids: tuple[str, ...] = field(default=())
    # "llm" when a model's draft is shown (`verified`: it passed every check); "extractive"
    # otherwise, with `fallback_reason` saying why a configured model's draft was not used.
    drafter: Literal["llm", "extractive"] = "extractive"
    verified: bool = False
    fallback_reason: str = ""

    def to_dict(self, question_id: object = None) -> dict:
        data = {
            "question": self.question,
            "answer": self.text,
            "abstained": self.abstained,
            "citations": [c.to_dict() for c in self.citations],
            "drafter": self.drafter,
            "verified": self.verified,
        }
        return {"id": question_id, **data} if question_id is not None else data


class Engine:
    """Answers questions from the knowledge store."""

    def __init__(
        self, settings: Settings, store: KnowledgeStore, searcher: Searcher, drafter: LlmDrafter | None = None
    ) -> None:
        self._settings = settings
        self._store = store
        self._searcher = searcher
        self._drafter = drafter  # an optional language model that rewrites single-document answers
        # Whether a campaign has ended depends on the day; tests set their own.
        self.today: Callable[[], dt.date] = dt.date.today

    @classmethod
    def load(cls, settings: Settings) -> Engine:
        """Load the embedding model and open the store (slow: once per process).

        Raises:
            ModelBuildError, StoreUnavailableError: when either cannot be opened.
        """
        model = load_serving_embeddings(settings.embeddings)
        embeddings = QueryBatcher(model, workers=getattr(model, "parallel_calls", 1))
        store = KnowledgeStore(settings, embeddings)
        store.connect()
        return cls(settings, store, Searcher(store, embeddings, settings.retrieval), load_drafter(settings.llm))

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def store(self) -> KnowledgeStore:
        """The store answers come from (the bot adds and removes documents through it)."""
        return self._store

    @property
    def catalog(self) -> Catalog:
        """The current catalog (documents, chunks, facts)."""
        return self._store.catalog

    def documents(self) -> list[Document]:
        return [stored.document for _, stored in sorted(self._store.catalog.documents.items())]

    def document(self, doc_id: str) -> Document | None:
        return self._store.catalog.document(doc_id)

    def ask(self, question: str, doc_id: str | None = None) -> Answer:
        """Answer `question`, optionally only from document `doc_id`. Never raises for bad input;
        a store outage gives an apology answer with reason "store_unavailable"."""
        text = normalize(question or "").strip()
        problem = self._check(text)
        if problem:
            return problem
        cleaned = " ".join(_TAG.sub(" ", text).split())
        if not self._store.catalog.documents:
            return Answer(text, messages.EMPTY_KNOWLEDGE, True, reason="empty_knowledge_base")
        try:
            if not looks_english(cleaned, self._searcher.vocabulary.idf):
                return self._answer(cleaned, text, doc_id)
            # Asked in English: searched with the documents' words, answered in Vietnamese.
            answer = self._answer(in_vietnamese(cleaned), text, doc_id)
            if answer.abstained:
                return replace(answer, text=f"{messages.ENGLISH_HINT}\n{answer.text}")
            return replace(answer, text=f"{messages.ENGLISH_NOTE}\n{answer.text}")
        except StoreUnavailableError:
            log.exception("Vector store unavailable while answering")
            return Answer(text, messages.STORE_DOWN, True, reason="store_unavailable")

    def _check(self, text: str) -> Answer | None:
        if not text:
            return Answer(text, messages.EMPTY_QUESTION, True, reason="empty")
        if len(text) > MAX_QUESTION_CHARS:
            message = messages.TOO_LONG.format(length=len(text), limit=MAX_QUESTION_CHARS)
            return Answer(text[:200], message, True, reason="too_long")
        if not any(ch.isalpha() for ch in text):
            return Answer(text, messages.NO_WORDS, True, reason="no_words")
        return None

    def _answer(self, question: str, original: str, doc_id: str | None) -> Answer:
        intents = metadata_intents(question)
        # "Ai ký kế hoạch của xã Bắc Sơn?" is answered from metadata without searching.
        scope = [doc_id] if doc_id else sorted(named_documents(question, self.documents()))
        candidates = [d for d in self.documents() if not scope or d.doc_id in scope]
        if intents and refers_to_other_document(question, [d.number for d in candidates]):
            intents = []  # "Nghị quyết số 09 ban hành ngày nào" is about the resolution a plan cites
        if intents and scope:
            answered = self._metadata_answer(original, intents, scope)
            if answered:
                return answered
        pairs = self._searcher.vocabulary.idf.keys()
        unknown = [] if doc_id or scope else unknown_places(question, self.documents(), frozenset(pairs))
        if unknown:
            return self._not_found(original, question, messages.UNKNOWN_PLACE.format(places=", ".join(unknown)))
        result = self._searcher.search(question, {doc_id} if doc_id else None)
        if intents and not scope and result.hits:
            answered = self._metadata_answer(original, intents, [result.hits[0].chunk.doc_id])
            if answered:
                return answered
        if not result.hits or result.hits[0].confidence < self._settings.retrieval.min_confidence:
            return self._not_found(original, question)
        best = result.hits[0]
        several = [] if doc_id or result.named_doc_ids else self._other_plans(result.hits)
        weight = self._searcher.vocabulary.weight
        options = self._settings.answer
        if several:
            extracts = [
                extract(
                    self._doc(h), h.chunk, result.query_terms, weight, question, 1, options.max_chars // 2, h.heading
                )
                for h in [best, *several]
            ]
            extracts = [
                e
                for e in extracts
                if not (
                    lacks_asked_quantity(question, e.quote)
                    or lacks_asked_detail(question, e.quote)
                    or unnamed_award(question, e.document)
                )
            ]
            if not extracts:
                return self._not_found(original, question)
            if len(extracts) == 1:
                note = self._note(extracts[0].document)
                return Answer(original, single_answer_text(extracts[0], note), False, (extracts[0].citation(),))
            return Answer(
                original,
                several_answer_text(extracts, {e.document.doc_id: self._note(e.document) for e in extracts}),
                False,
                tuple(e.citation() for e in extracts),
                reason="several_plans",
                candidate_doc_ids=tuple(e.document.doc_id for e in extracts),
            )
        best = self._showing_asked_shape(result.hits, question) or best
        chosen = extract(
            self._doc(best),
            best.chunk,
            result.query_terms,
            weight,
            question,
            options.max_sentences,
            options.max_chars,
            best.heading,
        )
        stored = self._store.catalog.documents.get(best.chunk.doc_id)
        chosen = with_facts(chosen, list(stored.facts) if stored else [], question, options.max_chars)
        # "mấy bộ", "bao nhiêu tiền": a section that states no such quantity does not answer.
        shapes = asked_quantities(question)
        if shapes and not any(shape.search(best.chunk.text) for shape in shapes):
            return self._not_found(original, question)
        if lacks_asked_quantity(question, chosen.quote) or lacks_asked_detail(question, chosen.quote):
            return self._not_found(original, question)
        award = unnamed_award(question, chosen.document)
        if award:
            return self._not_found(original, question, messages.UNKNOWN_AWARD.format(award=award))
        note = self._note(chosen.document)
        answer = Answer(original, single_answer_text(chosen, note), False, (chosen.citation(),))
        if self._drafter is None:
            return answer
        threshold, limit = self._settings.retrieval.min_confidence, self._settings.llm.max_sections
        sources = choose_sources(self._store.catalog, best, result.hits, threshold, limit)
        decline = partial(self._not_found, original, question)
        return drafted_answer(self._drafter, answer, question, sources, note, decline)

    def _showing_asked_shape(self, hits: list[Hit], question: str) -> Hit | None:
        """When the question asks for a quantity, a phone number or an e-mail address and the best
        section does not state one, the best section above the threshold that does."""
        shapes = asked_quantities(question)
        if not shapes or any(shape.search(hits[0].chunk.text) for shape in shapes):
            return None
        threshold = self._settings.retrieval.min_confidence
        return next(
            (h for h in hits[1:] if h.confidence >= threshold and any(s.search(h.chunk.text) for s in shapes)), None
        )

    def _note(self, document: Document) -> str:
        return validity_note(self._store.catalog, document, self.today())

    def _doc(self, hit: Hit) -> Document:
        document = self._store.catalog.document(hit.chunk.doc_id)
        assert document is not None, "catalog and hits come from the same snapshot"
        return document

    def _other_plans(self, hits: list[Hit]) -> list[Hit]:
        """Best hits of other documents that answer about as well as the best one."""
        best = hits[0]
        ratio = self._settings.retrieval.several_plans_ratio
        threshold = self._settings.retrieval.min_confidence
        seen = {best.chunk.doc_id}
        others = []
        for hit in hits[1:]:
            if hit.chunk.doc_id in seen:
                continue
            seen.add(hit.chunk.doc_id)
            if hit.score >= ratio * best.score and hit.confidence >= threshold:
                others.append(hit)
        return others[: self._settings.answer.max_plans - 1]

    def _metadata_answer(self, question: str, intents: list[MetadataIntent], doc_ids: list[str]) -> Answer | None:
        lines, citations = [], []
        for doc_id in doc_ids:
            document = self._store.catalog.document(doc_id)
            if document is None:
                continue
            for intent in intents:
                line, section, quote = _identity_line(document, intent)
                if not line:
                    continue
                lines.append(line)
                heading = "" if section in (SIGNATURE, "preamble") else section
                citations.append(Citation(document.doc_id, document.title, section, heading, quote))
        if not lines:
            return None
        return Answer(question, "\n".join(lines), False, tuple(citations), reason="metadata")

    def _not_found(self, original: str, question: str, reason: str = "") -> Answer:
        plans = "; ".join(d.label for d in self.documents())
        text = messages.NOT_FOUND.format(plans=plans)
        if reason:
            text = f"{reason}\n{text}"
        return Answer(original, text, True, reason="not_found")


def _identity_line(document: Document, intent: MetadataIntent) -> tuple[str, str, str]:
    """(answer line, cited section, quote) for an identity question, or empty strings."""
    label = document.label
    if intent is MetadataIntent.SIGNER and document.signer:
        template = messages.SIGNER_ANSWER if document.signer_role else messages.SIGNER_ANSWER_NO_ROLE
        line = template.format(label=label, role=document.signer_role, signer=document.signer)
        return line, SIGNATURE, document.signer
    if intent is MetadataIntent.ISSUE_DATE:
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
        return _with_source_sentence(document, line, "hiệu lực", document.effective_date[-4:])
    if intent is MetadataIntent.REPLACES and document.replaces:
        line = messages.REPLACES_ANSWER.format(label=document.label, replaced="; ".join(document.replaces))
        return _with_source_sentence(document, line, "thay thế")
    return "", "", ""


def _with_source_sentence(document: Document, line: str, words: str, also: str = "") -> tuple[str, str, str]:
    """`line` followed by the first sentence of the document holding `words` (and `also`), cited by
    its section."""
    for section in document.sections:
        found = next((s for s in sentences(section.body) if words in s.lower() and also in s), None)
        if found:
            return f"{line}\n{found}", section.path, found
    return line, "preamble", ""

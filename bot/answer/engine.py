"""The answer engine: question in, cited Answer out (or an honest "not found").

The stages, each a module of bot/answer: understand (`question.understand` → `Question`), retrieve
(`retrieve.Searcher` → `Evidence`), decide (`policy.Policy` → `Decision`), draft (`extractive`,
`identity`, and an optional language model in `llm`) → `answer.Answer`, which bot/render shows.
Synchronous and free of Telegram: the CLI, the console chat and the bot all call `Engine.ask`.
Models and stores are loaded once in `Engine.load`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from bot import messages
from bot.answer.answer import Answer, single_lead
from bot.answer.extractive import HEADING_QUESTION, Extract, extract, with_facts
from bot.answer.identity import identity_answer, other_clauses
from bot.answer.llm import LlmDrafter, choose_sources, load_drafter
from bot.answer.llm.answer import OnDraft, drafted_answer
from bot.answer.policy import Decision, Policy, names_every_asked, states_asked
from bot.answer.question import Question, understand
from bot.answer.retrieve import ANSWERED_BY_PART, Evidence, Hit, Searcher, referenced_clauses
from bot.answer.validity import validity_note
from knowledge.catalog import Catalog
from knowledge.embeddings import QueryBatcher, load_serving_embeddings
from knowledge.errors import StoreUnavailableError
from knowledge.questions import names_row_subject, row_subject
from knowledge.schema import PREAMBLE, Chunk, Citation, Document
from knowledge.settings import Settings
from knowledge.store import KnowledgeStore
from knowledge.text import fold, normalize, syllables

log = logging.getLogger(__name__)
MAX_QUESTION_CHARS = 1000


class Engine:
    """Answers questions from the knowledge store."""

    def __init__(
        self, settings: Settings, store: KnowledgeStore, searcher: Searcher, drafter: LlmDrafter | None = None
    ) -> None:
        self._settings = settings
        self._store = store
        self._searcher = searcher
        self._drafter = drafter  # an optional language model that rewrites single-document answers
        self._policy = Policy(
            settings.retrieval,
            settings.answer,
            self._stated_text,
            lambda hit: self._doc(hit).title,
            self._referred_text,
            lambda hit: self._doc(hit).heading_chain(hit.chunk.section),
            lambda hit: self._doc(hit).kind,
        )
        # The catalog the chunks were grouped for, and its chunks by document and section.
        self._sections: tuple[Catalog | None, dict[tuple[str, str], list[Chunk]]] = (None, {})
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

    def understand(self, text: str) -> Question:
        """Read a question (already checked by `ask`) against the current knowledge base."""
        vocabulary = self._searcher.vocabulary
        return understand(text, self.documents(), vocabulary.known, self._searcher.accents)

    def ask(self, question: str, doc_id: str | None = None, on_draft: OnDraft | None = None) -> Answer:
        """Answer `question`, optionally only from document `doc_id`. Never raises for bad input;
        a store outage gives an apology answer with reason "store_unavailable". When a language
        model drafts the answer, `on_draft` gets it as far as it is checked, each time it grows."""
        text = normalize(question or "").strip()
        problem = self._check(text)
        if problem:
            return problem
        if not self._store.catalog.documents:
            return Answer(text, True, reason="empty_knowledge_base", message=messages.EMPTY_KNOWLEDGE)
        try:
            understood = self.understand(text)
            answer = self._answer(understood, doc_id, on_draft)
        except StoreUnavailableError:
            log.exception("Vector store unavailable while answering")
            return Answer(text, True, reason="store_unavailable", message=messages.STORE_DOWN)
        if not understood.english:
            return answer
        # Asked in English: searched with the documents' words, answered in Vietnamese.
        note = messages.ENGLISH_HINT if answer.abstained else messages.ENGLISH_NOTE
        return replace(answer, notes=(note, *answer.notes))

    def _check(self, text: str) -> Answer | None:
        if not text:
            return Answer(text, True, reason="empty", message=messages.EMPTY_QUESTION)
        if len(text) > MAX_QUESTION_CHARS:
            message = messages.TOO_LONG.format(length=len(text), limit=MAX_QUESTION_CHARS)
            return Answer(text[:200], True, reason="too_long", message=message)
        if not any(ch.isalpha() for ch in text):
            return Answer(text, True, reason="no_words", message=messages.NO_WORDS)
        return None

    def _answer(self, question: Question, doc_id: str | None, on_draft: OnDraft | None = None) -> Answer:
        documents = self.documents()
        decision = self._policy.before_search(question, doc_id, documents)
        if decision and decision.action == "identity":
            # "Ai ký kế hoạch của xã Bắc Sơn?" is answered from metadata without searching.
            answered = identity_answer(
                question.original, question.identity, decision.doc_ids, self.catalog, "day" in question.required
            )
            if answered:
                return self._with_other_clauses(question, answered, decision.doc_ids)
        elif decision:
            return self._not_found(question, decision.reason)
        evidence = self._searcher.search(question, {doc_id} if doc_id else None)
        decision = self._policy.after_search(question, evidence, doc_id, documents)
        if decision.action == "identity":
            answered = identity_answer(
                question.original, question.identity, decision.doc_ids, self.catalog, "day" in question.required
            )
            if answered:
                return self._with_other_clauses(question, answered, decision.doc_ids)
            decision = self._policy.after_search(question, evidence, doc_id, documents, identity=False)
        if decision.action == "decline":
            return self._not_found(question, decision.reason)
        if decision.action == "several":
            return self._several(question, evidence, decision.hits)
        best = decision.hits[0]
        options = self._settings.answer
        chosen = self._extract(question, evidence, best, options.max_sentences, options.max_chars)
        stored = self._store.catalog.documents.get(best.chunk.doc_id)
        chosen = with_facts(chosen, list(stored.facts) if stored else [], question.asks, options.max_chars)
        # A section answering the rest of a question that asks two things.
        beside = [
            self._extract(question, evidence, h, options.max_sentences, options.max_chars) for h in decision.hits[1:]
        ]
        shown = "\n".join(extract.shown for extract in (chosen, *beside))
        refused = self._policy.supports(question, shown, chosen.document, chosen.chunk.section)
        redrafted = self._redrafted(question, evidence, best, bool(beside)) if refused else None
        if redrafted:
            best, chosen, beside = redrafted[0], redrafted[1], []
        elif refused:
            return self._not_found(question, refused.reason)
        answer = self._single(question, chosen, beside)
        if self._drafter is None:
            return answer
        threshold, limit = self._settings.retrieval.min_confidence, self._settings.llm.max_sections
        sources = choose_sources(self._store.catalog, best, evidence.hits, threshold, limit)
        decline = partial(self._not_found, question)
        note = self._note(chosen.document)
        return drafted_answer(self._drafter, answer, question.text, sources, note, decline, on_draft)

    def _with_other_clauses(self, question: Question, answered: Answer, doc_ids: tuple[str, ...]) -> Answer:
        """An identity answer, and the answer to what else the question asks ("… theo quyết định số
        mấy, ai ký kế hoạch này?"), searched in the document asked about."""
        rest = other_clauses(question.text)
        if not rest or answered.abstained:
            return answered
        more = self._answer(self.understand(rest), doc_ids[0] if len(doc_ids) == 1 else None)
        if more.abstained or more.drafter != "extractive" or len(more.parts) != 1:
            return answered
        identity_lines = tuple(line for part in answered.parts for line in part.lines)
        # The rest may be answered by the very sentence the identity quotes: each line and source once.
        part = replace(more.parts[0], lines=tuple(dict.fromkeys((*identity_lines, *more.parts[0].lines))))
        citations = {(c.doc_id, c.section): c for c in (*answered.citations, *more.citations)}
        return replace(more, parts=(part,), citations=tuple(citations.values()))

    def _redrafted(self, question: Question, evidence: Evidence, best: Hit, paired: bool) -> tuple[Hit, Extract] | None:
        """When the lines drafted from `best` do not answer (stated for another award than the one
        asked): a section of its document under a heading naming the asked one, or else the rest of
        `best`'s own section (not for a draft `paired` with a second section), if it answers."""
        options = self._settings.answer
        instead = self._policy.naming_instead(question, evidence.hits, best)
        if instead is None and paired:
            return None
        hit = instead or best
        drafted = self._extract(question, evidence, hit, options.max_sentences, options.max_chars, whole=not instead)
        if self._refusal(question, drafted) is None:
            return hit, drafted
        # "Bằng khen của LĐLĐ tỉnh … mấy bộ" drafted from the rows on the Tổng Liên đoàn's: the lines of
        # the section that name what was asked.
        if instead is not None or not question.contrasts:
            return None
        drafted = self._extract(question, evidence, hit, options.max_sentences, options.max_chars, naming=True)
        # Every line drawn names what was asked: none comes in beside them as context.
        if not drafted.sentences or not all(names_every_asked(question, line) for line in drafted.sentences):
            return None
        if states_asked(question, drafted.shown) is False:
            return None
        if self._refusal(question, drafted) is not None:
            return None
        return hit, drafted

    def _refusal(self, question: Question, extract: Extract) -> Decision | None:
        """Why the lines drafted from one section cannot answer, or None (the policy's `supports`)."""
        return self._policy.supports(question, extract.shown, extract.document, extract.chunk.section)

    def _extract(
        self,
        question: Question,
        evidence: Evidence,
        hit: Hit,
        sentences: int,
        chars: int,
        whole: bool = False,
        naming: bool = False,
    ) -> Extract:
        """The lines of `hit`'s chunk (its whole section when `whole`, or a list or a part is asked)
        that answer; with `naming`, only the lines of its section naming every member asked."""
        weight = self._searcher.vocabulary.weight
        document = self._doc(hit)
        # The names in the document's own title, its place and its number ("Lương Văn Tri", "Văn
        # Quan", "Công văn 1249") are in all its sentences as far as the question goes: they do not
        # tell which sentence answers.
        names = " ".join(word for word in document.title.split()[1:] if word[:1].isupper())
        own = set(syllables(fold(f"{names} {document.locality} {document.number}")))
        terms = tuple(t for t in evidence.query_terms if fold(t) not in own) or evidence.query_terms
        chunk = hit.chunk
        # A list asked for, or a section named, is answered whole; so is a quantity asked that
        # another chunk of the section states, and the opening lines (the title, then what the
        # document rests on and who held the meeting it records).
        whole = (
            whole
            or hit.heading >= HEADING_QUESTION
            or hit.chunk.section == PREAMBLE
            or question.asks & {"list", "criteria", *ANSWERED_BY_PART}
        )
        # A line the question picks ("tổng số …": the table's total row) in another chunk of the section, too.
        picked_elsewhere = any(not shape.search(chunk.text) for shape in question.picking)
        if whole or naming or picked_elsewhere or states_asked(question, chunk.text) is False:
            chunk = self._whole_section(chunk)
        else:
            # A table cut into chunks: the row whose first cell the question names ("Lao động tiên
            # tiến … do cấp nào quyết định") answers, not one naming it in another cell.
            folded_question = " ".join(fold(question.text).split())
            if not _names_a_row(folded_question, chunk.text):
                section = self._whole_section(chunk)
                chunk = section if _names_a_row(folded_question, section.text) else chunk
        if naming:
            lines = [line for line in chunk.text.split("\n") if names_every_asked(question, line)]
            chunk = replace(chunk, text="\n".join(lines))
        return extract(document, chunk, terms, weight, question, sentences, chars, hit.heading)

    def _by_section(self) -> dict[tuple[str, str], list[Chunk]]:
        """The chunks of each (document, section), in order."""
        catalog = self.catalog
        grouped_for, sections = self._sections  # one attribute: threads see a whole grouping
        if grouped_for is not catalog:  # grouped once per catalog (documents added, removed)
            sections = {}
            for part in catalog.ordered_chunks():
                sections.setdefault((part.doc_id, part.section), []).append(part)
            self._sections = (catalog, sections)
        return sections

    def _referred_text(self, hit: Hit) -> str:
        """The text of the clauses of its own article a hit's clause refers to ("Hồ sơ quy định
        tại khoản 1 Điều này lập thành 03 bộ"): what it is about."""
        paths = referenced_clauses(hit.chunk)
        if not paths:  # most clauses refer to none: no scan of the catalog on the answer's path
            return ""
        return "\n".join(
            part.text
            for (doc_id, section), parts in self._by_section().items()
            if doc_id == hit.chunk.doc_id
            and section != hit.chunk.section
            and any(section == path or section.startswith(f"{path}.") for path in paths)
            for part in parts
        )

    def _stated_text(self, hit: Hit) -> str:
        """What a hit's section states: its text, after its heading when the heading is a clause's
        opening cut at its colon ("Hội đồng họp định kỳ 02 lần trong năm: phiên sơ kết …")."""
        text = self._whole_section(hit.chunk).text
        section = self._doc(hit).section(hit.chunk.section)
        heading = section.heading if section else ""
        if not heading or heading.endswith("…") or text.startswith(heading):
            return text
        return f"{heading}: {text}"

    def _whole_section(self, chunk: Chunk) -> Chunk:
        """`chunk` with the text of every chunk of its section, in order (overlaps once)."""
        parts = self._by_section().get((chunk.doc_id, chunk.section), [])
        if len(parts) < 2:
            return chunk
        lines = dict.fromkeys(line for part in parts for line in part.text.split("\n"))
        return replace(chunk, text="\n".join(lines))

    def _single(self, question: Question, chosen: Extract, beside: Sequence[Extract] = ()) -> Answer:
        note = self._note(chosen.document)
        lead = single_lead(chosen.document.label, note)
        # A second piece of the same long section repeats the lines the pieces overlap on: each
        # line and each source is shown once.
        parts = [chosen.part(note), *(extract.part(note) for extract in beside)]
        # Sections of one document: one part, its lines in order, each section cited.
        part = replace(
            parts[0],
            lines=tuple(dict.fromkeys(line for p in parts for line in p.lines)),
            sources=tuple(dict.fromkeys(source for p in parts for source in p.sources)),
        )
        citations: dict[str, Citation] = {}
        for drafted in (chosen, *beside):
            citations.setdefault(drafted.cited[0], drafted.citation())
        return Answer(question.original, False, lead=lead, parts=(part,), citations=tuple(citations.values()))

    def _several(self, question: Question, evidence: Evidence, hits: tuple[Hit, ...]) -> Answer:
        """One part per document that answers about as well as the best; a document whose lines
        do not state what was asked is left out."""
        max_chars = self._settings.answer.max_chars // 2
        extracts = [self._extract(question, evidence, hit, 1, max_chars) for hit in hits]
        extracts = [e for e in extracts if self._refusal(question, e) is None]
        if not extracts:
            return self._not_found(question)
        if len(extracts) == 1:
            return self._single(question, extracts[0])
        return Answer(
            question.original,
            False,
            reason="several_plans",
            lead=messages.LEAD_SEVERAL.format(count=len(extracts)),
            parts=tuple(e.part(self._note(e.document)) for e in extracts),
            citations=tuple(e.citation() for e in extracts),
            candidate_doc_ids=tuple(e.document.doc_id for e in extracts),
        )

    def _note(self, document: Document) -> str:
        return validity_note(self._store.catalog, document, self.today())

    def _doc(self, hit: Hit) -> Document:
        document = self._store.catalog.document(hit.chunk.doc_id)
        assert document is not None, "catalog and hits come from the same snapshot"
        return document

    def _not_found(self, question: Question, reason: str = "") -> Answer:
        plans = "; ".join(d.label for d in self.documents())
        notes = (reason,) if reason else ()
        return Answer(
            question.original, True, reason="not_found", notes=notes, message=messages.NOT_FOUND.format(plans=plans)
        )


def _names_a_row(folded_question: str, text: str) -> bool:
    """Whether the question (folded) names the subject of a table row of `text` (its first cell)."""
    return any(names_row_subject(folded_question, row_subject(line)) for line in text.split("\n"))

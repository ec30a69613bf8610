"""Retrieve: the `Evidence` for a `Question`, by hybrid search: dense (Chroma) and keyword (BM25,
accented and folded), fused by score, plus coverage of the question's words and of the heading.

Besides the fused order, each hit carries the signals the answer code needs to decide whether to
answer at all: the dense cosine similarity and the *coverage*, the share of the question's
content words (weighted by rarity in the knowledge base) that the chunk contains. Words the
knowledge base never uses weigh the most: "giá vé tàu hỏa" finds nothing to cover them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from langchain_core.embeddings import Embeddings

from bot.answer.question import Question
from knowledge.accents import AccentRestorer
from knowledge.catalog import Catalog
from knowledge.keyword import is_stopword
from knowledge.lexicon import question_words
from knowledge.questions import CountShape, counted_phrases
from knowledge.schema import PREAMBLE, SIGNATURE, Chunk, Document
from knowledge.settings import RetrievalSettings
from knowledge.store import KnowledgeStore
from knowledge.synonyms import abbreviations_written_out
from knowledge.text import LIST_MARK, fold, has_diacritics, syllables

_DENSE_CENTRE = 0.85
_DENSE_CENTRE_UNACCENTED = 0.80
_DENSE_MISSING = 0.78
# What some questions ask → the part every document has that states it (read whole when drafting).
ANSWERED_BY_PART = {"basis": PREAMBLE, "recipients": SIGNATURE}


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    dense: float
    keyword: float
    coverage: float
    phrase_coverage: float
    heading: float
    confidence: float


def confidence(coverage: float, phrase_coverage: float, dense: float, accented: bool) -> float:
    """How sure we are that a chunk answers: word and phrase coverage, nudged by the dense
    similarity around a typical related-but-not-answering value (lower for unaccented text,
    which the model embeds less sharply)."""
    centre = _DENSE_CENTRE if accented else _DENSE_CENTRE_UNACCENTED
    return (coverage + phrase_coverage) / 2 + ((dense or _DENSE_MISSING) - centre)


@dataclass(frozen=True)
class Evidence:
    """What retrieval found: ranked sections with their signals."""

    hits: list[Hit]
    named_doc_ids: frozenset[str]  # the documents the search was limited to by the places named
    query_terms: tuple[str, ...]  # the question's content words, as searched


def fuse(scored_lists: list[tuple[list[tuple[str, float]], float]]) -> dict[str, float]:
    """Relative score fusion: each list's scores are min-max scaled to [0, 1], then weighted and
    summed. Unlike rank fusion it keeps how far ahead the best candidate of each side is."""
    fused: dict[str, float] = {}
    for scored, weight in scored_lists:
        if not scored:
            continue
        values = [score for _, score in scored]
        low, high = min(values), max(values)
        spread = high - low
        for item, score in scored:
            scaled = (score - low) / spread if spread > 0 else 1.0
            fused[item] = fused.get(item, 0.0) + weight * scaled
    return fused


def _pairs(words: list[str]) -> list[str]:
    return [f"{a} {b}" for a, b in pairwise(words)]


def _term_set(text: str) -> frozenset[str]:
    """Syllables and syllable pairs of `text`, accented and folded."""
    accented = syllables(text)
    folded = [fold(t) for t in accented]
    return frozenset(accented) | frozenset(folded) | frozenset(_pairs(accented)) | frozenset(_pairs(folded))


LISTS = re.compile(rf"^{LIST_MARK}.*\n{LIST_MARK}", re.MULTILINE)  # two list items in a row
# A regulation's clause that refers to its own article ("Hồ sơ quy định tại Điều này lập thành 01
# bộ", "… tại khoản 1 và khoản 2 Điều này …") is about what those clauses say; "không thuộc khoản
# 1 Điều này" or "trừ …" is not.
_OWN_ARTICLE = re.compile(r"(?i)\b(?:tại|như|theo)\s+((?:các\s+)?(?:khoản|điểm)[^.;:]{0,40}?\s+)?điều này\b")


def refers_to_own_article(text: str) -> bool:
    """Whether `text` refers to clauses of its own article ("quy định tại khoản 1 Điều này")."""
    return bool(_OWN_ARTICLE.search(text))


def referenced_clauses(chunk: Chunk) -> list[str] | None:
    """The sibling clauses (paths) a clause refers to by "Điều này": all of its article's when it
    names none; None when it refers to none."""
    found = [match.group(1) or "" for match in _OWN_ARTICLE.finditer(chunk.text)]
    if not found or "." not in chunk.section:
        return None
    article = chunk.section.rsplit(".", 1)[0]
    numbers = [number for named in found for number in re.findall(r"\d+", named)]
    if any(not named for named in found):
        return [article]
    return [f"{article}.{number}" for number in numbers]


# Another numbered part of the same document, cited by its marks ("các trường hợp nêu tại điểm b
# mục 4", "theo thời hạn tại mục III", "quy định tại điểm a khoản 2 Điều 5"), smallest unit first;
# not "Mục này", nor a part of another document ("mục II Kế hoạch số 164/KH-UBND").
_CITED_PART = re.compile(
    r"\b(?:tại|theo|như)\s+(?:(?:điểm|tiết) (?P<point>[a-zđ]|\d+),? )?(?:khoản (?P<clause>\d+),? )?"
    r"(?:(?:mục|phần) (?P<part>[IVX]+|\d+(?:\.\d+)*)|điều (?P<article>\d+))\b"
    r"(?!,? (?:này|của|kế hoạch|quyết định|nghị định|thông tư|luật|hướng dẫn|công văn|số)\b)",
    re.IGNORECASE,
)


def cited_parts(text: str) -> list[str]:
    """The section paths of the parts of its own document `text` cites ("điểm b mục 4" → "4.b",
    "khoản 2 Điều 5" → "Điều 5.2")."""
    paths = []
    for match in _CITED_PART.finditer(text):
        base = f"Điều {match['article']}" if match["article"] else match["part"].upper()
        paths.append(".".join(filter(None, (base, match["clause"], match["point"] and match["point"].lower()))))
    return paths


def cites_part(text: str, section: str) -> bool:
    """Whether `text` cites `section`, a part within it or the part holding it."""
    return any(
        path == section or path.startswith(f"{section}.") or section.startswith(f"{path}.")
        for path in cited_parts(text)
    )


def _issuer_names(document: Document) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """How a question names a document by its issuer, and how a heading names the issuer itself,
    folded, longest first: the issuer's name cut from the front down to a body and its place
    ("hoi nong dan huyen tran van thoi", …), and down to a body and its level ("van phong hoi
    nong dan huyen": "hoi nong dan huyen", "nong dan huyen")."""
    issuer, place = fold(document.issuer).split(), fold(document.locality).split()
    if len(place) < 2 or issuer[-len(place) :] != place:
        return (), ()
    named = tuple(" ".join(issuer[start:]) for start in range(len(issuer) - len(place)))
    body = issuer[: len(issuer) - len(place) + 1]  # up to its level: "… hoi nong dan huyen"
    own = tuple(" ".join(body[start:]) for start in range(len(body) - 2))
    return named, own


def _without_own_name(words: list[str], own: tuple[str, ...]) -> list[str]:
    """A heading's `words` without the first of the issuer's `own` names (folded) they write."""
    folded = [fold(word) for word in words]
    for name in own:
        size = len(name.split())
        start = next((i for i in range(len(words) - size + 1) if " ".join(folded[i : i + size]) == name), None)
        if start is not None:
            return words[:start] + words[start + size :]
    return words


class _Vocabulary:
    """Syllable sets per chunk (accented and folded) and their inverse document frequencies."""

    def __init__(self, catalog: Catalog) -> None:
        self.terms: dict[str, frozenset[str]] = {}
        self.referring: dict[tuple[str, str], list[str]] = {}  # (doc, section) → clauses referring to it
        # Sections with clauses or items below them.
        self.containers = {(c.doc_id, c.section.rsplit(".", 1)[0]) for c in catalog.chunks.values()}
        frequency: dict[str, int] = {}
        titles = {doc_id: _term_set(stored.document.title) for doc_id, stored in catalog.documents.items()}
        self.issuers = {doc_id: _issuer_names(stored.document) for doc_id, stored in catalog.documents.items()}
        for chunk in catalog.chunks.values():
            # A question may name the plan by its title ("đợt thi đua đặc biệt"): title words count
            # as present in every chunk of that plan.
            # Abbreviations a document writes ("Bằng khen của LĐLĐ tỉnh") are its words written out too.
            written_out = abbreviations_written_out(chunk.search_text)
            terms = _term_set(chunk.search_text) | _term_set(written_out) | titles.get(chunk.doc_id, frozenset())
            self.terms[chunk.id] = terms
            for term in terms:
                frequency[term] = frequency.get(term, 0) + 1
        total = max(len(self.terms), 1)
        self.idf = {t: math.log((total + 1) / (f + 0.5)) for t, f in frequency.items()}
        self._inherit_referenced(catalog)
        self.unknown_weight = float(np.median(list(self.idf.values()))) if self.idf else 1.0
        self.known = frozenset(self.idf)  # every term of the knowledge base

    def _inherit_referenced(self, catalog: Catalog) -> None:
        """A clause referring to clauses of its own article covers their words too; `referring`
        maps each referred section to the clauses referring to it."""
        by_section: dict[tuple[str, str], list[str]] = {}
        for chunk in catalog.chunks.values():
            by_section.setdefault((chunk.doc_id, chunk.section), []).append(chunk.id)
        inherited = {}
        for chunk in catalog.chunks.values():
            referenced = referenced_clauses(chunk)
            if not referenced:
                continue
            sections = [
                key
                for key in by_section
                if key[0] == chunk.doc_id
                and key[1] != chunk.section
                and any(key[1] == path or key[1].startswith(f"{path}.") for path in referenced)
            ]
            for key in sections:
                self.referring.setdefault(key, []).append(chunk.id)
            inherited[chunk.id] = self.terms[chunk.id].union(
                *(self.terms[other] for key in sections for other in by_section[key])
            )
        self.terms.update(inherited)

    def weight(self, term: str) -> float:
        return self.idf.get(term, self.unknown_weight)

    def coverage(self, terms: tuple[str, ...], present: frozenset[str]) -> float:
        """Share of the weight of `terms` found in `present`."""
        total = sum(self.weight(t) for t in terms)
        if total == 0:
            return 0.0
        return sum(self.weight(t) for t in terms if t in present) / total

    def chunk_coverage(self, chunk_id: str, terms: tuple[str, ...]) -> float:
        return self.coverage(terms, self.terms.get(chunk_id, frozenset()))


class Searcher:
    """Ranks chunks of the store for a question."""

    def __init__(self, store: KnowledgeStore, embeddings: Embeddings, settings: RetrievalSettings) -> None:
        self._store = store
        self._embeddings = embeddings
        self._settings = settings
        self._vocabulary_for: Catalog | None = None
        self._vocabulary: _Vocabulary | None = None
        self._accents: AccentRestorer | None = None

    def _refresh(self) -> None:
        """Rebuild what is derived from the catalog when the catalog object changed."""
        catalog = self._store.catalog
        if self._vocabulary is None or self._vocabulary_for is not catalog:
            self._vocabulary = _Vocabulary(catalog)
            self._accents = AccentRestorer(chunk.search_text for chunk in catalog.chunks.values())
            self._vocabulary_for = catalog

    @property
    def vocabulary(self) -> _Vocabulary:
        self._refresh()
        return self._vocabulary

    @property
    def accents(self) -> AccentRestorer:
        self._refresh()
        return self._accents

    def query_terms(self, question: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Distinct content syllables and syllable pairs of the question: accented when it was
        typed with accents (so "lương" is not taken for "lượng"), folded otherwise."""
        accented = has_diacritics(question)
        words = syllables(question) if accented else syllables(fold(question))
        unigrams = tuple(dict.fromkeys(w for w in words if not is_stopword(w, accented)))
        pairs = tuple(
            dict.fromkeys(
                f"{a} {b}" for a, b in pairwise(words) if not (is_stopword(a, accented) and is_stopword(b, accented))
            )
        )
        return unigrams, pairs

    def search(self, question: Question, doc_ids: set[str] | None = None, limit: int = 10) -> Evidence:
        """Best chunks for `question`, restricted to `doc_ids`, else to the documents it names.

        Raises:
            StoreUnavailableError: when Chroma cannot be queried.
        """
        catalog = self._store.catalog
        named = question.named_doc_ids
        scope = set(doc_ids) if doc_ids else set(question.scope) or None
        chunks = catalog.ordered_chunks()
        if not chunks:
            return Evidence([], named, ())
        terms, pairs = self.query_terms(question.wording)
        # The user's own words count too: some documents write "hạn nộp", others "thời gian gửi".
        own_terms, own_pairs = self.query_terms(question.restored)
        accented = question.accented
        restored = question.restored

        # Embed first: concurrent questions then reach the query batcher together.
        vector = self._embeddings.embed_query(question.wording)
        keyword_scores = self._store.keyword.scores(question.keyword_query, accented=accented)
        order = np.argsort(-keyword_scores, kind="stable")
        keyword = [
            (chunks[i].id, float(keyword_scores[i]))
            for i in order
            if keyword_scores[i] > 0 and (scope is None or chunks[i].doc_id in scope)
        ][: self._settings.candidates]
        keyword_by_id = {chunks[i].id: float(keyword_scores[i]) for i in range(len(chunks))}

        dense = self._store.dense_search(vector, self._settings.candidates, scope)
        dense_by_id = dict(dense)

        fused = fuse([(dense, self._settings.dense_weight), (keyword, self._settings.keyword_weight)])
        # A clause a candidate is referred to by ("Hồ sơ quy định tại Điều này lập thành 01 bộ")
        # is a candidate too, ranked by what it covers.
        referring = self.vocabulary.referring
        for chunk_id in list(fused):
            chunk = catalog.chunks.get(chunk_id)
            for other in referring.get((chunk.doc_id, chunk.section), ()) if chunk else ():
                fused.setdefault(other, 0.0)
        # A section stating the count asked ("02 sáng kiến" for "cần bao nhiêu sáng kiến") is a
        # candidate however few of the question's other words it has: criteria state it in passing.
        # It writes the counted words as the question does ("sáng kiến"; not "phổ" for "phó chủ tịch").
        counts = [shape for shape in question.shapes if isinstance(shape, CountShape)]
        phrases = counted_phrases(question.wording) if counts else []
        for chunk in chunks if phrases else ():
            if (scope is None or chunk.doc_id in scope) and any(count.search(chunk.text) for count in counts):
                folded = " ".join(fold(chunk.text).split())
                if any(f" {phrase} " in f" {folded} " for phrase in phrases):
                    fused.setdefault(chunk.id, 0.0)
        # What a document states once (its contact), asked of a document the question names: the
        # sections showing it are candidates, and kept, however few of the question's words they have.
        shown_once = {
            chunk.id
            for chunk in (chunks if question.steers_once and named else ())
            if chunk.doc_id in named
            and all(shape.search(chunk.text) for shape in (*question.steering, *question.details))
        }
        for chunk_id in shown_once:
            fused.setdefault(chunk_id, 0.0)
        # How sure a candidate found by its words alone is depends on its own similarity, not on
        # whether it made the dense side's top candidates.
        dense_by_id |= self._store.similarities(vector, [c for c in fused if c not in dense_by_id])
        # Headings are compared without accents, so "thoi gian" names the heading "Thời gian".
        typed = fold(f"{restored} {question.wording}")
        # A question asking when ("kéo dài tới lúc nào") names the plan's "Thời gian…" section.
        headings = question_words().asks_headings
        # Its words count for a heading that writes the phrase, its first two words at least ("Nơi
        # nhận hồ sơ", "… VÀ NƠI NHẬN"), not for one sharing a syllable with it ("Phòng Nội vụ").
        asked_headings = [phrase for kind in question.asks | question.required for phrase in headings.get(kind, ())]
        question_terms = frozenset(syllables(typed))
        # "… về Hội Nông dân huyện Trần Văn Thời": the words naming a document by its issuer choose
        # the document, not its section headed by the issuer's own office ("Văn phòng Hội Nông dân
        # huyện"): in its headings, the issuer's name does not count.
        own_names = {
            doc_id: own
            for doc_id, (named, own) in self.vocabulary.issuers.items()
            if any(re.search(rf"\b{re.escape(name)}\b", typed) for name in named)
        }
        asked = list(question.shapes)
        cue_terms = question.quantity_cues
        shows_when = question_words().shown["when"]
        references = question.references
        if "list" in question.asks and not asked:
            asked = [LISTS]  # "gồm những gì": a section that lists
        # Parts every document has answer some questions: what it rests on ("căn cứ chỉ thị nào")
        # is in its preamble, who it is sent to ("gửi kế hoạch này tới cơ quan nào") in "Nơi nhận".
        own_parts = {part for kind, part in ANSWERED_BY_PART.items() if kind in question.asks}
        hits = []
        for chunk_id, score in fused.items():
            chunk = catalog.chunks.get(chunk_id)
            # An article or part whose text is only its title ("Điều 9. Thẩm quyền …", its clauses
            # below) answers nothing itself: its clauses, which carry its title, do. A clause of one
            # short sentence is its own heading, and answers.
            if chunk is None or (
                chunk.text.strip() == chunk.heading.strip()
                and (chunk.doc_id, chunk.section) in self.vocabulary.containers
            ):
                continue
            states_asked = (
                any(shown.search(chunk.text) for shown in asked)
                or any(reference.cited.search(fold(chunk.text)) for reference in references)
                or chunk.section in own_parts
            )
            # The words asking for the quantity ("bao nhiêu phần trăm") are answered by "15%", the
            # words asking when ("bắt đầu và kết thúc khi nào") by a date, but not by the header's
            # (the document's own date, or the dates of the documents it rests on).
            present = self.vocabulary.terms.get(chunk_id, frozenset()) | (cue_terms if states_asked else frozenset())
            if question.when_cues and chunk.section not in (PREAMBLE, SIGNATURE) and shows_when.search(chunk.text):
                present |= question.when_cues
            coverage = max(self.vocabulary.coverage(t, present) for t in (terms, own_terms))
            phrase_coverage = max(self.vocabulary.coverage(p, present) for p in (pairs, own_pairs))
            title = _without_own_name(syllables(chunk.title), own_names.get(chunk.doc_id, ()))
            heading_terms = tuple(fold(t) for t in title if not is_stopword(t, True))
            written = " ".join(heading_terms)
            named = {
                word
                for phrase in asked_headings
                if f" {' '.join(phrase.split()[:2])} " in f" {written} "
                for word in phrase.split()
            }
            heading = self.vocabulary.coverage(heading_terms, question_terms | named) if heading_terms else 0.0
            hits.append(
                Hit(
                    chunk=chunk,
                    score=score
                    + self._settings.coverage_weight * (2 * coverage + phrase_coverage) / 3
                    + self._settings.heading_weight * heading
                    + self._settings.quantity_weight * states_asked,
                    dense=dense_by_id.get(chunk_id, 0.0),
                    keyword=keyword_by_id.get(chunk_id, 0.0),
                    coverage=coverage,
                    phrase_coverage=phrase_coverage,
                    heading=heading,
                    confidence=confidence(coverage, phrase_coverage, dense_by_id.get(chunk_id, 0.0), accented),
                )
            )
        hits.sort(key=lambda h: h.score, reverse=True)
        return Evidence([*hits[:limit], *(h for h in hits[limit:] if h.chunk.id in shown_once)], named, terms)

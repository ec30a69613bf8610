"""Keyword side of retrieval: two BM25 indexes (bm25s) over Vietnamese tokens.

One index holds the accented tokens, the other the accent-folded ones, so "ho so khen thuong"
finds what "hồ sơ khen thưởng" finds. Tokens come from knowledge.text (syllables plus syllable
pairs); bm25s's English defaults (token pattern, stopwords) are not used.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import bm25s
import numpy as np

from knowledge.lexicon import question_words
from knowledge.text import fold, tokens

# Question words and glue that say nothing about which section answers (lexicon: [stopwords]).
STOPWORDS = frozenset(question_words().stopwords)
FOLDED_STOPWORDS = frozenset(fold(word) for word in STOPWORDS) - frozenset(question_words().ambiguous_folded)


def is_stopword(word: str, accented: bool) -> bool:
    """Whether `word` (lower case) carries no content, judged on accented or folded spelling."""
    return word in STOPWORDS if accented else fold(word) in FOLDED_STOPWORDS


def exact_tokens(text: str) -> list[str]:
    return tokens(text, STOPWORDS)


def folded_tokens(text: str) -> list[str]:
    return tokens(fold(text), FOLDED_STOPWORDS)


class KeywordIndex:
    """BM25 scores of a query against every chunk, on accented and on folded tokens."""

    def __init__(self, exact: bm25s.BM25, folded: bm25s.BM25, size: int) -> None:
        self._exact = exact
        self._folded = folded
        self.size = size

    @classmethod
    def build(cls, texts: list[str]) -> KeywordIndex:
        """Index `texts` (one per chunk, in chunk order)."""
        exact, folded = bm25s.BM25(), bm25s.BM25()
        if texts:
            exact.index([exact_tokens(t) or [""] for t in texts], show_progress=False)
            folded.index([folded_tokens(t) or [""] for t in texts], show_progress=False)
        return cls(exact, folded, len(texts))

    def scores(self, query: str, accented: bool) -> np.ndarray:
        """BM25 score of `query` for every chunk; folded tokens always count, accented ones too
        when the question was typed with diacritics."""
        folded_query = folded_tokens(query)
        if self.size == 0 or not folded_query:  # only stopwords ("là gì?"): no keyword evidence
            return np.zeros(self.size, dtype=np.float32)
        folded = self._folded.get_scores(folded_query)
        exact_query = exact_tokens(query)
        if not accented or not exact_query:
            return folded
        return (self._exact.get_scores(exact_query) + folded) / 2

    def save(self, folder: Path) -> None:
        """Write both indexes under `folder` (replacing it)."""
        staging = folder.with_name(folder.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        if self.size:
            self._exact.save(str(staging / "exact"), show_progress=False)
            self._folded.save(str(staging / "folded"), show_progress=False)
        (staging / "size.json").write_text(json.dumps({"size": self.size}))
        shutil.rmtree(folder, ignore_errors=True)
        staging.rename(folder)

    @classmethod
    def load(cls, folder: Path) -> KeywordIndex:
        size = json.loads((folder / "size.json").read_text())["size"]
        if size == 0:
            return cls(bm25s.BM25(), bm25s.BM25(), 0)
        exact = bm25s.BM25.load(str(folder / "exact"), show_progress=False)
        folded = bm25s.BM25.load(str(folder / "folded"), show_progress=False)
        return cls(exact, folded, size)

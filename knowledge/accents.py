"""Put the diacritics back on a question typed without them, using the knowledge base's own words.

Many Telegram users type "ho so khen thuong gui ve dau". The plans themselves say how each
unaccented syllable is usually written, and which pairs of syllables go together ("ho so" →
"hồ sơ", "khen thuong" → "khen thưởng"), so a question can be restored from their vocabulary:
each syllable takes the accented form that best fits its neighbours, else its most frequent
form. A syllable the plans never use is left as typed. (The diacritic restorer on PyPI did
worse on these texts, and a general one would not know the plans' vocabulary.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from knowledge.lexicon import question_words
from knowledge.text import fold, has_diacritics

_TOKEN = re.compile(r"[^\W_]+|[\W_]+")
_QUESTION_WEIGHT = 50


class AccentRestorer:
    def __init__(self, texts: Iterable[str]) -> None:
        self._unigrams: Counter[str] = Counter()
        self._bigrams: Counter[tuple[str, str]] = Counter()
        for text in texts:
            words = [w.lower() for w in re.findall(r"[^\W_]+", text)]
            self._unigrams.update(words)
            self._bigrams.update(pairwise(words))
        # Plans state facts; questions add their own words (lexicon: [accents] phrases).
        for phrase in question_words().accent_phrases:
            words = phrase.split()
            for word in words:
                self._unigrams[word] += _QUESTION_WEIGHT
            for pair in pairwise(words):
                self._bigrams[pair] += _QUESTION_WEIGHT
        self._forms: dict[str, list[str]] = {}
        for word, _ in self._unigrams.most_common():
            self._forms.setdefault(fold(word), []).append(word)

    def _candidates(self, folded: str) -> list[str]:
        return self._forms.get(folded, [folded])

    def restore(self, question: str) -> str:
        """`question` with diacritics restored where the plans' vocabulary is sure enough;
        a question that already has diacritics is returned unchanged."""
        if has_diacritics(question):
            return question
        tokens = _TOKEN.findall(question)
        positions = [i for i, t in enumerate(tokens) if t[0].isalnum()]
        words = [fold(tokens[i]) for i in positions]
        chosen: list[str] = []
        for index, word in enumerate(words):
            following = self._candidates(words[index + 1]) if index + 1 < len(words) else []
            previous = chosen[-1] if chosen else None

            def score(candidate: str, previous: str | None = previous, following: list[str] = following) -> tuple:
                before = self._bigrams[(previous, candidate)] if previous else 0
                after = max((self._bigrams[(candidate, nxt)] for nxt in following), default=0)
                return (before + after, self._unigrams[candidate])

            chosen.append(max(self._candidates(word), key=score))
        for position, word in zip(positions, chosen, strict=True):
            original = tokens[position]
            tokens[position] = word.capitalize() if original[:1].isupper() else word
        return "".join(tokens)

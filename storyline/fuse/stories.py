"""Stories: which documents of a large collection tell the same story, so that fusion never merges two
unrelated articles' `Blair backs Labour` or `£100m` into one fact.

A collection of a few articles is one story someone gathered (`STORY_MIN_DOCUMENTS`). In a larger one
(a feed, an archive), two documents tell the same story where their TF-IDF vectors over content-word
stems (IDF over the collection) have a cosine of at least `STORY_SIMILARITY`; fusion merges members of
different documents only where every pair of their documents does (complete link), and where both
are dated, only within the time window of `clustering.py`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from storyline.fuse.lexical import content_stems

STORY_MIN_DOCUMENTS = 12
"""Below this many documents the collection is taken as one story: IDF over a handful of texts all about
one thing says nothing about which of them belong together."""
STORY_SIMILARITY = 0.05
"""TF-IDF cosine of two documents above which they tell one story (unrelated articles of one beat: ~0.04)."""
PASSAGE_SIMILARITY = 0.2
"""TF-IDF cosine of two sentences of documents of two stories above which they still tell one event."""


class Stories:
    """Same-story tests between the documents of a collection."""

    def __init__(self, texts: dict[str, str]):
        self.active = len(texts) >= STORY_MIN_DOCUMENTS
        self.texts = texts
        self.vectors: dict[str, dict[str, float]] = {}
        self.cache: dict[tuple[str, str], bool] = {}
        self.df: Counter[str] = Counter()
        if self.active:
            counts = {doc: Counter(content_stems(text)) for doc, text in texts.items()}
            self.df = Counter(w for tf in counts.values() for w in tf)
            self.vectors = {doc: self.vector(tf) for doc, tf in counts.items()}

    def vector(self, tf: Counter[str]) -> dict[str, float]:
        n = len(self.texts)
        vector = {w: (1 + math.log(c)) * math.log(n / self.df.get(w, 1)) for w, c in tf.items()}  # 0 in every text
        norm = math.sqrt(sum(x * x for x in vector.values())) or 1.0
        return {w: x / norm for w, x in vector.items()}

    def close(self, a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
        """Two passages (document, start, end) of two stories that still tell one thing: their words (TF-IDF
        over the collection) have a cosine of at least `PASSAGE_SIMILARITY`."""
        if not self.active:
            return True
        va, vb = (self.vector(Counter(content_stems(self.texts.get(d, "")[s:e]))) for d, s, e in (a, b))
        return cosine(va, vb) >= PASSAGE_SIMILARITY

    def same(self, a: str, b: str) -> bool:
        """Whether two documents tell one story (a document always does with itself)."""
        if a == b or not self.active:
            return True
        key = (a, b) if a < b else (b, a)
        if key not in self.cache:
            self.cache[key] = cosine(self.vectors.get(a, {}), self.vectors.get(b, {})) >= STORY_SIMILARITY
        return self.cache[key]

    def all_same(self, left: Iterable[str], right: Iterable[str]) -> bool:
        right = list(right)
        return all(self.same(a, b) for a in set(left) for b in set(right))

    def digest(self, docs: Iterable[str]) -> tuple:
        """The same-story pairs among some documents: what a block's facts depend on besides its items."""
        if not self.active:
            return ()
        ordered = sorted(set(docs))
        return tuple((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :] if self.same(a, b))


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())

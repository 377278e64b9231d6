"""Stories: which documents of a large collection tell the same story, so that fusion never merges two
unrelated articles' `Blair backs Labour` or `£100m` into one fact.

A collection of a few articles is one story someone gathered (`STORY_MIN_DOCUMENTS`). In a larger one
(a feed, an archive), two documents tell the same story where their TF-IDF vectors over content-word
stems (IDF over the collection) have a cosine of at least `STORY_SIMILARITY`. Fusion merges numbers and
quotes of different documents only where every pair of their documents does (complete link); an event
joins a cluster where at least half of the cluster's other documents do (`clustering.stories_agree`: short
reports of one incident, in a collection all about such incidents, share few words the collection does not
use everywhere, so one pair in ten of them falls under the threshold); and where both are dated, only
within the time window of `clustering.py`.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping

import numpy as np
from scipy import sparse

from storyline.fuse.lexical import content_stems

STORY_MIN_DOCUMENTS = 12
"""Below this many documents the collection is taken as one story: IDF over a handful of texts all about
one thing says nothing about which of them belong together."""
STORY_SIMILARITY = 0.05
"""TF-IDF cosine of two documents above which they tell one story (unrelated articles of one beat: ~0.04)."""
STORY_MIN_WORDS = 60
"""Content words below which a text is too short to tell its story apart from another's (a snippet of two
sentences): it is taken to tell any story of the collection."""
PASSAGE_SIMILARITY = 0.2
"""TF-IDF cosine of two sentences of documents of two stories above which they still tell one event."""
PAIRWISE_DOCUMENTS = 12
"""Up to this many documents, `prepare` answers each pair when asked (`PairAnswers`) instead of multiplying a
matrix: a kept block's recorded tests name a few documents, and a product costs more to set up than they ask."""


class Stories:
    """Same-story tests between the documents of a collection."""

    def __init__(self, texts: Mapping[str, str], stems: Mapping[str, Mapping[str, int]] | None = None):
        """:param stems: document id → its `content_stems` counted, where a fusion keeps them (`incremental.py`)"""
        self.active = len(texts) >= STORY_MIN_DOCUMENTS
        self.texts = texts
        self.cache: dict[tuple[str, str], bool] = {}
        self.passages: dict[tuple[str, int, int], dict[str, float]] = {}
        """(document, start, end) → its TF-IDF vector: event clustering and act joins ask of one passage many times."""
        self.df: Counter[str] = Counter()
        self.row: dict[str, int] = {}
        self.matrix = None
        self.short: set[str] = set()
        self.block: tuple[dict[str, int], object] | None = None
        """The documents `prepare` answered for (document → row) and their same-story matrix."""
        self.trace: dict[tuple, bool] | None = None
        """Where a dict, every `same` and `close` test records (kind, a, b) → its answer in it (`holds`)."""
        if self.active:
            stems = stems or {}
            # kept stems are read as they are (a copy of every document's counts is most of this step's memory)
            counts = {doc: stems[doc] if doc in stems else Counter(content_stems(text))
                      for doc, text in texts.items()}
            self.df = Counter(w for tf in counts.values() for w in tf)
            column = {w: n for n, w in enumerate(self.df)}
            self.short = {doc for doc, tf in counts.items() if sum(tf.values()) < STORY_MIN_WORDS}
            self.row = {doc: n for n, doc in enumerate(counts)}
            self.matrix = self.tfidf_rows(counts, column)
            self.matrix.sort_indices()  # each row's columns in order (they are: a no-op), as `PairAnswers` reads them

    def tfidf_rows(self, counts: Mapping[str, Mapping[str, int]], column: dict[str, int]) -> sparse.csr_matrix:
        """Every document's `vector` as a row, its words in the columns of `column`: the same floats, computed
        over arrays (each logarithm once per count and per word, not once per word of every document).

        `vector`'s steps, one by one and in its order: the same IEEE products and quotients of the same
        `math.log` values, and each row's sum of squares added in its words' order by `sum`."""
        n = len(self.texts)
        # typed arrays, not lists of Python numbers (a third of the memory)
        cols, tfs = array("q"), array("q")
        lengths = []
        for tf in counts.values():
            cols.extend(column[w] for w in tf)
            tfs.extend(tf.values())
            lengths.append(len(tf))
        columns, frequencies = np.frombuffer(cols, dtype=np.int64), np.frombuffer(tfs, dtype=np.int64)
        distinct, which = np.unique(frequencies, return_inverse=True)
        tf_weight = np.array([1 + math.log(c) for c in distinct.tolist()], dtype=np.float64)[which]
        idf = np.array([math.log(n / self.df.get(w, 1)) for w in column], dtype=np.float64)  # 0 in every text
        weights = tf_weight * idf[columns]
        squares = (weights * weights).tolist()
        ends = np.cumsum(lengths).tolist()
        norms = [math.sqrt(sum(squares[end - length : end])) or 1.0 for end, length in zip(ends, lengths, strict=True)]
        values = weights / np.repeat(np.array(norms, dtype=np.float64), lengths)
        rows = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
        return sparse.csr_matrix((values, (rows, columns)), shape=(len(lengths), len(column)))

    def vector(self, tf: Mapping[str, int]) -> dict[str, float]:
        n = len(self.texts)
        vector = {w: (1 + math.log(c)) * math.log(n / self.df.get(w, 1)) for w, c in tf.items()}  # 0 in every text
        norm = math.sqrt(sum(x * x for x in vector.values())) or 1.0
        return {w: x / norm for w, x in vector.items()}

    def close(self, a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
        """Two passages (document, start, end) of two stories that still tell one thing: their words (TF-IDF
        over the collection) have a cosine of at least `PASSAGE_SIMILARITY`."""
        close = not self.active or cosine(self.passage_vector(*a), self.passage_vector(*b)) >= PASSAGE_SIMILARITY
        if self.trace is not None:
            self.trace.setdefault(("close", tuple(a), tuple(b)), close)
        return close

    def passage_vector(self, doc: str, start: int, end: int) -> dict[str, float]:
        """A passage's TF-IDF vector, computed once per fusion (the same dict every time: the same floats)."""
        key = (doc, start, end)
        vector = self.passages.get(key)
        if vector is None:
            vector = self.passages[key] = self.vector(Counter(content_stems(self.texts.get(doc, "")[start:end])))
        return vector

    def same(self, a: str, b: str) -> bool:
        """Whether two documents tell one story (a document always does with itself)."""
        if a == b:
            return True
        if not self.active or a in self.short or b in self.short:
            same = True
        elif self.block and a in self.block[0] and b in self.block[0]:
            same = bool(self.block[1][self.block[0][a], self.block[0][b]])
        else:
            key = (a, b) if a < b else (b, a)
            if key not in self.cache:
                if a in self.row and b in self.row:
                    similarity = self.dot(self.row[a], self.row[b])
                else:
                    similarity = 0.0
                self.cache[key] = similarity >= STORY_SIMILARITY
            same = self.cache[key]
        if self.trace is not None:
            self.trace.setdefault(("same", a, b), same)
        return same

    def dot(self, i: int, j: int) -> float:
        """Two rows' cosine, as `matrix[i].multiply(matrix[j]).sum()` computes it (the same float: the nonzero
        products of their shared columns in column order, summed by numpy), without building two matrices."""
        m = self.matrix
        a, b = slice(m.indptr[i], m.indptr[i + 1]), slice(m.indptr[j], m.indptr[j + 1])
        _, x, y = np.intersect1d(m.indices[a], m.indices[b], assume_unique=True, return_indices=True)
        products = m.data[a][x] * m.data[b][y]
        return products[products != 0].sum()  # scipy's product keeps no zeros (a word in every text weighs 0)

    def holds(self, trace: Iterable[tuple[str, object, object, bool]]) -> bool:
        """Whether every test of a trace (`trace`) still answers as it did: a computation that asked only
        these, of the same items, takes the same path and gives the same result."""
        recording, self.trace = self.trace, None
        try:
            return all((self.same(a, b) if kind == "same" else self.close(tuple(a), tuple(b))) == answer
                       for kind, a, b, answer in trace)
        finally:
            self.trace = recording

    def all_same(self, left: Iterable[str], right: Iterable[str]) -> bool:
        """Whether each document of one group tells the story of each of the other: `same` of every pair, in
        order until one answers no (the pairs and order of `all(same(a, b) for a in set(left) for b in
        set(list(right)))`, without building the second set again for every document of the first)."""
        right = set(list(right))
        same = self.same
        for a in set(left):
            for b in right:
                if not same(a, b):
                    return False
        return True

    def prepare(self, docs: Iterable[str]) -> None:
        """Answer `same` for every pair of some documents (a block's) at once, from one matrix product; the
        answers hold until the next `prepare`.

        A pair's answer does not depend on the other documents prepared with it: the product sums the pair's
        shared words in the order of the first row's columns, whatever the other rows (scipy's `csr_matmat`),
        so checking a few recorded answers (`holds`) prepares only the documents they name."""
        self.block = None
        if not self.active:
            return
        ordered = sorted(d for d in set(docs) if d in self.row)
        if len(ordered) < 2:
            return
        if len(ordered) <= PAIRWISE_DOCUMENTS:
            self.block = ({doc: i for i, doc in enumerate(ordered)}, PairAnswers(self, ordered))
            return
        sub = self.matrix[[self.row[d] for d in ordered]]
        similar = ((sub @ sub.T) >= STORY_SIMILARITY).toarray()  # the same test, no dense matrix of floats
        for i, doc in enumerate(ordered):
            if doc in self.short:
                similar[i, :] = similar[:, i] = True
        self.block = ({doc: i for i, doc in enumerate(ordered)}, similar)


class PairAnswers:
    """`prepare`'s answers for a few documents, each pair computed as it is asked: the float the matrix product
    gives (scipy's `csr_matmat` adds a row's products with the other row in the first row's column order, one
    after the other from 0; `np.add.accumulate` adds them in the same order), so the same answer."""

    def __init__(self, stories: Stories, ordered: list[str]):
        self.stories, self.ordered = stories, ordered

    def __getitem__(self, pair: tuple[int, int]) -> bool:
        a, b = (self.ordered[n] for n in pair)
        if a in self.stories.short or b in self.stories.short:
            return True
        return self.similarity(self.stories.row[a], self.stories.row[b]) >= STORY_SIMILARITY

    def similarity(self, i: int, j: int) -> float:
        """Entry (i, j) of the matrix's product with its transpose, as scipy computes it."""
        m = self.stories.matrix
        first, second = slice(m.indptr[i], m.indptr[i + 1]), slice(m.indptr[j], m.indptr[j + 1])
        _, x, y = np.intersect1d(m.indices[first], m.indices[second], assume_unique=True, return_indices=True)
        if not len(x):
            return 0.0
        products = m.data[first][x] * m.data[second][y]  # in the first row's column order: its indices are sorted
        return float(np.add.accumulate(products)[-1])


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())

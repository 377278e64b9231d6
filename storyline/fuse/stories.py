"""Stories: which documents of a large collection tell the same story, so that fusion never merges two
unrelated articles' `Blair backs Labour` or `£100m` into one fact.

A collection of a few articles is one story someone gathered (`STORY_MIN_DOCUMENTS`). In a larger one
(a feed, an archive), two documents tell the same story where their TF-IDF vectors over content-word
stems have a cosine of at least `STORY_SIMILARITY`. The IDF is a background one (`STORY_DF`: document
frequencies in some 2,100 BBC news articles), not the collection's: a pair's answer then depends on its two
documents only, so adding documents to a collection changes no earlier answer, and an incremental fusion keeps
every block whose documents did not change without asking its tests again (`incremental.py`). What it gives up:
a word every document of a topical collection uses (`Taiwan` in a feed about Taiwan) weighs what it weighs in
general news, not nothing. Fusion merges numbers and
quotes of different documents only where every pair of their documents does (complete link); an event
joins a cluster where at least half of the cluster's other documents do (`clustering.stories_agree`: short
reports of one incident, in a collection all about such incidents, share few words the collection does not
use everywhere, so one pair in ten of them falls under the threshold); and where both are dated, only
within the time window of `clustering.py`.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache

import numpy as np
from scipy import sparse

from storyline.fuse.lexical import content_stems
from storyline.resources import RESOURCES

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


STORY_DF = RESOURCES / "story_df.tsv"
"""Background document frequencies of content-word stems (`tools/story_df.py`, from the BBC news corpus): a first
line with the number of texts, then `stem<TAB>texts holding it`."""


@cache
def background() -> tuple[int, dict[str, int]]:
    """The number of texts of `STORY_DF` and each stem's document frequency in them."""
    lines = STORY_DF.read_text(encoding="utf-8").splitlines()
    df = {}
    for line in lines[1:]:
        word, count = line.split("\t")
        df[word] = int(count)
    return int(lines[0].split("\t")[1]), df


def format_story_df(texts: int, df: Mapping[str, int]) -> str:
    """`STORY_DF`'s content for a number of texts and stem → document frequency."""
    return f"# texts\t{texts}\n" + "".join(f"{word}\t{count}\n" for word, count in sorted(df.items()))


@lru_cache(maxsize=200_000)
def stem_key(word: str) -> int:
    """A number for a stem, the same in every collection and process (64 bits of its SHA-1: distinct for distinct
    stems in practice): rows order their stems by it, so two rows' products add up in one order everywhere. Kept
    per process: a build's worker computes each document's vector (`incremental.document_features`) on its own."""
    return int.from_bytes(hashlib.sha1(word.encode()).digest()[:8], "big", signed=True)


@lru_cache(maxsize=200_000)
def idf(word: str) -> float:
    """A stem's inverse document frequency in the background texts (`STORY_DF`); a stem none of them holds weighs
    as one that a single text holds."""
    texts, df = background()
    return math.log(texts / df.get(word, 1))


def vector_rows(counted: Iterable[Mapping[str, int]], vocabulary: dict[str, tuple[int, float]] | None = None,
                ) -> list[tuple[np.ndarray, np.ndarray]]:
    """Documents' vectors as arrays (`Stories.row`), from their stems counted, computed at once: each weight the
    float `Stories.vector` gives (each logarithm once per count, each row's squares summed by `sum` in its words'
    order), ordered by key, the order every product of two rows sums in (the same order whatever the collection).
    A document's row depends on its own counts only, whatever the others computed with it.

    :param vocabulary: stem → its key and IDF, filled as stems are met (shared by the calls of one fusion)"""
    vocabulary = {} if vocabulary is None else vocabulary
    keys, idfs, tfs, lengths = [], [], [], []
    for tf in counted:
        for word in tf:
            if word not in vocabulary:
                vocabulary[word] = (stem_key(word), idf(word))
            key, weight = vocabulary[word]
            keys.append(key)
            idfs.append(weight)
        tfs.extend(tf.values())
        lengths.append(len(tf))
    counts = np.array(tfs, dtype=np.int64)
    distinct, which = np.unique(counts, return_inverse=True)
    tf_weight = np.array([1 + math.log(c) for c in distinct.tolist()], dtype=np.float64)[which]
    weights = tf_weight * np.array(idfs, dtype=np.float64)
    squares = (weights * weights).tolist()
    keys_array = np.array(keys, dtype=np.int64)
    rows, end = [], 0
    for length in lengths:
        start, end = end, end + length
        norm = math.sqrt(sum(squares[start:end])) or 1.0
        order = np.argsort(keys_array[start:end], kind="stable")
        rows.append((keys_array[start:end][order], weights[start:end][order] / norm))
    return rows


class Stories:
    """Same-story tests between the documents of a collection.

    A document's vector weighs its stems by a background IDF (`STORY_DF`), not the collection's: a pair's answer
    depends on its two documents only (and on whether the collection is large enough to tell stories apart:
    `active`), so adding documents never changes an earlier answer, and only the vectors of the documents asked
    about are computed."""

    def __init__(self, texts: Mapping[str, str], stems: Mapping[str, Mapping[str, int]] | None = None,
                 words: Mapping[str, int] | None = None,
                 rows: Mapping[str, tuple[np.ndarray, np.ndarray] | None] | None = None):
        """:param stems: document id → its `content_stems` counted, where a fusion keeps them (`incremental.py`)
        :param words: document id → how many content words it holds (its stems' counts summed), where kept: `short`
            then reads no stems
        :param rows: document id → its `row` (`vector_rows`), where a fusion keeps it (None where it does not): not
            computed again"""
        self.active = len(texts) >= STORY_MIN_DOCUMENTS
        self.texts = texts
        self.stems = stems or {}
        self.kept_rows = rows or {}
        self.cache: dict[tuple[str, str], bool] = {}
        """(a, b) with a < b → whether they tell one story, as `similarity` answered it (here or in an earlier fusion:
        `read_answers`)."""
        self.close_cache: dict[tuple[tuple[str, int, int], tuple[str, int, int]], bool] = {}
        """(passage, passage) → `close`'s answer, as asked (the cosine sums in the order of its arguments' sizes)."""
        self.read: int = 0
        """How many of `cache`'s and `close_cache`'s answers an earlier fusion gave (`read_answers`)."""
        self.kept: Mapping | None = None
        """The answers `read_answers` read, where it read every one (each of their documents is one of this
        collection's, by one id): `kept_answers` then adds the new answers to them, not every answer sorted again."""
        self.computed: list[tuple[str, str]] = []
        self.computed_close: list[tuple[tuple[str, int, int], tuple[str, int, int]]] = []
        """The keys of `cache` and `close_cache` computed in this fusion, in the order asked."""
        self.passages: dict[tuple[str, int, int], dict[str, float]] = {}
        """(document, start, end) → its TF-IDF vector: event clustering and act joins ask of one passage many times."""
        self.rows: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        """Document → its vector: its stems' keys in order and their weights (`row`), computed as asked."""
        self.row_maps: dict[str, dict[int, float]] = {}
        self.vocabulary: dict[str, tuple[int, float]] = {}
        """Stem → its key and IDF, as rows are computed."""
        self.lengths: dict[str, int] = {d: n for d, n in (words or {}).items() if n is not None}
        self.block: tuple[dict[str, int], object] | None = None
        """The documents `prepare` answered for (document → row) and their same-story matrix."""

    def counts(self, doc: str) -> Mapping[str, int]:
        """A document's stems counted, in order of first occurrence: kept ones as they are."""
        kept = self.stems.get(doc)
        return kept if kept is not None else Counter(content_stems(self.texts.get(doc, "")))

    def short(self, doc: str) -> bool:
        """Too few content words to tell its story apart (`STORY_MIN_WORDS`): it tells any."""
        if doc not in self.lengths:
            self.lengths[doc] = sum(self.counts(doc).values())
        return self.lengths[doc] < STORY_MIN_WORDS

    def row(self, doc: str) -> tuple[np.ndarray, np.ndarray]:
        """A document's `vector` as arrays: its stems' keys (`stem_key`) in order, and their weights."""
        if doc not in self.rows:
            self.compute_rows([doc])
        return self.rows[doc]

    def compute_rows(self, docs: Iterable[str]) -> None:
        """The `row`s of some documents: kept ones as they are (`kept_rows`), the others computed (`vector_rows`)."""
        missing = [doc for doc in dict.fromkeys(docs) if doc not in self.rows]
        if not missing:
            return
        computed = []
        for doc in missing:
            kept = self.kept_rows.get(doc)
            if kept is None:
                computed.append(doc)
            else:
                self.rows[doc] = kept
        if computed:
            rows = vector_rows([self.counts(doc) for doc in computed], self.vocabulary)
            self.rows.update(zip(computed, rows, strict=True))

    def read_answers(self, kept: Mapping, hashes: Mapping[str, str | None]) -> None:
        """Take the same-story answers an earlier fusion computed (`kept_answers`) for documents of this collection:
        a pair's answer depends on its two texts only (a background IDF), so it holds in any later fusion of the
        same code. Documents are named by their content hashes: a document stored again with another text is
        asked again.

        :param hashes: document id → its content hash"""
        docs: dict[str, str] = {}
        for doc, content_hash in hashes.items():
            if content_hash and doc in self.texts:
                docs[content_hash] = doc if content_hash not in docs else ""  # one text under two ids: not read
        named = [docs.get(h) or None for h in kept.get("docs", [])]
        self.kept = kept if all(named) and not self.cache and not self.close_cache else None
        for answer, flat in ((True, kept.get("same", [])), (False, kept.get("apart", []))):
            for i in range(0, len(flat) - 1, 2):
                a, b = named[flat[i]], named[flat[i + 1]]
                if a and b:
                    self.cache[(a, b) if a < b else (b, a)] = answer
        for answer, flat in ((True, kept.get("close", [])), (False, kept.get("far", []))):
            for i in range(0, len(flat) - 5, 6):
                a, b = named[flat[i]], named[flat[i + 3]]
                if a and b:
                    self.close_cache[((a, flat[i + 1], flat[i + 2]), (b, flat[i + 4], flat[i + 5]))] = answer
        self.read = len(self.cache) + len(self.close_cache)

    def kept_answers(self, hashes: Mapping[str, str | None]) -> dict | None:
        """The same-story answers `similarity` gave in this fusion or an earlier one (`read_answers`), as a fusion
        keeps them: the documents' content hashes, and the pairs of places in that list that tell one story
        (`same`) and that do not (`apart`), and of `close`'s passages, (place, start, end) twice, that tell one thing
        (`close`) and that do not (`far`); None where this fusion computed none beyond those read."""
        if len(self.cache) + len(self.close_cache) == self.read:
            return None
        if self.kept is not None:  # the kept lists, then this fusion's answers, not every answer sorted again
            return self.flattened(self.kept, self.computed, self.computed_close, hashes)
        return self.flattened({}, sorted(self.cache), sorted(self.close_cache), hashes)

    def flattened(self, kept: Mapping, pairs: Iterable[tuple[str, str]],
                  close_pairs: Iterable[tuple[tuple[str, int, int], tuple[str, int, int]]],
                  hashes: Mapping[str, str | None]) -> dict:
        """`kept_answers`' row: `kept`'s lists (empty, or the row read where every kept answer was read) with the
        answers to `pairs` and `close_pairs` after them, the documents new to it after its own. A later fusion reads
        the same answers whether they come in the order asked after the kept ones or all sorted (`read_answers`), so a
        fusion that read them all adds the new ones at a cost of the new answers only."""
        docs = list(kept.get("docs", []))
        place = {h: n for n, h in enumerate(docs)}

        def at(content_hash: str) -> int:
            found = place.get(content_hash)
            if found is None:
                found = place[content_hash] = len(docs)
                docs.append(content_hash)
            return found

        flat: dict[bool, list[int]] = {True: list(kept.get("same", [])), False: list(kept.get("apart", []))}
        for a, b in pairs:
            if hashes.get(a) and hashes.get(b):
                flat[self.cache[(a, b)]] += [at(hashes[a]), at(hashes[b])]
        passages: dict[bool, list[int]] = {True: list(kept.get("close", [])), False: list(kept.get("far", []))}
        for a, b in close_pairs:
            if hashes.get(a[0]) and hashes.get(b[0]):
                passages[self.close_cache[(a, b)]] += [at(hashes[a[0]]), a[1], a[2], at(hashes[b[0]]), b[1], b[2]]
        return {"docs": docs, "same": flat[True], "apart": flat[False], "close": passages[True],
                "far": passages[False]}

    def vector(self, tf: Mapping[str, int]) -> dict[str, float]:
        vector = {w: (1 + math.log(c)) * idf(w) for w, c in tf.items()}  # 0 in every background text
        norm = math.sqrt(sum(x * x for x in vector.values())) or 1.0
        return {w: x / norm for w, x in vector.items()}

    def close(self, a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
        """Two passages (document, start, end) of two stories that still tell one thing: their words (TF-IDF
        over the background texts) have a cosine of at least `PASSAGE_SIMILARITY`."""
        if not self.active:
            return True
        found = self.close_cache.get((a, b))
        if found is None:
            found = self.close_cache[(a, b)] = cosine(self.passage_vector(*a), self.passage_vector(*b)) \
                >= PASSAGE_SIMILARITY
            self.computed_close.append((a, b))
        return found

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
        if not self.active or self.short(a) or self.short(b):
            return True
        if self.block and a in self.block[0] and b in self.block[0]:
            return bool(self.block[1][self.block[0][a], self.block[0][b]])
        key = (a, b) if a < b else (b, a)
        if key not in self.cache:
            known = a in self.texts and b in self.texts
            self.cache[key] = bool(known and self.similarity(a, b) >= STORY_SIMILARITY)
            self.computed.append(key)
        return self.cache[key]

    def near(self, a: str, b: str, threshold: float) -> bool:
        """Whether two documents tell one story closely: a cosine of at least `threshold` (above
        `STORY_SIMILARITY`: `clustering.NUMBER_STORY_SIMILARITY`). A document does with itself; every two do where
        stories are not told apart, and a short text with any (`same`)."""
        return self.near_pairs([(a, b)], threshold)[0]

    def near_pairs(self, pairs: list[tuple[str, str]], threshold: float) -> list[bool]:
        """`near` of each pair, their cosines computed at once: pair by pair for a few documents
        (`PAIRWISE_DOCUMENTS`), else from one matrix product over their rows (the same floats: `prepare`)."""
        if not self.active:
            return [True] * len(pairs)
        asked = sorted({(a, b) for a, b in pairs if a != b and not self.short(a) and not self.short(b)})
        docs = sorted({doc for pair in asked for doc in pair})
        if len(docs) <= PAIRWISE_DOCUMENTS:
            similar = {(a, b): self.similarity(a, b) >= threshold for a, b in asked}
        elif asked:
            index = {doc: i for i, doc in enumerate(docs)}
            sub = self.matrix(docs)
            product = (sub @ sub.T).tocsr()
            values = np.asarray(product[[index[a] for a, _ in asked], [index[b] for _, b in asked]]).ravel()
            similar = dict(zip(asked, (values >= threshold).tolist(), strict=True))
        return [similar.get(pair, True) for pair in pairs]  # the others: one document, or a short text

    def similarity(self, a: str, b: str) -> float:
        """Two documents' cosine: the products of their shared stems added one after the other in the order of their
        keys, the float a sparse matrix product gives (`prepare`: scipy's `csr_matmat` adds a row's products in its
        column order, the keys' order there)."""
        row_a, row_b = self.row_map(a), self.row_map(b)
        total = 0.0  # 0.0 + the first product is that product: the sum the product's loop makes
        for key in sorted(row_a.keys() & row_b.keys()):
            total += row_a[key] * row_b[key]
        return total

    def row_map(self, doc: str) -> dict[int, float]:
        """A document's `row` as a mapping of its stems' keys to their weights (pairs asked one by one)."""
        found = self.row_maps.get(doc)
        if found is None:
            keys, weights = self.row(doc)
            found = self.row_maps[doc] = dict(zip(keys.tolist(), weights.tolist(), strict=True))
        return found

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
        """Answer `same` for every pair of some documents (a block's) at once, from one matrix product over their
        stems' keys in order; the answers hold until the next `prepare`. A pair's answer is `similarity`'s: the
        product adds its shared stems' products in the keys' order, whatever the other rows.

        Up to `PAIRWISE_DOCUMENTS` documents, each pair is computed when asked instead (`PairAnswers`)."""
        self.block = None
        if not self.active:
            return
        ordered = sorted(d for d in set(docs) if d in self.texts)
        if len(ordered) < 2:
            return
        if len(ordered) <= PAIRWISE_DOCUMENTS:
            self.block = ({doc: i for i, doc in enumerate(ordered)}, PairAnswers(self, ordered))
            return
        sub = self.matrix(ordered)
        similar = ((sub @ sub.T) >= STORY_SIMILARITY).toarray()  # the same test, no dense matrix of floats
        for i, doc in enumerate(ordered):
            if self.short(doc):
                similar[i, :] = similar[:, i] = True
        self.block = ({doc: i for i, doc in enumerate(ordered)}, similar)


    def matrix(self, docs: list[str]) -> sparse.csr_matrix:
        """Some documents' vectors as the rows of a sparse matrix whose columns are their stems in the keys' order."""
        self.compute_rows(docs)
        rows = [self.rows[doc] for doc in docs]
        vocabulary = np.unique(np.concatenate([words for words, _ in rows]))
        indices = np.concatenate([np.searchsorted(vocabulary, words) for words, _ in rows])
        indptr = np.cumsum([0, *(len(words) for words, _ in rows)])
        return sparse.csr_matrix((np.concatenate([weights for _, weights in rows]), indices, indptr),
                                 shape=(len(rows), len(vocabulary)))


class PairAnswers:
    """`prepare`'s answers for a few documents, each pair computed as it is asked (`Stories.similarity`)."""

    def __init__(self, stories: Stories, ordered: list[str]):
        self.stories, self.ordered = stories, ordered

    def __getitem__(self, pair: tuple[int, int]) -> bool:
        a, b = (self.ordered[n] for n in pair)
        if self.stories.short(a) or self.stories.short(b):
            return True
        return self.stories.similarity(a, b) >= STORY_SIMILARITY


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())

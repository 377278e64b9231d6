"""What incremental fusion keeps per document and per block, so a build that adds documents redoes little.

A fusion reads some things of every document that depend on its text alone: its MinHash sketch (copy
detection, `sources.py`), its content-word stems (stories, `stories.py`), the credit lines naming where it
comes from (`sources.text_credits`) and its sentence offsets. `document_features` computes them once, when
a document is first fused; the store keeps them (`fusion_documents`) and later fusions read them instead
of the texts, into compact forms (the sketch one array, each stem one string shared by every document).
They are computed again whenever the code or lexicons computing them change (`features_version`).

A fusion also records every block it fused (`fused_blocks`): its name and signature (its items, the
sources and actor resolution of its documents, fusion's code), the number of facts it made, and every
same-story test its clustering asked with the answer (`Stories.trace`). Adding documents moves the
collection's IDF and so some same-story answers anywhere, but a block asks few of them; a later fusion
keeps a block's stored facts (or, where it made none, skips it) when its signature is the same and every
recorded test still answers the same (`Stories.holds`, on the documents the tests name only). Fusion is
deterministic given its items and those answers, so the facts equal a fusion from scratch
(`tests/test_fusion_incremental.py` checks exports of random batches against a build at once).

What an incremental fusion still costs: CPU seconds of each step when 20 BBC articles are added to the other
2,107, against a fusion of all 2,127 from scratch (`python benchmarks/fusion.py --db STORE --store-only
--steps`; one run on a shared machine under a load of about 8 on 2 cores, nested steps inside the step holding
them; the earlier run's figures in brackets):

    step                               full         +20          grows with
    read extractions                   0.37 (0.40)  0.31 (0.42)  N documents
    document features (read; computed) 2.03 (2.46)  0.16 (0.25)  N read, the k new computed
    resolve actors                     0.29 (0.51)  0.26 (0.55)  N
    collection (sources, stories, …)   0.32 (0.40)  0.32 (0.39)  N
      copy detection                   0.08 (0.10)  0.08 (0.09)  N (one array of sketches)
      story vectors                    0.10 (0.12)  0.10 (0.13)  N (the collection's IDF)
    blocks                             0.25 (0.31)  0.25 (0.30)  N (each record's block key)
    act joins (cluster and join)       0.88 (0.68)  0.86 (0.69)  N (every joinable event block)
    same-story matrices                0.19 (0.23)  0.16 (0.19)  kept blocks' recorded tests, touched blocks
    blocks fused again: numbers        1.21 (1.52)  0.79 (0.95)  the touched blocks' size
    blocks fused again: quotes         0.63 (0.84)  0.15 (0.18)  the touched blocks' size
    write (compare, changed rows)      0.55 (0.74)  0.27 (0.27)  N compared, changed rows written
    fusion in all                      7.15 (8.57)  3.96 (4.67)  (timed alone: 4.16 s against 7.08 s, 59%)

The full fusion's features (2.0 s) are computed by a build's worker processes beside extraction; the benchmark's
stores are copied without them. Against the fusion proper (about 5.1 s) an incremental one costs some 80%.

What touched blocks cost cannot shrink while their rules stay: 20 articles touch 140 blocks, among them the
largest (`quantity|percent`, 1,512 numbers of 501 documents; `year`, 1,187; the 2,581 quotes of `GBR`), and a
block's IDF (`clustering.py`: overlap scores weigh each stem by its rarity within the block) moves with every
item added, and so every pair's score; no earlier clustering of it gives the same result. Splitting a large
block by story does not help: the same-story graph of each of BBC's ten largest blocks is one connected component
(`stories.py`; short texts tell any story), and BBC articles carry no date to split by time window. This share
alone (about 1.0 s) is 14% of a full fusion: the 5% budget needs a rule whose scores do not move with the block
(an IDF that does not depend on the block, so that adding items adds pairs and re-clusters only the components
they reach), which changes facts. Such an IDF alone is not enough either: the clustering of a block splits exactly
into the connected parts of its pairs that reach the threshold and tell one story (numbers merge along such pairs
only), but those parts are giant; in BBC (block IDF as now, story tests as now) `quantity|percent` has 147 of
them, the largest holding 1,336 of its 1,512 numbers, `year` 858 of 1,187, `dollar` 524 of 905, and 20 added
articles reach every one of these. Re-clustering only what new items reach needs, besides a fixed IDF, a rule
under which a number links to far fewer others (a narrower link: the same figure and predicate, or a story
cluster kept per collection). Signatures are not what re-fuses them: of the blocks fused again when 20 BBC
articles are added, all but 9 (4 event, 4 number, 1 quote blocks; 0.05 s) hold one of the new documents (95
number blocks of 7,638 numbers: 0.78 s; 26 quote blocks of 3,041 quotes: 0.16 s).

The steps that grow with N (about 2.4 s) read and recompute the whole collection. Making each read only what the
new documents touch needs, in turn: block keys and actor resolution kept per document and re-derived only where a
new document's names can change them (resolution is not monotonic: a second `Biden` full name unlinks every
surname-only `Biden`), act joins kept per (type, act word) with the story tests each asked (a join of one word
depends on its clusters, their blocks' sides, the sides' names and aliases, and stories), story vectors kept with
the collection's document frequencies (every vector moves with N: a kept block's recorded tests need the rows of
the documents they name only), and the write comparing only the actors and facts a fusion may have changed
(comparing every stored row as text, not parsed, costs what parsing it does: measured). Measured and not worth
it: asking `acts.sides_fit` once per pair of blocks (30,055 of the 31,290 pairs of clusters a join compares are
of distinct pairs of blocks) and testing two clusters' kind of act before their sides (it fails for 32 pairs).
Keeping act joins per connected group of blocks (blocks sharing a type and act word: the joins of one group never
read another's) would not help either: BBC's 2,476 event blocks form 147 such groups, and the 14 groups 20 added
articles touch hold 2,117 of them; only a join kept per act word, with its clusters' story tests, would.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from hashlib import sha1
from pathlib import Path
from sys import intern

import numpy as np
from datasketch import MinHash

from storyline.fuse.lexical import content_stems, sentence_spans, shingles
from storyline.fuse.sources import MINHASH_PERMUTATIONS, Outlet, minhash_template, sketch_of, text_credits
from storyline.model import Document
from storyline.resources import RESOURCES

FUSE = Path(__file__).parent

FEATURES_VERSION = 2
"""Bumped whenever what `document_features` computes changes: stored features of another version are recomputed."""
FEATURES_CODE = ("incremental.py", "lexical.py", "sources.py")
FEATURES_LEXICONS = ("english_stopwords.yaml", "fusion.yaml", "organizations.yaml")
"""The code and lexicons features are computed with (`features_version`)."""


@cache
def features_version() -> str:
    """`FEATURES_VERSION` with a digest of the code and lexicons features are computed with: features kept by
    another version (a stopword added, a credit pattern changed) are computed again, never read stale."""
    digest = sha1()
    for path in [*(FUSE / name for name in FEATURES_CODE), *(RESOURCES / name for name in FEATURES_LEXICONS)]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{FEATURES_VERSION}:{digest.hexdigest()[:16]}"


@dataclass
class DocumentFeatures:
    """What fusion reads of one document's text."""

    sketch: Sequence[int] | None
    """MinHash hash values of the text's word shingles; None for a text without any."""
    stems: dict[str, int]
    """Content-word stem → count, in order of first occurrence (`stories.Stories`)."""
    credits: tuple[Outlet | None, tuple[Outlet, ...]]
    """The outlet the text credits as its origin, and its contributors (`sources.text_credits`)."""
    sentences: list[tuple[int, int]] | None = None
    """Sentence offsets (`lexical.sentence_spans`): fusion's sentences of a document read without its own."""

    def to_data(self) -> dict:
        origin, contributors = self.credits
        return {
            "version": features_version(),
            "sketch": None if self.sketch is None else [int(v) for v in self.sketch],
            "stems": self.stems,
            "origin": [origin.key, origin.name] if origin else None,
            "contributors": [[c.key, c.name] for c in contributors],
            "sentences": None if self.sentences is None else [list(span) for span in self.sentences],
        }

    @classmethod
    def from_data(cls, data: Mapping) -> DocumentFeatures | None:
        """The features stored as `data`, or None where another version of this code stored them."""
        if data.get("version") != features_version():
            return None
        origin = Outlet(*data["origin"]) if data.get("origin") else None
        sketch = data.get("sketch")
        # read into the forms that take least memory for the whole collection: the sketch as one array (not
        # 128 Python ints), each stem one string shared by every document that has it
        return cls(None if sketch is None else np.array(sketch, dtype=minhash_template().hashvalues.dtype),
                   {intern(stem): count for stem, count in data["stems"].items()},
                   (origin, tuple(Outlet(*c) for c in data.get("contributors", []))),
                   [(start, end) for start, end in data["sentences"]] if data.get("sentences") is not None else None)

    def minhash(self) -> MinHash | None:
        if self.sketch is None:
            return None
        template = minhash_template()
        return MinHash(num_perm=MINHASH_PERMUTATIONS, hashvalues=self.sketch, permutations=template.permutations,
                       scheme=template.scheme)


def document_features(document: Document) -> DocumentFeatures:
    """Sketch, stems, credits and sentences of a document's text, as `sources.py`, `stories.py` and
    `collection.py` compute them."""
    minhash = sketch_of(shingles(document.text))
    sketch = None if minhash is None else minhash.hashvalues.copy()
    stems = Counter(intern(s) for s in content_stems(document.text))
    return DocumentFeatures(sketch, dict(stems), text_credits(document.text), sentence_spans(document.text))


def features_data(document: Document) -> dict:
    """`document_features` as the store keeps them (`DocumentFeatures.to_data`): a build computes them where it
    extracts the document (its worker processes, `extract_documents(beside=)`) and stores them with it, so its
    fusion reads them instead of computing them on one core while the workers wait."""
    return document_features(document).to_data()

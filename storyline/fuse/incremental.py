"""What incremental fusion keeps per document and per block, so a build that adds documents redoes little.

A fusion reads some things of every document that depend on its text alone: its MinHash sketch (copy
detection, `sources.py`), its content-word stems (stories, `stories.py`), the credit lines naming where it
comes from (`sources.text_credits`) and its sentence offsets. `document_features` computes them once, when
a document is first fused; the store keeps them (`fusion_documents`) and later fusions read them instead
of the texts, into compact forms (the sketch one array, each stem one string shared by every document).
They are computed again whenever the code or lexicons computing them change (`features_version`).

A fusion also records every block it fused (`fused_blocks`): its name and signature (its items, the sources and
actor resolution of its documents, whether stories are told apart, fusion's code and lexicons) and the number of
facts it made. A same-story answer depends on its two documents only (`stories.py` weighs stems by a background
IDF, `resources/story_df.tsv`, not the collection's), so fusing a block of the same signature again would make the
same facts: a later fusion keeps them (or, where it made none, skips the block). Beside the blocks it keeps, in the
same table, what act joins (`acts.py`) made, each on a signature of what it read: the pairs of blocks of each act
word whose sides fit (`joinable|TYPE|word`, with each block's side signature: only pairs of a block new to the word
or whose sides changed are compared again), the clusters of every block whose acts may join (`clusters|BLOCK`),
the groups each act word formed (`act|TYPE|word`), and the facts of a block whose clusters joined another's (on its
clusters' members: `facts.joined_signature`). Fusion is deterministic given its items, so the facts equal a fusion
from scratch (`tests/test_fusion_incremental.py` checks exports of random batches against a build at once).

Quantity and quote blocks are kept part by part (`parts.py`). Where a collection tells several stories, whether two
numbers or two quotes link depends on the two alone (rule changes of this session: their words weighed by the
background IDF, not the block's; two numbers link only between documents telling one story closely,
`clustering.NUMBER_STORY_SIMILARITY`; a quote's common stems are common in the background texts; quote links are
visited in the stems' alphabetical order). A block's clusters never join two connected parts of its links, and a
part clustered alone gives the clusters the whole block gives it. So a touched block computes only the links of its
new items (a sparse product of their rows against the block's), joins them to the parts the last fusion found (its
`fused_blocks` row keeps the block's items, the words read of each, its parts of several items), and clusters and
fuses again only the parts whose items or documents changed; the others keep their facts (a fact's `block_hash` is
its part's signature). BBC: `quantity|percent`'s 1,512 numbers fall into parts of at most 486 (1,360 in one part
before the numbers' story link; 42 with a link at a cosine of 0.3, which split one story of the development
clusters built together), `year`'s 1,187 into parts of at most 58, `quote|GBR`'s 2,574 quotes into parts of at most
17.

What an incremental fusion still costs: CPU seconds of each step when 20 BBC articles are added to the other
2,107, against a fusion of all 2,127 from scratch (`python benchmarks/fusion.py --db STORE --store-only --steps`;
one run under a load of about 8-10 on 2 cores, so each figure some 10% high; nested steps inside the step holding
them; in brackets the run before this session's changes):

    step                               full         +20          grows with
    read extractions                   0.32 (0.33)  0.33 (0.32)  N documents
    document features (read; computed) 2.00 (2.02)  0.17 (0.16)  N read, the k new computed
    resolve actors                     0.28 (0.29)  0.29 (0.28)  N
    collection (sources, stories, …)   0.22 (0.22)  0.22 (0.21)  N
      copy detection                   0.08 (0.08)  0.08 (0.08)  N (one array of sketches)
    blocks                             0.26 (0.25)  0.25 (0.25)  N (each record's block key)
    act joins (cluster and join)       1.20 (1.19)  0.63 (0.60)  the act words and blocks the new documents reach
      event clusters                   0.31 (0.30)  0.15 (0.14)  touched event blocks (greedy: the whole block)
      act words' groups                0.63 (0.63)  0.38 (0.37)  act words whose clusters changed (greedy)
    same-story matrices                0.03 (0.36)  0.01 (0.30)  touched event blocks' and parts' documents
    numbers and quotes: links, parts   1.53 (-)     0.24 (-)     the touched blocks' new items (N-wide reads of
                                                                  each touched block's rows, words and parts)
    blocks fused: numbers (parts)      0.24 (1.22)  0.05 (0.76)  touched parts (before: touched blocks, whole)
    blocks fused: quotes (parts)       0.18 (0.65)  0.02 (0.15)  touched parts (before: touched blocks, whole)
    write (compare, changed rows)      0.58 (0.55)  0.18 (0.21)  N actors and links compared; facts kept as read
                                                                  are not (their ranks only)
    fusion in all                      7.32 (7.53)  2.67 (3.53)  (timed alone: CPU 2.66 s against 6.95 s, 38%;
                                                                  before 3.87 against 8.14 s, 48%)

The full fusion's features (2.0 s) are computed by a build's worker processes beside extraction; the benchmark's
stores are copied without them. Against the fusion proper (5.2 s) an incremental one costs some 51% (68% before).
With the numbers' story link at 0.15 (the table's run had 0.3), one quiet run: CPU 2.87 s against 7.72 s, 37%;
49% of the fusion proper (5.90 s).
Peak RSS of a build adding the 20 articles: 460 MiB against 461 MiB building them alone (1.00x).

Why the 5% budget stays out of reach (measured on BBC, 20 articles added):

- The steps that grow with N (about 1.45 s of 2.7: reading extractions and features, resolving actors, copy
  detection, sentences and signatures, block keys, the write's actors and links) read and recompute the whole
  collection. Making each read only what the new documents touch needs, in turn: block keys and actor resolution
  kept per document and re-derived only where a new document's names can change them (resolution is not monotonic:
  a second `Biden` full name unlinks every surname-only `Biden`), copy candidates from an LSH index kept in the
  store, the items of touched blocks read by index (a part's items, not every extraction), and the actors written
  by what changed. This is the largest share now, and no rule of clustering blocks it.
- Act joins (0.6 s) still redo whole act words and event blocks: both the clustering of a block (`cluster_events`)
  and the forming of an act word's groups (`join_acts`, most told clusters first, a cluster joining a group where it
  fits half of it) are greedy over an order that an added item changes. Groups are connected in the graph of
  clusters that fit (`sides_fit` and `one_act`), so an act word could be formed part by part as numbers are, but
  its parts by sides alone are giant (`ASSAULT|beat`: 162 of 170 blocks; any block naming one side only fits every
  other), and telling `one_act` of every pair of a word's clusters costs more than the greedy forming it would save;
  an order-free rule (groups as connected parts of pairwise links) would change ECB+'s act figures, untried.
- The numbers' and quotes' step still reads each touched block whole (its rows of words, the stems' weights, its
  parts and their signatures: 0.24 s): keeping each part's items and reading a touched block's by index would make
  it grow with the new items only.
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

"""What incremental fusion keeps per document and per block, so a build that adds documents redoes little.

A fusion reads some things of every document that depend on its text alone: its MinHash sketch (copy
detection, `sources.py`), its content-word stems (stories, `stories.py`) and the credit lines naming
where it comes from (`sources.text_credits`). `document_features` computes them once, when a document is
first fused; the store keeps them (`fusion_documents`) and later fusions read them instead of the texts.

A fusion also records every block it fused (`fused_blocks`): its name and signature (its items, the
sources and actor resolution of its documents, fusion's code), the number of facts it made, and every
same-story test its clustering asked with the answer (`Stories.trace`). Adding documents moves the
collection's IDF and so some same-story answers anywhere, but a block asks few of them; a later fusion
keeps a block's stored facts (or, where it made none, skips it) when its signature is the same and every
recorded test still answers the same (`Stories.holds`). Fusion is deterministic given its items and those
answers, so the facts equal a fusion from scratch (`tests/test_fusion_incremental.py` checks exports of
random batches against a build at once).

What still costs in proportion to the collection, and why (measured on 2,127 BBC articles):

- every document's records are read (events, quotes, numbers, local actors; not times, and mentions
  only counted), because actor resolution joins local actors over the whole collection (its rules
  hold only where a name is the only one of its kind) and blocking assigns partial events to the full
  block the collection tells most (`facts.attach_partials`, `attach_unasked`);
- the copy detector queries every kept sketch (MinHash LSH, no text read), the story vectors of every
  document are rebuilt from kept stems, and the actors, links and facts are compared with the stored
  ones to write only what changed;
- a block the new documents touch is clustered again whole: the largest (`percent`, `year`, the quotes
  of `GBR`) take most of an incremental fusion's time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from hashlib import sha1

from datasketch import MinHash

from storyline.fuse.lexical import content_stems, shingles
from storyline.fuse.sources import MINHASH_PERMUTATIONS, Outlet, text_credits
from storyline.model import Document

FEATURES_VERSION = 2
"""Bumped whenever what `document_features` computes changes: stored features of another version are recomputed."""


@dataclass
class DocumentFeatures:
    """What fusion reads of one document's text."""

    sketch: list[int] | None
    """MinHash hash values of the text's word shingles; None for a text without any."""
    stems: dict[str, int]
    """Content-word stem → count, in order of first occurrence (`stories.Stories`)."""
    credits: tuple[Outlet | None, tuple[Outlet, ...]]
    """The outlet the text credits as its origin, and its contributors (`sources.text_credits`)."""

    def to_data(self) -> dict:
        origin, contributors = self.credits
        return {
            "version": FEATURES_VERSION,
            "sketch": self.sketch,
            "stems": self.stems,
            "origin": [origin.key, origin.name] if origin else None,
            "contributors": [[c.key, c.name] for c in contributors],
        }

    @classmethod
    def from_data(cls, data: Mapping) -> DocumentFeatures | None:
        """The features stored as `data`, or None where another version of this code stored them."""
        if data.get("version") != FEATURES_VERSION:
            return None
        origin = Outlet(*data["origin"]) if data.get("origin") else None
        return cls(data.get("sketch"), dict(data["stems"]),
                   (origin, tuple(Outlet(*c) for c in data.get("contributors", []))))

    def minhash(self) -> MinHash | None:
        if self.sketch is None:
            return None
        template = minhash_template()
        return MinHash(num_perm=MINHASH_PERMUTATIONS, hashvalues=self.sketch, permutations=template.permutations,
                       scheme=template.scheme)


@cache
def minhash_template() -> MinHash:
    return MinHash(num_perm=MINHASH_PERMUTATIONS)


def sha1_hash32(data: bytes) -> int:
    """datasketch's default hash of a shingle (`datasketch.hashfunc.sha1_hash32`: the first 4 bytes of its SHA-1,
    little-endian), at half the cost."""
    return int.from_bytes(sha1(data).digest()[:4], "little")


def document_features(document: Document) -> DocumentFeatures:
    """Sketch, stems and credits of a document's text, as `sources.py` and `stories.py` compute them."""
    bag = shingles(document.text)
    sketch = None
    if bag:
        template = minhash_template()  # its permutations, not drawn again for every document
        minhash = MinHash(num_perm=MINHASH_PERMUTATIONS, hashfunc=sha1_hash32, permutations=template.permutations,
                          scheme=template.scheme)
        minhash.update_batch([s.encode() for s in bag])
        sketch = [int(v) for v in minhash.hashvalues]
    return DocumentFeatures(sketch, dict(Counter(content_stems(document.text))), text_credits(document.text))

"""What incremental fusion keeps per document and per block, so a build that adds documents reads the rest once.

A fusion reads some things of every document that depend on its text alone: its MinHash sketch (copy
detection, `sources.py`), its content-word stems (stories, `stories.py`) and the credit lines naming
where it comes from (`sources.text_credits`). `document_features` computes them once, when a document is
first fused; the store keeps them (`fusion_documents`) and later fusions read them instead of the texts.

A fusion also records every block it fused, by name and signature, with the number of facts it made
(`fused_blocks`): a block's signature digests everything its facts depend on, so a block fused before
with the same signature is not fused again, whether it made facts (kept from the stored facts) or none.

Both are caches of pure functions: a fusion with them gives the facts a fusion without them gives.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from datasketch import MinHash

from storyline.fuse.lexical import content_stems, shingles
from storyline.fuse.sources import MINHASH_PERMUTATIONS, Outlet, text_credits
from storyline.model import Document

FEATURES_VERSION = 1
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


def document_features(document: Document) -> DocumentFeatures:
    """Sketch, stems and credits of a document's text, as `sources.py` and `stories.py` compute them."""
    bag = shingles(document.text)
    sketch = None
    if bag:
        minhash = MinHash(num_perm=MINHASH_PERMUTATIONS)
        minhash.update_batch([s.encode() for s in bag])
        sketch = [int(v) for v in minhash.hashvalues]
    return DocumentFeatures(sketch, dict(Counter(content_stems(document.text))), text_credits(document.text))

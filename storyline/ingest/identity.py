"""One id per text, one text per id: which documents a build reads are new, and under which id.

A `Ledger` admits each Document that `read_inputs` makes, against the texts read earlier in the
same build and the texts already in the store:

- a text read earlier in this build is a `"duplicate"` Problem naming the document it repeats;
- a text the store already holds (from an earlier build) is a `"stored"` Problem naming its id;
- an id that already names another text (in the store, or earlier in this build) is never shared:
  an id storyline made (from the file's path, or from the text's hash) is qualified until it is free,
  first by the file's enclosing folders (`001.txt` → `business/001.txt` → `bbc/business/001.txt`), then
  by the text's hash (`001.txt~3fa2b1c09d4e`); an id the input gave itself (a JSON record's `id`) is
  kept as the user wrote it, so the second text is an `"error"` Problem naming both, and the first
  one is kept.

The same inputs built into the same store always get the same ids. The ledger holds only the texts
admitted and not yet stored (the pipeline's read-ahead) plus a 64-bit fingerprint per text of the
build, so memory stays bounded by the batch, not the build: the caller calls `settle` for each
admitted document once it is stored or dropped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from storyline.ingest.problems import Problem
from storyline.ingest.readers import Draft
from storyline.ingest.sources import Source
from storyline.model import Document

HASH_SUFFIX = 12
"""Hex digits of the content hash appended to an id that no folder qualifies."""


class StoredTexts(Protocol):
    """What the ledger asks the store: `Store` answers both."""

    def id_of_hash(self, content_hash: str) -> str | None:
        """The id of the stored document with this content hash, or None."""

    def hash_of_id(self, doc_id: str) -> str | None:
        """The content hash of the stored document with this id, or None."""


class NoStore:
    """An empty store, for reading inputs on their own."""

    def id_of_hash(self, content_hash: str) -> str | None:
        return None

    def hash_of_id(self, doc_id: str) -> str | None:
        return None


class Ledger:
    """Admits the documents of one build: each text once, each id for one text.

    :param stored: the store the build writes to (default: none)
    """

    def __init__(self, stored: StoredTexts | None = None) -> None:
        self.stored = stored or NoStore()
        self._fingerprints: set[int] = set()
        """64-bit prefixes of the content hashes admitted by this build."""
        self._id_of_hash: dict[str, str] = {}
        self._holder_of_id: dict[str, tuple[str, str]] = {}
        """Id → (content hash, where it was read), for the admitted documents not settled yet."""

    def admit(self, document: Document, draft: Draft, source: Source) -> Document | Problem:
        """The document (under a free id) if its text is new, else the Problem that says why not.

        :param document: a checked document, with the id its reader gave it
        :param draft: the draft it was made from (its place, whether its id was given)
        :param source: the file (or stdin) it was read from
        """
        path = source.shown
        content_hash = document.content_hash or ""
        if earlier := self._id_of_hash.get(content_hash):
            return draft.problem(path, f"duplicate of {earlier}", "duplicate")
        if stored := self.stored.id_of_hash(content_hash):
            if _fingerprint(content_hash) in self._fingerprints:
                return draft.problem(path, f"duplicate of {stored}", "duplicate")
            return draft.problem(path, f"already stored as {stored}", "stored")
        doc_id = self._free_id(document, draft, source)
        if isinstance(doc_id, Problem):
            return doc_id
        self._fingerprints.add(_fingerprint(content_hash))
        self._id_of_hash[content_hash] = doc_id
        self._holder_of_id[doc_id] = (content_hash, draft.place(path))
        return document if doc_id == document.id else document.model_copy(update={"id": doc_id})

    def settle(self, doc_id: str) -> None:
        """Forget an admitted document once the store holds it (or it was dropped).

        :param doc_id: the id of a document `admit` returned
        """
        held = self._holder_of_id.pop(doc_id, None)
        if held is not None:
            self._id_of_hash.pop(held[0], None)

    def _holder(self, doc_id: str) -> str | None:
        """Where the text that has this id was read, or None where the id is free."""
        if doc_id in self._holder_of_id:
            return self._holder_of_id[doc_id][1]
        if self.stored.hash_of_id(doc_id) is not None:
            return "a document already in the store"
        return None

    def _free_id(self, document: Document, draft: Draft, source: Source) -> str | Problem:
        holder = self._holder(document.id)
        if holder is None:
            return document.id
        if draft.id_given:
            return draft.problem(
                source.shown,
                f"id {document.id!r} already names another text ({holder}); that one is kept and this "
                "one skipped: give this record a distinct `id`",
            )
        for candidate in _qualified(document, source):
            if self._holder(candidate) is None:
                return candidate
        raise AssertionError("unreachable: the hash-qualified ids never run out")


def _fingerprint(content_hash: str) -> int:
    try:
        return int(content_hash[:16], 16)
    except ValueError:
        return hash(content_hash)


def _qualified(document: Document, source: Source) -> Iterator[str]:
    """Ids for a document whose id is taken: with its folders, then with more and more of its hash."""
    if source.path is not None and document.id == source.doc_id:
        parts = Path(document.id).parts
        folders = Path(os.path.abspath(source.path)).parts[: -len(parts)]
        for depth in range(1, len(folders)):
            yield "/".join(folders[-depth:] + parts)
    content_hash = document.content_hash or ""
    for size in range(HASH_SUFFIX, len(content_hash) + 1):
        yield f"{document.id}~{content_hash[:size]}"
    for number in range(2, 1_000_000):  # only without a content hash, which documents always have
        yield f"{document.id}~{number}"

"""Quotes left unread by a fusion (`Collection.unread_quotes`): read by document when a step asks them, and a
collection holding them freed as soon as fusion drops it (no reference cycle for the collector to find)."""

from __future__ import annotations

import gc
import weakref

from storyline.fuse.collection import Collection
from storyline.model import Document, Extraction, LocalActor, Quote


def quote(doc: str, n: int, speaker: str, start: int, end: int, text: str) -> Quote:
    return Quote(id=f"{doc}#quote{n}", doc=doc, speaker=speaker, start=start, end=end, text=text, direct=False)


TEXT = "The mayor said the bridge will reopen in May, but the council said repairs would take a year."


def stored() -> tuple[list[Extraction], dict[str, list[Quote]]]:
    """One document whose two statements the store keeps, and the records a reader hands back."""
    document = Document(id="a.txt", title="Bridge", text=TEXT)
    actors = [LocalActor(id="mayor", name="the mayor", kind="person"),
              LocalActor(id="council", name="the council", kind="organization")]
    quotes = [quote("a.txt", 1, "mayor", 0, len(TEXT) - 1, TEXT[:-1]),
              quote("a.txt", 2, "council", TEXT.index("the council"), len(TEXT) - 1,
                    TEXT[TEXT.index("the council"):-1])]
    return [Extraction(document=document, local_actors=actors)], {"a.txt": quotes}


def test_unread_quotes_are_read_by_document_when_asked_and_cut_to_their_speakers_words():
    extractions, records = stored()
    asked: list[list[str]] = []
    collection = Collection(extractions, {("a.txt", "mayor"): "mayor-1"}, [],
                            unread_quotes={"a.txt#quote1": ("a.txt", "mayor-1", "mayor-1"),
                                           "a.txt#quote2": ("a.txt", "council", "council")},
                            read_quotes=lambda docs: asked.append(docs) or records, stale_quotes=set())
    assert asked == [], "a document whose keys hold is not read with the collection"
    assert collection.standing_quotes["a.txt"] == [("a.txt#quote1", "mayor-1"), ("a.txt#quote2", "council")]
    first = collection.quotes["a.txt"][0]
    assert asked == [["a.txt"]]
    assert first.speaker == "mayor-1", "read with its canonical speaker"
    assert first.text.endswith("in May"), "cut before the second speaker's statement"
    collection.quotes.fetch(["a.txt"])
    assert asked == [["a.txt"]], "read once"


def test_a_collection_holding_unread_quotes_is_freed_without_the_collector():
    extractions, records = stored()
    collection = Collection(extractions, {}, [], unread_quotes={"a.txt#quote1": ("a.txt", "mayor", "mayor")},
                            read_quotes=lambda docs: records, stale_quotes=set())
    collection.quotes["a.txt"]
    collection.sources["a.txt"].cites()
    dropped = weakref.ref(collection)
    enabled = gc.isenabled()
    gc.disable()
    try:
        del collection
        assert dropped() is None, "no reference cycle keeps the collection (and every record it read) alive"
    finally:
        if enabled:
            gc.enable()

"""Quotes come out of the store in reading order: by document, then where each starts and ends, never by
their ids as text (`quote10` before `quote2`)."""

from __future__ import annotations

import hashlib

from storyline.model import Document, Extraction, LocalActor, Quote
from storyline.store import Store


def quote(doc: str, n: int, start: int, end: int) -> Quote:
    return Quote(id=f"{doc}#quote{n}", doc=doc, speaker="kirby", cue="said", text="x" * (end - start),
                 direct=False, start=start, end=end)


def extraction(doc: str, quotes: list[Quote]) -> Extraction:
    text = "x" * 200
    document = Document(id=doc, text=text, content_hash=hashlib.sha256((doc + text).encode()).hexdigest())
    return Extraction(document=document, local_actors=[LocalActor(id="kirby", name="Kirby", kind="person")],
                      quotes=quotes)


def test_quotes_are_read_by_document_then_position(db_url):
    store = Store(db_url)
    # twelve quotes of one document, extracted in text order, stored in any order
    a = [quote("a.txt", n, 10 * n, 10 * n + 5) for n in range(12)]
    # a quote starting where a longer one does, and one before both extracted last
    b = [quote("b.txt", 0, 50, 60), quote("b.txt", 1, 50, 90), quote("b.txt", 2, 0, 20)]
    store.add_extractions([extraction("b.txt", b[::-1]), extraction("a.txt", a[::-1])])
    store.replace_fusion([], {("a.txt", "kirby"): "john-kirby", ("b.txt", "kirby"): "john-kirby"}, [])
    got = [(q.doc, q.start, q.end) for q in store.quotes_where()]
    assert got == [("a.txt", 10 * n, 10 * n + 5) for n in range(12)] + [
        ("b.txt", 0, 20), ("b.txt", 50, 60), ("b.txt", 50, 90)]
    assert [q.id for q in store.quotes_where(doc="a.txt")][:3] == ["a.txt#quote0", "a.txt#quote1", "a.txt#quote2"]
    assert [q.start for q in store.quotes_where(speakers=["john-kirby"], doc="b.txt")] == [0, 50, 50]

"""Parts: where stories are told apart, a quantity block is fused part by part (the connected parts of its links),
and documents added to it re-fuse only the parts they reach; the facts equal a fusion from scratch."""

from __future__ import annotations

from storyline.fuse import facts as facts_module
from storyline.fuse import stories as stories_module
from storyline.fuse.facts import fuse_facts
from storyline.model import Document, Extraction, Quantity

TEXTS = {
    "a": "Officials said about 450 drones arrived by sea.",
    "b": "About 450 drones arrived by sea, the ministry said.",
    "c": "Engineers counted 30 drones grounded by frost in the northern hangars.",
    "d": "Frost grounded 30 drones in northern hangars, engineers counted.",
    "e": "In the northern hangars, frost grounded 35 drones, engineers counted.",
}
FIGURES = {"a": ("about 450 drones", 450), "b": ("About 450 drones", 450), "c": ("30 drones", 30),
           "d": ("30 drones", 30), "e": ("35 drones", 35)}


def extraction(doc: str) -> Extraction:
    text = TEXTS[doc]
    phrase, value = FIGURES[doc]
    start = text.index(phrase)
    document = Document(id=f"{doc}.txt", text=text, content_hash=doc * 8)
    return Extraction(document=document, quantities=[Quantity(
        id=f"{doc}.txt#qty0", doc=document.id, text=phrase, low=value, high=value, item="drone", start=start,
        end=start + len(phrase))])


def test_a_document_added_re_fuses_only_the_part_it_reaches(monkeypatch):
    monkeypatch.setattr(stories_module, "STORY_MIN_DOCUMENTS", 2)  # stories told apart (short texts tell any)
    fused: list[list[str]] = []
    real = dict(facts_module.FUSERS)
    monkeypatch.setattr(facts_module, "FUSERS", {
        kind: (lambda block, collection, kind=kind:
               fused.append([i.quantity.id for i in block.items]) or real[kind](block, collection))
        for kind in real})
    first = [extraction(d) for d in "abcd"]
    facts_module.RECENT_BLOCKS.clear()
    kept: dict = {}
    before = fuse_facts(first, {}, [], fused=kept)
    assert sorted(fused) == [["a.txt#qty0", "b.txt#qty0"], ["c.txt#qty0", "d.txt#qty0"]]  # two parts, two facts
    assert len(before) == 2
    fused.clear()
    facts_module.RECENT_BLOCKS.clear()
    after = fuse_facts([*first, extraction("e")], {}, [], previous=before, fused=kept)
    assert fused == [["c.txt#qty0", "d.txt#qty0", "e.txt#qty0"]]  # the frost part only, with the new figure
    facts_module.RECENT_BLOCKS.clear()
    fresh = fuse_facts([*first, extraction("e")], {}, [])
    assert [f.model_dump() for f in after] == [f.model_dump() for f in fresh]
    (frost,) = [f for f in after if "e.txt" in f.documents]
    assert frost.conflicts, "35 and 30 grounded drones answer one question"
    assert next(f for f in after if "a.txt" in f.documents) is next(f for f in before if "a.txt" in f.documents)

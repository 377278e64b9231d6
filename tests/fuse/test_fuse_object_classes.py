"""The events' object classes a fusion classes events by belong to that fusion (`Collection.object_classes`): two
stores fused in one process, whose kept classes differ, each get their own, and a store that keeps them does not
load the events lexicon."""

from __future__ import annotations

from pathlib import Path

from storyline import Storyline
from storyline.fuse import blocking
from storyline.fuse.collection import Collection, code_version, digest
from storyline.fuse.facts import CLASSES_MEMO, fuse_facts
from storyline.model import Document, Event, Extraction

CLASSES_KEY = (CLASSES_MEMO, digest((code_version(), CLASSES_MEMO)))


def delivery(doc_id: str, text: str, giver: str, taker: str, thing: str) -> Extraction:
    """One document telling that `giver` gave `taker` the thing (an AID event, told apart by its object)."""
    doc = Document(id=doc_id, text=text, outlet=f"outlet {doc_id}", published="2031-03-02", content_hash=doc_id)
    event = Event(id=f"{doc_id}#ev0", doc=doc_id, type="AID", source=giver, target=taker, object=thing,
                  trigger="delivered", start=0, end=len(text))
    return Extraction(document=doc, events=[event])


def story_of(path: Path, extractions: list[Extraction], kept: dict[str, str] | None = None) -> Storyline:
    """A store of the extractions, holding `kept` as the object classes an earlier fusion kept, where given."""
    story = Storyline(path)
    story.store.add_extractions(extractions)
    if kept is not None:
        story.store.replace_fusion([], {}, [], fused_blocks={CLASSES_KEY: (0, kept)})
    return story


def event_whys(story: Storyline) -> list[str]:
    return [fact["why"] for fact in story.to_dict()["facts"] if fact["kind"] == "event"]


def kept_classes(story: Storyline) -> list:
    return [data for (name, _), (_, data, *_) in story.store.fused_blocks().items() if name == CLASSES_MEMO]


def test_two_stores_fused_in_one_process_each_class_events_by_their_own(tmp_path):
    # a store whose kept classes call a drone a toy, fused first: its classes must not reach the other store
    toys = story_of(tmp_path / "toys.db", [
        delivery("m.txt", "Freedonia delivered twelve drones to Sylvania on a quiet Tuesday.", "FRE", "SYL", "drones"),
        delivery("n.txt", "Sylvania received drones that Freedonia delivered by lorry.", "FRE", "SYL", "drones"),
    ], kept={"drone": "toy"})
    plain = story_of(tmp_path / "plain.db", [
        delivery("p.txt", "Ruritania delivered forty drones to Graustark before the winter.", "RUR", "GRA", "drones"),
        delivery("q.txt", "Graustark said the drones Ruritania delivered had reached its border.", "RUR", "GRA",
                 "drones"),
    ])
    blocking.lexicon_object_classes.cache_clear()
    toys.fuse()
    assert blocking.lexicon_object_classes.cache_info().currsize == 0, "kept classes: the lexicon is not loaded"
    plain.fuse()  # keeps none: reads the lexicon
    assert event_whys(toys) and all("objects of one class: toy" in why for why in event_whys(toys))
    assert event_whys(plain) and all("objects of one class: weapon" in why for why in event_whys(plain))
    assert kept_classes(toys) == [{"drone": "toy"}], "the kept classes are kept as read"
    assert kept_classes(plain) == [blocking.lexicon_object_classes()], "those read of the lexicon are kept"

    # the other way round: a store fused after one whose classes were read of the lexicon keeps its own
    later = story_of(tmp_path / "later.db", [
        delivery("s.txt", "Elbonia delivered drones to Latveria, the harbour office noted.", "ELB", "LAT", "drones"),
        delivery("t.txt", "Latveria thanked Elbonia, which delivered drones at dawn.", "ELB", "LAT", "drones"),
    ], kept={"drone": "gift"})
    later.fuse()
    assert event_whys(later) and all("objects of one class: gift" in why for why in event_whys(later))


def test_a_fusion_that_asks_no_class_neither_loads_the_lexicon_nor_keeps_classes(tmp_path):
    meeting = Event(id="u.txt#ev0", doc="u.txt", type="CONSULT", source="FRE", target="SYL", trigger="met",
                    start=0, end=20)
    extraction = Extraction(document=Document(id="u.txt", text="Freedonia met Sylvania at the lake house."),
                            events=[meeting])
    blocking.lexicon_object_classes.cache_clear()
    fused: dict = {}
    fuse_facts([extraction], {}, [], fused=fused)
    assert blocking.lexicon_object_classes.cache_info().currsize == 0
    assert CLASSES_KEY not in fused


def test_a_collection_reads_the_lexicon_only_where_it_keeps_no_classes():
    blocking.lexicon_object_classes.cache_clear()
    kept = Collection([], {}, [], kept_classes={"drone": "toy"})
    assert kept.asked_classes is None, "asked only when an event is classed"
    assert kept.object_classes() == {"drone": "toy"}
    assert blocking.lexicon_object_classes.cache_info().currsize == 0
    assert Collection([], {}, []).object_classes()["drone"] == "weapon"

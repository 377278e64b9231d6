"""What tells two events of one type and dyad apart: the kind of act before what it touches, and a hyphenated
compound read as one word, not as its last part."""

from __future__ import annotations

from storyline.fuse.blocking import object_head
from storyline.fuse.facts import fuse_facts
from storyline.model import Actor, Document, Event, Extraction

ACTORS = [Actor(id=c, name=c, kind="country", country=c) for c in ("THA", "KHM", "CHN", "TWN")]


def report(doc_id: str, text: str, **event) -> Extraction:
    doc = Document(id=doc_id, text=text, content_hash=doc_id)
    return Extraction(document=doc, events=[Event(id=f"{doc_id}#ev0", doc=doc_id, start=0, end=len(text), **event)])


def event_facts(extractions: list[Extraction]) -> list[set[str]]:
    return [set(f.documents) for f in fuse_facts(extractions, {}, ACTORS) if f.kind == "event"]


def test_a_hyphenated_compound_is_one_word():
    assert object_head("live-fire") == "livefire"
    assert object_head("cease-fire") == "ceasefire"
    assert object_head("MQ-9 drones") == "drone"


def test_drills_called_live_fire_are_the_drills_other_reports_tell():
    drills = dict(type="MOBILIZE", source="CHN", target="TWN")
    facts = event_facts([
        report("a.txt", "China held live-fire drills around Taiwan.", trigger="drills", object="live-fire", **drills),
        report("b.txt", "China held drills around Taiwan, the ministry said.", trigger="drills", **drills),
    ])
    assert {"a.txt", "b.txt"} in facts


def test_halting_military_activities_is_the_ceasefire_a_withdrawal_is_not():
    retreat = dict(type="RETREAT", source="THA", target="KHM")
    halted = report("b.txt", "Thailand halted all military activities as agreed.", trigger="halted",
                    object="military activities", mode="ceasefire", **retreat)
    ceasefire = report("a.txt", "The ceasefire between Thailand and Cambodia held.", trigger="ceasefire",
                       mode="ceasefire", **retreat)
    assert {"a.txt", "b.txt"} in event_facts([ceasefire, halted])

    withdrew = report("c.txt", "Thailand withdrew its troops from the area.", trigger="withdrew", object="troops",
                      mode="withdraw", **retreat)
    assert not [docs for docs in event_facts([ceasefire, withdrew]) if {"a.txt", "c.txt"} <= docs]


def test_reports_of_an_act_on_one_named_person_are_one_act_whatever_the_verb():
    people = [*ACTORS, Actor(id="jane-horton", name="Jane Horton", kind="person")]
    assault = dict(type="ASSAULT", target="jane-horton")
    killed = report("a.txt", "Jane Horton was killed in Brooklyn on Saturday.", trigger="killed", **assault)
    shot = report("b.txt", "Jane Horton was shot in Brooklyn on Saturday, police said.", trigger="shot", **assault)
    facts = [set(f.documents) for f in fuse_facts([killed, shot], {}, people) if f.kind == "event"]
    assert {"a.txt", "b.txt"} in facts

    # a country named on one side only: two verbs may be two acts (`Ukraine was shelled` / `was invaded`)
    on_country = dict(type="ASSAULT", target="TWN")
    shelled = report("c.txt", "Taiwan was shelled on Saturday.", trigger="shelled", **on_country)
    struck = report("d.txt", "Taiwan was struck on Saturday, officials said.", trigger="struck", **on_country)
    assert not [f for f in fuse_facts([shelled, struck], {}, people) if f.kind == "event"]

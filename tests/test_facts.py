"""First-version fusion: same (type, source, target) → one fact; quantity conflicts; outlet counts."""

from __future__ import annotations

from storyline.fuse.conflicts import quantity_conflicts
from storyline.fuse.facts import fuse_facts
from storyline.model import Actor, Document, Event, Extraction, Quantity


def doc(doc_id: str, outlet: str | None, published: str | None = None) -> Document:
    """A document of its own words (identical texts would be copies of one another)."""
    return Document(id=doc_id, text=f"Report {doc_id}: " + " ".join(f"{doc_id}{n}" for n in range(40)),
                    outlet=outlet, published=published)


def aid(doc_id: str, n: int, source: str = "IRN", target: str = "RUS") -> Event:
    return Event(id=f"{doc_id}#ev{n}", doc=doc_id, type="AID", context=["military"], source=source,
                 target=target, object="drones", start=0, end=10)


def qty(doc_id: str, n: int, text: str, low, high) -> Quantity:
    return Quantity(id=f"{doc_id}#qty{n}", doc=doc_id, text=text, low=low, high=high, item="drone",
                    start=0, end=5)


ACTORS = [Actor(id="IRN", name="Iran", kind="country"), Actor(id="RUS", name="Russia", kind="country")]
LINKS = {(d, a): a for d in ("a", "b", "c") for a in ("IRN", "RUS")}


def test_same_dyad_across_documents_is_one_fact_counting_outlets():
    extractions = [
        Extraction(document=doc("a", "CNN", "2022-11-01"), events=[aid("a", 0), aid("a", 1)]),
        Extraction(document=doc("b", "cnn ", "2022-11-03"), events=[aid("b", 0)]),
        Extraction(document=doc("c", None), events=[aid("c", 0), aid("c", 1, "RUS", "IRN")]),
    ]
    facts = fuse_facts(extractions, LINKS, ACTORS)
    assert len(facts) == 1
    fact = facts[0]
    assert fact.summary == "Iran → Russia: AID (military): drones"
    assert fact.documents == ["a", "b", "c"]
    assert fact.independent_sources == 2  # CNN twice, plus one document without an outlet
    assert (fact.first_published, fact.last_published) == ("2022-11-01", "2022-11-03")
    assert fact.actors == ["IRN", "RUS"]


def test_event_told_by_one_document_is_not_a_fact():
    extractions = [Extraction(document=doc("a", "CNN"), events=[aid("a", 0), aid("a", 1)])]
    assert fuse_facts(extractions, LINKS, ACTORS) == []


def test_quantity_conflicts_are_incompatible_or_differ():
    about_450 = qty("a", 0, "about 450 drones", 450, 450)
    more_than_400 = qty("b", 0, "more than 400 UAVs", 400, None)
    thousands = qty("c", 0, "thousands of drones", 1000, 9999)
    same_again = qty("c", 1, "450 drones", 450, 450)
    conflicts = {(c.a, c.b): c.kind for c in quantity_conflicts([about_450, more_than_400, thousands, same_again])[0]}
    assert conflicts[("a#qty0", "b#qty0")] == "differs"
    assert conflicts[("a#qty0", "c#qty0")] == "incompatible"
    assert conflicts[("b#qty0", "c#qty0")] == "differs"
    assert ("a#qty0", "c#qty1") not in conflicts

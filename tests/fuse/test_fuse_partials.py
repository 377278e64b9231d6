"""A one-sided event attaches to a full block that several documents tell, not to a dyad one article names."""

from __future__ import annotations

from storyline.fuse.blocking import EventItem
from storyline.fuse.collection import Block
from storyline.fuse.facts import attach_partials
from storyline.model import Event


def item(doc: str, source: str | None, target: str | None, n: int = 0) -> EventItem:
    event = Event(id=f"{doc}#ev{n}", doc=doc, type="ASSAULT", source=source, target=target, trigger="killed",
                  start=0, end=30)
    return EventItem(event, source, target, source, target, None)


def full_blocks(*items: EventItem) -> dict[tuple, Block]:
    blocks: dict[tuple, Block] = {}
    for it in items:
        blocks.setdefault(it.block(), Block("event", it.block())).items.append(it)
    return blocks


def test_a_dyad_one_article_names_takes_no_one_sided_report_of_another():
    # one article's background line names whom police killed; another article says only that police killed
    blocks = full_blocks(item("a.txt", "police", "protesters"), item("a.txt", "police", "protesters", 1))
    lone = item("b.txt", "police", None)
    assert attach_partials(blocks, [lone]) == [lone]
    assert not blocks[("ASSAULT", "police", "protesters")].partials


def test_a_dyad_two_articles_tell_takes_it():
    blocks = full_blocks(item("a.txt", "police", "protesters"), item("c.txt", "police", "protesters"))
    lone = item("b.txt", "police", None)
    assert attach_partials(blocks, [lone]) == []
    assert blocks[("ASSAULT", "police", "protesters")].partials == [lone]


def test_of_several_dyads_the_most_told_takes_it():
    blocks = full_blocks(item("a.txt", "police", "protesters"), item("c.txt", "police", "protesters"),
                         item("d.txt", "police", "students"), item("e.txt", "police", "students"),
                         item("f.txt", "police", "students"))
    lone = item("b.txt", "police", None)
    attach_partials(blocks, [lone])
    assert blocks[("ASSAULT", "police", "students")].partials == [lone]
    assert not blocks[("ASSAULT", "police", "protesters")].partials

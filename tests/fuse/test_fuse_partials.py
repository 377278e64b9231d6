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


def test_a_whole_blocks_signature_is_made_once_and_holds_its_items_and_documents():
    class Asked(dict):
        """Documents' signatures, counting what is read of them."""

        reads = 0

        def __getitem__(self, doc):
            Asked.reads += 1
            return super().__getitem__(doc)

    class Stub:
        signatures = Asked({"a.txt": "sig-a", "c.txt": "sig-c"})

        class stories:
            active = True

    block = full_blocks(item("a.txt", "police", "protesters"), item("c.txt", "police", "protesters", 1))[
        ("ASSAULT", "police", "protesters")]
    first = block.signature(Stub())
    assert Asked.reads == 2
    # its kept clusters, its facts and its clusters joined with another block's ask it again: not made again
    assert block.signature(Stub()) == block.signature(Stub()) == first and Asked.reads == 2
    other = full_blocks(item("a.txt", "police", "protesters"), item("c.txt", "police", "protesters", 2))[
        ("ASSAULT", "police", "protesters")]
    assert other.signature(Stub()) != first, "another item, another signature"

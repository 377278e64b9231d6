"""Parts: a quantity or quote block split into the connected parts of its links, so that adding documents redoes
only the parts they reach.

Where a collection tells several stories, whether two numbers (`clustering.quantity_links`) or two quotes
(`clustering.quote_links`) link depends on the two alone: their words are weighed by a background IDF, two numbers
link only between documents telling one story closely, a quote's common stems are common in the background texts,
and links are visited in an order of their own (score, stem), whatever the block. A block's clusters never join
two parts, and a part clustered alone gives the clusters the whole block gives it; so a part keeps its facts where
its items and their documents did not change (`facts.fuse_parts`), and an incremental fusion computes only the links
of the items new to a block, joining them to the parts the last fusion found (kept in the block's `fused_blocks`
row: its items, what was read of each, its parts of several items, whether stories were told apart, the code).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from storyline.fuse.actors import UnionFind
from storyline.fuse.clustering import quantity_context, quantity_links, quote_links
from storyline.fuse.collection import Block, Collection, UnreadNumber, UnreadQuote, code_version, digest
from storyline.fuse.lexical import content_stems

PARTS = "parts"
"""Where a fusion keeps the facts each part of a block made: the block's data holds {PARTS: {part's signature:
facts made}, ...what `block_parts` read}, and its facts name their part's signature as their `block_hash`."""


def kept_parts(known: Mapping[tuple[str, str], tuple]) -> dict:
    """What an earlier fusion kept of the parts of blocks: (block name, part's signature) → facts made, and block
    name → what `block_parts` read of the block."""
    parts: dict = {}
    for (name, _), (_, data, *_) in known.items():
        if isinstance(data, dict) and PARTS in data:
            parts.update(((name, part), count) for part, count in data[PARTS].items())
            parts[name] = data
    return parts


def read_quantities(block: Block, collection: Collection) -> None:
    """Each number of a block with its sentence and the words around it (`quantity_context`)."""
    for item in block.items:
        q = item.quantity
        item.sentence = collection.sentence_of(q.doc, q.start, q.end)
        item.context = quantity_context(collection.documents[q.doc].text, q, item.sentence)


def read_block_numbers(block: Block, collection: Collection) -> None:
    """Put the records of a quantity block's numbers left unread (`Collection.unread_numbers`) in their places, for
    the block (or a part of it) to be read or fused again."""
    unread = [item for item in block.items if isinstance(item.quantity, UnreadNumber)]
    if unread:
        for item, record in zip(unread, collection.number_records(i.quantity.id for i in unread), strict=True):
            item.quantity = record


def block_parts(block: Block, collection: Collection, min_documents: int, earlier: Mapping | None = None
                ) -> tuple[list[Block], dict]:
    """The connected parts of a quantity or quote block's links told by at least `min_documents` documents, each a
    block of the same name holding its items (and their links, `Block.links`, where computed here), and what a
    later fusion reads of them (`earlier`).

    Given what an earlier fusion read of the block, where stories are told apart and every item it read is still
    there, read the same: only the links of the items new to the block are computed (a part is linked again only
    where it is clustered again)."""
    quantities = block.kind == "quantity"
    ids = [item.quantity.id if quantities else item.id for item in block.items]
    place = {item: n for n, item in enumerate(ids)}
    active = collection.stories.active
    reading: dict = {"items": ids, "active": active, "code": code_version()}
    usable = bool(earlier) and active and all(earlier.get(k) == reading[k] for k in ("active", "code")) \
        and all(item in place for item in earlier["items"])
    if quantities:
        if usable:  # the words around the numbers read before, as read then (the number and its text only)
            for item, context, (low, high) in zip(earlier["items"], earlier["read"], earlier["values"], strict=True):
                kept = block.items[place[item]]
                kept.context = set(context)
                if isinstance(kept.quantity, UnreadNumber):  # its figures as read then: its record is not read
                    kept.quantity.low, kept.quantity.high = low, high
            known = set(earlier["items"])
            new = Block(block.kind, block.key, [i for i in block.items if i.quantity.id not in known])
            read_block_numbers(new, collection)
            read_quantities(new, collection)
        else:
            read_block_numbers(block, collection)
            read_quantities(block, collection)
        reading["read"] = [sorted(item.context) for item in block.items]
        reading["values"] = [list(item.value) for item in block.items]

        def links_of(rows: Sequence[int] | None) -> list[tuple]:
            return quantity_links(block.items, collection.stories, rows)
    else:
        # a quote's words may change with its speakers' (`own_words`): its text is compared, and its stems read
        # again only where it changed (a quote's stems depend on its text alone). A quote left unread stands where
        # its key held, its document's links and speakers unchanged (`Collection.standing_quotes`): its words are
        # those read then, where this block's last fusion read them, else its record is read
        kept: dict[str, tuple[str, list[str]]] = {}
        if earlier and earlier.get("code") == reading["code"] and "texts" in earlier:
            kept = {item: (text, stems) for item, text, stems in zip(earlier["items"], earlier["texts"],
                                                                      earlier["read"], strict=True)}
        if any(isinstance(item, UnreadQuote) and item.id not in kept for item in block.items):
            collection.quote_records(block.items)
        reading["texts"] = [kept[item.id][0] if isinstance(item, UnreadQuote) else digest(item.text)
                            for item in block.items]
        read: list[list[str] | None] = [None] * len(ids)
        for item, (text, stems) in kept.items():
            n = place.get(item)
            if n is not None and reading["texts"][n] == text:
                read[n] = stems
        for n, quote in enumerate(block.items):
            if read[n] is None:  # its stems in order of first use: a set of them is built as `quote_bags` builds it
                read[n] = list(dict.fromkeys(content_stems(quote.text)))
        bags = [set(stems) for stems in read]
        reading["read"] = read
        usable = usable and all(reading["read"][place[item]] == bag
                                for item, bag in zip(earlier["items"], earlier["read"], strict=True))

        def links_of(rows: Sequence[int] | None) -> list[tuple]:
            return quote_links(bags, collection.stories, rows)
    return split(block, ids, links_of, earlier if usable else None, min_documents, reading)


def split(block: Block, ids: list[str], links_of: Callable[[Sequence[int] | None], list[tuple]],
          earlier: Mapping | None, min_documents: int, reading: dict) -> tuple[list[Block], dict]:
    """The block's parts, from all its links or (`earlier`) from the parts found then and the new items' links."""
    place = {item: n for n, item in enumerate(ids)}
    groups = UnionFind(range(len(ids)))
    if earlier is not None:
        for members in earlier["groups"]:
            for member in members[1:]:
                groups.union(place[members[0]], place[member])
        before = {place[item] for item in earlier["items"]}
        links = links_of([n for n in range(len(ids)) if n not in before])
    else:
        links = links_of(None)
    for *_, a, b in links:
        groups.union(a, b)
    members_of = [sorted(group) for group in groups.groups().values()]
    reading["groups"] = [[ids[n] for n in members] for members in members_of if len(members) > 1]
    parts: list[Block] = []
    where: dict[int, tuple[int, int]] = {}  # an item's part and its place in it
    for members in members_of:
        if len({Block.doc_of(block.items[n]) for n in members}) >= min_documents:
            where.update((n, (len(parts), k)) for k, n in enumerate(members))
            parts.append(Block(block.kind, block.key, [block.items[n] for n in members],
                               links=None if earlier is not None else []))
    if earlier is None:
        for *head, a, b in links:
            if a in where:
                (part, place_a), (_, place_b) = where[a], where[b]
                parts[part].links.append((*head, place_a, place_b))
    return parts, reading

"""Facts: the same event, number or statement told by several documents, merged into one.

`fuse_facts` builds blocks (`blocking.py`), clusters each block (`clustering.py`, within a story:
`stories.py`), joins clusters of different blocks that tell one act whose sides the reports name
differently (`acts.py`), and turns every cluster told by at least two documents into a `Fact`: members with their
evidence, documents, first and last publication date, a readable summary, why its members were merged
(`explain.py`), conflicts and updates (`conflicts.py`, `disputes.py`) and independent origins with the
chain behind each (`sources.py`). Then facts are linked across blocks: one measure in two units
(`units.py`), opposite sides named as starting one act (`blame.py`).

Blocks are independent of each other, so a block whose content did not change since the last
fusion keeps its facts (`Fact.block`, `Fact.block_hash`): adding documents re-fuses only the blocks
they touch. A block one of whose clusters joins another block's (`acts.py`) keeps its facts where its
clusters, with the members they took from other blocks, and their documents did not change (`joined_signature`).
"""

from __future__ import annotations

import json
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from storyline.fuse.accusations import accusing_statements, attach_statements, statements_why
from storyline.fuse.acts import act_word, join_acts, joinable, told_acts
from storyline.fuse.blame import blame_conflicts
from storyline.fuse.blocking import (
    EventItem,
    block_partial_keys,
    event_item,
    fusion_lexicon,
    item_key,
    object_head,
    quantity_block,
    quantity_question,
    quote_block,
)
from storyline.fuse.clustering import (
    EventCluster,
    QuantityItem,
    cluster_events,
    group_quantities,
    group_quotes,
    quantity_links,
    quote_bags,
    quote_links,
)
from storyline.fuse.collection import (
    Block,
    Collection,
    UnreadQuote,
    code_version,
    described,
    digest,
    stale_quote_documents,
)
from storyline.fuse.conflicts import event_conflicts, novelty_conflicts, quantity_conflicts, stance_conflicts
from storyline.fuse.disputes import dedupe, is_accusation, novel_quotes, relay_labels, reporting_quotes
from storyline.fuse.explain import ask, event_why, quantity_why, quote_why, reuse_note
from storyline.fuse.lexical import act_stem, inflect_engine, stem
from storyline.fuse.parts import PARTS, block_parts, kept_parts, read_block_numbers, read_quantities
from storyline.fuse.sources import Claim, count_origins
from storyline.fuse.stories import Stories
from storyline.fuse.units import link_units, unlinked
from storyline.model import Actor, Extraction, Fact, Quantity, Quote, record_order

if TYPE_CHECKING:
    from storyline.fuse.incremental import DocumentFeatures
    from storyline.fuse.kept_actors import LinkDelta

MIN_DOCUMENTS = 2
"""A fact is something several documents tell."""
RECENT_BLOCKS: OrderedDict[tuple[str, str], list[Fact]] = OrderedDict()
"""Blocks fused in this process (name, signature), with the facts each made, if any."""
RECENT_BLOCKS_KEPT = 200_000
STORY_MEMO = "stories"
"""The name under which a fusion keeps the same-story answers it computed (`Stories.kept_answers`), for later ones."""
COPY_MEMO = "copies"
"""The name under which a fusion keeps its copy detection's answers (`sources.find_copies`), for later ones."""
SIGNATURES_MEMO = "signatures"
"""The name under which a fusion keeps each document's signature (`Collection.signatures`) with its origin and what it
copies, and the actor resolution it was made under (`kept_actors.LinkDelta.made`): a later one reads those of the
documents whose actors, links and origin did not change (`Collection.kept_signatures`)."""
CLASSES_MEMO = "object_classes"
"""The name under which a fusion keeps the events' object classes it read of `events.yaml`
(`Collection.object_classes`), under fusion's code version (which digests the lexicon): a later one reads them, not
the lexicon."""


def fuse_facts(
    extractions: list[Extraction],
    links: dict[tuple[str, str], str],
    actors: Iterable[Actor],
    previous: Iterable[Fact] = (),
    features: Mapping[str, DocumentFeatures] | None = None,
    fused: dict[tuple[str, str], tuple[int, list]] | None = None,
    quantity_blocks: dict[str, str] | None = None,
    item_blocks: dict[str, dict[str, tuple[str, str]]] | None = None,
    unread_numbers: Mapping[str, str] | None = None,
    read_numbers: Callable[[list[str]], list[Quantity]] | None = None,
    link_delta: LinkDelta | None = None,
    unread_quotes: Mapping[str, tuple[str, str, str]] | None = None,
    read_quotes: Callable[[list[str]], Mapping[str, list[Quote]]] | None = None,
    quotes_keyed_under: str | None = None,
) -> list[Fact]:
    """Merge events, numbers and quotes across documents into facts, most independently corroborated first.

    Example: `facts = fuse_facts(extractions, links, actors)`

    :param extractions: every document of the collection with what was read out of it
    :param links: (document id, local actor id) → canonical actor id
    :param actors: the canonical actors, for levels (a person's country) and readable summaries
    :param previous: the facts of the last fusion: blocks fused before (`fused`) keep theirs
    :param features: document id → what an earlier fusion read of its text (`incremental.py`)
    :param fused: (block name, signature) → (facts made, []) of the blocks fused before: one of them keeps its
        facts from `previous` (or, having made none, is not fused again); on return it holds this fusion's
        blocks, the pairs of blocks of one act word whose sides fit (`acts.joinable`, named `joinable|TYPE|word`),
        the clusters of the blocks whose acts may join (`kept_clusters`, named `clusters|BLOCK`), the groups
        each act word formed (`acts.join_acts`, named `act|TYPE|word`) and the same-story answers computed in it
        or an earlier fusion (`Stories.kept_answers`, named `STORY_MEMO`)
    :param quantity_blocks: number id → the blocking key an earlier fusion read of it (`quantity_key`); on return,
        only the keys this fusion read (of the numbers whose key was not given)
    :param item_blocks: filled with `events`, `quotes` → item id → (blocking key, what it was keyed with), of every
        event and quote as this fusion keyed them (`blocks`), for the store to keep
    :param unread_numbers: number id → its document, of the numbers `extractions` leave out (their keys in
        `quantity_blocks`): a block of them whose signature an earlier fusion kept keeps its facts unread; one fused
        again reads them with `read_numbers` (id → record)
    :param link_delta: how `links` differ from those of the kept actor resolution the actors were resolved against
        (`kept_actors.LinkDelta`): the documents' signatures kept under that resolution are read where their links,
        actors and origin did not change (`SIGNATURES_MEMO`)
    :param unread_quotes: quote id → (its document, kept key, what it was keyed with), of the quotes `extractions`
        leave out (`Collection.unread_quotes`), keyed under the kept resolution named `quotes_keyed_under`: where
        `link_delta` was made against it, a quote whose key holds stands in its block unread, and a document's quotes
        are read (`read_quotes`: document ids → their quotes) where a block fused again or a step asks them
    """
    # whether a text copies another depends on the two texts only: an earlier fusion's answers are read, not computed
    copies_key = (COPY_MEMO, digest((code_version(), COPY_MEMO)))
    copied = (fused or {}).get(copies_key)
    classes_key = (CLASSES_MEMO, digest((code_version(), CLASSES_MEMO)))
    classes = (fused or {}).get(classes_key)
    # what `events.yaml` gives under this code: where kept, the lexicon is not loaded
    kept_classes = classes[1] if classes is not None and isinstance(classes[1], dict) else {}
    actors = list(actors)
    signatures_key = (SIGNATURES_MEMO, digest((code_version(), SIGNATURES_MEMO)))
    signed = (fused or {}).get(signatures_key)
    kept_signatures, resigned, described_then = {}, set(), None
    if (link_delta is not None and link_delta.kept is not None and signed is not None and isinstance(signed[1], dict)
            and signed[1].get("links") == link_delta.kept):
        described_then = signed[1]["actors"]
        kept_signatures, resigned = signed[1]["docs"], changed_documents(link_delta, actors, described_then)
    collection = Collection(extractions, links, actors, features or {}, quantity_blocks=quantity_blocks or {},
                            unread_numbers=unread_numbers or {}, read_numbers=read_numbers,
                            unread_quotes=unread_quotes or {}, read_quotes=read_quotes,
                            stale_quotes=stale_quote_documents(unread_quotes or {}, link_delta, quotes_keyed_under,
                                                               actors, links, described_then),
                            kept_copies=copied[1] if copied is not None and isinstance(copied[1], dict) else {},
                            kept_classes=kept_classes, kept_signatures=kept_signatures, resigned=resigned)
    known = dict(fused or {})
    made_now: dict[tuple[str, str], tuple[int, list]] = {}
    cached: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for fact in previous:
        if fact.block and fact.block_hash:
            cached[(fact.block, fact.block_hash)].append(fact)
    stories = collection.stories
    # a pair's same-story answer depends on its two texts only: an earlier fusion's are read, not computed again
    hashes = {doc: document.content_hash for doc, document in collection.documents.items()}
    answers_key = (STORY_MEMO, digest((code_version(), STORY_MEMO)))
    answered = known.get(answers_key)
    if answered is not None and isinstance(answered[1], dict):
        stories.read_answers(answered[1], hashes)
    facts: list[Fact] = []
    every = blocks(collection)
    parts: dict | None = None  # the parts of blocks kept (`parts.kept_parts`), once asked
    clustered, joined = joined_clusters(every, collection, known, made_now if fused is not None else None)
    keyed: list[tuple[Block, tuple[str, str]]] = []
    for block in every:
        if block.name in joined:  # it holds an act told in another block too: its clusters hold their members
            keyed.append((block, (block.name, joined_signature(block, clustered[block.name][1], collection))))
        elif len(block.documents()) >= MIN_DOCUMENTS:
            keyed.append((block, (block.name, block.signature(collection))))
    # the quotes of the event blocks' documents fused again (what disputes and citations read), read at once
    collection.quotes.fetch({doc for block, key in keyed if block.kind == "event" and key not in RECENT_BLOCKS
                             and kept_facts(key, known, cached) is None for doc in block.documents()})
    for block, key in keyed:
        kept = kept_facts(key, known, cached)
        if kept is not None:
            # the same items, documents and code made these facts: a pair's same-story answer depends on its two
            # documents only (`Stories`), so fusing the block again would make them again
            facts += kept
            made_now[key] = known[key]
            continue
        if block.kind in ("quantity", "quote"):
            if parts is None:
                parts = kept_parts(known)
            facts += fuse_parts(block, key, collection, parts, cached, made_now)
            continue
        if key not in RECENT_BLOCKS:
            if block.name in joined:
                made_facts = fuse_event_block(block, collection, clustered[block.name][1])
            else:
                stories.prepare(block.documents())  # the block's same-story answers, computed at once
                made_facts = FUSERS[block.kind](block, collection)
            for fact in made_facts:
                fact.block, fact.block_hash = key
            remember(key, made_facts)
        made_facts = RECENT_BLOCKS[key]
        facts += made_facts
        made_now[key] = (len(made_facts), [])
    if fused is not None:
        fused.clear()
        fused.update(made_now)
    facts = blame_conflicts(link_units(unlinked(facts), collection), collection)
    facts.sort(key=lambda f: (-f.independent_sources, -len(f.documents), f.summary, f.id))
    if quantity_blocks is not None:
        quantity_blocks.clear()
        quantity_blocks.update(collection.read_blocks)
    if item_blocks is not None:
        item_blocks.clear()
        item_blocks.update(collection.item_blocks)
    if fused is not None:
        answers = stories.kept_answers(hashes)
        if answers is not None:
            fused[answers_key] = (0, answers)
        elif answered is not None:
            fused[answers_key] = answered
        if collection.asked_copies:  # as read where they did not change (its row kept, not written again)
            same = copied is not None and copied[1] == collection.asked_copies
            fused[copies_key] = copied if same else (0, collection.asked_copies)
        signatures = {"links": link_delta.made if link_delta is not None else None, "docs": collection.signed,
                      "actors": {a.id: described(a) for a in actors if len(a.documents) > 1}}
        fused[signatures_key] = signed if signed is not None and signed[1] == signatures else (0, signatures)
        if kept_classes:  # as read (its row kept, not written again)
            fused[classes_key] = classes
        elif collection.asked_classes is not None:  # read from the lexicon now
            fused[classes_key] = (0, collection.asked_classes)
    return facts


def changed_documents(delta: LinkDelta, actors: list[Actor], kept: Mapping[str, list]) -> set[str]:
    """The documents whose signature (`Collection._signature`: its links and what it reads of the actors they name)
    may differ from the one kept under the actor resolution `delta` was made against: those of the links added or
    changed, and every document of an actor some of them name, now or before, whose name, kind or country may differ
    from those `kept` (actor id → `described`, of the actors of several documents then). An actor whose members did
    not change is the same actor (`fusion_rows.touched_actors`); one left without members had only changed links."""
    touched = {a for _, a in delta.added} | {a for _, a in delta.changed} | set(delta.was.values())
    docs = {key[0] for key, _ in delta.added} | {key[0] for key, _ in delta.changed}
    for actor in actors:
        if actor.id in touched and kept.get(actor.id) != described(actor):
            docs.update(actor.documents)
    return docs


def kept_facts(key: tuple[str, str], known: Mapping[tuple[str, str], tuple],
               cached: Mapping[tuple[str, str], list[Fact]]) -> list[Fact] | None:
    """The facts an earlier fusion made of a block of the same signature (or of each part of it: `PARTS`), where
    it kept them all; else None."""
    entry = known.get(key)
    if entry is None:
        return None
    made, data = entry[0], entry[1]
    if isinstance(data, dict) and PARTS in data:
        facts = []
        for part, count in data[PARTS].items():
            facts += cached.get((key[0], part), [])
            if count and len(cached.get((key[0], part), [])) != count:
                return None
        return facts
    return cached.get(key, []) if made == 0 or len(cached.get(key, [])) == made else None


def fuse_parts(block: Block, key: tuple[str, str], collection: Collection, earlier: Mapping,
               cached: Mapping[tuple[str, str], list[Fact]], made_now: dict[tuple[str, str], tuple]) -> list[Fact]:
    """The facts of a quantity or quote block whose items or documents changed, part by part (`parts.py`): a part
    of the same signature as one an earlier fusion kept (its items, their documents, the code: a part is clustered
    as the whole block would cluster it, whatever the other parts) keeps its facts; the others are clustered.

    :param earlier: what an earlier fusion kept of the parts of blocks (`parts.kept_parts`)"""
    facts: list[Fact] = []
    made: dict[str, int] = {}
    parts, reading = block_parts(block, collection, MIN_DOCUMENTS, earlier.get(block.name))
    signatures = [part.signature(collection) for part in parts]

    def kept_part(part_key: tuple[str, str]) -> bool:
        return part_key in earlier and len(cached.get(part_key, [])) == earlier[part_key]

    again = [part for part, signature in zip(parts, signatures, strict=True)
             if not kept_part((block.name, signature)) and (block.name, signature) not in RECENT_BLOCKS]
    # the quotes of the parts' documents fused again, read at once: those left unread of a quote block's parts, and
    # what the citations of their facts' claims read (`sources.DocumentSource.cites`)
    collection.quotes.fetch({Block.doc_of(item) for part in again for item in part.items})
    if block.kind == "quantity":  # the numbers left unread of the parts fused again, read at once
        read_block_numbers(Block(block.kind, block.key, [item for part in again for item in part.items]), collection)
    else:
        for part in again:
            collection.quote_records(part.items)
    for part, signature in zip(parts, signatures, strict=True):
        part_key = (block.name, signature)
        if kept_part(part_key):
            made_facts = cached.get(part_key, [])
        elif part_key in RECENT_BLOCKS:
            made_facts = RECENT_BLOCKS[part_key]
        else:
            collection.stories.prepare(part.documents())
            made_facts = FUSERS[part.kind](part, collection)
            for fact in made_facts:
                fact.block, fact.block_hash = part_key
            remember(part_key, made_facts)
        made[signature] = len(made_facts)
        facts += made_facts
    made_now[key] = (len(facts), {PARTS: made, **reading})
    return facts


def joined_clusters(every: list[Block], collection: Collection, kept: Mapping[tuple[str, str], tuple] | None = None,
                    made: dict[tuple[str, str], tuple] | None = None
                    ) -> tuple[dict[str, tuple[Block, list[EventCluster]]], set[str]]:
    """The clusters of the event blocks that may hold one act with another block, after joining them
    (`acts.py`), and the names of the blocks whose clusters the joining changed.

    :param kept: what an earlier fusion kept of each act word's groups (`join_acts`), among its fused blocks
    :param made: filled with this fusion's"""
    candidates = joinable([b for b in every if b.kind == "event"], collection, kept, made)
    clustered = {b.name: (b, kept_clusters(b, collection, kept, made)) for b in candidates}
    return clustered, join_acts(clustered, collection, kept, made)


CLUSTERS_MEMO = "clusters"
"""The first part of the name under which a fusion keeps the clusters of an event block it joins acts of."""


def kept_clusters(block: Block, collection: Collection, kept: Mapping[tuple[str, str], tuple] | None = None,
                  made: dict[tuple[str, str], tuple] | None = None) -> list[EventCluster]:
    """`event_clusters` of a block, or the clusters an earlier fusion made of a block of the same signature (its
    items, documents and code: the same-story answers its clustering asks depend on its documents only), made
    again by adding the same members in the same order.

    :param kept: (`clusters|BLOCK`, signature) → (clusters, {"clusters": [member ids, in order]}) of an earlier fusion
    :param made: filled with this fusion's, in the same form"""
    if made is None:
        return event_clusters(block, collection.stories)
    key = (f"{CLUSTERS_MEMO}|{block.name}", block.signature(collection))
    earlier = kept.get(key) if kept else None
    if earlier is not None and isinstance(earlier[1], dict):
        items = {item.id: item for item in [*block.items, *block.partials]}
        clusters = []
        for members in earlier[1]["clusters"]:
            clusters.append(EventCluster(stories=collection.stories))
            for member in members:
                clusters[-1].add(items[member])
    else:
        clusters = event_clusters(block, collection.stories)
        earlier = (len(clusters), {"clusters": [[item.id for item in cluster.items] for cluster in clusters]})
    made[key] = earlier
    return clusters


def joined_signature(block: Block, clusters: list[EventCluster], collection: Collection) -> str:
    """What the facts of a block whose clusters joined acts of other blocks are made from: the block (`signature`),
    its clusters' members in order (some from other blocks) and their documents (`Collection.signatures`)."""
    members = [[item.id for item in cluster.items] for cluster in clusters]
    docs = sorted({collection.signatures[item.doc] for cluster in clusters for item in cluster.items})
    return digest((block.signature(collection), members, docs))


def remember(key: tuple[str, str], facts: list[Fact]) -> None:
    RECENT_BLOCKS[key] = facts
    RECENT_BLOCKS.move_to_end(key)
    while len(RECENT_BLOCKS) > RECENT_BLOCKS_KEPT:
        RECENT_BLOCKS.popitem(last=False)


def blocks(collection: Collection) -> list[Block]:
    """Every event, quantity and quote block of the collection."""
    event_blocks: dict[tuple, Block] = {}
    partials: list[EventItem] = []
    quantity_blocks: dict[tuple, Block] = {}
    quote_blocks: dict[tuple, Block] = {}
    # each event's and quote's key with what it was keyed with, for the store (`Store.item_blocks`)
    keyed_events, keyed_quotes = collection.item_blocks["events"], collection.item_blocks["quotes"]
    unread = collection.unread_by_document()  # numbers whose key is kept: their records are read only where needed
    for ex in collection.extractions:
        doc = ex.document.id
        for event in ex.events:
            item = event_item(event, collection.resolve, collection.levels, collection.object_classes)
            keyed_events[event.id] = (item_key(item), json.dumps([item.source, item.target]))
            if item.bloc:
                partials.append(item)
            elif item.full:
                event_blocks.setdefault(item.block(), Block("event", item.block())).items.append(item)
            elif item.partial_keys():
                partials.append(item)
        counted_by = {e.quantity: e for e in ex.events if e.quantity}
        numbers: list = ex.quantities
        if doc in unread:  # numbers a fusion keyed already, among the others in the order the store keeps them
            numbers = sorted([*numbers, *unread[doc]], key=lambda q: record_order(q.id))
        for quantity in numbers:
            key, question = quantity_key(quantity, doc, ex.document.text, collection)
            if key:
                # the question's predicate (`displaced`) is what the numbers of its block share however worded
                event = counted_by.get(quantity.id)
                predicate = question or (stem(event.trigger) if event and event.trigger else None)
                quantity_blocks.setdefault(key, Block("quantity", key)).items.append(QuantityItem(
                    quantity, event.type if event else None, predicate))
        standing = collection.standing_quotes.get(doc)
        if standing is not None:  # quotes whose kept key holds: in their blocks by it, their records left unread
            for quote_id, side in standing:
                if side:
                    quote_blocks.setdefault((side,), Block("quote", (side,))).items.append(UnreadQuote(quote_id, doc))
            continue
        for quote in collection.quotes[doc]:
            side = quote_block(quote, lambda _doc, local: local, collection.levels)
            keyed_quotes[quote.id] = (side or "", quote.speaker or "")
            if side:
                quote_blocks.setdefault((side,), Block("quote", (side,))).items.append(quote)
    for item in attach_partials(event_blocks, partials):
        event_blocks.setdefault(item.block(), Block("event", item.block())).items.append(item)
    accusations = set(fusion_lexicon()["accusation_types"])
    if any(key[0] in accusations and key[1] and key[2] for key in event_blocks):
        statements = accusing_statements(collection, {(key[1], key[2]) for key in event_blocks
                                                      if key[0] in accusations and key[1] and key[2]})
        for key, block in event_blocks.items():
            if key[0] in accusations and key[1] and key[2]:
                block.statements = statements.get((key[1], key[2]), [])
    attach_unasked(quantity_blocks)
    return [*event_blocks.values(), *quantity_blocks.values(), *quote_blocks.values()]


def quantity_key(quantity: Quantity, doc: str, text: str, collection: Collection) -> tuple[tuple | None, str | None]:
    """A number's blocking key (`quantity_block`) and the question its words answer: as an earlier fusion read them
    (`Collection.quantity_blocks`: both depend on its document alone), else read from the words around it and kept
    (`Collection.read_blocks`)."""
    kept = collection.quantity_blocks.get(quantity.id)
    if kept is not None:
        key = kept_key(kept) if kept else None
        return key, key[2] if key and len(key) == 3 else None
    sentence = collection.sentence_of(doc, quantity.start, quantity.end)
    question = quantity_question(text, quantity, sentence)
    key = quantity_block(quantity, question)
    collection.read_blocks[quantity.id] = json.dumps(key, ensure_ascii=False, separators=(",", ":")) if key else ""
    return key, question


@lru_cache(maxsize=100_000)
def kept_key(kept: str) -> tuple:
    """A number's blocking key as the store keeps it (its JSON), read once per key: most numbers share one."""
    return tuple(json.loads(kept))


def attach_unasked(quantity_blocks: dict[tuple, Block]) -> None:
    """Numbers of an item whose question their words do not say (`some 300,000 people`) join the block of
    that item's one question, where the collection asks only one about it (`people displaced`): there is
    nothing else they can answer. Where it asks several (`killed`, `displaced`), they stay apart."""
    asked: dict[tuple, list[tuple]] = defaultdict(list)
    for key in quantity_blocks:
        if len(key) == 3:
            asked[key[:2]].append(key)
    for base, keys in asked.items():
        if len(keys) == 1 and base in quantity_blocks:
            quantity_blocks[keys[0]].items.extend(quantity_blocks.pop(base).items)


def attach_partials(event_blocks: dict[tuple, Block], partials: list[EventItem]) -> list[EventItem]:
    """Give each one-sided or bloc event to the one full block it fits that the collection tells most (the
    prominent dyad is the likeliest reading of `the US imposed sanctions`, and an event is one fact at
    most); a one-sided event, to a block told by at least `MIN_DOCUMENTS` documents only: a dyad one article
    names (`police officers killed black men`, a line of background) is no reading of what other articles
    tell of one side only (a bloc event names the other side's member: `Western sanctions on Russia` is the
    US act on Russia one article tells). Return those that fit none (they make blocks of their own: `Palin
    apologized`, told by three articles that never name to whom, is still one fact, and may join an act of
    another block: `acts.py`)."""
    accepting: dict[tuple, list[Block]] = defaultdict(list)
    for key, block in event_blocks.items():
        for partial_key in block_partial_keys(key):
            accepting[partial_key].append(block)
    unattached = []
    told = {key: told_by(block) for key, block in event_blocks.items()}  # full events only: partials change none
    # of each block, its partials by event id: an item equal to one it holds has the same event (its id too), so
    # only those of its id are compared, not the whole list
    given: dict[int, dict[str, list[EventItem]]] = {}
    for item in partials:
        candidates = [b for k in item.partial_keys() for b in accepting.get(k, [])
                      if item.fits(b.key) and (item.bloc or told[b.key] >= MIN_DOCUMENTS)]
        if not candidates:
            unattached.append(item)
            continue
        best = max(candidates, key=lambda b: (told[b.key], len(b.items), b.key))
        if (held := given.get(id(best))) is None:
            held = given[id(best)] = defaultdict(list)
            for partial in best.partials:
                held[partial.id].append(partial)
        same = held[item.id]
        if item not in same:
            same.append(item)
            best.partials.append(item)
    return unattached


def told_by(block: Block) -> int:
    """How many documents tell a block's full events."""
    return len({i.doc for i in block.items})


# ---- event facts


def fuse_event_block(block: Block, collection: Collection,
                     clusters: list[EventCluster] | None = None) -> list[Fact]:
    facts = []
    if clusters is None:
        clusters = event_clusters(block, collection.stories)
    statements = attach_statements(clusters, block.statements)
    for n, cluster in enumerate(clusters):
        if len({i.doc for i in cluster.items} | {q.doc for q in statements.get(n, [])}) >= MIN_DOCUMENTS:
            facts += event_facts(block, cluster, collection, statements.get(n, []))
    return facts


def event_clusters(block: Block, stories: Stories | None = None) -> list[EventCluster]:
    """Cluster the block's full events; a one-sided event joins the cluster it fits that names the event
    the same way (same trigger or same class of object), or the block's only cluster: it has half the
    evidence, so where there is a choice it needs more. A block of one-sided events only (no full block
    took them) clusters events of one trigger at a time, for the same reason; but acts on (or by) one named
    person are clustered together whatever their verb (`Horton was shot` / `the killing of Horton`): a person
    is no country that many acts of a type touch at once."""
    if not all(block.key[1:]):
        by_trigger: dict[str, list[EventItem]] = defaultdict(list)
        for item in block.items:
            by_trigger[f"person:{item.person}" if item.person else act_stem(item.event.trigger or "")].append(item)
        return [cluster for _, group in sorted(by_trigger.items()) for cluster in cluster_events(group, stories)]
    clusters = cluster_events(block.items, stories)
    for item in sorted(block.partials, key=lambda i: (i.doc, i.event.start, i.id)):
        fitting = [c for c in clusters if c.accepts(item) and (len(clusters) == 1 or any(c.affinity(item)[:2]))]
        if fitting:
            max(fitting, key=lambda c: c.affinity(item)).add(item)
    return clusters


def event_facts(block: Block, cluster: EventCluster, collection: Collection,
                statements: list[Quote] = ()) -> list[Fact]:
    """The event fact of a cluster, and where quotes dispute it, the disputed claim as a quote fact.

    :param statements: of an accusation, the accuser's quotes stating the accused's act (`accusations.py`)"""
    items = sorted(cluster.items, key=lambda i: (i.doc, i.event.start, i.id))
    full = [i for i in items if i.full] or items
    summary = event_summary(block, full, collection.names)
    claims = [Claim(i.doc, i.event.start, i.event.end, collection.text(i.doc, i.event.start, i.event.end))
              for i in items] + [quote_claim(q, collection) for q in statements]
    fact = make_fact("event", block.name, summary, [i.id for i in items] + [q.id for q in statements], claims,
                     collection, anchor=min(i.id for i in items) if statements else None)
    fact.actors = list(dict.fromkeys(a for i in full for a in (i.source, i.target) if a))
    acts = told_acts(items, collection)
    if len(acts) > 1:  # several acts of one incident (`shot`, `killed`, `wounded`): each its own event
        fact.acts = {act_word(group): [i.id for i in group] for group in acts}
    fact.why = event_why(block.key, items, collection.names) + acts_why(fact.acts) \
        + statements_why(list(statements), {i.doc for i in items}, collection.names) + reuse_note(fact)
    fact.conflicts = event_conflicts(items, collection.names, summary)
    facts = [fact]
    asserting, denying = reporting_quotes(items, collection)
    novel = novel_quotes(asserting)
    plain = [q for q in asserting if q not in novel]  # a first-time claim answers another question
    if plain and denying:
        quotes = list({q.id: q for q in [*plain, *denying]}.values())
        quote_claims = [quote_claim(q, collection) for q in quotes]
        disputed = make_fact("quote", block.name + "|disputed", f"Disputed: {summary}", [q.id for q in quotes],
                             quote_claims, collection, anchor=fact.id)
        disputed.actors = list(dict.fromkeys(q.speaker for q in quotes if q.speaker))
        disputed.conflicts = ask(stance_conflicts(plain, denying, collection.names,
                                                  "{b} rejects what {a} accuses" if is_accusation(items) else
                                                  "{a} asserts what {b} denies", relay_labels(plain, collection)),
                                 f"Did it happen: {summary}?")
        disputed.why = (f"{len(plain)} statements reporting the event and {len(denying)} denying it, "
                        f"in the documents of {fact.id}" + reuse_note(disputed))
        facts.append(disputed)
    if novel:
        heads = {h for i in items if (h := object_head(i.event.object))}
        earlier = [q for q in asserting if q not in novel]
        conflicts = novelty_conflicts(novel, earlier, heads, collection.names)
        if conflicts:
            quotes = dedupe([q for c in conflicts for q in (*novel, *earlier) if q.id in (c.a, c.b)])
            claimed = make_fact("quote", block.name + "|novelty", f"First time? {summary}", [q.id for q in quotes],
                                [quote_claim(q, collection) for q in quotes], collection, anchor=fact.id)
            claimed.conflicts = ask(conflicts, f"Is it the first time: {summary}?")
            claimed.why = f"a statement calling it a first against reports of it before, in the documents of {fact.id}"
            facts.append(claimed)
    return facts


def acts_why(acts: dict[str, list[str]]) -> str:
    """`; 3 acts told apart: shot (4 reports), killed (3), wounded (2)`, where a fact holds several."""
    if not acts:
        return ""
    told = [f"{word or 'unworded'} ({len(members)}{' reports' if n == 0 else ''})"
            for n, (word, members) in enumerate(acts.items())]
    return f"; {len(acts)} acts told apart: " + ", ".join(told)


def event_summary(block: Block, items: list[EventItem], names: dict[str, str]) -> str:
    """`Iran → Russia: AID (military): drones`; `↔` for a symmetric type; `Sarah Palin: CONCEDE` where no
    member names the other side; a date where two members agree on it."""
    event_type, a, b = block.key
    side_a = most_common([x for i in items for x, lvl in ((i.source, i.source_level), (i.target, i.target_level))
                          if x and lvl == a]) or a
    side_b = most_common([x for i in items for x, lvl in ((i.source, i.source_level), (i.target, i.target_level))
                          if x and lvl == b and x != side_a]) or b
    arrow = "↔" if items[0].symmetric else "→"
    named = [names.get(side, side) for side in (side_a, side_b) if side]
    only_target = not a and not items[0].symmetric
    summary = f"{arrow + ' ' if only_target else ''}{f' {arrow} '.join(named)}: {event_type}"
    contexts = sorted({c for i in items for c in i.event.context})
    if contexts:
        summary += f" ({', '.join(contexts)})"
    objects = [i.event.object for i in items if i.event.object]
    if objects:
        summary += f": {most_common(objects, str.lower)}"
    # a closed interval: the sentence dates it (`on Friday`), not merely the publication bounding it
    dated = Counter(i.event.when.text for i in items if i.event.when and i.event.when.start and i.event.when.end)
    if dated and dated.most_common(1)[0][1] >= MIN_DOCUMENTS:
        summary += f", {dated.most_common(1)[0][0]}"
    return summary


# ---- quantity facts


def fuse_quantity_block(block: Block, collection: Collection) -> list[Fact]:
    """The facts of a quantity block, or of one part of it with its links (`parts.block_parts`)."""
    links = block.links
    if links is None:
        read_quantities(block, collection)
        links = quantity_links(block.items, collection.stories)
    facts = []
    for group in group_quantities(block.items, links, collection.stories):
        members: list[Quantity] = sorted((i.quantity for i in group), key=lambda q: (q.doc, q.start))
        if len({q.doc for q in members}) < MIN_DOCUMENTS:
            continue
        sentences = {i.quantity.id: i.sentence for i in group}
        claims = [Claim(q.doc, q.start, q.end, collection.text(q.doc, *sentences[q.id])) for q in members]
        fact = make_fact("quantity", block.name, quantity_summary(block, members), [q.id for q in members],
                         claims, collection)
        item, unit, *question = block.key
        fact.question = " ".join([item, *question]) + (f" ({unit})" if unit else "")
        fact.why = quantity_why(block.key, members, [i.context for i in group], [c.text for c in claims]) \
            + reuse_note(fact)
        published = {q.id: collection.documents[q.doc].published for q in members if q.doc in collection.documents}
        conflicts, updates = quantity_conflicts(members, published, cumulative=bool(question))
        fact.conflicts = ask(conflicts, f"How many {fact.question}?")
        fact.updates = ask(updates, f"How many {fact.question}?")
        facts.append(fact)
    return facts


def quantity_summary(block: Block, members: list[Quantity]) -> str:
    """`How many drones: about 450 drones, more than 400 UAVs`; `How many people killed: …`; `Deal, in USD: …`.

    A count or a measure whose unit is its item (`five days`, `800 km`) asks how many; an amount of
    money, a rate or a share names its item and unit (`Deal, in USD`, `Inflation, in percent`).
    """
    item, unit, *question = block.key
    answers = list(dict.fromkeys(m.text for m in sorted(members, key=lambda m: (m.low or 0, m.high or 0, m.text))))
    if unit and (unit.isupper() or "/" in unit or unit in VALUE_UNITS):
        asked = " ".join([(item or "amount").capitalize(), *question]) + f", in {unit}"
    else:
        asked = "How many " + " ".join([plural_noun(item or unit or "item"), *question])
    return f"{asked}: " + ", ".join(answers[:4])


VALUE_UNITS = ("percent", "percentage point", "fraction")
"""Units that are no thing counted: their facts name the item and the unit."""


@cache
def plural_noun(lemma: str) -> str:
    """`drone` → `drones`, `person` → `people`: counted items are lemmas, questions read them as plurals."""
    return inflect_engine().plural_noun(lemma) or lemma


# ---- quote facts


def fuse_quote_block(block: Block, collection: Collection) -> list[Fact]:
    """The facts of a quote block, or of one part of it with its links (`parts.block_parts`)."""
    facts = []
    side = block.key[0]
    visits = block.links if block.links is not None else quote_links(quote_bags(block.items), collection.stories)
    for group in group_quotes(block.items, visits, collection.stories):
        if len({q.doc for q in group}) < MIN_DOCUMENTS:
            continue
        group = sorted(group, key=lambda q: (q.doc, q.start))
        text = min((q.text for q in group), key=len)
        speakers = [collection.names.get(s, s) for s in dict.fromkeys(q.speaker for q in group if q.speaker)]
        who = collection.names.get(side, side)
        if speakers != [who]:
            who += f" ({', '.join(s for s in speakers if s != who)})" if len(speakers) > 1 or speakers[0] != who \
                else ""
        summary = f"{who}: “{text[:140]}{'…' if len(text) > 140 else ''}”"
        fact = make_fact("quote", block.name, summary, [q.id for q in group],
                         [quote_claim(q, collection) for q in group], collection)
        fact.actors = list(dict.fromkeys(q.speaker for q in group if q.speaker)) or [side]
        fact.why = quote_why(group, collection.names) + reuse_note(fact)
        facts.append(fact)
    return facts


FUSERS: dict[str, Callable[[Block, Collection], list[Fact]]] = {
    "event": fuse_event_block,
    "quantity": fuse_quantity_block,
    "quote": fuse_quote_block,
}


# ---- shared


def make_fact(kind: str, block: str, summary: str, members: list[str], claims: list[Claim],
              collection: Collection, anchor: str | None = None) -> Fact:
    """A fact with its documents, dates and independent origins.

    :param anchor: what the id stands on, where not the smallest member (a dispute: its event cluster's)
    """
    docs = sorted({c.doc for c in claims})
    dates = sorted(d for d in (collection.documents[x].published for x in docs if x in collection.documents) if d)
    count, origins = count_origins(claims, collection.sources, collection.documents)
    return Fact(
        id="fact-" + digest((kind, block, anchor or min(members)))[:12],
        kind=kind,
        summary=summary,
        members=members,
        documents=docs,
        independent_sources=count,
        origins=origins,
        circular=len(docs) >= MIN_DOCUMENTS and count == 1,
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
    )


def most_common(values: list[str], key: Callable[[str], str] = str) -> str | None:
    """The most frequent value (by `key`), the first seen among equals."""
    if not values:
        return None
    counts = Counter(key(v) for v in values)
    best = max(counts.values())
    return next(v for v in values if counts[key(v)] == best)


def quote_claim(quote: Quote, collection: Collection) -> Claim:
    """A quote as a claim: its span, and its whole sentence for reuse checks (the quoted words alone are
    the same in every faithful report; the framing around them is what a copy repeats)."""
    sentence = collection.sentence_of(quote.doc, quote.start, quote.end)
    return Claim(quote.doc, quote.start, quote.end, collection.text(quote.doc, min(sentence[0], quote.start),
                                                                     max(sentence[1], quote.end)))

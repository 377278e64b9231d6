"""Facts: the same event or number told by several documents, merged into one, with conflicts.

First version: events with the same (type, source, target) become one fact; quantities of the
same item become one fact, with a conflict for every pair of members that give different answers
(`incompatible` where their intervals cannot both hold, `differs` where they overlap but differ).
`independent_sources` counts distinct outlets (a document without an outlet counts on its own).
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import combinations

from storyline.model import Actor, Conflict, Document, Event, Extraction, Fact, Quantity

MIN_DOCUMENTS = 2
"""A fact is something several documents tell."""


def fuse_facts(
    extractions: list[Extraction], links: dict[tuple[str, str], str], actors: Iterable[Actor]
) -> list[Fact]:
    """Merge events and quantities across documents into facts, most corroborated first.

    Example: `facts = fuse_facts(extractions, links, actors)`

    :param extractions: every document of the collection with what was read out of it
    :param links: (document id, local actor id) → canonical actor id
    :param actors: the canonical actors, for readable summaries
    """
    names = {a.id: a.name for a in actors}
    documents = {ex.document.id: ex.document for ex in extractions}

    def canonical(doc: str, local: str | None) -> str | None:
        return links.get((doc, local), local) if local else None

    event_groups: dict[tuple, list[Event]] = defaultdict(list)
    for ex in extractions:
        for event in ex.events:
            source, target = canonical(event.doc, event.source), canonical(event.doc, event.target)
            if source or target:
                event_groups[(event.type, source, target)].append(event)
    quantity_groups: dict[tuple, list[Quantity]] = defaultdict(list)
    for ex in extractions:
        for quantity in ex.quantities:
            if quantity.item:
                quantity_groups[(quantity.item, quantity.unit)].append(quantity)

    facts = [
        event_fact(key, members, documents, names)
        for key, members in event_groups.items()
        if len({m.doc for m in members}) >= MIN_DOCUMENTS
    ]
    facts += [
        quantity_fact(key, members, documents)
        for key, members in quantity_groups.items()
        if len({m.doc for m in members}) >= MIN_DOCUMENTS
    ]
    facts.sort(key=lambda f: (-f.independent_sources, -len(f.documents), f.summary))
    return facts


def event_fact(
    key: tuple, members: list[Event], documents: dict[str, Document], names: dict[str, str]
) -> Fact:
    event_type, source, target = key
    contexts = sorted({c for m in members for c in m.context})
    objects = [m.object for m in members if m.object]
    summary = f"{names.get(source, source or '?')} → {names.get(target, target or '?')}: {event_type}"
    if contexts:
        summary += f" ({', '.join(contexts)})"
    if objects:
        summary += f": {most_common(objects)}"
    fact = make_fact("event", key, summary, [m.id for m in members], [m.doc for m in members], documents)
    fact.actors = [a for a in (source, target) if a]
    return fact


def quantity_fact(key: tuple, members: list[Quantity], documents: dict[str, Document]) -> Fact:
    item, unit = key
    summary = f"How many {item}{' (' + unit + ')' if unit else ''}: " + ", ".join(
        sorted({m.text for m in members})[:4]
    )
    fact = make_fact("quantity", key, summary, [m.id for m in members], [m.doc for m in members], documents)
    fact.conflicts = quantity_conflicts(members)
    return fact


def make_fact(
    kind: str,
    key: tuple,
    summary: str,
    member_ids: list[str],
    member_docs: list[str],
    documents: dict[str, Document],
) -> Fact:
    docs = sorted(set(member_docs))
    dates = sorted(d for d in (documents[x].published for x in docs if x in documents) if d)
    return Fact(
        id="fact-" + hashlib.sha1(repr((kind, key)).encode()).hexdigest()[:12],
        kind=kind,
        summary=summary,
        members=member_ids,
        documents=docs,
        independent_sources=count_outlets(docs, documents),
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
    )


def count_outlets(docs: list[str], documents: dict[str, Document]) -> int:
    """Distinct outlets; a document with no outlet counts as its own."""
    return len({(documents[d].outlet or "").strip().lower() or f"doc:{d}" for d in docs if d in documents})


def interval(q: Quantity) -> tuple[float, float]:
    low = q.low if q.low is not None else -math.inf
    high = q.high if q.high is not None else math.inf
    return low, high


def quantity_conflicts(members: list[Quantity]) -> list[Conflict]:
    """Every pair of members that answer with different figures."""
    conflicts = []
    for a, b in combinations(members, 2):
        (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
        if (a_low, a_high) == (b_low, b_high):
            continue
        if a_high < b_low or b_high < a_low:
            kind, why = "incompatible", f"{a.text!r} and {b.text!r} cannot both be true"
        else:
            kind, why = "differs", f"{a.text!r} and {b.text!r} overlap but differ"
        conflicts.append(Conflict(a=a.id, b=b.id, why=why, kind=kind))
    return conflicts


def most_common(values: list[str], key: Callable[[str], str] = str.lower) -> str:
    counts: dict[str, int] = defaultdict(int)
    for v in values:
        counts[key(v)] += 1
    best = max(counts, key=lambda k: counts[k])
    return next(v for v in values if key(v) == best)

"""Who did it: reports that name different actors for one act (`the Thai army says Cambodia fired first`,
`Cambodia says Thai troops opened fire`).

Events of one type in opposite directions are two blocks (`ASSAULT KHM THA`, `ASSAULT THA KHM`), so each
direction keeps its fact: in a clash both sides often act. Where both facts have members whose sentences
say who *started* it (`initiation_cues` of `fusion.yaml`: `fired first`, `opened fire`, `provoked`), the
documents disagree on who did the act at issue: each fact gets an `actor` conflict.
"""

from __future__ import annotations

import re
from functools import cache

from storyline.fuse.blocking import fusion_lexicon
from storyline.fuse.collection import Collection
from storyline.model import Conflict, Event, Fact


@cache
def initiation_patterns() -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE) for p in fusion_lexicon().get("initiation_cues", [])]


def blame_conflicts(facts: list[Fact], collection: Collection) -> list[Fact]:
    """The facts, with an `actor` conflict between the facts of an act told in both directions where each
    direction has a report saying that side started it."""
    types = set(fusion_lexicon().get("source_denies_types", [])) | set(fusion_lexicon().get("accusation_types", []))
    events = {e.id: e for evs in collection.events.values() for e in evs}
    directed: dict[tuple[str, str, str], int] = {}
    for n, fact in enumerate(facts):
        parts = (fact.block or "").split("|")
        if fact.kind == "event" and len(parts) == 4 and parts[1] in types and parts[2] and parts[3]:
            directed.setdefault((parts[1], parts[2], parts[3]), n)
    out = list(facts)
    for (kind, a, b), n in directed.items():
        m = directed.get((kind, b, a))
        if m is None or a > b:
            continue
        first = initiating(out[n], events, collection)
        second = initiating(out[m], events, collection)
        if not (first and second):
            continue
        names = collection.names
        conflict = Conflict(
            a=first.id, b=second.id, kind="actor",
            question=f"Who started it: {kind} between {names.get(a, a)} and {names.get(b, b)}?",
            why=f"{first.doc} says {names.get(a, a)} started it; {second.doc} says {names.get(b, b)} did")
        for i in (n, m):
            out[i] = out[i].model_copy(deep=True)
            out[i].conflicts.append(conflict)
    return out


def initiating(fact: Fact, events: dict[str, Event], collection: Collection) -> Event | None:
    """The first member of a fact whose sentence says its doer started it."""
    for member in fact.members:
        event = events.get(member)
        if event and any(p.search(collection.text(event.doc, event.start, event.end)) for p in initiation_patterns()):
            return event
    return None

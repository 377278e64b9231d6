"""Explanations an analyst can check: why a fact's members were merged, and which question two sources answer
differently.

A fact's `why` names what its members share (type and dyad, object class, wording, dates; the item and
question of a number; the words of a statement) and how many of its documents repeat another's origin. A
conflict's `question` is the question its two members answer differently (`How many people killed?`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from storyline.fuse.blocking import EventItem
from storyline.fuse.lexical import content_stems, stem, words
from storyline.model import Conflict, Fact, Quantity, Quote

SHOWN = 4
"""Words or wordings listed in an explanation."""


def event_why(key: tuple, items: Sequence[EventItem], names: dict[str, str]) -> str:
    """`5 reports in 4 documents of ASSAULT by Russia against Ukraine (actors at country level); objects of one
    class: weapon; worded: strike, attack; dated: Thursday, 4 August (within 7 days of each other)`."""
    event_type, a, b = key
    docs = len({i.doc for i in items})
    symmetric = bool(items) and items[0].symmetric
    if a and b:
        dyad = f"between {names.get(a, a)} and {names.get(b, b)}" if symmetric else \
            f"by {names.get(a, a)} against {names.get(b, b)}"
    else:
        dyad = f"{'by' if a else 'against'} {names.get(a or b, a or b)} (the other side unnamed)"
    parts = [f"{len(items)} reports in {docs} documents of {event_type} {dyad} (actors at country level)"]
    partial = sum(1 for i in items if not i.full)
    if partial and a and b:
        parts.append(f"{partial} naming one side only, attached to the dyad the collection tells most")
    differently = [i for i in items if i.full and (
        {i.source_level, i.target_level} != {a, b} if symmetric else (i.source_level, i.target_level) != (a, b))]
    if differently:
        named = sorted({names.get(x, x) for i in differently for x in (i.source, i.target)
                        if x and levels_of(i, x) not in (a, b)})
        parts.append(f"{len(differently)} naming a side differently" + (f" ({', '.join(named)})" if named else "")
                     + ": the same act in the same word, in one story and week")
    classes = sorted({i.object_class for i in items if i.object_class})
    if classes:
        parts.append("objects of one class: " + ", ".join(classes))
    wordings = Counter((i.event.trigger or "").lower() for i in items if i.event.trigger)
    if wordings:
        parts.append("worded: " + ", ".join(w for w, _ in wordings.most_common(SHOWN)))
    dated = Counter(i.event.when.text for i in items if i.event.when and i.event.when.start and i.event.when.end)
    if dated:
        parts.append("dated: " + ", ".join(w for w, _ in dated.most_common(SHOWN)) + " (within 7 days of each other)")
    return "; ".join(parts)


def levels_of(item: EventItem, actor: str) -> str | None:
    """The level at which an item names the actor (its source's or its target's)."""
    return item.source_level if actor == item.source else item.target_level


def by_count(counts: Counter) -> list[tuple[str, int]]:
    """Most common first, ties in alphabetical order: words counted from sets come in an order that
    depends on the process's hash seed, and an explanation must read the same in every build."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def surface(stems: Iterable[str], texts: Iterable[str]) -> list[str]:
    """The words of the texts the stems stand for, first seen first (`displac` → `displaced`)."""
    wanted = list(stems)
    seen: dict[str, str] = {}
    for text in texts:
        for word in words(text):
            seen.setdefault(stem(word), word)
    return [seen.get(s, s) for s in wanted]


def quantity_why(key: tuple, members: Sequence[Quantity], contexts: Iterable[set[str]],
                 texts: Iterable[str] = ()) -> str:
    """`3 figures in 3 documents for how many person killed; shared words around them: clash, border`."""
    item, unit, *question = key
    asked = " ".join([item, *question]) + (f" ({unit})" if unit else "")
    docs = len({m.doc for m in members})
    parts = [f"{len(members)} figures in {docs} documents for how many {asked}"]
    if question:
        parts.append(f"each next to a word saying they were {question[0]}")
    figures = Counter((m.low, m.high) for m in members)
    same = [n for n in figures.values() if n > 1]
    if same:
        parts.append(f"the same figure given {max(same)} times")
    shared = Counter(w for bag in contexts for w in bag)
    common = [w for w, n in by_count(shared) if n > 1][:SHOWN]
    if common:
        parts.append("shared words around them: " + ", ".join(surface(common, texts)))
    return "; ".join(parts)


def quote_why(quotes: Sequence[Quote], names: dict[str, str]) -> str:
    """`3 statements in 3 documents by Thailand, Winthai Suvaree sharing the words: violation, trust, undermine`."""
    speakers = list(dict.fromkeys(names.get(q.speaker or "", q.speaker_text or q.speaker or "?") for q in quotes))
    docs = len({q.doc for q in quotes})
    shared = Counter(s for q in quotes for s in set(content_stems(q.text)))
    common = [w for w, n in by_count(shared) if n > 1][:SHOWN + 2]
    why = f"{len(quotes)} statements in {docs} documents by {', '.join(speakers[:SHOWN])}"
    return why + (" sharing the words: " + ", ".join(surface(common, (q.text for q in quotes))) if common else "")


def reuse_note(fact: Fact) -> str:
    """`; 2 of 6 documents repeat an origin another one has (counted once)`, or nothing."""
    repeated = len(fact.documents) - fact.independent_sources
    if repeated <= 0:
        return ""
    return f"; {repeated} of {len(fact.documents)} documents repeat an origin another one has (counted once)"


def ask(conflicts: list[Conflict], question: str) -> list[Conflict]:
    """Give every conflict that has none the question its two members answer differently."""
    for conflict in conflicts:
        if not conflict.question:
            conflict.question = question
    return conflicts

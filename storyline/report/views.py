"""What the dossier derives from an export before rendering: ranked facts, conflicts, groups.

Templates stay plain loops; every ordering and count an analyst relies on is computed here, once,
so the dossier and the web explorer rank and count the same way.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from storyline.fuse.timeline import event_interval, order_by_time
from storyline.model import Conflict, Export, Fact, Quote

from .anchors import anchor_id
from .lookup import Lookup


@dataclass
class Member:
    """One quote, event or quantity a fact merges, resolved for display."""

    id: str
    text: str
    doc: str
    doc_label: str
    href: str | None


@dataclass
class ConflictView:
    """A conflict between two members of a fact, with both sides resolved."""

    fact: FactView
    conflict: Conflict
    a: Member
    b: Member
    anchor: str


@dataclass
class FactView:
    """A fact with its members resolved and its corroboration spelled out."""

    fact: Fact
    anchor: str
    members: list[Member]
    conflicts: list[ConflictView] = field(default_factory=list)

    @property
    def conflict_badges(self) -> list[tuple[str, int, str]]:
        """`(kind, count, anchor of the first)` per kind of conflict: one badge each, not one per pair."""
        badges: dict[str, list] = {}
        for c in self.conflicts:
            kind = c.conflict.kind or "disagree"
            badges.setdefault(kind, [kind, 0, c.anchor])[1] += 1
        return [tuple(b) for b in badges.values()]

    @property
    def circular(self) -> bool:
        """More articles than independent sources: some only repeat another's source."""
        return len(self.fact.documents) > self.fact.independent_sources


def _member(lk: Lookup, kind: str, item_id: str) -> Member:
    """Resolve one member id of a fact of `kind`."""
    item = lk.item(kind, item_id)
    doc = item.doc if item else ""
    return Member(
        item_id, lk.item_text(kind, item), doc, lk.doc_label(doc) if doc else "", lk.href(kind, item)
    )


def rank_facts(export: Export, lk: Lookup) -> list[FactView]:
    """Facts most corroborated first: independent sources, then articles, then members.

    Ranking by independent sources rather than article count keeps a story that five outlets
    copied from one wire report below one that three outlets confirmed on their own.
    """
    facts = sorted(
        export.facts, key=lambda f: (-f.independent_sources, -len(f.documents), -len(f.members), f.id)
    )
    views = []
    for fact in facts:
        view = FactView(fact, anchor_id("fact", fact.id), [_member(lk, fact.kind, m) for m in fact.members])
        view.conflicts = [
            ConflictView(
                view,
                c,
                _member(lk, fact.kind, c.a),
                _member(lk, fact.kind, c.b),
                anchor_id("conflict", f"{fact.id}/{i}"),
            )
            for i, c in enumerate(fact.conflicts)
        ]
        views.append(view)
    return views


@dataclass
class ConflictGroup:
    """The conflicts of one kind (`incompatible`, `stance`, `date` …) across all facts."""

    kind: str
    conflicts: list[ConflictView]


CONFLICT_KIND_ORDER = ("incompatible", "stance", "actor", "date", "differs")


def conflict_groups(facts: list[FactView]) -> list[ConflictGroup]:
    """Conflicts grouped by kind, the kinds that cannot both be true first, each group in fact order."""
    groups: dict[str, list[ConflictView]] = defaultdict(list)
    for fact in facts:
        for c in fact.conflicts:
            groups[c.conflict.kind or "disagree"].append(c)

    def order(kind: str) -> tuple[int, str]:
        return (CONFLICT_KIND_ORDER.index(kind) if kind in CONFLICT_KIND_ORDER else len(CONFLICT_KIND_ORDER), kind)

    return [ConflictGroup(kind, groups[kind]) for kind in sorted(groups, key=order)]


@dataclass
class ChronologyRow:
    """One dated event in the chronology: its days, how the text put it, and its evidence."""

    days: str
    when: str
    event: Member


def chronology(export: Export, lk: Lookup) -> list[ChronologyRow]:
    """The dated events in time order (`fuse.timeline.order_by_time`), for reading the story as it unfolded."""
    rows = []
    for event in order_by_time(e for e in export.events if e.when and event_interval(e)):
        first, last = event_interval(event)  # type: ignore[misc]
        days = first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"
        rows.append(ChronologyRow(days, event.when.text if event.when else "", _member(lk, "event", event.id)))
    return rows


def counts(export: Export, lk: Lookup | None = None) -> dict[str, int]:
    """The header's numbers, in the order they are shown (outlets from metadata, else credit lines)."""
    lk = lk or Lookup(export)
    return {
        "documents": len(export.documents),
        "outlets": len({o for d in export.documents if (o := lk.outlet(d.id))}),
        "actors": len(export.actors),
        "quotes": len(export.quotes),
        "events": len(export.events),
        "quantities": len(export.quantities),
        "facts": len(export.facts),
        "conflicts": sum(len(f.conflicts) for f in export.facts),
    }


def date_range(export: Export) -> tuple[str, str] | None:
    """First and last publication date, or None when no document has one."""
    dates = sorted(d.published for d in export.documents if d.published)
    return (dates[0], dates[-1]) if dates else None


def story_title(export: Export) -> str:
    """A title when none is given: the three most mentioned actors, else the commonest headline."""
    actors = sorted(export.actors, key=lambda a: (-a.mentions, -len(a.documents), a.name))[:3]
    if actors:
        return " · ".join(a.name for a in actors)
    titles = Counter(d.title for d in export.documents if d.title).most_common(1)
    return titles[0][0] if titles else "Storyline dossier"


def quotes_by_speaker(export: Export, lk: Lookup) -> list[tuple[str, str | None, list[Quote]]]:
    """``(speaker name, actor id, quotes)``, most quoted speaker first, unattributed last. A piece of a quotation
    that a quote of the same quotation spans whole (`"A," she said. "B."`: the quote `A … B` and the piece `B`) is
    shown once, in the whole."""
    groups: dict[str | None, list[Quote]] = defaultdict(list)
    spanned = spanned_pieces(export.quotes)
    for q in export.quotes:
        if q.id not in spanned:
            groups[q.speaker].append(q)
    order = sorted(groups, key=lambda s: (s is None, -len(groups[s]), lk.name(s)))
    return [(lk.name(s) if s else "Unattributed", s, groups[s]) for s in order]


def spanned_pieces(quotes: list[Quote]) -> set[str]:
    """The ids of quotes that a quote linked to them by `continues` spans with more (the whole of their quotation)."""
    by_id = {q.id: q for q in quotes}
    out = set()
    for q in quotes:
        p = by_id.get(q.continues or "")
        if p is None or p.doc != q.doc:
            continue
        for inner, outer in ((q, p), (p, q)):
            if outer.start <= inner.start and inner.end <= outer.end and (outer.start, outer.end) != (
                    inner.start, inner.end):
                out.add(inner.id)
    return out


def actor_activity(export: Export) -> dict[str, dict[str, int]]:
    """Per actor id: quotes spoken, events as source, as target, and as reporter."""
    activity: dict[str, Counter] = defaultdict(Counter)
    for q in export.quotes:
        if q.speaker:
            activity[q.speaker]["quotes"] += 1
    for e in export.events:
        for role in ("source", "target", "reported_by"):
            actor = getattr(e, role)
            if actor:
                activity[actor][role] += 1
    return {a: dict(c) for a, c in activity.items()}

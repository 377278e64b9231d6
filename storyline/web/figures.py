"""The explorer's interactive plots: the report's plot functions, drawn on bounded parts of the store.

A whole-store network of thousands of actors is unreadable and slow to draw, so the overview plots
the most mentioned actors and the events among them, and the most corroborated dated facts. Those
figures depend only on the store's contents, so they are drawn once per store signature (`cache`).
"""

from __future__ import annotations

from storyline.model import Actor, Export
from storyline.report import plots
from storyline.store import Store

from . import cache
from .lookup import WebLookup

NETWORK_ACTORS = 30
"""Actors drawn in the overview's network."""
TIMELINE_FACTS = 25
"""Fact lanes in the overview's timeline."""
MAX_EVENTS = 5_000
"""Events read for one plot."""

Figures = dict[str, str | None]


def overview_figures(store: Store) -> Figures:
    """Timeline and network of the story's main actors."""
    return cache.per_store(store, "overview_figures", lambda: _draw_overview(store))


def _draw_overview(store: Store) -> Figures:
    actors = store.select_actors(limit=NETWORK_ACTORS)
    ids = {a.id for a in actors}
    events = [e for e in store.select_events(actors=sorted(ids), limit=MAX_EVENTS)
              if {e.source, e.target} - {None} <= ids]
    facts = [f for f in cache.fact_digests(store) if f.first_published or f.last_published]
    export = Export(actors=actors, events=events, facts=facts[:TIMELINE_FACTS])
    lk = WebLookup(export)
    return {"timeline": plots.timeline(export, lk), "network": plots.network(export, lk)}


def actor_timeline(store: Store, actor: Actor) -> str | None:
    """The dated events of one actor on a time axis, or None when none is dated."""
    return cache.per_store(store, ("actor_timeline", actor.id), lambda: _draw_actor_timeline(store, actor))


def _draw_actor_timeline(store: Store, actor: Actor) -> str | None:
    events = [e for e in store.select_events(actors=[actor.id], limit=MAX_EVENTS)
              if e.when and (e.when.start or e.when.end)]
    if not events:
        return None
    others = {x for e in events for x in (e.source, e.target)} - {actor.id, None}
    export = Export(actors=[actor, *store.get_actors(others)], events=events)
    return plots.timeline(export, WebLookup(export))

"""A timeline: events and facts in the order their time intervals put them.

An event's `when` is a day interval, often open at one end (`since August`, `by publication`), so
events sort by the earliest day they can have happened, then the latest; an open start counts as
its end (`by 2022-08-04` sorts at that day, not before everything). Facts sort by the earliest of
their member events, else by when their documents were first published. Undated items come last,
in their given order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from storyline.model import Event, Fact

UNDATED = (date.max, date.max)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def event_interval(event: Event) -> tuple[date, date] | None:
    """`(first, last)` day the event can lie on, an open end filled from the other; None if undated.

    Example: `event_interval(e)` -> `(date(2022, 8, 1), date(2022, 8, 4))` for `since August`

    :param event: an event with or without `when`
    """
    when = event.when
    first, last = (_day(when.start), _day(when.end)) if when else (None, None)
    if first is None and last is None:
        return None
    return (first or last, last or first)


def order_by_time(events: Iterable[Event]) -> list[Event]:
    """Events in time order: by first possible day, then last; undated ones last, order otherwise kept.

    Example: `[e.when.text for e in order_by_time(events)]` -> `["February 2022", "since August", …]`

    :param events: events in any order
    """
    return sorted(events, key=lambda e: event_interval(e) or UNDATED)


def fact_interval(fact: Fact, events: Mapping[str, Event]) -> tuple[date, date] | None:
    """The span of a fact's dated member events, else of its documents' publication days; None if neither.

    :param fact: the fact
    :param events: events by id (members that are no events, or unknown, are skipped)
    """
    spans = [s for m in fact.members if m in events and (s := event_interval(events[m]))]
    if spans:
        return (min(s[0] for s in spans), max(s[1] for s in spans))
    first, last = _day(fact.first_published), _day(fact.last_published)
    if first is None and last is None:
        return None
    return (first or last, last or first)


def order_facts_by_time(facts: Iterable[Fact], events: Mapping[str, Event]) -> list[Fact]:
    """Facts in time order (see `fact_interval`); undated ones last.

    Example: `order_facts_by_time(store.facts(), {e.id: e for e in store.events_where()})`

    :param facts: facts in any order
    :param events: events by id, for the facts' members
    """
    return sorted(facts, key=lambda f: fact_interval(f, events) or UNDATED)

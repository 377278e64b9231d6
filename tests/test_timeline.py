"""Timeline ordering of events and facts by their `when` intervals."""

from datetime import date

from storyline.fuse.timeline import event_interval, order_by_time, order_facts_by_time
from storyline.model import Event, Fact, When


def event(eid: str, start: str | None, end: str | None) -> Event:
    when = When(start=start, end=end, text="t") if (start or end) else None
    return Event(id=eid, doc="d", type="AID", status="asserted", start=0, end=1, when=when)


def test_events_sort_by_first_then_last_day_with_undated_last():
    found = order_by_time([
        event("undated", None, None),
        event("by-publication", None, "2022-08-04"),
        event("since-august", "2022-08-01", "2022-08-04"),
        event("july", "2022-07-01", "2022-07-31"),
        event("wednesday", "2022-08-03", "2022-08-03"),
        event("after-publication", "2022-08-04", None),
    ])
    assert [e.id for e in found] == ["july", "since-august", "wednesday", "by-publication", "after-publication",
                                     "undated"]


def test_an_open_end_takes_the_other_end():
    assert event_interval(event("e", None, "2022-08-04")) == (date(2022, 8, 4), date(2022, 8, 4))
    assert event_interval(event("e", None, None)) is None


def test_facts_sort_by_their_events_else_by_publication():
    events = {e.id: e for e in [event("a", "2022-08-03", "2022-08-03"), event("b", "2015-01-01", "2015-12-31")]}
    facts = [
        Fact(id="late", kind="event", summary="", members=["a"], documents=[], independent_sources=1),
        Fact(id="published", kind="quantity", summary="", members=["q"], documents=[], independent_sources=1,
             first_published="2022-01-10", last_published="2022-02-01"),
        Fact(id="undated", kind="quote", summary="", members=["x"], documents=[], independent_sources=1),
        Fact(id="old", kind="event", summary="", members=["b", "a"], documents=[], independent_sources=1),
    ]
    assert [f.id for f in order_facts_by_time(facts, events)] == ["old", "published", "late", "undated"]

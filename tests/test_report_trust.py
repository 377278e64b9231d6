"""The dossier trusted at a glance: a bounded timeline, one badge per kind of conflict, grouped
conflicts, outlets from credit lines, questions in plain English."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

from storyline.fuse.collection import Block
from storyline.fuse.facts import quantity_summary
from storyline.model import Actor, Conflict, Document, Event, Export, Fact, Quantity, When
from storyline.report import render_dossier
from storyline.report.lookup import Lookup
from storyline.report.plots import MAX_SPAN_DAYS, timeline
from storyline.report.views import conflict_groups, counts, rank_facts

TEXT = "Iran sent drones to Russia. Iran has backed Russia in this century.\nVia The Hill"


def _export(published: str | None = None) -> Export:
    docs = [Document(id=f"d{i}.txt", text=TEXT, published=published) for i in range(2)]
    actors = [Actor(id="IRN", name="Iran", kind="country"), Actor(id="RUS", name="Russia", kind="country")]
    events = [
        Event(id="d0.txt#e0", doc="d0.txt", type="AID", source="IRN", target="RUS", start=0, end=27,
              when=When(start="2022-10-03", end="2022-10-09", text="last week")),
        Event(id="d1.txt#e0", doc="d1.txt", type="AID", source="IRN", target="RUS", start=0, end=27,
              when=When(start="2022-10-05", end="2022-10-05", text="Wednesday")),
        Event(id="d0.txt#e1", doc="d0.txt", type="SUPPORT", source="IRN", target="RUS", start=28, end=66,
              when=When(start="2000-01-01", end="2099-12-31", text="this century")),
    ]
    conflicts = [Conflict(a="d0.txt#e0", b="d1.txt#e0", why=f"pair {i}", kind="stance") for i in range(16)]
    conflicts.append(Conflict(a="d0.txt#e0", b="d1.txt#e0", why="dates", kind="date"))
    facts = [
        Fact(id="f1", kind="event", summary="Iran → Russia: AID", members=["d0.txt#e0", "d1.txt#e0"],
             documents=["d0.txt", "d1.txt"], independent_sources=2, conflicts=conflicts,
             first_published=published, last_published=published),
        Fact(id="f2", kind="event", summary="Iran → Russia: SUPPORT", members=["d0.txt#e1"],
             documents=["d0.txt"], independent_sources=1),
    ]
    return Export(documents=docs, actors=actors, events=events, facts=facts)


def _traces(html: str) -> list[dict]:
    return json.loads(re.search(r"Plotly\.newPlot\(\s*\"timeline-plot\",\s*(\[.*?\]),\s*\{", html, re.S).group(1))


def _plot_days(html: str) -> list[date]:
    return [date.fromisoformat(x) for trace in _traces(html) for x in trace["x"] if x]


def _lanes(html: str) -> set[str]:
    return {y for trace in _traces(html) for y in trace["y"] if y}


def test_the_timeline_never_runs_over_an_unbounded_interval():
    export = _export()
    html = timeline(export, Lookup(export))
    days = _plot_days(html)
    assert days and max(days) - min(days) <= timedelta(days=MAX_SPAN_DAYS)
    assert min(days).year == 2022


def test_facts_without_publication_dates_take_their_events_in_text_dates():
    export = _export(published=None)
    html = timeline(export, Lookup(export))
    assert "fact · Iran → Russia: AID" in _lanes(html)
    assert "fact · Iran → Russia: SUPPORT" not in _lanes(html)  # only a century-wide date


def test_one_badge_per_kind_of_conflict_with_its_count():
    export = _export("2022-10-10")
    html = render_dossier(export)
    card = html[html.index('id="fact-f1"') if 'id="fact-f1"' in html else html.index("Iran → Russia: AID"):]
    card = card[: card.index("</article>")]
    assert card.count("conflict: stance") == 1 and "conflict: stance ×16" in card
    assert card.count("conflict: date") == 1


def test_conflicts_grouped_by_kind_with_counts():
    export = _export("2022-10-10")
    groups = conflict_groups(rank_facts(export, Lookup(export)))
    assert [(g.kind, len(g.conflicts)) for g in groups] == [("stance", 16), ("date", 1)]
    html = render_dossier(export)
    assert 'id="conflicts-stance"' in html and "16 pairs" in html


def test_outlets_come_from_credit_lines_where_metadata_lacks_them():
    export = _export()
    assert counts(export)["outlets"] == 1
    assert Lookup(export).doc_label("d0.txt") == "The Hill"


def test_quantity_questions_read_as_english():
    block = Block("quantity", ("drone", None))
    members = [Quantity(id="q", text="400 drones", low=400, high=400, item="drone", start=0, end=10)]
    assert quantity_summary(block, members).startswith("How many drones: ")
    people = Block("quantity", ("person", None))
    assert quantity_summary(people, members).startswith("How many people: ")
    assert quantity_summary(Block("quantity", ("day", "day")), members).startswith("How many days: ")
    assert quantity_summary(Block("quantity", ("deal", "USD")), members).startswith("Deal, in USD: ")

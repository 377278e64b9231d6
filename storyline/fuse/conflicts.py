"""Conflicts: where the members of one fact disagree.

- `incompatible` / `differs`: two figures for one question whose intervals cannot both hold
  (`about 450` against `thousands`) or that overlap but differ (`more than 400` against `about 450`);
  one conflict per pair of distinct answers, however many documents repeat each.
- `stance`: one party asserts what another denies (`Washington says Iran supplies drones`, `Tehran
  denies it`), between event members (asserted against denied or negated) or between the quotes
  that report them.
- `date`: the same event given different dates by two articles, each by its own sentence (`on Thursday`, `on
  4 August`); the publication date bounding an undated past event (`by publication`) is no date to disagree
  with, nor is one day name two articles resolve a week apart (`Monday`, `midnight on Monday`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from datetime import date
from itertools import combinations

from storyline.fuse.blocking import EventItem
from storyline.fuse.clustering import interval
from storyline.fuse.lexical import content_stems, idf_weights, weighted_jaccard
from storyline.model import Conflict, Quantity, Quote

DENYING_STATUSES = ("denied", "negated")
SIDES_SHOWN = 4
"""Assertions a denial is set against: enough to show who disputes it, not every repetition."""


def bounds(q: Quantity) -> tuple[float, float]:
    low = q.low if q.low is not None else -math.inf
    high = q.high if q.high is not None else math.inf
    return low, high


UPDATE_GAP_DAYS = 7
"""Publication days further apart than this date two figures of a count that may rise or fall to two times."""


def days_apart(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(b) - date.fromisoformat(a)).days)
    except ValueError:
        return 0


def figure(q: Quantity) -> float:
    """The figure a report gives: its lower bound (`at least 12`), else its upper one (`up to 40`)."""
    return q.low if q.low is not None else q.high if q.high is not None else -math.inf


def quantity_conflicts(members: Sequence[Quantity], published: dict[str, str | None] | None = None,
                       cumulative: bool = False) -> tuple[list[Conflict], list[Conflict]]:
    """A conflict for every pair of distinct answers (the earliest member giving each stands for it), and
    the updates: for a count that only grows (a toll: `cumulative`), a larger figure published on a later
    day than a smaller one (`at least 12 killed` on Monday, `32` on Thursday) is a progression, not a conflict;
    for any other count, figures published more than `UPDATE_GAP_DAYS` apart are two times, not a conflict.

    :param published: member id → publication day (YYYY-MM-DD) of its document
    """
    published = published or {}
    answers: dict[tuple[float, float], Quantity] = {}
    for q in sorted(members, key=lambda q: (published.get(q.id) or "9999", q.doc, q.start)):
        answers.setdefault(bounds(q), q)
    conflicts, updates = [], []
    for (a_bounds, a), (b_bounds, b) in combinations(answers.items(), 2):
        day_a, day_b = published.get(a.id), published.get(b.id)
        if day_a and day_b and day_a != day_b:
            (early, day_e), (late, day_l) = sorted([(a, day_a), (b, day_b)], key=lambda x: x[1])
            rose = figure(late) >= figure(early)
            if (cumulative and rose) or (not cumulative and days_apart(day_e, day_l) > UPDATE_GAP_DAYS):
                # a toll that grew; a count taken at two different times (`100,000 troops` in March, `130,000`
                # in June) answers the question twice, at two times
                updates.append(Conflict(a=early.id, b=late.id, kind="update",
                                        why=f"{early.text!r} on {day_e} {'rose' if rose else 'fell'} to "
                                            f"{late.text!r} on {day_l}"))
                continue
        if a_bounds[1] < b_bounds[0] or b_bounds[1] < a_bounds[0]:
            kind, why = "incompatible", f"{a.text!r} and {b.text!r} cannot both be true"
        else:
            kind, why = "differs", f"{a.text!r} and {b.text!r} overlap but differ"
        conflicts.append(Conflict(a=a.id, b=b.id, why=why, kind=kind))
    return conflicts, updates


def event_conflicts(items: Sequence[EventItem], names: dict[str, str], summary: str = "") -> list[Conflict]:
    """Stance conflicts (asserted against denied) and date conflicts between the events of one fact.

    :param summary: the fact's summary, to word the question each conflict answers"""
    conflicts = []
    denying = [i for i in items if i.event.status in DENYING_STATUSES]
    asserting = [i for i in items if i.event.status == "asserted"]
    for d in denying:
        other = next((a for a in asserting if a.doc != d.doc), asserting[0] if asserting else None)
        if other:
            conflicts.append(Conflict(
                a=other.id, b=d.id, kind="stance",
                why=f"{reporter(other, names)} asserts it; {reporter(d, names)} says it did not happen "
                    f"({d.event.status})",
                question=f"Did it happen: {summary}?" if summary else None,
            ))
    dated: dict[tuple, EventItem] = {}
    for item in items:
        span = interval(item)
        if span and item.first and item.last:  # the sentence dates it: a publication bound alone says too little
            dated.setdefault(span, item)
    for (a_span, a), (b_span, b) in combinations(dated.items(), 2):
        if a.doc == b.doc or same_words(a, b):
            continue  # one article does not disagree with itself; one day name read two ways is no disagreement
        if a_span[1] < b_span[0] or b_span[1] < a_span[0]:
            conflicts.append(Conflict(
                a=a.id, b=b.id, kind="date",
                why=f"{when_text(a)!r} against {when_text(b)!r}: one event given two dates",
                question=f"When: {summary}?" if summary else None,
            ))
    return conflicts


DAY_WORDS = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def same_words(a: EventItem, b: EventItem) -> bool:
    """Two dates told in the same words (`Monday`, `midnight on Monday`): each article resolved the same day
    name against its own publication date; that they land a week apart says nothing about the event."""
    words_a, words_b = ({w.lower() for w in DAY_WORDS.findall(when_text(i))} for i in (a, b))
    return bool(words_a & words_b)


def when_text(item: EventItem) -> str:
    return item.event.when.text if item.event.when else "?"


def reporter(item: EventItem, names: dict[str, str]) -> str:
    who = item.event.reported_by
    return names.get(who, who) if who else f"{item.doc}"


def stance_conflicts(asserting: Sequence[Quote], denying: Sequence[Quote], names: dict[str, str],
                     why: str = "{a} asserts what {b} denies", labels: Mapping[str, str] | None = None,
                     ) -> list[Conflict]:
    """Each denial against up to `SIDES_SHOWN` other speakers, other articles first, each speaker by the one of
    its assertions closest in words to the denial (a speaker saying several things stands by the one at issue).

    :param why: the explanation, with `{a}` the asserting and `{b}` the denying speaker
    :param labels: quote id → who it names as saying it, where not its speaker alone (`disputes.relay_labels`:
        `China (as CNBC reports)`)
    """
    labels = labels or {}
    bags = {q.id: set(content_stems(q.text)) for q in [*asserting, *denying]}
    idf = idf_weights(bags.values())
    conflicts = []
    for d in denying:
        score = [weighted_jaccard(bags[a.id], bags[d.id], idf) for a in asserting]
        closest: dict[str | None, int] = {}  # speaker → position of its assertion closest to the denial
        for n, a in enumerate(asserting):
            if a.speaker not in closest or score[n] > score[closest[a.speaker]]:
                closest[a.speaker] = n
        seen: set[str | None] = {d.speaker}
        for n in sorted(closest.values(), key=lambda n: (asserting[n].doc == d.doc, n)):
            a = asserting[n]
            if a.speaker in seen or len(seen) > SIDES_SHOWN:
                continue
            seen.add(a.speaker)
            conflicts.append(Conflict(
                a=a.id, b=d.id, kind="stance",
                why=why.format(a=labels.get(a.id) or names.get(a.speaker or "", a.speaker_text or "one source"),
                               b=names.get(d.speaker or "", d.speaker_text or "another source")),
            ))
    return conflicts


def novelty_conflicts(novel: Sequence[Quote], earlier: Sequence[Quote], heads: set[str],
                      names: dict[str, str]) -> list[Conflict]:
    """`This marks the first time Chile has exported tanks` against another article's `Chile
    sold tanks`: a first-time claim against a report, elsewhere, of the same thing already done."""
    conflicts = []
    for n in novel:
        said = {h for h in heads if h in n.text.lower()}
        for a in earlier:
            if a.doc != n.doc and any(h in a.text.lower() for h in said):
                conflicts.append(Conflict(
                    a=a.id, b=n.id, kind="stance",
                    why=f"{names.get(n.speaker or '', n.speaker_text or 'one source')} says it is the first time; "
                        f"{names.get(a.speaker or '', a.speaker_text or 'another source')} reports it before",
                ))
    return conflicts

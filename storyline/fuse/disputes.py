"""Disputes: which quotes assert a fact, which deny it, and which claim it happens for the first time.

A quote denies an event where its stance is `deny`, where the event it states is denied or negated,
or where a later quote of the same article rebuts it by pointing back at it (`analysts dismiss
that claim`, `it was clearly baseless`; `resources/fusion.yaml`). An accusation is disputed by the
accused side's own words rejecting it (`China used the visit as a pretext`). A quote that calls something a
first (`this marks the first time Chile has exported tanks`) contradicts reports elsewhere that it already
happened (`conflicts.novelty_conflicts`).
"""

from __future__ import annotations

import re
from functools import cache

from storyline.fuse.blocking import EventItem, fusion_lexicon, singular
from storyline.fuse.collection import Collection
from storyline.fuse.conflicts import DENYING_STATUSES
from storyline.fuse.lexical import words
from storyline.model import Quote


def reporting_quotes(items: list[EventItem], collection: Collection) -> tuple[list[Quote], list[Quote]]:
    """The quotes that state the cluster's events, split into those asserting and those denying them.

    A quote denies where its stance is `deny`, where the event it states is denied or negated, or where
    a later quote of the same article rebuts it (`specialists reject that idea`): then the rebuttal is
    the denial. An accusation is asserted by its accuser's side (or the outlets reporting it) and denied
    by the accused side rejecting it (`rejections`)."""
    asserting, denying = [], []
    for item in items:
        event = item.event
        words = [w.lower() for w in (event.trigger, event.object) if w]
        for quote in collection.quotes.get(item.doc, []):
            if quote.end <= event.start or quote.start >= event.end:
                continue
            if words and not any(w in quote.text.lower() for w in words):
                continue
            if quote.stance == "deny" or event.status in DENYING_STATUSES:
                denying.append(quote)
            elif event.status == "asserted":
                asserting.append(quote)
                denying += rebuttals(quote, collection)
    if asserting and is_accusation(items):
        accusers = {i.source_level for i in items if i.source_level}
        asserting = [q for q in asserting if q.speaker in collection.media
                     or collection.levels.level(q.speaker) in accusers]
        denying += rejections(items, collection)
    denying = dedupe(denying)
    denied = {q.id for q in denying}
    return [q for q in dedupe(asserting) if q.id not in denied], denying


def rebuttals(claim: Quote, collection: Collection) -> list[Quote]:
    """Later quotes of the claim's article, by another speaker, that point back at it to reject it."""
    out = []
    for quote in collection.quotes.get(claim.doc, []):
        if not (claim.end <= quote.start <= claim.end + rebuttal_reach()) or quote.speaker == claim.speaker:
            continue
        sentence = collection.sentence_of(quote.doc, quote.start, quote.end)
        frame = collection.text(quote.doc, min(sentence[0], quote.start), quote.end)
        if any(p.search(frame) for p in cue_patterns("rebuttal_cues")):
            earlier = [q for q in collection.quotes[claim.doc]
                       if q.speaker != quote.speaker and claim.start <= q.start < quote.start]
            if earlier and max(earlier, key=lambda q: q.start).id == claim.id:
                out.append(quote)
    return out


def is_accusation(items: list[EventItem]) -> bool:
    return bool(items) and items[0].event.type in fusion_lexicon()["accusation_types"]


def rejections(items: list[EventItem], collection: Collection) -> list[Quote]:
    """Quotes in the cluster's articles by the accused side (a speaker of the target's country) that name
    what the accusation is about (its object: `the visit`) and reject it (`rejection_cues`: `a pretext`,
    `no justification`), for the types listed as `accusation_types`."""
    if not is_accusation(items):
        return []
    accused = {i.target_level for i in items if i.target_level}
    heads = {singular(h) for i in items if i.event.object for h in words(i.event.object)[-1:]}
    out = []
    for doc in sorted({i.doc for i in items}):
        for quote in collection.quotes.get(doc, []):
            if not quote.speaker or collection.levels.level(quote.speaker) not in accused:
                continue
            said = {singular(w) for w in words(quote.text)}
            if heads & said and (quote.stance == "deny"
                                 or any(p.search(quote.text) for p in cue_patterns("rejection_cues"))):
                out.append(quote)
    return out


@cache
def cue_patterns(name: str) -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE) for p in fusion_lexicon()[name]]


def rebuttal_reach() -> int:
    return int(fusion_lexicon()["rebuttal_reach"])


def dedupe(quotes: list[Quote]) -> list[Quote]:
    return list({q.id: q for q in quotes}.values())


def novel_quotes(quotes: list[Quote]) -> list[Quote]:
    """The quotes that call what they report a first."""
    return [q for q in quotes if any(p.search(q.text) for p in cue_patterns("novelty_cues"))]

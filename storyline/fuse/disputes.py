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
        stating = [q for q in collection.quotes.get(item.doc, [])
                   if q.end > event.start and q.start < event.end
                   and (not words or any(w in q.text.lower() for w in words))]
        for quote in stating:
            # `the U.S. rejected denials by the Kremlin that Iran…`: where another speaker's words on the same
            # span deny, the denied event is what this speaker asserts
            denied_by_other = any(q.stance == "deny" and q.speaker != quote.speaker
                                  and q.start < quote.end and quote.start < q.end for q in stating)
            if quote.stance == "deny":
                primary = collection.primary_event(quote)
                if primary is None or primary.type == event.type:  # a denial is of one act, its main one
                    denying.append(quote)
            elif event.status in DENYING_STATUSES and not denied_by_other:
                denying.append(quote)
            elif (event.status == "asserted" or denied_by_other) and not in_background(quote, event):
                asserting.append(quote)
                denying += rebuttals(quote, collection)
    if is_accusation(items) or denied_by_source(items):
        accusers = accusing_side(items)
        if is_accusation(items):
            asserting = [q for q in asserting if q.speaker in collection.media
                         or collection.levels.level(q.speaker) in accusers]
        else:  # anyone but the doer may report the act (the side hit, third parties, outlets)
            asserting = [q for q in asserting if collection.levels.level(q.speaker) not in accused_side(items)]
        denial = rejections(items, collection)
        if denial and all(negates_act(q) for q in denial):
            # the act denied is what the accuser says happened, in its words right after the accusation
            asserting = [q for q in [*asserting, *accuser_statements(items, accusers, collection)] if names_act(q)]
        denying += denial
    denying = dedupe(denying)
    if not (is_accusation(items) or denied_by_source(items)):
        # the two parties of a cooperative act (`Iran supplies Russia`) deny it together: one of them
        # saying something about it is not the other side of their denial
        parties = {lvl for i in items for lvl in (i.source_level, i.target_level) if lvl}
        deniers = {collection.levels.level(q.speaker) for q in denying}
        if deniers <= parties:
            asserting = [q for q in asserting if collection.levels.level(q.speaker) not in parties]
    denied = {q.id for q in denying}
    return [q for q in dedupe(asserting) if q.id not in denied], denying


def relay_labels(quotes: list[Quote], collection: Collection) -> dict[str, str]:
    """Quote id → who says it, for an outlet's report of another speaker's statement made in the same sentence
    (`China's foreign ministry described her visit as an "egregious provocation," CNBC reports` → `China (as CNBC
    reports)`): the claim is the speaker's, passed on by the outlet."""
    labels = {}
    for quote in quotes:
        if quote.speaker not in collection.media:
            continue
        sentence = collection.sentence_of(quote.doc, quote.start, quote.end)
        relayed = [o for o in collection.quotes.get(quote.doc, [])
                   if o.medium and o.speaker and o.speaker not in collection.media
                   and collection.resolve(o.doc, o.medium) == quote.speaker
                   and collection.sentence_of(o.doc, o.start, o.end) == sentence]
        if relayed:
            speaker = collection.names.get(relayed[0].speaker or "", relayed[0].speaker)
            labels[quote.id] = f"{speaker} (as {collection.names.get(quote.speaker, quote.speaker)} reports)"
    return labels


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
            # the nearest: of two starting together (a piece and the quote spanning its quotation), the longer
            if earlier and max(earlier, key=lambda q: (q.start, q.end)).id == claim.id:
                out.append(quote)
    return out


def is_accusation(items: list[EventItem]) -> bool:
    return bool(items) and items[0].event.type in fusion_lexicon()["accusation_types"]


def denied_by_source(items: list[EventItem]) -> bool:
    """An act its doer would deny (`source_denies_types`: `Cambodia says there were no clashes`)."""
    return bool(items) and items[0].event.type in fusion_lexicon().get("source_denies_types", [])


def accusing_side(items: list[EventItem]) -> set[str]:
    """Who asserts it: the accuser of an accusation; the side acted on for an act its doer denies."""
    if is_accusation(items):
        return {i.source_level for i in items if i.source_level}
    return {i.target_level for i in items if i.target_level}


def accused_side(items: list[EventItem]) -> set[str]:
    if is_accusation(items):
        return {i.target_level for i in items if i.target_level}
    return {i.source_level for i in items if i.source_level}


def accuser_statements(items: list[EventItem], accusers: set[str], collection: Collection) -> list[Quote]:
    """The accuser side's own words shortly after each report of the accusation (within `rebuttal_reach`):
    `Thailand's army accused Cambodia…` and then `“Cambodian forces had launched armed attacks”, Winthai said`."""
    out = []
    for item in items:
        for quote in collection.quotes.get(item.doc, []):
            if (quote.stance != "deny" and item.event.start <= quote.start <= item.event.end + rebuttal_reach()
                    and quote.speaker and collection.levels.level(quote.speaker) in accusers):
                out.append(quote)
    return out


def rejections(items: list[EventItem], collection: Collection) -> list[Quote]:
    """Quotes in the cluster's articles by the accused side (a speaker of the target's country for an
    accusation, of the source's for an act its doer would deny) that reject it: naming what the accusation
    is about (its object: `the visit`) with a rejection cue (`a pretext`, `no justification`) or a denial,
    denying a hostile act (`denied carrying out any attacks`), or negating the act itself (`denial_cues`: `no
    armed clashes`, `did not fire`)."""
    if not (is_accusation(items) or denied_by_source(items)):
        return []
    accused = accused_side(items)
    heads = {singular(h) for i in items if i.event.object for h in words(i.event.object)[-1:]}
    out = []
    for doc in sorted({i.doc for i in items}):
        for quote in collection.quotes.get(doc, []):
            if not quote.speaker or collection.levels.level(quote.speaker) not in accused:
                continue
            said = {singular(w) for w in words(quote.text)}
            named = heads & said and (quote.stance == "deny"
                                      or any(p.search(quote.text) for p in cue_patterns("rejection_cues")))
            if not (named or negates_act(quote)):
                continue
            primary = collection.primary_event(quote)
            if is_accusation(items) or primary is None or primary.type == items[0].event.type:
                out.append(quote)  # a doer's denial is of its main act, not of one in a clause inside it
    return out


def in_background(quote: Quote, event) -> bool:
    """The quote mentions the event only as the cause or setting of what it says (`no longer a focus, thanks
    to Iran's support for Russia`): it takes the event as given; it is not a claim about it (`background_cues`)."""
    text = quote.text.lower()
    at = text.find((event.trigger or "").lower()) if event.trigger else -1
    return at > 0 and any(p.search(text[:at]) for p in cue_patterns("background_cues"))


def negates_act(quote: Quote) -> bool:
    """`there had been no armed clashes`, `did not fire`, a denial naming a hostile act (`denied carrying out
    attacks`): the words say a hostile act did not happen."""
    if quote.stance == "deny" and any(p.search(quote.text) for p in cue_patterns("hostile_acts")):
        return True
    return any(p.search(quote.text) for p in cue_patterns("denial_cues"))


def names_act(quote: Quote) -> bool:
    """`Cambodian forces had launched armed attacks`: the words report a hostile act (`hostile_acts`)."""
    return any(p.search(quote.text) for p in cue_patterns("hostile_acts")) and not negates_act(quote)


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

"""Accusations told as statements: `the Thai army said Cambodian troops had launched armed attacks` is the
army accusing Cambodia, whether or not the article uses a word for it (`accused`, `allegations`).

An accusation fact (`accusation_types` of `fusion.yaml`) is told by every document where its accuser's side
is quoted stating a hostile act of the accused against it (`source_denies_types`: an attack, a seizure, a threat) in
words that name the act (`hostile_acts`), at a time and in a story the fact's events fit. Such statements
join the fact as quote members: an outlet that reports only the army's words, without `accused`, still
tells that the army accuses. A statement joins only a fact that events already make (it extends one; it
never makes one), so a side's every complaint does not become an accusation fact of its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection as Collection_

from storyline.fuse.blocking import EventItem, event_item, fusion_lexicon
from storyline.fuse.clustering import EventCluster, dates_compatible
from storyline.fuse.collection import Collection
from storyline.fuse.disputes import names_act
from storyline.model import Event, Quote


def accusing_statements(collection: Collection, pairs: Collection_[tuple[str, str]] | None = None,
                        ) -> dict[tuple[str, str], list[tuple[Quote, EventItem]]]:
    """(accuser, accused) at country level → the quotes by the accuser's side stating an asserted hostile
    act of the accused against it or no one named (its trigger in the quoted words), each with the act it states.

    :param pairs: where given, the (accuser, accused) asked (of the accusation blocks): only the documents telling an
        act one of them may accuse are read (the others' statements would go to other pairs)"""
    acts = set(fusion_lexicon().get("source_denies_types", []))
    out: dict[tuple[str, str], list[tuple[Quote, EventItem]]] = defaultdict(list)
    accusers: dict[str, set[str]] = defaultdict(set)  # accused → who may accuse it
    for accuser, accused in pairs or ():
        accusers[accused].add(accuser)

    def askable(event: Event) -> bool:
        """Whether a statement of this act may go to an asked pair (its side acted on, or none named, an accuser)."""
        source = collection.levels.level(collection.resolve(event.doc, event.source))
        target = collection.levels.level(collection.resolve(event.doc, event.target))
        return any(accuser != source and target in (accuser, None) for accuser in accusers.get(source, ()))

    # the documents telling such an act, in the collection's order: only their quotes are read
    stating = {doc: events for doc, all_events in collection.events.items()
               if (events := [e for e in all_events if e.type in acts and e.status == "asserted"])
               and (pairs is None or any(map(askable, events)))}
    collection.quotes.fetch(stating)
    for doc, events in stating.items():
        for quote in collection.quotes.get(doc, []):
            if not quote.speaker or quote.speaker in collection.media or quote.stance == "deny":
                continue
            text = quote.text.lower()
            # the acts the quote itself states, not ones elsewhere in its sentence (asked before its words are
            # matched against the lexicon's patterns: most quotes state none)
            stated = [event for event in events if event.start < quote.end and quote.start < event.end
                      and event.trigger and event.trigger.lower() in text]
            if not stated or not names_act(quote):
                continue
            accuser = collection.levels.level(quote.speaker)
            for event in stated:
                act = event_item(event, collection.resolve, collection.levels, collection.object_classes)
                # the side acted on (or a side the act leaves unnamed: `attacks on several posts`) tells of it;
                # a third party's words on a war between others are no accusation by it
                if act.source_level and accuser and act.source_level != accuser \
                        and act.target_level in (accuser, None):
                    out[(accuser, act.source_level)].append((quote, act))
                    break
    return out


def attach_statements(clusters: list[EventCluster],
                      statements: list[tuple[Quote, EventItem]]) -> dict[int, list[Quote]]:
    """Cluster index → the statements it takes: each goes to the cluster telling the most documents whose
    events' dates and story the act it states fits."""
    out: dict[int, list[Quote]] = defaultdict(list)
    for quote, act in statements:
        fitting = [n for n, c in enumerate(clusters)
                   if c.story_fits(act) and all(dates_compatible(act, o) for o in c.items)]
        if fitting:
            best = max(fitting, key=lambda n: (len({i.doc for i in clusters[n].items}), -n))
            if quote.id not in {q.id for q in out[best]}:
                out[best].append(quote)
    return out


def statements_why(quotes: list[Quote], docs: set[str], names: dict[str, str]) -> str:
    """`; 2 statements of the accuser naming a hostile act of the accused, in 2 more documents`."""
    if not quotes:
        return ""
    extra = {q.doc for q in quotes} - docs
    speakers = sorted({names.get(q.speaker or "", q.speaker or "") for q in quotes})
    return (f"; {len(quotes)} statements by {', '.join(speakers)} naming a hostile act of the accused"
            + (f", in {len(extra)} more documents" if extra else ""))

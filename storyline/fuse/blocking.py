"""Blocking keys: which events, numbers and quotes can possibly be the same, so fusion never compares all pairs.

- An event's block is its type and its dyad at country level (`Putin → Ukraine` and `Russia →
  Ukraine` share the block `ASSAULT RUS UKR`: a person acts for a country); for symmetric types
  (`COOPERATE`, meetings) the dyad is unordered. Events missing one side (`the US imposed sanctions`)
  are *partial*: they are indexed by type and known side, and attach to the full block they fit.
  So are events whose one side is a loose bloc (`Western sanctions on Russia`): they attach to the
  blocks where a member of the bloc fills that side (`SANCTION USA RUS`). A partial event that fits
  no full block keeps a block of its own (`CONCEDE palin -`, `SANCTION west RUS`).
- A number's block is its counted item and unit (`drone`, `USD`) and, where the words next to it say
  what happened to what it counts, that question (`people killed`, `people displaced`: `fusion.yaml`
  questions): `killed dozens of people and displaced tens of thousands` answers two questions. Numbers
  whose question is unsaid join the item's one question where the collection asks only one (`facts.py`).
- A quote's block is its speaker's side: the speaker at country level, where it has a country.

Time is not part of the key: most events carry no date, and a date that differs by a few days is a
conflict to report, not a reason to split. It separates events inside a block (`clustering.py`): dates
(the event's `when`) more than a week apart are two events, and an event its article does not date lies
within 30 days before its publication. Story separates them too, in a large collection (`stories.py`):
members of two documents merge only where the documents tell one story.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property

from storyline.model import Actor, Event, Quantity, Quote
from storyline.resources import load_resource

Resolve = Callable[[str, str | None], str | None]
"""(document id, local actor id) → canonical actor id."""


@cache
def fusion_lexicon() -> dict:
    return load_resource("fusion.yaml")


@cache
def bloc_members() -> dict[str, frozenset[str]]:
    """Bloc actor id → the actor ids it stands for (`fusion.yaml` blocs)."""
    return {bloc: frozenset(members) for bloc, members in fusion_lexicon().get("blocs", {}).items()}


@cache
def lexicon_object_classes() -> dict[str, str]:
    """Word → top-level object class, from the object classes of `events.yaml` (`uav` → `weapon`). A fusion asks
    its own (`Collection.object_classes`): those an earlier fusion kept, else these."""
    classes = load_resource("events.yaml").get("classes", {})

    def root(name: str) -> str:
        seen = set()
        while classes.get(name, {}).get("parent") and name not in seen:
            seen.add(name)
            name = classes[name]["parent"]
        return name

    out: dict[str, str] = {}
    for name, spec in classes.items():
        for word in spec.get("words", []):
            out.setdefault(word.lower(), root(name))
    return out


def singular(word: str) -> str:
    """`drones` → `drone`, `UAVs` → `uav`, `ies` → `y`: enough to look a head noun up."""
    word = word.lower().strip(".,;:'\"")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def object_head(text: str | None) -> str | None:
    """The head noun of an object phrase: its last word, singular (`MQ-9 drones` → `drone`). A hyphenated
    compound is one word (`cease-fire` → `ceasefire`): its last part is no head (`live-fire` drills fire
    nothing, an `anti-drone` gun is no drone)."""
    words = (text or "").split()
    return singular(words[-1].replace("-", "")) if words else None


def object_class(event: Event, classes: Callable[[], Mapping[str, str]]) -> str | None:
    """The top-level class of what the event gives or moves (`weapon`, `goods`, `personnel`), where known and
    where its type is told apart by it (`split_by_object`); a noun trigger naming what is given (`training`)
    stands for the object it lacks, after a mode naming a class (`missile strikes`: mode `weapons`). Where
    the mode names the kind of act (`split_by_mode`: a ceasefire, a withdrawal), it comes first: `halted all
    military activities` (mode `ceasefire`) is the ceasefire, not an act about `operations`.

    :param classes: word → top-level object class, of the fusion (`Collection.object_classes`): asked only for the
        types told apart by their object"""
    lex = fusion_lexicon()
    if event.type not in lex["split_by_object"]:
        return None
    known = classes()
    if event.mode and event.type in lex.get("split_by_mode", []):
        mode = object_head(event.mode)
        return known.get(mode, mode)
    heads = [object_head(event.object), object_head(event.mode), object_head(event.trigger)]
    return next((known[h] for h in heads if h and h in known), None)


def parse_day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


@dataclass
class EventItem:
    """An event with its actors resolved to canonical ids and the features fusion compares."""

    event: Event
    source: str | None
    target: str | None
    source_level: str | None
    target_level: str | None
    object_class: str | None
    first: date | None = None
    last: date | None = None
    person: str | None = None
    """The person the event names on its one known side (`Horton was killed`), where that side is a person."""

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def doc(self) -> str:
        return self.event.doc

    @property
    def symmetric(self) -> bool:
        return self.event.type in fusion_lexicon()["symmetric_types"]

    @property
    def full(self) -> bool:
        return bool(self.source_level and self.target_level)

    @property
    def bloc(self) -> tuple[str, frozenset[str]] | None:
        """The role a bloc fills and its members, where the other side is an actor of its own."""
        blocs = bloc_members()
        source_bloc, target_bloc = blocs.get(self.source_level or ""), blocs.get(self.target_level or "")
        if not self.full or bool(source_bloc) == bool(target_bloc):
            return None
        if source_bloc:
            return ("source", source_bloc)
        return ("target", target_bloc) if target_bloc else None

    def block(self) -> tuple[str, str, str]:
        """`("AID", "IRN", "RUS")`; for a symmetric type the two actors in sorted order."""
        a, b = self.source_level or "", self.target_level or ""
        if self.symmetric:
            a, b = sorted((a, b))
        return (self.event.type, a, b)

    def partial_keys(self) -> list[tuple[str, str, str]]:
        """Where a one-sided or bloc event may attach: (type, role, actor) of the side it names for sure,
        role `source`/`target` (`any` if symmetric)."""
        source, target = self.source_level, self.target_level
        if self.bloc:
            source, target = (None, target) if self.bloc[0] == "source" else (source, None)
        elif self.full or not (source or target):
            return []
        if self.symmetric:
            return [(self.event.type, "any", source or target or "")]
        if source:
            return [(self.event.type, "source", source)]
        return [(self.event.type, "target", target or "")]

    def fits(self, block: tuple[str, str, str]) -> bool:
        """A bloc event fits a block whose other side is one of the bloc's members; any other event fits
        the blocks of its partial keys."""
        if not self.bloc:
            return True
        _, a, b = block
        known = self.target_level if self.bloc[0] == "source" else self.source_level
        if self.symmetric:
            other = b if a == known else a
        else:
            other = a if self.bloc[0] == "source" else b
        return other in self.bloc[1]


def item_key(item: EventItem) -> str:
    """The key of an event's own sides as the store keeps it (`events.block`): its block (`AID|IRN|RUS`), or where
    it names one side, that side's partial key (`AID|source|IRN`); '' where neither. A one-sided or bloc event
    joins the block `facts.attach_partials` gives it: the key says where it may go, not where it went."""
    if item.full:
        return "|".join(item.block())
    keys = item.partial_keys()
    return "|".join(keys[0]) if keys else ""


def block_partial_keys(block: tuple[str, str, str]) -> list[tuple[str, str, str]]:
    """The partial keys a full block accepts."""
    kind, a, b = block
    lex = fusion_lexicon()
    if kind in lex["symmetric_types"]:
        return [(kind, "any", a), (kind, "any", b)]
    return [(kind, "source", a), (kind, "target", b)]


@dataclass
class ActorLevels:
    """Canonical actor ids at the level fusion matches them: the country where an actor has one."""

    actors: dict[str, Actor] = field(default_factory=dict)

    def level(self, actor_id: str | None) -> str | None:
        if not actor_id:
            return None
        actor = self.actors.get(actor_id)
        return (actor.country if actor and actor.country else None) or actor_id

    @cached_property
    def countries(self) -> frozenset[str]:
        """The countries the actors belong to (read once: the actors do not change during a fusion)."""
        return frozenset(x.country for x in self.actors.values() if x.country)


def event_item(event: Event, resolve: Resolve, levels: ActorLevels,
               classes: Callable[[], Mapping[str, str]]) -> EventItem:
    """The event as fusion compares it.

    :param classes: word → top-level object class, of the fusion (`Collection.object_classes`, `object_class`)"""
    source, target = resolve(event.doc, event.source), resolve(event.doc, event.target)
    when = event.when
    return EventItem(
        event=event,
        source=source,
        target=target,
        source_level=levels.level(source),
        target_level=levels.level(target),
        object_class=object_class(event, classes),
        first=parse_day(when.start) if when else None,
        last=parse_day(when.end) if when else None,
        person=named_person(source, target, levels),
    )


def named_person(source: str | None, target: str | None, levels: ActorLevels) -> str | None:
    """The one side a one-sided event names, where it is a person."""
    if bool(source) == bool(target):
        return None
    actor = levels.actors.get(source or target or "")
    return actor.id if actor and actor.kind == "person" else None


@cache
def question_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(question, pattern of its predicate words) from `fusion.yaml` questions."""
    return tuple((name, re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE))
                 for name, words in fusion_lexicon().get("questions", {}).items())


QUESTION_REACH = (50, 30)
"""Characters before and after a number (within its clause) where its predicate is looked for."""
CLAUSE_BREAKS = ",;:()\u2013\u2014\n"


def quantity_question(text: str, quantity: Quantity, sentence: tuple[int, int] | None = None) -> str | None:
    """What happened to what a number counts, from the predicate nearest to it in its clause (`killed at
    least 38 people` → `killed`; `displaced nearly 300,000` → `displaced`; `the death toll rose to 38` →
    `killed`); None where no listed predicate stands next to it, and for a measure (a number with a unit:
    `five days of clashes that killed 38` counts no dead). The left side wins a tie (`killed dozens and
    displaced thousands`: `dozens` were killed)."""
    if quantity.unit:
        return None
    low, high = sentence or (0, len(text))
    left = text[max(low, quantity.start - QUESTION_REACH[0]) : quantity.start]
    right = text[quantity.end : min(high, quantity.end + QUESTION_REACH[1])]
    cut = max(left.rfind(ch) for ch in CLAUSE_BREAKS)
    left = left[cut + 1 :] if cut >= 0 else left
    ends = [i for i in (right.find(ch) for ch in CLAUSE_BREAKS) if i >= 0]
    right = right[: min(ends)] if ends else right
    best: tuple[int, str] | None = None
    for name, pattern in question_patterns():
        for match in pattern.finditer(left):
            distance = len(left) - match.end()
            best = min(best or (distance, name), (distance, name))
        found = pattern.search(right)
        if found:
            best = min(best or (found.start() + 1, name), (found.start() + 1, name))
    return best[1] if best else None


def quantity_block(quantity: Quantity, question: str | None = None) -> tuple[str, ...] | None:
    """`("drone", "")`, `("person", "", "killed")`: the item counted, the unit and the question where one is
    known; None for a number that counts nothing named."""
    item = singular(quantity.item) if quantity.item else ""
    if not item:
        return None
    return (item, quantity.unit or "", question) if question else (item, quantity.unit or "")


def quote_block(quote: Quote, resolve: Resolve, levels: ActorLevels | None = None) -> str | None:
    """The speaker's side: the canonical speaker at country level where it has a country (`Winthai
    Suvaree`, `the Thai army` → `THA`). Different speakers of one side often make one claim (a
    spokesman's words and his army's statement); speakers of two sides are never one claim."""
    speaker = resolve(quote.doc, quote.speaker)
    return levels.level(speaker) if levels and speaker else speaker

"""One act whose sides two reports name differently: `the Angels offered Teixeira` and `Angels general manager
Tony Reagins offered Teixeira`, `India captured pirates` and `India captured Somali pirates`, `an earthquake
struck Indonesia` (no doer) and `... struck Indonesia's Aceh`.

Blocks key events by type and country-level dyad, so an act whose one side the reports name at different
levels (an organization and its official, a group and a vaguer name of it) or leave unnamed lands in
several blocks. After each block is clustered, clusters of one type in different blocks join where:

- one word names the act in both (a trigger stem some report of each gives; `hit` is `strike`: `same_acts`);
- they share a side in the same role (either side of a symmetric type), or one of them names one side only
  and that side is the other's in its role or may be one party with it, or each names one side only, in
  different roles, or one names a person the doer whom the other names the target (a tagger's roles
  around a person vary);
- the sides they name differently may be one party: a loose group and another name (also where blocks key the
  group by its country: `Somali pirates` and `Somali and Yemeni pirates`, which one report credits to Yemen),
  an organization and a person (its official), a name and a short form of it (`the Angels` and `the Los
  Angeles Angels`), or a country and an organization whose country and sector no report tells (`the Norvale
  office` and `an office in Leeds`, each read as the act's target: the firm may be of that country); not two
  countries (`sanctions on Iran` and `sanctions on Russia` are two acts), not the United States and the European
  Union;
- and they fit as the members of one cluster must: the same kind of act (a campaign, a response or a single act), the
  same class of object, dates within a week, one story.

A cluster joins an act where it fits at least half of the act's clusters and none of them tells another act: one
of its block, of another party in one role (`sanctions on Iran` / `on Russia`), or of another kind, object
class, week or story (`joins`). A cluster that fits several acts (an official's offer, where two teams made one)
joins the one whose sides its reports name in their sentences (`Angels general manager Tony Reagins`), else the
most told one.

This reads clusters of several blocks: a block whose cluster joins another one keeps the facts of an earlier
fusion only where its clusters, with their members from other blocks, are the same (`facts.joined_signature`).

Inside one cluster, the reports may name several acts of one incident: a gunman `opened fire`, `shot` five
people, `killed` two and `wounded` three. The fact is the incident (an analyst asks what happened between
those sides that week), but each act is an event of its own, which reports count apart (`killing two and
wounding three`) and which numbers answer apart: `told_acts` groups a cluster's members by the word that names
their act (`act_stem`: `shot`, `shooting` are one word; `same_acts` joins the synonyms `hit` and `strike`), where
a sentence of its documents counts two words apart (`shot five workers, killing two`) or one names an outcome of
an attack the other does not (`outcome_acts` in `fusion.yaml`: killed, wounded, shot; `killed` / `bombed`); words
none counts apart (`providing` and `supplying` drones) are one act. The fact lists them (`Fact.acts`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache

from storyline.fuse.actors import UnionFind
from storyline.fuse.blocking import EventItem, fusion_lexicon
from storyline.fuse.clustering import EventCluster, dates_compatible, same_story
from storyline.fuse.collection import Block, Collection, code_version, digest
from storyline.fuse.lexical import act_stem, content_stems

Loose = tuple[bool, bool]
"""Per side of a block's key: whether it stands for a loose group (`loose_sides`)."""


def told_acts(items: list[EventItem], collection: Collection | None = None) -> list[list[EventItem]]:
    """A cluster's members grouped by the act each names: by the word naming it (`act_stem`), where the text
    counts two words apart (some sentence of the cluster's documents tells an event of each: `shot five workers,
    killing two`: `counted_apart`; or one names an outcome the other does not: `other_outcome`); words nothing
    counts apart name one act (`providing` and `supplying` drones). The act most documents tell first, each word
    into the first act it is counted apart from no word of; members without a trigger make a group of their own.
    Without a collection, every word is an act."""
    words: dict[str, list[EventItem]] = defaultdict(list)
    for item in items:
        words[act_stem(item.event.trigger) if item.event.trigger else ""].append(item)
    apart = counted_apart({i.doc for i in items}, collection) if collection is not None and len(words) > 1 else None
    acts: list[tuple[set[str], list[EventItem]]] = []
    for word in sorted(words, key=lambda w: (-len({i.doc for i in words[w]}), -len(words[w]), w)):
        home = None if apart is None or not word else next(
            (act for act in acts if "" not in act[0]
             and not any((word, w) in apart or other_outcome(word, w) for w in act[0])), None)
        if home is None:
            acts.append(({word}, list(words[word])))
        else:
            home[0].add(word)
            home[1].extend(words[word])
    return [members for _, members in acts]


def counted_apart(docs: set[str], collection: Collection) -> set[tuple[str, str]]:
    """The pairs of act words (`act_stem`, both orders) some sentence of these documents tells an event of each."""
    said: dict[tuple[str, tuple[int, int]], set[str]] = defaultdict(set)
    for doc in docs:
        for event in collection.events.get(doc, []):
            if event.trigger:
                said[(doc, collection.sentence_of(doc, event.start, event.end))].add(act_stem(event.trigger))
    return {(a, b) for found in said.values() for a in found for b in found if a != b}


def other_outcome(a: str, b: str) -> bool:
    """Two act words of which one names an outcome of an attack (`outcome_acts`) the other does not name
    (`killed` / `wounded`, `killed` / `bombed`): a death is no wound, nor the bombing that caused it."""
    outcomes = outcome_acts()
    return (a in outcomes or b in outcomes) and outcomes.get(a) != outcomes.get(b)


@lru_cache(maxsize=1)
def outcome_acts() -> dict[str, int]:
    """Act word (`act_stem`) → its group of `outcome_acts` in `fusion.yaml` (`killed`, `wounded`, `shot`)."""
    return {act_stem(word): n for n, group in enumerate(fusion_lexicon().get("outcome_acts", [])) for word in group}


def act_word(items: list[EventItem]) -> str:
    """The word most of an act's members name it by (`killed`), lower-cased; the first seen among equals."""
    said = [i.event.trigger.lower() for i in items if i.event.trigger]
    return max(dict.fromkeys(said), key=said.count) if said else ""


def may_be_one_party(a: str, b: str, collection: Collection, loose: Loose = (False, False)) -> bool:
    """Two sides named differently can be one party where one is a loose group (`pirates`, `Somali pirates`),
    one is a person and the other an organization (its official: `Tony Reagins` for `the Angels`), one
    name is a short form of the other (`short_form`), or one is a country and the other an organization of no
    known country or sector (`stateless`); two countries, two persons or two organizations named apart are two
    parties. A country that stands for a loose group in its block (`loose`, one flag for each
    of `a` and `b`: `Somali and Yemeni pirates` → YEM) may be one party with another loose group only
    (`Somali pirates` → SOM, `pirates`)."""
    actors = collection.levels.actors
    countries = collection.levels.countries
    kinds = [actors[x].kind if x in actors else ("country" if x in countries else None) for x in (a, b)]
    if any(loose):  # the other is a loose group too, however keyed
        return all(flag or kind == "group" for flag, kind in zip(loose, kinds, strict=True))
    return "group" in kinds or set(kinds) == {"person", "organization"} or short_form(a, b, collection) \
        or (kinds.count("country") == 1 and any(stateless(x, actors) for x in (a, b)))


def stateless(actor: str, actors: Mapping) -> bool:
    """An organization whose country the reports do not tell, nor its sector (`a Leeds firm`, a workplace read as
    the act's target): it may be of the country another report names in its place. Not a person: a named person
    and a country are two parties (`a British climber died` and `Tom Reed died` may be two deaths)."""
    known = actors.get(actor)
    return known is not None and known.kind == "organization" and not known.country and not known.sector


def short_form(a: str, b: str, collection: Collection) -> bool:
    """One actor's name holds every word of the other's (`Angels` / `Los Angeles Angels`, `Ortiz` / `Jerry Ortiz`,
    `EYP Mission Critical Facilities` / `... Inc`): one name shortened, where resolution kept two actors.
    Not a country (`United States` / `United States Navy` are two parties), nor a name of no content word."""
    actors, countries = collection.levels.actors, collection.levels.countries
    if a in countries or b in countries or a not in actors or b not in actors:
        return False
    x, y = (name_stems(collection.names.get(n, n)) for n in (a, b))
    return bool(x and y) and (x <= y or y <= x)


@lru_cache(maxsize=100_000)
def name_stems(name: str) -> frozenset[str]:
    return frozenset(content_stems(name))


def loose_sides(block: Block, collection: Collection) -> Loose:
    """Which sides of a block's key are a country only because every report names that side by a loose group
    of the country (`Somali pirates` → SOM): a gang is no state, so the side may be one party with another
    loose group. A side is read by role (the doer is the first side), or for a symmetric type by its level."""
    actors = collection.levels.actors
    sides = block.key[1:]
    named: tuple[set[bool], set[bool]] = (set(), set())
    for item in [*block.items, *block.partials]:
        for role, (actor, level) in enumerate(((item.source, item.source_level), (item.target, item.target_level))):
            if not (actor and level):
                continue
            group = actor != level and actor in actors and actors[actor].kind == "group"
            for position in ([n for n, side in enumerate(sides) if side == level] if item.symmetric else [role]):
                named[position].add(group)
    return (named[0] == {True}, named[1] == {True})


def swaps_person(a: Block, b: Block, collection: Collection) -> bool:
    """One named person is the doer in one block and the target in the other (`police arrested Jackson` /
    `Jackson was arrested on a DUI` a tagger read as Jackson arresting an organization): a tagger's roles
    around a person vary. Not two mirrored blocks (`Smith accused Jones` / `Jones accused Smith`: two acts)."""
    actors = collection.levels.actors
    a_sides, b_sides = a.key[1:], b.key[1:]
    if tuple(a_sides) == tuple(reversed(b_sides)):
        return False
    return any(x and x == y and i != j and x in actors and actors[x].kind == "person"
               for i, x in enumerate(a_sides) for j, y in enumerate(b_sides))


def sides_fit(a: Block, b: Block, symmetric: bool, collection: Collection,
              loose: tuple[Loose, Loose] = ((False, False), (False, False))) -> bool:
    """A shared side in the same role (any role for a symmetric type), or one block names one side only; the
    sides left over may be one party. Two blocks that each name one side only, in different roles (`Hungary
    opened fire` / `fire was opened on the Kraft`), or that name one person as the doer in one and the target in the
    other, fit too (`swaps_person`).

    :param loose: of each block, which sides stand for loose groups (`loose_sides`)"""
    a_sides, b_sides = a.key[1:], b.key[1:]
    if swaps_person(a, b, collection):
        return True

    def one_party(i: int, j: int) -> bool:  # side i of block a, side j of block b
        return may_be_one_party(a_sides[i], b_sides[j], collection, (loose[0][i], loose[1][j]))

    if not all(a_sides) or not all(b_sides):
        # one block names one side only: the side it names is the other's in that role, or may be one party with it
        known = [(i, i) for i in range(2) if a_sides[i] and b_sides[i]]
        if symmetric:
            known = [(i, j) for i in range(2) for j in range(2) if a_sides[i] and b_sides[j]]
            return any(a_sides[i] == b_sides[j] for i, j in known) or any(one_party(i, j) for i, j in known)
        if not known:
            # each names a different side only: they may be the two sides of one act
            return sum(map(bool, a_sides)) == 1 and sum(map(bool, b_sides)) == 1
        return all(a_sides[i] == b_sides[j] or one_party(i, j) for i, j in known)
    if symmetric:
        if not set(a_sides) & set(b_sides):
            return False
        rest = [(a_sides.index(x), b_sides.index(y)) for x in a_sides if x not in b_sides
                for y in b_sides if y not in a_sides]
    else:
        if not any(x == y for x, y in zip(a_sides, b_sides, strict=True)):
            return False
        rest = [(i, i) for i in range(2) if a_sides[i] != b_sides[i]]
    return not rest or one_party(*rest[0])


def sides_clash(a: Block, b: Block, symmetric: bool, collection: Collection,
                loose: tuple[Loose, Loose] = ((False, False), (False, False))) -> bool:
    """The two blocks name two parties in one role (`sanctions on Iran` / `sanctions on Russia`, `Smith accused
    Jones` / `Jones accused Smith`): no act of one can be the other's. Where they only share no side (`a gunman
    killed a man` / `the accountant shot the men`), or one names a side the other leaves unnamed, nothing says
    they are two acts. For a symmetric type, any blocks whose sides do not fit (`sides_fit`)."""
    if swaps_person(a, b, collection):
        return False
    if symmetric:
        return not sides_fit(a, b, symmetric, collection, loose)
    a_sides, b_sides = a.key[1:], b.key[1:]
    return any(a_sides[i] and b_sides[i] and a_sides[i] != b_sides[i]
               and not may_be_one_party(a_sides[i], b_sides[i], collection, (loose[0][i], loose[1][i]))
               for i in range(2))


def one_act(a: EventCluster, b: EventCluster, collection: Collection) -> bool:
    """The two clusters' members could be one cluster: kind of act, object class, dates and story fit."""
    if (a.campaign, a.response) != (b.campaign, b.response) or (a.classes and b.classes and not a.classes & b.classes):
        return False
    pairs = [(x, y) for x in a.items for y in b.items]
    return all(dates_compatible(x, y) for x, y in pairs) and \
        all(same_story(collection.stories, x, y) for x, y in pairs if x.doc != y.doc)


JOINABLE_MEMO = "joinable"
"""The first part of the name under which a fusion keeps the blocks of one act word whose sides fit (`joinable`)."""


def joinable(event_blocks: list[Block], collection: Collection,
             kept: Mapping[tuple[str, str], tuple] | None = None,
             made: dict[tuple[str, str], tuple] | None = None) -> list[Block]:
    """The blocks that hold an act word of a type another block holds too, where the two blocks' sides fit
    (`sides_fit`): the only ones whose clusters can join, so the only ones clustered ahead.

    Whether two blocks' sides fit depends on their sides only (`side_signature`): of the blocks of one word an
    earlier fusion compared, those whose sides are the same keep the pairs found fitting then, and only the pairs
    of a block new to the word, or whose sides changed, are compared.

    :param kept: (`joinable|TYPE|word`, signature) → (pairs, {"sides": block → side signature, "fitting": pairs})
        of an earlier fusion
    :param made: filled with this fusion's, in the same form"""
    holders: dict[tuple[str, str], dict[str, Block]] = defaultdict(dict)
    for block in event_blocks:
        for item in [*block.items, *block.partials]:
            if item.event.trigger:
                holders[(block.key[0], act_stem(item.event.trigger))][block.name] = block
    symmetric = set(fusion_lexicon()["symmetric_types"])
    loose = {block.name: loose_sides(block, collection) for block in event_blocks}
    earlier = {name: data for (name, _), (_, data, *_) in (kept or {}).items()
               if name.startswith(JOINABLE_MEMO + "|") and isinstance(data, dict)} if made is not None else {}
    signatures = {block.name: side_signature(block, loose[block.name], collection)
                  for block in event_blocks} if made is not None else {}
    answers: dict[tuple[str, str], bool] = {}
    shared: set[str] = set()
    for (event_type, word), named in holders.items():
        name = "|".join((JOINABLE_MEMO, event_type, word))
        before = earlier.get(name, {"sides": {}, "fitting": []})
        same = {b for b in named if signatures and before["sides"].get(b) == signatures[b]}
        fitting = [(a, b) for a, b in before["fitting"] if a in same and b in same]
        names = sorted(named)
        for n, a in enumerate(names):
            for b in names[n + 1:]:
                if a in same and b in same:
                    continue  # compared before: fitting where it was found so
                if (a, b) not in answers:
                    answers[(a, b)] = sides_fit(named[a], named[b], event_type in symmetric, collection,
                                                (loose[a], loose[b]))
                if answers[(a, b)]:
                    fitting.append((a, b))
        shared.update(x for pair in fitting for x in pair)
        if made is not None:
            sides = {b: signatures[b] for b in names}
            fitting = sorted(fitting)
            key = (name, digest((sides, fitting)))
            # as the last fusion kept it, where the same (its row then is not written again)
            made[key] = (kept or {}).get(key) or (len(fitting), {"sides": sides, "fitting": [list(p) for p in fitting]})
    return [b for b in event_blocks if b.name in shared]


def side_signature(block: Block, loose: Loose, collection: Collection) -> str:
    """What `sides_fit` reads of a block: its name (type and sides), which sides stand for loose groups, and each
    side's name, kind and whether it is a country; and fusion's code."""
    actors, countries = collection.levels.actors, collection.levels.countries
    sides = [(side, collection.names.get(side), side in countries, side in actors,
              actors[side].kind if side in actors else None) for side in block.key[1:] if side]
    return digest((code_version(), block.name, loose, sides))


Clustered = dict[str, tuple[Block, list[EventCluster]]]


def told(clustered: Clustered, ref: tuple[str, int]) -> tuple[int, int]:
    """How many documents and reports a cluster (block name, index) holds."""
    items = clustered[ref[0]][1][ref[1]].items
    return len({i.doc for i in items}), len(items)


ACT_AGREEMENT = 0.5
"""The share of a group's clusters a cluster must fit (`joins`) to join the group's act, apart from none of them."""


def joins(clustered: Clustered, ref: tuple[str, int], group: list[tuple[str, int]], collection: Collection,
          loose: dict[str, Loose], pairs: PairMemo | None = None) -> bool:
    """A cluster fits at least `ACT_AGREEMENT` of a group's clusters and is apart from none.

    Two clusters of different blocks fit where their blocks' sides fit (`sides_fit`) and they could be one cluster
    (`one_act`); they are apart where they are of one block (its clustering kept them apart), their sides name two
    parties in one role (`sides_clash`), or they are of other kinds of act, objects, dates or stories (`one_act`).

    Not every one (complete link): reports of one shooting name its sides in so many ways (`a former employee`,
    `Eric Allen Kirkpatrick`, `the accountant`) that two clusters of it often share no side, and a cluster would be
    kept from the act for one of them (ECB+: 22 pairs of mentions of one act); a cluster that names two parties
    in one role with a member (`sanctions on Iran` / `on Russia`) stays out whatever it fits.

    :param pairs: the pairs' answers an earlier fusion kept (`PairMemo`), read instead of computed"""
    fitting = 0
    for other in group:
        if other[0] == ref[0]:  # of one block: apart
            return False
        answer = pairs.answer(ref, other) if pairs is not None else \
            pair_answer(clustered, ref, other, collection, loose)
        if answer == FIT:
            fitting += 1
        elif answer == APART:
            return False
    return fitting > 0 and fitting >= ACT_AGREEMENT * len(group)


FIT, APART, NEITHER = "f", "a", "n"
"""What two clusters of different blocks are to each other in `joins`: they fit, are apart, or neither."""


def pair_answer(clustered: Clustered, ref: tuple[str, int], other: tuple[str, int], collection: Collection,
                loose: dict[str, Loose]) -> str:
    """Whether a cluster fits another cluster of another block, is apart from it, or neither (`joins`)."""
    (block, clusters), (other_block, other_clusters) = clustered[ref[0]], clustered[other[0]]
    a, b = clusters[ref[1]], other_clusters[other[1]]
    sides = (loose[ref[0]], loose[other[0]])
    # whether they fit, else whether they are apart, asking `one_act` of the pair once
    same_act = None
    if sides_fit(block, other_block, a.items[0].symmetric, collection, sides):
        same_act = one_act(a, b, collection)
        if same_act:
            return FIT
    if sides_clash(block, other_block, a.items[0].symmetric, collection, sides) \
            or not (same_act if same_act is not None else one_act(a, b, collection)):
        return APART
    return NEITHER


class PairMemo:
    """The answers `pair_answer` gave of pairs of clusters of one act word, each cluster named by a digest of what
    the answer reads of it (`cluster_signature`): an earlier fusion's are read, the others computed; `asked` holds
    every answer this fusion asked, for the next (an act word formed again after a document joined one of its
    clusters asks mostly pairs of clusters that did not change). So are whether a cluster's reports name a side
    (`names_sides`: on the cluster's signature and a digest of the side's names), in `named` and `named_now`.

    :param kept: "signature signature" → answer, of an earlier fusion's forming of the word
    :param signatures: cluster → its signature, filled as asked
    :param named: "signature side" → whether the cluster's reports name the side, of the earlier forming
    :param names: side → a digest of it and its names (`Named.names`), filled as asked"""

    def __init__(self, clustered: Clustered, collection: Collection, loose: dict[str, Loose],
                 kept: Mapping[str, str], signatures: dict[tuple[str, int], str],
                 named: Mapping[str, int] | None = None, names: dict[str, str] | None = None):
        self.clustered, self.collection, self.loose = clustered, collection, loose
        self.kept, self.signatures = kept, signatures
        self.asked: dict[str, str] = {}
        self.named: Mapping[str, int] = named or {}
        self.named_now: dict[str, int] = {}
        self.names = {} if names is None else names

    def side_key(self, ref: tuple[str, int], side: str, pattern: Named) -> str:
        if side not in self.names:
            self.names[side] = digest((side, pattern.names))
        return f"{self.signature(ref)} {self.names[side]}"

    def signature(self, ref: tuple[str, int]) -> str:
        if ref not in self.signatures:
            self.signatures[ref] = cluster_signature(self.clustered, ref, self.collection, self.loose)
        return self.signatures[ref]

    def answer(self, ref: tuple[str, int], other: tuple[str, int]) -> str:
        key = f"{self.signature(ref)} {self.signature(other)}"
        answer = self.asked.get(key) or self.kept.get(key)
        if answer is None:
            answer = pair_answer(self.clustered, ref, other, self.collection, self.loose)
        self.asked[key] = answer
        return answer


def cluster_part(clustered: Clustered, ref: tuple[str, int], collection: Collection, loose: dict[str, Loose]) -> tuple:
    """What `pair_answer` reads of a cluster: its block (type and sides), which sides stand for loose groups, its
    members in order, its documents (content, origin, actor resolution: `Collection.signatures`) and its block's
    sides as `joins` reads them (name, kind, aliases, whether a country)."""
    actors, countries = collection.levels.actors, collection.levels.countries
    block, clusters = clustered[ref[0]]
    items = clusters[ref[1]].items
    sides = [(side, collection.names.get(side), side in countries,
              *((x.kind, sorted(x.aliases)) if (x := actors.get(side)) else ()))
             for side in block.key[1:] if side]
    return (ref[0], loose[ref[0]], [i.id for i in items], sorted({collection.signatures[i.doc] for i in items}), sides)


def cluster_signature(clustered: Clustered, ref: tuple[str, int], collection: Collection,
                      loose: dict[str, Loose]) -> str:
    """A digest of what `pair_answer` reads of a cluster (`cluster_part`), whether stories are told apart (its story
    tests) and fusion's code."""
    return digest((code_version(), collection.stories.active, cluster_part(clustered, ref, collection, loose)))


def names_sides(clustered: Clustered, ref: tuple[str, int], group: list[tuple[str, int]],
                collection: Collection, patterns: dict[str, Named], pairs: PairMemo | None = None) -> int:
    """How many sides of a group's blocks, other than the cluster's own, its reports name in their sentences
    (`Angels general manager Tony Reagins` names the Angels): which of several acts a report's side acts in.

    :param patterns: actor id → the pattern of its names (`named`), filled as needed
    :param pairs: the answers an earlier fusion kept (`PairMemo.names`), read instead of searched"""
    own = set(clustered[ref[0]][0].key[1:])
    sides = {side for name, _ in group for side in clustered[name][0].key[1:] if side and side not in own}
    if not sides:
        return 0
    texts: list[str] | None = None
    found = 0
    for side in sorted(sides):
        if side not in patterns:
            patterns[side] = named(side, collection)
        key = pairs.side_key(ref, side, patterns[side]) if pairs is not None else None
        hit = None if key is None else pairs.named_now.get(key, pairs.named.get(key))
        if hit is None:
            if texts is None:
                texts = [collection.text(i.doc, i.event.start, i.event.end)
                         for i in clustered[ref[0]][1][ref[1]].items]
            hit = int(any(patterns[side].search(text) for text in texts))
        if key is not None:
            pairs.named_now[key] = hit
        found += hit
    return found


class Named:
    """A pattern of an actor's names as words, case-insensitive, compiled only for a text that may hold one: an
    ASCII text where no ASCII name is a substring, case aside, holds none (most texts asked about most sides), and
    compiling a pattern for each side of an act word costs more than all its searches."""

    def __init__(self, names: list[str]):
        self.names = names
        self.lowered = [n.lower() for n in names] if names and all(n.isascii() for n in names) else None
        self.pattern: re.Pattern[str] | None = None

    def search(self, text: str) -> re.Match[str] | None:
        # with ASCII names and text, the pattern's case-insensitive letters match only ASCII letters of either case
        if self.lowered is not None and text.isascii():
            lowered = text.lower()
            if not any(name in lowered for name in self.lowered):
                return None
        if self.pattern is None:
            self.pattern = re.compile("|".join(rf"\b{re.escape(n)}\b" for n in self.names), re.IGNORECASE)
        return self.pattern.search(text)


def named(actor: str, collection: Collection) -> Named:
    """A pattern of an actor's name and aliases as words, case-insensitive."""
    known = collection.levels.actors.get(actor)
    return Named(sorted({collection.names.get(actor, actor), *(known.aliases if known else ())} - {""}))


ACT_MEMO = "act"
"""The first part of the name under which a fusion keeps the groups one act word formed (`join_acts`'s `kept`)."""
PAIRS = "pairs"
"""Where an act word's kept groups hold the pairs' answers their forming asked (`PairMemo`)."""
NAMED = "named"
"""Where they hold whether a cluster's reports name a side (`names_sides`), as their forming asked."""


def join_acts(clustered: Clustered, collection: Collection,
              kept: Mapping[tuple[str, str], tuple] | None = None,
              made: dict[tuple[str, str], tuple[int, dict]] | None = None) -> set[str]:
    """Join clusters of different blocks that tell one act (see the module doc), in place: each group's
    members go to its cluster telling the most documents; the others leave their blocks. Returns the names
    of the blocks whose clusters changed.

    Clusters are compared within each word one of their reports names the act with (`captured` where most
    say `arrested`), most told clusters first, each into a group it joins (`joins`: it fits most of the group and
    is apart from none), the one its reports name the sides of most (`names_sides`), else the first; groups of
    two words sharing a cluster are one act.

    The groups of one word depend on that word's clusters only (their members, blocks, sides and documents:
    `word_signature`; the story tests they ask depend on their documents only: `Stories`). An earlier fusion's
    groups of a word are taken again where its signature is the same: the same groups. A word formed again reads
    the answers of the pairs of clusters its last forming asked (`PairMemo`): most of its clusters did not change.

    :param kept: (`act|TYPE|word`, signature) → (groups, {"groups": ..., "pairs": ...}) of an earlier fusion
    :param made: filled with this fusion's, in the same form"""
    words: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for name, (block, clusters) in clustered.items():
        for n, cluster in enumerate(clusters):
            for word in sorted(cluster.triggers):
                words[(block.key[0], word)].append((name, n))
    loose = {name: loose_sides(block, collection) for name, (block, _) in clustered.items()}
    refs = {ref for bucket in words.values() for ref in bucket}
    order = {ref: (-documents, -reports, ref) for ref in refs for documents, reports in [told(clustered, ref)]}
    acts = UnionFind(order)
    patterns: dict[str, Named] = {}
    # the pairs' answers the last fusion kept of each word (`PairMemo`), whatever the word's signature then
    answered = {name: (data.get(PAIRS, {}), data.get(NAMED, {})) for (name, _), (_, data, *_) in (kept or {}).items()
                if name.startswith(ACT_MEMO + "|") and isinstance(data, dict)} if made is not None else {}
    signatures: dict[tuple[str, int], str] = {}
    side_names: dict[str, str] = {}
    for word, bucket in sorted(words.items()):
        key = ("|".join((ACT_MEMO, *word)), word_signature(clustered, bucket, collection, loose, signatures)) \
            if made is not None else None
        earlier = kept.get(key) if kept and key else None
        if earlier is not None and isinstance(earlier[1], dict):
            formed = [[tuple(ref) for ref in group] for group in earlier[1]["groups"]]
        else:
            kept_pairs, kept_named = answered.get(key[0], ({}, {})) if key else ({}, {})
            pairs = PairMemo(clustered, collection, loose, kept_pairs, signatures, named=kept_named,
                             names=side_names) if key else None
            formed = form_acts(clustered, sorted(bucket, key=order.__getitem__), collection, loose, patterns, pairs)
            earlier = (len(formed), {"groups": [[list(ref) for ref in group] for group in formed],
                                     **({PAIRS: pairs.asked, NAMED: pairs.named_now} if pairs is not None else {})})
        if key:
            made[key] = earlier
        for group in formed:
            for ref in group[1:]:
                acts.union(group[0], ref)
    groups = [sorted(g, key=order.__getitem__) for g in acts.groups().values() if len(g) > 1]
    changed: set[str] = set()
    absorbed: dict[str, set[int]] = defaultdict(set)
    for members in sorted(groups):
        head = members[0]
        target = clustered[head[0]][1][head[1]]
        for ref in members[1:]:
            for item in clustered[ref[0]][1][ref[1]].items:
                target.add(item)
            absorbed[ref[0]].add(ref[1])
            changed.update({ref[0], head[0]})
    for name, gone in absorbed.items():
        block, clusters = clustered[name]
        clustered[name] = (block, [c for n, c in enumerate(clusters) if n not in gone])
    return changed


def form_acts(clustered: Clustered, ordered: list[tuple[str, int]], collection: Collection, loose: dict[str, Loose],
              patterns: dict[str, Named], pairs: PairMemo | None = None) -> list[list[tuple[str, int]]]:
    """The groups one act word's clusters form, most told first (`join_acts`; `pairs`: `joins`)."""
    # most told clusters first: each fits most of its group, and no two clusters of a group are apart
    formed: list[list[tuple[str, int]]] = []
    for ref in ordered:
        first = next((n for n, group in enumerate(formed) if joins(clustered, ref, group, collection, loose, pairs)),
                     None)
        if first is None:
            formed.append([ref])
            continue
        # of several acts it fits, the first one whose sides its reports name most
        home, best = formed[first], names_sides(clustered, ref, formed[first], collection, patterns, pairs)
        for group in formed[first + 1:]:
            score = names_sides(clustered, ref, group, collection, patterns, pairs)
            if score > best and joins(clustered, ref, group, collection, loose, pairs):
                home, best = group, score
        home.append(ref)
    return formed


def word_signature(clustered: Clustered, bucket: list[tuple[str, int]], collection: Collection,
                   loose: dict[str, Loose], signatures: dict[tuple[str, int], str] | None = None) -> str:
    """What the groups of one act word are made from, besides story tests: each cluster's place (block and index:
    the order of equally told clusters) and what `pair_answer` reads of it (`cluster_signature`: its members in
    order, its block's loose sides, its documents, its block's sides as `joins` reads them, whether stories are
    told apart and fusion's code).

    :param signatures: cluster → its signature, filled as asked"""
    signatures = {} if signatures is None else signatures
    for ref in bucket:
        if ref not in signatures:
            signatures[ref] = cluster_signature(clustered, ref, collection, loose)
    return digest((code_version(), collection.stories.active, [(*ref, signatures[ref]) for ref in sorted(bucket)]))

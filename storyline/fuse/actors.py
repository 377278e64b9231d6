"""Actors across the collection: one canonical actor per real-world actor.

Each document names its actors with local keys (`storyline/nlp/actors/`): a gazetteer id (`RUS`,
`nato`), a slug of a person's name as the document gives it (`jane-roe`, or just `roe` where the
document never gives the full name) or a slug of an organization's or group's name. Here the keys of
all documents are joined:

- the same key in several documents is one actor (gazetteer ids, identical names);
- full names that are one person written differently are one actor (`Yamada Taro`/`Taro Yamada`,
  `Jon Smith`/`John Smith`, `Maria Lopez`/`Ana Maria Lopez`);
- a surname-only person (`Roe`) is the full-name person with that surname, where the collection
  has exactly one; with two (`Joe Biden`, `Hunter Biden`) it stays on its own;
- organizations sharing a name or alias (`CNAS`), written with or without a company's designator (`Hewlett-Packard
  Co.`), or two names the Phoenix dictionaries give one body (`organization_aliases.tsv`), are one actor; an acronym
  two organizations of other names share joins neither;
- a short organization name is the one longer name it ends (`Red Sox` / `Boston Red Sox`) or abbreviates
  (`HP` / `Hewlett-Packard`, `EYP MCF` / `EYP Mission Critical Facilities`), where the collection has
  exactly one such name and the two articles share another actor.

A fusion that adds documents resolves them against what the last one kept (`kept_actors.py`, issue 16). A first
redo of only what added documents reach was tried and dropped: it redid the connected parts of actors sharing any key
a rule reads (an id, a full name's words, a name form, the words a longer name ends with, an acronym), and those parts
chain (`Michael` reads every Michael: the largest part 2,730 actors, a country's id one part of hundreds), so 20 BBC
documents reached 19-27% of the actors, keeping the parts' index cost more than the rules over all (0.48 → 0.85 s
under load), and merging every canonical actor again (pydantic's validation of each) grew with N anyway. What is kept
instead is what each rule reads, by the value it reads it under: of each distinct local actor, its full name's words
(variants, surnames), its one word (surnames), its organization name forms and its name's words, acronyms and
capitals (short names), so no name is normalized again; the sets the variants made (the one rule comparing names
pairwise: a new full name is compared with the kept ones sharing a word with it); and the canonical actors of several
local actors. The rules after the variants read sets, not names, and are applied again over the kept values in the
same order (a short name's rule compares each set's least key, kept as the root of the id sets); an actor whose ids
and documents did not change is the one kept, and an actor of one local actor is read from it, neither validated
again. Exact (`tests/test_fuse_actors_kept.py`: random collections resolved batch by batch equal one resolution,
with a second full name unlinking a kept surname, a full name ending with a kept first name, an acronym two
organizations come to share; BBC's actors and links equal to this module's rules' from scratch and after +20).
BBC, 20 documents added to 2,107 (`benchmarks/fusion.py --store-only --steps`, main and this code run back to back,
twice, under a load of 5-7 on 2 cores): resolve actors 0.37 and 0.42 → 0.14 and 0.13 s CPU (a full resolution, which
also makes what is kept, 0.35-0.38 s either way); the write 0.18 and 0.21 → 0.21 and 0.19 s (the kept row, 1.6 then 1.2
MB of JSON once a kept actor's documents were read from its keys, which every fusion also reads); the fusion under the
step timers 2.75 and 2.94 → 2.59 and 2.47 s; its CPU alone 2.86 and 2.71 s against a full fusion's 11.62 and 11.84 s
(24.6%, 22.9%) → 2.61 and 2.48 s against 12.01 and 11.23 s (21.7%, 22.1%); exports identical to a from-scratch store's.
What still grows with N: reading every local actor into the keys (some 0.04 s), the rules after the variants over every
kept value (0.04 s; the short names' over every organization key), and constructing each of the 9,381 canonical actors
the rest of fusion reads (0.04 s of one local actor each, kept ones 0.01 s).
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from storyline.model import Actor, Extraction, LocalActor
from storyline.resources import RESOURCES, load_resource

if TYPE_CHECKING:
    from storyline.fuse.kept_actors import ActorMemo

Key = tuple[str, str]
"""(document id, local actor id)"""

FIRST_NAME_SIMILARITY = 80
"""rapidfuzz ratio above which two first names with the same surname are one person (`Antony`/`Anthony`)."""


@lru_cache(maxsize=200_000)
def normalize(text: str) -> str:
    """`the Kremlin’s` → `kremlin`: how names are compared."""
    text = re.sub(r"^(the|a|an)\s+", "", text.strip().lower().replace("’", "'"))
    return re.sub(r"[^a-z0-9]+", " ", re.sub(r"'s$", "", text)).strip()


class UnionFind:
    """Disjoint sets over local actor keys."""

    def __init__(self, keys: Iterable[Key]):
        self.parent = {k: k for k in keys}

    def find(self, key: Key) -> Key:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: Key, b: Key) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[Key, list[Key]]:
        out: dict[Key, list[Key]] = defaultdict(list)
        for key in self.parent:
            out[self.find(key)].append(key)
        return out


def resolve_actors(extractions: list[Extraction], mention_counts: Counter[Key] | None = None,
                   memo: ActorMemo | None = None) -> tuple[list[Actor], dict[tuple[str, str], str]]:
    """Join the document-local actors of a collection into canonical actors.

    Example: `actors, ids = resolve_actors(extractions); ids[("001.txt", "roe")]` → `"jane-roe"`

    :param extractions: one per document, with its `local_actors` and `mentions`
    :param mention_counts: (document id, local actor id) → mentions, where counted already (the store
        counts them: `Store.mention_counts`); the extractions' `mentions` are then not read
    :param memo: what the last resolution kept (`resolve_kept`), updated to this one's: only what the documents
        new to it change is resolved again
    :returns: the canonical actors (union of aliases and roles, the fullest name, the documents that
        mention them and how often), and the map from (document id, local actor id) to actor id
    """
    if memo is not None:
        if mention_counts is None:
            mention_counts = Counter((ex.document.id, m.actor) for ex in extractions for m in ex.mentions)
        elif not isinstance(mention_counts, Counter):
            mention_counts = Counter(mention_counts)
        from storyline.fuse.kept_actors import resolve_kept  # which reads this module's rules

        return resolve_kept(extractions, mention_counts, memo)
    local: dict[Key, LocalActor] = {}
    mentions: Counter[Key] = Counter()
    for ex in extractions:
        for actor in ex.local_actors:
            local[(ex.document.id, actor.id)] = actor
        for mention in ex.mentions if mention_counts is None else ():
            mentions[(ex.document.id, mention.actor)] += 1
    if mention_counts is not None:
        mentions = Counter(mention_counts)
    sets = UnionFind(local)
    join_same_ids(local, sets)
    distinct = one_of_each(local)
    join_person_variants(distinct, sets)
    join_surnames(distinct, sets)
    join_organization_names(distinct, sets)
    join_organization_short_names(local, sets)
    actors: list[Actor] = []
    ids: dict[Key, str] = {}
    for members in sets.groups().values():
        actor = merge(members, local, mentions)
        actors.append(actor)
        for key in members:
            ids[key] = actor.id
    actors.sort(key=lambda a: (-a.mentions, a.id))
    return actors, ids


def join_same_ids(local: dict[Key, LocalActor], sets: UnionFind) -> None:
    first: dict[str, Key] = {}
    for key in local:
        sets.union(first.setdefault(key[1], key), key)


def one_of_each(local: dict[Key, LocalActor]) -> dict[Key, LocalActor]:
    """The first local actor of each id, name, kind, country and aliases: what the rules after `join_same_ids` read
    of an actor but the short organization names' (which reads its document too).

    A collection names one actor alike in many documents (BBC: 22,478 local actors, 12,591 distinct); the same id
    put each copy in one set already, and a rule decides for a copy as for the first (the same names, the same set),
    so the other rules read one of each and make the same sets (`tests/test_fuse_actors_exact.py`)."""
    seen: set[tuple] = set()
    distinct: dict[Key, LocalActor] = {}
    for key, actor in local.items():
        same = (key[1], actor.name, actor.kind, actor.country, tuple(actor.aliases))
        if same not in seen:
            seen.add(same)
            distinct[key] = actor
    return distinct


def full_name_words(actor: LocalActor) -> list[str]:
    words = normalize(actor.name).split()
    return words if actor.kind == "person" and len(words) > 1 else []


def join_person_variants(local: dict[Key, LocalActor], sets: UnionFind) -> None:
    """`Taro Yamada` = `Yamada Taro`; `Jon` = `John Smith`; `Maria Lopez` ⊂ `Ana Maria Lopez`.

    Names are compared only within buckets of the same last word, and first names once per two distinct
    spellings of a bucket (a collection names one person in hundreds of documents the same way), so this
    stays linear in practice."""
    persons = [(key, words) for key, actor in local.items() if (words := full_name_words(actor))]
    by_set: dict[frozenset[str], list[Key]] = defaultdict(list)
    by_last: dict[str, dict[str, list[Key]]] = defaultdict(dict)
    by_affix: dict[tuple[str, ...], list[Key]] = defaultdict(list)
    for key, words in persons:
        by_set[frozenset(words)].append(key)
        by_last[words[-1]].setdefault(words[0], []).append(key)
        for n in range(2, len(words)):  # the shorter names (`is_affix`) this one holds at its start or end
            for affix in {tuple(words[:n]), tuple(words[-n:])}:
                by_affix[affix].append(key)
    for keys in by_set.values():
        for key in keys[1:]:
            sets.union(keys[0], key)
    for firsts in by_last.values():
        # one union-find joins the same sets whatever the order: each first name's keys together (a ratio of
        # 100), then any two first names alike enough, as every pair of keys was compared before
        spelled = list(firsts.items())
        for keys in firsts.values():
            for key in keys[1:]:
                sets.union(keys[0], key)
        for i, (first, keys) in enumerate(spelled):
            for other, other_keys in spelled[i + 1 :]:
                if fuzz.ratio(first, other) >= FIRST_NAME_SIMILARITY:
                    sets.union(keys[0], other_keys[0])
    for key, words in persons:
        # a full name is specific: `Comedian Ellen DeGeneres` and `Ellen DeGeneres Returns` (a tagger's
        # span running on) are both the `Ellen DeGeneres` they hold
        for longer in by_affix.get(tuple(words), ()):
            sets.union(longer, key)


def is_affix(short: list[str], long: list[str]) -> bool:
    """`maria lopez` ends `ana maria lopez`; `vladimir putin` starts `vladimir putin jr`."""
    n = len(short)
    return 1 < n < len(long) and (long[-n:] == short or long[:n] == short)


def join_surnames(local: dict[Key, LocalActor], sets: UnionFind) -> None:
    """A one-word person goes to the one full-name person (after variants) with that surname or first name; so
    does a one-word organization the gazetteer does not know that is the surname of exactly one person."""
    by_word: dict[str, dict[str, set[Key]]] = {"last": defaultdict(set), "first": defaultdict(set)}
    for key, actor in local.items():
        words = full_name_words(actor)
        if words:
            by_word["last"][words[-1]].add(sets.find(key))
            by_word["first"][words[0]].add(sets.find(key))
    known = gazetteer_organizations()
    for key, actor in local.items():
        words = normalize(actor.name).split()
        if len(words) != 1:
            continue
        if actor.kind == "person":
            roots = by_word["last"].get(words[0]) or by_word["first"].get(words[0]) or set()
        elif actor.kind == "organization" and key[1] not in known and not actor.name.isupper():
            # a surname the tagger took for an organization (`Teixeira`): the one person of that surname
            roots = by_word["last"].get(words[0]) or set()
        else:
            continue
        if len(roots) == 1:
            sets.union(next(iter(roots)), key)


def join_organization_names(local: dict[Key, LocalActor], sets: UnionFind) -> None:
    """Organizations sharing a name or alias (`CNAS`), written with or without a company's designator or the spaces
    and hyphens in it (`Hewlett-Packard Co.` / `Hewlett-Packard`, `SeaMicro` / `Sea Micro`: `name_key`), are one;
    `the council`, an article's way back to the council it named, is no name (every council of the collection has
    it). A name held by organizations of two countries joins none of them. An acronym joins last, and only where
    the organizations whose names it shortens are one by then: `DPJ` given to two bodies of other names (each
    article's bracketed acronym of its own: `Kestrel Data Systems (KDS)`, `Kappa Defense Services (KDS)`) joins
    neither."""
    named: dict[str, list[Key]] = defaultdict(list)
    short: dict[str, list[Key]] = defaultdict(list)
    listed = lexicon_aliases()
    for key, actor in local.items():
        if actor.kind != "organization":
            continue
        for name in {actor.name, *actor.aliases}:
            if is_proper_name(name) and len(form := name_key(name)) > 1:
                (short if is_acronym(name) else named)[form].append(key)
                if form in listed:  # one body's names in the Phoenix dictionaries (`Hizbullah`, `Hezbollah`)
                    named[f"listed:{listed[form]}"].append(key)
    for keys in named.values():
        if one_country(local, keys):
            for key in keys[1:]:
                sets.union(keys[0], key)
    for form, keys in sorted(short.items()):  # one order, whatever the documents' (an acronym's join may settle
        # whether another's expansions are one by then)
        keys = list(dict.fromkeys(keys + named.get(form, [])))
        expansions = {sets.find(k) for k in keys if not is_acronym(local[k].name) and name_key(local[k].name) != form}
        if len(expansions) <= 1 and one_country(local, keys):
            for key in keys[1:]:
                sets.union(keys[0], key)


@cache
def lexicon_aliases() -> dict[str, str]:
    """`organization_aliases.tsv` (derived by tools/derive_agents.py from the Phoenix actor dictionaries): the
    `name_key` of each name of a body -> that of its first name (`hizbullah` -> `hezbollah`, `opcw` ->
    `organizationfortheprohibitionofchemicalweapons`). Read once per process."""
    with (RESOURCES / "organization_aliases.tsv").open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        next(rows, None)  # the header
        return {name_key(row[0]): name_key(row[1]) for row in rows if len(row) == 2}


def one_country(local: dict[Key, LocalActor], keys: list[Key]) -> bool:
    """No two of the actors are of two countries (an actor of no country known fits any)."""
    return len({local[k].country for k in keys if local[k].country}) <= 1


@lru_cache(maxsize=200_000)
def is_proper_name(text: str) -> bool:
    """`CNAS`, `the Kremlin`: capitals after any article; `the council`, `The council` are descriptions."""
    return any(ch.isupper() for ch in re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE))


@lru_cache(maxsize=200_000)
def is_acronym(text: str) -> bool:
    """`DPJ`, `U.N.`, `EYP`: a name of capitals only (letters or digits, dots between them)."""
    compact = re.sub(r"[.\s&\-]", "", re.sub(r"^(?:the)\s+", "", text.strip(), flags=re.IGNORECASE))
    return 2 <= len(compact) <= 8 and compact.isalnum() and compact.isupper()


DESIGNATORS = frozenset({"co", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "llc", "lp",
                         "llp", "company", "ag", "gmbh", "nv"})
"""A company's legal designators, which a report may drop from its name (`Hewlett-Packard Co.`: `Hewlett-Packard`)."""


def strip_designators(words: list[str]) -> list[str]:
    """`[hewlett, packard, co]` → `[hewlett, packard]`: the designators at a name's end dropped (a name alone kept)."""
    end = len(words)
    while end > 1 and words[end - 1] in DESIGNATORS:
        end -= 1
    return words[:end]


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """`Hewlett-Packard Co.` → `hewlettpackard`, `Sea Micro` → `seamicro`: how organizations' names are compared
    (`normalize`d, a company's designators dropped, the spaces between words too)."""
    return "".join(strip_designators(normalize(text).split()))


ACRONYM_SKIPPED = frozenset({"of", "on", "in", "and", "for", "the", "a", "an", "de", "du", "des", "la", "le"})
"""Words an acronym leaves out (`Council on Foreign Relations` → `CFR`)."""


@lru_cache(maxsize=200_000)
def acronyms(name: str) -> frozenset[str]:
    """`Hewlett-Packard` → {`hp`}; `EYP Mission Critical Facilities` → {`emcf`, `eypmcf`}: the forms a short
    all-capitals name of it could take (every initial, or an all-capitals first word kept whole)."""
    words = [w for w in re.split(r"[\s\-–/]+", name) if w and w.lower() not in ACRONYM_SKIPPED]
    words = [re.sub(r"[^A-Za-z0-9]", "", w) for w in words]
    words = [w for w in words if w]
    kept = len(strip_designators([w.lower() for w in words]))
    forms: set[str] = set()
    for cut in {len(words), kept}:  # `Hewlett-Packard Co.`: `HPC` and `HP`
        if cut >= 2:
            forms.add("".join(w[0] for w in words[:cut]).lower())
            if words[0].isupper():
                forms.add((words[0] + "".join(w[0] for w in words[1:cut])).lower())
    return frozenset(forms)


@cache
def gazetteer_organizations() -> frozenset[str]:
    """Ids of the organizations the gazetteer knows with all their names (`organizations.yaml`)."""
    return frozenset(entry["id"] for entry in load_resource("organizations.yaml"))


def join_organization_short_names(local: dict[Key, LocalActor], sets: UnionFind) -> None:
    """A short organization name goes to the one longer name it ends or abbreviates (`Boston Red Sox`,
    `HP` / `Hewlett-Packard`), where the two documents also share another actor that is not a country
    (a short name is ambiguous across unrelated stories: `NHS`, `Tigers`); countries, where both have
    one, must agree. A one-word name joins only as an abbreviation: `Tigers`, `Sunday` or `Oxford` end too
    many names. A gazetteer organization has all its names listed: a longer one (`Non-European Union`)
    is another body."""
    orgs = [(key, actor, organization_words(actor.name)) for key, actor in local.items()
            if actor.kind == "organization"]
    by_end: dict[tuple[str, ...], list[tuple[Key, LocalActor, tuple[str, ...]]]] = defaultdict(list)
    by_acronym: dict[str, list[tuple[Key, LocalActor, tuple[str, ...]]]] = defaultdict(list)
    for entry in orgs:
        words = entry[2]
        for n in range(2, len(words)):  # the shorter names of two words or more this one ends with
            by_end[tuple(words[-n:])].append(entry)
        for form in acronyms(entry[1].name):
            by_acronym[form].append(entry)
    cast: dict[str, set[Key]] = defaultdict(set)
    for key, actor in local.items():
        if actor.kind != "country":
            cast[key[0]].add(sets.find(key))
    known = gazetteer_organizations()
    for key, actor, words in orgs:
        if not words or key[1] in known:
            continue
        longer = by_end.get(tuple(words), []) if len(words) > 1 else []
        if not longer and (form := capitals(actor.name)):
            longer = by_acronym.get(form, [])
        own = sets.find(key)
        roots = {sets.find(k) for k, other, _ in longer
                 if not (actor.country and other.country and actor.country != other.country)}
        if len(roots) != 1 or own in roots:
            continue
        root = roots.pop()
        docs = {k[0] for k, _, _ in longer if sets.find(k) == root}
        if any(len((cast[key[0]] & cast[d]) - {own, root}) > 0 for d in docs):
            sets.union(root, key)


@lru_cache(maxsize=200_000)
def organization_words(name: str) -> tuple[str, ...]:
    """`Hewlett-Packard Co.` → (`hewlett`, `packard`): an organization's name as its short names are compared."""
    return tuple(strip_designators(normalize(name).split()))


@lru_cache(maxsize=200_000)
def capitals(name: str) -> str | None:
    """`HP` → `hp`, `EYP MCF` → `eypmcf`: the letters and digits of a name in capitals (two at least), as an
    abbreviation of a longer name (`acronyms`) would be; else None."""
    compact = re.sub(r"[^A-Za-z0-9]", "", name)
    return compact.lower() if compact.isupper() and len(compact) >= 2 else None


def merge(members: list[Key], local: dict[Key, LocalActor], mentions: Counter[Key]) -> Actor:
    """One canonical actor: the fullest name; the most frequent kind, country, sector; all aliases, roles."""
    if len(members) == 1:  # most actors of a collection: its own fields, without counting them
        key = members[0]
        actor = local[key]
        return Actor(id=actor.id, name=actor.name, kind=actor.kind, country=actor.country or None,
                     sector=actor.sector or None, roles=list(dict.fromkeys(actor.roles)),
                     aliases=list(dict.fromkeys(actor.aliases)), documents=[key[0]], mentions=mentions[key])
    # one pass over the members (a country's are one per document that names it): the fullest name, the first of
    # them on a tie of words and mentions; each kind, country and sector weighed by its mentions (one at least),
    # the first of most weight; roles and aliases in order
    best, rank = local[members[0]], (-1, -1)
    kinds: dict[str, int] = {}
    countries: dict[str, int] = {}
    sectors: dict[str, int] = {}
    roles: dict[str, None] = {}
    aliases: dict[str, None] = {}
    documents: set[str] = set()
    total = 0
    for key in members:
        actor = local[key]
        count = mentions[key]
        total += count
        weight = count or 1
        if (words := name_words(actor.name), weight) > rank:
            best, rank = actor, (words, weight)
        kinds[actor.kind] = kinds.get(actor.kind, 0) + weight
        if actor.country:
            countries[actor.country] = countries.get(actor.country, 0) + weight
        if actor.sector:
            sectors[actor.sector] = sectors.get(actor.sector, 0) + weight
        roles.update(dict.fromkeys(actor.roles))
        aliases.update(dict.fromkeys(actor.aliases))
        documents.add(key[0])
    return Actor(
        id=best.id,
        name=best.name,
        kind=most_weighed(kinds) or best.kind,
        country=most_weighed(countries),
        sector=most_weighed(sectors),
        roles=list(roles),
        aliases=list(aliases),
        documents=sorted(documents),
        mentions=total,
    )


def most_weighed(weights: dict[str, int]) -> str | None:
    """The value of most weight, the first of them on a tie; None for none."""
    return max(weights, key=weights.__getitem__) if weights else None


@lru_cache(maxsize=200_000)
def name_words(name: str) -> int:
    """How many words a name holds, as compared (`normalize`): the fullest of an actor's names is its name."""
    return len(normalize(name).split())

"""Actors across the collection: one canonical actor per real-world actor.

Each document names its actors with local keys (`storyline/nlp/actors/`): a gazetteer id (`RUS`,
`nato`), a slug of a person's name as the document gives it (`jane-roe`, or just `roe` where the
document never gives the full name) or a slug of an organization's or group's name. Here the keys of
all documents are joined, by these rules (implemented once, over what a resolution keeps: `kept_actors.py`):

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

A fusion that adds documents resolves them against what the last one kept (`kept_actors.py`, issue 16); a
resolution with nothing kept (`resolve_actors` without a memo) is the same code from a fresh memo. A first
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
organizations come to share; BBC's actors and links equal to the from-scratch rules this module then also held, from
scratch and after +20; those rules, a second implementation of the same, were later removed, issue 16).
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

from storyline.model import Actor, Extraction, LocalActor
from storyline.resources import RESOURCES, load_resource

if TYPE_CHECKING:
    from storyline.fuse.kept_actors import ActorMemo

Key = tuple[str, str]
"""(document id, local actor id)"""


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
        keeps them: `Store.extractions(mention_counts=)`); the extractions' `mentions` are then not read
    :param memo: what the last resolution kept (`resolve_kept`), updated to this one's: only what the documents
        new to it change is resolved again; without one, a fresh one (every document new to it)
    :returns: the canonical actors (union of aliases and roles, the fullest name, the documents that
        mention them and how often), and the map from (document id, local actor id) to actor id
    """
    if mention_counts is None:
        mention_counts = Counter((ex.document.id, m.actor) for ex in extractions for m in ex.mentions)
    elif not isinstance(mention_counts, Counter):
        mention_counts = Counter(mention_counts)
    from storyline.fuse.kept_actors import ActorMemo, resolve_kept  # the rules, which read this module's name forms

    return resolve_kept(extractions, mention_counts, memo if memo is not None else ActorMemo())


@cache
def lexicon_aliases() -> dict[str, str]:
    """`organization_aliases.tsv` (derived by tools/derive_agents.py from the Phoenix actor dictionaries): the
    `name_key` of each name of a body -> that of its first name (`hizbullah` -> `hezbollah`, `opcw` ->
    `organizationfortheprohibitionofchemicalweapons`). Read once per process."""
    with (RESOURCES / "organization_aliases.tsv").open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        next(rows, None)  # the header
        return {name_key(row[0]): name_key(row[1]) for row in rows if len(row) == 2}


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


def merge(members: list[Key], local: dict[Key, LocalActor], mentions: Counter[Key],
          fields_set: set[str] | None = None) -> Actor:
    """One canonical actor: the fullest name; the most frequent kind, country, sector; all aliases, roles.

    :param fields_set: the set of field names an actor of one local actor is given (one set shared by every actor
        of a resolution: `SharedFieldSets`); a new one where none is given
    """
    if len(members) == 1:  # most actors of a collection: its own fields, without counting them or validating them
        key = members[0]
        actor = local[key]
        return constructed({
            "id": actor.id, "name": actor.name, "kind": actor.kind, "country": actor.country or None,
            "sector": actor.sector or None, "roles": list(dict.fromkeys(actor.roles)),
            "aliases": list(dict.fromkeys(actor.aliases)), "documents": [key[0]], "mentions": mentions[key]},
            set(Actor.model_fields) if fields_set is None else fields_set)
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


def constructed(fields: dict, fields_set: set[str]) -> Actor:
    """The canonical actor of these fields, every one given and trusted (read from validated local actors, or as a
    resolution kept them): `Actor.model_construct`'s work without its look for aliases and defaults (some 9,000
    actors a fusion)."""
    actor = Actor.__new__(Actor)
    object.__setattr__(actor, "__dict__", fields)
    object.__setattr__(actor, "__pydantic_fields_set__", fields_set)
    object.__setattr__(actor, "__pydantic_extra__", None)
    object.__setattr__(actor, "__pydantic_private__", None)
    return actor


def most_weighed(weights: dict[str, int]) -> str | None:
    """The value of most weight, the first of them on a tie; None for none."""
    return max(weights, key=weights.__getitem__) if weights else None


@lru_cache(maxsize=200_000)
def name_words(name: str) -> int:
    """How many words a name holds, as compared (`normalize`): the fullest of an actor's names is its name."""
    return len(normalize(name).split())

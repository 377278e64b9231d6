"""Actor resolution's rules (described in `actors.py`), kept between fusions: a fusion adding documents resolves
again only what they change.

Each rule reads actors by one value (a full name's last or first word, its words, the words it holds at its start or
end; an organization's name forms; the longer names a short one ends or abbreviates). A resolution keeps what the
rules read of each distinct local actor under those values, with the sets the full names' variants made and the
canonical actors of several local actors (`resolve_kept`), in the store among the fused blocks (`ACTOR_MEMO`); the
next reads them instead of the names. The rules have this one implementation: a resolution with nothing kept
(`resolve_actors` without a memo, a first fusion) starts from a fresh memo, every document new to it, and a
collection resolved batch by batch equals it resolved at once (`tests/test_fuse_actors_kept.py`).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from operator import attrgetter

from rapidfuzz import fuzz

from storyline.fuse.actors import (
    Key,
    acronyms,
    capitals,
    constructed,
    gazetteer_organizations,
    is_acronym,
    is_proper_name,
    lexicon_aliases,
    merge,
    name_key,
    normalize,
    organization_words,
)
from storyline.model import Actor, Extraction, LocalActor
from storyline.resources import RESOURCES

FIRST_NAME_SIMILARITY = 80
"""rapidfuzz ratio above which two first names with the same surname are one person (`Antony`/`Anthony`)."""

ACTOR_MEMO = "actors"
"""The name under which a fusion keeps what its actor resolution read (`ActorMemo`), among its fused blocks."""


@cache
def actor_memo_key() -> tuple[str, str]:
    """(name, signature) of the kept resolution: fusion's code and the lexicons the rules read."""
    from storyline.fuse.collection import code_version

    lexicons = hashlib.sha1()
    for name in ("organizations.yaml", "organization_aliases.tsv"):
        lexicons.update((RESOURCES / name).read_bytes())
    return ACTOR_MEMO, hashlib.sha1(f"{code_version()}|{ACTOR_MEMO}|{lexicons.hexdigest()}".encode()).hexdigest()[:16]


class ActorMemo:
    """What a resolution keeps for the next (`resolve_actors(memo=)`): `data` as read (None for none), replaced by
    this resolution's; `data` stays the same object where nothing was added (its stored row is then kept).

    Where the resolution read a kept one and replaced it, `links` holds how its links differ from those the kept one
    made (`LinkDelta`): the store compares only those with the links it keeps (`Store.replace_fusion(link_delta=)`)."""

    def __init__(self, data: dict | None = None):
        self.data = data
        self.links: LinkDelta | None = None


@dataclass
class LinkDelta:
    """A resolution's links against those of the kept resolution it read, each link (document id, local actor id) →
    canonical actor id. The kept resolution's links follow from what it keeps: a local actor of several is linked to
    the actor whose ids (`classes`) hold it, any other to its own id (`canonical_actors`), and a kept document's local
    actors never change (a stored document is never replaced). So the links differ in the new documents' (`added`) and
    in those of kept documents linked otherwise (`changed`, with the actor each was linked to, `was`); none is gone.

    `kept` and `made` name the resolution read (None where none was) and this one (`link_stamp`): the store takes
    this difference only where the links it holds were written with a resolution named `kept` (`Store.replace_fusion`
    keeps the name of the resolution a fusion's links follow from)."""

    kept: str | None
    made: str
    added: list[tuple[Key, str]]
    changed: list[tuple[Key, str]]
    was: dict[Key, str]


def link_stamp(state: dict) -> str:
    """What names a kept resolution and the links it made: fusion's code and lexicons (`actor_memo_key`) and its
    documents with their content hashes (`contents`)."""
    return f"{actor_memo_key()[1]}:{state.get('contents', '')}"


class IdSets:
    """Disjoint sets over local actor ids (the same id is one actor in every document), each set's root its id of the
    least (document, id) key: the same root whatever order the documents came in, so a rule comparing roots
    (`join_kept_short_names`) compares the same ones batch by batch as at once."""

    def __init__(self, keys_of: dict[str, list[Key]]):
        self.keys_of = keys_of
        self.first: dict[str, Key] = {}
        self.parent = {i: i for i in keys_of}

    def first_key(self, i: str) -> Key:
        """An id's least key, read when a union asks it."""
        first = self.first.get(i)
        if first is None:
            first = self.first[i] = min(self.keys_of[i])
        return first

    def find(self, i: str) -> str:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.first_key(ra) < self.first_key(rb):
            self.parent[rb] = ra
        else:
            self.parent[ra] = rb
        return True

    def join(self, members: Iterable[str]) -> None:
        """Put ids kept as one set (by an earlier resolution) in one set again."""
        members = list(members)
        root = min(members, key=self.first_key)
        for i in members:
            self.parent[i] = root


def resolve_kept(extractions: list[Extraction], mentions: Counter[Key], memo: ActorMemo,
                 ) -> tuple[list[Actor], dict[Key, str]]:
    """`resolve_actors`: the rules over a collection's local actors, redoing only what the documents new since the
    last resolution (`memo`) change (every document, for a fresh memo).

    Every rule reads its actors by one value (a full name's last or first word, its words, the words it holds at its
    start or end; an organization's name forms; the longer names a short one ends or abbreviates), so a resolution
    keeps what the rules read of each distinct local actor under those values (`full`, `one`, `orgs`, `orgnames`),
    never computed again, and the sets the full names' variants made (`p2`: that rule compares names pairwise, and
    only the new full names are compared again). The rules after it read those sets and the kept values only, and
    are applied again over them in the same order; a canonical actor whose ids and documents did not change is the
    one kept (`actors`, its fields as stored), not merged again. A kept document gone or changed (another content
    hash), or actors of other fields, and the resolution starts over.

    :param extractions: every document of the collection, with its local actors
    :param mentions: (document id, local actor id) → mentions
    :param memo: what the last resolution kept; on return, this one's
    """
    state = memo.data or {}
    documents = {ex.document.id: ex.document.content_hash for ex in extractions}
    kept_docs = set(state.get("docs", ()))
    if state.get("fields") != list(ACTOR_FIELDS) or state.get("contents") != contents_digest(kept_docs, documents):
        state, kept_docs = {}, set()
    local: dict[Key, LocalActor] = {}
    keys_of: dict[str, list[Key]] = defaultdict(list)
    new_keys: list[Key] = []
    for ex in extractions:
        doc = ex.document.id
        new = doc not in kept_docs
        for actor in ex.local_actors:
            key = (doc, actor.id)
            if key not in local:
                keys_of[actor.id].append(key)
                if new:
                    new_keys.append(key)
            local[key] = actor
    known = frozenset(state["known"]) if "known" in state else gazetteer_organizations()
    full: dict[str, list] = dict(state.get("full", {}))
    one: dict[str, list] = dict(state.get("one", {}))
    orgs: dict[str, list] = dict(state.get("orgs", {}))
    orgnames: dict[str, list] = dict(state.get("orgnames", {}))
    added = read_new_actors(local, new_keys, known, (full, one, orgs, orgnames))
    sets = IdSets(keys_of)
    kept_p2 = state.get("p2", [])
    for members in kept_p2:
        sets.join(members)
    touched = join_new_variants(full, added, sets)
    p2 = id_groups(sets, {i for members in kept_p2 for i in members} | touched)
    join_kept_surnames(full, one, sets)
    join_kept_organization_names(orgs, sets)
    join_kept_short_names(local, orgnames, known, sets)
    actors, ids, kept = canonical_actors(local, keys_of, {key[1] for key in new_keys}, mentions, sets, state)
    memo.links = None
    if len(kept_docs) != len(documents) or not state:
        read = state
        memo.data = {"fields": list(ACTOR_FIELDS), "docs": sorted(documents),
                     "contents": contents_digest(documents, documents), "known": sorted(known), "full": full,
                     "one": one, "orgs": orgs, "orgnames": orgnames, "p2": p2, **kept}
        # the links against those the kept resolution made (`LinkDelta`); made from nothing kept, none to compare
        changed, was = [], {}
        if read:
            kept_of = {i: actor_id for actor_id, members in read.get("classes", {}).items() for i in members}
            for key, actor_id in ids.items():
                if key[0] in kept_docs and actor_id != (before := kept_of.get(key[1], key[1])):
                    changed.append((key, actor_id))
                    was[key] = before
        memo.links = LinkDelta(link_stamp(read) if read else None, link_stamp(memo.data),
                               [(key, ids[key]) for key in new_keys] if read else [], changed, was)
    return actors, ids


def contents_digest(docs: Iterable[str], documents: dict[str, str | None]) -> str:
    """A digest of these documents' ids and content hashes (`documents`: a document gone counts as no text)."""
    return hashlib.sha1(repr([(doc, documents.get(doc, "gone")) for doc in sorted(docs)]).encode()).hexdigest()


ACTOR_FIELDS = tuple(Actor.model_fields)
"""A canonical actor's fields."""
KEPT_FIELDS = tuple(name for name in ACTOR_FIELDS if name != "documents")
"""The fields a kept resolution stores of an actor, in this order (its documents are its ids' keys')."""


def add_entry(table: dict[str, list], i: str, entry: list) -> bool:
    """Add what the rules read of an actor to the id's entries, unless there already; whether it was added."""
    entries = table.get(i, [])
    if entry in entries:
        return False
    table[i] = [*entries, entry]
    return True


def read_new_actors(local: dict[Key, LocalActor], new_keys: list[Key], known: frozenset[str],
                    kept: tuple[dict, dict, dict, dict]) -> list[tuple[str, list[str]]]:
    """Add what the rules read of each person and organization of the new documents to the kept values, each id's
    entries once: `full` (id → its full names' words: variants, surnames), `one` (id → [p(erson) or o(rganization),
    its one word]: surnames), `orgs` (id → [country, whether its name is an acronym, its name's form, its names'
    forms, its acronyms' forms]: organization names) and `orgnames` (name → [words, acronyms, capitals]: short
    organization names). Returns the full names added, (id, words)."""
    full, one, orgs, orgnames = kept
    added: list[tuple[str, list[str]]] = []
    for key in new_keys:
        actor = local[key]
        if actor.kind not in ("person", "organization"):
            continue
        i = key[1]
        words = normalize(actor.name).split()
        if actor.kind == "person" and len(words) > 1:
            if add_entry(full, i, words):
                added.append((i, words))
        elif len(words) == 1 and (actor.kind == "person" or (i not in known and not actor.name.isupper())):
            add_entry(one, i, [actor.kind[0], words[0]])
        if actor.kind != "organization":
            continue
        named: set[str] = set()
        short: set[str] = set()
        for name in {actor.name, *actor.aliases}:
            if is_proper_name(name) and len(form := name_key(name)) > 1:
                (short if is_acronym(name) else named).add(form)
                if form in lexicon_aliases():
                    named.add(f"listed:{lexicon_aliases()[form]}")
        add_entry(orgs, i, [actor.country, is_acronym(actor.name), name_key(actor.name), sorted(named), sorted(short)])
        if actor.name not in orgnames:
            orgnames[actor.name] = [list(organization_words(actor.name)), sorted(acronyms(actor.name)),
                                    capitals(actor.name)]
    return added


def join_new_variants(full: dict[str, list], added: list[tuple[str, list[str]]], sets: IdSets) -> set[str]:
    """Full names that are one person written differently: `Taro Yamada` = `Yamada Taro` (the same words); `Jon
    Smith` = `John Smith` (the same last word, first names alike: `FIRST_NAME_SIMILARITY`); `Maria Lopez` ⊂ `Ana
    Maria Lopez` (a name of two words or more held at the start or end of a longer one; a full name is specific:
    `Comedian Ellen DeGeneres` and `Ellen DeGeneres Returns`, a tagger's span running on, are both the `Ellen
    DeGeneres` they hold).

    The rule compares two names: the full names `added` are each compared with the others (those before it, and the
    kept ones sharing a word with some added one: two variants share one), and the kept sets hold what it made of
    the kept ones. Returns the ids joined."""
    touched: set[str] = set()
    if not added:
        return touched
    by_set: dict[frozenset[str], str] = {}
    by_words: dict[tuple[str, ...], list[str]] = defaultdict(list)
    by_affix: dict[tuple[str, ...], list[str]] = defaultdict(list)
    by_last: dict[str, dict[str, str]] = defaultdict(dict)

    def index(i: str, words: list[str]) -> None:
        by_set.setdefault(frozenset(words), i)
        by_words[tuple(words)].append(i)
        by_last[words[-1]].setdefault(words[0], i)
        for size in range(2, len(words)):
            for affix in {tuple(words[:size]), tuple(words[-size:])}:
                by_affix[affix].append(i)

    def join(a: str, b: str) -> None:
        if sets.union(a, b):
            touched.update((a, b))

    new = {(i, tuple(words)) for i, words in added}
    asked = {word for _, words in added for word in words}
    for i, names in full.items():
        for words in names:
            if not asked.isdisjoint(words) and (i, tuple(words)) not in new:
                index(i, words)
    for i, words in added:
        if (other := by_set.get(frozenset(words))) is not None:
            join(other, i)
        for first, other in by_last[words[-1]].items():
            if first == words[0] or fuzz.ratio(words[0], first) >= FIRST_NAME_SIMILARITY:
                join(other, i)
        for other in by_affix.get(tuple(words), ()):
            join(other, i)
        for size in range(2, len(words)):
            for affix in {tuple(words[:size]), tuple(words[-size:])}:
                for other in by_words.get(affix, ()):
                    join(other, i)
        index(i, words)
    return touched


def id_groups(sets: IdSets, ids: Iterable[str]) -> list[list[str]]:
    """The sets of several ids among those holding `ids`."""
    groups: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        groups[sets.find(i)].append(i)
    return [sorted(members) for members in groups.values() if len(members) > 1]


def join_kept_surnames(full: dict[str, list], one: dict[str, list], sets: IdSets) -> None:
    """A one-word person goes to the one full-name person (after variants) with that surname, else with that first
    name; so does a one-word organization the gazetteer does not know (not in capitals) that is the surname of
    exactly one person (a surname the tagger took for an organization: `Teixeira`). Over the kept values (`full`,
    `one`: `read_new_actors`): the roots of the full names are read before any one-word name joins."""
    asked = {word for entries in one.values() for _, word in entries}
    by_word: dict[str, dict[str, set[str]]] = {"last": defaultdict(set), "first": defaultdict(set)}
    for i, names in full.items():
        for words in names:
            if words[-1] in asked:
                by_word["last"][words[-1]].add(sets.find(i))
            if words[0] in asked:
                by_word["first"][words[0]].add(sets.find(i))
    joins = []
    for i, entries in one.items():
        for kind, word in entries:
            roots = by_word["last"].get(word) or (by_word["first"].get(word) if kind == "p" else None) or set()
            if len(roots) == 1:
                joins.append((next(iter(roots)), i))
    for root, i in joins:
        sets.union(root, i)


def join_kept_organization_names(orgs: dict[str, list], sets: IdSets) -> None:
    """Organizations sharing a name or alias (`CNAS`), written with or without a company's designator or the spaces
    and hyphens in it (`Hewlett-Packard Co.` / `Hewlett-Packard`, `SeaMicro` / `Sea Micro`: `name_key`), or two
    names the Phoenix dictionaries give one body (`lexicon_aliases`), are one; `the council`, an article's way back
    to the council it named, is no name (every council of the collection has it). A name held by organizations of
    two countries joins none of them. An acronym joins last, and only where the organizations whose names it
    shortens are one by then: `DPJ` given to two bodies of other names (each article's bracketed acronym of its own:
    `Kestrel Data Systems (KDS)`, `Kappa Defense Services (KDS)`) joins neither. Over the kept values
    (`read_new_actors`' `orgs`)."""
    named: dict[str, list[tuple]] = defaultdict(list)
    short: dict[str, list[tuple]] = defaultdict(list)
    for i, records in orgs.items():
        for country, acronym, form, named_forms, short_forms in records:
            entry = (i, country, acronym, form)
            for name in named_forms:
                named[name].append(entry)
            for name in short_forms:
                short[name].append(entry)

    def one_country(entries: list[tuple]) -> bool:
        return len({entry[1] for entry in entries if entry[1]}) <= 1

    for entries in named.values():
        if len(entries) > 1 and one_country(entries):
            for entry in entries[1:]:
                sets.union(entries[0][0], entry[0])
    for form, entries in sorted(short.items()):
        entries = entries + named.get(form, [])
        expansions = {sets.find(entry[0]) for entry in entries if not entry[2] and entry[3] != form}
        if len(expansions) <= 1 and one_country(entries):
            for entry in entries[1:]:
                sets.union(entries[0][0], entry[0])


def join_kept_short_names(local: dict[Key, LocalActor], orgnames: dict[str, list], known: frozenset[str],
                          sets: IdSets) -> None:
    """A short organization name goes to the one longer name it ends or abbreviates (`Boston Red Sox`,
    `HP` / `Hewlett-Packard`), where the two documents also share another actor that is not a country
    (a short name is ambiguous across unrelated stories: `NHS`, `Tigers`); countries, where both have
    one, must agree. A one-word name joins only as an abbreviation: `Tigers`, `Sunday` or `Oxford` end too
    many names. A gazetteer organization has all its names listed: a longer one (`Non-European Union`)
    is another body.

    Over every local actor, each organization's name read as kept (`orgnames`); the documents' casts read only for
    the short names some longer name ends or abbreviates."""
    orgs = [(key, actor, orgnames[actor.name]) for key, actor in local.items() if actor.kind == "organization"]
    by_end: dict[tuple[str, ...], list] = defaultdict(list)
    by_acronym: dict[str, list] = defaultdict(list)
    for entry in orgs:
        words = entry[2][0]
        for n in range(2, len(words)):
            by_end[tuple(words[-n:])].append(entry)
        for form in entry[2][1]:
            by_acronym[form].append(entry)
    asked = []
    for key, actor, (words, _, caps) in orgs:
        if not words or key[1] in known:
            continue
        longer = by_end.get(tuple(words), []) if len(words) > 1 else []
        if not longer and caps:
            longer = by_acronym.get(caps, [])
        if longer:
            asked.append((key, actor, longer))
    docs = {key[0] for key, _, _ in asked} | {k[0] for _, _, longer in asked for k, _, _ in longer}
    cast: dict[str, set[str]] = defaultdict(set)
    for key, actor in local.items():
        if key[0] in docs and actor.kind != "country":
            cast[key[0]].add(sets.find(key[1]))
    for key, actor, longer in asked:
        own = sets.find(key[1])
        roots = {sets.find(k[1]) for k, other, _ in longer
                 if not (actor.country and other.country and actor.country != other.country)}
        if len(roots) != 1 or own in roots:
            continue
        root = roots.pop()
        docs = {k[0] for k, _, _ in longer if sets.find(k[1]) == root}
        if any(len((cast[key[0]] & cast[d]) - {own, root}) > 0 for d in docs):
            sets.union(root, key[1])


def canonical_actors(local: dict[Key, LocalActor], keys_of: dict[str, list[Key]], fresh: set[str],
                     mentions: Counter[Key], sets: IdSets, state: dict) -> tuple[list[Actor], dict[Key, str], dict]:
    """The canonical actors of the sets and the links. An actor of one local actor is read from it (`merge`);
    one of several is kept as the kept resolution had it where it has the same ids and no new document names one
    of them (its fields as kept, not validated again), else merged. Also returns what to keep of them (`classes`:
    canonical id → its ids, of the actors of several ids; `actors`: canonical id → `KEPT_FIELDS`, of several local
    actors)."""
    classes: dict[str, list[str]] = defaultdict(list)
    for i in keys_of:
        classes[sets.find(i)].append(i)
    kept_classes: dict[str, list[str]] = state.get("classes", {})
    kept_of = {i: actor_id for actor_id, members in kept_classes.items() for i in members}
    kept_actors: dict[str, list] = state.get("actors", {})
    position: dict[Key, int] | None = None
    fields_set = set(ACTOR_FIELDS)  # one set for every actor (`SharedFieldSets`)
    actors: list[Actor] = []
    canonical: dict[str, str] = {}
    stored_classes: dict[str, list[str]] = {}
    stored_actors: dict[str, list] = {}
    for members in classes.values():
        if len(members) == 1 and len(keys := keys_of[members[0]]) == 1:
            actor = merge(keys, local, mentions, fields_set)
            actors.append(actor)
            canonical[members[0]] = actor.id
            continue
        if len(members) == 1:
            was = members[0] if members[0] not in kept_of else None
        else:
            was = kept_of.get(members[0])
            if was is not None and (len(kept_classes[was]) != len(members)
                                    or any(kept_of.get(i) != was for i in members)):
                was = None
        if was is not None and was in kept_actors and not any(i in fresh for i in members):
            fields = kept_actors[was]
            values = dict(zip(KEPT_FIELDS, fields, strict=True))
            values["documents"] = sorted({key[0] for i in members for key in keys_of[i]})
            actor = constructed({name: values[name] for name in ACTOR_FIELDS}, fields_set)
        else:
            if len(members) == 1:
                keys = keys_of[members[0]]
            else:
                position = position or {key: n for n, key in enumerate(local)}
                keys = sorted((k for i in members for k in keys_of[i]), key=position.__getitem__)
            actor = merge(keys, local, mentions)
            fields = [getattr(actor, name) for name in KEPT_FIELDS]
        actors.append(actor)
        stored_actors[actor.id] = fields
        if len(members) > 1:
            stored_classes[actor.id] = members
        for i in members:
            canonical[i] = actor.id
    ids = {key: canonical[key[1]] for key in local}
    actors.sort(key=attrgetter("id"))  # then by mentions, most first: ties stay in the ids' order
    actors.sort(key=attrgetter("mentions"), reverse=True)
    return actors, ids, {"classes": stored_classes, "actors": stored_actors}

"""Actor resolution read by its definition: every canonical actor by its fields, whatever batches the documents
come in.

The rules have one implementation (`kept_actors.py`), which reads each distinct local actor once under the values the
rules read it by and merges an actor's members in one pass; random collections of our own names check that each
canonical actor is its members by `merge`'s definition, resolved at once (a fresh memo) as one document at a time
(the kept memo). The named tests pin the rules that are not monotonic (a document added can unlink what others
joined), which any resolution redoing only part of a collection would have to keep.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.fuse import resolve_actors
from storyline.fuse.actors import normalize
from storyline.fuse.kept_actors import ActorMemo
from storyline.model import Document, Extraction, LocalActor

POOL = [
    ("lena-ortiz", "Lena Ortiz", "person"), ("lina-ortiz", "Lina Ortiz", "person"),
    ("tomas-ortiz", "Tomas Ortiz", "person"), ("ortiz-lena", "Ortiz Lena", "person"),
    ("maria-lena-ortiz", "Maria Lena Ortiz", "person"), ("ortiz", "Ortiz", "person"), ("lena", "Lena", "person"),
    ("tomas", "Tomas", "person"), ("marta-kowalczyk", "Marta Kowalczyk", "person"),
    ("kowalczyk", "Kowalczyk", "person"), ("ortiz", "Ortiz", "organization"),
    ("northgate-rail-partners", "Northgate Rail Partners", "organization"),
    ("southgate-rail-partners", "Southgate Rail Partners", "organization"),
    ("rail-partners", "Rail Partners", "organization"), ("nrp", "NRP", "organization"),
    ("partners", "Partners", "organization"), ("kestrel-data-systems", "Kestrel Data Systems", "organization"),
    ("kestrel-data-systems-inc", "Kestrel Data Systems Inc.", "organization"), ("kds", "KDS", "organization"),
    ("kestrel", "Kestrel", "organization"), ("GBR", "United Kingdom", "country"), ("USA", "United States", "country"),
]
"""Our own names: full names sharing surnames and first names, surname-only and first-name-only mentions, names
one ends (`Rail Partners`) or abbreviates (`NRP`, `KDS`), a company's designator, a surname the tagger took for an
organization, countries."""

local_actor = st.builds(
    lambda entry, country, sector, roles, alias: LocalActor(
        id=entry[0], name=entry[1], kind=entry[2], country=country, sector=sector, roles=roles,
        aliases=[entry[1]] + ([alias] if alias else [])),
    st.sampled_from(POOL), st.sampled_from([None, None, "GBR", "USA"]), st.sampled_from([None, "", "business"]),
    st.lists(st.sampled_from(["spokesman", "chief executive"]), max_size=2),
    st.sampled_from([None, None, "NRP", "the partners", "Kestrel Data"]),
)
collection = st.lists(st.lists(local_actor, min_size=1, max_size=5), min_size=1, max_size=7)


def reference_actors(extractions: list[Extraction], mentions: Counter, links: dict) -> tuple[list[dict], dict]:
    """Each canonical actor of the sets the links make, by `merge`'s definition (its members in the documents'
    order), with its id; the actors most mentioned first."""
    local = {(ex.document.id, a.id): a for ex in extractions for a in ex.local_actors}
    sets: dict[str, list] = defaultdict(list)
    for key in local:
        sets[links[key]].append(key)
    actors, ids = [], {}
    for members in sets.values():
        weight = {k: mentions[k] or 1 for k in members}
        best = local[max(members, key=lambda k: (len(normalize(local[k].name).split()), weight[k],
                                                 -members.index(k)))]

        def most(field: str, members: list = members, weight: dict = weight) -> str | None:
            counts: Counter = Counter()
            for k in members:
                if value := getattr(local[k], field):
                    counts[value] += weight[k]
            return counts.most_common(1)[0][0] if counts else None

        actors.append({
            "id": best.id, "name": best.name, "kind": most("kind"), "country": most("country"),
            "sector": most("sector"), "roles": list(dict.fromkeys(r for k in members for r in local[k].roles)),
            "aliases": list(dict.fromkeys(s for k in members for s in local[k].aliases)),
            "documents": sorted({k[0] for k in members}), "mentions": sum(mentions[k] for k in members),
        })
        ids.update(dict.fromkeys(members, best.id))
    actors.sort(key=lambda a: (-a["mentions"], a["id"]))
    return actors, ids


def documents(*actors_by_document: list[LocalActor]) -> list[Extraction]:
    return [Extraction(document=Document(id=f"d{n}", text="."), local_actors=actors)
            for n, actors in enumerate(actors_by_document)]


@settings(max_examples=300, deadline=None)
@given(collection, st.lists(st.integers(0, 3), min_size=35, max_size=35))
def test_each_canonical_actor_is_its_members_by_definition(drawn, counts):
    extractions = documents(*drawn)
    keys = [(ex.document.id, a.id) for ex in extractions for a in ex.local_actors]
    mentions = Counter({key: counts[n % len(counts)] for n, key in enumerate(keys)})
    actors, ids = resolve_actors(extractions, mentions)
    expected_actors, expected_ids = reference_actors(extractions, mentions, ids)
    assert ids == expected_ids
    assert [a.model_dump() for a in actors] == expected_actors
    assert all(a.model_fields_set == set(type(a).model_fields) for a in actors)
    memo = ActorMemo()  # one document at a time, each resolution reading the last one's memo back from JSON
    for done in range(1, len(extractions) + 1):
        memo = ActorMemo(json.loads(json.dumps(memo.data)) if memo.data is not None else None)
        part = extractions[:done]
        batch = resolve_actors(part, Counter({k: v for k, v in mentions.items() if k[0] in {ex.document.id
                                                                                           for ex in part}}), memo)
    assert batch[1] == ids
    assert [a.model_dump() for a in batch[0]] == expected_actors


def person(local_id: str, name: str) -> LocalActor:
    return LocalActor(id=local_id, name=name, kind="person", aliases=[name])


def organization(local_id: str, name: str) -> LocalActor:
    return LocalActor(id=local_id, name=name, kind="organization", aliases=[name])


def test_a_second_full_name_unlinks_the_surname_only_mentions():
    base = [[person("marta-kowalczyk", "Marta Kowalczyk")], [person("kowalczyk", "Kowalczyk")]]
    actors, ids = resolve_actors(documents(*base))
    assert ids[("d1", "kowalczyk")] == "marta-kowalczyk"
    assert {a.id: a.documents for a in actors} == {"marta-kowalczyk": ["d0", "d1"]}
    actors, ids = resolve_actors(documents(*base, [person("piotr-kowalczyk", "Piotr Kowalczyk")]))
    assert ids[("d1", "kowalczyk")] == "kowalczyk"  # which of the two it names is not known now
    assert {a.id: a.documents for a in actors} == {"marta-kowalczyk": ["d0"], "kowalczyk": ["d1"],
                                                    "piotr-kowalczyk": ["d2"]}


def test_a_short_organization_name_follows_what_its_documents_share_as_resolved():
    """`Rail Partners` joins `Northgate Rail Partners` where their documents share another actor: here `Ortiz`,
    the one `Lena Ortiz` until a third document names another Ortiz; then they share none, and it stays apart."""
    base = [[organization("northgate-rail-partners", "Northgate Rail Partners"), person("lena-ortiz", "Lena Ortiz")],
            [organization("rail-partners", "Rail Partners"), person("ortiz", "Ortiz")]]
    _, ids = resolve_actors(documents(*base))
    assert ids[("d1", "rail-partners")] == ids[("d0", "northgate-rail-partners")] == "northgate-rail-partners"
    _, ids = resolve_actors(documents(*base, [person("tomas-ortiz", "Tomas Ortiz")]))
    assert ids[("d1", "ortiz")] == "ortiz"
    assert ids[("d1", "rail-partners")] == "rail-partners"
    # a second longer name it ends unlinks it as well, whatever the documents share
    _, ids = resolve_actors(documents(*base, [organization("southgate-rail-partners", "Southgate Rail Partners")]))
    assert ids[("d1", "rail-partners")] == "rail-partners"
    assert ids[("d1", "ortiz")] == "lena-ortiz"


def test_alike_local_actors_of_many_documents_resolve_as_each_would():
    """One name in many documents (read once by the rules after the same ids) joins as each copy would: a
    surname-only copy of another country than its full name's still joins it (surnames read no country), and a
    country set on one copy of an organization's name keeps it from the same name of another country."""
    copies = [[person("ortiz", "Ortiz"), organization("kestrel-data-systems", "Kestrel Data Systems")]
              for _ in range(4)]
    other = LocalActor(id="kestrel-data-systems-inc", name="Kestrel Data Systems Inc.", kind="organization",
                       country="USA", aliases=["Kestrel Data Systems Inc."])
    british = LocalActor(id="kestrel-data-systems", name="Kestrel Data Systems", kind="organization", country="GBR",
                         aliases=["Kestrel Data Systems"])
    _, ids = resolve_actors(documents(*copies, [person("lena-ortiz", "Lena Ortiz"), other], [british]))
    assert {ids[(f"d{n}", "ortiz")] for n in range(4)} == {"lena-ortiz"}
    assert ids[("d4", "kestrel-data-systems-inc")] == "kestrel-data-systems-inc"
    assert ids[("d0", "kestrel-data-systems")] == ids[("d5", "kestrel-data-systems")] == "kestrel-data-systems"

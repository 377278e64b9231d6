"""Collection-wide actor resolution: ids, surnames, name variants, aliases, counts."""

from storyline.fuse import resolve_actors
from storyline.model import Document, Extraction, LocalActor, Mention


def extraction(doc_id: str, *actors: tuple[str, str, str], **extra: dict) -> Extraction:
    """A document with actors given as (id, name, kind), each mentioned once by its name."""
    local = [LocalActor(**{"id": i, "name": n, "kind": k, "aliases": [n], **extra.get(i, {})})
             for i, n, k in actors]
    mentions = [Mention(doc=doc_id, start=0, end=len(n), text=n, actor=i) for i, n, _ in actors]
    return Extraction(document=Document(id=doc_id, text=" ".join(n for _, n, _ in actors)),
                      local_actors=local, mentions=mentions)


def by_id(actors: list) -> dict:
    return {a.id: a for a in actors}


def test_surname_links_across_documents():
    actors, ids = resolve_actors([
        extraction("a", ("laura-brennan", "Laura Brennan", "person"),
                   **{"laura-brennan": {"country": "USA", "roles": ["White House spokeswoman"]}}),
        extraction("b", ("brennan", "Brennan", "person")),
    ])
    assert ids[("b", "brennan")] == "laura-brennan"
    brennan = by_id(actors)["laura-brennan"]
    assert brennan.name == "Laura Brennan"
    assert brennan.aliases == ["Laura Brennan", "Brennan"]
    assert (brennan.documents, brennan.mentions) == (["a", "b"], 2)
    assert len(actors) == 1


def test_shared_surname_is_not_linked():
    actors, ids = resolve_actors([
        extraction("a", ("joe-biden", "Joe Biden", "person")),
        extraction("b", ("hunter-biden", "Hunter Biden", "person")),
        extraction("c", ("biden", "Biden", "person")),
    ])
    assert ids[("c", "biden")] == "biden"
    assert set(by_id(actors)) == {"joe-biden", "hunter-biden", "biden"}


def test_gazetteer_id_is_one_actor():
    actors, ids = resolve_actors([
        extraction("a", ("RUS", "Russia", "country")),
        extraction("b", ("RUS", "Russia", "country"), ("IRN", "Iran", "country")),
    ])
    assert ids[("a", "RUS")] == ids[("b", "RUS")] == "RUS"
    russia = by_id(actors)["RUS"]
    assert (russia.documents, russia.mentions) == (["a", "b"], 2)
    assert set(by_id(actors)) == {"RUS", "IRN"}


def test_name_variants_are_one_person():
    actors, ids = resolve_actors([
        extraction("a", ("yamada-taro", "Yamada Taro", "person"),
                   ("katharine-doyle", "Katharine Doyle", "person")),
        extraction("b", ("taro-yamada", "Taro Yamada", "person"),
                   ("katherine-doyle", "Katherine Doyle", "person")),
        extraction("c", ("maria-lopez", "Maria Lopez", "person")),
        extraction("d", ("ana-maria-lopez", "Ana Maria Lopez", "person")),
    ])
    assert ids[("a", "yamada-taro")] == ids[("b", "taro-yamada")]
    assert ids[("a", "katharine-doyle")] == ids[("b", "katherine-doyle")]
    assert ids[("c", "maria-lopez")] == ids[("d", "ana-maria-lopez")] == "ana-maria-lopez"
    assert len(actors) == 3


def test_organizations_sharing_an_alias_are_one():
    actors, ids = resolve_actors([
        extraction("a", ("center-for-strategic-and-international-studies",
                         "Center for Strategic and International Studies", "organization"),
                   **{"center-for-strategic-and-international-studies": {"aliases": ["CSIS"], "country": "USA"}}),
        extraction("b", ("csis", "CSIS", "organization")),
    ])
    assert ids[("b", "csis")] == ids[("a", "center-for-strategic-and-international-studies")]
    assert by_id(actors)[ids[("b", "csis")]].country == "USA"
    assert len(actors) == 1


def test_a_description_alias_joins_no_organizations():
    actors, ids = resolve_actors([
        extraction("a", ("harbor-city-council", "Harbor City Council", "organization"),
                   **{"harbor-city-council": {"aliases": ["Harbor City Council", "the council"]}}),
        extraction("b", ("film-council", "Film Council", "organization"),
                   **{"film-council": {"aliases": ["Film Council", "The council"]}}),
    ])
    assert ids[("a", "harbor-city-council")] != ids[("b", "film-council")]
    assert len(actors) == 2


def test_a_short_organization_name_joins_the_one_longer_name_it_ends_or_abbreviates():
    shared = ("jane-roe", "Jane Roe", "person")
    actors, ids = resolve_actors([
        extraction("a", ("boston-harbor-sox", "Boston Harbor Sox", "organization"),
                   ("kestrel-data-systems", "Kestrel Data Systems", "organization"), shared),
        extraction("b", ("harbor-sox", "Harbor Sox", "organization"), shared),
        extraction("c", ("kds", "KDS", "organization"), shared),
    ])
    assert ids[("b", "harbor-sox")] == ids[("a", "boston-harbor-sox")]
    assert ids[("c", "kds")] == ids[("a", "kestrel-data-systems")]
    assert len(actors) == 3


def test_a_short_organization_name_stays_apart_where_it_is_ambiguous_or_unrelated():
    actors, ids = resolve_actors([
        extraction("a", ("boston-harbor-sox", "Boston Harbor Sox", "organization"),
                   ("salem-harbor-sox", "Salem Harbor Sox", "organization"), ("jane-roe", "Jane Roe", "person")),
        extraction("b", ("harbor-sox", "Harbor Sox", "organization"), ("jane-roe", "Jane Roe", "person")),
        extraction("c", ("kestrel-data-systems", "Kestrel Data Systems", "organization")),
        extraction("d", ("kds", "KDS", "organization"), ("john-doe", "John Doe", "person")),
        extraction("e", ("sox", "Sox", "organization"), ("jane-roe", "Jane Roe", "person")),
    ])
    assert ids[("b", "harbor-sox")] not in {ids[("a", "boston-harbor-sox")], ids[("a", "salem-harbor-sox")]}
    assert ids[("d", "kds")] != ids[("c", "kestrel-data-systems")]
    assert ids[("e", "sox")] not in {ids[("a", "boston-harbor-sox")], ids[("a", "salem-harbor-sox")]}


def test_a_gazetteer_organization_joins_no_longer_name():
    shared = ("jane-roe", "Jane Roe", "person")
    actors, ids = resolve_actors([
        extraction("a", ("european-union", "European Union", "organization"), shared),
        extraction("b", ("non-european-union", "Non-European Union", "organization"), shared),
    ])
    assert ids[("a", "european-union")] == "european-union"
    assert ids[("b", "non-european-union")] == "non-european-union"


def test_person_variants_join_as_comparing_every_two_names():
    """The bucketed joins of full names (`kept_actors.join_new_variants`) give the partition of comparing every two
    full names: the same words, first names alike under one surname, and a name held at the start or end of a
    longer one. Every name is a person's full name in a document of its own, so no other rule joins any."""
    from itertools import combinations

    from rapidfuzz import fuzz

    from storyline.fuse.actors import UnionFind, normalize
    from storyline.fuse.kept_actors import FIRST_NAME_SIMILARITY

    def is_affix(short: list[str], long: list[str]) -> bool:  # `maria lopez` ends `ana maria lopez`
        n = len(short)
        return 1 < n < len(long) and (long[-n:] == short or long[:n] == short)

    names = ["John Smith", "Jon Smith", "Joan Smith", "Jane Smith", "Ana Maria Lopez", "Maria Lopez", "Lopez Maria",
             "Vladimir Putin", "Vladimir Putin Jr", "Comedian Ellen DeGeneres", "Ellen DeGeneres Returns",
             "Ellen DeGeneres", "Maria Lopez Garcia", "John Smith"]
    _, ids = resolve_actors([extraction(f"d{n}", (f"p{n}", name, "person")) for n, name in enumerate(names)])
    keys = [(f"d{n}", f"p{n}") for n in range(len(names))]
    reference = UnionFind(keys)
    words = {key: normalize(name).split() for key, name in zip(keys, names, strict=True)}
    for a, b in combinations(keys, 2):
        wa, wb = words[a], words[b]
        if set(wa) == set(wb) or (wa[-1] == wb[-1] and fuzz.ratio(wa[0], wb[0]) >= FIRST_NAME_SIMILARITY) \
                or is_affix(wa, wb) or is_affix(wb, wa):
            reference.union(a, b)
    assert {frozenset(k for k in keys if ids[k] == ids[key]) for key in keys} \
        == {frozenset(members) for members in reference.groups().values()}
    assert ids[("d1", "p1")] == ids[("d0", "p0")] != ids[("d3", "p3")]


def test_a_companys_name_with_or_without_its_designator_or_spaces_is_one_organization():
    actors, ids = resolve_actors([
        extraction("a", ("kestrel-data-systems-corp", "Kestrel Data Systems Corp.", "organization")),
        extraction("b", ("kestrel-data-systems", "Kestrel Data Systems", "organization")),
        extraction("c", ("kestrel-data-systems-company", "Kestrel Data Systems Company", "organization")),
        extraction("d", ("sea-kestrel", "Sea Kestrel", "organization")),
        extraction("e", ("seakestrel", "SeaKestrel", "organization")),
        extraction("f", ("kestrel", "Kestrel", "organization")),
    ])
    assert ids[("a", "kestrel-data-systems-corp")] == ids[("b", "kestrel-data-systems")] \
        == ids[("c", "kestrel-data-systems-company")]
    assert ids[("d", "sea-kestrel")] == ids[("e", "seakestrel")]
    assert ids[("f", "kestrel")] not in {ids[("b", "kestrel-data-systems")], ids[("d", "sea-kestrel")]}
    assert len(actors) == 3


def test_a_name_of_organizations_of_two_countries_joins_neither():
    actors, ids = resolve_actors([
        extraction("c", ("green-party", "Green Party", "organization"), **{"green-party": {"country": "DEU"}}),
        extraction("d", ("green-party-ltd", "Green Party Ltd", "organization"),
                   **{"green-party-ltd": {"country": "FRA"}}),
        extraction("e", ("green-party-inc", "Green Party Inc", "organization"),
                   **{"green-party-inc": {"country": "FRA"}}),
    ])
    assert ids[("c", "green-party")] != ids[("d", "green-party-ltd")]
    assert ids[("d", "green-party-ltd")] != ids[("e", "green-party-inc")]  # the name is held by two countries' bodies


def test_an_acronym_two_organizations_of_other_names_share_joins_neither():
    actors, ids = resolve_actors([
        extraction("a", ("kestrel-data-systems", "Kestrel Data Systems", "organization"),
                   **{"kestrel-data-systems": {"aliases": ["Kestrel Data Systems", "KDS"]}}),
        extraction("b", ("kappa-defense-services", "Kappa Defense Services", "organization"),
                   **{"kappa-defense-services": {"aliases": ["Kappa Defense Services", "KDS"]}}),
        extraction("c", ("kds", "KDS", "organization")),
        extraction("d", ("democratic-party-of-ruritania", "Democratic Party of Ruritania", "organization"),
                   **{"democratic-party-of-ruritania": {"aliases": ["Democratic Party of Ruritania", "DPR"]}}),
        extraction("e", ("dpr", "DPR", "organization"),
                   ("democratic-party-of-ruritania", "Democratic Party of Ruritania", "organization")),
        extraction("f", ("dpr", "DPR", "organization")),
    ])
    assert len({ids[("a", "kestrel-data-systems")], ids[("b", "kappa-defense-services")], ids[("c", "kds")]}) == 3
    assert ids[("f", "dpr")] == ids[("e", "dpr")] == ids[("d", "democratic-party-of-ruritania")]


def test_two_names_the_dictionaries_give_one_body_are_one_organization(monkeypatch):
    from storyline.fuse import kept_actors as module  # the rules read the dictionaries' names there

    monkeypatch.setattr(module, "lexicon_aliases", lambda: {"klf": "kestrelliberationfront",
                                                            "kestrelliberationfront": "kestrelliberationfront"})
    actors, ids = resolve_actors([
        extraction("a", ("kestrel-liberation-front", "Kestrel Liberation Front", "organization")),
        extraction("b", ("klf", "KLF", "organization")),
        extraction("c", ("kappa-front", "Kappa Front", "organization")),
    ])
    assert ids[("a", "kestrel-liberation-front")] == ids[("b", "klf")] != ids[("c", "kappa-front")]
    assert len(actors) == 2

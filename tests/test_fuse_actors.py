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
        extraction("a", ("john-kirby", "John Kirby", "person"),
                   **{"john-kirby": {"country": "USA", "roles": ["White House spokesman"]}}),
        extraction("b", ("kirby", "Kirby", "person")),
    ])
    assert ids[("b", "kirby")] == "john-kirby"
    kirby = by_id(actors)["john-kirby"]
    assert kirby.name == "John Kirby"
    assert kirby.aliases == ["John Kirby", "Kirby"]
    assert (kirby.documents, kirby.mentions) == (["a", "b"], 2)
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
        extraction("a", ("kishi-nobuo", "Kishi Nobuo", "person"),
                   ("antony-blinken", "Antony Blinken", "person")),
        extraction("b", ("nobuo-kishi", "Nobuo Kishi", "person"),
                   ("anthony-blinken", "Anthony Blinken", "person")),
        extraction("c", ("ali-khamenei", "Ali Khamenei", "person")),
        extraction("d", ("ayatollah-ali-khamenei", "Ayatollah Ali Khamenei", "person")),
    ])
    assert ids[("a", "kishi-nobuo")] == ids[("b", "nobuo-kishi")]
    assert ids[("a", "antony-blinken")] == ids[("b", "anthony-blinken")]
    assert ids[("c", "ali-khamenei")] == ids[("d", "ayatollah-ali-khamenei")] == "ayatollah-ali-khamenei"
    assert len(actors) == 3


def test_organizations_sharing_an_alias_are_one():
    actors, ids = resolve_actors([
        extraction("a", ("center-for-a-new-american-security", "Center for a New American Security",
                         "organization"),
                   **{"center-for-a-new-american-security": {"aliases": ["CNAS"], "country": "USA"}}),
        extraction("b", ("cnas", "CNAS", "organization")),
    ])
    assert ids[("b", "cnas")] == ids[("a", "center-for-a-new-american-security")]
    assert by_id(actors)[ids[("b", "cnas")]].country == "USA"
    assert len(actors) == 1

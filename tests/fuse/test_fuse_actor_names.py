"""A surname the tagger read as an organization is the one person of that surname in the collection."""

from __future__ import annotations

from storyline.fuse.actors import resolve_actors
from storyline.model import Document, Extraction, LocalActor


def article(doc_id: str, *actors: tuple[str, str, str]) -> Extraction:
    return Extraction(document=Document(id=doc_id, text="..."),
                      local_actors=[LocalActor(id=i, name=name, kind=kind) for i, name, kind in actors])


def test_a_one_word_organization_that_is_a_persons_surname_is_that_person():
    extractions = [article("a.txt", ("mark-teixeira", "Mark Teixeira", "person")),
                   article("b.txt", ("teixeira", "Teixeira", "organization"))]
    _, links = resolve_actors(extractions)
    assert links[("b.txt", "teixeira")] == links[("a.txt", "mark-teixeira")] == "mark-teixeira"


def test_it_stays_apart_where_two_people_share_the_surname_or_it_is_an_acronym():
    extractions = [article("a.txt", ("mark-teixeira", "Mark Teixeira", "person"),
                           ("ana-teixeira", "Ana Teixeira", "person"), ("ford", "FORD", "organization")),
                   article("b.txt", ("teixeira", "Teixeira", "organization"),
                           ("gerald-ford", "Gerald Ford", "person"))]
    _, links = resolve_actors(extractions)
    assert links[("b.txt", "teixeira")] == "teixeira"
    assert links[("a.txt", "ford")] == "ford"


def test_a_full_name_inside_several_longer_spans_is_one_person():
    extractions = [article("a.txt", ("ellen-degeneres", "Ellen DeGeneres", "person")),
                   article("b.txt", ("comedian-ellen-degeneres", "Comedian Ellen DeGeneres", "person")),
                   article("c.txt", ("ellen-degeneres-returns", "Ellen DeGeneres Returns", "person"))]
    _, links = resolve_actors(extractions)
    assert len({links[(d, i)] for d, i in links}) == 1

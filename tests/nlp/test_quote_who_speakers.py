"""storyline_quotes: a common noun that a `who` clause tells of names a person (`a trader who felt ...`), so a verb of
belief or feeling in that clause reports the person's view, though the lexicon's speaker nouns leave the noun out. A
`which` clause tells of a thing, which holds no view."""

import pytest

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)
from storyline.nlp.quotes.lexicon import said_of_someone


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def found(nlp, sentence: str) -> list[tuple[str, str]]:
    return [(q["cue"], q["text"]) for q in nlp(sentence)._.quotes]


@pytest.mark.parametrize(("sentence", "cue", "view"), [
    ("She is a young plumber who felt the firm never paid her fairly.", "felt",
     "the firm never paid her fairly"),
    ("He met a retired farmer who fears the dam will flood his fields.", "fears",
     "the dam will flood his fields"),
])
def test_a_view_in_a_who_clause_is_the_persons(nlp, sentence, cue, view):
    assert (cue, view) in found(nlp, sentence)


def test_who_marks_a_person_and_which_a_thing(nlp):
    doc = nlp("The baker who felt tired left the oven which felt hot.")
    baker, oven = doc[1], doc[7]
    assert said_of_someone(baker)
    assert not said_of_someone(oven)

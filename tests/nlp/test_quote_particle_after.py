"""storyline_quotes: a multiword cue's particle stands after its verb and says what it carries (`called on X to Y`,
`called upon X to Y`, `called for X`); a phrase of time before the verb or right after it (`on Tuesday`) is no
particle, so the cue keeps its own words and what follows stays its content."""

import pytest

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def found(nlp, sentence: str) -> list[tuple[str, str, str]]:
    return [(q["speaker_text"], q["cue"], q["text"]) for q in nlp(sentence)._.quotes]


def test_a_time_before_the_verb_is_no_particle(nlp):
    said = found(nlp, 'Mayor Lund on Tuesday called the new tax plan "a disaster," a rare rebuke.')
    assert said and all(cue.startswith("called") for _, cue, _ in said)
    assert all(not text.startswith("Tuesday") for _, _, text in said)


def test_a_time_after_the_verb_is_no_particle(nlp):
    assert ("The union", "called on Monday for", "a new vote") in found(
        nlp, "The union called on Monday for a new vote.")


def test_call_upon_asks_as_call_on_does(nlp):
    (quote,) = found(nlp, "The senator also called upon the council to delay the vote.")
    assert quote[0] == "The senator" and quote[2] == "the council to delay the vote"

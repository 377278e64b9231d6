"""A verbal act whose content speaks of the speaker itself (`a warning that it will not tolerate X`): the speaker
is its source, not its recipient; a content naming another actor still makes that actor the recipient."""

import pytest
from spacy.language import Language

from storyline.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def threats(nlp: Language, text: str) -> set[tuple]:
    return {(e["source"], e["target"]) for e in nlp(text)._.events if e["type"] == "THREATEN"}


def test_a_warning_about_the_speakers_own_conduct_is_its_own(nlp):
    found = threats(nlp, "Ghana has issued a warning that it will not tolerate an attack on Togo.")
    assert found and all(source == "GHA" for source, _ in found)


def test_a_warning_about_another_aims_at_it(nlp):
    assert threats(nlp, "Russia issued a warning that Ukraine would pay a high price.") == {("RUS", "UKR")}

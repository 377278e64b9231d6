"""Appeals that are no events and requests for assistance that are: seeking support or help from an actor is an
appeal to cooperate (CAMEO 02, which PLOVER drops); weapons, troops, money or relief asked of an actor are a request
for assistance (REQUEST assist)."""

import pytest
from spacy.language import Language

from storyline.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def requests(nlp: Language, text: str) -> set[tuple]:
    return {(e["source"], e["target"], e["mode"]) for e in nlp(text)._.events if e["type"] == "REQUEST"}


@pytest.mark.parametrize("text", [
    "Poland will seek support from France for its new border plan.",
    "The Spanish government sought help from Italy with the migrants.",
    "Chile asked Peru for support.",
])
def test_seeking_support_or_help_is_an_appeal_no_event(nlp, text):
    assert not nlp(text)._.events


@pytest.mark.parametrize("text, pair", [
    ("Serbia is seeking modern fighter jets from China.", ("SRB", "CHN")),  # the verb's object
    ("Kenya asked Britain for more troops.", ("KEN", "GBR")),  # the for phrase of an appeal
    ("Haiti appealed to Canada for emergency funds.", ("HTI", "CAN")),
])
def test_assistance_asked_of_an_actor_is_a_request(nlp, text, pair):
    assert requests(nlp, text) == {(*pair, "assist")}


def test_a_yielding_sought_stays_a_demand(nlp):
    assert {(s, t) for s, t, _ in requests(nlp, "Ukraine sought the release of its sailors from Russia.")} == {
        ("UKR", "RUS")}

"""A protest by a state's officials, ministries or diplomats is a diplomatic protest (PLOVER ACCUSE `disapprove`),
where one by civilians stays a PROTEST: PLOVER's PROTEST presumes physical activity, not a voiced opinion."""

import pytest
from spacy.language import Language


def types(nlp: Language, text: str) -> set[str]:
    return {e["type"] for e in nlp(text)._.events if e["trigger"].lower().startswith("protest")}


@pytest.mark.parametrize("text", [
    "Japanese diplomats protested the decision of Russia.",
    "Chilean Foreign Minister Ana Ruiz protested the sale of weapons to Peru.",
])
def test_officials_protesting_make_a_diplomatic_protest(nlp, text):
    assert types(nlp, text) == {"ACCUSE"}


@pytest.mark.parametrize("text", [
    "Students protested the decision of Russia.",
    "Farmers in Tokyo protested the decision of Russia.",
])
def test_civilians_protesting_stay_a_protest(nlp, text):
    assert types(nlp, text) == {"PROTEST"}

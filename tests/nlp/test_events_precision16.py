"""Signing an agreement on our own sentences (issue 13, pass 16): PLOVER's SUPPORT signs, ratifies or finalizes an
agreement (CAMEO 057 sign formal agreement); agreeing to one, or reaching it, stays AGREE, and a signing still to come
is a promise (AGREE) besides the planned signing."""

import pytest
from spacy.language import Language

from storyline.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def coded(nlp: Language, text: str) -> set[tuple[str, str | None, str | None, str]]:
    return {(e["type"], e["source"], e["target"], e["status"]) for e in nlp(text)._.events}


@pytest.mark.parametrize("text", [
    "Kenya and Norway signed an agreement on fishing rights on Monday.",
    "Kenya signed a fishing deal with Norway in Oslo.",
    "Kenya and Norway signed a border treaty last week.",
    "Kenya inked a trade pact with Norway on Monday.",
])
def test_signing_an_agreement_is_support(nlp, text):
    assert coded(nlp, text) == {("SUPPORT", "KEN", "NOR", "asserted")}


@pytest.mark.parametrize("text", [
    "Kenya and Norway reached an agreement on fishing rights on Monday.",
    "Kenya agreed to a fishing deal with Norway.",
])
def test_agreeing_to_an_agreement_stays_agree(nlp, text):
    assert {kind for kind, *_ in coded(nlp, text)} == {"AGREE"}


def test_a_signing_still_to_come_is_also_a_promise(nlp):
    found = coded(nlp, "Kenya and Norway will sign a trade agreement next month.")
    assert ("SUPPORT", "KEN", "NOR", "planned") in found
    assert ("AGREE", "KEN", "NOR", "planned") in found

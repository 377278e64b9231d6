"""Signing and mobilizing on our own sentences (issue 13, pass 16): PLOVER's SUPPORT signs, ratifies or finalizes an
agreement (CAMEO 057 sign formal agreement); agreeing to one, or reaching it, stays AGREE, and a signing still to come
is a promise (AGREE) besides the planned signing. Funds, goods or relief mobilized for a place are given to it (AID),
no show of force; soldiers deployed or sent on a peacekeeping mission are peacekeepers (AID, CAMEO 074)."""

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


@pytest.mark.parametrize("text, context", [
    ("The World Bank is mobilising new funds to support reconstruction in Haiti.", ["economic"]),
    ("Kenya mobilized emergency aid for flood victims in Somalia.", ["humanitarian"]),
])
def test_money_or_relief_mobilized_for_a_place_is_aid_not_a_show_of_force(nlp, text, context):
    found = nlp(text)._.events
    assert [(e["type"], e["context"]) for e in found] == [("AID", context)]


def test_troops_mobilized_stay_a_show_of_force(nlp):
    assert coded(nlp, "Uganda mobilized 5,000 troops on Monday.") == {("MOBILIZE", "UGA", None, "asserted")}


@pytest.mark.parametrize("text", [
    "Ghana deployed 400 soldiers to Mali on a peacekeeping mission.",
    "Ghana on Monday announced the deployment of 400 soldiers to Mali on a peace-keeping mission.",
    "Ghana announced the deployment of 400 peacekeepers to Mali.",
])
def test_soldiers_deployed_to_keep_the_peace_are_military_protection(nlp, text):
    found = nlp(text)._.events
    assert [(e["type"], e["mode"], e["source"], e["target"]) for e in found] == [("AID", None, "GHA", "MLI")]


def test_soldiers_deployed_on_no_peace_errand_stay_a_show_of_force(nlp):
    found = coded(nlp, "Ghana deployed 400 soldiers to the border with Mali on Monday.")
    assert {kind for kind, *_ in found} == {"MOBILIZE"}

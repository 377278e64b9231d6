"""Statements that are no events: appeals to cooperate, what one is asked to help or to ask of a third, and the
content of a request, which is no act of its own."""

import pytest
from spacy.language import Language

from storyline.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def coded(nlp: Language, text: str) -> set[tuple]:
    return {(e["type"], e["source"], e["target"], e["status"]) for e in nlp(text)._.events}


@pytest.mark.parametrize("text", [
    "France asked Germany for consular access to the detained journalist.",  # asking a favour: CAMEO 02
    "Poland has asked NATO to help guard its airspace.",  # asking for help
    "Poland asked NATO to share intelligence and increase naval patrols.",  # force asked for, aimed at no one
    "Canada urged Brazil to pressure Peru to release the prisoners.",  # the yielding is asked of a third
    "Iran urged Russia to press Israel to end its strikes.",
])
def test_an_appeal_for_cooperation_is_no_event(nlp, text):
    assert not coded(nlp, text)


@pytest.mark.parametrize("text, pair", [
    ("Japan asked China to withdraw its warships from the area.", ("JPN", "CHN")),  # a yielding asked for
    ("Canada urged Brazil to release the prisoners.", ("CAN", "BRA")),
])
def test_an_appeal_for_a_yielding_stays_a_request(nlp, text, pair):
    assert {(s, t) for kind, s, t, _ in coded(nlp, text) if kind == "REQUEST"} == {pair}


def test_a_conjunct_of_what_is_asked_is_asked_too(nlp):
    # the patrols are what Greece asks for, not an act NATO is told to have done
    found = coded(nlp, "Greece asked NATO to help guard its airspace and increase naval patrols.")
    assert not any(kind == "MOBILIZE" for kind, *_ in found)


@pytest.mark.parametrize("text, kept", [
    ("Russia said it would retaliate if NATO attacks Belarus.", "THREATEN"),
    ("Hamas threatened to fire rockets at Tel Aviv if Israel strikes Gaza.", "THREATEN"),
    ("Iran threatened a new offensive unless Baghdad accepted its conditions.", "THREATEN"),
])
def test_the_condition_of_another_clause_is_no_event(nlp, text, kept):
    found = nlp(text)._.events
    assert kept in {e["type"] for e in found}  # the clause the condition hangs on is still read
    assert not any(e["trigger"] in ("attacks", "strikes", "accepted") for e in found)  # the supposition is not


@pytest.mark.parametrize("text, gone", [
    ("The rebels announced that Uganda must agree to reforms before Kenya withdraws its troops.", "withdraws"),
    ("Israel will not lift the blockade until Hamas releases the hostages.", "releases"),
])
def test_what_waits_on_an_act_still_to_come_is_no_event(nlp, text, gone):
    assert not any(e["trigger"] == gone for e in nlp(text)._.events)


def test_an_act_an_agreement_is_on_is_its_content(nlp):
    text = "Pakistan and India signed an agreement on carrying out joint patrols along the border."
    assert {e["type"] for e in nlp(text)._.events} == {"SUPPORT"}


@pytest.mark.parametrize("text, kept", [
    ("Peru and Greece signed an agreement yesterday to boost trade by 30 percent.", {"SUPPORT"}),
    ("The Taliban rejected an offer from Kabul to extend the three-day ceasefire.", {"REJECT", "AGREE"}),
])
def test_the_content_of_an_agreement_or_offer_is_no_act_of_its_own(nlp, text, kept):
    assert {e["type"] for e in nlp(text)._.events} <= kept


def test_accepting_refugees_grants_them_refuge(nlp):
    found = nlp("Canada accepted 2,000 Syrian refugees in May.")._.events
    assert [(e["type"], e["context"], e["source"]) for e in found] == [("AID", ["asylum"], "CAN")]
    assert [e["type"] for e in nlp("Italy accepted the proposal.")._.events] == ["AGREE"]  # not people: agreeing


def test_what_is_agreed_to_is_the_one_agreement(nlp):
    found = nlp("Egypt has agreed to a ceasefire with the militias in three districts.")._.events
    assert {e["type"] for e in found} == {"AGREE"}


def test_support_counted_in_money_is_economic_aid(nlp):
    found = nlp("The EU provides $45m support for farmers in Nigeria.")._.events
    assert [(e["type"], e["context"]) for e in found] == [("AID", ["economic"])]
    assert [e["type"] for e in nlp("The EU voiced strong support for Nigeria.")._.events] == ["SUPPORT"]


def test_what_a_purpose_helps_another_do_is_no_act_told(nlp):
    found = nlp("France has sent 40 armoured vehicles to Chad to help the country guard its borders.")._.events
    assert [(e["type"], e["source"], e["target"]) for e in found] == [("AID", "FRA", "TCD")]  # no guarding by Chad


@pytest.mark.parametrize("text, gone", [
    ("If NATO had not been stopped in Ukraine, it would have started a similar war in Crimea.", "war"),
    ("Russia would have attacked Ukraine without the sanctions.", "attacked"),
    ("Iran should have sent the drones to Russia.", "sent"),
])
def test_what_would_have_happened_is_no_event(nlp, text, gone):
    assert not any(e["trigger"] == gone for e in nlp(text)._.events)


def test_what_might_have_happened_is_still_possible(nlp):
    found = [e for e in nlp("Iran might have sent drones to Russia.")._.events if e["type"] == "AID"]
    assert found and found[0]["status"] == "possible"

"""What an offer, proposal or plan is for, what an inquiry looks into and what a protest demands are no acts of their
own: the offer, the inquiry's parties and the protest are the events told."""

import pytest
from spacy.language import Language


def coded(nlp: Language, text: str) -> set[tuple]:
    return {(e["type"], e["source"], e["target"]) for e in nlp(text)._.events}


@pytest.mark.parametrize("text, kept", [
    ("Hamas rejected an Egyptian offer for talks with Israel.", ("REJECT", "hamas", "EGY")),
    ("Chile turned down a Peruvian proposal for signing a fishing agreement.", None),
])
def test_what_an_offer_or_proposal_is_for_is_no_act(nlp, text, kept):
    found = coded(nlp, text)
    assert not any(kind in ("CONSULT", "AGREE") for kind, *_ in found)  # the talks or pact offered are not told
    assert kept is None or kept in found


def test_an_act_an_inquiry_looks_into_takes_no_actor_from_the_clause(nlp):
    found = coded(nlp, "A Brazilian judge summoned Fernando Collor to testify in an investigation of weapons sales "
                       "to Bolivia.")
    assert not any(kind == "AID" for kind, *_ in found)


def test_an_act_with_its_own_actor_is_still_told_beside_an_inquiry(nlp):
    assert ("AID", "ARG", "BOL") in coded(nlp, "Argentina sold weapons to Bolivia, and a judge opened an inquiry.")


@pytest.mark.parametrize("text, protest", [
    ("Farmers marched to demand higher prices from the government of Spain.", ("PROTEST", "farmers", "ESP")),
    ("Students rioted in Jakarta, demanding independence from Indonesian rule.", ("PROTEST", "students", "IDN")),
    ("Students rioted in Lima joining workers in demanding reforms from the Peruvian government.",
     ("PROTEST", "students", "PER")),
])
def test_what_a_protest_demands_is_its_aim_not_a_request(nlp, text, protest):
    found = coded(nlp, text)
    assert protest in found
    assert not any(kind == "REQUEST" for kind, *_ in found)


def test_a_demand_of_its_own_stays_a_request(nlp):
    assert ("REQUEST", "ESP", "MAR") in coded(nlp, "Spain demanded that Morocco withdraw its troops.")


def test_the_reason_a_sanction_punishes_stays_its_reason_when_hung_on_the_sanctioned_ones_clause(nlp):
    text = "Canada has imposed sanctions on the Houthi movement that controls Yemen for its support of Hezbollah."
    assert {kind for kind, *_ in coded(nlp, text)} == {"SANCTION"}
    assert "SUPPORT" in {kind for kind, *_ in coded(nlp, "The Houthi movement that controls Yemen has long voiced its "
                                                           "support for Hezbollah.")}


@pytest.mark.parametrize("text", [
    "The foreign ministry said the Danish ambassador had been summoned to protest the raid.",
    "The Danish envoy was summoned on Friday to protest the decision.",
])
def test_the_purpose_of_a_passive_act_is_not_its_patients_act(nlp, text):
    assert not any(source == "DNK" for _, source, _ in coded(nlp, text))  # the summoner protests, not the envoy


def test_an_active_summons_stays_the_protest(nlp):
    assert ("ACCUSE", "NOR", "CHL") in coded(nlp, "Norway summoned the Chilean ambassador to protest the arrest.")

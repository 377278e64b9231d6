"""Roles read on unseen news (issue 13, pass 13): the captor of a release, expulsion or arrest told in the passive (an
arrest for a deed charges it); the states an expulsion sends people back to; names the parser hung on the trigger; a
cooperative act told in the plain future is its actor's pledge; a two-point compass word before a place; retaking
ground; a yielding ruled out; a speaker the parser hung under its own participle; a meal shared is a meeting."""

import pytest
from spacy.language import Language

from storyline.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def pairs(nlp: Language, text: str, kind: str) -> set[tuple]:
    return {(e["source"], e["target"]) for e in nlp(text)._.events if e["type"] == kind}


def test_a_release_told_in_the_passive_is_the_captors_the_holding_verb_names(nlp):
    assert pairs(nlp, "Three Dutch engineers held by Hamas were released on Friday.", "RETREAT") == {
        ("hamas", "dutch-engineers")}


@pytest.mark.parametrize("text, source", [
    ("Dozens of activists have been released in Tehran this week.", "IRN"),
    ("Two French journalists were released from detention in Syria on Sunday.", "SYR"),
])
def test_a_release_naming_no_captor_is_the_state_of_the_place_of_captivity(nlp, text, source):
    assert {s for s, _ in pairs(nlp, text, "RETREAT")} == {source}


def test_the_released_ones_own_state_is_no_captor(nlp):
    assert not pairs(nlp, "Two Thai soldiers were released in Thailand.", "RETREAT")


def test_a_named_releaser_stays_the_source(nlp):
    assert {s for s, _ in pairs(nlp, "Four Kenyan sailors were freed by pirates in Somalia.", "RETREAT")} == {
        "pirates-in-somalia"}


@pytest.mark.parametrize("text, pair", [
    ("Norway will give Ghana a loan of 40 million dollars, a statement by the finance ministry said.", ("NOR", "GHA")),
    ("Chadian President Idriss Deby will visit Niger next month, diplomatic sources said.", ("idriss-deby", "NER")),
])
def test_a_cooperative_act_told_in_the_plain_future_by_no_state_is_a_pledge(nlp, text, pair):
    assert pair in pairs(nlp, text, "AGREE")


@pytest.mark.parametrize("text", [
    "Iran will send more drones to Russia, Ukrainian officials said.",
    "Russia will withdraw its troops from Syria, analysts said.",
])
def test_another_states_or_a_commentators_forecast_of_an_act_is_no_pledge(nlp, text):
    assert not pairs(nlp, text, "AGREE")


def test_a_hostile_act_in_the_future_told_by_sources_is_no_pledge(nlp):
    text = "Russia will strike Kyiv again, sources said."
    assert not pairs(nlp, text, "AGREE") and pairs(nlp, text, "ASSAULT") == {("RUS", "UKR")}


def test_an_expulsion_told_in_the_passive_is_the_state_sent_out_of(nlp):
    assert pairs(nlp, "Four Dutch journalists were expelled from Iran on Monday.", "SANCTION") == {
        ("IRN", "dutch-journalists")}


@pytest.mark.parametrize("text, targets", [
    ("Russia expelled diplomats from Poland and Germany.", {"POL", "DEU"}),
    ("Russia expelled diplomats from North Korea and the United States.", {"PRK", "USA"}),
    ("Britain expelled two Russian diplomats.", {"russian-diplomats"}),
])
def test_an_expulsion_is_aimed_at_the_states_of_those_sent_out(nlp, text, targets):
    assert {t for _, t in pairs(nlp, text, "SANCTION")} == targets


@pytest.mark.parametrize("text", [
    "Canada has imposed sanctions on the Central African Republic (CAR) and the Republic of South Sudan (RSS).",
    "The European Union imposed new sanctions on the Islamic Republic of Iran (IRI) and the Republic of South Sudan "
    "(RSS) last year.",
])
def test_a_second_recipient_the_parser_hung_on_the_trigger_is_a_recipient(nlp, text):
    assert "SSD" in {t for _, t in pairs(nlp, text, "SANCTION")}


def test_a_place_a_two_point_compass_word_leads_is_its_states(nlp):
    # the tagger takes `northeast Nigeria` for one name: the compass word points into Nigeria
    assert pairs(nlp, "Islamist fighters overran an army base in northeast Nigeria.", "ASSAULT") == {
        ("islamist-fighters", "NGA")}


@pytest.mark.parametrize("text", [
    "Syrian troops have retaken a key town in southern Syria after heavy fighting.",
    "Ukrainian forces recaptured several villages near Kharkiv.",
])
def test_retaking_ground_is_fighting_for_it(nlp, text):
    assert pairs(nlp, text, "ASSAULT")


def test_retaking_a_lead_is_no_fight(nlp):
    assert not nlp("The team retook the lead in the second half.")._.events


@pytest.mark.parametrize("text, pair", [
    ("Britain said that lifting the sanctions on Syria is out of the question.", ("GBR", "SYR")),
    ("The Thai government said releasing the Cambodian soldiers is not an option.", ("THA", "cambodian-armed-forces")),
])
def test_a_yielding_the_speaker_rules_out_is_its_refusal(nlp, text, pair):
    found = nlp(text)._.events
    assert {(e["source"], e["target"]) for e in found if e["type"] == "REJECT"} == {pair}
    assert not [e for e in found if e["type"] in ("CONCEDE", "RETREAT")]


def test_a_yielding_said_to_be_possible_is_no_refusal(nlp):
    assert not pairs(nlp, "Britain said that lifting the sanctions on Syria is possible.", "REJECT")


@pytest.mark.parametrize("text, pair", [
    ("The Red Cross operating in Syria said Russian forces must ensure security.", ("icrc", "russian-armed-forces")),
    ("The Red Cross working in Gaza said Israeli forces must allow more aid in.", ("icrc", "idf")),
])
def test_a_body_the_parser_hangs_under_its_own_participle_still_speaks(nlp, text, pair):
    assert pair in pairs(nlp, text, "REQUEST")


def test_an_arrest_told_in_the_passive_is_the_state_of_its_place(nlp):
    assert pairs(nlp, "Two French journalists were detained in Iran last week.", "COERCE") == {
        ("IRN", "french-journalists")}


def test_an_arrest_for_a_deed_charges_it_too(nlp):
    text = "Iranian police arrested two British nationals for spying."
    assert pairs(nlp, text, "ACCUSE") == pairs(nlp, text, "COERCE") == {("iranian-police", "GBR")}


def test_an_arrest_for_no_deed_charges_nothing(nlp):
    assert not pairs(nlp, "Kenyan police detained five Somali men on Monday.", "ACCUSE")


@pytest.mark.parametrize("text, pair", [
    ("Obama had lunch with French President Emmanuel Macron in Paris.", ("obama", "emmanuel-macron")),
    ("Putin hosted a dinner for Erdogan in Sochi.", ("putin", "erdogan")),
])
def test_a_meal_shared_with_a_leader_is_a_meeting(nlp, text, pair):
    assert pairs(nlp, text, "CONSULT") == {pair}


def test_a_meal_with_no_one_is_no_meeting(nlp):
    assert not nlp("The soldiers had lunch in the barracks.")._.events

"""Precision of AID and RETREAT on our own sentences (issue 13, pass 15): withdrawing inspectors or observers the
actor layer names as a group still reduces relations (CAMEO 166, PLOVER SANCTION), not a military retreat;
a truce others watch over is none declared; people sent to investigate are the inquiry, no aid."""

import pytest
from spacy.language import Language

from storyline.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def types(nlp: Language, text: str) -> set[str]:
    return {e["type"] for e in nlp(text)._.events}


@pytest.mark.parametrize("text", [
    "Norway withdrew weapons inspectors and aid workers from Yemen on Sunday.",
    "Kenya said on Friday that it will withdraw election observers and relief workers from Mali.",
])
def test_withdrawing_a_mission_named_as_an_actor_reduces_relations(nlp, text):
    found = types(nlp, text)
    assert "SANCTION" in found
    assert "RETREAT" not in found


def test_withdrawing_troops_stays_a_retreat(nlp):
    found = types(nlp, "Norway withdrew its troops from Yemen on Sunday.")
    assert "RETREAT" in found
    assert "SANCTION" not in found


@pytest.mark.parametrize("text", [
    "Ghanaian peacekeepers were sent to the border to oversee a ceasefire between Sudan and Chad.",
    "The African Union deployed observers last week to monitor a truce between Sudan and Chad.",
])
def test_a_truce_others_watch_over_is_no_truce_declared(nlp, text):
    assert "RETREAT" not in types(nlp, text)


def test_a_ceasefire_the_sides_declare_stays_a_retreat(nlp):
    assert "RETREAT" in types(nlp, "Sudan and Chad declared a ceasefire between their forces on Monday.")


@pytest.mark.parametrize("text", [
    "Norway sent a team of forensic experts to Yemen on Sunday to investigate the bombing of the port.",
    "Kenya has sent military experts to Somalia to probe the killing of two aid workers.",
])
def test_sending_people_to_investigate_is_the_inquiry_not_aid(nlp, text):
    found = types(nlp, text)
    assert "ACCUSE" in found
    assert "AID" not in found


def test_sending_troops_to_help_stays_aid(nlp):
    assert "AID" in types(nlp, "Norway sent troops to Yemen on Sunday to help the government.")

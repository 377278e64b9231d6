"""Precision and roles read on unseen news (issue 13, pass 14): an act held out on a condition or named by a threat
verb is the threat only."""

import pytest
from spacy.language import Language

from storyline.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def kinds(nlp: Language, text: str) -> set[tuple]:
    return {(e["type"], e["source"], e["target"]) for e in nlp(text)._.events}


@pytest.mark.parametrize("text, act", [
    ("Ghana said it will boycott the regional summit unless Togo releases the detained journalists.", "PROTEST"),
    ("Kenya announced it will withdraw its peacekeepers from Somalia unless the fighting stops.", "SANCTION"),
])
def test_an_act_held_out_unless_a_condition_is_met_is_the_threat_only(nlp, text, act):
    found = kinds(nlp, text)
    assert any(kind == "THREATEN" for kind, _, _ in found)
    assert not any(kind == act for kind, _, _ in found)


@pytest.mark.parametrize("text, act", [
    ("The Ugandan president threatened to impose a curfew in Kampala.", "COERCE"),
    ("Beijing threatened to impose sanctions on Lithuania.", "SANCTION"),
])
def test_an_act_a_threat_verb_names_is_no_planned_act_of_its_own(nlp, text, act):
    found = kinds(nlp, text)
    assert any(kind == "THREATEN" for kind, _, _ in found)
    assert not any(kind == act for kind, _, _ in found)


def test_an_act_announced_without_a_condition_stays_planned(nlp):
    found = kinds(nlp, "Ghana said it will boycott the regional summit next week.")
    assert any(kind == "PROTEST" for kind, _, _ in found)

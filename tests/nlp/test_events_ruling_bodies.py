"""Councils that rule a state are its government (agents.yaml overrides): they act, as a junta does."""

from tests.nlp.eventing import events, of_type


def test_a_ruling_military_council_easing_restrictions_concedes(nlp):
    found = of_type(nlp, "The Kenyan military council decided to ease restrictions on political rallies.", "CONCEDE")
    assert all(e["source"] for e in found)
    found = of_type(nlp, "The Malian transitional council lifted the curfew in Bamako.", "CONCEDE")
    assert all(e["source"] for e in found)


def test_a_council_of_no_ruling_kind_is_still_no_actor(nlp):
    assert not [e for e in events(nlp, "The parish council lifted the curfew in the village.") if e["source"]]

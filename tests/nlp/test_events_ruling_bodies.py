"""Councils that rule a state are its government (agents.yaml overrides): they act, as a junta does."""

from tests.nlp.eventing import events


def test_a_ruling_military_council_easing_restrictions_concedes(nlp):
    found = [e for e in events(nlp, "The Kenyan military council decided to ease restrictions on political rallies.")
             if e["type"] == "CONCEDE"]
    assert found and all(e["source"] for e in found)
    found = [e for e in events(nlp, "The Malian transitional council lifted the curfew in Bamako.")
             if e["type"] == "CONCEDE"]
    assert found and all(e["source"] for e in found)


def test_a_council_of_no_ruling_kind_is_still_no_actor(nlp):
    assert not [e for e in events(nlp, "The parish council lifted the curfew in the village.") if e["source"]]

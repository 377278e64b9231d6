"""Words that join no two actors are no events: a promise to no one of what is no act between actors, an actor
standing by its own policy, an act only weighed that names no one to receive it; the same words aimed at another
actor, or promising an act, stay events."""

import pytest
from spacy.language import Language


def coded(nlp: Language, text: str) -> set[tuple]:
    return {(e["type"], e["source"], e["target"], e["status"]) for e in nlp(text)._.events}


@pytest.mark.parametrize("text", [
    "The Spanish government vowed to rebuild the bridge as soon as possible.",  # a promise to no one
    "Portugal pledged to repair the damaged roads before winter.",
    "Poland defended its decision to keep the museum closed.",  # its own stand
    "The Chilean government strongly defended its tax policies on Tuesday.",
    "The Danish government is considering giving money to homeowners.",  # weighed, aimed at no actor
])
def test_words_joining_no_two_actors_are_no_event(nlp, text):
    assert not coded(nlp, text)


@pytest.mark.parametrize("text, kept", [
    ("The Spanish government vowed to help Morocco.", ("AGREE", "ESP", "MAR", "asserted")),  # to another actor
    ("Germany defended Poland's decision to keep the museum closed.", ("SUPPORT", "DEU", "POL", "asserted")),
    ("Japan is considering sending aid to Kenya.", ("AID", "JPN", "KEN", "possible")),
])
def test_the_same_words_aimed_at_another_actor_stay_events(nlp, text, kept):
    assert kept in coded(nlp, text)


def test_a_promise_of_an_act_or_of_force_stays_one(nlp):
    assert {kind for kind, *_ in coded(nlp, "The rebels vowed revenge.")} == {"THREATEN"}
    assert "THREATEN" in {kind for kind, *_ in coded(nlp, "The militia vowed to retake the valley by force.")}
    assert "AGREE" in {kind for kind, *_ in coded(nlp, "The United States pledged $5 million in aid.")}


def test_an_act_that_may_come_stays_one_without_a_recipient(nlp):  # only one weighed needs it
    assert ("MOBILIZE", "CHN", None, "possible") in coded(nlp, "China may launch missiles.")


def test_a_persons_own_record_is_no_event_but_a_bodys_decision_stays_aimed_at_it(nlp):
    assert not coded(nlp, "Chancellor Olaf Scholz defended his record on Sunday.")
    assert ("SUPPORT", "USA", "nato") in {k[:3] for k in coded(nlp, "The United States defended NATO's decision.")}


def test_praising_ones_own_people_is_still_support(nlp):
    found = coded(nlp, "Chancellor Olaf Scholz praised his finance minister for the budget.")
    assert {kind for kind, *_ in found} == {"SUPPORT"}

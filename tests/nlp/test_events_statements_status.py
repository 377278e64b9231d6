"""The status of acts told beside a denial: a verb coordinated with the denying verb is its subject's own act, not
what it denies; what the denial governs stays denied."""

import pytest
from spacy.language import Language

from storyline.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def statuses(nlp: Language, text: str, kind: str) -> set[str]:
    return {e["status"] for e in nlp(text)._.events if e["type"] == kind}


@pytest.mark.parametrize("text, kind", [
    ("Cambodia denied the charges and accused Thailand of shelling the village.", "ACCUSE"),
    ("The rebels rejected the offer and refused talks with the government.", "REJECT"),
])
def test_a_verb_beside_the_denial_is_asserted(nlp, text, kind):
    assert statuses(nlp, text, kind) == {"asserted"}


@pytest.mark.parametrize("text", [
    "Iran denied sending drones and training Russian pilots.",  # a conjunct inside what is denied
    "Iran denied that it had sent drones to Russia.",
])
def test_what_the_denial_governs_stays_denied(nlp, text):
    assert statuses(nlp, text, "AID") == {"denied"}


@pytest.mark.parametrize("text, status", [
    ("France will join Germany in sending tanks to Ukraine.", "planned"),  # the modals of the verb it goes with
    ("The minister rejected the suggestion that Spain would follow Italy in sending troops to Mali.", "denied"),
])
def test_an_act_told_in_an_in_phrase_shares_its_verbs_status(nlp, text, status):
    assert statuses(nlp, text, "AID") == {status}


@pytest.mark.parametrize("text, kind", [
    ("The senator denied allegations that he had made a pact with the unions in return for Japan's support for "
     "Taiwan.", "SUPPORT"),  # an act named inside the denied claim, in a phrase of its clause
    ("Rebels denied reports that they had received Iran's help.", "AID"),  # what the denied clause says changed hands
    ("The senator denied allegations that he had agreed to join a coalition led by the Liberals in return for Japan's "
     "support for Taiwan.", "SUPPORT"),  # through the clauses the claim holds
])
def test_an_act_named_inside_a_denied_claim_is_denied(nlp, text, kind):
    assert statuses(nlp, text, kind) == {"denied"}


@pytest.mark.parametrize("text, kind", [
    ("Israel rejected calls from Kyiv that it should send weapons to Ukraine.", "REQUEST"),  # the calls were made
    ("The government denied that it had refused Spain's offer of aid to Mali.", "AGREE"),  # the refusal is
    # denied, not the offer
    ("The minister denied charges that he had sent troops to the town where Germany's aid to Poland had arrived.",
     "AID"),  # a relative clause's background is no part of the claim
])
def test_words_a_denial_turns_down_or_an_act_it_denies_aimed_at_them_stay_asserted(nlp, text, kind):
    assert statuses(nlp, text, kind) == {"asserted"}

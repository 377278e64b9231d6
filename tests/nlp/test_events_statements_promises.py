"""Promises: a promise of support stays a promise (AGREE) however the supported effort is described; a promise of
force is a threat (THREATEN)."""

import pytest
from spacy.language import Language

from storyline.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def kinds(nlp: Language, text: str, trigger: str) -> set[str]:
    return {e["type"] for e in nlp(text)._.events if e["trigger"] == trigger}


@pytest.mark.parametrize("text, trigger", [
    ("The Japanese envoy promised Tokyo's support for work on restoring the farms of the flood-hit province.",
     "promised"),
    ("Russia pledged continued support for Syria despite the recent attack on its base.", "pledged"),
])
def test_a_promise_of_support_is_no_threat(nlp, text, trigger):
    assert kinds(nlp, text, trigger) == {"AGREE"}


@pytest.mark.parametrize("text, trigger", [
    ("Russia promised a forceful response to the attack.", "promised"),
    ("China vowed that unification will happen by force.", "vowed"),
])
def test_a_promise_of_force_stays_a_threat(nlp, text, trigger):
    assert kinds(nlp, text, trigger) == {"THREATEN"}


@pytest.mark.parametrize("text, trigger, pair", [
    ("Turkey has vowed not to return the disputed islands to Greece.", "vowed", ("TUR", "GRC")),
    ("Kenya pledged never to withdraw its troops from Somalia.", "pledged", ("KEN", "SOM")),
])
def test_a_promise_not_to_yield_refuses(nlp, text, trigger, pair):
    found = {(e["type"], e["source"], e["target"]) for e in nlp(text)._.events if e["trigger"] == trigger}
    assert found == {("REJECT", *pair)}


def test_a_promise_not_to_attack_is_no_threat(nlp):
    assert kinds(nlp, "The rebels promised not to attack the convoy.", "promised") == {"AGREE"}
    assert kinds(nlp, "The rebels promised to attack the convoy.", "promised") == {"THREATEN"}

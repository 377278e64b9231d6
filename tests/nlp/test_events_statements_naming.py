"""Calling someone something is a word said of it, no phone call: only a call made to an actor is CONSULT."""

import pytest
from spacy.language import Language

from storyline.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


@pytest.mark.parametrize("text", [
    "Erdogan called the Dutch government Nazi remnants.",
    "Biden called Putin a butcher.",
])
def test_naming_someone_is_no_call(nlp, text):
    assert not any(e["type"] == "CONSULT" for e in nlp(text)._.events)


def test_a_leader_called_is_consulted(nlp):
    found = [e for e in nlp("Biden called Putin on Tuesday.")._.events]
    assert [(e["type"], e["mode"]) for e in found] == [("CONSULT", "phone")] and found[0]["target"] is not None

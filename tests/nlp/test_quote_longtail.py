"""storyline_quotes recall on the long tail of attributions with a source (PolNeAR): a pronoun object that a phrase
after it tells something of (`praised her for X`, `cast himself as Y`) and the learned gate's wider candidates."""

import pytest


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def cues(doc) -> dict[str, dict]:
    return {q["cue"]: q for q in doc._.quotes}


def test_a_pronoun_object_with_a_predicate_is_what_was_said(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "empty": 10.0, "lemma=chide": 10.0})
    quote = cues(accept("Senator Jane Roe praised her for changing her position on the budget."))["praised"]
    assert quote["text"] == "her for changing her position on the budget"
    assert quote["speaker_text"] == "Senator Jane Roe"
    quote = cues(accept("Senator Jane Roe chided him for siding with the Republicans."))["chided"]
    assert quote["text"] == "him for siding with the Republicans"


def test_a_bare_pronoun_object_stays_no_content(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "empty": 10.0})
    assert accept("Senator Jane Roe praised her on Monday.")._.quotes == []  # what she praised is elsewhere
    assert accept("Senator Jane Roe praised that idea.")._.quotes == []

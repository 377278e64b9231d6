"""storyline_quotes recall on the long tail of attributions with a source (PolNeAR): a pronoun object that a phrase
after it tells something of (`praised her for X`, `cast himself as Y`) and the learned gate's wider candidates."""

import pytest

from tests.nlp.quote_support import cues


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def test_a_pronoun_object_with_a_predicate_is_what_was_said(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "empty": 10.0, "lemma=chide": 10.0})
    quote = cues(accept("Senator Jane Roe praised her for changing her position on the budget."))["praised"]
    assert quote["text"] == "her for changing her position on the budget"
    assert quote["speaker_text"] == "Senator Jane Roe"
    quote = cues(accept("Senator Jane Roe chided him for siding with the Republicans."))["chided"]
    assert quote["text"] == "him for siding with the Republicans"


def test_a_bare_pronoun_object_is_no_content_of_the_rules(gated_pipeline):
    refuse = gated_pipeline({"bias": -5.0})
    assert refuse("Senator Jane Roe thanked her on Monday.")._.quotes == []  # a person thanked is no statement
    # a verb of a stance toward a person (`person_stance_verbs`) reports that stance: the person alone is its content
    assert [q["text"] for q in refuse("Senator Jane Roe praised her on Monday.")._.quotes] == ["her"]
    assert refuse("Senator Jane Roe praised that idea.")._.quotes == []


def test_a_gated_cue_whose_object_refers_to_what_was_said(gated_pipeline):
    assert gated_pipeline({"bias": -5.0})("The Democrats opposed it.")._.quotes == []
    accept = gated_pipeline({"bias": -5.0, "empty": 10.0})
    assert cues(accept("The Democrats opposed it."))["opposed"]["text"] == "it"
    assert accept("Foreign policy specialists largely reject that idea.")._.quotes == []  # the claim is elsewhere
    assert accept("Senator Jane Roe thanked her.")._.quotes == []  # a person is no statement
    accept = gated_pipeline({"bias": -5.0, "lemma=echo": 10.0})  # a verb outside the lexicon
    assert cues(accept("Other Republicans echoed it."))["echoed"]["text"] == "it"
    # a statement noun with a demonstrative stands for what was said, as PolNeAR marks it
    assert cues(accept("Other Republicans echoed those comments."))["echoed"]["text"] == "those comments"
    assert accept("The bill, which other Republicans echoed, failed.")._.quotes == []  # a relative word


def test_a_negated_lexicon_verb_the_gate_takes_carries_its_object(gated_pipeline):
    text = "Senator Jane Roe did not mention her opponents by name."
    assert gated_pipeline({"bias": -5.0})(text)._.quotes == []
    quote = cues(gated_pipeline({"bias": -5.0, "lemma=mention": 10.0})(text))
    assert next(iter(quote.values()))["text"].startswith("her opponents")


def test_a_gated_cue_keeps_its_content_around_another_gated_cue(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "lemma=question": 10.0, "lemma=vote": 10.0, "lemma=try": 10.0})
    doc = accept("Jane Roe questioned whether the senator would vote for the bill.")
    assert [(q["speaker_text"], q["text"]) for q in doc._.quotes] == [
        ("Jane Roe", "whether the senator would vote for the bill")]  # the outer one, as PolNeAR marks it
    doc = accept("Senator Jane Roe tried to make peace by telling her rival that the feud was over.")
    assert "tried" not in cues(doc)  # a verb of saying inside: that is the statement


def test_a_person_named_with_a_country_is_no_state(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "lemma=tout": 10.0})
    quote = cues(accept("Jane Roe, an expert on Russia, touted the new jobs report."))["touted"]
    assert quote["text"] == "the new jobs report"
    assert "touted" in cues(accept("One kind-hearted Canadian touted the new jobs report."))
    assert accept("Russia touted the new jobs report.")._.quotes == []  # a state acts

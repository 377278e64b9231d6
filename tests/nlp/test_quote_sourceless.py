"""Attributions without a source (`nlp/quotes/sourceless.py`): read only where the quotes component's `sourceless`
setting is on, exported as quotes with no speaker."""

import pytest

from tests.nlp.quote_support import quote_with, quotes_pipeline


@pytest.fixture(scope="module")
def sourceless_nlp():
    return quotes_pipeline(sourceless=True)


def sourceless(doc) -> list[dict]:
    return [q for q in doc._.quotes if q["speaker_text"] is None]


def test_off_by_default_no_quote_without_a_speaker(quotes_nlp):
    doc = quotes_nlp("Both finalists are expected to perform at the festival on Saturday evening.")
    assert doc._.quotes == []


def test_a_raising_verb_gives_its_clause_without_a_speaker(sourceless_nlp):
    doc = sourceless_nlp("Lopez seemed to embrace that idea in a Tuesday interview on NPR.")
    [quote] = doc._.quotes
    assert quote["speaker"] is None and quote["speaker_start"] is None and quote["cue"] == "seemed"
    assert quote["text"] == "Lopez seemed to embrace that idea in a Tuesday interview on NPR"
    assert doc.text[quote["cue_start"] : quote["cue_end"]] == "seemed"


def test_appearing_on_air_is_no_attribution(sourceless_nlp):
    assert sourceless(sourceless_nlp("The senator appeared on Fox News on Sunday morning.")) == []


def test_a_passive_of_expecting_without_agent_and_with_one(sourceless_nlp):
    doc = sourceless_nlp("Both finalists are widely expected to perform at the festival on Saturday evening.")
    [quote] = sourceless(doc)
    assert quote["cue"] == "are widely expected" and quote["text"].startswith("Both finalists")
    doc = sourceless_nlp("Both finalists are expected by the organizers to perform at the festival.")
    assert sourceless(doc) == []  # the agent expects it: not the sourceless rule's


def test_a_participle_seen_as_takes_its_noun(sourceless_nlp):
    doc = sourceless_nlp("Nevada is a state seen as pivotal for the union drive.")
    quote = quote_with(doc, "seen as pivotal")
    assert quote["text"] == "a state seen as pivotal for the union drive" and quote["speaker"] is None


def test_an_evidential_adverb_gives_its_clause(sourceless_nlp):
    doc = sourceless_nlp("The Sierra Alliance is reportedly spending $2 million on radio spots.")
    [quote] = sourceless(doc)
    assert quote["cue"] == "reportedly" and quote["text"].startswith("The Sierra Alliance is reportedly spending")


def test_unclear_whether_gives_the_question(sourceless_nlp):
    doc = sourceless_nlp("It is unclear whether that means she would support raising the tolls.")
    [quote] = sourceless(doc)
    assert quote["text"] == "that means she would support raising the tolls"


def test_an_expletive_passive_of_saying_gives_its_clause(sourceless_nlp):
    doc = sourceless_nlp("It was reported that the senator had resigned from the committee.")
    [quote] = sourceless(doc)
    assert quote["cue"] == "was reported" and quote["text"] == "that the senator had resigned from the committee"


def test_a_question_put_by_nobody_named(sourceless_nlp):
    doc = sourceless_nlp("Sanders was asked about the case of the families on Sunday.")
    [quote] = sourceless(doc)
    assert quote["cue"] == "was asked about" and quote["text"].startswith("the case of the families")


def test_a_question_nobody_named_put_to_a_speaker_is_sourceless_not_the_speakers(sourceless_nlp):
    doc = sourceless_nlp("Asked whether she would back the governor if he won the primary, Jane Roe said she would.")
    [quote] = sourceless(doc)
    assert quote["cue"] == "Asked" and quote["text"] == "whether she would back the governor if he won the primary"
    assert [q["text"] for q in doc._.quotes if q["speaker_text"] == "Jane Roe"] == ["she would"]


def test_inside_another_speakers_report_or_quotation_it_is_theirs(sourceless_nlp):
    doc = sourceless_nlp("Sanders said the senator seemed to be winning the race in Iowa.")
    assert sourceless(doc) == [] and quote_with(doc, "seemed to be winning")["speaker_text"] == "Sanders"
    doc = sourceless_nlp("“The ceasefire seems to be holding along the border,” Cheng said.")
    assert sourceless(doc) == []


def test_a_cue_inside_says_whose_it_is(sourceless_nlp):
    doc = sourceless_nlp("Trump seemed to suggest that the election was rigged against him.")
    assert sourceless(doc) == []


def test_the_wide_attributions_setting_turns_on_sourceless_quotes_and_glosses(monkeypatch):
    from storyline.nlp.pipeline import build_nlp

    monkeypatch.setenv("STORYLINE_WIDE_ATTRIBUTIONS", "1")
    finder = build_nlp().get_pipe("storyline_quotes")
    assert "seem" in finder.raising_verbs and "refer to" in finder.gloss_participles
    monkeypatch.setenv("STORYLINE_WIDE_ATTRIBUTIONS", "0")
    finder = build_nlp().get_pipe("storyline_quotes")
    assert not finder.sourceless_words and not finder.gloss_participles

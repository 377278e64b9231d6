"""storyline_quotes precision: what reads like an attribution but is none (a speaker's own cue re-read inside
what they are said to do, titles in quotation marks, section labels before a colon, a rate's unit after `per`).
Each case is checked twice: the quote the rules would give without the filter, and its absence with it."""

import pytest

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)
from storyline.nlp.quotes.component import QuoteFinder

HEADLINE = "Senate race heats up\n\n"


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def cues(nlp, sentence: str) -> dict[str, dict]:
    return {q["cue"]: q for q in nlp(HEADLINE + sentence)._.quotes}


def unfiltered(monkeypatch):
    monkeypatch.setattr(QuoteFinder, "restated_inside", staticmethod(lambda f, found: False))
    monkeypatch.setattr(QuoteFinder, "reported_inside", lambda self, r, f, found: False)
    monkeypatch.setattr(QuoteFinder, "title_quoted", staticmethod(lambda r, f: False))
    monkeypatch.setattr(QuoteFinder, "label_colon", lambda self, r, f: False)
    monkeypatch.setattr(QuoteFinder, "unit_noun", lambda self, phrase: False)


REFUSED = "Maria Diaz refused to concede that rivals had a case against the zoning rule."
TITLE = '"This Is Not Over," Mr. Oppenheim said.'
LABEL = "UPDATE: The website has removed the page."
RATE = "The station bills the campaign per week to run the ads."


@pytest.mark.parametrize("sentence, cue", [(REFUSED, "concede"), (TITLE, "said"), (LABEL, ":"), (RATE, "per")])
def test_the_rules_alone_give_the_false_quote(nlp, monkeypatch, sentence, cue):
    unfiltered(monkeypatch)
    assert cue in cues(nlp, sentence)


def test_a_speakers_own_cue_inside_their_attribution_is_read_once(nlp):
    found = cues(nlp, REFUSED)
    assert "concede" not in found
    assert found["refused"]["text"] == "to concede that rivals had a case against the zoning rule"


def test_a_chain_of_speakers_is_the_outer_speakers_claim(nlp):
    found = cues(nlp, "John Smith said Mary Jones denied that the money was missing.")
    assert "denied" not in found  # `reported_inside`: what Mary Jones denied is part of what John Smith said
    assert found["said"]["speaker_text"] == "John Smith"
    assert found["said"]["text"].endswith("Mary Jones denied that the money was missing")


def test_a_second_finite_statement_of_the_same_speaker_stays(nlp):
    doc = nlp(HEADLINE + "He said the plan would fail, and he said that Congress must act before June.")
    assert any(q["text"] == "that Congress must act before June" for q in doc._.quotes)


def test_a_title_in_quotation_marks_is_no_quote_a_sentence_is(nlp):
    assert "said" not in cues(nlp, TITLE)
    assert cues(nlp, '"We will win this state in November," Mr. Oppenheim said.')["said"]["speaker_text"] == \
        "Mr. Oppenheim"


def test_a_section_label_is_no_speaker(nlp, monkeypatch):
    assert ":" not in cues(nlp, LABEL)
    headline = "BUSTED: Senator Admits He Never Read The Bill\n\nThe senator spoke on Monday."
    assert not any(q["cue"] == ":" for q in nlp(headline)._.quotes)
    unfiltered(monkeypatch)
    assert any(q["cue"] == ":" and q["speaker_text"] == "BUSTED" for q in nlp(headline)._.quotes)


def test_a_rates_unit_is_no_source_a_report_is(nlp):
    assert "per" not in cues(nlp, RATE)
    assert "per" not in cues(nlp, "The workers earn $5 per hour, and they want to earn more.")
    assert cues(nlp, "The tax would rise, per the report, by two percent next year.")["per"]["speaker_text"] == \
        "the report"


def test_per_after_an_amount_is_a_rate_whatever_its_unit(nlp):
    assert "per" not in cues(nlp, "Office space in the area rents for $70 per square foot, the highest in years.")
    found = cues(nlp, "The banquet requires a $2,500 gift per guest, Jane Roe said.")
    assert "per" not in found and found["said"]["speaker_text"] == "Jane Roe"
    assert cues(nlp, "Turnout rose 5 percent, per the county clerk.")["per"]["speaker_text"] == "the county clerk"


def test_a_title_in_marks_after_the_cue_is_no_part_of_the_quotation(nlp):
    text = ("Party report\n\n“We must listen to them,” said Laura Chen, author of “The Quiet Harvest,” in an "
            "interview.")
    doc = nlp(text)
    quote = next(q for q in doc._.quotes if q["cue"] == "said")
    assert quote["text"] == "We must listen to them"
    assert quote["parts"] == []
    split = nlp("Party report\n\n“We must listen to them,” said Laura Chen, “and we must do it soon.”")
    assert len(next(q for q in split._.quotes if q["cue"] == "said")["parts"]) == 2

"""storyline_quotes: the learned gate's candidates beyond a verb's clause, infinitive or object (`gate.widened`): a
gerund or clause after a preposition (`opted against closing X`, `pushing for X to Y`) and a clause opened by
`whether`, a wh-word or `to` that the parse hung on the verb as an adjunct. The gate decides on them; the one who
holds the view must still be one who can hold views."""

import pytest

from storyline.nlp.quotes.gate import candidate_features, carried, widened
from tests.nlp.quote_support import quote_with


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def verb(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_what_a_verb_carries_after_a_preposition_or_as_an_adjunct_clause_is_a_candidate(nlp):
    doc = nlp("Mayor Ann Lee opted against closing the harbor during the storm.")
    opted = verb(doc, "opted")
    assert carried(opted) is None  # no clause, object nor prepositional object: no candidate before
    assert widened(opted).text == "against"
    assert "shape=prep:against:pcomp" in candidate_features(opted, doc[0:3], False)
    doc = nlp("Senator Jane Roe has been pushing for the council to rebuild the harbor.")
    pushing = verb(doc, "pushing")
    assert carried(pushing) is None  # the parse hangs the infinitive on `pushing` as an adjunct clause
    assert widened(pushing).text == "rebuild"
    assert "shape=advcl:to" in candidate_features(pushing, doc[0:3], False)


def test_a_time_or_condition_clause_is_no_candidate(nlp):
    doc = nlp("The governor laughed when the mayor spoke about the harbor.")
    assert widened(verb(doc, "laughed")) is None  # `when`, `where`, `if` open adjuncts far more often
    doc = nlp("The old crane swung toward the parked cars.")
    assert widened(verb(doc, "swung")) is None  # a prepositional object is `carried`'s, not a clause


def test_the_gate_takes_a_stance_a_preposition_carries(nlp):
    doc = nlp("Mayor Ann Lee opted against closing the harbor during the storm.")
    quote = quote_with(doc, "closing the harbor")
    assert (quote["speaker_text"], quote["cue"], quote["text"]) == (
        "Mayor Ann Lee", "opted against", "closing the harbor during the storm")
    doc = nlp("Senator Jane Roe has been pushing for the council to rebuild the harbor.")
    quote = quote_with(doc, "to rebuild the harbor")
    assert (quote["speaker_text"], quote["cue"]) == ("Senator Jane Roe", "has been pushing")
    assert quote["text"].endswith("the council to rebuild the harbor")


def test_a_thing_holds_no_view_whatever_the_gate_says(gated_pipeline):
    accept = gated_pipeline({"bias": 10.0})  # a gate that takes every candidate
    assert accept("The old factory opted against reopening the steel mill.")._.quotes == []
    assert accept("The heavy crane swung toward crushing the parked cars.")._.quotes == []
    doc = accept("Mayor Ann Lee opted against reopening the steel mill.")
    assert quote_with(doc, "reopening")["speaker_text"] == "Mayor Ann Lee"  # the same words, a person: a stance


def test_a_noun_modifier_without_an_owner_is_no_attribution(nlp):
    # `the report that X`: a clause that says what the noun is, with nobody whose report it is
    assert nlp("The report that the mayor resigned spread quickly through the town.")._.quotes == []


def test_a_lexicon_verb_whose_rules_found_nothing_takes_what_follows_its_preposition(nlp):
    # `warn` is a reporting verb of the lexicon; its rules read no gerund after `against`: the gate takes it
    doc = nlp("Several senators warned against drawing lessons from the vote.")
    quote = quote_with(doc, "drawing lessons")
    assert (quote["speaker_text"], quote["cue"], quote["text"]) == (
        "Several senators", "warned", "drawing lessons from the vote")
    assert nlp("The old bridge warned against drawing lessons from the vote.")._.quotes == []  # no one to hold it

"""storyline_quotes on attributions without a reporting verb, as PolNeAR marks them: a stance noun with its owner
(`Trump's attacks on X`, `made the point that ...`), the learned gate's call; a survey after `in` and a fronted
`to`/`for` whose object holds the view (`In a new poll, ...`, `To many, ...`)."""

import pytest

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)
from tests.nlp.quote_support import cues


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def test_a_stance_noun_with_its_owner_is_the_gates_call(gated_pipeline):
    text = "Senator Jane Roe spoke in Ohio. Her criticism of the new budget plan was sharp."
    assert gated_pipeline({"bias": -5.0})(text)._.quotes == []
    accept = gated_pipeline({"bias": -5.0, "noun|lemma=criticism": 10.0})
    quote = cues(accept(text))["criticism of"]
    assert (quote["speaker_text"], quote["text"]) == ("Her", "the new budget plan")


def test_a_stance_noun_carries_an_infinitive_or_a_that_clause(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "noun": 10.0})
    quote = cues(accept("Senator Jane Roe's decision to leave the race came late in the year."))["decision"]
    assert (quote["speaker_text"], quote["text"]) == ("Senator Jane Roe's", "to leave the race")
    quote = cues(accept("Senator Jane Roe raised the point that the budget is too large."))["point"]
    assert (quote["speaker_text"], quote["text"]) == ("Senator Jane Roe", "that the budget is too large")


def test_a_stance_noun_needs_an_owner_who_holds_views(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "noun": 10.0})
    assert accept("The criticism of the new budget plan was sharp.")._.quotes == []  # nobody's
    assert accept("China's support for the new budget plan was clear.")._.quotes == []  # a state acts
    assert accept("Senator Jane Roe's speech on Monday was short.")._.quotes == []  # a time is no topic


def test_a_survey_is_the_source_of_what_it_finds(nlp):
    quote = cues(nlp("In a new Des Moines Register poll, Senator Jane Roe had a 10-point lead."))["In"]
    assert (quote["speaker_text"], quote["text"]) == ("a new Des Moines Register poll",
                                                       "Senator Jane Roe had a 10-point lead")
    quote = cues(nlp("Senator Jane Roe is leading in the polls."))["in"]
    assert (quote["speaker_text"], quote["text"]) == ("the polls", "Senator Jane Roe is leading")
    assert nlp("Senator Jane Roe is leading in the state.")._.quotes == []


def test_a_fronted_to_or_for_names_whose_view_a_clause_is(nlp):
    quote = cues(nlp("But to many voters, Senator Jane Roe is a hero."))["to"]
    assert (quote["speaker_text"], quote["text"]) == ("many voters", "Senator Jane Roe is a hero")
    assert nlp("For now, the mission is different.")._.quotes == []  # a time
    assert nlp("The mission is different for many voters.")._.quotes == []  # not fronted
    assert nlp("For China, the mission is different.")._.quotes == []  # a state


def test_a_collective_noun_holds_the_views_of_what_it_collects(nlp):
    quote = cues(nlp("A second batch of Pentagon memos showed deep rifts between the two agencies."))["showed"]
    assert (quote["speaker_text"], quote["text"]) == ("A second batch of Pentagon memos",
                                                       "deep rifts between the two agencies")
    quote = cues(nlp("An average of recent polls shows that Senator Jane Roe leads by 13 points."))["shows"]
    assert quote["text"] == "that Senator Jane Roe leads by 13 points"
    assert nlp("A batch of cookies shows that Senator Jane Roe leads by 13 points.")._.quotes == []


def test_a_work_that_puts_a_case_holds_views(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "lemma=portray": 10.0})
    quote = cues(accept("The new ad portrays Senator Jane Roe as a tool of Wall Street."))["portrays"]
    assert (quote["speaker_text"], quote["text"]) == ("The new ad", "Senator Jane Roe as a tool of Wall Street")
    assert accept("The new storm portrays Senator Jane Roe as a tool of Wall Street.")._.quotes == []


def test_an_opinion_noun_after_in_names_its_owner(nlp):
    quote = cues(nlp("Senator Jane Roe spoke on Monday. In her view, the deal will fail."))["view"]
    assert (quote["speaker_text"], quote["text"]) == ("her", "the deal will fail")
    quote = cues(nlp("In the eyes of many voters, the plan is dead."))["eyes"]
    assert (quote["speaker_text"], quote["text"]) == ("many voters", "the plan is dead")
    assert nlp("In the end, Senator Jane Roe won the vote.")._.quotes == []


def test_a_title_names_its_speaker_before_a_colon_without_a_verb(nlp):
    doc = nlp("Lynch: No outside influence on the FBI probe.\n\nAttorney General Loretta Lynch spoke on Tuesday.")
    quote = cues(doc)[":"]
    assert (quote["speaker_text"], quote["text"]) == ("Lynch", "No outside influence on the FBI probe.")
    doc = nlp("Body text first.\n\nLynch: No outside influence on the FBI probe")
    assert ":" not in cues(doc)  # a later headline line needs a verb: only the title's claim goes without one

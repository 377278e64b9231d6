"""storyline_quotes: a verb only the learned gate takes (`supports X`) inside what another party's cue reports is part
of that report, not a quote of its own; outside any report, or in a relative clause on a person, it keeps its quote.
Each case runs with a gate that takes `support` alone, so that the rule, not the fitted weights, decides."""

import pytest

from storyline.nlp.quotes.component import QuoteFinder

HEADLINE = "Union vote nears\n\n"
INSIDE = "Ms. Ortega said the union is not a political group and supports candidates from both parties."
ALONE = "The union supports candidates from both parties."
RELATIVE = "Ms. Ortega said she had met Mr. Diaz, who supports candidates from both parties."


@pytest.fixture
def nlp(gated_pipeline):
    return gated_pipeline({"bias": -5.0, "lemma=support": 10.0})


def said(nlp, sentence: str) -> list[tuple[str, str]]:
    return [(q["speaker_text"], q["cue"]) for q in nlp(HEADLINE + sentence)._.quotes]


def test_a_gated_verb_inside_a_report_is_part_of_it(nlp):
    assert said(nlp, INSIDE) == [("Ms. Ortega", "said")]


def test_without_the_rule_the_gated_verb_inside_is_a_quote_of_its_own(nlp, monkeypatch):
    monkeypatch.setattr(QuoteFinder, "gated_inside", staticmethod(lambda f, found: False))
    assert said(nlp, INSIDE) == [("Ms. Ortega", "said"), ("the union", "supports")]


def test_a_gated_verb_outside_any_report_keeps_its_quote(nlp):
    assert said(nlp, ALONE) == [("The union", "supports")]


def test_a_relative_clause_on_a_person_keeps_its_quote(nlp):
    assert said(nlp, RELATIVE) == [("Ms. Ortega", "said"), ("Mr. Diaz, who", "supports")]

"""storyline_quotes: a cue the learned gate took keeps its quote where a lexicon cue inside its content only tells of a
noun in it (`skewered a flyer claiming that X`, `skewered the mayor, who said that X`), while one of its own clause
still takes the statement over (`tried ... by telling X Y`, `tests/nlp/test_quote_recall_gated.py`)."""

from tests.nlp.quote_support import quote_with


def test_a_cue_on_a_noun_inside_leaves_the_gated_cue_its_quote(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "lemma=skewer": 10.0})
    doc = accept("Senator Jane Roe skewered a flyer claiming that the harbor would close in May.")
    quote = quote_with(doc, "a flyer")
    assert (quote["cue"], quote["speaker_text"]) == ("skewered", "Senator Jane Roe")
    doc = accept("Senator Jane Roe skewered the mayor, who said that the harbor would close in May.")
    assert quote_with(doc, "the mayor, who")["cue"] == "skewered"
    assert {q["cue"] for q in doc._.quotes} == {"skewered", "said"}  # the mayor's own statement, marked apart


def test_without_the_gate_only_the_inner_cue_speaks(gated_pipeline):
    refuse = gated_pipeline({"bias": -5.0})
    doc = refuse("Senator Jane Roe skewered the mayor, who said that the harbor would close in May.")
    assert [q["cue"] for q in doc._.quotes] == ["said"]

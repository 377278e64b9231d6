"""storyline_quotes: a cue the learned gate took keeps its quote where a lexicon cue inside its content only tells of a
noun in it (`skewered the budget of Mayor Fox, who said that X`), while one of its own clause
still takes the statement over (`tried ... by telling X Y`, `tests/nlp/test_quote_recall_gated.py`); and a statement
noun with a demonstrative (`echoed those comments`) is what such a cue says."""

from tests.nlp.quote_support import quote_with


def test_a_relative_clause_inside_leaves_the_gated_cue_its_quote(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "lemma=skewer": 10.0})
    doc = accept("Senator Jane Roe skewered the budget of Mayor Tom Fox, who said that the harbor would close in May.")
    quote = quote_with(doc, "the budget of")
    assert (quote["cue"], quote["speaker_text"]) == ("skewered", "Senator Jane Roe")
    assert {q["cue"] for q in doc._.quotes} == {"skewered", "said"}  # the mayor's own statement, marked apart
    # on the gated verb's object, the object's statement takes over
    doc = accept("Senator Jane Roe skewered the mayor, who said that the harbor would close in May.")
    assert [q["cue"] for q in doc._.quotes] == ["said"]
    # a participle on the gated verb's object is what that object says: the vehicle's statement takes over
    doc = accept("Senator Jane Roe skewered a flyer claiming that the harbor would close in May.")
    assert [q["cue"] for q in doc._.quotes] == ["claiming"]


def test_without_the_gate_only_the_inner_cue_speaks(gated_pipeline):
    refuse = gated_pipeline({"bias": -5.0})
    doc = refuse("Senator Jane Roe skewered the budget of Mayor Tom Fox, who said that the harbor would close in May.")
    assert [q["cue"] for q in doc._.quotes] == ["said"]


def test_a_statement_noun_with_a_demonstrative_is_what_a_gated_cue_says(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "lemma=echo": 10.0, "lemma=push": 10.0, "lemma=share": 10.0})
    quote = quote_with(accept("Two council members echoed those comments on Friday."), "those")
    assert (quote["text"], quote["speaker_text"], quote["cue"]) == ("those comments", "Two council members", "echoed")
    quote = quote_with(accept("Jane Roe pushed back on those claims on Friday."), "those")
    assert (quote["text"], quote["cue"]) == ("those claims", "pushed back on")
    assert accept("Jane Roe shared those photos on Friday.")._.quotes == []  # a thing shown: photos say nothing


def test_any_noun_with_a_demonstrative_is_what_a_gated_cue_says(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "lemma=pursue": 10.0})
    quote = quote_with(accept("Jane Roe has long pursued that goal."), "that")
    assert (quote["text"], quote["speaker_text"], quote["cue"]) == ("that goal", "Jane Roe", "has long pursued")
    assert accept("Jane Roe has long pursued those photos.")._.quotes == []  # a thing shown says nothing


def test_a_noun_cue_that_is_the_object_of_a_gated_cue_is_part_of_what_it_says(gated_pipeline):
    text = "Jane Roe touted her proposals to invest $5 billion in bridges and expand bus service."
    quotes = gated_pipeline({"bias": -5.0, "lemma=tout": 10.0})(text)._.quotes
    assert [(q["cue"], q["text"][:18]) for q in quotes] == [("touted", "her proposals to i")]
    quotes = gated_pipeline({"bias": -5.0})(text)._.quotes  # without the gate, the noun alone speaks
    assert [(q["cue"], q["speaker_text"]) for q in quotes] == [("proposals", "her")]


def test_the_verb_heading_a_gated_cues_clause_does_not_take_its_statement(gated_pipeline, monkeypatch):
    from storyline.nlp.quotes.attribution import Attributor

    accept = gated_pipeline({"bias": -5.0, "adj|lemma=confident": 10.0, "lemma=see": 10.0})
    text = "Several council members are confident that voters understand the budget problems."
    quote = quote_with(accept(text), "voters")
    assert (quote["cue"], quote["speaker_text"], quote["text"]) == (
        "confident", "Several council members", "that voters understand the budget problems")
    doc = accept("Analysts see younger voters showing up for the referendum in record numbers.")
    quote = quote_with(doc, "younger")
    assert (quote["cue"], quote["speaker_text"]) == ("see", "Analysts")
    # `understand`, a lexicon verb with a subject but no content, is what the members are confident of, no report
    # of its own; taken for one, it left the gated cue no quote at all
    monkeypatch.setattr(Attributor, "own_clause_verb", staticmethod(lambda gated, inner: False))
    assert accept(text)._.quotes == []


def test_a_lexicon_verb_deep_in_a_gated_cues_complement_leaves_it_the_statement(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "lemma=beg": 10.0, "lemma=wish": 10.0})
    doc = accept("Jane Roe begged the players to ask the owners about the new stadium lease.")
    assert [(q["cue"], q["speaker_text"], q["text"]) for q in doc._.quotes] == [
        ("begged", "Jane Roe", "the players to ask the owners about the new stadium lease")]
    doc = accept("Jane Roe wishes the ministry had tried to explain why the canal fees keep rising.")
    assert [(q["cue"], q["text"][:24]) for q in doc._.quotes] == [("wishes", "the ministry had tried t")]
    # a verb in an adjunct stays a statement of its own beside the act
    doc = accept("Jane Roe begged for calm by telling the fans that the lease was safe.")
    assert [q["cue"] for q in doc._.quotes] == ["telling the fans"]

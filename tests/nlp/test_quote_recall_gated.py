"""storyline_quotes recall where the learned gate takes a verb (PolNeAR's long tail of cues): what the rules must
not throw away after the gate has taken it."""

from quote_support import quote_with


def test_a_cue_inside_that_states_nothing_leaves_a_gated_cue_be(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "lemma=wonder": 10.0, "lemma=scold": 10.0, "lemma=try": 10.0})
    doc = accept("Senator Jane Roe wondered why the mayor had so little to say during the flood.")
    quote = quote_with(doc, "why the mayor")  # `say` has neither speaker nor content: no statement of its own
    assert (quote["speaker_text"], quote["cue"]) == ("Senator Jane Roe", "wondered")
    doc = accept("The council had scolded the mayor for continuing his holiday in Spain instead of visiting the towns.")
    quote = quote_with(doc, "his holiday")  # `continuing` reports nothing here
    assert (quote["speaker_text"], quote["cue"]) == ("The council", "had scolded")
    # a cue inside that does report something is the statement: `tried ... by telling X Y`
    doc = accept("Senator Jane Roe tried to calm the crowd by telling them that the harbor would reopen soon.")
    assert [q["cue"] for q in doc._.quotes] == ["telling them"]

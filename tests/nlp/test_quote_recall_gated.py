"""storyline_quotes recall on PolNeAR's long tail of cues: what the rules must not throw away after the learned gate
has taken a verb, and verbs outside the lexicon that say something with the word they take (`made clear that X`)."""

import pytest

from tests.nlp.quote_support import quote_with


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


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


def test_a_light_verb_says_what_follows_its_word(nlp):
    doc = nlp("The governor made clear on Tuesday that she would veto the harbor bill.")
    quote = quote_with(doc, "she would veto")
    assert (quote["speaker_text"], quote["cue"], quote["text"]) == (
        "The governor", "made clear", "that she would veto the harbor bill")
    doc = nlp("Senator Jane Roe made it clear she will not back the budget.")
    assert quote_with(doc, "she will not")["cue"] == "made it clear"
    doc = nlp("The mayor made the case to local farmers that the dam would protect their fields.")
    quote = quote_with(doc, "the dam would")
    assert (quote["cue"], quote["text"]) == ("made the case", "that the dam would protect their fields")
    assert len(doc._.quotes) == 1  # the noun is the verb's word, not a cue of its own
    # a noun says nothing without its `that` clause, and a negated verb makes nothing clear
    assert nlp("The mayor made the case for a new dam at the council meeting.")._.quotes == []
    assert nlp("The governor did not make clear whether she would veto the bill.")._.quotes == []


def test_who_feels_what_a_feeling_verb_tells_holds_the_view(nlp):
    doc = nlp("The new parking fees have angered many shop owners in the old town.")
    quote = quote_with(doc, "parking fees")
    assert (quote["speaker_text"], quote["cue"], quote["text"]) == (
        "many shop owners", "have angered", "The new parking fees")
    quote = quote_with(nlp("It amazes me that the council still has no plan for the harbor."), "the council")
    assert (quote["speaker_text"], quote["text"]) == ("me", "that the council still has no plan for the harbor")
    quote = quote_with(nlp("Local voters were shaken by the closure of the steel mill."), "the closure")
    assert (quote["speaker_text"], quote["cue"], quote["text"]) == (
        "Local voters", "were shaken", "the closure of the steel mill")
    # not negated, not a state that `feels` (a diplomatic act), not a thing without views
    assert nlp("The new fees did not bother the shop owners.")._.quotes == []
    assert nlp("The missile tests have angered Japan.")._.quotes == []
    assert nlp("The heavy rain has shaken the old bridge.")._.quotes == []


def test_a_verb_with_its_noun_tells_a_view_of_what_the_noun_is_about(nlp):
    quote = quote_with(nlp("Mayor Ann Lee took aim at the new harbor tax on Monday."), "harbor tax")
    assert (quote["speaker_text"], quote["cue"], quote["text"]) == (
        "Mayor Ann Lee", "took aim at", "the new harbor tax")
    quote = quote_with(nlp("The senator paid tribute to the firefighters who died in the blaze."), "firefighters")
    assert (quote["speaker_text"], quote["cue"]) == ("The senator", "paid tribute to")
    assert quote["text"] == "the firefighters who died in the blaze"
    # another noun, or a subject without views, tells nothing
    assert nlp("Senator Jane Roe took a photo of the old pier.")._.quotes == []
    assert nlp("The storm took aim at the old pier.")._.quotes == []


def test_an_owned_noun_before_a_colon_introduces_what_follows(nlp):
    quote = quote_with(nlp("Their argument: only the county board can repair the harbor wall."), "county board")
    assert (quote["speaker_text"], quote["cue"], quote["text"]) == (
        "Their", "argument:", "only the county board can repair the harbor wall")
    quote = quote_with(nlp("The farmers' union had one clear message: the dam must be finished this year."), "the dam")
    assert quote["speaker_text"] == "The farmers' union"
    # a noun nobody owns, or one of no statement, introduces nothing
    assert nlp("The plan: a new bridge across the river by next spring.")._.quotes == []
    assert nlp("Their schedule: a new bridge across the river by next spring.")._.quotes == []

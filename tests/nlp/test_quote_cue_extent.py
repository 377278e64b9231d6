"""The exported cue's extent: a reporting verb with the auxiliaries, negation and adverbs written right before it
(`has repeatedly said`, `also said`, `did not deny`), its offsets pointing at those words; a clitic written onto the
speaker (`He's`) stays with the speaker; other cues keep their words."""

import pytest

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def only_quote(doc) -> dict:
    assert len(doc._.quotes) == 1, doc._.quotes
    return doc._.quotes[0]


@pytest.mark.parametrize("text, cue", [
    ("Senator Ted Cruz has repeatedly said that the wall would be built by next year.", "has repeatedly said"),
    ("Officials also said the talks with the union would resume next week.", "also said"),
    ("The governor did not deny that the budget would be cut next year.", "did not deny"),
    ("Governor Tom Baker is calling for the state to expand its highway patrol before the winter.",
     "is calling for"),
])
def test_verb_phrase_before_the_cue_is_part_of_it(nlp, text, cue):
    quote = only_quote(nlp(text))
    assert quote["cue"] == cue
    assert text[quote["cue_start"] : quote["cue_end"]] == cue


def test_clitic_on_the_speaker_stays_with_the_speaker(nlp):
    text = "She's predicting that the market will turn weak in the autumn."
    quote = only_quote(nlp(text))
    assert quote["cue"] == "predicting"
    assert text[quote["cue_start"] : quote["cue_end"]] == "predicting"


def test_infinitive_marker_is_not_taken(nlp):
    text = "The mayor refused to say whether the budget would be cut next year."
    quote = only_quote(nlp(text))
    assert not quote["cue"].startswith("to ")
    assert text[quote["cue_start"] : quote["cue_end"]] == quote["cue"]


def test_plain_cue_and_source_marker_keep_their_words(nlp):
    text = "The talks will resume next week, according to two officials. Jane Roe said the deal was close."
    cues = {q["cue"]: q for q in nlp(text)._.quotes}
    assert set(cues) == {"according to", "said"}
    for cue, quote in cues.items():
        assert text[quote["cue_start"] : quote["cue_end"]] == cue


def test_cue_stops_before_its_own_content(nlp):
    text = 'The charity released a clip telling "the tale of how a small village rebuilt its school."'
    quote = next(q for q in nlp(text)._.quotes if q["text"].startswith("the tale"))
    assert quote["cue"] == "telling"
    assert quote["cue_end"] <= quote["start"]


def test_cue_does_not_open_a_quotation_it_leaves_unclosed(nlp):
    text = 'Trump told "Fox News Sunday" that he would win the state in November.'
    quote = only_quote(nlp(text))
    assert '"' not in quote["cue"]
    assert quote["cue"].startswith("told")
    assert text[quote["cue_start"] : quote["cue_end"]] == quote["cue"]

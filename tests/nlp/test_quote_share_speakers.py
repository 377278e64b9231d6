"""storyline_quotes: a poll's share opening the sentence speaks for the part of those polled it counts (`About 3 in
10 say ...`, `Nearly a quarter say ...`), though the parser hung the number on the verb instead of making it the
subject, and a share written as an adjective (`a quarter`) names who spoke as a share noun does."""

import pytest

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)
from tests.nlp.quote_support import parsed


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def test_a_number_hung_on_the_verb_is_its_speaker(nlp):
    rows = ["About RB ADV advmod 1 about", "3 CD NUM quantmod 3 3", "in IN ADP quantmod 3 in",
            "10 CD NUM nummod 4 10", "say VBP VERB ROOT 4 say", "taxes NNS NOUN nsubj 6 tax",
            "are VBP AUX ccomp 4 be", "too RB ADV advmod 8 too", "high JJ ADJ acomp 6 high", ". . PUNCT punct 4 ."]
    doc = parsed(nlp, rows)
    assert [(q["speaker_text"], q["text"]) for q in doc._.quotes] == [("About 3 in 10", "taxes are too high")]


def test_a_share_as_an_adjective_is_its_speaker(nlp):
    rows = ["Nearly RB ADV advmod 2 nearly", "a DT DET quantmod 2 a", "quarter JJ ADJ amod 3 quarter",
            "say VBP VERB ROOT 3 say", "they PRP PRON nsubj 7 they", "do VBP AUX aux 7 do", "n't RB PART neg 7 not",
            "know VB VERB ccomp 3 know", ". . PUNCT punct 3 ."]
    doc = parsed(nlp, rows)
    # (the hand parse spaces every word)
    assert [(q["speaker_text"], q["text"]) for q in doc._.quotes] == [("Nearly a quarter", "they do n't know")]


def test_a_share_before_a_past_tense_tagged_as_a_participle_is_its_speaker(nlp):
    rows = ["Fewer JJR ADJ amod 2 few", "than IN ADP quantmod 2 than", "half NN NOUN npadvmod 3 half",
            "agreed VBN VERB ROOT 3 agree", "that IN SCONJ mark 7 that", "the DT DET det 6 the",
            "plan NN NOUN nsubj 7 plan", "works VBZ VERB ccomp 3 work", ". . PUNCT punct 3 ."]
    doc = parsed(nlp, rows)
    assert [(q["speaker_text"], q["text"]) for q in doc._.quotes] == [("Fewer than half", "that the plan works")]


@pytest.mark.parametrize("text", ["In 2019 sales rose sharply.", "A quarter of the town was flooded."])
def test_a_number_before_a_verb_that_reports_nothing_speaks_for_nothing(nlp, text):
    assert nlp(text)._.quotes == []

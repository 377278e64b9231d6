"""Word comparison without a model: stems that see one word across suffixes and house spellings."""

from __future__ import annotations

import pytest

from storyline.fuse.clustering import cluster_quotes
from storyline.fuse.lexical import stem
from storyline.model import Quote


@pytest.mark.parametrize(("british", "american"), [
    ("criticised", "criticized"),
    ("apologising", "apologizing"),
    ("behaviour", "behavior"),
    ("defence", "defense"),
    ("centres", "centers"),
    ("dialogue", "dialog"),
    ("analysed", "analyzed"),
])
def test_british_and_american_spellings_are_one_stem(british, american):
    assert stem(british) == stem(american)


@pytest.mark.parametrize("forms", [("fly", "flew", "flown", "flies", "flying"), ("send", "sent", "sends"),
                                   ("strike", "struck", "strikes")])
def test_irregular_verb_forms_are_one_stem(forms):
    assert len({stem(form) for form in forms}) == 1


@pytest.mark.parametrize(("word", "expected"), [("hour", "hour"), ("four", "four"), ("fence", "fenc")])
def test_short_words_keep_their_ending(word, expected):
    assert stem(word) == expected


def test_one_statement_respelled_by_two_outlets_is_one_quote_fact():
    texts = ["The minister criticised the behaviour of the neighbouring defence forces",
             "The minister criticized the behavior of the neighboring defense forces"]
    quotes = [Quote(id=f"{n}#q", doc=f"{n}.txt", speaker="minister", cue="said", text=t, direct=True,
                    start=0, end=len(t)) for n, t in enumerate(texts)]
    (group,) = cluster_quotes(quotes)
    assert len(group) == 2

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


def test_the_overlap_estimate_is_within_its_margin_of_the_exact_score():
    import random

    from storyline.fuse.lexical import (
        ESTIMATE_MARGIN,
        bag_weight,
        idf_weights,
        weighted_jaccard,
        weighted_jaccard_estimate,
    )

    rng = random.Random(5)
    vocabulary = [f"w{i}" for i in range(400)]
    bags = [set(rng.sample(vocabulary, rng.randint(0, 120))) for _ in range(300)]
    idf = idf_weights(bags)
    weights = [bag_weight(bag, idf) for bag in bags]
    errors = []
    for _ in range(3000):
        a, b = rng.randrange(len(bags)), rng.randrange(len(bags))
        exact = weighted_jaccard(bags[a], bags[b], idf)
        errors.append(abs(weighted_jaccard_estimate(bags[a], bags[b], idf, weights[a], weights[b]) - exact))
    assert max(errors) < ESTIMATE_MARGIN / 1000
    assert weighted_jaccard_estimate(set(), {"w1"}, idf, 0.0, weights[0]) == 0.0

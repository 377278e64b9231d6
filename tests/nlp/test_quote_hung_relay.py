"""storyline_quotes: a sentence-final attribution the parser hung on the sentence's verb as a clause of it (`..., the
office reported.` as an adverbial or relative clause) still reports the sentence before its comma, as it does when
parsed as the root; a clause of time (`..., when she said.`) reports nothing. Where the parser gave such a verb two
subjects, its speaker is the one nearest before it (`..., she said.`), not a word deep in the clause it reports."""

import pytest

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)
from tests.nlp.quote_support import parsed


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def hung(word: str, dep: str, lemma: str) -> list[str]:
    """`Prices will rise this year , the office <word> .` with `<word>` hung on `rise` as `dep`."""
    return ["Prices NNS NOUN nsubj 2 price", "will MD AUX aux 2 will", "rise VB VERB ROOT 2 rise",
            "this DT DET det 4 this", "year NN NOUN npadvmod 2 year", ", , PUNCT punct 2 ,",
            "the DT DET det 7 the", "office NN NOUN nsubj 8 office", f"{word} VBD VERB {dep} 2 {lemma}",
            ". . PUNCT punct 2 ."]


@pytest.mark.parametrize("dep", ["advcl", "relcl"])
@pytest.mark.parametrize(("word", "lemma"), [("reported", "report"), ("said", "say")])
def test_an_attribution_hung_as_a_clause_reports_the_sentence_before(nlp, dep, word, lemma):
    doc = parsed(nlp, hung(word, dep, lemma))
    assert [(q["speaker_text"], q["text"]) for q in doc._.quotes] == [("the office", "Prices will rise this year")]


def test_a_clause_of_time_after_the_comma_reports_nothing(nlp):
    rows = hung("said", "advcl", "say")
    rows[6:6] = ["when WRB SCONJ advmod 9 when"]
    rows = [r.replace(" 7 the", " 8 the").replace(" 8 office", " 9 office") for r in rows]
    doc = parsed(nlp, rows)
    assert not [q for q in doc._.quotes if q["text"].startswith("Prices")]


def test_of_two_subjects_the_one_nearest_before_the_cue_speaks(nlp):
    # the parser made `voters` (deep in what was said) a second subject of `said`
    rows = ["Many NN ADJ amod 1 many", "voters NNS NOUN nsubj 7 voter", "want VBP VERB relcl 1 want",
            "lower JJR ADJ amod 4 low", "taxes NNS NOUN dobj 2 tax", ", , PUNCT punct 7 ,",
            "she PRP PRON nsubj 7 she", "said VBD VERB ROOT 7 say", ". . PUNCT punct 7 ."]
    found = parsed(nlp, rows)._.quotes
    assert [q["speaker_text"] for q in found] == ["she"]

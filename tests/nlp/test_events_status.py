"""Status and modality: negation and denial, plans, promises and pledges, threats held out, wishes, opinions and hedges,
an act gone ahead."""

import pytest

from tests.nlp.eventing import events, of_type, one, roles, triples


def test_a_contrast_keeps_its_own_polarity(nlp):
    text = "Washington said the visit did not change its policy but that Moscow had used the trip as a pretext."
    assert one(nlp, text, "ACCUSE")["status"] == "asserted"


def test_negated_implication_negates_the_implied_act(nlp):
    event = one(nlp, "Critics noted that the loans do not mean Norway supports Sweden.", "SUPPORT")
    assert (event["source"], event["target"], event["status"]) == ("NOR", "SWE", "negated")


def test_negation_in_the_actors_own_statement_is_a_denial(nlp):
    event = one(nlp, "Austria's claim that its loans do not mean it supports Hungary was welcomed.", "SUPPORT")
    assert (event["source"], event["target"], event["status"]) == ("AUT", "HUN", "denied")


def test_premise_of_a_negated_implication_stays_asserted(nlp):
    event = one(nlp, "Denmark's arms sales to Estonia do not mean it supports Latvia.", "AID")
    assert (event["source"], event["target"], event["status"]) == ("DNK", "EST", "asserted")


def test_announcing_an_act_of_ones_own_promises_or_threatens(nlp):
    boycott = events(nlp, "Kosovar leaders said they will boycott all official meetings with Serbia.")
    coded = {(e["type"], e["source"], e["target"]) for e in boycott}
    assert coded >= {("THREATEN", "XKX", "SRB"), ("PROTEST", "XKX", "SRB")}
    withdraw = events(nlp, "Syria said it will withdraw its troops from Lebanon within a month.")
    assert "AGREE" in {e["type"] for e in withdraw} and "THREATEN" not in {e["type"] for e in withdraw}
    decided = events(nlp, "Beijing announced it would impose sanctions on Pelosi.")
    assert "THREATEN" not in {e["type"] for e in decided}  # a decision, not a threat
    told = events(nlp, "Analysts said Russia will withdraw its troops from Syria.")
    assert "AGREE" not in {e["type"] for e in told}  # someone else's forecast promises nothing


def test_a_side_denying_clashes_denies_its_own_part(nlp):
    text = ("Thailand accused Cambodia of shelling its villages. Cambodia accused Thailand of firing first. "
            "Cambodia's defence ministry spokeswoman Mira Sok insisted there had been no armed clashes.")
    clash = next(e for e in events(nlp, text) if e["trigger"] == "clashes")
    assert (clash["source"], clash["target"], clash["status"]) == ("KHM", "THA", "denied")


def test_a_plan_gone_ahead_is_asserted(nlp):
    text = ("Thailand accused Cambodia of shelling its villages. Cambodia accused Thailand of firing first. "
            "Meetings between local commanders, scheduled under the pact, had gone ahead. Thailand and Cambodia are "
            "going to hold talks on Friday.")
    found = [(e["trigger"], e["status"]) for e in events(nlp, text) if e["type"] == "CONSULT"]
    assert ("Meetings", "asserted") in found and [t for t, status in found if status == "planned"]


def test_an_act_a_denied_charge_tells_is_denied(nlp):
    event = one(nlp, "Russia denied charges that it shelled Ukraine.", "ASSAULT")
    assert (event["source"], event["status"]) == ("RUS", "denied")


def test_an_actors_readiness_is_its_promise(nlp):
    found = {(e["type"], e["status"]) for e in events(nlp, "India is willing to withdraw its soldiers from Ladakh.")}
    assert found >= {("RETREAT", "planned"), ("AGREE", "planned")}


def test_saying_one_is_ready_to_act_is_a_plan_and_a_promise(nlp):
    found = events(nlp, "Russia says it is willing to pull its troops out of Moldova by summer.")
    assert {(e["type"], e["status"]) for e in found} >= {("RETREAT", "planned"), ("AGREE", "planned")}
    assert not events(nlp, "Russia wants to pull its troops out of Moldova by summer.")  # a wish


def test_plans_likelihoods_and_a_partys_denial(nlp):
    base = "Thailand accused Cambodia of shelling its villages. Cambodia accused Thailand of firing first. "
    planned = one(nlp, "Thailand and Cambodia were to hold talks on Tuesday.", "CONSULT")
    assert planned["status"] == "planned"
    likely = one(nlp, "Iran and Russia were likely to meet in Tehran on Monday.", "CONSULT")
    assert likely["status"] == "possible"
    denied = next(e for e in events(nlp, base + "Cambodia's defence ministry insisted there had been no armed clashes.")
                  if e["trigger"] == "clashes")
    assert denied["status"] == "denied"


def test_offers_to_act_and_a_noun_named_beside_it(nlp):
    assert one(nlp, "Washington has offered to deploy troops to Haiti.", "AGREE")["source"] == "USA"
    assert not [e for e in events(nlp, "The university offered courses online.") if e["type"] == "AGREE"]
    agree = one(nlp, "The militant group Red Hand has agreed to give up its guns.", "AGREE")
    assert agree["source"] == "red-hand"


def test_failing_to_agree_refuses_and_failing_to_act_negates(nlp):
    event = one(nlp, "Serbia and Kosovo failed to reach agreement on Sunday.", "REJECT")
    assert {event["source"], event["target"]} == {"SRB", "XKX"}
    assert not [e for e in events(nlp, "Serbia and Kosovo failed to reach agreement.") if e["type"] == "AGREE"]
    assert one(nlp, "Iran failed to release the detained sailors.", "RETREAT")["status"] == "negated"


def test_readiness_to_act_is_an_intent_but_not_an_empty_one(nlp):
    assert one(nlp, "Sweden is ready to contribute to the reconstruction of Ukraine.", "AGREE")["source"] == "SWE"
    assert not events(nlp, "The French are prepared to do more.")


def test_acts_a_wish_tells_through_a_light_verb_are_no_acts(nlp):
    assert not events(nlp, "China wants to hold talks with India.")
    text = "Ireland voiced hope that the incoming government in London will help it keep closer ties with Scotland."
    assert not events(nlp, text)
    assert one(nlp, "China will hold talks with India.", "CONSULT")["status"] == "planned"


def test_the_owner_of_a_resolve_to_act_plans_it(nlp):
    war = "Thailand accused Cambodia of attacks on its posts. "
    found = events(nlp, war + "This is the firm determination of the Cambodian leadership to implement the ceasefire.")
    assert [(e["source"], e["target"], e["status"]) for e in found if e["type"] == "RETREAT"] == [
        ("KHM", "THA", "planned")]


def test_a_plan_set_to_see_an_act_plans_it(nlp):
    text = ("Thai troops attacked Cambodian troops on Sunday. Cambodia accused Thailand of shelling. "
            "The peace deal was set to see military commanders from both sides meet on Tuesday.")
    meeting = one(nlp, text, "CONSULT")
    assert meeting["status"] == "planned" and meeting["trigger"] == "meet"


def test_what_one_waits_for_another_to_do_is_a_wish(nlp):
    assert not events(nlp, "The UN is waiting for Pakistan to release the prisoners.")
    assert of_type(nlp, "The UN said Pakistan released the prisoners.", "RETREAT")


def test_what_one_thinks_another_should_do_is_an_opinion(nlp):
    assert not events(nlp, "Smith said he does not think the senators should oppose the treaty.")
    assert of_type(nlp, "Smith said the senators opposed the treaty.", "ACCUSE")  # what they did is an act


def test_a_measure_promised_is_no_act_on_whom_it_is_put_on(nlp):
    text = "The Tories have promised an upper limit on the number of people allowed into Britain."
    assert all(t is None or t == "GBR" for _, t in roles(nlp, text, "AGREE"))


@pytest.mark.parametrize("text, pair", [
    ("Norway will give Ghana a loan of 40 million dollars, a statement by the finance ministry said.", ("NOR", "GHA")),
    ("Chadian President Idriss Deby will visit Niger next month, diplomatic sources said.", ("idriss-deby", "NER")),
])
def test_a_cooperative_act_told_in_the_plain_future_by_no_state_is_a_pledge(nlp, text, pair):
    assert pair in roles(nlp, text, "AGREE")


@pytest.mark.parametrize("text", [
    "Iran will send more drones to Russia, Ukrainian officials said.",
    "Russia will withdraw its troops from Syria, analysts said.",
])
def test_another_states_or_a_commentators_forecast_of_an_act_is_no_pledge(nlp, text):
    assert not roles(nlp, text, "AGREE")


def test_a_hostile_act_in_the_future_told_by_sources_is_no_pledge(nlp):
    text = "Russia will strike Kyiv again, sources said."
    assert not roles(nlp, text, "AGREE") and roles(nlp, text, "ASSAULT") == {("RUS", "UKR")}


@pytest.mark.parametrize("text, pair", [
    ("Britain said that lifting the sanctions on Syria is out of the question.", ("GBR", "SYR")),
    ("The Thai government said releasing the Cambodian soldiers is not an option.", ("THA", "cambodian-armed-forces")),
])
def test_a_yielding_the_speaker_rules_out_is_its_refusal(nlp, text, pair):
    found = nlp(text)._.events
    assert {(e["source"], e["target"]) for e in found if e["type"] == "REJECT"} == {pair}
    assert not [e for e in found if e["type"] in ("CONCEDE", "RETREAT")]


def test_a_yielding_said_to_be_possible_is_no_refusal(nlp):
    assert not roles(nlp, "Britain said that lifting the sanctions on Syria is possible.", "REJECT")


@pytest.mark.parametrize("text, act", [
    ("Ghana said it will boycott the regional summit unless Togo releases the detained journalists.", "PROTEST"),
    ("Kenya announced it will withdraw its peacekeepers from Somalia unless the fighting stops.", "SANCTION"),
])
def test_an_act_held_out_unless_a_condition_is_met_is_the_threat_only(nlp, text, act):
    found = triples(nlp, text)
    assert any(kind == "THREATEN" for kind, _, _ in found)
    assert not any(kind == act for kind, _, _ in found)


@pytest.mark.parametrize("text, act", [
    ("The Ugandan president threatened to impose a curfew in Kampala.", "COERCE"),
    ("Beijing threatened to impose sanctions on Lithuania.", "SANCTION"),
])
def test_an_act_a_threat_verb_names_is_no_planned_act_of_its_own(nlp, text, act):
    found = triples(nlp, text)
    assert any(kind == "THREATEN" for kind, _, _ in found)
    assert not any(kind == act for kind, _, _ in found)


def test_an_act_announced_without_a_condition_stays_planned(nlp):
    found = triples(nlp, "Ghana said it will boycott the regional summit next week.")
    assert any(kind == "PROTEST" for kind, _, _ in found)

"""Which type a hostile wording is: refusals, sanctions and reduced relations, assaults and fighting (and what is
neither), coercion and arrests, protests, shows of force, accusations and convictions."""

import pytest

from tests.nlp.eventing import coded, events, of_type, of_type_or_none, one, pairs, roles, triples, types


def test_an_economic_campaign_is_a_sanction_and_leaving_a_deal_a_withdrawal(nlp):
    event = one(nlp, "Canada instituted an economic campaign against Cuba.", "SANCTION")
    assert (event["source"], event["target"]) == ("CAN", "CUB")
    assert not events(nlp, "The senator launched an election campaign against the governor.")
    event = one(nlp, "Canada withdrew from the treaty in 2019.", "SANCTION")
    assert (event["source"], event["mode"]) == ("CAN", "withdraw")
    assert one(nlp, "Russia withdrew its troops from the city.", "RETREAT")["source"] == "RUS"


def test_saying_one_cannot_give_is_a_refusal(nlp):
    assert pairs(events(nlp, "Israel said it cannot supply weapons to Ukraine."), "REJECT") == {("ISR", "UKR")}
    assert pairs(events(nlp, "Germany won't send tanks to Ukraine."), "REJECT") == {("DEU", "UKR")}
    negated = one(nlp, "Israel did not supply weapons to Ukraine.", "AID")
    assert negated["status"] == "negated"


def test_saying_one_will_not_accept_refuses(nlp):
    refusal = one(nlp, "Jordan says it will not accept further refugees if the war reaches Lebanon.", "REJECT")
    assert refusal["source"] == "JOR"


def test_exchanging_fire_is_fighting_and_exchanging_prisoners_cooperation(nlp):
    fire = one(nlp, "Thai and Cambodian troops exchanged fire on Monday.", "ASSAULT")
    assert {fire["source"], fire["target"]} == {"THA", "KHM"}
    assert one(nlp, "India and Pakistan exchanged prisoners.", "COOPERATE")["target"] == "PAK"


@pytest.mark.parametrize("text", [
    "Canada lifted decades-old sanctions against Sudan on Wednesday.",
    "Japan decided to ease some sanctions on Sudan.",
    "Washington rolled back tariffs on Sudan.",
])
def test_sanctions_lifted_are_no_new_sanctions(nlp, text):
    found = events(nlp, text)
    assert [e["type"] for e in found] == ["RETREAT"] and found[0]["target"] == "SDN"


def test_talks_refused_are_a_refusal_not_talks(nlp):
    found = events(nlp, "The Houthis have refused direct negotiations with the Yemeni government.")
    assert [e["type"] for e in found] == ["REJECT"] and found[0]["target"] == "YEM"


@pytest.mark.parametrize("text", [
    "Egypt has stated it will not lift the blockade before the militias pull back.",
    "Israel will not release the prisoners.",
])
def test_saying_one_will_not_yield_is_a_refusal(nlp, text):
    assert [e["type"] for e in events(nlp, text)] == ["REJECT"]
    assert one(nlp, "Russia did not withdraw its troops from Ukraine.", "RETREAT")["status"] == "negated"


def test_aid_deliveries_suspended_and_peacekeepers_withdrawn_reduce_relations(nlp):
    event = one(nlp, "The European Union has suspended aid shipments to Niger.", "SANCTION")
    assert (event["target"], event["mode"]) == ("NER", "discontinue")
    assert one(nlp, "The UN withdrew peacekeepers from Rwanda.", "SANCTION")["target"] == "RWA"


def test_going_on_strike_is_a_labour_protest(nlp):
    event = one(nlp, "Thousands of Mexican workers went on strike for better wages.", "PROTEST")
    assert event["mode"] == "strike"
    assert not [e for e in events(nlp, "Thousands of Mexican workers went on strike.") if e["type"] == "ASSAULT"]


def test_declaring_a_state_of_emergency_or_a_ceasefire(nlp):
    assert one(nlp, "Peruvian police declared a state of siege across Puno.", "COERCE")["mode"] == "martial-law"
    assert one(nlp, "Sudan declared a unilateral truce on Friday.", "RETREAT")["source"] == "SDN"


def test_a_force_on_alert_is_a_show_of_force(nlp):
    event = one(nlp, "Pakistan put its troops on high alert along the border.", "MOBILIZE")
    assert event["source"] == "PAK"


def test_a_suggestion_turned_down_is_refused_an_allegation_is_denied(nlp):
    assert one(nlp, "Egypt rejected the Israeli suggestion of a joint patrol.", "REJECT")["source"] == "EGY"
    assert not [e for e in events(nlp, "Egypt rejected the Israeli claim that it had massed troops.")
                if e["type"] == "REJECT"]


def test_defying_a_ban_and_ending_mediation_or_a_strike(nlp):
    assert one(nlp, "North Korea violated a ban on missile tests.", "REJECT")["source"] == "PRK"
    assert pairs(events(nlp, "Norway ended mediation efforts between Sudan and the rebels."), "SANCTION") == {
        ("NOR", "SDN"), ("NOR", "rebels")}  # both parties to the mediation, the unnamed rebels too
    refusal = one(nlp, "The students said they will not end their strike.", "REJECT")
    assert refusal["mode"] == "yield"


@pytest.mark.parametrize("text, event_type, source", [
    ("Ghana closed its borders with Togo.", "COERCE", "GHA"),
    ("The LRA is responsible for mass killings in Uganda.", "ASSAULT", "lra"),
    ("Russia has reinforced its forces in Belarus.", "MOBILIZE", "RUS"),
    ("Protesters in Skopje burned the Albanian flag.", "PROTEST", "protesters"),
    ("Britain gave Russia a midnight deadline over the poisoning.", "THREATEN", "GBR"),
    ("The United Nations sent experts to Haiti to investigate the killings.", "ACCUSE", "un"),
])
def test_closures_responsibility_reinforcements_flags_deadlines_and_inquiries(nlp, text, event_type, source):
    assert one(nlp, text, event_type)["source"] == source


def test_an_armed_forces_strikes_are_attacks_without_a_named_recipient(nlp):
    found = events(nlp, "Serbian troops carried out strikes on Tuesday.")
    assert [(e["type"], e["source"]) for e in found] == [("ASSAULT", "serbian-armed-forces")]
    assert not [e for e in events(nlp, "Workers continued strikes on Tuesday.") if e["type"] == "ASSAULT"]


def test_a_violation_charged_is_the_accusations_wording(nlp):
    found = events(nlp, "Thailand accused Cambodia of violating the ceasefire.")
    assert [(e["type"], e["source"], e["target"]) for e in found] == [("ACCUSE", "THA", "KHM")]
    assert one(nlp, "Pakistan violated the ceasefire along the Line of Control.", "ASSAULT")["source"] == "PAK"


def test_responding_with_force_strikes_back_and_a_statement_does_not(nlp):
    war = "Thailand accused Cambodia of attacks on its posts. "
    found = events(nlp, war + "Cambodian troops continued strikes and the Thai army responded with defensive action.")
    assert [(e["source"], e["target"]) for e in found if e["trigger"] == "responded"] == [("thai-armed-forces", "KHM")]
    assert not events(nlp, "The ministry responded with a statement on Monday.")


def test_a_speaker_telling_an_act_in_judging_words_accuses_its_actor(nlp):
    text = ("The Thai army said in a statement that Cambodia had conducted attacks at multiple locations in "
            "violation of the ceasefire.")
    accusations = [e for e in events(nlp, text) if e["type"] == "ACCUSE"]
    assert [(e["target"], e["mode"]) for e in accusations] == [("KHM", "allege")]
    bid = events(nlp, "The Thai military said Cambodian troops had launched attacks into several areas in a clear "
                      "attempt to undermine mutual trust.")
    assert [e["target"] for e in bid if e["type"] == "ACCUSE"] == ["cambodian-armed-forces"]
    plain = events(nlp, "The Thai military said Cambodian troops had launched attacks into several areas.")
    assert not [e for e in plain if e["type"] == "ACCUSE"]


def test_border_crossings_closed_reduce_relations_and_borders_closed_restrict(nlp):
    war = "Thailand accused Cambodia of attacks on its posts. "
    found = events(nlp, war + "Thailand closed some of its border crossings and expelled the Cambodian ambassador.")
    assert [(e["source"], e["target"], e["mode"]) for e in found if e["trigger"] == "closed"] == [
        ("THA", "KHM", "discontinue")]
    assert one(nlp, "Ghana closed its borders with Togo.", "COERCE")["target"] == "TGO"


def test_fighting_an_ill_is_no_assault(nlp):
    assert not [e for e in events(nlp, "Germany sent doctors to Liberia to fight the Ebola epidemic.")
                if e["type"] == "ASSAULT"]
    assert not [e for e in events(nlp, "Sudan made progress fighting terrorism, the United States said.")
                if e["type"] == "ASSAULT"]
    assert one(nlp, "Saudi forces fought Houthi rebels in Yemen.", "ASSAULT")["target"] == "houthis"


def test_a_party_said_not_to_keep_an_agreement_is_accused_by_the_speaker(nlp):
    found = events(nlp, "Armenia has not honoured the truce, Azerbaijan said.")
    assert [(e["type"], e["source"], e["target"]) for e in found] == [("ACCUSE", "AZE", "ARM")]
    kept = events(nlp, "Iran said it would respect the ceasefire.")
    assert {e["type"] for e in kept} == {"RETREAT", "AGREE"}


def test_fighting_for_a_cause_is_no_assault(nlp):
    assert not events(nlp, "Amnesty International is fighting for justice for the victims.")
    assert of_type(nlp, "Houthi rebels fought for the Yemeni government.", "ASSAULT")


def test_a_court_finding_one_guilty_convicts(nlp):
    convicted = one(nlp, "A Kenyan court has convicted 12 al-Shabaab members of terrorism.", "SANCTION")
    assert (convicted["mode"], convicted["source"]) == ("convict", "KEN")  # PLOVER SANCTION convict
    found = one(nlp, "An Egyptian court found the former minister guilty of fraud.", "SANCTION")
    assert (found["mode"], found["source"]) == ("convict", "EGY")  # `find guilty`: the adjective predicate
    assert not events(nlp, "The Egyptian minister found the report useful.")  # no court, no guilt


def test_ordering_a_paper_to_suspend_publication_restricts_it(nlp):
    found = one(nlp, "The Zambian government ordered the independent newspaper The Post to suspend publication.",
                "COERCE")
    assert (found["mode"], found["source"]) == ("restrict", "ZMB")
    assert not of_type_or_none(nlp, "Russia ordered its troops to halt operations.", "COERCE")


def test_the_nouns_of_abduction_and_torture_are_assaults(nlp):
    found = one(nlp, "The kidnapping of two Italian aid workers by Somali gunmen shocked Rome.", "ASSAULT")
    assert (found["mode"], found["source"]) == ("abduct", "somali-gunmen")
    assert one(nlp, "Human rights groups condemned the Syrian regime's torture of detainees.", "ASSAULT")["mode"] == \
        "torture"


@pytest.mark.parametrize("thing", ["an explosives factory", "a fuel depot", "an ammunition warehouse"])
def test_an_attack_on_a_plant_or_depot_is_an_assault_not_criticism(nlp, thing):
    # `other positions` is also a word of stances; the first object is a thing struck
    text = f"Turkish jets attacked {thing} and other positions inside Iraq on Tuesday."
    assert {k for k, _, _ in triples(nlp, text)} == {"ASSAULT"}


@pytest.mark.parametrize("text, kind, mode", [
    ("Rebels blew up a bridge.", "ASSAULT", "destroy"),
    ("Protesters torched the Israeli embassy.", "ASSAULT", "destroy"),
    ("Gunmen gunned down a police officer in Karachi.", "ASSAULT", "firearms"),
    ("Russia kicked out two British diplomats.", "SANCTION", "expel"),
])
def test_phrasal_verbs_of_force_and_expulsion_are_coded(nlp, text, kind, mode):
    assert any(e["type"] == kind and e["mode"] == mode for e in nlp(text)._.events)


def test_the_blown_up_talks_are_no_attack(nlp):
    assert not [e for e in nlp("Talks blew up over the weekend.")._.events if e["type"] == "ASSAULT"]


def test_a_law_that_targets_people_is_no_attack(nlp):
    text = "Some 40 nations agreed to exchange tax data under a Swiss law that targets citizens hiding income."
    assert not [e for e in nlp(text)._.events if e["type"] == "ASSAULT"]


def test_an_actor_that_targets_a_place_attacks_it(nlp):
    assert roles(nlp, "Russia targeted Kyiv with drones.", "ASSAULT") == {("RUS", "UKR")}


@pytest.mark.parametrize("text", [
    "Syrian troops have retaken a key town in southern Syria after heavy fighting.",
    "Ukrainian forces recaptured several villages near Kharkiv.",
])
def test_retaking_ground_is_fighting_for_it(nlp, text):
    assert roles(nlp, text, "ASSAULT")


def test_retaking_a_lead_is_no_fight(nlp):
    assert not nlp("The team retook the lead in the second half.")._.events


def test_an_arrest_for_a_deed_charges_it_too(nlp):
    text = "Iranian police arrested two British nationals for spying."
    assert roles(nlp, text, "ACCUSE") == roles(nlp, text, "COERCE") == {("iranian-police", "GBR")}


def test_an_arrest_for_no_deed_charges_nothing(nlp):
    assert not roles(nlp, "Kenyan police detained five Somali men on Monday.", "ACCUSE")


def test_giving_up_a_fight_is_no_attack_but_a_de_escalation(nlp):
    found = {e["type"] for e in nlp("Ugandan rebels gave up fighting on Sunday.")._.events}
    assert "ASSAULT" not in found and "RETREAT" in found


def test_giving_up_hope_is_no_event(nlp):
    assert not nlp("Kenya gave up hope of a deal with Somalia.")._.events


@pytest.mark.parametrize("text", [
    "Norway withdrew weapons inspectors and aid workers from Yemen on Sunday.",
    "Kenya said on Friday that it will withdraw election observers and relief workers from Mali.",
])
def test_withdrawing_a_mission_named_as_an_actor_reduces_relations(nlp, text):
    found = types(nlp, text)
    assert "SANCTION" in found
    assert "RETREAT" not in found


def test_troops_mobilized_stay_a_show_of_force(nlp):
    assert coded(nlp, "Uganda mobilized 5,000 troops on Monday.") == {("MOBILIZE", "UGA", None, "asserted")}


def test_soldiers_deployed_on_no_peace_errand_stay_a_show_of_force(nlp):
    found = coded(nlp, "Ghana deployed 400 soldiers to the border with Mali on Monday.")
    assert {kind for kind, *_ in found} == {"MOBILIZE"}


def test_riot_gear_used_or_fired_is_force_of_crowd_control(nlp):
    fired = one(nlp, "Kenyan police fired tear gas at students in Nairobi.", "ASSAULT")
    assert (fired["mode"], fired["source"]) == ("crowd-control", "kenyan-police")
    used = one(nlp, "Police in Lagos used batons and water cannon against the marchers.", "ASSAULT")
    assert used["mode"] == "crowd-control"
    assert not of_type_or_none(nlp, "Russia uses gas as a weapon against Europe.", "ASSAULT")  # no riot gear named


def test_forcing_someone_to_act_is_coercion_only_with_the_act_told(nlp):
    event = one(nlp, "The Turkish army forced the Greek pilots to land.", "COERCE")
    assert (event["source"], event["target"], event["trigger"]) == ("turkish-armed-forces", "GRC", "forced")
    assert pairs(events(nlp, "Russia forced Ukraine to withdraw its troops."), "COERCE") == {("RUS", "UKR")}
    assert not of_type_or_none(nlp, "The opposition forced a vote in parliament.", "COERCE")


def test_a_deadline_set_for_another_is_an_ultimatum_told_not_planned(nlp):
    event = one(nlp, "Germany set a ten-day deadline for Hungary to change its law.", "THREATEN")
    assert (event["source"], event["target"], event["trigger"]) == ("DEU", "HUN", "deadline")
    assert event["status"] == "asserted"
    assert one(nlp, "Germany plans to set a deadline for Hungary.", "THREATEN")["status"] == "planned"


def test_a_state_of_siege_declared_to_begin_later_is_still_declared(nlp):
    text = "Chilean leaders declared a state of siege to run until the end of the month."
    event = one(nlp, text, "COERCE")
    assert (event["source"], event["trigger"], event["mode"]) == ("CHL", "siege", "martial-law")
    assert not events(nlp, "Russia wants talks to start soon.")


def test_refuting_what_another_said_rejects_it_but_refuting_claims_is_a_denial(nlp):
    event = one(nlp, "Kenya refuted the Ugandan minister's remarks on the border dispute.", "REJECT")
    assert (event["source"], event["target"], event["trigger"]) == ("KEN", "UGA", "refuted")
    assert not of_type_or_none(nlp, "The spokesman refuted the allegations.", "REJECT")
    assert not of_type_or_none(nlp, "Kenya refuted claims that its troops had crossed the border.", "REJECT")

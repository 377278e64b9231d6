"""Who acts, read from the parse: agents of passives, coordinated and listed subjects, organizations, groups and persons
the tagger misses, forces acting for a state, captors, accusers and speakers who are no doers."""

import pytest

from tests.nlp.eventing import events, of_type, one, pairs


def test_coordinated_subjects_of_a_control_verb_each_sanction(nlp):
    # the tagger reads `to sanction` as a preposition and a noun
    found = events(nlp, "Both Canada and Britain have moved to sanction Caracas.")
    assert pairs(found, "SANCTION") == {("CAN", "VEN"), ("GBR", "VEN")}
    assert {e["status"] for e in found if e["type"] == "SANCTION"} == {"asserted"}
    sought = [e for e in events(nlp, "Canada and Mexico have sought to sanction Managua.") if e["type"] == "SANCTION"]
    assert pairs(sought, "SANCTION") == {("CAN", "NIC"), ("MEX", "NIC")}
    assert {e["status"] for e in sought} == {"planned"}
    assert one(nlp, "Japan began to sanction Moscow in March.", "SANCTION")["status"] == "asserted"


def test_a_verdict_coordinated_with_a_report_is_the_reporters(nlp):
    text = "Seoul said North Korea fired three missiles and condemned the launches as reckless."
    assert pairs(events(nlp, text), "ACCUSE") == {("KOR", "PRK")}
    text = "Seoul said North Korea fired three missiles and threatened Japan."
    assert pairs(events(nlp, text), "THREATEN") == {("PRK", "JPN")}


def test_threats_defied_by_a_speaker_of_a_house(nlp):
    text = "The US House speaker defied a barrage of harsh threats from Beijing."
    assert pairs(events(nlp, text), "THREATEN") == {("CHN", "USA")}


def test_verbs_that_judge_their_subject_and_coordinated_verdicts_count_once(nlp):
    text = "\"Russia and Iran continue to lie about their trade,\" the White House said."
    assert pairs(events(nlp, text), "ACCUSE") == {("USA", "RUS"), ("USA", "IRN")}
    text = "\"Moscow chose to overreact and then use the incident as a pretext,\" the White House said."
    assert len(of_type(nlp, text, "ACCUSE")) == 1


def test_an_act_sending_a_warning_makes_its_actor_the_one_warning(nlp):
    text = "China fired rockets near Taiwan on Monday. Experts noted the firing of rockets sent a warning to Japan."
    assert pairs(events(nlp, text), "THREATEN") == {("CHN", "JPN")}
    assert not pairs(events(nlp, "Experts noted the firing of rockets sent a warning to Japan."), "THREATEN")


def test_those_involved_in_an_activity_are_its_actors(nlp):
    text = "The US will announce sanctions on anyone involved in the arms trade between Belarus and Russia."
    assert pairs([e for e in events(nlp, text) if e["trigger"] == "sanctions"], "SANCTION") == {
        ("USA", "BLR"), ("USA", "RUS")}


def test_a_verb_continuing_a_relative_clause_is_not_the_main_subjects(nlp):
    text = ("Canada has lodged a protest about Order 7, which approved the treaty, imposed an arms embargo on Libya "
            "and created a panel.")
    assert not [e for e in events(nlp, text) if e["type"] == "SANCTION"]
    text = "France has lodged a complaint with Russia, imposed an embargo on Iran and recalled its ambassador."
    assert ("FRA", "IRN") in pairs(events(nlp, text), "SANCTION")


def test_a_crowd_acts_through_its_members(nlp):
    event = one(nlp, "Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk on Sunday.", "PROTEST")
    assert event["source"] == "IRQ" or event["source"].startswith("iraqi-kurds")


def test_a_person_the_tagger_names_is_an_actor(nlp):
    event = one(nlp, "Obama gave Russian President Vladimir Putin a stern warning.", "THREATEN")
    assert (event["source"], event["target"]) == ("obama", "vladimir-putin")


def test_who_turns_down_an_accusation_made_none(nlp):
    assert not events(nlp, "France rejected accusations its government had taken an illiberal turn.")
    event = one(nlp, "Iran rejected accusations by Israel that Tehran was behind the attack.", "ACCUSE")
    assert (event["source"], event["target"]) == ("ISR", "IRN")


def test_who_voices_condolences_over_an_attack_made_none(nlp):
    assert not events(nlp, "Oman expressed concern over the escalation of attacks on Yemen.")
    assert not events(nlp, "Oman sent its condolences over the bombing of Yemen.")


def test_an_alliance_or_secretary_acts_for_its_owner(nlp):
    assert one(nlp, "The NATO alliance has agreed to expand its force.", "AGREE")["source"] == "nato"
    assert one(nlp, "The US secretary of state held talks with Japan.", "CONSULT")["source"] == "USA"


def test_the_accused_does_what_the_accusation_tells(nlp):
    found = events(nlp, "Ukraine blamed Russia for attacking the dam.")
    attack = next(e for e in found if e["type"] == "ASSAULT")
    assert attack["source"] == "RUS"


def test_a_named_victim_makes_an_attack_whose_actor_is_unsaid(nlp):
    found = of_type(nlp, "At least three Iraqi civilians were killed in a car bombing in Baghdad.", "ASSAULT")
    event = next(e for e in found if e["trigger"] == "killed")
    assert event["source"] is None and event["target"]
    assert not [e for e in events(nlp, "Its drones are terrorizing Ukraine.") if e["source"] is None]


def test_weapons_acting_stand_for_their_owner(nlp):
    event = one(nlp, "Iraqi warplanes pounded Islamic State positions in eastern Syria on Thursday.", "ASSAULT")
    assert event["source"] == "IRQ"


@pytest.mark.parametrize("text, event_type, source", [
    ("The police detained several suspects after the riot.", "COERCE", "police"),
    ("A suicide bomber killed twelve soldiers at a checkpoint.", "ASSAULT", "suicide-bomber"),
    ("Norway has provided humanitarian assistance worth 5 million dollars.", "AID", "NOR"),
    ("Sweden summoned the Iranian ambassador on Monday.", "ACCUSE", "SWE"),
    ("The European Commission launched legal action against the Hungarian government.", "ACCUSE", None),
    ("Colombia announced a three-day cease-fire.", "RETREAT", "COL"),
])
def test_unnamed_agents_open_recipients_and_nominal_acts(nlp, text, event_type, source):
    event = one(nlp, text, event_type)
    assert source is None or event["source"] == source


def test_received_fire_comes_from_the_side_it_names(nlp):
    text = "The Thai army said it continued to receive gunfire from Cambodia at multiple locations."
    event = one(nlp, text, "ASSAULT")
    assert (event["source"], event["target"], event["mode"]) == ("KHM", "thai-armed-forces", "firearms")


def test_a_participle_naming_its_victim_is_no_act_of_no_one(nlp):
    text = "The envoy paid his respects to a South Korean soldier killed in Afghanistan a decade ago."
    assert not [e for e in events(nlp, text) if e["type"] == "ASSAULT"]
    told = one(nlp, "Two Afghan soldiers were killed in Kandahar on Monday.", "ASSAULT")
    assert (told["source"], told["target"]) == (None, "afghan-armed-forces")


def test_judged_act_of_a_possessive_the_parse_hung_elsewhere(nlp):
    text = ('Nancy Pelosi visited Taiwan on Tuesday. Beijing announced it would impose sanctions on Pelosi in response '
            'to her (quote) "vicious" and "provocative" actions.')
    verdict = [e for e in of_type(nlp, text, "ACCUSE") if e["trigger"] == "actions"]
    assert [(e["source"], e["target"]) for e in verdict] == [("CHN", "nancy-pelosi")]


def test_an_accusation_whose_content_the_parse_hung_apart_accuses_its_actor(nlp):
    text = ("Thai troops attacked Cambodian troops on Sunday. Cambodia accused Thailand of shelling. A shaky ceasefire "
            "appeared to be holding Tuesday, as military commanders met despite Bangkok's allegations the truce had "
            "been breached with overnight skirmishes.")
    alleged = [e for e in of_type(nlp, text, "ACCUSE") if e["trigger"] == "allegations"]
    assert [(e["source"], e["target"]) for e in alleged] == [("THA", "KHM")]
    calm = "Thai troops attacked Cambodian troops on Sunday. Bangkok's allegations the border was calm were welcome."
    assert not [e for e in events(nlp, calm) if e["trigger"] == "allegations"]


def test_who_judges_or_claims_an_act_is_no_actor_the_clause_lends_it(nlp):
    text = "Maria Rossi, a senator of the Italian Senate, condemned terrorist attacks in Tehran."
    assert [e["type"] for e in events(nlp, text)] == ["ACCUSE"]
    assert not events(nlp, "The PKK has claimed responsibility for several attacks in eastern Turkey.")
    assert pairs(events(nlp, "The PKK said it attacked a Turkish army post."), "ASSAULT") == {("pkk", "TUR")}
    text = "The Thai side accused Cambodian troops of multiple attacks."  # a charge: the accused's act
    assert pairs(events(nlp, text), "ASSAULT") == {("cambodian-armed-forces", "THA")}


def test_a_government_acting_with_no_state_named_is_an_actor(nlp):
    found = one(nlp, "The government outlawed the opposition party.", "COERCE")
    assert found["source"] == "government"
    assert of_type(nlp, "Authorities eased the curfew.", "CONCEDE")


def test_a_name_the_agent_pass_adds_is_read_by_every_later_role(nlp):
    found = one(nlp, "Since 2016, Erdogan has accused Gulen of plotting a coup.", "ACCUSE")
    assert found["target"] == "gulen" and found["source"] and "erdogan" in found["source"]


@pytest.mark.parametrize("text, kind", [
    ("A new deployment of French peacekeeping troops arrived in Mali.", "AID"),
    ("A convoy of Russian tanks entered Georgia.", "MOBILIZE"),
])
def test_a_deployment_or_convoy_moves_what_it_holds(nlp, text, kind):
    found = one(nlp, text, kind)
    assert found["target"] in ("MLI", "GEO")

"""Who acts, read from the parse: agents of passives, coordinated and listed subjects, organizations, groups and persons
the tagger misses, forces acting for a state, captors, accusers and speakers who are no doers."""

import pytest

from tests.nlp.eventing import events, of_type, one, pairs, roles, triples, typed


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
    event = one(nlp, "Hundreds of Syrian Kurds demonstrated in the border town of Qamishli on Friday.", "PROTEST")
    assert event["source"] == "SYR" or event["source"].startswith("syrian-kurds")


def test_a_person_the_tagger_names_is_an_actor(nlp):
    event = one(nlp, "Merkel gave Turkish President Recep Tayyip Erdogan a blunt warning.", "THREATEN")
    assert (event["source"], event["target"]) == ("merkel", "recep-tayyip-erdogan")


def test_who_turns_down_an_accusation_made_none(nlp):
    assert not events(nlp, "Hungary rejected claims its courts had lost their independence.")
    event = one(nlp, "Turkey rejected accusations by Greece that Ankara was behind the fires.", "ACCUSE")
    assert (event["source"], event["target"]) == ("GRC", "TUR")


def test_who_voices_condolences_over_an_attack_made_none(nlp):
    assert not events(nlp, "Oman expressed concern over the escalation of attacks on Yemen.")
    assert not events(nlp, "Oman sent its condolences over the bombing of Yemen.")


def test_an_alliance_or_secretary_acts_for_its_owner(nlp):
    assert one(nlp, "The NATO alliance has agreed to expand its force.", "AGREE")["source"] == "nato"
    assert one(nlp, "On Monday the US secretary of state opened talks with Brazil.", "CONSULT")["source"] == "USA"


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
    event = one(nlp, "Turkish warplanes pounded militant positions in northern Iraq on Tuesday.", "ASSAULT")
    assert event["source"] == "TUR"


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
    text = "The ambassador paid his respects to a Danish medic killed in Mali two years ago."
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
    assert not events(nlp, "Boko Haram has claimed responsibility for two attacks in northeastern Nigeria.")
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


def test_an_organization_named_in_words_of_its_own_does_the_act(nlp):
    doc = nlp("The Bureau of Coastal Fisheries has sent a team of inspectors to Ghana.")
    found = [e for e in doc._.events if e["type"] == "AID"]
    assert [(e["source"], e["target"]) for e in found] == [("bureau-of-coastal-fisheries", "GHA")]
    assert doc.text[found[0]["source_start"]:found[0]["source_end"]] == "Bureau of Coastal Fisheries"


def test_an_organization_takes_the_country_a_word_of_its_name_gives(nlp):
    doc = nlp("The U.S. Department of Agriculture has shared data with Mexico.")
    actor = next(a for a in doc._.local_actors if a["kind"] == "organization")
    assert actor["country"] == "USA"
    assert any(e["source"] == actor["id"] and e["target"] == "MEX" for e in doc._.events)


def test_an_organization_undergoing_an_act_is_not_made_a_doer(nlp):
    doc = nlp("Police raided the Bureau of Coastal Fisheries.")
    assert not any(a["id"] == "bureau-of-coastal-fisheries" and a["kind"] == "organization"
                   and any(e["source"] == a["id"] for e in doc._.events) for a in doc._.local_actors)


def test_an_institution_the_tagger_misses_is_named_by_its_words(nlp):
    doc = nlp("The Kenya Anti-Corruption Commission has charged the minister.")
    actor = next(a for a in doc._.local_actors if a["kind"] == "organization")
    assert (actor["name"], actor["country"]) == ("Kenya Anti-Corruption Commission", "KEN")


def test_people_a_states_name_qualifies_act_as_its_group(nlp):
    doc = nlp("Sudan's warring factions have agreed to a truce.")
    found = typed(nlp, "Sudan's warring factions have agreed to a truce.", "AGREE")
    group = next(a for a in doc._.local_actors if a["kind"] == "group")
    assert group["country"] == "SDN" and {e["source"] for e in found} == {group["id"]}


def test_civilians_who_riot_are_a_group_of_no_country(nlp):
    found = typed(nlp, "Prisoners rioted at the central jail on Monday.", "PROTEST")
    assert {e["source"] for e in found} == {"prisoners"}


def test_a_list_of_states_read_as_an_apposition_acts_together(nlp):
    text = "The United States, Japan, Canada and other donors have sent tents and blankets to Nepal."
    assert {e["source"] for e in typed(nlp, text, "AID")} == {"USA", "JPN", "CAN"}


def test_a_coordinated_subject_the_clause_fallback_finds_acts_together(nlp):
    text = "EU and UN hand over sorely needed food aid to the Malawian authorities."  # `hand`: a noun
    assert {e["source"] for e in typed(nlp, text, "AID")} == {"european-union", "un"}


def test_a_person_acting_for_an_international_body_is_coded_as_the_body(nlp):
    doc = nlp("Opposition leaders said they would meet U.N. envoy Martin Griffiths on Friday.")
    person = next(a for a in doc._.local_actors if a["id"] == "martin-griffiths")
    assert (person["country"], person["sector"]) == (None, "IGO")


def test_a_person_of_a_state_keeps_the_country_the_person_table_gives(nlp):
    doc = nlp("Rebel leaders said they would meet Diego Cordovez next week.")
    assert next(a for a in doc._.local_actors if a["id"] == "diego-cordovez")["country"] == "ECU"


def test_believers_acting_as_a_body_are_a_group(nlp):
    found = typed(nlp, "Islamic fundamentalists staged a hunger strike against President Ben Ali.", "PROTEST")
    assert {e["source"] for e in found} == {"islamic-fundamentalists"}


def test_a_group_based_in_a_state_is_its(nlp):
    doc = nlp("Rebels based in Sudan attacked a town in Chad.")
    assert next(a for a in doc._.local_actors if a["id"] == "rebels")["country"] == "SDN"


def test_forces_whose_deployment_is_told_move_for_their_state(nlp):
    found = typed(nlp, "The deployment of Russian troops to Syria began on Monday.", "MOBILIZE")
    assert [(e["source"], e["target"]) for e in found] == [("russian-armed-forces", "SYR")]


def test_a_listed_person_the_tagger_misses_is_found_doing_an_act(nlp):
    doc = nlp("Theresa May has met Chancellor Helmut Kohl in Bonn.")
    assert any(e["type"] == "CONSULT" and e["source"] == "theresa-may" for e in doc._.events)
    assert next(a for a in doc._.local_actors if a["id"] == "theresa-may")["country"] == "GBR"


@pytest.mark.parametrize("text, event_type, pair", [
    ("The Ecuadorian government, thus, rejects and condemns the Colombian decision.", "ACCUSE", ("ECU", "COL")),
    ("Peru finally let free the jailed Bolivian activist.", "RETREAT", ("PER", "BOL")),
])
def test_a_doer_the_parser_hides_is_found(nlp, text, event_type, pair):
    assert pair in {(e["source"], e["target"]) for e in typed(nlp, text, event_type)}


def test_a_title_with_a_phrase_of_its_own_is_the_person_named_after_the_comma(nlp):
    doc = nlp("The former Chief Minister of Goa, Digambar Kamat, condemned the Pakistani decision.")
    assert {e["source"] for e in doc._.events if e["type"] == "ACCUSE"} == {"digambar-kamat"}


def test_a_body_a_state_leads_acts_for_that_state(nlp):
    doc = nlp("The Saudi-led coalition has declared a three-day truce in Yemen.")
    assert {(e["source"], e["target"]) for e in doc._.events if e["type"] == "RETREAT"} == {("SAU", "YEM")}


def test_things_on_their_way_to_an_actor_are_handed_over_from_the_from_phrase(nlp):
    doc = nlp("Reports say that more weapons could be on their way from Tehran to Moscow.")
    found = [e for e in doc._.events if e["type"] == "AID"]
    assert [(e["source"], e["target"], e["status"]) for e in found] == [("IRN", "RUS", "possible")]
    assert doc.text[found[0]["trigger_start"]:found[0]["trigger_end"]] == "way"


def test_things_on_their_way_take_their_owner_as_giver(nlp):
    assert {(e["source"], e["target"]) for e in typed(
        nlp, "Iranian drones on their way to Russia were seen over the Caspian Sea.", "AID")} == {("IRN", "RUS")}


def test_a_person_on_his_way_somewhere_hands_nothing_over(nlp):
    assert not typed(nlp, "The Iranian minister is on his way to Moscow.", "AID")


@pytest.mark.parametrize("text", [
    "Chinese warships were on their way to the Taiwan Strait.",
    "Russia's troops were on their way from Belarus to Ukraine.",
])
def test_forces_or_things_on_their_way_to_a_place_or_as_actors_hand_nothing_over(nlp, text):
    assert not typed(nlp, text, "AID")


def test_a_relative_pronoun_after_an_attribution_stands_for_the_noun_before_it(nlp):
    text = "Iran sent the drones, officials said, which Russia has used in Ukraine."
    assert {(e["source"], e["target"], e["object"]) for e in typed(nlp, text, "ASSAULT")} == {
        ("RUS", "UKR", "drones")}


def test_an_act_the_clause_is_placed_after_takes_no_source_from_the_clause(nlp):
    # the subject who offers talks did not invade; the invasions name no actor of their own
    found = roles(nlp, "On Monday, Putin offered to negotiate with Armenia following the invasions of Georgia.",
                  "ASSAULT")
    assert all(source != "vladimir-putin" and source != "RUS" for source, _ in found)


def test_an_agent_the_parse_hangs_on_the_object_of_an_event_noun_is_its_source(nlp):
    # `by Canberra` hangs on the journalist in the parse
    assert roles(nlp, "Beijing reacted after the expulsion of a Chinese journalist by Canberra.", "SANCTION") == {
        ("AUS", "CHN")}


def test_an_agent_the_parse_hangs_on_the_verb_of_an_event_noun_object_is_the_nouns_source(nlp):
    # the parse hangs `by Belarus` on `protested`: the detention is Belarus's, and so is the act protested
    text = "Lithuania protested the detention of its citizens by Belarus."
    assert roles(nlp, text, "COERCE") == {("BLR", "LTU")}
    assert roles(nlp, text, "ACCUSE") == {("LTU", "BLR")}


def test_a_contribution_of_money_is_given_by_the_subject_of_the_verb_it_is_the_means_of(nlp):
    text = ("Norway has deepened its commitment to Afghan refugees with a contribution of 30 million euros to the "
            "World Food Programme.")
    assert {(s, t) for kind, s, t in triples(nlp, text) if kind == "AID"} == {("NOR", "wfp")}


def test_a_by_phrase_of_measure_is_no_agent(nlp):
    # `by one hour` gives the amount; the verb keeps its active subject
    from storyline.nlp.events.lexicon import is_passive
    doc = nlp("President Salva Kiir on Friday shortened by one hour the curfew in Juba.")
    assert doc[6].dep_ == "agent" and not is_passive(doc[5])
    assert ("CONCEDE", "salva-kiir", "SSD") in triples(nlp, doc.text)
    assert is_passive(nlp("The town was attacked by 200 rebels.")[3])


@pytest.mark.parametrize("text, source", [
    ("Saudi-led forces attacked the town.", "SAU"),
    ("US-led forces launched airstrikes on militant targets in Iraq.", "USA"),
    ("The U.S.-led coalition launched airstrikes on rebel positions.", "USA"),
])
def test_forces_led_by_a_state_act_for_it(nlp, text, source):
    assert {s for s, _ in roles(nlp, text, "ASSAULT")} == {source}


def test_forces_a_state_backs_are_not_its_own(nlp):
    assert all(s != "USA" for s, _ in roles(nlp, "US-backed forces attacked the town.", "ASSAULT"))


def test_the_militaries_of_two_states_are_each_states_forces(nlp):
    text = "Thai troops and Cambodian forces clashed. Negotiations are ongoing between the militaries of Thailand " \
           "and Cambodia."
    found = roles(nlp, text, "CONSULT")
    assert found == {("thai-armed-forces", "cambodian-armed-forces")}


@pytest.mark.parametrize("text, source", [
    ("Two Iranian men accused by Britain of attacking a plane were freed.", "iranian-men"),
    ("Iranian agents were accused by Israel of attacking the ship.", "iranian-agents"),
])
def test_the_act_a_passive_charge_tells_is_the_charged_ones_not_the_accusers(nlp, text, source):
    assert {s for s, _ in roles(nlp, text, "ASSAULT")} == {source}


def test_the_accuser_of_a_passive_charge_is_never_the_doer_of_the_act_charged(nlp):
    text = "Syria offered to hand over three men suspected by Britain of bombing an embassy in Beirut."
    assert all(s != "GBR" for s, _ in roles(nlp, text, "ASSAULT"))


@pytest.mark.parametrize("text, kind, source", [
    ("The strike by coal workers was called off.", "CONCEDE", "coal-workers"),
    ("Russia's blockade was lifted.", "RETREAT", "RUS"),
])
def test_an_act_ended_in_the_passive_is_ended_by_its_own_doer(nlp, text, kind, source):
    assert {s for s, _ in roles(nlp, text, kind)} == {source}


def test_a_passive_end_with_no_doer_named_codes_no_one(nlp):
    assert not [e for e in nlp("The sanctions were lifted.")._.events if e["source"]]


def test_forces_led_by_a_state_in_a_participle_act_for_it(nlp):
    assert {s for s, _ in roles(nlp, "Forces led by the United States attacked the town.", "ASSAULT")} == {"USA"}


def test_talks_one_takes_part_in_are_the_light_verbs_subjects(nlp):
    text = "Jack Straw is due to take part in talks with the Indian government on Friday."
    assert all(s != "IND" for s, _ in roles(nlp, text, "CONSULT"))


def test_a_release_told_in_the_passive_is_the_captors_the_holding_verb_names(nlp):
    assert roles(nlp, "Three Dutch engineers held by Hamas were released on Friday.", "RETREAT") == {
        ("hamas", "dutch-engineers")}


@pytest.mark.parametrize("text, source", [
    ("Dozens of activists have been released in Tehran this week.", "IRN"),
    ("Two French journalists were released from detention in Syria on Sunday.", "SYR"),
])
def test_a_release_naming_no_captor_is_the_state_of_the_place_of_captivity(nlp, text, source):
    assert {s for s, _ in roles(nlp, text, "RETREAT")} == {source}


def test_the_released_ones_own_state_is_no_captor(nlp):
    assert not roles(nlp, "Two Thai soldiers were released in Thailand.", "RETREAT")


def test_a_named_releaser_stays_the_source(nlp):
    assert {s for s, _ in roles(nlp, "Four Kenyan sailors were freed by pirates in Somalia.", "RETREAT")} == {
        "pirates-in-somalia"}


def test_an_expulsion_told_in_the_passive_is_the_state_sent_out_of(nlp):
    assert roles(nlp, "Four Dutch journalists were expelled from Iran on Monday.", "SANCTION") == {
        ("IRN", "dutch-journalists")}


@pytest.mark.parametrize("text, pair", [
    ("The Red Cross operating in Syria said Russian forces must ensure security.", ("icrc", "russian-armed-forces")),
    ("The Red Cross working in Gaza said Israeli forces must allow more aid in.", ("icrc", "idf")),
])
def test_a_body_the_parser_hangs_under_its_own_participle_still_speaks(nlp, text, pair):
    assert pair in roles(nlp, text, "REQUEST")


def test_an_arrest_told_in_the_passive_is_the_state_of_its_place(nlp):
    assert roles(nlp, "Two French journalists were detained in Iran last week.", "COERCE") == {
        ("IRN", "french-journalists")}


@pytest.mark.parametrize("text", [
    '"We have read a report that Russian troops shelled the village," the Ukrainian minister said.',
    "The Ukrainian minister said there was a report that Russian troops shelled the village.",
])
def test_an_unowned_report_is_told_by_no_known_one_not_by_who_relays_it(nlp, text):
    found = typed(nlp, text, "ASSAULT")
    assert found and all(e["reported_by"] is None for e in found)


def test_an_owned_report_is_told_by_its_owner(nlp):
    found = typed(nlp, "A UN report that Russian troops shelled the village was published on Monday.", "ASSAULT")
    assert found and {e["reported_by"] for e in found} == {"un"}


def test_the_speakers_own_word_stays_his(nlp):
    found = typed(nlp, "The Ukrainian minister said Russian troops shelled the village.", "ASSAULT")
    assert found and {e["reported_by"] for e in found} == {"UKR"}


@pytest.mark.parametrize("text, source", [
    ("An ambush by al-Shabaab killed twelve Kenyan soldiers near the border.", "al-shabab"),
    ("A suicide bombing by the Taliban killed 30 Afghan policemen in Kunduz.", "taliban"),
])
def test_a_harm_whose_subject_is_an_attack_by_an_actor_is_that_actors(nlp, text, source):
    found = [e for e in typed(nlp, text, "ASSAULT") if e["trigger"] == "killed"]
    assert found and {e["source"] for e in found} == {source}


def test_a_harm_done_by_a_thing_of_no_named_doer_stays_sourceless(nlp):
    found = [e for e in typed(nlp, "A landslide killed twelve Kenyan soldiers.", "ASSAULT") if e["source"]]
    assert not found


def test_the_harmed_object_of_the_verb_an_attack_noun_is_told_under_is_not_its_doer(nlp):
    text = "Rebel fighters killed 40 villagers in two attacks in Somalia on Sunday."
    attacks = [e for e in nlp(text)._.events if e["trigger"] == "attacks"]
    assert attacks and {e["source"] for e in attacks} == {"rebel-fighters"}


def test_the_subject_answering_an_attack_noun_in_a_reason_phrase_is_not_its_doer(nlp):
    text = "The European Union imposed sanctions on Mali in response to the 2019 bombing in Bamako."
    assert not [e for e in nlp(text)._.events if e["type"] == "ASSAULT" and e["source"] == "european-union"]


def test_the_one_blamed_for_an_attack_noun_is_still_its_doer(nlp):
    text = "Kenya blamed the Ugandan army for a gas attack on a market that left scores of traders dead."
    attacks = [e for e in nlp(text)._.events if e["type"] == "ASSAULT"]
    assert attacks and all(e["source"] != "KEN" for e in attacks)


def test_a_modifier_the_parser_cut_off_as_a_subject_leaves_the_name_after_it_the_doer(nlp):
    # the parse gives the verb two subjects, `insurgent` and `Army`: the first names no one
    found = events(nlp, "The insurgent Arakan Army on Monday threatened to storm the town.")
    assert {(e["type"], e["source"]) for e in found} == {("THREATEN", "arakan-army")}
    assert one(nlp, "The insurgent Arakan Army on Monday threatened to storm the town.", "THREATEN")["reason"].endswith(
        "nsubj=Army")


def test_a_verdict_coordinated_with_a_verb_the_tagger_read_as_a_noun_in_a_reported_clause_is_its_subjects(nlp):
    # `rejects` is tagged a noun, the clause's head under `said`; `condemns` hangs on it
    text = "The Jordanian cabinet, in turn, rejects and condemns the Israeli plan, the minister said."
    assert pairs(events(nlp, text), "ACCUSE") == {("JOR", "ISR")}


def test_people_of_a_state_sent_or_pulled_out_in_the_passive_are_sent_by_their_state(nlp):
    sent = one(nlp, "Some 300 Kenyan police officers were sent to Haiti.", "AID")
    assert (sent["source"], sent["target"]) == ("KEN", "HTI")
    deployed = one(nlp, "Fijian soldiers were deployed to Lebanon.", "MOBILIZE")
    assert (deployed["source"], deployed["target"]) == ("fijian-armed-forces", "LBN")
    pulled = one(nlp, "Ghanaian peacekeepers were withdrawn from Sudan in May.", "SANCTION")
    assert (pulled["source"], pulled["target"]) == ("ghanaian-armed-forces", "SDN")
    assert not events(nlp, "Aid workers were withdrawn from Syria.")  # people of no state: no one named sent them


def test_soldiers_sent_as_peacekeepers_are_protection_not_a_show_of_force(nlp):
    assert one(nlp, "Four hundred Fijian soldiers were deployed as peacekeepers in Lebanon.", "AID")["source"] == (
        "fijian-armed-forces")
    assert typed(nlp, "Russia deployed 500 soldiers as a show of force.", "MOBILIZE")


def test_an_agent_noun_written_with_an_of_phrase_acts_for_the_state_its_modifier_names(nlp):
    # `head of state`: the parse heads the phrase by `head`, the agent noun ends at `state`
    met = one(nlp, "The Ghanaian head of state will meet the Brazilian president in Accra.", "CONSULT")
    assert (met["source"], met["target"]) == ("ghanaian-head-of-state", "BRA")
    doc = nlp("The Ghanaian head of state will meet the Brazilian president in Accra.")
    actor = next(a for a in doc._.local_actors if a["id"] == "ghanaian-head-of-state")
    assert (actor["country"], actor["sector"]) == ("GHA", "GOV")
    # one person of a government no state names is no actor; `head of the state police` is no agent noun
    assert not events(nlp, "The head of state will meet the Brazilian president.")
    assert not events(nlp, "The head of the state police met the Brazilian president.")


def test_a_workers_union_in_lower_case_is_a_labour_body_of_its_country(nlp):
    ended = one(nlp, "Chile's copper miners' union called off its strike against the state mining company.", "CONCEDE")
    assert ended["source"] == "chiles-copper-miners-union"
    doc = nlp("Chile's copper miners' union called off its strike against the state mining company.")
    actor = next(a for a in doc._.local_actors if a["id"] == ended["source"])
    assert (actor["country"], actor["sector"]) == ("CHL", "LAB")
    # a named union is the actor pass's organization, never a workers' body
    assert one(nlp, "The European Union imposed sanctions on Belarus.", "SANCTION")["source"] == "european-union"


def test_the_government_a_states_speaker_reports_on_is_that_states_own(nlp):
    # `the government` in the subject of the clause a speaker of a state reports: the speaker's state (was no doer)
    extended = of_type(nlp, "Peru's interior minister said the government will extend the curfew.", "COERCE")
    assert {e["source"] for e in extended} == {"PER"}
    assert {e["source"] for e in of_type(nlp, "Peru said the government would impose a curfew.", "COERCE")} == {"PER"}
    # a government the clause names is its own state's
    named = of_type(nlp, "Peru said the government of Chile will impose a curfew.", "COERCE")
    assert {e["source"] for e in named} == {"CHL"}


def test_a_court_no_state_names_acts_as_a_body(nlp):
    # a court or tribunal is a body of many, as `police` is: acting with no state named, it is an actor of its own
    handed = one(nlp, "The court approved the extradition of the banker to France.", "COOPERATE")
    assert (handed["source"], handed["target"]) == ("court", "FRA")
    assert one(nlp, "The tribunal ordered the release of the two journalists.", "RETREAT")["source"] == "tribunal"
    # one judge of no state named is no body
    assert not events(nlp, "The judge approved the extradition of the banker to France.")


def test_a_body_of_members_is_of_the_sector_its_members_noun_gives(nlp):
    # the members' noun as possessive (`oil workers'`), or written as one word closing with an agent noun
    for text in ("The Bolivian oil workers' federation called off its strike.",
                 "Bolivia's main tinworkers' confederation called off its strike against the mining company."):
        ended = one(nlp, text, "CONCEDE")
        doc = nlp(text)
        actor = next(a for a in doc._.local_actors if a["id"] == ended["source"])
        assert (actor["country"], actor["sector"]) == ("BOL", "LAB")
    protest = one(nlp, "The Chilean students' federation staged a protest.", "PROTEST")
    doc = nlp("The Chilean students' federation staged a protest.")
    assert next(a for a in doc._.local_actors if a["id"] == protest["source"])["sector"] == "EDU"


def test_an_extradition_a_light_verb_tells_may_leave_its_destination_open(nlp):
    # as the verb does (`extradited a suspect`): the handing over is an act of the state that approves it
    text = "Last week a Polish appeals court approved the extradition of an accused arms broker."
    handed = one(nlp, text, "COOPERATE")
    assert (handed["source"], handed["target"]) == ("POL", None)
    assert not events(nlp, "Lawyers discussed the extradition of a wanted arms dealer.")


def test_an_agent_noun_modifying_a_hostile_act_names_its_doers_not_the_clause_subject(nlp):
    # the frigate foiled the attack; the pirates made it
    text = "A navy frigate foiled a pirate attack on two cargo ships near the coast on Sunday."
    assert pairs(events(nlp, text), "ASSAULT") == {("pirates", "cargo-ships")}
    raid = one(nlp, "Rebel raids on border villages continued overnight, officials said.", "COERCE")
    assert raid["source"] == "rebels"
    # an agent noun of no armed sector names no doer: the pass leaves the act's doer to the clause
    assert "students" not in {e["source"] for e in events(nlp, "The army stopped a student attack on the hall.")}
    # a body's noun names the kind of act, a weapon's its means
    assert "military" not in {e["source"] for e in events(nlp, "The rebels began a military offensive in May.")}
    text = "The French army launched air and artillery strikes on rebel-held villages."
    assert pairs(events(nlp, text), "ASSAULT") == {("french-armed-forces", "rebels")}


def test_a_speakers_own_government_is_the_state_the_speakers_title_names(nlp):
    found = events(nlp, "The Kenyan President said his government will hold talks with Somalia.")
    assert pairs(found, "CONSULT") == {("KEN", "SOM")}
    assert not pairs(events(nlp, "The Kenyan President said Somalia will hold talks with Ethiopia."), "CONSULT") & {
        ("KEN", "SOM"), ("KEN", "ETH")}


def test_ordering_a_person_to_act_demands_it_but_ordering_troops_is_the_act(nlp):
    found = events(nlp, "A court in Paris ordered the son of President Omar Bongo to repay two million euros.")
    assert {(e["type"], e["target"]) for e in found} >= {("REQUEST", "omar-bongo")}
    assert not [e for e in events(nlp, "Putin ordered troops to withdraw from the border.") if e["type"] == "REQUEST"]


@pytest.mark.parametrize("text, captor", [
    ("Six Turkish engineers held captive in Mali have been freed.", "MLI"),
    ("Two Dutch sailors held captive in Libya have been freed.", "LBY"),
])
def test_a_release_whose_holding_the_parser_read_as_the_main_verb_is_the_captors(nlp, text, captor):
    assert [(e["type"], e["source"]) for e in events(nlp, text)] == [("RETREAT", captor)]


def test_an_operation_launched_to_act_tells_the_act_but_help_sent_serves_it(nlp):
    found = events(nlp, "Greek police launched an operation to arrest 12 smugglers near the port.")
    assert pairs(found, "COERCE") == {("greek-police", "smugglers")}
    assert not pairs(events(nlp, "Egypt sent troops to help Sudan."), "SUPPORT")  # the help is the sending's purpose


def test_a_name_after_a_calibre_is_a_gun_not_a_doer(nlp):
    # a report split after `a .` leaves the calibre's number opening the next line
    text = ("Minutes after a clerk was fired at the depot, he came back with a .\n"
            "44 Magnum and opened fire, killing three guards.")
    assert not [e for e in events(nlp, text) if e["source"] == "magnum"]
    text = "He came back with a .38 Special and opened fire, killing three guards."
    assert not [e for e in events(nlp, text) if e["source"] == "special"]


def test_she_after_a_woman_described_is_not_the_man_named_before(nlp):
    text = ("Jim Colby says the woman accused of killing two guards and badly hurting a third at the depot is a good "
            "person.\nAnd so were the two guards she's accused of gunning down with a rifle.")
    assert not [e for e in events(nlp, text) if e["source"] == "jim-colby"]
    text = ("Jim Colby says the depot's guards were good men.\n"
            "And so was the clerk he's accused of gunning down with a rifle.")
    assert [e for e in events(nlp, text) if e["type"] == "ASSAULT" and e["source"] == "jim-colby"]


def test_one_worker_of_a_firm_acts_on_their_own_account(nlp):
    found = events(nlp, "A former General Motors plant worker shot two guards at the depot.")
    assert [e["source"] for e in found if e["type"] == "ASSAULT"] == ["former-general-motors-plant-worker"]
    found = events(nlp, "Taliban fighters attacked a police checkpoint in Kunduz.")
    assert [e["source"] for e in found if e["type"] == "ASSAULT"] == ["taliban"]


def test_a_name_the_tagger_marks_as_no_entity_acts_as_its_subject(nlp):
    # the tagger gives these names no label: the subject of the act is still its actor
    assert roles(nlp, "Acme has halted its military aid to Nepal.", "SANCTION") == {("acme", "NPL")}
    assert roles(nlp, "Brelvin cancelled a planned trip to Peru.", "REJECT") == {("brelvin", "PER")}
    # a headline's line, which ends with no full stop, writes its passives bare: no act read off it
    assert not events(nlp, "Acme halted its military aid to Nepal")


def test_a_surname_the_tagger_reads_as_a_common_noun_and_an_organization_acts(nlp):
    # `Trump` opening the sentence is tagged NN, yet the entity tagger calls it a name (ORG)
    assert roles(nlp, "Trump has frozen its economic aid to Nepal.", "SANCTION") == {("trump", "NPL")}


def test_people_of_a_trade_act_as_a_body(nlp):
    # musicians and artists, whom the agent dictionary lacks, are a group acting together
    assert roles(nlp, "Musicians protested outside the ministry.", "PROTEST") == {("musicians", None)}
    assert roles(nlp, "Artists called off their boycott of the festival.", "RETREAT") == {("artists", None)}


def test_refuge_sought_by_a_participle_is_asked_of_the_place_its_clause_names(nlp):
    # the place is on the verb of arriving, not on the participle that tells why
    assert roles(nlp, "Two hundred Syrians arrived in Chile seeking refuge.", "REQUEST") == {("SYR", "CHL")}
    # a place of its own wins over the clause's
    assert roles(nlp, "Hundreds of Syrians fled to Chile seeking refuge in Peru.", "REQUEST") == {("SYR", "PER")}


def test_an_organizations_weapons_and_the_attacks_it_claims_are_its_acts(nlp):
    # a weapon an organization's name modifies is its own, as a state's word makes `Iranian drones` Iran's
    assert roles(nlp, "Taliban drones killed 20 soldiers in Kabul.", "ASSAULT") == {("taliban", "AFG")}
    # an attack or weapon a name says it claimed is its own
    assert roles(nlp, "A Taliban-claimed attack killed 20 soldiers in Kabul.", "ASSAULT") == {("taliban", "AFG")}
    assert roles(nlp, "A rebel-claimed attack killed 20 soldiers in Kabul.", "ASSAULT") == {("rebels", "AFG")}


def test_relief_or_troops_airlifted_are_sent(nlp):
    assert roles(nlp, "Germany airlifted 13 tons of medicine to Afghanistan.", "AID") == {("DEU", "AFG")}
    assert roles(nlp, "Italy airlifted peacekeepers to Mali.", "AID") == {("ITA", "MLI")}


def test_aid_agencies_and_armed_parties_of_the_gazetteer_act(nlp):
    assert roles(nlp, "Islamic Relief sent food to Yemen.", "AID") == {("islamic-relief", "YEM")}
    assert roles(nlp, "Action Against Hunger gave food aid to Niger.", "AID") == {
        ("action-against-hunger", "NER")}
    assert roles(nlp, "Hezb-e-Islami threatened to shell Kabul.", "THREATEN") == {("hezb-e-islami", "AFG")}


def test_the_recipient_hung_on_a_growth_noun_receives_the_act_it_grows(nlp):
    assert roles(nlp, "Germany announced an increase in aid to Liberia.", "AID") == {("DEU", "LBR")}
    assert roles(nlp, "Spain announced a boost in military aid to Ukraine.", "AID") == {("ESP", "UKR")}


def test_a_named_body_before_a_network_noun_acts(nlp):
    # `network` is also a news outlet's word: a body named before it is no mere modifier
    assert pairs(events(nlp, "The Hamas terror network vowed and threatened to strike Israel."), "THREATEN") == {
        ("hamas", "ISR")}
    assert pairs(events(nlp, "An Islamic State terrorist network threatened to attack France."), "THREATEN") == {
        ("islamic-state", "FRA")}


def test_the_owner_of_a_part_in_an_act_does_it(nlp):
    # the parser hangs `in shipping` on the verb of the one who doubts, not on `motives`
    assert pairs(events(nlp, "Ankara questioned Moscow's motives in shipping arms to Armenia."), "AID") == {
        ("RUS", "ARM")}
    assert pairs(events(nlp, "Analysts doubt Iranian motives in supplying drones to Russia."), "AID") == {
        ("IRN", "RUS")}


def test_who_orders_an_act_noun_does_it_not_its_by_phrase(nlp):
    found = events(nlp, "The Kenyan government ordered patrols by police along the coast.")
    assert {e["source"] for e in found if e["type"] == "MOBILIZE"} == {"KEN"}


def test_people_of_coordinated_states_are_each_states(nlp):
    # one group mention for the speakers, but each state's people take part in an act
    assert pairs(events(nlp, "Polish and Czech diplomats held talks on energy."), "CONSULT") == {("POL", "CZE")}
    text = "Senior Greek and Turkish officials agreed that their countries must work together on migration."
    assert pairs(events(nlp, text), "AGREE") == {("GRC", "TUR")}


def test_talks_one_travels_for_are_the_travellers(nlp):
    text = "Greek and Turkish negotiators travel to Vienna in May for talks about the islands."
    assert pairs(events(nlp, text), "CONSULT") == {("GRC", "TUR")}


def test_a_body_listed_with_others_of_its_kind_acts(nlp):
    # the tagger reads the acronym as an adjective of `donors`
    assert pairs(events(nlp, "USAID and other donors gave food to Haiti."), "AID") == {("usaid", "HTI")}


def test_a_bodys_partners_are_the_body(nlp):
    text = "France demanded that its European Union partners sanction the junta."
    assert pairs(events(nlp, text), "REQUEST") == {("FRA", "european-union")}

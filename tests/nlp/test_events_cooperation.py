"""Which type a cooperative wording is: aid and what is no aid, yielding and ceasefires, agreements and signings,
meetings and talks, ties and recognition, requests and appeals."""

import pytest

from tests.nlp.eventing import coded, events, of_type, of_type_or_none, one, pairs, roles, triples, typed, types


def test_growing_ties_between_two_actors_are_cooperation(nlp):
    assert pairs(events(nlp, "Ties between Paris and Rome are deepening after the summit."), "COOPERATE") == {
        ("FRA", "ITA")}
    text = "Officials noted that deepening ties between Ankara and Baku are moving beyond trade."
    assert pairs(events(nlp, text), "COOPERATE") == {("TUR", "AZE")}
    assert not pairs(events(nlp, "Relations between Ankara and Baku remain tense."), "COOPERATE")


def test_backing_an_undertaking_is_support_not_aid(nlp):
    event = one(nlp, "Portugal backs Brazil's war effort.", "SUPPORT")
    assert (event["source"], event["target"]) == ("PRT", "BRA")
    assert not [e for e in events(nlp, "Portugal backs Brazil's war effort.") if e["type"] == "AID"]


def test_returning_home_gives_nothing_back(nlp):
    assert not [e for e in events(nlp, "The Thai delegation returned home on Monday.") if e["type"] == "RETREAT"]


def test_agreeing_with_a_view_is_no_agreement(nlp):
    assert not [e for e in events(nlp, "Both envoys said they agree with Turkey that the talks failed.")
                if e["type"] == "AGREE"]
    assert one(nlp, "Russia agrees with Turkey on a Syria deal.", "AGREE")["target"] == "TUR"


@pytest.mark.parametrize("text", [
    "Jordan and the United States opened another round of joint army exercises this week.",
    "The Jordanian and US navies held war games in the Red Sea.",
])
def test_exercises_of_two_coordinated_actors_are_cooperation(nlp, text):
    event = one(nlp, text, "COOPERATE")
    assert {event["source"], event["target"]} == {"JOR", "USA"}
    assert not [e for e in events(nlp, text) if e["type"] == "MOBILIZE"]


def test_opening_an_investigation_or_talks(nlp):
    assert one(nlp, "Italian prosecutors opened corruption investigations into dozens of insurers.",
               "ACCUSE")["mode"] == "investigate"
    assert one(nlp, "Russia opened talks with Ukraine.", "CONSULT")["target"] == "UKR"


def test_a_mediator_consults_each_party(nlp):
    found = {(e["source"], e["target"]) for e in of_type(
        nlp, "Oman started a mediation effort between Iran and Saudi Arabia.", "CONSULT")}
    assert found == {("OMN", "IRN"), ("OMN", "SAU")}


def test_establishing_or_restoring_ties_recognizes_the_partner(nlp):
    assert one(nlp, "Israel has established diplomatic ties with Bhutan.", "SUPPORT")["target"] == "BTN"
    event = one(nlp, "Saudi Arabia and Iran restored diplomatic relations.", "SUPPORT")
    assert (event["source"], event["target"]) == ("SAU", "IRN")


@pytest.mark.parametrize("text, event_type", [
    ("Kenya has granted political asylum to 12 Somali dissidents.", "AID"),
    ("The Malian government on Monday accepted demands from the protesters.", "CONCEDE"),
    ("President Kiir on Sunday shortened the nightly curfew.", "CONCEDE"),
])
def test_yielding_and_asylum(nlp, text, event_type):
    assert one(nlp, text, event_type)["source"]


def test_letting_an_actor_act_yields_to_it(nlp):
    event = one(nlp, "Sudan decided to allow the Umma Party to hold a rally in Khartoum.", "CONCEDE")
    assert event["source"] == "SDN"
    text = "The new law allows companies to hire foreign workers."
    assert not [e for e in events(nlp, text) if e["type"] == "CONCEDE"]
    assert one(nlp, "Sudan's government lifted a state of emergency in Darfur.", "CONCEDE")["source"] == "SDN"


@pytest.mark.parametrize("text, event_type, source, target", [
    ("Norway sent emergency supplies to Chad.", "AID", "NOR", "TCD"),
    ("Senegal is sending an infantry platoon to Gambia.", "AID", "SEN", "GMB"),
    ("Indian peacekeepers arrived in Lebanon on Friday.", "AID", "indian-armed-forces", "LBN"),
    ("Poland opened its borders to refugees from Belarus.", "AID", "POL", None),
    ("Thousands of Syrians sought refuge in Turkey last year.", "REQUEST", None, "TUR"),
    ("Syria halted all military operations near the border.", "RETREAT", "SYR", None),
    ("Japan ended restrictions on travel to North Korea.", "CONCEDE", "JPN", None),
    ("Chile returned the stolen paintings to a museum in Peru.", "RETREAT", "CHL", None),
    ("Brazil gave the United States permission to use its airspace.", "CONCEDE", "BRA", "USA"),
])
def test_aid_and_yielding_as_news_writes_them(nlp, text, event_type, source, target):
    event = one(nlp, text, event_type)
    assert source is None or event["source"] == source
    assert target is None or event["target"] == target


def test_what_is_published_or_returned_in_kind_is_no_release(nlp):
    assert not events(nlp, "Senator Smith released a statement on Monday.")
    assert not [e for e in events(nlp, "Japan may return the favor by sending Egypt food.") if e["type"] == "RETREAT"]
    assert one(nlp, "Egypt released the detained journalists.", "RETREAT")["source"] == "EGY"


@pytest.mark.parametrize("text, event_type, source, target", [
    ("Washington completed its withdrawal of combat units in 2021.", "RETREAT", "USA", None),
    ("American troops have begun leaving Syria.", "RETREAT", "us-military", "SYR"),
    ("Chad's government allowed humanitarian relief into the region.", "CONCEDE", "TCD", None),
    ("Sudan has declared a cessation of hostilities.", "RETREAT", "SDN", None),
])
def test_withdrawals_relief_let_in_and_ceasefires(nlp, text, event_type, source, target):
    event = one(nlp, text, event_type)
    assert event["source"] == source
    assert target is None or event["target"] == target


def test_leaving_is_a_withdrawal_only_for_forces(nlp):
    assert not events(nlp, "The president left the country on Monday.")


def test_calls_disarmament_and_support_contributed(nlp):
    call = one(nlp, "The French president called the Russian president on Friday.", "CONSULT")
    assert (call["source"], call["target"], call["mode"]) == ("FRA", "RUS", "phone")
    assert not [e for e in events(nlp, "The opposition called the elections a sham.") if e["type"] == "CONSULT"]
    assert one(nlp, "China called on Japan to withdraw.", "REQUEST")["target"] == "JPN"
    assert one(nlp, "The ELN said that its fighters will lay down their weapons.", "RETREAT")["mode"] == "disarm"
    assert of_type(nlp, "Norway is ready to contribute naval support to the UN mission in Lebanon.", "AGREE")


def test_handshakes_and_talks_underway(nlp):
    assert one(nlp, "Lula and Macron shook hands in Paris on Monday.", "CONSULT")
    talks = one(nlp, "Talks between Russia and Ukraine are underway in Istanbul.", "CONSULT")
    assert {talks["source"], talks["target"]} == {"RUS", "UKR"}


def test_peacekeeping_operations_joined_aid_the_place(nlp):
    event = one(nlp, "Fijian troops take part in peacekeeping operations in Lebanon.", "AID")
    assert (event["source"], event["target"]) == ("fijian-armed-forces", "LBN")


def test_stopping_an_act_of_fighting_told_as_a_gerund_is_a_ceasefire(nlp):
    found = events(nlp, "Serbia stopped shooting after midnight.")
    assert [(e["type"], e["mode"], e["source"]) for e in found] == [("RETREAT", "ceasefire", "SRB")]
    assert not [e for e in events(nlp, "Serbia stopped sending gas to Kosovo.") if e["type"] == "RETREAT"]


def test_shaking_hands_over_a_deal_meets_and_agrees(nlp):
    text = "Hun Manet and Phumtham Wechayachai shook hands over the ceasefire deal on Monday."
    assert {e["type"] for e in events(nlp, text)} >= {"CONSULT", "AGREE"}
    assert not [e for e in events(nlp, "Hun Manet and Phumtham Wechayachai shook hands on Monday.")
                if e["type"] == "AGREE"]


def test_things_received_are_aid_from_the_giver(nlp):
    event = one(nlp, "Russia has received missiles from Iran.", "AID")
    assert (event["source"], event["target"]) == ("IRN", "RUS")
    assert not events(nlp, "Russia has received a letter from Iran.")


def test_an_appeal_is_a_request_only_where_it_demands(nlp):
    for text in ("Greece urged Turkey to hold talks with Cyprus.", "Germany urged Serbia to recognize Kosovo.",
                 "The president issued a plea to the rebels to join the peace process.",
                 "France called on Russia to end its political crisis."):
        assert not events(nlp, text), text  # an appeal to cooperate, meet or reform (CAMEO 02): PLOVER drops it
    assert pairs(events(nlp, "The United States urged Beijing to decrease tensions."), "REQUEST") == {("USA", "CHN")}
    assert pairs(events(nlp, "China urged Washington to lift sanctions."), "REQUEST") == {("CHN", "USA")}
    assert pairs(events(nlp, "France called on Russia to stop its attacks on Ukraine."), "REQUEST") == {("FRA", "RUS")}
    assert pairs(events(nlp, "The UN appealed to Israel to release the prisoners."), "REQUEST") == {("un", "ISR")}
    request = one(nlp, "Greek Foreign Minister Nikos Dendias called for sanctions against Turkey.", "REQUEST")
    assert request["target"] == "TUR"  # hostile measures asked for: aimed at whom they would hit
    assert not [e for e in events(nlp, "Greek Foreign Minister Nikos Dendias called for sanctions against Turkey.")
                if e["type"] == "SANCTION"]  # what is asked for has not happened
    text = "The UN is pressing for a humanitarian truce between the Yemeni government and the Houthis."
    assert pairs(events(nlp, text), "REQUEST") == {("un", "YEM"), ("un", "houthis")}  # the parties to the truce
    assert not [e for e in events(nlp, text) if e["type"] == "RETREAT"]


def test_receiving_a_visitor_is_hosting_him(nlp):
    assert pairs(events(nlp, "Putin received the Iranian foreign minister in Moscow."), "CONSULT") == {
        ("vladimir-putin", "IRN")} or pairs(events(nlp, "Putin received the Iranian foreign minister in Moscow."),
                                             "CONSULT") == {("putin", "IRN")}
    assert pairs(events(nlp, "Russia has received missiles from Iran."), "AID") == {("IRN", "RUS")}  # still a gift


def test_an_amount_in_aid_paid_is_aid(nlp):
    found = one(nlp, "Norway paid $40 million in humanitarian aid last year.", "AID")
    assert found["source"] == "NOR"
    found = events(nlp, "Norway provided $40 million in humanitarian assistance to Sudan.")
    assert [(e["type"], e["source"], e["target"]) for e in found] == [("AID", "NOR", "SDN")]  # one act, not two
    assert of_type(nlp, "Rebels killed 10 people in attacks on the town.", "ASSAULT")  # people counted: no amount


def test_opening_a_way_to_another_side_lets_it_through(nlp):
    found = one(nlp, "Egypt opened the Rafah crossing to Palestinians.", "RETREAT")
    assert (found["mode"], found["source"], found["target"]) == ("access", "EGY", "PSE")
    assert not events(nlp, "The mayor opened a new highway in Lagos.")  # a way to no one: no yielding


@pytest.mark.parametrize("text, source, target", [
    ("Iranian weapons continue to flow to the Houthis.", "IRN", "houthis"),
    ("Weapons from Iran have been flowing to Russia.", "IRN", "RUS"),
])
def test_weapons_flowing_to_an_actor_are_handed_over(nlp, text, source, target):
    found = one(nlp, text, "AID")
    assert (found["source"], found["target"]) == (source, target)


def test_what_flows_to_no_actor_or_is_traded_is_no_aid(nlp):
    assert not of_type_or_none(nlp, "Oil flows from Russia to China.", "AID")
    assert not of_type_or_none(nlp, "More cash is expected to flow into its markets.", "AID")


@pytest.mark.parametrize("text, target", [
    ("Vladimir Putin joined Recep Tayyip Erdogan for a meeting in Sochi.", "recep-tayyip-erdogan"),
    ("The Korean president will join Japanese Prime Minister Fumio Kishida for talks.", "fumio-kishida"),
])
def test_joining_someone_for_talks_meets_him(nlp, text, target):
    found = [e for e in of_type(nlp, text, "CONSULT") if e["trigger"].startswith("join")]
    assert [e["target"] for e in found] == [target]


def test_joining_an_alliance_is_no_meeting(nlp):
    assert not of_type_or_none(nlp, "Sweden joined NATO.", "CONSULT")


@pytest.mark.parametrize("text", [
    "Iran needed Russia's help with the Western powers.",
    "Ukraine wants more American weapons from the United States.",
])
def test_what_one_needs_or_wants_is_not_given(nlp, text):
    assert not of_type_or_none(nlp, text, "AID")


def test_help_received_is_still_given(nlp):
    found = one(nlp, "Iran received Russia's help.", "AID")
    assert (found["source"], found["target"]) == ("RUS", "IRN")


@pytest.mark.parametrize("text", [
    "Iran set free two British sailors.",  # the parse makes `free` a modifier of the object
    "Iran let the British sailors go on Monday.",  # the object is the subject of the phrase's second verb
    "Iran finally let free the two British sailors, who had been held for a year.",
])
def test_a_release_told_by_a_phrase_whose_words_the_parse_splits_releases_its_object(nlp, text):
    events = [e for e in nlp(text)._.events if e["type"] == "RETREAT"]
    assert len(events) == 1 and events[0]["source"] == "IRN" and events[0]["target"] in ("GBR", "british-sailors")
    assert events[0]["mode"] == "release"


@pytest.mark.parametrize("text, kind", [
    ("China cut tariffs on US goods.", "RETREAT"),  # a sanction eased
    ("Israel cut restrictions on Gaza.", "CONCEDE"),  # a restriction eased
    ("The US cut aid to Pakistan.", "SANCTION"),  # aid stopped
])
def test_cutting_a_sanction_or_restriction_eases_it_and_no_sanction_is_told(nlp, text, kind):
    assert {k for k, _, _ in triples(nlp, text)} == {kind}


def test_a_contribution_of_words_is_no_aid(nlp):
    assert not {k for k, _, _ in triples(nlp, "France praised the contribution of India to the debate.")} & {"AID"}


def test_improving_relations_with_an_actor_is_cooperation(nlp):
    assert triples(nlp, "Egypt has improved diplomatic relations with Qatar.") == {("COOPERATE", "EGY", "QAT")}


@pytest.mark.parametrize("verb", ["shortened", "relaxed", "loosened"])
def test_easing_a_curfew_is_a_concession_and_no_curfew_is_told(nlp, verb):
    assert {k for k, _, _ in triples(nlp, f"Bashir {verb} the curfew in Khartoum.")} == {"CONCEDE"}


@pytest.mark.parametrize("text, kind", [
    ("Canadian aid also supported one million more Kenyan girls going to school.", "AID"),
    ("Australia supported Pakistan's bid.", "SUPPORT"),
])
def test_support_a_material_thing_gives_is_aid(nlp, text, kind):
    assert {e["type"] for e in nlp(text)._.events if e["trigger"] == "supported"} == {kind}


def test_people_supporting_something_give_no_aid(nlp):
    events = nlp("Hopefully the UKIP members will support his action.")._.events
    assert "AID" not in {e["type"] for e in events}


@pytest.mark.parametrize("text, pair", [
    ("Biden had lunch with German Chancellor Olaf Scholz in Berlin.", ("biden", "olaf-scholz")),
    ("Putin hosted a dinner for Erdogan in Sochi.", ("putin", "erdogan")),
])
def test_a_meal_shared_with_a_leader_is_a_meeting(nlp, text, pair):
    assert roles(nlp, text, "CONSULT") == {pair}


def test_a_meal_with_no_one_is_no_meeting(nlp):
    assert not nlp("The soldiers had lunch in the barracks.")._.events


def test_in_recognition_of_acknowledges_and_recognizes_no_one(nlp):
    text = "Norway eased sanctions on Kenya and Ghana in recognition of their help to refugees."
    assert not any(e["trigger"] == "recognition" for e in nlp(text)._.events)


def test_a_state_granting_recognition_still_supports(nlp):
    found = typed(nlp, "Sweden announced its recognition of the State of Palestine.", "SUPPORT")
    assert found and {e["source"] for e in found} == {"SWE"}


def test_withdrawing_troops_stays_a_retreat(nlp):
    found = types(nlp, "Norway withdrew its troops from Yemen on Sunday.")
    assert "RETREAT" in found
    assert "SANCTION" not in found


@pytest.mark.parametrize("text", [
    "Ghanaian peacekeepers were sent to the border to oversee a ceasefire between Sudan and Chad.",
    "The African Union deployed observers last week to monitor a truce between Sudan and Chad.",
])
def test_a_truce_others_watch_over_is_no_truce_declared(nlp, text):
    assert "RETREAT" not in types(nlp, text)


def test_a_ceasefire_the_sides_declare_stays_a_retreat(nlp):
    assert "RETREAT" in types(nlp, "Sudan and Chad declared a ceasefire between their forces on Monday.")


@pytest.mark.parametrize("text", [
    "Norway sent a team of forensic experts to Yemen on Sunday to investigate the bombing of the port.",
    "Kenya has sent military experts to Somalia to probe the killing of two aid workers.",
])
def test_sending_people_to_investigate_is_the_inquiry_not_aid(nlp, text):
    found = types(nlp, text)
    assert "ACCUSE" in found
    assert "AID" not in found


def test_sending_troops_to_help_stays_aid(nlp):
    assert "AID" in types(nlp, "Norway sent troops to Yemen on Sunday to help the government.")


@pytest.mark.parametrize("text", [
    "Kenya and Norway signed an agreement on fishing rights on Monday.",
    "Kenya signed a fishing deal with Norway in Oslo.",
    "Kenya and Norway signed a border treaty last week.",
    "Kenya inked a trade pact with Norway on Monday.",
])
def test_signing_an_agreement_is_support(nlp, text):
    assert coded(nlp, text) == {("SUPPORT", "KEN", "NOR", "asserted")}


@pytest.mark.parametrize("text", [
    "Kenya and Norway reached an agreement on fishing rights on Monday.",
    "Kenya agreed to a fishing deal with Norway.",
])
def test_agreeing_to_an_agreement_stays_agree(nlp, text):
    assert {kind for kind, *_ in coded(nlp, text)} == {"AGREE"}


def test_a_signing_still_to_come_is_also_a_promise(nlp):
    found = coded(nlp, "Kenya and Norway will sign a trade agreement next month.")
    assert ("SUPPORT", "KEN", "NOR", "planned") in found
    assert ("AGREE", "KEN", "NOR", "planned") in found


@pytest.mark.parametrize("text, context", [
    ("The World Bank is mobilising new funds to support reconstruction in Haiti.", ["economic"]),
    ("Kenya mobilized emergency aid for flood victims in Somalia.", ["humanitarian"]),
])
def test_money_or_relief_mobilized_for_a_place_is_aid_not_a_show_of_force(nlp, text, context):
    found = nlp(text)._.events
    assert [(e["type"], e["context"]) for e in found] == [("AID", context)]


@pytest.mark.parametrize("text", [
    "Ghana deployed 400 soldiers to Mali on a peacekeeping mission.",
    "Ghana on Monday announced the deployment of 400 soldiers to Mali on a peace-keeping mission.",
    "Ghana announced the deployment of 400 peacekeepers to Mali.",
])
def test_soldiers_deployed_to_keep_the_peace_are_military_protection(nlp, text):
    found = nlp(text)._.events
    assert [(e["type"], e["mode"], e["source"], e["target"]) for e in found] == [("AID", None, "GHA", "MLI")]


@pytest.mark.parametrize("text, pair", [
    ("The U.S. Agency for International Development sent tents and blankets to Nepal.", ("usaid", "NPL")),
    ("The Japan International Cooperation Agency sent medicine to Fiji.", ("jica", "FJI")),
])
def test_a_national_aid_agency_acts_for_its_state(nlp, text, pair):
    found = typed(nlp, text, "AID")
    assert {(e["source"], e["target"]) for e in found} == {pair}
    doc = nlp(text)
    assert {a["id"]: a.get("country") for a in doc._.local_actors}[pair[0]] in ("USA", "JPN")


@pytest.mark.parametrize("text", [
    "Japan deployed two relief teams to Nepal after the floods.",
    "Chile deployed three search-and-rescue teams to Peru.",
])
def test_relief_or_rescue_teams_deployed_are_aid_not_a_show_of_force(nlp, text):
    found = nlp(text)._.events
    assert [e["type"] for e in found] == ["AID"]
    assert not typed(nlp, "Japan deployed two army battalions to the border.", "AID")


def test_cooperation_is_with_its_partner_not_against_what_it_acts_on(nlp):
    text = "Dutch prosecutors shared evidence with Belgium this week against a Rotterdam shipping agent."
    assert {(e["type"], e["target"]) for e in events(nlp, text)} == {("COOPERATE", "BEL")}


@pytest.mark.parametrize("text, pair", [
    ("Japan joined the naval drills off Guam on Monday.", ("JPN", "USA")),
    ("Japan took part in the naval exercise off Guam.", ("JPN", "USA")),
    ("Brazil and Chile are participating in a war game at a Peruvian air base.", ("BRA", "PER")),
])
def test_taking_part_in_drills_is_military_cooperation(nlp, text, pair):
    found = events(nlp, text)
    assert pair in pairs(found, "COOPERATE") and not pairs(found, "MOBILIZE")


def test_drills_one_state_holds_alone_stay_a_show_of_force(nlp):
    assert pairs(events(nlp, "Russia held naval drills in the Baltic Sea."), "MOBILIZE") == {("RUS", None)}


@pytest.mark.parametrize("text, pair", [
    ("A spokesman said Laos is fully committed to opening its ports.", ("LAO", None)),
    ("Kenya is committed to peace talks with Somalia.", ("KEN", "SOM")),
])
def test_a_state_committed_to_an_act_promises_it(nlp, text, pair):
    assert pairs(events(nlp, text), "AGREE") == {pair}


@pytest.mark.parametrize("text, kind", [
    ("Dozens of Russian peacekeepers began deploying in Karabakh on Tuesday.", "AID"),
    ("Russian peacekeepers deployed to Karabakh on Tuesday.", "AID"),
    ("Hundreds of Russian troops began deploying along the border on Tuesday.", "MOBILIZE"),
])
def test_peacekeepers_deploying_of_their_own_are_sent_as_protection(nlp, text, kind):
    assert types(nlp, text) == {kind}


def test_carrying_out_an_evacuation_is_humanitarian_aid_by_the_evacuator(nlp):
    event = one(nlp, "The Italian navy carried out an evacuation of stranded tourists from Libya.", "AID")
    assert (event["source"], event["trigger"]) == ("italian-armed-forces", "evacuation")
    assert "humanitarian" in event["context"]
    assert not of_type_or_none(nlp, "Libya's evacuation worries Italy.", "AID")


def test_a_team_sent_to_watch_a_truce_is_peacekeeping_aid_not_a_show_of_force(nlp):
    event = one(nlp, "The UN deployed a team to monitor the truce in Libya.", "AID")
    assert (event["source"], event["target"]) == ("un", "LBY")
    assert one(nlp, "The African Union approved the deployment of observers to monitor the truce in Sudan.",
               "AID")["target"] == "SDN"
    assert one(nlp, "Russia deployed troops to monitor the border with Georgia.", "MOBILIZE")
    assert one(nlp, "Russia deployed drones to monitor the border.", "MOBILIZE")

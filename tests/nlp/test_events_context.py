"""Roles from the context: `the island` and pronouns for the actors named before, the article's two sides and its
headline pair, verdicts and answers aimed at the act told before, hostilities an accusation tells."""

from tests.nlp.eventing import events, of_type, one, pairs, typed


def test_a_headline_pair_and_the_two_countries(nlp):
    assert pairs(events(nlp, "Turkey, Azerbaijan step up drone collaboration"), "COOPERATE") == {("TUR", "AZE")}
    text = "Turkey and Azerbaijan met on Monday. It is the closest cooperation which the two countries have ever had."
    assert ("TUR", "AZE") in pairs(events(nlp, text), "COOPERATE")


def test_a_verdict_on_the_act_goes_to_the_actor_of_the_act_told_before(nlp):
    text = "Russia fired missiles at Ukraine on Monday. Poland strongly condemned the act."
    assert pairs(events(nlp, text), "ACCUSE") == {("POL", "RUS")}
    text = "Turkey held drills near Greece. Germany called for a quick end to the exercises."
    assert pairs(events(nlp, text), "REQUEST") == {("DEU", "TUR")}
    assert pairs(events(nlp, "Poland strongly condemned the act."), "ACCUSE") == {("POL", None)}


def test_verdicts_on_an_act_or_its_actor_by_the_speaker(nlp):
    text = "Russia attacked Ukraine. \"There is no excuse for this brutal assault,\" France said."
    assert pairs(events(nlp, text), "ACCUSE") == {("FRA", "RUS")}
    text = "Maria Lopez visited Taiwan. China argued that the visit constitutes a serious interference."
    assert ("CHN", "maria-lopez") in pairs(events(nlp, text), "ACCUSE")
    text = "Washington said Moscow had used the incident as a pretext."
    assert pairs(events(nlp, text), "ACCUSE") == {("USA", "RUS")}
    text = "Tokyo said China's reckless behavior has harmed the region."
    assert pairs(events(nlp, text), "ACCUSE") == {("JPN", "CHN")}
    assert not pairs(events(nlp, "Tokyo said China's behavior has changed."), "ACCUSE")


def test_a_drill_without_recipient_goes_on_the_states_earlier_drill(nlp):
    text = "China launched drills around Taiwan on Friday. The Chinese military fired ten missiles on Saturday."
    assert [e["target"] for e in events(nlp, text) if e["trigger"] == "fired"] == ["TWN"]
    assert [e["target"] for e in events(nlp, "The Chinese military fired ten missiles on Saturday.")] == [None]
    text = "Chinese missiles landed in Japan's waters on Friday. The Chinese military fired ten missiles on Saturday."
    assert [e["target"] for e in events(nlp, text) if e["trigger"] == "fired"] == [None]  # where things fell


def test_things_moving_without_an_owner_are_those_an_earlier_act_moved(nlp):
    text = "China launched nine missiles on Thursday. Three of them are thought to have landed inside Japan's waters."
    landed = [e for e in events(nlp, text) if e["trigger"] == "landed"]
    assert [(e["type"], e["source"], e["target"], e["status"]) for e in landed] == [
        ("MOBILIZE", "CHN", "JPN", "possible")]
    assert not [e for e in events(nlp, "Three of them are thought to have landed inside Japan's waters.")
                if e["trigger"] == "landed"]


def test_a_verdict_on_an_event_noun_goes_to_the_actor_of_that_kind_of_act(nlp):
    text = "Iran supplied missiles to Russia. The White House said the transfer of those missiles is a violation."
    assert pairs(events(nlp, text), "ACCUSE") == {("USA", "IRN")}


def test_an_act_answering_another_goes_to_the_actor_answered(nlp):
    text = "China held drills around Taiwan. Japan responded by deploying destroyers to the area."
    assert [(e["source"], e["target"]) for e in events(nlp, text) if e["trigger"] == "deploying"] == [("JPN", "CHN")]
    text = "Japan deployed destroyers to the area."
    assert [(e["source"], e["target"]) for e in events(nlp, text) if e["trigger"] == "deployed"] == [("JPN", None)]


def test_a_verdict_on_it_judges_the_act_told_before(nlp):
    text = "Russia attacked Kyiv on Monday. \"It is unacceptable,\" France said."
    assert pairs(events(nlp, text), "ACCUSE") == {("FRA", "RUS")}
    assert not pairs(events(nlp, "\"It is unacceptable,\" France said."), "ACCUSE")


def test_a_pronoun_actor_is_the_antecedent_the_article_shows_doing_the_act(nlp):
    text = ("Russia attacked Ukraine in February. "
            "Belarus has emerged as Russia's closest partner, sending fuel for its attacks on Ukraine.")
    assert [e["source"] for e in events(nlp, text) if e["trigger"] == "attacks"] == ["RUS"]
    text = "Belarus has emerged as Russia's closest partner, sending fuel for its attacks on Ukraine."
    assert [e["source"] for e in events(nlp, text) if e["trigger"] == "attacks"] == ["BLR"]
    text = "Israel struck Iran on Monday. Ukrainian officials said they had shot down Iranian drones."
    assert [e["source"] for e in events(nlp, text) if e["trigger"] == "shot"] == ["ukrainian-officials"]


def test_the_island_or_the_government_stands_for_the_latest_country_named(nlp):
    text = "Maria Lopez arrived in Taiwan on Tuesday. Her brief visit to the island angered China."
    assert pairs(events(nlp, text), "CONSULT") == {("maria-lopez", "TWN")}
    text = ("Maria Lopez arrived in Taiwan on Tuesday. "
            "China's foreign ministry said her brief visit to the island angered Beijing.")
    assert pairs(events(nlp, text), "CONSULT") == {("maria-lopez", "TWN")}
    assert not [e for e in events(nlp, "Her brief visit to the island angered China.") if e["type"] == "CONSULT"]
    text = "Maria Lopez arrived in Taiwan on Tuesday. Her brief visit to the island of Okinawa angered China."
    assert ("maria-lopez", "TWN") not in pairs(events(nlp, text), "CONSULT")
    text = "Protests spread across Iran last week. The protesters are demonstrating anger against the government."
    assert pairs(events(nlp, text), "PROTEST") == {("protesters", "IRN")}


def test_a_definite_act_noun_without_actor_is_the_act_told_before(nlp):
    text = "Washington sanctioned Syria in May. An aide was asked about the numerous sanctions now imposed on Syria."
    assert [e["source"] for e in events(nlp, text) if e["trigger"] == "sanctions"] == ["USA"]
    text = "An aide was asked about the numerous sanctions now imposed on Syria."
    assert not [e for e in events(nlp, text) if e["trigger"] == "sanctions"]


def test_things_fired_during_an_act_told_before_are_its_actors(nlp):
    text = ("China launched exercises around Taiwan on Monday. "
            "Japan reported four missiles fired during the exercises flew over Taiwan's capital.")
    assert [(e["source"], e["target"]) for e in events(nlp, text) if e["trigger"] == "flew"] == [("CHN", "TWN")]
    text = "Japan reported four missiles fired during the exercises flew over Taiwan's capital."
    assert not [e for e in events(nlp, text) if e["trigger"] == "flew"]


def test_walking_away_from_a_deal_told_before_sanctions_its_other_party(nlp):
    text = "The Cuba accord of 2016 eased travel. After Canada walked away from the accord in 2019, Spain stepped in."
    assert pairs(events(nlp, text), "SANCTION") == {("CAN", "CUB")}
    text = "After Canada walked away from the accord in 2019, Spain stepped in."
    assert pairs(events(nlp, text), "SANCTION") == {("CAN", None)}


def test_a_headlines_second_verb_shares_the_first_ones_actors(nlp):
    text = "Japan condemns China missile tests near Okinawa, urges de-escalation"
    assert pairs(events(nlp, text), "REQUEST") == {("JPN", "CHN")}
    text = "Japan condemns China missile tests near Okinawa, urges de-escalation."
    assert not [e for e in events(nlp, text) if e["type"] == "REQUEST"]


def test_an_attack_with_means_handed_over_is_by_their_recipient(nlp):
    text = "Belarus is providing training to Russian soldiers, used in attacks against Ukraine."
    assert pairs(events(nlp, text), "ASSAULT") == {("russian-armed-forces", "UKR")}
    assert not [e for e in events(nlp, "Iran made drones, used in attacks against Ukraine.") if e["type"] == "ASSAULT"]


def test_pronoun_in_a_statement_is_its_owner(nlp):
    text = "Argentina rejected Chile's assurance that it supplies rifles only to Peru."
    event = one(nlp, text, "AID")
    assert (event["source"], event["target"]) == ("CHL", "PER")


def test_an_attack_without_recipient_is_aimed_at_the_articles_opponent(nlp):
    text = ("Thailand accused Cambodia of violating the truce. "
            "Cambodia launched attacks at multiple locations early on Tuesday.")
    attack = next(e for e in events(nlp, text) if e["type"] == "ASSAULT" and e["trigger"] == "attacks")
    assert (attack["source"], attack["target"]) == ("KHM", "THA")
    alone = one(nlp, "Cambodia launched attacks at multiple locations early on Tuesday.", "ASSAULT")
    assert alone["target"] is None  # no other side told


def test_meetings_and_clashes_without_parties_are_between_the_articles_two_sides(nlp):
    text = ("Thailand accused Cambodia of shelling its villages. Cambodia accused Thailand of firing first. "
            "Meetings between local commanders took place on Tuesday. Some families displaced by the fighting began "
            "returning home.")
    found = {(e["type"], e["source"], e["target"]) for e in events(nlp, text)}
    assert {("CONSULT", "THA", "KHM"), ("ASSAULT", "THA", "KHM")} <= found
    calm = "Russia and Iran deepened their partnership. Those talks have been shelved."  # no two sides at odds
    assert not [e for e in events(nlp, calm) if e["trigger"] == "talks"]


def test_striking_back_is_an_attack_on_the_opponent(nlp):
    text = "Thailand accused Cambodia of shelling its villages. Thailand had retaliated in self defence."
    assert ("THA", "KHM") in {(e["source"], e["target"]) for e in of_type(nlp, text, "ASSAULT")
                              if e["trigger"] == "retaliated"}


def test_firing_denied_by_a_side_and_the_firing_of_missiles_told_before(nlp):
    text = "Thailand accused Cambodia of shelling Thai villages. Cambodia said there was no firing in any location."
    denied = [e for e in of_type(nlp, text, "ASSAULT") if e["status"] == "denied"]
    assert [(e["source"], e["target"]) for e in denied] == [("KHM", "THA")]  # the denier's own part
    text = "China fired missiles near Taiwan. The firing of missiles sent a warning to Japan."
    assert not [e for e in events(nlp, text) if e["trigger"] == "firing"]
    assert one(nlp, text, "THREATEN")["source"] == "CHN"


def test_a_speakers_clause_is_no_party_to_hostilities_it_names_no_side_of(nlp):
    war = "Thailand accused Cambodia of attacks on its posts. "
    found = events(nlp, war + "Hun Manet had agreed to a truce after five days of border clashes that killed dozens.")
    assert [(e["source"], e["target"]) for e in found if e["trigger"] == "clashes"] == [("THA", "KHM")]
    retold = events(nlp, war + "They agreed to end the fighting in the border region, which killed 38 people in "
                              "five days of clashes.")
    assert [e["trigger"] for e in retold if e["type"] == "ASSAULT" and e["source"] == "THA"] == ["fighting"]


def test_an_act_an_accusation_charges_for_the_first_time_is_the_accuseds(nlp):
    war = "Thai troops clashed with Cambodian troops on Sunday. "
    found = events(nlp, war + "Thailand accused Cambodian troops of multiple attacks in violation of a ceasefire.")
    assert [(e["source"], e["target"]) for e in found if e["trigger"] == "attacks"] == [("cambodian-armed-forces",
                                                                                         "THA")]
    told = events(nlp, "Afghanistan blamed the Haqqani Network for the attack, which was linked to Pakistan.")
    assert not [e for e in told if e["type"] == "ASSAULT"]  # the attack told before


def test_an_agreement_told_by_its_content_or_announced_is_between_the_two_sides(nlp):
    war = "Thailand accused Cambodia of attacks on its posts. "
    found = events(nlp, war + "Clashes continued despite an agreement to end the fighting in the border region.")
    assert [(e["source"], e["target"]) for e in found if e["trigger"] == "agreement"] == [("THA", "KHM")]
    announced = events(nlp, war + "In the ceasefire agreement announced in Malaysia, the two were to hold talks.")
    assert [(e["source"], e["target"]) for e in announced if e["trigger"] == "agreement"] == [("THA", "KHM")]
    part = events(nlp, war + "Meetings between the commanders took place as part of the ceasefire agreement.")
    assert not [e for e in part if e["trigger"] == "agreement"]  # `as part of` lends no light verb
    told = events(nlp, war + "The US is using a key mechanism of the agreement to bring more scrutiny on Iran.")
    assert not [e for e in told if e["trigger"] == "agreement"]  # the agreement told before


def test_exchanges_of_fire_are_between_the_articles_two_sides(nlp):
    war = "Thailand accused Cambodia of attacks on its posts. "
    found = events(nlp, war + "Intense exchanges of fire continued up to midnight, with Thailand launching more air "
                              "strikes on Cambodian positions.")
    assert [(e["type"], e["source"], e["target"]) for e in found if e["trigger"] == "exchanges"] == [
        ("ASSAULT", "THA", "KHM")]


def test_a_ceasefire_holding_is_kept_by_the_two_sides_and_disputing_it_doubts_it(nlp):
    war = "Thailand accused Cambodia of attacks on its posts. "
    found = events(nlp, war + "Thailand and Cambodia dispute whether the ceasefire is holding.")
    kept = [(e["source"], e["target"], e["status"]) for e in found if e["type"] == "RETREAT"]
    assert kept == [("THA", "KHM", "possible")]
    assert not [e for e in events(nlp, war + "The ceasefire took effect at midnight.") if e["type"] == "RETREAT"]


def test_the_two_sides_go_in_the_order_their_sentence_names_them(nlp):
    war = "Thailand accused Cambodia of attacks on its posts. "
    found = events(nlp, war + "Both Cambodia and Thailand agreed to end the fighting along their border, which "
                              "killed 38 people.")
    assert [(e["source"], e["target"]) for e in found if e["trigger"] == "fighting"] == [("KHM", "THA")]
    unnamed = events(nlp, war + "The fighting along their border killed 38 people.")
    assert [(e["source"], e["target"]) for e in unnamed if e["trigger"] == "fighting"] == [("THA", "KHM")]


def test_hostilities_an_accusation_tells_are_the_accuseds_part(nlp):
    war = "Thailand accused Cambodia of attacks on its posts. "
    found = events(nlp, war + "Thailand's army accused Cambodia of violating the truce, saying sporadic clashes "
                              "continued despite an agreement to end the deadly fighting in the border region.")
    pairs = {e["trigger"]: (e["source"], e["target"]) for e in found if e["type"] == "ASSAULT"}
    assert pairs["clashes"] == ("KHM", "THA")
    assert pairs["fighting"] == ("THA", "KHM")  # the war the agreement ended, no charge


def test_pronoun_standing_for_an_event_noun_carries_it(nlp):
    text = ("Thai troops clashed with Cambodian troops on Sunday. Thailand and Cambodia agreed to a ceasefire. "
            "For the most part, it does seem to be holding, an analyst said.")
    held = [e for e in of_type(nlp, text, "RETREAT") if e["trigger"] == "it"]
    assert len(held) == 1 and held[0]["mode"] == "ceasefire", held
    assert {held[0]["source"], held[0]["target"]} == {"THA", "KHM"}
    assert held[0]["status"] == "possible"


def test_pronoun_of_another_verb_is_no_event(nlp):
    text = "The committee approved the ceasefire. It was holding a meeting on trade."
    assert not [e for e in events(nlp, text) if e["trigger"] == "It"]


def test_the_two_countries_beyond_reach_are_the_headline_pair(nlp):
    text = ("Iran, Russia expanding their defense partnership\n"
            "A White House official spoke on Monday. He gave no details. Reporters asked about drones. "
            "Kirby said the US would announce more sanctions against those involved in the military trade between "
            "the two countries.")
    found = {(e["source"], e["target"]) for e in of_type(nlp, text, "SANCTION")}
    assert ("USA", "IRN") in found and ("USA", "RUS") in found, found


def test_a_joint_body_convened_consults_the_two_sides(nlp):
    opening = "Thai troops attacked Cambodian troops on Sunday. Cambodia accused Thailand of shelling. "
    convened = one(nlp, opening + "A cross-border committee is convened in Cambodia on Monday.", "CONSULT")
    assert {convened["source"], convened["target"]} == {"THA", "KHM"}
    for other in ("The parliament was convened on Monday.", "The Thai prime minister convened his cabinet."):
        assert not [e for e in events(nlp, opening + other) if e["type"] == "CONSULT"], other


def test_hostilities_told_by_their_length_are_the_two_sides_war(nlp):
    opening = "Thai troops attacked Cambodian troops on Sunday. Cambodia accused Thailand of shelling. "
    text = opening + "The ceasefire is aimed at ending five days of bombardment and rocket attacks along the border."
    war = [e for e in of_type(nlp, text, "ASSAULT") if e["trigger"] in ("bombardment", "attacks")]
    assert war and all({e["source"], e["target"]} == {"THA", "KHM"} for e in war), war
    bare = opening + "The ceasefire is aimed at ending rocket attacks."
    assert not [e for e in events(nlp, bare) if e["trigger"] == "attacks"]


def test_its_act_beside_an_owned_act_is_that_owners(nlp):
    doc = nlp("Critics cite Iran's support for Russia and its brutal crackdown on street protests.")
    assert {e["source"] for e in doc._.events if e["type"] == "COERCE"} == {"IRN"}


def test_the_two_leaders_are_the_pair_of_persons_told_before_however_far_back(nlp):
    text = ("President Alan Verner of Ruritania and Prime Minister Jonas Peltola of Finland signed a trade pact. "
            "The pact cuts tariffs. Exporters welcomed it. Markets rose. Analysts were cautious. "
            "The meeting between the two leaders was hosted by the Swedish king.")
    doc = nlp(text)
    found = [e for e in doc._.events if e["type"] == "CONSULT"]
    assert {(e["source"], e["target"]) for e in found} == {("alan-verner", "jonas-peltola")}


def test_its_in_a_clause_stands_for_the_subject_a_description_names(nlp):
    # (a purpose `to help the country patrol` tells no patrol at all: the events' supposition rules)
    doc = nlp("France has sent patrol boats to Senegal so that the country can patrol its coast.")
    found = [e for e in doc._.events if e["type"] == "MOBILIZE"]
    assert found and all(e["source"] == "SEN" and e["target"] != "FRA" for e in found)


def test_a_refusal_naming_no_one_goes_on_the_same_states_refusal_told_before(nlp):
    doc = nlp("Hungary has rejected requests from Kyiv to deliver tanks. Hungarian Foreign Minister Peter Szijjarto "
              "said there were “weapons we cannot supply”.")
    found = [e for e in doc._.events if e["type"] == "REJECT" and e["source"] == "peter-szijjarto"]
    assert [e["target"] for e in found] == ["UKR"]


def test_a_refusal_with_no_refusal_told_before_keeps_no_recipient(nlp):
    doc = nlp("Hungarian Foreign Minister Peter Szijjarto said there were “weapons we cannot supply”.")
    assert [e["target"] for e in doc._.events if e["type"] == "REJECT"] == [None]


def test_fighting_of_no_named_side_is_between_the_sides_the_material_acts_join_not_an_accusers(nlp):
    text = ("Thai troops shelled a border post held by Cambodian soldiers on Monday. Malaysia accused Cambodia of "
            "lying. Malaysia also criticized Cambodia. Fighting continued on Tuesday.")
    fights = [e for e in typed(nlp, text, "ASSAULT") if e["trigger"] == "Fighting"]
    assert fights and {frozenset((e["source"], e["target"])) for e in fights} == {frozenset(("THA", "KHM"))}


def test_fighting_in_the_background_of_an_accusation_is_not_between_accuser_and_accused(nlp):
    text = ("Kenya's government on Friday rejected accusations by Uganda that its army is guilty of abuses in "
            "Turkana, where months of fighting have cost hundreds of lives.")
    found = nlp(text)._.events
    assert any(e["type"] == "ACCUSE" and (e["source"], e["target"]) == ("UGA", "KEN") for e in found)
    assert not any(e["trigger"] == "fighting" and {e["source"], e["target"]} == {"KEN", "UGA"} for e in found)


def test_fighting_an_accuser_charges_the_accused_with_is_the_accuseds(nlp):
    text = "Thailand accused Cambodia of violating the truce, saying sporadic clashes continued."
    clashes = [e for e in typed(nlp, text, "ASSAULT") if e["trigger"] == "clashes"]
    assert {(e["source"], e["target"]) for e in clashes} == {("KHM", "THA")}

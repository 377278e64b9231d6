"""Event roles: recipients through the place of what an act is aimed at, and doers the actor pass left unnamed."""

import pytest
from spacy.language import Language

from storyline.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def events(nlp: Language, text: str, event_type: str) -> list[dict]:
    return [e for e in nlp(text)._.events if e["type"] == event_type]


@pytest.mark.parametrize("text, event_type, target", [
    ("The militia carried out two attacks against police posts in Kirkuk last week.", "ASSAULT", "IRQ"),
    ("Ankara said it would launch a military operation against militant positions in Syria.", "MOBILIZE", "SYR"),
    ("Israeli artillery struck a position in the Gaza Strip's northern districts.", "ASSAULT", "PSE"),
])
def test_an_act_aimed_at_a_thing_in_a_place_is_aimed_at_its_state(nlp, text, event_type, target):
    assert target in {e["target"] for e in events(nlp, text, event_type)}


def test_an_act_aimed_at_a_thing_with_no_place_keeps_no_recipient(nlp):
    assert {e["target"] for e in events(nlp, "The militia carried out two attacks against police posts.",
                                        "ASSAULT")} == {None}


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


def test_a_crackdown_on_protests_no_one_names_is_aimed_at_their_protesters(nlp):
    doc = nlp("Iranian security forces launched a violent crackdown on peaceful protests.")
    found = [e for e in doc._.events if e["type"] == "COERCE"]
    assert found and all(e["target"] == "protesters" for e in found)
    assert next(a for a in doc._.local_actors if a["id"] == "protesters")["kind"] == "group"


def test_a_protest_lodged_is_no_group_of_protesters(nlp):
    doc = nlp("Japan lodged a protest with China.")
    assert not any(a["id"].startswith("protesters") for a in doc._.local_actors)


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


@pytest.mark.parametrize("text, target", [
    ("The United Nations has sent twelve officers to Bosnia to investigate the shelling of a market.", "BIH"),
    ("The European Union sent a team of auditors to Hungary to investigate the use of farm subsidies.", "HUN"),
])
def test_an_errand_is_aimed_where_its_people_are_sent(nlp, text, target):
    assert target in {e["target"] for e in events(nlp, text, "ACCUSE")}


def test_an_act_of_people_not_sent_keeps_its_own_clause(nlp):
    text = "The United Nations has asked twelve officers in Bosnia to investigate the shelling of a market."
    assert "BIH" not in {e["target"] for e in events(nlp, text, "ACCUSE")}


def test_an_institution_the_tagger_misses_is_named_by_its_words(nlp):
    doc = nlp("The Kenya Anti-Corruption Commission has charged the minister.")
    actor = next(a for a in doc._.local_actors if a["kind"] == "organization")
    assert (actor["name"], actor["country"]) == ("Kenya Anti-Corruption Commission", "KEN")


def test_reneging_on_a_thing_is_aimed_at_whom_it_binds_one_to(nlp):
    text = "Hungary reneged on a gas supply accord with Ukraine."
    assert "UKR" in {e["target"] for e in events(nlp, text, "REJECT")}


def test_unnamed_rebels_an_act_is_aimed_at_are_its_recipient(nlp):
    text = "Libyan authorities suspended military aid to rebel groups after the election."
    assert {e["target"] for e in events(nlp, text, "SANCTION")} == {"rebel-groups"}


def test_people_a_states_name_qualifies_act_as_its_group(nlp):
    doc = nlp("Sudan's warring factions have agreed to a truce.")
    found = events(nlp, "Sudan's warring factions have agreed to a truce.", "AGREE")
    group = next(a for a in doc._.local_actors if a["kind"] == "group")
    assert group["country"] == "SDN" and {e["source"] for e in found} == {group["id"]}


def test_civilians_who_riot_are_a_group_of_no_country(nlp):
    found = events(nlp, "Prisoners rioted at the central jail on Monday.", "PROTEST")
    assert {e["source"] for e in found} == {"prisoners"}


def test_a_list_of_states_read_as_an_apposition_acts_together(nlp):
    text = "The United States, Japan, Canada and other donors have sent tents and blankets to Nepal."
    assert {e["source"] for e in events(nlp, text, "AID")} == {"USA", "JPN", "CAN"}


def test_a_coordinated_subject_the_clause_fallback_finds_acts_together(nlp):
    text = "EU and UN hand over urgently needed essential food supplies to the Haitian Government."  # `hand`: a noun
    assert {e["source"] for e in events(nlp, text, "AID")} == {"european-union", "un"}


def test_a_person_acting_for_an_international_body_is_coded_as_the_body(nlp):
    doc = nlp("Rebel leaders said they would meet U.N. mediator Diego Cordovez next week.")
    person = next(a for a in doc._.local_actors if a["id"] == "diego-cordovez")
    assert (person["country"], person["sector"]) == (None, "IGO")


def test_a_person_of_a_state_keeps_the_country_the_person_table_gives(nlp):
    doc = nlp("Rebel leaders said they would meet Diego Cordovez next week.")
    assert next(a for a in doc._.local_actors if a["id"] == "diego-cordovez")["country"] == "ECU"


def test_force_used_to_an_end_is_aimed_at_its_object_and_police_fire_on_their_own(nlp):
    doc = nlp("Kenyan police opened fire to disperse opposition demonstrators in the capital on Friday.")
    found = [e for e in doc._.events if e["type"] == "ASSAULT" and e["target"]]
    assert found
    target = next(a for a in doc._.local_actors if a["id"] == found[0]["target"])
    assert target["kind"] == "group" and target["country"] == "KEN"


def test_troops_attacking_unnamed_fighters_do_not_make_them_their_own(nlp):
    doc = nlp("Kenyan troops opened fire to disperse militants in the forest on Friday.")
    assert any(e["type"] == "ASSAULT" and e["target"] == "militants" for e in doc._.events)
    assert next(a for a in doc._.local_actors if a["id"] == "militants")["country"] is None


def test_believers_acting_as_a_body_are_a_group(nlp):
    found = events(nlp, "Islamic fundamentalists staged a hunger strike against President Ben Ali.", "PROTEST")
    assert {e["source"] for e in found} == {"islamic-fundamentalists"}


def test_a_group_based_in_a_state_is_its(nlp):
    doc = nlp("Rebels based in Sudan attacked a town in Chad.")
    assert next(a for a in doc._.local_actors if a["id"] == "rebels")["country"] == "SDN"


def test_forces_whose_deployment_is_told_move_for_their_state(nlp):
    found = events(nlp, "The deployment of Russian troops to Syria began on Monday.", "MOBILIZE")
    assert [(e["source"], e["target"]) for e in found] == [("russian-armed-forces", "SYR")]


def test_a_town_whose_name_the_tokenizer_cuts_at_its_hyphens_is_found(nlp):
    found = events(nlp, "The fighters laid down their arms in Mazar-i-Sharif on Sunday.", "RETREAT")
    assert {e["target"] for e in found} == {"AFG"}


def test_force_is_aimed_at_its_place_before_its_purpose(nlp):
    text = "Iraqi police imposed a curfew in Kirkuk to stop fresh demonstrations."
    assert {e["target"] for e in events(nlp, text, "COERCE")} == {"IRQ"}


def test_a_listed_person_the_tagger_misses_is_found_doing_an_act(nlp):
    doc = nlp("Theresa May has met Chancellor Helmut Kohl in Bonn.")
    assert any(e["type"] == "CONSULT" and e["source"] == "theresa-may" for e in doc._.events)
    assert next(a for a in doc._.local_actors if a["id"] == "theresa-may")["country"] == "GBR"


@pytest.mark.parametrize("text, event_type, pair", [
    ("The Chilean government, thus, rejects and condemns the Bolivian decision.", "ACCUSE", ("CHL", "BOL")),
    ("Peru finally let free the jailed Bolivian activist.", "RETREAT", ("PER", "BOL")),
])
def test_a_doer_the_parser_hides_is_found(nlp, text, event_type, pair):
    assert pair in {(e["source"], e["target"]) for e in events(nlp, text, event_type)}


def test_a_title_with_a_phrase_of_its_own_is_the_person_named_after_the_comma(nlp):
    doc = nlp("The former Chief Minister of Goa, Digambar Kamat, condemned the Pakistani decision.")
    assert {e["source"] for e in doc._.events if e["type"] == "ACCUSE"} == {"digambar-kamat"}


def test_people_restrictions_are_eased_on_are_the_recipient(nlp):
    found = events(nlp, "Qatar eased key restrictions on thousands of migrant workers.", "CONCEDE")
    assert {e["target"] for e in found} == {"migrant-workers"}


def test_a_leaders_surname_the_tagger_takes_for_a_place_is_the_person_as_an_object(nlp):
    doc = nlp("NATO Secretary General Jens Stoltenberg called Erdogan on Monday.")
    assert any(e["type"] == "CONSULT" and e["target"] == "erdogan" for e in doc._.events)


@pytest.mark.parametrize("text, event_type, target, words", [
    ("Chancellor Olaf Scholz cancelled a planned trip to Paris after French unions criticised his budget.",
     "REJECT", "FRA", "Paris"),
    ("The militia threatened to shell Haifa, Israel's northern port, if Israel bombs its bases.",
     "THREATEN", "ISR", "Haifa"),
])
def test_a_role_points_at_the_words_it_was_read_from(nlp, text, event_type, target, words):
    doc = nlp(text)
    found = [e for e in doc._.events if e["type"] == event_type and e["target"] == target]
    assert found and doc.text[found[0]["target_start"]:found[0]["target_end"]] == words


@pytest.mark.parametrize("text, holders", [
    ("Syrian jets bombed a rebel-held town near Aleppo on Friday.", "rebel"),
    ("Turkish artillery shelled an insurgent-controlled town near the border.", "insurgent"),
])
def test_an_attack_on_a_place_some_group_holds_is_aimed_at_that_group(nlp, text, holders):
    doc = nlp(text)
    found = [e for e in doc._.events if e["type"] == "ASSAULT" and e["target"]]
    assert found and doc.text[found[0]["target_start"]:found[0]["target_end"]] == holders
    assert next(a for a in doc._.local_actors if a["id"] == found[0]["target"])["kind"] == "group"


def test_a_place_held_by_no_one_named_keeps_no_holder(nlp):
    doc = nlp("Israeli troops raided a village in the Israeli-occupied West Bank.")
    assert not any(a["kind"] == "group" and a.get("sector") for a in doc._.local_actors if a["id"] != "idf")


def test_its_in_a_clause_stands_for_the_subject_a_description_names(nlp):
    # (a purpose `to help the country patrol` tells no patrol at all: the events' supposition rules)
    doc = nlp("France has sent patrol boats to Senegal so that the country can patrol its coast.")
    found = [e for e in doc._.events if e["type"] == "MOBILIZE"]
    assert found and all(e["source"] == "SEN" and e["target"] != "FRA" for e in found)


def test_a_body_named_in_words_of_its_own_receiving_an_act_is_its_recipient(nlp):
    doc = nlp("Dutch prosecutors have shared evidence with the Belgian Financial Intelligence Unit.")
    found = [e for e in doc._.events if e["type"] == "COOPERATE"]
    assert [e["target"] for e in found] == ["belgian-financial-intelligence-unit"]
    assert doc.text[found[0]["target_start"]:found[0]["target_end"]] == "Belgian Financial Intelligence Unit"



def test_a_refusal_naming_no_one_goes_on_the_same_states_refusal_told_before(nlp):
    doc = nlp("Hungary has rejected requests from Kyiv to deliver tanks. Hungarian Foreign Minister Peter Szijjarto "
              "said there were “weapons we cannot supply”.")
    found = [e for e in doc._.events if e["type"] == "REJECT" and e["source"] == "peter-szijjarto"]
    assert [e["target"] for e in found] == ["UKR"]


def test_a_refusal_with_no_refusal_told_before_keeps_no_recipient(nlp):
    doc = nlp("Hungarian Foreign Minister Peter Szijjarto said there were “weapons we cannot supply”.")
    assert [e["target"] for e in doc._.events if e["type"] == "REJECT"] == [None]


def test_a_body_a_state_leads_acts_for_that_state(nlp):
    doc = nlp("The Saudi-led coalition has declared a two-week ceasefire in Yemen.")
    assert {(e["source"], e["target"]) for e in doc._.events if e["type"] == "RETREAT"} == {("SAU", "YEM")}


def test_a_preposition_left_without_object_shares_the_one_after_the_conjunction(nlp):
    doc = nlp("Chile has restored diplomatic ties with and reopened its embassy in Caracas.")
    assert {(e["source"], e["target"]) for e in doc._.events if e["type"] == "SUPPORT"} == {("CHL", "VEN")}


@pytest.mark.parametrize("text, event_type, dyad", [
    ("Iran sent Iranian soldiers to Russia.", "AID", ("IRN", "RUS")),
    ("Iran sent IRGC members to Russia.", "AID", ("IRN", "RUS")),
    ("The US deployed American troops to Poland.", "MOBILIZE", ("USA", "POL")),
])
def test_a_state_s_own_forces_sent_are_what_moves_not_the_recipient(nlp, text, event_type, dyad):
    assert {(e["source"], e["target"]) for e in events(nlp, text, event_type)} == {dyad}


def test_things_on_their_way_to_an_actor_are_handed_over_from_the_from_phrase(nlp):
    doc = nlp("Reports say that more weapons could be on their way from Tehran to Moscow.")
    found = [e for e in doc._.events if e["type"] == "AID"]
    assert [(e["source"], e["target"], e["status"]) for e in found] == [("IRN", "RUS", "possible")]
    assert doc.text[found[0]["trigger_start"]:found[0]["trigger_end"]] == "way"


def test_things_on_their_way_take_their_owner_as_giver(nlp):
    assert {(e["source"], e["target"]) for e in events(
        nlp, "Iranian drones on their way to Russia were seen over the Caspian Sea.", "AID")} == {("IRN", "RUS")}


def test_a_person_on_his_way_somewhere_hands_nothing_over(nlp):
    assert not events(nlp, "The Iranian minister is on his way to Moscow.", "AID")


def test_the_means_of_an_attack_is_no_target_nor_act_of_its_own(nlp):
    found = events(nlp, "Russia attacked Ukraine using Iranian drones.", "ASSAULT")
    assert [(e["source"], e["target"]) for e in found] == [("RUS", "UKR")]


def test_things_used_as_a_means_are_aimed_at_their_user_when_shot_down(nlp):
    text = ("Russia wants to wage its war on Ukraine using cheap weapons, such as Iranian drones. "
            "Ukrainian officials said they have shot down 300 Iranian drones.")
    found = events(nlp, text, "ASSAULT")
    assert [e["target"] for e in found] == ["RUS"]


def test_a_protest_is_aimed_at_whom_its_demand_names_before_the_clause_s_next_actor(nlp):
    text = ("Students rioted in the capital of East Timor on Monday joining thousands of demonstrators in demanding "
            "independence from Indonesian rule.")
    assert {e["target"] for e in events(nlp, text, "PROTEST")} == {"IDN"}


@pytest.mark.parametrize("text", [
    "Chinese warships were on their way to the Taiwan Strait.",
    "Russia's troops were on their way from Belarus to Ukraine.",
])
def test_forces_or_things_on_their_way_to_a_place_or_as_actors_hand_nothing_over(nlp, text):
    assert not events(nlp, text, "AID")


@pytest.mark.parametrize("text", [
    "Russia pulled Russian soldiers out of Syria.",
    "Russia withdrew Russian soldiers from Syria.",
])
def test_a_state_s_own_forces_withdrawn_leave_the_place_as_recipient(nlp, text):
    assert {(e["source"], e["target"]) for e in events(nlp, text, "RETREAT")} == {("RUS", "SYR")}


def test_a_relative_pronoun_after_an_attribution_stands_for_the_noun_before_it(nlp):
    text = "Iran sent the drones, officials said, which Russia has used in Ukraine."
    assert {(e["source"], e["target"], e["object"]) for e in events(nlp, text, "ASSAULT")} == {
        ("RUS", "UKR", "drones")}

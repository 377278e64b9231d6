"""Roles read on unseen news (issue 13, pass 12): measures put on someone, forces led by a state, the sides a
plural's `of` phrase coordinates."""

import pytest
from spacy.language import Language

from storyline.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def pairs(nlp: Language, text: str, kind: str) -> set[tuple]:
    return {(e["source"], e["target"]) for e in nlp(text)._.events if e["type"] == kind}


@pytest.mark.parametrize("text, kind, target", [
    ("President Trump eased U.S. sanctions against Cuba.", "RETREAT", "CUB"),
    ("Washington lifted U.S. sanctions on Cuba.", "RETREAT", "CUB"),
    ("Germany lifted German restrictions on Iran.", "CONCEDE", "IRN"),
])
def test_a_measure_acted_on_aims_at_whom_it_is_put_on_not_at_its_owner(nlp, text, kind, target):
    found = pairs(nlp, text, kind)
    assert found and {t for _, t in found} == {target}


def test_a_stance_on_a_measure_aims_at_its_owner(nlp):
    # criticizing U.S. sanctions criticizes the United States, who imposed them
    assert {t for _, t in pairs(nlp, "Russia criticized U.S. sanctions on Cuba.", "ACCUSE")} == {"USA"}


@pytest.mark.parametrize("text, source", [
    ("Saudi-led forces attacked the town.", "SAU"),
    ("US-led forces launched airstrikes on Islamic State targets in Syria.", "USA"),
    ("The U.S.-led coalition launched airstrikes on rebel positions.", "USA"),
])
def test_forces_led_by_a_state_act_for_it(nlp, text, source):
    assert {s for s, _ in pairs(nlp, text, "ASSAULT")} == {source}


def test_forces_a_state_backs_are_not_its_own(nlp):
    assert all(s != "USA" for s, _ in pairs(nlp, "US-backed forces attacked the town.", "ASSAULT"))


def test_the_militaries_of_two_states_are_each_states_forces(nlp):
    text = "Thai troops and Cambodian forces clashed. Negotiations are ongoing between the militaries of Thailand " \
           "and Cambodia."
    found = pairs(nlp, text, "CONSULT")
    assert found == {("thai-armed-forces", "cambodian-armed-forces")}


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


@pytest.mark.parametrize("text, source", [
    ("Two Iranian men accused by Britain of attacking a plane were freed.", "iranian-men"),
    ("Iranian agents were accused by Israel of attacking the ship.", "iranian-agents"),
])
def test_the_act_a_passive_charge_tells_is_the_charged_ones_not_the_accusers(nlp, text, source):
    assert {s for s, _ in pairs(nlp, text, "ASSAULT")} == {source}


def test_the_accuser_of_a_passive_charge_is_never_the_doer_of_the_act_charged(nlp):
    text = "Libya offered to hand over two nationals suspected by the West of bombing a Pan Am plane."
    assert all(s != "west" for s, _ in pairs(nlp, text, "ASSAULT"))


def test_people_in_several_states_are_each_states_recipients(nlp):
    text = "The European Commission announced humanitarian assistance to help people in Somalia, Ethiopia and Kenya."
    targets = {t for _, t in pairs(nlp, text, "AID")}
    assert {"ETH", "KEN"} <= targets and any(t not in ("ETH", "KEN") for t in targets)


def test_armed_groups_in_several_states_are_no_states_own(nlp):
    assert all(s not in ("MLI", "NER") for s, _ in pairs(nlp, "Rebels in Mali and Niger attacked the army.", "ASSAULT"))


def test_a_law_that_targets_people_is_no_attack(nlp):
    text = "Nearly 70 countries agreed to share information as part of a U.S. law that targets Americans hiding assets."
    assert not [e for e in nlp(text)._.events if e["type"] == "ASSAULT"]


def test_an_actor_that_targets_a_place_attacks_it(nlp):
    assert pairs(nlp, "Russia targeted Kyiv with drones.", "ASSAULT") == {("RUS", "UKR")}


@pytest.mark.parametrize("text, pair", [
    ("Germany and France held military exercises in Poland.", ("DEU", "FRA")),
    ("The Russian and US navies began a joint military exercise in the Sea of Japan.", ("RUS", "USA")),
])
def test_the_place_of_a_joint_exercise_is_its_venue_not_its_partner(nlp, text, pair):
    assert pairs(nlp, text, "COOPERATE") == {pair}


def test_drills_of_one_state_around_a_place_still_aim_at_it(nlp):
    assert pairs(nlp, "China held drills around Taiwan.", "MOBILIZE") == {("CHN", "TWN")}


@pytest.mark.parametrize("text, kind", [
    ("Australian aid also supported two million more Pakistani girls going to school.", "AID"),
    ("Australia supported Pakistan's bid.", "SUPPORT"),
])
def test_support_a_material_thing_gives_is_aid(nlp, text, kind):
    assert {e["type"] for e in nlp(text)._.events if e["trigger"] == "supported"} == {kind}


@pytest.mark.parametrize("text, kind, source", [
    ("The strike by coal workers was called off.", "CONCEDE", "coal-workers"),
    ("Russia's blockade was lifted.", "RETREAT", "RUS"),
])
def test_an_act_ended_in_the_passive_is_ended_by_its_own_doer(nlp, text, kind, source):
    assert {s for s, _ in pairs(nlp, text, kind)} == {source}


def test_a_passive_end_with_no_doer_named_codes_no_one(nlp):
    assert not [e for e in nlp("The sanctions were lifted.")._.events if e["source"]]


def test_its_own_after_a_coordinated_object_is_that_kind_of_thing(nlp):
    events = nlp("Thailand expelled the Cambodian ambassador and recalled its own from Phnom Penh.")._.events
    assert {(e["type"], e["mode"], e["source"], e["target"]) for e in events} == {
        ("SANCTION", "expel", "THA", "KHM"), ("SANCTION", "withdraw", "THA", "KHM")}


@pytest.mark.parametrize("text, pair", [
    ("The US put pressure on Iran to release the sailors.", ("USA", "IRN")),
    ("China exerted pressure on Taiwan.", ("CHN", "TWN")),
    ("The EU stepped up pressure on Russia.", ("european-union", "RUS")),
])
def test_pressure_put_on_an_actor_demands_of_it(nlp, text, pair):
    assert pairs(nlp, text, "REQUEST") == {pair}


def test_pressure_of_no_one_on_no_one_is_no_demand(nlp):
    assert not nlp("Low air pressure caused floods.")._.events


@pytest.mark.parametrize("text, pair", [
    ("Following talks with Recep Tayyip Erdogan, Vladimir Putin announced a ceasefire.",
     ("recep-tayyip-erdogan", "vladimir-putin")),
    ("During a meeting with Joe Biden, Volodymyr Zelensky asked for tanks.", ("joe-biden", "volodymyr-zelensky")),
])
def test_a_meeting_with_someone_the_clause_is_placed_after_is_between_them(nlp, text, pair):
    assert pairs(nlp, text, "CONSULT") == {pair}


def test_the_venue_of_a_meeting_a_clause_is_placed_after_is_no_party(nlp):
    text = "After the meeting in Tokyo, Fumio Kishida said Japan would protect its citizens."
    assert all(t != "JPN" for _, t in pairs(nlp, text, "CONSULT"))


def test_forces_led_by_a_state_in_a_participle_act_for_it(nlp):
    assert {s for s, _ in pairs(nlp, "Forces led by the United States attacked the town.", "ASSAULT")} == {"USA"}


def test_people_supporting_something_give_no_aid(nlp):
    events = nlp("Hopefully the UKIP members will support his action.")._.events
    assert "AID" not in {e["type"] for e in events}


def test_talks_one_takes_part_in_are_the_light_verbs_subjects(nlp):
    text = "Jack Straw is due to take part in talks with the Indian government on Friday."
    assert all(s != "IND" for s, _ in pairs(nlp, text, "CONSULT"))


def test_a_measure_promised_is_no_act_on_whom_it_is_put_on(nlp):
    text = "The Tories have promised an upper limit on the number of people allowed into Britain."
    assert all(t is None or t == "GBR" for _, t in pairs(nlp, text, "AGREE"))


@pytest.mark.parametrize("text", [
    "Thousands of Nigerians have sought refuge in Niger's Maradi region.",
    "Thousands of Nigerians have sought refuge in the Maradi region of Niger.",
])
def test_refuge_sought_in_a_region_of_a_state_is_sought_from_that_state(nlp, text):
    assert {t for _, t in pairs(nlp, text, "REQUEST")} == {"NER"}


@pytest.mark.parametrize("text", [
    "Peru protested the raid, which Chilean officials said took place near the border.",
    "Peru lodged a protest over the raid, which Chilean officials said took place near the border.",
])
def test_who_tells_of_the_object_in_a_relative_clause_is_no_recipient(nlp, text):
    assert pairs(nlp, text, "ACCUSE") == {("PER", None)}


"""Recipients no name gives, and where a recipient read from a place points. People an act is done to or aimed at
whom the agent table knows but no name gives (`freed 150 child soldiers`, `surrendered to the authorities`) are the
recipient, kept for last, where nothing else names one. Victims of no country replaced by the state of the place they
were harmed in point at that place, not at another mention of the state. Words told as a participle on a message sent go
where the message goes. An object pronoun stands for no one its own verb's subject names."""

from tests.nlp.eventing import events, pairs


def target_words(text: str, event: dict) -> str | None:
    start, end = event["target_start"], event["target_end"]
    return text[start:end] if start is not None else None


def test_people_an_act_is_done_to_with_no_name_are_its_recipient(nlp):
    assert pairs(events(nlp, "The militia has freed 150 child soldiers."), "RETREAT") == {("militia", "child-soldiers")}
    text = "A rebel commander surrendered to the authorities in the night."
    assert pairs(events(nlp, text), "RETREAT") == {("rebel-commander", "authorities")}
    text = "Canadian officials have deported a convicted arms smuggler."
    [event] = [e for e in events(nlp, text) if e["type"] == "COERCE"]
    assert event["target"] == "convicted-arms-smuggler" and target_words(text, event) == "smuggler"


def test_a_named_recipient_comes_before_the_unnamed_people(nlp):
    assert pairs(events(nlp, "The militia has freed 150 child soldiers from Chad."), "RETREAT") == {
        ("militia", "TCD")}


def test_victims_replaced_by_their_places_state_point_at_the_place(nlp):
    text = "An ambush of a patrol of the army of Iraq has killed at least nine farmers in Basra, officials say."
    [event] = [e for e in events(nlp, text) if e["type"] == "ASSAULT"]
    assert event["target"] == "IRQ" and target_words(text, event) == "Basra"


def test_the_party_to_a_relation_ended_is_read_in_the_objects_phrase(nlp):
    text = "The cabinet suspended its dialogue with the striking truckers last week."
    assert pairs(events(nlp, text), "SANCTION") == {("cabinet", "striking-truckers")}
    text = "The junta broke off talks with the rebels after the raid."
    assert ("SANCTION", "rebels") in {(e["type"], e["target"]) for e in events(nlp, text)}


def test_people_no_name_gives_beside_a_named_recipient_are_recipients_too(nlp):
    text = "The insurgents ambushed soldiers and police officers near the border."
    assert pairs(events(nlp, text), "ASSAULT") == {("insurgents", "soldiers"), ("insurgents", "police-officers")}


def test_a_measure_against_people_no_name_gives_names_both_sides(nlp):
    text = "Germany imposed sanctions against the smugglers."
    assert pairs(events(nlp, text), "SANCTION") == {("DEU", "smugglers")}
    text = "Belgium imposed new sanctions against the militants in the region."
    assert pairs(events(nlp, text), "SANCTION") == {("BEL", "militants")}
    # a state's own body after the state is named is no unnamed group
    assert pairs(events(nlp, "Chileans demonstrated against the government."), "PROTEST") == {("CHL", None)}


def test_people_named_by_a_noun_with_its_modifiers_or_by_their_bond(nlp):
    text = "The cabinet broke off talks with an armed group on Friday."
    assert pairs(events(nlp, text), "SANCTION") == {("cabinet", "armed-group")}
    text = "Canberra has cut its military aid to Pacific allies."
    assert pairs(events(nlp, text), "SANCTION") == {("AUS", "pacific-allies")}
    # things an attack aims at are no people, whatever their modifier
    assert {e["target"] for e in events(nlp, "The militia carried out two attacks against police posts.")} == {None}


def test_a_refusal_to_lift_a_measure_is_aimed_at_the_people_it_is_put_on(nlp):
    text = "The rebels refused to lift their ban on aid agencies."
    assert pairs(events(nlp, text), "REJECT") == {("rebels", "aid-agencies")}


def test_words_told_on_a_message_sent_go_where_the_message_goes(nlp):
    text = "France sent a letter to Iran threatening to impose new tariffs."
    assert pairs(events(nlp, text), "THREATEN") == {("FRA", "IRN")}
    text = "Brazil wrote to the chief of the World Bank on Tuesday, threatening to cut its funding."
    assert pairs(events(nlp, text), "THREATEN") == {("BRA", "world-bank")}
    text = "Spain wrote to the European Commission demanding an inquiry."
    assert pairs(events(nlp, text), "REQUEST") == {("ESP", "european-commission")}


def test_an_inquiry_into_people_is_aimed_at_them(nlp):
    text = "State prosecutors opened a probe into three dozen hospital workers."
    assert pairs(events(nlp, text), "ACCUSE") == {("state-prosecutors", "hospital-workers")}


def test_people_coordinated_with_a_named_recipient_anywhere_in_the_act(nlp):
    text = "Sweden ended its mediation between Mali and the insurgents."
    assert pairs(events(nlp, text), "SANCTION") == {("SWE", "MLI"), ("SWE", "insurgents")}


def test_unnamed_people_between_whom_a_relation_was_ended_are_of_their_places_state(nlp):
    doc = nlp("Qatar broke off its mediation between two militias in Basra.")
    [event] = [e for e in doc._.events if e["type"] == "SANCTION"]
    assert (event["source"], event["target"]) == ("QAT", "militias-in-basra")
    assert {a["id"]: a.get("country") for a in doc._.local_actors}["militias-in-basra"] == "IRQ"


def test_the_other_side_of_a_clash_no_name_gives(nlp):
    text = "Villagers clashed with soldiers near the dam."
    assert pairs(events(nlp, text), "ASSAULT") == {("villagers", "soldiers")}


def test_an_object_pronoun_is_no_one_its_own_verbs_subject_names(nlp):
    text = "Maria Lopez was freed on Sunday after President Juan Perez pardoned her."
    assert pairs(events(nlp, text), "CONCEDE") == {("juan-perez", "maria-lopez")}
    assert pairs(events(nlp, "Obama met Putin and praised him."), "SUPPORT") == {("obama", "putin")}

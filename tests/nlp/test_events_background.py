"""What is no act of its own, and what still is: background and causes, what a request, demand, warning, embargo or
sanction names, acts told before that an as-clause or `such actions` points back to, wishes and condolences."""

import pytest

from tests.nlp.eventing import events, of_type, one, pairs, triples


def test_what_a_warning_is_about_is_no_act_of_its_own(nlp):
    text = "Moscow sent a warning to Finland about shipping weapons to Ukraine during the war."
    assert {e["type"] for e in events(nlp, text)} == {"THREATEN"}
    assert pairs(events(nlp, "Finland is shipping weapons to Ukraine."), "AID") == {("FIN", "UKR")}


def test_a_purpose_complement_after_a_thing_object_is_no_act_of_its_own(nlp):
    text = "Norway scrambled fighters to warn off Russian bombers."
    assert {e["type"] for e in events(nlp, text)} == {"MOBILIZE"}
    assert pairs(events(nlp, "The U.S. urged Iran to stop selling drones."), "REQUEST") == {("USA", "IRN")}


def test_saying_another_actor_must_act_is_a_request_that_absorbs_the_act(nlp):
    found = events(nlp, "Norway said on Friday that Iceland must return the fishing boat it impounded.")
    request = [e for e in found if e["type"] == "REQUEST"]
    assert [(e["source"], e["target"]) for e in request] == [("NOR", "ISL")]
    assert not [e for e in found if e["trigger"] == "return"]  # the content of the demand
    assert not [e for e in events(nlp, "Iran said it must defend itself.") if e["type"] == "REQUEST"]


def test_a_demand_and_its_content(nlp):
    text = "Egypt repeated its demand today that Israel lift restrictions on Gaza."
    request = one(nlp, text, "REQUEST")
    assert (request["source"], request["target"]) == ("EGY", "ISR")
    assert not [e for e in events(nlp, text) if e["type"] == "CONCEDE"]  # what is asked has not happened
    assert not [e for e in events(nlp, "Hamas demanded a truce with Israel.") if e["type"] == "RETREAT"]
    text = "Turkey demanded that Germany cancel its plan to sell tanks to Greece."
    assert not [e for e in events(nlp, text) if e["type"] == "AID"]


def test_wishes_condolences_and_names_are_no_acts(nlp):
    text = "Greece voiced hope that Turkey will help Cyprus rebuild."
    assert not [e for e in events(nlp, text) if e["type"] == "AID"]
    text = "Chile sent a condolence message to Peru following the attack in Lima."
    assert not [e for e in events(nlp, text) if e["type"] == "ASSAULT" and e["source"] == "PER"]
    promises = of_type(nlp, "Norway has promised to keep up its military aid to drought-stricken Mali.", "AGREE")
    assert {p["source"] for p in promises} == {"NOR"}
    assert not [e for e in events(nlp, "Norway has promised to keep up its military aid to drought-stricken Mali.")
                if e["type"] == "THREATEN"]


def test_events_going_on_shields_and_attacks_on_targets(nlp):
    riot = one(nlp, "Serbian riots against Kosovo's policies continued on Monday.", "PROTEST")
    assert (riot["source"], riot["target"]) == ("SRB", "XKX")
    shields = one(nlp, "The Syrian army is holding villagers as human shields.", "COERCE")
    assert shields["source"] == "syrian-armed-forces"
    assert one(nlp, "Ethiopian rebels have sworn to fight until they win.", "THREATEN")
    assert one(nlp, "Russian tanks fired shells at targets in Kharkiv.", "ASSAULT")["source"] == "RUS"
    assert not [e for e in events(nlp, "Chinese ships fired missiles into the sea.") if e["type"] == "ASSAULT"]


def test_what_one_asks_another_to_do_is_no_act_of_its_own(nlp):
    text = "Egypt urged the donor states of Europe to speed up their funding to Gaza."
    assert not [e for e in events(nlp, text) if e["type"] == "AID"]
    text = "Greece urged Turkey to withdraw its troops from Cyprus."
    assert [e["type"] for e in events(nlp, text)] == ["REQUEST"]


def test_an_as_clause_refers_to_an_act_told_not_a_new_one(nlp):
    found = events(nlp, "Serbia withdrew its troops as promised.")
    assert [e["type"] for e in found] == ["RETREAT"]  # no promise of its own
    told = events(nlp, "Serbia withdrew its troops as it had promised Kosovo.")
    assert {e["type"] for e in told} == {"RETREAT", "AGREE"}  # a clause of its own names who promised whom


def test_hostilities_ended_are_told_where_the_text_describes_them(nlp):
    war = "Thailand accused Cambodia of attacks on its posts. "
    ended = events(nlp, war + "The two countries agreed to end border clashes that have killed at least 33 people.")
    assert [(e["source"], e["target"]) for e in ended if e["trigger"] == "clashes"] == [("THA", "KHM")]
    bare = events(nlp, war + "The two countries agreed to end the clashes.")
    assert not [e for e in bare if e["trigger"] == "clashes"]  # only what is stopped
    halt = events(nlp, war + "The leaders agreed to a halt in fighting on Monday.")
    assert not [e for e in halt if e["trigger"] == "fighting"]
    strike = events(nlp, "The week-long strike by port workers throughout Chile was called off.")
    assert not [e for e in strike if e["type"] == "ASSAULT"]  # a stoppage of work


def test_such_actions_point_back_to_the_act_told(nlp):
    text = ("Cambodian troops attacked Thai positions on Tuesday. "
            "'Such actions represent a deliberate violation of the ceasefire,' Thai officials said.")
    verdict = one(nlp, text, "ACCUSE")
    assert verdict["target"] == "cambodian-armed-forces"
    assert one(nlp, text, "ASSAULT")["source"] == "cambodian-armed-forces"  # positions fought over, no stance


def test_the_start_of_a_war_is_an_act(nlp):
    text = "Sanctions have grown since the start of the Russian war on Ukraine."
    war = one(nlp, text, "ASSAULT")
    assert (war["trigger"], war["source"], war["target"]) == ("war", "RUS", "UKR")
    assert not [e for e in events(nlp, "Russia's war in Ukraine dragged on.") if e["type"] == "ASSAULT"]


def test_what_a_request_asks_for_is_no_act_of_its_own(nlp):
    assert not events(nlp, "The Red Cross launched an appeal for $5 million in emergency aid for Kenya.")
    text = "Jordan rejected an Arab League appeal for stationing soldiers along its frontier with Syria."
    assert [e["type"] for e in events(nlp, text)] == ["REJECT"]
    found = events(nlp, "Greece has asked NATO to withdraw its ships and to help patrol its airspace.")
    assert [(e["type"], e["source"], e["target"]) for e in found] == [("REQUEST", "GRC", "nato")]  # no patrol


@pytest.mark.parametrize("text", [
    "The European Union imposed sanctions related to Iran's drone sales to Russia.",
    "The EU sanctioned Iran over its supply of drones to Russia.",
    "The United States imposed sanctions on Russia for its invasion of Ukraine.",
])
def test_what_a_sanction_punishes_is_no_act_of_its_own(nlp, text):
    found = events(nlp, text)
    assert {e["type"] for e in found} == {"SANCTION"}


def test_an_act_beside_a_sanction_is_still_told(nlp):
    found = events(nlp, "The EU sanctioned Iran, which supplied drones to Russia.")
    assert {"SANCTION", "AID"} <= {e["type"] for e in found}


@pytest.mark.parametrize("text, gone", [
    ("The talks are no longer a focus, thanks to Iran's support for Russia.", "support"),
    ("The talks collapsed because of the Russian invasion of Ukraine.", "invasion"),
])
def test_an_act_named_as_a_cause_is_background(nlp, text, gone):
    assert not any(e["trigger"] == gone for e in events(nlp, text))


def test_an_act_that_causes_is_still_told(nlp):
    assert of_type(nlp, "Russia invaded Ukraine, so the talks collapsed.", "ASSAULT")


@pytest.mark.parametrize("text", [
    "Turkey arrested 12 journalists for supporting the PKK.",
    "The EU sanctioned three Iranian firms for supplying drones to Russia.",
])
def test_what_an_arrest_or_sanction_punishes_in_its_for_clause_is_charged_not_told(nlp, text):
    # the arrest's charge is an accusation of the arrested (ACCUSE), never the deed told as done (SUPPORT, AID)
    assert {kind for kind, _, _ in triples(nlp, text)} <= {"COERCE", "SANCTION", "ACCUSE"}


def test_a_for_clause_of_thanks_is_still_told(nlp):
    assert ("SUPPORT", "CHN", "RUS") in triples(nlp, "Russia thanked China for supporting its position.")


def test_what_an_embargo_or_restriction_bans_is_not_told(nlp):
    found = triples(nlp, "The US imposed an embargo on arms sales to Iran.")
    assert ("SANCTION", "USA", "IRN") in found and not {k for k, _, _ in found} & {"AID", "COOPERATE"}


def test_pressuring_an_actor_to_act_demands_it_and_its_act_is_the_content(nlp):
    assert triples(nlp, "The EU pressured Serbia to arrest the general.") == {("REQUEST", "european-union", "SRB")}

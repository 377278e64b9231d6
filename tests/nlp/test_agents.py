"""Agents: persons' countries from the Phoenix names, unnamed groups' sectors, and groups only events make actors."""

import pytest
import spacy
from spacy.language import Language

import storyline.nlp.extensions  # noqa: F401  (the `local_actors` and `mentions` extensions, for a blank doc)
from storyline.nlp.agents import STAND_INS, AgentTable
from storyline.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def actor(doc, actor_id: str) -> dict:
    return next(a for a in doc._.local_actors if a["id"] == actor_id)


def test_a_person_gets_the_country_of_his_name(nlp):
    doc = nlp("President Barack Obama has ordered sanctions against the Iranian government.")
    event = next(e for e in doc._.events if e["type"] == "SANCTION")
    assert actor(doc, event["source"])["country"] == "USA"


def test_a_surname_alone_gets_a_country_only_where_the_names_agree():
    table = AgentTable()
    assert table.person_country({"name": "Yeltsin", "aliases": []}) == "RUS"
    assert table.person_country({"name": "Khan", "aliases": []}) is None  # many countries' Khans


def test_an_unnamed_group_gets_its_sector_and_the_country_of_its_phrase(nlp):
    doc = nlp("Security forces in Mali have tortured dozens of Nigerien traders.")
    event = next(e for e in doc._.events if e["type"] == "ASSAULT")
    source = actor(doc, event["source"])
    assert (source["kind"], source["country"], source["sector"]) == ("group", "MLI", "MIL")
    assert doc.text[event["source_start"]: event["source_end"]].startswith("Security forces")


def test_a_group_takes_the_country_a_peoples_word_the_place_table_spells_names_not_its_captors(nlp):
    doc = nlp("Indian commandos captured twenty Somalian pirates near the coast on Saturday.")
    event = next(e for e in doc._.events if e["type"] == "COERCE")
    assert actor(doc, event["target"])["country"] == "SOM"  # not India's, the only state the sentence names
    assert actor(doc, event["source"])["country"] == "IND"


def test_an_agent_noun_in_an_event_becomes_a_group_actor(nlp):
    doc = nlp("A shelter for migrants was attacked by Rwandan militiamen carrying knives.")
    event = next(e for e in doc._.events if e["type"] == "ASSAULT")
    source = actor(doc, event["source"])
    assert (source["country"], source["sector"]) == ("RWA", "UAF")
    assert doc.text[event["source_start"]: event["source_end"]] == "Rwandan militiamen"


def test_groups_that_take_part_in_no_event_are_no_actors(nlp):
    doc = nlp("Burundian militiamen were seen near the lake, residents said.")
    assert not any(a["id"] == "burundian-militiamen" for a in doc._.local_actors)


def test_an_unnamed_group_of_no_country_is_an_actor_only_where_it_speaks_or_an_event_keeps_it(nlp):
    doc = nlp("As calm returned to the border, displaced residents began to trickle back home. "
              "Military commanders were likely to meet on Tuesday, analysts said.")
    ids = {a["id"] for a in doc._.local_actors}
    assert "displaced-residents" not in ids and "military-commanders" not in ids
    assert not any(m["actor"] in ("displaced-residents", "military-commanders") for m in doc._.mentions)
    assert "analysts" in ids  # the speaker of a claim
    named = nlp("Taiwan's government retreated to the island following defeats by Communist forces.")
    assert any(a["name"] == "Communist forces" for a in named._.local_actors)  # a group its words name


def test_things_are_no_groups(nlp):
    doc = nlp("The U.S. responded by deploying several warships to the area.")
    assert not any(a["kind"] == "group" and "warships" in a["name"] for a in doc._.local_actors)


def test_a_surname_the_dictionary_lists_alone_gets_its_persons_country():
    table = AgentTable()
    assert table.person_country({"name": "Obama", "aliases": []}) == "USA"  # listed as `+OBAMA`, not the Obamas of
    # other countries whose full names alone the table has


def test_a_name_misspelt_by_one_letter_or_hyphenated_is_still_found():
    table = AgentTable()
    assert table.person_country({"name": "Laurent Gbago", "aliases": []}) == "CIV"
    assert table.person_country({"name": "Hamad bin Khalifa al-Thani", "aliases": []}) == "QAT"
    assert table.person_country({"name": "Laurent Zzzzzz", "aliases": []}) is None
    assert table.person_country({"name": "Ali Khon", "aliases": []}) is None  # too short to guess


def test_a_group_takes_the_country_of_its_in_phrase_and_an_organization_its_owners(nlp):
    doc = nlp("Opposition groups in Zimbabwe are demanding new elections. Mali's Supreme Court rejected the plea.")
    assert actor(doc, "opposition-groups")["country"] == "ZWE"
    court = next(a for a in doc._.local_actors if a["name"] == "Supreme Court")
    assert court["country"] == "MLI"


def test_people_an_act_is_aimed_at_through_to_are_its_recipients(nlp):
    doc = nlp("Estonia opened its doors to asylum seekers in 2004.")
    assert {e["target"] for e in doc._.events if e["type"] == "AID"} == {"asylum-seekers"}


def test_an_acronym_doing_an_act_is_an_organization(nlp):
    doc = nlp("FEMA delivered food and water to flooded towns in Georgia.")
    event = next(e for e in doc._.events if e["type"] == "AID")
    source = actor(doc, event["source"])
    assert (source["kind"], source["name"]) == ("organization", "FEMA")
    assert doc.text[event["source_start"]: event["source_end"]] == "FEMA"


def test_a_headline_in_capitals_makes_no_acronym_actor(nlp):
    doc = nlp("FEMA DELIVERS FOOD AND WATER TO FLOODED TOWNS")
    assert all(a["name"] not in ("FEMA", "DELIVERS") for a in doc._.local_actors or [])


def test_a_body_doing_an_act_takes_the_country_of_the_town_it_is_in_but_not_those_undergoing_one(nlp):
    doc = nlp("A court in Istanbul released the jailed reporter on Monday.")
    event = next(e for e in doc._.events if e["type"] == "RETREAT")
    source = actor(doc, event["source"])
    assert (source["country"], source["sector"]) == ("TUR", "JUD")
    doc = nlp("A court in Tashkent has freed a jailed blogger.")  # a capital the town table lacks
    event = next(e for e in doc._.events if e["source"])
    assert actor(doc, event["source"])["country"] == "UZB"
    doc = nlp("Gunmen killed ten villagers in Kabul.")
    event = next(e for e in doc._.events if e["type"] == "ASSAULT")
    assert actor(doc, event["target"])["country"] is None  # the place of the killing, not their country


def test_a_leaders_surname_the_tagger_mislabels_is_a_person_but_a_place_stays_a_place(nlp):
    doc = nlp("Biden refused to lift the sanctions on Cuba.")
    event = next(e for e in doc._.events if e["type"] == "REJECT")
    source = actor(doc, event["source"])
    assert (source["kind"], source["country"]) == ("person", "USA")
    doc = nlp("Paris condemned the attack on the embassy.")  # a surname in the person table, and a capital
    assert all(a["kind"] != "person" for a in doc._.local_actors or [])


def test_a_surname_of_several_countries_the_tagger_mislabels_takes_its_own_entrys_country(nlp):
    # `Obama` is tagged a place here; the table has Obamas of two countries, and an entry for the surname alone
    doc = nlp("Obama lifts US embargo on Cuba.")
    event = next(e for e in doc._.events if e["type"] == "RETREAT")
    source = actor(doc, event["source"])
    assert (source["kind"], source["country"], event["target"]) == ("person", "USA", "CUB")
    doc = nlp("Johnson lifts the embargo on Cuba.")  # Johnsons of many countries and no entry for the surname alone
    assert all(a["kind"] != "person" or a["country"] is None for a in doc._.local_actors or [])


def test_an_organizations_chief_acts_for_it(nlp):
    doc = nlp("The Arab League chief withdrew the monitors from Syria.")
    assert {e["source"] for e in doc._.events} == {"arab-league"}


def test_the_event_actor_reader_sees_a_mention_added_after_it_read_the_token(nlp):
    from storyline.nlp.agents import add_mention, mentions_changed

    reader = nlp.get_pipe("storyline_events").actors
    doc = nlp("Officials said the delegation arrived on Monday.")
    token = next(t for t in doc if t.text == "delegation")
    reader.start_document(doc)
    assert reader.mention(doc, token) is None
    add_mention(doc, doc[token.i : token.i + 1], "envoys")
    assert reader.mention(doc, token)["actor"] == "envoys"  # the index is made anew once the mentions change
    doc._.mentions = [m for m in doc._.mentions if m["actor"] != "envoys"]
    mentions_changed(doc)
    assert reader.mention(doc, token) is None


def test_a_word_that_ends_no_agent_noun_is_passed_over_before_any_phrase_is_looked_up(nlp):
    table = AgentTable()
    doc = nlp.make_doc("The suicide bombers and militiamen fled the weather.")
    for token in doc:
        token.lemma_ = token.lower_
    by_text = {t.text: t for t in doc}
    assert not table.ends_no_agent(by_text["bombers"]) and not table.ends_no_agent(by_text["militiamen"])
    assert table.ends_no_agent(by_text["weather"])
    for name in table.sectors:  # every agent noun's last word may end one
        last = nlp.make_doc(name.split()[-1])[-1]
        last.lemma_ = last.lower_
        assert not table.ends_no_agent(last), name


def test_a_lone_word_of_another_persons_name_here_takes_no_namesakes_country(nlp):
    from storyline.nlp.agents import AgentReader

    reader = AgentReader("agents.yaml", "persons.tsv", "countries.yaml")
    alone = nlp.make_doc("Hiller was arrested.")
    lone = {"id": "hiller", "name": "Hiller", "kind": "person", "country": None, "aliases": ["Hiller"]}
    alone._.local_actors = [dict(lone)]
    alone._.mentions = []
    assert actor(reader(alone), "hiller")["country"] == "HUN"  # the table's only Hiller
    beside = nlp.make_doc("Yvonne Hiller Kills Two. Hiller was arrested.")
    beside._.local_actors = [
        {"id": "yvonne-hiller-kills", "name": "Yvonne Hiller Kills", "kind": "person", "aliases": []},
        dict(lone)]
    beside._.mentions = []
    assert actor(reader(beside), "hiller").get("country") is None


@pytest.mark.parametrize("text, group", [
    ("Maoist rebels attacked a police station.", "maoist-rebels"),
    ("Former rebel Maoists agreed to the terms set by the students.", "former-rebel-maoists"),
])
def test_maoists_are_an_armed_group(nlp, text, group):
    doc = nlp(text)
    assert any(a["id"] == group and a.get("sector") == "REB" for a in doc._.local_actors)


@pytest.mark.parametrize("text, country", [
    ("A missionary from Toronto was arrested in Iran for spying.", "CAN"),
    ("Two engineers from Shanghai were kidnapped in Nigeria.", "CHN"),
])
def test_a_group_undergoing_an_act_takes_the_country_of_the_town_it_comes_from(nlp, text, country):
    doc = nlp(text)
    held = [actor(doc, e["target"]) for e in doc._.events if e["type"] in ("COERCE", "ASSAULT") and e["target"]]
    assert held and all(a["country"] == country for a in held)


def test_a_group_undergoing_an_act_takes_no_country_from_the_town_it_is_in(nlp):
    doc = nlp("Gunmen killed six farmers in Kano on Sunday.")
    assert all(actor(doc, e["target"]).get("country") is None for e in doc._.events
               if e["type"] == "ASSAULT" and e["target"] and e["target"] != "NGA")


@pytest.mark.parametrize("text, sector", [
    ("Pro-democracy leaders in Rangoon called for a general strike on Friday.", "OPP"),
    ("Police in Athens detained dozens of asylum-seekers who had blocked a motorway.", "REF"),
])
def test_a_hyphenated_agent_phrase_is_found_as_its_entry(nlp, text, sector):
    # `pro-democracy leaders` is an entry as written, `asylum-seekers` one with a space: a hyphen inside a word
    # breaks no phrase, as a comma does
    doc = nlp(text)
    assert sector in {a["sector"] for a in doc._.local_actors if a["kind"] == "group"}


def test_states_named_only_by_their_kind_act_as_a_group_of_governments_of_no_one_state(nlp):
    doc = nlp("Several countries condemned the bombing of the Israeli embassy.")
    event = next(e for e in doc._.events if e["type"] == "ACCUSE")
    source = actor(doc, event["source"])
    assert (source["kind"], source["sector"], source["country"], event["target"]) == ("group", "GOV", None, "ISR")
    doc = nlp("The Baltic nations pledged their support to Ukraine.")
    assert {(e["type"], e["target"]) for e in doc._.events} >= {("SUPPORT", "UKR")}
    assert all(actor(doc, e["source"])["country"] is None for e in doc._.events)  # not Ukraine's own


def test_states_named_only_as_a_plural_of_a_state_noun_act_as_a_group(nlp):
    # `republics` is a state noun, whose singular may stand for a state told before (`the republic`); the plural is
    # a group of governments the agent table reads, not an anaphor
    doc = nlp("Several small republics refused to lift their embargo on Chile.")
    event = next(e for e in doc._.events if e["type"] == "REJECT")
    source = actor(doc, event["source"])
    assert (source["kind"], source["sector"], source["country"], event["target"]) == ("group", "GOV", None, "CHL")


def test_states_named_only_by_their_kind_receive_as_a_group_after_a_state_is_named(nlp):
    # a group of many states is never the one state of that sector told before it (`Japan`)
    doc = nlp("Japan donated rice and tents to several Asian countries.")
    event = next(e for e in doc._.events if e["type"] == "AID")
    target = actor(doc, event["target"])
    assert (event["source"], target["kind"], target["sector"], target["country"]) == ("JPN", "group", "GOV", None)


def test_a_group_a_noun_names_on_its_own_is_one_actor_with_the_nouns_it_was_named_by():
    doc = spacy.blank("en")("Smugglers raided the depot and smuggler boats fled past the protests at the quay.")
    # an agent noun: a group of no country, named by its key, here a stand-in
    assert AgentTable.noun_group(doc, doc[0], "smugglers", "CRM", standing_in=True) == "smugglers"
    assert AgentTable.noun_group(doc, doc[5], "smugglers", "CRM") == "smugglers"
    smugglers = actor(doc, "smugglers")
    assert (smugglers["name"], smugglers["kind"], smugglers["country"]) == ("smugglers", "group", None)
    assert smugglers["aliases"] == ["Smugglers", "smuggler"], "each word it was named by, once"
    assert "smugglers" in doc.user_data[STAND_INS]
    # an activity: those carrying it on, by the name and country given, no stand-in
    assert AgentTable.noun_group(doc, doc[10], "protesters-irn", None, name="protesters", country="IRN") \
        == "protesters-irn"
    protesters = actor(doc, "protesters-irn")
    assert (protesters["name"], protesters["country"], protesters["aliases"]) == ("protesters", "IRN", ["protests"])
    assert "protesters-irn" not in doc.user_data[STAND_INS]
    assert [(m["text"], m["actor"]) for m in doc._.mentions] == [
        ("Smugglers", "smugglers"), ("smuggler", "smugglers"), ("protests", "protesters-irn")]


@pytest.mark.parametrize("text, body, sector", [
    ("The Sinaloa cartel has kidnapped two journalists in Sonora.", "sinaloa", "CRM"),
    ("The Ecowas peacekeepers withdrew from the capital on Friday.", "ecowas", "MIL"),
])
def test_people_of_force_or_crime_act_for_the_organization_their_modifier_names(nlp, text, body, sector):
    doc = nlp(text)
    assert [e["source"] for e in doc._.events] == [body]
    assert actor(doc, body)["kind"] == "organization" and actor(doc, body)["sector"] == sector


def test_workers_do_not_act_for_the_company_their_modifier_names(nlp):
    doc = nlp("Amazon workers went on strike in Leipzig on Monday.")
    assert [e["source"] for e in doc._.events] == ["amazon-workers"]


def test_an_acronym_the_tagger_takes_for_a_place_is_a_body_where_it_names_none(nlp):
    doc = nlp("UNDOF also withdrew troops from a post near the border.")
    assert doc.ents[0].label_ == "GPE"  # the tagger's reading this test is about
    assert [e["source"] for e in doc._.events] == ["undof"]
    assert actor(doc, "undof")["kind"] == "organization"


@pytest.mark.parametrize("text, sector", [
    ("The strikers blocked the main road to the port.", "LAB"),
    ("Asia's largest economies agreed to pool their currency reserves.", "GOV"),
])
def test_strikers_and_economies_are_agent_nouns(nlp, text, sector):
    doc = nlp(text)
    event = doc._.events[0]
    assert (actor(doc, event["source"])["kind"], actor(doc, event["source"])["sector"]) == ("group", sector)
    assert actor(doc, event["source"])["country"] is None  # economies are many states, none of them named


def test_economies_growing_are_no_actors(nlp):
    assert not nlp("Emerging economies grew faster than expected last year.")._.events


def test_a_body_its_members_noun_names_acts_with_no_state_named(nlp):
    found = nlp("The dockers union said it will not end its walkout.")._.events
    assert {(e["type"], e["source"]) for e in found} == {("REJECT", "dockers-union")}

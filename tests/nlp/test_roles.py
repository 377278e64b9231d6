"""Event roles: who acts on whom where the parse names the recipient only through a place or a coordination."""

import pytest
from spacy.language import Language

from storyline.nlp.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def pairs(nlp: Language, text: str, event_type: str) -> set[tuple]:
    return {(e["source"], e["target"]) for e in nlp(text)._.events if e["type"] == event_type}


@pytest.mark.parametrize("text, event_type, pair", [
    ("About a hundred Albanian students demonstrated on Tuesday in Serbia.", "PROTEST", ("albanian-students", "SRB")),
    ("The European Union suspended aid deliveries in Baghdad.", "SANCTION", ("european-union", "IRQ")),
    ("Vladimir Putin agreed to a truce in northern Syria.", "AGREE", ("vladimir-putin", "SYR")),
])
def test_an_act_done_in_a_place_is_aimed_at_its_state(nlp, text, event_type, pair):
    assert pair in pairs(nlp, text, event_type)


def test_a_place_is_no_recipient_of_words_said_there(nlp):
    found = [e for e in nlp("Norway accused Sweden in Geneva of spying.")._.events if e["type"] == "ACCUSE"]
    assert [e["target"] for e in found] == ["SWE"]


def test_a_recipient_the_clause_gives_brings_those_coordinated_with_it(nlp):
    text = "The United States last week lifted its trade embargo against both Libya and Iraq."
    assert {target for _, target in pairs(nlp, text, "RETREAT")} == {"LBY", "IRQ"}


def test_an_organizations_fighters_act_for_it(nlp):
    found = [e for e in nlp("Taliban militants stormed a police post.")._.events if e["type"] == "ASSAULT"]
    assert {e["source"] for e in found} == {"taliban"}


def test_a_clause_parsed_as_a_noun_phrase_keeps_its_subject(nlp):
    doc = nlp("The Turkish air force carried out two air strikes in northern Raqqa, wounding scores of militants.")
    assert {e["source"] for e in doc._.events if e["type"] == "ASSAULT"} == {"turkish-armed-forces"}


def test_an_organizations_own_word_rejected_is_aimed_at_it(nlp):
    doc = nlp("Lebanon rejected a United Nations appeal to deploy troops along the border.")
    assert ("LBN", "un") in {(e["source"], e["target"]) for e in doc._.events if e["type"] == "REJECT"}
    meeting = nlp("On the sidelines of ASEAN regional meetings in Cambodia, the minister spoke.")
    assert "asean" not in {a["id"] for a in meeting._.local_actors}  # a meeting is no word of its own


def test_a_country_word_inside_the_source_is_no_recipient_and_a_jail_is_in_its_country(nlp):
    doc = nlp("A shelter for migrants was attacked by Rwandan militiamen carrying knives.")
    assert {e["target"] for e in doc._.events if e["type"] == "ASSAULT"} == {None}  # not Rwanda itself
    riot = nlp("Palestinian prisoners rioted on Monday at a jail in northern Israel.")
    assert {e["target"] for e in riot._.events if e["type"] == "PROTEST"} == {"ISR"}


def test_people_released_and_an_organizations_hideouts_are_recipients(nlp):
    doc = nlp("Belarus released dozens of political activists.")
    assert {e["target"] for e in doc._.events if e["type"] == "RETREAT"} == {"political-activists"}
    raid = nlp("The Pakistani armed forces bombed the Taliban hideouts near the border.")
    assert ("pakistani-armed-forces", "taliban") in {(e["source"], e["target"]) for e in raid._.events}


def test_aid_goes_to_whom_its_purpose_clause_helps(nlp):
    doc = nlp("Japan has donated a shipment of ventilators to assist Kenya with its response to the outbreak.")
    assert {e["target"] for e in doc._.events if e["type"] == "AID"} == {"KEN"}


def test_coordinated_victims_are_each_a_recipient(nlp):
    doc = nlp("Belarus will not release prisoners and detainees held since the vote.")
    assert {e["target"] for e in doc._.events} == {"prisoners", "detainees"}


def test_people_of_both_sides_and_an_unnamed_group_meeting_are_the_two_sides(nlp):
    war = "Fighting between Thailand and Cambodia went on. Cambodia shelled Thailand again. "
    doc = nlp(war + "Military commanders from both sides are scheduled to hold their first meeting.")
    assert {(e["source"], e["target"]) for e in doc._.events if e["type"] == "CONSULT"} == {("THA", "KHM")}
    assert "military-commanders" not in {a["id"] for a in doc._.local_actors}
    met = nlp(war + "Military commanders met on Tuesday.")
    assert {(e["source"], e["target"]) for e in met._.events if e["type"] == "CONSULT"} == {("THA", "KHM")}


def test_an_unnamed_group_agreeing_is_the_two_sides(nlp):
    war = "Fighting between Thailand and Cambodia went on. Cambodia shelled Thailand again. "
    doc = nlp(war + "Senior officers agreed to de-escalation measures.")
    assert {(e["source"], e["target"]) for e in doc._.events if e["type"] == "AGREE"} == {("THA", "KHM")}
    alone = nlp("Senior officers agreed to de-escalation measures.")
    assert not [e for e in alone._.events if e["type"] == "AGREE"]  # no two sides told
    officials = nlp("Government military officials agreed to allow humanitarian access.")
    assert [e["source"] for e in officials._.events if e["type"] == "AGREE"] == ["government-military-officials"]


def test_a_ceasefire_kept_with_no_recipient_is_kept_toward_the_opponent(nlp):
    war = "Thailand accused Cambodia of violating the truce. "
    doc = nlp(war + "Thailand halted all military activities on Tuesday.")
    halt = [e for e in doc._.events if e["type"] == "RETREAT"]
    assert [(e["source"], e["target"], e["mode"]) for e in halt] == [("THA", "KHM", "ceasefire")]
    alone = nlp("Thailand halted all military activities on Tuesday.")
    assert [e["target"] for e in alone._.events if e["type"] == "RETREAT"] == [None]
    withdrawal = nlp(war + "Thailand withdrew its troops on Tuesday.")
    assert [e["target"] for e in withdrawal._.events if e["type"] == "RETREAT"] == [None]  # no ceasefire


def test_an_act_aimed_at_no_one_goes_to_the_place_its_purpose_names(nlp):
    doc = nlp("Germany gave 300 million euros to promote economic development in Ethiopia.")
    assert [(e["source"], e["target"]) for e in doc._.events if e["type"] == "AID"] == [("DEU", "ETH")]
    doc = nlp("The Canadian government provided $85 million for relief in southern Sudan.")
    assert [e["target"] for e in doc._.events if e["type"] == "AID"] == ["SDN"]
    doc = nlp("France mobilized naval reservists for a campaign against Libya.")
    assert [(e["source"], e["target"]) for e in doc._.events if e["type"] == "MOBILIZE"] == [("FRA", "LBY")]
    doc = nlp("Germany gave 300 million euros to promote economic development.")
    assert [e["target"] for e in doc._.events if e["type"] == "AID"] == [None]


def test_talks_said_to_go_on_between_two_sides_are_theirs(nlp):
    doc = nlp("Talks are underway between Serbia and Kosovo.")
    assert {(e["source"], e["target"]) for e in doc._.events if e["type"] == "CONSULT"} == {("SRB", "XKX")}


def test_acts_named_as_subject_are_their_owners_not_a_group(nlp):
    doc = nlp("Syrian regime air strikes hit the rebel-held enclave for a sixth straight day.")
    assert {e["source"] for e in doc._.events if e["type"] == "ASSAULT"} == {"SYR"}
    assert not [a for a in doc._.local_actors if a["kind"] == "group" and "strike" in a["name"]]
    # the enclave's holders, the rebels, are the recipient (see test_events_recipients.py), the strikes no group


def test_an_organizations_people_named_by_it_act_for_it(nlp):
    doc = nlp("Taliban attackers stormed a border post in southern Afghanistan.")
    assert {e["source"] for e in doc._.events if e["type"] == "ASSAULT"} == {"taliban"}


def role_text(doc, event: dict, side: str) -> str | None:
    start, end = event[f"{side}_start"], event[f"{side}_end"]
    return doc.text[start:end] if start is not None else None


def test_a_target_named_by_a_place_points_at_the_place(nlp):
    doc = nlp("Russian warships fired six missiles at targets in Kyiv, residents said.")
    [event] = [e for e in doc._.events if e["type"] == "ASSAULT"]
    assert (event["target"], role_text(doc, event, "target")) == ("UKR", "Kyiv")
    assert {a["id"] for a in doc._.local_actors} == {"RUS", "residents"}  # asking who a word names adds no one


def test_a_town_or_region_of_the_country_dictionary_is_its_countrys(nlp):
    doc = nlp("Syrian government troops have seized the airport in Aleppo.")
    [event] = [e for e in doc._.events if e["type"] == "COERCE"]
    assert (event["target"], role_text(doc, event, "target")) == ("SYR", "Aleppo")
    invasion = nlp("Turkey on Sunday launched its long-planned invasion of northern Syria.")
    assert ("TUR", "SYR") in {(e["source"], e["target"]) for e in invasion._.events if e["type"] == "ASSAULT"}


def test_a_curfew_at_home_is_aimed_at_the_named_place_but_a_retreat_to_the_island_at_no_one(nlp):
    doc = nlp("Egyptian authorities imposed a night curfew across the city of Arish in northern Egypt.")
    [event] = [e for e in doc._.events if e["type"] == "COERCE"]
    assert (event["source"], event["target"], role_text(doc, event, "target")) == ("EGY", "EGY", "Egypt")
    retreat = nlp("Fighting went on in China. The Republic of China government retreated to the island.")
    assert {e["target"] for e in retreat._.events if e["type"] == "RETREAT"} == {None}


def test_military_people_of_both_sides_are_the_sides_armed_forces(nlp):
    war = "Fighting between Thailand and Cambodia went on. Thai troops shelled Cambodian troops. "
    doc = nlp(war + "Military commanders from both sides met on Tuesday.")
    assert ("thai-armed-forces", "cambodian-armed-forces") in {
        (e["source"], e["target"]) for e in doc._.events if e["type"] == "CONSULT"}


def test_words_about_ones_own_act_are_aimed_where_the_act_is(nlp):
    doc = nlp("President Paul Kagame has threatened to bar Rwandan opposition parties from the vote.")
    assert {e["target"] for e in doc._.events if e["type"] == "THREATEN"} == {"rwandan-opposition-parties"}
    refusal = nlp("The Norwegian government has refused to station its warships in Iraq.")
    assert {e["target"] for e in refusal._.events if e["type"] == "REJECT"} == {"IRQ"}


def test_a_truce_asked_for_is_aimed_at_the_other_party_to_it(nlp):
    doc = nlp("Kurdish rebels demanded a truce with Iranian forces in the mountains.")
    assert {e["target"] for e in doc._.events if e["type"] == "REQUEST"} == {"iranian-armed-forces"}


def test_people_loyal_to_or_affiliated_with_a_body_act_for_it(nlp):
    doc = nlp("Nearly 40,000 teachers affiliated with the Croatian Teachers' Union (SHU) stopped work on Friday.")
    assert {e["source"] for e in doc._.events if e["type"] == "PROTEST"} == {"croatian-teachers-union"}
    loyal = nlp("Fighters loyal to the Iraqi wing of Al-Qaeda said they tried to kill Premier Nouri al-Maliki.")
    [event] = [e for e in loyal._.events if e["type"] == "ASSAULT"]
    assert next(a for a in loyal._.local_actors if a["id"] == event["source"])["country"] == "IRQ"


def test_whom_a_demand_asks_and_what_a_riot_is_against(nlp):
    doc = nlp("Finland's parliament has demanded a full confession by Moscow that its soldiers shot prisoners.")
    assert {e["target"] for e in doc._.events if e["type"] == "REQUEST"} == {"RUS"}
    riot = nlp("Lebanese riots against Syrian army policies are still spreading.")
    assert {(e["source"], e["target"]) for e in riot._.events if e["type"] == "PROTEST"} == {("LBN", "SYR")}


def test_a_place_attacked_for_people_is_aimed_at_them(nlp):
    doc = nlp("A makeshift shelter for Sudanese migrants was attacked by Chadian gunmen.")
    assert {e["target"] for e in doc._.events if e["type"] == "ASSAULT"} == {"sudanese-migrants"}


def test_a_body_word_named_by_an_organization_is_it_and_a_by_phrase_of_no_actor_is_no_agent(nlp):
    doc = nlp("The militant Hamas movement rejected an offer to join the talks.")
    assert {e["source"] for e in doc._.events if e["type"] == "REJECT"} == {"hamas"}
    reader = nlp.get_pipe("storyline_events").actors
    shortened = nlp("President Hosni Mubarak on Sunday extended by two hours the evening curfew.")
    reader.start_document(shortened)
    assert reader.subject_actors(shortened, shortened[5], []) == ["hosni-mubarak"]


def test_fighting_told_inside_one_sides_allegation_is_the_other_sides_act(nlp):
    war = "Thailand accused Cambodia of shelling. Cambodia attacked Thailand again. "
    doc = nlp(war + "Commanders met despite Bangkok's allegations the truce had been breached with skirmishes.")
    skirmish = [e for e in doc._.events if e["trigger"] == "skirmishes"]
    assert [(e["source"], e["target"]) for e in skirmish] == [("KHM", "THA")]


def test_they_after_people_of_both_sides_are_the_two_sides(nlp):
    war = "Thailand and Cambodia fought for days. Cambodia shelled Thailand again. Thailand bombed Cambodia. "
    doc = nlp(war + "Meetings between local commanders from both sides took place. They agreed to stop shooting.")
    assert ("THA", "KHM") in {(e["source"], e["target"]) for e in doc._.events if e["type"] == "AGREE"}


def test_the_two_sides_in_the_order_their_sentence_coordinates_them(nlp):
    war = "Thailand accused Cambodia of shelling. Cambodia attacked Thailand again. Thailand bombed Cambodia. "
    doc = nlp(war + "Following peace talks in Malaysia, both Cambodia and Thailand agreed to a ceasefire.")
    talks = [e for e in doc._.events if e["type"] == "CONSULT"]
    assert [(e["source"], e["target"]) for e in talks] == [("KHM", "THA")]


def test_attacks_a_state_accuses_the_other_side_of_are_aimed_at_it(nlp):
    doc = nlp("Talks went on, even as the Thai side accused Cambodian troops of multiple attacks overnight.")
    assert ("cambodian-armed-forces", "THA") in {(e["source"], e["target"]) for e in doc._.events
                                                if e["type"] == "ASSAULT"}
    ngo = nlp("Human rights groups accused the Syrian army of attacks overnight.")
    assert "human-rights-groups" not in {e["target"] for e in ngo._.events if e["type"] == "ASSAULT"}


def test_an_act_welcomed_or_condemned_is_aimed_at_whom_its_by_phrase_names(nlp):
    doc = nlp("Kenya's government has condemned a protest by landless farmers who stormed a council office.")
    assert {e["target"] for e in doc._.events if e["type"] == "ACCUSE"} == {"landless-farmers"}


def test_an_organizations_peacekeepers_expelled_are_it(nlp):
    doc = nlp("Eritrea has expelled dozens of the U.N. peacekeepers.")
    assert {e["target"] for e in doc._.events if e["type"] == "SANCTION"} == {"un"}


def countries(doc) -> dict[str, str | None]:
    return {a["id"]: a["country"] for a in doc._.local_actors or []}


@pytest.mark.parametrize("text, group, state", [
    ("Scores of migrants went on a hunger strike against the Ugandan government's order to shut their shelter.",
     "migrants", "UGA"),
    ("The Nigerian government on Monday accepted demands from the Ogoni People's Congress that it hold elections.",
     "ogoni-peoples-congress", "NGA"),
    ("President Goodluck Jonathan said he is prepared to lift the ban on the Democratic Front for Unity.",
     "democratic-front-for-unity", "NGA"),
])
def test_a_group_of_no_country_dealt_with_by_one_state_is_its_own(nlp, text, group, state):
    assert countries(nlp(text))[group] == state


@pytest.mark.parametrize("text, group", [
    ("Lebanon said it would not accept any new refugees if the fighting in Iraq goes on.", "new-refugees"),  # abroad
    ("Sudanese troops shelled a camp of refugees on Monday.", "refugees"),  # an attack's victims: anyone's
    ("The Kenyan government welcomed the United Nations envoy's proposal.", "un"),  # an international body
    ("Indian commandos captured a gang of pirates in the Gulf of Aden on Saturday.", "pirates"),  # waters, no state's
])
def test_a_group_stays_of_no_country_where_the_sentence_or_act_leaves_it_open(nlp, text, group):
    assert countries(nlp(text))[group] is None


def test_an_attack_no_one_is_said_to_do_is_coded_to_the_place_of_the_thing_that_did_it(nlp):
    placed = nlp("A car bombing near the city of Kandahar on Monday killed three Afghan policemen.")
    assert {e["source"] for e in placed._.events if e["type"] == "ASSAULT"} == {"AFG"}
    unplaced = nlp("A car bombing on Monday killed three Afghan policemen.")
    assert {e["source"] for e in unplaced._.events if e["type"] == "ASSAULT"} == {None}


@pytest.mark.parametrize("text, target", [
    ("Iran refused to halt enrichment despite pressure from the United States.", "USA"),
    ("President Mugabe declined to quit despite mounting pressure by opposition groups.", "opposition-groups"),
])
def test_a_refusal_despite_pressure_is_aimed_at_who_presses(nlp, text, target):
    assert {e["target"] for e in nlp(text)._.events if e["type"] == "REJECT"} == {target}


def test_demands_accepted_from_unnamed_rebels_are_aimed_at_them_as_the_states_own(nlp):
    doc = nlp("The Nigerian government on Monday accepted demands from tribal rebels that it hold new elections.")
    assert {e["target"] for e in doc._.events if e["type"] == "CONCEDE"} == {"tribal-rebels"}
    assert countries(doc)["tribal-rebels"] == "NGA"
    named = nlp("Al-Qaeda threatened new attacks on the United States.")
    assert countries(named)["al-qaeda"] is None  # a named armed body may act abroad

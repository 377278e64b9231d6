"""Who receives, read from the parse: the place or owner an act is aimed at, appositives and conjuncts of a recipient,
venues that are no party, measures and the ones they are put on, things on their way."""

import pytest

from tests.nlp.eventing import events, one, pairs


def test_a_pair_named_in_one_modifier_makes_a_partnership_an_event(nlp):
    text = "The Turkey-Azerbaijan alliance has grown stronger."
    assert pairs(events(nlp, text), "COOPERATE") == {("TUR", "AZE")}
    assert not pairs(events(nlp, "US-China relations are tense."), "COOPERATE")
    assert pairs(events(nlp, "Spain has forged an alliance with Morocco."), "COOPERATE") == {("ESP", "MAR")}


def test_a_crackdown_on_an_activity_targets_the_group_carrying_it_on(nlp):
    text = "The protesters marched in Tehran. Iran's violent crackdown on the demonstrations drew condemnation."
    assert pairs(events(nlp, text), "COERCE") == {("IRN", "protesters")}
    text = "The protesters marched in Tehran. Officials said Iran's protest crackdown continued."
    assert pairs(events(nlp, text), "COERCE") == {("IRN", "protesters")}


def test_things_shot_down_aim_at_their_user_not_their_maker(nlp):
    text = "Russia fired Iranian drones on Monday. Ukraine said it shot down 300 Iranian drones."
    assert [(e["source"], e["target"]) for e in events(nlp, text) if e["trigger"] == "shot"] == [("UKR", "RUS")]
    text = "Ukraine said it shot down 300 Iranian drones."
    assert [(e["source"], e["target"]) for e in events(nlp, text) if e["trigger"] == "shot"] == [("UKR", "IRN")]


def test_aid_for_an_act_goes_to_that_acts_actor(nlp):
    text = ("Russia attacked Ukraine in February. "
            "Iran has emerged as Russia's closest partner, providing drones for its attacks on Ukrainian civilians.")
    assert pairs(events(nlp, text), "AID") == {("IRN", "RUS")}
    text = "Iran has emerged as Russia's closest partner, providing drones for its attacks on Ukrainian civilians."
    assert not pairs(events(nlp, text), "AID")


def test_the_side_pulled_out_of_a_deal_is_no_recipient(nlp):
    text = "The pact with Iran collapsed. President Emmanuel Macron pulled France out of that pact."
    assert pairs(events(nlp, text), "SANCTION") == {("emmanuel-macron", "IRN")}


def test_an_act_a_light_verb_tells_may_leave_its_recipient_open(nlp):
    event = one(nlp, "Iraqi officials have imposed a curfew starting at 4pm local time on Saturday.", "COERCE")
    assert event["target"] is None and event["mode"] == "curfew"
    assert not [e for e in events(nlp, "The United States announced more sanctions on Tuesday.")
                if e["type"] == "SANCTION"]  # a sanction names whom it hits


def test_a_date_after_call_is_no_call_on(nlp):
    text = "On Monday, the Iranian president called his Lebanese counterpart, Michel Aoun, to assure him of support."
    assert not [e for e in events(nlp, text) if e["type"] == "REQUEST"]
    request = one(nlp, "The UN has called on Libya's government to crack down on armed groups.", "REQUEST")
    assert request["target"] == "LBY"


def test_an_appositive_of_an_appositive_names_the_recipient(nlp):
    event = one(nlp, "Chinese President Xi Jinping will meet regional rival Japan's Prime Minister Shinzo Abe.",
                "CONSULT")
    assert (event["source"], event["target"], event["status"]) == ("xi-jinping", "shinzo-abe", "planned")


def test_its_on_a_conjunct_is_the_conjunct_before_and_an_appositive_names_the_ally(nlp):
    found = events(nlp, "Israel's army has carried out several attacks on the Syrian army and its ally Hezbollah.")
    assert {e["target"] for e in found if e["type"] == "ASSAULT"} == {"syrian-armed-forces", "hezbollah"}


@pytest.mark.parametrize("text, event_type", [
    ("Israel rejected a proposal by Egypt.", "REJECT"),
    ("Serbia dismissed an appeal from Albania to open the border.", "REJECT"),
])
def test_a_word_turned_down_is_aimed_at_whose_word_it_is(nlp, text, event_type):
    assert one(nlp, text, event_type)["target"] in ("EGY", "ALB")


def test_a_meeting_place_is_no_party(nlp):
    text = ("Thailand accused Cambodia of shelling its villages. The leaders of Thailand and Cambodia met in "
            "Malaysia on Monday. Peace talks in Malaysia followed.")
    found = {(e["trigger"], e["source"], e["target"]) for e in events(nlp, text) if e["type"] == "CONSULT"}
    assert found == {("met", "THA", "KHM"), ("talks", "THA", "KHM")}


def test_the_owner_in_an_objects_of_phrase_is_the_target(nlp):
    assert one(nlp, "Iran seized the ships of Britain.", "COERCE")["target"] == "GBR"


def test_a_request_asks_someone(nlp):
    assert not [e for e in events(nlp, "The minister called for calm on Friday.") if e["type"] == "REQUEST"]
    request = one(nlp, "The PKK issued a declaration demanding that the Turkish government release its leader.",
                  "REQUEST")
    assert request["target"] == "TUR"  # a group acts on its own state


def test_a_protest_is_aimed_at_whom_its_demand_names(nlp):
    event = one(nlp, "Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday calling for independence from Iraq.",
                "PROTEST")
    assert event["target"] == "IRQ"  # a group may protest against its own state


def test_an_investigation_launched_may_name_no_actor_investigated(nlp):
    text = "German prosecutors have launched an investigation into the business dealings of a hotel group."
    assert one(nlp, text, "ACCUSE")["mode"] == "investigate"


def test_a_group_undergoing_an_act_is_its_recipient(nlp):
    assert one(nlp, "Government forces killed more than 500 civilians last week.", "ASSAULT")["target"] == "civilians"
    war = nlp("Armenia attacked Azerbaijan on Monday. Armenian troops later killed several civilians.")
    assert [e["target"] for e in war._.events if e["type"] == "ASSAULT"] == ["AZE", "AZE"]  # the war's other side
    assert "civilians" not in {a["id"] for a in war._.local_actors}  # a stand-in no event kept is no actor
    assert one(nlp, "The police detained several suspects.", "COERCE")["target"].endswith("suspects")


def test_rockets_fired_into_a_country_attack_it(nlp):
    event = one(nlp, "Cambodia fired multiple rockets into Thailand on Thursday.", "ASSAULT")
    assert (event["source"], event["target"]) == ("KHM", "THA")
    assert not [e for e in events(nlp, "China fired missiles into the sea.") if e["type"] == "ASSAULT"]


def test_the_place_a_meeting_is_called_at_is_its_venue(nlp):
    text = "President Muhammadu Buhari called a Federal Executive Council meeting at Aso Rock Presidential Villa."
    assert not events(nlp, text)  # no one met named: the villa is no party

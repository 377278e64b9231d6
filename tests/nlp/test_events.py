"""The events extractor's core: triggers, status, passives, light verbs, what is no event of its own, quantity, time and
reason, every PLOVER type, and the offsets roles point at."""

import pytest

from tests.nlp.eventing import events, of_type, one, pairs, published


def test_verbal_aid_with_military_context(nlp):
    text = "Iran supplied drones to Russia last year."
    event = one(nlp, text, "AID")
    assert (event["source"], event["target"]) == ("IRN", "RUS")
    assert event["object"] == "drones"
    assert "military" in event["context"]
    assert event["status"] == "asserted"
    assert (event["start"], event["end"]) == (0, len(text))
    assert event["trigger"] == "supplied"
    assert event["reason"].startswith("verb supply (AID")


def test_economic_and_humanitarian_context(nlp):
    assert "economic" in one(nlp, "Germany provided loans to Ukraine.", "AID")["context"]
    assert "humanitarian" in one(nlp, "Turkey sent food to Syria.", "AID")["context"]


def test_provide_recipient_with_thing(nlp):
    event = one(nlp, "Iran has provided Syria with missiles.", "AID")
    assert (event["source"], event["target"], event["object"]) == ("IRN", "SYR", "missiles")


def test_send_a_message_is_no_aid(nlp):
    assert not [e for e in events(nlp, "Iran sent a message to Russia.") if e["type"] == "AID"]


def test_nominal_event(nlp):
    event = one(nlp, "Turkey's sale of drones to Ukraine worries Russia.", "AID")
    assert (event["source"], event["target"], event["object"]) == ("TUR", "UKR", "drones")
    assert event["trigger"] == "sale"


def test_nominal_use_of_weapons_is_assault(nlp):
    event = one(nlp, "Azerbaijan's use of Turkish drones in Armenia has grown.", "ASSAULT")
    assert (event["source"], event["target"]) == ("AZE", "ARM")
    assert event["mode"] == "drone"


def test_passive_with_agent(nlp):
    text = "Sanctions were imposed on Iran by the European Union."
    event = one(nlp, text, "SANCTION")
    mentions = {m["text"]: m["actor"] for m in nlp(text)._.mentions}
    assert event["source"] == (mentions.get("the European Union") or mentions["European Union"])
    assert event["target"] == "IRN"
    assert event["mode"] == "discontinue"


def test_light_verb_lends_its_subject(nlp):
    event = one(nlp, "The United States imposed new sanctions on Russia.", "SANCTION")
    assert (event["source"], event["target"]) == ("USA", "RUS")
    assert "light=impose" in event["reason"]


def test_coordinated_sources_give_one_event_each(nlp):
    found = of_type(nlp, "France and Germany condemned Russia.", "ACCUSE")
    assert sorted((e["source"], e["target"]) for e in found) == [("DEU", "RUS"), ("FRA", "RUS")]


def test_coordinated_partners_are_actor_and_recipient(nlp):
    event = one(nlp, "Egypt and Jordan have worked together since 1994.", "COOPERATE")
    assert (event["source"], event["target"]) == ("EGY", "JOR")


def test_negation(nlp):
    event = one(nlp, "Iran did not send drones to Russia.", "AID")
    assert event["status"] == "negated"


def test_denial_makes_the_denier_the_source(nlp):
    text = "Iranian leaders deny supplying drones to Russia."
    event = one(nlp, text, "AID")
    assert (event["source"], event["target"], event["status"]) == ("IRN", "RUS", "denied")
    assert not [e for e in events(nlp, text) if e["type"] == "REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia may attack Ukraine.",
        "Russia could attack Ukraine.",
        "Russia reportedly attacked Ukraine.",
        "Russia is weighing an attack on Ukraine.",
        "Moscow is considering attacking Kyiv.",
    ],
)
def test_hedge_is_possible(nlp, text):
    assert one(nlp, text, "ASSAULT")["status"] == "possible"


@pytest.mark.parametrize(
    "text",
    [
        "Belarus is preparing to send missiles to Russia.",
        "Belarus will send missiles to Russia.",
        "Belarus plans to send missiles to Russia.",
    ],
)
def test_plan_is_planned(nlp, text):
    event = one(nlp, text, "AID")
    assert (event["source"], event["target"], event["status"]) == ("BLR", "RUS", "planned")


def test_reported_by_from_said(nlp):
    event = one(nlp, "Iran has sent drones to Russia, the United States said.", "AID")
    assert event["reported_by"] == "USA"
    assert event["source"] == "IRN"


def test_statements_are_no_events(nlp):
    assert events(nlp, "Iran said the weather in Tehran was cold.") == []
    assert events(nlp, "The Kremlin announced that the minister had a cold.") == []


def test_actor_from_another_clause_is_not_used(nlp):
    text = "Iran, which Ukraine criticized, sent drones."
    event = one(nlp, text, "AID")
    assert event["source"] == "IRN"
    assert event["target"] is None


def test_quantity_of_the_object(nlp):
    if "storyline_quantities" not in nlp.pipe_names:
        pytest.skip("quantities extractor not available")
    doc = nlp("Iran sent 400 drones to Russia.")
    event = next(e for e in doc._.events if e["type"] == "AID")
    quantity = next(q for q in doc._.quantities if q["id"] == event["quantity"])
    assert quantity["low"] == 400


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target", "mode"),
    [
        ("Russia agreed to help Iran.", "AGREE", "RUS", "IRN", None),
        ("Olaf Scholz visited Iran in July.", "CONSULT", "olaf-scholz", "IRN", "visit"),
        ("China praised Russia.", "SUPPORT", "CHN", "RUS", None),
        ("Russia apologized to Turkey.", "CONCEDE", "RUS", "TUR", None),
        ("Iran is cooperating with Russia.", "COOPERATE", "IRN", "RUS", None),
        ("Iran provided weapons to Russia.", "AID", "IRN", "RUS", None),
        ("Russia withdrew its troops from Ukraine.", "RETREAT", "RUS", "UKR", "withdraw"),  # the place left
        ("The United States urged China to stop the drills.", "REQUEST", "USA", "CHN", None),
        ("Israel accused Iran of lying.", "ACCUSE", "ISR", "IRN", "allege"),
        ("Israel rejected Ukraine's request for air defense systems.", "REJECT", "ISR", "UKR", None),
        ("China threatened Taiwan with military force.", "THREATEN", "CHN", "TWN", "violence"),
        ("Iranians demonstrated against the government.", "PROTEST", "IRN", None, None),
        ("The European Union imposed sanctions on Iran.", "SANCTION", None, "IRN", "discontinue"),
        ("China deployed warships near Taiwan.", "MOBILIZE", "CHN", "TWN", "weapons"),
        ("Iran arrested hundreds of protesters.", "COERCE", "IRN", "protesters", None),
        ("Russia attacked Ukraine with drones.", "ASSAULT", "RUS", "UKR", "drone"),
    ],
)
def test_every_type(nlp, text, event_type, source, target, mode):
    event = of_type(nlp, text, event_type)[0]
    if source is not None:
        assert event["source"] == source
    assert event["target"] == target
    if mode is not None:
        assert event["mode"] == mode


def test_fire_missiles_is_mobilize_unless_aimed(nlp):
    assert one(nlp, "China fired missiles into the sea near Taiwan.", "MOBILIZE")["mode"] == "weapons"
    assert one(nlp, "Russia fired missiles at Ukraine.", "ASSAULT")["target"] == "UKR"


def test_halted_talks_are_sanction_not_consult(nlp):
    found = events(nlp, "China halted its talks with the United States.")
    assert [e["type"] for e in found] == ["SANCTION"]
    assert (found[0]["source"], found[0]["target"]) == ("CHN", "USA")


def test_ids_are_local_and_unique(nlp):
    found = events(nlp, "Russia attacked Ukraine. China condemned Japan. Iran sent drones to Russia.")
    assert [e["id"] for e in found] == [f"ev{i}" for i in range(len(found))]


def test_calling_an_act_a_provocation_is_an_accusation(nlp):
    event = one(nlp, "China described Japan's visit as a provocation.", "ACCUSE")
    assert (event["source"], event["target"], event["mode"]) == ("CHN", "JPN", "disapprove")
    assert event["reason"].startswith("evaluation describe")


def test_attacking_plans_is_criticism_not_assault(nlp):
    found = events(nlp, "Germany attacked France's budget plans.")
    assert [e["type"] for e in found] == ["ACCUSE"]


def test_refusing_to_comment_is_no_rejection(nlp):
    assert not [e for e in events(nlp, "Russia refused to comment on Iran.") if e["type"] == "REJECT"]


# ---- status: negation, denial, hedges, plans
def test_no_longer_is_negation(nlp):
    assert one(nlp, "Russia no longer cooperates with Japan.", "COOPERATE")["status"] == "negated"


def test_denial_noun_denies_the_event_it_heads(nlp):
    text = "Poland dismissed denials by Minsk that Belarus is shipping fuel to Russia."
    event = one(nlp, text, "AID")
    assert (event["source"], event["target"], event["status"]) == ("BLR", "RUS", "denied")


def test_pretending_not_to_is_a_denial(nlp):
    event = one(nlp, "Iran pretends it is not sending missiles to Russia.", "AID")
    assert (event["source"], event["target"], event["status"]) == ("IRN", "RUS", "denied")


def test_hedge_verb_carrying_an_event_noun(nlp):
    event = one(nlp, "Germany is considering sanctions against Iran.", "SANCTION")
    assert (event["source"], event["target"], event["status"]) == ("DEU", "IRN", "possible")


def test_modal_of_the_verb_a_means_clause_serves(nlp):
    event = one(nlp, "Russia may reward Iran by offering assistance to Iran's navy.", "AID")
    assert (event["source"], event["target"], event["status"]) == ("RUS", "iranian-armed-forces", "possible")


def test_plan_of_a_subject_noun(nlp):
    event = one(nlp, "The drills, conducted by China near Taiwan, are scheduled to continue.", "MOBILIZE")
    assert (event["source"], event["target"], event["status"]) == ("CHN", "TWN", "planned")


# ---- passives, light verbs, nominal events
def test_passive_without_agent_has_no_actor_and_no_event(nlp):
    assert not events(nlp, "Sanctions were imposed on Iran last year.")


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        ("Japan held talks with India.", "CONSULT", ("JPN", "IND")),
        ("Russia signed a deal with Iran.", "SUPPORT", ("RUS", "IRN")),
        ("Canada lodged a protest with China.", "ACCUSE", ("CAN", "CHN")),
        ("Australia slapped sanctions on Russia.", "SANCTION", ("AUS", "RUS")),
        ("Russia launched a war on Ukraine.", "ASSAULT", ("RUS", "UKR")),
    ],
)
def test_light_verb_constructions(nlp, text, event_type, pair):
    event = one(nlp, text, event_type)
    assert (event["source"], event["target"]) == pair
    assert "light=" in event["reason"] or event["reason"].startswith("phrase")


def test_an_ongoing_war_is_background_not_an_event(nlp):
    assert not [e for e in events(nlp, "Russia's war in Ukraine worries Japan.") if e["type"] == "ASSAULT"]


def test_nominal_transfer_with_possessor_and_recipient(nlp):
    event = one(nlp, "Iran's transfer of missiles to Russia alarmed Poland.", "AID")
    assert (event["source"], event["target"], event["object"]) == ("IRN", "RUS", "missiles")
    assert "military" in event["context"]


def test_bare_nominal_event_points_back_and_is_skipped(nlp):
    assert not events(nlp, "The visit angered officials.")


def test_complaint_with_a_body_targets_the_accused(nlp):
    text = ("Britain, France and Germany lodged a formal complaint with the Security Council that Iran's sale of "
            "missiles to Russia breaks the embargo.")
    found = of_type(nlp, text, "ACCUSE")
    assert sorted((e["source"], e["target"]) for e in found) == [("DEU", "IRN"), ("FRA", "IRN"), ("GBR", "IRN")]


def test_coordinated_targets_give_one_event_each(nlp):
    found = of_type(nlp, "China imposed sanctions on Japan and Australia.", "SANCTION")
    assert sorted((e["source"], e["target"]) for e in found) == [("CHN", "AUS"), ("CHN", "JPN")]


def test_coordinated_verbs_share_the_recipient(nlp):
    found = of_type(nlp, "Iran is supplying drones and providing training to Russian forces.", "AID")
    assert [(e["source"], e["target"]) for e in found] == [("IRN", "russian-armed-forces")] * 2
    assert "conj-target" in found[0]["reason"]


def test_locative_yields_to_a_recipient(nlp):
    event = one(nlp, "Olaf Scholz met with Pedro Sanchez in Madrid.", "CONSULT")
    assert event["target"] == "pedro-sanchez"


def test_relying_on_someone_is_their_aid(nlp):
    event = one(nlp, "Armenia relies on Russia for weapons.", "AID")
    assert (event["source"], event["target"]) == ("RUS", "ARM")


# ---- what is not an event of its own
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Russia agreed to supply Iran with fighter jets.", "AID"),  # the agreement codes it
        ("China threatened to attack Taiwan.", "ASSAULT"),
        ("Iran sent drones to Russia to help its army.", None),  # the purpose: one AID only
        ("Germany wanted to trade with Cuba.", "COOPERATE"),  # a wish
        ("Russia's ability to attack Ukraine worries Poland.", "ASSAULT"),  # a capacity
        ("Israel defended itself.", "SUPPORT"),  # no recipient
        ("Reporters asked the minister whether the sanctions worked.", "REQUEST"),  # a question
        ("Russia used drones to attack Ukraine.", None),  # the means: one ASSAULT only
    ],
)
def test_acts_coded_by_another_word_or_not_asserted(nlp, text, absent):
    found = events(nlp, text)
    if absent is None:
        assert len(found) == 1, found
    else:
        assert absent not in [e["type"] for e in found], found


def test_a_country_is_no_recipient_of_its_own_leader(nlp):
    found = events(nlp, "French President Emmanuel Macron pulled France out of the pact.")
    assert all(e["target"] != "FRA" for e in found), found


def test_strikes_into_the_sea_are_posturing(nlp):
    event = one(nlp, "China staged missile strikes in the Taiwan Strait.", "MOBILIZE")
    assert (event["source"], event["target"], event["mode"]) == ("CHN", "TWN", "weapons")


def test_vowing_force_is_a_threat(nlp):
    assert one(nlp, "China vowed that unification will happen by force.", "THREATEN")["source"] == "CHN"


def test_verdict_on_an_actor_is_an_accusation_by_the_speaker(nlp):
    event = one(nlp, "Israel said Iran is a dangerous regime.", "ACCUSE")
    assert (event["source"], event["target"]) == ("ISR", "IRN")
    assert event["reason"].startswith("copula be")


def test_headline_verb_read_as_a_noun(nlp):
    event = one(nlp, "Serbia sides with Russia on energy pact", "SUPPORT")
    assert (event["source"], event["target"]) == ("SRB", "RUS")


# ---- quantity, time, reason
def test_quantity_of_a_deal_found_in_its_content(nlp):
    if "storyline_quantities" not in nlp.pipe_names:
        pytest.skip("quantities extractor not available")
    doc = nlp("Italy announced a contract to supply Egypt with 12 frigates.")
    event = next(e for e in doc._.events if e["type"] == "AGREE")
    assert next(q for q in doc._.quantities if q["id"] == event["quantity"])["low"] == 12


def test_when_from_the_sentence_else_bounded_by_publication(nlp):
    if "storyline_time" not in nlp.pipe_names:
        pytest.skip("time extractor not available")
    dated = published(nlp, "China fired missiles at Taiwan on Wednesday.", "2022-08-04")[0]
    assert dated["when"] == {"start": "2022-08-03", "end": "2022-08-03", "text": "Wednesday"}
    undated = published(nlp, "China fired missiles at Taiwan.", "2022-08-04")[0]
    assert (undated["when"]["start"], undated["when"]["end"]) == (None, "2022-08-04")
    planned = published(nlp, "China will fire missiles at Taiwan.", "2022-08-04")[0]
    assert (planned["when"]["start"], planned["when"]["end"]) == ("2022-08-04", None)
    assert events(nlp, "China fired missiles at Taiwan.")[0]["when"] is None


def test_every_event_has_a_reason_naming_entry_and_path(nlp):
    found = events(nlp, "France condemned Russia. Iran provided Russia with drones. Japan held talks with India.")
    assert found and all(e["reason"] for e in found)
    assert any(e["reason"].startswith("verb provide (AID") and "dobj=Russia" in e["reason"] for e in found)


def test_a_headline_noun_read_as_a_verb(nlp):
    found = events(nlp, "UK condemns Russia missile launches near Poland")  # `launches` tagged VBZ
    assert pairs(found, "MOBILIZE") == {("RUS", "POL")}
    assert pairs(found, "ACCUSE") == {("GBR", "RUS")}


def test_a_compound_whose_first_word_the_tagger_read_as_a_verb(nlp):
    text = "The U.S. official pointed to export controls on Russia."
    assert pairs(events(nlp, text), "SANCTION") == {("USA", "RUS")}


def test_a_headline_blocking_verb_read_as_a_compound_codes_the_stopping(nlp):
    text = "Germany halts military, trade dialog with Russia"
    assert pairs(events(nlp, text), "SANCTION") == {("DEU", "RUS")}
    assert not [e for e in events(nlp, text) if e["type"] == "CONSULT"]


def test_roles_point_at_their_words(nlp):
    text = "Officials said on Monday that Russia attacked Ukraine. Later Kyiv accused Moscow of war crimes."
    attack = one(nlp, text, "ASSAULT")
    assert text[attack["trigger_start"]: attack["trigger_end"]] == "attacked"
    assert text[attack["source_start"]: attack["source_end"]] == "Russia"
    assert text[attack["target_start"]: attack["target_end"]] == "Ukraine"
    accuse = one(nlp, text, "ACCUSE")  # the mentions in the event's own sentence, not the earlier ones
    assert text[accuse["source_start"]: accuse["source_end"]] == "Kyiv"
    assert text[accuse["target_start"]: accuse["target_end"]] == "Moscow"


def test_a_role_without_an_actor_points_nowhere(nlp):
    event = one(nlp, "Russia mobilized its reservists.", "MOBILIZE")
    assert event["target"] is None and event["target_start"] is None and event["target_end"] is None


@pytest.mark.parametrize("text, event_type, mode", [
    ("Armenian forces violated the truce about 40 times overnight.", "ASSAULT", None),
    ("Washington has suspended aid to Yemen.", "SANCTION", "discontinue"),
    ("France returned three statues to the government of Peru.", "RETREAT", "release"),
    ("Young Tunisians blocked streets running into the old town on Saturday.", "PROTEST", "obstruct"),
])
def test_crosswalk_verbs_the_table_lacked(nlp, text, event_type, mode):
    assert one(nlp, text, event_type)["mode"] == mode


@pytest.mark.parametrize("text, event_type, target, words", [
    ("Chancellor Olaf Scholz cancelled a planned trip to Paris after French unions criticised his budget.",
     "REJECT", "FRA", "Paris"),
    ("The rebels threatened to shell Aden, Yemen's southern port, if Yemen bombs their camps.",
     "THREATEN", "YEM", "Aden"),
])
def test_a_role_points_at_the_words_it_was_read_from(nlp, text, event_type, target, words):
    doc = nlp(text)
    found = [e for e in doc._.events if e["type"] == event_type and e["target"] == target]
    assert found and doc.text[found[0]["target_start"]:found[0]["target_end"]] == words

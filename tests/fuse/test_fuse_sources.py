"""Facts, independence, conflicts and incremental re-fusion on small article sets written here."""

from __future__ import annotations

import pytest

from storyline.fuse import facts as fuse_facts_module
from storyline.fuse.conflicts import stance_conflicts
from storyline.fuse.facts import fuse_facts
from storyline.fuse.sources import find_copies, resolve_outlet, text_credits
from storyline.model import Actor, Document, Event, Extraction, Quantity, Quote, When

ACTORS = [
    Actor(id="IRN", name="Iran", kind="country", country="IRN"),
    Actor(id="RUS", name="Russia", kind="country", country="RUS"),
    Actor(id="USA", name="United States", kind="country", country="USA"),
    Actor(id="laura-brennan", name="Laura Brennan", kind="person", country="USA"),
    Actor(id="reuters", name="Reuters", kind="organization", country="GBR", sector="MED"),
]

WIRE = (
    "(Reuters) - Iran has sent about 450 drones to Russia since August, a senior official said on Monday. "
    "The shipments were made by sea across the Caspian and included attack drones of a delta-wing design, "
    "the official said, asking not to be named because the matter is sensitive."
)


def document(doc_id: str, text: str, outlet: str | None = None, published: str | None = None) -> Document:
    return Document(id=doc_id, text=text, outlet=outlet, published=published, content_hash=doc_id + str(len(text)))


def sentence_of(text: str, phrase: str) -> tuple[int, int]:
    """Offsets of the sentence holding `phrase` (sentences end with '. ')."""
    at = text.index(phrase)
    start = text.rfind(". ", 0, at)
    end = text.find(". ", at)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end + 1)


def aid(doc: Document, phrase: str, n: int = 0, status: str = "asserted", trigger: str = "sent") -> Event:
    start, end = sentence_of(doc.text, phrase)
    return Event(id=f"{doc.id}#ev{n}", doc=doc.id, type="AID", context=["military"], source="IRN", target="RUS",
                 object="drones", trigger=trigger, status=status, start=start, end=end)


def drones(doc: Document, phrase: str, low: float | None, high: float | None, n: int = 0) -> Quantity:
    start = doc.text.index(phrase)
    return Quantity(id=f"{doc.id}#qty{n}", doc=doc.id, text=phrase, low=low, high=high, item="drone",
                    start=start, end=start + len(phrase))


def quote(doc: Document, phrase: str, speaker: str, n: int = 0, stance: str = "assert") -> Quote:
    start = doc.text.index(phrase)
    return Quote(id=f"{doc.id}#quote{n}", doc=doc.id, speaker=speaker, cue="said", text=phrase, direct=False,
                 stance=stance, start=start, end=start + len(phrase))


def event_facts(extractions: list[Extraction]) -> list:
    return [f for f in fuse_facts(extractions, {}, ACTORS) if f.kind == "event"]


def test_a_wire_story_and_two_rewrites_are_one_origin():
    wire = document("wire.txt", WIRE, published="2022-11-01")
    cited_text = (
        "Tehran has shipped about 450 drones to Moscow, Reuters reported on Monday. "
        "Analysts say the drones are used against Ukraine's power grid."
    )
    cited = document("cited.txt", cited_text, outlet="Daily Example", published="2022-11-02")
    copied = document("copied.txt", "Breaking: " + WIRE.replace("(Reuters) - ", ""), outlet="Other Site",
                      published="2022-11-03")
    extractions = [
        Extraction(document=wire, events=[aid(wire, "has sent about 450")]),
        Extraction(document=cited, events=[aid(cited, "has shipped about 450", trigger="shipped")],
                   quotes=[quote(cited, "Tehran has shipped about 450 drones to Moscow", "reuters")]),
        Extraction(document=copied, events=[aid(copied, "has sent about 450")]),
    ]
    (fact,) = event_facts(extractions)
    assert fact.documents == ["cited.txt", "copied.txt", "wire.txt"]
    assert fact.independent_sources == 1
    assert fact.circular
    (origin,) = fact.origins
    assert "cited.txt (Daily Example) ← Reuters" in origin and "wire.txt ← Reuters" in origin


def test_two_independent_reports_are_two_origins():
    a = document("a.txt", "Iran has sent drones to Russia, the White House said on Monday. Nothing else was said.")
    b = document("b.txt", "Ukrainian officials say Russia keeps receiving Iranian drones. Iran sent them by sea.")
    extractions = [
        Extraction(document=a, events=[aid(a, "has sent drones")]),
        Extraction(document=b, events=[aid(b, "Iran sent them")]),
    ]
    (fact,) = event_facts(extractions)
    assert fact.independent_sources == 2
    assert not fact.circular
    assert fact.summary == "Iran → Russia: AID (military): drones"
    assert len(fact.origins) == 2


def test_different_figures_for_one_question_are_a_numeric_conflict():
    a = document("a.txt", "Russia has received about 450 drones from Iran since August, officials said.")
    b = document("b.txt", "Russia got thousands of drones from Iran, according to a Ukrainian official.")
    extractions = [
        Extraction(document=a, quantities=[drones(a, "about 450 drones", 450, 450)]),
        Extraction(document=b, quantities=[drones(b, "thousands of drones", 1000, 9999)]),
    ]
    (fact,) = [f for f in fuse_facts(extractions, {}, ACTORS) if f.kind == "quantity"]
    assert fact.documents == ["a.txt", "b.txt"]
    (conflict,) = fact.conflicts
    assert conflict.kind == "incompatible"
    assert {conflict.a, conflict.b} == {"a.txt#qty0", "b.txt#qty0"}


def test_two_figures_of_one_sentence_answer_two_questions():
    a = document("a.txt", "Of the nine missiles that Tokyo tracked, four passed over the main island.")
    b = document("b.txt", "In all, Beijing fired nine missiles. Four passed over the main island, Tokyo said.")
    extractions = [
        Extraction(document=a, quantities=[drones(a, "nine missiles", 9, 9), drones(a, "four", 4, 4, 1)]),
        Extraction(document=b, quantities=[drones(b, "nine missiles", 9, 9), drones(b, "Four", 4, 4, 1)]),
    ]
    facts = [f for f in fuse_facts(extractions, {}, ACTORS) if f.kind == "quantity"]
    assert sorted(f.members for f in facts) == [["a.txt#qty0", "b.txt#qty0"], ["a.txt#qty1", "b.txt#qty1"]]
    assert all(not f.conflicts for f in facts)


def test_an_assertion_and_a_denial_are_a_stance_conflict():
    a = document("a.txt", "Brennan said Iran has sent drones to Russia. She gave no figure.")
    b = document("b.txt", "Iran denies that it sent drones to Russia. Its foreign ministry called it a lie.")
    extractions = [
        Extraction(document=a, events=[aid(a, "Iran has sent drones")],
                   quotes=[quote(a, "Iran has sent drones to Russia", "laura-brennan")]),
        Extraction(document=b, events=[aid(b, "it sent drones", status="denied")],
                   quotes=[quote(b, "it sent drones to Russia", "IRN", stance="deny")]),
    ]
    facts = fuse_facts(extractions, {}, ACTORS)
    (event,) = [f for f in facts if f.kind == "event"]
    assert [(c.a, c.b, c.kind) for c in event.conflicts] == [("a.txt#ev0", "b.txt#ev0", "stance")]
    (disputed,) = [f for f in facts if f.kind == "quote"]
    assert disputed.summary.startswith("Disputed: Iran → Russia: AID")
    assert [(c.a, c.b, c.kind) for c in disputed.conflicts] == [("a.txt#quote0", "b.txt#quote0", "stance")]


def test_a_one_sided_event_joins_the_fact_it_names_the_same_way():
    a = document("a.txt", "Iran has sent drones to Russia, officials said.")
    b = document("b.txt", "Russia has received Iranian drones, Kyiv says.")
    c = document("c.txt", "Iran has sent more drones this month, a report said.")
    one_sided = aid(c, "Iran has sent more drones")
    one_sided.target = None
    extractions = [
        Extraction(document=a, events=[aid(a, "Iran has sent drones")]),
        Extraction(document=b, events=[aid(b, "Russia has received", trigger="received")]),
        Extraction(document=c, events=[one_sided]),
    ]
    (fact,) = event_facts(extractions)
    assert fact.documents == ["a.txt", "b.txt", "c.txt"]


def test_a_one_sided_event_joins_the_only_fact_of_its_block_however_it_is_named():
    a = document("a.txt", "The US condemned China's launches. Nothing else.")
    b = document("b.txt", "Washington denounced the launches by China. Nothing else.")
    c = document("c.txt", "A White House spokeswoman called the move irresponsible. Nothing else.")
    one_sided = coded(c, "called the move", "ACCUSE", "USA", "CHN", "called")
    one_sided.target = None
    extractions = [
        Extraction(document=a, events=[coded(a, "The US condemned", "ACCUSE", "USA", "CHN", "condemned")]),
        Extraction(document=b, events=[coded(b, "Washington denounced", "ACCUSE", "USA", "CHN", "denounced")]),
        Extraction(document=c, events=[one_sided]),
    ]
    (fact,) = event_facts(extractions)
    assert fact.documents == ["a.txt", "b.txt", "c.txt"]


def test_a_one_sided_event_is_one_fact_at_most_that_of_the_dyad_told_most():
    docs = [document(f"{n}.txt", f"Report {n} on sanctions. Nothing else.") for n in "abcdef"]
    extractions = [
        Extraction(document=d, events=[coded(d, "Report", "SANCTION", "USA", target, "sanctions")])
        for d, target in zip(docs[:5], ["RUS", "RUS", "IRN", "IRN", "IRN"], strict=True)
    ]
    one_sided = coded(docs[5], "Report", "SANCTION", "USA", "RUS", "sanctions")
    one_sided.target = None
    extractions.append(Extraction(document=docs[5], events=[one_sided]))
    facts = {f.summary.split(":")[0]: f.documents for f in event_facts(extractions)}
    assert facts == {"United States → Russia": ["a.txt", "b.txt"],
                     "United States → Iran": ["c.txt", "d.txt", "e.txt", "f.txt"]}


def test_one_sided_events_no_full_block_takes_are_a_fact_of_their_own_by_trigger():
    docs = [document(f"{n}.txt", f"Report {n}: the US apologized and protested. Nothing else.") for n in "abc"]
    extractions = []
    for d in docs:
        apology = coded(d, "Report", "CONCEDE", "USA", "RUS", "apologized")
        protest = coded(d, "Report", "PROTEST", "USA", "RUS", "protested", n=1)
        apology.target = protest.target = None
        extractions.append(Extraction(document=d, events=[apology, protest] if d.id != "c.txt" else [apology]))
    facts = {f.summary: f.documents for f in event_facts(extractions)}
    assert facts == {"United States: CONCEDE": ["a.txt", "b.txt", "c.txt"],
                     "United States: PROTEST": ["a.txt", "b.txt"]}


@pytest.mark.parametrize(("triggers", "summaries"), [
    (("condemned", "blamed"), []),
    (("condemned", "condemns"), ["→ Russia: ACCUSE"]),
])
def test_one_sided_events_of_different_triggers_stay_apart(triggers, summaries):
    docs = [document(f"{n}-{triggers[1]}.txt", f"Report {n}: Russia was accused. Nothing else.") for n in "ab"]
    extractions = []
    for d, trigger in zip(docs, triggers, strict=True):
        accusation = coded(d, "Report", "ACCUSE", "USA", "RUS", trigger)
        accusation.source = None
        extractions.append(Extraction(document=d, events=[accusation]))
    assert [f.summary for f in event_facts(extractions)] == summaries


def test_dates_far_apart_are_distinct_events_and_close_ones_a_date_conflict():
    texts = {d: f"Putin visited Tehran, report {d} says. It was brief." for d in "abcd"}
    docs = {d: document(f"{d}.txt", t) for d, t in texts.items()}
    days = {"a": "2022-07-19", "b": "2022-07-20", "c": "2022-12-05", "d": "2022-12-05"}
    events = []
    for d, doc in docs.items():
        event = aid(doc, "Putin visited")
        event.type, event.source, event.target, event.object, event.trigger = "CONSULT", "RUS", "IRN", None, "visited"
        event.when = When(start=days[d], end=days[d], text=days[d])
        events.append(Extraction(document=doc, events=[event]))
    facts = sorted(event_facts(events), key=lambda f: f.documents)
    assert [f.documents for f in facts] == [["a.txt", "b.txt"], ["c.txt", "d.txt"]]
    assert [c.kind for c in facts[0].conflicts] == ["date"]


def test_a_speaker_stands_in_a_stance_conflict_by_the_assertion_closest_to_the_denial():
    a = document("a-stance.txt", "The minister praised the harvest. The minister said Chile armed the rebels.")
    b = document("b-stance.txt", "Chile says it never armed the rebels and stays neutral.")
    asserting = [quote(a, "praised the harvest", "minister", 0), quote(a, "Chile armed the rebels", "minister", 1)]
    denial = quote(b, "it never armed the rebels and stays neutral", "CHL", 0, stance="deny")
    (conflict,) = stance_conflicts(asserting, [denial], {})
    assert (conflict.a, conflict.b) == (asserting[1].id, denial.id)


def test_a_publication_bound_is_no_date_to_disagree_with():
    docs = {d: document(f"{d}-bound.txt", f"Putin visited Tehran, report {d} says. It was brief.") for d in "ab"}
    bounds = {"a": When(start=None, end="2022-07-19", text="by publication (2022-07-19)"),
              "b": When(start="2022-07-20", end="2022-07-20", text="Wednesday")}
    extractions = []
    for d, doc in docs.items():
        event = aid(doc, "Putin visited")
        event.type, event.source, event.target, event.object, event.trigger = "CONSULT", "RUS", "IRN", None, "visited"
        event.when = bounds[d]
        extractions.append(Extraction(document=doc, events=[event]))
    (fact,) = event_facts(extractions)
    assert fact.documents == ["a-bound.txt", "b-bound.txt"]
    assert fact.conflicts == []


def coded(doc: Document, phrase: str, event_type: str, source: str, target: str, trigger: str,
          obj: str | None = None, n: int = 0) -> Event:
    event = aid(doc, phrase, n=n, trigger=trigger)
    event.type, event.source, event.target, event.object, event.context = event_type, source, target, obj, []
    return event


def test_an_invasion_and_the_strikes_made_in_it_are_two_facts():
    a = document("a.txt", "Russia invaded Ukraine in February. Russia struck power plants in Ukraine with drones.")
    b = document("b.txt", "The war Russia launched on Ukraine goes on. Russian attacks on Ukraine's grid continued.")
    extractions = [
        Extraction(document=a, events=[coded(a, "Russia invaded", "ASSAULT", "RUS", "UKR", "invaded"),
                                       coded(a, "Russia struck", "ASSAULT", "RUS", "UKR", "struck", "drones", 1)]),
        Extraction(document=b, events=[coded(b, "The war", "ASSAULT", "RUS", "UKR", "war"),
                                       coded(b, "Russian attacks", "ASSAULT", "RUS", "UKR", "attacks", "grid", 1)]),
    ]
    facts = sorted(event_facts(extractions), key=lambda f: f.members)
    assert [f.members for f in facts] == [["a.txt#ev0", "b.txt#ev0"], ["a.txt#ev1", "b.txt#ev1"]]


def test_what_is_struck_does_not_split_an_event_but_what_is_given_does():
    a = document("a.txt", "Russia hit Ukraine's power plants. Iran gave Russia drones. Iran sent Russia instructors.")
    b = document("b.txt", "Russia attacked Ukrainian cities. Iran supplied Russia drones. Iran sent Russia advisers.")
    extractions = [
        Extraction(document=d, events=[
            coded(d, strike, "ASSAULT", "RUS", "UKR", "hit", target_thing),
            coded(d, "drones", "AID", "IRN", "RUS", "gave", "drones", 1),
            coded(d, people, "AID", "IRN", "RUS", "sent", people.split()[-1], 2),
        ])
        for d, strike, target_thing, people in (
            (a, "Russia hit", "power plants", "Iran sent Russia instructors"),
            (b, "Russia attacked", "cities", "Iran sent Russia advisers"))
    ]
    facts = sorted(event_facts(extractions), key=lambda f: f.members)
    assert [f.members for f in facts] == [["a.txt#ev0", "b.txt#ev0"], ["a.txt#ev1", "b.txt#ev1"],
                                          ["a.txt#ev2", "b.txt#ev2"]]


def test_drills_and_missile_strikes_are_two_facts_and_a_mode_names_what_is_fired():
    a = document("a-drill.txt", "Turkey held naval drills off Cyprus. Turkey fired rockets near Cyprus.")
    b = document("b-drill.txt", "Turkish exercises went on near Cyprus. Rocket strikes hit the sea off Cyprus.")
    strikes = coded(b, "Rocket strikes", "MOBILIZE", "TUR", "CYP", "strikes", None, 1)
    strikes.mode = "weapons"
    extractions = [
        Extraction(document=a, events=[coded(a, "Turkey held", "MOBILIZE", "TUR", "CYP", "held", "drills"),
                                       coded(a, "Turkey fired", "MOBILIZE", "TUR", "CYP", "fired", "rockets", 1)]),
        Extraction(document=b, events=[coded(b, "Turkish exercises", "MOBILIZE", "TUR", "CYP", "exercises"),
                                       strikes]),
    ]
    facts = sorted(event_facts(extractions), key=lambda f: f.members)
    assert [f.members for f in facts] == [["a-drill.txt#ev0", "b-drill.txt#ev0"],
                                          ["a-drill.txt#ev1", "b-drill.txt#ev1"]]


def test_an_event_of_a_bloc_joins_the_fact_of_its_member():
    a = document("a.txt", "The US imposed sanctions on Russia. Nothing else happened.")
    b = document("b.txt", "Western sanctions on Russia bite. Russia shrugged them off.")
    c = document("c.txt", "Western sanctions on Iran bite too. Iran shrugged them off.")
    extractions = [
        Extraction(document=a, events=[coded(a, "The US imposed", "SANCTION", "USA", "RUS", "sanctions")]),
        Extraction(document=b, events=[coded(b, "Western sanctions on Russia", "SANCTION", "west", "RUS",
                                             "sanctions")]),
        Extraction(document=c, events=[coded(c, "Western sanctions on Iran", "SANCTION", "west", "IRN",
                                             "sanctions")]),
    ]
    (fact,) = event_facts(extractions)
    assert fact.documents == ["a.txt", "b.txt"]
    assert fact.summary.startswith("United States → Russia: SANCTION")


def test_a_shared_contributor_counts_once_and_a_lone_one_adds_no_doubt():
    credit = "\nThe Washington Post contributed to this report."
    a = document("a.txt", "Iran has sent drones to Russia, officials said. Kyiv protested." + credit, outlet="Paper A")
    b = document("b.txt", "Russia got drones from Iran, according to officials. Tehran denied it." + credit,
                 outlet="Paper B")
    c = document("c.txt", "Iran shipped drones to Russia by sea, a diplomat told us. More may follow.",
                 outlet="Paper C")
    extractions = [Extraction(document=d, events=[aid(d, "drones")]) for d in (a, b, c)]
    (fact,) = event_facts(extractions)
    assert fact.independent_sources == 2
    assert any("Washington Post (contributed)" in origin for origin in fact.origins)
    (fact,) = event_facts([extractions[0], extractions[2]])
    assert fact.independent_sources == 2


def test_the_accused_side_rejecting_an_accusation_is_a_stance_conflict():
    a = document("a.txt", "Iran condemned the US drill as a provocation, its ministry said. Talks stalled.")
    b = document("b.txt", "Iran blasted the drill. Brennan said Tehran used the drill as a pretext to escalate.")
    c = document("c.txt", "Iran condemned the drill. Brennan said the drill went ahead as planned on Monday.")
    extractions = [
        Extraction(document=d, events=[coded(d, phrase, "ACCUSE", "IRN", "USA", trigger, "drill")],
                   quotes=[quote(d, said, speaker, n) for n, (said, speaker) in enumerate(quotes)])
        for d, phrase, trigger, quotes in (
            (a, "Iran condemned", "condemned", [("the US drill as a provocation", "IRN")]),
            (b, "Iran blasted", "blasted", [("Tehran used the drill as a pretext to escalate", "laura-brennan")]),
            (c, "Iran condemned", "condemned", [("the drill went ahead as planned", "laura-brennan")]),
        )
    ]
    (disputed,) = [f for f in fuse_facts(extractions, {}, ACTORS) if f.kind == "quote"]
    assert [(c.a, c.b) for c in disputed.conflicts] == [("a.txt#quote0", "b.txt#quote0")]
    assert disputed.conflicts[0].why == "Laura Brennan rejects what Iran accuses"


def test_a_statement_an_outlet_relays_is_named_as_its_speakers_in_a_dispute():
    a = document("a.txt", "Iran's ministry condemned the US drill as a provocation, Reuters reported. Talks stalled.")
    b = document("b.txt", "Iran blasted the drill. Brennan said Tehran used the drill as a pretext to escalate.")
    wrapper = quote(a, "Iran's ministry condemned the US drill as a provocation", "reuters", 0)
    relayed = quote(a, "the US drill as a provocation", "IRN", 1).model_copy(update={"medium": "reuters"})
    extractions = [
        Extraction(document=a, events=[coded(a, "condemned", "ACCUSE", "IRN", "USA", "condemned", "drill")],
                   quotes=[wrapper.model_copy(update={"end": relayed.start}), relayed]),
        Extraction(document=b, events=[coded(b, "Iran blasted", "ACCUSE", "IRN", "USA", "blasted", "drill")],
                   quotes=[quote(b, "Tehran used the drill as a pretext to escalate", "laura-brennan")]),
    ]
    (disputed,) = [f for f in fuse_facts(extractions, {}, ACTORS) if f.kind == "quote"]
    whys = {c.a: c.why for c in disputed.conflicts}
    assert whys["a.txt#quote0"] == "Laura Brennan rejects what Iran (as Reuters reports) accuses"
    assert whys["a.txt#quote1"] == "Laura Brennan rejects what Iran accuses"


def test_incremental_refusion_redoes_only_the_blocks_new_documents_touch(monkeypatch):
    a = document("a.txt", "Iran has sent drones to Russia, officials said. About 450 drones arrived.")
    b = document("b.txt", "Iran sent drones to Russia by sea, Kyiv says. About 450 drones were counted.")
    first = [
        Extraction(document=d, events=[aid(d, phrase)], quantities=[drones(d, "About 450 drones", 450, 450)])
        for d, phrase in ((a, "Iran has sent"), (b, "Iran sent drones"))
    ]
    fuse_facts_module.RECENT_BLOCKS.clear()
    blocks: dict = {}
    before = fuse_facts(first, {}, ACTORS, fused=blocks)
    c = document("c.txt", "Officials in Kyiv disagree. About 300 drones arrived, they say.")
    second = [*first, Extraction(document=c, quantities=[drones(c, "About 300 drones", 300, 300)])]
    fused: list[str] = []
    real = dict(fuse_facts_module.FUSERS)
    monkeypatch.setattr(fuse_facts_module, "FUSERS", {
        kind: (lambda block, collection, kind=kind: fused.append(block.name) or real[kind](block, collection))
        for kind in real
    })
    fuse_facts_module.RECENT_BLOCKS.clear()
    after = fuse_facts(second, {}, ACTORS, previous=before, fused=blocks)
    assert fused == ["quantity|drone|"]
    (event,) = [f for f in after if f.kind == "event"]
    assert event == next(f for f in before if f.kind == "event")
    (quantity,) = [f for f in after if f.kind == "quantity"]
    assert quantity.documents == ["a.txt", "b.txt", "c.txt"]


@pytest.mark.parametrize("text, origin, contributors", [
    ("SEOUL, Nov. 3 (Yonhap) -- North Korea fired a missile.", "yonhap", []),
    ("Lawmakers met on Monday.\nVia The Hill", "the-hill", []),
    ("Text of the story.\nThis article was originally published on NBCNews.com", "nbc-news", []),
    ("(Newser) – A storm knocked out power in Ohio.", "newser", []),
    ("Voting went on.\nThe Washington Post contributed to this report.", None, ["washington-post"]),
    ("A story with no credit at all.", None, []),
    ("Rain fell in Lima.\nWith files from Reuters", None, ["reuters"]),
    ("Rain fell in Lima.\nAdditional reporting by Reuters; editing by Jane Roe.", None, ["reuters"]),
    ("Rain fell in Lima.\nAdditional reporting by Jane Roe in Quito.", None, []),
    ("Rain fell in Lima.\nReuters reporter Jane Roe in Quito contributed to this report.", None, ["reuters"]),
    ("Rain fell in Lima.\nSource: Reuters", "reuters", []),
    ("Rain fell in Lima.\nSource: local officials", None, []),
    ("Rain fell in Lima.\n— Reuters", "reuters", []),
    ("Rain fell in Lima.\n— Jane Roe", None, []),
    ("Rain fell in Lima.\n- Reuters reported it first", None, []),
    ("By Jane Roe, Reuters\nRain fell in Lima.", "reuters", []),
    ("By Jane Roe, Staff Writer\nRain fell in Lima.", None, []),
    # a writers' credit after a sentence ending in a lower-case word (the name must not run back over it)
    ("Rain fell in Lima for days.\nAssociated Press writers Jane Roe in Quito and Ann Poe in Rome contributed to "
     "this report.", None, ["associated-press"]),
    ("Rain fell in Lima.\nReuters contributed reporting from Quito.", None, ["reuters"]),
    ("Rain fell in Lima.\nInformation from The Associated Press was used in this report.", None,
     ["associated-press"]),
    ("Rain fell in Lima.\nThis report includes reporting from Reuters.", None, ["reuters"]),
    ("Rain fell in Lima.\nInformation from local officials was used in this report.", None, []),
    ("Rain fell in Lima.\nAFP", "afp", []),
    ("Rain fell in Lima.\n(Reuters)\n", "reuters", []),
    ("Rain fell in Lima.\nAFP\nMore rain is expected.", None, []),  # an outlet line that is not the last
    ("Rain fell in Lima.\n(Reporting by Jane Roe in Quito; Editing by Ann Poe)", "reuters", []),
    ("Rain fell in Lima.\n(Reporting by Jane Roe in Quito)", None, []),
    ("Rain fell in Lima.\nReporting by Jane Roe; Additional reporting by Al Doe; Editing by Ann Poe", "reuters", []),
    ("Rain fell in Lima.\nbur-th/sst", "afp", []),
    ("Madrid, Jul 29 (EFE).- Rain fell in Lima.", "efe", []),
    ("New Delhi [India], July 29 (ANI): Rain fell in Lima.", "ani", []),
    ("Kuala Lumpur, Jul 29 (Bernama) Rain fell in Lima.", "bernama", []),
    ("Lima, Jul 29 (Jane Roe) Rain fell in Lima.", None, []),  # a tag and no dash: listed agencies only
    ("MOSCOW, July 29. /TASS/. Rain fell in Lima.", "tass", []),
])
def test_credit_lines_name_the_origin_or_a_contributor(text, origin, contributors):
    found, helpers = text_credits(text)
    assert (found.key if found else None) == origin
    assert [o.key for o in helpers] == contributors


def test_outlet_metadata_resolves_to_the_outlet_named_first():
    assert resolve_outlet("Reuters video story (republished by Yahoo News Singapore)").key == "reuters"
    assert resolve_outlet("The Associated Press").key == "associated-press"
    assert resolve_outlet("Newser").key == "newser"


@pytest.mark.parametrize(("whens", "kinds"), [
    ((("a", "2022-07-18", "Monday"), ("b", "2022-07-25", "midnight on Monday")), []),  # one day name read two ways
    ((("a", "2022-07-18", "Monday"), ("a", "2022-07-22", "Friday")), []),  # one article, two of its events
    ((("a", "2022-07-18", "Monday"), ("b", "2022-07-19", "Tuesday")), ["date"]),  # two articles disagree
])
def test_a_date_conflict_is_two_articles_giving_two_days(whens, kinds):
    told = {d: " and ".join(text for e, _, text in whens if e == d) or "one day" for d in "abc"}
    docs = {d: document(f"{d}.txt", f"Putin visited Tehran, report {d} says. Putin visited again ({told[d]}).")
            for d in "abc"}  # texts that differ by case: fusion reuses the facts of a block it has seen
    events: dict[str, list] = {d: [] for d in docs}
    for d, day, text in [*whens, ("c", None, None)]:  # c: an undated report of the visit
        event = aid(docs[d], "Putin visited" if not events[d] else "Putin visited again", n=len(events[d]))
        event.type, event.source, event.target, event.object, event.trigger = "CONSULT", "RUS", "IRN", None, "visited"
        event.when = When(start=day, end=day, text=text) if day else None
        events[d].append(event)
    facts = event_facts([Extraction(document=docs[d], events=evs) for d, evs in events.items() if evs])

    assert len(facts) == 1 and len(facts[0].members) == len(whens) + 1
    assert [c.kind for c in facts[0].conflicts] == kinds


@pytest.mark.parametrize("answer", ["retaliated", "responded"])
def test_striking_back_is_an_act_apart_from_the_fighting_it_answers(answer):
    texts = {"a": "Thai and Cambodian troops fought for five days. Thai troops retaliated after the truce.",
             "b": f"Five days of fighting pitted Thailand against Cambodia. Thailand said it {answer} after it.",
             "c": "Thai and Cambodian troops fought for five days along the border. Nothing else."}
    extractions = []
    for d, text in texts.items():
        doc = document(f"{d}.txt", text)
        triggers = [t for t in ("fought", "fighting", "retaliated", "responded") if t in text]
        events = [coded(doc, t, "ASSAULT", "THA", "KHM", t, n=n) for n, t in enumerate(triggers)]
        extractions.append(Extraction(document=doc, events=events))
    facts = sorted(event_facts(extractions), key=lambda f: f.documents)
    assert [f.documents for f in facts] == [["a.txt", "b.txt"], ["a.txt", "b.txt", "c.txt"]]
    assert answer in facts[0].why and answer not in facts[1].why


def test_a_wire_story_cut_into_another_story_counts_once_and_a_write_up_of_the_briefing_apart():
    """Partial reuse is found sentence by sentence: a site that runs two edited paragraphs of a wire story (no
    credit, `Tuesday` made `yesterday`) among its own is that wire's copy for what it repeats; an outlet that
    writes up the same statement itself, quoting the same words, is a source of its own."""
    wire_text = ("Surin (Thailand) (AFP) - The Thai army said Cambodian troops had launched armed attacks into several "
                 "areas on Tuesday, in what it called “a clear attempt to undermine mutual trust”. Cambodia denied "
                 "it. Residents who fled the fighting began returning home as the truce held in most places. "
                 "Markets in the border town reopened and schools said they would resume classes next week.")
    mixed_text = ("Border tensions rose again as officials from both governments traded statements over the truce. "
                  "The Thai army said Cambodian troops had launched armed attacks into several areas yesterday, in "
                  "what it called “a clear attempt to undermine mutual trust”. Cambodia denied it. Our reporter "
                  "spoke to farmers near the frontier who said they heard no shooting at all overnight. Aid groups "
                  "asked both sides to let food convoys through and to keep the ceasefire.")
    own_text = ("Thailand accused Cambodia of violating the ceasefire, with its army saying in a statement that the "
                "neighbour's forces staged attacks in several places, “a clear attempt to undermine mutual trust”. "
                "Phnom Penh rejected the charge and said its soldiers had held their fire since midnight.")
    wire = document("wire.txt", wire_text, outlet="home1.ultrasurfing.com", published="2025-07-29")
    mixed = document("mixed.txt", mixed_text, outlet="Daily Example", published="2025-07-30")
    own = document("own.txt", own_text, outlet="Another Paper", published="2025-07-29")

    def attack(doc: Document, phrase: str, trigger: str) -> Event:
        start, end = sentence_of(doc.text, phrase)
        return Event(id=f"{doc.id}#ev0", doc=doc.id, type="ASSAULT", source="KHM", target="THA", trigger=trigger,
                     start=start, end=end)

    extractions = [
        Extraction(document=wire, events=[attack(wire, "had launched armed attacks", "attacks")]),
        Extraction(document=mixed, events=[attack(mixed, "had launched armed attacks", "attacks")]),
        Extraction(document=own, events=[attack(own, "staged attacks", "attacks")]),
    ]
    actors = [*ACTORS, Actor(id="THA", name="Thailand", kind="country", country="THA"),
              Actor(id="KHM", name="Cambodia", kind="country", country="KHM")]
    (fact,) = [f for f in fuse_facts(extractions, {}, actors) if f.kind == "event"]
    assert fact.documents == ["mixed.txt", "own.txt", "wire.txt"]
    assert fact.independent_sources == 2
    (copy,) = [o for o in fact.origins if "mixed.txt" in o]
    assert "wire.txt" in copy and "Agence France-Presse" in copy and "repeats wire.txt" in copy
    assert not any("own.txt" in o and "wire.txt" in o for o in fact.origins)


def test_a_copy_cut_to_a_part_of_its_original_is_found_as_a_copy():
    """A site running two paragraphs of a long wire story, plus one of its own, repeats the wire: most of its
    text is the wire's, though it shares little of the wire's whole text (the LSH candidate threshold is low)."""
    paragraphs = [
        "The Thai army said Cambodian troops had launched armed attacks into several areas after midnight.",
        "Cambodia's defence ministry denied any clashes, saying its forces had respected the truce since it began.",
        "Military commanders of both sides met on the border on Tuesday morning, as agreed at the talks in Malaysia.",
        "Residents who fled the fighting began to return to their villages, though many schools stayed shut.",
        "The fighting over a string of ancient temples killed dozens of people and displaced tens of thousands.",
        "Malaysia's prime minister hosted the leaders' talks, which delegates of the United States and China attended.",
        "Aid groups asked both governments to let convoys of food and medicine reach the border districts.",
        "Analysts said the truce remained fragile and that a joint committee would meet next week in Phnom Penh.",
    ]
    wire = document("wire.txt", "BANGKOK (Reuters) - " + " ".join(paragraphs), published="2025-07-29")
    cut = document("cut.txt", " ".join(paragraphs[2:4]) + " Our correspondent in Surin heard no shooting overnight.",
                   published="2025-07-30")
    copies = find_copies([Extraction(document=wire), Extraction(document=cut)])
    assert copies == {"cut.txt": "wire.txt"}


def test_two_write_ups_of_one_long_statement_are_no_copies_of_each_other():
    """Text reuse is read outside the quoted words: two outlets quoting one statement at length, each in its own
    words around it, repeat the speaker, not each other; a site running one of them whole is its copy."""
    statement = ("“Cambodian forces opened fire with small arms and artillery at several points along the border "
                 "after midnight, in a deliberate violation of the agreement and a clear attempt to undermine "
                 "mutual trust between the two countries and their armed forces”")
    first = document("first.txt", f"Thailand's army accused Cambodia on Tuesday. {statement}, a spokesman told "
                                  "reporters in Bangkok.", published="2025-07-29")
    second = document("second.txt", f"Bangkok said the truce was broken hours after it began. {statement}, the "
                                    "army said in a written statement.", published="2025-07-29")
    copy = document("copy.txt", first.text + " More follows.", published="2025-07-30")
    copies = find_copies([Extraction(document=d) for d in (first, second, copy)])
    assert copies == {"copy.txt": "first.txt"}

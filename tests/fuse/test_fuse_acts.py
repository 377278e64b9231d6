"""One act whose sides two reports name differently is one fact; two acts of one word on different parties are not."""

from __future__ import annotations

from tests.fuse.test_fuse_end_to_end import build_export

NAVY = ("NEW DELHI - The Indian navy captured 23 Somali pirates in the Gulf of Aden on Saturday, officials said. "
        "The pirates had tried to board a merchant ship.")
COMMANDOS = ("MUMBAI - Indian commandos captured a gang of pirates after a gunbattle in the Gulf of Aden on Saturday. "
             "The ship and its crew were unharmed.")


def event_facts(extractions: list, actors: list) -> list:
    """The event facts a fusion of these extractions makes (no quantities or quotes to fuse)."""
    from storyline.fuse.facts import fuse_facts

    return [f for f in fuse_facts(extractions, {}, actors) if f.kind == "event"]


def facts_with(export: dict, *docs: str) -> list[dict]:
    return [f for f in export["facts"] if f["kind"] == "event" and set(docs) <= set(f["documents"])]


def test_one_capture_whose_captives_two_reports_name_differently_is_one_fact(tmp_path):
    export = build_export(tmp_path, [("a.txt", NAVY, "Delhi Post"), ("b.txt", COMMANDOS, "Mumbai Mirror")])

    blocks = {e["doc"]: (e["type"], e["target"]) for e in export["events"]}
    assert blocks["a.txt"][0] == blocks["b.txt"][0] == "COERCE" and blocks["a.txt"][1] != blocks["b.txt"][1]
    (fact,) = facts_with(export, "a.txt", "b.txt")
    assert fact["independent_sources"] == 2
    assert "naming a side differently" in fact["why"]


def test_one_word_for_acts_on_two_countries_stays_two_acts(tmp_path):
    on_iran = "WASHINGTON - The United States imposed new sanctions on Iran on Monday over its drone sales."
    on_russia = "WASHINGTON - The United States imposed new sanctions on Russia on Monday over its oil exports."
    export = build_export(tmp_path, [("a.txt", on_iran, "Capitol Wire"), ("b.txt", on_russia, "Potomac Post")])

    assert {(e["type"], e["target"]) for e in export["events"]} >= {("SANCTION", "IRN"), ("SANCTION", "RUS")}
    assert not facts_with(export, "a.txt", "b.txt")


def test_one_word_for_acts_on_two_named_people_stays_two_acts(tmp_path):
    first = "LONDON - Police arrested John Smith in Leeds on Friday after the robbery of a jewellery shop."
    second = "LONDON - Police arrested Mary Jones in Leeds on Friday after the robbery of a jewellery shop."
    export = build_export(tmp_path, [("a.txt", first, "Leeds Echo"), ("b.txt", second, "York Press")])

    targets = {e["doc"]: e["target"] for e in export["events"] if e["type"] == "COERCE"}
    assert targets.get("a.txt") and targets.get("b.txt") and targets["a.txt"] != targets["b.txt"]
    assert not facts_with(export, "a.txt", "b.txt")


def test_a_report_naming_one_side_joins_only_an_act_on_that_side():
    from storyline.model import Actor, Document, Event, Extraction

    actors = [Actor(id=c, name=c, kind="country", country=c) for c in ("USA", "IRN", "RUS")]

    def report(doc_id: str, text: str, source: str | None, target: str) -> Extraction:
        doc = Document(id=doc_id, text=text, content_hash=doc_id)
        event = Event(id=f"{doc_id}#ev0", doc=doc_id, type="SANCTION", source=source, target=target,
                      trigger="sanctioned", start=0, end=len(text))
        return Extraction(document=doc, events=[event])

    # the one-sided report is of an act on Russia: it is no report of the US act on Iran
    elsewhere = [report("a.txt", "The United States sanctioned Iran over drones.", "USA", "IRN"),
                 report("b.txt", "Russia was sanctioned over drones, officials said.", None, "RUS")]
    assert not event_facts(elsewhere, actors)


def one_sided_reports(*reports: tuple[str, str, str | None, str | None, str]):
    """Extractions of one ASSAULT each: (doc id, text, source, target, trigger)."""
    return acts_of("ASSAULT", *reports)


QUAKE = "A powerful earthquake {} Indonesia's Aceh province on Tuesday, killing dozens, flattening homes."


def test_two_verbs_of_one_act_are_one_fact_two_acts_are_not():
    from storyline.fuse.lexical import act_stem
    from storyline.model import Actor

    assert act_stem("hits") == act_stem("struck") == act_stem("strike") != act_stem("injured")
    actors = [Actor(id="IDN", name="Indonesia", kind="country", country="IDN")]
    same = one_sided_reports(("a.txt", QUAKE.format("struck"), None, "IDN", "struck"),
                             ("b.txt", QUAKE.format("hits"), None, "IDN", "hits"))
    (fact,) = event_facts(same, actors)
    assert set(fact.documents) == {"a.txt", "b.txt"}
    other = one_sided_reports(("c.txt", QUAKE.format("struck"), None, "IDN", "struck"),
                              ("d.txt", QUAKE.format("injured people in"), None, "IDN", "injured"))
    assert not event_facts(other, actors)


def test_reports_naming_each_a_different_side_of_one_act_are_one_fact():
    from storyline.model import Actor

    actors = [Actor(id="HUN", name="Hungary", kind="country", country="HUN"),
              Actor(id="kraft", name="Kraft", kind="organization")]
    text = "Guards opened fire on protesters outside the Kraft plant in Budapest on Friday, witnesses said, as {}."
    reports = one_sided_reports(("a.txt", text.format("Hungarian police opened fire"), "HUN", None, "opened"),
                                ("b.txt", text.format("the Kraft plant was fired on"), None, "kraft", "opened"))
    facts = event_facts(reports, actors)
    assert [sorted(f.documents) for f in facts] == [["a.txt", "b.txt"]]
    # the same reports naming one side each in the same role are two acts where the sides are two parties
    apart = one_sided_reports(("c.txt", text.format("Hungarian police opened fire"), "HUN", None, "opened"),
                              ("d.txt", text.format("Austrian police opened fire"), "AUT", None, "opened"))
    actors.append(Actor(id="AUT", name="Austria", kind="country", country="AUT"))
    assert not event_facts(apart, actors)


def test_acts_on_one_named_person_whose_roles_two_reports_swap_are_one_fact():
    from storyline.model import Actor

    actors = [Actor(id="vincent-jackson", name="Vincent Jackson", kind="person"),
              Actor(id="police", name="police", kind="group"),
              Actor(id="dui", name="DUI", kind="organization")]
    text = "San Diego receiver Vincent Jackson was arrested on Saturday on suspicion of drunken driving, {}."
    reports = one_sided_reports(("a.txt", text.format("police said"), "police", "vincent-jackson", "arrested"),
                                ("b.txt", text.format("the team said"), "vincent-jackson", "dui", "arrested"))
    facts = event_facts(reports, actors)
    assert [sorted(f.documents) for f in facts] == [["a.txt", "b.txt"]]


def test_two_people_accusing_each_other_are_two_acts_and_one_person_in_two_roles_one():
    from storyline.model import Actor

    actors = [Actor(id="john-smith", name="John Smith", kind="person"),
              Actor(id="mary-jones", name="Mary Jones", kind="person"),
              Actor(id="rivals", name="rivals", kind="group"),
              Actor(id="officials", name="officials", kind="group")]
    text = "In a bitter row at the council meeting on Monday, John Smith and Mary Jones traded charges of fraud, {}."
    mirrored = one_sided_reports(("a.txt", text.format("she said"), "john-smith", "mary-jones", "accused"),
                                 ("b.txt", text.format("he said"), "mary-jones", "john-smith", "accused"))
    assert not event_facts(mirrored, actors)
    # the same person the doer in one report and the target in the other, no mirror of it: one act
    roles = one_sided_reports(("c.txt", text.format("she said"), "john-smith", "rivals", "accused"),
                              ("d.txt", text.format("he said"), "officials", "john-smith", "accused"))
    facts = event_facts(roles, actors)
    assert [sorted(f.documents) for f in facts] == [["c.txt", "d.txt"]]


def acts_of(event_type: str, *reports: tuple[str, str, str | None, str | None, str]):
    """Extractions of one event each, of one type: (doc id, text, source, target, trigger)."""
    from storyline.model import Document, Event, Extraction

    return [Extraction(document=Document(id=doc_id, text=text, content_hash=doc_id),
                       events=[Event(id=f"{doc_id}#ev0", doc=doc_id, type=event_type, source=source, target=target,
                                     trigger=trigger, start=0, end=len(text))])
            for doc_id, text, source, target, trigger in reports]


def test_an_organization_named_by_a_short_form_of_its_name_is_one_side_two_organizations_are_not():
    from storyline.model import Actor

    actors = [Actor(id="angels", name="Angels", kind="organization"),
              Actor(id="los-angeles-angels", name="Los Angeles Angels", kind="organization"),
              Actor(id="boston-red-sox", name="Boston Red Sox", kind="organization"),
              Actor(id="mark-teixeira", name="Mark Teixeira", kind="person")]
    text = "The {} offered free agent Mark Teixeira an eight-year contract on Sunday, the team said."
    short = acts_of("AGREE", ("a.txt", text.format("Angels"), "angels", "mark-teixeira", "offered"),
                    ("b.txt", text.format("Los Angeles Angels"), "los-angeles-angels", "mark-teixeira", "offered"))
    facts = event_facts(short, actors)
    assert [sorted(f.documents) for f in facts] == [["a.txt", "b.txt"]]
    rivals = acts_of("AGREE", ("c.txt", text.format("Angels"), "angels", "mark-teixeira", "offered"),
                     ("d.txt", text.format("Boston Red Sox"), "boston-red-sox", "mark-teixeira", "offered"))
    assert not event_facts(rivals, actors)


def test_captives_a_report_credits_to_another_country_are_one_side_where_both_are_a_loose_group():
    from storyline.model import Actor

    actors = [Actor(id=c, name=n, kind="country", country=c) for c, n in
              (("IND", "India"), ("SOM", "Somalia"), ("YEM", "Yemen"))]
    actors += [Actor(id="somali-pirates", name="Somali pirates", kind="group", country="SOM"),
               Actor(id="somali-and-yemeni-pirates", name="Somali and Yemeni pirates", kind="group", country="YEM")]
    text = "The Indian navy captured 23 {} in the Gulf of Aden on Saturday, officials said."
    gangs = acts_of("COERCE", ("a.txt", text.format("Somali pirates"), "IND", "somali-pirates", "captured"),
                    ("b.txt", text.format("Somali and Yemeni pirates"), "IND", "somali-and-yemeni-pirates",
                     "captured"))
    facts = event_facts(gangs, actors)
    assert [sorted(f.documents) for f in facts] == [["a.txt", "b.txt"]]
    # acts on two states are two acts
    states = acts_of("COERCE", ("c.txt", text.format("Somali officials"), "IND", "SOM", "captured"),
                     ("d.txt", text.format("Yemeni officials"), "IND", "YEM", "captured"))
    assert not event_facts(states, actors)


def test_an_official_joins_the_act_of_the_organization_his_report_names_not_the_most_told_one():
    from storyline.model import Actor

    actors = [Actor(id="angels", name="Angels", kind="organization"),
              Actor(id="boston-red-sox", name="Boston Red Sox", kind="organization"),
              Actor(id="tony-reagins", name="Tony Reagins", kind="person"),
              Actor(id="mark-teixeira", name="Mark Teixeira", kind="person")]
    offer = "{} made free agent Mark Teixeira an eight-year offer on Sunday, reports said."
    reports = acts_of("AGREE", ("a.txt", offer.format("The Angels"), "angels", "mark-teixeira", "offer"),
                      ("b.txt", offer.format("The Boston Red Sox"), "boston-red-sox", "mark-teixeira", "offer"),
                      ("c.txt", offer.format("Boston Red Sox owner John Henry"), "boston-red-sox", "mark-teixeira",
                       "offer"),
                      ("d.txt", offer.format("Angels general manager Tony Reagins"), "tony-reagins",
                       "mark-teixeira", "offer"))
    facts = event_facts(reports, actors)
    assert sorted(sorted(f.documents) for f in facts) == [["a.txt", "d.txt"], ["b.txt", "c.txt"]]


def test_one_shooting_is_one_fact_listing_its_acts_each_named_by_its_word():
    from storyline.model import Actor, Document, Event, Extraction

    actors = [Actor(id="gunman", name="gunman", kind="group"), Actor(id="workers", name="workers", kind="group")]

    def report(doc_id: str, text: str, *triggers: str) -> Extraction:
        events = [Event(id=f"{doc_id}#ev{n}", doc=doc_id, type="ASSAULT", source="gunman", target="workers",
                        trigger=word, start=0, end=len(text)) for n, word in enumerate(triggers)]
        return Extraction(document=Document(id=doc_id, text=text, content_hash=doc_id), events=events)

    reports = [report("a.txt", "A gunman shot five workers at the plant on Friday, killing two.", "shot", "killing"),
               report("b.txt", "A gunman killed two workers and wounded three at the plant.", "killed", "wounded"),
               report("c.txt", "The shooting at the plant killed two and wounded three workers.", "shooting", "killed",
                      "wounded")]
    (fact,) = event_facts(reports, actors)
    assert set(fact.documents) == {"a.txt", "b.txt", "c.txt"}
    # the incident is one fact; the acts its sentences count apart are listed apart, each under the word most of
    # its reports use
    assert fact.acts == {"killed": ["a.txt#ev1", "b.txt#ev0", "c.txt#ev1"], "shot": ["a.txt#ev0", "c.txt#ev0"],
                         "wounded": ["b.txt#ev1", "c.txt#ev2"]}
    assert "3 acts told apart: killed (3 reports), shot (2), wounded (2)" in fact.why
    # synonyms of one act (`same_acts`: hit, strike) and words no sentence counts apart are one act
    struck = [report("d.txt", "A gunman hit two workers at the plant.", "hit"),
              report("e.txt", "A gunman struck two workers at the plant.", "struck"),
              report("f.txt", "A gunman attacked two workers at the plant.", "attacked")]
    (one,) = event_facts(struck, actors)
    assert set(one.documents) == {"d.txt", "e.txt", "f.txt"} and one.acts == {} and "acts told apart" not in one.why
    # words naming different outcomes of an attack (`outcome_acts`: killed, wounded), or an outcome and the attack,
    # are acts apart however told
    outcomes = [report("g.txt", "A gunman killed two workers at the plant.", "killed"),
                report("h.txt", "A gunman wounded three workers at the plant.", "wounded"),
                report("i.txt", "A gunman attacked workers at the plant.", "attacked")]
    (both,) = event_facts(outcomes, actors)
    assert both.acts == {"attacked": ["i.txt#ev0"], "killed": ["g.txt#ev0"], "wounded": ["h.txt#ev0"]}


def test_a_report_joins_an_act_it_fits_most_of_unless_it_names_another_party_in_one_role():
    from storyline.model import Actor

    actors = [Actor(id="former-employee", name="former employee", kind="group"),
              Actor(id="accountant", name="accountant", kind="group"), Actor(id="men", name="men", kind="group"),
              Actor(id="eric-kirkpatrick", name="Eric Kirkpatrick", kind="person"),
              Actor(id="ben-banky", name="Ben Banky", kind="person"),
              Actor(id="tom-smith", name="Tom Smith", kind="person")]
    text = "A man was killed at an office party in a downtown tower on Friday night, police said ({})."
    reports = acts_of("ASSAULT", ("a.txt", text.format("a"), "former-employee", None, "killed"),
                      ("b.txt", text.format("b"), "former-employee", None, "killed"),
                      ("c.txt", text.format("c"), "accountant", "men", "killed"),
                      ("d.txt", text.format("d"), "eric-kirkpatrick", "ben-banky", "killing"),
                      ("e.txt", text.format("e"), "eric-kirkpatrick", "tom-smith", "killing"))
    facts = event_facts(reports, actors)
    # the report naming Kirkpatrick and Banky shares no side with the accountant's, but fits the former employee's
    # (one act of three): it joins; the one naming Smith the victim where Banky is names another party
    assert [sorted(f.documents) for f in facts] == [["a.txt", "b.txt", "c.txt", "d.txt"]]
    # Smith's killing fits half of an act of two (the former employee's), but names another victim than Banky's
    two = [r for r in reports if r.document.id != "c.txt"]
    facts = event_facts(two, actors)
    assert [sorted(f.documents) for f in facts] == [["a.txt", "b.txt", "d.txt"]]


def test_a_sides_names_are_searched_as_their_pattern_finds_them_compiled_only_where_one_may_be():
    """`acts.Named` answers as the case-insensitive pattern of an actor's names as words, and compiles it only for a
    text that may hold one (an ASCII text without any ASCII name in it, case aside, holds none)."""
    import re

    from storyline.fuse.acts import Named

    names = ["Northfield Rovers", "Rovers"]
    pattern = re.compile("|".join(rf"\b{re.escape(n)}\b" for n in names), re.IGNORECASE)
    texts = ["Police said the fans of the visiting side were arrested.", "ROVERS fans clashed with police.",
             "The Roverside estate was quiet.", "Northfield rovers' supporters were held.", "\u212aeepers of "
             "the peace met the Rovers’ fans.", "Fans of Rovers\u2019 rivals were held."]
    searched = Named(names)
    assert searched.search(texts[0]) is None and searched.pattern is None, "no name in it: nothing compiled"
    for text in texts:
        found, expected = searched.search(text), pattern.search(text)
        assert (found and found.span()) == (expected and expected.span())
    kelvin = Named(["Keepers"])  # the Kelvin sign is a `k` to the pattern: a text that is not ASCII is searched
    assert kelvin.search("\u212aeepers met.") and kelvin.search("Keepers met.") and not kelvin.search("Keeper met.")
    assert Named([]).search("any text") is not None, "no names: the empty pattern, which finds every text"


def test_a_firm_of_no_known_country_may_be_the_country_another_report_names_in_its_place():
    """A report names the workplace the shots were fired at (`the Norvale Logistics office`), another only the
    country of the town (`an office in Leeds` → GBR): the firm, whose country no report tells, may be of that
    country. A body of a sector (the European Union) or a second country are other parties."""
    from storyline.model import Actor

    actors = [Actor(id="gunman", name="gunman", kind="group"),
              Actor(id="GBR", name="United Kingdom", kind="country", country="GBR"),
              Actor(id="IRL", name="Ireland", kind="country", country="IRL"),
              Actor(id="norvale-logistics", name="Norvale Logistics", kind="organization"),
              Actor(id="european-union", name="European Union", kind="organization", sector="IGO")]
    text = "A sacked clerk came back with a rifle and opened fire at {} late on Friday, wounding four people."
    reports = acts_of("ASSAULT", ("a.txt", text.format("the Norvale Logistics office"), "gunman",
                                  "norvale-logistics", "opened"),
                      ("b.txt", text.format("an office in Leeds"), "gunman", "GBR", "opened"))
    facts = event_facts(reports, actors)
    assert [sorted(f.documents) for f in facts] == [["a.txt", "b.txt"]]
    body = acts_of("ASSAULT", ("c.txt", text.format("the offices of the European Union"), "gunman",
                               "european-union", "opened"),
                   ("d.txt", text.format("an office in Leeds"), "gunman", "GBR", "opened"))
    assert not event_facts(body, actors)
    countries = acts_of("ASSAULT", ("e.txt", text.format("an office in Dublin"), "gunman", "IRL", "opened"),
                        ("f.txt", text.format("an office in Leeds"), "gunman", "GBR", "opened"))
    assert not event_facts(countries, actors)


def test_gunning_down_is_the_shooting_other_reports_name_not_an_act_apart():
    from storyline.fuse.lexical import act_stem
    from storyline.model import Actor

    assert act_stem("gunned") == act_stem("gunning") == act_stem("shot") != act_stem("killed")
    actors = [Actor(id="gunman", name="gunman", kind="group"), Actor(id="guard", name="guard", kind="group")]
    text = "A night guard at the Eastbrook grain depot was {} by a masked gunman on Friday, police said."
    reports = acts_of("ASSAULT", ("a.txt", text.format("shot"), "gunman", "guard", "shot"),
                      ("b.txt", text.format("gunned down"), "gunman", "guard", "gunned"),
                      ("c.txt", text.format("shot and killed"), "gunman", "guard", "killed"))
    (fact,) = event_facts(reports, actors)
    # one shooting and the killing it caused: two acts, the gunning down one of them with the shots
    assert fact.acts == {"shot": ["a.txt#ev0", "b.txt#ev0"], "killed": ["c.txt#ev0"]}


def test_executing_is_the_killing_other_reports_name_and_one_act_with_it():
    from storyline.fuse.lexical import act_stem
    from storyline.model import Actor

    assert act_stem("executed") == act_stem("murdered") == act_stem("slain") == act_stem("killed") != act_stem("shot")
    actors = [Actor(id="gunman", name="gunman", kind="group"), Actor(id="guards", name="guards", kind="group")]
    text = "Two night guards at the Eastbrook grain depot were {} by a masked gunman on Friday, police said."
    reports = acts_of("ASSAULT", ("a.txt", text.format("killed"), "gunman", "guards", "killed"),
                      ("b.txt", text.format("executed"), "gunman", None, "executed"))
    (fact,) = event_facts(reports, actors)  # a report naming the doer only joins the act of the same word
    assert sorted(fact.documents) == ["a.txt", "b.txt"] and not fact.acts  # one act: no acts listed apart
    shooting = acts_of("ASSAULT", ("c.txt", text.format("killed"), "gunman", "guards", "killed"),
                       ("d.txt", text.format("shot"), "gunman", None, "shot"))
    assert not event_facts(shooting, actors)  # no word of one act in both: no fact of the two

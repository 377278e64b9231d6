"""Facts that answer one question, wire copies counted once, disputes between sides, explanations:
small article sets written here, with the extractions a reader would make of them."""

from __future__ import annotations

from storyline.fuse.blocking import quantity_question
from storyline.fuse.facts import fuse_facts
from storyline.fuse.sources import text_credits
from storyline.model import Actor, Document, Event, Extraction, Quantity, Quote, When

ACTORS = [
    Actor(id="THA", name="Thailand", kind="country", country="THA"),
    Actor(id="KHM", name="Cambodia", kind="country", country="KHM"),
    Actor(id="lek-somchai", name="Lek Somchai", kind="person", country="THA"),
    Actor(id="afp", name="Agence France-Presse", kind="organization", country="FRA", sector="MED"),
]


def document(doc_id: str, text: str, outlet: str | None = None, published: str | None = None) -> Document:
    return Document(id=doc_id, text=text, outlet=outlet, published=published, content_hash=doc_id + str(len(text)))


def people(doc: Document, phrase: str, low: float | None, high: float | None, n: int = 0,
           item: str = "people") -> Quantity:
    start = doc.text.index(phrase)
    return Quantity(id=f"{doc.id}#qty{n}", doc=doc.id, text=phrase, low=low, high=high, item=item,
                    start=start, end=start + len(phrase))


def said(doc: Document, phrase: str, speaker: str, n: int = 0, stance: str = "assert") -> Quote:
    start = doc.text.index(phrase)
    return Quote(id=f"{doc.id}#quote{n}", doc=doc.id, speaker=speaker, cue="said", text=phrase, direct=True,
                 stance=stance, start=start, end=start + len(phrase))


def accuse(doc: Document, phrase: str, n: int = 0) -> Event:
    start = doc.text.index(phrase)
    end = doc.text.find(". ", start)
    return Event(id=f"{doc.id}#ev{n}", doc=doc.id, type="ACCUSE", source="THA", target="KHM", trigger="accused",
                 start=start, end=len(doc.text) if end < 0 else end + 1)


def quantity_facts(extractions: list[Extraction]) -> list:
    return sorted((f for f in fuse_facts(extractions, {}, ACTORS) if f.kind == "quantity"), key=lambda f: f.summary)


# ---- numbers: one question, not one item


def test_the_predicate_next_to_a_number_is_its_question():
    text = ("Clashes have killed dozens of people and displaced tens of thousands. The death toll rose to 38. "
            "Some 200 people were evacuated. The ceasefire followed five days of clashes that killed 33 people.")
    asked = {}
    for phrase in ("dozens of people", "tens of thousands", "38", "200 people", "33 people"):
        start = text.index(phrase)
        asked[phrase] = quantity_question(text, Quantity(id=phrase, text=phrase, start=start,
                                                         end=start + len(phrase)))
    assert asked == {"dozens of people": "killed", "tens of thousands": "displaced", "38": "killed",
                     "200 people": "displaced", "33 people": "killed"}
    start = text.index("five days")
    measure = Quantity(id="d", text="five days", unit="day", item="day", start=start, end=start + 9)
    assert quantity_question(text, measure) is None


def test_the_dead_and_the_displaced_are_two_facts_with_no_conflict_between_them():
    a = document("a.txt", "Fighting that killed at least 38 people has displaced over 300,000 people, officials said.",
                 published="2025-07-29")
    b = document("b.txt", "The clashes killed at least 33 people and displaced thousands, the army said.",
                 published="2025-07-29")
    extractions = [
        Extraction(document=a, quantities=[people(a, "at least 38 people", 38, None),
                                           people(a, "over 300,000 people", 300_000, None, 1)]),
        Extraction(document=b, quantities=[people(b, "at least 33 people", 33, None),
                                           people(b, "thousands", 1000, 9999, 1)]),
    ]
    displaced, killed = quantity_facts(extractions)
    assert killed.question == "people killed" and displaced.question == "people displaced"
    assert sorted(killed.members) == ["a.txt#qty0", "b.txt#qty0"]
    assert sorted(displaced.members) == ["a.txt#qty1", "b.txt#qty1"]
    assert [(c.a, c.b, c.kind) for c in displaced.conflicts] == [("a.txt#qty1", "b.txt#qty1", "incompatible")]
    assert all(c.question == "How many people displaced?" for c in displaced.conflicts)
    assert [c.kind for c in killed.conflicts] == ["differs"]


def test_a_later_larger_toll_is_an_update_and_a_smaller_one_a_conflict():
    monday = document("mon.txt", "The storm has killed at least 12 people, rescuers said.", published="2025-03-03")
    thursday = document("thu.txt", "The storm has killed 32 people, the government said.", published="2025-03-06")
    later_lower = document("fri.txt", "The storm killed 9 people, a minister said.", published="2025-03-07")
    extractions = [
        Extraction(document=monday, quantities=[people(monday, "at least 12 people", 12, None)]),
        Extraction(document=thursday, quantities=[people(thursday, "32 people", 32, 32)]),
    ]
    (fact,) = quantity_facts(extractions)
    assert not fact.conflicts
    (update,) = fact.updates
    assert (update.a, update.b, update.kind) == ("mon.txt#qty0", "thu.txt#qty0", "update")
    assert "2025-03-03" in update.why and "2025-03-06" in update.why

    extractions.append(Extraction(document=later_lower, quantities=[people(later_lower, "9 people", 9, 9)]))
    (fact,) = quantity_facts(extractions)
    assert {(c.a, c.b) for c in fact.conflicts} == {("mon.txt#qty0", "fri.txt#qty0"),
                                                   ("thu.txt#qty0", "fri.txt#qty0")}
    assert len(fact.updates) == 1


# ---- sources


def test_wire_datelines_with_a_place_in_brackets_and_a_leading_wire_name_are_origins():
    assert text_credits("Surin (Thailand) (AFP) - A shaky ceasefire held.")[0].key == "afp"
    assert text_credits("AFP: A shaky ceasefire held on Tuesday.")[0].key == "afp"
    assert text_credits("Analysis: what the ceasefire means")[0] is None
    assert text_credits("Mr Lek (right) said - in a statement - that talks went on.")[0] is None


def test_one_wire_story_on_two_sites_counts_once_and_names_its_wire():
    wire = ("Surin (Thailand) (AFP) - Fighting killed at least 38 people along the border, officials said. "
            "Commanders met on Tuesday morning to discuss the truce.")
    reposted = wire.replace("Surin (Thailand) (AFP) - ", "AFP: ").replace("Tuesday", "yesterday")
    own = "Thai officials said the clashes killed at least 33 people. Our correspondent saw shelters fill up."
    a = document("site-a.txt", wire, outlet="site-a.example", published="2025-07-29")
    b = document("site-b.txt", reposted, outlet="site-b.example", published="2025-07-30")
    c = document("own.txt", own, outlet="Own Paper", published="2025-07-29")
    extractions = [Extraction(document=d, quantities=[people(d, phrase, low, None)])
                   for d, phrase, low in ((a, "at least 38 people", 38), (b, "at least 38 people", 38),
                                          (c, "at least 33 people", 33))]
    (fact,) = quantity_facts(extractions)
    assert fact.documents == ["own.txt", "site-a.txt", "site-b.txt"]
    assert fact.independent_sources == 2
    wire_origin = next(o for o in fact.origins if "site-a.txt" in o)
    assert "site-a.txt (site-a.example) ← Agence France-Presse" in wire_origin
    assert "site-b.txt (site-b.example) ← Agence France-Presse" in wire_origin
    assert "repeats 1 of" not in (fact.why or "") and "1 of 3 documents repeat an origin" in (fact.why or "")


# ---- disputes between sides


def test_the_accused_side_saying_no_clash_happened_disputes_the_accusers_account():
    a = document("a.txt", "Thailand accused Cambodia of violating the truce. "
                          "Cambodian forces had launched armed attacks into several areas, Lek said. "
                          "Talks will go on, he added.")
    b = document("b.txt", "Thailand accused Cambodia of breaking the ceasefire. "
                          "Cambodia said there had been no armed clashes since midnight.")
    extractions = [
        Extraction(document=a, events=[accuse(a, "Thailand accused")],
                   quotes=[said(a, "Cambodian forces had launched armed attacks into several areas", "lek-somchai"),
                           said(a, "Talks will go on", "lek-somchai", 1)]),
        Extraction(document=b, events=[accuse(b, "Thailand accused")],
                   quotes=[said(b, "there had been no armed clashes since midnight", "KHM")]),
    ]
    facts = fuse_facts(extractions, {}, ACTORS)
    (disputed,) = [f for f in facts if f.summary.startswith("Disputed")]
    (conflict,) = disputed.conflicts
    assert (conflict.a, conflict.b, conflict.kind) == ("a.txt#quote0", "b.txt#quote0", "stance")
    assert conflict.question and conflict.question.startswith("Did it happen")
    assert "a.txt#quote1" not in disputed.members  # `Talks will go on` names no act: nothing to deny


def test_the_accused_side_talking_of_something_else_is_no_dispute():
    a = document("a.txt", "Thailand accused Cambodia of violating the truce. "
                          "Cambodian forces had launched armed attacks into several areas, Lek said.")
    b = document("b.txt", "Thailand accused Cambodia of breaking the ceasefire. "
                          "Cambodia said its leaders would attend the talks in Malaysia.")
    extractions = [
        Extraction(document=a, events=[accuse(a, "Thailand accused")],
                   quotes=[said(a, "Cambodian forces had launched armed attacks into several areas", "lek-somchai")]),
        Extraction(document=b, events=[accuse(b, "Thailand accused")],
                   quotes=[said(b, "its leaders would attend the talks in Malaysia", "KHM")]),
    ]
    facts = fuse_facts(extractions, {}, ACTORS)
    assert not [f for f in facts if f.summary.startswith("Disputed")]
    assert all(not f.conflicts for f in facts)


# ---- quotes of one side, explanations


def test_a_spokesman_and_his_army_making_one_claim_are_one_quote_fact():
    a = document("a.txt", "The army said the attacks were a clear attempt to undermine mutual trust.")
    b = document("b.txt", "Lek said: “This is a deliberate violation and a clear attempt to undermine mutual trust.”")
    c = document("c.txt", "Cambodia said it wants mutual trust to return along the whole border.")
    extractions = [
        Extraction(document=a, quotes=[said(a, "the attacks were a clear attempt to undermine mutual trust", "THA")]),
        Extraction(document=b, quotes=[said(b, "This is a deliberate violation and a clear attempt to undermine "
                                               "mutual trust.", "lek-somchai")]),
        Extraction(document=c, quotes=[said(c, "it wants mutual trust to return along the whole border", "KHM")]),
    ]
    (fact,) = [f for f in fuse_facts(extractions, {}, ACTORS) if f.kind == "quote"]
    assert fact.documents == ["a.txt", "b.txt"]
    assert fact.actors == ["THA", "lek-somchai"]
    assert fact.summary.startswith("Thailand (Lek Somchai): ")
    assert "2 statements in 2 documents by Thailand, Lek Somchai" in (fact.why or "")


def test_every_fact_says_why_its_members_were_merged():
    a = document("a.txt", "Thailand accused Cambodia of violating the truce. Clashes killed 38 people.")
    b = document("b.txt", "Thailand accused Cambodia of breaking the ceasefire. The fighting killed 38 people.")
    extractions = [Extraction(document=d, events=[accuse(d, "Thailand accused")],
                              quantities=[people(d, "38 people", 38, 38)]) for d in (a, b)]
    facts = {f.kind: f for f in fuse_facts(extractions, {}, ACTORS)}
    assert facts["event"].why.startswith("2 reports in 2 documents of ACCUSE by Thailand against Cambodia")
    assert "worded: accused" in facts["event"].why
    assert facts["quantity"].why.startswith("2 figures in 2 documents for how many people killed")
    assert "the same figure given 2 times" in facts["quantity"].why


# ---- stories and time


def support(doc: Document, n: int = 0) -> Event:
    """The act of the first sentence, spanning it (as the extractor's events span their sentences)."""
    return Event(id=f"{doc.id}#ev{n}", doc=doc.id, type="SUPPORT", source="THA", target="KHM", trigger="backed",
                 start=0, end=doc.text.index(".") + 1)


BUDGET = ("The minister backed the neighbour's budget plan on pensions, tax credits and fuel duty. "
          "Economists said the pensions plan and fuel duty freeze would cost billions over five years, with "
          "borrowing rising sharply while revenue from income tax, stamp duty and corporation tax slowed. "
          "Treasury forecasts for growth, inflation, interest rates and public spending were revised downward, "
          "and opposition economists warned that pensioners, savers and motorists would bear the burden. "
          "Business groups wanted lower business rates; unions demanded higher wages for nurses and teachers. "
          "Farmers, hauliers and airlines lobbied against higher duties on diesel and aviation fuel. {n}")
CARDS = ("The minister backed the identity cards scheme in parliament. "
         "Civil liberties groups said identity cards and the biometric database threaten privacy, while "
         "judges, lawyers and campaigners questioned fingerprint scanning, iris records and passport checks. "
         "Police chiefs argued registration would curb fraud, terrorism and illegal immigration, but critics "
         "cited costs, errors, hacking risks and a compulsory national register of every citizen. "
         "Peers threatened amendments, and ministers conceded safeguards on data sharing and retention. "
         "Shopkeepers, employers, landlords and banks asked who would verify cards, and how often. {n}")


def test_in_a_large_collection_one_dyads_acts_in_two_unrelated_stories_are_two_facts():
    docs = [document(f"budget-{n:02}.txt", BUDGET.format(n=f"Report number {n} on the budget."))
            for n in range(7)]
    docs += [document(f"cards-{n:02}.txt", CARDS.format(n=f"Report number {n} on the cards."))
             for n in range(7)]
    extractions = [Extraction(document=d, events=[support(d)]) for d in docs]
    facts = [f for f in fuse_facts(extractions, {}, ACTORS) if f.kind == "event"]
    assert sorted(f.documents[0][:6] for f in facts) == ["budget", "cards-"]
    assert all(len(f.documents) == 7 for f in facts)


def test_undated_acts_published_months_apart_are_two_facts():
    january = [document(f"jan-{n}.txt", f"The minister backed the plan. Item {n}.", published=f"2005-01-1{n}")
               for n in range(2)]
    october = [document(f"oct-{n}.txt", f"The minister backed the plan. Item {n}.", published=f"2005-10-1{n}")
               for n in range(2)]
    extractions = []
    for d in [*january, *october]:
        event = support(d)
        event.when = When(start=None, end=d.published, text=f"by publication ({d.published})")
        extractions.append(Extraction(document=d, events=[event]))
    facts = sorted((f for f in fuse_facts(extractions, {}, ACTORS) if f.kind == "event"), key=lambda f: f.documents)
    assert [f.documents for f in facts] == [["jan-0.txt", "jan-1.txt"], ["oct-0.txt", "oct-1.txt"]]


# ---- one measure in two units


def measure(doc: Document, phrase: str, value: float, unit: str, item: str, n: int) -> Quantity:
    start = doc.text.index(phrase)
    return Quantity(id=f"{doc.id}#qty{n}", doc=doc.id, text=phrase, low=value, high=value, unit=unit, item=item,
                    start=start, end=start + len(phrase))


def unit_facts(miles: float, again: bool = True) -> list:
    a = document("a.txt", f"They fought along their 800-kilometre ({miles:g}-mile) border for days.")
    b = document("b.txt", f"Clashes broke out along the 800km ({miles:g}-mile) border again.")
    extractions = [
        Extraction(document=a, quantities=[measure(a, "800-kilometre", 800, "km", "kilometre", 0),
                                           measure(a, f"{miles:g}-mile", miles, "mile", "mile", 1)]),
        Extraction(document=b, quantities=[measure(b, "800km", 800, "km", "kilometre", 0),
                                           measure(b, f"{miles:g}-mile", miles, "mile", "mile", 1)]),
    ]
    first = fuse_facts(extractions, {}, ACTORS)
    if not again:
        return sorted((f for f in first if f.kind == "quantity"), key=lambda f: f.summary)
    # fused again with the first fusion's facts kept for unchanged blocks: linked once, not twice
    return sorted((f for f in fuse_facts(extractions, {}, ACTORS, first) if f.kind == "quantity"),
                  key=lambda f: f.summary)


def test_a_length_and_its_conversion_are_explained_as_one_measure():
    kilometres, miles = unit_facts(500)
    assert kilometres.why.count("the same length") == 1
    assert "one measure with '500-mile', the same length" in kilometres.why and "about 497 mile" in kilometres.why
    assert "one measure with '800-kilometre', the same length" in miles.why
    assert not kilometres.conflicts and not miles.conflicts


def test_a_conversion_that_does_not_hold_is_a_conflict():
    kilometres, miles = unit_facts(300)
    (conflict,) = kilometres.conflicts
    assert (conflict.a, conflict.b, conflict.kind) == ("a.txt#qty0", "a.txt#qty1", "unit")
    assert conflict.question == "What length?" and "about 497 mile" in conflict.why
    assert "the same length" not in kilometres.why


def test_two_write_ups_quoting_one_briefing_count_twice_and_a_copy_once():
    words = "“Cambodian forces launched armed attacks into several areas within Thai territory overnight”"
    first = document("first.txt", f"Thailand accused Cambodia on Tuesday, saying {words}, a spokesman told reporters.",
                     outlet="Paper One", published="2025-07-29")
    second = document("second.txt", f"Thailand accused Cambodia, saying {words}, its army said in a statement.",
                      outlet="Paper Two", published="2025-07-29")
    copy = document("copy.txt", first.text + " More later.", outlet="Paper Three", published="2025-07-30")
    extractions = [Extraction(document=d, events=[accuse(d, "Thailand accused")]) for d in (first, second)]
    (fact,) = [f for f in fuse_facts(extractions, {}, ACTORS) if f.kind == "event"]
    assert fact.independent_sources == 2
    extractions.append(Extraction(document=copy, events=[accuse(copy, "Thailand accused")]))
    (fact,) = [f for f in fuse_facts(extractions, {}, ACTORS) if f.kind == "event"]
    assert fact.documents == ["copy.txt", "first.txt", "second.txt"] and fact.independent_sources == 2


def test_reports_naming_opposite_sides_as_starting_a_clash_are_an_actor_conflict():
    def assault(doc: Document, phrase: str, source: str, target: str) -> Event:
        start = doc.text.index(phrase)
        return Event(id=f"{doc.id}#ev0", doc=doc.id, type="ASSAULT", source=source, target=target, trigger="fired",
                     start=start, end=doc.text.index(".", start) + 1)

    texts = {"a.txt": "The Thai army said Cambodian troops fired first near the temple.",
             "b.txt": "Thai officials said Cambodian soldiers opened fire on a patrol.",
             "c.txt": "Phnom Penh said Thai troops fired first at its positions.",
             "d.txt": "Cambodia's ministry said Thai soldiers opened fire without warning."}
    docs = {name: document(name, text) for name, text in texts.items()}
    extractions = [Extraction(document=docs[n], events=[assault(docs[n], "said", s, t)])
                   for n, s, t in (("a.txt", "KHM", "THA"), ("b.txt", "KHM", "THA"),
                                   ("c.txt", "THA", "KHM"), ("d.txt", "THA", "KHM"))]
    first = fuse_facts(extractions, {}, ACTORS)
    facts = [f for f in fuse_facts(extractions, {}, ACTORS, first) if f.kind == "event"]  # kept blocks: once
    assert len(facts) == 2
    for fact in facts:
        (conflict,) = fact.conflicts
        assert conflict.kind == "actor"
        assert conflict.question == "Who started it: ASSAULT between Cambodia and Thailand?"
        assert {conflict.a, conflict.b} == {"a.txt#ev0", "c.txt#ev0"}


def test_a_count_taken_months_apart_is_an_update_not_a_conflict():
    text = "Some {} troops were massed near the border, officials said."
    march = document("mar.txt", text.format("100,000"), published="2025-03-01")
    june = document("jun.txt", text.format("80,000"), published="2025-06-01")
    extractions = [
        Extraction(document=march, quantities=[people(march, "100,000 troops", 100_000, 100_000, item="troop")]),
        Extraction(document=june, quantities=[people(june, "80,000 troops", 80_000, 80_000, item="troop")]),
    ]
    (fact,) = quantity_facts(extractions)
    assert not fact.conflicts
    (update,) = fact.updates
    assert "fell to" in update.why


def test_a_denial_naming_the_act_disputes_the_accusation():
    a = document("a.txt", "Thailand accused Cambodia of violating the truce. "
                          "Cambodian forces had launched armed attacks into several areas, Lek said.")
    b = document("b.txt", "Thailand accused Cambodia of breaking the ceasefire. "
                          "Cambodia denied carrying out any attacks on Thai positions.")
    extractions = [
        Extraction(document=a, events=[accuse(a, "Thailand accused")],
                   quotes=[said(a, "Cambodian forces had launched armed attacks into several areas", "lek-somchai")]),
        Extraction(document=b, events=[accuse(b, "Thailand accused")],
                   quotes=[said(b, "carrying out any attacks on Thai positions", "KHM", stance="deny")]),
    ]
    (disputed,) = [f for f in fuse_facts(extractions, {}, ACTORS) if f.summary.startswith("Disputed")]
    assert [(c.a, c.b) for c in disputed.conflicts] == [("a.txt#quote0", "b.txt#quote0")]


def test_citing_a_wire_for_one_claim_does_not_make_an_own_report_the_wires():
    wire_text = "Surin (Thailand) (AFP) - Thailand accused Cambodia of attacks on Tuesday. More follows."
    wire = document("wire.txt", wire_text, outlet="site.example", published="2025-07-29")
    own_text = ("Thailand accused Cambodia of violating the truce, our reporter saw. "
                "Thailand accused Cambodia of lying, the AFP news agency was told by Thai officials.")
    own = document("own.txt", own_text, outlet="Own Paper", published="2025-07-29")
    cited_at = own_text.index("Thailand accused Cambodia of lying")
    cited = Quote(id="own.txt#quote0", doc="own.txt", speaker="THA", medium="afp", cue="told", direct=False,
                  text="Thailand accused Cambodia of lying", start=cited_at, end=cited_at + 34)
    extractions = [
        Extraction(document=wire, events=[accuse(wire, "Thailand accused")]),
        Extraction(document=own, events=[accuse(own, "Thailand accused Cambodia of violating"),
                                         accuse(own, "Thailand accused Cambodia of lying", 1)], quotes=[cited]),
    ]
    (fact,) = [f for f in fuse_facts(extractions, {}, ACTORS) if f.kind == "event"]
    assert fact.independent_sources == 2
    assert any("own.txt (Own Paper) ← Agence France-Presse" in o for o in fact.origins)  # the cited claim shows


def test_a_number_whose_question_is_unsaid_joins_the_one_question_asked_of_its_item():
    a = document("a.txt", "The fighting displaced over 300,000 people across the border provinces, officials said.")
    b = document("b.txt", "Some 300,000 people across the border provinces now live in shelters, officials said.")
    extractions = [Extraction(document=a, quantities=[people(a, "over 300,000 people", 300_000, None)]),
                   Extraction(document=b, quantities=[people(b, "Some 300,000 people", 300_000, 300_000)])]
    (fact,) = quantity_facts(extractions)
    assert fact.question == "people displaced" and fact.documents == ["a.txt", "b.txt"]


def test_snippets_too_short_to_tell_their_story_apart_are_not_kept_apart():
    docs = [document(f"s-{n:02}.txt", f"The minister backed the plan, item {n}.") for n in range(14)]
    extractions = [Extraction(document=d, events=[support(d)]) for d in docs]
    (fact,) = [f for f in fuse_facts(extractions, {}, ACTORS) if f.kind == "event"]
    assert len(fact.documents) == 14

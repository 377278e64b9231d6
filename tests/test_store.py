"""The store: batch transactions, incremental skips, canonical ids after fusion, search."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter

import pytest

from storyline.model import Actor, Document, Event, Extraction, Fact, LocalActor, Mention, Quote, Sentence
from storyline.store import Store
from storyline.store import schema as t
from storyline.store.store import stored_rows


def extraction(doc_id: str, text: str) -> Extraction:
    document = Document(id=doc_id, text=text, content_hash=hashlib.sha256(text.encode()).hexdigest())
    return Extraction(
        document=document,
        sentences=[Sentence(doc=doc_id, index=0, start=0, end=len(text), text=text)],
        local_actors=[LocalActor(id="kirby", name="Kirby", kind="person")],
        mentions=[Mention(doc=doc_id, start=0, end=5, text="Kirby", actor="kirby")],
        quotes=[Quote(id=f"{doc_id}#quote0", doc=doc_id, speaker="kirby", cue="said", text="x", direct=False,
                      start=0, end=1)],
        events=[Event(id=f"{doc_id}#ev0", doc=doc_id, type="AID", source="kirby", start=0, end=len(text))],
    )


@pytest.fixture
def store(db_url) -> Store:
    """An empty store on each backend (SQLite, PostgreSQL)."""
    return Store(db_url)


def test_rows_made_beforehand_store_what_the_extraction_stores(store, tmp_path):
    """A build's workers send each document's rows (`stored_rows`) instead of its records: the store reads the same."""
    texts = {"a.txt": "Kirby said the drones arrived.", "b.txt": "Kirby said ‘no’ to 1.5e-05 of NaN."}
    odd = float("nan") if store.is_sqlite else 1e-05  # PostgreSQL's json refuses NaN, as it always did
    made = Store(tmp_path / "from-extractions.db")
    made.add_extractions([extraction(d, text) for d, text in texts.items()],
                         features={"a.txt": {"sketch": [1.5, odd], "stems": {"é": 2}}})
    refused = []
    assert store.add_extractions([stored_rows(extraction(d, text)) for d, text in texts.items()],
                                 features={"a.txt": {"sketch": [1.5, odd], "stems": {"é": 2}}}) == 2
    assert store.add_extractions([stored_rows(extraction("c.txt", texts["a.txt"]))],
                                 on_refused=lambda ex, why: refused.append((ex.document.id, why))) == 0
    assert refused == [("c.txt", "stored")]
    for read in (Store.documents, Store.quotes_where, Store.events_where, lambda s: s.sentences("b.txt"),
                 lambda s: [ex.model_dump() for ex in s.extractions()]):
        assert read(store) == read(made)
    (_, _, kept), = [row for row in store.fusion_features()]
    assert kept["stems"] == {"é": 2} and kept["sketch"][0] == 1.5
    assert kept["sketch"][1] != kept["sketch"][1] if store.is_sqlite else kept["sketch"][1] == odd  # NaN kept


def test_mention_counts_are_kept_per_local_actor_and_read_with_the_local_actors(store):
    """Fusion reads how often each document mentions each of its local actors as the store kept it when the document
    was stored (`local_actors.mentions`), not from every mention: the same counts, an actor never mentioned none."""
    text = "Kirby met Austin. Kirby said Austin left; Kirby stayed."
    many = extraction("a.txt", text).model_copy(update={
        "local_actors": [LocalActor(id="kirby", name="Kirby", kind="person"),
                         LocalActor(id="austin", name="Austin", kind="person"),
                         LocalActor(id="nobody", name="Nobody", kind="person")],
        "mentions": [Mention(doc="a.txt", start=m.start(), end=m.end(), text=m.group(), actor=m.group().lower())
                     for m in re.finditer(r"Kirby|Austin", text)]})
    store.add_extractions([many, stored_rows(extraction("b.txt", "Kirby said so."))])
    expected = {("a.txt", "kirby"): 3, ("a.txt", "austin"): 2, ("b.txt", "kirby"): 1}
    counts: Counter = Counter()
    read = list(store.extractions(mentions=False, mention_counts=counts))
    assert dict(counts) == expected and counts[("a.txt", "nobody")] == 0
    assert [ex.model_dump() for ex in read] == [ex.model_dump() for ex in store.extractions(mentions=False)]
    with store.engine.begin() as conn:  # a row without its count (none is written so): its mentions are counted
        conn.execute(t.local_actors.update().where(t.local_actors.c.doc == "a.txt").values(mentions=None))
    recounted: Counter = Counter()
    list(store.extractions(mentions=False, mention_counts=recounted))
    assert dict(recounted) == expected


def test_batch_is_stored_once_and_hashes_known(store):
    first = extraction("a.txt", "Kirby said the drones arrived.")
    assert store.add_extractions([first]) == 1
    assert store.add_extractions([first]) == 0
    assert store.known_hashes() == {first.document.content_hash}
    assert store.count("sentences") == 1


def test_interrupted_batch_leaves_nothing_half_written(store):
    store.add_extraction(extraction("a.txt", "First document."))

    def batch():
        yield extraction("b.txt", "Second document.")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.add_extractions(batch())
    assert [d.id for d in store.documents()] == ["a.txt"]
    assert store.count("events") == 1


def test_fusion_links_local_actors_to_canonical_ids(store):
    store.add_extractions([extraction("a.txt", "Kirby spoke."), extraction("b.txt", "Kirby spoke again.")])
    actor = Actor(id="john-kirby", name="John Kirby", kind="person", aliases=["Kirby"])
    links = {("a.txt", "kirby"): "john-kirby", ("b.txt", "kirby"): "john-kirby"}
    fact = Fact(id="f1", kind="event", summary="s", members=["a.txt#ev0"], documents=["a.txt"], independent_sources=1)
    store.replace_fusion([actor], links, [fact])
    assert {q.speaker for q in store.quotes_where()} == {"john-kirby"}
    assert len(store.events_where(actors=["john-kirby"])) == 2
    assert store.events_where(types=["assault"]) == []
    assert store.find_actors("kirby")[0].id == "john-kirby"
    assert [f.id for f in store.facts()] == ["f1"]
    # a second fusion replaces the first
    store.replace_fusion([], {}, [])
    assert store.actors() == [] and store.facts() == []


def test_a_long_lived_reader_sees_a_later_fusion_at_its_next_refresh(store):
    store.add_extractions([extraction("a.txt", "Kirby spoke.")])
    store.replace_fusion([], {("a.txt", "kirby"): "john-kirby"}, [])
    reader = Store(store.url)
    reader.refresh()
    assert [q.speaker for q in reader.quotes_where()] == ["john-kirby"]
    store.replace_fusion([], {("a.txt", "kirby"): "kirby-nsc"}, [])
    assert [q.speaker for q in reader.quotes_where()] == ["john-kirby"]  # cached until the next refresh
    reader.refresh()
    assert [q.speaker for q in reader.quotes_where()] == ["kirby-nsc"]


def test_every_write_that_changes_data_bumps_the_version(store):
    start = store.version()
    store.add_extractions([extraction("a.txt", "Kirby spoke.")])
    after_add = store.version()
    assert after_add > start and store.documents_version() == 1
    store.add_extractions([extraction("a.txt", "Kirby spoke.")])  # nothing new: nothing changes
    assert store.version() == after_add
    store.replace_fusion([], {}, [])
    assert store.version() > after_add and store.documents_version() == 1
    assert store.get_signature() != ()


def test_a_fusion_read_before_documents_were_added_is_not_written(store):
    store.add_extractions([extraction("a.txt", "Kirby spoke.")])
    seen = store.documents_version()
    store.add_extractions([extraction("b.txt", "Kirby spoke again.")])  # another build, meanwhile
    actor = Actor(id="john-kirby", name="John Kirby", kind="person")
    assert store.replace_fusion([actor], {("a.txt", "kirby"): "john-kirby"}, [], documents_version=seen) is False
    assert store.actors() == []
    assert store.replace_fusion([actor], {}, [], documents_version=store.documents_version()) is True
    assert [a.id for a in store.actors()] == ["john-kirby"]


def test_the_same_text_stored_meanwhile_under_another_id_is_skipped(store):
    assert store.add_extractions([extraction("a.txt", "One text.")]) == 1
    assert store.add_extractions([extraction("copy/a.txt", "One text."), extraction("b.txt", "Two.")]) == 1
    assert [d.id for d in store.documents()] == ["a.txt", "b.txt"]


def test_search_tolerates_fts_syntax_in_user_text(store):
    store.add_extraction(extraction("a.txt", "The U.S. said drones were sent."))
    assert [s.doc for s in store.search("drones")] == ["a.txt"]
    assert store.search('U.S. "-') == [] or store.search("U.S.")[0].doc == "a.txt"
    assert store.search("tanks") == []


def test_search_finds_stemmed_words_and_ranks_them(store):
    store.add_extractions([extraction("a.txt", "Kirby said drones were sent to the front."),
                           extraction("b.txt", "The weather was calm."),
                           extraction("c.txt", "A drone fell; drones and more drones were shot down.")])
    found = [s.doc for s in store.search_sentences("drones")]
    assert sorted(found) == ["a.txt", "c.txt"]
    assert store.count_sentences_matching("drones") == 2
    assert store.count_sentences_matching("submarines") == 0
    page = store.search_sentences("drones", limit=1, offset=1)
    assert len(page) == 1 and page[0].doc in {"a.txt", "c.txt"}


def test_a_read_only_store_refuses_writes(store):
    store.add_extraction(extraction("a.txt", "Kirby spoke."))
    reader = Store(store.url).forbid_writes()
    assert [d.id for d in reader.documents()] == ["a.txt"]
    with pytest.raises(Exception, match="(?i)read.only|readonly"):
        reader.add_extraction(extraction("b.txt", "Kirby spoke again."))
    assert [d.id for d in store.documents()] == ["a.txt"]
    reader.engine.dispose()


def test_a_fusion_written_over_another_reads_as_one_written_afresh(store, tmp_path):
    docs = [extraction("a.txt", "Kirby spoke."), extraction("b.txt", "Kirby spoke again."),
            extraction("c.txt", "Kirby spoke once more.")]
    store.add_extractions(docs[:2])
    kirby = Actor(id="john-kirby", name="John Kirby", kind="person", aliases=["Kirby"])
    first = [Fact(id="f1", kind="event", summary="s", members=["a.txt#ev0"], documents=["a.txt"],
                  independent_sources=1),
             Fact(id="f2", kind="quote", summary="t", members=["b.txt#quote0"], documents=["b.txt"],
                  independent_sources=1)]
    store.replace_fusion([kirby], {("a.txt", "kirby"): "john-kirby", ("b.txt", "kirby"): "john-kirby"}, first)
    store.add_extractions(docs[2:])
    other = Actor(id="kirby-nsc", name="Kirby", kind="person")
    links = {("a.txt", "kirby"): "john-kirby", ("b.txt", "kirby"): "kirby-nsc", ("c.txt", "kirby"): "kirby-nsc"}
    second = [Fact(id="f3", kind="event", summary="u", members=["c.txt#ev0"], documents=["c.txt"],
                   independent_sources=2), first[1].model_copy(update={"summary": "t2"}), first[0]]
    store.replace_fusion([kirby.model_copy(update={"mentions": 3}), other], links, second)
    fresh = Store(tmp_path / "fresh.db")
    fresh.add_extractions(docs)
    fresh.replace_fusion([kirby.model_copy(update={"mentions": 3}), other], links, second)
    for reader in ("actors", "facts", "quotes_where", "events_where", "links"):
        assert getattr(store, reader)() == getattr(fresh, reader)(), reader
    assert [f.id for f in store.facts()] == ["f3", "f2", "f1"]
    assert [e.doc for e in store.events_where(actors=["kirby-nsc"])] == ["b.txt", "c.txt"]
    assert [q.doc for q in store.quotes_where(speakers=["john-kirby"])] == ["a.txt"]
def test_facts_kept_as_read_are_not_compared_but_move_to_their_new_rank(store, tmp_path):
    store.add_extractions([extraction("a.txt", "Kirby spoke."), extraction("b.txt", "Kirby spoke again.")])
    facts = [Fact(id=f"f{n}", kind="event", summary=f"s{n}", members=["a.txt#ev0"], documents=["a.txt"],
                  independent_sources=1) for n in range(3)]
    store.replace_fusion([], {}, facts)
    kept = store.facts()  # as a fusion reads them: f0 and f2 kept, f1 changed, a new f3 first
    second = [Fact(id="f3", kind="quote", summary="new", members=["b.txt#quote0"], documents=["b.txt"],
                   independent_sources=2), kept[2], kept[1].model_copy(update={"summary": "changed"}), kept[0]]
    store.replace_fusion([], {}, second, unchanged_facts={"f0", "f2"})
    fresh = Store(tmp_path / "fresh.db")
    fresh.replace_fusion([], {}, second)
    assert store.facts() == fresh.facts() == second
    assert [f.id for f in store.facts()] == ["f3", "f2", "f1", "f0"]


def test_times_are_stored_and_exported_in_text_order(tmp_path):
    from storyline.core import Storyline
    from storyline.model import TimeExpression

    ex = extraction("a.txt", "Kirby spoke on Wednesday for two hours.")
    ex.times = [
        TimeExpression(id="a.txt#t1", doc="a.txt", start=28, end=37, text="two hours", type="DURATION", value="PT2H"),
        TimeExpression(id="a.txt#t0", doc="a.txt", start=15, end=24, text="Wednesday", type="DATE",
                       value="2022-10-19", first="2022-10-19", last="2022-10-19"),
    ]
    story = Storyline(tmp_path / "s.db")
    story.store.add_extraction(ex)
    data = story.to_dict()
    assert list(data)[-2:] == ["times", "facts"]
    assert [(t["id"], t["type"], t["value"], t["first"]) for t in data["times"]] == [
        ("a.txt#t0", "DATE", "2022-10-19", "2022-10-19"),
        ("a.txt#t1", "DURATION", "PT2H", None),
    ]
    assert [t.text for t in story.store.times_where(doc="a.txt", types=["duration"])] == ["two hours"]
    assert story.store.times_where(doc="b.txt") == []


def test_a_store_made_before_the_times_columns_gets_them(tmp_path):
    import sqlalchemy as sa

    path = tmp_path / "old.db"
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # the schema of a store made before migrations and the times columns
        conn.exec_driver_sql("CREATE TABLE documents (id VARCHAR(512) PRIMARY KEY, content_hash VARCHAR(64), "
                             "published VARCHAR(10), outlet TEXT, data JSON NOT NULL)")
        conn.exec_driver_sql("CREATE TABLE times (doc VARCHAR(512), data JSON NOT NULL)")
        data = '{"start": 0, "end": 5, "text": "today", "first": "2022-10-19", "last": "2022-10-19"}'
        conn.exec_driver_sql("INSERT INTO times VALUES ('a.txt', ?)", (data,))
    store = Store(path)
    columns = {c["name"] for c in sa.inspect(store.engine).get_columns("times")}
    assert {"id", "type"} <= columns
    old = store.times_where()
    assert [(t.id, t.doc, t.text, t.type, t.value) for t in old] == [("a.txt#t@0", "a.txt", "today", "DATE", None)]


def test_times_are_jsonl_records():
    from storyline.export import export_jsonl_lines
    from storyline.model import Export, TimeExpression

    export = Export(times=[TimeExpression(id="a#t0", doc="a", start=0, end=5, text="today", type="DATE",
                                          value="2022-10-19", first="2022-10-19", last="2022-10-19")])
    lines = [json.loads(line) for line in export_jsonl_lines(export)]
    assert lines == [{"record": "time", "id": "a#t0", "doc": "a", "start": 0, "end": 5, "text": "today",
                      "type": "DATE", "value": "2022-10-19", "first": "2022-10-19", "last": "2022-10-19"}]


def test_records_read_for_fusion_share_their_field_sets_and_read_the_same(store):
    docs = [extraction(f"{n}.txt", f"Kirby spoke {n}.") for n in range(3)]
    store.add_extractions(docs)
    read = list(store.extractions())
    assert [ex.events for ex in read] == [ex.events for ex in docs]
    assert [ex.quotes for ex in read] == [ex.quotes for ex in docs]
    assert [ex.local_actors for ex in read] == [ex.local_actors for ex in docs]
    events = [e for ex in read for e in ex.events]
    assert len({id(e.model_fields_set) for e in events}) == 1  # one set for records that set the same fields
    assert events[0].model_fields_set == set(Event.model_fields)  # the store keeps every field
    copied = events[0].model_copy(update={"target": "someone"})  # a copy owns its set
    assert copied.model_fields_set is not events[1].model_fields_set and events[0].target is None


def test_records_of_older_rows_read_as_validated_and_each_field_set_shared_among_its_own(store):
    """Rows an older version wrote without a later field, between rows of every field: each record sets the fields
    its row gives, as validating its JSON does, and records setting the same fields share one set, in any order."""
    import sqlalchemy as sa

    from storyline.store import schema as t

    docs = [extraction(f"{n}.txt", f"Roe spoke on day {n}.") for n in range(4)]
    store.add_extractions(docs)
    older = ("1.txt", "3.txt")
    with store.engine.begin() as conn:
        for doc in older:
            data = docs[int(doc[0])].quotes[0].model_dump(mode="json")
            del data["continues"]  # the field a later version added
            conn.execute(sa.update(t.quotes).where(t.quotes.c.doc == doc).values(data=data))
    quotes = [ex.quotes[0] for ex in store.extractions(times=False, mentions=False)]
    assert quotes == [ex.quotes[0] for ex in docs]
    sets = [q.model_fields_set for q in quotes]
    every = set(Quote.model_fields)
    assert sets[1] == sets[3] == every - {"continues"} and sets[0] == sets[2] == every
    assert sets[0] is sets[2] and sets[1] is sets[3] and sets[0] is not sets[1]


def test_an_actor_stored_alike_by_several_documents_is_read_once_and_each_extraction_as_validated(store):
    docs = [extraction(f"{n}.txt", f"Kirby spoke {n}.") for n in range(3)]
    docs[2].local_actors.append(LocalActor(id="roe", name="Jane Roe", kind="person", roles=["minister"]))
    docs[2].mentions.clear()
    store.add_extractions(docs)
    read = list(store.extractions(times=False, mentions=False))
    kirbys = [ex.local_actors[0] for ex in read]
    assert kirbys[0] == LocalActor(id="kirby", name="Kirby", kind="person")
    assert kirbys[0] is kirbys[1] is kirbys[2]  # the same record, validated once
    assert read[2].local_actors[1].roles == ["minister"] and read[2].local_actors[1] is not kirbys[2]
    for ex in read:  # what validating the extraction from its records would make: its fields, the fields it set
        again = Extraction(**{name: getattr(ex, name) for name in ex.model_fields_set})
        assert ex == again and ex.model_fields_set == again.model_fields_set == {
            "document", "local_actors", "quotes", "events"}
        assert ex.mentions == [] and ex.times == [] and ex.mentions is not ex.times


def test_a_fusion_by_the_same_code_compares_only_the_actors_whose_members_changed(store):
    def actor(actor_id: str, name: str, *docs: str) -> Actor:
        return Actor(id=actor_id, name=name, kind="person", documents=list(docs))

    links = {("a.txt", "kirby"): "john-kirby", ("b.txt", "roe"): "jane-roe"}
    store.replace_fusion([actor("john-kirby", "John Kirby", "a.txt"), actor("jane-roe", "Jane Roe", "b.txt")],
                         links, [], fused_by="code-1")
    # the same code and members: the same actors, whatever this fusion says of them, are not compared
    store.replace_fusion([actor("john-kirby", "Kirby", "a.txt"), actor("jane-roe", "Roe", "b.txt")], links, [],
                         fused_by="code-1")
    assert sorted(a.name for a in store.actors()) == ["Jane Roe", "John Kirby"]
    # a member added to one actor: that one is compared and written, the other kept
    more = {**links, ("c.txt", "kirby"): "john-kirby"}
    store.replace_fusion([actor("john-kirby", "John F. Kirby", "a.txt", "c.txt"), actor("jane-roe", "Roe", "b.txt")],
                         more, [], fused_by="code-1")
    assert {a.id: (a.name, a.documents) for a in store.actors()} == {
        "john-kirby": ("John F. Kirby", ["a.txt", "c.txt"]), "jane-roe": ("Jane Roe", ["b.txt"])}
    # a member leaving an actor for a new one: both compared; the one left without members deleted
    moved = {**more, ("b.txt", "roe"): "roe-nsc"}
    store.replace_fusion([actor("john-kirby", "John F. Kirby", "a.txt", "c.txt"), actor("roe-nsc", "Roe", "b.txt")],
                         moved, [], fused_by="code-1")
    assert sorted(a.id for a in store.actors()) == ["john-kirby", "roe-nsc"]
    # other code (or none said) compares every actor
    for version in ("code-2", None):
        renamed = actor("john-kirby", f"Kirby {version}", "a.txt", "c.txt")
        store.replace_fusion([renamed, actor("roe-nsc", "Roe", "b.txt")], moved, [], fused_by=version)
        assert store.get_actor("john-kirby").name == f"Kirby {version}"


def test_a_fusion_by_the_same_code_writes_an_actor_no_link_names(store):
    kirby = Actor(id="john-kirby", name="John Kirby", kind="person", documents=["a.txt"])
    links = {("a.txt", "kirby"): "john-kirby"}
    store.replace_fusion([kirby], links, [], fused_by="code-1")
    # no member tells whether it changed: it is written, not taken as stored
    alone = Actor(id="navy", name="the Navy", kind="organization")
    store.replace_fusion([kirby, alone], links, [], fused_by="code-1")
    assert sorted(a.id for a in store.actors()) == ["john-kirby", "navy"]


def test_links_named_by_the_kept_resolution_are_the_only_ones_compared(store, monkeypatch):
    """A fusion whose actor resolution read the one the stored links follow from names how its links differ
    (`kept_actors.LinkDelta`): only those are written, with the actors and canonical columns they touch; a delta
    naming another resolution, or links stored without one, are compared whole."""
    from storyline.fuse.kept_actors import LinkDelta
    from storyline.store import fusion_rows

    read = []
    every_link = fusion_rows.stored_links
    monkeypatch.setattr(fusion_rows, "stored_links", lambda conn: read.append(1) or every_link(conn))

    def actor(actor_id: str, name: str, *docs: str) -> Actor:
        return Actor(id=actor_id, name=name, kind="person", documents=list(docs))

    store.add_extractions([extraction("a.txt", "Kirby spoke."), extraction("b.txt", "Kirby spoke again.")])
    links = {("a.txt", "kirby"): "john-kirby"}
    store.replace_fusion([actor("john-kirby", "John Kirby", "a.txt")], links, [], fused_by="code-1",
                         link_delta=LinkDelta(None, "r1", [], [], {}))
    # b.txt added; a.txt's kirby linked otherwise: the delta says both, and the store takes them
    moved = {("a.txt", "kirby"): "kirby-nsc", ("b.txt", "kirby"): "kirby-nsc"}
    store.replace_fusion([actor("kirby-nsc", "Kirby", "a.txt", "b.txt")], moved, [], fused_by="code-1",
                         link_delta=LinkDelta("r1", "r2", [(("b.txt", "kirby"), "kirby-nsc")],
                                              [(("a.txt", "kirby"), "kirby-nsc")], {("a.txt", "kirby"): "john-kirby"}))
    assert store.links() == moved and len(read) == 1  # the stored links read by the first fusion only
    assert [a.id for a in store.actors()] == ["kirby-nsc"]  # the actor left without members deleted
    assert [q.doc for q in store.quotes_where(speakers=["kirby-nsc"])] == ["a.txt", "b.txt"]  # the filter column
    # a delta naming a resolution the stored links do not follow from: every link compared
    back = {("a.txt", "kirby"): "john-kirby", ("b.txt", "kirby"): "kirby-nsc"}
    store.replace_fusion([actor("john-kirby", "John Kirby", "a.txt"), actor("kirby-nsc", "Kirby", "b.txt")], back,
                         [], fused_by="code-1", link_delta=LinkDelta("r1", "r3", [], [], {}))
    assert store.links() == back
    # links written without a delta: the next delta is not taken, whatever it names
    store.replace_fusion([actor("kirby-nsc", "Kirby", "a.txt", "b.txt")], moved, [], fused_by="code-1")
    store.replace_fusion([actor("john-kirby", "John Kirby", "a.txt"), actor("kirby-nsc", "Kirby", "b.txt")], back,
                         [], fused_by="code-1", link_delta=LinkDelta("r3", "r4", [], [], {}))
    assert store.links() == back
    assert [q.doc for q in store.quotes_where(speakers=["john-kirby"])] == ["a.txt"]
    assert len(read) == 4

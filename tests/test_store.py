"""The store: batch transactions, incremental skips, canonical ids after fusion, search."""

from __future__ import annotations

import hashlib
import json

import pytest

from storyline.model import Actor, Document, Event, Extraction, Fact, LocalActor, Mention, Quote, Sentence
from storyline.store import Store


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
def store(tmp_path) -> Store:
    return Store(tmp_path / "s.db")


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


def test_a_long_lived_reader_sees_a_later_fusion(store, tmp_path, monkeypatch):
    monkeypatch.setattr("storyline.store.store.LINKS_RECHECK_SECONDS", 3600.0)
    store.add_extractions([extraction("a.txt", "Kirby spoke.")])
    store.replace_fusion([], {("a.txt", "kirby"): "john-kirby"}, [])
    reader = Store(tmp_path / "s.db")
    assert [q.speaker for q in reader.quotes_where()] == ["john-kirby"]
    store.replace_fusion([], {("a.txt", "kirby"): "kirby-nsc"}, [])
    assert [q.speaker for q in reader.quotes_where()] == ["john-kirby"]  # cached within the recheck interval
    monkeypatch.setattr("storyline.store.store.LINKS_RECHECK_SECONDS", 0.0)
    assert [q.speaker for q in reader.quotes_where()] == ["kirby-nsc"]


def test_search_tolerates_fts_syntax_in_user_text(store):
    store.add_extraction(extraction("a.txt", "The U.S. said drones were sent."))
    assert [s.doc for s in store.search("drones")] == ["a.txt"]
    assert store.search('U.S. "-') == [] or store.search("U.S.")[0].doc == "a.txt"
    assert store.search("tanks") == []


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
    with engine.begin() as conn:
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

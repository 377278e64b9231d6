"""Every export opened by the library its users open it with: networkx, pyarrow, pandas, csv, json."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pandas as pd
import pyarrow.parquet as pq
import pytest

from storyline.export import FORMATS, export_parquet, render_export
from storyline.export.polecat import quad_code
from storyline.export.tables import TABLES


@pytest.fixture(scope="module")
def export(seeds_story):
    return seeds_story.export()


def test_graphml_opens_in_networkx_with_actors_and_typed_edges(export, tmp_path):
    path = tmp_path / "network.graphml"
    path.write_text(render_export(export, "graphml"), encoding="utf-8")
    graph = nx.read_graphml(path)
    actors = {a.id: a for a in export.actors}
    assert set(actors) <= set(graph.nodes)
    assert graph.nodes["RUS"]["kind"] == "country" and graph.nodes["RUS"]["label"] == "Russia"
    dyads = {(e.source, e.target, e.type) for e in export.events if e.source and e.target and e.source != e.target}
    edges = {(u, v, d["type"]) for u, v, d in graph.edges(data=True)}
    assert edges == dyads
    by_id = {e.id: e for e in export.events}
    for u, v, data in graph.edges(data=True):
        events = data["events"].split(";")
        assert data["weight"] == len(events)
        assert all((by_id[ev].source, by_id[ev].target) == (u, v) for ev in events)


def test_gexf_opens_in_networkx(export, tmp_path):
    path = tmp_path / "network.gexf"
    path.write_text(render_export(export, "gexf"), encoding="utf-8")
    graph = nx.read_gexf(path)
    assert graph.number_of_nodes() >= len(export.actors)
    assert graph.number_of_edges() == len(
        {(e.source, e.target, e.type) for e in export.events if e.source and e.target and e.source != e.target})


def test_parquet_one_file_per_table_read_by_pyarrow_and_pandas(export, tmp_path):
    paths = export_parquet(export, tmp_path / "tables")
    assert sorted(p.stem for p in paths) == sorted(TABLES)
    events = pq.read_table(tmp_path / "tables" / "events.parquet").to_pandas()
    assert len(events) == len(export.events)
    assert set(events["event_type"]) == {e.type for e in export.events}
    quotes = pd.read_parquet(tmp_path / "tables" / "quotes.parquet")
    assert list(quotes["id"]) == [q.id for q in export.quotes]
    assert "speaker_name" in quotes.columns
    facts = pd.read_parquet(tmp_path / "tables" / "facts.parquet")
    assert list(facts["n_documents"]) == [len(f.documents) for f in export.facts]
    docs = pd.read_parquet(tmp_path / "tables" / "documents.parquet")
    assert list(docs["text"]) == [d.text for d in export.documents]


@pytest.mark.parametrize("table", TABLES)
def test_csv_of_every_table_reads_in_pandas(export, table):
    frame = pd.read_csv(io.StringIO(render_export(export, "csv", table)))
    expected = len(export.to_dict().get(table, []))
    assert len(frame) == expected


def test_event_csv_keeps_the_polecat_style_columns(export):
    rows = list(csv.DictReader(io.StringIO(render_export(export, "csv"))))
    assert rows[0]["event_id"] == export.events[0].id
    assert {"source_actor", "target_country", "evidence"} <= set(rows[0])


def test_polecat_lines_carry_plover_field_names(export):
    lines = render_export(export, "polecat").splitlines()
    assert len(lines) == len(export.events)
    actors = {a.id: a for a in export.actors}
    for line, event in zip(lines, export.events, strict=True):
        record = json.loads(line)
        assert record["id"] == event.id and record["event"] == [event.type]
        assert record["quad_code"] == quad_code(event.type)
        if event.source:
            entity = record["actor"][0]
            assert entity["identifier_id"] == event.source
            assert entity["entity_name"] == actors[event.source].name
        else:
            assert record["actor"] == []
    assert quad_code("ASSAULT") == 4 and quad_code("AGREE") == 1 and quad_code("ACCUSE") == 3


def test_jsonl_holds_every_record_once(export):
    lines = [json.loads(line) for line in render_export(export, "jsonl").splitlines()]
    data = export.to_dict()
    expected = sum(len(v) for v in data.values() if isinstance(v, list))
    assert len(lines) == expected
    assert {line["record"] for line in lines} >= {"document", "actor", "event", "quantity", "fact"}


def test_unknown_or_folder_formats_say_what_to_do(export):
    assert "parquet" in FORMATS
    with pytest.raises(ValueError, match="folder"):
        render_export(export, "parquet")
    with pytest.raises(ValueError, match="choose one of"):
        render_export(export, "xml")

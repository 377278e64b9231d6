"""The store opens in Datasette with readable views and metadata, through Datasette's own test client."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from concurrent.futures import ThreadPoolExecutor

import pytest
from typer.testing import CliRunner

from storyline.cli import app

datasette_app = pytest.importorskip("datasette.app", reason="Datasette is a dev extra: pip install -e '.[dev]'")


@pytest.fixture(scope="module")
def store_file(seeds_story, tmp_path_factory):
    path = tmp_path_factory.mktemp("ds") / "story.db"
    source = sqlite3.connect(seeds_story.store.url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as target:
        source.backup(target)  # the WAL's pages too, which a file copy would miss
    source.close()
    return path


def _get(ds, path: str) -> dict:
    async def fetch():
        response = await ds.client.get(path)
        assert response.status_code == 200, (path, response.text[:500])
        return response.json()

    # in a thread of its own: a browser test's event loop may still run in this one
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, fetch()).result()


def test_views_read_as_an_analyst_would(store_file, seeds_story):
    result = CliRunner().invoke(app, ["datasette-metadata", "--db", str(store_file)])
    assert result.exit_code == 0, result.output
    metadata = json.loads(result.stdout)
    ds = datasette_app.Datasette([str(store_file)], metadata=metadata)
    events = _get(ds, "/story/events_readable.json?_shape=objects&_size=max")["rows"]
    stored = seeds_story.store.events_where()
    assert len(events) == len(stored)
    names = {a.id: a.name for a in seeds_story.store.actors()}
    for row in events:
        if row["source"]:
            assert row["source_name"] == names[row["source"]]
    doc = seeds_story.store.get_document(stored[0].doc)
    first = next(r for r in events if r["id"] == stored[0].id)
    assert first["evidence"] == doc.text[stored[0].start : stored[0].end]
    facts = _get(ds, "/story/facts_readable.json?_shape=objects&_size=max")["rows"]
    by_id = {f.id: f for f in seeds_story.store.facts()}
    assert {r["id"] for r in facts} == set(by_id)
    for row in facts:
        fact = by_id[row["id"]]
        assert (row["documents"], row["independent_sources"], row["conflicts"]) == (
            len(fact.documents), fact.independent_sources, len(fact.conflicts))
    quotes = _get(ds, "/story/quotes_readable.json?_shape=objects&_size=max")["rows"]
    assert len(quotes) == len(seeds_story.store.quotes_where())


def test_metadata_titles_and_facets_reach_datasette(store_file):
    metadata = json.loads(CliRunner().invoke(app, ["datasette-metadata", "--db", str(store_file)]).stdout)
    ds = datasette_app.Datasette([str(store_file)], metadata=metadata)
    page = _get(ds, "/story/events_readable.json?_facet=type")
    facets = page["facet_results"].get("results", page["facet_results"])
    assert "type" in facets
    table_meta = _get(ds, "/-/metadata.json")["databases"]["story"]["tables"]
    assert table_meta["events_readable"]["title"] == "Events"
    assert "type" in table_meta["events_readable"]["facets"]

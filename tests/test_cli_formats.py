"""`show`, `search` and `export` in a pipeline: full cells, machine-readable formats, every export format."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pandas as pd
import pytest
from typer.testing import CliRunner

from storyline.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def db(seeds_story):
    return seeds_story.store.url.removeprefix("sqlite:///")


def test_show_piped_prints_tab_separated_rows_with_full_cells(db, seeds_story):
    result = runner.invoke(app, ["show", "quotes", "--db", db, "--limit", "500"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == ["speaker", "cue", "stance", "kind", "text", "document"]
    longest = max(seeds_story.store.quotes_where(), key=lambda q: len(q.text))
    flat = " ".join(longest.text.split())
    assert any(flat in " ".join(line.split()) for line in lines[1:])
    assert "…" not in lines[1]


def test_show_json_and_csv(db, seeds_story):
    result = runner.invoke(app, ["show", "events", "--db", db, "--format", "json", "--limit", "1000"])
    rows = json.loads(result.stdout)
    assert len(rows) == len(seeds_story.store.events_where())
    assert {"type", "source", "target"} <= set(rows[0])
    result = runner.invoke(app, ["show", "facts", "--db", db, "--format", "csv"])
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert table and table[0]["kind"] in {"event", "quantity", "quote"}


def test_search_formats(db):
    result = runner.invoke(app, ["search", "drones", "--db", db, "--format", "tsv"])
    assert result.exit_code == 0
    header, *rows = result.stdout.splitlines()
    assert header.split("\t") == ["document", "start", "end", "sentence"]
    assert rows and all("drone" in row.lower() for row in rows)
    hits = json.loads(runner.invoke(app, ["search", "drones", "--db", db, "-f", "json"]).stdout)
    assert len(hits) == len(rows)


def test_export_every_format_from_the_cli(db, tmp_path):
    for fmt in ("json", "jsonl", "csv", "graphml", "gexf", "polecat"):
        out = tmp_path / f"x.{fmt}"
        result = runner.invoke(app, ["export", "--db", db, "--format", fmt, "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
    assert nx.read_gexf(tmp_path / "x.gexf").number_of_nodes() > 0
    result = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--table", "actors"])
    assert "Russia" in set(pd.read_csv(io.StringIO(result.stdout))["name"])
    result = runner.invoke(app, ["export", "--db", db, "--format", "parquet", "--out", str(tmp_path / "t")])
    assert result.exit_code == 0
    assert len(pd.read_parquet(tmp_path / "t" / "events.parquet")) > 0


def test_parquet_without_a_folder_is_a_bad_argument(db):
    result = runner.invoke(app, ["export", "--db", db, "--format", "parquet"])
    assert result.exit_code == 2
    assert "--out" in result.output


def test_export_and_report_show_a_progress_bar_on_a_terminal_only(db, tmp_path, monkeypatch):
    from rich.console import Console

    from storyline import cli

    screen = io.StringIO()
    monkeypatch.setattr(cli, "errors", Console(file=screen, force_terminal=True, width=120))
    result = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--out", str(tmp_path / "e.csv")])
    assert result.exit_code == 0, result.output
    assert "exporting csv" in screen.getvalue() and "8/8" in screen.getvalue() and "eta" in screen.getvalue()
    result = runner.invoke(app, ["report", "--db", db, "--out", str(tmp_path / "d.html")])
    assert result.exit_code == 0, result.output
    assert "writing the dossier" in screen.getvalue()
    monkeypatch.setattr(cli, "errors", Console(file=(piped := io.StringIO()), force_terminal=False))
    runner.invoke(app, ["export", "--db", db, "--format", "csv", "--out", str(tmp_path / "f.csv")])
    assert "exporting" not in piped.getvalue()

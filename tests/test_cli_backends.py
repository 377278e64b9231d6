"""The CLI on each store backend: build, export, show and search; SQLite and PostgreSQL export the same."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from tests.conftest import create_postgres_database, seed_folder

runner = CliRunner()


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    """Three seed articles in a folder of their own (a small build that still makes facts)."""
    return seed_folder(tmp_path_factory.mktemp("articles"))


def build_and_export(articles, db: str) -> dict:
    result = runner.invoke(app, ["build", str(articles), "--db", db])
    assert result.exit_code == 0, result.output
    exported = runner.invoke(app, ["export", "--db", db])
    assert exported.exit_code == 0, exported.output
    return json.loads(exported.stdout)


def test_build_export_show_and_search_on_each_backend(articles, db_url):
    data = build_and_export(articles, db_url)
    assert len(data["documents"]) == 3 and data["actors"] and data["events"]
    again = runner.invoke(app, ["build", str(articles), "--db", db_url])
    assert again.exit_code == 0 and "0 documents added, 3 already stored" in again.output
    shown = runner.invoke(app, ["show", "actors", "--db", db_url])
    assert shown.exit_code == 0 and data["actors"][0]["name"] in shown.output
    word = data["quotes"][0]["text"].split()[-1].strip(".,;:!?\"'”")
    found = runner.invoke(app, ["search", word, "--db", db_url])
    assert found.exit_code == 0 and "0 sentences" not in found.output


def test_sqlite_and_postgresql_builds_export_the_same(articles, tmp_path):
    url, drop = create_postgres_database()
    try:
        assert build_and_export(articles, url) == build_and_export(articles, str(tmp_path / "s.db"))
    finally:
        drop()


def test_a_password_is_never_printed(articles, monkeypatch):
    result = runner.invoke(app, ["build", str(articles), "--db", "postgresql://someone:s3cret@127.0.0.1:9/none"])
    assert result.exit_code == 1 and "s3cret" not in result.output

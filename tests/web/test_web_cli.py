"""`storyline serve`: local by default, read-only, a clean message without a store."""

from __future__ import annotations

from typer.testing import CliRunner

from storyline.cli import app
from storyline.web import urls

runner = CliRunner()


def test_serve_help_has_an_example():
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "--host" in result.output


def test_serve_without_a_store_says_what_to_do(tmp_path):
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 1
    assert "storyline build" in " ".join(result.output.split())


def test_serve_binds_to_this_machine_by_default(any_seeds_story, monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app_, **kwargs: calls.append((app_, kwargs)))
    db = any_seeds_story.store.url.removeprefix("sqlite:///")
    result = runner.invoke(app, ["serve", "--db", db, "--port", "8123"])
    assert result.exit_code == 0, result.output
    (served, options), = calls
    assert options["host"] == "127.0.0.1" and options["port"] == 8123
    methods = {m for route in served.routes for m in getattr(route, "methods", None) or ()}
    assert methods and methods <= {"GET", "HEAD"}


def test_json_twin_urls():
    assert urls.api("/") == "/api/overview"
    assert urls.api("/events?type=AID") == "/api/events?type=AID"
    assert urls.events(type="AID", actor=None, since="") == "/events?type=AID"
    assert urls.fact("a/b#c") == "/facts/a%2Fb%23c"

"""Concurrency: several writers and readers on one SQLite store.

Two builds at once both finish with nothing lost; a writer that cannot get the lock in time fails
with a message naming the store and what to do (exit 1); the web explorer keeps answering while a
build writes, and shows what the build committed at its next request.
"""

from __future__ import annotations

import sqlite3
import threading
import warnings

import pytest
from typer.testing import CliRunner

from storyline import Storyline
from storyline.cli import app
from storyline.model import Actor
from storyline.store import Store, StoreError
from tests.builds import integrity, rows_per_document, seeds_files, start_build
from tests.conftest import SEEDS
from tests.test_store import extraction

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*httpx2")
    from fastapi.testclient import TestClient

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the shared corpus is not beside the project ({SEEDS})")


def hold_write_lock(db) -> sqlite3.Connection:
    """Another process's open write transaction, as a plain sqlite3 connection holds it."""
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO meta (key, value) VALUES ('held', 'yes')")
    return holder


def test_a_writer_waits_for_the_lock_and_gives_up_clearly(tmp_path):
    db = tmp_path / "s.db"
    store = Store(db, lock_timeout=0.3)
    holder = hold_write_lock(db)
    with pytest.raises(StoreError) as error:
        store.add_extractions([extraction("a.txt", "Kirby spoke.")])
    message = str(error.value)
    assert str(db) in message and "locked by another process" in message and "STORYLINE_LOCK_TIMEOUT" in message
    assert store.count("documents") == 0
    holder.rollback()
    assert store.add_extractions([extraction("a.txt", "Kirby spoke.")]) == 1


def test_a_writer_that_gets_the_lock_in_time_goes_on(tmp_path):
    db = tmp_path / "s.db"
    store = Store(db, lock_timeout=30)
    holder = hold_write_lock(db)
    threading.Timer(0.3, holder.commit).start()
    assert store.add_extractions([extraction("a.txt", "Kirby spoke.")]) == 1


def test_build_says_which_store_is_locked_and_exits_1(tmp_path, monkeypatch):
    db = tmp_path / "s.db"
    Store(db)
    holder = hold_write_lock(db)
    monkeypatch.setenv("STORYLINE_LOCK_TIMEOUT", "0.3")
    article = tmp_path / "a.txt"
    article.write_text("Kirby spoke on Monday about the drones.\n", encoding="utf-8")
    try:
        result = CliRunner().invoke(app, ["build", str(article), "--db", str(db)])
    finally:
        holder.rollback()
    assert result.exit_code == 1, result.output
    assert f"the store {db} is locked" in " ".join(result.output.split())
    assert "STORYLINE_LOCK_TIMEOUT" in result.output


@needs_seeds
def test_two_builds_at_once_both_finish_with_nothing_lost(tmp_path):
    files = seeds_files()
    first, second = files[:3], files[2:]  # one article in both
    db = tmp_path / "shared.db"
    Store(db)  # both builds open an existing store, as two analysts would
    builds = [start_build(first, db), start_build(second, db)]
    for build in builds:
        _, stderr = build.communicate(timeout=900)
        assert build.returncode == 0, stderr
    assert integrity(db) == "ok"
    reference_db = tmp_path / "reference.db"
    reference = Storyline(reference_db)
    reference.build(files)
    assert rows_per_document(db) == rows_per_document(reference_db)
    # the last fusion saw every document: the facts are those of one build of everything
    assert Storyline(db).to_dict() == reference.to_dict()


def test_the_explorer_shows_what_a_build_commits_at_its_next_request(tmp_path):
    db = tmp_path / "s.db"
    writer = Store(db)
    writer.add_extractions([extraction("a.txt", "Kirby spoke.")])
    writer.replace_fusion([Actor(id="john-kirby", name="John Kirby", kind="person")],
                          {("a.txt", "kirby"): "john-kirby"}, [])
    with TestClient(create_web_app(db)) as client:
        assert client.get("/api/documents").json()["total"] == 1
        assert [q["speaker"] for q in client.get("/api/quotes").json()["items"]] == ["john-kirby"]
        writer.add_extractions([extraction("b.txt", "Kirby spoke again.")])
        assert client.get("/api/documents").json()["total"] == 2
        writer.replace_fusion([Actor(id="kirby-nsc", name="Kirby", kind="person")],
                              {("a.txt", "kirby"): "kirby-nsc", ("b.txt", "kirby"): "kirby-nsc"}, [])
        assert [q["speaker"] for q in client.get("/api/quotes").json()["items"]] == ["kirby-nsc", "kirby-nsc"]
        assert "kirby-nsc" in client.get("/actors").text


def test_the_explorer_keeps_answering_while_a_build_writes(tmp_path):
    db = tmp_path / "s.db"
    writer = Store(db)
    total = 60
    seen, statuses = [], []

    def write() -> None:
        for i in range(total):
            writer.add_extractions([extraction(f"doc{i}.txt", f"Kirby spoke {i} times.")])
            writer.replace_fusion([], {(f"doc{j}.txt", "kirby"): "kirby" for j in range(i + 1)}, [])

    with TestClient(create_web_app(db)) as client:
        thread = threading.Thread(target=write)
        thread.start()
        while thread.is_alive():
            for path in ("/api/documents", "/documents", "/api/quotes", "/"):
                response = client.get(path)
                statuses.append(response.status_code)
                if path == "/api/documents":
                    seen.append(response.json()["total"])
        thread.join()
        final = client.get("/api/documents").json()["total"]
    assert set(statuses) == {200}
    assert seen == sorted(seen), "a reader never goes back to an older state"
    assert final == total


def create_web_app(db):
    from storyline.web import create_app

    return create_app(db)


def test_a_reader_opens_a_store_while_a_writer_holds_the_lock(tmp_path):
    db = tmp_path / "s.db"
    Store(db).add_extractions([extraction("a.txt", "Kirby spoke.")])
    holder = hold_write_lock(db)
    try:
        reader = Store(db, lock_timeout=0.1)  # no write to open a built store: no wait, no error
        assert [d.id for d in reader.documents()] == ["a.txt"]
    finally:
        holder.rollback()


def test_a_fusion_made_stale_by_another_build_is_done_again(tmp_path, monkeypatch):
    import storyline.core as core

    db = tmp_path / "s.db"
    story = Storyline(db)
    story.store.add_extractions([extraction("a.txt", "Kirby spoke.")])
    fused_documents: list[int] = []
    real_fuse = core.fuse

    def fuse_while_another_build_adds(extractions, previous=None, **kwargs):
        fused_documents.append(len(extractions))
        if len(fused_documents) == 1:  # another build commits a document while this one fuses
            Store(db).add_extractions([extraction("b.txt", "Kirby spoke again.")])
        return real_fuse(extractions, previous=previous, **kwargs)

    monkeypatch.setattr(core, "fuse", fuse_while_another_build_adds)
    story.fuse()
    assert fused_documents == [1, 2]
    assert {doc for actor in story.store.actors() for doc in actor.documents} == {"a.txt", "b.txt"}

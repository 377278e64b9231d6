"""`benchmarks/web_load.py` end to end (slow): concurrent clients and attacks while a build writes, 0 errors."""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.conftest import SHARED

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "web_load.py"
ADDED = SHARED / "corpus" / "dev-thai-cambodia-ceasefire-2025-07"


@pytest.mark.slow
def test_the_explorer_answers_every_client_while_a_build_writes(seeds_story, tmp_path, capsys, monkeypatch):
    if not ADDED.is_dir():
        pytest.skip(f"the shared corpus is not beside the project ({ADDED})")
    spec = importlib.util.spec_from_file_location("web_load", BENCHMARK)
    web_load = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "web_load", web_load)
    spec.loader.exec_module(web_load)
    db = tmp_path / "live.db"
    with sqlite3.connect(seeds_story.store.url.removeprefix("sqlite:///")) as source, sqlite3.connect(db) as copy:
        source.backup(copy)  # the copy holds what the source's write-ahead log holds too
    code = web_load.main(["--db", str(db), "--clients", "16", "--requests", "100000", "--seconds", "20",
                          "--attack-every", "10", "--build", str(ADDED)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert " 0 errors (16 clients)" in out and "attacks refused" in out
    shown, stored = out.split("the explorer shows ")[1].split(" stored documents")[0].split(" of ")
    assert shown == stored and int(stored) > len(seeds_story.store.documents())

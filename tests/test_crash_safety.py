"""Crash safety: `storyline build` killed with SIGKILL at random moments never leaves a broken store.

Each trial starts `storyline build` on a few seeds articles (one document per transaction) and kills
it in one of three phases, chosen round-robin, at a random point of that phase:
- extraction: a random moment before the first document is committed (model loading, parsing);
- writes: after the k-th document is committed (k random; at once or up to 0.3 s later), while the
  next is parsed and written;
- fusion: a random moment after the last document is committed, while facts are fused and written.
After each kill: `PRAGMA integrity_check` is ok; every stored document is whole (as many rows in each
per-document table as the uninterrupted build gave it); and building again completes the store, whose
export then equals the uninterrupted build's. The normal suite runs 3 trials; `--slow` runs 24.
"""

from __future__ import annotations

import os
import random
import signal
import time

import pytest

from storyline import Storyline
from tests.builds import fused, integrity, rows_per_document, seeds_files, start_build, stored_documents
from tests.conftest import SEEDS

PHASES = ("extraction", "writes", "fusion")
SEED = int(os.environ.get("STORYLINE_CRASH_SEED", "11"))


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The uninterrupted build of the trial corpus: its export, its rows per document, its fusion time."""
    if not SEEDS.is_dir():
        pytest.skip(f"the shared corpus is not beside the project ({SEEDS})")
    files = seeds_files()
    db = tmp_path_factory.mktemp("reference") / "reference.db"
    story = Storyline(db)
    story.build(files)
    started = time.perf_counter()
    story.fuse()
    fusion_seconds = time.perf_counter() - started
    return {"files": files, "export": story.to_dict(), "rows": rows_per_document(db), "fusion": fusion_seconds}


def kill_in(phase: str, rng: random.Random, db, files: list[str], fusion_seconds: float) -> str:
    """Start a build, kill it with SIGKILL at a random point of `phase`; returns where it really was."""
    build = start_build(files, db)
    deadline = time.monotonic() + 600
    if phase == "extraction":
        wait = rng.uniform(0.0, 8.0)
        while time.monotonic() < deadline and stored_documents(db) == 0 and wait > 0:
            time.sleep(0.02)
            wait -= 0.02
    else:
        wanted = rng.randint(1, len(files) - 1) if phase == "writes" else len(files)
        while time.monotonic() < deadline and stored_documents(db) < wanted and build.poll() is None:
            time.sleep(0.005)
        # just after the commit (its checkpoint), or later, while the next document is parsed or fused
        time.sleep(rng.uniform(0.0, 1.2 * fusion_seconds if phase == "fusion" else 0.3))
    build.send_signal(signal.SIGKILL)
    build.communicate(timeout=60)
    if build.returncode == 0:
        return "done"
    stored = stored_documents(db)
    if stored == 0:
        return "extraction"
    if stored < len(files):
        return "writes"
    return "fusion" if not fused(db) else "done"


def run_trials(reference, tmp_path, trials: int) -> dict[str, int]:
    rng = random.Random(SEED)
    files = reference["files"]
    seen: dict[str, int] = {}
    for trial in range(trials):
        db = tmp_path / f"trial{trial}.db"
        phase = PHASES[trial % len(PHASES)]
        where = kill_in(phase, rng, db, files, reference["fusion"])
        seen[where] = seen.get(where, 0) + 1
        context = f"trial {trial} (aimed at {phase}, killed in {where}, seed {SEED})"
        if db.exists():
            assert integrity(db) == "ok", context
            rows = rows_per_document(db)
            for doc, counts in rows.items():
                assert counts == reference["rows"].get(doc), f"{context}: {doc} is half-written: {counts}"
                assert counts["sentences"] > 0, f"{context}: {doc} has no sentences"
        story = Storyline(db)
        story.build(files)
        assert story.to_dict() == reference["export"], f"{context}: the rebuilt export differs"
        assert integrity(db) == "ok", context
    print(f"crash trials: {trials}, killed in {seen}")
    return seen


def test_a_build_killed_in_each_phase_leaves_a_whole_store_that_a_rerun_completes(reference, tmp_path):
    seen = run_trials(reference, tmp_path, trials=3)
    assert sum(seen.values()) == 3


@pytest.mark.slow
def test_two_dozen_kills_at_random_moments(reference, tmp_path):
    seen = run_trials(reference, tmp_path, trials=24)
    assert {"extraction", "writes", "fusion"} <= set(seen), seen

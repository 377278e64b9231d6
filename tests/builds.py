"""Helpers of the crash and concurrency tests: `storyline build` as a child process, and what a store holds.

The tests read the store with the standard `sqlite3` module, as an outside observer would, so that
what they check does not go through the code under test.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import SEEDS

STORYLINE = Path(sys.executable).parent / "storyline"
PER_DOCUMENT = ("sentences", "local_actors", "mentions", "quotes", "events", "quantities", "times")


def seeds_files(n: int | None = None) -> list[str]:
    """The seeds articles (the first `n`), as paths: a small corpus, cheap to build many times."""
    return [str(p) for p in sorted(SEEDS.glob("*.txt"))[:n]]


def start_build(files: list[str], db: Path, **env: str) -> subprocess.Popen:
    """`storyline build FILES --db DB` in a child process, one document per transaction."""
    environment = os.environ | {"STORYLINE_BATCH_SIZE": "1"} | env
    return subprocess.Popen([str(STORYLINE), "build", *files, "--db", str(db)], env=environment,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def read_only(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)


def stored_documents(db: Path) -> int:
    """How many documents a store holds now (0 while it does not exist or has no tables yet)."""
    if not db.exists():
        return 0
    try:
        with read_only(db) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def fused(db: Path) -> bool:
    """Whether a fusion has been written into the store."""
    with read_only(db) as conn:
        return conn.execute("SELECT count(*) FROM meta WHERE key = 'fusion_stamp'").fetchone()[0] > 0


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def rows_per_document(db: Path) -> dict[str, dict[str, int]]:
    """Document id → rows of each per-document table (and of the sentence search index); none for a store
    killed before its tables were made (the file exists, the schema does not yet)."""
    with read_only(db) as conn:
        if not conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'documents'").fetchone()[0]:
            return {}
        counts = {doc: dict.fromkeys((*PER_DOCUMENT, "sentence_search"), 0)
                  for (doc,) in conn.execute("SELECT id FROM documents")}
        for table in (*PER_DOCUMENT, "sentence_search"):
            for doc, n in conn.execute(f"SELECT doc, count(*) FROM {table} GROUP BY doc"):  # noqa: S608
                counts.setdefault(doc, dict.fromkeys((*PER_DOCUMENT, "sentence_search"), 0))[table] = n
    return counts

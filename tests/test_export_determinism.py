"""The same inputs give the same export in every process: nothing may depend on Python's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import SHARED

CLUSTER = SHARED / "corpus" / "dev-thai-cambodia-ceasefire-2025-07"


def build_and_export(tmp_path, seed: str) -> bytes:
    db, out = tmp_path / f"s{seed}.db", tmp_path / f"e{seed}.json"
    env = {**os.environ, "PYTHONHASHSEED": seed}
    cli = [sys.executable, "-m", "storyline.cli"]
    subprocess.run([*cli, "build", str(CLUSTER), "--db", str(db)], env=env, check=True, capture_output=True)
    subprocess.run([*cli, "export", "--db", str(db), "--out", str(out)], env=env, check=True, capture_output=True)
    return out.read_bytes()


def test_two_hash_seeds_export_byte_for_byte_the_same(tmp_path):
    if not CLUSTER.is_dir():
        pytest.skip(f"no corpus beside the project ({CLUSTER})")
    assert build_and_export(tmp_path, "1") == build_and_export(tmp_path, "2")

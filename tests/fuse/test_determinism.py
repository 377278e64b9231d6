"""Fusion gives the same facts in every process: nothing depends on the order a set of strings iterates in
(which changes with the hash seed), so a re-fusion that reuses stored facts equals a fresh one."""

from __future__ import annotations

import subprocess
import sys

from storyline.fuse.sources import COPY_CONTAINMENT, repeated_from
from tests.conftest import ROOT

SCORE = """
from storyline.fuse.lexical import weighted_jaccard
stems = [f"stem{i}" for i in range(300)]
idf = {s: 0.1 + (i % 17) * 0.3 + i * 1e-7 for i, s in enumerate(stems)}
print(repr(weighted_jaccard(set(stems[:200]), set(stems[100:]), idf)))
"""


def test_weighted_jaccard_is_the_same_under_every_hash_seed():
    scores = {
        subprocess.run([sys.executable, "-c", SCORE], capture_output=True, text=True, check=True, cwd=ROOT,
                       env={"PYTHONHASHSEED": str(seed), "PATH": ""}).stdout
        for seed in range(6)
    }
    assert len(scores) == 1, scores


def test_a_claim_repeating_two_documents_equally_repeats_the_one_seen_first():
    bag = {f"w{i} w{i + 1} w{i + 2}" for i in range(8)}
    ordered = sorted(bag)
    assert COPY_CONTAINMENT <= 0.5
    for first, second in (("x.txt", "y.txt"), ("y.txt", "x.txt")):
        seen = {s: (first, "doc:" + first) for s in ordered[:4]}
        seen |= {s: (second, "doc:" + second) for s in ordered[4:]}
        assert repeated_from("z.txt", bag, seen) == first

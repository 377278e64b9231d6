"""No text of the wide benches in the repository: their READMEs forbid copying their articles into storyline's code,
tests, data files or documentation, and a test on a bench sentence would tune to the very text it is scored on.

Every line of the repository's sources, lexicons, tests and documents is read as words (lower case, `\\w+`), and any
run of `RUN` consecutive words that also runs in a bench article (`../shared/bench/*/data`) is reported with its file
and line. Skipped where `../shared` is not beside the project.
"""

import json
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED

RUN = 7
"""Words in a row that make a copy: seven words shared with an article are rarely chance outside official names (kept
out: `NAME_TABLES`), and seven catch a truncated bench sentence."""

NAME_TABLES = {"countries.yaml", "organizations.yaml"}
"""Lexicons of names only: an official name (`Office for the Coordination of Humanitarian Affairs`) is no copy."""
WORD = re.compile(r"\w+")
PLACES = ("storyline/**/*.py", "storyline/resources/*", "tests/**/*.py", "benchmarks/**/*.py", "docs/**/*.md",
          "README.md")


def windows(text: str) -> list[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return [tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)]


def bench_texts(bench: Path):
    """The article texts of every bench's data: PolNeAR's `.txt` files, the others' `text` fields."""
    for path in sorted(bench.glob("*/data/**/*")):
        if path.suffix == ".txt":
            yield path.read_text(encoding="utf-8", errors="replace")
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    yield json.loads(line).get("text") or ""


def test_no_run_of_bench_text_in_the_repository():
    bench = SHARED / "bench"
    if not bench.is_dir():
        pytest.skip(f"{bench} is not there: the wide benches come with ../shared")
    places: dict[tuple[str, ...], list[str]] = {}
    for pattern in PLACES:
        for path in sorted(ROOT.glob(pattern)):
            if path.suffix not in {".py", ".md", ".yaml"} or path.name in NAME_TABLES or path == Path(__file__):
                continue  # fitted weights (JSON) and tables of names (TSV, NAME_TABLES): no prose
            for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                for window in windows(line):
                    places.setdefault(window, []).append(f"{path.relative_to(ROOT)}:{number}")
    copied = {}
    for text in bench_texts(bench):
        for window in windows(text):
            if window in places:
                copied[window] = places[window]
    assert not copied, "bench text in the repository (write a sentence of our own of the same shape):\n" + "\n".join(
        f"{where[0]}: {' '.join(window)!r}" for window, where in sorted(copied.items(), key=lambda kv: kv[1]))

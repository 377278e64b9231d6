"""Shared fixtures: paths to the shared corpora, a seeds store built once per session, `--slow`."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
DEV_TAIWAN = SHARED / "corpus" / "dev-taiwan-drills-2022-08"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False, help="also run tests over whole corpora")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="needs --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp():
    """The full storyline pipeline, built once."""
    from storyline.nlp.pipeline import default_nlp

    return default_nlp()


@pytest.fixture(scope="session")
def seeds_story(tmp_path_factory):
    """The seeds corpus built into a fresh store."""
    from storyline import Storyline

    if not SEEDS.is_dir():
        pytest.skip(f"the shared corpus is not beside the project ({SEEDS})")
    story = Storyline(tmp_path_factory.mktemp("seeds") / "seeds.db")
    story.build([str(SEEDS)])
    return story

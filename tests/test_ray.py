"""The Ray engine: a build on a local Ray exports exactly what a local build exports.

Needs the optional extra (`pip install -e '.[ray]'`); without Ray these tests skip, saying so.
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest
from typer.testing import CliRunner

from storyline import Storyline
from storyline.cli import app
from tests.conftest import seed_folder


@pytest.fixture(scope="module")
def local_ray():
    """A Ray of 2 CPUs on this machine: no dashboard, no usage statistics; its temporary files removed after."""
    ray = pytest.importorskip("ray", reason="Ray is not installed: pip install -e '.[ray]' to run the Ray tests")
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    temp = tempfile.mkdtemp(prefix="ray-", dir="/tmp")  # short: Ray's socket paths must fit 107 bytes
    ray.init(num_cpus=2, include_dashboard=False, configure_logging=False, log_to_driver=False, _temp_dir=temp)
    yield ray
    ray.shutdown()
    shutil.rmtree(temp, ignore_errors=True)


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    folder = seed_folder(tmp_path_factory.mktemp("articles"))
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    return folder


def test_a_ray_build_exports_what_a_local_build_exports(local_ray, articles, tmp_path):
    on_ray = Storyline(tmp_path / "ray.db")
    summary = on_ray.build([str(articles)], engine="ray")
    here = Storyline(tmp_path / "local.db")
    expected = here.build([str(articles)])
    assert summary.added == expected.added == 3
    assert [str(p) for p in summary.errors] == [str(p) for p in expected.errors] != []
    assert on_ray.to_dict() == here.to_dict()
    assert on_ray.to_dict()["facts"], "three seed articles make facts"


def test_the_cli_runs_the_ray_engine_and_a_rebuild_skips_what_is_stored(local_ray, articles, tmp_path):
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    first = runner.invoke(app, ["build", str(articles), "--db", db, "--engine", "ray"])
    assert first.exit_code == 3 and "3 documents added" in first.output  # 3: the broken input was skipped
    again = runner.invoke(app, ["build", str(articles), "--db", db, "--engine", "ray"])
    assert again.exit_code == 3 and "0 documents added, 3 already stored" in again.output


def test_address_needs_the_ray_engine(tmp_path):
    result = CliRunner().invoke(app, ["build", str(tmp_path), "--address", "auto"])
    assert result.exit_code == 2 and "--engine ray" in result.output

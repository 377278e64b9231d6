"""End to end on the seeds: build, export, validate against the JSON Schema, score, assert floors."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

from storyline.export import export_csv
from storyline.model import Export
from tests.conftest import SHARED

GOLD = SHARED / "eval" / "gold" / "seeds.json"
SCORER = SHARED / "eval" / "score.py"

# Just under what the pipeline reaches, so that a regression fails CI.
FLOORS = {
    "actors_f1": 0.95,
    "quotes_f1": 0.93,
    "quotes_attributed_f1": 0.88,
    "events_typed_f1": 0.52,
    "events_f1": 0.35,
    "event_status_acc": 0.85,
    "quantities_f1": 0.95,
}


@pytest.fixture(scope="module")
def export_file(seeds_story, tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "export.json"
    path.write_text(json.dumps(seeds_story.to_dict()), encoding="utf-8")
    return path


def test_export_validates_against_the_schema_from_the_models(export_file):
    data = json.loads(export_file.read_text(encoding="utf-8"))
    schema = Export.model_json_schema(by_alias=True)
    jsonschema.validate(data, schema)
    assert len(data["documents"]) == 5
    for key in ("actors", "quotes", "events", "quantities"):
        assert data[key], f"no {key} extracted from the seeds"
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for record in data["quotes"] + data["quantities"]:
        assert 0 <= record["start"] < record["end"] <= len(texts[record["doc"]])
    for key in ("quotes", "events", "quantities", "actors", "facts"):
        ids = [r["id"] for r in data[key]]
        assert len(ids) == len(set(ids)), f"{key} ids are not unique"


def test_scores_stay_above_the_floors(export_file):
    if not GOLD.exists():
        pytest.skip("no gold file beside the project")
    result = subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(export_file), "--json"],
        capture_output=True, text=True, check=True,
    )
    scores = json.loads(result.stdout)
    low = {k: (scores[k], floor) for k, floor in FLOORS.items() if scores[k] < floor}
    assert not low, f"below the floor: {low}"


def test_csv_has_one_row_per_event(seeds_story):
    export = seeds_story.export()
    lines = export_csv(export).splitlines()
    assert len(lines) == len(export.events) + 1
    assert lines[0].startswith("event_id,story_date,")

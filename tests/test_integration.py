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

SCORER = SHARED / "eval" / "score.py"

# Just under what the pipeline reaches on each development set (the third, untuned cluster included),
# so that a regression fails CI (the seeds' facts now measure 0.964 / 1.000); every set is
# held, since a change that lifts one and lowers another is not progress. The scorer keys a fact by
# `max(set(keys), key=keys.count)`, so where a fact's members tie it could depend on the scorer's
# hash seed; the fact floors leave room for that (facts measured 0.86/0.79 on the seeds and 0.87/0.79
# on dev under seeds 0-5).
FLOORS = {
    "seeds": {
        "actors_f1": 0.97, "quotes_f1": 0.97, "quotes_attributed_f1": 0.96,
        "events_typed_f1": 0.79, "events_f1": 0.78, "event_status_acc": 0.95, "quantities_f1": 0.97,
        "facts_doc_jaccard": 0.93, "facts_independence_acc": 0.95, "conflicts_recall": 0.95,
    },
    "dev-thai-cambodia-ceasefire-2025-07": {
        "actors_f1": 0.97, "quotes_f1": 0.95, "quotes_attributed_f1": 0.91,
        "events_typed_f1": 0.87, "events_f1": 0.85, "event_status_acc": 0.96, "quantities_f1": 0.95,
        "facts_doc_jaccard": 0.88, "facts_independence_acc": 0.85, "conflicts_recall": 0.95,
    },
    "dev-taiwan-drills-2022-08": {
        "actors_f1": 0.95, "quotes_f1": 0.97, "quotes_attributed_f1": 0.97,
        "events_typed_f1": 0.90, "events_f1": 0.86, "event_status_acc": 0.95, "quantities_f1": 0.97,
        "facts_doc_jaccard": 0.87, "facts_independence_acc": 0.85, "conflicts_recall": 0.95,
    },
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


@pytest.mark.parametrize("collection", sorted(FLOORS))
def test_scores_stay_above_the_floors(collection, cluster_story, tmp_path):
    gold = SHARED / "eval" / "gold" / f"{collection}.json"
    if not gold.exists():
        pytest.skip(f"no gold for {collection} beside the project")
    story = cluster_story(collection)
    export = tmp_path / "export.json"
    export.write_text(json.dumps(story.to_dict()), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(export), "--json"], capture_output=True, text=True, check=True
    )
    scores = json.loads(result.stdout)
    low = {k: (scores[k], floor) for k, floor in FLOORS[collection].items() if scores[k] < floor}
    assert not low, f"{collection} below the floor (score, floor): {low}"


def test_csv_has_one_row_per_event(seeds_story):
    export = seeds_story.export()
    lines = export_csv(export).splitlines()
    assert len(lines) == len(export.events) + 1
    assert lines[0].startswith("event_id,story_date,")


@pytest.fixture(scope="module")
def clusters_together(tmp_path_factory):
    """The three development clusters built into one store: 16 documents of three stories, enough for fusion to
    tell stories apart (`fuse.stories.STORY_MIN_DOCUMENTS`), which no cluster alone is."""
    from storyline import Storyline

    corpora = [SHARED / "corpus" / name for name in sorted(FLOORS)]
    if not all(corpus.is_dir() for corpus in corpora):
        pytest.skip("the development clusters are not beside the project")
    folder = tmp_path_factory.mktemp("together")  # one folder, so documents keep the ids the gold gives them
    meta = []
    for corpus in corpora:
        for text in corpus.glob("*.txt"):
            (folder / text.name).write_text(text.read_text(encoding="utf-8"), encoding="utf-8")
        if (corpus / "meta.jsonl").exists():
            meta.append((corpus / "meta.jsonl").read_text(encoding="utf-8").strip())
    (folder / "meta.jsonl").write_text("\n".join(meta) + "\n", encoding="utf-8")
    story = Storyline(tmp_path_factory.mktemp("together") / "store.db")
    story.build([str(folder)])
    path = tmp_path_factory.mktemp("together") / "export.json"
    path.write_text(json.dumps(story.to_dict()), encoding="utf-8")
    return path


@pytest.mark.parametrize("collection", sorted(FLOORS))
def test_facts_hold_where_the_clusters_are_built_together(collection, clusters_together):
    """A collection of several stories merges each story's facts as the story alone does: the reports of one event
    still share their figures and acts where stories are told apart (fewer documents would not tell them apart)."""
    from storyline.fuse.stories import STORY_MIN_DOCUMENTS

    documents = json.loads(clusters_together.read_text(encoding="utf-8"))["documents"]
    assert len(documents) >= STORY_MIN_DOCUMENTS
    result = subprocess.run(
        [sys.executable, str(SCORER), str(SHARED / "eval" / "gold" / f"{collection}.json"), str(clusters_together),
         "--json"], capture_output=True, text=True, check=True,
    )
    scores = json.loads(result.stdout)
    keys = ("facts_doc_jaccard", "facts_independence_acc", "conflicts_recall")
    low = {k: (scores[k], FLOORS[collection][k]) for k in keys if scores[k] < FLOORS[collection][k]}
    assert not low, f"{collection}, built with the other clusters, below the floor (score, floor): {low}"

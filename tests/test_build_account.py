"""Builds lose nothing: one id per text across builds, an exact account of every input, idempotence.

The spaCy model is slow, so these builds run a blank English pipeline with a sentencizer in its
place (`light_pipeline`); reading, admitting, extracting into records, storing and fusing stay real.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from storyline import Storyline
from storyline.cli import EXIT_SKIPPED_INPUTS, app
from storyline.ingest import Problem

BASE = ("Officials said the river had flooded several villages on Thursday and that the rescue teams "
        "were ready to move the families to the school.")
TEXTS = [f"{BASE} The council met for the {word} time to discuss the damage." for word in
         ("first", "second", "third", "fourth", "fifth", "sixth")]
OUTLETS = (None, "Reuters", "AP")


@pytest.fixture
def light_pipeline(monkeypatch):
    """Replace the model pipeline with a blank one that only splits sentences."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    monkeypatch.setattr("storyline.nlp.pipeline.default_nlp", lambda user_actors="": nlp)
    return nlp


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def stored_ids(story: Storyline) -> list[str]:
    return sorted(doc.id for doc in story.store.documents())


# Identity across builds


def test_a_second_batch_with_the_same_file_names_is_stored_under_qualified_ids(tmp_path, light_pipeline):
    for number in range(3):
        write(tmp_path / f"bbc/tech/00{number}.txt", TEXTS[number])
        write(tmp_path / f"bbc/business/00{number}.txt", TEXTS[number + 3])
    story = Storyline(tmp_path / "s.db")

    first = story.build([str(tmp_path / "bbc/tech/00*.txt")])
    second = story.build([str(tmp_path / "bbc/business/00*.txt")])

    assert (first.added, second.added, second.read, second.balanced) == (3, 3, 3, True)
    assert stored_ids(story) == ["000.txt", "001.txt", "002.txt",
                                 "business/000.txt", "business/001.txt", "business/002.txt"]
    assert {doc.text for doc in story.store.documents()} == set(TEXTS)


def test_a_taken_id_is_qualified_by_more_of_its_folders_until_it_is_free(tmp_path, light_pipeline):
    story = Storyline(tmp_path / "s.db")
    write(tmp_path / "x/news/a.txt", TEXTS[0])
    write(tmp_path / "y/news/a.txt", TEXTS[1])
    write(tmp_path / "z/news/a.txt", TEXTS[2])
    for folder in "xyz":
        assert story.build([str(tmp_path / folder / "news")]).added == 1

    assert stored_ids(story) == ["a.txt", "news/a.txt", "z/news/a.txt"]
    assert story.build([str(tmp_path / "z/news")]).already_stored == 1


def test_an_explicit_id_naming_another_stored_text_is_an_error_naming_both(tmp_path, light_pipeline):
    story = Storyline(tmp_path / "s.db")
    write(tmp_path / "one.jsonl", json.dumps({"id": "r1", "text": TEXTS[0]}) + "\n")
    write(tmp_path / "two.jsonl", json.dumps({"id": "r1", "text": TEXTS[1]}) + "\n"
          + json.dumps({"id": "r2", "text": TEXTS[2]}) + "\n")

    story.build([str(tmp_path / "one.jsonl")])
    summary = story.build([str(tmp_path / "two.jsonl")])

    assert (summary.added, summary.skipped, summary.read, summary.balanced) == (1, 1, 2, True)
    assert str(summary.errors[0]).startswith(f"{tmp_path / 'two.jsonl'}:1: id 'r1' already names another text")
    assert {doc.id: doc.text for doc in story.store.documents()} == {"r1": TEXTS[0], "r2": TEXTS[2]}


def test_a_sidecar_id_names_its_file_and_is_never_given_to_a_second_text(tmp_path, light_pipeline):
    write(tmp_path / "a/001.txt", TEXTS[0])
    write(tmp_path / "a/meta.jsonl", json.dumps({"file": "001.txt", "id": "wire-1", "outlet": "Reuters"}))
    write(tmp_path / "b/001.txt", TEXTS[1])
    write(tmp_path / "b/meta.jsonl", json.dumps({"file": "001.txt", "id": "wire-1"}))
    story = Storyline(tmp_path / "s.db")

    assert story.build([str(tmp_path / "a")]).added == 1
    summary = story.build([str(tmp_path / "b")])

    assert (summary.added, summary.skipped, summary.balanced) == (0, 1, True)
    assert "id 'wire-1' already names another text (a document already in the store)" in summary.errors[0].reason
    assert [(doc.id, doc.outlet, doc.text) for doc in story.store.documents()] == [("wire-1", "Reuters", TEXTS[0])]


def test_within_one_build_an_explicit_id_is_kept_for_its_first_text(tmp_path, light_pipeline):
    lines = [{"id": "r1", "text": TEXTS[0]}, {"id": "r1", "text": TEXTS[1]}, {"text": TEXTS[0]}]
    write(tmp_path / "a.jsonl", "\n".join(json.dumps(line) for line in lines))

    summary = Storyline(tmp_path / "s.db").build([str(tmp_path / "a.jsonl")])

    assert [(p.line, p.kind) for p in summary.problems] == [(2, "error"), (3, "duplicate")]
    assert "a.jsonl:1" in summary.problems[0].reason
    assert (summary.added, summary.duplicates, summary.skipped, summary.read) == (1, 1, 1, 3)


def test_the_same_text_from_two_outlets_gets_two_ids(tmp_path, light_pipeline):
    lines = [{"text": TEXTS[0], "outlet": "Reuters"}, {"text": TEXTS[0], "outlet": "AP"}]
    write(tmp_path / "a.jsonl", "\n".join(json.dumps(line) for line in lines))

    story = Storyline(tmp_path / "s.db")
    assert story.build([str(tmp_path / "a.jsonl")]).added == 2
    first, second = sorted(story.store.documents(), key=lambda doc: len(doc.id))
    assert second.id.startswith(first.id + "~") and len(second.id) == len(first.id) + 13


def test_a_build_with_two_worker_processes_accounts_for_every_input(tmp_path, light_pipeline):
    for number, text in enumerate(TEXTS):
        write(tmp_path / f"in/{number}.txt", text)
    write(tmp_path / "in/dup.txt", TEXTS[0])
    write(tmp_path / "in/bad.txt", b"\x00")

    story = Storyline(tmp_path / "s.db")
    summary = story.build([str(tmp_path / "in")], workers=2, batch_size=2)

    assert (summary.read, summary.added, summary.duplicates, summary.skipped) == (8, 6, 1, 1)
    assert {doc.text for doc in story.store.documents()} == set(TEXTS)


# Idempotence


def test_the_same_inputs_built_twice_give_an_identical_export(tmp_path, light_pipeline):
    for number, text in enumerate(TEXTS):
        write(tmp_path / f"in/{'ab'[number % 2]}/{number}.txt", text)
    once, twice = Storyline(tmp_path / "once.db"), Storyline(tmp_path / "twice.db")
    once.build([str(tmp_path / "in")])
    twice.build([str(tmp_path / "in")])
    again = twice.build([str(tmp_path / "in")])

    assert (again.added, again.already_stored, again.read) == (0, len(TEXTS), len(TEXTS))
    assert once.to_dict() == twice.to_dict()


def test_a_folder_built_after_a_subset_of_it_adds_exactly_the_rest(tmp_path, light_pipeline):
    for number, text in enumerate(TEXTS):
        write(tmp_path / f"in/{number}.txt", text)
    story = Storyline(tmp_path / "s.db")
    subset = story.build([str(tmp_path / "in/[0-2].txt")])
    rest = story.build([str(tmp_path / "in")])

    assert (subset.added, rest.added, rest.already_stored) == (3, 3, 3)
    assert stored_ids(story) == [f"{number}.txt" for number in range(6)]


# The CLI's summary line and exit code


def test_the_summary_line_accounts_for_every_input_and_skips_exit_3(tmp_path, light_pipeline):
    write(tmp_path / "in/a.txt", TEXTS[0])
    write(tmp_path / "in/b.txt", TEXTS[0])
    write(tmp_path / "in/c.txt", "")
    write(tmp_path / "in/d.jsonl", json.dumps({"text": TEXTS[1]}) + "\n{oops\n")
    db = tmp_path / "s.db"

    result = CliRunner().invoke(app, ["build", str(tmp_path / "in"), "--db", str(db)])

    assert result.exit_code == EXIT_SKIPPED_INPUTS
    assert ("5 inputs read: 2 documents added, 0 already stored, 1 duplicates, 2 skipped with errors"
            in " ".join(result.stdout.split()))
    result = CliRunner().invoke(app, ["build", str(tmp_path / "in/a.txt"), "--db", str(db)])
    assert result.exit_code == 0
    assert "1 inputs read: 0 documents added, 1 already stored, 0 duplicates, 0 skipped" in result.stdout


# The property: random inputs in random builds lose nothing and account for everything

BAD_LINES = ("{oops", '{"text": 5}', "[1, 2]", '{"text": "   "}', '{"id": "", "text": "x"}')

record = st.one_of(
    st.tuples(st.sampled_from(range(len(TEXTS))), st.sampled_from((None, "r1", "r2")), st.sampled_from(OUTLETS)),
    st.sampled_from(BAD_LINES),
)
text_file = st.tuples(st.just("txt"), st.sampled_from(range(len(TEXTS))))
content = st.one_of(
    text_file, text_file, text_file,
    st.tuples(st.just("empty"), st.none()),
    st.tuples(st.just("binary"), st.none()),
    st.tuples(st.just("jsonl"), st.lists(record, max_size=4)),
)
files = st.dictionaries(
    st.tuples(st.sampled_from(("a", "b", "a/sub")), st.sampled_from(("001", "002"))),
    content, min_size=1, max_size=6,
)


def make_file(root: Path, key: tuple[str, str], kind: str, value) -> Path:
    folder, stem = key
    if kind == "jsonl":
        lines = []
        for item in value:
            if isinstance(item, str):
                lines.append(item)
            else:
                text, doc_id, outlet = item
                data = {"text": TEXTS[text], "id": doc_id, "outlet": outlet}
                lines.append(json.dumps({key: value for key, value in data.items() if value}))
        return write(root / folder / f"{stem}.jsonl", "\n".join(lines) + "\n")
    body = {"txt": TEXTS[value] if kind == "txt" else "", "empty": "  \n", "binary": b"\x00\x01\x02 binary"}[kind]
    return write(root / folder / f"{stem}.txt", body)


def inputs_of(made: dict[Path, tuple], root: Path, args: list[str]) -> list[tuple]:
    """The (kind, value) of each file the arguments reach, once per time it is reached."""
    reached = []
    for arg in args:
        if Path(arg).is_dir():
            inside = sorted(path for path in made if path.is_relative_to(arg))
            reached += [made[path] for path in inside] or [("nothing", None)]
        else:
            reached.append(made[Path(arg)])
    return reached


def count_read(reached: list[tuple]) -> int:
    """Inputs read, counted apart from the code: a file is one input, a JSON Lines file one per line."""
    return sum(len(value) or 1 if kind == "jsonl" else 1 for kind, value in reached)


builds = st.lists(st.tuples(st.lists(st.integers(0, 99), min_size=1, max_size=2), st.integers(1, 3)),
                  min_size=1, max_size=4)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=files, builds=builds)
@example(  # the BBC report: two folders' `001.txt` built one after the other, then both together
    files={("a", "001"): ("txt", 0), ("b", "001"): ("txt", 1), ("b", "002"): ("jsonl", [(1, "r1", None), "{"])},
    builds=[([1], 1), ([3], 2), ([0, 2], 3)])
def test_random_builds_store_every_distinct_text_once_and_account_for_every_input(light_pipeline, files, builds):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        made = {make_file(root, key, *value): value for key, value in files.items()}
        choices = sorted({str(path) for path in made} | {str(path.parent) for path in made})
        builds = [([choices[i % len(choices)] for i in picks], batch_size) for picks, batch_size in builds]
        story = Storyline(root / "store.db")
        added = 0
        must_store, may_store = set(), set()
        for args, batch_size in builds:
            summary = story.build(args, batch_size=batch_size)
            reached = inputs_of(made, root, args)
            assert summary.read == count_read(reached)
            assert summary.balanced, summary
            assert summary.duplicates == sum(p.kind == "duplicate" for p in summary.problems)
            added += summary.added
            for kind, value in reached:
                if kind == "txt":
                    must_store.add((TEXTS[value], None))
                for item in value if kind == "jsonl" else []:
                    if not isinstance(item, str):
                        pair = (TEXTS[item[0]], (item[2] or "").lower() or None)
                        (may_store if item[1] else must_store).add(pair)
            documents = story.store.documents()
            stored = [(doc.text, (doc.outlet or "").lower() or None) for doc in documents]
            assert len(stored) == len(set(stored)) == added
            assert must_store <= set(stored) <= must_store | may_store
            assert len({doc.id for doc in documents}) == len(documents)


def test_problems_of_a_build_are_reported_as_they_are_found(tmp_path, light_pipeline):
    write(tmp_path / "in/a.txt", TEXTS[0])
    write(tmp_path / "in/b.txt", b"\x00\x00")
    seen: list[Problem] = []
    summary = Storyline(tmp_path / "s.db").build([str(tmp_path / "in")], on_problem=seen.append)
    assert seen == summary.problems and [p.path for p in seen] == [str(tmp_path / "in/b.txt")]


def test_the_seeds_built_twice_with_the_real_pipeline_give_the_same_export(seeds_story, tmp_path):
    from tests.conftest import SEEDS

    story = Storyline(tmp_path / "again.db")
    first = story.build([str(SEEDS)])
    again = story.build([str(SEEDS)])

    assert (first.added, again.added, again.already_stored) == (first.read, 0, first.read)
    assert story.to_dict() == seeds_story.to_dict()


def test_the_store_refuses_a_stored_text_or_a_taken_id_and_says_which(tmp_path):
    import hashlib

    from storyline.model import Document, Extraction
    from storyline.store import Store

    def extraction(doc_id: str, text: str) -> Extraction:
        digest = hashlib.sha256(text.encode()).hexdigest()
        return Extraction(document=Document(id=doc_id, text=text, content_hash=digest))

    store = Store(tmp_path / "s.db")
    assert store.add_extractions([extraction("a.txt", TEXTS[0])]) == 1
    refused = []
    batch = [extraction("b.txt", TEXTS[0]), extraction("a.txt", TEXTS[1]), extraction("c.txt", TEXTS[2])]
    assert store.add_extractions(batch, on_refused=lambda ex, why: refused.append((ex.document.id, why))) == 1
    assert refused == [("b.txt", "stored"), ("a.txt", "its id 'a.txt' names another stored text")]
    assert (store.id_of_hash(batch[2].document.content_hash), store.hash_of_id("zzz")) == ("c.txt", None)

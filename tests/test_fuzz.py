"""Hostile input never crashes: every reader and every component turn it into documents or Problems.

The long run (10,000 cases) is `benchmarks/fuzz.py`; here a fast subset of the same cases, and
Hypothesis over raw bytes for each reader and over random text for the pipeline.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks import fuzz
from storyline.ingest import Problem, read_inputs
from storyline.model import Document
from storyline.nlp.extract import extract_documents

READ_SETTINGS = settings(max_examples=60, deadline=None, database=None,
                         suppress_health_check=[HealthCheck.function_scoped_fixture])


def read_bytes_as(suffix: str, data: bytes, sidecar: bytes | None = None) -> list[Document | Problem]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"doc{suffix}"
        path.write_bytes(data)
        if sidecar is not None:
            (Path(tmp) / "meta.jsonl").write_bytes(sidecar)
        return list(read_inputs([tmp if sidecar is not None else str(path)]))


def assert_all_named(items: list[Document | Problem]) -> None:
    assert items, "every input is accounted for: a document or a problem"
    for item in items:
        assert isinstance(item, Document | Problem)
        if isinstance(item, Problem):
            assert item.path and item.reason and str(item)


hostile_text = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(fuzz.HOSTILE), st.sampled_from(("the", "said", "on", "Thursday"))),
             max_size=40).map(" ".join),
)
hostile_bytes = st.one_of(
    st.binary(max_size=300),
    hostile_text.map(lambda text: text.encode("utf-8", "surrogatepass")),
    hostile_text.map(lambda text: text.encode("utf-16", "surrogatepass")),
)


@pytest.mark.parametrize("suffix", [".txt", ".html", ".jsonl", ".json"])
@READ_SETTINGS
@given(data=hostile_bytes)
def test_every_reader_turns_any_bytes_into_documents_or_problems(suffix, data):
    assert_all_named(read_bytes_as(suffix, data))


json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), hostile_text),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(
        st.sampled_from(("text", "id", "title", "outlet", "url", "published", "file")), children, max_size=6),
    max_leaves=12,
)


@READ_SETTINGS
@given(lines=st.lists(json_value, max_size=5), newline=st.sampled_from(["\n", "\r\n"]), bom=st.booleans())
def test_json_lines_of_any_values_and_types_are_read_or_named(lines, newline, bom):
    data = newline.join(json.dumps(line) for line in lines).encode("utf-8", "surrogatepass")
    assert_all_named(read_bytes_as(".jsonl", (b"\xef\xbb\xbf" if bom else b"") + data))


def test_unpaired_surrogates_in_json_fields_are_left_out_or_named(tmp_path):
    text = "Officials said on Thursday that the talks in Geneva would resume next week after the floods."
    lines = [{"text": text, "outlet": "\ud800", "title": "\udfff ok"}, {"text": text + " More.", "id": "a\ud800"},
             {"text": text + "\ud800"}]
    items = read_bytes_as(".jsonl", "\n".join(json.dumps(line) for line in lines).encode())
    assert [(type(item).__name__, getattr(item, "line", None)) for item in items] == [
        ("Document", None), ("Problem", 2), ("Problem", 3)]
    assert (items[0].outlet, items[0].title) == (None, None)
    assert "not valid Unicode" in items[1].reason and "unpaired surrogates" in items[2].reason


@READ_SETTINGS
@given(entries=st.lists(json_value, max_size=4), text=hostile_text)
def test_a_hostile_sidecar_never_stops_its_folder(entries, text):
    sidecar = "\n".join(json.dumps(entry) for entry in entries).encode("utf-8", "surrogatepass")
    items = read_bytes_as(".txt", text.encode("utf-8", "surrogatepass"), sidecar=sidecar)
    assert_all_named(items)
    assert sum(isinstance(item, Document) or "doc.txt" in item.path for item in items) == 1


@settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(texts=st.lists(hostile_text.filter(str.strip), min_size=1, max_size=4))
def test_every_component_reads_random_text_or_drops_it_with_a_problem(nlp, texts):
    documents = [Document(id=f"d{i}", text=text) for i, text in enumerate(texts)]
    results = list(extract_documents(nlp, documents))
    assert [getattr(r, "document", None) and r.document.id or r.path for r in results] == [d.id for d in documents]


def test_a_fast_subset_of_the_fuzz_cases_crashes_nothing(nlp):
    counts = fuzz.run(150, seed=7, nlp=nlp, quiet=True, monsters=False)
    assert counts.crashes == 0, "\n".join(counts.crashed[:3])
    assert counts.cases == 150 and counts.problems > 0 and counts.stored > 0


@pytest.mark.parametrize("name", ["10000-token-sentence", "only-numbers", "only-quotes", "nested-quotes"])
def test_monster_texts_go_through_the_pipeline(nlp, name):
    text = dict(fuzz.monsters())[name]
    results = list(extract_documents(nlp, [Document(id=name, text=text)]))
    assert len(results) == 1


def test_texts_past_the_pipeline_limit_are_problems_not_crashes(nlp):
    text = "The river rose. " * (nlp.max_length // 16 + 1)
    [result] = list(extract_documents(nlp, [Document(id="huge", text=text)]))
    assert isinstance(result, Problem) and "over the pipeline's limit" in result.reason


@pytest.mark.parametrize("text", [
    "Officials said ninety - ", "Officials said an estimated",  # quantities: an amount past the end
    "border clashes that have killed dozens of ",  # events: `dozens of` with no object, no endless unwrap
    "On\xa0Mrs\xa0Howar",  # actors: a title with no name after it
])
def test_a_text_cut_where_an_extractor_looks_further_is_read(nlp, text):
    [result] = list(extract_documents(nlp, [Document(id="end", text=text)]))
    assert not isinstance(result, Problem), result


def test_a_quotation_mark_ending_a_cut_text_is_read(nlp):
    text = ("oost on the battlefield,” the report says.\n“The last shipment of weapons from Iran to Russia included "
            "about 450 drones, officials said, which the Russians have already used to deadly effect in Ukraine. "
            "Ukrainian officials said last week that they have shot down more than 300 Iranian drones.”\nI ")
    [result] = list(extract_documents(nlp, [Document(id="cut", text=text)]))
    assert not isinstance(result, Problem), result
    assert all(quote.start < quote.end for quote in result.quotes)

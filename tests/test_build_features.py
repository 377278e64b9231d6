"""A build computes fusion's per-document features where it extracts each document (its workers) and stores
them with it; its fusion reads them and computes none itself."""

from __future__ import annotations

import pytest

from storyline import Storyline, core
from storyline.fuse.incremental import features_data
from storyline.model import Document
from tests.conftest import seed_folder


@pytest.mark.parametrize("workers", [1, 2])
def test_a_build_stores_each_documents_features_and_its_fusion_computes_none(tmp_path, monkeypatch, workers):
    (tmp_path / "in").mkdir()
    inputs = seed_folder(tmp_path / "in", n=3)
    reference = Storyline(tmp_path / "reference.db")
    reference.build([str(inputs)])

    def computed_in_fusion(document):
        raise AssertionError(f"fusion computed the features of {document.id} again")

    monkeypatch.setattr(core, "document_features", computed_in_fusion)
    story = Storyline(tmp_path / "s.db")
    assert story.build([str(inputs)], workers=workers).added == 3
    stored = {doc: (content_hash, data) for doc, content_hash, data in story.store.fusion_features()}
    documents = {d.id: d for d in story.store.documents()}
    assert sorted(stored) == sorted(documents)
    for doc, (content_hash, data) in stored.items():
        document = documents[doc]
        assert content_hash == document.content_hash
        assert data == features_data(Document(id=doc, text=document.text))
    assert story.to_dict() == reference.to_dict()


def test_features_that_fail_beside_the_extraction_are_computed_by_fusion(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    inputs = seed_folder(tmp_path / "in", n=3)
    reference = Storyline(tmp_path / "reference.db")
    reference.build([str(inputs)])
    first = sorted(p.name for p in inputs.iterdir())[0]

    failed = []

    def fails_on_the_first(document):
        if document.id == first:
            failed.append(document.id)
            raise ValueError("boom")
        return features_data(document)

    monkeypatch.setattr(core, "features_data", fails_on_the_first)
    story = Storyline(tmp_path / "s.db")
    assert story.build([str(inputs)]).added == 3
    assert failed == [first]
    stored = {doc: data for doc, _, data in story.store.fusion_features()}
    assert first in stored and len(stored) == 3  # fusion computed and kept the missing one
    assert story.to_dict() == reference.to_dict()

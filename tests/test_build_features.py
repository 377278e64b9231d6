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

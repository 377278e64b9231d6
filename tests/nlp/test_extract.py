"""A failing extractor costs one document, reported by name; the rest of the batch goes on."""

import pytest
import spacy
from spacy.language import Language

from storyline.ingest import Problem
from storyline.model import Document, Extraction
from storyline.nlp.extract import extract_documents


@Language.component("test_fails_on_marker")
def fails_on_marker(doc):
    if "EXPLODE" in doc.text:
        raise ValueError("boom")
    return doc


@pytest.mark.parametrize("n_process", [1, 2])
def test_failed_document_becomes_a_problem_and_order_is_kept(n_process):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_fails_on_marker")
    documents = [Document(id=f"d{i}.txt", text=text) for i, text in
                 enumerate(["First one.", "This will EXPLODE now.", "Third one.", "EXPLODE again.", "Last."])]
    results = list(extract_documents(nlp, documents, n_process=n_process, batch_size=2))
    assert [type(r) for r in results] == [Extraction, Problem, Extraction, Problem, Extraction]
    assert [r.document.id for r in results if isinstance(r, Extraction)] == ["d0.txt", "d2.txt", "d4.txt"]
    assert [r.path for r in results if isinstance(r, Problem)] == ["d1.txt", "d3.txt"]
    assert results[2].sentences[0].text == "Third one."

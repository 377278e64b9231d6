"""A failing extractor costs one document, reported by name; the rest of the batch goes on."""

import pytest
import spacy
from spacy.language import Language

from storyline.ingest import Problem
from storyline.model import Document, Extraction
from storyline.nlp.extract import extract_documents, make_doc


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


def test_workers_stream_in_order_and_stop_when_the_reader_does():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    read = []

    def documents():
        for i in range(40):
            read.append(i)
            yield Document(id=f"d{i}.txt", text=f"Text number {i}.")

    results = extract_documents(nlp, documents(), n_process=2, batch_size=3)
    first = [next(results) for _ in range(4)]
    assert [r.document.id for r in first] == ["d0.txt", "d1.txt", "d2.txt", "d3.txt"]
    assert len(read) < 40  # the input is read as results are taken, not all at once
    results.close()  # the workers are shut down, nothing waits on them
    assert list(results) == []


def test_worker_batches_hold_a_bounded_text_in_input_order():
    from storyline.nlp.extract import text_batches

    docs = [Document(id=str(n), text="x" * size) for n, size in enumerate([10, 10, 10, 50, 5, 5, 5, 5, 100, 1])]
    batches = list(text_batches(docs, size=3, characters=30))
    assert [d.id for b in batches for d in b] == [d.id for d in docs]  # every document once, in order
    assert [[d.id for d in b] for b in batches] == [["0", "1", "2"], ["3"], ["4", "5", "6"], ["7"], ["8"], ["9"]]
    assert all(len(b) <= 3 and (len(b) == 1 or sum(len(d.text) for d in b) <= 30) for b in batches)


@Language.component("test_leaves_a_bad_quote")
def leaves_a_bad_quote(doc):
    doc._.quotes = [{"id": "quote0", "text": "x", "direct": True, "start": 0, "end": 1}]
    if "BAD" in doc.text:
        doc._.quotes.append({"id": "quote1", "text": "y", "direct": True, "start": "nowhere", "end": 2})
    return doc


def test_a_record_the_model_refuses_drops_its_document_and_names_the_record():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_leaves_a_bad_quote")
    documents = [Document(id="good.txt", text="Fine."), Document(id="bad.txt", text="A BAD one.")]
    good, bad = extract_documents(nlp, documents)
    assert [q.id for q in good.quotes] == ["good.txt#quote0"] and good.quotes[0].doc == "good.txt"
    assert isinstance(bad, Problem) and bad.path == "bad.txt"
    assert "its extraction is invalid" in bad.reason and "quotes.1.start" in bad.reason


def words_of(document: Document) -> int:
    """What a caller computes beside each extraction (module-level: the workers receive it by name)."""
    return len(document.text.split())


@pytest.mark.parametrize("n_process", [1, 2])
def test_beside_comes_with_each_extraction_and_not_with_problems(n_process):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_fails_on_marker")
    texts = ["One two three.", "EXPLODE here.", "Four five.", "Six seven eight nine."]
    documents = [Document(id=f"d{i}.txt", text=text) for i, text in enumerate(texts)]
    results = list(extract_documents(nlp, documents, n_process=n_process, batch_size=2, beside=words_of))
    assert isinstance(results[1], Problem) and results[1].path == "d1.txt"
    pairs = [r for r in results if not isinstance(r, Problem)]
    assert [(ex.document.id, words) for ex, words in pairs] == [("d0.txt", 3), ("d2.txt", 2), ("d3.txt", 4)]
    assert all(isinstance(ex, Extraction) for ex, _ in pairs)


def sentence_count(extraction: Extraction) -> tuple[str, int]:
    """What a caller wants in place of each extraction (module-level, as `beside`)."""
    return extraction.document.id, len(extraction.sentences)


@pytest.mark.parametrize("n_process", [1, 2])
def test_convert_comes_in_place_of_each_extraction_after_beside(n_process):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_fails_on_marker")
    texts = ["One. Two three.", "EXPLODE here.", "Four five."]
    documents = [Document(id=f"d{i}.txt", text=text) for i, text in enumerate(texts)]
    results = list(extract_documents(nlp, documents, n_process=n_process, batch_size=2, beside=words_of,
                                     convert=sentence_count))
    assert isinstance(results[1], Problem) and results[1].path == "d1.txt"
    assert [results[0], results[2]] == [(("d0.txt", 2), 3), (("d2.txt", 1), 2)]
    alone = list(extract_documents(nlp, documents[2:], n_process=n_process, convert=sentence_count))
    assert alone == [("d2.txt", 1)]


def objects_set_aside(document: Document) -> int:
    import gc

    return gc.get_freeze_count()


def test_workers_set_what_they_inherit_aside_from_the_collector():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    documents = [Document(id=f"d{i}.txt", text=f"Text number {i}.") for i in range(4)]
    results = list(extract_documents(nlp, documents, n_process=2, batch_size=2, beside=objects_set_aside))
    assert len(results) == 4 and all(frozen > 0 for _, frozen in results)  # the pipeline, and all else forked


def collector_thresholds(document: Document) -> tuple[int, ...]:
    import gc

    return gc.get_threshold()


def test_workers_collect_less_often_than_this_process():
    import gc

    from storyline.nlp.extract import WORKER_GC_THRESHOLDS

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    documents = [Document(id=f"d{i}.txt", text=f"Text number {i}.") for i in range(2)]
    here = gc.get_threshold()
    results = list(extract_documents(nlp, documents, n_process=2, batch_size=1, beside=collector_thresholds))
    assert [thresholds for _, thresholds in results] == [WORKER_GC_THRESHOLDS] * 2
    assert gc.get_threshold() == here  # this process's own are left as they were


def fails_on_the_second(document: Document) -> int:
    if document.id == "d1.txt":
        raise ValueError("boom")
    return len(document.text)


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_failing_beside_leaves_the_extraction_standing(n_process):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    documents = [Document(id=f"d{i}.txt", text=text) for i, text in enumerate(["One.", "Two two.", "Three."])]
    results = list(extract_documents(nlp, documents, n_process=n_process, batch_size=2, beside=fails_on_the_second))
    assert [(ex.document.id, value) for ex, value in results] == [("d0.txt", 4), ("d1.txt", None), ("d2.txt", 6)]


def test_the_text_of_a_doc_is_the_text_tokenized_read_once():
    from storyline.nlp.extensions import TEXT, text_of

    nlp = spacy.blank("en")
    text = "Two  spaces,\nand a line break. "
    made = make_doc(nlp, Document(id="d.txt", text=text))
    assert made.user_data[TEXT] is text and text_of(made) == made.text == text
    plain = nlp(text)  # a Doc made elsewhere: its text is joined once, then kept
    assert TEXT not in plain.user_data and text_of(plain) == text and plain.user_data[TEXT] == text

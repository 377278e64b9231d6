"""Run the pipeline over documents and read each Doc out as one `Extraction`.

Components give their records document-local ids (`quote3`, `qty0`, `ev2`); here they become
collection-unique ids `<doc id>#<local id>`, and references between records follow.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from storyline.ingest import Problem
from storyline.model import (
    Document,
    Event,
    Extraction,
    LocalActor,
    Mention,
    Quantity,
    Quote,
    Sentence,
    TimeExpression,
)
from storyline.nlp import extensions  # noqa: F401  (doc._.doc_id, doc._.published)


def make_doc(nlp: Language, document: Document) -> Doc:
    """A tokenized Doc carrying the document's id and publication date for the components."""
    doc = nlp.make_doc(document.text)
    doc._.doc_id = document.id
    doc._.published = document.published
    return doc


def extract_documents(
    nlp: Language, documents: Iterable[Document], n_process: int = 1, batch_size: int = 16
) -> Iterator[Extraction | Problem]:
    """Parse documents and yield one Extraction each, in input order.

    A document on which an extractor fails is reported as a Problem naming the document, and
    the others go on (`report_component_error` drops it from the stream and says why).

    Example: `for ex in extract_documents(build_nlp(), docs): print(len(ex.events))`

    :param nlp: a pipeline from `build_nlp`
    :param documents: the documents to read
    :param n_process: worker processes for `nlp.pipe`
    :param batch_size: documents per `nlp.pipe` batch
    """
    documents = list(documents)
    nlp.default_error_handler = report_component_error  # for storyline's components (plain callables)
    inputs = ((make_doc(nlp, d), i) for i, d in enumerate(documents))
    expected = 0
    for doc, index in nlp.pipe(inputs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield from (failed(documents[i]) for i in range(expected, index))
        yield doc_to_extraction(doc, documents[index])
        expected = index + 1
    yield from (failed(documents[i]) for i in range(expected, len(documents)))


def failed(document: Document) -> Problem:
    return Problem(document.id, None, "an extractor failed on this document (the error is above); it was not stored")


def report_component_error(name: str, component, docs: list[Doc], error: Exception) -> None:
    """spaCy error handler: name the document and component, then let the pipe drop the document."""
    for doc in docs:
        print(f"storyline: {name} failed on {doc._.doc_id}: {error.__class__.__name__}: {error}", file=sys.stderr)


def doc_to_extraction(doc: Doc, document: Document) -> Extraction:
    """Turn the plain data the components left on `doc` into validated records."""
    doc_id = document.id

    def global_id(local: str | None) -> str | None:
        return f"{doc_id}#{local}" if local else None

    sentences = [
        Sentence(doc=doc_id, index=i, start=s.start_char, end=s.end_char, text=s.text)
        for i, s in enumerate(doc.sents)
    ]
    quantities = [
        Quantity(**{**q, "id": global_id(q["id"]), "doc": doc_id}) for q in doc._.quantities or []
    ]
    quotes = [Quote(**{**q, "id": global_id(q["id"]), "doc": doc_id}) for q in doc._.quotes or []]
    events = [
        Event(**{**e, "id": global_id(e["id"]), "doc": doc_id, "quantity": global_id(e.get("quantity"))})
        for e in doc._.events or []
    ]
    return Extraction(
        document=document,
        sentences=sentences,
        local_actors=[LocalActor(**a) for a in doc._.local_actors or []],
        mentions=[Mention(**{**m, "doc": doc_id}) for m in doc._.mentions or []],
        quotes=quotes,
        events=events,
        quantities=quantities,
        times=[TimeExpression(**{**t, "id": global_id(t.get("id")) or "", "doc": doc_id}) for t in doc._.times or []],
    )

"""Run the pipeline over documents and read each Doc out as one `Extraction`.

Components give their records document-local ids (`quote3`, `qty0`, `ev2`); here they become
collection-unique ids `<doc id>#<local id>`, and references between records follow.

With several processes, each worker reads whole batches of documents into Extractions and sends
those back, rather than `nlp.pipe(n_process=...)` shipping every Doc to its worker and back as
bytes (tokens, tensor, spans and the components' data, packed and unpacked once more each way).
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from storyline.ingest import Problem
from storyline.model import Document, Extraction
from storyline.nlp import extensions  # noqa: F401  (doc._.doc_id, doc._.published)


def make_doc(nlp: Language, document: Document) -> Doc:
    """A tokenized Doc carrying the document's id and publication date for the components."""
    doc = nlp.make_doc(document.text)
    doc.user_data[extensions.TEXT] = document.text  # `doc.text` unjoined (`extensions.text_of`)
    doc._.doc_id = document.id
    doc._.published = document.published
    return doc


Beside = Callable[[Document], Any]
"""What a caller wants computed of each document's text beside its extraction (`extract_documents(beside=)`)."""


def extract_documents(
    nlp: Language, documents: Iterable[Document], n_process: int = 1, batch_size: int = 16,
    beside: Beside | None = None, convert: Callable[[Extraction], Any] | None = None,
) -> Iterator[Extraction | Problem | tuple[Extraction, Any]]:
    """Parse documents and yield one Extraction each, in input order.

    A document on which an extractor fails is reported as a Problem naming the document, and
    the others go on (`report_component_error` drops it from the stream and says why).

    Example: `for ex in extract_documents(build_nlp(), docs): print(len(ex.events))`

    :param nlp: a pipeline from `build_nlp`
    :param documents: the documents to read
    :param n_process: worker processes (forked, each with the loaded pipeline)
    :param batch_size: documents per `nlp.pipe` batch, and per worker task
    :param beside: a module-level function of a document, run on each document extracted where it was
        extracted (in the workers, which would otherwise wait for the caller's single process); each
        Extraction then comes as `(extraction, beside(document))` (None where `beside` fails). A build computes
        fusion's per-document features so (`storyline.fuse.incremental.features_data`).
    :param convert: a module-level function of an Extraction, run where it was extracted (after `beside`), whose
        result comes instead of it: what the caller does with it, made in the workers. A build turns each into the
        store's rows so (`storyline.store.store.stored_rows`: plain data, cheaper to send back than the records).
    """
    if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
        yield from _extract_in_workers(nlp, documents, n_process, batch_size, beside, convert)
        return
    for item in _extract_here(nlp, documents, batch_size, n_process):
        if isinstance(item, Problem):
            yield item
            continue
        data = _computed_beside(beside, item) if beside is not None else None
        if convert is not None:
            item = convert(item)
        yield item if beside is None else (item, data)


def _computed_beside(beside: Beside, extraction: Extraction) -> Any:
    """`beside(document)`, or None where it fails: the extraction stands, and the caller computes what it wanted
    itself (a fusion computes the features it finds missing, and fails there as it would have)."""
    try:
        return beside(extraction.document)
    except Exception:
        return None


def _extract_here(
    nlp: Language, documents: Iterable[Document], batch_size: int, n_process: int = 1
) -> Iterator[Extraction | Problem]:
    """`extract_documents` in this process (where processes cannot fork, spaCy's own `n_process` workers)."""
    nlp.default_error_handler = report_component_error  # for storyline's components (plain callables)
    waiting: dict[int, Document] = {}
    refused: dict[int, str] = {}

    def inputs() -> Iterator[tuple[Doc, int]]:
        for index, document in enumerate(documents):
            waiting[index] = document
            if len(document.text) > nlp.max_length:
                refused[index] = (f"the text is {len(document.text):,} characters, over the pipeline's limit of "
                                  f"{nlp.max_length:,} (lower STORYLINE_MAX_TEXT_BYTES or split the text)")
                continue
            try:
                doc = make_doc(nlp, document)
            except Exception as error:  # the tokenizer on hostile text: the document is dropped, said why
                refused[index] = f"cannot tokenize the text ({error.__class__.__name__}: {error})"
                continue
            yield doc, index

    def dropped(upto: int) -> Iterator[Problem]:
        for index in sorted(i for i in waiting if i < upto):
            yield failed(waiting.pop(index), refused.pop(index, None))

    for doc, index in nlp.pipe(inputs(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield from dropped(index)
        document = waiting.pop(index)
        try:
            yield doc_to_extraction(doc, document)
        except Exception as error:  # a component left data the model refuses: drop the document, say why
            yield failed(document, f"its extraction is invalid ({error.__class__.__name__}: {error})")
    yield from dropped(sys.maxsize)


_worker_nlp: Language | None = None  # the pipeline of a worker process (`_extract_in_workers`)


def _start_worker(nlp: Language) -> None:
    """A forked worker's start: keep the pipeline, and set everything inherited (the pipeline, its lexicons) aside
    from the cyclic collector's full passes (`gc.freeze`), which would otherwise rescan it all each time (bbc300:
    0.23 -> 0.04 s of 14.5 s CPU); it lives as long as the worker, and the batches' garbage is collected as before,
    less often (`WORKER_GC_THRESHOLDS`)."""
    global _worker_nlp
    _worker_nlp = nlp
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


WORKER_GC_THRESHOLDS = (10_000, 20, 20)
"""A worker's collector thresholds: a batch makes millions of short-lived objects (tokens, spans, records) that
reference counting frees, and few cycles; the default (700, 10, 10) collects ~550 times per 300 BBC articles, in
~1% of the worker's CPU, these ~20 times (bbc300 one process: 0.16 -> 0.03 s; peak RSS unchanged)."""


def _extract_batch(documents: list[Document], batch_size: int, beside: Beside | None = None,
                   convert: Callable[[Extraction], Any] | None = None) -> list[Any]:
    """A worker's task: one batch of documents, read in the worker's own process."""
    assert _worker_nlp is not None, "a worker runs `_start_worker` first"
    return list(extract_documents(_worker_nlp, documents, batch_size=batch_size, beside=beside, convert=convert))


def _extract_in_workers(
    nlp: Language, documents: Iterable[Document], n_process: int, batch_size: int, beside: Beside | None = None,
    convert: Callable[[Extraction], Any] | None = None,
) -> Iterator[Any]:
    """`extract_documents` over `n_process` forked workers: batches go out in input order, at most two
    per worker wait at a time (the input is read as the results are taken), and come back in order.

    Meanwhile this process's objects (the pipeline above all) stay out of its collector's full passes (`gc.freeze`
    until the workers are done, where nothing had frozen them already): it receives and stores what the workers
    send, beside them on the machine's cores, and each of those passes rescanned the pipeline (bbc300: 0.47 s)."""
    set_aside = not gc.get_freeze_count()
    if set_aside:
        gc.freeze()
    pool = ProcessPoolExecutor(
        n_process, mp_context=multiprocessing.get_context("fork"), initializer=_start_worker, initargs=(nlp,)
    )
    pending: deque[Future[list[Extraction | Problem | tuple[Extraction, Any]]]] = deque()
    try:
        for batch in text_batches(documents, batch_size):
            pending.append(pool.submit(_extract_batch, batch, batch_size, beside, convert))
            if len(pending) >= 2 * n_process:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(cancel_futures=True)
        if set_aside:
            gc.unfreeze()


BATCH_CHARACTERS = 40_000
"""Characters of text a worker's batch holds at most (a longer document is a batch of its own): the pipeline's
memory follows the text it holds at once, so a worker's peak stays that of a typical batch (16 BBC articles:
~36,000) whatever the collection holds, not the sum of its longest articles that happen to come together."""


def text_batches(documents: Iterable[Document], size: int,
                 characters: int = BATCH_CHARACTERS) -> Iterator[list[Document]]:
    """Batches of at most `size` documents and `characters` of text (a longer document alone), in input order."""
    batch: list[Document] = []
    held = 0
    for document in documents:
        if batch and (len(batch) >= size or held + len(document.text) > characters):
            yield batch
            batch, held = [], 0
        batch.append(document)
        held += len(document.text)
    if batch:
        yield batch


def failed(document: Document, reason: str | None = None) -> Problem:
    """The Problem of a document the pipeline dropped; by default, an extractor failed on it."""
    why = reason or "an extractor failed on this document (the error is above)"
    return Problem(document.id, None, f"{why}; it was not stored")


def report_component_error(name: str, component, docs: list[Doc], error: Exception) -> None:
    """spaCy error handler: name the document and component, then let the pipe drop the document."""
    for doc in docs:
        print(f"storyline: {name} failed on {doc._.doc_id}: {error.__class__.__name__}: {error}", file=sys.stderr)


def doc_to_extraction(doc: Doc, document: Document) -> Extraction:
    """Turn the plain data the components left on `doc` into validated records.

    The whole document is validated in one `Extraction.model_validate` (pydantic's core walks the nested
    records), at half the cost of building each record in Python; a record the model refuses fails it with
    the record's place (`quotes.3.start`)."""
    doc_id = document.id
    text = document.text

    def global_id(local: str | None) -> str | None:
        return f"{doc_id}#{local}" if local else None

    return Extraction.model_validate({
        "document": document,
        # a sentence's text cut from the document's (the tokenizer keeps every character), not joined token by token
        "sentences": [{"doc": doc_id, "index": i, "start": s.start_char, "end": s.end_char,
                       "text": text[s.start_char : s.end_char]} for i, s in enumerate(doc.sents)],
        "local_actors": doc._.local_actors or [],
        "mentions": [{**m, "doc": doc_id} for m in doc._.mentions or []],
        "quotes": [{**q, "id": global_id(q["id"]), "doc": doc_id, "continues": global_id(q.get("continues"))}
                   for q in doc._.quotes or []],
        "events": [{**e, "id": global_id(e["id"]), "doc": doc_id, "quantity": global_id(e.get("quantity"))}
                   for e in doc._.events or []],
        "quantities": [{**q, "id": global_id(q["id"]), "doc": doc_id} for q in doc._.quantities or []],
        "times": [{**t, "id": global_id(t.get("id")) or "", "doc": doc_id} for t in doc._.times or []],
    })

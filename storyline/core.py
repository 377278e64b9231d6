"""`Storyline`: the Python API that the CLI, report and web wrap.

Example:

    from storyline import Storyline
    story = Storyline("storyline.db")
    summary = story.build(["articles/"])
    data = story.to_dict()          # the storyline/1 export
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TextIO

from storyline.config import get_settings
from storyline.fuse.collection import code_version
from storyline.fuse.fusion import fuse
from storyline.fuse.incremental import DocumentFeatures, document_features, features_data
from storyline.fuse.state import fused_by, fusion_input
from storyline.ingest import Problem, read_inputs
from storyline.ingest.identity import Ledger
from storyline.model import Document, Export, Extraction
from storyline.store import Store, StoreError
from storyline.store.store import StoredRows, stored_rows

FUSION_TRIES = 5


@dataclass
class BuildSummary:
    """What one build did with each input it read: `added + already_stored + duplicates + skipped == read`.

    `problems` are the inputs it skipped or found copied, each naming file and reason; texts already
    in the store are counted only.
    """

    added: int = 0
    already_stored: int = 0
    duplicates: int = 0
    read: int = 0
    """Inputs read: every document found, and every input (file, line, argument) that gave none."""
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        """Skipped inputs that were bad (duplicates of another input are not errors)."""
        return [p for p in self.problems if p.kind == "error"]

    @property
    def skipped(self) -> int:
        """Inputs skipped with an error: bad input, or a document an extractor failed on."""
        return len(self.errors)

    @property
    def balanced(self) -> bool:
        """Whether every input read is accounted for exactly once."""
        return self.added + self.already_stored + self.duplicates + self.skipped == self.read


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for the duration (fusion's output does not depend on it).

    Fusion reads every extraction and allocates millions of small objects that live until it ends; each
    of the collector's full passes rescans all of them and the rest of the process (a build's too), about
    a third of a fusion's time on BBC. Fusion makes little cyclic garbage (some ten thousand objects on
    550 BBC articles); the next pass after it collects that.
    """
    enabled, frozen = gc.isenabled(), gc.get_freeze_count()
    gc.disable()
    try:
        yield
    finally:
        if not frozen:
            gc.unfreeze()  # what `keep_out_of_collections` set aside
        if enabled:
            gc.enable()


def keep_out_of_collections() -> None:
    """Set every object alive now aside from the collector's passes (`gc.freeze`) until `collector_paused` ends:
    a pass made during fusion to free a cycle (`fuse.collection`) then scans what fusion made, not every
    record it read. Where the process had set objects aside itself, they stay as they are."""
    if not gc.get_freeze_count():
        gc.freeze()


def release_pipeline() -> None:
    """Drop this process's spaCy pipeline and give its memory back to the system, for fusion to use.

    Where a build extracts with worker processes, the pipeline of this process only seeded their forks; held
    through fusion it added its ~80 MiB to the build's peak (fusion reads the whole collection). A later build
    in this process loads it again (a few seconds). With one process the pipeline stays: it did the work, and
    a process that builds again (tests, `storyline watch`) keeps it loaded.
    """
    from storyline.nlp import pipeline

    cached = getattr(pipeline.default_nlp, "cache_info", None)  # a stand-in pipeline (tests) is no cache
    if cached and cached().currsize:
        pipeline.default_nlp.cache_clear()
        gc.collect()  # spaCy's objects hold cycles
        return_freed_memory()


def return_freed_memory() -> None:
    """Hand memory that Python freed back to the system (glibc's `malloc_trim`; elsewhere nothing): the C
    allocator keeps freed pages for reuse, so a large phase's memory would stay with the process after it."""
    trim = getattr(_libc(), "malloc_trim", None)
    if trim is not None:
        trim(0)


@cache
def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name) if name else None
    except OSError:
        return None


class Storyline:
    """A collection of articles in a store: build it, fuse it, read and export it.

    :param db: SQLite path or SQLAlchemy URL of the store
    """

    def __init__(self, db: str | Path = "storyline.db"):
        self.store = Store(db, lock_timeout=get_settings().lock_timeout)

    def build(
        self,
        inputs: Iterable[str],
        workers: int = 1,
        stdin: TextIO | None = None,
        on_start: Callable[[int], None] | None = None,
        on_progress: Callable[[int], None] | None = None,
        on_problem: Callable[[Problem], None] | None = None,
        actors_file: str | Path | None = None,
        batch_size: int | None = None,
        engine: str = "local",
        address: str | None = None,
    ) -> BuildSummary:
        """Read inputs, extract every new document, store them batch by batch, then fuse.

        The build streams: inputs are read lazily as the pipeline asks for them, and each batch is
        stored as it is extracted, so memory does not grow with the number of inputs. Each batch is
        one transaction: an interrupted build keeps whole documents, and running it again skips what
        is stored (by content hash) and completes the rest. Ids follow `storyline.ingest.identity`:
        a text is stored once, and an id never names two texts.

        :param inputs: files, folders, globs, or `-` for JSON Lines on `stdin`
        :param workers: processes for the spaCy pipeline
        :param on_start: called once all inputs are read, with the number of documents to extract
        :param on_progress: called with the number of documents stored (or dropped) after each batch
        :param on_problem: called for each skipped or duplicate input as it is found
        :param actors_file: a user's actor dictionary (CSV or YAML) that overrides and extends the built-in one
        :param batch_size: documents per transaction (default: the `batch_size` setting)
        :param engine: `local` (spaCy processes on this machine) or `ray` (`storyline.distributed`)
        :param address: the Ray cluster for `engine="ray"` (`auto`, `ray://HOST:10001`; default: a local Ray)
        :raises ActorDictionaryError: where `actors_file` cannot be read as one
        """
        settings = get_settings()
        summary = BuildSummary()
        ledger = Ledger(self.store)

        def report(problem: Problem) -> None:
            if problem.kind == "stored":
                summary.already_stored += 1
                return
            summary.duplicates += problem.kind == "duplicate"
            summary.problems.append(problem)
            if on_problem:
                on_problem(problem)

        def new_documents() -> Iterator[Document]:
            to_extract = 0
            for item in read_inputs(list(inputs), stdin=stdin, max_text_bytes=settings.max_text_bytes, ledger=ledger):
                summary.read += 1
                if isinstance(item, Problem):
                    report(item)
                else:
                    to_extract += 1
                    yield item
            if on_start:
                on_start(to_extract)

        self._extract_and_store(new_documents(), workers, batch_size or settings.batch_size, summary, ledger,
                                report, on_progress, str(actors_file or ""), engine, address)
        if workers > 1 and engine == "local":
            release_pipeline()
        else:
            return_freed_memory()  # what the extraction freed (the pipeline's batches), before fusion reads the store
        if summary.added or not self.fusion_is_current():
            self.fuse()
        return summary

    def _extract_and_store(
        self, documents: Iterator[Document], workers: int, batch_size: int, summary: BuildSummary,
        ledger: Ledger, report: Callable[[Problem], None], on_progress: Callable[[int], None] | None,
        actors_file: str = "", engine: str = "local", address: str | None = None,
    ) -> None:
        first = next(documents, None)
        if first is None:
            return

        batch: list[Extraction | StoredRows] = []
        features: dict[str, dict] = {}  # fusion's features of the batch's documents, computed beside them

        def store_batch() -> None:
            def refused(extraction: Extraction | StoredRows, reason: str) -> None:
                doc = extraction.document
                if reason == "stored":
                    report(Problem(doc.id, None, "already stored (by another build)", "stored"))
                else:
                    report(Problem(doc.id, None, f"not stored: {reason}; run the build again"))

            summary.added += self.store.add_extractions(batch, on_refused=refused, features=features)
            for extraction in batch:
                ledger.settle(extraction.document.id)
            if on_progress:
                on_progress(len(batch))
            batch.clear()
            features.clear()

        stream = itertools.chain([first], documents)
        if engine == "ray":
            from storyline.distributed import extract_with_ray

            extractions = extract_with_ray(list(stream), actors_file, address)
        else:
            from storyline.nlp.extract import extract_documents
            from storyline.nlp.pipeline import default_nlp

            with collector_paused():  # loading makes ~200,000 objects that live on, and little garbage: no full passes
                nlp = default_nlp(actors_file)
            extractions = extract_documents(nlp, stream, n_process=workers, beside=features_data, convert=stored_rows)
        for item in extractions:
            if isinstance(item, Problem):
                report(item)
                ledger.settle(item.path)
                if on_progress:
                    on_progress(1)
                continue
            if isinstance(item, tuple):  # with the fusion features of its text (the Ray engine leaves them to fusion)
                extraction, data = item
                if data is not None:
                    features[extraction.document.id] = data
                item = extraction
            batch.append(item)
            if len(batch) >= batch_size:
                store_batch()
        if batch:
            store_batch()

    def fuse(self) -> None:
        """Recompute actors and facts over the whole collection; unchanged blocks keep their facts.

        Another build adding documents to the store meanwhile makes this picture stale: it is then
        not written, and the fusion reads the store again (a few times at most).

        :raises StoreError: where other builds kept adding documents through every try
        """
        with collector_paused():
            self._fuse()
        return_freed_memory()

    def _fuse(self) -> None:
        for _ in range(FUSION_TRIES):
            seen = self.store.documents_version()
            # the numbers whose blocking key a fusion kept are not read (only those of the blocks fused again are)
            unread: dict[str, tuple[str, str]] = {}
            mentions: Counter[tuple[str, str]] = Counter()  # fusion counts mentions only: read as kept
            # the quotes a fusion keyed under a kept resolution are not read (only the documents fusion asks are)
            keyed_under = self.store.quotes_keyed_under(code_version(), fused_by())
            unread_quotes: dict[str, tuple[str, str, str]] | None = {} if keyed_under else None
            extractions = list(self.store.extractions(times=False, mentions=False, mention_counts=mentions,
                                                      numbers_keyed_by=code_version(), unread_numbers=unread,
                                                      unread_quotes=unread_quotes))
            features = self._fusion_features(extractions)
            keep_out_of_collections()
            fused = self.store.fused_blocks()
            previous = self.store.facts()
            quantity_blocks = {number: key for number, (_, key) in unread.items()}  # on return, those read anew
            item_blocks: dict = {}  # on return, every event's and quote's key: the store writes those that may differ
            delta: list = []  # on return, how the links differ from the kept resolution's: the store compares those
            actors, links, facts = fuse(extractions, previous=previous, features=features, fused=fused,
                                        mention_counts=mentions, quantity_blocks=quantity_blocks,
                                        item_blocks=item_blocks,
                                        unread_numbers={number: doc for number, (doc, _) in unread.items()},
                                        read_numbers=self.store.quantities_by_id, link_delta=delta,
                                        unread_quotes=unread_quotes, read_quotes=self.store.quotes_of,
                                        quotes_keyed_under=keyed_under)
            del unread, mentions, unread_quotes
            read = {id(fact) for fact in previous}  # facts kept as read are written again only where they moved
            unchanged = {fact.id for fact in facts if id(fact) in read}
            del previous, read
            if self.store.replace_fusion(actors, links, facts, documents_version=seen,
                                         fused_from=fusion_input(len(extractions)), fused_blocks=fused,
                                         unchanged_facts=unchanged, fused_by=fused_by(),
                                         quantity_blocks=quantity_blocks, quantity_blocks_by=code_version(),
                                         item_blocks=item_blocks, item_blocks_by=code_version(),
                                         link_delta=delta[0] if delta else None):
                return
        raise StoreError(f"other builds kept adding documents to {self.store.url} while facts were fused; "
                         "run `storyline build` again once they are done")

    def _fusion_features(self, extractions: list[Extraction]) -> dict[str, DocumentFeatures]:
        """Each document's fusion features: kept ones read, the others computed and kept (`fuse.incremental`)."""
        hashes = {ex.document.id: ex.document.content_hash for ex in extractions}
        features: dict[str, DocumentFeatures] = {}
        for doc, content_hash, data in self.store.fusion_features():
            if hashes.get(doc) == content_hash and (kept := DocumentFeatures.from_data(data)):
                features[doc] = kept
        computed = {ex.document.id: document_features(ex.document) for ex in extractions
                    if ex.document.id not in features}
        self.store.add_fusion_features({d: (hashes[d], f.to_data()) for d, f in computed.items()})
        return features | computed

    def fusion_is_current(self) -> bool:
        """Whether the stored fusion was made from the stored documents by this fusion code."""
        return self.store.fused_from() == fusion_input(self.store.count("documents"))

    EXPORT_TABLES = ("documents", "actors", "quotes", "events", "quantities", "times", "facts")
    """What `export` reads, in order: one `on_table` call each."""

    def export(self, on_table: Callable[[str], None] | None = None) -> Export:
        """The whole collection as the `storyline/1` export model.

        :param on_table: called with each table's name once it is read (`EXPORT_TABLES`), for progress
        """
        readers = {
            "documents": self.store.documents, "actors": self.store.actors, "quotes": self.store.quotes_where,
            "events": self.store.events_where, "quantities": self.store.quantities_where,
            "times": self.store.times_where, "facts": self.store.facts,
        }
        tables = {}
        for name in self.EXPORT_TABLES:
            tables[name] = readers[name]()
            if on_table:
                on_table(name)
        return Export(**tables)

    def to_dict(self) -> dict:
        """The `storyline/1` export as plain JSON data."""
        return self.export().to_dict()

"""`Storyline`: the Python API that the CLI, report and web wrap.

Example:

    from storyline import Storyline
    story = Storyline("storyline.db")
    summary = story.build(["articles/"])
    data = story.to_dict()          # the storyline/1 export
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from storyline.config import get_settings
from storyline.fuse.fusion import fuse
from storyline.fuse.state import fusion_input
from storyline.ingest import Problem, read_inputs
from storyline.model import Document, Export
from storyline.store import Store


@dataclass
class BuildSummary:
    """What one build did; `problems` are the inputs it skipped, each naming file and reason."""

    added: int = 0
    already_stored: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        """Skipped inputs that were bad (duplicates of another input are not errors)."""
        return [p for p in self.problems if p.kind == "error"]


class Storyline:
    """A collection of articles in a store: build it, fuse it, read and export it.

    :param db: SQLite path or SQLAlchemy URL of the store
    """

    def __init__(self, db: str | Path = "storyline.db"):
        self.store = Store(db)

    def build(
        self,
        inputs: Iterable[str],
        workers: int = 1,
        stdin: TextIO | None = None,
        on_start: Callable[[int], None] | None = None,
        on_progress: Callable[[int], None] | None = None,
        on_problem: Callable[[Problem], None] | None = None,
        actors_file: str | Path | None = None,
        engine: str = "local",
        address: str | None = None,
    ) -> BuildSummary:
        """Read inputs, extract every new document, store them batch by batch, then fuse.

        Each batch is one transaction: an interrupted build keeps whole documents, and running it
        again skips what is stored (by content hash) and completes the rest.

        :param inputs: files, folders, globs, or `-` for JSON Lines on `stdin`
        :param workers: processes for the spaCy pipeline
        :param on_start: called once with the number of documents to extract
        :param on_progress: called with the number of documents stored after each batch
        :param on_problem: called for each skipped input as it is found
        :param actors_file: a user's actor dictionary (CSV or YAML) that overrides and extends the built-in one
        :param engine: `local` (spaCy processes on this machine) or `ray` (`storyline.distributed`)
        :param address: the Ray cluster for `engine="ray"` (`auto`, `ray://HOST:10001`; default: a local Ray)
        :raises ActorDictionaryError: where `actors_file` cannot be read as one
        """
        settings = get_settings()
        summary = BuildSummary()
        known = self.store.known_hashes()
        pending: list[Document] = []
        for item in read_inputs(list(inputs), stdin=stdin, max_text_bytes=settings.max_text_bytes):
            if isinstance(item, Problem):
                summary.problems.append(item)
                if on_problem:
                    on_problem(item)
            elif item.content_hash in known:
                summary.already_stored += 1
            else:
                known.add(item.content_hash)
                pending.append(item)
        if on_start:
            on_start(len(pending))
        if pending:
            self._extract_and_store(pending, workers, settings.batch_size, summary, on_progress, on_problem,
                                    str(actors_file or ""), engine, address)
        if summary.added or not self.fusion_is_current():
            self.fuse()
        return summary

    def _extract_and_store(
        self, pending: list[Document], workers: int, batch_size: int, summary: BuildSummary,
        on_progress: Callable[[int], None] | None,
        on_problem: Callable[[Problem], None] | None, actors_file: str = "", engine: str = "local",
        address: str | None = None,
    ) -> None:
        if engine == "ray":
            from storyline.distributed import extract_with_ray

            extractions = extract_with_ray(pending, actors_file, address)
        else:
            from storyline.nlp.extract import extract_documents
            from storyline.nlp.pipeline import default_nlp

            extractions = extract_documents(default_nlp(actors_file), pending, n_process=workers)
        batch = []
        for extraction in extractions:
            if isinstance(extraction, Problem):
                summary.problems.append(extraction)
                if on_problem:
                    on_problem(extraction)
                if on_progress:
                    on_progress(1)
                continue
            batch.append(extraction)
            if len(batch) >= batch_size:
                summary.added += self.store.add_extractions(batch)
                if on_progress:
                    on_progress(len(batch))
                batch = []
        if batch:
            summary.added += self.store.add_extractions(batch)
            if on_progress:
                on_progress(len(batch))

    def fuse(self) -> None:
        """Recompute actors and facts over the whole collection; unchanged blocks keep their facts."""
        extractions = list(self.store.extractions())
        actors, links, facts = fuse(extractions, previous=self.store.facts())
        self.store.replace_fusion(actors, links, facts, fused_from=fusion_input(len(extractions)))

    def fusion_is_current(self) -> bool:
        """Whether the stored fusion was made from the stored documents by this fusion code."""
        return self.store.fused_from() == fusion_input(self.store.count("documents"))

    def export(self) -> Export:
        """The whole collection as the `storyline/1` export model."""
        return Export(
            documents=self.store.documents(),
            actors=self.store.actors(),
            quotes=self.store.quotes_where(),
            events=self.store.events_where(),
            quantities=self.store.quantities_where(),
            facts=self.store.facts(),
        )

    def to_dict(self) -> dict:
        """The `storyline/1` export as plain JSON data."""
        return self.export().to_dict()

"""The Ray engine: extraction spread over the cores of one machine or of a Ray cluster.

`storyline build --engine ray [--address auto|ray://HOST:10001]` hands the documents to Ray Data,
which runs `map_batches` over a pool of actors; each actor loads the spaCy pipeline once and turns
a batch of documents into extractions. The driver (the machine that runs `storyline build`) receives
the results as they come and writes them to the store batch by batch, then fuses as a local build does.
Several machines writing one store want PostgreSQL: every worker's results go through the driver, so
SQLite works too, but only on the driver's disk.

Ray is an optional extra: `pip install 'storyline[ray]'` (on every node of a cluster).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from storyline.ingest import Problem
from storyline.model import Document, Extraction

BATCH_SIZE = 16
"""Documents an actor parses in one call (as `nlp.pipe` batches)."""


class RayMissing(RuntimeError):
    """Ray is not installed; the message says how to install it."""


class ExtractActor:
    """One member of the actor pool: the pipeline, loaded once, over batch after batch of documents."""

    def __init__(self, actors_file: str = ""):
        from storyline.nlp.pipeline import default_nlp

        self.nlp = default_nlp(actors_file)

    def __call__(self, batch: dict) -> dict[str, list[str]]:
        from storyline.nlp.extract import extract_documents

        documents = [Document.model_validate_json(text) for text in batch["document"]]
        extractions, problems = [], []
        for item in extract_documents(self.nlp, documents):
            if isinstance(item, Problem):
                extractions.append("")
                problems.append(f"{item.path}\t{item.reason}")
            else:
                extractions.append(item.model_dump_json())
                problems.append("")
        return {"extraction": extractions, "problem": problems}


def import_ray():
    try:
        import ray
    except ImportError as error:
        raise RayMissing("the Ray engine needs Ray: pip install 'storyline[ray]'") from error
    return ray


def extract_with_ray(
    documents: list[Document], actors_file: str = "", address: str | None = None, pool: int | None = None,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Extraction | Problem]:
    """Extract documents on Ray and yield the results in input order, as they arrive.

    Connects to the running Ray where one is initialized in this process, else to `address`
    (`auto`: the cluster this machine belongs to; `ray://HOST:10001`: a remote head), else starts a
    local Ray for this build (no dashboard, no usage statistics) and stops it afterwards.

    :param documents: the documents to extract
    :param actors_file: a user's actor dictionary, read by every actor (it must exist on every node)
    :param address: the Ray cluster to use
    :param pool: actors in the pool (default: one per CPU of the cluster)
    :param batch_size: documents per actor call
    :raises RayMissing: where Ray is not installed
    """
    ray = import_ray()
    started_here = not ray.is_initialized()
    if started_here:
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        ray.init(address=address, include_dashboard=False, configure_logging=False, log_to_driver=False)
    try:
        if not documents:
            return
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        size = pool or max(1, int(ray.cluster_resources().get("CPU", 1)))
        dataset = ray.data.from_items([{"document": d.model_dump_json()} for d in documents])
        results = dataset.map_batches(
            ExtractActor, fn_constructor_kwargs={"actors_file": actors_file}, batch_size=batch_size,
            compute=ray.data.ActorPoolStrategy(min_size=1, max_size=min(size, len(documents))), num_cpus=1,
            batch_format="numpy",
        )
        for batch in results.iter_batches(batch_size=batch_size, batch_format="numpy"):
            for extraction, problem in zip(batch["extraction"], batch["problem"], strict=True):
                if problem:
                    path, reason = str(problem).split("\t", 1)
                    yield Problem(path, None, reason)
                else:
                    yield Extraction.model_validate_json(str(extraction))
    finally:
        if started_here:
            ray.shutdown()

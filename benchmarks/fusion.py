"""Fusion at scale: how fusion time grows with the collection, and what adding a batch costs, in one run.

Reads the extractions of a built store (by default it builds `../shared/corpus/bbc-news`, 2,225
articles, into a temporary one) and prints:

- blocks: how many, the largest, and how many items fusion compares;
- full fusion of the first 25%, 50% and 100% of the documents, and seconds per 1,000 documents at
  each size (near-linear fusion keeps that figure flat);
- incremental fusion: fuse all but the last `--batch` documents, then all of them with the first
  result as `previous`; how many blocks were fused again, the time, and whether the facts equal a
  full fusion's;
- a build adding `--batch` documents to a store of all the others, as a user runs it (`Storyline.fuse`
  reading and writing the store, in a fresh process): its fusion time against a full fusion's (budget
  5%), its export against a from-scratch store's (must be identical), and its peak RSS, text to
  fusion, against building the same documents alone (budget 1.2x); and its CPU against a full fusion of a
  store that keeps its documents' fusion features, as a build's workers store them (the fusion proper: the
  first full fusion also computes every document's features);
- with `--steps`, the CPU seconds of each step of both fusions (`STEPS`), and what each grows with: the
  collection (N documents), or what the added documents touch.

usage: python benchmarks/fusion.py [--db STORE] [--corpus DIR] [--batch N] [--workers N] [--store-only] [--steps]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import BBC_CORPUS as DEFAULT_CORPUS
from harness import ROOT


def timed_fusion(extractions: list, previous: list | None = None,
                 blocks: dict | None = None) -> tuple[float, list, list[str]]:
    """Seconds, facts, and the names of the blocks fused (not reused), for one fusion from a cold cache.

    :param blocks: the blocks an earlier fusion fused (`fuse_facts`'s `fused`), updated to this one's
    """
    from storyline.fuse import facts as facts_module
    from storyline.fuse.fusion import fuse

    facts_module.RECENT_BLOCKS.clear()
    fused: list[str] = []
    real = dict(facts_module.FUSERS)
    facts_module.FUSERS.update({
        kind: (lambda block, collection, kind=kind: fused.append(block.name) or real[kind](block, collection))
        for kind in real
    })
    try:
        started = time.perf_counter()
        _, _, facts = fuse(extractions, previous=previous or [], fused=blocks)
        return time.perf_counter() - started, facts, fused
    finally:
        facts_module.FUSERS.update(real)


def block_statistics(extractions: list) -> tuple[int, int, int]:
    """Blocks, items in the largest block, items in all blocks."""
    from storyline.fuse.actors import resolve_actors
    from storyline.fuse.facts import Collection, blocks

    actors, links = resolve_actors(extractions)
    found = blocks(Collection(extractions, links, actors))
    sizes = [len(b.items) + len(b.partials) for b in found]
    return len(found), max(sizes, default=0), sum(sizes)


def copy_into(source, db: Path, extractions: list, features: bool = False) -> None:
    """A store at `db` holding `extractions` (with their sentences) as `source` stored them; no fusion.

    :param features: keep each document's fusion features with it, as a build's workers compute and store them
        beside extraction (`incremental.features_data`); without them the first fusion computes them"""
    from storyline.fuse.incremental import features_data
    from storyline.store import Store

    target = Store(db)
    for i in range(0, len(extractions), 200):
        part = extractions[i : i + 200]
        sentences: dict[str, list] = {}
        for sentence in source.get_sentences(ex.document.id for ex in part):
            sentences.setdefault(sentence.doc, []).append(sentence)
        kept = {ex.document.id: features_data(ex.document) for ex in part} if features else None
        target.add_extractions((ex.model_copy(update={"sentences": sentences.get(ex.document.id, [])})
                                for ex in part), features=kept)
    target.engine.dispose()


def timed_store_fusion(db: Path) -> tuple[float, float]:
    """Seconds of `Storyline.fuse` on a store, in a fresh process (no cache of an earlier fusion): wall-clock and
    CPU (the work done, which other load on a shared machine changes less)."""
    code = ("import sys, time; from storyline import Storyline; s = Storyline(sys.argv[1]); "
            "t, c = time.perf_counter(), time.process_time(); s.fuse(); "
            "print(time.perf_counter() - t, time.process_time() - c)")
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, check=True, cwd=ROOT)
    wall, cpu = out.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


STEPS = (
    # (label, module, attribute, grows with)
    ("read extractions", "storyline.store.store", "Store.extractions", "N (quotes and numbers keyed: their keys)"),
    ("quotes read by document", "storyline.store.store", "Store.quotes_of", "documents the fused blocks reach"),
    ("document features (read, new computed)", "storyline.core", "Storyline._fusion_features", "N read, k computed"),
    ("resolve actors", "storyline.fuse.fusion", "resolve_actors", "N"),
    ("collection: copy detection", "storyline.fuse.collection", "build_sources", "N"),
    ("collection: story vectors", "storyline.fuse.collection", "Stories", "none (rows computed as asked)"),
    ("collection (all)", "storyline.fuse.collection", "Collection.__post_init__", "N"),
    ("blocks", "storyline.fuse.facts", "blocks", "N (numbers' keys kept)"),
    ("act joins (cluster and join)", "storyline.fuse.facts", "joined_clusters", "what the new documents reach"),
    ("act joins: sides fit", "storyline.fuse.facts", "joinable", "blocks new to an act word"),
    ("event clusters (act joins', blocks')", "storyline.fuse.facts", "event_clusters", "touched event blocks"),
    ("act joins: act words' groups", "storyline.fuse.acts", "form_acts", "act words whose clusters changed"),
    ("same-story matrices", "storyline.fuse.stories", "Stories.prepare", "touched blocks' documents"),
    ("blocks fused: event", "storyline.fuse.facts", "FUSERS.event", "touched blocks"),
    ("quantity and quote blocks: links and parts", "storyline.fuse.facts", "block_parts", "touched blocks' new items"),
    ("blocks fused: quantity (parts)", "storyline.fuse.facts", "FUSERS.quantity", "touched parts"),
    ("blocks fused: quote (parts)", "storyline.fuse.facts", "FUSERS.quote", "touched parts"),
    ("write (compare, changed rows)", "storyline.store.store", "Store.replace_fusion", "N compared"),
)
"""The steps `--steps` times (CPU seconds, nested steps counted in each that holds them)."""

STEP_TIMER = """
import functools, importlib, json, sys, time
from storyline import Storyline
steps, seconds = json.loads(sys.argv[2]), {}
def timed(label, f, generator=False):
    @functools.wraps(f)
    def run(*args, **kwargs):
        started = time.process_time()
        try:
            return iter(list(f(*args, **kwargs))) if generator else f(*args, **kwargs)
        finally:
            seconds[label] = seconds.get(label, 0.0) + time.process_time() - started
    return run
for label, module, name, _ in steps:
    owner = importlib.import_module(module)
    *path, attribute = name.split(".")
    for part in path:
        owner = getattr(owner, part)
    if isinstance(owner, dict):
        owner[attribute] = timed(label, owner[attribute])
    else:
        setattr(owner, attribute, timed(label, getattr(owner, attribute), generator=attribute == "extractions"))
story = Storyline(sys.argv[1])
started = time.process_time()
story.fuse()
print(json.dumps({"total": time.process_time() - started, **seconds}))
"""


def step_seconds(db: Path) -> dict[str, float]:
    """CPU seconds of each of `STEPS` in a fusion of the store `db`, in a fresh process."""
    out = subprocess.run([sys.executable, "-c", STEP_TIMER, str(db), json.dumps(STEPS)], capture_output=True,
                         text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def print_steps(full: dict[str, float], incremental: dict[str, float], batch: int) -> None:
    print(f"{'step':<40} {'full':>6} {f'+{batch}':>6}  grows with")
    for label, _, _, grows in STEPS:
        print(f"{label:<40} {full.get(label, 0.0):>6.2f} {incremental.get(label, 0.0):>6.2f}  {grows}")
    print(f"{'fusion (CPU, under the step timers)':<40} {full['total']:>6.2f} {incremental['total']:>6.2f}")


def build_rss(db: Path, inputs: Path) -> float:
    """Peak RSS (MiB) of a fresh process that builds `inputs` into the store `db`: extraction, store, fusion."""
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a child would report this process's size
    code = ("import sys; from storyline import Storyline; Storyline(sys.argv[1]).build([sys.argv[2]]); "
            "print(next(int(x.split()[1]) for x in open('/proc/self/status') if x.startswith('VmHWM')) / 1024)")
    out = subprocess.run([sys.executable, "-c", code, str(db), str(inputs)], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return float(out.stdout.strip().splitlines()[-1])


def store_incremental(story, extractions: list, batch: int, steps: bool = False) -> bool:
    """Add `batch` documents to a store of the others, as a build does; compare with a from-scratch store."""
    from storyline import Storyline

    base, added = extractions[:-batch], extractions[-batch:]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        copy_into(story.store, tmp / "full.db", extractions)
        if steps:  # a copy to fuse again under the step timers: the same store as the fusion timed below
            with sqlite3.connect(tmp / "full.db") as source, sqlite3.connect(tmp / "full-steps.db") as target:
                source.backup(target)
        full_seconds, full_cpu = timed_store_fusion(tmp / "full.db")
        copy_into(story.store, tmp / "base.db", base)
        Storyline(tmp / "base.db").fuse()
        with sqlite3.connect(tmp / "base.db") as source, sqlite3.connect(tmp / "base-rss.db") as target:
            source.backup(target)  # the fused store of the others, for the RSS run below
        copy_into(story.store, tmp / "base.db", added)
        if steps:
            with sqlite3.connect(tmp / "base.db") as source, sqlite3.connect(tmp / "base-steps.db") as target:
                source.backup(target)
        incremental_seconds, incremental_cpu = timed_store_fusion(tmp / "base.db")
        same = Storyline(tmp / "base.db").to_dict() == Storyline(tmp / "full.db").to_dict()
        share = incremental_seconds / full_seconds
        print(f"store: +{batch} documents to {len(base)}: fusion {incremental_seconds:.2f} s, a full fusion "
              f"{full_seconds:.2f} s ({100 * share:.1f}%, budget 5%); CPU {incremental_cpu:.2f} s against "
              f"{full_cpu:.2f} s ({100 * incremental_cpu / full_cpu:.1f}%); export "
              f"{'identical to' if same else 'DIFFERENT from'} a from-scratch store's")
        # a build's full fusion reads the features its workers computed beside extraction: the fusion proper
        copy_into(story.store, tmp / "full-kept.db", extractions, features=True)
        _, kept_cpu = timed_store_fusion(tmp / "full-kept.db")
        print(f"store: a full fusion of a store keeping its documents' features (as a build's workers store them): "
              f"CPU {kept_cpu:.2f} s; the +{batch} fusion's CPU is {100 * incremental_cpu / kept_cpu:.1f}% of it")
        if steps:
            print_steps(step_seconds(tmp / "full-steps.db"), step_seconds(tmp / "base-steps.db"), batch)
        inputs = tmp / "added.jsonl"
        inputs.write_text("".join(json.dumps(ex.document.model_dump(
            include={"id", "title", "outlet", "url", "published", "text"}, exclude_none=True)) + "\n"
            for ex in added), encoding="utf-8")
        alone = build_rss(tmp / "alone.db", inputs)
        onto = build_rss(tmp / "base-rss.db", inputs)
        print(f"peak RSS, building the {batch} documents: alone {alone:.0f} MiB, into the {len(base)}-document "
              f"store {onto:.0f} MiB ({onto / alone:.2f}x, budget 1.2x)")
    return same


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="a built store (default: build --corpus into a temporary one)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--batch", type=int, default=20, help="documents added in the incremental step")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--store-only", action="store_true", help="only the build that adds --batch documents")
    parser.add_argument("--steps", action="store_true", help="CPU seconds of each fusion step, full and incremental")
    args = parser.parse_args(argv)

    from storyline import Storyline

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "fusion.db"
        story = Storyline(db)
        if not args.db:
            print(f"building {args.corpus} into a temporary store…")
            story.build([str(args.corpus)], workers=args.workers)
        extractions = sorted(story.store.extractions(), key=lambda ex: ex.document.id)
        if args.store_only:
            return 0 if store_incremental(story, extractions, args.batch, args.steps) else 1
    n = len(extractions)
    counts = {kind: sum(len(getattr(ex, kind)) for ex in extractions) for kind in ("events", "quantities", "quotes")}
    print(f"store: {n} documents, " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    count, largest, items = block_statistics(extractions)
    print(f"blocks: {count}, largest {largest} items, {items} items in all")

    print(f"{'documents':>10} {'facts':>7} {'seconds':>8} {'s per 1k docs':>14}")
    full_facts: list = []
    for share in (0.25, 0.5, 1.0):
        part = extractions[: max(1, round(n * share))]
        seconds, full_facts, _ = timed_fusion(part)
        print(f"{len(part):>10} {len(full_facts):>7} {seconds:>8.1f} {1000 * seconds / len(part):>14.2f}")

    blocks: dict = {}
    _, before, _ = timed_fusion(extractions[: n - args.batch], blocks=blocks)
    seconds, after, fused = timed_fusion(extractions, previous=before, blocks=blocks)
    same = [f.model_dump() for f in after] == [f.model_dump() for f in full_facts]
    print(f"incremental (+{args.batch} documents): {seconds:.1f} s, {len(fused)} of {count} blocks fused again, "
          f"facts {'equal to' if same else 'DIFFERENT from'} a full fusion's")
    if args.db:
        same = store_incremental(Storyline(args.db), extractions, args.batch, args.steps) and same
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

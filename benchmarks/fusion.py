"""Fusion at scale: how fusion time grows with the collection, and what adding a batch costs, in one run.

Reads the extractions of a built store (by default it builds `../shared/corpus/bbc-news`, 2,225
articles, into a temporary one) and prints:

- blocks: how many, the largest, and how many items fusion compares;
- full fusion of the first 25%, 50% and 100% of the documents, and seconds per 1,000 documents at
  each size (near-linear fusion keeps that figure flat);
- incremental fusion: fuse all but the last `--batch` documents, then all of them with the first
  result as `previous`; how many blocks were fused again, the time, and whether the facts equal a
  full fusion's.

usage: python benchmarks/fusion.py [--db STORE] [--corpus DIR] [--batch N] [--workers N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-news" / "bbc"
sys.path.insert(0, str(ROOT))


def timed_fusion(extractions: list, previous: list | None = None) -> tuple[float, list, list[str]]:
    """Seconds, facts, and the names of the blocks fused (not reused), for one fusion from a cold cache."""
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
        _, _, facts = fuse(extractions, previous=previous or [])
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="a built store (default: build --corpus into a temporary one)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--batch", type=int, default=20, help="documents added in the incremental step")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)

    from storyline import Storyline

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "fusion.db"
        story = Storyline(db)
        if not args.db:
            print(f"building {args.corpus} into a temporary store…")
            story.build([str(args.corpus)], workers=args.workers)
        extractions = sorted(story.store.extractions(), key=lambda ex: ex.document.id)
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

    _, before, _ = timed_fusion(extractions[: n - args.batch])
    seconds, after, fused = timed_fusion(extractions, previous=before)
    same = [f.model_dump() for f in after] == [f.model_dump() for f in full_facts]
    print(f"incremental (+{args.batch} documents): {seconds:.1f} s, {len(fused)} of {count} blocks fused again, "
          f"facts {'equal to' if same else 'DIFFERENT from'} a full fusion's")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

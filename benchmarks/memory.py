"""Bounded memory: peak RSS of `build` over N and M short JSON Lines records (10,000 and 100,000).

A build streams: inputs are read lazily and extracted and stored batch by batch, so the peak of the
extraction and store phase must not grow with the number of records (target: at most 1.2× between the
two sizes). Each size runs in a fresh child process, into a fresh store; the child reports the peak
after extraction and storing, then the peak once fusion (which loads every extraction; another
part of the project) has run as well.

usage: nice -n 10 python benchmarks/memory.py [--sizes 10000 100000] [--workers 1] [--no-fuse]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import peak_rss

PLACES = ("the river valley", "the northern province", "the capital", "the border town", "the coast")
ACTORS = ("Officials", "The ministry", "Police", "The regional council", "Aid workers")
VERBS = ("evacuated", "sent", "counted", "moved", "reported")


def record(number: int) -> dict:
    """A short, distinct news-like record."""
    actor, verb, place = ACTORS[number % 5], VERBS[number // 5 % 5], PLACES[number // 25 % 5]
    return {"id": f"r{number}", "text": f"{actor} said on Thursday that they had {verb} {number + 2} people "
            f"from {place} after the floods, and that more help was on the way."}


def peak_mib() -> float:
    return peak_rss()[0]


def child(size: int, workers: int, fuse: bool) -> None:
    """Build `size` records into a fresh store; print the peaks as one JSON line."""
    from storyline import Storyline

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "records.jsonl"
        with data.open("w", encoding="utf-8") as handle:
            for number in range(size):
                handle.write(json.dumps(record(number)) + "\n")
        story = Storyline(Path(tmp) / "store.db")
        fusion = story.fuse
        story.fuse = lambda: None  # measure extraction + store first
        started = time.perf_counter()
        stored = [0]

        def progress(count: int) -> None:  # the peak so far, every 5,000 documents, for long runs
            stored[0] += count
            if stored[0] % 5000 < count:
                print(json.dumps({"size": size, "stored": stored[0], "peak_mib": round(peak_mib(), 1),
                                  "seconds": round(time.perf_counter() - started)}), file=sys.stderr, flush=True)

        summary = story.build([str(data)], workers=workers, on_progress=progress)
        build_seconds = time.perf_counter() - started
        result = {"size": size, "added": summary.added, "read": summary.read, "balanced": summary.balanced,
                  "build_seconds": round(build_seconds, 1), "build_peak_mib": round(peak_mib(), 1)}
        if fuse:
            started = time.perf_counter()
            fusion()
            result |= {"fuse_seconds": round(time.perf_counter() - started, 1), "fuse_peak_mib": round(peak_mib(), 1)}
        print(json.dumps(result), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--no-fuse", action="store_true", help="measure extraction and store only")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.workers, not args.no_fuse)
        return 0
    results = []
    for size in args.sizes:
        command = [sys.executable, __file__, "--child", str(size), "--workers", str(args.workers)]
        command += ["--no-fuse"] if args.no_fuse else []
        out = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
        print(json.dumps(results[-1]), flush=True)
    low, high = results[0], results[-1]
    ratio = high["build_peak_mib"] / low["build_peak_mib"]
    print(f"extraction + store: peak RSS {low['build_peak_mib']} MiB for {low['size']:,} records, "
          f"{high['build_peak_mib']} MiB for {high['size']:,}: ratio {ratio:.2f} (target ≤ 1.20)")
    if "fuse_peak_mib" in high:
        print(f"with fusion: {low['fuse_peak_mib']} MiB → {high['fuse_peak_mib']} MiB: "
              f"ratio {high['fuse_peak_mib'] / low['fuse_peak_mib']:.2f} (fusion loads every extraction)")
    return 0 if ratio <= 1.2 else 1


if __name__ == "__main__":
    sys.exit(main())

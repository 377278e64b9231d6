"""Flat memory: peak RSS of a whole build (extraction, store, fusion) for 500 and for all BBC documents.

Each size is built into a fresh store by a process of its own (so one size's peak never hides in the
other's), as JSON Lines of the first N distinct documents, with `--workers` spaCy processes. The
figure is the peak resident memory of the largest process of that build (the driver, or a spaCy
worker); the driver's is also given as it stood when fusion began, so a peak shows its phase. A build
whose memory stays flat has a ratio near 1; the budget is 1.2.

usage: python benchmarks/memory_bbc.py [--corpus DIR] [--sizes 500,0] [--workers N]   (0: every document)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import BBC_CORPUS as DEFAULT_CORPUS
from harness import ROOT, peak_rss

BUDGET = 1.2


def build_one(corpus: Path, size: int, workers: int) -> dict:
    """Build the first `size` documents into a fresh store, in this process; report time and peak RSS."""
    sys.path.insert(0, str(ROOT))
    from storyline import Storyline
    from storyline.ingest import Problem, read_inputs

    documents = [d for d in read_inputs([str(corpus)]) if not isinstance(d, Problem)]
    documents = documents[:size] if size else documents
    before_fusion: list[float] = []

    class Measured(Storyline):
        def fuse(self) -> None:  # the driver's peak up to here is the extraction's (reading, storing, forking)
            before_fusion.append(peak_rss()[0])
            super().fuse()

    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "documents.jsonl"
        inputs.write_text("".join(json.dumps({"id": d.id, "text": d.text}) + "\n" for d in documents), "utf-8")
        del documents
        started = time.perf_counter()
        summary = Measured(Path(tmp) / "memory.db").build([str(inputs)], workers=workers)
        seconds = time.perf_counter() - started
    own, children = peak_rss()
    return {"documents": summary.added, "seconds": seconds, "driver_mib": own, "worker_mib": children,
            "driver_extraction_mib": before_fusion[0] if before_fusion else own, "peak_mib": max(own, children)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="500,0", help="comma-separated document counts (0: all)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.one is not None:
        print(json.dumps(build_one(args.corpus, args.one, args.workers)))
        return 0
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run(
            [sys.executable, __file__, "--corpus", str(args.corpus), "--workers", str(args.workers),
             "--one", str(size)],
            capture_output=True, text=True, check=True,
        )
        result = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(result)
        print(f"{result['documents']:>6} documents: peak RSS {result['peak_mib']:.0f} MiB "
              f"(driver {result['driver_mib']:.0f}, of which until fusion {result['driver_extraction_mib']:.0f}; "
              f"largest worker {result['worker_mib']:.0f}), {result['seconds']:.0f} s", flush=True)
    if len(results) >= 2:
        ratio = results[-1]["peak_mib"] / results[0]["peak_mib"]
        verdict = "within" if ratio <= BUDGET else "OVER"
        print(f"ratio {results[-1]['documents']} / {results[0]['documents']} documents: {ratio:.2f}x "
              f"({verdict} the {BUDGET}x budget)")
        return 0 if ratio <= BUDGET else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Profile of a from-scratch fusion: where `Storyline.fuse` spends its time on a built store.

Copies the extractions of a built store (no facts, no kept features or blocks) into a temporary one,
then runs `Storyline.fuse` on it in a fresh process under cProfile and prints its wall and CPU seconds,
peak RSS, and the functions that take the most time (own time, then with callees). cProfile slows
code made of many small calls several times over: compare the seconds with `--no-profile`.

usage: python benchmarks/fusion_profile.py --db STORE [--top N] [--no-profile]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import ROOT

FUSE = """
import cProfile, pstats, sys, time
from storyline import Storyline
story, top, profile = Storyline(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "1"
profiler = cProfile.Profile()
wall, cpu = time.perf_counter(), time.process_time()
if profile:
    profiler.enable()
story.fuse()
profiler.disable()
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
rss = next(int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM")) / 1024
print(f"fusion of {story.store.count('documents')} documents: {wall:.2f} s, cpu {cpu:.2f} s, peak RSS {rss:.0f} MiB"
      + (" (under cProfile)" if profile else ""))
if profile:
    for order in ("tottime", "cumulative"):
        pstats.Stats(profiler).sort_stats(order).print_stats(top)
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="a built store (storyline build … --db STORE)")
    parser.add_argument("--top", type=int, default=30, help="functions listed per ordering")
    parser.add_argument("--no-profile", action="store_true", help="time only")
    args = parser.parse_args(argv)

    from benchmarks.fusion import copy_into
    from storyline import Storyline

    source = Storyline(args.db).store
    extractions = sorted(source.extractions(), key=lambda ex: ex.document.id)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "unfused.db"
        copy_into(source, db, extractions)
        run = subprocess.run([sys.executable, "-c", FUSE, str(db), str(args.top), "0" if args.no_profile else "1"],
                             cwd=ROOT, check=False)
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())

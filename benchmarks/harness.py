"""What the benchmarks share: where the project and the shared corpora are, and how a run's peak memory
and CPU time are read (one definition each, so every benchmark's figures mean the same thing).

A benchmark runs as a script (`python benchmarks/NAME.py`), so its own folder is on `sys.path` and
`from harness import ...` finds this module; `ROOT` is put on the path for `import storyline` from a
checkout that is not installed.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
"""The project's root folder."""
SHARED = ROOT.parent / "shared"
"""The shared development material beside the project."""
BBC_CORPUS = SHARED / "corpus" / "bbc-news" / "bbc"
"""The BBC News corpus (2,225 articles, 2,127 distinct texts): the scale benchmarks' default."""

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def peak_rss() -> tuple[float, float]:
    """Peak resident memory, in MiB, of this process and of its largest finished child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return own / 1024, children / 1024


def peak_rss_mib() -> float:
    """Peak resident memory of this process and its finished children, in MiB."""
    return max(peak_rss())


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and its finished children: the work done, which other
    load on the machine does not change as it changes wall-clock time."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

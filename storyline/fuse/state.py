"""What the stored fusion was made from, so a build that adds nothing need not fuse again.

Fusion is a deterministic function of the stored documents' extractions and of fusion's code and
lexicons. Documents are only ever added, so the number of stored documents together with a digest of
that code names the input of a fusion: where both equal what the last fusion recorded, its actors,
links and facts are current and a build that added no document keeps them.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from storyline.resources import RESOURCES

FUSE = Path(__file__).parent


@cache
def fusion_version() -> str:
    """A digest of fusion's code and of every lexicon (actors and outlets come from the gazetteers too)."""
    files = sorted(FUSE.glob("*.py")) + sorted(RESOURCES.glob("*.yaml"))
    digest = hashlib.sha1()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@cache
def fused_by() -> str:
    """`fusion_version` with a digest of the data model (`storyline/model.py`): what a fusion's actors and facts are
    made by. A store whose fusion was made by the same need compare only what fusion's inputs changed
    (`Store.replace_fusion`)."""
    model = Path(__file__).parent.parent / "model.py"
    return f"{fusion_version()}-{hashlib.sha1(model.read_bytes()).hexdigest()[:16]}"


def fusion_input(documents: int) -> str:
    """The key a fusion of `documents` stored documents records, and a later build compares."""
    return f"{fusion_version()}:{documents}"

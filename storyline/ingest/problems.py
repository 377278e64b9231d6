"""What `read_inputs` yields instead of a Document when an input is skipped."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ProblemKind = Literal["error", "duplicate", "stored"]


@dataclass
class Problem:
    """A skipped input, named so the user can find and fix it.

    `kind` tells a caller how to count it: an `"error"` is bad input and makes a command's exit
    code non-zero; a `"duplicate"` is an exact copy of a document read earlier in the same build,
    and `"stored"` one of a document already in the store, both only skipped.
    """

    path: str
    """The file as the user named it (`-` for stdin)."""
    line: int | None
    """The line, for JSON Lines."""
    reason: str
    """What is wrong and, where useful, what to do."""
    kind: ProblemKind = "error"

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"


class Skip(Exception):
    """Raised inside `ingest` to skip an input; `read_inputs` turns it into a `Problem`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


EMPTY = "empty or whitespace-only text"
BINARY = "binary file, not text"
UNDECODABLE = "cannot decode text (not UTF-8 and no encoding detected)"
NOT_ENGLISH = "not English (storyline reads English news)"

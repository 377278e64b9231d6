"""Reading inputs (text, HTML, JSON, JSON Lines files, folders, globs, stdin) into Documents.

`read_inputs` yields a `Document` per readable input and a `Problem` per skipped one, lazily
and in input order; nothing raises. See `sources` for arguments, ids and `meta.jsonl` sidecars,
`readers` for the formats and `checks` for what makes an input unreadable.
"""

from storyline.ingest.inputs import read_inputs
from storyline.ingest.problems import Problem, ProblemKind

__all__ = ["Problem", "ProblemKind", "read_inputs"]

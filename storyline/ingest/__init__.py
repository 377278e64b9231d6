"""Reading inputs (text, HTML, JSON, JSON Lines files, folders, globs, stdin) into Documents.

`read_inputs` yields a `Document` per readable input and a `Problem` per skipped one, lazily
and in input order; nothing raises. See `sources` for arguments, ids and `meta.jsonl` sidecars,
`readers` for the formats, `checks` for what makes an input unreadable, and `identity` for how a
build keeps one id per text and one text per id against the store.
"""

from storyline.ingest.inputs import read_inputs
from storyline.ingest.problems import Problem, ProblemKind

__all__ = ["Problem", "ProblemKind", "read_inputs"]

"""`read_inputs`: arguments in, Documents and Problems out, lazily and in input order."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from typing import TextIO

from storyline.ingest.checks import check_text
from storyline.ingest.dates import normalize_date
from storyline.ingest.identity import Ledger
from storyline.ingest.paragraphs import repeated_paragraphs
from storyline.ingest.problems import Problem, Skip
from storyline.ingest.readers import READERS, Draft, read_json_lines
from storyline.ingest.sources import Source, expand_args
from storyline.model import Document


def read_inputs(
    args: list[str], stdin: TextIO | None = None, max_text_bytes: int = 5_000_000, ledger: Ledger | None = None
) -> Iterator[Document | Problem]:
    """Read files, folders, globs and `-` (JSON Lines on stdin) into Documents.

    Every skipped input is a `Problem` in the stream, never an exception, so a caller can show
    progress, batch Documents and count Problems (`kind == "error"` only for the exit code).
    An exact duplicate (same text, same outlet) is kept once; later copies are `"duplicate"` Problems. The
    same text under another outlet is another publication of it (a syndicated wire story) and is kept:
    fusion counts the two as one origin. Each input is one item of the stream: a Document or a Problem
    (a file or line that holds no document, or a bad argument, is one Problem).

    Example: `docs = [item for item in read_inputs(["corpus/"]) if isinstance(item, Document)]`

    :param args: files (.txt, .html, .htm, .json, .jsonl), folders, globs and `-`
    :param stdin: the stream `-` reads; defaults to `sys.stdin`
    :param max_text_bytes: texts larger than this (UTF-8 bytes) are skipped
    :param ledger: admits documents against a store's texts and ids (see `identity`); default: a
        fresh one, which sees this call's documents only
    :raises: nothing: bad input becomes a Problem
    """
    ledger = ledger or Ledger()
    for source in expand_args(args, READERS.keys()):
        if isinstance(source, Problem):
            yield source
            continue
        for draft in _drafts(source, stdin or sys.stdin, max_text_bytes):
            if isinstance(draft, Problem):
                yield draft
                continue
            try:
                document = to_document(draft, max_text_bytes)
            except Skip as exc:
                yield draft.problem(source.shown, exc.reason)
                continue
            except Exception as exc:  # a reader let through what the checks cannot take: skip it, say why
                yield draft.problem(source.shown, f"cannot read this text ({type(exc).__name__}: {exc})")
                continue
            yield ledger.admit(document, draft, source)


def publication_hash(text: str, outlet: str) -> str:
    """The content hash of a text published by a named outlet: its text and that outlet."""
    return hashlib.sha256(f"{outlet.strip().lower()}\n{text}".encode()).hexdigest()


def _drafts(source: Source, stdin: TextIO, max_text_bytes: int) -> Iterator[Draft | Problem]:
    """The Drafts of one source; a Skip (or any failure of a reader) ends the source as one Problem."""
    try:
        if source.path is None:
            yield from read_json_lines(stdin, source.shown)
        else:
            yield from READERS[source.path.suffix.lower()](source, max_text_bytes)
    except Skip as exc:
        yield Problem(source.shown, None, exc.reason)
    except Exception as exc:  # never a traceback for a bad file: the rest of the build goes on
        yield Problem(source.shown, None, f"cannot read the rest of this file ({type(exc).__name__}: {exc})")


def to_document(draft: Draft, max_text_bytes: int) -> Document:
    """Check a Draft's text and settle its id, hash, date and repeated paragraphs.

    Example: `to_document(Draft("Some news."), 5_000_000).id` → the text's sha256[:16]

    :param draft: a text with its metadata, as a reader made it
    :param max_text_bytes: the largest text accepted, in UTF-8 bytes
    :raises Skip: where the text fails a check (empty, binary, too large, not English)
    """
    text = draft.text.replace("\r\n", "\n")
    check_text(text, max_text_bytes)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(
        id=draft.id or digest[:16],
        title=draft.title,
        outlet=draft.outlet,
        url=draft.url,
        published=normalize_date(draft.published),
        text=text,
        content_hash=publication_hash(text, draft.outlet) if draft.outlet else digest,
        repeated_paragraphs=repeated_paragraphs(text),
    )

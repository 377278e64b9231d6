"""One reader per input format; each turns a Source into Drafts (or per-record Problems).

Text files keep their text exactly as read. HTML pages keep trafilatura's main text, one
paragraph per line, and their title, date, site name and URL where the sidecar does not give
them. JSON records carry their own metadata (a sidecar does not apply to them) and their own `id`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import trafilatura

from storyline.ingest.decode import decode
from storyline.ingest.jsonlines import is_valid_unicode, json_lines, metadata, parse_json
from storyline.ingest.problems import EMPTY, Problem, ProblemKind, Skip
from storyline.ingest.sources import Source

RAW_FACTOR = 4
"""A text or HTML file over this many times `max_text_bytes` is refused unread."""


@dataclass
class Draft:
    """A document as read, before the checks, its hash and its final id."""

    text: str
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    line: int | None = None
    record: int | None = None
    """Position in a JSON list, for messages."""
    id_given: bool = False
    """Whether `id` is the record's own `id` field (else storyline made it from the path or the text)."""

    def problem(self, path: str, reason: str, kind: ProblemKind = "error") -> Problem:
        """A Problem about this draft, placed by its line or record.

        :param path: the file as the user named it
        :param reason: what is wrong
        :param kind: `"error"` or `"duplicate"`
        """
        return record_problem(path, self.line, self.record, reason, kind)

    def place(self, path: str) -> str:
        """Where the draft was read: `a.txt`, `a.jsonl:3`, `a.json record 2`."""
        if self.line is not None:
            return f"{path}:{self.line}"
        return f"{path} record {self.record}" if self.record else path


def record_problem(
    path: str, line: int | None, record: int | None, reason: str, kind: ProblemKind = "error"
) -> Problem:
    """A Problem naming its line (JSON Lines) or its position in a JSON list."""
    return Problem(path, line, f"record {record}: {reason}" if record else reason, kind)


Reader = Callable[[Source, int], Iterable[Draft | Problem]]


def read_bytes(path: Path, limit: int | None) -> bytes:
    """The bytes of a file that is not empty and, given a limit, not larger than it.

    :param path: the file
    :param limit: the largest size read, in bytes, or None
    :raises Skip: where the file cannot be read, is too large or is empty
    """
    try:
        size = path.stat().st_size
        if limit is not None and size > limit:
            raise Skip(
                f"file is {size:,} bytes, too large to read ({RAW_FACTOR} × max_text_bytes; "
                "set STORYLINE_MAX_TEXT_BYTES to raise it)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise Skip(f"cannot read the file: {exc.strerror}") from exc
    if not data.strip():
        raise Skip(EMPTY)
    return data


def read_txt(source: Source, max_text_bytes: int) -> Iterator[Draft]:
    """The text file's one document, with its sidecar metadata."""
    text = decode(read_bytes(source.path, RAW_FACTOR * max_text_bytes))
    yield Draft(text, source.doc_id, **source.meta, id_given=source.id_given)


def read_html(source: Source, max_text_bytes: int) -> Iterator[Draft]:
    """The page's main text (trafilatura), page metadata filled in under the sidecar's."""
    html = decode(read_bytes(source.path, RAW_FACTOR * max_text_bytes))
    try:
        page = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken pages
        raise Skip(f"cannot parse the HTML ({type(exc).__name__}: {exc})") from exc
    if page is None or not (page.text or "").strip():
        raise Skip("no article text found in the HTML (trafilatura extracted nothing)")
    found = {"title": page.title, "outlet": page.sitename, "url": page.url, "published": page.date}
    yield Draft(page.text, source.doc_id, **(found | source.meta), id_given=source.id_given)


def read_json(source: Source, max_text_bytes: int) -> Iterator[Draft | Problem]:
    """The records of a `.json` file: one object or a list of objects."""
    value = parse_json(decode(read_bytes(source.path, None)))
    if isinstance(value, dict):
        yield _record(value, source.shown, None, None)
    elif isinstance(value, list) and value:
        for number, item in enumerate(value, 1):
            yield _record(item, source.shown, None, number)
    else:
        raise Skip("expected a JSON object with `text` or a non-empty list of such objects")


def read_jsonl(source: Source, max_text_bytes: int) -> Iterator[Draft | Problem]:
    """The records of a JSON Lines file, read line by line."""
    try:
        with source.path.open("rb") as handle:
            yield from read_json_lines(handle, source.shown)
    except OSError as exc:
        raise Skip(f"cannot read the file: {exc.strerror}") from exc


def read_json_lines(lines: Iterable[str | bytes] | TextIO, path: str) -> Iterator[Draft | Problem]:
    """The records of a JSON Lines stream (a file or stdin); each bad line is a Problem.

    :param lines: the stream
    :param path: the file as the user named it (`-` for stdin)
    :raises Skip: where the stream holds no line at all
    """
    empty = True
    for item in json_lines(lines, path):
        empty = False
        yield item if isinstance(item, Problem) else _record(item[1], path, item[0], None)
    if empty:
        raise Skip(f"{EMPTY}: no JSON lines")


def _record(value: Any, path: str, line: int | None, record: int | None) -> Draft | Problem:
    """A JSON object as a Draft: a string `text`, an optional `id` and metadata."""
    if not isinstance(value, dict):
        return record_problem(path, line, record, "expected a JSON object")
    text, doc_id = value.get("text"), value.get("id")
    if not isinstance(text, str):
        return record_problem(path, line, record, "no string `text` field")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if doc_id is not None and not (isinstance(doc_id, str) and doc_id.strip()):
        return record_problem(path, line, record, "`id` must be a non-empty string")
    if doc_id is not None and not is_valid_unicode(doc_id):
        return record_problem(path, line, record, "`id` is not valid Unicode (unpaired surrogates)")
    return Draft(text, doc_id, **metadata(value), line=line, record=record, id_given=doc_id is not None)


def read_feed(source: Source, max_text_bytes: int) -> Iterable[Draft | Problem]:
    """The items of an RSS or Atom feed (see `storyline.ingest.feeds`)."""
    from storyline.ingest.feeds import read_feed as read_items

    return read_items(source, max_text_bytes)


READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}
"""The reader of each file extension (lowercase)."""

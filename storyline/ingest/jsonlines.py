"""JSON Lines parsing shared by document files, stdin and `meta.jsonl` sidecars."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from storyline.ingest.decode import decode
from storyline.ingest.problems import Problem, Skip

META_KEYS = ("title", "outlet", "url", "published")
"""The metadata a record or sidecar line may give; other keys are ignored."""


def json_lines(lines: Iterable[str | bytes], path: str) -> Iterator[tuple[int, dict[str, Any]] | Problem]:
    """Each JSON object of a JSON Lines stream with its line number; a bad line is a Problem.

    Example: `list(json_lines(['{"text": "Hi"}', "", "{oops"], "a.jsonl"))` →
    `[(1, {"text": "Hi"}), Problem("a.jsonl", 3, "malformed JSON: ...")]`

    :param lines: lines as read from a binary file (decoded one by one) or a text stream
    :param path: the file as the user named it, for Problems
    """
    for number, raw in enumerate(lines, 1):
        try:
            line = decode(raw) if isinstance(raw, bytes) else raw
        except Skip as exc:
            yield Problem(path, number, exc.reason)
            continue
        line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            value = parse_json(line)
        except Skip as exc:
            yield Problem(path, number, exc.reason)
            continue
        if isinstance(value, dict):
            yield number, value
        else:
            yield Problem(path, number, "expected a JSON object on this line")


def parse_json(text: str) -> Any:
    """`json.loads`, with every way JSON text can fail said as a `Skip`.

    :raises Skip: for malformed JSON, nesting past the recursion limit, integers past Python's digit limit
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"column {exc.colno}" if exc.lineno == 1 else f"line {exc.lineno}, column {exc.colno}"
        raise Skip(f"malformed JSON: {exc.msg} ({where})") from exc
    except RecursionError as exc:
        raise Skip("malformed JSON: nested too deeply to read") from exc
    except ValueError as exc:  # an integer of more digits than Python converts
        raise Skip(f"malformed JSON: {exc}") from exc


def metadata(record: dict[str, Any]) -> dict[str, str]:
    """The non-empty string metadata fields of a record (`title`, `outlet`, `url`, `published`).

    A field that is not a string, or not valid Unicode, is left out, as if absent.

    :param record: a JSON object
    """
    return {
        key: value.strip() for key in META_KEYS
        if isinstance(value := record.get(key), str) and value.strip() and is_valid_unicode(value)
    }


def is_valid_unicode(value: str) -> bool:
    """False for a string with unpaired surrogates (`"\\ud800"` in JSON), which no file or store can hold."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True

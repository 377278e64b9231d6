"""Paragraphs a document repeats (pull quotes, syndication boilerplate), so they count once."""

from __future__ import annotations

import re

_LINE = re.compile(r"[^\n]+")


def repeated_paragraphs(text: str) -> list[list[int]]:
    """`[start, end]` offsets of each paragraph that repeats an earlier one of the same text.

    A paragraph is a non-empty line: storyline's texts keep one paragraph per line. Paragraphs
    compare with their whitespace collapsed; the spans exclude surrounding whitespace, so
    `text[start:end]` is the repeated paragraph.

    Example: `repeated_paragraphs("A.\\nB.\\nA.\\n")` → `[[6, 8]]`

    :param text: the document text
    """
    seen: set[str] = set()
    repeats: list[list[int]] = []
    for match in _LINE.finditer(text):
        line = match.group()
        key = " ".join(line.split())
        if not key:
            continue
        if key in seen:
            start = match.start() + len(line) - len(line.lstrip())
            end = match.end() - len(line) + len(line.rstrip())
            repeats.append([start, end])
        else:
            seen.add(key)
    return repeats

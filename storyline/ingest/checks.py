"""The checks every text passes before it becomes a Document, whatever format it came in."""

from __future__ import annotations

import re
import string
from functools import cache

from storyline.ingest.decode import looks_binary
from storyline.ingest.problems import BINARY, EMPTY, NOT_ENGLISH, Skip
from storyline.resources import load_resource

STOPWORDS_FILE = "english_stopwords.yaml"
_WORD = re.compile(r"[^\W\d_]+")
_NO_LATIN = str.maketrans("", "", string.ascii_letters)
"""Deletes the a-z letters: what a text loses so is how many it holds."""
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
SAMPLE_CHARS = 20_000
"""The language test reads the start of a text only: it is a check, not an analysis."""


def check_text(text: str, max_text_bytes: int) -> None:
    """Raise `Skip` with the reason where a text is not an English news text storyline can read.

    Example: `check_text("   ", 5_000_000)` raises `Skip("empty or whitespace-only text")`

    :param text: the document text, as it will be stored
    :param max_text_bytes: the largest text accepted, in UTF-8 bytes
    :raises Skip: for empty, binary, invalid, too large or non-English text
    """
    if not text.strip():
        raise Skip(EMPTY)
    if looks_binary(text):
        raise Skip(BINARY)
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as exc:
        raise Skip("text contains invalid characters (unpaired surrogates)") from exc
    if size > max_text_bytes:
        raise Skip(
            f"text is {size:,} bytes, over the limit of {max_text_bytes:,} "
            "(set STORYLINE_MAX_TEXT_BYTES to raise it)"
        )
    if not looks_english(text):
        raise Skip(NOT_ENGLISH)


@cache
def _english() -> dict:
    """The test's thresholds, with `words` as a set."""
    data = dict(load_resource(STOPWORDS_FILE))
    data["words"] = frozenset(data["words"].lower().split())
    return data


def looks_english(text: str) -> bool:
    """Cheap language test: mostly a-z letters, and enough English function words.

    Texts too short to judge count as English; the word list and thresholds are data
    (`storyline/resources/english_stopwords.yaml`).

    Example: `looks_english("La Chine a lancé jeudi des missiles ... " * 5)` → False

    :param text: any text
    """
    test = _english()
    text = text[:SAMPLE_CHARS]
    latin = len(text) - len(text.translate(_NO_LATIN))
    # every text comes here: the letters are the a-z ones (the only ASCII characters `str.isalpha` takes) and the
    # others `str.isalpha` takes, asked of the non-ASCII characters only (none to a few in English news)
    letters = latin + sum(map(str.isalpha, _NOT_ASCII.findall(text)))
    if letters < test["script_min_letters"]:
        return True
    if latin < test["min_latin_share"] * letters:
        return False
    if letters < test["words_min_letters"]:
        return True
    words = _WORD.findall(text.lower())
    return sum(map(test["words"].__contains__, words)) >= test["min_stopword_share"] * len(words)

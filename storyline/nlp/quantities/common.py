"""What every part of the quantities extractor shares: patterns, the Reading, token helpers."""

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

SPAN_KEY = "storyline_quantities"
DIGITS = re.compile(r"^(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suffix>[a-z]+)?$", re.I)
YEAR_LIKE = re.compile(r"^\d{4}$")
PHONE_LIKE = re.compile(r"^\+?\(?\d[\d().-]*-[\d().-]*\d$")
PHONE_DIGITS = 7
NOUNS = {"NOUN", "PROPN"}
PLURAL_TAGS = {"NNS", "NNPS"}
PARTICIPLE_TAGS = {"VBN", "VBG"}
HYPHENS = {"-", "–", "‑"}
ARTICLES = {"a", "an"}
ELLIPTICAL_ROLES = {"nsubj", "nsubjpass", "dobj", "conj"}
"""Parse roles of an amount standing for its noun (`four were`, `five landed`); not `he was 14`."""
NAME_ENTITIES = {"PERSON", "GPE", "ORG", "FAC", "LOC"}
"""A noun in these entities is named, not counted: `world number one Peter Norfolk`."""
FRACTION = "fraction"
"""The unit of a proportion: `two-thirds of the sales` → 0.667, `one out of three Germans` → 0.333."""
NOUN_PHRASE_LIMIT = 8
"""Tokens scanned after an amount for the noun it counts."""


@dataclass
class Reading:
    """One amount as read from the tokens, before it becomes a Quantity dict."""

    start: int
    """First token of the text (the modifier where there is one)."""
    end: int
    """Token after the text."""
    low: float | None
    high: float | None
    approx: bool = False
    unit: str | None = None
    item: str | None = None
    numbers: list[int] = field(default_factory=list)
    """Tokens holding the digits or number words: what the guards look around."""
    scale: float = 1.0
    """The scale's factor (`4 million` → 1e6), which a range's first number shares: `3 to 4 million`."""
    kind: str = "count"
    """`count` (digits, number words), `vague` (several, thousands) or `one` (`a` before a unit)."""
    modified: bool = False
    ranged: bool = False
    item_found: bool = False
    """The text names the item: a counted or measured noun, or a unit that is its own item (`22-year-old`)."""
    change: str | None = None
    """`up` or `down` where the text states a rise or a fall (`rose 19 cents`, `+0.2%`, `down 1%`)."""
    glued_unit: bool = False
    """The unit was glued to the digits (`10kW`): no unit word is looked for after them."""


def token_at(doc: Doc, i: int) -> Token | None:
    return doc[i] if 0 <= i < len(doc) else None


def attached(doc: Doc, i: int) -> bool:
    """Token i is written against the next one, with no space: `15.8` `m`, `22` `-`."""
    return i + 1 < len(doc) and not doc[i].whitespace_


def is_joining_hyphen(doc: Doc, token: Token | None) -> bool:
    """A hyphen written against the word before it: `Arleigh-class`, `22-year-old`."""
    return token is not None and token.text in HYPHENS and token.i > 0 and attached(doc, token.i - 1)


def is_word_noun(token: Token) -> bool:
    return token.pos_ in NOUNS and token.text[:1].isalnum()


def apply_bound(reading: Reading, bound: str) -> Reading:
    """A modifier's bound: `lower` (more than), `upper` (up to), `approx` (about); `same` leaves it."""
    if bound == "lower":
        return replace(reading, high=None)
    if bound == "upper":
        return replace(reading, low=None)
    if bound == "approx":
        return replace(reading, approx=True)
    return reading



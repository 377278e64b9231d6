"""Actors: what a span is (a place, an actor that acts, part of a word), asked of one span at a time."""

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from storyline.nlp.actors.lexicon import (
    DIRECTIONAL_PREPOSITIONS,
    LOCATIVE_PREPOSITIONS,
    MOTION_WORDS,
    REGION_PREFIXES,
    SPEAKER_DEPS,
)

POSSESSIVE_MARKS = "'’‘"
"""The marks of a possessive `'s` (`lexicon.POSSESSIVE`), read from a token's text without a regular expression."""


def is_place(span: Span) -> bool:
    """`in Moscow`, `flew to Tehran`, `in Tehran, Iran` are places; `Moscow said`, `sent to Russia` not."""
    token = span.root
    while token.dep_ in ("appos", "conj", "compound") and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    if prep.lower_ in DIRECTIONAL_PREPOSITIONS:
        governor = prep.head
        objects = [t.lemma_.lower() for t in governor.children if t.dep_ in ("dobj", "nsubj")]
        return governor.lemma_.lower() in MOTION_WORDS or any(o in MOTION_WORDS for o in objects)
    return False


def acts(span: Span) -> bool:
    """A region acts where it is a subject or joined to one (`Canada, Africa and others have …`)."""
    token = span.root
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ in SPEAKER_DEPS or (token.dep_ == "pobj" and token.head.lower_ == "with")


def is_glued_possessive(token: Token) -> bool:
    """`Iran‘s`: a possessive the tokenizer left attached (an unusual quote mark)."""
    text = token.text
    return len(text) > 2 and text[-1] == "s" and text[-2] in POSSESSIVE_MARKS  # `POSSESSIVE` at the text's end


def glued_possessives(doc: Doc, text: str, starts: list[int]) -> list[int]:
    """The tokens `is_glued_possessive` holds of, in order, found where the text holds a mark and an `s` (`text`: the
    doc's, `starts`: its tokens' first characters): no token's text is read anywhere else."""
    found = []
    for hit in GLUED_MARK.finditer(text):
        end = hit.end()
        i = bisect_right(starts, end - 1) - 1  # the token holding the `s`
        if starts[i] < hit.start() and starts[i] + len(doc[i]) == end:  # more than the mark and the `s`, ending so
            found.append(i)
    return found


GLUED_MARK = re.compile(f"[{POSSESSIVE_MARKS}]s")
"""Where a glued possessive can end (`is_glued_possessive`)."""


def is_region_of(span: Span) -> bool:
    """`Northern Ireland`, `New Mexico`, `Western Australia`: a region's name, not the state."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.text in REGION_PREFIXES and not before.is_sent_start


def is_prefixed_word(span: Span) -> bool:
    """`anti-Western`, `pro-Russia`: part of an adjective, not a mention."""
    doc = span.doc
    start = span.start
    return start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("anti", "pro")

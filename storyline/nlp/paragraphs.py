"""Paragraph breaks are sentence breaks.

News text keeps one paragraph per line, and headlines have no final stop: without this, the
parser runs a headline into the first sentence and every extractor reads the wrong clause.
Runs before the parser, which respects sentence starts already set. The lines are read here too: `lines` and
`line_of` give a document's lines as tokens, and `title_cased` says whether one is written in a headline's title case.
"""

from collections.abc import Iterable, Iterator, Sequence

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Token

HEADLINE_SHARE = 0.8
"""A line whose longer words are capitalised at least this much is a headline (`Yvonne Hiller Kills Two In
Kraft Shooting`): the tagger glues its capitalised common words to the names beside them."""


@Language.component("storyline_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at the first token after any whitespace holding a line break.

    The tokenizer leaves a line break in a whitespace token of its own (a token's trailing whitespace is one space
    at most), so only those are read, off the doc's `IS_SPACE` array: no `Token` is made of any other word.
    """
    if len(doc) < 2:
        return doc
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


def lines(tokens: Iterable[Token]) -> Iterator[list[Token]]:
    """The tokens of each line in turn, without the whitespace tokens holding the line breaks (a line may be empty)."""
    line: list[Token] = []
    for token in tokens:
        if "\n" in token.text:
            yield line
            line = []
            continue
        line.append(token)
        if "\n" in token.whitespace_:
            yield line
            line = []
    yield line


def line_of(token: Token) -> list[Token]:
    """The tokens of the line a token is on, as `lines` gives it."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and "\n" not in doc[end].text:
        end += 1
    return list(doc[start:end])


def title_cased(line: Sequence[Token]) -> bool:
    """A line in a headline's title case (`Yvonne Hiller Kills Two In Kraft Shooting`), where a capital marks no
    name: at least two of its longer words (alphabetic, over three letters, no stop word), and `HEADLINE_SHARE` of
    them, capitalised or in capitals. It asks how the line is written, not whether it is a title: a headline in
    sentence case (`Navy sends ships to the strait`) is none (for a line that is no sentence, see
    `storyline.nlp.quotes.spans.is_headline`)."""
    words = [t for t in line if t.is_alpha and len(t) > 3 and not t.is_stop]
    return len(words) >= 2 and sum(t.is_title or t.is_upper for t in words) >= HEADLINE_SHARE * len(words)

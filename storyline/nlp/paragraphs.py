"""Paragraph breaks are sentence breaks.

News text keeps one paragraph per line, and headlines have no final stop: without this, the
parser runs a headline into the first sentence and every extractor reads the wrong clause.
Runs before the parser, which respects sentence starts already set.
"""

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc


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

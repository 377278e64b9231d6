"""Paragraph breaks are sentence breaks.

News text keeps one paragraph per line, and headlines have no final stop: without this, the
parser runs a headline into the first sentence and every extractor reads the wrong clause.
Runs before the parser, which respects sentence starts already set.
"""

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("storyline_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at the first token after any whitespace holding a line break."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc

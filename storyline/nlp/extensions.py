"""Custom attributes, registered once at import (spaCy's best practice).

Extractors write plain data (lists of dicts shaped like `storyline.model` records, with local ids
and character offsets into the stored text) so that Docs travel between processes unchanged.

- `doc._.doc_id`, `doc._.published`: set before the pipeline runs (`nlp/extract.py`).
- `doc._.local_actors`: [LocalActor dict], `doc._.mentions`: [Mention dict] (storyline_actors)
- `doc._.quantities`: [Quantity dict] (storyline_quantities)
- `doc._.times`: [TimeExpression dict] (storyline_time)
- `doc._.quotes`: [Quote dict] (storyline_quotes)
- `doc._.events`: [Event dict] (storyline_events)

`text_of(doc)` is the document's text, read once (`doc.text` joins every token's text anew on each read).
`index_sentences(doc)` makes `token.sent` and `span.sent` a lookup once the parse is done.
"""

from bisect import bisect_right

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

DOC_ATTRIBUTES = {
    "doc_id": None,
    "published": None,
    "local_actors": None,
    "mentions": None,
    "quantities": None,
    "times": None,
    "quotes": None,
    "events": None,
}

for _name, _default in DOC_ATTRIBUTES.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


TEXT = "storyline_text"
"""`doc.user_data` key of the document's text (`text_of`); `nlp/extract.py` sets it from the text it tokenized."""


def text_of(doc: Doc) -> str:
    """`doc.text`, built once per Doc and kept (the tokenizer keeps every character, so it is the text parsed)."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text


SENTENCE_STARTS = "storyline_sentence_starts"
"""`doc.user_data` key of the indices of the tokens that start a sentence, in order (`index_sentences`)."""


def index_sentences(doc: Doc) -> None:
    """Answer `token.sent` and `span.sent` of this parsed doc from its sentence starts, read once, by bisection
    (spaCy's own hooks: `Doc.user_token_hooks`, `Doc.user_span_hooks`): the same sentence, as spaCy's walk to the
    nearest starts finds it, at a fraction of the cost (each read otherwise checks the doc's sentence annotation
    over its first sentence and slices the doc in Python; the extractors ask some 100 times per BBC article).

    Called once the sentence starts are final (the first storyline component after the parser); a doc without
    sentence starts keeps spaCy's own reading (which raises). The hooks are module functions and the starts a
    list in `user_data`: no reference cycle keeps the doc alive.
    """
    if len(doc) < 2 or not doc.has_annotation("SENT_START"):
        return
    doc.user_data[SENTENCE_STARTS] = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
    doc.user_token_hooks["sent"] = _token_sentence
    doc.user_span_hooks["sent"] = _span_sentence


def _sentence_at(doc: Doc, i: int) -> Span:
    """The sentence holding token `i`: from the last start at or before it (else the doc's first token) to the
    next start (else the doc's end), as `Span.sent` walks."""
    starts = doc.user_data[SENTENCE_STARTS]
    k = bisect_right(starts, i)
    return Span(doc, starts[k - 1] if k else 0, starts[k] if k < len(starts) else len(doc))


def _token_sentence(token: Token) -> Span:
    return _sentence_at(token.doc, token.i)


def _span_sentence(span: Span) -> Span:
    """The sentence of the span's first token (spaCy's reading of a span crossing sentences)."""
    return _sentence_at(span.doc, span.start)

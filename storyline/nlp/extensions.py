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
"""

from spacy.tokens import Doc

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

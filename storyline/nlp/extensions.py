"""Custom attributes, registered once at import (spaCy's best practice).

Extractors write plain data (lists of dicts shaped like `storyline.model` records, with local ids
and character offsets into the stored text) so that Docs travel between processes unchanged.

- `doc._.doc_id`, `doc._.published`: set before the pipeline runs (`nlp/extract.py`).
- `doc._.local_actors`: [LocalActor dict], `doc._.mentions`: [Mention dict] (storyline_actors)
- `doc._.quantities`: [Quantity dict] (storyline_quantities)
- `doc._.times`: [TimeExpression dict] (storyline_time)
- `doc._.quotes`: [Quote dict] (storyline_quotes)
- `doc._.events`: [Event dict] (storyline_events)
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

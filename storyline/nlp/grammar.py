"""Reads of the parse that extractors of more than one package ask (the events' and the quotes'), each defined once
here; a package's own reads stay in its package (`events/lexicon.py`, `quotes/lexicon.py`)."""

from spacy.tokens import Token


def has_to(verb: Token) -> bool:
    """The verb is a `to` infinitive (`to increase trade`, `asked them to leave`)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)

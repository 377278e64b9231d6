"""The one place that lists the pipeline's components and their order."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Token

from storyline.config import get_settings

# Importing the modules registers their factories and the Doc extensions.
from storyline.nlp import actors, agents, events, extensions, paragraphs, quantities, quotes, time  # noqa: F401

COMPONENTS = (
    "storyline_actors",
    "storyline_agents",
    "storyline_quantities",
    "storyline_time",
    "storyline_quotes",
    "storyline_events",
)


def build_nlp(model: str | None = None, config: dict[str, dict] | None = None) -> Language:
    """Load the spaCy model by package name and add storyline's extractors after it.

    Example: `nlp = build_nlp(); doc = nlp("Iran denied sending drones to Russia.")`

    :param model: installed spaCy pipeline package; defaults to the `spacy_model` setting
    :param config: per-component config overrides, keyed by component name
    :raises OSError: where the model package is not installed
    """
    nlp = spacy.load(model or get_settings().spacy_model)
    remember_lemmas(nlp)
    nlp.add_pipe("storyline_paragraphs", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name, config=(config or {}).get(name, {}))
    return nlp


def remember_lemmas(nlp: Language) -> None:
    """Let the rule lemmatizer remember every word's lemmas, not only those it read from its tables.

    spaCy's rule lemmatizer caches a word's lemmas by (word, part of speech, morphology) only where it
    looked them up in its tables; a base form (`said` is not one, `says` is not, `say` is), a proper
    noun or a punctuation mark is worked out anew at each occurrence, from the same three keys. Here
    every result is remembered under those keys, so the lemmas are the same and come faster.
    A pipeline without a rule lemmatizer is left as it is.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or not hasattr(lemmatizer, "lemmatize"):
        return
    lemmatizer.lemmatize = remembering(lemmatizer.lemmatize)


def remembering(lemmatize: Callable[[Token], list[str]]) -> Callable[[Token], list[str]]:
    """`lemmatize` (a rule lemmatizer's, which reads only a token's text, part of speech and morphology),
    remembering its result per (text, part of speech, morphology); a token without a part of speech
    (spaCy warns about it) is lemmatized each time."""
    known: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize_remembering(token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        lemmas = known.get(key)
        if lemmas is None:
            lemmas = lemmatize(token)
            if token.pos:
                known[key] = lemmas
        return lemmas

    return lemmatize_remembering


@cache
def default_nlp(user_actors: str = "") -> Language:
    """The shared pipeline of this process, built once (per user actor dictionary).

    :param user_actors: a user's actor dictionary (CSV or YAML) for `storyline_actors`; empty for none
    """
    return build_nlp(config={"storyline_actors": {"user_actors": user_actors}} if user_actors else None)

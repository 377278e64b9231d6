"""The one place that lists the pipeline's components and their order."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from storyline.config import get_settings

# Importing the modules registers their factories and the Doc extensions.
from storyline.nlp import actors, agents, events, extensions, paragraphs, quantities, quotes, time  # noqa: F401
from storyline.nlp.fast_pipes import speed_up

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
    nlp = speed_up(spacy.load(model or get_settings().spacy_model))  # the same annotations, sooner
    nlp.add_pipe("storyline_paragraphs", before="parser")
    config = {**(config or {})}
    if get_settings().wide_attributions:  # attributions without a source and glosses too (PolNeAR's convention)
        config["storyline_quotes"] = {"sourceless": True, "glosses": True, **config.get("storyline_quotes", {})}
    for name in COMPONENTS:
        nlp.add_pipe(name, config=config.get(name, {}))
    return nlp


@cache
def default_nlp(user_actors: str = "") -> Language:
    """The shared pipeline of this process, built once (per user actor dictionary).

    :param user_actors: a user's actor dictionary (CSV or YAML) for `storyline_actors`; empty for none
    """
    return build_nlp(config={"storyline_actors": {"user_actors": user_actors}} if user_actors else None)

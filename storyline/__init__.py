"""storyline: a sourced picture of a developing story from a pile of news articles.

`Storyline` (the Python API) and `build_nlp` load lazily, so that importing a submodule such as
`storyline.model` stays light.
"""

from importlib.metadata import PackageNotFoundError, version

from storyline.model import Actor, Document, Event, Export, Fact, Quantity, Quote

try:
    __version__ = version("storyline")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["Storyline", "build_nlp", "Actor", "Document", "Event", "Export", "Fact", "Quantity", "Quote"]


def __getattr__(name: str):
    if name == "Storyline":
        from storyline.core import Storyline

        return Storyline
    if name == "build_nlp":
        from storyline.nlp.pipeline import build_nlp

        return build_nlp
    raise AttributeError(f"module 'storyline' has no attribute {name!r}")

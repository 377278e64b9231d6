"""Fusion: from per-document extractions to the collection's actors and facts."""

from __future__ import annotations

from storyline.fuse.actors import resolve_actors
from storyline.fuse.facts import fuse_facts
from storyline.model import Actor, Extraction, Fact


def fuse(extractions: list[Extraction]) -> tuple[list[Actor], dict[tuple[str, str], str], list[Fact]]:
    """Resolve actors across documents, then merge events and quantities into facts.

    :param extractions: every document of the collection with what was read out of it
    :returns: canonical actors, links (document id, local actor id) → actor id, facts
    """
    actors, links = resolve_actors(extractions)
    facts = fuse_facts(extractions, links, actors)
    return actors, links, facts

"""Fusion: from per-document extractions to the collection's actors and facts."""

from __future__ import annotations

from collections.abc import Iterable

from storyline.fuse.actors import resolve_actors
from storyline.fuse.facts import fuse_facts
from storyline.model import Actor, Extraction, Fact


def fuse(
    extractions: list[Extraction], previous: Iterable[Fact] = ()
) -> tuple[list[Actor], dict[tuple[str, str], str], list[Fact]]:
    """Resolve actors across documents, then merge events, numbers and quotes into facts.

    :param extractions: every document of the collection with what was read out of it
    :param previous: the facts of the last fusion; blocks whose content is unchanged keep theirs
    :returns: canonical actors, links (document id, local actor id) → actor id, facts
    """
    actors, links = resolve_actors(extractions)
    facts = fuse_facts(extractions, links, actors, previous)
    return actors, links, facts

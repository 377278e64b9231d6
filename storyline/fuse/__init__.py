"""Collection-wide resolution: what several documents say about the same actors."""

from storyline.fuse.actors import resolve_actors

__all__ = ["resolve_actors"]

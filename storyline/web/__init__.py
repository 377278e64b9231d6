"""`storyline serve`: a local, read-only web explorer of a store, with a JSON twin of every page."""

from .app import create_app, serve

__all__ = ["create_app", "serve"]

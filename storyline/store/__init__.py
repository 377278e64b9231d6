"""The embedded store (SQLite by default) behind every reader: CLI, report, web and exports."""

from storyline.store.store import Store, StoreError

__all__ = ["Store", "StoreError"]

"""Views derived from the whole store, kept until the store changes.

The explorer only reads, so what it derives from every fact (their ranked digests) or from many
events (the overview's plots) stays valid until a build or a fusion changes the store's
signature; the first request after that computes it again.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from threading import RLock
from typing import Any, TypeVar

from storyline.store import Store
from storyline.store.pages import FactDigest

T = TypeVar("T")
MAX_ENTRIES = 256

_entries: dict[tuple, Any] = {}
_lock = RLock()  # a computation may need another cached view


def per_store(store: Store, name: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, once per store contents and `name`."""
    key = (store.url, store.get_signature(), name)
    with _lock:
        if key not in _entries:
            if len(_entries) >= MAX_ENTRIES:
                _entries.clear()
            _entries[key] = compute()
        return _entries[key]


def fact_digests(store: Store) -> list[FactDigest]:
    """Every fact, most corroborated first, lists cut short (see `Store.fact_digests`)."""
    return per_store(store, "fact_digests", store.fact_digests)


def facts_where(
    store: Store, kind: str | None = None, actors: list[str] | None = None, conflicted: bool | None = None
) -> list[FactDigest]:
    """The fact digests of a kind, involving some actors, with or without conflicts."""
    wanted = None if actors is None else set(actors)
    return [
        f for f in fact_digests(store)
        if (kind is None or f.kind == kind)
        and (wanted is None or wanted.intersection(f.actors))
        and (conflicted is None or bool(f.conflict_count) == conflicted)
    ]

"""Fusion: from per-document extractions to the collection's actors and facts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from storyline.fuse.actors import resolve_actors
from storyline.fuse.facts import fuse_facts
from storyline.fuse.incremental import DocumentFeatures
from storyline.fuse.kept_actors import ActorMemo, LinkDelta, actor_memo_key
from storyline.model import Actor, Extraction, Fact, Quantity, Quote, SharedFieldSets


def fuse(
    extractions: list[Extraction], previous: Iterable[Fact] = (),
    features: Mapping[str, DocumentFeatures] | None = None,
    fused: dict[tuple[str, str], tuple[int, list]] | None = None,
    mention_counts: Counter[tuple[str, str]] | None = None,
    quantity_blocks: dict[str, str] | None = None,
    item_blocks: dict[str, dict[str, tuple[str, str]]] | None = None,
    unread_numbers: Mapping[str, str] | None = None,
    read_numbers: Callable[[list[str]], list[Quantity]] | None = None,
    link_delta: list[LinkDelta] | None = None,
    unread_quotes: Mapping[str, tuple[str, str, str]] | None = None,
    read_quotes: Callable[[list[str]], Mapping[str, list[Quote]]] | None = None,
    quotes_keyed_under: str | None = None,
) -> tuple[list[Actor], dict[tuple[str, str], str], list[Fact]]:
    """Resolve actors across documents, then merge events, numbers and quotes into facts.

    :param extractions: every document of the collection with what was read out of it
    :param previous: the facts of the last fusion; blocks whose content is unchanged keep theirs
    :param features: document id → what an earlier fusion read of its text (`incremental.py`)
    :param fused: the blocks fused before, with the facts and story tests each made; on return, this fusion's
        (`fuse_facts`)
    :param mention_counts: (document id, local actor id) → mentions, where the store counted them
        (`resolve_actors`)
    :param quantity_blocks: number id → the blocking key an earlier fusion read of it; on return, the keys this
        fusion read (`fuse_facts`)
    :param item_blocks: filled with every event's and quote's blocking key and what it was keyed with (`fuse_facts`)
    :param unread_numbers: number id → its document, of the numbers `extractions` leave out, each keyed in
        `quantity_blocks` (`Collection.unread_numbers`); `read_numbers` reads their records by id, for the blocks fused
        again
    :param link_delta: filled with how the links differ from those of the kept resolution read among `fused`, where
        this resolution replaced it (`kept_actors.LinkDelta`), for the store to compare only those
    :param unread_quotes: quote id → (its document, kept key, what it was keyed with), of the quotes `extractions`
        leave out, keyed under the kept resolution named `quotes_keyed_under`; `read_quotes` reads a document's
        (`fuse_facts`)
    :returns: canonical actors, links (document id, local actor id) → actor id, facts
    """
    # the kept resolution (`kept_actors.resolve_kept`) is held among the fused blocks, which `fuse_facts` replaces
    memo_key = actor_memo_key()
    kept = fused.pop(memo_key, None) if fused is not None else None
    memo = ActorMemo(kept[1] if kept is not None and isinstance(kept[1], dict) else None)
    actors, links = resolve_actors(extractions, mention_counts, memo if fused is not None else None)
    if link_delta is not None and fused is not None and memo.links is not None:
        link_delta.append(memo.links)
    mention_counts = None  # counted into the actors: not held through the facts' fusion
    actors = list(map(SharedFieldSets(), actors))  # held through the facts' fusion: one set of field names
    facts = fuse_facts(extractions, links, actors, previous, features, fused, quantity_blocks, item_blocks,
                       unread_numbers, read_numbers, memo.links if fused is not None else None,
                       unread_quotes, read_quotes, quotes_keyed_under)
    if fused is not None and memo.data is not None:
        fused[memo_key] = kept if kept is not None and memo.data is kept[1] else (0, memo.data)
    return actors, links, facts

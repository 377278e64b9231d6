"""Writing a fusion's result as a difference: only the rows that changed since the last fusion.

A fusion's actors, links and facts mostly equal the last fusion's when a build adds a few documents
to a large store. Rewriting them all, and re-reading every quote and event to copy canonical actor ids
into their filter columns, costs time in proportion to the whole store; here the stored rows are
compared with the new ones and only the differences are written:

- actors and facts: deleted where gone, inserted where new, updated where their data (or a fact's
  rank) changed; where the last fusion was made by the same code, only the actors whose members (links) changed
  are compared;
- links: deleted, inserted or updated per (document, local actor);
- the canonical columns of quotes and events: rewritten for the documents whose links changed only.

The result is the same database as a full rewrite (the store tests check both paths read the same).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterable, Mapping

import sqlalchemy as sa

from storyline.model import Actor, Fact
from storyline.store import schema as t

CHUNK = 500
"""Ids per `IN (…)` list (SQLite allows 32,766 parameters, PostgreSQL 65,535)."""


def chunks(values: list, size: int = CHUNK) -> Iterable[list]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def write_actors(conn: sa.Connection, actors: list[Actor], touched: Collection[str] | None = None) -> None:
    """Write the actors that changed.

    :param touched: where the stored actors were fused by the same code, the ids of the actors whose members (the
        local actors linked to them) changed (`touched_actors`): only these are read and compared. An actor is merged
        from its members' extractions alone, which never change once stored, and every actor has a member (a link):
        one not touched is stored and unchanged, one gone or new is touched. None compares every actor"""
    new = {a.id: a for a in actors}
    stored: dict[str, object] = {}
    if touched is None:
        stored = {row.id: row.data for row in conn.execute(sa.select(t.actors.c.id, t.actors.c.data))}
        compared = actors
    else:
        for part in chunks(sorted(touched)):
            stored.update((row.id, row.data) for row in
                          conn.execute(sa.select(t.actors.c.id, t.actors.c.data).where(t.actors.c.id.in_(part))))
        compared = [a for a in actors if a.id in touched]
    gone = [i for i in stored if i not in new]
    for part in chunks(gone):
        conn.execute(t.actors.delete().where(t.actors.c.id.in_(part)))
    rows = [{"id": a.id, "name": a.name, "kind": a.kind, "data": a.model_dump(mode="json")} for a in compared]
    inserts = [r for r in rows if r["id"] not in stored]
    updates = [r for r in rows if r["id"] in stored and stored[r["id"]] != r["data"]]
    if inserts:
        conn.execute(t.actors.insert(), inserts)
    if updates:
        conn.execute(
            t.actors.update().where(t.actors.c.id == sa.bindparam("row_id"))
            .values(name=sa.bindparam("name"), kind=sa.bindparam("kind"), data=sa.bindparam("data")),
            [{"row_id": r["id"], "name": r["name"], "kind": r["kind"], "data": r["data"]} for r in updates],
        )


def write_facts(conn: sa.Connection, facts: list[Fact], unchanged: Collection[str] = ()) -> None:
    """Write the facts that changed, and the ranks that moved.

    :param unchanged: ids of facts the fusion took as the store holds them (read by `Store.facts`, not changed):
        their rows are not read or compared, only their ranks"""
    ranks = {row.id: row.rank for row in conn.execute(sa.select(t.facts.c.id, t.facts.c.rank))}
    ids = {f.id for f in facts}
    gone = [i for i in ranks if i not in ids]
    for part in chunks(gone):
        conn.execute(t.facts.delete().where(t.facts.c.id.in_(part)))
    unchanged = set(unchanged)
    compared = [f.id for f in facts if f.id in ranks and f.id not in unchanged]
    stored: dict[str, object] = {}
    for part in chunks(compared):
        stored.update((row.id, row.data) for row in
                      conn.execute(sa.select(t.facts.c.id, t.facts.c.data).where(t.facts.c.id.in_(part))))
    rows = [{"id": f.id, "kind": f.kind, "rank": i, "data": None if f.id in ranks and f.id in unchanged
             else f.model_dump(mode="json")} for i, f in enumerate(facts)]
    inserts = [r for r in rows if r["id"] not in ranks]
    changed = [r for r in rows if r["id"] in stored and stored[r["id"]] != r["data"]]
    moved = [{"id": r["id"], "rank": r["rank"]} for r in rows if r["id"] in ranks and ranks[r["id"]] != r["rank"]
             and (r["id"] in unchanged or stored[r["id"]] == r["data"])]
    if inserts:
        conn.execute(t.facts.insert(), inserts)
    if changed:
        conn.execute(
            t.facts.update().where(t.facts.c.id == sa.bindparam("row_id"))
            .values(kind=sa.bindparam("kind"), rank=sa.bindparam("rank"), data=sa.bindparam("data")),
            [{"row_id": r["id"], "kind": r["kind"], "rank": r["rank"], "data": r["data"]} for r in changed],
        )
    if moved:
        conn.execute(
            t.facts.update().where(t.facts.c.id == sa.bindparam("row_id")).values(rank=sa.bindparam("rank")),
            [{"row_id": r["id"], "rank": r["rank"]} for r in moved],
        )


def stored_links(conn: sa.Connection) -> dict[tuple[str, str], str]:
    """(document id, local actor id) → canonical actor id, as stored."""
    return {(d, local): a for d, local, a in conn.execute(sa.select(t.actor_links))}


LinkChanges = tuple[list[tuple[str, str]], list[tuple[tuple[str, str], str]], list[tuple[tuple[str, str], str]]]
"""The links gone, added and changed (key, new actor) between the stored ones and a fusion's (`link_changes`)."""


def link_changes(links: dict[tuple[str, str], str], stored: dict[tuple[str, str], str]) -> LinkChanges:
    gone = [k for k in stored if k not in links]
    added, changed = [], []
    for key, actor in links.items():
        old = stored.get(key)
        if old is None:
            added.append((key, actor))
        elif old != actor:
            changed.append((key, actor))
    return gone, added, changed


def touched_actors(changes: LinkChanges, stored: dict[tuple[str, str], str], actors: Iterable[Actor] = (),
                   links: dict[tuple[str, str], str] | None = None) -> set[str]:
    """The actors whose members differ between the stored links and a fusion's: of each local actor linked
    otherwise, added or gone, the actor it is linked to now and the one it was. Every other actor has the same
    members in both. Of `actors` (a fusion's, with its `links`), any that no link names is counted too: it has no
    member to tell whether it changed."""
    gone, added, changed = changes
    touched = {stored[k] for k in gone} | {a for _, a in added} | {a for _, a in changed} | {
        stored[k] for k, _ in changed}
    if links is not None:
        linked = set(links.values())
        touched |= {a.id for a in actors if a.id not in linked}
    return touched


def write_links(conn: sa.Connection, links: dict[tuple[str, str], str], changes: LinkChanges | None = None) -> set[str]:
    """Write the links that changed; returns the documents whose links changed.

    :param changes: the changes from the stored links, where computed already (`link_changes`)"""
    gone, added, changed = changes if changes is not None else link_changes(links, stored_links(conn))
    if gone:
        conn.execute(
            t.actor_links.delete().where(t.actor_links.c.doc == sa.bindparam("d"))
            .where(t.actor_links.c.local_actor == sa.bindparam("l")),
            [{"d": d, "l": local} for d, local in gone],
        )
    if added:
        conn.execute(t.actor_links.insert(), [{"doc": d, "local_actor": local, "actor": a} for (d, local), a in added])
    if changed:
        conn.execute(
            t.actor_links.update().where(t.actor_links.c.doc == sa.bindparam("d"))
            .where(t.actor_links.c.local_actor == sa.bindparam("l")).values(actor=sa.bindparam("a")),
            [{"d": d, "l": local, "a": a} for (d, local), a in changed],
        )
    return {d for d, _ in gone} | {d for (d, _), _ in added} | {d for (d, _), _ in changed}


def write_canonical_columns(conn: sa.Connection, links: dict[tuple[str, str], str], docs: set[str]) -> None:
    """Copy canonical actor ids into the columns that queries filter on, for the quotes and events of `docs`."""
    for part in chunks(sorted(docs)):
        quote_rows = conn.execute(
            sa.select(t.quotes.c.id, t.quotes.c.doc, t.quotes.c.data).where(t.quotes.c.doc.in_(part))).all()
        updates = [{"row_id": qid, "speaker": links.get((doc, data.get("speaker")))} for qid, doc, data in quote_rows]
        if updates:
            conn.execute(
                t.quotes.update().where(t.quotes.c.id == sa.bindparam("row_id"))
                .values(speaker=sa.bindparam("speaker")),
                updates,
            )
        event_rows = conn.execute(
            sa.select(t.events.c.id, t.events.c.doc, t.events.c.data).where(t.events.c.doc.in_(part))).all()
        updates = [
            {"row_id": eid, "source": links.get((doc, data.get("source"))),
             "target": links.get((doc, data.get("target")))}
            for eid, doc, data in event_rows
        ]
        if updates:
            conn.execute(
                t.events.update().where(t.events.c.id == sa.bindparam("row_id"))
                .values(source=sa.bindparam("source"), target=sa.bindparam("target")),
                updates,
            )


def write_fused_blocks(conn: sa.Connection, blocks: dict[tuple[str, str], tuple[int, list]]) -> None:
    """Keep the blocks of this fusion (name, signature, facts made; of a quantity or quote block, its parts in
    `trace`: `fuse.parts`) and what its act joins made (`fuse.facts`: `joinable|…`, `clusters|…`, `act|…`, their
    data in `trace`), deleting earlier ones.

    A row's key digests all four, so a block fused again (a story test answered otherwise) gets a new row. A new
    row's trace is written to JSON once (`write_json`, as the column keeps it), its text both digested and stored."""
    rows = {}
    for (name, signature), (made, trace, *kept) in blocks.items():
        if kept:  # as read from the store (`Store.fused_blocks`): its key is known
            rows[kept[0]] = (name, signature, made, None)
            continue
        # a block's story tests; an act word's groups and tests (`acts.join_acts`): a mapping, kept as it is
        text = t.write_json(trace if isinstance(trace, dict) else [list(test) for test in trace])
        content = json.dumps([name, signature, made]) + "\0" + text
        rows[hashlib.sha1(content.encode()).hexdigest()] = (name, signature, made, text)
    stored = set(conn.scalars(sa.select(t.fused_blocks.c.key)))
    gone = [k for k in stored if k not in rows]
    for part in chunks(gone):
        conn.execute(t.fused_blocks.delete().where(t.fused_blocks.c.key.in_(part)))
    inserts = [{"key": k, "name": name, "signature": signature, "facts": made, "trace": text}
               for k, (name, signature, made, text) in rows.items() if k not in stored]
    # the JSON's text as it is (cast on PostgreSQL, where text is not json)
    trace = sa.bindparam("trace", type_=sa.Text)
    insert = t.fused_blocks.insert().values(
        trace=trace if conn.dialect.name == "sqlite" else sa.cast(trace, t.fused_blocks.c.trace.type))
    for part in chunks(inserts, 100):
        conn.execute(insert, part)


def write_quantity_blocks(conn: sa.Connection, blocks: dict[str, str]) -> None:
    """Keep the blocking keys a fusion read of numbers (`Store.quantity_blocks`): number id → key."""
    if blocks:
        conn.execute(t.quantities.update().where(t.quantities.c.id == sa.bindparam("quantity"))
                     .values(block=sa.bindparam("key")),
                     [{"quantity": quantity, "key": key} for quantity, key in sorted(blocks.items())])


def write_item_blocks(conn: sa.Connection, blocks: Mapping[str, Mapping[str, tuple[str, str]]],
                      docs: Collection[str] = (), touched: Collection[str] | None = None) -> None:
    """Keep the blocking keys a fusion read of events and quotes, with what each was keyed with (`Store.item_blocks`).

    An item's key depends on the item, the canonical actors its sides are linked to and those actors' records (a
    country is a side's level; a person names a one-sided event), and the code. Where the stored keys were read by
    the same code and the stored actors made by it, an actor whose members did not change is the same actor
    (`touched_actors`), so only these items are compared with what the store keeps (`keyed_otherwise`), and written
    where they differ: those without a key, those of the documents whose links changed, and those keyed with an
    actor that changed or with a side no link names.

    :param blocks: `events`, `quotes` → item id → (key, keyed), of every event and quote
    :param docs: the documents whose links changed
    :param touched: the actors whose members changed, where the keys and actors were made by the same code; None:
        every item is written
    """
    for name, table in (("events", t.events), ("quotes", t.quotes)):
        items = blocks.get(name, {})
        if touched is not None and items:
            maybe = keyed_otherwise(conn, table, docs, touched)
            items = {item: keyed for item, keyed in items.items() if item in maybe and maybe[item] != keyed}
        rows = [{"item": item, "key": key, "keyed": keyed} for item, (key, keyed) in sorted(items.items())]
        if rows:
            conn.execute(table.update().where(table.c.id == sa.bindparam("item"))
                         .values(block=sa.bindparam("key"), keyed=sa.bindparam("keyed")), rows)


def keyed_otherwise(conn: sa.Connection, table: sa.Table, docs: Collection[str],
                    touched: Collection[str]) -> dict[str, tuple[str | None, str | None]]:
    """The events or quotes whose key may have changed (`write_item_blocks`), each with its stored (key, keyed): those
    without a key, those of `docs`, and those keyed with one of the actors `touched` (a quote's speaker as keyed; an
    event's canonical source or target, or a side no link names: its own id is its level)."""
    columns = (table.c.id, table.c.block, table.c.keyed)
    conditions = [table.c.block.is_(None)]
    if table is t.events:  # a side no link names (its local id, as the event names it, is what it was keyed with)
        conditions += [sa.and_(table.c[side].is_(None), table.c.data[side].as_string().is_not(None))
                       for side in ("source", "target")]
    maybe = {row.id: (row.block, row.keyed) for row in conn.execute(sa.select(*columns).where(sa.or_(*conditions)))}
    by_actor = [table.c.keyed] if table is t.quotes else [table.c.source, table.c.target]
    for column, values in ((table.c.doc, docs), *((c, touched) for c in by_actor)):
        for part in chunks(sorted(values)):
            maybe.update((row.id, (row.block, row.keyed)) for row in conn.execute(
                sa.select(*columns).where(column.in_(part))))
    return maybe

"""Plain tables of the store's records, for terminal listings (`storyline show`)."""

from __future__ import annotations

import csv
import io
import json

from storyline.fuse.timeline import order_by_time
from storyline.store import Store


def resolve_actor_ids(store: Store, actor: str) -> list[str]:
    """Actor ids matching a name, alias or id; raises LookupError with what to try."""
    found = store.find_actors(actor)
    if not found:
        raise LookupError(f"no actor named {actor!r}: list them with `storyline show actors`")
    return [a.id for a in found]


def table_rows(
    store: Store, what: str, actor: str | None = None, event_type: str | None = None
) -> tuple[list[str], list[list[str]]]:
    """Column names and rows of strings for `actors`, `events`, `quotes` or `facts`.

    :param store: the store to read
    :param what: which records
    :param actor: only records involving this actor (name, alias or id)
    :param event_type: only events of this PLOVER type
    :raises LookupError: where the actor is unknown
    """
    actor_ids = resolve_actor_ids(store, actor) if actor else None
    names = {a.id: a.name for a in store.actors()}

    def name(actor_id: str | None) -> str:
        return names.get(actor_id, actor_id) if actor_id else "–"

    if what == "actors":
        rows = [
            [a.id, a.name, a.kind, a.country or "–", a.sector or "–", "; ".join(a.roles), ", ".join(a.aliases)]
            for a in store.actors()
            if actor_ids is None or a.id in actor_ids
        ]
        return ["id", "name", "kind", "country", "sector", "roles", "aliases"], rows
    if what == "events":
        rows = [
            [e.type, e.mode or "–", ",".join(e.context) or "–", name(e.source), name(e.target), e.object or "–",
             e.status, e.when.text if e.when else "–", e.doc]
            for e in order_by_time(store.events_where(types=[event_type] if event_type else None, actors=actor_ids))
        ]
        return ["type", "mode", "context", "source", "target", "object", "status", "when", "document"], rows
    if what == "quotes":
        rows = [
            [name(q.speaker), q.cue, q.stance, "direct" if q.direct else "reported", q.text, q.doc]
            for q in store.quotes_where(speakers=actor_ids)
        ]
        return ["speaker", "cue", "stance", "kind", "text", "document"], rows
    if what == "facts":
        rows = [
            [f.kind, f.summary, str(len(f.documents)), str(f.independent_sources), str(len(f.conflicts))]
            for f in store.facts()
            if actor_ids is None or set(actor_ids) & set(f.actors)
        ]
        return ["kind", "summary", "documents", "independent", "conflicts"], rows
    raise LookupError(f"cannot show {what!r}: choose actors, events, quotes or facts")


def render_rows(columns: list[str], rows: list[list[str]], fmt: str) -> str:
    """Rows as `json` (a list of objects), `csv`, or `tsv` (tabs and newlines inside cells become spaces).

    :param columns: the column names
    :param rows: rows of strings, one per column
    :param fmt: json, csv or tsv
    """
    if fmt == "json":
        return json.dumps([dict(zip(columns, row, strict=True)) for row in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buffer.getvalue()
    if fmt == "tsv":
        def clean(cell: str) -> str:
            return " ".join(str(cell).replace("\t", " ").splitlines())

        return "".join("\t".join(clean(cell) for cell in row) + "\n" for row in [columns, *rows])
    raise ValueError(f"unknown row format {fmt!r}: choose table, json, csv or tsv")

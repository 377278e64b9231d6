"""Flat tables of an export, one per record kind: the rows behind CSV and Parquet.

Every table is a list of dicts with the same keys in the same order, cells plain scalars (lists
joined with `;`), so that pandas, DuckDB, spreadsheets and R read them without a schema.
`events` keeps the POLECAT-style columns the event CSV always had.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from storyline.model import Export

TABLES = ("documents", "actors", "quotes", "events", "quantities", "times", "facts")

EVENT_COLUMNS = [
    "event_id", "story_date", "event_date_start", "event_date_end", "event_date_text",
    "event_type", "event_mode", "contexts", "status",
    "source_actor_id", "source_actor", "source_country", "source_sector", "source_kind",
    "target_actor_id", "target_actor", "target_country", "target_sector", "target_kind",
    "object", "quantity_text", "quantity_low", "quantity_high",
    "reported_by", "doc", "outlet", "url", "evidence", "reason",
]


def _cell(value):
    """A scalar for one cell: lists joined with `;`, nested records as their id or text."""
    if isinstance(value, list):
        return ";".join(str(_cell(v)) for v in value)
    if isinstance(value, dict):
        return value.get("id") or value.get("text") or ";".join(f"{k}={v}" for k, v in value.items())
    return value


def _plain_rows(records: list[dict]) -> Iterator[dict]:
    for record in records:
        yield {key: _cell(value) for key, value in record.items()}


def event_rows(export: Export) -> Iterator[dict]:
    """One row per event, POLECAT-style columns (`EVENT_COLUMNS`), actors named and placed."""
    actors = {a.id: a for a in export.actors}
    documents = {d.id: d for d in export.documents}
    quantities = {q.id: q for q in export.quantities}
    for e in export.events:
        doc = documents.get(e.doc)
        quantity = quantities.get(e.quantity or "")
        row = {
            "event_id": e.id, "story_date": doc.published if doc else None,
            "event_date_start": e.when.start if e.when else None, "event_date_end": e.when.end if e.when else None,
            "event_date_text": e.when.text if e.when else None,
            "event_type": e.type, "event_mode": e.mode, "contexts": ";".join(e.context), "status": e.status,
            "object": e.object,
            "quantity_text": quantity.text if quantity else None,
            "quantity_low": quantity.low if quantity else None, "quantity_high": quantity.high if quantity else None,
            "reported_by": actors[e.reported_by].name if e.reported_by in actors else e.reported_by,
            "doc": e.doc, "outlet": doc.outlet if doc else None, "url": doc.url if doc else None,
            "evidence": doc.text[e.start : e.end] if doc else None, "reason": e.reason,
        }
        for side, actor_id in (("source", e.source), ("target", e.target)):
            actor = actors.get(actor_id or "")
            row[f"{side}_actor_id"] = actor_id
            row[f"{side}_actor"] = actor.name if actor else None
            row[f"{side}_country"] = actor.country if actor else None
            row[f"{side}_sector"] = actor.sector if actor else None
            row[f"{side}_kind"] = actor.kind if actor else None
        yield {column: row.get(column) for column in EVENT_COLUMNS}


def quote_rows(export: Export) -> Iterator[dict]:
    """One row per quote, with the speaker's canonical name beside its id."""
    names = {a.id: a.name for a in export.actors}
    for row in _plain_rows(export.to_dict()["quotes"]):
        row["speaker_name"] = names.get(row.get("speaker") or "")
        yield row


def fact_rows(export: Export) -> Iterator[dict]:
    """One row per fact: its counts beside the member, document and origin lists."""
    for fact, row in zip(export.facts, _plain_rows(export.to_dict()["facts"]), strict=True):
        row["n_documents"] = len(fact.documents)
        row["n_conflicts"] = len(fact.conflicts)
        row["conflicts"] = ";".join(f"{c.a}|{c.b}|{c.why}" for c in fact.conflicts)
        yield row


def _records(name: str) -> Callable[[Export], Iterator[dict]]:
    def rows(export: Export) -> Iterator[dict]:
        yield from _plain_rows(export.to_dict().get(name, []))

    return rows


ROWS: dict[str, Callable[[Export], Iterator[dict]]] = {
    "documents": _records("documents"),
    "actors": _records("actors"),
    "quotes": quote_rows,
    "events": event_rows,
    "quantities": _records("quantities"),
    "times": _records("times"),
    "facts": fact_rows,
}


def _model_columns(name: str) -> list[str]:
    """The fields of the records a table holds, so that an empty table still has its header."""
    field = Export.model_fields.get(name)
    args = getattr(field.annotation, "__args__", ()) if field else ()
    model = args[0] if args and hasattr(args[0], "model_fields") else None
    return list(model.model_fields) if model else ["id"]


def table(export: Export, name: str) -> tuple[list[str], list[dict]]:
    """Column names and rows of one table (`TABLES`); every row has every column.

    :param export: the export to flatten
    :param name: one of `TABLES`
    :raises ValueError: for an unknown table
    """
    if name not in ROWS:
        raise ValueError(f"unknown table {name!r}: choose one of {', '.join(TABLES)}")
    rows = list(ROWS[name](export))
    columns = list(EVENT_COLUMNS) if name == "events" else _model_columns(name)
    for row in rows:
        columns.extend(key for key in row if key not in columns)
    return columns, [{column: row.get(column) for column in columns} for row in rows]

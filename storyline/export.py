"""Exports of the `Export` model: JSON (the storyline/1 contract), JSON Lines, and event CSV.

The CSV has one row per event with POLECAT-style columns (event and story dates, type, mode,
contexts, source/target actor with country and sector), for event-data research.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from storyline.model import Export

FORMATS = ("json", "jsonl", "csv")

CSV_COLUMNS = [
    "event_id", "story_date", "event_date_start", "event_date_end", "event_date_text",
    "event_type", "event_mode", "contexts", "status",
    "source_actor_id", "source_actor", "source_country", "source_sector", "source_kind",
    "target_actor_id", "target_actor", "target_country", "target_sector", "target_kind",
    "object", "quantity_text", "quantity_low", "quantity_high",
    "reported_by", "doc", "outlet", "url", "evidence", "reason",
]


def export_json(export: Export, indent: int | None = 2) -> str:
    """The storyline/1 JSON object, exactly as the contract lists it (plus extra fields)."""
    return json.dumps(export.to_dict(), ensure_ascii=False, indent=indent)


def export_jsonl_lines(export: Export) -> Iterator[str]:
    """One JSON object per line, each with a `record` key naming its list (`document`, `event` …)."""
    data = export.to_dict()
    for key, record in (("documents", "document"), ("actors", "actor"), ("quotes", "quote"),
                        ("events", "event"), ("quantities", "quantity"), ("times", "time"), ("facts", "fact")):
        for item in data[key]:
            yield json.dumps({"record": record, **item}, ensure_ascii=False)


def export_csv(export: Export) -> str:
    """One row per event, POLECAT-style columns (see `CSV_COLUMNS`)."""
    actors = {a.id: a for a in export.actors}
    documents = {d.id: d for d in export.documents}
    quantities = {q.id: q for q in export.quantities}
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
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
        writer.writerow(row)
    return buffer.getvalue()


def render_export(export: Export, fmt: str) -> str:
    """The export as text in one of `FORMATS`."""
    if fmt == "json":
        return export_json(export)
    if fmt == "jsonl":
        return "".join(line + "\n" for line in export_jsonl_lines(export))
    if fmt == "csv":
        return export_csv(export)
    raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")

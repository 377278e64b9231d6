"""One document's rows as the store writes them (`stored_rows`), and a record read back from its JSON column
(`validated`): the store's helpers that talk no SQL, apart from `Store` (`store.py`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pydantic

from storyline.model import Document, Extraction, R
from storyline.store.schema import write_json


@dataclass
class StoredRows:
    """One document's rows as `Store.add_extractions` inserts them, JSON columns written as text (`stored_rows`).

    A build's worker processes make them beside each extraction and send them instead of the records: plain
    dicts of text pickle and unpickle several times faster than the pydantic records, and the writing process
    then neither dumps nor serializes them (bbc300: 0.13 s of unpickling in the writer, 0.06 s of pickling)."""

    document: Document
    rows: dict[str, list[dict]]
    """Table name → its rows, in the order of the extraction's records."""


def stored_rows(ex: Extraction | StoredRows) -> StoredRows:
    """The rows of one document and what was read out of it, table by table (`StoredRows`)."""
    if isinstance(ex, StoredRows):
        return ex
    doc = ex.document
    d = doc.id
    mentioned = Counter(m.actor for m in ex.mentions)
    return StoredRows(doc, {
        "documents": [{"id": d, "content_hash": doc.content_hash, "published": doc.published, "outlet": doc.outlet,
                       "data": _json(doc)}],
        "sentences": [s.model_dump(exclude={"index"}) | {"idx": s.index} for s in ex.sentences],
        "local_actors": [{"doc": d, "id": a.id, "data": _json(a), "mentions": mentioned.get(a.id, 0)}
                         for a in ex.local_actors],
        "mentions": [{"doc": d, "start": m.start, "end": m.end, "text": m.text, "local_actor": m.actor}
                     for m in ex.mentions],
        "quotes": [{"id": q.id, "doc": d, "data": _json(q)} for q in ex.quotes],
        "events": [{"id": e.id, "doc": d, "type": e.type, "status": e.status, "data": _json(e)} for e in ex.events],
        "quantities": [{"id": q.id, "doc": d, "item": q.item, "data": _json(q)} for q in ex.quantities],
        "times": [{"doc": d, "id": x.id, "type": x.type, "data": _json(x)} for x in ex.times],
    })


def _json(record: pydantic.BaseModel) -> str:
    """A record's `data` column: its JSON data as text (`write_json`)."""
    return write_json(record.model_dump(mode="json"))


def validated(model: type[R], data: str | bytes | dict) -> R:
    """A record of a JSON column read as text (`Store._json_text`): parsed straight into the model, no dict of it in
    between (a dict, where a driver hands one over, validated as it is)."""
    return model.model_validate_json(data) if isinstance(data, str | bytes) else model.model_validate(data)

"""Exports of the `Export` model, each for the tool that opens it.

- `json`: the storyline/1 contract; `jsonl`: one record per line, each with a `record` key;
- `csv`: one table (`events` by default, with POLECAT-style columns; also `documents`, `actors`,
  `quotes`, `quantities`, `times`, `facts`) for spreadsheets and pandas;
- `parquet`: every table as one Parquet file in a folder (pyarrow), for pandas, DuckDB, R and Spark;
- `graphml`, `gexf`: the actor network for Gephi, Cytoscape and networkx;
- `polecat`: events as PLOVER/POLECAT JSON Lines, for event-data tooling.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

from storyline.model import Export

from .tables import EVENT_COLUMNS, TABLES, table

FORMATS = ("json", "jsonl", "csv", "parquet", "graphml", "gexf", "polecat")
TEXT_FORMATS = tuple(f for f in FORMATS if f != "parquet")
CSV_COLUMNS = EVENT_COLUMNS


def export_json(export: Export, indent: int | None = 2) -> str:
    """The storyline/1 JSON object, exactly as the contract lists it (plus extra fields)."""
    return json.dumps(export.to_dict(), ensure_ascii=False, indent=indent)


def export_jsonl_lines(export: Export) -> Iterator[str]:
    """One JSON object per line, each with a `record` key naming its list (`document`, `event` …)."""
    data = export.to_dict()
    for key, value in data.items():
        if isinstance(value, list):
            record = "quantity" if key == "quantities" else key.removesuffix("s")
            for item in value:
                yield json.dumps({"record": record, **item}, ensure_ascii=False)


def export_csv(export: Export, name: str = "events") -> str:
    """One table as CSV (see `tables.TABLES`): by default one row per event, POLECAT-style columns."""
    columns, rows = table(export, name)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def export_parquet(export: Export, folder: str | Path) -> list[Path]:
    """Every table (`tables.TABLES`) as `<folder>/<table>.parquet`; returns the paths written.

    Example: ``pandas.read_parquet("out/events.parquet")``
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in TABLES:
        columns, rows = table(export, name)
        arrays = {column: [row[column] for row in rows] for column in columns}
        data = pa.table(arrays) if rows else pa.table({c: pa.array([], pa.string()) for c in columns})
        path = folder / f"{name}.parquet"
        pq.write_table(data, path)
        paths.append(path)
    return paths


def render_export(export: Export, fmt: str, table_name: str = "events") -> str:
    """The export as text in one of `TEXT_FORMATS` (`table_name` picks the CSV table)."""
    if fmt == "json":
        return export_json(export)
    if fmt == "jsonl":
        return "".join(line + "\n" for line in export_jsonl_lines(export))
    if fmt == "csv":
        return export_csv(export, table_name)
    if fmt == "graphml":
        from .network import export_graphml

        return export_graphml(export)
    if fmt == "gexf":
        from .network import export_gexf

        return export_gexf(export)
    if fmt == "polecat":
        from .polecat import export_polecat

        return export_polecat(export)
    if fmt == "parquet":
        raise ValueError("parquet writes one file per table: give a folder with --out")
    raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")

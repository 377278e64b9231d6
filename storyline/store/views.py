"""Readable SQL views over the store, for Datasette, DuckDB and any SQL client (SQLite).

The record tables keep each record as JSON in `data`; these views spell out the columns an analyst
reads, with actor names beside actor ids and counts beside lists:

- `events_readable`: one row per event, source and target named, its evidence sentence;
- `quotes_readable`: one row per quote, its speaker named;
- `facts_readable`: one row per fact, with its number of documents, independent sources, conflicts;
- `documents_readable`: one row per document, without its text.

`datasette_metadata()` describes them (titles, descriptions, facets) for `datasette -m`.
"""

from __future__ import annotations

from functools import cache

import sqlalchemy as sa

from storyline.resources import load_resource

VIEWS = {
    "events_readable": """
        SELECT e.id, e.doc, e.type, json_extract(e.data, '$.mode') AS mode, e.status,
               e.source, src.name AS source_name, e.target, tgt.name AS target_name,
               json_extract(e.data, '$.object') AS object,
               json_extract(e.data, '$.when.text') AS "when",
               json_extract(e.data, '$.when.start') AS when_start,
               json_extract(e.data, '$.when.end') AS when_end,
               d.published, d.outlet,
               substr(json_extract(d.data, '$.text'), json_extract(e.data, '$.start') + 1,
                      json_extract(e.data, '$.end') - json_extract(e.data, '$.start')) AS evidence
        FROM events e
        LEFT JOIN actors src ON src.id = e.source
        LEFT JOIN actors tgt ON tgt.id = e.target
        LEFT JOIN documents d ON d.id = e.doc""",
    "quotes_readable": """
        SELECT q.id, q.doc, q.speaker, a.name AS speaker_name,
               json_extract(q.data, '$.speaker_text') AS speaker_text,
               json_extract(q.data, '$.cue') AS cue, json_extract(q.data, '$.text') AS text,
               json_extract(q.data, '$.direct') AS direct, json_extract(q.data, '$.stance') AS stance,
               d.published, d.outlet
        FROM quotes q
        LEFT JOIN actors a ON a.id = q.speaker
        LEFT JOIN documents d ON d.id = q.doc""",
    "facts_readable": """
        SELECT f.id, f.kind, f.rank, json_extract(f.data, '$.summary') AS summary,
               json_array_length(json_extract(f.data, '$.documents')) AS documents,
               json_extract(f.data, '$.independent_sources') AS independent_sources,
               json_array_length(json_extract(f.data, '$.conflicts')) AS conflicts,
               json_array_length(json_extract(f.data, '$.members')) AS members,
               json_extract(f.data, '$.circular') AS circular,
               json_extract(f.data, '$.first_published') AS first_published,
               json_extract(f.data, '$.last_published') AS last_published
        FROM facts f""",
    "documents_readable": """
        SELECT d.id, json_extract(d.data, '$.title') AS title, d.outlet, d.published,
               json_extract(d.data, '$.url') AS url, length(json_extract(d.data, '$.text')) AS characters
        FROM documents d""",
}


def create_views(conn: sa.Connection) -> None:
    """Create the readable views where they do not exist yet (SQLite, which Datasette reads; none on PostgreSQL)."""
    if conn.dialect.name != "sqlite":
        return
    for name, select in VIEWS.items():
        conn.exec_driver_sql(f"CREATE VIEW IF NOT EXISTS {name} AS {select}")


def datasette_metadata(database: str = "storyline") -> dict:
    """Datasette metadata for a storyline store: titles, descriptions and facets of tables and views.

    Example: ``storyline datasette-metadata --db story.db > metadata.json; datasette story.db -m metadata.json``

    :param database: Datasette's name of the store: the file's stem (`story` for `story.db`)
    """
    data = dict(_metadata())
    tables = data.pop("tables")
    return {**data, "databases": {database: {"tables": tables}}}


@cache
def _metadata() -> dict:
    return load_resource("datasette.yaml")

"""Full-text search of sentences, one implementation per backend.

- SQLite: an FTS5 table `sentence_search` filled beside `sentences`; each word of the user's text is
  quoted, so `U.S.` or a stray `"` never breaks the query syntax.
- PostgreSQL: a GIN index on `to_tsvector('english', text)` of `sentences`, queried with
  `websearch_to_tsquery` (which accepts any user text: quotes, `-word`, `or`) and ranked by `ts_rank`.

`Store` calls these with an open connection; only this module knows the SQL of each.
"""

from __future__ import annotations

import sqlalchemy as sa

TS_CONFIG = "english"
"""The PostgreSQL text search configuration (stemming and stop words), fixed so the index can use it."""

SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS sentence_search "
    "USING fts5(text, doc UNINDEXED, start UNINDEXED, end UNINDEXED)"
)
POSTGRES_CREATE = (
    f"CREATE INDEX IF NOT EXISTS sentences_fts ON sentences USING GIN (to_tsvector('{TS_CONFIG}', text))"
)


def create_search(conn: sa.Connection) -> None:
    """Create the backend's search structure where it is missing."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        conn.exec_driver_sql(SQLITE_CREATE)
    elif dialect == "postgresql":
        conn.exec_driver_sql(POSTGRES_CREATE)


def index_sentences(conn: sa.Connection, rows: list[tuple[str, str, int, int]]) -> None:
    """Make stored sentences searchable: (text, doc, start, end). PostgreSQL's index follows by itself."""
    if rows and conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO sentence_search (text, doc, start, end) VALUES (?, ?, ?, ?)", rows)


def fts_query(text: str) -> str:
    """Quote each word so user text never breaks FTS5 syntax (`U.S.`, `-`, `"`)."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"' for w in words) or '""'


def search_rows(conn: sa.Connection, text: str, limit: int, offset: int = 0) -> list[tuple[str, int, int, str]]:
    """(doc, start, end, text) of the sentences matching `text`, best first."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        return [tuple(r) for r in conn.exec_driver_sql(
            "SELECT doc, start, end, text FROM sentence_search WHERE sentence_search MATCH ? "
            "ORDER BY rank LIMIT ? OFFSET ?",
            (fts_query(text), limit, offset),
        )]
    if dialect == "postgresql":
        return [tuple(r) for r in conn.execute(sa.text(
            f"SELECT doc, start, \"end\", text FROM sentences "
            f"WHERE to_tsvector('{TS_CONFIG}', text) @@ websearch_to_tsquery('{TS_CONFIG}', :q) "
            f"ORDER BY ts_rank(to_tsvector('{TS_CONFIG}', text), websearch_to_tsquery('{TS_CONFIG}', :q)) DESC, "
            "doc, idx LIMIT :limit OFFSET :offset"
        ), {"q": text, "limit": limit, "offset": offset})]
    from storyline.store import schema as t

    return [tuple(r) for r in conn.execute(
        sa.select(t.sentences.c.doc, t.sentences.c.start, t.sentences.c.end, t.sentences.c.text)
        .where(t.sentences.c.text.icontains(text, autoescape=True))
        .order_by(t.sentences.c.doc, t.sentences.c.idx).limit(limit).offset(offset)
    )]


def count_matching(conn: sa.Connection, text: str) -> int:
    """How many sentences `search_rows` pages through."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        return conn.exec_driver_sql(
            "SELECT count(*) FROM sentence_search WHERE sentence_search MATCH ?", (fts_query(text),)
        ).scalar() or 0
    if dialect == "postgresql":
        return conn.execute(sa.text(
            f"SELECT count(*) FROM sentences "
            f"WHERE to_tsvector('{TS_CONFIG}', text) @@ websearch_to_tsquery('{TS_CONFIG}', :q)"
        ), {"q": text}).scalar() or 0
    from storyline.store import schema as t

    return conn.scalar(sa.select(sa.func.count()).select_from(t.sentences)
                       .where(t.sentences.c.text.icontains(text, autoescape=True))) or 0

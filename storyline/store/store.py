"""`Store`: the only code that talks to the database.

Writers come in single/batch pairs (`add_extraction` calls `add_extractions`); each batch is one
transaction, so an interrupted build leaves whole documents only, and a rerun skips the documents
already stored (by content hash). Readers return the pydantic records of `storyline.model`, with
the canonical actor ids that the last fusion linked to each document's local actors.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import sqlalchemy as sa

from storyline.model import (
    Actor,
    Document,
    Event,
    Extraction,
    Fact,
    LocalActor,
    Mention,
    Quantity,
    Quote,
    Sentence,
    TimeExpression,
)
from storyline.store import schema as t


class StoreError(Exception):
    """A store that cannot be opened or written; the message says what to do."""


def database_url(db: str | Path) -> str:
    """A path means SQLite; anything with `://` is passed to SQLAlchemy as is."""
    text = str(db)
    return text if "://" in text else f"sqlite:///{Path(text).expanduser()}"


class Store:
    """A storyline store: documents, what was read out of them, and the fused picture.

    Example: `store = Store("storyline.db"); store.add_extractions(extractions); store.facts()`

    :param db: a SQLite file path, or a SQLAlchemy URL (`postgresql://…`)
    :raises StoreError: where the database cannot be opened
    """

    def __init__(self, db: str | Path = "storyline.db"):
        self.url = database_url(db)
        try:
            self.engine = sa.create_engine(self.url)
            if self.is_sqlite:
                sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            t.metadata.create_all(self.engine)
            if self.is_sqlite:
                with self.engine.begin() as conn:
                    conn.exec_driver_sql(
                        "CREATE VIRTUAL TABLE IF NOT EXISTS sentence_search "
                        "USING fts5(text, doc UNINDEXED, start UNINDEXED, end UNINDEXED)"
                    )
        except sa.exc.SQLAlchemyError as error:
            raise StoreError(f"cannot open the store {db}: {error.__class__.__name__}: {error}") from error
        self._links: dict[tuple[str, str], str] | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    # ---- writers

    def known_hashes(self) -> set[str]:
        """Content hashes of the stored documents: a build skips these."""
        with self.engine.connect() as conn:
            return set(conn.scalars(sa.select(t.documents.c.content_hash)))

    def add_extraction(self, extraction: Extraction) -> None:
        """Store one document and everything read out of it."""
        self.add_extractions([extraction])

    def add_extractions(self, extractions: Iterable[Extraction]) -> int:
        """Store a batch of documents in one transaction; returns how many were new."""
        added = 0
        with self.engine.begin() as conn:
            known = set(conn.scalars(sa.select(t.documents.c.id)))
            for ex in extractions:
                if ex.document.id in known:
                    continue
                self._insert_extraction(conn, ex)
                known.add(ex.document.id)
                added += 1
        self._links = None
        return added

    def _insert_extraction(self, conn: sa.Connection, ex: Extraction) -> None:
        doc = ex.document
        conn.execute(
            t.documents.insert(),
            {"id": doc.id, "content_hash": doc.content_hash, "published": doc.published,
             "outlet": doc.outlet, "data": doc.model_dump(mode="json")},
        )
        rows = {
            t.sentences: [s.model_dump(exclude={"index"}) | {"idx": s.index} for s in ex.sentences],
            t.local_actors: [{"doc": doc.id, "id": a.id, "data": a.model_dump(mode="json")} for a in ex.local_actors],
            t.mentions: [
                {"doc": doc.id, "start": m.start, "end": m.end, "text": m.text, "local_actor": m.actor}
                for m in ex.mentions
            ],
            t.quotes: [{"id": q.id, "doc": doc.id, "data": q.model_dump(mode="json")} for q in ex.quotes],
            t.events: [
                {"id": e.id, "doc": doc.id, "type": e.type, "status": e.status, "data": e.model_dump(mode="json")}
                for e in ex.events
            ],
            t.quantities: [
                {"id": q.id, "doc": doc.id, "item": q.item, "data": q.model_dump(mode="json")} for q in ex.quantities
            ],
            t.times: [{"doc": doc.id, "data": x.model_dump(mode="json")} for x in ex.times],
        }
        for table, batch in rows.items():
            if batch:
                conn.execute(table.insert(), batch)
        if self.is_sqlite and ex.sentences:
            conn.exec_driver_sql(
                "INSERT INTO sentence_search (text, doc, start, end) VALUES (?, ?, ?, ?)",
                [(s.text, s.doc, s.start, s.end) for s in ex.sentences],
            )

    def replace_fusion(self, actors: list[Actor], links: dict[tuple[str, str], str], facts: list[Fact]) -> None:
        """Replace the collection-wide picture in one transaction.

        :param actors: the canonical actors
        :param links: (document id, local actor id) → canonical actor id
        :param facts: the facts, most corroborated first
        """
        with self.engine.begin() as conn:
            for table in (t.actors, t.actor_links, t.facts):
                conn.execute(table.delete())
            if actors:
                conn.execute(
                    t.actors.insert(),
                    [{"id": a.id, "name": a.name, "kind": a.kind, "data": a.model_dump(mode="json")} for a in actors],
                )
            if links:
                conn.execute(
                    t.actor_links.insert(),
                    [{"doc": d, "local_actor": local, "actor": actor} for (d, local), actor in links.items()],
                )
            if facts:
                conn.execute(
                    t.facts.insert(),
                    [{"id": f.id, "kind": f.kind, "rank": i, "data": f.model_dump(mode="json")}
                     for i, f in enumerate(facts)],
                )
            self._write_canonical_columns(conn, links)
        self._links = dict(links)

    def _write_canonical_columns(self, conn: sa.Connection, links: dict[tuple[str, str], str]) -> None:
        """Copy canonical actor ids into the columns that queries filter on."""
        quote_rows = conn.execute(sa.select(t.quotes.c.id, t.quotes.c.doc, t.quotes.c.data)).all()
        updates = [
            {"row_id": qid, "speaker": links.get((doc, data.get("speaker")))}
            for qid, doc, data in quote_rows
        ]
        if updates:
            conn.execute(
                t.quotes.update().where(t.quotes.c.id == sa.bindparam("row_id")).values(speaker=sa.bindparam("speaker")),
                updates,
            )
        event_rows = conn.execute(sa.select(t.events.c.id, t.events.c.doc, t.events.c.data)).all()
        updates = [
            {"row_id": eid, "source": links.get((doc, data.get("source"))),
             "target": links.get((doc, data.get("target")))}
            for eid, doc, data in event_rows
        ]
        if updates:
            conn.execute(
                t.events.update()
                .where(t.events.c.id == sa.bindparam("row_id"))
                .values(source=sa.bindparam("source"), target=sa.bindparam("target")),
                updates,
            )

    # ---- readers

    def links(self) -> dict[tuple[str, str], str]:
        """(document id, local actor id) → canonical actor id, from the last fusion."""
        if self._links is None:
            with self.engine.connect() as conn:
                self._links = {(d, local): a for d, local, a in conn.execute(sa.select(t.actor_links))}
        return self._links

    def count(self, table_name: str) -> int:
        table = t.metadata.tables[table_name]
        with self.engine.connect() as conn:
            return conn.scalar(sa.select(sa.func.count()).select_from(table)) or 0

    def documents(self) -> list[Document]:
        with self.engine.connect() as conn:
            rows = conn.scalars(sa.select(t.documents.c.data).order_by(t.documents.c.id))
            return [Document.model_validate(d) for d in rows]

    def get_document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as conn:
            data = conn.scalar(sa.select(t.documents.c.data).where(t.documents.c.id == doc_id))
        return Document.model_validate(data) if data else None

    def sentences(self, doc_id: str) -> list[Sentence]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(t.sentences).where(t.sentences.c.doc == doc_id).order_by(t.sentences.c.idx)
            ).mappings()
            return [Sentence(doc=r["doc"], index=r["idx"], start=r["start"], end=r["end"], text=r["text"]) for r in rows]

    def actors(self) -> list[Actor]:
        with self.engine.connect() as conn:
            return [Actor.model_validate(d) for d in conn.scalars(sa.select(t.actors.c.data).order_by(t.actors.c.id))]

    def get_actor(self, actor_id: str) -> Actor | None:
        with self.engine.connect() as conn:
            data = conn.scalar(sa.select(t.actors.c.data).where(t.actors.c.id == actor_id))
        return Actor.model_validate(data) if data else None

    def find_actors(self, name: str) -> list[Actor]:
        """Actors whose id, name or an alias matches `name` (case-insensitive)."""
        wanted = name.strip().lower()
        return [
            a for a in self.actors()
            if wanted in (a.id.lower(), a.name.lower()) or wanted in (x.lower() for x in a.aliases)
        ]

    def quotes_where(self, speakers: list[str] | None = None, doc: str | None = None) -> list[Quote]:
        """Quotes, optionally of some speakers (canonical ids) or one document."""
        query = sa.select(t.quotes.c.data, t.quotes.c.doc).order_by(t.quotes.c.doc, t.quotes.c.id)
        if speakers is not None:
            query = query.where(t.quotes.c.speaker.in_(speakers))
        if doc is not None:
            query = query.where(t.quotes.c.doc == doc)
        with self.engine.connect() as conn:
            return [self._canonical_quote(Quote.model_validate(d)) for d, _ in conn.execute(query)]

    def events_where(
        self, types: list[str] | None = None, actors: list[str] | None = None, doc: str | None = None
    ) -> list[Event]:
        """Events, optionally of some PLOVER types, with some actors as source or target, or in one document."""
        query = sa.select(t.events.c.data).order_by(t.events.c.doc, t.events.c.id)
        if types:
            query = query.where(t.events.c.type.in_([x.upper() for x in types]))
        if actors is not None:
            query = query.where(sa.or_(t.events.c.source.in_(actors), t.events.c.target.in_(actors)))
        if doc is not None:
            query = query.where(t.events.c.doc == doc)
        with self.engine.connect() as conn:
            return [self._canonical_event(Event.model_validate(d)) for d in conn.scalars(query)]

    def quantities_where(self, doc: str | None = None) -> list[Quantity]:
        query = sa.select(t.quantities.c.data).order_by(t.quantities.c.doc, t.quantities.c.id)
        if doc is not None:
            query = query.where(t.quantities.c.doc == doc)
        with self.engine.connect() as conn:
            return [Quantity.model_validate(d) for d in conn.scalars(query)]

    def facts(self, kind: str | None = None) -> list[Fact]:
        query = sa.select(t.facts.c.data).order_by(t.facts.c.rank)
        if kind:
            query = query.where(t.facts.c.kind == kind)
        with self.engine.connect() as conn:
            return [Fact.model_validate(d) for d in conn.scalars(query)]

    def extractions(self) -> Iterator[Extraction]:
        """Every stored document with what was read out of it, local actor ids as extracted (for fusion)."""
        grouped: dict[str, dict[str, list]] = {}
        with self.engine.connect() as conn:
            for name, table, model in (
                ("local_actors", t.local_actors, LocalActor),
                ("quotes", t.quotes, Quote),
                ("events", t.events, Event),
                ("quantities", t.quantities, Quantity),
                ("times", t.times, TimeExpression),
            ):
                for doc, data in conn.execute(sa.select(table.c.doc, table.c.data)):
                    grouped.setdefault(doc, {}).setdefault(name, []).append(model.model_validate(data))
            for row in conn.execute(sa.select(t.mentions)).mappings():
                grouped.setdefault(row["doc"], {}).setdefault("mentions", []).append(
                    Mention(doc=row["doc"], start=row["start"], end=row["end"], text=row["text"],
                            actor=row["local_actor"])
                )
        for document in self.documents():
            yield Extraction(document=document, **grouped.get(document.id, {}))

    def search(self, text: str, limit: int = 50) -> list[Sentence]:
        """Sentences matching `text` (FTS5 query syntax on SQLite; substring elsewhere)."""
        with self.engine.connect() as conn:
            if self.is_sqlite:
                rows = conn.exec_driver_sql(
                    "SELECT doc, start, end, text FROM sentence_search WHERE sentence_search MATCH ? "
                    "ORDER BY rank LIMIT ?",
                    (fts_query(text), limit),
                ).all()
            else:
                rows = conn.execute(
                    sa.select(t.sentences.c.doc, t.sentences.c.start, t.sentences.c.end, t.sentences.c.text)
                    .where(t.sentences.c.text.ilike(f"%{text}%"))
                    .limit(limit)
                ).all()
        return [Sentence(doc=d, index=-1, start=s, end=e, text=x) for d, s, e, x in rows]

    # ---- canonical ids

    def _canonical(self, doc: str, local: str | None) -> str | None:
        return self.links().get((doc, local), local) if local else None

    def _canonical_quote(self, q: Quote) -> Quote:
        return q.model_copy(
            update={"speaker": self._canonical(q.doc, q.speaker), "medium": self._canonical(q.doc, q.medium)}
        )

    def _canonical_event(self, e: Event) -> Event:
        return e.model_copy(
            update={
                "source": self._canonical(e.doc, e.source),
                "target": self._canonical(e.doc, e.target),
                "reported_by": self._canonical(e.doc, e.reported_by),
            }
        )


def fts_query(text: str) -> str:
    """Quote each word so user text never breaks FTS5 syntax (`U.S.`, `-`, `"`)."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"' for w in words) or '""'


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()

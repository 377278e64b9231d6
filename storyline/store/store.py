"""`Store`: the only code that talks to the database.

Writers come in single/batch pairs (`add_extraction` calls `add_extractions`); each batch is one
transaction, so an interrupted build leaves whole documents only, and a rerun skips the documents
already stored (by content hash). Readers return the pydantic records of `storyline.model`, with
the canonical actor ids that the last fusion linked to each document's local actors.
"""

from __future__ import annotations

import json
import time
import uuid
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
from storyline.store import fusion_rows, search
from storyline.store import schema as t
from storyline.store.migrate import SchemaError, ensure_schema

FUSION_STAMP = "fusion_stamp"
"""Meta key of a value every fusion writes anew, so readers see when their cached actor links went stale."""
FUSED_FROM = "fused_from"
"""Meta key of what the last fusion was made from: a build that adds nothing skips a fusion that is current."""
LINKS_RECHECK_SECONDS = 1.0
"""How long a reader trusts its cached actor links before it checks the fusion stamp again."""


class StoreError(Exception):
    """A store that cannot be opened or written; the message says what to do."""


class FactDigest(Fact):
    """A fact whose member and conflict lists may be cut short; the counts give their full lengths."""

    member_count: int = 0
    conflict_count: int = 0


def database_url(db: str | Path) -> str:
    """A path means SQLite; `postgresql://…` means PostgreSQL through psycopg 3; any other URL is passed as is."""
    text = str(db)
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]  # psycopg 3, the driver storyline pins
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
            ensure_schema(self.engine)
        except SchemaError as error:
            raise StoreError(f"cannot open the store {self.shown}: {error}") from error
        except sa.exc.SQLAlchemyError as error:
            raise StoreError(f"cannot open the store {self.shown}: {error.__class__.__name__}: {error}") from error
        self._links: dict[tuple[str, str], str] | None = None
        self._links_stamp: str | None = None
        self._links_checked = 0.0

    @property
    def shown(self) -> str:
        """The store as messages name it: its path, or its URL without the password."""
        return sa.engine.make_url(self.url).render_as_string(hide_password=True).removeprefix("sqlite:///")

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
        """Store a batch of documents in one transaction; returns how many were new.

        Each table gets one multi-row insert for the whole batch (rows in the order of the batch)."""
        added = 0
        with self.engine.begin() as conn:
            batch = list(extractions)
            ids = sorted({ex.document.id for ex in batch})
            known: set[str] = set()
            for part in fusion_rows.chunks(ids):
                known.update(conn.scalars(sa.select(t.documents.c.id).where(t.documents.c.id.in_(part))))
            rows: dict[sa.Table, list[dict]] = {table: [] for table in (t.documents, *t.PER_DOCUMENT_TABLES)}
            for ex in batch:
                if ex.document.id in known:
                    continue
                self._extraction_rows(ex, rows)
                known.add(ex.document.id)
                added += 1
            for table, table_rows in rows.items():
                if table_rows:
                    conn.execute(table.insert(), table_rows)
            search.index_sentences(conn, [(r["text"], r["doc"], r["start"], r["end"]) for r in rows[t.sentences]])
        self._links = None
        return added

    @staticmethod
    def _extraction_rows(ex: Extraction, rows: dict[sa.Table, list[dict]]) -> None:
        """Append the rows of one document and what was read out of it, table by table."""
        doc = ex.document
        rows[t.documents].append(
            {"id": doc.id, "content_hash": doc.content_hash, "published": doc.published,
             "outlet": doc.outlet, "data": doc.model_dump(mode="json")})
        rows[t.sentences] += [s.model_dump(exclude={"index"}) | {"idx": s.index} for s in ex.sentences]
        rows[t.local_actors] += [{"doc": doc.id, "id": a.id, "data": a.model_dump(mode="json")}
                                 for a in ex.local_actors]
        rows[t.mentions] += [{"doc": doc.id, "start": m.start, "end": m.end, "text": m.text, "local_actor": m.actor}
                             for m in ex.mentions]
        rows[t.quotes] += [{"id": q.id, "doc": doc.id, "data": q.model_dump(mode="json")} for q in ex.quotes]
        rows[t.events] += [
            {"id": e.id, "doc": doc.id, "type": e.type, "status": e.status, "data": e.model_dump(mode="json")}
            for e in ex.events]
        rows[t.quantities] += [{"id": q.id, "doc": doc.id, "item": q.item, "data": q.model_dump(mode="json")}
                               for q in ex.quantities]
        rows[t.times] += [{"doc": doc.id, "data": x.model_dump(mode="json")} for x in ex.times]

    def replace_fusion(self, actors: list[Actor], links: dict[tuple[str, str], str], facts: list[Fact],
                       fused_from: str | None = None) -> None:
        """Replace the collection-wide picture in one transaction, writing only the rows that changed.

        :param actors: the canonical actors
        :param links: (document id, local actor id) → canonical actor id
        :param facts: the facts, most corroborated first
        :param fused_from: what the fusion was made from (`storyline.fuse.state`), for `fused_from()`
        """
        with self.engine.begin() as conn:
            fusion_rows.write_actors(conn, actors)
            changed = fusion_rows.write_links(conn, links)
            fusion_rows.write_facts(conn, facts)
            fusion_rows.write_canonical_columns(conn, links, changed)
            stamp = uuid.uuid4().hex
            conn.execute(t.meta.delete().where(t.meta.c.key.in_([FUSION_STAMP, FUSED_FROM])))
            conn.execute(t.meta.insert(), [{"key": FUSION_STAMP, "value": stamp},
                                           {"key": FUSED_FROM, "value": fused_from or ""}])
        self._links, self._links_stamp, self._links_checked = dict(links), stamp, time.monotonic()

    # ---- readers

    def fused_from(self) -> str | None:
        """What the last fusion recorded it was made from (empty where it did not say), None before any."""
        with self.engine.connect() as conn:
            return conn.scalar(sa.select(t.meta.c.value).where(t.meta.c.key == FUSED_FROM))

    def links(self) -> dict[tuple[str, str], str]:
        """(document id, local actor id) → canonical actor id, from the last fusion.

        Cached; a reader that lives long (`storyline serve`) rechecks the fusion stamp every
        `LINKS_RECHECK_SECONDS`, so a build run meanwhile shows up without a restart."""
        now = time.monotonic()
        if self._links is not None and now - self._links_checked < LINKS_RECHECK_SECONDS:
            return self._links
        with self.engine.connect() as conn:
            stamp = conn.scalar(sa.select(t.meta.c.value).where(t.meta.c.key == FUSION_STAMP))
            if self._links is None or stamp != self._links_stamp:
                self._links = {(d, local): a for d, local, a in conn.execute(sa.select(t.actor_links))}
                self._links_stamp = stamp
        self._links_checked = now
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
            return [
                Sentence(doc=r["doc"], index=r["idx"], start=r["start"], end=r["end"], text=r["text"]) for r in rows
            ]

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
        """Sentences matching `text`, best first (FTS5 on SQLite, a tsvector index on PostgreSQL)."""
        return self.search_sentences(text, limit=limit)

    # ---- paged and filtered readers (the web explorer's pages; each filter is a SQL condition)

    def forbid_writes(self) -> Store:
        """Refuse every write on this store's connections from now on, and return the store.

        For servers that must only read: on SQLite each new connection runs `PRAGMA query_only`, on
        PostgreSQL its sessions are read-only, so even a bug cannot change the database.
        Example: `store = Store("s.db").forbid_writes()`
        """
        if self.is_sqlite:
            sa.event.listen(self.engine, "connect", _sqlite_query_only)
        elif self.engine.dialect.name == "postgresql":
            sa.event.listen(self.engine, "connect", _postgres_read_only)
        self.engine.dispose()
        return self

    def get_signature(self) -> tuple:
        """A cheap signature of the contents: changes when a build adds documents or fusion reruns.

        Caches of derived views (plots over the whole store) key on it.
        """
        with self.engine.connect() as conn:
            return tuple(conn.execute(sa.select(
                sa.select(sa.func.count()).select_from(t.documents).scalar_subquery(),
                sa.select(sa.func.count()).select_from(t.events).scalar_subquery(),
                sa.select(sa.func.count()).select_from(t.facts).scalar_subquery(),
                sa.select(sa.func.min(t.facts.c.id)).scalar_subquery(),
                sa.select(sa.func.max(t.facts.c.id)).scalar_subquery(),
            )).one())

    def get_documents(self, doc_ids: Iterable[str]) -> list[Document]:
        """The documents with these ids that exist, in id order."""
        with self.engine.connect() as conn:
            rows = conn.scalars(
                sa.select(t.documents.c.data).where(t.documents.c.id.in_(set(doc_ids))).order_by(t.documents.c.id)
            )
            return [Document.model_validate(d) for d in rows]

    def get_actors(self, actor_ids: Iterable[str]) -> list[Actor]:
        """The actors with these canonical ids that exist, in id order."""
        with self.engine.connect() as conn:
            rows = conn.scalars(
                sa.select(t.actors.c.data).where(t.actors.c.id.in_(set(actor_ids))).order_by(t.actors.c.id)
            )
            return [Actor.model_validate(d) for d in rows]

    def get_quotes(self, quote_ids: Iterable[str]) -> list[Quote]:
        """The quotes with these ids, speakers as canonical actor ids."""
        query = sa.select(t.quotes.c.data).where(t.quotes.c.id.in_(set(quote_ids))).order_by(t.quotes.c.id)
        with self.engine.connect() as conn:
            return [self._canonical_quote(Quote.model_validate(d)) for d in conn.scalars(query)]

    def get_events(self, event_ids: Iterable[str]) -> list[Event]:
        """The events with these ids, actors as canonical ids."""
        query = sa.select(t.events.c.data).where(t.events.c.id.in_(set(event_ids))).order_by(t.events.c.id)
        with self.engine.connect() as conn:
            return [self._canonical_event(Event.model_validate(d)) for d in conn.scalars(query)]

    def get_quantities(self, quantity_ids: Iterable[str]) -> list[Quantity]:
        query = (sa.select(t.quantities.c.data).where(t.quantities.c.id.in_(set(quantity_ids)))
                 .order_by(t.quantities.c.id))
        with self.engine.connect() as conn:
            return [Quantity.model_validate(d) for d in conn.scalars(query)]

    def mentions_where(self, doc: str) -> list[Mention]:
        """The actor mentions of one document, in text order, actors as canonical ids."""
        query = sa.select(t.mentions).where(t.mentions.c.doc == doc).order_by(t.mentions.c.start)
        with self.engine.connect() as conn:
            return [
                Mention(doc=r["doc"], start=r["start"], end=r["end"], text=r["text"],
                        actor=self._canonical(r["doc"], r["local_actor"]) or r["local_actor"])
                for r in conn.execute(query).mappings()
            ]

    def get_sentences(self, doc_ids: Iterable[str]) -> list[Sentence]:
        """The sentences of several documents in one query, by document and position."""
        query = (sa.select(t.sentences).where(t.sentences.c.doc.in_(set(doc_ids)))
                 .order_by(t.sentences.c.doc, t.sentences.c.idx))
        with self.engine.connect() as conn:
            return [Sentence(doc=r["doc"], index=r["idx"], start=r["start"], end=r["end"], text=r["text"])
                    for r in conn.execute(query).mappings()]

    def list_outlets(self) -> list[str]:
        """Every outlet named by a stored document, alphabetically."""
        query = (sa.select(t.documents.c.outlet).where(t.documents.c.outlet.is_not(None))
                 .distinct().order_by(t.documents.c.outlet))
        with self.engine.connect() as conn:
            return list(conn.scalars(query))

    def find_actor_ids(self, name: str) -> list[str]:
        """Ids of the actors whose id, name or an alias is `name` (case-insensitive), as `find_actors`.

        Narrows in SQL first, so it stays fast on stores with many actors.
        """
        wanted = name.strip().lower()
        if not wanted:
            return []
        query = sa.select(t.actors.c.data).where(sa.or_(
            sa.func.lower(t.actors.c.id) == wanted,
            sa.func.lower(t.actors.c.name) == wanted,
            sa.func.lower(t.actors.c.data["aliases"].as_string()).contains(wanted, autoescape=True),
        ))
        with self.engine.connect() as conn:
            found = [Actor.model_validate(d) for d in conn.scalars(query)]
        return sorted(a.id for a in found
                      if wanted in (a.id.lower(), a.name.lower()) or wanted in (x.lower() for x in a.aliases))

    def select_documents(
        self, outlet: str | None = None, since: str | None = None, until: str | None = None,
        limit: int = 50, offset: int = 0,
    ) -> list[Document]:
        """One page of documents, oldest first (undated last), optionally of an outlet or a date range.

        :param outlet: only documents of this outlet
        :param since: only documents published on or after this YYYY-MM-DD
        :param until: only documents published on or before this YYYY-MM-DD
        :param limit: at most this many
        :param offset: skip this many first
        """
        query = (
            sa.select(t.documents.c.data).where(*_document_conditions(outlet, since, until))
            .order_by(t.documents.c.published.is_(None), t.documents.c.published, t.documents.c.id)
            .limit(limit).offset(offset)
        )
        with self.engine.connect() as conn:
            return [Document.model_validate(d) for d in conn.scalars(query)]

    def count_documents(
        self, outlet: str | None = None, since: str | None = None, until: str | None = None
    ) -> int:
        """How many documents `select_documents` pages through with the same filters."""
        conditions = _document_conditions(outlet, since, until)
        query = sa.select(sa.func.count()).select_from(t.documents).where(*conditions)
        with self.engine.connect() as conn:
            return conn.scalar(query) or 0

    def select_actors(
        self, kind: str | None = None, name: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[Actor]:
        """One page of actors, most mentioned first.

        :param kind: only actors of this kind (`country`, `person`, `organization`, `group`)
        :param name: only actors whose name or an alias contains this text (case-insensitive)
        :param limit: at most this many
        :param offset: skip this many first
        """
        query = (
            sa.select(t.actors.c.data).where(*_actor_conditions(kind, name))
            .order_by(t.actors.c.data["mentions"].as_integer().desc(), t.actors.c.name, t.actors.c.id)
            .limit(limit).offset(offset)
        )
        with self.engine.connect() as conn:
            return [Actor.model_validate(d) for d in conn.scalars(query)]

    def count_actors(self, kind: str | None = None, name: str | None = None) -> int:
        """How many actors `select_actors` pages through with the same filters."""
        query = sa.select(sa.func.count()).select_from(t.actors).where(*_actor_conditions(kind, name))
        with self.engine.connect() as conn:
            return conn.scalar(query) or 0

    def select_events(
        self, types: list[str] | None = None, actors: list[str] | None = None, role: str = "any",
        status: str | None = None, outlet: str | None = None, since: str | None = None,
        until: str | None = None, doc: str | None = None, limit: int = 50, offset: int = 0,
    ) -> list[Event]:
        """One page of events in publication order (undated last), actors as canonical ids.

        :param types: only these PLOVER types
        :param actors: only events with one of these canonical actor ids in `role`
        :param role: `source`, `target`, or `any` of the two
        :param status: only events of this status (`asserted`, `denied` …)
        :param outlet: only events told by documents of this outlet
        :param since: only events in documents published on or after this YYYY-MM-DD
        :param until: only events in documents published on or before this YYYY-MM-DD
        :param doc: only events of this document
        :param limit: at most this many
        :param offset: skip this many first
        """
        conditions = _event_conditions(types, actors, role, status, doc)
        query = (
            sa.select(t.events.c.data)
            .join(t.documents, t.documents.c.id == t.events.c.doc)
            .where(*conditions, *_document_conditions(outlet, since, until))
            .order_by(t.documents.c.published.is_(None), t.documents.c.published, t.events.c.doc,
                      sa.func.length(t.events.c.id), t.events.c.id)
            .limit(limit).offset(offset)
        )
        with self.engine.connect() as conn:
            return [self._canonical_event(Event.model_validate(d)) for d in conn.scalars(query)]

    def count_events(
        self, types: list[str] | None = None, actors: list[str] | None = None, role: str = "any",
        status: str | None = None, outlet: str | None = None, since: str | None = None,
        until: str | None = None, doc: str | None = None,
    ) -> int:
        """How many events `select_events` pages through with the same filters."""
        query = sa.select(sa.func.count()).select_from(t.events).where(
            *_event_conditions(types, actors, role, status, doc))
        if outlet or since or until:
            query = query.join(t.documents, t.documents.c.id == t.events.c.doc).where(
                *_document_conditions(outlet, since, until))
        with self.engine.connect() as conn:
            return conn.scalar(query) or 0

    def select_quotes(
        self, speakers: list[str] | None = None, stance: str | None = None, direct: bool | None = None,
        outlet: str | None = None, since: str | None = None, until: str | None = None, doc: str | None = None,
        limit: int = 50, offset: int = 0,
    ) -> list[Quote]:
        """One page of quotes in publication order (undated last), speakers as canonical ids.

        :param speakers: only quotes of these canonical actor ids
        :param stance: only quotes that `assert` or `deny`
        :param direct: only direct (True) or reported (False) speech
        :param outlet: only quotes in documents of this outlet
        :param since: only quotes in documents published on or after this YYYY-MM-DD
        :param until: only quotes in documents published on or before this YYYY-MM-DD
        :param doc: only quotes of this document
        :param limit: at most this many
        :param offset: skip this many first
        """
        query = (
            sa.select(t.quotes.c.data)
            .join(t.documents, t.documents.c.id == t.quotes.c.doc)
            .where(*_quote_conditions(speakers, stance, direct, doc),
                   *_document_conditions(outlet, since, until))
            .order_by(t.documents.c.published.is_(None), t.documents.c.published, t.quotes.c.doc,
                      sa.func.length(t.quotes.c.id), t.quotes.c.id)
            .limit(limit).offset(offset)
        )
        with self.engine.connect() as conn:
            return [self._canonical_quote(Quote.model_validate(d)) for d in conn.scalars(query)]

    def count_quotes(
        self, speakers: list[str] | None = None, stance: str | None = None, direct: bool | None = None,
        outlet: str | None = None, since: str | None = None, until: str | None = None, doc: str | None = None,
    ) -> int:
        """How many quotes `select_quotes` pages through with the same filters."""
        query = sa.select(sa.func.count()).select_from(t.quotes).where(
            *_quote_conditions(speakers, stance, direct, doc))
        if outlet or since or until:
            query = query.join(t.documents, t.documents.c.id == t.quotes.c.doc).where(
                *_document_conditions(outlet, since, until))
        with self.engine.connect() as conn:
            return conn.scalar(query) or 0

    def fact_digests(self, keep_members: int = 100, keep_conflicts: int = 50) -> list[FactDigest]:
        """Every fact, most corroborated first, with its member and conflict lists cut short.

        Lists and fact pages show a bounded part of each fact; a fact merging thousands of members
        (with a conflict per disagreeing pair) would otherwise cost seconds to read every time.
        On SQLite the lists are cut inside the database, so Python never holds the whole row.

        :param keep_members: members kept per fact (`member_count` says how many there are)
        :param keep_conflicts: conflicts kept per fact (`conflict_count` says how many there are)
        """
        if not self.is_sqlite:
            return [FactDigest(**dict(f), member_count=len(f.members), conflict_count=len(f.conflicts))
                    .model_copy(update={"members": f.members[:keep_members],
                                        "conflicts": f.conflicts[:keep_conflicts]}) for f in self.facts()]
        query = (
            "SELECT json_remove(data, '$.members', '$.conflicts'), "
            "json_array_length(data, '$.members'), json_array_length(data, '$.conflicts'), "
            "(SELECT json_group_array(value) FROM "
            " (SELECT value FROM json_each(facts.data, '$.members') LIMIT ?)), "
            "(SELECT json_group_array(json(value)) FROM "
            " (SELECT value FROM json_each(facts.data, '$.conflicts') LIMIT ?)) "
            "FROM facts ORDER BY rank"
        )
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql(query, (keep_members, keep_conflicts)).all()
        return [
            FactDigest.model_validate(json.loads(head) | {
                "members": json.loads(members), "conflicts": json.loads(conflicts),
                "member_count": n_members, "conflict_count": n_conflicts})
            for head, n_members, n_conflicts, members, conflicts in rows
        ]

    def get_published_range(self) -> tuple[str, str] | None:
        """First and last publication day of the stored documents, or None when none is dated."""
        query = sa.select(sa.func.min(t.documents.c.published), sa.func.max(t.documents.c.published))
        with self.engine.connect() as conn:
            first, last = conn.execute(query).one()
        return (first, last) if first else None

    def search_sentences(self, text: str, limit: int = 20, offset: int = 0) -> list[Sentence]:
        """One page of the sentences matching `text`, best first (`storyline.store.search`)."""
        with self.engine.connect() as conn:
            rows = search.search_rows(conn, text, limit, offset)
        return [Sentence(doc=d, index=-1, start=s, end=e, text=x) for d, s, e, x in rows]

    def count_sentences_matching(self, text: str) -> int:
        """How many sentences `search_sentences` pages through."""
        with self.engine.connect() as conn:
            return search.count_matching(conn, text)

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


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_query_only(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _postgres_read_only(dbapi_connection, _record) -> None:
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    dbapi_connection.commit()


def _document_conditions(outlet: str | None, since: str | None, until: str | None) -> list:
    """Conditions on `documents` shared by the paged readers: outlet and publication date range."""
    conditions = []
    if outlet:
        conditions.append(t.documents.c.outlet == outlet)
    if since:
        conditions.append(t.documents.c.published >= since)
    if until:
        conditions.append(t.documents.c.published <= until)
    return conditions


def _actor_conditions(kind: str | None, name: str | None) -> list:
    conditions = [t.actors.c.kind == kind] if kind else []
    if name:
        wanted = name.strip().lower()
        conditions.append(sa.or_(
            sa.func.lower(t.actors.c.name).contains(wanted, autoescape=True),
            sa.func.lower(t.actors.c.data["aliases"].as_string()).contains(wanted, autoescape=True),
        ))
    return conditions


def _event_conditions(
    types: list[str] | None, actors: list[str] | None, role: str, status: str | None, doc: str | None
) -> list:
    conditions = []
    if types:
        conditions.append(t.events.c.type.in_([x.upper() for x in types]))
    if actors is not None:
        columns = {"source": [t.events.c.source], "target": [t.events.c.target]}.get(
            role, [t.events.c.source, t.events.c.target])
        conditions.append(sa.or_(*(c.in_(actors) for c in columns)))
    if status:
        conditions.append(t.events.c.status == status)
    if doc is not None:
        conditions.append(t.events.c.doc == doc)
    return conditions


def _quote_conditions(
    speakers: list[str] | None, stance: str | None, direct: bool | None, doc: str | None
) -> list:
    conditions = []
    if speakers is not None:
        conditions.append(t.quotes.c.speaker.in_(speakers))
    if stance:
        conditions.append(t.quotes.c.data["stance"].as_string() == stance)
    if direct is not None:
        conditions.append(t.quotes.c.data["direct"].as_boolean() == direct)
    if doc is not None:
        conditions.append(t.quotes.c.doc == doc)
    return conditions

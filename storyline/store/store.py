"""`Store`: the only code that talks to the database.

Writers come in single/batch pairs (`add_extraction` calls `add_extractions`); each batch is one
transaction, so an interrupted build leaves whole documents only, and a rerun skips the documents
already stored (by content hash). Readers return the pydantic records of `storyline.model`, with
the canonical actor ids that the last fusion linked to each document's local actors.

Several processes may share one SQLite store: every write transaction takes the write lock up front
(`BEGIN IMMEDIATE`), waits for it at most `lock_timeout` seconds and then fails with a `StoreError`
that says what to do; every write also bumps the store's version (`meta`), which a long-lived reader
checks once per request (`refresh`) to drop what it cached from an older state.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pydantic
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
    SharedFieldSets,
    TimeExpression,
    record_order,
)
from storyline.store import fusion_rows, search
from storyline.store import schema as t
from storyline.store.migrate import SchemaError, ensure_schema
from storyline.store.pages import PagedReads
from storyline.store.rows import StoredRows, stored_rows, validated
from storyline.store.schema import read_json, write_json

if TYPE_CHECKING:
    from storyline.fuse.kept_actors import LinkDelta

FUSION_STAMP = "fusion_stamp"
"""Meta key of a value every fusion writes anew."""
VERSION = "version"
"""Meta key of a counter every write transaction that changes data bumps: readers compare it to drop stale caches."""
DOCUMENTS_VERSION = "documents_version"
"""Meta key of a counter bumped whenever documents are added: a fusion read from an older one is stale."""
LOCK_TIMEOUT = 60.0
"""Seconds a writer waits for another process's write lock on a SQLite store before it gives up."""
FUSED_FROM = "fused_from"
"""Meta key of what the last fusion was made from: a build that adds nothing skips a fusion that is current."""
FUSED_BY = "fused_by"
"""Meta key of the code the last fusion was made by: a fusion by the same code compares only the actors whose
members changed (`replace_fusion`)."""
QUANTITY_BLOCKS_BY = "quantity_blocks_by"
"""Meta key of the fusion code that read the numbers' blocking keys kept in `quantities.block`: keys read by other
code are read again (`quantity_blocks`)."""
ITEM_BLOCKS_BY = "item_blocks_by"
"""Meta key of the fusion code that keyed the events and quotes kept in their `block` and `keyed` columns: what other
code keyed is keyed again and compared with nothing (`item_blocks`)."""

LINKS_BY = "links_by"
"""Meta key of the kept actor resolution the stored links follow from (`kept_actors.LinkDelta`): a fusion that read it
names how its links differ, and only those are compared (`replace_fusion`); a fusion that names none deletes it."""


class StoreError(Exception):
    """A store that cannot be opened or written; the message says what to do."""


def database_url(db: str | Path) -> str:
    """A path means SQLite; `postgresql://…` means PostgreSQL through psycopg 3; any other URL is passed as is."""
    text = str(db)
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]  # psycopg 3, the driver storyline pins
    return text if "://" in text else f"sqlite:///{Path(text).expanduser()}"


class Store(PagedReads):
    """A storyline store: documents, what was read out of them, and the fused picture.

    Example: `store = Store("storyline.db"); store.add_extractions(extractions); store.facts()`

    :param db: a SQLite file path, or a SQLAlchemy URL (`postgresql://…`)
    :raises StoreError: where the database cannot be opened
    """

    def __init__(self, db: str | Path = "storyline.db", lock_timeout: float = LOCK_TIMEOUT):
        self.url = database_url(db)
        self.lock_timeout = lock_timeout
        try:
            if self.is_sqlite:
                # pysqlite's own transaction handling is off (isolation_level None) and SQLAlchemy's
                # `begin` emits the BEGIN: a deferred one to read, an IMMEDIATE one in `_write`.
                self.engine = sa.create_engine(self.url, connect_args={"timeout": lock_timeout,
                                                                       "isolation_level": None},
                                               json_serializer=write_json, json_deserializer=read_json)
                sa.event.listen(self.engine, "connect", _sqlite_pragmas)
                sa.event.listen(self.engine, "begin", _sqlite_begin)
            else:
                self.engine = sa.create_engine(self.url, json_serializer=write_json, json_deserializer=read_json)
            ensure_schema(self.engine)
        except SchemaError as error:
            raise StoreError(f"cannot open the store {self.shown}: {error}") from error
        except sa.exc.SQLAlchemyError as error:
            raise StoreError(f"cannot open the store {self.shown}: {error.__class__.__name__}: {error}") from error
        self._links: dict[tuple[str, str], str] | None = None
        self._version: int | None = None
        self._inserts: dict[str, sa.Insert] = {}

    @property
    def shown(self) -> str:
        """The store as messages name it: its path, or its URL without the password."""
        return sa.engine.make_url(self.url).render_as_string(hide_password=True).removeprefix("sqlite:///")

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    def _json_text(self, column: sa.Column) -> sa.ColumnElement:
        """A JSON column read as its text: SQLite keeps the text (no cast); PostgreSQL casts its `json` to the text it
        keeps, which its driver would otherwise parse into a dict."""
        return sa.type_coerce(column, sa.Text) if self.is_sqlite else sa.cast(column, sa.Text)

    @contextmanager
    def _write(self) -> Iterator[sa.Connection]:
        """One write transaction, holding the write lock from its first statement.

        :raises StoreError: when another process held the lock longer than `lock_timeout`
        """
        try:
            with self.engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
                yield conn
        except sa.exc.OperationalError as error:
            if "locked" not in str(error.orig) and "busy" not in str(error.orig):
                raise
            where = self.url.removeprefix("sqlite:///")
            raise StoreError(
                f"the store {where} is locked by another process writing to it (waited {self.lock_timeout:g} s): "
                "let the other build finish and run this again, or wait longer with "
                "STORYLINE_LOCK_TIMEOUT=SECONDS"
            ) from error

    def version(self) -> int:
        """The store's version: a counter every write that changes data bumps (0 before the first)."""
        with self.engine.connect() as conn:
            return int(conn.scalar(sa.select(t.meta.c.value).where(t.meta.c.key == VERSION)) or 0)

    def documents_version(self) -> int:
        """A counter bumped whenever documents are added: fusion compares it before it writes."""
        with self.engine.connect() as conn:
            return int(conn.scalar(sa.select(t.meta.c.value).where(t.meta.c.key == DOCUMENTS_VERSION)) or 0)

    def refresh(self) -> int:
        """Check the store's version and drop cached actor links when another writer changed the store.

        One cheap query: a long-lived reader (`storyline serve`) calls it once per request, so a
        build that commits meanwhile shows up at the next request. Returns the version.
        """
        version = self.version()
        if version != self._version:
            self._links, self._version = None, version
        return version

    # ---- writers

    def known_hashes(self) -> set[str]:
        """Content hashes of the stored documents: a build skips these."""
        with self.engine.connect() as conn:
            return set(conn.scalars(sa.select(t.documents.c.content_hash)))

    def add_extraction(self, extraction: Extraction) -> None:
        """Store one document and everything read out of it."""
        self.add_extractions([extraction])

    _ID_OF_HASH = sa.select(t.documents.c.id).where(t.documents.c.content_hash == sa.bindparam("content_hash"))
    _HASH_OF_ID = sa.select(t.documents.c.content_hash).where(t.documents.c.id == sa.bindparam("doc_id"))
    """A build asks both of every input it reads (`ingest.identity.Ledger`): statements built once."""

    def id_of_hash(self, content_hash: str) -> str | None:
        """The id of the stored document with this content hash, or None."""
        with self.engine.connect() as conn:
            return conn.scalar(self._ID_OF_HASH, {"content_hash": content_hash})

    def hash_of_id(self, doc_id: str) -> str | None:
        """The content hash of the stored document with this id, or None."""
        with self.engine.connect() as conn:
            return conn.scalar(self._HASH_OF_ID, {"doc_id": doc_id})

    def add_extractions(
        self, extractions: Iterable[Extraction | StoredRows],
        on_refused: Callable[[Extraction | StoredRows, str], None] | None = None,
        features: Mapping[str, dict] | None = None,
    ) -> int:
        """Store a batch of documents in one transaction; returns how many were new.

        Each table gets one multi-row insert for the whole batch (rows in the order of the batch). Only
        this batch's ids and texts are looked up, so the cost of a batch does not grow with the store.

        :param extractions: the documents with what was read out of them, or their rows made already (`stored_rows`)
        :param on_refused: called for each document not stored, with `"stored"` where the store
            already holds its text, else the reason (its id names another stored text)
        :param features: document id → fusion features' data, kept with the documents stored
            (as `add_fusion_features` keeps them)
        """
        added = 0
        batch = list(extractions)
        with self._write() as conn:
            known_ids: dict[str, str] = {}
            for column, values in ((t.documents.c.id, {ex.document.id for ex in batch}),
                                   (t.documents.c.content_hash, {ex.document.content_hash for ex in batch})):
                for part in fusion_rows.chunks(sorted(values)):
                    for row in conn.execute(sa.select(t.documents.c.id, t.documents.c.content_hash)
                                            .where(column.in_(part))):
                        known_ids[row.id] = row.content_hash
            known_hashes = set(known_ids.values())
            rows: dict[str, list[dict]] = {table.name: [] for table in (t.documents, *t.PER_DOCUMENT_TABLES)}
            kept: list[dict] = []
            for ex in batch:
                doc = ex.document
                if doc.content_hash in known_hashes or doc.id in known_ids:
                    if on_refused:
                        on_refused(ex, "stored" if doc.content_hash in known_hashes
                                   else f"its id {doc.id!r} names another stored text")
                    continue
                for name, table_rows in stored_rows(ex).rows.items():
                    rows[name] += table_rows
                if features and (data := features.get(doc.id)) is not None:
                    kept.append({"doc": doc.id, "content_hash": doc.content_hash, "data": write_json(data)})
                known_ids[doc.id] = doc.content_hash
                known_hashes.add(doc.content_hash)
                added += 1
            for name, table_rows in rows.items():
                if table_rows:
                    conn.execute(self._insert_written(name), table_rows)
            search.index_sentences(conn, [(r["text"], r["doc"], r["start"], r["end"]) for r in rows["sentences"]])
            if kept:
                conn.execute(self._insert_written(t.fusion_documents.name), kept)
            if added:
                _bump(conn, VERSION)
                _bump(conn, DOCUMENTS_VERSION)
        self._links = None
        return added

    def _insert_written(self, name: str) -> sa.Insert:
        """An insert into the table `name` whose JSON columns take the JSON as text (`write_json`), passed on as it
        is (cast on PostgreSQL, where text is not json); made once per table."""
        insert = self._inserts.get(name)
        if insert is None:
            table, written = t.metadata.tables[name], {}
            for column in table.columns:
                if isinstance(column.type, sa.JSON):
                    value = sa.bindparam(column.name, type_=sa.Text)
                    written[column.name] = value if self.is_sqlite else sa.cast(value, column.type)
            insert = self._inserts[name] = table.insert().values(written)
        return insert

    def replace_fusion(self, actors: list[Actor], links: dict[tuple[str, str], str], facts: list[Fact],
                       documents_version: int | None = None, fused_from: str | None = None,
                       fused_blocks: dict[tuple[str, str], tuple[int, list]] | None = None,
                       unchanged_facts: Collection[str] = (), fused_by: str | None = None,
                       quantity_blocks: Mapping[str, str] | None = None, quantity_blocks_by: str | None = None,
                       item_blocks: Mapping[str, Mapping[str, tuple[str, str]]] | None = None,
                       item_blocks_by: str | None = None, link_delta: LinkDelta | None = None,
                       ) -> bool:
        """Replace the collection-wide picture in one transaction, writing only the rows that changed.

        :param actors: the canonical actors
        :param links: (document id, local actor id) → canonical actor id
        :param facts: the facts, most corroborated first
        :param documents_version: the `documents_version` the fusion read its documents at; when another
            build has added documents since, nothing is written and the result is False (fuse again)
        :param fused_from: what the fusion was made from (`storyline.fuse.state`), for `fused_from()`
        :param fused_blocks: (block name, signature) → (facts made, data), of every block fused or kept and
            of what act joins made (`fused_blocks()`); None keeps the stored ones
        :param unchanged_facts: ids of facts the fusion kept as `facts()` read them: not compared (ranks only)
        :param fused_by: the version of the code (and data model) that made the fusion; where the stored one was
            made by the same, an actor whose members (its links) did not change is the same actor, not compared
            (`fusion_rows.touched_actors`)
        :param quantity_blocks: number id → its blocking key, as this fusion read it (`quantity_blocks`), of the
            numbers whose key was not kept
        :param quantity_blocks_by: the code that read them (`quantity_blocks`)
        :param item_blocks: `events` and `quotes` → item id → (its blocking key, what it was keyed with), as this
            fusion keyed it (`item_blocks`), of every event and quote: written where the stored pair may differ
            (`fusion_rows.write_item_blocks`)
        :param item_blocks_by: the code that keyed them (`item_blocks`)
        :param link_delta: how `links` differ from those of the kept actor resolution the fusion read, and the names
            of that resolution and of the fusion's (`kept_actors.LinkDelta`): where the stored links were written with
            the one it read (`LINKS_BY`), only the links it names are compared and written, not every stored link read
        :returns: whether the picture was written
        """
        with self._write() as conn:
            if documents_version is not None and documents_version != int(
                    conn.scalar(sa.select(t.meta.c.value).where(t.meta.c.key == DOCUMENTS_VERSION)) or 0):
                return False
            links_by = conn.scalar(sa.select(t.meta.c.value).where(t.meta.c.key == LINKS_BY))
            if link_delta is not None and link_delta.kept is not None and link_delta.kept == links_by:
                stored_links = link_delta.was  # the stored actor of each link changed: the others are as stored
                changes: fusion_rows.LinkChanges = ([], link_delta.added, link_delta.changed)
            else:
                stored_links = fusion_rows.stored_links(conn)
                changes = fusion_rows.link_changes(links, stored_links)
            same_code = fused_by is not None and fused_by == conn.scalar(
                sa.select(t.meta.c.value).where(t.meta.c.key == FUSED_BY))
            touched = fusion_rows.touched_actors(changes, stored_links, actors, links) if same_code else None
            fusion_rows.write_actors(conn, actors, touched)
            changed = fusion_rows.write_links(conn, links, changes)
            fusion_rows.write_facts(conn, facts, unchanged_facts)
            fusion_rows.write_canonical_columns(conn, links, changed)
            if fused_blocks is not None:
                fusion_rows.write_fused_blocks(conn, fused_blocks)
            if quantity_blocks_by is not None:
                fusion_rows.write_quantity_blocks(conn, quantity_blocks or {})
                conn.execute(t.meta.delete().where(t.meta.c.key == QUANTITY_BLOCKS_BY))
                conn.execute(t.meta.insert(), [{"key": QUANTITY_BLOCKS_BY, "value": quantity_blocks_by}])
            if item_blocks_by is not None:
                same_keys = item_blocks_by == conn.scalar(
                    sa.select(t.meta.c.value).where(t.meta.c.key == ITEM_BLOCKS_BY))
                fusion_rows.write_item_blocks(conn, item_blocks or {}, changed, touched if same_keys else None)
                conn.execute(t.meta.delete().where(t.meta.c.key == ITEM_BLOCKS_BY))
                conn.execute(t.meta.insert(), [{"key": ITEM_BLOCKS_BY, "value": item_blocks_by}])
            conn.execute(t.meta.delete().where(t.meta.c.key.in_([FUSION_STAMP, FUSED_FROM, FUSED_BY, LINKS_BY])))
            conn.execute(t.meta.insert(), [{"key": FUSION_STAMP, "value": uuid.uuid4().hex},
                                           {"key": FUSED_FROM, "value": fused_from or ""},
                                           {"key": FUSED_BY, "value": fused_by or ""},
                                           *([{"key": LINKS_BY, "value": link_delta.made}] if link_delta else [])])
            self._version = _bump(conn, VERSION)
        self._links = dict(links)
        return True

    def add_fusion_features(self, features: dict[str, tuple[str, dict]]) -> None:
        """Keep what fusion read of some documents' texts: document id → (content hash, data).

        A cache (`storyline.fuse.incremental`): written without bumping the store's version."""
        if not features:
            return
        with self._write() as conn:
            docs = sorted(features)
            for part in fusion_rows.chunks(docs):
                conn.execute(t.fusion_documents.delete().where(t.fusion_documents.c.doc.in_(part)))
            present = set()
            for part in fusion_rows.chunks(docs):
                present |= set(conn.scalars(sa.select(t.documents.c.id).where(t.documents.c.id.in_(part))))
            rows = [{"doc": d, "content_hash": h, "data": data} for d, (h, data) in features.items() if d in present]
            for part in fusion_rows.chunks(rows):
                conn.execute(t.fusion_documents.insert(), part)

    # ---- readers

    def fusion_features(self) -> Iterator[tuple[str, str, dict]]:
        """(document id, content hash, data) of every document whose fusion features are kept."""
        with self.engine.connect() as conn:
            yield from conn.execute(sa.select(t.fusion_documents.c.doc, t.fusion_documents.c.content_hash,
                                              t.fusion_documents.c.data))

    def fused_blocks(self) -> dict[tuple[str, str], tuple[int, list]]:
        """(block name, signature) → (facts made, data), of the blocks the last fusion fused or kept and of what its
        act joins made (`fuse.facts.fuse_facts`'s `fused`).

        Each value also carries its row's key (a third item), so a fusion that keeps it is not written again."""
        with self.engine.connect() as conn:
            return {(r.name, r.signature): (r.facts, r.trace, r.key) for r in conn.execute(
                sa.select(t.fused_blocks.c.key, t.fused_blocks.c.name, t.fused_blocks.c.signature,
                          t.fused_blocks.c.facts, t.fused_blocks.c.trace))}

    def quantity_blocks(self, by: str) -> dict[str, str]:
        """Number id → the blocking key a fusion read of it (`replace_fusion`), where the code `by` read them.

        The key as `fuse.facts.blocks` keeps it: its JSON, or '' where the number counts nothing named. Numbers
        stored since that fusion have none: fusion reads theirs."""
        with self.engine.connect() as conn:
            if conn.scalar(sa.select(t.meta.c.value).where(t.meta.c.key == QUANTITY_BLOCKS_BY)) != by:
                return {}
            return {number: key for number, key in conn.execute(
                sa.select(t.quantities.c.id, t.quantities.c.block).where(t.quantities.c.block.is_not(None)))}

    def item_blocks(self, by: str) -> dict[str, dict[str, tuple[str, str]]]:
        """`events` and `quotes` → item id → (its blocking key, what it was keyed with) as the last fusion kept them
        (`replace_fusion`), where the code `by` keyed them; else none (every item is keyed and written again).

        An event's key is its type and the levels of its two sides (`AID|IRN|RUS`), or the partial key of the one
        side it names (`AID|source|IRN`); a quote's, its speaker's side; '' where none (`fuse.blocking.item_key`).
        What it was keyed with: an event's canonical source and target (JSON), a quote's canonical speaker. Events
        and quotes stored since that fusion have none."""
        with self.engine.connect() as conn:
            kept: dict[str, dict[str, tuple[str, str]]] = {"events": {}, "quotes": {}}
            if conn.scalar(sa.select(t.meta.c.value).where(t.meta.c.key == ITEM_BLOCKS_BY)) != by:
                return kept
            for name, table in (("events", t.events), ("quotes", t.quotes)):
                kept[name] = {item: (block, keyed) for item, block, keyed in conn.execute(
                    sa.select(table.c.id, table.c.block, table.c.keyed).where(table.c.block.is_not(None)))}
            return kept

    def fused_from(self) -> str | None:
        """What the last fusion recorded it was made from (empty where it did not say), None before any."""
        with self.engine.connect() as conn:
            return conn.scalar(sa.select(t.meta.c.value).where(t.meta.c.key == FUSED_FROM))

    def links(self) -> dict[tuple[str, str], str]:
        """(document id, local actor id) → canonical actor id, from the last fusion.

        Cached until this store writes or `refresh` sees that another process did: a reader that
        lives long (`storyline serve`) calls `refresh` per request, so a build run meanwhile shows up
        at the next request without a restart."""
        links = self._links
        if links is None:
            with self.engine.connect() as conn:
                version = int(conn.scalar(sa.select(t.meta.c.value).where(t.meta.c.key == VERSION)) or 0)
                links = {(d, local): a for d, local, a in conn.execute(sa.select(t.actor_links))}
            self._links, self._version = links, version
        return links

    def count(self, table_name: str) -> int:
        table = t.metadata.tables[table_name]
        with self.engine.connect() as conn:
            return conn.scalar(sa.select(sa.func.count()).select_from(table)) or 0

    def document_ids(self) -> set[str]:
        """The ids of the stored documents (without reading their texts)."""
        with self.engine.connect() as conn:
            return set(conn.scalars(sa.select(t.documents.c.id)))

    def documents(self) -> list[Document]:
        with self.engine.connect() as conn:
            rows = conn.scalars(sa.select(self._json_text(t.documents.c.data)).order_by(t.documents.c.id))
            return [validated(Document, d) for d in rows]

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
        """Quotes, optionally of some speakers (canonical ids) or one document, in reading order: by document,
        then where each starts and ends in it (as the quotes component orders them), then extraction order."""
        query = sa.select(t.quotes.c.data, t.quotes.c.doc)
        if speakers is not None:
            query = query.where(t.quotes.c.speaker.in_(speakers))
        if doc is not None:
            query = query.where(t.quotes.c.doc == doc)
        with self.engine.connect() as conn:
            rows = [(d, Quote.model_validate(data)) for data, d in conn.execute(query)]
        rows.sort(key=lambda row: (row[0], row[1].start, row[1].end, record_order(row[1].id)))
        return [self._canonical_quote(q) for _, q in rows]

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

    def times_where(self, doc: str | None = None, types: list[str] | None = None) -> list[TimeExpression]:
        """Time expressions in text order per document, of one document or some TIMEX3 types."""
        query = sa.select(t.times.c.doc, t.times.c.data)
        if doc is not None:
            query = query.where(t.times.c.doc == doc)
        if types:
            query = query.where(t.times.c.type.in_([x.upper() for x in types]))
        with self.engine.connect() as conn:
            rows = [(d, TimeExpression.model_validate(data)) for d, data in conn.execute(query)]
        times = [x.model_copy(update={"doc": x.doc or d}) for d, x in rows]
        times.sort(key=lambda x: (x.doc, x.start, x.end))
        # a store made before times had ids: name each by its document and offset
        return [x if x.id else x.model_copy(update={"id": f"{x.doc}#t@{x.start}"}) for x in times]

    def facts(self, kind: str | None = None) -> list[Fact]:
        query = sa.select(self._json_text(t.facts.c.data)).order_by(t.facts.c.rank)
        if kind:
            query = query.where(t.facts.c.kind == kind)
        with self.engine.connect() as conn:
            return [validated(Fact, d) for d in conn.scalars(query)]

    def extractions(self, times: bool = True, mentions: bool = True, numbers_keyed_by: str | None = None,
                    unread_numbers: dict[str, tuple[str, str]] | None = None,
                    mention_counts: Counter[tuple[str, str]] | None = None,
                    unread_quotes: dict[str, tuple[str, str, str]] | None = None) -> Iterator[Extraction]:
        """Every stored document with what was read out of it, local actor ids as extracted (for fusion).

        A local actor's record names no document: a collection stores one actor alike in many documents (BBC: 22,478
        local actors, 13,028 distinct), and each distinct record is validated once and shared by the documents that
        store it (records are read, never changed, by fusion: `SharedFieldSets`).

        :param times: read the time expressions too (fusion does not use them)
        :param mentions: read the actor mentions too (fusion counts them: `mention_counts`)
        :param numbers_keyed_by: where the numbers' blocking keys kept in the store were read by this code
            (`quantity_blocks`), the numbers that have one are not read (fusion reads those of the blocks it fuses
            again: `quantities_by_id`): each goes into `unread_numbers` instead, id → (its document, its key)
        :param mention_counts: filled with (document id, local actor id) → how often the document mentions it, read
            with the local actors (kept as each document was stored; a row without one counts its mentions)
        :param unread_quotes: where given, the quotes a fusion keyed (`item_blocks`) are not read: each goes into it
            instead, id → (its document, its key, what it was keyed with); fusion reads the records of the documents
            it needs (`quotes_of`). Give it only where `quotes_keyed_under` names the keys usable.
        """
        grouped: dict[str, dict[str, list]] = {}
        shared = SharedFieldSets()
        tables = [("local_actors", t.local_actors, LocalActor), ("quotes", t.quotes, Quote),
                  ("events", t.events, Event), ("quantities", t.quantities, Quantity)]
        if times:
            tables.append(("times", t.times, TimeExpression))
        with self.engine.connect() as conn:
            narrow = numbers_keyed_by is not None and unread_numbers is not None and numbers_keyed_by == conn.scalar(
                sa.select(t.meta.c.value).where(t.meta.c.key == QUANTITY_BLOCKS_BY))
            for name, table, model in tables:
                alike: dict[str | bytes, pydantic.BaseModel] | None = {} if name == "local_actors" else None
                data_column = self._json_text(table.c.data)
                if name == "quantities" and narrow:
                    # a number keyed already: its id, document and key, not its record
                    query = sa.select(table.c.doc, sa.case((table.c.block.is_(None), data_column), else_=sa.null()),
                                      table.c.id, table.c.block)
                    rows = []
                    for doc, data, number, block in conn.execute(query).all():
                        if block is None:
                            rows.append((doc, data))
                        else:
                            unread_numbers[number] = (doc, block)  # type: ignore[index]
                elif name == "quotes" and unread_quotes is not None:
                    # a quote keyed already: its id, document, key and what it was keyed with, not its record
                    query = sa.select(table.c.doc, sa.case((table.c.block.is_(None), data_column), else_=sa.null()),
                                      table.c.id, table.c.block, table.c.keyed)
                    rows = []
                    for doc, data, quote, block, keyed in conn.execute(query).all():
                        if block is None:
                            rows.append((doc, data))
                        else:
                            unread_quotes[quote] = (doc, block, keyed or "")
                elif name == "local_actors" and mention_counts is not None:
                    counted = conn.execute(sa.select(table.c.doc, data_column, table.c.id, table.c.mentions)).all()
                    self._count_mentions(conn, counted, mention_counts)
                    rows = [(doc, data) for doc, data, _, _ in counted]
                else:
                    rows = conn.execute(sa.select(table.c.doc, data_column)).all()
                # the JSON as text, parsed straight into the model (no dict of every record in between) by its
                # validator, which `validated` calls, without the wrappers: this loop's cost is per record (BBC 40,000)
                validate = model.__pydantic_validator__.validate_json
                last: set[str] | None = None  # the field set shared last: most records of a table set the same
                for doc, data in rows:
                    text = isinstance(data, (str, bytes))  # a dict where a driver hands one over: validated as it is
                    record = alike.get(data) if alike is not None and text else None
                    if record is None:
                        record = validate(data) if text else validated(model, data)
                        if record.__pydantic_fields_set__ == last:  # the set `shared` would give it
                            object.__setattr__(record, "__pydantic_fields_set__", last)
                        else:
                            last = shared(record).__pydantic_fields_set__
                        if alike is not None and text:
                            alike[data] = record
                    records = grouped.get(doc)
                    if records is None:
                        records = grouped[doc] = {}
                    kept = records.get(name)
                    if kept is None:
                        records[name] = [record]
                    else:
                        kept.append(record)
            for row in conn.execute(sa.select(t.mentions)).mappings() if mentions else ():
                grouped.setdefault(row["doc"], {}).setdefault("mentions", []).append(
                    Mention(doc=row["doc"], start=row["start"], end=row["end"], text=row["text"],
                            actor=row["local_actor"])
                )
        for records in grouped.values():  # in extraction order (`doc#quote2` before `doc#quote10`) on every backend:
            for name in ("quotes", "events", "quantities", "times"):  # a table scan's order is not promised
                if len(records.get(name, ())) > 1:
                    records[name].sort(key=lambda record: record_order(record.id))
        lists = [name for name in Extraction.model_fields if name != "document"]
        for document in self.documents():
            # the records validated already: constructed, not validated again, as validation would make it (the
            # fields given set, each absent list a new empty one: no default factory asked, which pydantic inspects)
            records = grouped.get(document.id, {})
            yield Extraction.model_construct({"document", *records}, document=document,
                                             **{name: [] for name in lists if name not in records}, **records)

    def quotes_keyed_under(self, by: str, fused_by: str) -> str | None:
        """Where the quotes' kept keys (`item_blocks`) were made by the code `by` in a fusion by `fused_by`: the kept
        actor resolution that fusion's links follow from (`LINKS_BY`: a fusion that resolved against it knows which
        keys may have changed, `kept_actors.LinkDelta`); else None."""
        with self.engine.connect() as conn:
            meta = dict(conn.execute(sa.select(t.meta.c.key, t.meta.c.value).where(
                t.meta.c.key.in_([ITEM_BLOCKS_BY, FUSED_BY, LINKS_BY]))).all())
        if meta.get(ITEM_BLOCKS_BY) != by or meta.get(FUSED_BY) != fused_by:
            return None
        return meta.get(LINKS_BY) or None

    def quotes_of(self, docs: Iterable[str]) -> dict[str, list[Quote]]:
        """Document id → its quotes as extracted (local speaker ids), in extraction order, of some documents (those
        `extractions` left unread)."""
        out: dict[str, list[Quote]] = {}
        with self.engine.connect() as conn:
            for part in fusion_rows.chunks(sorted(set(docs))):
                query = sa.select(t.quotes.c.doc, self._json_text(t.quotes.c.data)).where(t.quotes.c.doc.in_(part))
                for doc, data in conn.execute(query).all():
                    out.setdefault(doc, []).append(validated(Quote, data))
        for quotes in out.values():
            quotes.sort(key=lambda record: record_order(record.id))
        return out

    def quantities_by_id(self, ids: Iterable[str]) -> list[Quantity]:
        """The numbers of some ids (those `extractions` left unread), in no particular order."""
        out = []
        with self.engine.connect() as conn:
            for part in fusion_rows.chunks(sorted(set(ids))):
                query = sa.select(self._json_text(t.quantities.c.data)).where(t.quantities.c.id.in_(part))
                out += [validated(Quantity, data) for data in conn.scalars(query)]
        return out

    @staticmethod
    def _count_mentions(conn: sa.Connection, rows: Iterable[tuple], counts: Counter[tuple[str, str]]) -> None:
        """Add each local actor's kept mention count (rows of doc, data, id, mentions); a row without one (none is
        written so) has its document's mentions counted."""
        uncounted = set()
        for doc, _, local, count in rows:
            if count:
                counts[(doc, local)] = count
            elif count is None:
                uncounted.add(doc)
        for part in fusion_rows.chunks(sorted(uncounted)):  # counted here: faster than a GROUP BY
            counts.update(map(tuple, conn.execute(sa.select(t.mentions.c.doc, t.mentions.c.local_actor)
                                                  .where(t.mentions.c.doc.in_(part))).all()))

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

        Caches of derived views (plots over the whole store) key on it. It is the store's version
        (read from `meta`), with the fusion stamp and the document count for a store written before
        versions were kept.
        """
        with self.engine.connect() as conn:
            return tuple(conn.execute(sa.select(
                sa.select(t.meta.c.value).where(t.meta.c.key == VERSION).scalar_subquery(),
                sa.select(t.meta.c.value).where(t.meta.c.key == FUSION_STAMP).scalar_subquery(),
                sa.select(sa.func.count()).select_from(t.documents).scalar_subquery(),
            )).one())

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


def _bump(conn: sa.Connection, key: str) -> int:
    """Add one to a counter in `meta` (inside the caller's write transaction); returns the new value."""
    value = int(conn.scalar(sa.select(t.meta.c.value).where(t.meta.c.key == key)) or 0) + 1
    conn.execute(t.meta.delete().where(t.meta.c.key == key))
    conn.execute(t.meta.insert(), {"key": key, "value": str(value)})
    return value


def _sqlite_begin(conn: sa.Connection) -> None:
    """BEGIN for SQLAlchemy's transactions: IMMEDIATE (the write lock at once) where `_write` asks."""
    conn.exec_driver_sql(f"BEGIN {conn.get_execution_options().get('sqlite_begin', '')}".strip())


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

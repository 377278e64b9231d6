"""The store's paged and filtered readers: what the web explorer's pages ask for.

`PagedReads` is a part of `Store` (which inherits it), kept apart the way spaCy keeps a component's
helpers beside it: each method is one SQL query with a limit and an offset, each filter a SQL
condition built by the `_*_conditions` helpers below, and each count matches its `select_*`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlalchemy as sa

from storyline.model import Actor, Document, Event, Fact, Mention, Quantity, Quote, Sentence
from storyline.store import schema as t
from storyline.store import search


class FactDigest(Fact):
    """A fact whose member and conflict lists may be cut short; the counts give their full lengths."""

    member_count: int = 0
    conflict_count: int = 0


class PagedReads:
    """Paged, filtered and batched reads (mixed into `Store`, whose `engine` and canonical-id helpers they use)."""

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
        rows = self._page_in_documents(t.events, conditions, outlet, since, until, limit, offset)
        return [self._canonical_event(Event.model_validate(d)) for d in rows]

    def count_events(
        self, types: list[str] | None = None, actors: list[str] | None = None, role: str = "any",
        status: str | None = None, outlet: str | None = None, since: str | None = None,
        until: str | None = None, doc: str | None = None,
    ) -> int:
        """How many events `select_events` pages through with the same filters."""
        return self._count_in_documents(t.events, _event_conditions(types, actors, role, status, doc),
                                        outlet, since, until)

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
        rows = self._page_in_documents(t.quotes, _quote_conditions(speakers, stance, direct, doc), outlet, since,
                                       until, limit, offset)
        return [self._canonical_quote(Quote.model_validate(d)) for d in rows]

    def count_quotes(
        self, speakers: list[str] | None = None, stance: str | None = None, direct: bool | None = None,
        outlet: str | None = None, since: str | None = None, until: str | None = None, doc: str | None = None,
    ) -> int:
        """How many quotes `select_quotes` pages through with the same filters."""
        return self._count_in_documents(t.quotes, _quote_conditions(speakers, stance, direct, doc),
                                        outlet, since, until)

    def _page_in_documents(self, table: sa.Table, conditions: list, outlet: str | None, since: str | None,
                           until: str | None, limit: int, offset: int) -> list:
        """One page of the JSON data of a per-document table's rows meeting `conditions`, in documents of an
        outlet and date range, in publication order (undated last), then by document and record id."""
        query = (
            sa.select(table.c.data)
            .join(t.documents, t.documents.c.id == table.c.doc)
            .where(*conditions, *_document_conditions(outlet, since, until))
            .order_by(t.documents.c.published.is_(None), t.documents.c.published, table.c.doc,
                      sa.func.length(table.c.id), table.c.id)
            .limit(limit).offset(offset)
        )
        with self.engine.connect() as conn:
            return list(conn.scalars(query))

    def _count_in_documents(self, table: sa.Table, conditions: list, outlet: str | None, since: str | None,
                            until: str | None) -> int:
        """Rows of a per-document table meeting `conditions`, in documents of an outlet and date range."""
        query = sa.select(sa.func.count()).select_from(table).where(*conditions)
        if outlet or since or until:
            query = query.join(t.documents, t.documents.c.id == table.c.doc).where(
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

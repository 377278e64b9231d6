"""Every page of the explorer as one pydantic model, and the function that builds it from the store.

A builder is at once the page's JSON twin (FastAPI serialises the model it returns under `/api/…`)
and the HTML page's dependency (the view renders the same model), so the two never disagree. A
builder makes a few `Store` queries and nothing else. `context` carries the records the templates
need to resolve ids into names and evidence links; it stays out of the JSON.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain
from math import ceil
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request
from markupsafe import Markup
from pydantic import BaseModel, Field, computed_field

from storyline.model import (
    PLOVER_TYPES,
    Actor,
    Document,
    Event,
    Export,
    Fact,
    Mention,
    Quantity,
    Quote,
    Sentence,
    TimeExpression,
)
from storyline.report import views
from storyline.report.anchors import Span, highlight
from storyline.store import Store
from storyline.store.pages import FactDigest

from . import cache, figures
from .figures import Figures
from .filters import ActorFilters, DocumentFilters, EventFilters, FactFilters, QuoteFilters, SearchFilters
from .lookup import WebLookup, mention_anchor, time_anchor

SHORT_LIST = 10
"""Rows of each list inside a page (an actor's events, quotes …); the full list is one link away."""
ARTICLES = 25
"""Articles listed on an actor's page."""
FACT_ARTICLES = 100
"""Articles listed on a fact's page (its members are cut short by `Store.fact_digests`)."""
OVERVIEW_FACTS = 20
OVERVIEW_CONFLICTS = 12
CONFLICTS_PER_FACT = 3
"""Conflicts of one fact shown on the overview."""


def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


# ---- models


class Page(BaseModel):
    """Base of every page: `context` resolves ids for the templates and is left out of the JSON."""

    context: Export = Field(default_factory=Export, exclude=True)

    def lookup(self) -> WebLookup:
        return WebLookup(self.context)

    def extras(self, lk: WebLookup) -> dict:
        """Display-only values the template needs besides the page (ranked views, summaries)."""
        return {}


class Listing(Page):
    """A page of a filtered list: `total` rows match, `filters.page` of `pages` is shown."""

    total: int

    @computed_field
    @property
    def pages(self) -> int:
        return max(1, ceil(self.total / self.filters.size))  # type: ignore[attr-defined]


class DocumentRef(BaseModel):
    """A document without its text, for lists."""

    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None

    @classmethod
    def of(cls, doc: Document) -> DocumentRef:
        return cls(id=doc.id, title=doc.title, outlet=doc.outlet, published=doc.published)


class Evidence(BaseModel):
    """One member of a fact in its sentence(s): `text` starts at `context_start` in the document."""

    member: str
    doc: str
    start: int
    end: int
    context_start: int
    text: str

    def marked(self, kind: str, label: str = "") -> Markup:
        """The sentence, escaped, with the member's own characters highlighted."""
        span = Span(self.start - self.context_start, self.end - self.context_start, None, kind, label)
        return highlight(self.text, [span])


class OverviewPage(Page):
    title: str
    counts: dict[str, int]
    published: tuple[str, str] | None
    facts: list[FactDigest] = Field(description="the most corroborated facts")
    conflicted: list[FactDigest] = Field(description="the most corroborated facts whose sources disagree")
    figures: Figures = Field(default_factory=dict, exclude=True)

    def extras(self, lk: WebLookup) -> dict:
        ranked = views.rank_facts(self.context, lk)
        conflicts = [c for fv in ranked for c in fv.conflicts[:CONFLICTS_PER_FACT]][:OVERVIEW_CONFLICTS]
        return {"conflicts": conflicts}


class FactPage(Page):
    fact: FactDigest = Field(description="the fact; `member_count` and `conflict_count` say if lists are cut")
    evidence: list[Evidence] = Field(description="the members shown, each in its sentence")
    documents: list[DocumentRef]

    def extras(self, lk: WebLookup) -> dict:
        return {"view": views.rank_facts(self.context, lk)[0]}


class ActorPage(Page):
    actor: Actor
    activity: dict[str, int] = Field(description="quotes spoken, events as source and as target")
    as_source: list[Event]
    as_target: list[Event]
    quotes: list[Quote]
    facts: list[FactDigest]
    documents: list[DocumentRef]
    timeline: str | None = Field(None, exclude=True)

    def extras(self, lk: WebLookup) -> dict:
        return {"activity": {self.actor.id: self.activity}}


class DocumentPage(Page):
    document: Document
    quotes: list[Quote]
    events: list[Event]
    quantities: list[Quantity]
    mentions: list[Mention]
    hit: tuple[int, int] | None = Field(None, description="the passage a search result points at")
    times: list[TimeExpression] = Field(default_factory=list)

    def lookup(self) -> WebLookup:
        return WebLookup(self.context, self.mentions, self.hit, self.times)

    def extras(self, lk: WebLookup) -> dict:
        """Who is named in the document, most mentioned first, with links to the mentions."""
        by_actor: dict[str, list[Mention]] = {}
        for m in self.mentions:
            by_actor.setdefault(m.actor, []).append(m)
        named = sorted(by_actor.items(), key=lambda kv: (-len(kv[1]), lk.name(kv[0])))
        return {"named": [(actor, lk.name(actor), [mention_anchor(m) for m in ms]) for actor, ms in named],
                "time_rows": [(time, time_anchor(time)) for time in self.times]}


class EventsPage(Listing):
    filters: EventFilters
    actor_ids: list[str] | None = Field(None, description="the actors `actor` names")
    items: list[Event]
    outlets: list[str] = Field(default_factory=list, exclude=True)

    def extras(self, lk: WebLookup) -> dict:
        return {"plover_types": PLOVER_TYPES}


class QuotesPage(Listing):
    filters: QuoteFilters
    speaker_ids: list[str] | None = Field(None, description="the actors `speaker` names")
    items: list[Quote]
    outlets: list[str] = Field(default_factory=list, exclude=True)


class FactsPage(Listing):
    filters: FactFilters
    actor_ids: list[str] | None = Field(None, description="the actors `actor` names")
    items: list[FactDigest]


class ActorsPage(Listing):
    filters: ActorFilters
    items: list[Actor]


class DocumentsPage(Listing):
    filters: DocumentFilters
    items: list[DocumentRef]
    outlets: list[str] = Field(default_factory=list, exclude=True)


class SearchHit(BaseModel):
    doc: str
    start: int
    end: int
    text: str

    def marked(self, words: list[str]) -> Markup:
        """The sentence, escaped, with each searched word highlighted."""
        spans = [Span(m.start(), m.end(), None, "hit")
                 for w in words for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", self.text, re.I)]
        return highlight(self.text, spans)


class SearchPage(Listing):
    filters: SearchFilters
    items: list[SearchHit]

    def extras(self, lk: WebLookup) -> dict:
        return {"words": (self.filters.q or "").split()}


# ---- builders


def _context(
    store: Store, quotes: Iterable[Quote] = (), events: Iterable[Event] = (),
    quantities: Iterable[Quantity] = (), facts: Iterable[Fact] = (), actors: Iterable[Actor] = (),
    documents: list[Document] | None = None,
) -> Export:
    """The records a page refers to: its items, their documents, actors and linked quantities."""
    quotes, events, quantities, facts, actors = map(list, (quotes, events, quantities, facts, actors))
    known = {a.id for a in actors}
    wanted = {a for q in quotes for a in (q.speaker, q.medium)} | {a for f in facts for a in f.actors}
    wanted |= {a for e in events for a in (e.source, e.target, e.reported_by)}
    wanted -= known | {None}
    linked = {e.quantity for e in events if e.quantity} - {n.id for n in quantities}
    if documents is None:
        documents = store.get_documents({x.doc for x in chain(quotes, events, quantities)})
    return Export(documents=documents, actors=actors + store.get_actors(wanted), quotes=quotes, events=events,
                  quantities=quantities + (store.get_quantities(linked) if linked else []), facts=facts)


def _resolve(store: Store, name: str | None) -> list[str] | None:
    """Actor ids a filter names (id, name or alias); None when the filter is not set."""
    return None if name is None else store.find_actor_ids(name)


def overview(store: StoreDep) -> OverviewPage:
    """Counts, the best corroborated facts, the conflicts, and the plots."""
    digests = cache.fact_digests(store)
    conflicted = [f for f in digests if f.conflict_count][:OVERVIEW_CONFLICTS]
    items = {kind: [x for f in conflicted if f.kind == kind for c in f.conflicts[:CONFLICTS_PER_FACT]
                    for x in (c.a, c.b)]
             for kind in ("event", "quantity", "quote")}
    tables = ("documents", "actors", "quotes", "events", "quantities")
    counts = {"outlets": len(store.list_outlets()), **{name: store.count(name) for name in tables},
              "facts": len(digests), "conflicts": sum(f.conflict_count for f in digests)}
    return OverviewPage(
        title=views.story_title(Export(actors=store.select_actors(limit=3))),
        counts=counts,
        published=store.get_published_range(),
        facts=digests[:OVERVIEW_FACTS],
        conflicted=conflicted,
        figures=figures.overview_figures(store),
        context=_context(store, events=store.get_events(items["event"]),
                         quantities=store.get_quantities(items["quantity"]),
                         quotes=store.get_quotes(items["quote"]), facts=conflicted),
    )


def fact(store: StoreDep, fact_id: str) -> FactPage:
    """One fact: its members in their sentences, its documents, its independence chain, conflicts."""
    shown = next((f for f in cache.fact_digests(store) if f.id == fact_id), None)
    if shown is None:
        raise HTTPException(404, f"No fact {fact_id!r}.")
    get = {"event": store.get_events, "quantity": store.get_quantities, "quote": store.get_quotes}[shown.kind]
    items = {x.id: x for x in get(shown.members + [x for c in shown.conflicts for x in (c.a, c.b)])}
    documents = store.get_documents(set(shown.documents[:FACT_ARTICLES]) | {x.doc for x in items.values()})
    texts = {d.id: d.text for d in documents}
    sentences: dict[str, list[Sentence]] = {}
    for sentence in store.get_sentences({x.doc for x in items.values()}):
        sentences.setdefault(sentence.doc, []).append(sentence)
    evidence = []
    for member in shown.members:
        item = items.get(member)
        if item is None or item.doc not in texts:
            continue
        around = [s for s in sentences.get(item.doc, [])
                  if s.end > item.start and s.start < max(item.end, item.start + 1)]
        text = texts[item.doc]
        start = min([item.start] + [s.start for s in around])
        end = max([item.end] + [s.end for s in around])
        # a parsed sentence can run on over a headline or a caption: keep only the member's lines
        start = max(start, text.rfind("\n", start, item.start) + 1)
        line_end = text.find("\n", item.end, end)
        end = end if line_end == -1 else line_end
        evidence.append(Evidence(member=member, doc=item.doc, start=item.start, end=item.end,
                                 context_start=start, text=text[start:end]))
    listed = set(shown.documents)
    members_of = {kind: list(items.values()) if shown.kind == kind else []
                  for kind in ("event", "quantity", "quote")}
    return FactPage(
        fact=shown,
        evidence=evidence,
        documents=[DocumentRef.of(d) for d in documents if d.id in listed],
        context=_context(store, events=members_of["event"], quantities=members_of["quantity"],
                         quotes=members_of["quote"], facts=[shown], documents=documents),
    )


def actor(store: StoreDep, actor_id: str) -> ActorPage:
    """One actor: roles and aliases, events as source and as target, quotes, facts, timeline."""
    found = store.get_actor(actor_id)
    if found is None:
        raise HTTPException(404, f"No actor {actor_id!r}.")
    ids = [found.id]
    as_source = store.select_events(actors=ids, role="source", limit=SHORT_LIST)
    as_target = store.select_events(actors=ids, role="target", limit=SHORT_LIST)
    quotes = store.select_quotes(speakers=ids, limit=SHORT_LIST)
    facts = cache.facts_where(store, actors=ids)
    return ActorPage(
        actor=found,
        activity={"quotes": store.count_quotes(speakers=ids),
                  "source": store.count_events(actors=ids, role="source"),
                  "target": store.count_events(actors=ids, role="target"),
                  "facts": len(facts)},
        as_source=as_source,
        as_target=as_target,
        quotes=quotes,
        facts=facts[:SHORT_LIST],
        documents=[DocumentRef.of(d) for d in store.get_documents(found.documents[:ARTICLES])],
        timeline=figures.actor_timeline(store, found),
        context=_context(store, quotes=quotes, events=as_source + as_target, facts=facts[:SHORT_LIST],
                         actors=[found]),
    )


def document(
    store: StoreDep, doc_id: str,
    start: Annotated[int | None, Query(ge=0, le=50_000_000, description="start of a passage to mark")] = None,
    end: Annotated[int | None, Query(ge=0, le=50_000_000, description="end of a passage to mark")] = None,
) -> DocumentPage:
    """One article with its actors, quotes, quantities, times and events highlighted and linked."""
    found = store.get_document(doc_id)
    if found is None:
        raise HTTPException(404, f"No document {doc_id!r}.")
    quotes = store.quotes_where(doc=found.id)
    events = store.events_where(doc=found.id)
    quantities = store.quantities_where(doc=found.id)
    mentions = store.mentions_where(found.id)
    named = store.get_actors({m.actor for m in mentions})
    return DocumentPage(
        document=found, quotes=quotes, events=events, quantities=quantities, mentions=mentions,
        times=store.times_where(doc=found.id),
        hit=(start, end) if start is not None and end is not None and start < end <= len(found.text)
        else None,
        context=_context(store, quotes=quotes, events=events, quantities=quantities, actors=named,
                         documents=[found]),
    )


def events(store: StoreDep, filters: Annotated[EventFilters, Query()]) -> EventsPage:
    """Events filtered by type, actor and role, status, outlet and publication dates."""
    ids = _resolve(store, filters.actor)
    where = dict(types=[filters.type] if filters.type else None, actors=ids, role=filters.role,
                 status=filters.status, **filters.store_args())
    items = store.select_events(**where, limit=filters.size, offset=filters.offset)
    return EventsPage(filters=filters, actor_ids=ids, items=items, total=store.count_events(**where),
                      outlets=store.list_outlets(), context=_context(store, events=items))


def quotes(store: StoreDep, filters: Annotated[QuoteFilters, Query()]) -> QuotesPage:
    """Quotes filtered by speaker, stance, direct or reported speech, outlet and publication dates."""
    ids = _resolve(store, filters.speaker)
    direct = None if filters.kind is None else filters.kind == "direct"
    where = dict(speakers=ids, stance=filters.stance, direct=direct, **filters.store_args())
    items = store.select_quotes(**where, limit=filters.size, offset=filters.offset)
    return QuotesPage(filters=filters, speaker_ids=ids, items=items, total=store.count_quotes(**where),
                      outlets=store.list_outlets(), context=_context(store, quotes=items))


def facts(store: StoreDep, filters: Annotated[FactFilters, Query()]) -> FactsPage:
    """Facts, most corroborated first, filtered by kind, actor, and whether their sources disagree."""
    ids = _resolve(store, filters.actor)
    found = cache.facts_where(store, kind=filters.kind, actors=ids, conflicted=filters.conflicted)
    items = found[filters.offset: filters.offset + filters.size]
    return FactsPage(filters=filters, actor_ids=ids, items=items, total=len(found))


def actors(store: StoreDep, filters: Annotated[ActorFilters, Query()]) -> ActorsPage:
    """Actors, most mentioned first, filtered by kind and name."""
    where = dict(kind=filters.kind, name=filters.name)
    items = store.select_actors(**where, limit=filters.size, offset=filters.offset)
    return ActorsPage(filters=filters, items=items, total=store.count_actors(**where))


def documents(store: StoreDep, filters: Annotated[DocumentFilters, Query()]) -> DocumentsPage:
    """Articles in publication order, filtered by outlet and publication dates."""
    where = filters.store_args()
    items = store.select_documents(**where, limit=filters.size, offset=filters.offset)
    return DocumentsPage(filters=filters, items=[DocumentRef.of(d) for d in items],
                         total=store.count_documents(**where), outlets=store.list_outlets())


def search(store: StoreDep, filters: Annotated[SearchFilters, Query()]) -> SearchPage:
    """Full-text search over every sentence; each result links to its passage in the article."""
    if not filters.q:
        return SearchPage(filters=filters, items=[], total=0)
    hits = store.search_sentences(filters.q, limit=filters.size, offset=filters.offset)
    return SearchPage(
        filters=filters,
        items=[SearchHit(doc=h.doc, start=h.start, end=h.end, text=h.text) for h in hits],
        total=store.count_sentences_matching(filters.q),
        context=Export(documents=store.get_documents({h.doc for h in hits})),
    )


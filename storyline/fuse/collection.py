"""The collection as fusion sees it, and its blocks: what every block needs, and what makes a block unchanged.

A block's signature digests its items, the documents they come from (content, origin, actor
resolution) and the version of fusion's code and lexicons: equal signatures give equal facts, so a
re-fusion keeps the facts of every block whose signature it has seen.
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from collections.abc import Collection as Collected
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from storyline.fuse.blocking import ActorLevels, EventItem, lexicon_object_classes
from storyline.fuse.incremental import KeptRows, KeptStems
from storyline.fuse.lexical import sentence_spans
from storyline.fuse.sources import DocumentSource, build_sources, origin_key
from storyline.fuse.stories import Stories
from storyline.model import Actor, Document, Event, Extraction, Quantity, Quote, record_order
from storyline.resources import RESOURCES

if TYPE_CHECKING:
    from storyline.fuse.incremental import DocumentFeatures
    from storyline.fuse.kept_actors import LinkDelta


@dataclass
class Collection:
    """What every block needs from the whole collection: documents, actors, sources, sentences, quotes."""

    extractions: list[Extraction]
    links: dict[tuple[str, str], str]
    actors: list[Actor]
    features: Mapping[str, DocumentFeatures] = field(default_factory=dict)
    """Document id → what fusion read of its text before (`incremental.py`): not read again."""
    quantity_blocks: Mapping[str, str] = field(default_factory=dict)
    """Number id → the blocking key an earlier fusion read of it (`facts.blocks`, `quantity_key`): not read again."""
    unread_numbers: Mapping[str, str] = field(default_factory=dict)
    """Number id → its document, of the numbers whose records fusion has not read (their keys in `quantity_blocks`):
    a block of them keeps its facts on their ids and documents (`UnreadNumber`); one fused again reads them
    (`read_numbers`)."""
    read_numbers: Callable[[list[str]], list[Quantity]] | None = None
    """The records of some of `unread_numbers`, by id (the store's `quantities_by_id`)."""
    unread_quotes: Mapping[str, tuple[str, str, str]] = field(default_factory=dict)
    """Quote id → (its document, the key a fusion keyed it by, the canonical speaker it was keyed with), of the quotes
    whose records `extractions` leave out (`Store.extractions(unread_quotes=)`): a document of them is read when first
    asked (`quotes`, `read_quotes`), and its quotes stand in their blocks by their kept keys (`UnreadQuote`) unless
    it is among `stale_quotes`."""
    read_quotes: Callable[[list[str]], Mapping[str, list[Quote]]] | None = None
    """Document ids → their quotes as extracted (the store's `quotes_of`), for the documents of `unread_quotes`."""
    stale_quotes: Collected[str] | None = None
    """The documents of `unread_quotes` whose kept keys may not hold (their links changed, or a speaker was keyed with
    an actor whose members changed: `stale_quote_documents`), read and keyed again; None: every one."""
    kept_copies: Mapping[str, bool] = field(default_factory=dict)
    """Whether a text copies another, as an earlier fusion answered (`sources.find_copies`): not computed again."""
    kept_signatures: Mapping[str, list] = field(default_factory=dict)
    """Document id → [its signature, origin, what it copies], as a fusion under the same actor resolution made them
    (`facts.SIGNATURES_MEMO`): read, not made again, for a document not in `resigned` whose origin and copy hold."""
    resigned: set[str] = field(default_factory=set)
    """The documents whose links or actors changed since `kept_signatures` were made (`facts.changed_documents`)."""
    signed: dict[str, list] = field(init=False, default_factory=dict)
    """Document id → [its signature, origin, what it copies], of every document, for a later fusion."""
    asked_copies: dict[str, bool] = field(init=False, default_factory=dict)
    """The copy answers of this fusion's candidate pairs (`kept_copies`), for a later one."""
    kept_classes: Mapping[str, str] = field(default_factory=dict)
    """Word → top-level object class as an earlier fusion kept them (`facts.CLASSES_MEMO`, under fusion's code
    version, which digests `events.yaml`): this fusion classes events by them and does not load the events lexicon
    (133 KB of YAML, ~0.1 s) for the few words it asks."""
    asked_classes: Mapping[str, str] | None = field(init=False, default=None)
    """The object classes this fusion classed events by (`object_classes`), for a later one; None where it asked
    none."""
    read_blocks: dict[str, str] = field(init=False, default_factory=dict)
    """Number id → the blocking key this fusion read, of the numbers whose key was not kept (`quantity_blocks`)."""
    item_blocks: dict[str, dict[str, tuple[str, str]]] = field(
        init=False, default_factory=lambda: {"events": {}, "quotes": {}})
    """`events`, `quotes` → item id → (its blocking key, what it was keyed with) as this fusion keyed it
    (`facts.blocks`), for the store to keep (`Store.item_blocks`)."""
    documents: dict[str, Document] = field(init=False)
    names: dict[str, str] = field(init=False)
    levels: ActorLevels = field(init=False)
    media: set[str] = field(init=False)
    sources: dict[str, DocumentSource] = field(init=False)
    sentences: dict[str, list[tuple[int, int]]] = field(init=False)
    quotes: DocumentQuotes = field(init=False)
    """Document id → its quotes as fusion reads them (`own_words`, each with its canonical speaker)."""
    standing_quotes: dict[str, list[tuple[str, str]]] = field(init=False)
    """Document id → (quote id, kept key) of its quotes, in extraction order, of the documents of `unread_quotes` not
    among `stale_quotes`: their keys hold (`facts.blocks`)."""
    events: dict[str, list[Event]] = field(init=False)
    stories: Stories = field(init=False)
    signatures: dict[str, str] = field(init=False)
    numbers: dict[str, Quantity] = field(init=False)
    """Number id → its record, of the numbers read (every one but `unread_numbers`, less those read since)."""

    def __post_init__(self) -> None:
        self.documents = {ex.document.id: ex.document for ex in self.extractions}
        self.numbers = {q.id: q for ex in self.extractions for q in ex.quantities}
        self.names = {a.id: a.name for a in self.actors}
        self.levels = ActorLevels({a.id: a for a in self.actors})
        self.media = {a.id for a in self.actors if a.sector == "MED"}
        features = self.features
        unread: dict[str, list[str]] = defaultdict(list)
        for quote, (doc, _, _) in self.unread_quotes.items():
            unread[doc].append(quote)
        # what reads and cuts a document's quotes holds the links, not this collection: no cycle keeps it alive
        self.quotes = DocumentQuotes([ex.document.id for ex in self.extractions], unread,
                                     partial(read_unread_quotes, self.read_quotes),
                                     partial(speakers_own_words, self.links))
        for ex in self.extractions:
            if ex.document.id not in unread:
                self.quotes.cut[ex.document.id] = speakers_own_words(self.links, ex.document.id, ex.quotes)
        stale = set(unread) if self.stale_quotes is None else set(self.stale_quotes) & set(unread)
        self.quotes.fetch(stale)
        self.standing_quotes = {
            doc: sorted(((quote, self.unread_quotes[quote][1]) for quote in quotes), key=lambda q: record_order(q[0]))
            for doc, quotes in unread.items() if doc not in stale}
        self.sources = build_sources(self.extractions, self.links, self.media, self.names,
                                     sketched={d: f.minhash() for d, f in features.items()},
                                     credits={d: f.credits for d, f in features.items()},
                                     kept_copies=self.kept_copies, asked_copies=self.asked_copies,
                                     unread={doc: partial(self.quotes.records, doc) for doc in unread})
        self.sentences = {  # a document's own sentences, else those fusion kept of its text (`incremental.py`)
            ex.document.id: sorted((s.start, s.end) for s in ex.sentences)
            or ((kept := features.get(ex.document.id)) and kept.sentences) or sentence_spans(ex.document.text)
            for ex in self.extractions
        }
        self.events = {ex.document.id: ex.events for ex in self.extractions}
        self.stories = Stories({ex.document.id: ex.document.text for ex in self.extractions},
                               stems=KeptStems(features), words={d: f.words for d, f in features.items()},
                               rows=KeptRows(features))
        self.signatures = {}
        kept, resigned, signed = self.kept_signatures, self.resigned, self.signed
        for ex in self.extractions:
            doc = ex.document.id
            origin, copy_of = origin_key(doc, self.sources), self.sources[doc].copy_of
            was = kept.get(doc)
            if was is not None and doc not in resigned and was[1] == origin and was[2] == copy_of:
                signed[doc] = was
            else:
                signed[doc] = [self._signature(ex, origin, copy_of), origin, copy_of]
            self.signatures[doc] = signed[doc][0]

    def object_classes(self) -> Mapping[str, str]:
        """Word → top-level object class, as this fusion classes events (`blocking.object_class`): those kept
        (`kept_classes`), else those of `events.yaml` (`blocking.lexicon_object_classes`), read when first asked.
        They belong to this fusion: another one in the process (another store) asks its own."""
        if self.asked_classes is None:
            self.asked_classes = self.kept_classes or lexicon_object_classes()
        return self.asked_classes

    def unread_by_document(self) -> dict[str, list[UnreadNumber]]:
        """Document id → its numbers left unread, as stand-ins (`UnreadNumber`)."""
        out: dict[str, list[UnreadNumber]] = defaultdict(list)
        for number, doc in self.unread_numbers.items():
            out[doc].append(UnreadNumber(number, doc))
        return out

    def is_number(self, number: str) -> bool:
        return number in self.numbers or number in self.unread_numbers

    def number_unit(self, number: str) -> str | None:
        """A number's unit: its record's, else the one its kept blocking key holds (`quantity_block`: the unit or
        '', where the record's is None)."""
        if (record := self.numbers.get(number)) is not None:
            return record.unit
        key = self.quantity_blocks.get(number)
        return json.loads(key)[1] if key else None

    def number_records(self, numbers: Iterable[str]) -> list[Quantity]:
        """The records of the numbers among `numbers`, in that order: those left unread read now (and kept)."""
        numbers = [n for n in numbers if self.is_number(n)]
        missing = [n for n in numbers if n not in self.numbers]
        if missing:
            if self.read_numbers is None:
                raise ValueError(f"{len(missing)} numbers left unread and no reader of them given")
            self.numbers.update((q.id, q) for q in self.read_numbers(missing))
        return [self.numbers[n] for n in numbers]

    def quote_records(self, items: list) -> None:
        """Put the records of the quotes standing in `items` (`UnreadQuote`, a block's) in their places, their
        documents read at once."""
        unread = [n for n, item in enumerate(items) if isinstance(item, UnreadQuote)]
        if unread:
            self.quotes.fetch({items[n].doc for n in unread})
            for n in unread:
                items[n] = self.quotes.by_id(items[n].doc, items[n].id)

    def resolve(self, doc: str, local: str | None) -> str | None:
        return self.links.get((doc, local), local) if local else None

    def primary_event(self, quote: Quote) -> Event | None:
        """Of the events a quote states, the one whose trigger comes first in it: `Iran is supplying drones
        used in attacks` is about the supplying; the attacks are a clause inside it."""
        text = quote.text.lower()
        placed = [(text.find(e.trigger.lower()), e.id, e) for e in self.events.get(quote.doc, [])
                  if e.trigger and e.start < quote.end and quote.start < e.end and e.trigger.lower() in text]
        return min(placed, key=lambda p: (p[0], p[1]))[2] if placed else None

    def sentence_of(self, doc: str, start: int, end: int) -> tuple[int, int]:
        for span in self.sentences.get(doc, []):
            if span[0] <= start < span[1]:
                return span
        return (start, end)

    def text(self, doc: str, start: int, end: int) -> str:
        return self.documents[doc].text[start:end] if doc in self.documents else ""

    def _signature(self, ex: Extraction, origin: str, copy_of: str | None) -> str:
        """What a document contributes to any block besides its items: its origin and actor resolution."""
        doc = ex.document.id
        resolved = sorted((local, self.links.get((doc, local), local)) for local in {a.id for a in ex.local_actors})
        used = sorted({c for _, c in resolved})
        # what fusion reads of a canonical actor: its name, kind (a person's one-sided acts cluster together)
        # and country (the block's level)
        actors = [(self.names.get(a), *((x.kind, x.country) if (x := self.levels.actors.get(a)) else ()))
                  for a in used]
        return digest((ex.document.content_hash, origin, copy_of, resolved, actors))


def stale_quote_documents(unread: Mapping[str, tuple[str, str, str]], delta: LinkDelta | None, keyed_under: str | None,
                          actors: list[Actor], links: Mapping[tuple[str, str], str],
                          described_then: Mapping[str, list] | None = None) -> set[str] | None:
    """The documents of the quotes left unread whose kept keys may not hold, or None where it cannot be told (every
    one). A quote's key is its canonical speaker's level (`blocking.quote_block`: the actor's country, else its id),
    and its words are cut where another speaker's start (`own_words`): where the keys were made under the
    kept resolution `delta` was made against (`keyed_under`, the one the stored links follow from), they hold but
    in the documents whose links changed and for the speakers keyed with an actor whose members changed (an actor of
    the same members is the same actor: `fusion_rows.touched_actors`, which the write compares by) unless it is
    described as it was then (`described_then`: actor id → `described`, of the actors of several documents then, kept
    with the documents' signatures under the same resolution: its country, its level, the same)."""
    if not unread:
        return set()
    if delta is None or delta.kept is None or delta.kept != keyed_under:
        return None
    touched = {a for _, a in delta.added} | {a for _, a in delta.changed} | set(delta.was.values())
    if described_then is not None:
        touched -= {a.id for a in actors if a.id in touched and described_then.get(a.id) == described(a)}
    linked = set(links.values())
    touched.update(a.id for a in actors if a.id not in linked)
    docs = {key[0] for key, _ in delta.changed}
    docs.update(doc for doc, _, keyed in unread.values() if keyed in touched)
    return docs


def described(actor: Actor) -> list:
    """What a document's signature reads of an actor its links name (`Collection._signature`)."""
    return [actor.name, actor.kind, actor.country]


@dataclass
class UnreadNumber:
    """A number whose record fusion left unread, in its place among a block's items: what the block's signature reads
    of it (`Block.signature`) and, once its block's last fusion gives them (`parts.block_parts`), its figures, what
    the links of the numbers new to its block read of it (`clustering.quantity_links`), until a fusion of its part
    reads the record (`parts.read_block_numbers`)."""

    id: str
    doc: str
    low: float | None = None
    high: float | None = None


def read_unread_quotes(read: Callable[[list[str]], Mapping[str, list[Quote]]] | None,
                       docs: list[str]) -> dict[str, list[Quote]]:
    """The quotes of some documents of `Collection.unread_quotes`, as extracted (`Collection.read_quotes`)."""
    if read is None:
        raise ValueError(f"the quotes of {len(docs)} documents left unread and no reader of them given")
    return dict(read(docs))


def speakers_own_words(links: Mapping[tuple[str, str], str], doc: str, quotes: list[Quote]) -> list[Quote]:
    """A document's quotes as fusion reads them: each with its canonical speaker (itself where the local id is the
    canonical one: no copy), cut to its own words (`own_words`)."""
    resolved = []
    for quote in quotes:
        speaker = links.get((quote.doc or doc, quote.speaker), quote.speaker) if quote.speaker else None
        resolved.append(quote if speaker == quote.speaker else quote.model_copy(update={"speaker": speaker}))
    return own_words(resolved)


@dataclass
class UnreadQuote:
    """A quote whose record fusion left unread, in its place among its block's items by the key a fusion kept
    (`Collection.standing_quotes`): what the block's signature reads of it, until a fusion of its part reads the
    record (`Collection.quote_records`)."""

    id: str
    doc: str


class DocumentQuotes(Mapping):
    """Document id → its quotes as fusion reads them (`own_words` of each with its canonical speaker), of every
    document: those read with the extractions (`cut`), and those of the documents whose quotes were left unread
    (`Collection.unread_quotes`), read when first asked (`fetch`, a few documents at once)."""

    def __init__(self, docs: list[str], unread: Mapping[str, list[str]],
                 read: Callable[[list[str]], dict[str, list[Quote]]], made: Callable[[str, list[Quote]], list[Quote]]):
        """:param read: document ids → their quotes as extracted; `made`: a document's quotes as fusion reads them"""
        self.docs = docs
        self.unread = unread
        self.read = read
        self.made = made
        self.cut: dict[str, list[Quote]] = {}
        self.raw: dict[str, list[Quote]] = {}
        """Document id → its quotes as extracted, of the documents read here (for their citations)."""
        self._by_id: dict[str, dict[str, Quote]] = {}

    def fetch(self, docs: Iterable[str]) -> None:
        """Read the quotes of those of `docs` left unread and not read yet, at once."""
        missing = sorted(doc for doc in docs if doc in self.unread and doc not in self.cut)
        if not missing:
            return
        read = self.read(missing)
        for doc in missing:
            self.raw[doc] = read.get(doc, [])
            self.cut[doc] = self.made(doc, self.raw[doc])

    def records(self, doc: str) -> list[Quote]:
        """A document's quotes as extracted, of one whose quotes were left unread."""
        self.fetch([doc])
        return self.raw[doc]

    def by_id(self, doc: str, quote: str) -> Quote:
        """One quote of a document as fusion reads it."""
        if doc not in self._by_id:
            self._by_id[doc] = {q.id: q for q in self[doc]}
        return self._by_id[doc][quote]

    def __getitem__(self, doc: str) -> list[Quote]:
        if doc not in self.cut:
            if doc not in self.unread:
                raise KeyError(doc)
            self.fetch([doc])
        return self.cut[doc]

    def __contains__(self, doc: object) -> bool:
        return doc in self.cut or doc in self.unread

    def __iter__(self):
        return iter(self.docs)

    def __len__(self) -> int:
        return len(self.docs)


REPORTED_TAIL = re.compile(r"(?:[,;:]\s*(?:(?:but|and|while|whereas|though|although)\s+)?"
                           r"|\s+(?:but|and|while|whereas|though|although)\s+)[^,;:]{0,60}$")
"""The clause that reports another speaker at the end of a statement (`, but Cambodia said`)."""


def own_words(quotes: list[Quote]) -> list[Quote]:
    """Each statement cut to its speaker's own words: `the army said Cambodia attacked, but Cambodia said there
    was no firing` read as one statement holds a second speaker's statement at its end; the first speaker's
    words stop before the clause that reports the second (`, but Cambodia said`), so the denial is not theirs."""
    out = []
    by_start = sorted(quotes, key=lambda o: o.start)  # the statements that may lie inside one: those starting in it
    starts = [o.start for o in by_start]
    for quote in quotes:
        inner = [o for o in by_start[bisect_right(starts, quote.start) : bisect_right(starts, quote.end)]
                 if o.id != quote.id and o.speaker != quote.speaker and o.end <= quote.end]
        if inner:
            cut = min(o.start for o in inner) - quote.start
            head = REPORTED_TAIL.sub("", quote.text[:cut]).rstrip()
            if len(head) >= 12:
                quote = quote.model_copy(update={"text": head, "end": quote.start + len(head)})
        out.append(quote)
    return out


@dataclass
class Block:
    """One blocking key and its items; `fuse` turns it into facts."""

    kind: str
    key: tuple
    items: list = field(default_factory=list)
    partials: list[EventItem] = field(default_factory=list)
    statements: list[tuple[Quote, EventItem]] = field(default_factory=list)
    """Of an accusation block: the accuser's quotes stating a hostile act of the accused (`accusations.py`)."""
    links: list[tuple[bool, float, int, int]] | None = None
    """Of a part of a quantity block (`facts.quantity_parts`): its numbers' links, by their place in it."""
    signed: str | None = field(default=None, init=False, repr=False, compare=False)
    """`signature` once made: a fusion asks it of an event block up to three times (its kept clusters, its facts,
    its clusters joined with another block's), after the block is whole (its items' ids and documents then hold)."""

    @property
    def name(self) -> str:
        return "|".join([self.kind, *map(str, self.key)])

    def documents(self) -> set[str]:
        return {self.doc_of(i) for i in [*self.items, *self.partials]} | {q.doc for q, _ in self.statements}

    @staticmethod
    def doc_of(item) -> str:
        return item.doc if isinstance(item, EventItem | Quote | UnreadQuote) else item.quantity.doc

    def signature(self, collection: Collection) -> str:
        if self.signed is None:
            ids = sorted(item_id(i) for i in [*self.items, *self.partials, *(q for q, _ in self.statements)])
            # the same-story answers the block's clustering asks depend on its documents only (`Stories`: a
            # background IDF), and on whether the collection is large enough to tell stories apart
            self.signed = digest((code_version(), self.name, ids,
                                  sorted(collection.signatures[d] for d in self.documents()),
                                  collection.stories.active))
        return self.signed


def item_id(item) -> str:
    return item.id if isinstance(item, EventItem | Quote | UnreadQuote) else item.quantity.id


def digest(value) -> str:
    return hashlib.sha1(repr(value).encode()).hexdigest()[:16]


@cache
def code_version() -> str:
    """A digest of fusion's code and lexicons: facts fused by another version are never reused."""
    files = sorted(Path(__file__).parent.glob("*.py")) + [RESOURCES / name for name in (
        "fusion.yaml", "events.yaml", "story_df.tsv", "english_stopwords.yaml")]
    return digest([f.read_bytes() for f in files])

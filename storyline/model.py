"""The one data model: what the store keeps, the exports write and the web shows.

The contract objects (`Document`, `Actor`, `Quote`, `Event`, `Quantity`, `Fact`) carry exactly the
fields of `spec/output-contract.md` (schema `storyline/1`) plus a few extra ones, which the contract
allows. `Export` is the whole JSON export; its JSON Schema is generated from these classes.

Extractors work one document at a time and cannot know the collection-wide actor ids, so quotes
and events name actors by a *local* actor key (`Mention.actor`, `LocalActor.id`); `fuse/` maps the
local keys of all documents to canonical `Actor` ids.
"""

from __future__ import annotations

from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "storyline/1"

ActorKind = Literal["country", "person", "organization", "group"]
Stance = Literal["assert", "deny"]
EventStatus = Literal["asserted", "denied", "negated", "possible", "planned"]
FactKind = Literal["event", "quantity", "quote"]
PLOVER_TYPES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
    "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT"
).split()
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]


def record_order(record_id: str) -> tuple[str, int]:
    """A record's place among its document's, from its id (`doc#quote12`: the 13th quote extracted): the order the
    store gives a document's records in, and fusion the numbers it left unread among them."""
    head = record_id.rstrip("0123456789")
    return head, int(record_id[len(head):] or -1)


class Record(BaseModel):
    """Base of every stored record: ignores unknown keys so older stores stay readable."""

    model_config = ConfigDict(extra="ignore")


R = TypeVar("R", bound=BaseModel)


class SharedFieldSets:
    """One set of field names for every record that set the same fields (`model_fields_set`), instead of a set each.

    pydantic keeps, per instance, the names of the fields its input gave: a set of some twenty names takes more
    memory than the event it describes (2,264 bytes of 3,756). Records made in bulk (`Store.extractions`, fusion's
    actors) set the same few combinations: one set per combination takes 43% off the records a fusion of all BBC
    reads (107 → 61 MiB). A copy (`model_copy`) copies the set; only an attribute assigned on a shared record
    itself would add its name to the others' (nothing assigns to the records fusion reads or to its actors).
    """

    def __init__(self) -> None:
        self.sets: dict[frozenset[str], set[str]] = {}

    def __call__(self, record: R) -> R:
        fields = record.__pydantic_fields_set__
        object.__setattr__(record, "__pydantic_fields_set__", self.sets.setdefault(frozenset(fields), fields))
        return record


class Document(Record):
    id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD")
    text: str
    content_hash: str | None = Field(None, description=(
        "sha256 of the text (with the outlet, where one is named: a syndicated copy is another publication), "
        "for incremental builds"))
    repeated_paragraphs: list[list[int]] = Field(
        default_factory=list, description="[start, end] of paragraphs that repeat an earlier one"
    )


class Sentence(Record):
    doc: str
    index: int
    start: int
    end: int
    text: str


class LocalActor(Record):
    """An actor as one document knows it, before cross-document resolution."""

    id: str = Field(description="local key: ISO alpha-3, gazetteer slug or name slug")
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    roles: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)

    def add_alias(self, text: str) -> None:
        if text not in self.aliases:
            self.aliases.append(text)

    def add_role(self, role: str) -> None:
        if role and role not in self.roles:
            self.roles.append(role)


class Mention(Record):
    """One surface mention of an actor in a document."""

    doc: str = ""
    start: int
    end: int
    text: str
    actor: str = Field(description="LocalActor.id")


class Actor(LocalActor):
    """One real-world actor across the whole collection (`id` is the canonical id)."""

    documents: list[str] = Field(default_factory=list)
    mentions: int = 0


class Quote(Record):
    id: str
    doc: str = ""
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str = ""
    text: str
    direct: bool
    stance: Stance = "assert"
    start: int
    end: int
    medium: str | None = Field(None, description="actor id of the outlet that relays it: `told CNN`")
    cue_start: int | None = Field(None, description="character offset of the cue's first word")
    cue_end: int | None = Field(None, description="character offset just after the cue's last word")
    parts: list[tuple[int, int]] = Field(
        default_factory=list, description="start/end of each piece where the cue interrupts the quotation, or "
        "where the quote spans a quotation resumed after its attribution in the same paragraph")
    continues: str | None = Field(
        None, description="id of the quote this one carries on: a quotation going on after its cue in a new sentence "
        "(`\"A,\" she said. \"B.\"`) or paragraph is one statement told in several quotes")

    def said(self) -> str:
        """The words said, without the cue that interrupts them: the pieces of `parts` joined by an ellipsis
        (`A … B`), else `text`. `text` spans the cue where it interrupts the quotation, as the quote's offsets do."""
        pieces = [self.text[a - self.start:b - self.start].strip() for a, b in self.parts
                  if self.start <= a < b <= self.end]
        return " … ".join(p for p in pieces if p) or self.text


class When(Record):
    start: str | None = None
    end: str | None = None
    text: str


class TimeExpression(Record):
    """A time expression normalized against the publication date (a TimeML TIMEX3)."""

    id: str = ""
    doc: str = ""
    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"] = Field("DATE", description="the TIMEX3 type")
    value: str | None = Field(None, description="the TIMEX3 value: 2022-11-02, 2022-W44, 2022-Q3, P2W, PRESENT_REF")
    first: str | None = Field(None, description="first day of the interval, YYYY-MM-DD")
    last: str | None = Field(None, description="last day of the interval, YYYY-MM-DD")


class Event(Record):
    id: str
    doc: str = ""
    type: PloverType
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    source: str | None = None
    target: str | None = None
    object: str | None = None
    quantity: str | None = None
    status: EventStatus = "asserted"
    reported_by: str | None = None
    when: When | None = None
    start: int
    end: int
    trigger: str | None = Field(None, description="the verb or noun that fired")
    reason: str | None = Field(None, description="which lexicon entry and parse path fired")
    trigger_start: int | None = Field(None, description="character offsets of the trigger word in the document")
    trigger_end: int | None = None
    source_start: int | None = Field(None, description="the source actor's mention the event points at")
    source_end: int | None = None
    target_start: int | None = Field(None, description="the target actor's mention the event points at")
    target_end: int | None = None


class Quantity(Record):
    id: str
    doc: str = ""
    text: str
    low: float | None = None
    high: float | None = None
    approx: bool = False
    unit: str | None = None
    item: str = ""
    change: Literal["up", "down"] | None = None
    start: int
    end: int


class Conflict(Record):
    a: str
    b: str
    why: str
    kind: str | None = Field(None, description="incompatible | differs | stance | date | unit | actor | update")
    question: str | None = Field(None, description="the question the two members answer differently")


class Fact(Record):
    id: str
    kind: FactKind
    summary: str
    members: list[str]
    documents: list[str]
    independent_sources: int
    conflicts: list[Conflict] = Field(default_factory=list)
    first_published: str | None = None
    last_published: str | None = None
    origins: list[str] = Field(default_factory=list, description="why it counts N: one chain per origin")
    actors: list[str] = Field(default_factory=list, description="ids of the actors the fact involves")
    circular: bool = Field(False, description="several documents that all trace back to one origin")
    block: str | None = Field(None, description="the blocking key it was fused in: `event|AID|IRN|RUS`")
    block_hash: str | None = Field(None, description="digest of the block's content, to skip unchanged blocks")
    why: str | None = Field(None, description="why its members were merged: shared dyad, type, object, time, reuse")
    question: str | None = Field(None, description="for a number: what it counts and what happened to it")
    updates: list[Conflict] = Field(default_factory=list, description=(
        "figures a later report raised (`12 killed` on Monday, `32` on Thursday): a progression, not a conflict"))
    acts: dict[str, list[str]] = Field(default_factory=dict, description=(
        "of an event fact whose reports name several acts of one incident (`shot`, `killed`, `wounded`): the word of "
        "each act and the members naming it"))


class Extraction(Record):
    """Everything the pipeline reads out of one document."""

    document: Document
    sentences: list[Sentence] = Field(default_factory=list)
    local_actors: list[LocalActor] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)


class Export(Record):
    """The `storyline/1` JSON export."""

    model_config = ConfigDict(populate_by_name=True)

    schema_: Literal["storyline/1"] = Field(SCHEMA, alias="schema")
    documents: list[Document] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)

    def to_dict(self) -> dict:
        """The export as plain JSON data, keys as the contract names them."""
        return self.model_dump(mode="json", by_alias=True)

"""The store's tables (SQLAlchemy Core, portable SQL; SQLite by default, PostgreSQL later).

Each record table keeps the pydantic record as JSON in `data` plus the columns queries filter on.
Per-document tables are written once per document in one transaction; the collection-wide
tables (`actors`, `actor_links`, `facts`) are rewritten whole by every fusion.
"""

from __future__ import annotations

import pydantic_core
import sqlalchemy as sa

SCHEMA_VERSION = 1

metadata = sa.MetaData()

meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(512), primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("published", sa.String(10), index=True),
    sa.Column("outlet", sa.Text),
    sa.Column("data", sa.JSON, nullable=False),
)

sentences = sa.Table(
    "sentences",
    metadata,
    sa.Column("doc", sa.String(512), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)

local_actors = sa.Table(
    "local_actors",
    metadata,
    sa.Column("doc", sa.String(512), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("id", sa.String(256), primary_key=True),
    sa.Column("data", sa.JSON, nullable=False),
    # how often its document mentions it (its rows in `mentions`), kept as the document is stored: what fusion's
    # actor resolution reads of the mentions (`Store.extractions(mention_counts=)`), without reading every mention
    sa.Column("mentions", sa.Integer, nullable=True),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("doc", sa.String(512), sa.ForeignKey("documents.id", ondelete="CASCADE"), index=True),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("local_actor", sa.String(256), nullable=False),
)

quotes = sa.Table(
    "quotes",
    metadata,
    sa.Column("id", sa.String(600), primary_key=True),
    sa.Column("doc", sa.String(512), sa.ForeignKey("documents.id", ondelete="CASCADE"), index=True),
    sa.Column("speaker", sa.String(256), index=True, comment="canonical actor id, set by fusion"),
    sa.Column("data", sa.JSON, nullable=False),
    sa.Column("block", sa.Text, index=True,
              comment="the speaker's side fusion keyed it by ('' where none), set by fusion (revision 0007)"),
    sa.Column("keyed", sa.Text, index=True, comment="what fusion keyed it with: the canonical speaker, set by fusion"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(600), primary_key=True),
    sa.Column("doc", sa.String(512), sa.ForeignKey("documents.id", ondelete="CASCADE"), index=True),
    sa.Column("type", sa.String(16), index=True),
    sa.Column("status", sa.String(16)),
    sa.Column("source", sa.String(256), index=True, comment="canonical actor id, set by fusion"),
    sa.Column("target", sa.String(256), index=True, comment="canonical actor id, set by fusion"),
    sa.Column("data", sa.JSON, nullable=False),
    sa.Column("block", sa.Text, index=True,
              comment="the key of its own sides fusion read (`AID|IRN|RUS`; one side's partial key `AID|source|IRN`; "
                      "'' where none), set by fusion (revision 0007)"),
    sa.Column("keyed", sa.Text, comment="what fusion keyed it with (JSON: canonical source and target), set by fusion"),
)

quantities = sa.Table(
    "quantities",
    metadata,
    sa.Column("id", sa.String(600), primary_key=True),
    sa.Column("doc", sa.String(512), sa.ForeignKey("documents.id", ondelete="CASCADE"), index=True),
    sa.Column("item", sa.String(128), index=True),
    sa.Column("data", sa.JSON, nullable=False),
    sa.Column("block", sa.Text, index=True,
              comment="the blocking key fusion read of it (JSON; '' where it counts nothing named), set by fusion"),
)

times = sa.Table(
    "times",
    metadata,
    sa.Column("doc", sa.String(512), sa.ForeignKey("documents.id", ondelete="CASCADE"), index=True),
    sa.Column("data", sa.JSON, nullable=False),
    sa.Column("id", sa.String(600), index=True, comment="added later: stores made before have it added, empty"),
    sa.Column("type", sa.String(16), index=True, comment="TIMEX3 type; added later like `id`"),
)

actors = sa.Table(
    "actors",
    metadata,
    sa.Column("id", sa.String(256), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
)

actor_links = sa.Table(
    "actor_links",
    metadata,
    sa.Column("doc", sa.String(512), primary_key=True),
    sa.Column("local_actor", sa.String(256), primary_key=True),
    sa.Column("actor", sa.String(256), nullable=False, index=True),
)

facts = sa.Table(
    "facts",
    metadata,
    sa.Column("id", sa.String(128), primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("rank", sa.Integer, nullable=False, comment="order by corroboration"),
    sa.Column("data", sa.JSON, nullable=False),
)

fusion_documents = sa.Table(
    "fusion_documents",
    metadata,
    sa.Column("doc", sa.String(512), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("data", sa.JSON, nullable=False, comment="what fusion reads of the text: sketch, stems, credits"),
)

fused_blocks = sa.Table(
    "fused_blocks",
    metadata,
    sa.Column("key", sa.String(40), primary_key=True, comment="digest of name and signature"),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("signature", sa.String(32), nullable=False),
    sa.Column("facts", sa.Integer, nullable=False, comment="facts the block made (0: fused, none)"),
    sa.Column("trace", sa.JSON, nullable=False, comment="the story tests its fusion made, with their answers"),
)

PER_DOCUMENT_TABLES = (sentences, local_actors, mentions, quotes, events, quantities, times)


def read_json(text: str | bytes) -> object:
    """A stored JSON column as Python data: what `json.loads` gives (the same dicts in the same key order, the
    same floats and ints), parsed by pydantic-core's parser, about three times as fast. A fusion reads some
    17 MB of it from a BBC store (each document's features, the facts and actors it compares, the blocks'
    story tests)."""
    return pydantic_core.from_json(text, cache_strings=False)


def write_json(value: object) -> str:
    """A JSON column's text: what `json.dumps` writes (the same keys in the same order, non-ASCII escaped, the same
    floats once read: `NaN` and `Infinity` too), without the spaces after `,` and `:`, made by pydantic-core's
    serializer, about four times as fast. A build writes each record of every document so (a BBC store: ~60 MB)."""
    return pydantic_core.to_json(value, ensure_ascii=True, inf_nan_mode="constants").decode()

"""Full-text search on PostgreSQL: a GIN index on the sentences' tsvector (SQLite had FTS5 already)."""

from __future__ import annotations

from alembic import op

from storyline.store.search import create_search

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_search(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS sentences_fts")

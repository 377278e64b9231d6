"""Readable SQL views for Datasette and any SQL client (`storyline.store.views`; SQLite only)."""

from __future__ import annotations

from alembic import op

from storyline.store.views import VIEWS, create_views

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_views(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in VIEWS:
            op.execute(f"DROP VIEW IF EXISTS {name}")

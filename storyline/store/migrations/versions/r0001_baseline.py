"""Baseline: the schema of the stores made before migrations (schema version 1).

Stores of that age have no `alembic_version` table; `migrate.ensure_schema` stamps them with this
revision and upgrades them from here. A new store is created whole and stamped with the head.
"""

from __future__ import annotations

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to do: no store is ever built from this revision up (new ones are created at the head)."""


def downgrade() -> None:
    raise NotImplementedError("the baseline cannot be downgraded")

"""Local actors get how often their document mentions them as a column (`local_actors.mentions`), counted from the
stored mentions for the stores made before.

Fusion's actor resolution weighs each local actor by its mentions (`fuse.actors.merge`). A count depends on its
document alone, so it is kept as the document is stored (`rows.stored_rows`), and a fusion reads it with the local
actors (`Store.extractions(mention_counts=)`) instead of every row of `mentions` (BBC: 45,028).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if "local_actors" not in set(inspector.get_table_names()):
        return  # a store made before it: the table is created whole, with the column
    if "mentions" in {c["name"] for c in inspector.get_columns("local_actors")}:
        return
    op.add_column("local_actors", sa.Column("mentions", sa.Integer, nullable=True))
    op.execute("UPDATE local_actors SET mentions = (SELECT COUNT(*) FROM mentions AS m"
               " WHERE m.doc = local_actors.doc AND m.local_actor = local_actors.id)")


def downgrade() -> None:
    op.drop_column("local_actors", "mentions")

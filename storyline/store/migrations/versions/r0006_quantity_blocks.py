"""Numbers get the blocking key fusion read of them as a column (`quantities.block`, indexed; stores made before
have it added, empty).

A number's key (what it counts, its unit, the question its words answer: `blocking.quantity_block`) depends on
its document alone, so the fusion that first reads it keeps it there and later ones read it instead of reading
the words around every number again. Empty until the next fusion, which fills it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if "quantities" not in inspector.get_table_names():
        return  # a store made before it: the table is created whole, with the column
    if "block" not in {c["name"] for c in inspector.get_columns("quantities")}:
        op.add_column("quantities", sa.Column("block", sa.Text, nullable=True))
        op.create_index("ix_quantities_block", "quantities", ["block"])


def downgrade() -> None:
    op.drop_index("ix_quantities_block", table_name="quantities")
    op.drop_column("quantities", "block")

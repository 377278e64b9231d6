"""Events and quotes get the blocking key fusion read of them as a column (`events.block`, `quotes.block`, indexed)
and what it read it from (`keyed`: an event's canonical source and target, as JSON; a quote's canonical speaker,
indexed); stores made before have them added, empty.

An event's key (its type and the levels of its two sides: `blocking.EventItem.block`) and a quote's (its speaker's
side: `blocking.quote_block`) hang on actor resolution, so every fusion derives them again; it writes only those
that may have changed (`Store.item_blocks`, under the code that read them): an item's key changes only where its
document's links or the actors it was keyed with changed (`fusion_rows.write_item_blocks`). Empty until the next
fusion, which fills them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLES = ("events", "quotes")


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    present = set(inspector.get_table_names())
    for table in TABLES:
        if table not in present:
            continue  # a store made before it: the table is created whole, with the columns
        columns = {c["name"] for c in inspector.get_columns(table)}
        if "block" not in columns:
            op.add_column(table, sa.Column("block", sa.Text, nullable=True))
            op.create_index(f"ix_{table}_block", table, ["block"])
        if "keyed" not in columns:
            op.add_column(table, sa.Column("keyed", sa.Text, nullable=True))
            if table == "quotes":  # a quote's side is written again where its speaker's actor changed
                op.create_index("ix_quotes_keyed", table, ["keyed"])


def downgrade() -> None:
    op.drop_index("ix_quotes_keyed", table_name="quotes")
    for table in TABLES:
        op.drop_index(f"ix_{table}_block", table_name=table)
        op.drop_column(table, "keyed")
        op.drop_column(table, "block")

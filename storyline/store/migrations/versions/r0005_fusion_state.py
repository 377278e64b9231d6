"""What incremental fusion keeps between builds: each document's fusion features, and the blocks fused.

`fusion_documents` holds what fusion reads of a document's text once (its MinHash sketch, content-word
stems, credit lines), so a later fusion never reads or re-analyses the texts of documents it does not
fuse again. `fused_blocks` names every block (name and signature) a fusion has fused, with the number
of facts it made: a block that made none is not fused again while its signature holds. Both tables are
caches: a store upgraded to this revision starts with them empty and fills them at its next fusion.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storyline.store import schema as t

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = (t.fusion_documents, t.fused_blocks)


def upgrade() -> None:
    bind = op.get_bind()
    present = set(sa.inspect(bind).get_table_names())
    for table in TABLES:
        if table.name not in present:
            table.create(bind)


def downgrade() -> None:
    bind = op.get_bind()
    for table in reversed(TABLES):
        table.drop(bind, checkfirst=True)

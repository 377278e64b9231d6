"""Time expressions get their id and TIMEX3 type as columns (stores made before have them added, empty).

Times stored before this revision keep null columns; `Store.times_where` gives each an id from its
document and offset, so an older store exports them too.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("times")}
    for name, kind in (("id", sa.String(600)), ("type", sa.String(16))):
        if name not in present:
            op.add_column("times", sa.Column(name, kind, nullable=True))
            op.create_index(f"ix_times_{name}", "times", [name])


def downgrade() -> None:
    for name in ("type", "id"):
        op.drop_index(f"ix_times_{name}", table_name="times")
        op.drop_column("times", name)

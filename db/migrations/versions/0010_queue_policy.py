"""queue policy: priority interleave (叫号规则) and the waiting bound (最长等候)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 11:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hall") as batch:
        batch.add_column(
            sa.Column("priority_every", sa.SmallInteger(), server_default="0", nullable=False)
        )
        batch.add_column(
            sa.Column("max_wait_minutes", sa.SmallInteger(), server_default="30", nullable=False)
        )
    with op.batch_alter_table("business_line") as batch:
        batch.add_column(sa.Column("priority_every", sa.SmallInteger(), nullable=True))
        batch.add_column(sa.Column("max_wait_minutes", sa.SmallInteger(), nullable=True))
    with op.batch_alter_table("hall_window") as batch:
        batch.add_column(
            sa.Column("priority_run", sa.SmallInteger(), server_default="0", nullable=False)
        )
    with op.batch_alter_table("ticket") as batch:
        batch.add_column(sa.Column("overdue_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        batch.drop_column("overdue_at")
    with op.batch_alter_table("hall_window") as batch:
        batch.drop_column("priority_run")
    with op.batch_alter_table("business_line") as batch:
        batch.drop_column("max_wait_minutes")
        batch.drop_column("priority_every")
    with op.batch_alter_table("hall") as batch:
        batch.drop_column("max_wait_minutes")
        batch.drop_column("priority_every")

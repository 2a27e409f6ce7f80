"""how long after a 过号 the ticket may be reactivated (恢复), a hall setting

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hall") as batch:
        batch.add_column(
            sa.Column("reactivate_minutes", sa.SmallInteger(), server_default="30", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("hall") as batch:
        batch.drop_column("reactivate_minutes")

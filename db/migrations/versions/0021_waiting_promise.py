"""the hall's waiting promise for the staffing plan (排班建议): a share of citizens
called within so many minutes, a hall setting

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06 05:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hall") as batch:
        batch.add_column(
            sa.Column("promise_percent", sa.SmallInteger(), server_default="80", nullable=False)
        )
        batch.add_column(
            sa.Column("promise_minutes", sa.SmallInteger(), server_default="20", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("hall") as batch:
        batch.drop_column("promise_minutes")
        batch.drop_column("promise_percent")

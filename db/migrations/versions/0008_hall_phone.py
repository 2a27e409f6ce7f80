"""the hall's enquiry phone (咨询电话), printed on the notification letter beside its
address

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hall") as batch:
        batch.add_column(
            sa.Column("phone", sa.String(length=40), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("hall") as batch:
        batch.drop_column("phone")

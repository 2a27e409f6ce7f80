"""预计等候 recorded with each ticket: the estimate given at issue (seconds) and the
range of minutes shown, so the program measures its own accuracy

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 07:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch): SQLite adds nullable columns in place, without
    # rebuilding the big ticket table.
    op.add_column("ticket", sa.Column("estimate_s", sa.Integer(), nullable=True))
    op.add_column("ticket", sa.Column("estimate_low_min", sa.SmallInteger(), nullable=True))
    op.add_column("ticket", sa.Column("estimate_high_min", sa.SmallInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        batch.drop_column("estimate_high_min")
        batch.drop_column("estimate_low_min")
        batch.drop_column("estimate_s")

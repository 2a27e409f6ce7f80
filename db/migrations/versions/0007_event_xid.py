"""the writing transaction of each event (PostgreSQL), so the live feed cannot skip one
that commits after a later event id

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# pg_current_xact_id() is an xid8 (a 64-bit, never wrapping transaction id); as a bigint
# it compares with pg_snapshot_xmin() the same way (see hall_desktop/store/events.py).
XID_DEFAULT = "(pg_current_xact_id()::text::bigint)"


def upgrade() -> None:
    with op.batch_alter_table("event") as batch:
        batch.add_column(sa.Column("xid", sa.BigInteger(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE event ALTER COLUMN xid SET DEFAULT {XID_DEFAULT}")
    op.create_index("ix_event_hall_id_xid", "event", ["hall_id", "xid"])


def downgrade() -> None:
    op.drop_index("ix_event_hall_id_xid", table_name="event")
    with op.batch_alter_table("event") as batch:
        batch.drop_column("xid")

"""Indexes a district's year of history needs: a window's ticket in hand (call-next
checks it; without an index it read every called or serving ticket of every hall,
152 ms with 4.5 million tickets), and a transfer's source

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05 21:50:00
"""

from __future__ import annotations

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        batch.create_index("ix_ticket_window_id_status", ["window_id", "status"], unique=False)
        batch.create_index("ix_ticket_transferred_from_id", ["transferred_from_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        batch.drop_index("ix_ticket_transferred_from_id")
        batch.drop_index("ix_ticket_window_id_status")

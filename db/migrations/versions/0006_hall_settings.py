"""the hall's own settings (大厅设置): address, ticker, voice, recall limit, courier;
an index on the event log's time for the audit log viewer

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 17:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

NOTICE = "节假日预约服务热线：12345  ·  请留意叫号，过号请重新取号"
ANNOUNCE = "请 {number} 号到 {window} 号窗口办理"


def upgrade() -> None:
    with op.batch_alter_table("hall") as batch:
        batch.add_column(
            sa.Column("address", sa.String(length=200), server_default="", nullable=False)
        )
        batch.add_column(
            sa.Column("notice", sa.String(length=200), server_default=NOTICE, nullable=False)
        )
        batch.add_column(
            sa.Column(
                "announce_template", sa.String(length=100), server_default=ANNOUNCE, nullable=False
            )
        )
        batch.add_column(
            sa.Column("announce_times", sa.SmallInteger(), server_default="2", nullable=False)
        )
        batch.add_column(
            sa.Column("recall_limit", sa.SmallInteger(), server_default="3", nullable=False)
        )
        batch.add_column(
            sa.Column("carriers", sa.String(length=500), server_default="", nullable=False)
        )
        batch.add_column(
            sa.Column("courier_cost_cents", sa.Integer(), server_default="0", nullable=False)
        )
        batch.add_column(
            sa.Column("slip_printer", sa.String(length=100), server_default="", nullable=False)
        )

    op.create_index("ix_event_hall_id_at", "event", ["hall_id", "at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_event_hall_id_at", table_name="event")
    with op.batch_alter_table("hall") as batch:
        for column in (
            "slip_printer",
            "courier_cost_cents",
            "carriers",
            "recall_limit",
            "announce_times",
            "announce_template",
            "notice",
            "address",
        ):
            batch.drop_column(column)

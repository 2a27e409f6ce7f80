"""calls out of order with their reason (指定叫号) and 帮代办 records

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 11:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "out_of_order_call",
        sa.Column("id", _ID, nullable=False),
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("service_day", sa.Date(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ticket_id", _ID, nullable=False),
        sa.Column("window_id", sa.Integer(), nullable=False),
        sa.Column("clerk_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["hall_id"], ["hall.id"], name=op.f("fk_out_of_order_call_hall_id_hall")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["ticket.id"], name=op.f("fk_out_of_order_call_ticket_id_ticket")
        ),
        sa.ForeignKeyConstraint(
            ["window_id"],
            ["hall_window.id"],
            name=op.f("fk_out_of_order_call_window_id_hall_window"),
        ),
        sa.ForeignKeyConstraint(
            ["clerk_id"], ["staff.id"], name=op.f("fk_out_of_order_call_clerk_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_out_of_order_call")),
    )
    op.create_index(
        "ix_out_of_order_call_hall_id_service_day",
        "out_of_order_call",
        ["hall_id", "service_day"],
        unique=False,
    )
    op.create_table(
        "ticket_assist",
        sa.Column("ticket_id", _ID, nullable=False),
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("service_day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("for_group", sa.String(length=20), nullable=False),
        sa.Column("helper_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=100), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["ticket.id"], name=op.f("fk_ticket_assist_ticket_id_ticket")
        ),
        sa.ForeignKeyConstraint(
            ["hall_id"], ["hall.id"], name=op.f("fk_ticket_assist_hall_id_hall")
        ),
        sa.ForeignKeyConstraint(
            ["helper_id"], ["staff.id"], name=op.f("fk_ticket_assist_helper_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["staff.id"], name=op.f("fk_ticket_assist_recorded_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("ticket_id", name=op.f("pk_ticket_assist")),
    )
    op.create_index(
        "ix_ticket_assist_hall_id_service_day",
        "ticket_assist",
        ["hall_id", "service_day"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_ticket_assist_hall_id_service_day", table_name="ticket_assist")
    op.drop_table("ticket_assist")
    op.drop_index("ix_out_of_order_call_hall_id_service_day", table_name="out_of_order_call")
    op.drop_table("out_of_order_call")

"""限时办结: the application (办件) a 受理 finish opens, with its due date and how its
result was issued

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 15:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_BIG = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "application",
        sa.Column("id", _BIG, nullable=False),
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", _BIG, nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("window_id", sa.Integer(), nullable=True),
        sa.Column("clerk_id", sa.Integer(), nullable=True),
        sa.Column("citizen_name", sa.String(length=40), nullable=True),
        sa.Column("service_day", sa.Date(), nullable=False),
        sa.Column("opened_at", _TIME, nullable=False),
        sa.Column("promised_days", sa.SmallInteger(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("closed_at", _TIME, nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closed_how", sa.String(length=10), nullable=True),
        sa.Column("dispatch_id", _BIG, nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["hall_id"], ["hall.id"], name=op.f("fk_application_hall_id_hall")),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["ticket.id"], name=op.f("fk_application_ticket_id_ticket")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["service_item.id"], name=op.f("fk_application_item_id_service_item")
        ),
        sa.ForeignKeyConstraint(
            ["window_id"], ["hall_window.id"], name=op.f("fk_application_window_id_hall_window")
        ),
        sa.ForeignKeyConstraint(
            ["clerk_id"], ["staff.id"], name=op.f("fk_application_clerk_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["dispatch_id"],
            ["courier_dispatch.id"],
            name=op.f("fk_application_dispatch_id_courier_dispatch"),
        ),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["staff.id"], name=op.f("fk_application_closed_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application")),
    )
    with op.batch_alter_table("application") as batch:
        batch.create_index("ix_application_hall_id_due_date", ["hall_id", "due_date"], unique=False)
        batch.create_index("ix_application_ticket_id", ["ticket_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("application") as batch:
        batch.drop_index("ix_application_ticket_id")
        batch.drop_index("ix_application_hall_id_due_date")
    op.drop_table("application")

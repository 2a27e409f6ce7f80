"""one citizen, one number (一人一号): the hall's limits per ID number, the daily keys
and the keyed hashes of the ID numbers tickets were issued with

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 11:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hall") as batch:
        batch.add_column(
            sa.Column("id_open_per_line", sa.SmallInteger(), server_default="1", nullable=False)
        )
        batch.add_column(
            sa.Column("id_per_day", sa.SmallInteger(), server_default="3", nullable=False)
        )
    op.create_table(
        "citizen_day_key",
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("service_day", sa.Date(), nullable=False),
        sa.Column("secret", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["hall_id"], ["hall.id"], name=op.f("fk_citizen_day_key_hall_id_hall")
        ),
        sa.PrimaryKeyConstraint("hall_id", "service_day", name=op.f("pk_citizen_day_key")),
    )
    op.create_table(
        "ticket_citizen",
        sa.Column(
            "ticket_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("service_day", sa.Date(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["hall_id"], ["hall.id"], name=op.f("fk_ticket_citizen_hall_id_hall")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["ticket.id"], name=op.f("fk_ticket_citizen_ticket_id_ticket")
        ),
        sa.PrimaryKeyConstraint("ticket_id", name=op.f("pk_ticket_citizen")),
    )
    with op.batch_alter_table("ticket_citizen") as batch:
        batch.create_index(
            "ix_ticket_citizen_hall_id_service_day_digest",
            ["hall_id", "service_day", "digest"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("ticket_citizen") as batch:
        batch.drop_index("ix_ticket_citizen_hall_id_service_day_digest")
    op.drop_table("ticket_citizen")
    op.drop_table("citizen_day_key")
    with op.batch_alter_table("hall") as batch:
        batch.drop_column("id_per_day")
        batch.drop_column("id_open_per_line")

"""ratings (好差评) and their follow-up cases (好差评整改)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "rating",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", BIG_ID, nullable=False),
        sa.Column("window_id", sa.Integer(), nullable=False),
        sa.Column("clerk_id", sa.Integer(), nullable=True),
        sa.Column("level", sa.SmallInteger(), nullable=True),
        sa.Column("rated", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("item_ids", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["hall.id"], name=op.f("fk_rating_hall_id_hall")),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["ticket.id"], name=op.f("fk_rating_ticket_id_ticket")
        ),
        sa.ForeignKeyConstraint(
            ["window_id"], ["hall_window.id"], name=op.f("fk_rating_window_id_hall_window")
        ),
        sa.ForeignKeyConstraint(["clerk_id"], ["staff.id"], name=op.f("fk_rating_clerk_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rating")),
        sa.UniqueConstraint("ticket_id", name=op.f("uq_rating_ticket_id")),
    )
    op.create_index("ix_rating_hall_id_at", "rating", ["hall_id", "at"], unique=False)

    op.create_table(
        "follow_up_case",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("rating_id", BIG_ID, nullable=False),
        sa.Column("ticket_id", BIG_ID, nullable=False),
        sa.Column("window_id", sa.Integer(), nullable=False),
        sa.Column("clerk_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["hall_id"], ["hall.id"], name=op.f("fk_follow_up_case_hall_id_hall")
        ),
        sa.ForeignKeyConstraint(
            ["rating_id"], ["rating.id"], name=op.f("fk_follow_up_case_rating_id_rating")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["ticket.id"], name=op.f("fk_follow_up_case_ticket_id_ticket")
        ),
        sa.ForeignKeyConstraint(
            ["window_id"],
            ["hall_window.id"],
            name=op.f("fk_follow_up_case_window_id_hall_window"),
        ),
        sa.ForeignKeyConstraint(
            ["clerk_id"], ["staff.id"], name=op.f("fk_follow_up_case_clerk_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_case")),
        sa.UniqueConstraint("rating_id", name=op.f("uq_follow_up_case_rating_id")),
    )
    op.create_index(
        "ix_follow_up_case_hall_id_status",
        "follow_up_case",
        ["hall_id", "status"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_follow_up_case_hall_id_status", table_name="follow_up_case")
    op.drop_table("follow_up_case")
    op.drop_index("ix_rating_hall_id_at", table_name="rating")
    op.drop_table("rating")

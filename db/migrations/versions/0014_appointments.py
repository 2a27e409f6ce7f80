"""appointments (预约服务): slots per line and day, bookings, the hall's check-in window and
爽约 limit, and holidays opened for booked citizens only

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("hall") as batch:
        for name, default in (
            ("checkin_before_minutes", "30"),
            ("checkin_after_minutes", "15"),
            ("no_show_limit", "0"),
            ("no_show_days", "90"),
        ):
            batch.add_column(
                sa.Column(name, sa.SmallInteger(), server_default=default, nullable=False)
            )
    with op.batch_alter_table("calendar_day") as batch:
        batch.add_column(
            sa.Column("appointments_only", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.create_table(
        "appointment_slot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("label", sa.String(length=20), nullable=False),
        sa.Column("capacity", sa.SmallInteger(), nullable=False),
        sa.Column("booked", sa.SmallInteger(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["hall_id"], ["hall.id"], name=op.f("fk_appointment_slot_hall_id_hall")
        ),
        sa.ForeignKeyConstraint(
            ["line_id"],
            ["business_line.id"],
            name=op.f("fk_appointment_slot_line_id_business_line"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_slot")),
        sa.UniqueConstraint(
            "line_id", "day", "starts_at", name=op.f("uq_appointment_slot_line_id_day_starts_at")
        ),
    )
    with op.batch_alter_table("appointment_slot") as batch:
        batch.create_index("ix_appointment_slot_hall_id_day", ["hall_id", "day"], unique=False)
    op.create_table(
        "appointment_key",
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("secret", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["hall_id"], ["hall.id"], name=op.f("fk_appointment_key_hall_id_hall")
        ),
        sa.PrimaryKeyConstraint("hall_id", name=op.f("pk_appointment_key")),
    )
    op.create_table(
        "appointment",
        sa.Column("id", _BIG_ID, nullable=False),
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("citizen_name", sa.String(length=40), nullable=False),
        sa.Column("mobile", sa.String(length=11), nullable=False),
        sa.Column("id_number_masked", sa.String(length=18), nullable=False),
        sa.Column("id_digest", sa.String(length=64), nullable=False),
        sa.Column("item_ids", sa.JSON(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("platform_ref", sa.String(length=40), nullable=True),
        sa.Column("ticket_id", _BIG_ID, nullable=True),
        sa.Column("late", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reminded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["hall_id"], ["hall.id"], name=op.f("fk_appointment_hall_id_hall")),
        sa.ForeignKeyConstraint(
            ["line_id"], ["business_line.id"], name=op.f("fk_appointment_line_id_business_line")
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"],
            ["appointment_slot.id"],
            name=op.f("fk_appointment_slot_id_appointment_slot"),
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["ticket.id"], name=op.f("fk_appointment_ticket_id_ticket")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_appointment_created_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
        sa.UniqueConstraint("hall_id", "code", name=op.f("uq_appointment_hall_id_code")),
    )
    with op.batch_alter_table("appointment") as batch:
        batch.create_index("ix_appointment_hall_id_day", ["hall_id", "day"], unique=False)
        batch.create_index(
            "ix_appointment_hall_id_id_digest", ["hall_id", "id_digest"], unique=False
        )
        batch.create_index("ix_appointment_hall_id_mobile", ["hall_id", "mobile"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("appointment") as batch:
        batch.drop_index("ix_appointment_hall_id_mobile")
        batch.drop_index("ix_appointment_hall_id_id_digest")
        batch.drop_index("ix_appointment_hall_id_day")
    op.drop_table("appointment")
    op.drop_table("appointment_key")
    with op.batch_alter_table("appointment_slot") as batch:
        batch.drop_index("ix_appointment_slot_hall_id_day")
    op.drop_table("appointment_slot")
    with op.batch_alter_table("calendar_day") as batch:
        batch.drop_column("appointments_only")
    with op.batch_alter_table("hall") as batch:
        for name in (
            "no_show_days",
            "no_show_limit",
            "checkin_after_minutes",
            "checkin_before_minutes",
        ):
            batch.drop_column(name)

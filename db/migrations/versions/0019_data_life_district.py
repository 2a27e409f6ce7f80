"""The data's life and the district: retention and archive settings (hall), the daily
jobs' once-per-hall-per-day record, the backups made, the events' archive; districts
(区县) and the hall's district

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05 20:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

_BIG = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TIME = sa.DateTime(timezone=True)
_HALL_SETTINGS = (
    ("personal_days", sa.SmallInteger(), "180"),
    ("courier_personal_days", sa.SmallInteger(), "1095"),
    ("archive_after_days", sa.SmallInteger(), "730"),
    ("backup_keep", sa.SmallInteger(), "7"),
    ("backup_warn_days", sa.SmallInteger(), "3"),
)


def upgrade() -> None:
    op.create_table(
        "district",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("centre_hall_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_district")),
        sa.UniqueConstraint("code", name=op.f("uq_district_code")),
    )
    with op.batch_alter_table("hall") as batch:
        for name, kind, default in _HALL_SETTINGS:
            batch.add_column(sa.Column(name, kind, server_default=default, nullable=False))
        batch.add_column(
            sa.Column("backup_folder", sa.String(length=300), server_default="", nullable=False)
        )
        batch.add_column(sa.Column("district_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_hall_district_id_district"), "district", ["district_id"], ["id"]
        )
    op.create_table(
        "daily_job",
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("job", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("started_at", _TIME, nullable=False),
        sa.Column("finished_at", _TIME, nullable=True),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["hall.id"], name=op.f("fk_daily_job_hall_id_hall")),
        sa.PrimaryKeyConstraint("hall_id", "job", "day", name=op.f("pk_daily_job")),
    )
    op.create_table(
        "backup_record",
        sa.Column("id", _BIG, nullable=False),
        sa.Column("hall_id", sa.Integer(), nullable=True),
        sa.Column("made_at", _TIME, nullable=False),
        sa.Column("path", sa.String(length=500), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("how", sa.String(length=10), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["hall_id"], ["hall.id"], name=op.f("fk_backup_record_hall_id_hall")
        ),
        sa.ForeignKeyConstraint(["by_id"], ["staff.id"], name=op.f("fk_backup_record_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backup_record")),
    )
    with op.batch_alter_table("backup_record") as batch:
        batch.create_index("ix_backup_record_made_at", ["made_at"], unique=False)
    op.create_table(
        "event_archive",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("at", _TIME, nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("ticket_id", sa.BigInteger(), nullable=True),
        sa.Column("window_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("xid", sa.BigInteger(), nullable=True),
        sa.Column("archived_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_archive")),
    )
    with op.batch_alter_table("event_archive") as batch:
        batch.create_index("ix_event_archive_hall_id_at", ["hall_id", "at"], unique=False)
        batch.create_index("ix_event_archive_hall_id_id", ["hall_id", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("event_archive") as batch:
        batch.drop_index("ix_event_archive_hall_id_id")
        batch.drop_index("ix_event_archive_hall_id_at")
    op.drop_table("event_archive")
    with op.batch_alter_table("backup_record") as batch:
        batch.drop_index("ix_backup_record_made_at")
    op.drop_table("backup_record")
    op.drop_table("daily_job")
    with op.batch_alter_table("hall") as batch:
        batch.drop_constraint(op.f("fk_hall_district_id_district"), type_="foreignkey")
        batch.drop_column("district_id")
        batch.drop_column("backup_folder")
        for name, _kind, _default in reversed(_HALL_SETTINGS):
            batch.drop_column(name)
    op.drop_table("district")

"""大厅监控: alert thresholds (hall, line), alerts and their acknowledgement, 综窗 help for
one day (window_line.until_day), 清廉大厅 patrols with their checks

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_BIG = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TIME = sa.DateTime(timezone=True)
_CHECKLIST = "在岗;着装规范;亮牌服务;文明用语;桌面整洁"
_HALL_THRESHOLDS = (
    ("alert_waiting_count", "20"),
    ("alert_wait_minutes", "30"),
    ("alert_service_minutes", "40"),
    ("alert_pause_minutes", "15"),
    ("alert_no_show_count", "3"),
    ("alert_no_show_minutes", "15"),
)


def upgrade() -> None:
    with op.batch_alter_table("hall") as batch:
        for name, default in _HALL_THRESHOLDS:
            batch.add_column(
                sa.Column(name, sa.SmallInteger(), server_default=default, nullable=False)
            )
        batch.add_column(
            sa.Column(
                "patrol_checklist", sa.String(length=300), server_default=_CHECKLIST, nullable=False
            )
        )
    with op.batch_alter_table("business_line") as batch:
        batch.add_column(sa.Column("alert_waiting_count", sa.SmallInteger(), nullable=True))
        batch.add_column(sa.Column("alert_wait_minutes", sa.SmallInteger(), nullable=True))
    with op.batch_alter_table("window_line") as batch:
        batch.add_column(sa.Column("until_day", sa.Date(), nullable=True))
    op.create_table(
        "floor_alert",
        sa.Column("id", _BIG, nullable=False),
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=40), nullable=False),
        sa.Column("window_id", sa.Integer(), nullable=True),
        sa.Column("line_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(length=200), nullable=False),
        sa.Column("raised_at", _TIME, nullable=False),
        sa.Column("acknowledged_at", _TIME, nullable=True),
        sa.Column("acknowledged_by_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=200), nullable=True),
        sa.Column("cleared_at", _TIME, nullable=True),
        sa.ForeignKeyConstraint(["hall_id"], ["hall.id"], name=op.f("fk_floor_alert_hall_id_hall")),
        sa.ForeignKeyConstraint(
            ["window_id"], ["hall_window.id"], name=op.f("fk_floor_alert_window_id_hall_window")
        ),
        sa.ForeignKeyConstraint(
            ["line_id"], ["business_line.id"], name=op.f("fk_floor_alert_line_id_business_line")
        ),
        sa.ForeignKeyConstraint(
            ["acknowledged_by_id"],
            ["staff.id"],
            name=op.f("fk_floor_alert_acknowledged_by_id_staff"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_floor_alert")),
    )
    with op.batch_alter_table("floor_alert") as batch:
        batch.create_index(
            "ux_floor_alert_open",
            ["hall_id", "kind", "subject"],
            unique=True,
            sqlite_where=sa.text("cleared_at IS NULL"),
            postgresql_where=sa.text("cleared_at IS NULL"),
        )
        batch.create_index(
            "ix_floor_alert_hall_id_raised_at", ["hall_id", "raised_at"], unique=False
        )
    op.create_table(
        "patrol",
        sa.Column("id", _BIG, nullable=False),
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("at", _TIME, nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(["hall_id"], ["hall.id"], name=op.f("fk_patrol_hall_id_hall")),
        sa.ForeignKeyConstraint(["by_id"], ["staff.id"], name=op.f("fk_patrol_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patrol")),
    )
    with op.batch_alter_table("patrol") as batch:
        batch.create_index("ix_patrol_hall_id_at", ["hall_id", "at"], unique=False)
    op.create_table(
        "patrol_check",
        sa.Column("id", _BIG, nullable=False),
        sa.Column("patrol_id", _BIG, nullable=False),
        sa.Column("window_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=40), nullable=False),
        sa.Column("met", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("case_id", _BIG, nullable=True),
        sa.ForeignKeyConstraint(
            ["patrol_id"], ["patrol.id"], name=op.f("fk_patrol_check_patrol_id_patrol")
        ),
        sa.ForeignKeyConstraint(
            ["window_id"], ["hall_window.id"], name=op.f("fk_patrol_check_window_id_hall_window")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["ledger_case.id"], name=op.f("fk_patrol_check_case_id_ledger_case")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patrol_check")),
    )
    with op.batch_alter_table("patrol_check") as batch:
        batch.create_index("ix_patrol_check_patrol_id", ["patrol_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("patrol_check") as batch:
        batch.drop_index("ix_patrol_check_patrol_id")
    op.drop_table("patrol_check")
    with op.batch_alter_table("patrol") as batch:
        batch.drop_index("ix_patrol_hall_id_at")
    op.drop_table("patrol")
    with op.batch_alter_table("floor_alert") as batch:
        batch.drop_index("ix_floor_alert_hall_id_raised_at")
        batch.drop_index("ux_floor_alert_open")
    op.drop_table("floor_alert")
    with op.batch_alter_table("window_line") as batch:
        batch.drop_column("until_day")
    with op.batch_alter_table("business_line") as batch:
        batch.drop_column("alert_wait_minutes")
        batch.drop_column("alert_waiting_count")
    with op.batch_alter_table("hall") as batch:
        batch.drop_column("patrol_checklist")
        for name, _default in reversed(_HALL_THRESHOLDS):
            batch.drop_column(name)

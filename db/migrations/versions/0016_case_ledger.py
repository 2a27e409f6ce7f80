"""the case ledger (台账): follow_up_case becomes ledger_case (差评整改, 办不成事, 走流程,
督查), with its steps; a rating an upheld appeal excludes; each kind's deadline per hall

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_BIG = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("hall") as batch:
        batch.add_column(sa.Column("case_days", sa.JSON(), server_default="{}", nullable=False))
    with op.batch_alter_table("rating") as batch:
        batch.add_column(
            sa.Column("excluded", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.create_table(
        "ledger_case",
        sa.Column("id", _BIG, nullable=False),
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("parent_id", _BIG, nullable=True),
        sa.Column("rating_id", _BIG, nullable=True),
        sa.Column("ticket_id", _BIG, nullable=True),
        sa.Column("window_id", sa.Integer(), nullable=True),
        sa.Column("clerk_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.String(length=1000), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=True),
        sa.Column("level", sa.String(length=10), nullable=True),
        sa.Column("reason", sa.String(length=20), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("citizen_name", sa.String(length=50), nullable=True),
        sa.Column("citizen_phone", sa.String(length=20), nullable=True),
        sa.Column("person", sa.String(length=50), nullable=True),
        sa.Column("person_role", sa.String(length=10), nullable=True),
        sa.Column("happened_on", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=100), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("assigned_window_id", sa.Integer(), nullable=True),
        sa.Column("assigned_department", sa.String(length=50), nullable=True),
        sa.Column("verdict", sa.String(length=10), nullable=True),
        sa.Column("called_back", sa.Boolean(), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=True),
        sa.Column("served_ticket_id", _BIG, nullable=True),
        sa.Column("appeal_status", sa.String(length=10), nullable=True),
        sa.Column("opened_at", _TIME, nullable=False),
        sa.Column("opened_by_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("verified_at", _TIME, nullable=True),
        sa.Column("rectified_at", _TIME, nullable=True),
        sa.Column("answered_at", _TIME, nullable=True),
        sa.Column("closed_at", _TIME, nullable=True),
        sa.ForeignKeyConstraint(["hall_id"], ["hall.id"], name=op.f("fk_ledger_case_hall_id_hall")),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["ledger_case.id"], name=op.f("fk_ledger_case_parent_id_ledger_case")
        ),
        sa.ForeignKeyConstraint(
            ["rating_id"], ["rating.id"], name=op.f("fk_ledger_case_rating_id_rating")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["ticket.id"], name=op.f("fk_ledger_case_ticket_id_ticket")
        ),
        sa.ForeignKeyConstraint(
            ["window_id"], ["hall_window.id"], name=op.f("fk_ledger_case_window_id_hall_window")
        ),
        sa.ForeignKeyConstraint(
            ["clerk_id"], ["staff.id"], name=op.f("fk_ledger_case_clerk_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["service_item.id"], name=op.f("fk_ledger_case_item_id_service_item")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff.id"], name=op.f("fk_ledger_case_owner_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["assigned_window_id"],
            ["hall_window.id"],
            name=op.f("fk_ledger_case_assigned_window_id_hall_window"),
        ),
        sa.ForeignKeyConstraint(
            ["served_ticket_id"],
            ["ticket.id"],
            name=op.f("fk_ledger_case_served_ticket_id_ticket"),
        ),
        sa.ForeignKeyConstraint(
            ["opened_by_id"], ["staff.id"], name=op.f("fk_ledger_case_opened_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_case")),
        sa.UniqueConstraint("rating_id", name=op.f("uq_ledger_case_rating_id")),
    )
    with op.batch_alter_table("ledger_case") as batch:
        batch.create_index("ix_ledger_case_hall_id_status", ["hall_id", "status"], unique=False)
        batch.create_index(
            "ix_ledger_case_hall_id_kind_opened_at", ["hall_id", "kind", "opened_at"], unique=False
        )
    op.create_table(
        "case_step",
        sa.Column("id", _BIG, nullable=False),
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("case_id", _BIG, nullable=False),
        sa.Column("at", _TIME, nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("status_before", sa.String(length=16), nullable=True),
        sa.Column("status_after", sa.String(length=16), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["hall.id"], name=op.f("fk_case_step_hall_id_hall")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["ledger_case.id"], name=op.f("fk_case_step_case_id_ledger_case")
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["staff.id"], name=op.f("fk_case_step_actor_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_step")),
    )
    with op.batch_alter_table("case_step") as batch:
        batch.create_index("ix_case_step_case_id", ["case_id"], unique=False)
    # The 差评 cases opened so far move into the ledger with their first step.
    op.execute(
        "INSERT INTO ledger_case (id, hall_id, kind, status, rating_id, ticket_id, window_id,"
        " clerk_id, title, detail, reason, note, called_back, opened_at, due_date, closed_at)"
        " SELECT id, hall_id, 'bad_rating', status, rating_id, ticket_id, window_id, clerk_id,"
        " reason, '', reason, note, false, opened_at, due_date, closed_at FROM follow_up_case"
    )
    op.execute(
        "INSERT INTO case_step (hall_id, case_id, at, action, status_before, status_after, data)"
        " SELECT hall_id, id, opened_at, 'open', NULL, 'to_verify', '{}' FROM follow_up_case"
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "SELECT setval(pg_get_serial_sequence('ledger_case', 'id'),"
            " COALESCE((SELECT max(id) FROM ledger_case), 0) + 1, false)"
        )
    with op.batch_alter_table("follow_up_case") as batch:
        batch.drop_index("ix_follow_up_case_hall_id_status")
    op.drop_table("follow_up_case")


def downgrade() -> None:
    op.create_table(
        "follow_up_case",
        sa.Column("id", _BIG, nullable=False),
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("rating_id", _BIG, nullable=False),
        sa.Column("ticket_id", _BIG, nullable=False),
        sa.Column("window_id", sa.Integer(), nullable=False),
        sa.Column("clerk_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("opened_at", _TIME, nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("closed_at", _TIME, nullable=True),
        sa.ForeignKeyConstraint(
            ["clerk_id"], ["staff.id"], name=op.f("fk_follow_up_case_clerk_id_staff")
        ),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_case")),
        sa.UniqueConstraint("rating_id", name=op.f("uq_follow_up_case_rating_id")),
    )
    with op.batch_alter_table("follow_up_case") as batch:
        batch.create_index("ix_follow_up_case_hall_id_status", ["hall_id", "status"], unique=False)
    op.execute(
        "INSERT INTO follow_up_case (id, hall_id, rating_id, ticket_id, window_id, clerk_id,"
        " status, reason, note, opened_at, due_date, closed_at)"
        " SELECT id, hall_id, rating_id, ticket_id, window_id, clerk_id, status,"
        " COALESCE(reason, '其他'), note, opened_at, due_date, closed_at FROM ledger_case"
        " WHERE kind = 'bad_rating'"
    )
    with op.batch_alter_table("case_step") as batch:
        batch.drop_index("ix_case_step_case_id")
    op.drop_table("case_step")
    with op.batch_alter_table("ledger_case") as batch:
        batch.drop_index("ix_ledger_case_hall_id_kind_opened_at")
        batch.drop_index("ix_ledger_case_hall_id_status")
    op.drop_table("ledger_case")
    with op.batch_alter_table("rating") as batch:
        batch.drop_column("excluded")
    with op.batch_alter_table("hall") as batch:
        batch.drop_column("case_days")

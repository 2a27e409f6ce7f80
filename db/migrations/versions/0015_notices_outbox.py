"""notices to citizens (短信通知): the hall's templates per kind and its SMS platform,
and the outbox the notices wait in

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# The defaults as they were when this migration was written (the program's may change).
_TEMPLATES = {
    "sms_template_booked": (
        "【{hall}】{name}您好，您已预约{date} {time}办理{line}，预约码{code}。"
        "请按时到大厅签到取号。咨询电话{phone}"
    ),
    "sms_template_changed": (
        "【{hall}】{name}您好，您的预约已改为{date} {time}办理{line}，预约码{code}。咨询电话{phone}"
    ),
    "sms_template_cancelled": (
        "【{hall}】{name}您好，您{date} {time}办理{line}的预约（预约码{code}）已取消。"
        "咨询电话{phone}"
    ),
    "sms_template_reminder": (
        "【{hall}】{name}您好，提醒您{date} {time}到大厅办理{line}，预约码{code}，请带好身份证件。"
        "咨询电话{phone}"
    ),
}

_TEXTS = (
    ("sms_url", 300, ""),
    ("sms_method", 8, "POST"),
    ("sms_headers", 500, ""),
    ("sms_body", 1000, '{"mobile": "{mobile}", "content": "{text}"}'),
    ("sms_success", 100, ""),
    ("sms_secret", 200, ""),
)


def upgrade() -> None:
    with op.batch_alter_table("hall") as batch:
        for name, template in _TEMPLATES.items():
            batch.add_column(
                sa.Column(name, sa.String(length=200), server_default=template, nullable=False)
            )
        for name, length, default in _TEXTS:
            batch.add_column(
                sa.Column(name, sa.String(length=length), server_default=default, nullable=False)
            )
        batch.add_column(
            sa.Column("sms_attempts", sa.SmallInteger(), server_default="5", nullable=False)
        )
    op.create_table(
        "notice_outbox",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("mobile", sa.String(length=20), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.SmallInteger(), nullable=False),
        sa.Column("last_error", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["hall_id"], ["hall.id"], name=op.f("fk_notice_outbox_hall_id_hall")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_outbox")),
    )
    with op.batch_alter_table("notice_outbox") as batch:
        batch.create_index(
            "ix_notice_outbox_due", ["hall_id", "state", "next_attempt_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("notice_outbox") as batch:
        batch.drop_index("ix_notice_outbox_due")
    op.drop_table("notice_outbox")
    with op.batch_alter_table("hall") as batch:
        batch.drop_column("sms_attempts")
        for name, _, _ in reversed(_TEXTS):
            batch.drop_column(name)
        for name in reversed(_TEMPLATES):
            batch.drop_column(name)

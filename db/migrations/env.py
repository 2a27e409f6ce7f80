"""Alembic environment: run programmatically by ``hall_desktop.store.schema``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from hall_desktop.store.models import Base
from hall_desktop.store.privacy import ENGINE_OPTIONS

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "", **ENGINE_OPTIONS)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things in place
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; run `hall-desktop db upgrade`")
run_migrations_online()

"""Schema versions: create or upgrade a database, refuse one newer than this program."""

from __future__ import annotations

from dataclasses import dataclass

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, exc, text
from sqlalchemy.engine import URL

from hall_desktop.domain.errors import DatabaseUnavailable, SchemaError
from hall_desktop.paths import db_dir
from hall_desktop.store.database import describe, sync_url
from hall_desktop.store.privacy import ENGINE_OPTIONS


def alembic_config(url: URL | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(db_dir() / "migrations"))
    if url is not None:
        cfg.set_main_option(
            "sqlalchemy.url", sync_url(url).render_as_string(hide_password=False).replace("%", "%%")
        )
    return cfg


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None  # None: an empty database
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def schema_status(url: URL) -> SchemaStatus:
    """Compare the database's revision with this program's; raise if the database is newer."""
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    engine = create_engine(sync_url(url), **ENGINE_OPTIONS)
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
    except (exc.DBAPIError, OSError) as e:
        raise DatabaseUnavailable(f"无法连接数据库（{describe(url)}）：{_first_line(e)}") from e
    finally:
        engine.dispose()
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise SchemaError(
            f"数据库结构版本（{current}）比本程序新，请先升级本程序再使用这个数据库",
            code="schema_newer",
        )
    return SchemaStatus(current=current, head=head)


def create_database_if_missing(url: URL) -> bool:
    """PostgreSQL: create the named database when the server lacks it; True if created."""
    if url.get_backend_name() != "postgresql":
        return False
    engine = create_engine(
        sync_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT", **ENGINE_OPTIONS
    )
    try:
        with engine.connect() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": url.database}
            ).first()
            if exists:
                return False
            quoted = engine.dialect.identifier_preparer.quote(url.database or "")
            conn.execute(text(f"CREATE DATABASE {quoted} ENCODING 'UTF8' TEMPLATE template0"))
            return True
    except (exc.DBAPIError, OSError) as e:
        raise DatabaseUnavailable(f"无法连接数据库（{describe(url)}）：{_first_line(e)}") from e
    finally:
        engine.dispose()


def upgrade(url: URL) -> SchemaStatus:
    """Create a fresh database or bring it to this program's schema; a no-op when current.

    On PostgreSQL a database that does not exist yet is created first.
    """
    create_database_if_missing(url)
    before = schema_status(url)
    if not before.up_to_date:
        command.upgrade(alembic_config(url), "head")
    return SchemaStatus(current=before.head, head=before.head)


def require_current(url: URL) -> None:
    """Refuse to run on a database that is older or newer than this program."""
    status = schema_status(url)
    if status.current is None:
        raise SchemaError(
            "数据库尚未初始化，请先运行 hall-desktop db upgrade", code="schema_missing"
        )
    if not status.up_to_date:
        raise SchemaError(
            "数据库结构需要升级，请先运行 hall-desktop db upgrade", code="schema_older"
        )


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]

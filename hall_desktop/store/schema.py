"""Schema versions: create or upgrade a database, refuse one newer than this program.

Every role checks the schema at its start (:func:`require_current`). Alembic, which
imports every migration script to find the newest, is loaded only when the database is
not at this program's newest revision: the revision is first read from the migration
files' own ``revision`` and ``down_revision`` lines (:func:`head_revision`), a few
milliseconds against a fifth of a second.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, exc, text
from sqlalchemy.engine import URL, Connection

from hall_desktop.domain.errors import DatabaseUnavailable, SchemaError
from hall_desktop.paths import db_dir
from hall_desktop.store.database import describe, sync_url
from hall_desktop.store.privacy import ENGINE_OPTIONS

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION_LINE = re.compile(r'^(down_revision|revision)\s*(?::[^=]*)?=\s*"?([\w]+)"?', re.MULTILINE)


def alembic_config(url: URL | None = None) -> Config:
    from alembic.config import Config

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


def head_revision() -> str | None:
    """The newest revision as the migration files say it (the one revision no other
    follows), or None when they do not say it plainly (several heads, a merge)."""
    revisions: set[str] = set()
    followed: set[str] = set()
    for path in (db_dir() / "migrations" / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            return None
        revisions.add(found["revision"])
        if found.get("down_revision", "None") != "None":
            followed.add(found["down_revision"])
    heads = revisions - followed
    return heads.pop() if len(heads) == 1 else None


@contextlib.contextmanager
def _connected(url: URL) -> Iterator[Connection]:
    """A connection of its own to ``url``; a failure to connect is DatabaseUnavailable."""
    engine = create_engine(sync_url(url), **ENGINE_OPTIONS)
    try:
        with engine.connect() as conn:
            yield conn
    except (exc.DBAPIError, OSError) as e:
        raise DatabaseUnavailable(f"无法连接数据库（{describe(url)}）：{_first_line(e)}") from e
    finally:
        engine.dispose()


def _current_revision(url: URL) -> str | None:
    """The database's revision (None: an empty database)."""
    from alembic.runtime.migration import MigrationContext

    with _connected(url) as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _recorded_revisions(url: URL) -> list[str] | None:
    """The revisions the database's ``alembic_version`` table holds, read plainly (no
    Alembic); None when it has no such table. Raises DatabaseUnavailable."""
    with _connected(url) as conn:
        try:
            return list(conn.scalars(text("SELECT version_num FROM alembic_version")))
        except exc.DBAPIError:
            return None  # an empty database: the full check says so


def schema_status(url: URL) -> SchemaStatus:
    """Compare the database's revision with this program's; raise if the database is newer."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    current = _current_revision(url)
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
        from alembic import command

        command.upgrade(alembic_config(url), "head")
        from hall_desktop.store.pg_roles import refresh_access

        refresh_access(url)  # a table the new version added gets the roles' grants too
    return SchemaStatus(current=before.head, head=before.head)


def require_current(url: URL) -> None:
    """Refuse to run on a database that is older or newer than this program."""
    head = head_revision()
    if head is not None and _recorded_revisions(url) == [head]:
        return
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

"""Backup and restore of a hall's database (``hall-desktop db backup`` / ``db restore``).

SQLite: an online, consistent copy through SQLite's backup API while the hall keeps
working (each step reads a snapshot; pages written meanwhile are copied again), written
to a temporary file beside the target, checked with ``PRAGMA integrity_check`` and only
then renamed into place. PostgreSQL: ``pg_dump`` in its custom format where the client
tools are installed (a clear message where they are not); ``pg_restore`` back.

A restore goes into a database that is new or empty (``replace`` empties an SQLite file
first): it refuses a backup from a newer program (a newer schema), and migrates an older
one to this program's schema.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, create_engine, insert, inspect, text

from hall_desktop.domain.errors import Refused, SchemaError
from hall_desktop.store import schema
from hall_desktop.store.database import sync_url
from hall_desktop.store.models import BackupRecord
from hall_desktop.store.pg_roles import account_of_one_hall

__all__ = ["BackupReport", "backup", "record_backup", "restore", "table_counts"]


@dataclass(frozen=True, slots=True)
class BackupReport:
    path: Path
    bytes: int
    revision: str | None  # the schema version copied
    rows: dict[str, int]  # per table (SQLite); empty for a pg_dump file


def _sqlite_path(url: URL) -> Path:
    if not url.database:
        raise Refused("内存数据库不能备份", code="memory")
    return Path(url.database).expanduser()


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise Refused(
            f"本机没有找到 PostgreSQL 的 {name} 工具，"
            "请安装 PostgreSQL 客户端（与服务器同一主版本）后再备份或恢复，"
            "或在数据库服务器上用 pg_dump / pg_restore 操作",
            code="no_tool",
        )
    return found


def _libpq(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def table_counts(url: URL) -> dict[str, int]:
    """Rows per table (the alembic version table left out)."""
    engine = create_engine(sync_url(url))
    try:
        with engine.connect() as conn:
            names = sorted(n for n in inspect(conn).get_table_names() if n != "alembic_version")
            return {
                n: int(conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one())
                for n in names
            }
    finally:
        engine.dispose()


def _require_whole_database(url: URL) -> None:
    """A backup is of every hall's rows: refused, before pg_dump, to a PC's account of
    one hall and kind (store.pg_roles), which may not read them all."""
    engine = create_engine(sync_url(url))
    try:
        with engine.connect() as conn:
            role = account_of_one_hall(conn)
    finally:
        engine.dispose()
    if role is not None:
        raise Refused(
            f"数据库账号 {role} 是一个大厅某类电脑的账号，不能备份整个数据库："
            "请由 IT 人员用数据库所有者账号运行 hall-desktop db backup",
            code="hall_account",
        )


def backup(url: URL, target: Path) -> BackupReport:
    """A consistent copy of the database at ``url`` in ``target`` (replaced if there)."""
    target = target.expanduser()
    target.parent.mkdir(parents=True, exist_ok=True)
    revision = schema.schema_status(url).current
    if url.get_backend_name() == "postgresql":
        _require_whole_database(url)
        partial = target.with_name(target.name + ".partial")
        done = subprocess.run(
            [_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(partial),
             "--dbname", _libpq(url)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            partial.unlink(missing_ok=True)
            raise Refused(f"备份失败：{done.stderr.strip()[:300]}", code="dump_failed")
        os.replace(partial, target)
        return BackupReport(target, target.stat().st_size, revision, {})
    source = _sqlite_path(url)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    with (
        contextlib.closing(sqlite3.connect(source, timeout=30)) as src,
        contextlib.closing(sqlite3.connect(partial)) as dst,
    ):
        src.backup(dst, pages=1024)  # steps: the hall's writers are not held up for long
        checked = dst.execute("PRAGMA integrity_check").fetchone()[0]
        dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    if checked != "ok":
        partial.unlink(missing_ok=True)
        raise Refused(f"备份文件校验未通过：{checked}", code="corrupt")
    os.replace(partial, target)
    copied = URL.create("sqlite", database=str(target))
    return BackupReport(target, target.stat().st_size, revision, table_counts(copied))


def record_backup(url: URL, report: BackupReport, made_at: datetime, how: str = "manual") -> bool:
    """Note the backup in the database it copied (the admin screen's 上次备份); False when
    that database cannot take the note (an older schema: the backup itself is fine)."""
    engine = create_engine(sync_url(url))
    try:
        with engine.begin() as conn:
            if not inspect(conn).has_table(BackupRecord.__tablename__):
                return False
            conn.execute(
                insert(BackupRecord).values(
                    hall_id=None,
                    made_at=made_at,
                    path=str(report.path),
                    size_bytes=report.bytes,
                    how=how,
                    by_id=None,
                )
            )
            return True
    finally:
        engine.dispose()


def restore(source: Path, url: URL, *, replace: bool = False) -> schema.SchemaStatus:
    """The backup ``source`` into the database at ``url`` (new or empty; ``replace``:
    an SQLite file there is replaced), migrated to this program's schema."""
    source = source.expanduser()
    if not source.is_file():
        raise Refused(f"找不到备份文件：{source}", code="missing")
    if url.get_backend_name() == "postgresql":
        return _restore_postgresql(source, url)
    target = _sqlite_path(url)
    copied = URL.create("sqlite", database=str(source))
    try:
        schema.schema_status(copied)  # refuses a newer program's backup
    except SchemaError as e:
        raise Refused(f"不能恢复：{e.message}", code="newer") from e
    except Exception as e:  # not an SQLite database at all
        raise Refused(f"不是本系统的 SQLite 备份文件：{source}", code="not_backup") from e
    if target.exists() and target.stat().st_size > 0 and not replace:
        raise Refused(
            f"目标数据库已存在：{target}。请恢复到新的文件，或确认覆盖（--replace）", code="exists"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".restoring")
    partial.unlink(missing_ok=True)
    with (
        contextlib.closing(sqlite3.connect(source)) as src,
        contextlib.closing(sqlite3.connect(partial)) as dst,
    ):
        src.backup(dst)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(partial, target)
    return schema.upgrade(url)


def _restore_postgresql(source: Path, url: URL) -> schema.SchemaStatus:
    schema.create_database_if_missing(url)
    if table_counts(url):
        raise Refused(f"目标数据库 {url.database} 不是空的：请恢复到新的数据库", code="exists")
    done = subprocess.run(
        [_tool("pg_restore"), "--no-owner", "--exit-on-error", "--dbname", _libpq(url),
         str(source)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise Refused(f"恢复失败：{done.stderr.strip()[:300]}", code="restore_failed")
    try:
        return schema.upgrade(url)
    except SchemaError as e:
        raise Refused(f"不能恢复：{e.message}（已恢复的数据库请删除）", code="newer") from e

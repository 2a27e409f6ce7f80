"""``db backup`` / ``db restore`` on both databases: a backup taken while numbers are
being issued is one consistent moment; restored into a new database, every table equals
the source's; an older backup is migrated, a newer one refused; the commands say so in
Chinese."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import URL, MetaData, create_engine, select, text

from hall_desktop.cli import main
from hall_desktop.domain.errors import Refused
from hall_desktop.store import schema
from hall_desktop.store.backup import backup, restore, table_counts
from hall_desktop.store.database import Database, parse_db_url, sync_url
from tests.conftest import create_pg_database, drop_pg_database, load_actors, new_hall
from tests.helpers import line_ids


def every_row(url: URL) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows in primary-key order."""
    engine = create_engine(sync_url(url))
    try:
        meta = MetaData()
        meta.reflect(engine)
        with engine.connect() as conn:
            return {
                name: [
                    tuple(r)
                    for r in conn.execute(
                        select(table).order_by(*(table.primary_key.columns or table.columns))
                    )
                ]
                for name, table in sorted(meta.tables.items())
                if name != "alembic_version"
            }
    finally:
        engine.dispose()


async def issue_until(db: Database, hall_id: int, stop: asyncio.Event) -> int:
    from hall_desktop.services.queue import QueueService

    guide = (await load_actors(db, hall_id))["daoban"]
    line = (await line_ids(db, hall_id))["A"]
    issued = 0
    while not stop.is_set():
        await QueueService(db).issue_ticket(guide, line)
        issued += 1
        await asyncio.sleep(0)
    return issued


async def test_a_backup_during_issuing_is_one_moment_and_restores_every_table(
    empty_url, second_url, tmp_path, clock
):
    schema.upgrade(empty_url)
    db = Database(empty_url, clock=clock)
    try:
        hall = await new_hall(db)
        stop = asyncio.Event()
        issuing = asyncio.create_task(issue_until(db, hall.hall_id, stop))
        await asyncio.sleep(0.3)
        report = await asyncio.to_thread(backup, empty_url, tmp_path / "hall.backup")
        stop.set()
        issued = await issuing
    finally:
        await db.dispose()
    assert report.revision == schema.schema_status(empty_url).head
    assert issued > 0 and report.path.stat().st_size == report.bytes > 0
    # Restored into a new database: one consistent moment, every ticket with its event.
    status = await asyncio.to_thread(restore, report.path, second_url)
    assert status.up_to_date
    with contextlib.closing(create_engine(sync_url(second_url)).connect()) as conn:
        tickets = conn.execute(text("SELECT count(*) FROM ticket")).scalar_one()
        issue_events = conn.execute(
            text("SELECT count(*) FROM event WHERE kind = 'ticket_issued'")
        ).scalar_one()
    assert 0 < tickets == issue_events <= issued
    if report.rows:  # SQLite: the copy's own count, read back
        assert table_counts(second_url) == report.rows
    # Quiet now: a backup restored anew equals the source in every row of every table.
    second = tmp_path / "again.backup"
    await asyncio.to_thread(backup, empty_url, second)
    if empty_url.get_backend_name() == "sqlite":
        again = parse_db_url(f"sqlite:///{tmp_path / 'again' / 'hall.sqlite3'}")
    else:
        again = create_pg_database(second_url.set(database="postgres"), prefix="hall_again")
    try:
        await asyncio.to_thread(restore, second, again)
        assert every_row(again) == every_row(empty_url)
    finally:
        if again.get_backend_name() == "postgresql":
            drop_pg_database(again)


async def test_an_older_backup_is_migrated_and_a_newer_one_refused(
    empty_url, second_url, tmp_path, backend
):
    command.upgrade(schema.alembic_config(empty_url), "0017")
    old = await asyncio.to_thread(backup, empty_url, tmp_path / "old.backup")
    assert old.revision == "0017"
    status = await asyncio.to_thread(restore, old.path, second_url)
    assert status.current == status.head != "0017"
    # Restoring over a database that has tables is refused, nothing touched.
    with pytest.raises(Refused, match="请恢复到新的"):
        await asyncio.to_thread(restore, old.path, second_url)
    if backend != "sqlite":
        return  # a pg_dump file's version is only known once restored: SQLite shows it
    newer = tmp_path / "newer.backup"
    newer.write_bytes(old.path.read_bytes())
    with contextlib.closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    target = tmp_path / "never" / "hall.sqlite3"
    with pytest.raises(Refused, match="比本程序新"):
        restore(newer, parse_db_url(f"sqlite:///{target}"))
    assert not target.exists()
    with pytest.raises(Refused, match="找不到备份文件"):
        restore(tmp_path / "nothing.backup", parse_db_url(f"sqlite:///{target}"))


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_the_commands_say_what_they_did_in_chinese(empty_url, tmp_path, capsys):
    schema.upgrade(empty_url)
    url = empty_url.render_as_string(hide_password=False)
    file = tmp_path / "备份" / "hall.backup"
    assert main(["--db", url, "db", "backup", str(file)]) == 0
    out = capsys.readouterr().out
    assert "已备份" in out and "校验通过" in out and file.exists()
    with contextlib.closing(create_engine(sync_url(empty_url)).connect()) as conn:
        (path, size, how) = conn.execute(
            text("SELECT path, size_bytes, how FROM backup_record")
        ).one()  # the admin screen's 上次备份
    assert (Path(path), size, how) == (file, file.stat().st_size, "manual")
    target = Path(empty_url.database or "")
    assert main(["--db", url, "db", "restore", str(file)]) != 0  # the source is not empty
    assert "目标数据库已存在" in capsys.readouterr().err
    assert main(["--db", url, "db", "restore", str(file), "--replace"]) == 0
    assert "已从" in capsys.readouterr().out and target.exists()

"""The SQLite file, its -wal/-shm files and its write lock are readable by their owner
only (0600, in a folder created 0700), whatever the umask; and database errors never
carry the statement's parameters."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from hall_desktop.domain.tickets import Priority
from hall_desktop.services.queue import QueueService
from hall_desktop.store import schema
from hall_desktop.store.database import Database, parse_db_url
from tests.conftest import load_actors, new_hall, require_backend
from tests.helpers import line_ids

posix_only = pytest.mark.skipif(os.name != "posix", reason="by design: no mode bits on Windows")


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
@pytest.mark.parametrize("created_by", ["program", "db upgrade"])
async def test_the_sqlite_files_are_the_owners_only(tmp_path, created_by):
    folder = tmp_path / "data"
    path = folder / "hall.sqlite3"
    url = parse_db_url(f"sqlite:///{path}")
    with umask(0):  # the most permissive: nothing taken away by the umask
        if created_by == "db upgrade":
            schema.upgrade(url)
        db = Database(url)
        try:
            if created_by == "program":
                schema.upgrade(url)
            hall = await new_hall(db)
            actor = (await load_actors(db, hall.hall_id))["daoban"]
            line = (await line_ids(db, hall.hall_id))["A"]
            await QueueService(db).issue_ticket(
                actor, line, priority=Priority.NORMAL, citizen_phone="13812345678"
            )
            files = {
                p.name: mode(p)
                for p in folder.iterdir()
                if p.name.startswith("hall.sqlite3")  # the file, -wal, -shm, the lock
            }
        finally:
            await db.dispose()
    assert {"hall.sqlite3", "hall.sqlite3-wal", "hall.sqlite3-shm"} <= set(files)
    assert "hall.sqlite3.writelock" in files
    assert files == dict.fromkeys(files, 0o600)
    assert mode(folder) == 0o700


async def test_database_errors_carry_no_parameters(database_urls, backend):
    url = require_backend(database_urls, backend)
    db = Database(url)
    try:
        with pytest.raises(Exception) as e:
            async with db.read() as session:
                await session.execute(
                    text("SELECT CAST(:phone AS INTEGER) / 0 FROM no_such_table"),
                    {"phone": "13812345678"},
                )
    finally:
        await db.dispose()
    assert "13812345678" not in str(e.value)
    assert "no_such_table" in str(e.value)  # the statement is still there to debug with

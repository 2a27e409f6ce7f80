"""Every write is bounded in time: waiting for another program's write lock (SQLite),
and the write's own transaction. A wait longer than a second is told to the screens;
a write that cannot have the lock in time fails in plain Chinese, having done nothing;
a transaction that hangs is rolled back and gives the lock back.

The SQLite tests hold the lock from other OS processes: a bare ``sqlite3`` client in a
write transaction, and this program stuck inside its own write.
"""

from __future__ import annotations

import asyncio
import time

import pytest
from sqlalchemy import select

from hall_desktop.domain.errors import DatabaseBusy
from hall_desktop.services.queue import QueueService
from hall_desktop.store import database as database_module
from hall_desktop.store.database import Database
from hall_desktop.store.models import Event
from tests.helpers import line_ids, read_line, snapshot, sqlite_write_lock, start_python

# This program, stuck inside its own write transaction (an await that never returns).
_STUCK_WRITER = """
import asyncio, datetime, sys
from hall_desktop.domain.errors import DatabaseBusy
from hall_desktop.store import database
from hall_desktop.store.models import Event

database.WRITE_TRANSACTION_LIMIT_S = float(sys.argv[3])

async def main():
    db = database.Database(sys.argv[1])
    at = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
    try:
        async with db.write() as session:
            session.add(Event(hall_id=int(sys.argv[2]), at=at, kind="stuck_writer", payload={}))
            await session.flush()
            print("writing", flush=True)
            await asyncio.Event().wait()
    except DatabaseBusy as e:
        print("rolled back:", e.code, flush=True)
    finally:
        await db.dispose()

asyncio.run(main())
"""


@pytest.fixture
def backend() -> str:
    return "sqlite"


async def _event_kinds(db: Database, hall_id: int) -> set[str]:
    async with db.read() as session:
        return set(await session.scalars(select(Event.kind).where(Event.hall_id == hall_id)))


class _Notices:
    """What Database.write_waits told, with when (seconds after ``start``)."""

    def __init__(self, db: Database) -> None:
        self.start = time.monotonic()
        self.seen: list[tuple[bool, float]] = []
        db.write_waits.subscribe(lambda waiting: self.seen.append((waiting, self.elapsed())))

    def elapsed(self) -> float:
        return time.monotonic() - self.start

    def states(self) -> list[bool]:
        return [waiting for waiting, _ in self.seen]


async def test_waiting_for_another_programs_write_is_told_then_given_up(
    db, db_url, hall, actors, monkeypatch
):
    monkeypatch.setattr(database_module, "WRITE_LOCK_WAIT_S", 2.5)
    desk_db = Database(db_url)  # SQLite's busy timeout is set as it connects
    try:
        queue = QueueService(desk_db)
        line = (await line_ids(desk_db, hall.hall_id))["A"]
        before = await snapshot(desk_db, hall.hall_id)
        async with sqlite_write_lock(db_url.database):
            notices = _Notices(desk_db)
            with pytest.raises(DatabaseBusy) as raised:
                await queue.issue_ticket(actors["daoban"], line)
            failed_after = notices.elapsed()
        assert raised.value.message == "数据库正被其他电脑占用，请稍后重试"
        assert notices.states() == [True, False]
        (_, told_after), (_, cleared_after) = notices.seen
        assert 0.9 <= told_after < failed_after  # after about a second, while waiting
        assert cleared_after <= failed_after
        assert failed_after >= 2.4  # the bound, not sooner
        assert await snapshot(desk_db, hall.hall_id) == before  # nothing half done
        issued = await queue.issue_ticket(actors["daoban"], line)  # the lock is free again
        assert issued.ticket.number == "A001"
        assert notices.states() == [True, False]  # the free lock needed no notice
    finally:
        await desk_db.dispose()


async def test_a_program_stuck_in_its_write_holds_the_lock_a_bounded_time(
    db, db_url, hall, actors, monkeypatch
):
    """Another process of this program hangs inside its write transaction: a waiting
    write gives up after its bound, and the stuck transaction itself is rolled back
    after the time limit, which lets the next write through."""
    stuck = start_python(_STUCK_WRITER, db_url.database, hall.hall_id, 4.0)
    desk_db = Database(db_url)
    try:
        queue = QueueService(desk_db)
        line = (await line_ids(desk_db, hall.hall_id))["A"]
        assert await read_line(stuck) == "writing"
        notices = _Notices(desk_db)
        monkeypatch.setattr(database_module, "WRITE_LOCK_WAIT_S", 1.5)
        with pytest.raises(DatabaseBusy, match="数据库正被其他电脑占用"):
            await queue.issue_ticket(actors["daoban"], line)
        assert 1.4 <= notices.elapsed() < 3.5
        assert notices.states() == [True, False]

        monkeypatch.setattr(database_module, "WRITE_LOCK_WAIT_S", 20.0)
        issued = await queue.issue_ticket(actors["daoban"], line)  # once the limit cut it
        assert issued.ticket.number == "A001"
        assert await read_line(stuck) == "rolled back: write_timeout"
        assert await asyncio.to_thread(stuck.wait, 30) == 0
        assert "stuck_writer" not in await _event_kinds(desk_db, hall.hall_id)
    finally:
        stuck.kill()
        stuck.wait()
        await desk_db.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
@pytest.mark.logs_errors("a write transaction ran longer than")
async def test_a_write_longer_than_the_limit_is_rolled_back(db, hall, monkeypatch):
    monkeypatch.setattr(database_module, "WRITE_TRANSACTION_LIMIT_S", 0.3)
    with pytest.raises(DatabaseBusy) as raised:
        async with db.write() as session:
            session.add(Event(hall_id=hall.hall_id, at=db.clock.now(), kind="hung", payload={}))
            await session.flush()
            await asyncio.sleep(30)  # a hang: an await that does not come back in time
    assert raised.value.code == "write_timeout"
    assert raised.value.message == "数据库操作时间过长，已全部撤销，请重试"
    started = time.monotonic()
    async with db.write() as session:  # the lock is free at once
        session.add(Event(hall_id=hall.hall_id, at=db.clock.now(), kind="next", payload={}))
    assert time.monotonic() - started < 2
    kinds = await _event_kinds(db, hall.hall_id)
    assert "hung" not in kinds and "next" in kinds

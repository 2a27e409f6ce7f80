"""A unit of work PostgreSQL rolled back for a deadlock or a serialization failure runs
again (bounded, after a random pause); what cannot be retried reaches a person in
plain Chinese, never as a driver's error. Both backends: the retry is the store's."""

from __future__ import annotations

import pytest
from sqlalchemy import exc, func, select

from hall_desktop.domain.errors import DatabaseBusy
from hall_desktop.store import database as database_module
from hall_desktop.store.database import CONFLICT_ATTEMPTS, Database
from hall_desktop.store.models import Event


class _ServerError(Exception):
    """What psycopg raises, as far as the store looks at it: an SQLSTATE."""

    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"SQLSTATE {sqlstate}")
        self.sqlstate = sqlstate


def _rolled_back(sqlstate: str) -> exc.OperationalError:
    return exc.OperationalError("UPDATE ticket …", {}, _ServerError(sqlstate))


async def _events(db: Database, kind: str) -> int:
    async with db.read() as session:
        found = await session.scalar(
            select(func.count()).select_from(Event).where(Event.kind == kind)
        )
        return found or 0


async def _write_event(db: Database, hall_id: int, kind: str) -> None:
    async with db.write() as session:
        session.add(Event(hall_id=hall_id, at=db.clock.now(), kind=kind, payload={}))
        await session.flush()


@pytest.fixture(autouse=True)
def _no_pause(monkeypatch):
    monkeypatch.setattr(database_module, "CONFLICT_PAUSE_S", 0.001)


@pytest.fixture
def hall_id(hall):
    return hall.hall_id


@pytest.mark.parametrize("sqlstate", ["40P01", "40001"])
async def test_a_deadlock_twice_then_success_is_run_again(db, hall_id, sqlstate):
    runs = 0
    kind = f"retry_test_{sqlstate}"

    async def work() -> str:
        nonlocal runs
        runs += 1
        async with db.write() as session:
            session.add(Event(hall_id=hall_id, at=db.clock.now(), kind=kind, payload={}))
            await session.flush()
            if runs <= 2:
                raise _rolled_back(sqlstate)  # what the server says at this statement
        return "done"

    assert await db.retrying(work) == "done"
    assert runs == 3 and db.retries == 2
    assert await _events(db, kind) == 1  # the rolled-back runs left nothing


async def test_a_conflict_that_never_clears_is_a_chinese_error(db, hall_id):
    runs = 0

    async def work() -> None:
        nonlocal runs
        runs += 1
        async with db.write() as session:
            session.add(Event(hall_id=hall_id, at=db.clock.now(), kind="never", payload={}))
            await session.flush()
            raise _rolled_back("40P01")

    with pytest.raises(DatabaseBusy) as raised:
        await db.retrying(work)
    assert raised.value.message == "数据库繁忙，请稍后重试"
    assert raised.value.code == "database_busy"
    assert runs == CONFLICT_ATTEMPTS and db.retries == CONFLICT_ATTEMPTS - 1
    assert await _events(db, "never") == 0


async def test_a_conflict_without_a_retry_around_it_is_still_plain_words(db, hall_id):
    with pytest.raises(DatabaseBusy, match="数据库繁忙"):
        async with db.write():
            raise _rolled_back("40P01")


async def test_a_unit_that_already_committed_a_write_is_not_run_twice(db, hall_id):
    runs = 0

    async def work() -> None:
        nonlocal runs
        runs += 1
        await _write_event(db, hall_id, "first_write")
        async with db.write():
            raise _rolled_back("40P01")

    with pytest.raises(DatabaseBusy, match="数据库繁忙"):
        await db.retrying(work)
    assert runs == 1 and db.retries == 0
    assert await _events(db, "first_write") == 1


async def test_nested_units_retry_once_as_a_whole(db, hall_id):
    inner_runs = outer_runs = 0

    async def inner() -> None:
        nonlocal inner_runs
        inner_runs += 1
        async with db.write():
            if inner_runs == 1:
                raise _rolled_back("40001")

    async def outer() -> None:
        nonlocal outer_runs
        outer_runs += 1
        await db.retrying(inner)

    await db.retrying(outer)
    assert (outer_runs, inner_runs, db.retries) == (2, 2, 1)


async def test_other_database_errors_are_not_retried(db, hall_id):
    runs = 0

    async def work() -> None:
        nonlocal runs
        runs += 1
        async with db.write():
            raise exc.IntegrityError("INSERT …", {}, _ServerError("23505"))

    with pytest.raises(exc.IntegrityError):
        await db.retrying(work)
    assert runs == 1 and db.retries == 0


async def test_the_services_run_through_the_retry(db, hall, actors, monkeypatch):
    """QueueService's writes are retried as a whole: the first call-next is rolled back
    by a (simulated) deadlock at its first statement and runs again."""
    from hall_desktop.services.queue import QueueService
    from tests.helpers import line_ids, window_ids

    queue = QueueService(db)
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    issued = (await queue.issue_ticket(actors["daoban"], lines["A"])).ticket
    real_now = db.now
    failures = iter([_rolled_back("40P01")])

    async def now_once_deadlocked(session):
        error = next(failures, None)
        if error is not None:
            raise error
        return await real_now(session)

    monkeypatch.setattr(db, "now", now_once_deadlocked)
    called = await queue.call_next(actors["clerk1"], windows[1])
    assert called is not None and called.id == issued.id
    assert db.retries == 1

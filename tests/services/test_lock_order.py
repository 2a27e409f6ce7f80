"""PostgreSQL: the queue's writes take their locks in one order (hall_desktop.services.
queue's docstring), so they cannot deadlock; a deadlock the database breaks anyway (with
rows outside that order) is retried, and a lock not had in time is plain words.

Each test orders the transactions with a row lock held by a connection of its own, and
waits until the service's statements are really blocked (pg_stat_activity) before the
next step: nothing depends on timing.
"""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text

from hall_desktop.domain.errors import DatabaseBusy, HallError
from hall_desktop.domain.tickets import TicketStatus
from hall_desktop.services.queue import QueueService
from hall_desktop.store import database as database_module
from hall_desktop.store.database import Database
from tests.helpers import line_ids, window_ids


@pytest.fixture
def backend() -> str:
    return "postgresql"  # row locks and deadlocks: SQLite has one writer at a time


async def _lock_waiters(conn) -> int:
    """Sessions of this database waiting for a lock right now."""
    await conn.execute(text("SELECT pg_stat_clear_snapshot()"))  # no cached view
    found = await conn.execute(
        text(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
    )
    return int(found.scalar_one())


async def _until_waiting(conn, count: int, *tasks: asyncio.Task) -> None:
    for _ in range(1000):
        for task in tasks:
            if task.done():  # it should be waiting: show why it is not
                task.result()
                raise AssertionError(f"{task.get_name()} finished instead of waiting")
        if await _lock_waiters(conn) >= count:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"never saw {count} sessions waiting for a lock")


async def test_call_back_and_call_next_at_one_window_do_not_deadlock(db, hall, actors):
    """A held ticket due now: the clerk's call-next (which would take it) and a call-back
    of it to the same window (a second program at the window) start together.

    Before the lock order, call-back locked the ticket and then the window, call-next
    the window and then (waiting for it) the ticket: a deadlock the database broke by
    failing one of them with a raw error. Now both take the window first.
    """
    queue = QueueService(db)
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    clerk, window = actors["clerk1"], windows[1]
    await queue.sign_in(clerk, window)
    ticket = (await queue.issue_ticket(actors["daoban"], lines["A"])).ticket
    await queue.call_next(clerk, window)
    await queue.hold(clerk, ticket.id, reason="等待补充材料", due_in_minutes=0)

    async with db.engine.connect() as other:
        # Someone else is at work on window 1 (a pause being saved, say).
        await other.execute(
            text("SELECT id FROM hall_window WHERE id = :id FOR NO KEY UPDATE"), {"id": window}
        )
        calling = asyncio.create_task(queue.call_next(clerk, window), name="call_next")
        await _until_waiting(other, 1, calling)
        calling_back = asyncio.create_task(
            queue.call_back(clerk, ticket.id, window), name="call_back"
        )
        await _until_waiting(other, 2, calling, calling_back)
        await other.rollback()
    called, called_back = await asyncio.wait_for(
        asyncio.gather(calling, calling_back, return_exceptions=True), timeout=30
    )
    # No raw database error: one of the two got the ticket, the other a plain refusal.
    assert not isinstance(called, BaseException), repr(called)
    assert called is not None and called.id == ticket.id
    assert called.status is TicketStatus.CALLED and called.call_count == 2
    assert isinstance(called_back, HallError), repr(called_back)
    assert db.retries == 0  # no deadlock was broken: none happened


async def test_a_deadlock_with_rows_outside_the_order_is_retried(db, hall, actors):
    """Another program locks the clerk's staff row (as deleting a member of staff does)
    while the clerk starts a ticket, then wants the ticket: the database breaks the
    deadlock by rolling the start back, and the start runs again after the other
    transaction is over. The clerk sees only the start going through."""
    queue = QueueService(db)
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    clerk = actors["clerk1"]
    await queue.issue_ticket(actors["daoban"], lines["A"])
    ticket = await queue.call_next(clerk, windows[1])
    assert ticket is not None

    async with db.engine.connect() as other:
        # The other side never runs the deadlock check first: the start is the victim.
        await other.execute(text("SET LOCAL deadlock_timeout = '60s'"))
        await other.execute(
            text("SELECT id FROM staff WHERE id = :id FOR UPDATE"), {"id": clerk.staff_id}
        )
        starting = asyncio.create_task(queue.start(clerk, ticket.id), name="start")
        await _until_waiting(other, 1, starting)  # the start's event waits for the staff row
        await other.execute(
            text("SELECT id FROM ticket WHERE id = :id FOR UPDATE"), {"id": ticket.id}
        )  # granted once the database has rolled the start back
        assert not starting.done()  # its second run waits for this transaction
        await other.rollback()
    started = await asyncio.wait_for(starting, timeout=30)
    assert started.status is TicketStatus.SERVING
    assert db.retries == 1


async def test_a_lock_not_had_in_time_is_plain_words(db_url, hall, actors, monkeypatch):
    monkeypatch.setattr(database_module, "WRITE_LOCK_WAIT_S", 0.5)
    impatient = Database(db_url)  # the lock timeout is set on its connections
    try:
        queue = QueueService(impatient)
        windows = await window_ids(impatient, hall.hall_id)
        async with impatient.engine.connect() as other:
            await other.execute(
                text("SELECT id FROM hall_window WHERE id = :id FOR UPDATE"), {"id": windows[1]}
            )
            with pytest.raises(DatabaseBusy) as raised:
                await queue.call_next(actors["clerk1"], windows[1])
            await other.rollback()
        assert raised.value.message == "数据库正被其他电脑占用，请稍后重试"
        assert await queue.call_next(actors["clerk1"], windows[1]) is None  # free again
    finally:
        await impatient.dispose()

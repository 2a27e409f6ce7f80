"""The live feed on both backends, on qasync's loop."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from hall_desktop.domain.events import EventKind
from hall_desktop.live.feed import LiveFeed
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database, Listener
from hall_desktop.store.events import record_event
from hall_desktop.store.wake import wake_folder
from tests.helpers import line_ids, window_ids
from tests.ui.waiting import wait_until


class Received:
    def __init__(self, feed: LiveFeed) -> None:
        self.batches: list[tuple[list, bool]] = []
        self.states: list[bool] = []
        feed.events.connect(lambda batch, catching_up: self.batches.append((batch, catching_up)))
        feed.connection_changed.connect(lambda online, _msg: self.states.append(online))

    def kinds(self) -> list[str]:
        return [e.kind for batch, _ in self.batches for e in batch]


async def test_loop_is_qasync():
    assert type(asyncio.get_running_loop()).__module__ == "qasync"


async def test_feed_delivers_changes_made_through_another_connection(
    qtbot, db, db_url, hall, actors
):
    feed_db = Database(db_url, application_name="hall-feed-test")
    feed = LiveFeed(feed_db, hall.hall_id)
    got = Received(feed)
    feed.start()
    try:
        await wait_until(lambda: feed.online)
        assert got.states == [True]
        q = QueueService(db)
        lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
        ticket = (await q.issue_ticket(actors["daoban"], lines["A"])).ticket
        await q.call_next(actors["clerk1"], windows[1])
        await wait_until(lambda: "ticket_called" in got.kinds())
        assert got.kinds() == ["ticket_issued", "ticket_called"]
        called = got.batches[-1][0][-1]
        assert called.ticket_id == ticket.id and called.payload["number"] == "A001"
        assert all(not catching_up for _, catching_up in got.batches)
    finally:
        await feed.stop()
        await feed_db.dispose()


async def test_feed_catches_up_from_its_position(qtbot, db, db_url, hall, actors):
    feed_db = Database(db_url, application_name="hall-feed-test")
    feed = LiveFeed(feed_db, hall.hall_id)
    feed.start()
    try:
        await wait_until(lambda: feed.online)
        await feed.stop()
        position, last = feed.position, feed.last_id
        assert position is not None and last is not None
        q = QueueService(db)
        lines = await line_ids(db, hall.hall_id)
        for _ in range(3):
            await q.issue_ticket(actors["daoban"], lines["A"])
        got = Received(feed)
        feed.start(position)
        await wait_until(lambda: len(got.kinds()) == 3)
        assert got.kinds() == ["ticket_issued"] * 3
        assert got.batches[0][1] is True  # delivered as a catch-up
        assert feed.last_id is not None and feed.last_id > last
    finally:
        await feed.stop()
        await feed_db.dispose()


async def test_a_call_that_commits_after_a_later_call_still_reaches_the_screen(
    qtbot, db, db_url, hall, actors, backend
):
    """Window 1's call takes the lower event id and commits last: its notification names
    an id below the last one delivered, and the feed must read it all the same (the
    id-cursor feed dropped it, and its heartbeat never recovered it)."""
    if backend == "sqlite":
        pytest.skip("by design: SQLite writes one transaction at a time (ids are commit order)")
    q = QueueService(db)
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    first = (await q.issue_ticket(actors["daoban"], lines["A"])).ticket
    second = (await q.issue_ticket(actors["daoban"], lines["A"])).ticket
    feed_db = Database(db_url, application_name="hall-feed-test")
    slow_db = Database(db_url, application_name="hall-feed-test-window-1")
    feed = LiveFeed(feed_db, hall.hall_id, heartbeat=60)  # no heartbeat to the rescue
    got = Received(feed)
    feed.start()
    hold, written = asyncio.Event(), asyncio.get_running_loop().create_future()

    async def slow_call() -> int:
        async with slow_db.write() as session:
            event_id = await record_event(
                session,
                hall_id=hall.hall_id,
                at=await slow_db.now(session),
                kind=EventKind.TICKET_CALLED,
                ticket_id=second.id,
                payload={"number": second.number, "window_number": 1},
            )
            written.set_result(event_id)
            await hold.wait()
        return event_id

    try:
        await wait_until(lambda: feed.online)
        slow = asyncio.create_task(slow_call())
        early_id = await written
        called = await q.call_next(actors["clerk2"], windows[2])  # a later id, committed
        assert called is not None and called.id == first.id
        await wait_until(lambda: "ticket_called" in got.kinds())
        late_ids = [e.id for batch, _ in got.batches for e in batch]
        assert late_ids and min(late_ids) > early_id
        hold.set()
        await slow
        await wait_until(lambda: early_id in [e.id for b, _ in got.batches for e in b])
        calls = [e.ticket_id for b, _ in got.batches for e in b if e.kind == "ticket_called"]
        assert calls == [first.id, second.id]  # each once, in the order they committed
    finally:
        await feed.stop()
        await feed_db.dispose()
        await slow_db.dispose()


async def test_stop_ends_the_feed_even_when_cancelling_raised_another_error(
    qtbot, db, db_url, hall, monkeypatch
):
    """A library interrupted by the cancellation may raise its own error instead of
    CancelledError (SQLAlchemy did, mid-checkout). The feed retries after errors, but
    must not retry after being stopped: before the fix stop() waited for ever (CI hung)."""
    feed_db = Database(db_url, application_name="hall-feed-test")
    feed = LiveFeed(feed_db, hall.hall_id, poll_interval=0.01, heartbeat=0.05)
    reading = asyncio.Event()

    async def a_read_that_turns_cancellation_into_an_error(*_args, **_kwargs):
        reading.set()
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            raise RuntimeError("interrupted mid-operation") from None

    feed.start()
    stopper: asyncio.Future | None = None
    try:
        await wait_until(lambda: feed.online)
        reader = feed._reader
        monkeypatch.setattr(reader, "read_feed", a_read_that_turns_cancellation_into_an_error)
        monkeypatch.setattr(reader, "latest_event_id", a_read_that_turns_cancellation_into_an_error)
        # PostgreSQL reads on the LISTEN connection itself.
        monkeypatch.setattr(Listener, "read_feed", a_read_that_turns_cancellation_into_an_error)
        await asyncio.wait_for(reading.wait(), 5)
        task = feed._task
        stopper = asyncio.ensure_future(feed.stop())
        done, _ = await asyncio.wait({stopper}, timeout=5)
        assert done, "stop() did not end the feed: it retried after being cancelled"
        assert not feed.running
    finally:
        if stopper is not None and not stopper.done():  # failed: end the feed another way
            monkeypatch.undo()
            assert task is not None
            task.cancel()
            await asyncio.wait({stopper}, timeout=5)
        await feed.stop()
        await feed_db.dispose()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
async def test_a_commit_on_this_pc_wakes_the_sqlite_feed_before_its_poll(
    qtbot, db, db_url, hall, actors
):
    """store.wake: the writer's datagram wakes the feed at once. With a safety-net poll
    of 30 s, only the wake can deliver the call within the wait below; the feed's file
    goes when it stops."""
    feed_db = Database(db_url, application_name="hall-feed-test")
    feed = LiveFeed(feed_db, hall.hall_id)
    feed.wake_poll_interval = 30.0
    got = Received(feed)
    feed.start()
    folder = wake_folder(Path(db_url.database or ""))
    try:
        await wait_until(lambda: feed.online)
        await wait_until(lambda: any(folder.iterdir()))
        listening = {p.name for p in folder.iterdir()}
        await asyncio.sleep(0.3)  # the feed is in its long wait now
        q = QueueService(db)
        lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
        await q.issue_ticket(actors["daoban"], lines["A"])
        await q.call_next(actors["clerk1"], windows[1])
        await wait_until(lambda: "ticket_called" in got.kinds(), timeout=3)
        assert got.kinds() == ["ticket_issued", "ticket_called"]
    finally:
        await feed.stop()
        await feed_db.dispose()
    assert not ({p.name for p in folder.iterdir()} & listening)  # its port file is gone


def test_a_stale_port_file_is_removed_and_a_missing_folder_is_no_error(tmp_path):
    import os
    import time

    from hall_desktop.store.wake import STALE_S, WakeSender

    database = tmp_path / "hall.sqlite3"
    WakeSender(database).notify()  # nobody listens: nothing happens
    folder = wake_folder(database)
    folder.mkdir()
    stale = folder / "9"
    stale.write_text("1")
    old = time.time() - STALE_S - 5
    os.utime(stale, (old, old))

    async def listen() -> None:
        from hall_desktop.store.wake import WakeListener

        listener = WakeListener(database)
        assert listener.open()
        try:
            assert not stale.exists() and len(list(folder.iterdir())) == 1
            WakeSender(database).notify()
            assert await listener.wait(2.0)  # woken, not timed out
            assert not await listener.wait(0.05)  # nothing more
        finally:
            listener.close()
        assert list(folder.iterdir()) == []

    asyncio.run(listen())

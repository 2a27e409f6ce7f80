"""The live feed on both backends, on qasync's loop."""

from __future__ import annotations

import asyncio

from hall_desktop.live.feed import LiveFeed
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
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


async def test_feed_catches_up_from_its_last_id(qtbot, db, db_url, hall, actors):
    feed_db = Database(db_url, application_name="hall-feed-test")
    feed = LiveFeed(feed_db, hall.hall_id)
    feed.start()
    try:
        await wait_until(lambda: feed.online)
        await feed.stop()
        last = feed.last_id
        q = QueueService(db)
        lines = await line_ids(db, hall.hall_id)
        for _ in range(3):
            await q.issue_ticket(actors["daoban"], lines["A"])
        got = Received(feed)
        feed.start(after_id=last)
        await wait_until(lambda: len(got.kinds()) == 3)
        assert got.kinds() == ["ticket_issued"] * 3
        assert got.batches[0][1] is True  # delivered as a catch-up
        assert feed.last_id > last
    finally:
        await feed.stop()
        await feed_db.dispose()

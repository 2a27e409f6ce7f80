"""The live change feed: committed events as Qt signals, on both backends.

Every screen follows the hall through one :class:`LiveFeed`. On PostgreSQL it LISTENs on
the channel the event trigger NOTIFYs at commit, and reads what was committed since its
position whenever a notification names its hall (and on every heartbeat). On SQLite it
polls the newest event id a few times a second. Either way it reconnects by itself
after the database goes away (backoff capped at a few seconds), catches up from its
position, and says when it is offline and when it is back. A commit made on this PC
wakes its SQLite feeds at once (:mod:`hall_desktop.store.wake`), the poll stays as the
safety net. It runs as one asyncio task
on the Qt (qasync) loop and never blocks it.

Delivery is complete and each event comes once, whatever the order in which concurrent
transactions commit: event ids are not commit order on PostgreSQL, so the position is
not an id but a watermark of finished transactions (see :mod:`hall_desktop.store.events`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from PySide6.QtCore import QObject, Signal

from hall_desktop.domain.errors import DatabaseUnavailable, HallError
from hall_desktop.live.pause import being_cancelled, retry_pause
from hall_desktop.services.dto import EventRecord, FeedPosition
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database, Listener

log = logging.getLogger(__name__)

POLL_INTERVAL_S = 0.1  # SQLite: how often the newest event id is read
#: SQLite with this PC's commits waking the feed (store.wake): the safety-net poll, for
#: writes from elsewhere (another program, a PC on a share) and a wake that got lost.
WAKE_POLL_INTERVAL_S = 0.25
HEARTBEAT_S = 5.0  # PostgreSQL: a quiet LISTEN connection is pinged this often
PING_TIMEOUT_S = 3.0
MIN_BACKOFF_S = 0.25
MAX_BACKOFF_S = 3.0
READ_BATCH = 500


class LiveFeed(QObject):
    """Turns the hall's committed events into signals.

    ``events(list[EventRecord], catching_up)``: new events, in the order they were seen to
    commit (those committed between two reads in id order). ``catching_up``
    is True for what was missed while offline (and read on reconnect), so a screen can
    update itself without, say, announcing every call of the last ten minutes.
    ``connection_changed(online, message)``: the database went away or came back.
    """

    events = Signal(list, bool)
    connection_changed = Signal(bool, str)

    def __init__(
        self,
        db: Database,
        hall_id: int,
        *,
        poll_interval: float = POLL_INTERVAL_S,
        heartbeat: float = HEARTBEAT_S,
        max_backoff: float = MAX_BACKOFF_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.hall_id = hall_id
        self.poll_interval = poll_interval
        self.wake_poll_interval = max(poll_interval, WAKE_POLL_INTERVAL_S)
        self.heartbeat = heartbeat
        self.max_backoff = max_backoff
        self._reader = QueueService(db)
        self._task: asyncio.Task[None] | None = None
        self._position: FeedPosition | None = None
        self._online: bool | None = None  # None: not connected yet
        self._came_back = False

    @property
    def last_id(self) -> int | None:
        """The newest event id this feed has delivered (or started from)."""
        return None if self._position is None else self._position.last_id

    @property
    def position(self) -> FeedPosition | None:
        return self._position

    @property
    def online(self) -> bool:
        return bool(self._online)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self, after: FeedPosition | None = None) -> None:
        """Follow the hall from ``after`` (a position read before the screen read its
        state; None: from now on, replaying nothing)."""
        if self.running:
            return
        self._position = after
        self._task = asyncio.get_event_loop().create_task(self._run(), name="live-feed")

    async def stop(self) -> None:
        """Cancel and await the task (before the connection or the loop goes away)."""
        task, self._task = self._task, None
        if task is None:
            return
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    async def _run(self) -> None:
        backoff = MIN_BACKOFF_S
        while True:
            try:
                if self.db.is_postgresql:
                    await self._follow_notifications()
                else:
                    await self._follow_polling()
            except asyncio.CancelledError:
                raise
            except DatabaseUnavailable as e:
                self._set_online(False, e.message)
            except HallError as e:  # e.g. the hall is gone from the database
                self._set_online(False, e.message)
            except Exception as e:  # a feed must outlive any one failure, not its stop()
                if being_cancelled():
                    raise asyncio.CancelledError from e
                if self._online is not False:  # once per outage, not every retry
                    log.exception("live feed failed; reconnecting")
                self._set_online(False, f"{type(e).__name__}: {e}")
            if self._came_back:  # it was online this time: start the backoff afresh
                backoff = MIN_BACKOFF_S
                self._came_back = False
            await retry_pause(backoff)
            backoff = min(backoff * 2, self.max_backoff)

    async def _follow_notifications(self) -> None:
        async with self.db.listen() as listener:
            # LISTEN first, then read: nothing committed in between is missed.
            await self._catch_up()
            self._set_online(True)
            while True:
                payloads = await listener.wait(self.heartbeat)
                if not payloads:
                    await listener.ping(PING_TIMEOUT_S)
                    # A lost notification costs at most one heartbeat.
                    await self._read_on(listener)
                    continue
                # Any event of this hall: even one with a lower id than the last one
                # delivered may be new (its transaction committed later).
                if any(self._names_this_hall(p) for p in payloads):
                    await self._read_on(listener)

    async def _read_on(self, listener: Listener) -> None:
        """What committed since the position, read on the LISTEN connection itself (one
        prepared statement, no pool, no ORM)."""
        assert self._position is not None
        if self._position.watermark is None:  # a position of SQLite's kind: not here
            await self._read_new(catching_up=False)
            return
        rows, self._position = await listener.read_feed(self.hall_id, self._position)
        batch = [
            EventRecord(i, hall, at, kind, actor, ticket, window, dict(payload))
            for i, hall, at, kind, actor, ticket, window, payload in rows
        ]
        for start in range(0, len(batch), READ_BATCH):
            self.events.emit(batch[start : start + READ_BATCH], False)

    async def _follow_polling(self) -> None:
        wake = self.db.wake_listener()
        if wake is not None and not wake.open():
            wake = None
        try:
            await self._catch_up()
            self._set_online(True)
            while True:
                if wake is None:
                    await retry_pause(self.poll_interval)
                else:  # a commit on this PC wakes it at once; polling is the safety net
                    if being_cancelled():
                        raise asyncio.CancelledError
                    await wake.wait(self.wake_poll_interval)
                # SQLite takes ids in commit order: a newer id is the sign of news.
                latest = await self._reader.latest_event_id(self.hall_id)
                if self._position is None or latest > self._position.last_id:
                    await self._read_new(catching_up=False)
        finally:
            if wake is not None:
                wake.close()

    def _names_this_hall(self, payload: str) -> bool:
        hall, _, _event_id = payload.partition(":")
        try:
            return int(hall) == self.hall_id
        except ValueError:
            return True  # not ours to judge: read and see

    async def _catch_up(self) -> None:
        """After (re)connecting: deliver what was missed, or start from now."""
        if self._position is None:
            self._position = await self._reader.feed_position(self.hall_id)
            return
        await self._read_new(catching_up=True)

    async def _read_new(self, *, catching_up: bool) -> None:
        assert self._position is not None
        batch, self._position = await self._reader.read_feed(self.hall_id, self._position)
        for start in range(0, len(batch), READ_BATCH):
            self.events.emit(batch[start : start + READ_BATCH], catching_up)

    def _set_online(self, online: bool, message: str = "") -> None:
        if online == self._online:
            return
        was = self._online
        self._online = online
        if online:
            self._came_back = True
            if was is False:
                log.info("live feed: database reachable again")
        else:
            log.warning("live feed offline: %s", message)
        self.connection_changed.emit(online, message)

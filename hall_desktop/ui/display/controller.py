"""The display's controller: reads the hall, follows the feed, drives the screen.

It owns every task (widgets never await): start-up, the coalesced refresh, the feed.
A database that is away at start-up or later is retried in the background; the screen
keeps its last picture with a banner.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from hall_desktop.domain.clock import HallTime
from hall_desktop.domain.errors import DatabaseUnavailable, HallError
from hall_desktop.domain.events import EventKind
from hall_desktop.live.feed import LiveFeed
from hall_desktop.live.pause import retry_pause
from hall_desktop.services.dto import EventRecord, HallInfo
from hall_desktop.services.hall_settings import HallSettings, HallSettingsService
from hall_desktop.services.queue import CALL_EVENT_KINDS, QueueService
from hall_desktop.store.database import Database
from hall_desktop.ui.display.voice import Announcer
from hall_desktop.ui.display.window import RECENT_ROWS, DisplaySnapshot, DisplayWindow

log = logging.getLogger(__name__)

RETRY_S = 3.0


class DisplayController(QObject):
    """Connects one :class:`DisplayWindow` (and an optional announcer) to the hall."""

    hall_loaded = Signal(object)  # HallInfo
    refreshed = Signal(object)  # DisplaySnapshot
    call_shown = Signal(str, int, str)  # number, window number, kind (called/recalled/…)
    settings_applied = Signal(object)  # HallSettings
    calls_received = Signal(int)  # call events in one batch, live or caught up

    def __init__(
        self,
        db: Database,
        hall_code: str,
        window: DisplayWindow,
        *,
        announcer: Announcer | None = None,
        feed_options: dict[str, float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        # Owned by its window: Qt deletes it in the GUI thread, never a garbage
        # collection that happens to run in a database worker thread.
        super().__init__(parent if parent is not None else window)
        self.db = db
        self.hall_code = hall_code
        self.window = window
        self.announcer = announcer
        self.queue = QueueService(db)
        self.hall: HallInfo | None = None
        self.feed: LiveFeed | None = None
        self._feed_options = feed_options or {}
        self._boot_task: asyncio.Task[None] | None = None
        self._refresh_task: asyncio.Task[None] | None = None
        self._dirty = False
        self._settings_tasks: set[asyncio.Task[None]] = set()

    def start(self) -> None:
        self._boot_task = asyncio.get_event_loop().create_task(self._boot(), name="display-boot")

    async def stop(self) -> None:
        for task in (self._boot_task, self._refresh_task, *self._settings_tasks):
            if task is not None and not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        if self.feed is not None:
            await self.feed.stop()

    async def _boot(self) -> None:
        """Find the hall, show it, then follow it; retry quietly while the database is away."""
        while True:
            try:
                hall = await self.queue.hall(self.hall_code)
                after = await self.queue.feed_position(hall.id)
                hall_settings = await HallSettingsService(self.db).get(hall.id)
                snapshot = await self._read(hall.id)
            except DatabaseUnavailable:
                self.window.set_online(False)
            except HallError as e:  # no such hall: say so, and look again later
                self.window.set_problem(e.message)
            else:
                break
            await retry_pause(RETRY_S)
        self.hall = hall
        self.apply_settings(hall_settings)
        self.window.set_hall_time(HallTime(self.db.clock, ZoneInfo(hall.timezone)))
        self.window.set_online(True)
        self.window.show_snapshot(snapshot)
        self.hall_loaded.emit(hall)
        self.refreshed.emit(snapshot)
        # Events committed after that position (even during the read above) reach the feed.
        feed = LiveFeed(self.db, hall.id, parent=self, **self._feed_options)
        feed.events.connect(self._on_events)
        feed.connection_changed.connect(self._on_connection_changed)
        self.feed = feed
        feed.start(after)

    async def _read(self, hall_id: int) -> DisplaySnapshot:
        return DisplaySnapshot(
            windows=await self.queue.window_states(hall_id),
            recent=await self.queue.recent_calls(hall_id, limit=RECENT_ROWS),
            lines=await self.queue.line_statuses(hall_id),
        )

    def apply_settings(self, hall_settings: HallSettings) -> None:
        """The hall's name, ticker and voice (大厅设置), at start and after each change."""
        self.window.set_hall_name(hall_settings.name)
        self.window.set_notice(hall_settings.notice)
        if self.announcer is not None:
            self.announcer.configure(hall_settings.announce_template, hall_settings.announce_times)
        self.settings_applied.emit(hall_settings)

    def _reload_settings_soon(self) -> None:
        task = asyncio.get_event_loop().create_task(
            self._reload_settings(), name="display-settings"
        )
        self._settings_tasks.add(task)
        task.add_done_callback(self._settings_tasks.discard)

    async def _reload_settings(self) -> None:
        if self.hall is None:
            return
        try:
            self.apply_settings(await HallSettingsService(self.db).get(self.hall.id))
        except DatabaseUnavailable:
            pass  # the feed reports the outage; a reconnect reads everything again
        except Exception:
            log.exception("display settings reload failed")

    def _on_events(self, batch: list[EventRecord], catching_up: bool) -> None:
        if any(e.kind == EventKind.HALL_SETTINGS_CHANGED for e in batch):
            self._reload_settings_soon()
        calls = [e for e in batch if e.kind in CALL_EVENT_KINDS]
        if calls:
            self.calls_received.emit(len(calls))
        if calls and not catching_up:
            # The big number first, from the event itself: no read in between.
            for event in calls:
                number = str(event.payload.get("number", ""))
                window_number = int(event.payload.get("window_number") or 0)
                kind = event.kind.removeprefix("ticket_")
                self.window.show_call(event.id, number, window_number, kind)
                self.call_shown.emit(number, window_number, kind)
                if self.announcer is not None:
                    self.announcer.announce(number, window_number)
        self.schedule_refresh()

    def _on_connection_changed(self, online: bool, message: str) -> None:
        self.window.set_online(online)
        if online:
            self.schedule_refresh()  # what changed while away (hours, windows, …)
            self._reload_settings_soon()

    def schedule_refresh(self) -> None:
        """Re-read the hall; calls during a read are folded into one more read."""
        self._dirty = True
        if self._refresh_task is None or self._refresh_task.done():
            self._refresh_task = asyncio.get_event_loop().create_task(
                self._refresh(), name="display-refresh"
            )

    async def _refresh(self) -> None:
        while self._dirty and self.hall is not None:
            self._dirty = False
            try:
                snapshot = await self._read(self.hall.id)
            except DatabaseUnavailable:
                return  # the feed reports the outage and asks again when it is back
            except Exception:
                log.exception("display refresh failed")
                return
            self.window.show_snapshot(snapshot)
            self.refreshed.emit(snapshot)

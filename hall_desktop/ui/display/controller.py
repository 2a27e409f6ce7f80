"""The display's controller: reads the hall, follows the feed, drives the screen.

It owns every task (widgets never await): start-up, the coalesced refresh, the feed.
A database that is away at start-up or later is retried in the background; the screen
keeps its last picture with a banner.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime
from typing import ClassVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from hall_desktop.domain.bundles import step_text
from hall_desktop.domain.clock import HallTime
from hall_desktop.domain.errors import DatabaseUnavailable, HallError
from hall_desktop.domain.events import EventKind
from hall_desktop.live.pause import retry_pause
from hall_desktop.services.bundle import Services
from hall_desktop.services.dispatch import NOTICE_KINDS, DisplayNotice, notice_of_event
from hall_desktop.services.dto import EventRecord
from hall_desktop.services.hall_settings import HallSettings
from hall_desktop.services.queue import CALL_EVENT_KINDS
from hall_desktop.ui.common.controller import HallController
from hall_desktop.ui.display.voice import Announcer
from hall_desktop.ui.display.window import RECENT_ROWS, DisplaySnapshot, DisplayWindow

log = logging.getLogger(__name__)

RETRY_S = 3.0


def _notice_of(notice: DisplayNotice | None) -> tuple[str, datetime | None]:
    return (notice.text, notice.until) if notice is not None else ("", None)


class DisplayController(HallController):
    """Connects one :class:`DisplayWindow` (and an optional announcer) to the hall."""

    SHOWS_FAILURES: ClassVar[bool] = False  # the hall's big screen shows no error

    hall_loaded = Signal(object)  # HallInfo
    refreshed = Signal(object)  # DisplaySnapshot
    call_shown = Signal(str, int, str)  # number, window number, kind (called/recalled/…)
    settings_applied = Signal(object)  # HallSettings
    calls_received = Signal(int)  # call events in one batch, live or caught up

    def __init__(
        self,
        services: Services,
        hall_code: str,
        window: DisplayWindow,
        *,
        announcer: Announcer | None = None,
        feed_options: dict[str, float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, hall_code, window, feed_options=feed_options, parent=parent)
        self.window = window
        self.announcer = announcer
        #: Notice events (sent, withdrawn) delivered: a notice read that began before
        #: one arrived is older than it, and does not replace it.
        self._notices_seen = 0

    def start(self) -> None:
        self._spawn(self._boot(), "display-boot", replace=True)

    async def _boot(self) -> None:
        """Find the hall, show it, then follow it; retry quietly while the database is away."""
        while True:
            try:
                hall = await self.queue.hall(self.hall_code)
                after = await self.queue.feed_position(hall.id)
                hall_settings = await self.services.hall_settings.get(hall.id)
                notice = await self.services.dispatch.active_display_notice(hall.id)
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
        self.window.show_dispatched_notice(*_notice_of(notice))
        self.window.set_hall_time(HallTime(self.db.clock, ZoneInfo(hall.timezone)))
        self.window.set_online(True)
        self.window.show_snapshot(snapshot)
        self.hall_loaded.emit(hall)
        self.refreshed.emit(snapshot)
        # Events committed after that position (even during the read above) reach the feed.
        self._start_feed(self.db, hall.id, after)

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
        self._spawn(self._reload_settings(), "display-settings")

    async def _reload_settings(self) -> None:
        """The hall's settings, and the supervisor's notice (sent or over while away)."""
        if self.hall is None:
            return
        # Away: the feed reports the outage; a reconnect reads everything again.
        with contextlib.suppress(DatabaseUnavailable):
            self.apply_settings(await self.services.hall_settings.get(self.hall.id))
            notices_before = self._notices_seen
            notice = await self.services.dispatch.active_display_notice(self.hall.id)
            if self._notices_seen == notices_before:  # else the feed's is newer than this read
                self.window.show_dispatched_notice(*_notice_of(notice))

    def _on_events(self, batch: list[EventRecord], catching_up: bool) -> None:
        if any(e.kind == EventKind.HALL_SETTINGS_CHANGED for e in batch):
            self._reload_settings_soon()
        notices = [e for e in batch if e.kind in NOTICE_KINDS]
        if notices:  # the newest decides (an expired or withdrawn one shows nothing)
            self._notices_seen += len(notices)
            newest = notices[-1]
            self.window.show_dispatched_notice(*notice_of_event(newest.kind, newest.payload))
        calls = [e for e in batch if e.kind in CALL_EVENT_KINDS]
        if calls:
            self.calls_received.emit(len(calls))
        if calls and not catching_up:
            # The big number first, from the event itself: no read in between.
            for event in calls:
                number = str(event.payload.get("number", ""))
                window_number = int(event.payload.get("window_number") or 0)
                kind = event.kind.removeprefix("ticket_")
                step = step_text(
                    event.payload.get("bundle_step"), event.payload.get("bundle_steps")
                )
                self.window.show_call(event.id, number, window_number, kind, step)
                self.call_shown.emit(number, window_number, kind)
                if self.announcer is not None:
                    self.announcer.announce(number, window_number)
        self.schedule_refresh()

    def _on_connection_changed(self, online: bool, message: str) -> None:
        super()._on_connection_changed(online, message)  # what changed while away
        if online:
            self._reload_settings_soon()

    async def _refresh_now(self) -> None:
        """Re-read the hall (:meth:`schedule_refresh` folds requests into one read)."""
        if self.hall is None:
            return
        shown = self.window.shown_call_id
        snapshot = await self._read(self.hall.id)
        # A call shown live during the read is newer than what was read (its event asked
        # for one more read, which will judge it).
        self.window.show_snapshot(snapshot, judge_call=self.window.shown_call_id == shown)
        self.refreshed.emit(snapshot)

"""The monitor's controller: log-in (supervisors, administrators), one snapshot of the
floor, then the live feed: each batch of events is followed by reading only what it
names (:meth:`FloorService.follow`), the picture redrawn at once; every few seconds the
picture is redrawn (the durations run on) and the alerts that hold are recorded when
they changed (raised, cleared), so that an idle monitor writes nothing."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal

from hall_desktop.domain.errors import DatabaseUnavailable
from hall_desktop.domain.floor import FloorPicture, alert_conditions
from hall_desktop.domain.hours import service_day
from hall_desktop.services.actor import MANAGERS, Actor
from hall_desktop.services.bundle import Services
from hall_desktop.services.dto import EventRecord
from hall_desktop.services.floor import AlertRecord, FloorSnapshot
from hall_desktop.services.patrol import PatrolRecord
from hall_desktop.ui.common.controller import HallController, deactivated
from hall_desktop.ui.monitor.patrol import PatrolController, PatrolDialog
from hall_desktop.ui.monitor.window import MonitorWindow
from hall_desktop.ui.widgets.forms import MessageLevel

#: Seconds between two redraws of an idle floor (and looks at the alerts).
TICK_S = 5.0
#: Seconds between two looks at whether the hall is within its opening hours.
OPEN_CHECK_S = 60.0


class MonitorController(HallController):
    #: Each picture shown (the bench times an event's commit to it).
    picture_shown = Signal(object)

    def __init__(
        self,
        services: Services,
        hall_code: str,
        window: MonitorWindow,
        parent: QObject | None = None,
        *,
        feed_options: dict[str, Any] | None = None,
        tick: float = TICK_S,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(services, hall_code, window, feed_options=feed_options, parent=parent)
        self.window = window
        self.floor_service = services.floor
        self.tick = tick
        self._now = now or services.db.clock.now
        self.login_flow = self._login_flow(
            MANAGERS,
            self.tr("The hall monitor is for supervisors and administrators."),
            window.login,
        )
        self.actor: Actor | None = None
        self.snapshot: FloorSnapshot | None = None
        self.picture: FloorPicture | None = None
        self.alerts: tuple[AlertRecord, ...] = ()
        self._pending: list[EventRecord] = []
        self._during_snapshot: list[EventRecord] | None = None
        self._offline = False
        self._open_now = True
        self._open_checked: datetime | None = None
        window.login_requested.connect(lambda a, b: self._spawn(self._login(a, b), "login"))
        window.logout_requested.connect(self._on_logout)
        page = window.floor
        page.acknowledge_requested.connect(
            lambda alert_id, action: self._spawn(self._acknowledge(alert_id, action), "ack")
        )
        page.patrol_requested.connect(lambda: self._spawn(self._open_patrol(), "patrol"))
        page.help_requested.connect(
            lambda window_id, line_id: self._spawn(self._help(window_id, line_id), "help")
        )
        page.end_help_requested.connect(
            lambda window_id: self._spawn(self._end_help(window_id), "help")
        )
        page.resume_requested.connect(
            lambda window_id, message: self._spawn(self._ask_resume(window_id, message), "resume")
        )
        page.notice_requested.connect(
            lambda text, minutes: self._spawn(self._notice(text, minutes), "notice")
        )
        page.withdraw_notice_requested.connect(
            lambda: self._spawn(self._withdraw_notice(), "notice")
        )
        self.patrol_dialog: PatrolDialog | None = None
        self._patrol_controller: PatrolController | None = None

    def start(self) -> None:
        self._spawn(self._load_hall(), "monitor-hall")

    async def _load_hall(self) -> None:
        self.hall = await self.login_flow.load_hall()
        self.window.login.set_hall_name(self.hall.name)
        self.window.floor.set_timezone(self.hall.timezone)
        self.window.alert_history.set_timezone(self.hall.timezone)
        self.window.patrol_history.set_timezone(self.hall.timezone)

    async def _login(self, login: str, password: str) -> None:
        actor = await self.login_flow.log_in(login, password)
        if actor is None:
            return
        self.actor = actor
        hall = self.hall
        assert hall is not None
        self.window.show_work(
            self.tr("%1 — hall monitor").replace("%1", hall.name),
            f"{actor.name}（{actor.staff_number}）",
        )
        await self._take_snapshot()
        if self.feed is None and self.snapshot is not None:
            self._start_feed(self.db, hall.id, self.snapshot.position)
        self._spawn(self._ticking(), "tick", replace=True)

    def _on_logout(self) -> None:
        self.actor = None
        self.snapshot = None
        self.window.show_login()

    # -- the floor --------------------------------------------------------------------------

    async def _take_snapshot(self) -> None:
        """The floor afresh. Events delivered while it is read are followed again on
        it once it is in place (reading a ticket or window again is harmless): one may
        have committed after the snapshot's read and been followed into the old floor."""
        if self.actor is None:
            return
        actor = self.actor
        self._during_snapshot = []
        try:
            snapshot = await self._guarded(lambda: self.floor_service.snapshot(actor))
        finally:
            meanwhile, self._during_snapshot = self._during_snapshot, None
        if snapshot is None:
            return
        self.snapshot = snapshot
        self._pending = [*(meanwhile or []), *self._pending]
        self._show_alerts(snapshot.alerts)
        self._draw()
        if self._pending:
            self._spawn(self._follow(), "follow")
        await self._history()
        await self._patrols()

    def _on_events(self, batch: list[EventRecord], catching_up: bool) -> None:
        if self.actor is not None and deactivated(batch, self.actor.staff_id):
            self._on_logout()
            return
        if self._during_snapshot is not None:
            self._during_snapshot.extend(batch)
        if self.snapshot is None:
            return
        self._pending.extend(batch)
        self._spawn(self._follow(), "follow", replace=False)

    async def _follow(self) -> None:
        """Follow the pending events in order (one follower at a time)."""
        if self._named_running("following"):
            return
        following = asyncio.current_task()
        assert following is not None
        self._named["following"] = following
        try:
            while self._pending and self.snapshot is not None:
                batch, self._pending = self._pending, []
                snapshot, hall = self.snapshot, self.hall
                assert hall is not None
                try:
                    followed = await self.floor_service.follow(
                        hall.id, snapshot.floor, batch, day=(snapshot.today, snapshot.zone)
                    )
                    if followed.new_day:
                        await self._take_snapshot()
                        continue
                    if followed.alerts_changed:
                        await self._reload_alerts()
                    self._draw()
                    await self._record_alerts()
                except DatabaseUnavailable:
                    return  # the feed reports it; a reconnect takes a new snapshot
        finally:
            if self._named.get("following") is following:
                del self._named["following"]

    def _named_running(self, name: str) -> bool:
        task = self._named.get(name)
        return task is not None and not task.done()

    def _draw(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        self.picture = snapshot.floor.picture(self._now())
        self.window.floor.show_picture(self.picture, snapshot.floor.lines)
        self.picture_shown.emit(self.picture)

    async def _ticking(self) -> None:
        while True:
            await asyncio.sleep(self.tick)
            if self.snapshot is None or self.hall is None:
                continue
            with contextlib.suppress(DatabaseUnavailable):
                if self.snapshot.today != self._today():
                    await self._take_snapshot()  # a new service day
                    continue
                self._draw()
                await self._record_alerts()

    def _today(self) -> date:
        assert self.snapshot is not None
        return service_day(self._now(), self.snapshot.zone)

    async def _record_alerts(self) -> None:
        """Record the alerts when what holds differs from what is open."""
        snapshot, picture, actor = self.snapshot, self.picture, self.actor
        if snapshot is None or picture is None or actor is None or self.hall is None:
            return
        await self._check_open_hours()
        conditions = alert_conditions(snapshot.floor, picture, open_now=self._open_now)
        if set(conditions) == {a.key for a in self.alerts}:
            return
        alerts = await self._guarded(lambda: self.floor_service.sync_alerts(actor, conditions))
        if alerts is not None:
            self._show_alerts(alerts)
            await self._history()

    async def _check_open_hours(self) -> None:
        now = self._now()
        if self.hall is None or (
            self._open_checked is not None
            and (now - self._open_checked).total_seconds() < OPEN_CHECK_S
        ):
            return
        self._open_now = await self.floor_service.open_now(self.hall.id)
        self._open_checked = now

    async def _reload_alerts(self) -> None:
        if self.hall is None:
            return
        self._show_alerts(await self.floor_service.open_alerts(self.hall.id))
        await self._history()

    def _show_alerts(self, alerts: tuple[AlertRecord, ...]) -> None:
        self.alerts = alerts
        self.window.floor.show_alerts(alerts, self._now())

    async def _history(self) -> None:
        if self.actor is None or self.snapshot is None:
            return
        actor, day = self.actor, self.snapshot.today
        found = await self._guarded(lambda: self.floor_service.alerts_of_day(actor, day))
        if found is not None:
            self.window.alert_history.show(found, self._now())

    def _on_connection_changed(self, online: bool, _message: str) -> None:
        """Offline: said on the floor page. Back after being away: the floor afresh
        (what was missed is in it); the feed's first connection needs nothing, the
        floor was read just before it started."""
        self.window.set_online(online)
        if not online:
            self._offline = True
        elif self._offline:
            self._offline = False
            self.schedule_refresh()

    async def _patrols(self) -> None:
        if self.actor is None or self.snapshot is None:
            return
        actor, day = self.actor, self.snapshot.today
        found = await self._guarded(lambda: self.services.patrol.patrols_of_day(actor, day))
        if found is not None:
            self.window.patrol_history.set_rows(list(reversed(found)))

    async def _refresh_now(self) -> None:
        await self._take_snapshot()

    # -- the supervisor's actions -----------------------------------------------------------

    async def _acknowledge(self, alert_id: int, action: str) -> None:
        actor = self.actor
        if actor is None:
            return
        handled = await self._guarded(
            lambda: self.floor_service.acknowledge(actor, alert_id, action)
        )
        if handled is None:
            return
        self.window.floor.clear_action()
        self.window.floor.show_message(
            self.tr("Alert handled: %1").replace("%1", handled.detail), MessageLevel.SUCCESS
        )
        await self._reload_alerts()

    async def _help(self, window_id: int, line_id: int) -> None:
        """综窗协办: the window serves the line today too."""
        actor = self.actor
        if actor is None:
            return
        helped = await self._guarded(
            lambda: self.services.dispatch.help_today(actor, window_id, line_id)
        )
        if helped is not None:
            self.window.floor.show_message(
                self.tr("%1 serves %2 today.")
                .replace("%1", f"{helped.window_number}号窗口")
                .replace("%2", helped.label),
                MessageLevel.SUCCESS,
            )

    async def _end_help(self, window_id: int) -> None:
        """Today's help of the window ends now (every line it was sent to help)."""
        actor, snapshot = self.actor, self.snapshot
        if actor is None or snapshot is None or window_id not in snapshot.floor.windows:
            return
        window = snapshot.floor.windows[window_id]
        ended = []
        for line_id in window.help_line_ids:
            done = await self._guarded(
                partial(self.services.dispatch.end_help, actor, window_id, line_id)
            )
            if done is None:
                return
            ended.append(done.label)
        self.window.floor.show_message(
            self.tr("Window %1 no longer helps %2.")
            .replace("%1", str(window.number))
            .replace("%2", "、".join(ended)),
            MessageLevel.SUCCESS,
        )

    async def _ask_resume(self, window_id: int, message: str) -> None:
        actor = self.actor
        if actor is None:
            return
        sent = await self._guarded(
            lambda: self.services.dispatch.request_resume(actor, window_id, message or None)
        )
        if sent is not None:
            number = self.snapshot.floor.windows[window_id].number if self.snapshot else ""
            self.window.floor.show_message(
                self.tr("Window %1 was asked to resume.").replace("%1", str(number)),
                MessageLevel.SUCCESS,
            )

    async def _notice(self, text: str, minutes: int) -> None:
        actor = self.actor
        if actor is None:
            return
        notice = await self._guarded(
            lambda: self.services.dispatch.send_display_notice(actor, text, minutes)
        )
        if notice is not None:
            self.window.floor.clear_notice()
            until = notice.until.astimezone(self.window.floor.windows.zone).strftime("%H:%M")
            self.window.floor.show_message(
                self.tr("The display shows the notice until %1.").replace("%1", until),
                MessageLevel.SUCCESS,
            )

    async def _withdraw_notice(self) -> None:
        """撤回大屏通知: the display's ticker goes back to the hall's own text."""
        actor = self.actor
        if actor is None:
            return
        withdrawn = await self._guarded(
            lambda: self.services.dispatch.withdraw_display_notice(actor)
        )
        if withdrawn is not None:
            self.window.floor.show_message(
                self.tr("The notice “%1” was withdrawn from the display.").replace(
                    "%1", withdrawn.text
                ),
                MessageLevel.SUCCESS,
            )

    async def _open_patrol(self) -> None:
        """巡查登记: the checklist at each open window, saved as a patrol."""
        actor, hall, snapshot = self.actor, self.hall, self.snapshot
        if actor is None or hall is None or snapshot is None:
            return
        if self.patrol_dialog is not None and self.patrol_dialog.isVisible():
            self.patrol_dialog.raise_()
            return
        checklist = await self._guarded(lambda: self.services.patrol.checklist(hall.id))
        if checklist is None:
            return
        windows = [
            (w.id, w.number, w.clerk_name)
            for w in sorted(snapshot.floor.windows.values(), key=lambda w: w.number)
            if w.active
        ]
        dialog = PatrolDialog(windows, checklist, self.window)
        patrol = PatrolController(self.services.patrol, actor, dialog)
        patrol.recorded.connect(lambda record: self._spawn(self._patrol_saved(record), "patrol"))
        self.patrol_dialog, self._patrol_controller = dialog, patrol
        dialog.open()

    async def _patrol_saved(self, record: PatrolRecord) -> None:
        missed = len(record.not_met)
        text = (
            self.tr("Patrol recorded: everything met.")
            if not missed
            else self.tr("Patrol recorded: %1 not met, 督查 cases %2.")
            .replace("%1", str(missed))
            .replace("%2", "、".join(record.case_codes))
        )
        self.window.floor.show_message(text, MessageLevel.SUCCESS)
        await self._patrols()

    async def stop(self) -> None:
        if self._patrol_controller is not None:
            await self._patrol_controller.stop()
        await super().stop()

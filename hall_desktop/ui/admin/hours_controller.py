"""The hours editor's controller: loads and saves through :class:`HoursAdminService`.

Log-in happens elsewhere; the controller gets the logged-in :class:`Actor` and the hall's
time zone (which decides "this month" and when the coming year's calendar is due). The
service checks the actor's role itself; a clerk who gets here sees its refusal.
"""

from __future__ import annotations

import asyncio
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from hall_desktop.domain.clock import local_today
from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.hours import DayHours
from hall_desktop.services.actor import Actor
from hall_desktop.services.hours_admin import (
    HoursAdminService,
    MonthDay,
    WeekdayHours,
    YearStatus,
    day_hours,
    package_knows,
)
from hall_desktop.store.database import Database
from hall_desktop.ui.admin.hours import HoursEditor
from hall_desktop.ui.admin.hours_widgets import DayForm, WeekdayForm
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.widgets.forms import MessageLevel, ask_yes_no


class HoursController(RoleController):
    refreshed = Signal()  # the month (and years, banner) on screen are current
    saved = Signal(str)  # what was saved: "week", "day", "year"

    def __init__(
        self,
        db: Database,
        actor: Actor,
        timezone: str | ZoneInfo,
        editor: HoursEditor,
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(editor, parent)
        self.db = db
        self.actor = actor
        self.zone = timezone if isinstance(timezone, ZoneInfo) else ZoneInfo(timezone)
        self.editor = editor
        self.service = HoursAdminService(db)
        self._month: tuple[int, int] | None = None
        self._month_task: asyncio.Task[None] | None = None
        self.confirm_box: QMessageBox | None = None
        editor.set_user(f"{actor.name}（{actor.staff_number}）")
        editor.week_save_requested.connect(self._on_save_week)
        editor.month_requested.connect(self._on_month)
        editor.day_save_requested.connect(self._on_save_day)
        editor.day_clear_requested.connect(self._on_clear_day)
        editor.import_requested.connect(self._on_import)
        editor.confirm_requested.connect(self._on_confirm)
        editor.reload_requested.connect(self.start)

    def _today(self) -> date:
        return local_today(self.db.clock, self.zone)

    def start(self) -> None:
        """Load everything: weekly hours, this month (or the one on screen), the years."""
        self._spawn(self._load_all(), "hours-load")

    # -- loading ----------------------------------------------------------------------

    async def _load_all(self) -> None:
        today = self._today()
        self.editor.set_today(today)
        week = await self._guarded(lambda: self.service.weekly_hours(self.actor))
        if week is None:
            return
        self.editor.set_online(True)
        self.editor.show_week(week)
        year, month = self._month or (today.year, today.month)
        await self._load_month(year, month)

    async def _load_month(self, year: int, month: int) -> None:
        view = await self._guarded(lambda: self.service.month(self.actor, year, month))
        if view is None:
            return
        self._month = (year, month)
        self.editor.show_month(view, package_knows(year))
        await self._load_years()
        self.refreshed.emit()

    async def _load_years(self) -> None:
        years: list[YearStatus] | None = await self._guarded(
            lambda: self.service.calendar_years(self.actor)
        )
        if years is not None:
            self.editor.show_years(years)
        coming = await self._guarded(
            lambda: self.service.coming_year_missing(self.actor, self._today())
        )
        self.editor.show_coming_year(coming, coming is not None and package_knows(coming))

    def _on_month(self, year: int, month: int) -> None:
        # A quick run of clicks on ◀/▶ shows the last month asked for, not each in turn.
        if self._month_task is not None and not self._month_task.done():
            self._month_task.cancel()
        self._month_task = self._spawn(self._load_month(year, month), "hours-month")

    async def _reload_month(self) -> None:
        if self._month is not None:
            await self._load_month(*self._month)

    # -- weekly hours -----------------------------------------------------------------

    def _on_save_week(self, rows: list[WeekdayForm]) -> None:
        self._spawn(self._save_week(rows), "hours-week")

    async def _save_week(self, rows: list[WeekdayForm]) -> None:
        week: dict[int, DayHours | None] = {}
        bad = False
        for row in rows:
            if not row.is_open:
                week[row.weekday] = None
                continue
            try:
                week[row.weekday] = day_hours(
                    row.opens,
                    row.closes,
                    row.lunch_start if row.lunch else None,
                    row.lunch_end if row.lunch else None,
                )
            except ValidationError as e:
                self.editor.show_week_error(row.weekday, e.field, e.message)
                bad = True
        if bad:
            self.editor.show_message(
                self.tr("Nothing saved: correct the marked weekdays first."), MessageLevel.ERROR
            )
            return
        saved: list[WeekdayHours] | None = await self._guarded(
            lambda: self.service.set_week(self.actor, week)
        )
        if saved is None:
            return
        self.editor.show_week(saved)
        self.editor.show_message(
            self.tr("Weekly hours saved. Other PCs follow them within a minute."),
            MessageLevel.SUCCESS,
        )
        self.saved.emit("week")
        await self._reload_month()

    # -- single days ------------------------------------------------------------------

    def _on_save_day(self, form: DayForm) -> None:
        self._spawn(self._save_day(form), "hours-day")

    async def _save_day(self, form: DayForm) -> None:
        async def work() -> MonthDay:
            hours = None
            if form.own_hours:
                hours = day_hours(
                    form.opens,
                    form.closes,
                    form.lunch_start if form.lunch else None,
                    form.lunch_end if form.lunch else None,
                )
            return await self.service.set_day(self.actor, form.day, form.kind, form.name, hours)

        day: MonthDay | None = await self._guarded(work)
        if day is None:
            return
        self.editor.show_message(
            self.tr("{day} saved. Other PCs follow it within a minute.").format(
                day=day.day.isoformat()
            ),
            MessageLevel.SUCCESS,
        )
        self.saved.emit("day")
        await self._reload_month()

    def _on_clear_day(self, day: date) -> None:
        self._spawn(self._clear_day(day), "hours-clear")

    async def _clear_day(self, day: date) -> None:
        done = await self._guarded(lambda: self.service.clear_day(self.actor, day))
        if done is None:
            return
        self.editor.show_message(
            self.tr("{day} follows the weekly hours again.").format(day=day.isoformat()),
            MessageLevel.SUCCESS,
        )
        self.saved.emit("day")
        await self._reload_month()

    # -- whole years ------------------------------------------------------------------

    def _on_import(self, year: int) -> None:
        self._spawn(self._import(year), "hours-import")

    async def _import(self, year: int) -> None:
        status = await self._guarded(
            lambda: self.service.import_year_from_package(self.actor, year)
        )
        if status is None:
            return
        self.editor.show_message(
            self.tr("The holidays of {year} were imported from chinesecalendar.").format(year=year),
            MessageLevel.SUCCESS,
        )
        self.saved.emit("year")
        await self._reload_month()

    def _on_confirm(self, year: int) -> None:
        self.confirm_box = ask_yes_no(  # kept for tests
            self.editor,
            self.tr("Confirm a year's holidays"),
            self.tr(
                "Have the holidays of {year} been checked against the State Council's notice "
                "and its make-up workdays entered? The reminders about {year} then go away."
            ).format(year=year),
            lambda: self._spawn(self._confirm(year), "hours-confirm"),
        )

    async def _confirm(self, year: int) -> None:
        status = await self._guarded(lambda: self.service.confirm_year(self.actor, year))
        if status is None:
            return
        self.editor.show_message(
            self.tr("The holidays of {year} are confirmed ({count} days).").format(
                year=year, count=status.entries
            ),
            MessageLevel.SUCCESS,
        )
        self.saved.emit("year")
        await self._reload_month()

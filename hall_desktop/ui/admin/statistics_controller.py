"""The 统计 tab's controller: the period picked, the figures read in a task (a
half-year takes a moment: the view shows it is busy and stays usable), refusals in
the tab's own words."""

from __future__ import annotations

import asyncio
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget

from hall_desktop.domain.clock import local_today
from hall_desktop.domain.periods import PeriodKind, period_of
from hall_desktop.services.actor import Actor
from hall_desktop.services.bundle import Services
from hall_desktop.services.dto import HallInfo
from hall_desktop.services.statistics import HallStatistics
from hall_desktop.services.windows_lines import WindowsLinesService
from hall_desktop.ui.admin.statistics import StatisticsView
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.widgets.forms import picked_date, qdate


class StatisticsController(RoleController):
    """Reads :meth:`StatisticsService.figures` for the period the view shows."""

    #: The period the tab opens with.
    FIRST_PERIOD = PeriodKind.MONTH

    def __init__(
        self, services: Services, actor: Actor, hall: HallInfo, view: StatisticsView
    ) -> None:
        super().__init__(view)
        self.services = services
        self.statistics = services.statistics
        self.setup = WindowsLinesService(services.db)
        self.actor = actor
        self.view = view
        self.zone = ZoneInfo(hall.timezone)
        self.figures: HallStatistics | None = None
        #: line id → the windows serving it (the hall's setup, read with the figures)
        self.windows_of: dict[int, list[int]] = {}
        view.period_picked.connect(self._on_period_picked)
        view.figures_requested.connect(self.compute)
        view.line_picked.connect(self._on_line_picked)
        self.pick(self.FIRST_PERIOD)

    def start(self) -> None:
        self.compute()

    def today(self) -> date:
        return local_today(self.services.db.clock, self.zone)

    def pick(self, kind: PeriodKind) -> None:
        """Show the named period ``kind`` around today in the date fields."""
        period = period_of(kind, self.today())
        for edit, day in ((self.view.start_edit, period.start), (self.view.end_edit, period.end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self.view.set_period_kind(kind)

    def _on_period_picked(self, kind: PeriodKind | None) -> None:
        if kind is not None:
            self.pick(kind)
            self.compute()

    def compute(self) -> None:
        """Read the figures of the dates shown (a newer click replaces a read running)."""
        start, end = picked_date(self.view.start_edit), picked_date(self.view.end_edit)
        self.view.clear_errors()
        self.view.set_busy(True)
        self._spawn(self._read(start, end), "figures", replace=True)

    async def _read(self, start: date, end: date) -> None:
        try:
            figures = await self._guarded(lambda: self.statistics.figures(self.actor, start, end))
            if figures is None:
                return
            windows = await self._guarded(lambda: self.setup.windows(self.actor)) or []
            self.windows_of = {}
            for window in windows:
                for line_id in window.line_ids:
                    self.windows_of.setdefault(line_id, []).append(window.id)
            self.figures = figures
            self.view.show_figures(figures)
        finally:
            if self._named.get("figures") in (None, asyncio.current_task()):  # not replaced
                self.view.set_busy(False)

    def _on_line_picked(self, line_id: int | None) -> None:
        self.view.show_line(line_id, self.windows_of.get(line_id, []) if line_id else [])


def build_statistics_tab(
    services: Services, actor: Actor, hall: HallInfo
) -> tuple[QWidget, RoleController]:
    view = StatisticsView()
    return view, StatisticsController(services, actor, hall, view)

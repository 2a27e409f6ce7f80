"""The 统计 tab's controller: the period picked, the figures read in a task (a
half-year takes a moment: the view shows it is busy and stays usable), refusals in
the tab's own words."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QFileDialog, QWidget

from hall_desktop.services.actor import Actor
from hall_desktop.services.bundle import Services
from hall_desktop.services.dto import HallInfo
from hall_desktop.services.estimate_accuracy import EstimateAccuracy
from hall_desktop.services.estimate_accuracy_export import accuracy_csv, accuracy_xlsx
from hall_desktop.services.staffing import StaffingPlan
from hall_desktop.services.staffing_export import staffing_csv, staffing_xlsx
from hall_desktop.services.statistics import HallStatistics
from hall_desktop.statistics_files import (
    statistics_csv,
    statistics_pdf,
    statistics_xlsx,
    work_report_docx,
    work_report_pdf,
)
from hall_desktop.ui.admin.period_bar import PeriodController
from hall_desktop.ui.admin.statistics import StatisticsView
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.widgets.files import choose_save_path
from hall_desktop.ui.widgets.forms import MessageLevel


class StatisticsController(PeriodController[HallStatistics]):
    """Reads :meth:`StatisticsService.figures` for the period the view shows."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        hall: HallInfo,
        view: StatisticsView,
        *,
        export_dir: Path | None = None,
    ) -> None:
        self.hall_name = hall.name
        self.export_dir = export_dir
        self._file_dialog: QFileDialog | None = None
        self.services = services
        self.statistics = services.statistics
        self.actor = actor
        self.view = view
        super().__init__(view, services.db.clock, ZoneInfo(hall.timezone))
        view.line_picked.connect(self._on_line_picked)
        view.export_requested.connect(self._on_export)
        self.plan: StaffingPlan | None = None
        view.staffing.set_day(self.today())
        view.staffing.plan_requested.connect(self._on_plan_requested)
        view.staffing.export_requested.connect(self._on_plan_export)
        self.accuracy: EstimateAccuracy | None = None
        view.accuracy.export_requested.connect(self._on_accuracy_export)
        view.sections.currentChanged.connect(self._on_section)

    def start(self) -> None:
        self.compute()

    async def read(self, start: date, end: date) -> HallStatistics:
        return await self.statistics.figures(self.actor, start, end)

    def show(self, figures: HallStatistics) -> None:
        self.view.show_figures(figures)

    def _on_line_picked(self, line_id: int | None) -> None:
        self.view.show_line(line_id)

    # -- 排班建议 ------------------------------------------------------------------------------

    def _on_section(self, _index: int) -> None:
        """The plan is read the first time its page is shown; the estimates' accuracy
        when its page is shown for a period other than the one it has."""
        current = self.view.sections.currentWidget()
        if current is self.view.staffing and self.plan is None:
            self._on_plan_requested(self.view.staffing.day())
        elif current is self.view.accuracy:
            figures = self.figures
            start, end = (figures.start, figures.end) if figures else self.view.period_bar.dates()
            shown = self.accuracy
            if shown is None or (shown.start, shown.end) != (start, end):
                self._on_accuracy_requested(start, end)

    def compute(self) -> None:
        """The figures of the dates shown; the accuracy too when its page is open."""
        super().compute()
        if self.view.sections.currentWidget() is self.view.accuracy:
            self._on_accuracy_requested(*self.view.period_bar.dates())

    def _on_plan_requested(self, day: date) -> None:
        self.view.clear_errors()
        self.view.staffing.set_busy(True)
        self._spawn(self.read_plan(day), "staffing-plan", replace=True)

    async def read_plan(self, day: date) -> StaffingPlan | None:
        """The plan of ``day``, shown; None when it was refused (the message shows why)."""
        try:
            plan: StaffingPlan | None = await self._guarded(
                lambda: self.services.staffing.plan(self.actor, day)
            )
            if plan is not None:
                self.plan = plan
                self.view.staffing.show_plan(plan)
            return plan
        finally:
            self.view.staffing.set_busy(False)

    def _on_plan_export(self, kind: str) -> None:
        plan = self.plan
        if plan is None:
            return
        name = f"{self.hall_name}-排班建议-{plan.day:%Y%m%d}.{kind}"
        self._file_dialog = choose_save_path(
            self.view,
            self.tr("Save the staffing plan"),
            name,
            lambda path: self._spawn(self.export_plan(kind, plan, path), "staffing-export"),
            export_dir=self.export_dir,
        )

    async def export_plan(self, kind: str, plan: StaffingPlan, path: Path) -> Path | None:
        """Write ``plan`` as ``kind`` (xlsx, csv) to ``path`` (in a thread); the path."""
        write = staffing_xlsx if kind == "xlsx" else staffing_csv
        return await self._write(partial(write, plan, path), path)

    # -- 预计等候准确度 -------------------------------------------------------------------------

    def _on_accuracy_requested(self, start: date, end: date) -> None:
        self.view.accuracy.set_busy(True)
        self._spawn(self.read_accuracy(start, end), "estimate-accuracy", replace=True)

    async def read_accuracy(self, start: date, end: date) -> EstimateAccuracy | None:
        """The accuracy of ``start`` … ``end``, shown; None when it was refused (the
        message shows why)."""
        try:
            found: EstimateAccuracy | None = await self._guarded(
                lambda: self.statistics.estimate_accuracy(self.actor, start, end)
            )
            if found is not None:
                self.accuracy = found
                self.view.accuracy.show_accuracy(found)
            return found
        finally:
            self.view.accuracy.set_busy(False)

    def _on_accuracy_export(self, kind: str) -> None:
        found = self.accuracy
        if found is None:
            return
        name = f"{self.hall_name}-预计等候准确度-{found.start:%Y%m%d}-{found.end:%Y%m%d}.{kind}"
        self._file_dialog = choose_save_path(
            self.view,
            self.tr("Save the wait estimate accuracy"),
            name,
            lambda path: self._spawn(self.export_accuracy(kind, found, path), "accuracy-export"),
            export_dir=self.export_dir,
        )

    async def export_accuracy(self, kind: str, found: EstimateAccuracy, path: Path) -> Path | None:
        """Write ``found`` as ``kind`` (xlsx, csv) to ``path`` (in a thread); the path."""
        write = accuracy_xlsx if kind == "xlsx" else accuracy_csv
        return await self._write(partial(write, found, path), path)

    # -- exports of the figures shown --------------------------------------------------------

    def _on_export(self, kind: str) -> None:
        figures = self.figures
        if figures is None:
            return
        period = f"{figures.start:%Y%m%d}-{figures.end:%Y%m%d}"
        name, title = {
            "xlsx": (f"统计报表-{period}.xlsx", self.tr("Save the tables")),
            "csv": (f"统计报表-{period}.zip", self.tr("Save the tables")),
            "pdf": (f"统计报表-{period}.pdf", self.tr("Save the printed report")),
            "docx": (f"工作报告数据-{period}.docx", self.tr("Save the work report figures")),
            "report-pdf": (f"工作报告数据-{period}.pdf", self.tr("Save the work report figures")),
        }[kind]
        self._file_dialog = choose_save_path(
            self.view,
            title,
            f"{self.hall_name}-{name}",
            lambda path: self._spawn(self.export(kind, figures, path), "statistics-export"),
            export_dir=self.export_dir,
        )

    async def export(self, kind: str, figures: HallStatistics, path: Path) -> Path | None:
        """Write the figures shown as ``kind`` to ``path`` (in a thread); the path."""
        on = self.today()
        signed = {"hall_name": self.hall_name, "prepared_by": self.actor.name}
        write: Callable[[], object]
        if kind == "xlsx":
            write = partial(statistics_xlsx, figures, path)
        elif kind == "csv":
            write = partial(statistics_csv, figures, path)
        else:
            documents: dict[str, Callable[..., Path]] = {
                "pdf": statistics_pdf,
                "docx": work_report_docx,
                "report-pdf": work_report_pdf,
            }
            write = partial(documents[kind], figures, path, on=on, **signed)
        return await self._write(write, path)

    async def _write(self, write: Callable[[], object], path: Path) -> Path | None:
        """Run ``write`` in a thread, then say where the file is; the path (None: the
        failure was shown)."""

        async def work() -> Path:
            await asyncio.to_thread(write)
            return path

        done: Path | None = await self._guarded(work)
        if done is not None:
            self.view.show_message(
                self.tr("Saved to {path}.").format(path=path), MessageLevel.SUCCESS
            )
        return done


def build_statistics_tab(
    services: Services, actor: Actor, hall: HallInfo, *, export_dir: Path | None = None
) -> tuple[QWidget, RoleController]:
    view = StatisticsView()
    return view, StatisticsController(services, actor, hall, view, export_dir=export_dir)

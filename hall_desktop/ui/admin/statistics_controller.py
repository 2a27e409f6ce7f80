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

    def start(self) -> None:
        self.compute()

    async def read(self, start: date, end: date) -> HallStatistics:
        return await self.statistics.figures(self.actor, start, end)

    def show(self, figures: HallStatistics) -> None:
        self.view.show_figures(figures)

    def _on_line_picked(self, line_id: int | None) -> None:
        self.view.show_line(line_id)

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

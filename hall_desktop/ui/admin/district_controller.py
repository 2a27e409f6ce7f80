"""The 区县 tab's controller: the district and its halls, their figures over the period
picked (hall by hall: a moment for a district), the exports, and a township's items:
read, chosen on screen, saved after a confirmation that says what changes."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hall_desktop.services.actor import Actor
from hall_desktop.services.bundle import Services
from hall_desktop.services.district import DistrictInfo, DistrictStatistics
from hall_desktop.services.district_export import district_csv, district_xlsx
from hall_desktop.services.dto import HallInfo
from hall_desktop.ui.admin.district import DistrictView
from hall_desktop.ui.admin.period_bar import PeriodController
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.widgets.files import choose_save_path
from hall_desktop.ui.widgets.forms import MessageLevel, ask_yes_no


class DistrictController(PeriodController[DistrictStatistics]):
    """Reads :class:`~hall_desktop.services.district.DistrictService` for the view."""

    TASK = "district-figures"

    def __init__(
        self,
        services: Services,
        actor: Actor,
        hall: HallInfo,
        view: DistrictView,
        *,
        export_dir: Path | None = None,
    ) -> None:
        self.services = services
        self.district = services.district
        self.actor = actor
        self.view = view
        self.export_dir = export_dir
        self.info: DistrictInfo | None = None
        self.township_id: int | None = None
        self.confirm_box: QMessageBox | None = None
        self._file_dialog: QFileDialog | None = None
        super().__init__(view, services.db.clock, ZoneInfo(hall.timezone))
        view.export_requested.connect(self._on_export)
        view.township_picked.connect(self._on_township_picked)
        view.save_requested.connect(self._on_save)
        view.sync_requested.connect(self._on_sync)

    def start(self) -> None:
        self._spawn(self._load(), "district", replace=True)

    async def _load(self) -> None:
        info = await self._guarded(lambda: self.district.district(self.actor))
        if info is None:
            return
        self.info = info
        self.view.show_district(info)
        self.compute()
        if info.townships:
            self._on_township_picked(info.townships[0].id)

    # -- the figures ---------------------------------------------------------------------------

    async def read(self, start: date, end: date) -> DistrictStatistics:
        return await self.district.statistics(self.actor, start, end)

    def show(self, figures: DistrictStatistics) -> None:
        self.view.show_statistics(figures)

    def _on_export(self, kind: str) -> None:
        figures = self.figures
        if figures is None:
            return
        name = f"{figures.district.name}-区县汇总-{figures.start:%Y%m%d}-{figures.end:%Y%m%d}"
        self._file_dialog = choose_save_path(
            self.view,
            self.tr("Save the table"),
            f"{name}.{kind}",
            lambda path: self._spawn(self.export(kind, figures, path), "district-export"),
            export_dir=self.export_dir,
        )

    async def export(self, kind: str, figures: DistrictStatistics, path: Path) -> Path | None:
        """Write the table shown as ``kind`` (xlsx, csv) to ``path`` (in a thread)."""
        write: Callable[[], Path] = partial(
            district_xlsx if kind == "xlsx" else district_csv, figures, path
        )

        async def work() -> Path:
            return await asyncio.to_thread(write)

        done: Path | None = await self._guarded(work)
        if done is not None:
            self.view.show_message(
                self.tr("Saved to {path}.").format(path=path), MessageLevel.SUCCESS
            )
        return done

    # -- a township's items --------------------------------------------------------------------

    def _on_township_picked(self, hall_id: int) -> None:
        self.township_id = hall_id
        self._spawn(self._read_items(hall_id), "district-items", replace=True)

    async def _read_items(self, hall_id: int) -> None:
        items = await self._guarded(lambda: self.district.township_items(self.actor, hall_id))
        if items is not None and hall_id == self.township_id:
            self.view.show_items(items)

    def _on_save(self) -> None:
        hall = self.view.township()
        model = self.view.items_model
        if hall is None or hall.id != self.township_id:
            return
        added, removed = len(model.added()), len(model.removed())
        chosen = sorted(model.chosen)
        self._ask(
            self.tr("Save the township's items"),
            self.tr(
                "{hall} will serve {count} of the centre's items: {added} added, {removed} "
                "no longer served. Save?"
            ).format(hall=hall.name, count=len(chosen), added=added, removed=removed),
            lambda: self._spawn(self.save(hall.id, chosen), "district-save"),
        )

    async def save(self, hall_id: int, codes: list[str]) -> None:
        self.view.clear_errors()
        change = await self._guarded(
            lambda: self.district.set_township_items(self.actor, hall_id, codes)
        )
        if change is None:
            return
        self.view.show_message(
            self.tr("Saved: {added} items added, {removed} no longer served.").format(
                added=len(change.created) + len(change.activated),
                removed=len(change.deactivated),
            ),
            MessageLevel.SUCCESS,
        )
        await self._read_items(hall_id)

    def _on_sync(self) -> None:
        """Asked first: the edits reach every township's items at once."""
        count = len(self.info.townships) if self.info is not None else 0
        self._ask(
            self.tr("Carry the centre's edits over"),
            self.tr(
                "Copy the names, departments and promised days of the centre's items, and "
                "stop the items the centre stopped, in all {count} townships?"
            ).format(count=count),
            lambda: self._spawn(self.sync(), "district-sync", replace=True),
        )

    def _ask(self, title: str, question: str, then: Callable[[], object]) -> None:
        """A yes/no question (No by default); ``then`` runs on Yes."""
        self.confirm_box = ask_yes_no(self.view, title, question, then)  # kept for tests

    async def sync(self) -> None:
        changes = await self._guarded(lambda: self.district.sync_catalogue(self.actor))
        if changes is None:
            return
        if not changes:
            self.view.show_message(self.tr("The townships' items already match the centre's."))
        else:
            self.view.show_message(
                self.tr("Carried over to {halls} townships ({items} items).").format(
                    halls=len(changes),
                    items=sum(len(c.edited) + len(c.deactivated) for c in changes),
                ),
                MessageLevel.SUCCESS,
            )
        if self.township_id is not None:
            await self._read_items(self.township_id)


def build_district_tab(
    services: Services, actor: Actor, hall: HallInfo, *, export_dir: Path | None = None
) -> tuple[QWidget, RoleController]:
    view = DistrictView()
    return view, DistrictController(services, actor, hall, view, export_dir=export_dir)

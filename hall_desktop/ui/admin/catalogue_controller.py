"""The catalogue tab's controller: loads, saves, imports and exports through
:class:`CatalogueAdminService`.

The service checks the actor's role itself; a clerk who got here would see its refusal.
Reading a spreadsheet happens in a worker thread (the service's ``read_file``), so a
2,000-row XLSX never freezes the window; file dialogs are opened with ``open()``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from hall_desktop.domain.catalogue import CatalogueItem, ImportPreview, ImportResult, RawRow
from hall_desktop.domain.clock import HallTime
from hall_desktop.services.actor import Actor
from hall_desktop.services.catalogue_admin import CatalogueAdminService
from hall_desktop.store.database import Database
from hall_desktop.ui.admin.catalogue import CatalogueAdmin, ItemForm
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.widgets.forms import MessageLevel

#: ``pick_file("import")`` → the file to import; ``pick_file("export")`` → where to save.
#: None (or an empty string): the user changed their mind.
FilePicker = Callable[[str], Path | str | None]


class CatalogueController(RoleController):
    loaded = Signal()  # the table shows the database's items
    saved = Signal(object)  # CatalogueItem
    previewed = Signal(object)  # ImportPreview
    imported = Signal(object)  # ImportResult
    exported = Signal(str)  # path
    settled = Signal()  # no task of this controller is running any more

    def __init__(
        self,
        db: Database,
        actor: Actor,
        view: CatalogueAdmin,
        *,
        hall_name: str = "",
        timezone: str = "Asia/Shanghai",
        pick_file: FilePicker | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(view, parent)
        self.db = db
        self.actor = actor
        self.view = view
        self.hall_name = hall_name
        self.time = HallTime(db.clock, ZoneInfo(timezone))
        self.service = CatalogueAdminService(db)
        self.pick_file = pick_file
        self._pending: tuple[str, list[RawRow]] | None = None  # file name, its rows
        self._file_dialog: QFileDialog | None = None
        view.reload_requested.connect(self.start)
        view.save_requested.connect(self._on_save)
        view.import_requested.connect(self._on_import)
        view.confirm_import_requested.connect(self._on_confirm)
        view.cancel_import_requested.connect(self._on_cancel)
        view.export_requested.connect(self._on_export)

    # -- tasks -----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Some task of this controller is still running (tests wait on this)."""
        return any(not task.done() for task in self._tasks)

    def _run(self, work: Any, name: str) -> asyncio.Task[Any]:
        task = self._spawn(work, name)
        task.add_done_callback(self._on_task_done)
        return task

    def _on_task_done(self, _task: asyncio.Task[Any]) -> None:
        if not self.busy:
            self.settled.emit()

    def start(self) -> None:
        self._run(self._load(), "catalogue-load")

    async def stop(self) -> None:
        if self._file_dialog is not None:
            self._file_dialog.close()
        await self._stop_tasks()

    async def _refresh_now(self) -> None:
        await self._load()

    # -- the table ---------------------------------------------------------------------

    async def _load(self) -> None:
        items: list[CatalogueItem] | None = await self._guarded(
            lambda: self.service.list_items(self.actor)
        )
        if items is None:
            return
        self.view.set_online(True)
        self.view.show_items(items)
        self.loaded.emit()

    def _on_save(self, form: ItemForm) -> None:
        self._run(self._save(form), "catalogue-save")

    async def _save(self, form: ItemForm) -> None:
        fields: dict[str, Any] = {
            "code": form.code,
            "name": form.name,
            "category": form.category,
            "department": form.department,
            "promised_days": form.promised_days,
            "active": form.active,
        }
        if form.item_id is None:
            item = await self._guarded(lambda: self.service.create_item(self.actor, **fields))
        else:
            item_id = form.item_id
            item = await self._guarded(
                lambda: self.service.update_item(self.actor, item_id, **fields)
            )
        if item is None:
            return
        self.view.show_saved_item(item)
        self.view.show_message(
            self.tr("Saved {code} {name}.").format(code=item.code, name=item.name),
            MessageLevel.SUCCESS,
        )
        self.saved.emit(item)

    # -- import ------------------------------------------------------------------------

    def _on_import(self) -> None:
        self._choose("import", lambda path: self._run(self._preview(path), "catalogue-preview"))

    async def _preview(self, path: Path) -> None:
        self.view.set_import_busy(True)
        self.view.show_message(self.tr("Reading {file}…").format(file=path.name), MessageLevel.INFO)
        try:
            rows: list[RawRow] | None = await self._guarded(
                lambda: self.service.read_file(self.actor, path)
            )
            if rows is None:
                return
            preview: ImportPreview | None = await self._guarded(
                lambda: self.service.preview(self.actor, rows)
            )
            if preview is None:
                return
            self._pending = (path.name, rows)
            self.view.show_preview(path.name, preview)
            self.previewed.emit(preview)
        finally:
            self.view.set_import_busy(False)

    def _on_confirm(self) -> None:
        if self._pending is not None:
            self._run(self._apply(*self._pending), "catalogue-import")

    async def _apply(self, file_name: str, rows: list[RawRow]) -> None:
        self.view.set_import_busy(True)
        try:
            result: ImportResult | None = await self._guarded(
                lambda: self.service.apply(self.actor, rows, file_name)
            )
        finally:
            self.view.set_import_busy(False)
        if result is None:  # refused: the message says why; the preview stays
            return
        self._pending = None
        self.view.show_catalogue()
        self.view.show_message(
            self.tr(
                "Imported {file}: added {added}, changed {changed}, unchanged {unchanged}."
            ).format(
                file=file_name,
                added=result.added,
                changed=result.changed,
                unchanged=result.unchanged,
            ),
            MessageLevel.SUCCESS,
        )
        await self._load()
        self.imported.emit(result)

    def _on_cancel(self) -> None:
        self._pending = None
        self.view.show_catalogue()
        self.view.hide_message()

    # -- export ------------------------------------------------------------------------

    def _on_export(self) -> None:
        self._choose("export", lambda path: self._run(self._export(path), "catalogue-export"))

    async def _export(self, path: Path) -> None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(f"{path.name}.xlsx")
        count = await self._guarded(lambda: self.service.export_xlsx(self.actor, path))
        if count is None:
            return
        self.view.show_message(
            self.tr("Exported {n} items to {path}.").format(n=count, path=path),
            MessageLevel.SUCCESS,
        )
        self.exported.emit(str(path))

    # -- files -------------------------------------------------------------------------

    def default_export_name(self) -> str:
        prefix = f"{self.hall_name}-" if self.hall_name else ""
        return f"{prefix}事项目录-{self.time.today():%Y%m%d}.xlsx"

    def _choose(self, kind: str, then: Callable[[Path], object]) -> None:
        """Ask for a file (through ``pick_file`` when given, else a non-modal dialog)."""
        if self.pick_file is not None:
            chosen = self.pick_file(kind)
            if chosen:
                then(Path(chosen))
            return
        if kind == "import":
            dialog = QFileDialog(self.view, self.tr("Import the service-item catalogue"))
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.setNameFilters(
                [self.tr("Catalogue files (*.xlsx *.csv)"), self.tr("All files (*)")]
            )
        else:
            dialog = QFileDialog(self.view, self.tr("Export the service-item catalogue"))
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("xlsx")
            dialog.setNameFilters([self.tr("Excel workbook (*.xlsx)")])
            dialog.selectFile(str(Path.home() / self.default_export_name()))
        dialog.fileSelected.connect(lambda path: then(Path(path)) if path else None)
        self._file_dialog = dialog
        dialog.open()  # never exec() inside the asyncio loop

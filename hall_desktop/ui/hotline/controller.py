"""The hotline's controller: log-in (guides and supervisors), then booking, finding,
moving, cancelling and importing through :class:`AppointmentService`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from hall_desktop.domain.appointments import lookup_key
from hall_desktop.domain.clock import HallTime
from hall_desktop.domain.errors import DatabaseUnavailable
from hall_desktop.services.actor import Actor
from hall_desktop.services.appointments import BOOKERS, Booking, ImportPreview
from hall_desktop.services.bundle import Services
from hall_desktop.services.dto import EventRecord
from hall_desktop.ui.common.controller import HallController
from hall_desktop.ui.common.slots import SlotPicker
from hall_desktop.ui.hotline.window import CitizenForm, HotlineWindow
from hall_desktop.ui.widgets.forms import MessageLevel


class HotlineController(HallController):
    def __init__(
        self,
        services: Services,
        hall_code: str,
        window: HotlineWindow,
        parent: QObject | None = None,
        *,
        feed_options: dict[str, Any] | None = None,
        pick_file: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(services, hall_code, window, feed_options=feed_options, parent=parent)
        self.window = window
        self.appointments = services.appointments
        self.pick_file = pick_file  # tests: the file an operator would choose
        self.login_flow = self._login_flow(
            BOOKERS,
            self.tr("The appointment hotline is for guides and supervisors."),
            window.login,
        )
        self.actor: Actor | None = None
        self._rows: list[dict[str, str]] = []
        self._file_name = ""
        self._file_dialog: QFileDialog | None = None
        window.login_requested.connect(lambda a, b: self._spawn(self._login(a, b), "login"))
        window.logout_requested.connect(self._on_logout)
        for picker in (window.book_page.picker, window.find_page.picker):
            picker.changed.connect(
                lambda line_id, day, p=picker: self._spawn(
                    self._load_slots(p, line_id, day), f"slots-{id(p)}", replace=True
                )
            )
        window.book_page.book_requested.connect(
            lambda slot_id, form: self._spawn(self._book(slot_id, form), "book")
        )
        window.find_page.find_requested.connect(
            lambda text: self._spawn(self._find(text), "find", replace=True)
        )
        window.find_page.move_requested.connect(
            lambda code, slot_id: self._spawn(self._move(code, slot_id), "move")
        )
        window.find_page.cancel_requested.connect(
            lambda code: self._spawn(self._cancel(code), "cancel")
        )
        window.import_page.choose_requested.connect(self._on_choose)
        window.import_page.import_requested.connect(lambda: self._spawn(self._import(), "import"))

    def start(self) -> None:
        self._spawn(self._load_hall(), "hotline-hall")

    async def _load_hall(self) -> None:
        self.hall = await self.login_flow.load_hall()
        self.window.login.set_hall_name(self.hall.name)

    async def _login(self, login: str, password: str) -> None:
        actor = await self.login_flow.log_in(login, password)
        if actor is None:
            return
        self.actor = actor
        hall = self.hall
        assert hall is not None
        self.window.show_work(hall.name, f"{actor.name}（{actor.staff_number}）")
        lines = await self._guarded(lambda: self.queue.line_statuses(hall.id))
        today = HallTime(self.db.clock, ZoneInfo(hall.timezone)).today()
        for picker in (self.window.book_page.picker, self.window.find_page.picker):
            picker.set_lines(lines or [], today)
        items = await self._guarded(lambda: self.services.catalogue.active_items(hall.id))
        self.window.book_page.set_items(items or [])
        if self.feed is None:
            try:
                after = await self.queue.feed_position(hall.id)
            except DatabaseUnavailable:
                after = None
            self._start_feed(self.db, hall.id, after)

    def _on_logout(self) -> None:
        self.actor = None
        self.window.show_login()

    def _on_events(self, batch: list[EventRecord], _catching_up: bool) -> None:
        if any(e.kind.startswith("appointment") for e in batch):
            self.schedule_refresh()  # places taken on other PCs

    async def _refresh_now(self) -> None:
        for picker in (self.window.book_page.picker, self.window.find_page.picker):
            line_id = picker.line_id()
            if line_id is not None:
                await self._load_slots(picker, line_id, picker.day())

    async def _load_slots(self, picker: SlotPicker, line_id: int, day: Any) -> None:
        if self.hall is None:
            return
        hall_id = self.hall.id
        slots = await self._guarded(lambda: self.appointments.slots(hall_id, line_id, day))
        if slots is not None:
            picker.show_slots(line_id, day, slots)

    async def _book(self, slot_id: int, form: CitizenForm) -> None:
        actor = self.actor
        if actor is None:
            return
        page = self.window.book_page
        booking: Booking | None = await self._guarded(
            lambda: self.appointments.book(
                actor,
                slot_id=slot_id,
                citizen_name=form.name,
                mobile=form.mobile,
                id_number=form.id_number,
                note=form.note or None,
                item_ids=form.item_ids,
            )
        )
        if booking is not None:
            page.booked(booking)
            self.schedule_refresh()

    async def _find(self, text: str) -> None:
        if self.hall is None:
            return
        hall_id = self.hall.id
        key = lookup_key(text)
        found = await self._guarded(lambda: self.appointments.find(hall_id, **key))
        if found is not None:
            self.window.find_page.show_found(found)

    async def _move(self, code: str, slot_id: int) -> None:
        actor = self.actor
        if actor is None:
            return
        moved = await self._guarded(lambda: self.appointments.move(actor, code, slot_id))
        if moved is not None:
            self.window.find_page.show_message(
                self.tr("{code} moved to {day} {slot}.").format(
                    code=moved.code, day=f"{moved.day:%Y-%m-%d}", slot=moved.slot_label
                ),
                MessageLevel.SUCCESS,
            )
            await self._find(code)
            self.schedule_refresh()

    async def _cancel(self, code: str) -> None:
        actor = self.actor
        if actor is None:
            return
        done = await self._guarded(lambda: self.appointments.cancel(actor, code))
        if done is not None:
            self.window.find_page.show_message(
                self.tr("{code} cancelled; its place is free again.").format(code=code),
                MessageLevel.SUCCESS,
            )
            await self._find(code)
            self.schedule_refresh()

    # -- import ---------------------------------------------------------------------------

    def _on_choose(self) -> None:
        if self.pick_file is not None:
            chosen = self.pick_file()
            if chosen:
                self._spawn(self._preview(Path(chosen)), "import-preview", replace=True)
            return
        dialog = QFileDialog(self.window, self.tr("Import online bookings"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Platform exports (*.xlsx *.csv)")])
        dialog.fileSelected.connect(
            lambda path: (
                self._spawn(self._preview(Path(path)), "import-preview", replace=True)
                if path
                else None
            )
        )
        self._file_dialog = dialog
        dialog.open()  # never exec() inside the asyncio loop

    async def _preview(self, path: Path) -> None:
        actor = self.actor
        if actor is None:
            return
        page = self.window.import_page
        page.show_preview(None)
        self._rows = []
        rows = await self._guarded(lambda: self.appointments.read_import(path))
        if rows is None:
            return
        preview: ImportPreview | None = await self._guarded(
            lambda: self.appointments.preview_import(actor, path.name, rows)
        )
        if preview is not None:
            self._rows, self._file_name = rows, path.name
            page.show_preview(preview)

    async def _import(self) -> None:
        actor, rows = self.actor, self._rows
        if actor is None or not rows:
            return
        count = await self._guarded(
            lambda: self.appointments.import_rows(actor, self._file_name, rows)
        )
        if count is not None:
            self._rows = []
            self.window.import_page.show_preview(None)
            self.window.import_page.show_message(
                self.tr("{count} online bookings imported.").format(count=count),
                MessageLevel.SUCCESS,
            )
            self.schedule_refresh()

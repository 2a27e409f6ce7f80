"""The admin's 预约时段 tab: a line's slots of a day (上午/下午 sessions or fixed slots
from the day's hours, with a capacity), a holiday opened for booked citizens only
(节假日预约服务), the day's bookings with their state, and the 爽约 sweep."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.clock import HallTime
from hall_desktop.domain.hours import DayHours, DayKind
from hall_desktop.services.actor import Actor
from hall_desktop.services.appointments import AppointmentService
from hall_desktop.services.dto import HallInfo
from hall_desktop.services.hours_admin import HoursAdminService
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.common.slots import SlotPicker, table_view
from hall_desktop.ui.models.bookings import BookingTableModel
from hall_desktop.ui.widgets.forms import FormFeedback, MessageLevel, picked_time, qtime


class AppointmentSlots(FormFeedback, QWidget):
    """Signals what the administrator asked for; shows slots and bookings."""

    TITLE = QT_TRANSLATE_NOOP("AdminController", "Appointments (预约)")
    ORDER = 25

    derive_requested = Signal(object, int)  # minutes (None: 上午/下午 sessions), capacity
    open_holiday_requested = Signal(object, object)  # opens, closes (times)
    no_shows_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = {}
        self.picker = SlotPicker()
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Morning and afternoon sessions"), 0)
        for minutes in (15, 20, 30, 60):
            self.mode_combo.addItem(self.tr("Slots of {n} minutes").format(n=minutes), minutes)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(1, 999)
        self.capacity_spin.setValue(10)
        self.derive_button = QPushButton(self.tr("Set the day's slots from its hours"))
        self.derive_button.setObjectName("primaryButton")
        self.derive_button.clicked.connect(self._on_derive)
        slots_row = QHBoxLayout()
        slots_row.addWidget(self.mode_combo)
        slots_row.addWidget(QLabel(self.tr("Places per slot")))
        slots_row.addWidget(self.capacity_spin)
        slots_row.addWidget(self.derive_button)
        slots_row.addStretch(1)

        self.opens_edit = QTimeEdit(qtime(time(9, 0)))
        self.closes_edit = QTimeEdit(qtime(time(12, 0)))
        for edit in (self.opens_edit, self.closes_edit):
            edit.setDisplayFormat("HH:mm")
        self.open_holiday_button = QPushButton(self.tr("Open this day for appointments only"))
        self.open_holiday_button.setToolTip(
            self.tr("节假日预约服务: the hall opens these hours for booked citizens; no walk-ins")
        )
        self.open_holiday_button.clicked.connect(self._on_open_holiday)
        holiday_row = QHBoxLayout()
        holiday_row.addWidget(QLabel(self.tr("Hours")))
        holiday_row.addWidget(self.opens_edit)
        holiday_row.addWidget(QLabel("–"))
        holiday_row.addWidget(self.closes_edit)
        holiday_row.addWidget(self.open_holiday_button)
        holiday_row.addStretch(1)

        self.bookings = BookingTableModel(parent=self)
        self.bookings_view = table_view(self.bookings)
        self.no_shows_button = QPushButton(self.tr("Mark no-shows now"))
        self.no_shows_button.clicked.connect(self.no_shows_requested)
        bookings_row = QHBoxLayout()
        bookings_row.addWidget(QLabel(self.tr("Bookings of the day")))
        bookings_row.addStretch(1)
        bookings_row.addWidget(self.no_shows_button)
        self.message = QLabel()
        self.message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 2)
        layout.addLayout(slots_row)
        layout.addLayout(holiday_row)
        layout.addWidget(self.message)
        layout.addLayout(bookings_row)
        layout.addWidget(self.bookings_view, 2)

    def _on_derive(self) -> None:
        minutes = int(self.mode_combo.currentData() or 0)
        self.derive_requested.emit(minutes or None, self.capacity_spin.value())

    def _on_open_holiday(self) -> None:
        self.open_holiday_requested.emit(
            picked_time(self.opens_edit), picked_time(self.closes_edit)
        )


class AppointmentSlotsController(RoleController):
    def __init__(
        self,
        view: AppointmentSlots,
        db: Database,
        actor: Actor,
        hall: HallInfo,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.actor = actor
        self.hall = hall
        self.appointments = AppointmentService(db)
        self.hours = HoursAdminService(db)
        self.queue = QueueService(db)
        self.time = HallTime(db.clock, ZoneInfo(hall.timezone))
        view.picker.changed.connect(
            lambda line_id, day: self._spawn(self._load(line_id, day), "slots", replace=True)
        )
        view.derive_requested.connect(
            lambda minutes, capacity: self._spawn(self._derive(minutes, capacity), "derive")
        )
        view.open_holiday_requested.connect(
            lambda opens, closes: self._spawn(self._open_holiday(opens, closes), "holiday")
        )
        view.no_shows_requested.connect(lambda: self._spawn(self._no_shows(), "no-shows"))

    def start(self) -> None:
        self._spawn(self._start(), "appointments-start")

    async def _start(self) -> None:
        lines = await self._guarded(lambda: self.queue.line_statuses(self.hall.id))
        self.view.picker.set_lines(lines or [], self.time.today())

    async def _load(self, line_id: int, day: date) -> None:
        slots = await self._guarded(lambda: self.appointments.slots(self.hall.id, line_id, day))
        if slots is not None:
            self.view.picker.show_slots(line_id, day, slots)
        bookings = await self._guarded(lambda: self.appointments.day_list(self.hall.id, day))
        if bookings is not None and day == self.view.picker.day():  # not a late answer
            self.view.bookings.set_rows(bookings)

    async def _reload(self) -> None:
        line_id = self.view.picker.line_id()
        if line_id is not None:
            await self._load(line_id, self.view.picker.day())

    async def _derive(self, minutes: int | None, capacity: int) -> None:
        line_id, day = self.view.picker.line_id(), self.view.picker.day()
        if line_id is None:
            return
        slots = await self._guarded(
            lambda: self.appointments.derive_slots(
                self.actor, line_id, day, minutes=minutes, capacity=capacity
            )
        )
        if slots is not None:
            self.view.picker.show_slots(line_id, day, slots)
            self.view.show_message(
                self.tr("{count} slots set for {day}.").format(
                    count=len(slots), day=f"{day:%Y-%m-%d}"
                ),
                MessageLevel.SUCCESS,
            )

    async def _open_holiday(self, opens: time, closes: time) -> None:
        day = self.view.picker.day()
        done = await self._guarded(
            lambda: self.hours.set_day(
                self.actor,
                day,
                DayKind.OPEN_HOLIDAY,
                "节假日预约服务",
                DayHours(opens, closes),
                appointments_only=True,
            )
        )
        if done is not None:
            self.view.show_message(
                self.tr(
                    "{day} is open {opens}–{closes} for booked citizens only. Now set its slots."
                ).format(day=f"{day:%Y-%m-%d}", opens=f"{opens:%H:%M}", closes=f"{closes:%H:%M}"),
                MessageLevel.SUCCESS,
            )

    async def _no_shows(self) -> None:
        count = await self._guarded(lambda: self.appointments.mark_no_shows(self.actor))
        if count is not None:
            self.view.show_message(
                self.tr("{count} bookings marked as no-shows.").format(count=count),
                MessageLevel.INFO,
            )
            await self._reload()


def build_appointments_tab(
    db: Database, actor: Actor, hall: HallInfo
) -> tuple[AppointmentSlots, AppointmentSlotsController]:
    view = AppointmentSlots()
    return view, AppointmentSlotsController(view, db, actor, hall)

"""The extended-hours list (延时服务台账): filters, totals, entry and edit, monthly export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import IntEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.clock import HallTime, system_hall_time
from hall_desktop.domain.overtime import REASONS, ManualDefaults
from hall_desktop.printing.overtime_report import (
    OvertimeReport,
    OvertimeRow,
    render_overtime_csv,
    render_overtime_report,
)
from hall_desktop.services.actor import MANAGERS, Actor
from hall_desktop.services.extended import (
    ExtendedHoursService,
    ExtendedRecord,
    RecordFilter,
    RecordTotals,
)
from hall_desktop.services.queue import QueueService
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.models.rows import RowsTableModel
from hall_desktop.ui.widgets.files import choose_save_path
from hall_desktop.ui.widgets.forms import (
    FormFeedback,
    MessageLevel,
    add_field,
    picked_date,
    picked_datetime,
    picked_time,
    qdate,
    qdatetime,
    qtime,
)

_Index = QModelIndex | QPersistentModelIndex
PENDING_REASON = "待填写"


class RecordColumn(IntEnum):
    DAY = 0
    WINDOW = 1
    CLERK = 2
    TICKET = 3
    ITEMS = 4
    CLOSING = 5
    FINISHED = 6
    MINUTES = 7
    REASON = 8
    NOTE = 9


_HEADERS = {
    RecordColumn.DAY: QT_TRANSLATE_NOOP("ExtendedRecordModel", "Date"),
    RecordColumn.WINDOW: QT_TRANSLATE_NOOP("ExtendedRecordModel", "Window"),
    RecordColumn.CLERK: QT_TRANSLATE_NOOP("ExtendedRecordModel", "Clerk"),
    RecordColumn.TICKET: QT_TRANSLATE_NOOP("ExtendedRecordModel", "Number"),
    RecordColumn.ITEMS: QT_TRANSLATE_NOOP("ExtendedRecordModel", "Service items"),
    RecordColumn.CLOSING: QT_TRANSLATE_NOOP("ExtendedRecordModel", "Closing"),
    RecordColumn.FINISHED: QT_TRANSLATE_NOOP("ExtendedRecordModel", "Finished"),
    RecordColumn.MINUTES: QT_TRANSLATE_NOOP("ExtendedRecordModel", "Minutes"),
    RecordColumn.REASON: QT_TRANSLATE_NOOP("ExtendedRecordModel", "Reason"),
    RecordColumn.NOTE: QT_TRANSLATE_NOOP("ExtendedRecordModel", "Note"),
}


class ExtendedRecordModel(RowsTableModel[ExtendedRecord]):
    CONTEXT = "ExtendedRecordModel"
    HEADERS = _HEADERS

    def cell(self, r: ExtendedRecord, column: int, role: int) -> Any:
        column = RecordColumn(column)
        if role == Qt.ItemDataRole.ForegroundRole and column is RecordColumn.REASON:
            return None if r.completed else Qt.GlobalColor.red
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        local = r.finished_at.astimezone(self._zone)
        return {
            RecordColumn.DAY: r.service_day.isoformat(),
            RecordColumn.WINDOW: str(r.window_number or ""),
            RecordColumn.CLERK: f"{r.clerk_name}（{r.clerk_staff_number}）",
            RecordColumn.TICKET: r.ticket_number
            or QCoreApplication.translate("ExtendedRecordModel", "entered by hand"),
            RecordColumn.ITEMS: r.items,
            RecordColumn.CLOSING: r.closing_at.astimezone(self._zone).strftime("%H:%M"),
            RecordColumn.FINISHED: local.strftime("%H:%M")
            if local.date() == r.service_day
            else local.strftime("%m-%d %H:%M"),
            RecordColumn.MINUTES: str(r.minutes),
            RecordColumn.REASON: r.reason
            or QCoreApplication.translate("ExtendedRecordModel", "to be completed"),
            RecordColumn.NOTE: r.note or "",
        }[column]


@dataclass(frozen=True)
class RecordForm:
    """What the entry/edit form holds (local, naive times)."""

    record_id: int | None
    day: date
    window_id: int | None
    clerk_id: int | None
    started: time | None
    finished: datetime
    items: str
    reason: str
    note: str


class ExtendedList(QWidget, FormFeedback):
    """The list with its filters and totals, and the entry form beside it."""

    #: The admin window's tab (registered in ``tabs.py``): its title and place.
    TITLE = QT_TRANSLATE_NOOP("AdminController", "Extended hours (延时服务)")
    ORDER = 10

    query_requested = Signal(object)  # RecordFilter
    save_requested = Signal(object)  # RecordForm
    export_requested = Signal(str, int, int)  # "pdf" | "csv", year, month
    day_chosen = Signal(object)  # date: a new record's day changed, its times follow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = system_hall_time()
        self._defaults: ManualDefaults | None = None
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.window_filter = QComboBox()
        self.clerk_filter = QComboBox()
        self.reason_filter = QComboBox()
        self.reason_filter.addItem(self.tr("All reasons"), None)
        for reason in REASONS:
            self.reason_filter.addItem(reason, reason)
        self.query_button = QPushButton(self.tr("Search"))
        self.query_button.clicked.connect(self._on_query)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("From"), self.start_edit),
            (self.tr("to"), self.end_edit),
            (self.tr("Window"), self.window_filter),
            (self.tr("Clerk"), self.clerk_filter),
            (self.tr("Reason"), self.reason_filter),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.query_button)
        filters.addStretch(1)

        self.model = ExtendedRecordModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(
            RecordColumn.ITEMS, QHeaderView.ResizeMode.Stretch
        )
        self.view.doubleClicked.connect(lambda _i: self._on_edit())
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Enter a record"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.pdf_button = QPushButton(self.tr("Monthly report (PDF)"))
        self.csv_button = QPushButton(self.tr("Export CSV"))
        self.new_button.clicked.connect(self._on_new)
        self.edit_button.clicked.connect(self._on_edit)
        self.pdf_button.clicked.connect(lambda: self._on_export("pdf"))
        self.csv_button.clicked.connect(lambda: self._on_export("csv"))
        actions = QHBoxLayout()
        actions.addWidget(self.totals_label, 1)
        for b in (self.new_button, self.edit_button, self.pdf_button, self.csv_button):
            actions.addWidget(b)

        left = QVBoxLayout()
        left.addLayout(filters)
        left.addWidget(self.view, 1)
        left.addLayout(actions)
        left.addWidget(self.message)
        root = QHBoxLayout(self)
        root.addLayout(left, 3)
        root.addWidget(self._build_form(), 1)
        self._form_id: int | None = None

    def _build_form(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("panel")
        self.form_frame = frame
        self.form_title = QLabel(self.tr("Enter a record"))
        self.form_title.setObjectName("panelTitle")
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.window_edit = QComboBox()
        self.clerk_edit = QComboBox()
        self.started_edit = QTimeEdit(QTime(17, 0))
        self.finished_edit = QDateTimeEdit()
        self.finished_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.items_edit = QLineEdit()
        self.items_edit.setPlaceholderText(self.tr("What was done"))
        self.reason_edit = QComboBox()
        self.reason_edit.addItems(REASONS)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(200)
        self.closing_label = QLabel()  # the chosen day's closing time: minutes count from it
        self.closing_label.setObjectName("hint")
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for field, label, widget in (
            ("day", self.tr("Service day"), self.day_edit),
            ("window_id", self.tr("Window"), self.window_edit),
            ("clerk_id", self.tr("Clerk"), self.clerk_edit),
            ("started_at", self.tr("Started"), self.started_edit),
            ("finished_at", self.tr("Finished"), self.finished_edit),
            ("items", self.tr("Service items"), self.items_edit),
            ("reason", self.tr("Reason"), self.reason_edit),
            ("note", self.tr("Note"), self.note_edit),
        ):
            add_field(form, self.errors, field, label, widget)
            if field == "day":
                form.addRow("", self.closing_label)
        self.day_edit.dateChanged.connect(self._on_day_changed)
        self._times_touched = False  # by hand since the day was chosen: keep them
        self.started_edit.timeChanged.connect(self._on_times_touched)
        self.finished_edit.dateTimeChanged.connect(self._on_times_touched)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self._on_save)
        layout = QVBoxLayout(frame)
        layout.addWidget(self.form_title)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        return frame

    # -- what the controller calls ---------------------------------------------------

    def set_choices(
        self, windows: list[tuple[int, str]], clerks: list[tuple[int, str]], managers: bool
    ) -> None:
        for combo, items, everyone in (
            (self.window_filter, windows, self.tr("All windows")),
            (self.clerk_filter, clerks, self.tr("All clerks")),
        ):
            combo.clear()
            combo.addItem(everyone, None)
            for value, text in items:
                combo.addItem(text, value)
        self.window_edit.clear()
        self.window_edit.addItem(self.tr("(none)"), None)
        for value, text in windows:
            self.window_edit.addItem(text, value)
        self.clerk_edit.clear()
        for value, text in clerks:
            self.clerk_edit.addItem(text, value)
        self.clerk_filter.setEnabled(managers)
        self.clerk_edit.setEnabled(managers)

    def show_records(self, records: list[ExtendedRecord], totals: RecordTotals) -> None:
        self.model.set_rows(records)
        self.totals_label.setText(
            self.tr("{n} records, {minutes} min in all ({hours} h {rest} min)").format(
                n=totals.records,
                minutes=totals.minutes,
                hours=totals.minutes // 60,
                rest=totals.minutes % 60,
            )
        )

    def form_saved(self) -> None:
        self._form_id = None
        self.form_title.setText(self.tr("Enter a record"))
        self.items_edit.clear()
        self.note_edit.clear()
        for label in self.errors.values():
            label.hide()

    def current_filter(self) -> RecordFilter:
        return RecordFilter(
            start=picked_date(self.start_edit),
            end=picked_date(self.end_edit),
            window_id=self.window_filter.currentData(),
            clerk_id=self.clerk_filter.currentData(),
            reason=self.reason_filter.currentData(),
        )

    def selected_record(self) -> ExtendedRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_record(rows[0].row()) if rows else None

    # -- inside -------------------------------------------------------------------------

    def _on_query(self) -> None:
        self.query_requested.emit(self.current_filter())

    def _on_new(self) -> None:
        self.start_new_record()

    def set_hall_time(self, hall_time: HallTime) -> None:
        """The hall's clock and zone: the filter starts on this month, a new record today."""
        self._time = hall_time
        self.model.set_timezone(str(hall_time.zone))
        today = hall_time.today()
        self.end_edit.setDate(qdate(today))
        self.start_edit.setDate(qdate(today.replace(day=1)))
        self.start_new_record()

    def set_manual_defaults(self, defaults: ManualDefaults | None) -> None:
        """The guess for a new record: the latest day the hall closed, its closing time
        and a finish that can be saved (see ``domain.overtime.manual_defaults``)."""
        self._defaults = defaults
        if self._form_id is None:
            self._apply_defaults(defaults)

    def show_day_defaults(self, defaults: ManualDefaults | None, day: date) -> None:
        """The chosen ``day``'s closing time, and times that follow it."""
        chosen = self._form_id is None and picked_date(self.day_edit) == day
        if chosen and not self._times_touched:  # times set by hand stay
            self._apply_defaults(defaults, day)

    def _apply_defaults(self, defaults: ManualDefaults | None, day: date | None = None) -> None:
        edits = (self.day_edit, self.started_edit, self.finished_edit)
        for edit in edits:  # what is set here asks for nothing and counts as untouched
            edit.blockSignals(True)
        if defaults is None:
            shown = day or self._time.today()
            self.day_edit.setDate(qdate(shown))
            self.closing_label.setText(
                self.tr("The hall has no hours on {day}.").format(day=f"{shown:%Y-%m-%d}")
            )
        else:
            self.day_edit.setDate(qdate(defaults.day))
            self.started_edit.setTime(qtime(defaults.closing.time()))
            self.finished_edit.setDateTime(qdatetime(defaults.finished))
            self.closing_label.setText(
                self.tr("Closing time that day: {time}").format(time=f"{defaults.closing:%H:%M}")
            )
        for edit in edits:
            edit.blockSignals(False)
        self._times_touched = False

    def _on_times_touched(self) -> None:
        self._times_touched = True

    def _on_day_changed(self) -> None:
        if self._form_id is None:
            self._times_touched = False
            self.day_chosen.emit(picked_date(self.day_edit))

    def start_new_record(self) -> None:
        """An empty form for a record by hand, with times that can be saved."""
        self.form_saved()
        # The hall's today and now, not this PC's (its clock may run in another zone).
        self._apply_defaults(self._defaults)
        self.day_edit.setEnabled(True)
        self.items_edit.setEnabled(True)
        self.finished_edit.setEnabled(True)

    def _on_edit(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        self._form_id = record.id
        self.form_title.setText(self.tr("Edit record"))
        self.day_edit.blockSignals(True)
        self.day_edit.setDate(qdate(record.service_day))
        self.day_edit.blockSignals(False)
        closing = record.closing_at.astimezone(self.model.zone)
        self.closing_label.setText(
            self.tr("Closing time that day: {time}").format(time=f"{closing:%H:%M}")
        )
        if record.started_at is not None:
            self.started_edit.setTime(qtime(record.started_at.astimezone(self.model.zone).time()))
        self.items_edit.setText(record.items)
        local = record.finished_at.astimezone(self.model.zone).replace(tzinfo=None)
        self.finished_edit.setDateTime(qdatetime(local))
        if record.reason:
            self.reason_edit.setCurrentText(record.reason)
        self.note_edit.setText(record.note or "")
        # An automatic record's day, items and times come from its ticket.
        for widget in (self.day_edit, self.items_edit, self.finished_edit):
            widget.setEnabled(record.manual)

    def _on_save(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.save_requested.emit(
            RecordForm(
                record_id=self._form_id,
                day=picked_date(self.day_edit),
                window_id=self.window_edit.currentData(),
                clerk_id=self.clerk_edit.currentData(),
                started=picked_time(self.started_edit),
                finished=picked_datetime(self.finished_edit),
                items=self.items_edit.text(),
                reason=self.reason_edit.currentText(),
                note=self.note_edit.text(),
            )
        )

    def _on_export(self, kind: str) -> None:
        start = self.start_edit.date()
        self.export_requested.emit(kind, start.year(), start.month())


class ExtendedController(RoleController):
    """Drives the list for one logged-in actor (supervisors see everyone's records)."""

    exported = Signal(str)

    def __init__(
        self,
        list_widget: ExtendedList,
        service: ExtendedHoursService,
        queue: QueueService,
        actor: Actor,
        *,
        hall_name: str,
        timezone: str,
        export_dir: Path | None = None,
    ) -> None:
        super().__init__(list_widget)
        self.view = list_widget
        self.service = service
        self.queue = queue
        self.actor = actor
        self.hall_name = hall_name
        self.timezone = timezone
        self.export_dir = export_dir
        # The hall's today, not this PC's: a PC set to another zone must not hide today.
        self.time = HallTime(service.db.clock, ZoneInfo(timezone))
        self.view.set_hall_time(self.time)
        self.view.query_requested.connect(
            lambda flt: self._spawn(self._query(flt), "extended-query")
        )
        self.view.save_requested.connect(lambda form: self._spawn(self._save(form), "ext-save"))
        self.view.export_requested.connect(self._on_export)
        self.view.day_chosen.connect(lambda day: self._spawn(self._day_defaults(day), "ext-day"))
        self._file_dialog: QFileDialog | None = None

    def start(self) -> None:
        self._spawn(self._load(), "extended-load")

    async def _load(self) -> None:
        states = await self._guarded(lambda: self.queue.window_states(self.actor.hall_id))
        windows = [(s.window_id, f"{s.number}号 {s.name}") for s in states or []]
        clerks = await self._guarded(lambda: self.service.clerks(self.actor)) or []
        self.view.set_choices(windows, clerks, self.actor.has(*MANAGERS))
        self.view.set_manual_defaults(
            await self._guarded(lambda: self.service.manual_defaults(self.actor))
        )
        await self._query(self.view.current_filter())

    async def _day_defaults(self, day: date) -> None:
        defaults = await self._guarded(lambda: self.service.manual_defaults(self.actor, day))
        self.view.show_day_defaults(defaults, day)

    async def _query(self, flt: RecordFilter) -> None:
        found = await self._guarded(lambda: self.service.records(self.actor, flt))
        if found is not None:
            self.view.show_records(*found)

    async def _save(self, form: RecordForm) -> None:
        if form.record_id is None:
            started = datetime.combine(form.day, form.started) if form.started else None
            saved = await self._guarded(
                lambda: self.service.create_manual(
                    self.actor,
                    day=form.day,
                    finished_local=form.finished,
                    started_local=started,
                    reason=form.reason,
                    items=form.items,
                    window_id=form.window_id,
                    clerk_id=form.clerk_id,
                    note=form.note,
                )
            )
        else:
            current = self.view.selected_record()
            manual = current is not None and current.manual
            saved = await self._guarded(
                lambda: self.service.update(
                    self.actor,
                    form.record_id,  # type: ignore[arg-type]
                    reason=form.reason,
                    note=form.note,
                    finished_local=form.finished if manual else None,
                    items=form.items if manual else None,
                )
            )
        if saved is not None:
            self.view.form_saved()
            self.view.show_message(self.tr("Saved."), MessageLevel.SUCCESS)
            await self._query(self.view.current_filter())

    def report(self, records: list[ExtendedRecord], year: int, month: int) -> OvertimeReport:
        zone = ZoneInfo(self.timezone)
        rows = tuple(
            OvertimeRow(
                day=r.service_day,
                window_number=r.window_number,
                clerk_name=r.clerk_name,
                clerk_staff_number=r.clerk_staff_number,
                ticket_number=r.ticket_number,
                items=r.items,
                closing_time=r.closing_at.astimezone(zone).time().replace(second=0),
                finished_at=r.finished_at.astimezone(zone).time().replace(second=0),
                minutes=r.minutes,
                reason=r.reason or PENDING_REASON,
                note=r.note,
                manual=r.manual,
            )
            for r in records
            if (r.service_day.year, r.service_day.month) == (year, month)
        )
        return OvertimeReport(
            hall_name=self.hall_name,
            year=year,
            month=month,
            rows=rows,
            generated_at=self.time.now(),
            timezone=self.timezone,
            prepared_by=self.actor.name,
        )

    async def export(self, kind: str, year: int, month: int, target: Path) -> Path:
        """Write the month's report as ``kind`` (pdf/csv) to ``target``."""
        start = date(year, month, 1)
        end = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        records, _ = await self.service.records(self.actor, RecordFilter(start=start, end=end))
        report = self.report(records, year, month)
        data = render_overtime_report(report) if kind == "pdf" else render_overtime_csv(report)
        target.write_bytes(data)
        self.exported.emit(str(target))
        self.view.show_message(self.tr("Saved to {path}").format(path=target), MessageLevel.SUCCESS)
        return target

    def _on_export(self, kind: str, year: int, month: int) -> None:
        self._file_dialog = choose_save_path(
            self.view,
            self.tr("Save the monthly report"),
            f"延时服务-{year}年{month:02d}月.{kind}",
            lambda path: self._spawn(self.export(kind, year, month, path), "ext-export"),
            export_dir=self.export_dir,
        )

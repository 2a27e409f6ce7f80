"""The audit log viewer (操作日志): the event log filtered by date, member of staff,
window, kind and text; read-only; exported as CSV for Excel."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.clock import local_today
from hall_desktop.domain.errors import DatabaseUnavailable
from hall_desktop.services.actor import Actor
from hall_desktop.services.audit import (
    GROUP_LABELS,
    MAX_ROWS,
    AuditEntry,
    AuditFilter,
    AuditService,
    render_audit_csv,
)
from hall_desktop.services.dto import EventRecord, HallInfo
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.models.rows import RowsTableModel
from hall_desktop.ui.widgets.files import choose_save_path
from hall_desktop.ui.widgets.forms import (
    FormFeedback,
    MessageLevel,
    error_label,
    picked_date,
    qdate,
)


class AuditColumn(IntEnum):
    TIME = 0
    KIND = 1
    ACTOR = 2
    WINDOW = 3
    TICKET = 4
    DETAILS = 5


_HEADERS = {
    AuditColumn.TIME: QT_TRANSLATE_NOOP("AuditModel", "Time"),
    AuditColumn.KIND: QT_TRANSLATE_NOOP("AuditModel", "Action"),
    AuditColumn.ACTOR: QT_TRANSLATE_NOOP("AuditModel", "By"),
    AuditColumn.WINDOW: QT_TRANSLATE_NOOP("AuditModel", "Window"),
    AuditColumn.TICKET: QT_TRANSLATE_NOOP("AuditModel", "Ticket"),
    AuditColumn.DETAILS: QT_TRANSLATE_NOOP("AuditModel", "Details"),
}


class AuditModel(RowsTableModel[AuditEntry]):
    CONTEXT = "AuditModel"
    HEADERS = _HEADERS

    def cell(self, e: AuditEntry, column: int, role: int) -> Any:
        column = AuditColumn(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == AuditColumn.DETAILS:
            return e.details
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == AuditColumn.TIME:
            return f"{e.at.astimezone(self.zone):%Y-%m-%d %H:%M:%S}"
        if column == AuditColumn.KIND:
            return e.kind_label
        if column == AuditColumn.ACTOR:
            if not e.actor_name:
                return self.tr("System")
            return f"{e.actor_name}（{e.actor_login}）"
        if column == AuditColumn.WINDOW:
            return "" if e.window_number is None else str(e.window_number)
        if column == AuditColumn.TICKET:
            return e.ticket_number or ""
        return e.details


class AuditLog(QWidget, FormFeedback):
    """Passive: filters, the table, the count, export."""

    #: The admin window's tab (registered in ``tabs.py``): its title and place.
    TITLE = QT_TRANSLATE_NOOP("AdminController", "Audit log")
    ORDER = 70

    search_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.actor_combo = QComboBox()
        self.actor_combo.addItem(self.tr("Everyone"), None)
        self.window_combo = QComboBox()
        self.window_combo.addItem(self.tr("All windows"), None)
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("All actions"), None)
        for key, label in GROUP_LABELS.items():
            self.group_combo.addItem(label, key)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Text or ticket number"))
        self.text_edit.returnPressed.connect(self.search_requested)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search_requested)
        self.export_button = QPushButton(self.tr("Export CSV"))
        self.export_button.clicked.connect(self.export_requested)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.start_edit)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.end_edit)
        for widget in (
            self.actor_combo,
            self.window_combo,
            self.group_combo,
            self.text_edit,
            self.search_button,
            self.export_button,
        ):
            filters.addWidget(widget)
        self.date_error = error_label()
        self.errors = {"start": self.date_error, "end": self.date_error}
        self.model = AuditModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column in (AuditColumn.TIME, AuditColumn.KIND, AuditColumn.WINDOW, AuditColumn.TICKET):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditColumn.ACTOR, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditColumn.DETAILS, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.date_error)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def set_choices(
        self, staff: list[tuple[int, str]], windows: list[tuple[int, int, str]]
    ) -> None:
        for staff_id, label in staff:
            self.actor_combo.addItem(label, staff_id)
        for window_id, number, name in windows:
            self.window_combo.addItem(
                self.tr("Window {n} {name}").format(n=number, name=name), window_id
            )

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            start=picked_date(self.start_edit),
            end=picked_date(self.end_edit),
            actor_id=self.actor_combo.currentData(),
            window_id=self.window_combo.currentData(),
            group=self.group_combo.currentData(),
            text=self.text_edit.text().strip() or None,
        )

    def show_entries(self, entries: list[AuditEntry], cut: bool) -> None:
        self.date_error.hide()
        self.model.set_rows(entries)
        if cut:
            self.count_label.setText(
                self.tr("The newest {n} entries; narrow the filter for older ones.").format(
                    n=MAX_ROWS
                )
            )
        else:
            self.count_label.setText(self.tr("{n} entries").format(n=len(entries)))


class AuditController(RoleController):
    exported = Signal(str)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        timezone: str,
        view: AuditLog,
        *,
        export_dir: Path | None = None,
    ) -> None:
        super().__init__(view)
        self.db = db
        self.service = AuditService(db)
        self.actor = actor
        self.timezone = timezone
        self.view = view
        self.export_dir = export_dir
        self._file_dialog: QFileDialog | None = None
        view.model.set_timezone(timezone)
        today = local_today(db.clock, ZoneInfo(timezone))
        view.end_edit.setDate(qdate(today))
        view.start_edit.setDate(view.end_edit.date().addDays(-7))
        view.search_requested.connect(self.schedule_refresh)
        view.export_requested.connect(self._on_export)

    def start(self) -> None:
        self._spawn(self._load_choices(), "audit-choices")
        self._spawn(self._read_and_follow(), "audit-follow")

    async def _read_and_follow(self) -> None:
        """Read the log, then follow the hall: what anyone does shows here without
        pressing 查询 (while the filter reaches today)."""
        try:
            after = await QueueService(self.db).feed_position(self.actor.hall_id)
        except DatabaseUnavailable:
            after = None  # the feed starts from the newest event once it is back
        self.schedule_refresh()
        self._start_feed(self.db, self.actor.hall_id, after)

    def _on_events(self, batch: list[EventRecord], catching_up: bool) -> None:
        end = self.view.current_filter().end
        if end is None or end >= local_today(self.db.clock, ZoneInfo(self.timezone)):
            self.schedule_refresh()

    async def _load_choices(self) -> None:
        staff = await self._guarded(lambda: self.service.staff(self.actor))
        windows = await self._guarded(lambda: self.service.windows(self.actor))
        if staff is not None and windows is not None:
            self.view.set_choices(staff, windows)

    async def _refresh_now(self) -> None:
        where = self.view.current_filter()
        found = await self._guarded(lambda: self.service.entries(self.actor, where))
        if found is not None:
            self.view.show_entries(*found)

    async def export(self, target: Path) -> Path | None:
        """Everything the filter finds (not only the screen's newest rows)."""
        where = self.view.current_filter()
        found = await self._guarded(
            lambda: self.service.entries(self.actor, where, limit=1_000_000)
        )
        if found is None:
            return None
        target.write_bytes(render_audit_csv(found[0], self.timezone))
        self.exported.emit(str(target))
        self.view.show_message(self.tr("Saved to {path}").format(path=target), MessageLevel.SUCCESS)
        return target

    def _on_export(self) -> None:
        where = self.view.current_filter()
        self._file_dialog = choose_save_path(
            self.view,
            self.tr("Save the audit log"),
            f"操作日志-{where.start}至{where.end}.csv",
            lambda path: self._spawn(self.export(path), "audit-export"),
            export_dir=self.export_dir,
        )


def build_audit_tab(
    db: Database, actor: Actor, hall: HallInfo, *, export_dir: Path | None = None
) -> tuple[QWidget, RoleController]:
    view = AuditLog()
    return view, AuditController(db, actor, hall.timezone, view, export_dir=export_dir)

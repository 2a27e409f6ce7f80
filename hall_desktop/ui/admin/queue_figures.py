"""The supervisor's queue figures (叫号统计) over a period: how often each clerk called a
number out of order (指定叫号) and why, and the 帮代办 given, by kind and group."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.calls import AssistGroup, AssistKind, CallReason
from hall_desktop.domain.clock import local_today
from hall_desktop.services.actor import Actor
from hall_desktop.services.dto import HallInfo
from hall_desktop.services.queue import QueueService
from hall_desktop.services.queue.assist import AssistFigures
from hall_desktop.services.queue.chosen import OutOfOrderFigures
from hall_desktop.store.database import Database
from hall_desktop.ui.common.assist import assist_kind_label
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.models.rows import RowsTableModel
from hall_desktop.ui.widgets.forms import FormFeedback, error_label, panel, picked_date, qdate


class OutOfOrderColumn(IntEnum):
    CLERK = 0
    STAFF_NUMBER = 1
    TOTAL = 2
    APPOINTMENT = 3
    SPECIAL = 4
    VULNERABLE = 5
    OTHER = 6


_REASON_COLUMNS = {
    OutOfOrderColumn.APPOINTMENT: CallReason.APPOINTMENT,
    OutOfOrderColumn.SPECIAL: CallReason.SPECIAL,
    OutOfOrderColumn.VULNERABLE: CallReason.VULNERABLE,
    OutOfOrderColumn.OTHER: CallReason.OTHER,
}


_CALL_HEADERS = {
    OutOfOrderColumn.CLERK: QT_TRANSLATE_NOOP("OutOfOrderModel", "Clerk"),
    OutOfOrderColumn.STAFF_NUMBER: QT_TRANSLATE_NOOP("OutOfOrderModel", "Staff number"),
    OutOfOrderColumn.TOTAL: QT_TRANSLATE_NOOP("OutOfOrderModel", "Out of order in all"),
    OutOfOrderColumn.APPOINTMENT: QT_TRANSLATE_NOOP("OutOfOrderModel", "Appointment due"),
    OutOfOrderColumn.SPECIAL: QT_TRANSLATE_NOOP("OutOfOrderModel", "Special case"),
    OutOfOrderColumn.VULNERABLE: QT_TRANSLATE_NOOP(
        "OutOfOrderModel", "Elderly, sick, disabled, pregnant"
    ),
    OutOfOrderColumn.OTHER: QT_TRANSLATE_NOOP("OutOfOrderModel", "Other"),
}


class OutOfOrderModel(RowsTableModel[OutOfOrderFigures]):
    CONTEXT = "OutOfOrderModel"
    HEADERS = _CALL_HEADERS

    def cell(self, f: OutOfOrderFigures, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = OutOfOrderColumn(column)
        if column == OutOfOrderColumn.CLERK:
            return f.clerk_name
        if column == OutOfOrderColumn.STAFF_NUMBER:
            return f.staff_number
        if column == OutOfOrderColumn.TOTAL:
            return str(f.total)
        return str(f.count(_REASON_COLUMNS[column]))


@dataclass(frozen=True, slots=True)
class AssistRow:
    """One kind of help (None: all kinds) with its counts by group."""

    kind: AssistKind | None
    figures: AssistFigures


class AssistColumn(IntEnum):
    KIND = 0
    ELDERLY = 1
    DISABLED = 2
    KEY_PROJECT = 3
    OTHER = 4
    TOTAL = 5


_GROUP_COLUMNS = {
    AssistColumn.ELDERLY: AssistGroup.ELDERLY,
    AssistColumn.DISABLED: AssistGroup.DISABLED,
    AssistColumn.KEY_PROJECT: AssistGroup.KEY_PROJECT,
    AssistColumn.OTHER: AssistGroup.OTHER,
}


_ASSIST_HEADERS = {
    AssistColumn.KIND: QT_TRANSLATE_NOOP("AssistModel", "Help"),
    AssistColumn.ELDERLY: QT_TRANSLATE_NOOP("AssistModel", "Elderly"),
    AssistColumn.DISABLED: QT_TRANSLATE_NOOP("AssistModel", "Disabled"),
    AssistColumn.KEY_PROJECT: QT_TRANSLATE_NOOP("AssistModel", "Key project"),
    AssistColumn.OTHER: QT_TRANSLATE_NOOP("AssistModel", "Other"),
    AssistColumn.TOTAL: QT_TRANSLATE_NOOP("AssistModel", "In all"),
}


class AssistModel(RowsTableModel[AssistRow]):
    CONTEXT = "AssistModel"
    HEADERS = _ASSIST_HEADERS

    def set_figures(self, figures: AssistFigures) -> None:
        """One row per kind, then the whole."""
        self.set_rows([*(AssistRow(k, figures) for k in AssistKind), AssistRow(None, figures)])

    def cell(self, row: AssistRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = AssistColumn(column)
        if column == AssistColumn.KIND:
            return self.tr("In all") if row.kind is None else assist_kind_label(row.kind)
        group = _GROUP_COLUMNS.get(column)  # None: every group (the total column)
        return str(row.figures.count(row.kind, group))


def _table(model: RowsTableModel[Any]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


class QueueFigures(QWidget, FormFeedback):
    """Passive: the period, the two tables."""

    #: The admin window's tab (registered in ``tabs.py``): its title and place.
    TITLE = QT_TRANSLATE_NOOP("AdminController", "Queue figures")
    ORDER = 65

    search_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.search_button = QPushButton(self.tr("Show"))
        self.search_button.clicked.connect(self.search_requested)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Service days from")))
        filters.addWidget(self.start_edit)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.end_edit)
        filters.addWidget(self.search_button)
        filters.addStretch(1)
        self.date_error = error_label()
        self.errors = {"start": self.date_error, "end": self.date_error}
        calls, calls_layout = panel(self.tr("Numbers called out of order (指定叫号), per clerk"))
        self.calls_model = OutOfOrderModel(self)
        self.calls_view = _table(self.calls_model)
        self.calls_empty = QLabel(self.tr("No number was called out of order in this period."))
        calls_layout.addWidget(self.calls_view, 1)
        calls_layout.addWidget(self.calls_empty)
        assists, assists_layout = panel(self.tr("Served with help (帮代办)"))
        self.assist_model = AssistModel(self)
        self.assist_view = _table(self.assist_model)
        assists_layout.addWidget(self.assist_view)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.date_error)
        layout.addWidget(calls, 3)
        layout.addWidget(assists, 2)
        layout.addWidget(self.message)

    def show_figures(self, calls: list[OutOfOrderFigures], assists: AssistFigures) -> None:
        self.date_error.hide()
        self.calls_model.set_rows(calls)
        self.calls_empty.setVisible(not calls)
        self.assist_model.set_figures(assists)


class QueueFiguresController(RoleController):
    def __init__(self, db: Database, actor: Actor, hall: HallInfo, view: QueueFigures) -> None:
        super().__init__(view)
        self.db = db
        self.queue = QueueService(db)
        self.actor = actor
        self.view = view
        today = local_today(db.clock, ZoneInfo(hall.timezone))
        view.end_edit.setDate(qdate(today))
        view.start_edit.setDate(qdate(today.replace(day=1)))  # this month so far
        view.search_requested.connect(self.schedule_refresh)

    def start(self) -> None:
        self.schedule_refresh()

    async def _refresh_now(self) -> None:
        start, end = picked_date(self.view.start_edit), picked_date(self.view.end_edit)
        if start > end:
            self.view.date_error.setText(self.tr("The first day is after the last."))
            self.view.date_error.show()
            return
        hall_id = self.actor.hall_id
        calls = await self._guarded(lambda: self.queue.out_of_order_counts(hall_id, start, end))
        assists = await self._guarded(lambda: self.queue.assist_counts(hall_id, start, end))
        if calls is not None and assists is not None:
            self.view.show_figures(calls, assists)


def build_queue_figures_tab(
    db: Database, actor: Actor, hall: HallInfo
) -> tuple[QWidget, RoleController]:
    view = QueueFigures()
    return view, QueueFiguresController(db, actor, hall, view)

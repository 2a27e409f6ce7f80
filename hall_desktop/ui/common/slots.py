"""Choosing an appointment slot: a business line, a day, and one of its slots with
the places left (the hotline's booking and move, the admin's slot editor)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.services.appointments import SlotInfo
from hall_desktop.services.dto import LineStatus
from hall_desktop.ui.models.bookings import BookingTableModel, SlotTableModel
from hall_desktop.ui.widgets.forms import picked_date, qdate


def table_view(model: SlotTableModel | BookingTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


def selected_row(view: QTableView) -> int:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else -1


class SlotPicker(QWidget):
    """A line, a day and one of its slots (with its places left)."""

    changed = Signal(int, object)  # line id, date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_combo = QComboBox()
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.slots = SlotTableModel(parent=self)
        self.view = table_view(self.slots)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Business line")))
        row.addWidget(self.line_combo, 2)
        row.addWidget(QLabel(self.tr("Day")))
        row.addWidget(self.day_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.line_combo.currentIndexChanged.connect(self._on_changed)
        self.day_edit.dateChanged.connect(self._on_changed)

    def set_lines(self, lines: list[LineStatus], today: date) -> None:
        self.line_combo.blockSignals(True)
        self.line_combo.clear()
        for line in lines:
            self.line_combo.addItem(f"{line.prefix} {line.name}", line.line_id)
        self.line_combo.blockSignals(False)
        self.day_edit.setMinimumDate(qdate(today))
        self.day_edit.setDate(qdate(today))
        self._on_changed()

    def choose(self, line_id: int, day: date) -> None:
        """Show ``line_id``'s slots of ``day`` (a day before the first allowed: that day)."""
        self.line_combo.setCurrentIndex(max(self.line_combo.findData(line_id), 0))
        self.day_edit.setDate(qdate(day))

    def line_id(self) -> int | None:
        data = self.line_combo.currentData()
        return int(data) if data is not None else None

    def day(self) -> date:
        return picked_date(self.day_edit)

    def show_slots(self, line_id: int, day: date, slots: list[SlotInfo]) -> None:
        """``slots`` of ``line_id`` and ``day``; dropped when the picker has moved on to
        another line or day since they were asked for (a late answer)."""
        if (line_id, day) != (self.line_id(), self.day()):
            return
        chosen = self.slot()
        self.slots.set_rows(slots)
        if chosen is not None and (row := self.slots.row_of(chosen.id)) >= 0:
            self.view.selectRow(row)

    def slot(self) -> SlotInfo | None:
        return self.slots.slot(selected_row(self.view))

    def _on_changed(self, *_: object) -> None:
        line_id = self.line_id()
        if line_id is not None:
            self.changed.emit(line_id, self.day())

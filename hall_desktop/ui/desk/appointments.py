"""The desk's 预约签到 panel: check a booked citizen in by code, ID number or mobile, and
today's bookings by slot with their state (待到达, 已取号, 已办结, 爽约)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain.appointments import BookingState
from hall_desktop.services.appointments import Booking
from hall_desktop.ui.models.bookings import BookingTableModel


class CheckInPanel(QWidget):
    """Signals what the guide typed; shows the day's bookings."""

    check_in_requested = Signal(str)  # a booking code, an ID number or a mobile

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(self.tr("Booking code, ID number or mobile"))
        self.query_edit.setMaxLength(20)
        self.query_edit.returnPressed.connect(self._on_check_in)
        self.check_in_button = QPushButton(self.tr("Check in"))
        self.check_in_button.setObjectName("primaryButton")
        self.check_in_button.clicked.connect(self._on_check_in)
        row = QHBoxLayout()
        row.addWidget(self.query_edit, 1)
        row.addWidget(self.check_in_button)
        self.summary = QLabel()
        self.model = BookingTableModel(parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def show_bookings(self, bookings: list[Booking]) -> None:
        self.model.set_rows(bookings)
        count = {state: 0 for state in BookingState}
        for b in bookings:
            count[b.state] += 1
        self.summary.setText(
            self.tr(
                "Today {total}: waiting {booked}, checked in {checked}, done {done}, "
                "no-show {missed}"
            ).format(
                total=len(bookings),
                booked=count[BookingState.BOOKED],
                checked=count[BookingState.CHECKED_IN],
                done=count[BookingState.DONE],
                missed=count[BookingState.NO_SHOW],
            )
        )

    def checked_in(self) -> None:
        self.query_edit.clear()

    def _on_check_in(self) -> None:
        text = self.query_edit.text().strip()
        if text:
            self.check_in_requested.emit(text)

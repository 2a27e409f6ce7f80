"""The clerk's prompt for 延时服务: a service ended after closing time, and the clerk
gives the reason (one record at a time, the first still without one)."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from hall_desktop.services.extended import REASONS as EXTENDED_REASONS
from hall_desktop.services.extended import ExtendedRecord
from hall_desktop.ui.widgets.forms import error_label

NOTE_MAX = 200


class ExtendedPrompt(QFrame):
    """A line above the clerk's buttons; hidden while nothing waits for a reason."""

    reason_given = Signal(int, str, str)  # record id, reason, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("extendedPrompt")
        layout = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.addItems(EXTENDED_REASONS)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setMaxLength(NOTE_MAX)
        self.save = QPushButton(self.tr("Save"))
        self.save.setObjectName("primaryButton")
        self.save.clicked.connect(self._on_save)
        self.error = error_label()
        layout.addWidget(self.text, 3)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.save)
        layout.addWidget(self.error)
        self.hide()
        self.record_id: int | None = None

    def show_record(self, record: ExtendedRecord | None, pending: int, zone: tzinfo) -> None:
        """Ask for the reason of ``record`` (None: hide); ``pending`` records wait."""
        if record is None:
            self.record_id = None
            self.hide()
            return
        if record.id != self.record_id:  # a new question: the last answer does not carry
            self.note.clear()
            self.reason.setCurrentIndex(0)
            self.error.hide()
        self.record_id = record.id
        finished = record.finished_at.astimezone(zone).strftime("%H:%M")
        text = self.tr(
            "Extended hours: {number} finished at {time}, {minutes} min after closing. Why?"
        ).format(number=record.ticket_number or "", time=finished, minutes=record.minutes)
        if pending > 1:
            text += " " + self.tr("({n} waiting)").format(n=pending)
        self.text.setText(text)
        self.show()

    def _on_save(self) -> None:
        if self.record_id is not None:
            self.reason_given.emit(
                self.record_id, self.reason.currentText(), self.note.text().strip()
            )

"""Small building blocks of the staff screens' forms (styled through object names)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtWidgets import QDateEdit, QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget


def panel(title: str) -> tuple[QFrame, QVBoxLayout]:
    """A white panel (``#panel``) with its title (``#panelTitle``); add to the layout."""
    frame = QFrame()
    frame.setObjectName("panel")
    layout = QVBoxLayout(frame)
    label = QLabel(title)
    label.setObjectName("panelTitle")
    layout.addWidget(label)
    return frame, layout


def error_label() -> QLabel:
    """The hidden red line under a field (``#fieldError``) that says what is wrong."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def picked_date(edit: QDateEdit) -> date:
    """The day a date field shows, as a :class:`datetime.date` (``QDate.toPython()``
    is typed ``object``)."""
    day = edit.date()
    return date(day.year(), day.month(), day.day())


def repolish(widget: QWidget) -> None:
    """Re-evaluate the style sheet after a dynamic property (``[level="error"]`` …)
    changed: Qt does not do it by itself."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def set_style_property(widget: QWidget, name: str, value: str) -> None:
    """Set a property the style sheet selects on, restyling only when it changed."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        repolish(widget)


class MessageLevel(StrEnum):
    """What a status or form message line says: the stylesheet colours it by this
    (``[level="error"]`` …), so the values are the QSS property values."""

    INFO = "info"
    SUCCESS = "success"
    ERROR = "error"


LEVEL_COLOURS = {MessageLevel.ERROR: "color: #b3261e;", MessageLevel.SUCCESS: "color: #166534;"}


def show_level(label: QLabel, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
    """A message line under a form: red for errors, green for success, plain otherwise."""
    label.setText(text)
    label.setStyleSheet(LEVEL_COLOURS.get(level, ""))


def add_field(
    form: QFormLayout, errors: dict[str, QLabel], field: str, label: str, widget: QWidget
) -> None:
    """A form row: ``widget`` with its hidden error line under it, kept in ``errors``."""
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(widget)
    errors[field] = error_label()
    box.addWidget(errors[field])
    form.addRow(label, box)


def show_error_under(errors: dict[str, QLabel], field: str, message: str) -> bool:
    """Show ``message`` under ``field``; False when the form has no such field."""
    label = errors.get(field)
    if label is None:
        return False
    label.setText(message)
    label.show()
    return True

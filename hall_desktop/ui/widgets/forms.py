"""Small building blocks of the staff screens' forms (styled through object names)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget


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


LEVEL_COLOURS = {"error": "color: #b3261e;", "success": "color: #166534;"}


def show_level(label: QLabel, text: str, level: str = "info") -> None:
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

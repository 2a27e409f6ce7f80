"""Small building blocks of the staff screens' forms (styled through object names)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout


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

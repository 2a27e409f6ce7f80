"""A discreet status banner: shown while something is wrong, hidden otherwise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class StatusBanner(QLabel):
    """One line of plain words ("连接中断，正在重连…"); styled through ``objectName``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBanner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.show()
        self.raise_()

    def clear_message(self) -> None:
        self.hide()
        self.clear()

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
        self._conditions: dict[str, str] = {}
        self.hide()

    def set_condition(self, name: str, text: str | None) -> None:
        """Show ``text`` while the condition ``name`` lasts (None: it is over). Of
        several conditions at once, the latest shows; the others come back after it."""
        self._conditions.pop(name, None)
        if text is not None:
            self._conditions[name] = text
        if self._conditions:
            self.show_message(list(self._conditions.values())[-1])
        else:
            self.clear_message()

    def set_database_busy(self, busy: bool) -> None:
        """While this program's writes wait for the database (another PC is writing)."""
        self.set_condition("busy", self.tr("Database busy, waiting…") if busy else None)

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.show()
        self.raise_()

    def clear_message(self) -> None:
        self.hide()
        self.clear()

"""What the citizen-facing screens (the hall display, a window's terminal) share: they
keep showing their last picture and say in a banner what is wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QWidget

from hall_desktop.ui.widgets.banner import StatusBanner
from hall_desktop.ui.widgets.forms import MessageLevel


def screen_label(name: str, text: str = "", align: Qt.AlignmentFlag | None = None) -> QLabel:
    """A label styled by its object name (the screens' style sheets size them)."""
    label = QLabel(text)
    label.setObjectName(name)
    if align is not None:
        label.setAlignment(align)
    return label


class CitizenScreen(QWidget):
    """A screen citizens look at: no dialogs, no field errors, one banner (``banner``,
    made by the subclass)."""

    closed = Signal()  # the screen was closed (Ctrl+Q, the window manager): the role ends

    banner: StatusBanner

    def set_online(self, online: bool) -> None:
        """Keep showing the last state; say discreetly that it may be stale."""
        if online:
            self.banner.clear_message()
        else:
            # Translated in the subclass's context (DisplayWindow, TerminalWindow).
            self.banner.show_message(self.tr("Connection lost, reconnecting…"))

    def set_problem(self, message: str) -> None:
        """A problem that is not the connection (no such hall or window), in plain words."""
        self.banner.show_message(message)

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        if level == MessageLevel.ERROR:
            self.set_problem(text)

    def show_field_error(self, field: str, message: str) -> bool:
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

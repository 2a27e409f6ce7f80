"""The admin window: log-in, new hall, then the workspace with one tab per task (the
tabs are registered in ``tabs.py``; the controller is in ``controller.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.ui.admin.new_hall import NewHallForm
from hall_desktop.ui.common.login import LoginForm
from hall_desktop.ui.theme import stylesheet
from hall_desktop.ui.widgets.banner import StatusBanner
from hall_desktop.ui.widgets.forms import MessageLevel, page_layout


class AdminWindow(QWidget):
    login_requested = Signal(str, str)
    logout_requested = Signal()
    new_hall_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("admin")
        self.setWindowTitle(self.tr("Hall administration"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(stylesheet("admin"))
        self.stack = QStackedWidget()
        self.login = LoginForm(self.tr("Administration · log in"))
        self.login.submitted.connect(self.login_requested)
        self.stack.addWidget(self.login)
        page = QWidget()
        header = QFrame()
        header.setObjectName("header")
        top = QHBoxLayout(header)
        self.title = QLabel()
        self.title.setMinimumWidth(1)
        self.logout_button = QPushButton(self.tr("Log out"))
        self.logout_button.clicked.connect(self.logout_requested)
        top.addWidget(self.title, 1)
        top.addWidget(self.logout_button)
        self.banner = StatusBanner()
        self.tabs = QTabWidget()
        page_layout(page, header, self.banner, self.tabs)
        self.stack.addWidget(page)
        self.new_hall = NewHallForm()
        self.new_hall.submitted.connect(self.new_hall_requested)
        self.stack.addWidget(self.new_hall)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.stack)

    def show_login(self, hall_name: str = "") -> None:
        if hall_name:
            self.login.set_hall_name(hall_name)
        self.login.reset()
        self.stack.setCurrentIndex(0)

    def show_workspace(self, hall_name: str, user: str) -> None:
        self.title.setText(
            self.tr("{hall} · administration · {user}").format(hall=hall_name, user=user)
        )
        self.stack.setCurrentIndex(1)

    def show_new_hall(self, code: str) -> None:
        self.new_hall.set_code(code)
        self.stack.setCurrentWidget(self.new_hall)

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        if level != MessageLevel.ERROR:
            return
        if self.stack.currentWidget() is self.new_hall:
            self.new_hall.show_error(text)
        elif self.stack.currentWidget() is self.login:
            self.login.show_error(text)
        else:
            self.banner.show_message(text)

    def show_field_error(self, field: str, message: str) -> bool:
        if self.stack.currentWidget() is self.new_hall:
            return self.new_hall.show_field_error(field, message)
        return False

    def set_online(self, online: bool) -> None:
        # A condition of its own: back online does not hide another (the backup warning).
        self.banner.set_condition(
            "offline", None if online else self.tr("Connection lost, reconnecting…")
        )

"""``hall-desktop admin``: the supervisor's and administrator's screens, one tab each."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.config import Settings
from hall_desktop.domain.errors import HallError, NotFound
from hall_desktop.services.actor import ADMINS, MANAGERS, Actor
from hall_desktop.services.auth import AuthService
from hall_desktop.services.bootstrap import BootstrapService
from hall_desktop.services.dto import HallInfo
from hall_desktop.services.extended import ExtendedHoursService
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.ui.admin.audit import build_audit_tab
from hall_desktop.ui.admin.catalogue import build_catalogue_tab
from hall_desktop.ui.admin.extended import ExtendedController, ExtendedList
from hall_desktop.ui.admin.hours import build_hours_tab
from hall_desktop.ui.admin.new_hall import NewHallForm
from hall_desktop.ui.admin.settings import build_settings_tab
from hall_desktop.ui.admin.setup import build_setup_tab
from hall_desktop.ui.admin.staff import build_staff_tab
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.common.login import LoginForm
from hall_desktop.ui.theme import stylesheet
from hall_desktop.ui.widgets.banner import StatusBanner
from hall_desktop.ui.widgets.forms import MessageLevel


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
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
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
        if online:
            self.banner.clear_message()
        else:
            self.banner.show_message(self.tr("Connection lost, reconnecting…"))


class AdminController(RoleController):
    """Log-in (supervisors and administrators), then one controller per tab."""

    def __init__(
        self,
        db: Database,
        hall_code: str,
        window: AdminWindow,
        *,
        export_dir: Path | None = None,
        pick_file: Callable[[str], Path | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(window, parent)
        self.pick_file = pick_file  # tests and kiosks: no file dialogs
        self.db = db
        self.hall_code = hall_code
        self.window = window
        self.export_dir = export_dir
        self.queue = QueueService(db)
        self.auth = AuthService(db)
        self.hall: HallInfo | None = None
        self.actor: Actor | None = None
        self.tabs: list[RoleController] = []
        window.login_requested.connect(lambda a, b: self._spawn(self._login(a, b), "admin-login"))
        window.logout_requested.connect(lambda: self._spawn(self._logout(), "admin-logout"))
        window.new_hall_requested.connect(lambda v: self._spawn(self._new_hall(v), "new-hall"))

    def start(self) -> None:
        self._spawn(self._load_hall(), "admin-hall")

    async def stop(self) -> None:
        await self._stop_tasks()  # first: a log-in still running builds the tabs
        for tab in self.tabs:
            await tab.stop()  # type: ignore[attr-defined]

    async def _load_hall(self) -> None:
        while self.hall is None:
            try:
                self.hall = await self.queue.hall(self.hall_code)
            except NotFound:
                # An empty database (or a new hall code): the administrator creates it.
                self.window.show_new_hall(self.hall_code)
                return
            except HallError as e:
                self.window.login.show_error(e.message)
                await asyncio.sleep(3.0)
        self.window.show_login(self.hall.name)

    async def _new_hall(self, answers: dict[str, str]) -> None:
        made = await self._guarded(lambda: BootstrapService(self.db).create_hall(**answers))
        if made is None:
            return
        self.hall = await self.queue.hall(self.hall_code)
        self.window.show_login(self.hall.name)
        self.window.login.login_edit.setText(made.admin.login)
        self.window.login.password_edit.setFocus()

    async def _login(self, login: str, password: str) -> None:
        try:
            actor = await self.auth.login(self.hall_code, login, password)
        except HallError as e:
            self.window.login.show_error(e.message)
            return
        if not actor.has(*MANAGERS):
            self.window.login.show_error(
                self.tr("Administration is for supervisors and administrators.")
            )
            return
        assert self.hall is not None
        self.actor = actor
        self.window.show_workspace(self.hall.name, f"{actor.name}（{actor.staff_number}）")
        self._build_tabs(actor, self.hall)

    def _build_tabs(self, actor: Actor, hall: HallInfo) -> None:
        self.window.tabs.clear()
        self.tabs = []
        extended = ExtendedList()
        controller = ExtendedController(
            extended,
            ExtendedHoursService(self.db),
            self.queue,
            actor,
            hall_name=hall.name,
            timezone=hall.timezone,
            export_dir=self.export_dir,
        )
        self.window.tabs.addTab(extended, self.tr("Extended hours (延时服务)"))
        self.tabs.append(controller)
        self._add_tab(build_hours_tab(self.db, actor, hall), self.tr("Hours and calendar"))
        self._add_tab(build_setup_tab(self.db, actor, hall), self.tr("Windows and lines"))
        self._add_tab(
            build_catalogue_tab(self.db, actor, hall, pick_file=self.pick_file),
            self.tr("Service items"),
        )
        self._add_tab(build_settings_tab(self.db, actor, hall), self.tr("Hall settings"))
        if actor.has(*ADMINS):
            self._add_tab(build_staff_tab(self.db, actor, hall), self.tr("Staff"))
        self._add_tab(
            build_audit_tab(self.db, actor, hall, export_dir=self.export_dir),
            self.tr("Audit log"),
        )
        for tab in self.tabs:
            tab.start()  # type: ignore[attr-defined]

    def _add_tab(self, built: tuple[QWidget, RoleController], title: str) -> None:
        widget, controller = built
        self.window.tabs.addTab(widget, title)
        self.tabs.append(controller)

    async def _logout(self) -> None:
        for tab in self.tabs:
            await tab.stop()  # type: ignore[attr-defined]
        self.tabs = []
        self.window.tabs.clear()
        self.actor = None
        self.window.show_login()


async def admin_main(app: QApplication, settings: Settings) -> int:
    db = Database(settings.db_url, application_name="hall-desktop-admin")
    window = AdminWindow()
    controller = AdminController(db, settings.hall_code, window)
    QShortcut(QKeySequence("Ctrl+Q"), window, window.close)
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    window.resize(1366, 768)
    window.show()
    controller.start()
    try:
        await closed.wait()
    finally:
        await controller.stop()
        await db.dispose()
    return 0

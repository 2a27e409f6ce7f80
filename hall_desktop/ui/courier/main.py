"""``hall-desktop courier``: the courier window (免费邮寄窗口) on its own."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from hall_desktop.config import Settings
from hall_desktop.domain.errors import HallError
from hall_desktop.services.actor import CALLERS, MANAGERS
from hall_desktop.services.auth import AuthService
from hall_desktop.services.courier import CourierService
from hall_desktop.services.dto import HallInfo
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.common.login import LoginForm
from hall_desktop.ui.courier.form import CourierForm, CourierFormController
from hall_desktop.ui.courier.window import CourierList, CourierListController


class CourierWindow(QWidget):
    login_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Courier window"))
        self.stack = QStackedWidget()
        self.login = LoginForm(self.tr("Courier window · log in"))
        self.login.submitted.connect(self.login_requested)
        self.tabs = QTabWidget()
        self.stack.addWidget(self.login)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def show_message(self, text: str, level: str = "info") -> None:
        if level == "error":
            self.login.show_error(text)

    def show_field_error(self, field: str, message: str) -> bool:
        return False

    def set_online(self, online: bool) -> None:
        pass


class CourierController(RoleController):
    def __init__(
        self,
        db: Database,
        settings: Settings,
        window: CourierWindow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(window, parent)
        self.db = db
        self.settings = settings
        self.window = window
        self.hall: HallInfo | None = None
        self.tabs: list[RoleController] = []
        window.login_requested.connect(lambda a, b: self._spawn(self._login(a, b), "login"))

    def start(self) -> None:
        self._spawn(self._load_hall(), "courier-hall")

    async def stop(self) -> None:
        for tab in self.tabs:
            await tab.stop()  # type: ignore[attr-defined]
        await self._stop_tasks()

    async def _load_hall(self) -> None:
        queue = QueueService(self.db)
        while self.hall is None:
            try:
                self.hall = await queue.hall(self.settings.hall_code)
            except HallError as e:
                self.window.login.show_error(e.message)
                await asyncio.sleep(3.0)
        self.window.login.set_hall_name(self.hall.name)

    async def _login(self, login: str, password: str) -> None:
        try:
            actor = await AuthService(self.db).login(self.settings.hall_code, login, password)
        except HallError as e:
            self.window.login.show_error(e.message)
            return
        if not actor.has(*CALLERS, *MANAGERS):
            self.window.login.show_error(
                self.tr("The courier window is for clerks and supervisors.")
            )
            return
        assert self.hall is not None
        service = CourierService(self.db)
        listing, form = CourierList(), CourierForm()
        self.tabs = [
            CourierListController(
                listing,
                service,
                actor,
                hall_name=self.hall.name,
                timezone=self.hall.timezone,
                printer=self.settings.document_printer,
            ),
            CourierFormController(form, service, actor),
        ]
        self.window.tabs.addTab(listing, self.tr("Dispatches"))
        self.window.tabs.addTab(form, self.tr("New dispatch"))
        self.tabs[1].saved.connect(lambda _d: self.tabs[0].schedule_refresh())  # type: ignore[attr-defined]
        self.tabs[0].start()  # type: ignore[attr-defined]
        self.window.stack.setCurrentIndex(1)


async def courier_main(app: QApplication, settings: Settings) -> int:
    db = Database(settings.db_url, application_name="hall-desktop-courier")
    window = CourierWindow()
    window.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    controller = CourierController(db, settings, window)
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

"""``hall-desktop courier``: the courier window (免费邮寄窗口) on its own."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from hall_desktop.config import Settings
from hall_desktop.domain.errors import DatabaseUnavailable, HallError
from hall_desktop.live.feed import LiveFeed
from hall_desktop.services.actor import MANAGERS, STAFF
from hall_desktop.services.auth import AuthService
from hall_desktop.services.courier import HANDLERS, CourierService
from hall_desktop.services.dto import EventRecord, HallInfo
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.common.login import LoginForm
from hall_desktop.ui.courier.figures import CourierFigures, FiguresController
from hall_desktop.ui.courier.form import CourierForm, CourierFormController
from hall_desktop.ui.courier.window import CourierList, CourierListController
from hall_desktop.ui.theme import stylesheet
from hall_desktop.ui.widgets.forms import MessageLevel


class CourierWindow(QWidget):
    login_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Courier window"))
        self.setObjectName("courierWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(stylesheet("courier"))
        self.stack = QStackedWidget()
        self.login = LoginForm(self.tr("Courier window · log in"))
        self.login.submitted.connect(self.login_requested)
        self.tabs = QTabWidget()
        self.stack.addWidget(self.login)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def show_message(self, text: str, level: MessageLevel = MessageLevel.INFO) -> None:
        if level == MessageLevel.ERROR:
            self.login.show_error(text)

    def show_field_error(self, field: str, message: str) -> bool:
        return False

    def set_online(self, online: bool) -> None:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            set_page_online = getattr(page, "set_online", None)
            if set_page_online is not None:
                set_page_online(online)


class CourierController(RoleController):
    def __init__(
        self,
        db: Database,
        settings: Settings,
        window: CourierWindow,
        parent: QObject | None = None,
        *,
        feed_options: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(window, parent)
        self.db = db
        self.settings = settings
        self.window = window
        self.hall: HallInfo | None = None
        self.tabs: list[RoleController] = []
        self.listing: CourierListController | None = None
        self.figures: FiguresController | None = None
        self.feed: LiveFeed | None = None
        self._feed_options = feed_options or {}
        window.login_requested.connect(lambda a, b: self._spawn(self._login(a, b), "login"))

    def start(self) -> None:
        self._spawn(self._load_hall(), "courier-hall")

    async def stop(self) -> None:
        # Tasks first: a log-in still running could otherwise start a feed after it.
        await self._stop_tasks()
        if self.feed is not None:
            await self.feed.stop()
        for tab in self.tabs:
            await tab.stop()  # type: ignore[attr-defined]

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
        if not actor.has(*STAFF, *MANAGERS):
            self.window.login.show_error(self.tr("The courier window is for the hall's staff."))
            return
        assert self.hall is not None
        service = CourierService(self.db)
        handles = actor.has(*HANDLERS)
        listing = CourierList()
        listing.set_read_only(not handles)  # guides look up a parcel: masked, no actions
        self.listing = CourierListController(
            listing,
            service,
            actor,
            hall_name=self.hall.name,
            timezone=self.hall.timezone,
            printer=self.settings.document_printer,
        )
        self.tabs = [self.listing]
        self.window.tabs.addTab(listing, self.tr("Dispatches"))
        if handles:
            form = CourierForm()
            form_controller = CourierFormController(form, service, actor)
            form_controller.saved.connect(lambda _d: self.listing.schedule_refresh())
            figures = CourierFigures()
            self.figures = FiguresController(
                figures, service, actor, hall_name=self.hall.name, timezone=self.hall.timezone
            )
            self.tabs += [form_controller, self.figures]
            self.window.tabs.addTab(form, self.tr("New dispatch"))
            self.window.tabs.addTab(figures, self.tr("Monthly figures"))
        for tab in self.tabs:
            if hasattr(tab, "start"):
                tab.start()
        self.window.stack.setCurrentIndex(1)
        await self._follow()

    async def _follow(self) -> None:
        """Dispatches entered or moved on other PCs (a clerk's window) appear here."""
        assert self.hall is not None
        if self.feed is not None:
            return
        try:
            after = await QueueService(self.db).feed_position(self.hall.id)
        except DatabaseUnavailable:
            after = None
        self.feed = LiveFeed(self.db, self.hall.id, parent=self, **self._feed_options)
        self.feed.events.connect(self._on_events)
        self.feed.connection_changed.connect(self._on_connection_changed)
        self.feed.start(after)

    def _on_events(self, batch: list[EventRecord], _catching_up: bool) -> None:
        if any(e.kind.startswith("courier_") for e in batch):
            self.schedule_refresh()

    async def _refresh_now(self) -> None:
        if self.listing is not None:
            self.listing.schedule_refresh()
        if self.figures is not None:
            self.figures.schedule_refresh()


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

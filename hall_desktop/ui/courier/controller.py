"""The courier window's controller: log-in (staff and managers), then one controller
per tab (dispatches; for those who handle parcels also the form and the figures)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from hall_desktop.config import Settings
from hall_desktop.domain.errors import DatabaseUnavailable
from hall_desktop.services.actor import MANAGERS, STAFF
from hall_desktop.services.bundle import Services
from hall_desktop.services.courier import HANDLERS
from hall_desktop.services.dto import EventRecord
from hall_desktop.ui.common.controller import HallController, RoleController
from hall_desktop.ui.courier.figures import CourierFigures, FiguresController
from hall_desktop.ui.courier.form import CourierForm, CourierFormController
from hall_desktop.ui.courier.window import CourierList, CourierListController, CourierWindow


class CourierController(HallController):
    def __init__(
        self,
        services: Services,
        settings: Settings,
        window: CourierWindow,
        parent: QObject | None = None,
        *,
        feed_options: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(
            services, settings.hall_code, window, feed_options=feed_options, parent=parent
        )
        self.settings = settings
        self.window = window
        self.login_flow = self._login_flow(
            (*STAFF, *MANAGERS),
            self.tr("The courier window is for the hall's staff."),
            window.login,
        )
        self.tabs: list[RoleController] = []
        self.listing: CourierListController | None = None
        self.figures: FiguresController | None = None
        window.login_requested.connect(lambda a, b: self._spawn(self._login(a, b), "login"))
        window.logout_requested.connect(lambda: self._spawn(self._logout(), "logout"))

    def start(self) -> None:
        self._spawn(self._load_hall(), "courier-hall")

    async def stop(self) -> None:
        await super().stop()
        for tab in self.tabs:
            await tab.stop()

    async def _load_hall(self) -> None:
        self.hall = await self.login_flow.load_hall()
        self.window.login.set_hall_name(self.hall.name)

    async def _login(self, login: str, password: str) -> None:
        actor = await self.login_flow.log_in(login, password)
        if actor is None:
            return
        assert self.hall is not None
        service = self.services.courier
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
            form_controller.saved.connect(lambda _d: self._refresh_listing())
            figures = CourierFigures()
            self.figures = FiguresController(
                figures, service, actor, hall_name=self.hall.name, timezone=self.hall.timezone
            )
            self.tabs += [form_controller, self.figures]
            self.window.tabs.addTab(form, self.tr("New dispatch"))
            self.window.tabs.addTab(figures, self.tr("Monthly figures"))
        for tab in self.tabs:
            tab.start()
        self.window.show_work(self.hall.name, f"{actor.name}（{actor.staff_number}）")
        await self._follow()

    async def _logout(self) -> None:
        """Back to the log-in: the tabs' work stops, the next person logs in afresh."""
        tabs, self.tabs = self.tabs, []
        self.listing = self.figures = None
        for tab in tabs:
            await tab.stop()
        self.window.show_login()

    async def _follow(self) -> None:
        """Dispatches entered or moved on other PCs (a clerk's window) appear here."""
        assert self.hall is not None
        if self.feed is not None:
            return
        try:
            after = await self.services.queue.feed_position(self.hall.id)
        except DatabaseUnavailable:
            after = None
        self._start_feed(self.db, self.hall.id, after)

    def _refresh_listing(self) -> None:
        if self.listing is not None:
            self.listing.schedule_refresh()

    def _on_events(self, batch: list[EventRecord], _catching_up: bool) -> None:
        if any(e.kind.startswith("courier_") for e in batch):
            self.schedule_refresh()

    async def _refresh_now(self) -> None:
        if self.listing is not None:
            self.listing.schedule_refresh()
        if self.figures is not None:
            self.figures.schedule_refresh()

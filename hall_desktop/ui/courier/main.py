"""``hall-desktop courier``: the courier window (免费邮寄窗口) on its own."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hall_desktop.config import Settings
from hall_desktop.services.bundle import Services
from hall_desktop.store.database import Database
from hall_desktop.ui.common.role import run_role, show_staff_window
from hall_desktop.ui.courier.controller import CourierController
from hall_desktop.ui.courier.window import CourierWindow


async def courier_main(app: QApplication, settings: Settings) -> int:
    db = Database(settings.db_url, application_name="hall-desktop-courier")
    services = Services.build(db, settings)
    window = CourierWindow()
    controller = CourierController(services, settings, window)
    return await run_role(
        app,
        services,
        window,
        controller,
        show=lambda: show_staff_window(window, "courier"),
        remember_as="courier",
    )

"""``hall-desktop hotline``: the appointment hotline (预约服务热线) on a staff PC."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hall_desktop.config import Settings
from hall_desktop.services.bundle import Services
from hall_desktop.store.database import Database
from hall_desktop.ui.common.role import run_role, show_staff_window
from hall_desktop.ui.hotline.controller import HotlineController
from hall_desktop.ui.hotline.window import HotlineWindow


async def hotline_main(app: QApplication, settings: Settings) -> int:
    db = Database(settings.db_url, application_name="hall-desktop-hotline")
    services = Services.build(db, settings)
    window = HotlineWindow()
    controller = HotlineController(services, settings.hall_code, window)
    return await run_role(
        app,
        services,
        window,
        controller,
        show=lambda: show_staff_window(window, "hotline"),
        remember_as="hotline",
    )

"""``hall-desktop desk``: the issuing desk at the hall's entrance."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hall_desktop.config import Settings
from hall_desktop.services.bundle import Services
from hall_desktop.store.database import Database
from hall_desktop.ui.common.role import run_role, show_staff_window
from hall_desktop.ui.desk.controller import DeskController
from hall_desktop.ui.desk.slips import SlipPrinter
from hall_desktop.ui.desk.window import DeskWindow


async def desk_main(app: QApplication, settings: Settings, *, windowed: bool = True) -> int:
    services = Services.build(
        Database(settings.db_url, application_name="hall-desktop-desk"), settings
    )
    window = DeskWindow()
    controller = DeskController(services, settings.hall_code, window, SlipPrinter(settings.printer))
    return await run_role(
        app,
        services,
        window,
        controller,
        show=lambda: show_staff_window(window, "desk", maximized=not windowed),
        remember_as="desk",
    )

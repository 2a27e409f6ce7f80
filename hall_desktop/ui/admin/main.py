"""``hall-desktop admin``: the supervisor's and administrator's screens, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hall_desktop.config import Settings
from hall_desktop.services.bundle import Services
from hall_desktop.store.database import Database
from hall_desktop.ui.admin.controller import AdminController
from hall_desktop.ui.admin.window import AdminWindow
from hall_desktop.ui.common.role import run_role, show_staff_window


async def admin_main(app: QApplication, settings: Settings) -> int:
    db = Database(settings.db_url, application_name="hall-desktop-admin")
    services = Services.build(db, settings)
    window = AdminWindow()
    controller = AdminController(services, settings.hall_code, window)
    return await run_role(
        app,
        services,
        window,
        controller,
        show=lambda: show_staff_window(window, "admin"),
        remember_as="admin",
    )

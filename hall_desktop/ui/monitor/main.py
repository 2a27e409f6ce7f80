"""``hall-desktop monitor``: the duty supervisor's live floor (大厅监控) on a staff PC."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hall_desktop.config import Settings
from hall_desktop.services.bundle import Services
from hall_desktop.store.database import Database
from hall_desktop.ui.common.role import run_role, show_staff_window
from hall_desktop.ui.monitor.controller import MonitorController
from hall_desktop.ui.monitor.window import MonitorWindow


async def monitor_main(app: QApplication, settings: Settings) -> int:
    db = Database(settings.db_url, application_name="hall-desktop-monitor")
    services = Services.build(db, settings)
    window = MonitorWindow()
    controller = MonitorController(services, settings.hall_code, window)
    return await run_role(
        app,
        services,
        window,
        controller,
        show=lambda: show_staff_window(window, "monitor"),
        remember_as="monitor",
    )

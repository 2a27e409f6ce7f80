"""``hall-desktop kiosk``: the self-service number machine (自助取号机)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hall_desktop.config import Settings
from hall_desktop.services.bundle import Services
from hall_desktop.store.database import Database
from hall_desktop.ui.common.role import run_citizen_screen
from hall_desktop.ui.desk.slips import SlipPrinter
from hall_desktop.ui.kiosk.controller import KioskController
from hall_desktop.ui.kiosk.window import KioskWindow

WINDOWED_SIZE = (1080 // 2, 1920 // 2)  # a portrait cabinet, at half size


async def kiosk_main(
    app: QApplication, settings: Settings, *, windowed: bool = False, screen: int | None = None
) -> int:
    """Show the kiosk until a supervisor closes it."""
    db = Database(settings.db_url, application_name="hall-desktop-kiosk")
    services = Services.build(db, settings)
    window = KioskWindow(idle_seconds=settings.kiosk_idle_seconds)
    if not windowed:  # no title bar to close it by, above every other window
        window.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
    controller = KioskController(
        services,
        settings.hall_code,
        window,
        SlipPrinter(settings.printer),
        login=settings.kiosk_login,
        password=settings.kiosk_password,
        check_ins=services.appointments,
    )
    where = screen if screen is not None else settings.screen
    return await run_citizen_screen(
        app, services, window, controller, screen=where, windowed=windowed, size=WINDOWED_SIZE
    )

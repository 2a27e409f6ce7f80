"""``hall-desktop clerk [--window N]``: the clerk workstation."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from hall_desktop.config import Settings
from hall_desktop.services.bundle import Services
from hall_desktop.store.database import Database
from hall_desktop.ui.clerk.controller import ClerkController
from hall_desktop.ui.clerk.letters import LetterPrinter
from hall_desktop.ui.clerk.window import ClerkWindow
from hall_desktop.ui.common.role import run_role, show_staff_window


def build_clerk(
    settings: Settings, services: Services, *, window_number: int | None
) -> tuple[ClerkWindow, ClerkController]:
    window = ClerkWindow()
    controller = ClerkController(
        services,
        settings.hall_code,
        window,
        preferred_window=window_number,
        letters=LetterPrinter(settings.document_printer),
        remember=QSettings("hall-desktop", "clerk"),
    )
    return window, controller


async def clerk_main(
    app: QApplication, settings: Settings, *, window_number: int | None = None
) -> int:
    db = Database(settings.db_url, application_name="hall-desktop-clerk")
    services = Services.build(db, settings)
    window, controller = build_clerk(settings, services, window_number=window_number)
    return await run_role(
        app,
        services,
        window,
        controller,
        show=lambda: show_staff_window(window, "clerk"),
        remember_as="clerk",
    )

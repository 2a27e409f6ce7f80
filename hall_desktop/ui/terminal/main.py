"""``hall-desktop terminal --window N``: the citizen-facing screen of one window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hall_desktop.config import Settings
from hall_desktop.services.bundle import Services
from hall_desktop.store.database import Database
from hall_desktop.ui.common.role import run_citizen_screen
from hall_desktop.ui.terminal.controller import TerminalController
from hall_desktop.ui.terminal.window import TerminalWindow

WINDOWED_SIZE = (1280, 800)


async def terminal_main(
    app: QApplication,
    settings: Settings,
    *,
    window_number: int,
    windowed: bool = False,
    screen: int | None = None,
) -> int:
    """Show the terminal of window ``window_number`` until its window closes."""
    db = Database(settings.db_url, application_name=f"hall-desktop-terminal-{window_number}")
    services = Services.build(db, settings)
    window = TerminalWindow(keyboard=settings.terminal_keyboard)
    controller = TerminalController(services, settings.hall_code, window_number, window)
    # Full screen on the chosen screen (often the clerk PC's second, citizen-facing one).
    where = screen if screen is not None else settings.screen
    return await run_citizen_screen(
        app, services, window, controller, screen=where, windowed=windowed, size=WINDOWED_SIZE
    )

"""``hall-desktop terminal --window N``: the citizen-facing screen of one window."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from hall_desktop.config import Settings
from hall_desktop.store.database import Database
from hall_desktop.ui.terminal.controller import TerminalController
from hall_desktop.ui.terminal.window import TerminalWindow

log = logging.getLogger(__name__)

WINDOWED_SIZE = (1280, 800)


def place_on_screen(
    app: QApplication, window: TerminalWindow, screen: int | None, windowed: bool
) -> None:
    """Full screen on the chosen screen (often the clerk PC's second, citizen-facing one)."""
    screens = app.screens()
    index = screen or 0
    if not 0 <= index < len(screens):
        log.warning("screen %s does not exist (%d screens); using the first", screen, len(screens))
        index = 0
    target = screens[index]
    if windowed:
        window.resize(*WINDOWED_SIZE)
        window.move(target.availableGeometry().topLeft())
        window.show()
    else:
        window.setGeometry(target.geometry())
        window.showFullScreen()


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
    window = TerminalWindow()
    controller = TerminalController(db, settings.hall_code, window_number, window)
    QShortcut(QKeySequence("Ctrl+Q"), window, window.close)
    closed = asyncio.Event()
    window.closed.connect(closed.set)
    place_on_screen(app, window, screen if screen is not None else settings.screen, windowed)
    controller.start()
    try:
        await closed.wait()
    finally:
        await controller.stop()
        await db.dispose()
    return 0

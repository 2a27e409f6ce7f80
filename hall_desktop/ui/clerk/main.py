"""``hall-desktop clerk [--window N]``: the clerk workstation."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from hall_desktop.config import Settings
from hall_desktop.services.queue import QueueSettings
from hall_desktop.store.database import Database
from hall_desktop.ui.clerk.controller import ClerkController
from hall_desktop.ui.clerk.letters import LetterPrinter
from hall_desktop.ui.clerk.window import ClerkWindow


def build_clerk(
    settings: Settings, db: Database, *, window_number: int | None
) -> tuple[ClerkWindow, ClerkController]:
    window = ClerkWindow()
    controller = ClerkController(
        db,
        settings.hall_code,
        window,
        queue_settings=QueueSettings(hold_minutes=settings.hold_minutes),
        preferred_window=window_number,
        letters=LetterPrinter(settings.document_printer),
        remember=QSettings("hall-desktop", "clerk"),
    )
    return window, controller


async def clerk_main(
    app: QApplication, settings: Settings, *, window_number: int | None = None
) -> int:
    db = Database(settings.db_url, application_name="hall-desktop-clerk")
    window, controller = build_clerk(settings, db, window_number=window_number)
    QShortcut(QKeySequence("Ctrl+Q"), window, window.close)
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    window.resize(1366, 768)
    window.show()
    controller.start()
    try:
        await closed.wait()
    finally:
        await controller.stop()
        await db.dispose()
    return 0

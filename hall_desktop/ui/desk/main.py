"""``hall-desktop desk``: the issuing desk at the hall's entrance."""

from __future__ import annotations

import asyncio

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from hall_desktop.config import Settings
from hall_desktop.store.database import Database
from hall_desktop.ui.desk.controller import DeskController
from hall_desktop.ui.desk.slips import SlipPrinter
from hall_desktop.ui.desk.window import DeskWindow


async def desk_main(app: QApplication, settings: Settings, *, windowed: bool = True) -> int:
    db = Database(settings.db_url, application_name="hall-desktop-desk")
    window = DeskWindow()
    controller = DeskController(db, settings.hall_code, window, SlipPrinter(settings.printer))
    QShortcut(QKeySequence("Ctrl+Q"), window, window.close)
    closed = asyncio.Event()
    window.destroyed.connect(closed.set)
    app.lastWindowClosed.connect(closed.set)
    window.resize(1366, 768)
    if windowed:
        window.show()
    else:
        window.showMaximized()
    controller.start()
    try:
        await closed.wait()
    finally:
        await controller.stop()
        await db.dispose()
    return 0

"""Running a role: one QApplication, one qasync loop, one Database, then the screen."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Awaitable, Callable

os.environ.setdefault("QT_API", "pyside6")  # before qasync picks a binding

import qasync
from PySide6.QtWidgets import QApplication

from hall_desktop.config import Settings
from hall_desktop.ui.i18n import install_translators

log = logging.getLogger(__name__)


def qt_application(settings: Settings) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("hall-desktop")
    app.setOrganizationName("hall-desktop")
    app.setApplicationDisplayName(app.translate("App", "Government service hall"))
    # Kept on the application object: a collected QTranslator stops translating.
    app._hall_translators = install_translators(app, settings.language)  # type: ignore[attr-defined]
    return app


def run_qt(settings: Settings, main: Callable[[QApplication], Awaitable[int]]) -> int:
    """Run ``main(app)`` on a qasync loop until it returns; its result is the exit code."""
    app = qt_application(settings)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(main(app))
    finally:
        loop.close()
        asyncio.set_event_loop(None)

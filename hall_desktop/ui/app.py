"""Running a role: one QApplication, one qasync loop, one Database, then the screen."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Awaitable, Callable

os.environ.setdefault("QT_API", "pyside6")  # before qasync picks a binding

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from hall_desktop.config import Settings
from hall_desktop.domain.errors import HallError
from hall_desktop.logs import install_qt_message_handler
from hall_desktop.paths import resources_dir
from hall_desktop.ui.crash import CrashReporter
from hall_desktop.ui.i18n import install_translators
from hall_desktop.ui.platform_check import xcb_problem

log = logging.getLogger(__name__)

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
APP_USER_MODEL_ID = "hall-desktop.hall-desktop"


def configure_high_dpi() -> None:
    """Scale by the screen's exact factor (125 %, 150 %), not a rounded one.

    Qt only honours this before the QGuiApplication exists; later it is a no-op.
    """
    if QGuiApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )


def app_icon() -> QIcon:
    """The application icon from its PNG sizes (no SVG plugin needed)."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        path = folder / f"hall-desktop-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    if icon.isNull():
        log.warning("application icon not found in %s", folder)
    return icon


def _windows_taskbar_identity() -> None:
    """On Windows, group the windows under the program's own icon in the taskbar (not
    under python.exe's when run from source)."""
    if sys.platform != "win32":
        return
    try:
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_USER_MODEL_ID)
    except Exception:  # cosmetic only
        log.debug("could not set the AppUserModelID", exc_info=True)


def qt_application(settings: Settings) -> QApplication:
    """The program's QApplication, made and dressed once per language (the display makes
    it for its first frame before :func:`run_qt` asks again)."""
    app = QApplication.instance()
    if (
        isinstance(app, QApplication)
        and getattr(app, "_hall_language", None) == settings.language
        and getattr(app, "_hall_translators", None)  # not taken away since
    ):
        return app
    if not isinstance(app, QApplication):
        problem = xcb_problem()
        if problem is not None:  # Qt would abort with an English note and a core dump
            log.error("%s", problem.replace("\n", " "), extra={"file_only": True})
            raise SystemExit(problem)
        configure_high_dpi()
        _windows_taskbar_identity()
        app = QApplication(sys.argv[:1])
    install_qt_message_handler()
    app.setApplicationName("hall-desktop")
    app.setOrganizationName("hall-desktop")
    app.setDesktopFileName("hall-desktop")
    # Kept on the application object: a collected QTranslator stops translating.
    app._hall_translators = install_translators(app, settings.language)  # type: ignore[attr-defined]
    app.setApplicationDisplayName(app.translate("App", "Government service hall"))
    app.setWindowIcon(app_icon())
    app._hall_language = settings.language  # type: ignore[attr-defined]
    return app


def run_qt(
    settings: Settings, main: Callable[[QApplication], Awaitable[int]], *, smoke: bool = False
) -> int:
    """Run ``main(app)`` on a qasync loop until it returns; its result is the exit code.

    Bugs nobody caught are logged and shown once (:class:`CrashReporter`); one that ends
    ``main`` is shown in a dialog the program waits for, and the exit code is 1. A
    :class:`HallError` ending ``main`` is a start-up failure for the caller to show.
    ``smoke``: no dialogs, and any bug makes the exit code non-zero.
    """
    import qasync  # not before the display's first frame (it loads asyncio's Qt glue)

    app = qt_application(settings)
    # ``main`` ends the program (each role waits for its window to close, then stops its
    # controllers and the database); Qt quitting on its own when the last window closes
    # would stop the loop under that clean-up ("Event loop stopped before Future
    # completed").
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    reporter = CrashReporter(app, dialogs=not smoke)
    reporter.install(loop)
    try:
        code: int = loop.run_until_complete(main(app))
    except HallError:
        raise
    except Exception as e:
        reporter.report(e)
        if reporter.box is not None:
            reporter.box.exec()  # the program ends after this; let the user read it first
        code = 1
    finally:
        reporter.uninstall()
        loop.close()
        asyncio.set_event_loop(None)
    if smoke and reporter.crashes:
        log.error("smoke run: %d unhandled exception(s), see above", reporter.crashes)
        code = code or 3
    return code

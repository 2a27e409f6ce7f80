"""Running one role on this PC: its window and controller until the window closes.

Every ``ui/<role>/main.py`` builds the :class:`~hall_desktop.services.bundle.Services`
once, its window and its controller, and hands them to :func:`run_role`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QSettings, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from hall_desktop.services.bundle import Services
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.common.placement import place_on_screen
from hall_desktop.ui.common.screen import CitizenScreen

log = logging.getLogger(__name__)

STAFF_SIZE = (1366, 768)  # a staff PC's window when not maximised


def _geometries() -> QSettings:
    """Where each staff screen was when it was last closed on this PC."""
    return QSettings("hall-desktop", "windows")


def show_staff_window(window: QWidget, role: str, *, maximized: bool = False) -> None:
    """A staff screen where it was when last closed on this PC; the first time (or with
    ``maximized``), maximised to the screen's available area, so that with a title bar
    and a taskbar nothing falls off the bottom of a 1366×768 screen."""
    saved = _geometries().value(f"{role}/geometry")
    usable = isinstance(saved, QByteArray) and not saved.isEmpty()
    # restoreGeometry moves a window that was left on a screen now gone back on.
    if not maximized and usable and window.restoreGeometry(saved):
        window.show()
        return
    window.resize(*STAFF_SIZE)  # the size it returns to when un-maximised
    window.showMaximized()


def remember_geometry(window: QWidget, role: str) -> None:
    """Keep where ``window`` is (size, position, maximised) for its next start."""
    try:
        _geometries().setValue(f"{role}/geometry", window.saveGeometry())
    except RuntimeError:  # already deleted by Qt: nothing to keep
        log.debug("window of %s was gone before its geometry was kept", role)


async def run_role(
    app: QApplication,
    services: Services,
    window: QWidget,
    controller: RoleController,
    *,
    show: Callable[[], None],
    closed_by: Sequence[SignalInstance] = (),
    remember_as: str | None = None,
) -> int:
    """Show ``window`` (``show()``), start ``controller`` and wait until the window
    closes (Ctrl+Q, the window's close button, or one of ``closed_by``); then stop the
    controller and release the database. The exit code is 0."""
    QShortcut(QKeySequence("Ctrl+Q"), window, window.close)
    closed = asyncio.Event()
    if remember_as is not None:  # kept when it is closed, before Qt tears it down
        app.lastWindowClosed.connect(lambda: remember_geometry(window, remember_as))
        for signal in closed_by:
            signal.connect(lambda *_: remember_geometry(window, remember_as))
    window.destroyed.connect(closed.set)
    app.lastWindowClosed.connect(closed.set)
    for signal in closed_by:
        signal.connect(closed.set)
    show()
    controller.start()
    try:
        await closed.wait()
    finally:
        await controller.stop()
        await services.db.dispose()
    return 0


async def run_citizen_screen(
    app: QApplication,
    services: Services,
    window: CitizenScreen,
    controller: RoleController,
    *,
    screen: int | None,
    windowed: bool,
    size: tuple[int, int],
) -> int:
    """:func:`run_role` for a screen citizens look at: full screen on ``screen`` (often
    a second, citizen-facing one), until it closes."""
    return await run_role(
        app,
        services,
        window,
        controller,
        show=lambda: place_on_screen(app, window, screen, windowed=windowed, size=size),
        closed_by=(window.closed,),
    )

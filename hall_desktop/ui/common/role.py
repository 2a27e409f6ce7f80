"""Running one role on this PC: its window and controller until the window closes.

Every ``ui/<role>/main.py`` builds the :class:`~hall_desktop.services.bundle.Services`
once, its window and its controller, and hands them to :func:`run_role`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from hall_desktop.services.bundle import Services
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.common.screen import CitizenScreen

log = logging.getLogger(__name__)

STAFF_SIZE = (1366, 768)  # a staff PC's window when not maximised


def show_windowed(window: QWidget, *, maximized: bool = False) -> None:
    """A staff screen: a window of :data:`STAFF_SIZE`, or maximised."""
    window.resize(*STAFF_SIZE)
    if maximized:
        window.showMaximized()
    else:
        window.show()


def place_on_screen(
    app: QApplication,
    window: QWidget,
    screen: int | None,
    *,
    windowed: bool,
    size: tuple[int, int],
) -> None:
    """Full screen on the chosen screen (a citizen-facing one), or a window of ``size``
    at its top left."""
    screens = app.screens()
    index = screen or 0
    if not 0 <= index < len(screens):
        log.warning("screen %s does not exist (%d screens); using the first", screen, len(screens))
        index = 0
    target = screens[index]
    if windowed:
        window.resize(*size)
        window.move(target.availableGeometry().topLeft())
        window.show()
    else:
        window.setGeometry(target.geometry())
        window.showFullScreen()


async def run_role(
    app: QApplication,
    services: Services,
    window: QWidget,
    controller: RoleController,
    *,
    show: Callable[[], None],
    closed_by: Sequence[SignalInstance] = (),
) -> int:
    """Show ``window`` (``show()``), start ``controller`` and wait until the window
    closes (Ctrl+Q, the window's close button, or one of ``closed_by``); then stop the
    controller and release the database. The exit code is 0."""
    QShortcut(QKeySequence("Ctrl+Q"), window, window.close)
    closed = asyncio.Event()
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

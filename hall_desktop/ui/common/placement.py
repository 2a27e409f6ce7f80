"""Where a citizen-facing screen opens: full screen on a chosen monitor, or a window.

Plain Qt only: the display places its first frame before the database is loaded.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)


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

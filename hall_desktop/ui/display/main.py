"""``hall-desktop display``: the hall display on a chosen screen.

Its start is in two steps. :func:`display_first_frame` needs only Qt and the screen's
own code: it shows the last picture this PC kept (:mod:`.last_picture`) at once. Then
:func:`display_main` loads the database code, reads the hall and follows it; the live
picture replaces the kept one.
"""

from __future__ import annotations

import json
import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from hall_desktop.config import Settings
from hall_desktop.domain.clock import SystemClock
from hall_desktop.ui.common.placement import place_on_screen
from hall_desktop.ui.display.last_picture import PictureKeeper, load, picture_path
from hall_desktop.ui.display.window import DisplayWindow

if TYPE_CHECKING:
    from hall_desktop.ui.display.controller import DisplayController

log = logging.getLogger(__name__)

WINDOWED_SIZE = (1366, 768)


def rss_mb(kind: str = "VmRSS") -> float:
    """Resident memory now (Linux /proc: ``VmRSS`` in all, ``RssAnon`` the process's own,
    ``RssFile`` pages of mapped files), else the peak from getrusage."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(f"{kind}:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource  # POSIX only; Windows has /proc neither
    except ImportError:
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _emit(**values: object) -> None:
    print(json.dumps(values), flush=True)


def display_first_frame(
    app: QApplication,
    settings: Settings,
    *,
    screen: int | None = None,
    windowed: bool = False,
    report: bool = False,
    started_at: float | None = None,
) -> DisplayWindow:
    """The display's window, placed on its screen and painted with the last picture this
    PC kept of the hall (if any) before the database code is loaded.

    ``report`` prints a JSON line for the benchmarks when that picture was painted: the
    time from ``started_at`` (wall-clock seconds at the process start, as ``cli`` took them).
    """
    window = DisplayWindow()
    picture = load(
        picture_path(settings.db_url, settings.hall_code), settings.hall_code, SystemClock().now()
    )
    if picture is not None:
        window.show_picture(picture)
    where = screen if screen is not None else settings.screen
    place_on_screen(app, window, where, windowed=windowed, size=WINDOWED_SIZE)
    app.processEvents()  # laid out at its size (fonts follow the height), then painted
    window.repaint()
    if report and picture is not None:
        now = time.time()
        _emit(
            event="first_frame",
            source="last_picture" if picture.has_floor else "hall_name",
            at=now,
            ms=round((now - (started_at or now)) * 1000, 1),
            rss_mb=rss_mb(),
        )
    return window


async def display_main(
    app: QApplication,
    settings: Settings,
    *,
    screen: int | None = None,
    windowed: bool = False,
    report: bool = False,
    started_at: float | None = None,
    window: DisplayWindow | None = None,
) -> int:
    """Show the display until its window closes (``window``: the one
    :func:`display_first_frame` showed).

    ``report`` prints JSON lines for the benchmarks: the time from ``started_at``
    (``time.time()`` of the process start) to the first painted frame with the hall's
    live data, then the resident memory every 500 calls.
    """
    from hall_desktop.services.bundle import Services
    from hall_desktop.store.database import Database
    from hall_desktop.ui.common.role import run_citizen_screen
    from hall_desktop.ui.display.controller import DisplayController
    from hall_desktop.ui.display.voice import Announcer, make_speaker

    # Not mapped: the display runs all day (see Database).
    db = Database(settings.db_url, application_name="hall-desktop-display", map_file=False)
    services = Services.build(db, settings)
    shown = window if window is not None else DisplayWindow()
    # Ticker and voice template come from the hall's settings once the hall is read.
    announcer = Announcer(make_speaker(settings.language), language=settings.language, parent=shown)
    controller = DisplayController(services, settings.hall_code, shown, announcer=announcer)
    # The live picture is kept for the next start (最后画面), and at the end.
    keeper = PictureKeeper(
        picture_path(settings.db_url, settings.hall_code),
        lambda: shown.picture(settings.hall_code),
        parent=shown,
    )
    controller.refreshed.connect(keeper.floor_shown)
    controller.settings_applied.connect(keeper.changed)
    shown.closed.connect(keeper.flush)
    if report:
        _report(shown, controller, started_at or time.time())
    where = screen if screen is not None else settings.screen
    return await run_citizen_screen(
        app, services, shown, controller, screen=where, windowed=windowed, size=WINDOWED_SIZE
    )


def _report(window: DisplayWindow, controller: DisplayController, started_at: float) -> None:
    emit = _emit
    calls = 0

    def first_frame(_snapshot: object) -> None:
        # The next paint after the hall's data arrived is the first live frame.
        window.repaint()
        now = time.time()
        emit(event="live_frame", at=now, ms=round((now - started_at) * 1000, 1), rss_mb=rss_mb())
        controller.refreshed.disconnect(first_frame)

    def on_calls(count: int) -> None:
        nonlocal calls
        before, calls = calls, calls + count
        if calls // 500 > before // 500:
            emit(
                event="calls",
                calls=calls // 500 * 500,
                rss_mb=round(rss_mb(), 1),
                anon_mb=round(rss_mb("RssAnon"), 1),
                file_mb=round(rss_mb("RssFile"), 1),
            )

    controller.refreshed.connect(first_frame)
    controller.calls_received.connect(on_calls)

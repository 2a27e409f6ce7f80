"""``hall-desktop display``: the hall display on a chosen screen."""

from __future__ import annotations

import json
import logging
import time

from PySide6.QtWidgets import QApplication

from hall_desktop.config import Settings
from hall_desktop.services.bundle import Services
from hall_desktop.store.database import Database
from hall_desktop.ui.common.role import run_citizen_screen
from hall_desktop.ui.display.controller import DisplayController
from hall_desktop.ui.display.voice import Announcer, make_speaker
from hall_desktop.ui.display.window import DisplayWindow

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


async def display_main(
    app: QApplication,
    settings: Settings,
    *,
    screen: int | None = None,
    windowed: bool = False,
    report: bool = False,
    started_at: float | None = None,
) -> int:
    """Show the display until its window closes.

    ``report`` prints JSON lines for the benchmarks: the time from ``started_at``
    (``time.time()`` of the process start) to the first painted frame with the hall's
    data, then the resident memory every 500 calls.
    """
    # Not mapped: the display runs all day (see Database).
    db = Database(settings.db_url, application_name="hall-desktop-display", map_file=False)
    services = Services.build(db, settings)
    window = DisplayWindow()
    # Ticker and voice template come from the hall's settings once the hall is read.
    announcer = Announcer(
        make_speaker(settings.language), language=settings.language, parent=window
    )
    controller = DisplayController(services, settings.hall_code, window, announcer=announcer)
    if report:
        _report(window, controller, started_at or time.time())
    where = screen if screen is not None else settings.screen
    return await run_citizen_screen(
        app, services, window, controller, screen=where, windowed=windowed, size=WINDOWED_SIZE
    )


def _report(window: DisplayWindow, controller: DisplayController, started_at: float) -> None:
    def emit(**values: object) -> None:
        print(json.dumps(values), flush=True)

    calls = 0

    def first_frame(_snapshot: object) -> None:
        # The next paint after the hall's data arrived is the first real frame.
        window.repaint()
        now = time.time()
        emit(event="first_frame", at=now, ms=round((now - started_at) * 1000, 1), rss_mb=rss_mb())
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

"""``hall-desktop demo [--simulate]``: the whole hall in one process, for a newcomer.

On the configured database (the embedded SQLite file by default; created, upgraded and
seeded with the demo hall when absent) it opens the desk (logged in as a guide), two
clerk workstations (windows 1 and 2, logged in as demo clerks), the terminal of window 1
and the hall display, tiled over the screen. ``--simulate`` adds arriving citizens and
three more windows that work on their own. ``--pg-roles`` (PostgreSQL): each screen
connects with its own kind of PC's database account (``db roles``), as a real hall's
PCs do; the simulation keeps the demo's owner account.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import QRect
from PySide6.QtGui import QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QTabWidget, QWidget

from hall_desktop.config import Settings
from hall_desktop.domain.clock import Clock
from hall_desktop.services.bundle import Services
from hall_desktop.services.demo import (
    DEMO_KINDS,
    DEMO_PASSWORDS,
    open_role_databases,
    prepare_demo_database,
)
from hall_desktop.store.database import Database
from hall_desktop.ui.clerk.controller import ClerkController
from hall_desktop.ui.clerk.letters import LetterPrinter
from hall_desktop.ui.clerk.window import ClerkWindow
from hall_desktop.ui.common.controller import RoleController
from hall_desktop.ui.demo.simulate import HallSimulation
from hall_desktop.ui.desk.controller import DeskController
from hall_desktop.ui.desk.slips import SlipPrinter
from hall_desktop.ui.desk.window import DeskWindow
from hall_desktop.ui.display.controller import DisplayController
from hall_desktop.ui.display.voice import Announcer, make_speaker
from hall_desktop.ui.display.window import DisplayWindow
from hall_desktop.ui.terminal.controller import TerminalController
from hall_desktop.ui.terminal.window import TerminalWindow

log = logging.getLogger(__name__)

PASSWORDS = DEMO_PASSWORDS
DEMO_CLERKS = (("clerk1", 1), ("clerk2", 2))


def demo_output_dir() -> Path:
    """Where the demo's "printers" put their PDFs when no real printer is set."""
    return Path(platformdirs.user_data_dir("hall-desktop", appauthor=False)) / "demo-prints"


@dataclass
class DemoHall:
    """Every screen of the demo, its controller, and what drives the hall."""

    services: Services
    display: DisplayWindow
    desk: DeskWindow
    clerks: list[ClerkWindow]
    terminal: TerminalWindow
    display_controller: DisplayController
    desk_controller: DeskController
    clerk_controllers: list[ClerkController]
    terminal_controller: TerminalController
    simulation: HallSimulation | None = None
    #: With ``pg_roles``: each kind of PC's own database (disposed with the hall).
    role_databases: tuple[Database, ...] = ()

    @property
    def db(self) -> Database:
        return self.services.db

    @property
    def windows(self) -> list[QWidget]:
        return [self.display, self.desk, *self.clerks, self.terminal]

    @property
    def controllers(self) -> list[RoleController]:
        """In the order of :attr:`windows`."""
        return [
            self.display_controller,
            self.desk_controller,
            *self.clerk_controllers,
            self.terminal_controller,
        ]

    async def stop(self) -> None:
        if self.simulation is not None:
            await self.simulation.stop()
        for controller in self.controllers:
            with contextlib.suppress(Exception):
                await controller.stop()
        for database in self.role_databases:
            await database.dispose()
        await self.db.dispose()

    def grab_screen(self, size: tuple[int, int]) -> QPixmap:
        """The demo as it looks on a screen of ``size``: every window where it stands."""
        picture = QPixmap(*size)
        picture.fill()
        painter = QPainter(picture)
        for window in self.windows:
            painter.drawPixmap(window.geometry().topLeft(), window.grab())
        painter.end()
        return picture


TILE_MIN_WIDTH = 1800  # below this, five screens side by side would be unreadable


def tile(windows: list[QWidget], area: QRect) -> None:
    """Display and terminal on top, desk and the two clerks below (a 1920 px screen);
    on a smaller screen, separate windows of a workable size, cascaded."""
    display, desk, clerk1, clerk2, terminal = windows
    if area.width() < TILE_MIN_WIDTH:
        width, height = min(area.width(), 1280), min(area.height(), 720)
        step = 40
        for i, window in enumerate((display, desk, clerk1, clerk2)):
            x = area.x() + min(i * step, area.width() - width)
            y = area.y() + min(i * step, area.height() - height)
            window.setGeometry(x, y, width, height)
        # The citizen's small screen in a corner, where it covers least.
        t_width, t_height = min(640, area.width() // 2), min(400, area.height() // 2)
        terminal.setGeometry(
            area.right() - t_width + 1, area.bottom() - t_height + 1, t_width, t_height
        )
        return
    top = area.height() * 2 // 5
    bottom = area.height() - top
    third = area.width() // 3
    display.setGeometry(area.x(), area.y(), area.width() - third, top)
    terminal.setGeometry(area.x() + area.width() - third, area.y(), third, top)
    # The desk needs a little more room than a clerk for its buttons and the form.
    desk_width = area.width() * 38 // 100
    clerk_width = (area.width() - desk_width) // 2
    desk.setGeometry(area.x(), area.y() + top, desk_width, bottom)
    for i, window in enumerate((clerk1, clerk2)):
        x = area.x() + desk_width + i * clerk_width
        window.setGeometry(x, area.y() + top, clerk_width, bottom)


async def open_demo(
    settings: Settings,
    *,
    simulate: bool,
    seed: int | None = None,
    clock: Clock | None = None,
    history: bool = False,
    pg_roles: bool = False,
) -> DemoHall:
    """Open every screen of the demo hall; ``clock`` (default: the server's) is its "now";
    ``history``: a new demo hall gets its past months (for 统计分析); ``pg_roles``: each
    screen on its own kind of PC's database account (PostgreSQL, :mod:`store.pg_roles`)."""
    await prepare_demo_database(settings, clock, history=history)
    db = Database(settings.db_url, application_name="hall-desktop-demo", clock=clock)
    services = Services.build(db, settings)
    by_kind = (
        await open_role_databases(settings, clock, DEMO_CLERKS[0][1])
        if pg_roles
        else dict.fromkeys(DEMO_KINDS, db)
    )
    role_services = {
        kind: services if database is db else Services.build(database, settings)
        for kind, database in by_kind.items()
    }
    prints = demo_output_dir()
    display = DisplayWindow()
    desk = DeskWindow()
    clerks = [ClerkWindow() for _ in DEMO_CLERKS]
    terminal = TerminalWindow()
    announcer = Announcer(
        make_speaker(settings.language), language=settings.language, parent=display
    )
    hall = DemoHall(
        services=services,
        display=display,
        desk=desk,
        clerks=clerks,
        terminal=terminal,
        display_controller=DisplayController(
            role_services["display"], settings.hall_code, display, announcer=announcer
        ),
        desk_controller=DeskController(
            role_services["desk"],
            settings.hall_code,
            desk,
            SlipPrinter(settings.printer or f"pdf:{prints / 'slips'}"),
        ),
        clerk_controllers=[
            ClerkController(
                role_services["clerk"],
                settings.hall_code,
                window,
                preferred_window=number,
                letters=LetterPrinter(settings.document_printer or f"pdf:{prints / 'letters'}"),
            )
            for window, (_login, number) in zip(clerks, DEMO_CLERKS, strict=True)
        ],
        terminal_controller=TerminalController(
            role_services["terminal"], settings.hall_code, DEMO_CLERKS[0][1], terminal
        ),
        role_databases=tuple({id(d): d for d in by_kind.values() if d is not db}.values()),
    )
    for controller in hall.controllers:
        controller.start()
    # Log the staff in as a newcomer would, through the forms.
    await _wait_for(
        lambda: (
            hall.desk_controller.hall is not None
            and all(c.hall is not None for c in hall.clerk_controllers)
        )
    )
    desk.login_requested.emit("daoban", PASSWORDS["daoban"])
    for window, (login, _number) in zip(clerks, DEMO_CLERKS, strict=True):
        window.login_requested.emit(login, PASSWORDS[login])
    if simulate:
        hall.simulation = HallSimulation(db, settings.hall_code, seed=seed)
        await hall.simulation.start(PASSWORDS)
    return hall


async def _wait_for(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise TimeoutError("the demo hall did not come up")
        await asyncio.sleep(0.05)


async def demo_main(
    app: QApplication, settings: Settings, *, simulate: bool = False, pg_roles: bool = False
) -> int:
    hall = await open_demo(settings, simulate=simulate, history=True, pg_roles=pg_roles)
    titles = {
        hall.display: app.translate("Demo", "Hall display"),
        hall.desk: app.translate("Demo", "Issuing desk"),
        hall.terminal: app.translate("Demo", "Window 1 terminal"),
    }
    for clerk, (_login, number) in zip(hall.clerks, DEMO_CLERKS, strict=True):
        titles[clerk] = app.translate("Demo", "Clerk at window {n}").format(n=number)
    closed = asyncio.Event()
    for window in hall.windows:
        window.setWindowTitle(titles[window])
        QShortcut(QKeySequence("Ctrl+Q"), window, closed.set)
    app.lastWindowClosed.connect(closed.set)
    area = app.primaryScreen().availableGeometry()
    tabs: QTabWidget | None = None
    if area.width() >= TILE_MIN_WIDTH:
        tile(hall.windows, area)  # side by side, every screen at once
        for window in hall.windows:
            window.show()
    else:
        tabs = in_tabs(hall.windows, titles)  # one role at a time, each at full size
        tabs.setWindowTitle(app.translate("Demo", "Demo hall"))
        QShortcut(QKeySequence("Ctrl+Q"), tabs, closed.set)
        tabs.setGeometry(area)
        tabs.showMaximized()
    try:
        await closed.wait()
    finally:
        for window in hall.windows:
            window.close()
        if tabs is not None:
            tabs.close()
        await hall.stop()
    return 0


def in_tabs(windows: list[QWidget], titles: dict[QWidget, str]) -> QTabWidget:
    """On a screen too small to tile five windows, one window whose tabs are the roles
    (desk first: it is where a demo starts), so each is usable at the screen's size."""
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    display, desk, clerk1, clerk2, terminal = windows
    for window in (desk, clerk1, clerk2, display, terminal):
        # A role that needs more height than the screen has (long texts wrapping) scrolls
        # inside its tab instead of pushing the window's bottom off the screen.
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(window)
        tabs.addTab(scroll, titles[window])
    return tabs

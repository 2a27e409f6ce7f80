"""The reminder on the desk and clerk screens that next year's holidays are not confirmed,
against a real database (both backends), on qasync's loop.

The hall is seeded as on 2026-10-31, so 2026 comes from chinesecalendar and 2027 (which
chinesecalendar 1.11 does not know) is pre-filled with computed holidays, unconfirmed.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import AsyncIterator
from datetime import date, time
from pathlib import Path

import pytest

from hall_desktop.domain.clock import FixedClock
from hall_desktop.services.bundle import Services
from hall_desktop.services.hours_admin import HoursAdminService, package_knows
from hall_desktop.services.queue import QueueSettings
from hall_desktop.store.database import Database
from hall_desktop.store.seed import SeedReport, seed_demo
from hall_desktop.ui.clerk.controller import ClerkController
from hall_desktop.ui.clerk.letters import LetterPrinter
from hall_desktop.ui.clerk.window import ClerkWindow
from hall_desktop.ui.desk.controller import DeskController
from hall_desktop.ui.desk.window import DeskWindow
from tests.conftest import fast_hash, load_actors
from tests.dates import HALL_ZONE
from tests.ui.test_desk import open_desk as desk_pc
from tests.ui.waiting import chinese_ui, show_window, sign_in, started, wait_until

pytestmark = pytest.mark.dates

PASSWORDS = {"zhuren": "zhuren2026", "daoban": "daoban2026", "clerk1": "clerk2026"}


@pytest.fixture
async def hall(db: Database, clock: FixedClock) -> SeedReport:
    if package_knows(2027):
        pytest.skip("by design: chinesecalendar knows 2027, nothing is left to confirm")
    clock.set_local(date(2026, 10, 31), time(10), HALL_ZONE)
    return await seed_demo(
        db,
        hall_code=f"banner_{uuid.uuid4().hex[:8]}",
        hash_password=fast_hash,
        today=date(2026, 10, 31),
    )


@contextlib.asynccontextmanager
async def open_desk(
    qtbot, db_url, hall: SeedReport, login: str, tmp_path: Path
) -> AsyncIterator[tuple[DeskWindow, DeskController]]:
    """A desk PC logged in and showing the lines (the refresh that shows them has
    decided the banner just before)."""
    printer = f"pdf:{tmp_path}"
    async with desk_pc(qtbot, db_url, hall, printer, login=login, password=PASSWORDS[login]) as (
        window,
        controller,
    ):
        await wait_until(lambda: window.stack.currentIndex() == 1 and bool(window._buttons))
        yield window, controller


@contextlib.asynccontextmanager
async def open_clerk(
    qtbot, db_url, hall: SeedReport, login: str
) -> AsyncIterator[tuple[ClerkWindow, ClerkController]]:
    """A clerk PC on its own connection, signed in at window 1 and refreshed once
    (tests/ui/test_clerk.py's open_clerk knows only the clerks' password, and its
    ``settled`` can come before the first refresh)."""
    clerk_db = Database(db_url, application_name="hall-clerk-test")
    window = ClerkWindow(recall_limit=3)
    show_window(qtbot, window)
    controller = ClerkController(
        Services.build(clerk_db, queue_settings=QueueSettings(recall_limit=3)),
        hall.hall_code,
        window,
        preferred_window=1,
        letters=LetterPrinter(""),
        feed_options={"max_backoff": 0.5},
    )
    shown: list[bool] = []  # a first refresh after signing in: the banner is decided
    controller.refreshed.connect(lambda: shown.append(True))
    async with started(controller, clerk_db):
        await sign_in(qtbot, window, controller, login, PASSWORDS[login])
        await wait_until(lambda: window.stack.currentIndex() == 2 and bool(shown))
        await wait_until(lambda: controller.settled)
        yield window, controller


async def refreshed(controller: DeskController | ClerkController) -> None:
    """Until the screen has re-read everything once more."""
    done: list[bool] = []
    controller.refreshed.connect(lambda: done.append(True))
    controller.schedule_refresh()
    await wait_until(lambda: bool(done))


async def test_the_desk_reminds_a_supervisor_from_1_november_until_2027_is_confirmed(
    qtbot, db, db_url, hall, clock, tmp_path
):
    async with open_desk(qtbot, db_url, hall, "zhuren", tmp_path) as (window, controller):
        assert not window.calendar_banner.isVisible()  # 31 October: not yet
        clock.set_local(date(2026, 11, 1), time(9), HALL_ZONE)
        await refreshed(controller)
        assert window.calendar_banner.isVisible()
        assert window.calendar_banner.year == 2027
        assert "2027" in window.calendar_banner.text()
        # Confirmed on the admin PC: the feed's event takes the reminder away.
        actors = await load_actors(db, hall.hall_id)
        await HoursAdminService(db).confirm_year(actors["admin"], 2027)
        await wait_until(lambda: not window.calendar_banner.isVisible())


async def test_the_clerk_screen_reminds_a_supervisor_from_1_november(
    qtbot, db, db_url, hall, clock
):
    async with open_clerk(qtbot, db_url, hall, "zhuren") as (window, controller):
        assert not window.calendar_banner.isVisible()
        clock.set_local(date(2026, 11, 1), time(9), HALL_ZONE)
        await refreshed(controller)
        assert window.calendar_banner.isVisible() and window.calendar_banner.year == 2027
        actors = await load_actors(db, hall.hall_id)
        await HoursAdminService(db).confirm_year(actors["zhuren"], 2027)
        await wait_until(lambda: not window.calendar_banner.isVisible())


async def test_guides_and_clerks_are_not_reminded(qtbot, db, db_url, hall, clock, tmp_path):
    clock.set_local(date(2026, 11, 20), time(9), HALL_ZONE)
    async with open_desk(qtbot, db_url, hall, "daoban", tmp_path) as (window, _):
        assert not window.calendar_banner.isVisible()
    async with open_clerk(qtbot, db_url, hall, "clerk1") as (window, _):
        assert not window.calendar_banner.isVisible()
    # The same day a supervisor is reminded: the date is not why they are not.
    async with open_desk(qtbot, db_url, hall, "zhuren", tmp_path) as (window, _):
        assert window.calendar_banner.isVisible()


async def test_screenshots(qtbot, db, db_url, hall, clock, tmp_path, backend):
    """Writes the desk and the clerk screen with the reminder at 1366×768 (look at them;
    not committed)."""
    if backend != "sqlite":
        pytest.skip("by design: one picture is enough")
    clock.set_local(date(2026, 11, 2), time(9), HALL_ZONE)
    folder = Path(os.environ.get("HALL_SCREENSHOTS", tmp_path))
    with chinese_ui():
        async with open_desk(qtbot, db_url, hall, "zhuren", tmp_path) as (window, _):
            assert window.calendar_banner.isVisible()
            assert window.calendar_banner.text().startswith("2027年节假日安排尚未确认")
            picture = window.grab()
            assert picture.save(str(folder / "desk_calendar_1366x768.png"))
            assert (picture.width(), picture.height()) == (1366, 768)
        async with open_clerk(qtbot, db_url, hall, "zhuren") as (window, _):
            assert window.calendar_banner.isVisible()
            picture = window.grab()
            assert picture.save(str(folder / "clerk_calendar_1366x768.png"))
            assert (picture.width(), picture.height()) == (1366, 768)
    print(f"screenshots: {folder}")

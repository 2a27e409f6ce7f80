"""The hall display against a real database (both backends), on qasync's loop."""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from hall_desktop.services.bundle import Services
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.ui.display.controller import DisplayController
from hall_desktop.ui.display.window import DisplayWindow
from tests.helpers import cut_off, line_ids, window_ids
from tests.ui.waiting import chinese_ui, show_window, started, wait_until

pytestmark = pytest.mark.dates

FEED_APP = "hall-display-test"


class FakeAnnouncer:
    def __init__(self) -> None:
        self.said: list[tuple[str, int]] = []
        self.voice: tuple[str, int] | None = None

    def configure(self, template: str, times: int) -> None:
        self.voice = (template, times)

    def announce(self, number: str, window_number: int) -> None:
        self.said.append((number, window_number))


@contextlib.asynccontextmanager
async def open_display(
    qtbot, db_url, hall
) -> AsyncIterator[tuple[DisplayWindow, DisplayController]]:
    """A display on its own connection (another PC), following the test's hall.

    Opened inside each test, not in a fixture: between an async fixture and the test
    pytest-qt processes Qt events while qasync's loop is not running, and a database
    read in flight would then run its callbacks outside the loop.
    """
    display_db = Database(db_url, application_name=FEED_APP)
    window = DisplayWindow()
    show_window(qtbot, window)
    controller = DisplayController(
        Services.build(display_db),
        hall.hall_code,
        window,
        announcer=FakeAnnouncer(),  # type: ignore[arg-type]
        feed_options={"max_backoff": 0.5},
    )
    async with started(controller, display_db):
        await wait_until(lambda: controller.feed is not None and controller.feed.online)
        yield window, controller


class HallOps:
    """What the other PCs do: a guide issues, clerks call."""

    def __init__(self, q: QueueService, actors, lines, windows) -> None:
        self.q, self.actors, self.lines, self.windows = q, actors, lines, windows

    async def issue(self, prefix="A"):
        return (await self.q.issue_ticket(self.actors["daoban"], self.lines[prefix])).ticket

    async def call(self, clerk, window_number):
        return await self.q.call_next(self.actors[clerk], self.windows[window_number])


@pytest.fixture
async def hall_ops(db, hall, actors) -> HallOps:
    return HallOps(
        QueueService(db),
        actors,
        await line_ids(db, hall.hall_id),
        await window_ids(db, hall.hall_id),
    )


async def test_a_read_made_before_a_live_call_does_not_blank_it(qtbot, db_url, hall_ops, hall):
    """A re-read that started before a call and ends after it (the call's event arrived
    meanwhile) does not know the call: the big number stays until the next read."""
    async with open_display(qtbot, db_url, hall) as (window, controller):
        await hall_ops.issue()
        read, show_snapshot = controller._read, window.show_snapshot
        called: list[object] = []
        shown_after_each_read: list[str] = []  # once the call is made

        async def read_then_call(hall_id: int):
            snapshot = await read(hall_id)  # before the call
            if not called:
                called.append(await hall_ops.call("clerk3", 3))
                await wait_until(lambda: window.shown_call()[0] == "A001")  # shown live
            return snapshot

        def showing(snapshot, **kw):
            show_snapshot(snapshot, **kw)
            if called:
                shown_after_each_read.append(window.shown_call()[0])

        controller._read, window.show_snapshot = read_then_call, showing
        controller.schedule_refresh()
        # The stale read, then the one the call's event asked for.
        await wait_until(lambda: len(shown_after_each_read) >= 2)
        assert shown_after_each_read[:2] == ["A001", "A001"]  # never blanked in between
        await wait_until(lambda: window.window_texts().get(3, ("", ""))[0] == "A001")


async def test_a_call_made_elsewhere_appears_and_is_announced(qtbot, db_url, hall_ops, hall):
    async with open_display(qtbot, db_url, hall) as (window, controller):
        assert window.hall_name.text() == "示范区政务服务中心"
        await hall_ops.issue()
        await hall_ops.issue()
        called = await hall_ops.call("clerk3", 3)
        # A re-read for the issues may show the call a poll before its own event does;
        # the event is what highlights and announces it.
        await wait_until(lambda: controller.announcer.said == [(called.number, 3)])
        assert window.shown_call()[0] == called.number and window.highlighted
        await wait_until(lambda: window.window_texts().get(3, ("", ""))[0] == called.number)
        # Called, not yet served: the tile says so (办理中 only once the clerk starts).
        assert window.window_texts()[3][1] in ("已叫号", "Called")
        assert window.window_texts()[1][0] == "—"
        assert window.recent_texts()[0] == called.number


async def test_recall_highlights_again(qtbot, db_url, hall_ops, hall, actors):
    async with open_display(qtbot, db_url, hall) as (window, controller):
        await hall_ops.issue()
        called = await hall_ops.call("clerk1", 1)
        await wait_until(lambda: window.highlighted)
        window._on_highlight_over()  # as if the highlight's few seconds had passed
        assert not window.highlighted
        await hall_ops.q.recall(actors["clerk1"], called.id)
        await wait_until(lambda: window.highlighted)
        assert controller.announcer.said == [(called.number, 1), (called.number, 1)]
        assert window.call_title.text() in ("重复呼叫", "Recalling")


async def test_paused_window_shows_paused(qtbot, db_url, hall_ops, hall, actors):
    async with open_display(qtbot, db_url, hall) as (window, _):
        await hall_ops.q.pause_window(actors["clerk2"], hall_ops.windows[2], "会议")
        await wait_until(lambda: window.window_texts()[2][1] in ("暂停服务", "Paused"))


async def test_an_unstaffed_window_is_not_open(qtbot, db_url, hall_ops, hall, actors):
    async with open_display(qtbot, db_url, hall) as (window, _):
        await hall_ops.q.sign_out(actors["clerk3"], hall_ops.windows[3])
        await wait_until(lambda: window.window_texts()[3][1] in ("未开放", "Not open"))
        assert window.window_texts()[4][1] in ("空闲", "Idle")  # staffed, nothing in hand


async def test_a_held_call_leaves_the_big_panel(qtbot, db_url, hall_ops, hall, actors):
    async with open_display(qtbot, db_url, hall) as (window, _):
        await hall_ops.issue()
        called = await hall_ops.call("clerk2", 2)
        await wait_until(lambda: window.shown_call()[0] == called.number)
        await hall_ops.q.hold(actors["clerk2"], called.id, reason="等待补充材料")
        await hall_ops.q.pause_window(actors["clerk2"], hall_ops.windows[2], "会议")
        await wait_until(lambda: window.window_texts()[2][1] in ("暂停服务", "Paused"))
        assert window.shown_call()[0] != called.number


async def test_the_halls_settings_reach_an_open_display(qtbot, db_url, hall, actors, db):
    """The supervisor changes name, ticker and voice in the admin screen: the display
    follows through the change feed, without a restart."""
    async with open_display(qtbot, db_url, hall) as (window, controller):
        await wait_until(lambda: controller.announcer.voice is not None)
        assert controller.announcer.voice == ("请 {number} 号到 {window} 号窗口办理", 2)
        await HallSettingsService(db).update(
            actors["zhuren"],
            name="示范区便民服务中心",
            notice="今天 16:00 起不动产窗口暂停受理",
            announce_template="请 {number} 号顾客到 {window} 号窗口",
            announce_times=1,
        )
        await wait_until(lambda: window.hall_name.text() == "示范区便民服务中心", timeout=10)
        assert window.ticker.text() == "今天 16:00 起不动产窗口暂停受理"
        assert controller.announcer.voice == ("请 {number} 号顾客到 {window} 号窗口", 1)


async def test_offline_banner_then_catch_up(qtbot, hall_ops, hall, db_url, backend):
    """PostgreSQL: the server drops the display's connections and refuses new ones for a
    while; the display keeps its picture with a banner, then catches up by itself."""
    if backend != "postgresql":
        pytest.skip("by design: an SQLite file on this PC does not go away")
    async with open_display(qtbot, db_url, hall) as (window, controller):
        await hall_ops.issue()
        await hall_ops.issue()
        # The writer's connection is open before the outage (it is another PC's).
        await hall_ops.q.line_statuses(hall.hall_id)
        with cut_off(db_url, FEED_APP):
            await wait_until(lambda: window.banner.isVisible())
            assert window.banner.text() in ("连接中断，正在重连…", "Connection lost, reconnecting…")
            missed = await hall_ops.call("clerk2", 2)  # made while the display is cut off
            before = window.shown_call()
        assert before[0] != missed.number
        await wait_until(lambda: not window.banner.isVisible(), timeout=10)
        await wait_until(lambda: window.window_texts()[2][0] == missed.number, timeout=10)
        assert missed.number in window.recent_texts()
        # Caught up, shown as the latest call, but not announced ten minutes late.
        assert window.shown_call()[0] == missed.number
        assert (missed.number, 2) not in controller.announcer.said


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
async def test_screenshots(qtbot, db_url, hall, hall_ops, tmp_path, size, backend):
    """Writes the display at both sizes to a temporary folder (look at them; not committed)."""
    if backend != "sqlite":
        pytest.skip("by design: one set of pictures is enough")
    with chinese_ui():
        async with open_display(qtbot, db_url, hall) as (window, _):
            for prefix in "AAGB":
                await hall_ops.issue(prefix)
            await hall_ops.call("clerk1", 1)
            called = await hall_ops.call("clerk4", 4)
            await wait_until(lambda: window.shown_call()[0] == called.number)
            window.resize(*size)
            await wait_until(lambda: window.size().toTuple() == size)
            picture = window.grab()
            path = (
                Path(os.environ.get("HALL_SCREENSHOTS", tmp_path))
                / f"display_{size[0]}x{size[1]}.png"
            )
            assert picture.save(str(path))
            assert picture.width() == size[0] and picture.height() == size[1]  # nothing overflows
            print(f"screenshot: {path}")


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_the_date_is_the_halls_whatever_this_pcs_zone(qtbot, zone, clock):
    """UTC+14 and UTC−11 are a day apart for most of the day: the date shown must be the
    hall's, not this PC's."""
    from zoneinfo import ZoneInfo

    from hall_desktop.domain.clock import HallTime

    window = DisplayWindow()
    qtbot.addWidget(window)
    # 10:00 UTC: already tomorrow at UTC+14, still yesterday at UTC−11.
    clock.set(clock.now().replace(hour=10, minute=0, second=0, microsecond=0))
    window.set_hall_time(HallTime(clock, ZoneInfo(zone)))
    window._on_tick()
    today = clock.now().astimezone(ZoneInfo(zone))
    text = window.date_label.text()
    assert f" {today.day} " in text or f"月{today.day}日" in text, text
    assert window.clock_label.text()[:5] == today.strftime("%H:%M")

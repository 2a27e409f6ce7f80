"""What the supervisor sends from the floor monitor, as the clerk's workstation and the
hall display show it (both backends, on qasync's loop)."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hall_desktop.domain.clock import HallTime
from hall_desktop.domain.events import EventKind
from hall_desktop.services.dispatch import DispatchService
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.store.events import record_event
from hall_desktop.ui.display.window import DisplayWindow
from tests.dates import HALL_ZONE
from tests.helpers import line_ids, window_ids
from tests.ui.test_clerk import issue, open_clerk, press
from tests.ui.test_display import open_display
from tests.ui.waiting import chinese_ui, wait_until

pytestmark = pytest.mark.dates


async def floor_event(db: Database, hall_id: int, kind: EventKind, window_id, alert_id: int):
    """What the lead's floor monitor writes for an alert (its payload's shape)."""
    async with db.write() as session:
        await record_event(
            session,
            hall_id=hall_id,
            at=await db.now(session),
            kind=kind,
            window_id=window_id,
            payload={
                "alert_id": alert_id,
                "alert_kind": "window_paused_long",
                "detail": f"{3 if window_id else ''}号窗口暂停服务已超过 15 分钟",
            },
        )


async def test_the_clerk_sees_the_supervisors_messages(qtbot, db, db_url, hall, actors):
    dispatch, q = DispatchService(db), QueueService(db)
    boss, lines = actors["zhuren"], await line_ids(db, hall.hall_id)
    windows = await window_ids(db, hall.hall_id)
    with chinese_ui():
        async with open_clerk(qtbot, db_url, hall, login="clerk3", window_number=3) as (
            window,
            controller,
        ):
            messages = window.messages
            assert not messages.isVisible() and messages.texts() == []
            # 综窗协办: the banner says so, and the window calls the helped line.
            await issue(db, hall, actors, "B")
            await dispatch.help_today(boss, windows[3], lines["B"])
            await wait_until(lambda: messages.texts() == ["今日协办：B 不动产登记"])
            assert messages.isVisible()
            await wait_until(lambda: "B001" in window.upcoming_label.text())
            # The window's lines follow (a read that began before the help may come first).
            await wait_until(lambda: "B 不动产登记：1 人等候" in window.lines_label.text())
            await press(qtbot, controller, window.call_button)
            assert window.ticket_number.text() == "B001"
            await press(qtbot, controller, window.no_show_button)
            await dispatch.end_help(boss, windows[3], lines["B"])
            await wait_until(lambda: messages.texts() == ["今日协办结束：B 不动产登记"])
            await issue(db, hall, actors, "B")
            await wait_until(lambda: controller.settled)
            assert "B002" not in window.upcoming_label.text()
            # The clerk dismisses it.
            qtbot.mouseClick(messages.dismiss_button(0), Qt.MouseButton.LeftButton)
            assert messages.texts() == [] and not messages.isVisible()

            # 提醒恢复服务, gone when the window resumes.
            await q.pause_window(actors["clerk3"], windows[3], "外出取材料")
            await dispatch.request_resume(boss, windows[3], "排队人多")
            await wait_until(lambda: messages.texts() == ["值班主任提醒：请恢复服务（排队人多）"])
            await dispatch.request_resume(boss, windows[3])
            await wait_until(lambda: messages.texts() == ["值班主任提醒：请恢复服务"])
            await q.resume_window(actors["clerk3"], windows[3])
            await wait_until(lambda: messages.texts() == [])

            # A floor alert about this window (not another's), gone when acknowledged.
            await floor_event(db, hall.hall_id, EventKind.FLOOR_ALERT_RAISED, windows[4], 8)
            await floor_event(db, hall.hall_id, EventKind.FLOOR_ALERT_RAISED, windows[3], 7)
            await wait_until(
                lambda: messages.texts() == ["大厅监控提醒：3号窗口暂停服务已超过 15 分钟"]
            )
            await floor_event(db, hall.hall_id, EventKind.FLOOR_ALERT_ACKNOWLEDGED, None, 8)
            await floor_event(db, hall.hall_id, EventKind.FLOOR_ALERT_RAISED, windows[3], 9)
            await wait_until(lambda: len(messages.texts()) == 2)
            await floor_event(db, hall.hall_id, EventKind.FLOOR_ALERT_ACKNOWLEDGED, None, 7)
            await floor_event(db, hall.hall_id, EventKind.FLOOR_ALERT_CLEARED, windows[3], 9)
            await wait_until(lambda: messages.texts() == [])
            assert not messages.isVisible()

            # Another window's help says nothing here; signing out clears the area.
            await dispatch.help_today(boss, windows[5], lines["S"])
            await dispatch.help_today(boss, windows[3], lines["T"])
            await wait_until(lambda: messages.texts() == ["今日协办：T 税务"])
            qtbot.mouseClick(window.sign_out_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: window.stack.currentIndex() == 0)
            assert messages.texts() == []


async def test_the_display_shows_a_notice_until_it_ends(qtbot, db, db_url, hall, actors, clock):
    dispatch = DispatchService(db)
    async with open_display(qtbot, db_url, hall) as (window, _controller):
        normal = window.ticker.text()
        assert window.dispatched_notice is None
        await dispatch.send_display_notice(actors["zhuren"], "社保系统维护，请稍候", 10)
        await wait_until(lambda: window.ticker.text() == "社保系统维护，请稍候")
        assert window.dispatched_notice == "社保系统维护，请稍候"
        assert window.ticker.isVisible() and window.ticker.property("dispatched") is True
        clock.advance(timedelta(minutes=10, seconds=1))
        await wait_until(lambda: window.ticker.text() == normal, timeout=3)
        assert window.dispatched_notice is None and window.ticker.property("dispatched") is False


async def test_a_withdrawn_notice_leaves_the_display_at_once(qtbot, db, db_url, hall, actors):
    """撤回 reaches a running display through the feed, and a display started after it
    shows the hall's own text."""
    dispatch = DispatchService(db)
    async with open_display(qtbot, db_url, hall) as (window, _controller):
        normal = window.ticker.text()
        await dispatch.send_display_notice(actors["zhuren"], "系统维护，请稍候", 60)
        await wait_until(lambda: window.ticker.text() == "系统维护，请稍候")
        await dispatch.withdraw_display_notice(actors["zhuren"])
        await wait_until(lambda: window.ticker.text() == normal)
        assert window.dispatched_notice is None and window.ticker.property("dispatched") is False
    async with open_display(qtbot, db_url, hall) as (window, _controller):
        await wait_until(lambda: window.ticker.text() == normal)
        assert window.dispatched_notice is None


async def test_a_display_that_starts_late_reads_the_notice(qtbot, db, db_url, hall, actors, clock):
    dispatch = DispatchService(db)
    await dispatch.send_display_notice(actors["zhuren"], "请到3号窗口办理补证", 30)
    clock.advance(timedelta(minutes=5))
    async with open_display(qtbot, db_url, hall) as (window, controller):
        await wait_until(lambda: window.dispatched_notice == "请到3号窗口办理补证")
        assert window.ticker.text() == "请到3号窗口办理补证"
        # Reconnected: the notice is read again (here: expired meanwhile).
        clock.advance(timedelta(minutes=30))
        await controller._reload_settings()
        assert window.dispatched_notice is None


def test_an_expired_or_empty_notice_is_not_shown(qtbot, clock):
    window = DisplayWindow()
    qtbot.addWidget(window)
    window.set_hall_time(HallTime(clock, HALL_ZONE))
    window.set_notice("欢迎光临")
    window.show_dispatched_notice("已过期", clock.now() - timedelta(seconds=1))
    assert window.ticker.text() == "欢迎光临" and window.dispatched_notice is None
    window.show_dispatched_notice("   ", clock.now() + timedelta(minutes=1))
    assert window.ticker.text() == "欢迎光临"
    window.show_dispatched_notice("有效", clock.now() + timedelta(minutes=1))
    window.set_notice("新的大厅公告")  # the hall's text changes underneath
    assert window.ticker.text() == "有效"
    window.show_dispatched_notice("", None)
    assert window.ticker.text() == "新的大厅公告"


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
async def test_screenshots(qtbot, db, db_url, hall, actors, tmp_path, size, backend):
    """The clerk's banner and the display's notice at both sizes (look at them)."""
    if backend != "sqlite":
        pytest.skip("by design: one set of pictures is enough")
    dispatch, q = DispatchService(db), QueueService(db)
    boss, windows = actors["zhuren"], await window_ids(db, hall.hall_id)
    lines = await line_ids(db, hall.hall_id)
    folder = Path(os.environ.get("HALL_SCREENSHOTS", tmp_path))
    with chinese_ui():
        async with open_clerk(qtbot, db_url, hall, login="clerk3", window_number=3) as (
            window,
            _controller,
        ):
            await dispatch.help_today(boss, windows[3], lines["B"])
            await q.pause_window(actors["clerk3"], windows[3], "外出取材料")
            await dispatch.request_resume(boss, windows[3], "排队人多，请尽快恢复")
            await wait_until(lambda: len(window.messages.texts()) == 2)
            await wait_until(lambda: "B 不动产登记" in window.lines_label.text())
            window.resize(*size)
            await wait_until(lambda: window.size().toTuple() == size)
            assert window.grab().save(str(folder / f"clerk_messages_{size[0]}x{size[1]}.png"))
        await dispatch.send_display_notice(boss, "10:30 起社保系统维护，社保业务暂停约半小时", 30)
        async with open_display(qtbot, db_url, hall) as (display, _):
            await wait_until(lambda: display.dispatched_notice is not None)
            display.resize(*size)
            await wait_until(lambda: display.size().toTuple() == size)
            picture = display.grab()
            assert picture.save(str(folder / f"display_notice_{size[0]}x{size[1]}.png"))
    print(f"screenshots: {folder}")

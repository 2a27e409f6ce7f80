"""``hall-desktop monitor`` on screen (both backends): the floor live through the feed
while other PCs work, a waiting alert raised when a line grows, handled, cleared when
the line shrinks; the history; Chinese throughout; pictures at both screen sizes."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from hall_desktop.config import Settings
from hall_desktop.domain.clock import local_today
from hall_desktop.domain.errors import DatabaseUnavailable
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.tickets import WindowStatus
from hall_desktop.services.bundle import Services
from hall_desktop.services.floor import FloorService
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.store.models import BusinessLine, Hall
from hall_desktop.ui.demo.main import open_demo
from hall_desktop.ui.demo.simulate import SimulationSpeed
from hall_desktop.ui.models.floor import AlertColumn, LineColumn, WindowColumn
from hall_desktop.ui.monitor.controller import MonitorController
from hall_desktop.ui.monitor.window import MonitorWindow
from tests.conftest import load_actors
from tests.helpers import cut_off, event_kinds, line_ids, window_ids
from tests.ui.test_chinese_everywhere import english_in
from tests.ui.waiting import chinese_ui, show_window, sign_in, started, wait_until

ZONE = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def morning(clock):
    day = local_today(clock, ZONE)
    clock.set_local(day, time(10, 0), ZONE)
    return day


def cells(model, column) -> list[str]:
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


async def test_the_supervisor_watches_handles_an_alert_and_the_line_shrinks(
    qtbot, db, db_url, hall, morning, tmp_path, backend
):
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    async with db.write() as s:
        await s.execute(
            update(BusinessLine).where(BusinessLine.id == lines["A"]).values(alert_waiting_count=2)
        )
    actors = await load_actors(db, hall.hall_id)
    q = QueueService(db)  # the other PCs: the desk and the clerks
    monitor_db = Database(db_url, application_name="hall-monitor-test")
    with chinese_ui():
        window = MonitorWindow()
        show_window(qtbot, window)
        window.resize(1366, 768)
        controller = MonitorController(Services.build(monitor_db), hall.hall_code, window, tick=0.2)
        async with started(controller, monitor_db):
            await sign_in(qtbot, window, controller, "clerk1", "clerk2026")
            await wait_until(lambda: "大厅监控" in window.login.error_label.text())
            assert window.stack.currentIndex() == 0  # clerks do not watch the floor
            await sign_in(qtbot, window, controller, "zhuren", "zhuren2026")
            await wait_until(lambda: controller.picture is not None)
            page = window.floor
            assert cells(page.windows, WindowColumn.WINDOW)[0] == "1号窗口"
            # Two citizens for line A: the line at its limit, the alert raised.
            for _ in range(2):
                await q.issue_ticket(actors["daoban"], lines["A"])
            await wait_until(lambda: "2" in cells(page.lines, LineColumn.WAITING), timeout=10)
            await wait_until(lambda: page.alerts.rowCount() == 1, timeout=10)
            assert "A 综合受理 等候 2 人" in cells(page.alerts, AlertColumn.DETAIL)[0]
            assert cells(page.alerts, AlertColumn.HANDLED) == ["未处理"]
            assert page.cards["alerts"].value.text() == "1"
            # Handled: picked, what was done typed, 已处理.
            page.alerts_view.selectRow(0)
            page.action_edit.setText("已安排2号窗口加快叫号")  # QTest types ASCII only
            qtbot.mouseClick(page.acknowledge_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: "已安排" in cells(page.alerts, AlertColumn.HANDLED)[0])
            assert page.cards["alerts"].value.text() == "0"
            assert page.action_edit.text() == ""
            # The clerk at window 1 calls: the floor shows it; the line shrinks, the
            # alert clears and stays in the day's history.
            called = await q.call_next(actors["clerk1"], windows[1])
            await wait_until(
                lambda: called.number in cells(page.windows, WindowColumn.TICKET), timeout=10
            )
            row = cells(page.windows, WindowColumn.WINDOW).index("1号窗口")
            assert page.windows.index(row, WindowColumn.STATUS).data() == WindowStatus.CALLED.label
            await wait_until(lambda: page.alerts.rowCount() == 0, timeout=10)
            history = window.alert_history
            await wait_until(lambda: "解除" in cells(history, AlertColumn.HANDLED)[0])
            assert history.rowCount() == 1
            folder = Path(os.environ.get("HALL_SCREENSHOTS", tmp_path))
            if backend == "sqlite":
                for size in ((1366, 768), (1920, 1080)):
                    window.resize(*size)
                    await wait_until(lambda width=size[0]: window.width() == width)
                    assert window.grab().save(str(folder / f"monitor_{size[0]}.png"))
            found = english_in(window)
            assert not found, found


async def test_after_an_outage_the_floor_equals_one_rebuilt_from_scratch(
    qtbot, db, db_url, hall, morning, backend
):
    """PostgreSQL: the server drops the monitor's connections and takes no new ones.
    SQLite (a file does not go away): every read of the monitor's PC fails meanwhile."""
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    actors = await load_actors(db, hall.hall_id)
    q = QueueService(db)
    app_name = "hall-monitor-outage"
    monitor_db = Database(db_url, application_name=app_name)
    window = MonitorWindow()
    show_window(qtbot, window)
    controller = MonitorController(
        Services.build(monitor_db), hall.hall_code, window, tick=0.2,
        feed_options={"heartbeat": 0.3, "max_backoff": 0.3},
    )  # fmt: skip
    async with started(controller, monitor_db):
        await sign_in(qtbot, window, controller, "zhuren", "zhuren2026")
        await wait_until(lambda: controller.picture is not None)
        await q.issue_ticket(actors["daoban"], lines["A"])
        await wait_until(lambda: controller.picture.totals.issued == 1, timeout=10)
        outage = cut_off(db_url, app_name) if backend == "postgresql" else unreadable(monitor_db)
        with outage:
            await wait_until(lambda: "数据库" in window.floor.message.text() or
                             "database" in window.floor.message.text(), timeout=10)  # fmt: skip
            # Meanwhile the hall goes on: numbers issued, called, a window paused.
            for _ in range(3):
                await q.issue_ticket(actors["daoban"], lines["B"])
            called = await q.call_next(actors["clerk5"], windows[5])
            await q.pause_window(actors["clerk2"], windows[2], "会议")
        await wait_until(
            lambda: controller.picture is not None and controller.picture.totals.issued == 4,
            timeout=15,
        )
        now = controller.picture.at
        fresh = (await FloorService(db).snapshot(actors["zhuren"])).floor.picture(now)
        assert (controller.picture.windows, controller.picture.lines) == (
            fresh.windows,
            fresh.lines,
        )
        assert controller.picture.totals == fresh.totals
        by_number = {v.window.number: v for v in controller.picture.windows}
        assert by_number[5].ticket is not None and by_number[5].ticket.id == called.id
        assert by_number[2].status is WindowStatus.PAUSED


@contextlib.contextmanager
def unreadable(db: Database) -> Iterator[None]:
    """Every read of ``db`` fails as an unreachable database's does, until the end."""
    read = db.read

    @contextlib.asynccontextmanager
    async def refused() -> AsyncIterator[Any]:
        raise DatabaseUnavailable("无法连接数据库（测试中断）")
        yield  # an async generator, never reached

    db.read = refused  # type: ignore[method-assign]
    try:
        yield
    finally:
        db.read = read  # type: ignore[method-assign]


async def test_events_during_a_new_snapshot_are_not_lost(qtbot, db, db_url, hall, morning):
    """A snapshot read before a ticket committed, installed after the feed delivered
    that ticket's event: the event is followed again on the new floor."""
    lines = await line_ids(db, hall.hall_id)
    actors = await load_actors(db, hall.hall_id)
    q = QueueService(db)
    monitor_db = Database(db_url, application_name="hall-monitor-race")
    window = MonitorWindow()
    show_window(qtbot, window)
    controller = MonitorController(Services.build(monitor_db), hall.hall_code, window, tick=0.2)
    async with started(controller, monitor_db):
        await sign_in(qtbot, window, controller, "zhuren", "zhuren2026")
        await wait_until(lambda: controller.picture is not None and controller.feed is not None)
        read_snapshot = controller.floor_service.snapshot
        stale = []

        async def stale_snapshot(actor):
            snapshot = await read_snapshot(actor)  # read before the ticket below
            await q.issue_ticket(actors["daoban"], lines["A"])
            # Delivered and followed into the floor still in place, then replaced.
            await wait_until(lambda: controller.picture.totals.issued == 1, timeout=10)
            stale.append(snapshot)
            return snapshot

        controller.floor_service.snapshot = stale_snapshot  # type: ignore[method-assign]
        controller.schedule_refresh()
        await wait_until(lambda: stale and controller.snapshot is stale[0], timeout=10)
        await wait_until(lambda: controller.picture.totals.issued == 1, timeout=5)
        assert controller.picture.totals.waiting == 1
        assert controller.snapshot.floor.picture(controller.picture.at).totals.issued == 1


async def test_a_patrol_from_the_monitor_opens_督查_cases(qtbot, db, db_url, hall, morning):
    monitor_db = Database(db_url, application_name="hall-monitor-patrol")
    with chinese_ui():
        window = MonitorWindow()
        show_window(qtbot, window)
        controller = MonitorController(Services.build(monitor_db), hall.hall_code, window, tick=0.2)
        async with started(controller, monitor_db):
            await sign_in(qtbot, window, controller, "zhuren", "zhuren2026")
            await wait_until(lambda: controller.picture is not None)
            qtbot.mouseClick(window.floor.patrol_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: controller.patrol_dialog is not None)
            dialog = controller.patrol_dialog
            await wait_until(dialog.isVisible)
            assert len(dialog.windows) == 12 and dialog.checklist[0] == "在岗"
            dialog.set_met(1, "着装规范", False)  # the second row: window 2
            dialog.set_window_note(1, "未穿工装")
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: "巡查已登记" in window.floor.message.text(), timeout=10)
            assert "TZ" in window.floor.message.text()
            assert not dialog.isVisible()
            patrols = window.patrol_history
            await wait_until(lambda: patrols.rowCount() == 1)
            assert "2号 着装规范" in cells(patrols, 3)[0]
            assert cells(patrols, 4)[0].startswith("TZ")


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
async def test_with_the_demo_running_a_growing_line_is_helped_and_its_wait_falls(
    qtbot, db_url, tmp_path, backend
):
    """The issue's run-through on the demo hall with its simulation: line B grows past
    its limit, the monitor raises the alert, the supervisor handles it and sends window
    4 (serving G and A) to help B; window 4 calls B's numbers and B's queue falls."""
    code = f"demo_{uuid.uuid4().hex[:6]}"
    settings = Settings(
        db_url=db_url.render_as_string(hide_password=False), hall_code=code,
        printer=f"pdf:{tmp_path}",
    )  # fmt: skip
    hall = await open_demo(settings, simulate=True, seed=3)
    monitor_db = Database(db_url, application_name="hall-monitor-demo")
    try:
        for w in hall.windows:
            qtbot.addWidget(w)
        assert hall.simulation is not None
        # Few citizens of its own: the test brings line B's queue.
        hall.simulation.speed = SimulationSpeed(arrival=(2.0, 3.0), service=(0.5, 1.0))
        demo = hall.db
        info = await QueueService(demo).hall(code)
        lines = await line_ids(demo, info.id)
        async with demo.write() as s:
            await s.execute(
                update(Hall)
                .where(Hall.id == info.id)
                .values(alert_waiting_count=0, alert_wait_minutes=0, alert_pause_minutes=0,
                        alert_service_minutes=0, alert_no_show_count=0)
            )  # fmt: skip
            await s.execute(
                update(BusinessLine)
                .where(BusinessLine.id == lines["B"])
                .values(alert_waiting_count=4)
            )
        window = MonitorWindow()
        show_window(qtbot, window)
        controller = MonitorController(Services.build(monitor_db), code, window, tick=0.3)
        async with started(controller, monitor_db):
            await sign_in(qtbot, window, controller, "zhuren", "zhuren2026")
            await wait_until(lambda: controller.picture is not None, timeout=20)
            guide = (await load_actors(demo, info.id))["daoban"]
            for _ in range(8):
                await QueueService(demo).issue_ticket(guide, lines["B"])

            def line_b():
                return next(v for v in controller.picture.lines if v.line.prefix == "B")

            page = window.floor
            await wait_until(
                lambda: any(a.subject == f"line:{lines['B']}" for a in controller.alerts),
                timeout=20,
            )
            (alert,) = [a for a in controller.alerts if a.subject == f"line:{lines['B']}"]
            page.alerts_view.selectRow(page.alerts.row_of(alert.id))
            page.action_edit.setText("安排4号窗口协办B")
            qtbot.mouseClick(page.acknowledge_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: all(a.acknowledged_at for a in controller.alerts))
            before = line_b()
            assert before.waiting >= 4 and 4 not in before.windows
            row = cells(page.windows, WindowColumn.WINDOW).index("4号窗口")
            page.windows_view.selectRow(row)
            page.line_combo.setCurrentIndex(page.line_combo.findData(lines["B"]))
            qtbot.mouseClick(page.help_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: 4 in line_b().windows, timeout=10)
            assert line_b().open_windows == before.open_windows + 1
            assert "＋B" in cells(page.windows, WindowColumn.LINES)[row]
            # Window 4 calls B's numbers now, and B's queue falls below its limit: the
            # alert clears.
            await wait_until(
                lambda: any(
                    v.window.number == 4 and v.ticket is not None
                    and v.ticket.number.startswith("B")
                    for v in controller.picture.windows
                ),
                timeout=30,
            )  # fmt: skip
            await wait_until(lambda: line_b().waiting < 4, timeout=40)
            await wait_until(
                lambda: not any(a.subject == f"line:{lines['B']}" for a in controller.alerts),
                timeout=10,
            )
            # The queue is back to normal: the help ends, window 4 to its own lines.
            page.windows_view.selectRow(row)
            assert page.end_help_button.isEnabled()
            qtbot.mouseClick(page.end_help_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: 4 not in line_b().windows, timeout=10)
            assert "＋" not in cells(page.windows, WindowColumn.LINES)[row]
    finally:
        await hall.stop()
        for w in hall.windows:
            w.close()


async def test_the_monitor_asks_a_paused_window_back_and_puts_a_notice_on_the_display(
    qtbot, db, db_url, hall, morning
):
    windows = await window_ids(db, hall.hall_id)
    actors = await load_actors(db, hall.hall_id)
    await QueueService(db).pause_window(actors["clerk3"], windows[3], "会议")
    monitor_db = Database(db_url, application_name="hall-monitor-dispatch")
    services = Services.build(monitor_db)
    with chinese_ui():
        window = MonitorWindow()
        show_window(qtbot, window)
        controller = MonitorController(services, hall.hall_code, window, tick=0.2)
        async with started(controller, monitor_db):
            await sign_in(qtbot, window, controller, "zhuren", "zhuren2026")
            await wait_until(lambda: controller.picture is not None, timeout=15)
            page = window.floor
            page.windows_view.selectRow(cells(page.windows, WindowColumn.WINDOW).index("3号窗口"))
            assert page.resume_button.isEnabled()
            page.resume_edit.setText("请尽快回到窗口")
            qtbot.mouseClick(page.resume_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: "已提醒3号窗口恢复服务" in page.message.text(), timeout=15)
            assert await event_kinds(db, hall.hall_id, "window_resume_requested") == [
                EventKind.WINDOW_RESUME_REQUESTED.value
            ]
            # A window that is not paused cannot be asked: the button says so.
            page.windows_view.selectRow(cells(page.windows, WindowColumn.WINDOW).index("1号窗口"))
            assert not page.resume_button.isEnabled()
            # An empty notice is refused in Chinese; a notice goes to the display.
            qtbot.mouseClick(page.notice_button, Qt.MouseButton.LeftButton)
            await wait_until(
                lambda: "公告" in page.message.text() or "内容" in page.message.text(), timeout=15
            )
            assert await services.dispatch.active_display_notice(hall.hall_id) is None
            page.notice_edit.setText("11时起暂停办理不动产登记")
            page.notice_minutes.setValue(20)
            qtbot.mouseClick(page.notice_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: "大屏将滚动显示" in page.message.text(), timeout=15)
            notice = await services.dispatch.active_display_notice(hall.hall_id)
            assert notice is not None and notice.text == "11时起暂停办理不动产登记"
            assert page.notice_edit.text() == ""
            # Withdrawn (撤回): the display goes back to the hall's text; once only.
            qtbot.mouseClick(page.withdraw_notice_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: "已从大屏撤回通知" in page.message.text(), timeout=15)
            assert "11时起暂停办理不动产登记" in page.message.text()
            assert await services.dispatch.active_display_notice(hall.hall_id) is None
            qtbot.mouseClick(page.withdraw_notice_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: "没有临时通知" in page.message.text(), timeout=15)

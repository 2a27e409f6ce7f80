"""限时办结 on screen: the clerk's 我的办件 lists the window's open 办件, counts those due
soon on its button, and 出件 closes one; the supervisor's tab lists the hall's overdue
办件 (both backends)."""

from __future__ import annotations

import os
from datetime import date, time

from PySide6.QtCore import Qt

from hall_desktop.domain.applications import ClosedHow
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.courier import CourierService
from hall_desktop.ui.common.applications import HallApplications
from hall_desktop.ui.models.applications import ApplicationColumn, OnTimeColumn
from tests.services.test_applications import (
    PARCEL,
    ZONE,
    of_ticket,
    promise,
    served,
    set_calendar,
)
from tests.ui.test_admin import open_admin
from tests.ui.test_chinese_everywhere import english_in
from tests.ui.test_clerk import open_clerk
from tests.ui.waiting import chinese_ui, wait_until


async def test_a_clerk_issues_a_result_from_my_applications(
    qtbot, qtmodeltester, db, db_url, hall, actors, clock
):
    await set_calendar(db, hall.hall_id)
    clock.set_local(date(2026, 11, 12), time(10), ZONE)
    first, _second = await promise(db, hall.hall_id)
    soon = await served(db, hall, actors, 1, Outcome.ACCEPTED, [first])  # due 11-19
    later = await served(db, hall, actors, 1, Outcome.ACCEPTED)  # due 12-11
    await served(db, hall, actors, 2, Outcome.ACCEPTED)  # another window's
    mailed = await CourierService(db).create(actors["clerk1"], **PARCEL, ticket_id=later.id)
    clock.set_local(date(2026, 11, 13), time(9), ZONE)  # 11-19 is now due soon
    with chinese_ui():
        async with open_clerk(qtbot, db_url, hall) as (window, controller):
            await wait_until(lambda: window.applications_button.count == 1)
            assert window.applications_button.badge.property("alert") == "false"
            if shots := os.environ.get("HALL_SHOTS"):  # to look at: HALL_SHOTS=/tmp/dir
                for size in ((1366, 768), (1920, 1080)):
                    window.resize(*size)
                    window.grab().save(f"{shots}/banjian_queue_{size[0]}.png")
            qtbot.mouseClick(window.applications_button, Qt.MouseButton.LeftButton)
            page = window.applications_page
            assert window.applications_open() and page.isVisible()
            qtmodeltester.check(page.model)
            assert page.model.rowCount() == 2  # this window's two, by due date
            assert page.model.index(0, ApplicationColumn.NUMBER).data() == soon.number
            assert page.model.index(0, ApplicationColumn.STATE).data() == "即将到期"
            assert page.model.index(0, ApplicationColumn.CITIZEN).data() == "张*丰"
            assert page.model.index(1, ApplicationColumn.DUE).data() == "2026-12-11"
            assert page.count_label.text() == "在办 2 件 · 即将到期 1 件"
            assert not page.collect_button.isEnabled()
            assert english_in(page) == {}
            if shots:
                for size in ((1920, 1080), (1366, 768)):  # the smaller one stays
                    window.resize(*size)
                    page.table.selectRow(0)
                    window.grab().save(f"{shots}/banjian_clerk_{size[0]}.png")
            page.table.selectRow(0)
            assert page.collect_button.isEnabled()
            qtbot.mouseClick(page.collect_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: "BJ" in page.message.text())
            await wait_until(lambda: page.model.rowCount() == 1 and controller.applications.settled)
            assert window.applications_button.count == 0
            assert page.model.index(0, ApplicationColumn.NUMBER).data() == later.number
            # Its result goes by the free courier registered for the same ticket.
            page.table.selectRow(0)
            await wait_until(lambda: page.courier_button.isVisible())
            assert page.courier_combo.count() == 1
            if shots:
                window.grab().save(f"{shots}/banjian_courier_{window.width()}.png")
            assert page.courier_combo.currentText() == f"K{mailed.id:05d} · 待交寄 · 张*丰"
            qtbot.mouseClick(page.courier_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: page.model.rowCount() == 0 and controller.applications.settled)
            assert "免费邮寄" in page.message.text()
            page.table.setFocus()
            qtbot.keyClick(page.table, Qt.Key.Key_Escape)
            await wait_until(lambda: not window.applications_open())
    (closed,) = await of_ticket(db, soon.id)
    assert closed.closed_how == ClosedHow.WINDOW.value
    assert closed.closed_by_id == actors["clerk1"].staff_id
    assert closed.closed_on == date(2026, 11, 13)
    (sent,) = await of_ticket(db, later.id)
    assert (sent.closed_how, sent.dispatch_id) == (ClosedHow.COURIER.value, mailed.id)


async def test_the_supervisor_sees_the_halls_overdue_办件_and_issues_one(
    qtbot, qtmodeltester, db, db_url, hall, actors, clock, tmp_path
):
    await set_calendar(db, hall.hall_id)
    clock.set_local(date(2026, 11, 12), time(10), ZONE)
    first, _second = await promise(db, hall.hall_id)
    late = await served(db, hall, actors, 2, Outcome.ACCEPTED, [first])  # due 11-19
    await served(db, hall, actors, 1, Outcome.ACCEPTED)  # due 12-11: not listed yet
    clock.set_local(date(2026, 11, 20), time(9), ZONE)
    with chinese_ui():
        async with open_admin(qtbot, db_url, hall, tmp_path, "zhuren", "zhuren2026") as (w, _c):
            await wait_until(lambda: w.stack.currentIndex() == 1)
            tab = next(
                w.tabs.widget(i)
                for i in range(w.tabs.count())
                if isinstance(w.tabs.widget(i), HallApplications)
            )
            w.tabs.setCurrentWidget(tab)
            page = tab.page
            await wait_until(lambda: page.model.rowCount() == 1)
            assert page.model.index(0, ApplicationColumn.NUMBER).data() == late.number
            assert page.model.index(0, ApplicationColumn.STATE).data() == "已逾期"
            assert page.model.index(0, ApplicationColumn.WINDOW).data() == "2号"
            assert page.count_label.text() == "在办 1 件 · 已逾期 1 件"
            assert english_in(tab) == {}
            # This month so far: one 办件 was due (11-19) and is still open.
            await wait_until(lambda: tab.departments.rowCount() == 1)
            assert tab.total_label.text() == "期内到期 1 件，按时办结 0 件，按时办结率 0.0%"
            qtmodeltester.check(tab.departments)
            dept = [tab.departments.index(0, c).data() for c in OnTimeColumn]
            assert dept == ["市场监管局", 1, 0, 0, 1, "0.0%"]
            if shots := os.environ.get("HALL_SHOTS"):
                for size in ((1366, 768), (1920, 1080)):
                    w.resize(*size)
                    w.grab().save(f"{shots}/banjian_admin_{size[0]}.png")
            page.table.selectRow(0)
            qtbot.mouseClick(page.collect_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: page.model.rowCount() == 0)
            assert "已出件" in page.message.text()
            await wait_until(lambda: tab.departments.index(0, OnTimeColumn.LATE).data() == 1)
            assert tab.departments.index(0, OnTimeColumn.OVERDUE).data() == 0
    (closed,) = await of_ticket(db, late.id)
    assert closed.closed_by_id == actors["zhuren"].staff_id and closed.closed_on > closed.due_date

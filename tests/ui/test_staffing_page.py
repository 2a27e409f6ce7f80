"""The 统计 tab's 排班建议 page on the fixed history of tests/services/test_staffing.py:
the day picked, the table (needed / staffed, short half-hours shaded), the chart for the
hall and for a line, the exports."""

from __future__ import annotations

from datetime import UTC

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from hall_desktop.services.bundle import Services
from hall_desktop.services.dto import HallInfo
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.ui.admin.statistics import StatisticsView
from hall_desktop.ui.admin.statistics_controller import StatisticsController
from hall_desktop.ui.widgets.forms import qdate
from tests.services.test_staffing import NOW, D, W, plant
from tests.ui.waiting import wait_until


def chart_values(page) -> tuple[list[float], list[float]]:
    """The chart's step lines, needed and staffed: the value of each half-hour (two
    points each, the hall of the test has no break)."""
    needed, staffed = page.chart.chart().series()
    return tuple([p.y() for p in series.points()[::2]] for series in (needed, staffed))


async def test_the_supervisor_reads_and_exports_the_staffing_plan(
    qtbot, qtmodeltester, db, clock, tmp_path
):
    clock.set(NOW.astimezone(UTC))
    planted = await plant(db)
    # A strict promise, so that the 09:00 half-hour is short.
    await HallSettingsService(db).update(planted.boss, promise_percent=95, promise_minutes=5)
    view = StatisticsView()
    qtbot.addWidget(view)
    hall = HallInfo(planted.hall_id, "sf", "排班测试中心", "Asia/Shanghai")
    controller = StatisticsController(
        Services.build(db), planted.boss, hall, view, export_dir=tmp_path
    )
    page = view.staffing
    assert page.day() == D  # today
    assert not page.export_button.isEnabled()
    # Shown the first time its page is opened.
    view.sections.setCurrentWidget(page)
    await wait_until(lambda: controller.plan is not None and page.plan_button.isEnabled())
    model = page.model
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (4, 4)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers[1:3] == ["A\n综合业务", "B\n社保医保"]
    times = [model.index(r, 0).data() for r in range(4)]
    assert times == ["09:00", "09:30", "10:00", "10:30"]
    staffed_a = [model.index(r, 1).data().split(" / ")[1] for r in range(4)]
    assert staffed_a == ["2", "1", "1", "2"]  # 10:30 not begun: configured
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None  # short
    assert model.index(3, 1).data(Qt.ItemDataRole.BackgroundRole) is None  # 0 / 2
    assert "95" in page.promise_label.text() and "排班测试中心" in page.promise_label.text()
    # The chart: the hall, then line B.
    needed, staffed = chart_values(page)
    assert staffed == [2, 2, 1, 5]
    assert needed[0] > 2 and needed[3] == 0
    page.line_combo.setCurrentIndex(page.line_combo.findData(planted.lines["B"]))
    assert chart_values(page) == ([0, 0, 0, 0], [0, 1, 0, 3])
    # The exports, into the test's folder.
    for action in page.export_actions.values():
        action.trigger()
    xlsx = tmp_path / "排班测试中心-排班建议-20270317.xlsx"
    csv = tmp_path / "排班测试中心-排班建议-20270317.csv"
    await wait_until(lambda: xlsx.exists() and csv.exists())
    book = load_workbook(xlsx)
    assert book.sheetnames == ["排班建议", "计算依据"]
    rows = list(book["排班建议"].iter_rows(min_row=3, values_only=True))
    assert rows[0][:2] == ("09:00", "A 综合业务") and rows[0][4] == 2
    assert rows[2][:2] == ("09:00", "全厅")
    text = csv.read_text("utf-8-sig")
    assert "在岗窗口（10:30起为已配置）" in text and "全厅" in text
    # A day to come: the windows configured.
    page.day_edit.setDate(qdate(D + W))
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: controller.plan is not None and controller.plan.day == D + W)
    assert "configured" in page.source_label.text() or "配置" in page.source_label.text()
    await controller.stop()


async def test_a_clerk_is_refused_in_the_page(qtbot, db, clock):
    clock.set(NOW.astimezone(UTC))
    planted = await plant(db)
    view = StatisticsView()
    qtbot.addWidget(view)
    hall = HallInfo(planted.hall_id, "sf", "排班测试中心", "Asia/Shanghai")
    controller = StatisticsController(Services.build(db), planted.clerk, hall, view)
    view.staffing.plan_requested.emit(D)
    await wait_until(
        lambda: view.message.isVisibleTo(view) and view.staffing.plan_button.isEnabled()
    )
    assert "排班建议" in view.message.text()
    assert view.staffing.model.rowCount() == 0
    await controller.stop()

"""The 统计 tab's 预计等候准确度 page on the fixed history of
tests/services/test_estimate_accuracy.py: read for the tab's period when its page is
opened and again with the 统计 button, the hall on top of the lines, the days by line,
the exports."""

from __future__ import annotations

import csv
import io
from datetime import UTC

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from hall_desktop.services.bundle import Services
from hall_desktop.services.dto import HallInfo
from hall_desktop.ui.admin.statistics import StatisticsView
from hall_desktop.ui.admin.statistics_controller import StatisticsController
from hall_desktop.ui.widgets.forms import qdate
from tests.services.test_estimate_accuracy import D1, D2, NOW, plant
from tests.ui.waiting import wait_until

HALL = HallInfo(0, "ea", "准确度测试中心", "Asia/Shanghai")


def texts(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


async def test_the_supervisor_reads_and_exports_the_accuracy(
    qtbot, qtmodeltester, db, clock, tmp_path
):
    clock.set(NOW.astimezone(UTC))
    planted = await plant(db)
    view = StatisticsView()
    qtbot.addWidget(view)
    hall = HallInfo(planted.hall_id, HALL.code, HALL.name, HALL.timezone)
    controller = StatisticsController(
        Services.build(db), planted.boss, hall, view, export_dir=tmp_path
    )
    page = view.accuracy
    assert not page.export_button.isEnabled()
    view.start_edit.setDate(qdate(D1))
    view.end_edit.setDate(qdate(D2))
    # Read the first time its page is opened, for the tab's dates.
    view.sections.setCurrentWidget(page)
    await wait_until(lambda: controller.accuracy is not None and page.busy_label.isHidden())
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.day_model)
    assert texts(page.model) == [
        ["Whole hall", "9", "5.0", "16.7", "55.6%", "50.0%", "+1.9"],
        ["B 社保医保", "3", "13.3", "16.7", "33.3%", "50.0%", "+9.7"],
        ["A 综合业务", "6", "1.0", "12.3", "66.7%", "50.0%", "-2.1"],
    ]
    assert page.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert page.model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    headers = [page.day_model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[:3] == ["Day", "Business line", "Tickets (with estimate)"]
    assert [row[:3] for row in texts(page.day_model)] == [
        ["2027-03-15", "B 社保医保", "2"],
        ["2027-03-15", "A 综合业务", "4"],
        ["2027-03-16", "B 社保医保", "1"],
        ["2027-03-16", "A 综合业务", "2"],
    ]
    page.line_combo.setCurrentIndex(page.line_combo.findData(planted.lines["A"]))
    assert texts(page.day_model) == [
        ["2027-03-15", "A 综合业务", "4", "1.0", "6.0", "75.0%", "50.0%", "-0.1"],
        ["2027-03-16", "A 综合业务", "2", "0.5", "12.3", "50.0%", "50.0%", "-5.9"],
    ]
    assert "9" in page.heading.text() and "2027-03-15" in page.heading.text()
    # The exports, into the test's folder.
    for action in page.export_actions.values():
        action.trigger()
    stem = tmp_path / "准确度测试中心-预计等候准确度-20270315-20270316"
    xlsx, csv_file = stem.with_suffix(".xlsx"), stem.with_suffix(".csv")
    await wait_until(lambda: xlsx.exists() and csv_file.exists())
    book = load_workbook(xlsx)
    assert book.sheetnames == ["预计等候准确度", "按日"]
    rows = list(book["预计等候准确度"].iter_rows(min_row=2, values_only=True))
    assert rows[0] == ("业务", "取号数（有预计）", "中位误差（分钟）", "90%误差（分钟）",
                       "±5分钟内", "落在显示范围内", "平均偏差（分钟）")  # fmt: skip
    assert rows[1][:3] == ("全厅", 9, 5.0) and rows[1][6] == 1.9
    assert rows[3][0] == "A 综合业务" and rows[3][4] == 4 / 6 and rows[3][6] == -2.1
    days = list(book["按日"].iter_rows(min_row=3, values_only=True))
    assert [d[:3] for d in days] == [
        ("2027-03-15", "B 社保医保", 2),
        ("2027-03-15", "A 综合业务", 4),
        ("2027-03-16", "B 社保医保", 1),
        ("2027-03-16", "A 综合业务", 2),
    ]
    table = list(csv.reader(io.StringIO(csv_file.read_text("utf-8-sig"))))
    assert ["全厅", "9", "5", "16.7", "55.6%", "50.0%", "1.9"] in table
    assert ["2027-03-16", "A 综合业务", "2", "0.5", "12.3", "50.0%", "50.0%", "-5.9"] in table
    # Another period, with the page open: the 统计 button reads it again.
    view.start_edit.setDate(qdate(D2))
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: controller.accuracy is not None and controller.accuracy.start == D2)
    await wait_until(lambda: view.show_button.isEnabled() and page.busy_label.isHidden())
    assert texts(page.model)[0] == ["Whole hall", "3", "12.3", "16.7", "33.3%", "66.7%", "+1.6"]
    # The line picked stays picked.
    assert page.line_combo.currentData() == planted.lines["A"]
    assert len(texts(page.day_model)) == 1
    await controller.stop()


async def test_a_clerk_is_refused_in_the_page(qtbot, db, clock):
    clock.set(NOW.astimezone(UTC))
    planted = await plant(db)
    view = StatisticsView()
    qtbot.addWidget(view)
    hall = HallInfo(planted.hall_id, HALL.code, HALL.name, HALL.timezone)
    controller = StatisticsController(Services.build(db), planted.clerk, hall, view)
    view.sections.setCurrentWidget(view.accuracy)
    await wait_until(lambda: view.message.isVisibleTo(view) and view.accuracy.busy_label.isHidden())
    assert "预计等候准确度" in view.message.text()
    assert view.accuracy.model.rowCount() == 0
    assert not view.accuracy.export_button.isEnabled()
    await controller.stop()

"""The supervisor's 统计 tab on the small fixed history of tests/services/test_statistics.py
(12 numbers issued 2026-12-30 … 2027-01-02): periods picked, tables, charts, refusals."""

from __future__ import annotations

import re
from datetime import date, time
from zipfile import ZipFile

from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from hall_desktop.services.actor import Actor, Role
from hall_desktop.services.bundle import Services
from hall_desktop.services.dto import HallInfo
from hall_desktop.store.database import Database
from hall_desktop.store.models import WindowLine
from hall_desktop.ui.admin.statistics import StatisticsView
from hall_desktop.ui.admin.statistics_controller import StatisticsController
from hall_desktop.ui.admin.tabs import tabs_for
from hall_desktop.ui.models.applications import OnTimeColumn
from hall_desktop.ui.models.statistics import RankColumn, RatingColumn, VolumeColumn
from hall_desktop.ui.widgets.forms import qdate
from tests.pdf import all_text
from tests.services.test_statistics import ZONE, P, _write_history
from tests.ui.waiting import started, wait_until


def column(model, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def bars(view) -> dict[str, list[tuple[str, float]]]:
    """Each bar set of a chart by name: (category, value) from the top bar down."""
    (series,) = view.chart().series()
    (axis,) = [a for a in series.attachedAxes() if hasattr(a, "categories")]
    names = axis.categories()
    return {
        b.label(): [(names[i], b.at(i)) for i in reversed(range(b.count()))]
        for b in series.barSets()
    }


async def test_the_supervisor_picks_a_period_and_reads_the_figures(
    qtbot, qtmodeltester, db, clock, tmp_path
):
    hist = await _write_history(db)
    async with db.write() as s:  # window 1 serves both lines, window 2 line B only
        s.add_all(
            WindowLine(window_id=hist.ids[w], line_id=hist.ids[line])
            for w, line in (("w1", "A"), ("w1", "B"), ("w2", "B"))
        )
    clock.set_local(date(2027, 1, 2), time(18), ZONE)
    view = StatisticsView()
    qtbot.addWidget(view)
    hall = HallInfo(hist.hall_id, "st", "统计测试中心", "Asia/Shanghai")
    controller = StatisticsController(
        Services.build(db), hist.boss, hall, view, export_dir=tmp_path
    )
    # 本月 first: January 2027 (t10 … t13, and t14 on 01-05).
    assert view.period_combo.currentText() == "本月"
    assert (view.start_edit.date(), view.end_edit.date()) == (
        qdate(date(2027, 1, 1)),
        qdate(date(2027, 1, 31)),
    )
    controller.start()
    await wait_until(lambda: controller.figures is not None and not view.busy.isVisible())
    assert column(view.line_model, VolumeColumn.ISSUED) == ["3", "2"]
    # A period typed by hand: the combo says 自定义.
    view.start_edit.setDate(qdate(P[0]))
    view.end_edit.setDate(qdate(P[1]))
    assert view.period_kind() is None
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    assert view.busy.isVisibleTo(view) and not view.show_button.isEnabled()  # reading
    await wait_until(lambda: controller.figures.start == P[0] and not view.busy.isVisible())
    assert view.cards["issued"].value.text() == "12"
    assert view.cards["served"].value.text() == "9"
    assert view.cards["good_rate"].value.text() == "57.1%"  # 4 of 7
    assert view.cards["consultations"].value.text() == "2"
    # The figures shown, exported from the tab's menu (into the test's folder).
    for action in view.export_actions.values():
        action.trigger()
    # Five whole files: a file being written is a hidden ".….partial" until it is done.
    await wait_until(
        lambda: len([f for f in tmp_path.iterdir() if not f.name.startswith(".")]) == 5,
        timeout=20,
    )
    files = {f.suffix: f for f in tmp_path.iterdir() if "统计报表" in f.name}
    sheet = load_workbook(files[".xlsx"], read_only=True)
    assert "窗口月度排名" in sheet.sheetnames
    assert len(ZipFile(files[".zip"]).namelist()) > 5
    assert "统计测试中心" in all_text(files[".pdf"]) and "制表人" in all_text(files[".pdf"])
    (word,) = tmp_path.glob("*工作报告数据*.docx")
    assert "答疑解惑2次" in "".join(p.text for p in Document(str(word)).paragraphs)
    assert "答疑解惑2次" in all_text(next(tmp_path.glob("*工作报告数据*.pdf")))
    m = view.line_model
    assert column(m, VolumeColumn.SUBJECT) == ["A 综合业务", "B 社保医保"]
    assert column(m, VolumeColumn.ISSUED) == ["7", "5"]
    assert column(m, VolumeColumn.SERVED) == ["4", "5"]
    assert bars(view.line_chart) == {
        "Issued": [("A 综合业务", 7.0), ("B 社保医保", 5.0)],
        "Served": [("A 综合业务", 4.0), ("B 社保医保", 5.0)],
    }
    issued, served = view.day_chart.chart().series()
    assert [p.y() for p in issued.points()] == [5.0, 3.0, 2.0, 2.0]
    assert [p.y() for p in served.points()] == [3.0, 2.0, 2.0, 2.0]
    load = view.load_model
    cells = [load.index(r, c) for r in range(7) for c in range(load.columnCount())]
    assert sum(i.data(Qt.ItemDataRole.UserRole) for i in cells) == 12
    # The monthly ranking: the latest month first (window 2 leads January), then December.
    assert view.ranking_month.currentText() == "2027-01"
    assert column(view.ranking_model, RankColumn.WINDOW)[0] == "2号窗口"
    view.ranking_month.setCurrentIndex(1)
    assert column(view.ranking_model, RankColumn.WINDOW) == ["1号窗口", "2号窗口"]
    # Drill-down: line A opens picked; line B is served by both windows.
    assert view.drill_title.text() == "A 综合业务"
    # The line's own tickets at each window: A at window 1 (t1, t2, t12, t13), window 2
    # (t6, transferred on) and at none (t5 cancelled, t9 expired).
    drill = view.drill_windows_model
    assert column(drill, VolumeColumn.SUBJECT) == ["1号窗口", "2号窗口", "（未到窗口）"]
    assert column(drill, VolumeColumn.ISSUED) == ["4", "1", "2"]
    view.line_view.selectRow(1)
    # B: window 1 served t7 (carried over from A, not issued again) and t8; window 2
    # t3, t10, t11 (t4 a 过号).
    assert column(drill, VolumeColumn.SUBJECT) == ["1号窗口", "2号窗口"]
    assert column(drill, VolumeColumn.ISSUED) == ["1", "4"]
    assert column(drill, VolumeColumn.SERVED) == ["2", "3"]
    assert len(column(view.drill_clerks_model, VolumeColumn.SUBJECT)) == 3  # c1, c2, c3
    assert column(view.drill_times_model, 0) == ["B 社保医保"]
    assert column(view.served_items, VolumeColumn.SUBJECT)[0] == "企业设立登记"  # t1, t2, t10
    view.ratings_by.pick("clerk")
    assert column(view.ratings_by.model, RatingColumn.GOOD_RATE)[0] == "75.0%"  # 张敏: 3 of 4
    view.times_by.pick("window")
    assert column(view.times_by.model, 0) == ["1号窗口", "2号窗口"]
    # 限时办结 as of 01-02: 4 办件 due in P, 2 on time, 1 late, 1 open past its date.
    assert column(view.on_time_departments, OnTimeColumn.NAME) == ["人社局", "市场监管局"]
    assert column(view.on_time_departments, OnTimeColumn.RATE) == ["50.0%", "50.0%"]
    assert column(view.on_time_items, OnTimeColumn.ON_TIME) == [0, 1, 1]
    numbers = re.findall(r"\d+(?:\.\d+)?", view.on_time_total.text())
    assert numbers == ["4", "2", "50.0", "1", "1"]  # due, on time, rate, late, overdue
    for model in (m, view.ratings_by.model, view.ranking_model, view.times_by.model, load,
                  view.promise_model, view.catalogue_model, view.drill_windows_model,
                  view.on_time_departments, view.on_time_items):  # fmt: skip
        qtmodeltester.check(model)
    # A reversed period: refused in Chinese under the dates, the figures kept.
    view.start_edit.setDate(qdate(P[1]))
    view.end_edit.setDate(qdate(P[0]))
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: view.date_error.isVisibleTo(view) and not view.busy.isVisible())
    assert "结束日期不能早于开始日期" in view.date_error.text()
    assert view.cards["issued"].value.text() == "12"
    # 上半年 from the combo reads at once.
    view.period_combo.setCurrentIndex(view.period_combo.findText("上半年"))
    view.period_combo.activated.emit(view.period_combo.currentIndex())
    await wait_until(lambda: controller.figures.end == date(2027, 6, 30))
    assert not view.date_error.isVisibleTo(view)
    assert column(view.line_model, VolumeColumn.ISSUED) == ["3", "2"]
    # Half a year is drawn week by week: t10 … t13 in the week of 12-28 (from 01-01), t14
    # in the week of 01-04.
    issued, _served = view.day_chart.chart().series()
    assert [p.y() for p in issued.points()][:3] == [4.0, 1.0, 0.0]
    assert issued.count() == 27  # 01-01 … 01-03, then 26 Mondays from 01-04 to 06-28
    await controller.stop()


async def test_clerks_are_not_offered_the_tab(db):
    hist = await _write_history(db)
    assert StatisticsView not in [t.page for t in tabs_for(hist.clerk)]
    assert StatisticsView in [t.page for t in tabs_for(hist.boss)]
    assert StatisticsView in [t.page for t in tabs_for(hist.admin)]


async def test_a_database_that_is_down_is_said_in_the_tab(qtbot, clock):
    db = Database("postgresql://nobody@127.0.0.1:1/none", clock=clock)
    supervisor = Actor(1, 1, "zhuren", "王主任", "0002", frozenset({Role.SUPERVISOR}))
    view = StatisticsView()
    qtbot.addWidget(view)
    hall = HallInfo(1, "h", "大厅", "Asia/Shanghai")
    controller = StatisticsController(Services.build(db), supervisor, hall, view)
    async with started(controller, db):
        await wait_until(lambda: view.message.isVisibleTo(view) and not view.busy.isVisible())
        assert "数据库" in view.message.text() or "连接" in view.message.text()
        assert view.line_model.rowCount() == 0 and view.show_button.isEnabled()

"""The district administrator's 区县 tab: the halls side by side with the district's
total in bold, its exports, and a township's items chosen, filtered and saved."""

from __future__ import annotations

import asyncio
import csv
import io
import os
from datetime import date, time
from pathlib import Path
from types import SimpleNamespace

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.bundle import Services
from hall_desktop.services.dto import HallInfo
from hall_desktop.services.queue import QueueService
from hall_desktop.store.models import ServiceItem
from hall_desktop.ui.admin.district import DistrictView
from hall_desktop.ui.admin.district_controller import DistrictController
from hall_desktop.ui.admin.tabs import tabs_for
from hall_desktop.ui.models.district import HallColumn, ItemColumn
from hall_desktop.ui.widgets.forms import qdate
from tests.helpers import line_ids, window_ids
from tests.services.test_district import ZONE, make_town
from tests.ui.test_admin import open_admin
from tests.ui.test_chinese_everywhere import english_in
from tests.ui.test_clerk import open_clerk
from tests.ui.waiting import chinese_ui, started, wait_until


def column(model, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


async def test_the_district_tab(qtbot, qtmodeltester, db, clock, tmp_path):
    clock.set_local(date(2026, 12, 7), time(10), ZONE)
    town = await make_town(db, 2)
    # One number served at the centre today: its row and the total count it.
    q, centre = QueueService(db), town.actors[town.centre]
    windows, lines = await window_ids(db, town.centre), await line_ids(db, town.centre)
    await q.sign_in(centre["clerk1"], windows[1])
    await q.issue_ticket(centre["daoban"], lines["A"])
    called = await q.call_next(centre["clerk1"], windows[1])
    assert called is not None
    await q.start(centre["clerk1"], called.id)
    await q.finish(centre["clerk1"], called.id, outcome=Outcome.COMPLETED)
    # Only a district administrator has the tab; the centre's admin does not.
    assert [t.page for t in tabs_for(town.boss)] == [DistrictView]
    assert DistrictView not in [t.page for t in tabs_for(centre["admin"])]

    view = DistrictView()
    qtbot.addWidget(view)
    view.resize(1366, 700)
    hall = HallInfo(town.centre, "centre", "中心", "Asia/Shanghai")
    controller = DistrictController(Services.build(db), town.boss, hall, view, export_dir=tmp_path)
    assert view.period_bar.combo.currentText() == "本月"
    async with started(controller, db):
        await wait_until(lambda: controller.figures is not None and view.items_model.rowCount())
        m = view.halls_model
        qtmodeltester.check(m)
        assert m.rowCount() == 4  # the centre, two townships, the total
        assert column(m, HallColumn.ISSUED) == ["1", "0", "0", "1"]
        assert column(m, HallColumn.SERVED) == ["1", "0", "0", "1"]
        assert m.index(0, HallColumn.HALL).data().endswith(" (centre)")
        assert m.index(3, HallColumn.HALL).data() == "District total"
        assert m.index(3, 0).data(Qt.ItemDataRole.FontRole).bold()
        assert m.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
        assert m.index(3, HallColumn.WAIT_MEDIAN).data() == "—"
        # The exports of the table shown.
        for action in view.export_actions.values():
            action.trigger()
        await wait_until(
            lambda: {f.suffix for f in tmp_path.iterdir()} == {".xlsx", ".csv"}, timeout=20
        )
        await wait_until(lambda: "Saved to" in view.message.text())
        (xlsx,) = tmp_path.glob("*.xlsx")
        sheet = load_workbook(xlsx).active
        assert sheet is not None
        last = [c.value for c in sheet[sheet.max_row]]
        assert last[:3] == ["合计", 1, 1] and sheet.cell(sheet.max_row, 1).font.bold
        (text,) = tmp_path.glob("*.csv")
        rows = list(csv.reader(io.StringIO(Path(text).read_text(encoding="utf-8-sig"))))
        assert rows[0][:3] == ["大厅", "取号", "办结"] and rows[-1][:2] == ["合计", "1"]

        # A township's items: every item of the centre, all served to begin with.
        items, proxy = view.items_model, view.items_proxy
        qtmodeltester.check(items)
        qtmodeltester.check(proxy)
        assert view.township_combo.count() == 2
        total = items.rowCount()
        assert len(items.chosen) == total and not view.save_button.isEnabled()
        # One department shown: clear it, then check one item of it again.
        department = view.department_combo.itemText(1)
        view.department_combo.setCurrentIndex(1)
        shown = proxy.rowCount()
        assert 0 < shown < total
        assert set(column(proxy, ItemColumn.DEPARTMENT)) == {department}
        qtbot.mouseClick(view.none_button, Qt.MouseButton.LeftButton)
        assert len(items.removed()) == shown and view.save_button.isEnabled()
        first = proxy.index(0, ItemColumn.NAME)
        assert proxy.setData(first, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        assert len(items.removed()) == shown - 1
        assert f"({0} to add, {shown - 1} to remove)" in view.summary.text()
        view.search_edit.setText("no such item anywhere")
        assert proxy.rowCount() == 0
        view.search_edit.setText("")
        kept = set(items.chosen)
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: controller.confirm_box is not None)
        assert controller.confirm_box is not None
        assert f"{shown - 1} no longer served" in controller.confirm_box.text()
        controller.confirm_box.button(QMessageBox.StandardButton.Yes).click()
        await wait_until(lambda: "Saved" in view.message.text())
        await wait_until(lambda: not view.save_button.isEnabled())
        township = int(view.township_combo.currentData())
        async with db.read() as session:
            served = set(
                await session.scalars(
                    select(ServiceItem.code).where(
                        ServiceItem.hall_id == township, ServiceItem.active.is_(True)
                    )
                )
            )
        assert served == kept
        assert items.served() == kept  # read back after saving

        # Carrying the centre's edits over is asked first: No does nothing.
        async with db.write() as session:
            centre_item = await session.scalar(
                select(ServiceItem).where(ServiceItem.hall_id == town.centre).limit(1)
            )
            assert centre_item is not None
            centre_item.name = centre_item.name + "（新）"
            edited_code = centre_item.code
        controller.confirm_box = None
        qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: controller.confirm_box is not None)
        assert "all 2 townships" in controller.confirm_box.text()
        controller.confirm_box.button(QMessageBox.StandardButton.No).click()
        await asyncio.sleep(0.3)
        assert "Carried over" not in view.message.text()

        async def township_names() -> set[str]:
            async with db.read() as session:
                return set(
                    await session.scalars(
                        select(ServiceItem.name).where(
                            ServiceItem.hall_id == township, ServiceItem.code == edited_code
                        )
                    )
                )

        before = await township_names()
        assert before and not any(n.endswith("（新）") for n in before)
        controller.confirm_box = None
        qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: controller.confirm_box is not None)
        controller.confirm_box.button(QMessageBox.StandardButton.Yes).click()
        await wait_until(lambda: "Carried over to 2 townships" in view.message.text())
        assert await township_names() == {n + "（新）" for n in before}


async def test_the_district_tab_is_chinese_and_fits(qtbot, db, clock, tmp_path):
    clock.set_local(date(2026, 12, 7), time(10), ZONE)
    town = await make_town(db, 3)
    with chinese_ui():
        view = DistrictView()
        qtbot.addWidget(view)
        hall = HallInfo(town.centre, "centre", "中心", "Asia/Shanghai")
        controller = DistrictController(Services.build(db), town.boss, hall, view)
        async with started(controller, db):
            await wait_until(lambda: controller.figures is not None and view.items_model.rowCount())
            for size in ((1366, 700), (1920, 1020)):
                view.resize(*size)
                view.show()
                for page in range(view.sections.count()):
                    view.sections.setCurrentIndex(page)
                    found = english_in(view)
                    assert not found, found
                    # Every control of the page within the window's width.
                    widest = view.sections.currentWidget().sizeHint().width()
                    assert widest <= size[0], (size, page, widest)
                    if os.environ.get("HALL_SCREENSHOTS"):
                        view.grab().save(f"{os.environ['HALL_SCREENSHOTS']}/{size[0]}-{page}.png")


async def test_a_district_administrator_logs_in_to_the_district_tab_only(
    qtbot, db, db_url, clock, tmp_path
):
    clock.set_local(date(2026, 12, 7), time(10), ZONE)
    town = await make_town(db, 2, history=True)
    centre = SimpleNamespace(hall_code=town.codes[town.centre])
    login = town.boss.login
    with chinese_ui():
        async with open_admin(qtbot, db_url, centre, tmp_path, login, "quxian2026") as (w, _c):
            await wait_until(lambda: w.stack.currentIndex() == 1)
            assert w.tabs.count() == 1 and isinstance(w.tabs.widget(0), DistrictView)
            assert w.tabs.tabText(0) == "区县"
            view = w.tabs.widget(0)
            # November, with the halls' made-up history: three halls and the total.
            view.period_bar.start_edit.setDate(qdate(date(2026, 11, 1)))
            view.period_bar.end_edit.setDate(qdate(date(2026, 11, 30)))
            qtbot.mouseClick(view.period_bar.show_button, Qt.MouseButton.LeftButton)
            await wait_until(
                lambda: (
                    view.halls_model.rowCount() == 4
                    and view.halls_model.index(3, HallColumn.ISSUED).data() != "0"
                ),
                timeout=20,
            )
            issued = column(view.halls_model, HallColumn.ISSUED)
            assert int(issued[3]) == sum(int(n) for n in issued[:3])
            assert view.halls_model.index(3, 0).data() == "全区县合计"
            if os.environ.get("HALL_SCREENSHOTS"):
                w.grab().save(f"{os.environ['HALL_SCREENSHOTS']}/admin-window.png")


async def test_a_townships_workstation_follows_the_districts_choice(qtbot, db, db_url, clock):
    """The district's choice of a township's items reaches the township's open clerk
    workstation through its live feed, as an edit in its own admin screen does."""
    clock.set_local(date(2026, 12, 7), time(10), ZONE)
    town = await make_town(db, 1)
    (township,) = town.townships
    hall = SimpleNamespace(hall_code=town.codes[township], hall_id=township)
    async with open_clerk(qtbot, db_url, hall) as (window, _controller):
        offered = [i.code for i in window.finish_form.items_model.items()]
        chosen = offered[:5]
        await town.district.set_township_items(town.boss, township, chosen)
        await wait_until(
            lambda: {i.code for i in window.finish_form.items_model.items()} == set(chosen),
            timeout=10,
        )

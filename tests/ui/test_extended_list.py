"""The extended-hours list: records, totals, entry with field errors, the monthly export."""

from __future__ import annotations

import os
from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt

from hall_desktop.services.extended import ExtendedHoursService
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.ui.admin.extended import ExtendedController, ExtendedList
from hall_desktop.ui.widgets.forms import picked_date
from tests.pdf import all_text
from tests.services.test_extended import evening_hall, serve
from tests.ui.waiting import chinese_ui, wait_until

pytestmark = pytest.mark.dates


async def open_list(qtbot, db_url, actor, tmp_path):
    list_db = Database(db_url, application_name="hall-extended-test")
    view = ExtendedList()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    controller = ExtendedController(
        view,
        ExtendedHoursService(list_db),
        QueueService(list_db),
        actor,
        hall_name="示范区政务服务中心",
        timezone="Asia/Shanghai",
        export_dir=tmp_path,
    )
    return list_db, view, controller


async def test_list_entry_and_monthly_export(qtbot, db, db_url, hall, actors, tmp_path, clock):
    zone, local = await evening_hall(db, hall, clock)
    await serve(db, hall, actors)  # one automatic record, reason still missing
    list_db, view, controller = await open_list(qtbot, db_url, actors["zhuren"], tmp_path)
    controller.timezone = str(zone.key)
    view.model.set_timezone(str(zone.key))
    try:
        view.start_edit.setDate(QDate(local.year, local.month, 1))
        view.end_edit.setDate(QDate(local.year, local.month, local.day))
        controller.start()
        await wait_until(lambda: view.model.rowCount() == 1)
        assert "1" in view.totals_label.text()
        # A bad manual entry: finished before closing time, shown next to the field.
        view.day_edit.setDate(QDate(local.year, local.month, local.day))
        view.finished_edit.setDateTime(QDateTime(datetime.combine(local.date(), time(16, 0))))
        view.items_edit.setText("电话指导")
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: view.errors["finished_at"].isVisible())
        assert view.model.rowCount() == 1
        view.finished_edit.setDateTime(QDateTime(datetime.combine(local.date(), time(18, 0))))
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: view.model.rowCount() == 2)
        # A new form opens on times that can be saved as they are.
        await wait_until(lambda: "17:30" in view.closing_label.text())
        assert picked_date(view.day_edit) == local.date()
        view.items_edit.setText("网上申报指导")
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: view.model.rowCount() == 3)
        records, totals = await ExtendedHoursService(db).records(actors["zhuren"])
        assert totals.records == 3
        # The month's PDF names both records and the right grand total.
        qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: list(tmp_path.glob("*.pdf")))
        (pdf,) = tmp_path.glob("*.pdf")
        text = all_text(pdf)
        assert f"{totals.minutes}分钟" in text.replace(" ", "")
        automatic = next(r for r in records if r.ticket_number is not None)
        assert automatic.ticket_number in text and "手工录入" in text
        qtbot.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: list(tmp_path.glob("*.csv")))
    finally:
        await controller.stop()
        await list_db.dispose()


def test_record_model(qtmodeltester, qapp, clock):
    from hall_desktop.services.extended import ExtendedRecord
    from hall_desktop.ui.admin.extended import ExtendedRecordModel

    now = clock.now()
    model = ExtendedRecordModel()
    model.set_rows(
        [
            ExtendedRecord(
                1,
                now.date(),
                1,
                1,
                2,
                "张敏",
                "2001",
                5,
                "A005",
                "营业执照",
                None,
                now,
                now,
                30,
                None,
                None,
                False,
            ),
            ExtendedRecord(
                2,
                now.date(),
                None,
                None,
                2,
                "张敏",
                "2001",
                None,
                None,
                "电话",
                None,
                now,
                now,
                12,
                "其他",
                "x",
                True,
            ),
        ]
    )
    qtmodeltester.check(model)


async def test_screenshot(qtbot, db, db_url, hall, actors, tmp_path, backend, clock):
    if backend != "sqlite":
        pytest.skip("by design: one picture is enough")
    zone, local = await evening_hall(db, hall, clock)
    await serve(db, hall, actors)
    with chinese_ui():
        list_db, view, controller = await open_list(qtbot, db_url, actors["zhuren"], tmp_path)
        controller.timezone = str(zone.key)
        view.model.set_timezone(str(zone.key))
        try:
            view.start_edit.setDate(QDate(local.year, local.month, 1))
            view.end_edit.setDate(QDate(local.year, local.month, local.day))
            controller.start()
            await wait_until(lambda: view.model.rowCount() == 1)
            folder = Path(os.environ.get("HALL_SCREENSHOTS", tmp_path))
            assert view.grab().save(str(folder / "extended_list_1366x768.png"))
        finally:
            await controller.stop()
            await list_db.dispose()

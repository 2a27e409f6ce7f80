"""The courier window: hand-over with a checked waybill, delivery, slip and manifest."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from hall_desktop.domain.clock import local_today
from hall_desktop.domain.courier import DispatchStatus
from hall_desktop.services.courier import CourierService, DispatchItem
from hall_desktop.store.database import Database
from hall_desktop.ui.courier.window import CourierList, CourierListController, DispatchModel
from tests.services.test_courier import FORM
from tests.ui.waiting import wait_until

pytestmark = pytest.mark.dates


async def test_hand_over_deliver_and_print(qtbot, db, db_url, hall, actors, tmp_path, clock):
    clerk = actors["clerk1"]
    created = await CourierService(db).create(clerk, **FORM)
    list_db = Database(db_url, application_name="hall-courier-list-test")
    view = CourierList()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    controller = CourierListController(
        view,
        CourierService(list_db),
        clerk,
        hall_name="示范区政务服务中心",
        timezone="Asia/Shanghai",
        printer=f"pdf:{tmp_path}",
    )
    try:
        controller.start()
        await wait_until(lambda: view.model.rowCount() == 1)
        view.view.selectRow(0)
        assert view.hand_over_button.isEnabled() and not view.deliver_button.isEnabled()
        view.waybill_edit.setText("12345")
        qtbot.mouseClick(view.hand_over_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: view.waybill_error.isVisible())
        assert "13 位" in view.waybill_error.text()
        view.waybill_edit.setText("1180234567890")
        qtbot.mouseClick(view.hand_over_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: view.model.row_record(0).status is DispatchStatus.HANDED_OVER)
        view.view.selectRow(0)
        qtbot.mouseClick(view.slip_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: (tmp_path / f"K{created.id:05d}.pdf").exists())
        today = local_today(clock, ZoneInfo("Asia/Shanghai"))
        view.manifest_date.setDate(QDate(today.year, today.month, today.day))
        qtbot.mouseClick(view.manifest_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: list(tmp_path.glob("交寄清单-*.pdf")))
        (manifest,) = tmp_path.glob("交寄清单-*.pdf")
        # The PDF itself, as reportlab made it: searchable text, not a page image.
        text = "".join(page.extract_text() for page in PdfReader(manifest).pages)
        assert "1180234567890" in text and "交寄清单" in text
        view.view.selectRow(0)
        qtbot.mouseClick(view.deliver_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: view.model.row_record(0).status is DispatchStatus.DELIVERED)
        assert view.figures.text().startswith(("1 dispatches, cost 12.50", "共 1 单，费用 12.50"))
    finally:
        await controller.stop()
        await list_db.dispose()
    (manifest_rows,) = [await CourierService(db).handed_over_on(clerk, today)]
    assert [d.waybill for d in manifest_rows] == ["1180234567890"]


async def test_no_printer_is_said_and_never_reported_as_printed(
    qtbot, db, db_url, hall, actors, clock
):
    """Seen in the hall: with no document printer the manifest said "共 1 单" in green
    and nothing came out. Success is said only when the printer took the job."""
    clerk = actors["clerk1"]
    created = await CourierService(db).create(clerk, **FORM)
    await CourierService(db).hand_over(clerk, created.id, "1180234567890")
    list_db = Database(db_url, application_name="hall-courier-list-test")
    view = CourierList()
    qtbot.addWidget(view)
    view.show()
    controller = CourierListController(
        view,
        CourierService(list_db),
        clerk,
        hall_name="示范区政务服务中心",
        timezone="Asia/Shanghai",
        printer="没有这台打印机",
    )
    printed = []
    controller.printed.connect(printed.append)
    try:
        controller.start()
        await wait_until(lambda: view.model.rowCount() == 1)
        today = local_today(clock, ZoneInfo("Asia/Shanghai"))
        view.manifest_date.setDate(QDate(today.year, today.month, today.day))
        qtbot.mouseClick(view.manifest_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "没有这台打印机" in view.message.text())
        assert printed == [] and "交寄清单" in view.message.text()  # names the document
        assert "小票" not in view.message.text()
        view.view.selectRow(0)
        qtbot.mouseClick(view.slip_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "寄递单" in view.message.text())
        assert printed == []
    finally:
        await controller.stop()
        await list_db.dispose()


def test_dispatch_model(qtmodeltester, qapp, clock):
    from hall_desktop.domain.courier import Direction
    from hall_desktop.services.courier import DispatchInfo

    now = clock.now()
    model = DispatchModel()
    model.set_rows(
        [
            DispatchInfo(
                1,
                DispatchStatus.PENDING,
                Direction.TO_CITIZEN,
                "李华",
                "138****5678",
                "浙江省",
                "杭州市",
                "西湖区",
                "文三路",
                "310012",
                (DispatchItem("营业执照", 1),),
                "EMS",
                1250,
                None,
                None,
                None,
                None,
                now,
                None,
                None,
                True,
            ),
        ]
    )
    qtmodeltester.check(model)

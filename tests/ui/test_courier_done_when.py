"""Issue 7's "done when", on the demo hall and through the real screens: a clerk finishes
an item with courier delivery, the courier window (open at the same time, on its own
connection) sees the dispatch arrive, hands it over with a waybill, prints the day's
manifest with it, and records the delivery."""

from __future__ import annotations

import io
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from hall_desktop.domain.clock import local_today
from hall_desktop.domain.courier import DispatchStatus
from hall_desktop.services.queue import QueueService
from tests.helpers import event_kinds, line_ids
from tests.ui.test_clerk import open_clerk, press
from tests.ui.test_courier_role import open_courier
from tests.ui.waiting import wait_until

pytestmark = pytest.mark.dates


async def test_finish_with_courier_then_hand_over_manifest_and_delivery(
    qtbot, db, db_url, hall, actors, tmp_path, clock
):
    lines = await line_ids(db, hall.hall_id)
    issued = await QueueService(db).issue_ticket(
        actors["daoban"], lines["A"], citizen_name="李晓明", citizen_phone="13812345678"
    )
    settings = {"document_printer": f"pdf:{tmp_path}"}
    async with (
        open_courier(qtbot, db_url, hall, "clerk10", "clerk2026", **settings) as (cw, cc),
        open_clerk(qtbot, db_url, hall) as (window, controller),
    ):
        await wait_until(lambda: cw.stack.currentIndex() == 1, timeout=10)
        listing = cw.tabs.widget(0)
        assert listing.model.rowCount() == 0
        # The clerk at window 1: call, start, finish with an item, then the courier offer.
        await press(qtbot, controller, window.call_button)
        await press(qtbot, controller, window.start_button)
        qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
        item = window.finish_form.items_model.items()[0]
        window.finish_form.items_model.set_checked(item.id, True)
        await press(qtbot, controller, window.finish_form.confirm)
        qtbot.mouseClick(window.courier_button, Qt.MouseButton.LeftButton)
        form = controller.courier_form
        assert form.name_edit.text() == "李晓明" and form.item_rows[0][0].text() == item.name
        form.province_combo.setCurrentText("浙江省")
        form.city_combo.setCurrentText("杭州市")
        form.district_combo.setCurrentText("西湖区")
        form.address_edit.setText("文三路 100 号 3 幢 501 室")
        form.postal_edit.setText("310012")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: form.ticket_id is None and "K" in form.message.text())

        # The courier window: the dispatch arrives through the change feed.
        await wait_until(lambda: listing.model.rowCount() == 1, timeout=10)
        dispatch = listing.model.row_record(0)
        assert dispatch.ticket_number == issued.ticket.number
        assert dispatch.status is DispatchStatus.PENDING
        listing.view.selectRow(0)
        listing.waybill_edit.setText("EA 123 456 789 CN")
        qtbot.mouseClick(listing.hand_over_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: listing.model.row_record(0).status is DispatchStatus.HANDED_OVER)
        assert listing.model.row_record(0).waybill == "EA123456789CN"

        today = local_today(clock, ZoneInfo("Asia/Shanghai"))
        listing.manifest_date.setDate(QDate(today.year, today.month, today.day))
        qtbot.mouseClick(listing.manifest_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: list(tmp_path.glob("交寄清单-*.pdf")))
        list_controller = cc.listing
        text = "".join(
            page.extract_text()
            for page in PdfReader(io.BytesIO(list_controller.last_document)).pages
        )
        assert "EA123456789CN" in text and "李晓明" in text and item.name[:4] in text

        listing.view.selectRow(0)
        qtbot.mouseClick(listing.deliver_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: listing.model.row_record(0).status is DispatchStatus.DELIVERED)
    kinds = await event_kinds(db, hall.hall_id, "courier_%")
    assert kinds == ["courier_created", "courier_handed_over", "courier_delivered"]

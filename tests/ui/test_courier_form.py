"""The courier dispatch form: errors next to the fields, nothing saved, prefill."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hall_desktop.domain.courier import DispatchStatus
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.courier import CourierService
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.ui.courier.form import CourierForm, CourierFormController
from tests.helpers import item_ids, line_ids, window_ids
from tests.ui.waiting import wait_until


async def test_errors_next_to_the_fields_then_a_prefilled_dispatch(qtbot, db, db_url, hall, actors):
    q = QueueService(db)
    clerk = actors["clerk1"]
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    ticket = (
        await q.issue_ticket(
            actors["daoban"], lines["A"], citizen_name="李晓明", citizen_phone="13812345678"
        )
    ).ticket
    called = await q.call_next(clerk, windows[1])
    await q.start(clerk, called.id)
    items = (await item_ids(db, hall.hall_id))[:1]
    done = await q.finish(clerk, ticket.id, outcome=Outcome.COMPLETED, item_ids=items)

    form_db = Database(db_url, application_name="hall-courier-test")
    form = CourierForm()
    qtbot.addWidget(form)
    form.show()
    controller = CourierFormController(form, CourierService(form_db), clerk, window_id=windows[1])
    try:
        form.prefill(done, ["营业执照（正本）", "营业执照（副本）"])
        assert form.name_edit.text() == "李晓明" and form.phone_edit.text() == "13812345678"
        assert form.item_rows[1][0].text() == "营业执照（副本）"
        form.phone_edit.setText("1381234567")  # one digit short
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: form.errors["phone"].isVisible())
        assert await CourierService(db).search(clerk) == []
        form.phone_edit.setText("13812345678")
        form.province_combo.setCurrentText("浙江省")
        form.city_combo.setCurrentText("杭州市")
        form.district_combo.setCurrentText("西湖区")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: form.errors["address"].isVisible())
        form.address_edit.setText("文三路 100 号")
        form.postal_edit.setText("310012")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: form.ticket_id is None and "K" in form.message.text())
        (saved,) = await CourierService(db).search(clerk)
        assert saved.ticket_id == done.id and saved.status is DispatchStatus.PENDING
        assert (saved.city, saved.district, saved.pieces) == ("杭州市", "西湖区", 2)
    finally:
        await controller.stop()
        await form_db.dispose()

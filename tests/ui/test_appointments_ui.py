"""预约 on screen (both backends): the desk checks a booked citizen in and sees the day's
bookings change state; the hotline books for a citizen."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from hall_desktop.domain.appointments import BookingState, SlotTimes
from hall_desktop.domain.clock import local_today
from hall_desktop.domain.tickets import Priority
from hall_desktop.services.appointments import AppointmentService
from hall_desktop.services.queue import QueueService
from tests.conftest import load_actors
from tests.helpers import line_ids
from tests.services.test_bad_input import id_number
from tests.ui.test_desk import open_desk
from tests.ui.waiting import wait_until

ZONE = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def today(clock):
    day = local_today(clock, ZONE)
    clock.set_local(day, time(10, 0), ZONE)
    return day


async def _booked(db, hall, day, starts=time(10, 30)):
    actors = await load_actors(db, hall.hall_id)
    lines = await line_ids(db, hall.hall_id)
    appts = AppointmentService(db)
    ends = (datetime.combine(day, starts) + timedelta(minutes=30)).time()
    (slot,) = await appts.set_slots(
        actors["admin"], lines["A"], day, [SlotTimes(starts, ends, "上午")], 5
    )
    booking = await appts.book(
        actors["daoban"],
        slot_id=slot.id,
        citizen_name="张三",
        mobile="13800138000",
        id_number=id_number("19800101"),
    )
    return booking, slot


async def test_the_desk_checks_a_booking_in(qtbot, db, db_url, hall, tmp_path, today, clock):
    booking, _slot = await _booked(db, hall, today)
    clock.set_local(today, time(10, 15), ZONE)
    async with open_desk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, _controller):
        window.right_tabs.setCurrentWidget(window.appointments)
        panel = window.appointments
        await wait_until(lambda: panel.model.rowCount() == 1)
        assert panel.model.booking(0).state is BookingState.BOOKED
        # A code nobody booked is said so.
        qtbot.keyClicks(panel.query_edit, "ACDEFG")
        qtbot.mouseClick(panel.check_in_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: "没有找到" in window.message.text())
        panel.query_edit.clear()
        qtbot.keyClicks(panel.query_edit, booking.code.lower())
        qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
        await wait_until(lambda: window.last_number.text() == "A001")
        assert "预约已签到" in window.message.text()
        await wait_until(lambda: panel.model.booking(0).state is BookingState.CHECKED_IN)
        assert panel.model.booking(0).ticket_number == "A001"
        assert panel.query_edit.text() == ""
        await wait_until(lambda: len(list(tmp_path.glob("*.pdf"))) == 1)  # its slip
    (ticket,) = await QueueService(db).tickets_of_day(hall.hall_id)
    assert ticket.priority is Priority.APPOINTMENT

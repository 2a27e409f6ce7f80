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
from hall_desktop.services.bundle import Services
from hall_desktop.services.catalogue import CatalogueService
from hall_desktop.services.queue import QueueService
from hall_desktop.services.schedule import load_schedule
from hall_desktop.store.database import Database
from hall_desktop.ui.admin.appointments import build_appointments_tab
from hall_desktop.ui.hotline.controller import HotlineController
from hall_desktop.ui.hotline.window import HotlineWindow
from hall_desktop.ui.widgets.forms import qdate, qtime
from tests.conftest import load_actors
from tests.helpers import line_ids
from tests.services.test_bad_input import id_number
from tests.ui.test_chinese_everywhere import english_in
from tests.ui.test_desk import open_desk
from tests.ui.waiting import chinese_ui, show_window, sign_in, started, wait_until

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


async def test_the_hotline_books_finds_and_imports(qtbot, db, db_url, hall, tmp_path, today):
    actors = await load_actors(db, hall.hall_id)
    lines = await line_ids(db, hall.hall_id)
    day = today + timedelta(days=1)
    appts = AppointmentService(db)
    await appts.set_slots(
        actors["admin"],
        lines["A"],
        day,
        [SlotTimes(time(9, 0), time(12, 0), "上午"), SlotTimes(time(13, 0), time(17, 0), "下午")],
        2,
    )
    first_item = (await CatalogueService(db).active_items(hall.hall_id))[0]
    export = tmp_path / "online.csv"
    export.write_text(
        "预约号,姓名,身份证号,手机号,业务类别,预约日期,预约时段\n"
        f"W9,王五,{id_number('19800102')},13900139000,综合受理,{day.isoformat()},下午\n",
        encoding="utf-8",
    )
    window, controller, hotline_db = await open_hotline(
        qtbot, db_url, hall, pick_file=lambda: str(export)
    )
    async with started(controller, hotline_db):
        await sign_in(qtbot, window, controller, "daoban", "daoban2026")
        page = window.book_page
        await wait_until(lambda: window.stack.currentIndex() == 1 and page.picker.line_id())
        page.picker.line_combo.setCurrentIndex(page.picker.line_combo.findData(lines["A"]))
        page.picker.day_edit.setDate(qdate(day))
        await wait_until(lambda: page.picker.slots.rowCount() == 2)
        page.picker.view.selectRow(0)
        page.name_edit.setText("张三")  # typed through an input method
        qtbot.keyClicks(page.mobile_edit, "13800138000")
        qtbot.keyClicks(page.id_edit, id_number("19800101") + "0")  # one digit too many
        qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.errors["id_number"].isVisible())
        assert page.code_label.text() == ""
        page.id_edit.setText(id_number("19800101"))
        await wait_until(lambda: page.items_proxy.rowCount() > 10)
        page.item_filter.setText(first_item.code)
        await wait_until(lambda: page.items_proxy.rowCount() == 1)
        page.items_view.clicked.emit(page.items_proxy.index(0, 1))  # a click on its name
        qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.code_label.text() != "")
        (booking,) = await appts.find(hall.hall_id, mobile="13800138000")
        assert booking.code in page.code_label.text() and booking.slot_label == "上午"
        assert booking.item_ids == (first_item.id,)
        await wait_until(lambda: page.picker.slots.slot(0).booked == 1)
        # Find it by ID number and move it to the afternoon.
        window.tabs.setCurrentWidget(window.find_page)
        find = window.find_page
        qtbot.keyClicks(find.query_edit, id_number("19800101"))
        qtbot.mouseClick(find.find_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: find.bookings.rowCount() == 1)
        await wait_until(lambda: find.picker.slots.rowCount() == 2)
        find.picker.view.selectRow(1)
        qtbot.mouseClick(find.move_button, Qt.MouseButton.LeftButton)
        await wait_until(
            lambda: find.bookings.rowCount() == 1 and find.selected().slot_label == "下午"
        )
        # The platform's file: previewed, then imported.
        window.tabs.setCurrentWidget(window.import_page)
        imports = window.import_page
        qtbot.mouseClick(imports.choose_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: imports.rows.rowCount() == 1 and imports.import_button.isEnabled())
        qtbot.mouseClick(imports.import_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not imports.import_button.isEnabled())
    afternoon = (await appts.slots(hall.hall_id, lines["A"], day))[1]
    assert afternoon.booked == 2  # the moved booking and the imported one


async def test_the_admin_opens_a_holiday_for_appointments_and_sets_its_slots(
    qtbot, db, hall, today
):
    actors = await load_actors(db, hall.hall_id)
    lines = await line_ids(db, hall.hall_id)
    info = await QueueService(db).hall(hall.hall_code)
    view, controller = build_appointments_tab(db, actors["admin"], info)
    show_window(qtbot, view)
    day = today + timedelta(days=3)
    controller.start()
    try:
        picker = view.picker
        await wait_until(lambda: picker.line_id() is not None)
        picker.line_combo.setCurrentIndex(picker.line_combo.findData(lines["A"]))
        picker.day_edit.setDate(qdate(day))
        view.opens_edit.setTime(qtime(time(9, 0)))
        view.closes_edit.setTime(qtime(time(11, 0)))
        qtbot.mouseClick(view.open_holiday_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: day.isoformat() in view.message.text())
        view.mode_combo.setCurrentIndex(view.mode_combo.findData(30))
        view.capacity_spin.setValue(3)
        qtbot.mouseClick(view.derive_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: picker.slots.rowCount() == 4)
        assert [picker.slots.slot(r).capacity for r in range(4)] == [3] * 4
    finally:
        await controller.stop()
    async with db.read() as session:
        schedule = await load_schedule(session, hall.hall_id)
    assert schedule.appointments_only(day)


async def open_hotline(qtbot, db_url, hall, **options):
    hotline_db = Database(db_url, application_name="hall-hotline-test")
    window = HotlineWindow()
    show_window(qtbot, window)
    controller = HotlineController(Services.build(hotline_db), hall.hall_code, window, **options)
    return window, controller, hotline_db


async def test_the_hotline_is_chinese(qtbot, db_url, hall, today):
    with chinese_ui():
        window, controller, hotline_db = await open_hotline(qtbot, db_url, hall)
        async with started(controller, hotline_db):
            await sign_in(qtbot, window, controller, "zhuren", "zhuren2026")
            await wait_until(lambda: window.stack.currentIndex() == 1)
            found: dict[str, str] = {}
            for i in range(window.tabs.count()):
                window.tabs.setCurrentIndex(i)
                await wait_until(lambda: window.tabs.currentWidget().isVisible())
                found |= {f"tab {i}: {k}": v for k, v in english_in(window).items()}
            assert not found, found

"""The self-service kiosk (自助取号机) against a real database (both backends), on
qasync's loop: touch a line, swipe a card, walk away, try to leave, lose the printer."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import AsyncIterator
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select, update

from hall_desktop.domain.appointments import SlotTimes
from hall_desktop.domain.clock import local_today
from hall_desktop.domain.tickets import Priority
from hall_desktop.services.admin import AdminService
from hall_desktop.services.appointments import AppointmentService
from hall_desktop.services.bundle import Services
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.store.models import BusinessLine, Hall, Staff, Ticket
from hall_desktop.ui.desk.slips import SlipPrinter
from hall_desktop.ui.kiosk.controller import KioskController
from hall_desktop.ui.kiosk.window import Entry, KioskWindow, Page
from tests.helpers import line_ids
from tests.ui.waiting import chinese_ui, started, wait_until

ID = "110101198001011232"  # a valid resident ID number (its check character is right)
OTHER_ID = "11010519491231002X"
ZONE = ZoneInfo("Asia/Shanghai")


@contextlib.asynccontextmanager
async def open_kiosk(
    qtbot,
    db_url,
    hall,
    printer: str,
    *,
    login: str = "kiosk1",
    password: str = "kiosk2026",
    idle_seconds: float = 30,
    size: tuple[int, int] = (1080, 1920),
    ready: bool = True,
    check_ins: bool = True,
) -> AsyncIterator[tuple[KioskWindow, KioskController]]:
    """A kiosk PC on its own connection, its device account logged in by the program."""
    kiosk_db = Database(db_url, application_name="hall-kiosk-test")
    window = KioskWindow(idle_seconds=idle_seconds, exit_hold_ms=100)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    services = Services.build(kiosk_db)
    controller = KioskController(
        services,
        hall.hall_code,
        window,
        SlipPrinter(printer),
        login=login,
        password=password,
        check_ins=services.appointments if check_ins else None,
        feed_options={"max_backoff": 0.5},
    )
    async with started(controller, kiosk_db):
        if ready:
            await wait_until(lambda: window._tiles and controller.feed is not None)
        yield window, controller


async def ids_off(db, hall) -> None:
    """一人一号 off in this hall: a number needs no ID number."""
    async with db.write() as session:
        await session.execute(
            update(Hall).where(Hall.id == hall.hall_id).values(id_open_per_line=0, id_per_day=0)
        )


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def swipe(qtbot, window, text: str) -> None:
    """What a keyboard-wedge card reader does: the characters at once, then Enter."""
    qtbot.keyClicks(window, text)
    qtbot.keyClick(window, Qt.Key.Key_Return)


def pictures(tmp_path) -> Path:
    return Path(os.environ.get("HALL_SCREENSHOTS", tmp_path))


async def test_a_touch_issues_a_number_prints_it_and_the_kiosk_forgets_it(
    qtbot, db, db_url, hall, tmp_path
):
    await ids_off(db, hall)
    lines = await line_ids(db, hall.hall_id)
    async with open_kiosk(qtbot, db_url, hall, f"pdf:{tmp_path}", idle_seconds=1) as (
        window,
        controller,
    ):
        assert window.page == Page.HOME and not window.id_required
        click(qtbot, window.line_tile(lines["A"]))
        await wait_until(lambda: window.page == Page.ISSUED)
        assert window.issued_number.text() == "A001"
        assert window.print_state.property("level") == "success"
        (slip,) = tmp_path.glob("*.pdf")
        assert "A001" in slip.name
        await wait_until(lambda: not controller.busy)
        await wait_until(lambda: window.line_tile(lines["A"]).detail.text().startswith("1"))
        # Nobody touches it: back to the start, the number gone from the screen.
        await wait_until(lambda: window.page == Page.HOME, timeout=3)
        assert window.issued_number.text() == "" and window.issued_line.text() == ""
    (ticket,) = await QueueService(db).tickets_of_day(hall.hall_id)
    assert ticket.number == "A001" and ticket.priority is Priority.NORMAL
    async with db.read() as session:
        issuer = await session.scalar(
            select(Staff.login)
            .join(Ticket, Ticket.issued_by_id == Staff.id)
            .where(Ticket.hall_id == hall.hall_id)
        )
    assert issuer == "kiosk1"  # the reports tell the kiosk's numbers from the desk's


async def test_the_keypad_asks_for_the_id_number_and_one_citizen_gets_one_number(
    qtbot, db, db_url, hall, tmp_path
):
    lines = await line_ids(db, hall.hall_id)
    async with open_kiosk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, controller):
        assert window.id_required  # the demo hall limits numbers per ID number
        click(qtbot, window.line_tile(lines["A"]))
        assert window.page == Page.KEYPAD and window.entry is Entry.WALK_IN_ID
        for char in ID[:-1] + "9":  # a typo in the check character
            click(qtbot, window.keypad.keys[char])
        click(qtbot, window.ok_button)
        assert window.entry_error.text() and window.page == Page.KEYPAD
        click(qtbot, window.keypad.delete_key)
        click(qtbot, window.keypad.keys["2"])
        assert window.entry_label.text() == ID
        click(qtbot, window.ok_button)
        await wait_until(lambda: window.page == Page.ISSUED)
        assert window.issued_number.text() == "A001"
        await wait_until(lambda: not controller.busy)
        click(qtbot, window.done_button)
        assert window.page == Page.HOME and window.entry_label.text() == ""
        # The same citizen again: refused in plain words, sent to the desk.
        click(qtbot, window.line_tile(lines["A"]))
        for char in ID:
            click(qtbot, window.keypad.keys[char])
        click(qtbot, window.ok_button)
        await wait_until(lambda: window.notice.isVisible())
        assert "A001" in window.notice.text() and window.page == Page.KEYPAD
    (ticket,) = await QueueService(db).tickets_of_day(hall.hall_id)
    assert ticket.number == "A001"


async def test_a_card_swipe_is_recognised_on_the_start_screen(qtbot, db, db_url, hall, tmp_path):
    lines = await line_ids(db, hall.hall_id)
    async with open_kiosk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, controller):
        swipe(qtbot, window, OTHER_ID)
        assert window.swiped_id == OTHER_ID
        assert window.id_strip.isVisible() and "********" in window.id_label.text()
        assert OTHER_ID not in window.id_label.text()  # masked on a screen others see
        click(qtbot, window.line_tile(lines["B"]))  # no keypad: the card said who
        await wait_until(lambda: window.page == Page.ISSUED)
        assert window.issued_number.text().startswith("B")
        await wait_until(lambda: not controller.busy)
        assert window.swiped_id == ""  # used once: the next number is someone else's
        # A card read badly is said, not taken.
        click(qtbot, window.done_button)
        swipe(qtbot, window, OTHER_ID[:-1] + "5")
        assert window.swiped_id == "" and window.notice.isVisible()
    async with db.read() as session:
        kept = await session.scalar(
            select(Ticket.citizen_id_number).where(Ticket.hall_id == hall.hall_id)
        )
    assert kept == "110105********002X"


async def test_a_swipe_on_the_keypad_issues_and_typing_slowly_is_no_swipe(
    qtbot, db, db_url, hall, tmp_path
):
    lines = await line_ids(db, hall.hall_id)
    async with open_kiosk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, controller):
        # A person typing on a keyboard: characters far apart are no card.
        clock = iter(i * 0.3 for i in range(100))
        window.card_reader._now = lambda: next(clock)
        swipe(qtbot, window, ID)
        assert window.swiped_id == "" and not window.id_strip.isVisible()
        window.card_reader._now = time.monotonic
        click(qtbot, window.line_tile(lines["A"]))
        assert window.page == Page.KEYPAD
        swipe(qtbot, window, ID)
        await wait_until(lambda: window.page == Page.ISSUED)
        assert window.issued_number.text() == "A001"
        await wait_until(lambda: not controller.busy)


async def test_walking_away_clears_every_field(qtbot, db, db_url, hall, tmp_path):
    lines = await line_ids(db, hall.hall_id)
    async with open_kiosk(qtbot, db_url, hall, f"pdf:{tmp_path}", idle_seconds=0.5) as (
        window,
        _controller,
    ):
        swipe(qtbot, window, OTHER_ID)
        assert window.id_strip.isVisible()
        await wait_until(lambda: not window.id_strip.isVisible(), timeout=3)
        assert window.swiped_id == "" and window.id_label.text() == ""
        click(qtbot, window.line_tile(lines["A"]))
        for char in ID[:10]:
            click(qtbot, window.keypad.keys[char])
        assert window.entry_label.text() == ID[:10]
        await wait_until(lambda: window.page == Page.HOME, timeout=3)
        assert window.typed == "" and window.entry_label.text() == ""
        # A touch starts the count again.
        click(qtbot, window.line_tile(lines["A"]))
        timer = window.idle_watch.timer
        await wait_until(lambda: 0 < timer.remainingTime() < 250)
        click(qtbot, window.keypad.keys["1"])
        assert timer.remainingTime() > 400 and window.page == Page.KEYPAD


async def test_only_a_supervisors_password_closes_the_kiosk(qtbot, db, db_url, hall, tmp_path):
    async with open_kiosk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, _controller):
        closed = []
        window.closed.connect(lambda: closed.append(True))
        window.close()  # Alt+F4, the window manager, Ctrl+Q
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        assert window.isVisible() and not closed
        # A tap on the corner does nothing; holding it asks for the password.
        qtbot.mousePress(window.corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        qtbot.mouseRelease(window.corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        assert window.exit_dialog is None
        qtbot.mousePress(window.corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        await wait_until(lambda: window.exit_dialog is not None and window.exit_dialog.isVisible())
        dialog = window.exit_dialog
        assert dialog is not None
        # A guide is no supervisor; the kiosk's own account is not either.
        dialog.login_edit.setText("daoban")
        dialog.password_edit.setText("daoban2026")
        click(qtbot, dialog.ok_button)
        await wait_until(lambda: dialog.error.isVisible() and dialog.ok_button.isEnabled())
        assert window.isVisible() and not closed
        dialog.login_edit.setText("zhuren")
        dialog.password_edit.setText("wrong")
        click(qtbot, dialog.ok_button)
        await wait_until(lambda: "密码" in dialog.error.text() and dialog.ok_button.isEnabled())
        assert window.isVisible()
        dialog.password_edit.setText("zhuren2026")
        click(qtbot, dialog.ok_button)
        await wait_until(lambda: bool(closed))
        assert not window.isVisible()


@pytest.mark.logs_errors("the slip of A001 was not printed")
async def test_a_failed_printer_leaves_the_number_large_on_screen(
    qtbot, db, db_url, hall, tmp_path
):
    await ids_off(db, hall)
    lines = await line_ids(db, hall.hall_id)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the slips' folder should be")
    with chinese_ui():
        async with open_kiosk(qtbot, db_url, hall, f"pdf:{blocked}") as (window, controller):
            click(qtbot, window.line_tile(lines["A"]))
            await wait_until(lambda: window.page == Page.ISSUED and not controller.busy)
            assert window.issued_number.text() == "A001"
            assert window.issued_number.property("failed") == "true"
            assert window.print_state.property("level") == "error"
            assert "拍照" in window.print_state.text()
            window.grab().save(str(pictures(tmp_path) / "kiosk_print_failed.png"))
    assert len(await QueueService(db).tickets_of_day(hall.hall_id)) == 1  # the number holds


@pytest.mark.logs_errors("device account kiosk1 cannot log in")
async def test_a_persons_account_or_a_wrong_password_puts_it_out_of_service(
    qtbot, db, db_url, hall, tmp_path
):
    async with open_kiosk(
        qtbot, db_url, hall, f"pdf:{tmp_path}", login="daoban", password="daoban2026", ready=False
    ) as (window, _controller):
        await wait_until(lambda: window.page == Page.OUT_OF_SERVICE)
        assert "daoban" in window.out_reason.text()
    async with open_kiosk(
        qtbot, db_url, hall, f"pdf:{tmp_path}", password="wrong", ready=False
    ) as (window, _controller):
        await wait_until(lambda: window.page == Page.OUT_OF_SERVICE)
        assert "kiosk1" in window.out_reason.text()
        assert not window._tiles


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)], ids=["portrait", "landscape"])
async def test_screenshots_in_chinese_fit_the_screen(qtbot, db, db_url, hall, tmp_path, size):
    lines = await line_ids(db, hall.hall_id)
    tag = f"{size[0]}x{size[1]}"
    folder = pictures(tmp_path)
    with chinese_ui():
        async with open_kiosk(qtbot, db_url, hall, f"pdf:{tmp_path}", size=size) as (
            window,
            controller,
        ):
            window.set_check_in_available(True)
            await wait_until(lambda: window.size().width() == size[0])
            assert (window.width(), window.height()) == size  # nothing pushed it larger
            assert window.home_title.text() == "请触摸您要办理的业务"
            window.grab().save(str(folder / f"kiosk_home_{tag}.png"))
            click(qtbot, window.line_tile(lines["A"]))
            for char in ID[:9]:
                click(qtbot, window.keypad.keys[char])
            assert (window.width(), window.height()) == size
            window.grab().save(str(folder / f"kiosk_keypad_{tag}.png"))
            swipe(qtbot, window, ID)
            await wait_until(lambda: window.page == Page.ISSUED and not controller.busy)
            assert (window.width(), window.height()) == size
            window.grab().save(str(folder / f"kiosk_issued_{tag}.png"))
            click(qtbot, window.done_button)
            click(qtbot, window.check_in_button)
            window.grab().save(str(folder / f"kiosk_check_in_{tag}.png"))
            for tile in window._tiles.values():  # every line's name shows whole
                metrics = tile.title.fontMetrics()
                assert metrics.horizontalAdvance(tile.title.text()) <= tile.title.width()


async def test_a_line_out_of_numbers_is_grey_and_a_deactivated_account_stops_the_kiosk(
    qtbot, db, db_url, hall, actors, tmp_path
):
    await ids_off(db, hall)
    lines = await line_ids(db, hall.hall_id)
    async with db.write() as session:
        await session.execute(
            update(BusinessLine).where(BusinessLine.id == lines["A"]).values(daily_limit=1)
        )
    async with open_kiosk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, controller):
        tile = window.line_tile(lines["A"])
        assert tile.isEnabled()
        click(qtbot, tile)
        await wait_until(lambda: window.page == Page.ISSUED and not controller.busy)
        await wait_until(lambda: not tile.isEnabled())
        assert "今日号源已取完" in tile.detail.text()
        assert tile.title.property("closed") == "true"
        # The administrator deactivates the kiosk's account: it stops at once, and
        # comes back when the account is active again.
        admin = AdminService(db)
        kiosk_id = actors["kiosk1"].staff_id
        await admin.set_staff_active(actors["admin"], kiosk_id, False)
        await wait_until(lambda: window.page == Page.OUT_OF_SERVICE)
        window.return_home()  # the idle return does not leave "out of service"
        assert window.page == Page.OUT_OF_SERVICE
        await admin.set_staff_active(actors["admin"], kiosk_id, True)
        await wait_until(lambda: window.page == Page.HOME)


async def test_check_in_by_booking_code_and_by_a_card_swipe(
    qtbot, db, db_url, hall, actors, tmp_path, clock
):
    day = local_today(clock, ZONE)
    clock.set_local(day, clock_time(10, 0), ZONE)
    lines = await line_ids(db, hall.hall_id)
    appointments = AppointmentService(db)
    (slot,) = await appointments.set_slots(
        actors["admin"],
        lines["A"],
        day,
        [SlotTimes(clock_time(10, 15), clock_time(10, 45), "10:15–10:45")],
        3,
    )

    async def book(name: str, mobile: str, number: str):
        return await appointments.book(
            actors["daoban"], slot_id=slot.id, citizen_name=name, mobile=mobile, id_number=number
        )

    by_code = await book("张三", "13800138000", ID)
    await book("李四", "13900139000", OTHER_ID)
    with chinese_ui():
        async with open_kiosk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, controller):
            await wait_until(lambda: window.check_in_button.isVisible())
            click(qtbot, window.check_in_button)
            assert window.page == Page.CHECK_IN
            click(qtbot, window.by_code)
            assert window.pads.currentWidget() is window.code_pad
            for char in by_code.code:
                click(qtbot, window.code_pad.keys[char])
            assert window.entry_label.text() == by_code.code
            window.grab().save(str(pictures(tmp_path) / "kiosk_booking_code.png"))
            click(qtbot, window.ok_button)
            await wait_until(lambda: window.page == Page.ISSUED and not controller.busy)
            first = window.issued_number.text()
            assert first.startswith("A") and "预约" in window.issued_extra.text()
            assert window.print_state.property("level") == "success"
            click(qtbot, window.done_button)
            # The other citizen swipes the ID card they booked with.
            click(qtbot, window.check_in_button)
            swipe(qtbot, window, OTHER_ID)
            await wait_until(lambda: window.page == Page.ISSUED and not controller.busy)
            second = window.issued_number.text()
            assert second != first
            click(qtbot, window.done_button)
            # Once checked in, a second swipe is refused in plain words.
            click(qtbot, window.check_in_button)
            swipe(qtbot, window, OTHER_ID)
            await wait_until(lambda: window.notice.isVisible())
            assert window.page == Page.CHECK_IN and "签到" in window.notice.text()
    tickets = {t.number: t for t in await QueueService(db).tickets_of_day(hall.hall_id)}
    assert tickets[first].priority is Priority.APPOINTMENT
    assert tickets[second].priority is Priority.APPOINTMENT

"""The issuing desk against a real database (both backends), on qasync's loop."""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import update

from hall_desktop.domain.tickets import TicketStatus
from hall_desktop.services.bundle import Services
from hall_desktop.services.queue import QueueService
from hall_desktop.store import database as database_module
from hall_desktop.store.database import Database
from hall_desktop.store.models import BusinessLine
from hall_desktop.ui.desk.controller import DeskController
from hall_desktop.ui.desk.slips import SlipPrinter
from hall_desktop.ui.desk.window import DeskWindow
from hall_desktop.ui.models.tickets import TicketTableModel
from tests.helpers import line_ids, sqlite_write_lock
from tests.ui.waiting import chinese_ui, show_window, sign_in, started, wait_until

pytestmark = pytest.mark.dates


@contextlib.asynccontextmanager
async def open_desk(
    qtbot, db_url, hall, printer: str, *, login: str = "daoban", password: str = "daoban2026"
) -> AsyncIterator[tuple[DeskWindow, DeskController]]:
    """A desk PC on its own connection, logged in (opened inside the test, see
    test_display.open_display for why not in a fixture)."""
    desk_db = Database(db_url, application_name="hall-desk-test")
    window = DeskWindow()
    show_window(qtbot, window)
    controller = DeskController(
        Services.build(desk_db),
        hall.hall_code,
        window,
        SlipPrinter(printer),
        feed_options={"max_backoff": 0.5},
    )
    async with started(controller, desk_db):
        await sign_in(qtbot, window, controller, login, password)
        if login == "daoban":
            await wait_until(lambda: window.stack.currentIndex() == 1 and window._buttons)
        yield window, controller


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


async def tickets(db, hall):
    return await QueueService(db).tickets_of_day(hall.hall_id)


async def test_clicking_a_line_issues_prints_and_updates_the_count(
    qtbot, db, db_url, hall, tmp_path
):
    lines = await line_ids(db, hall.hall_id)
    async with open_desk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, controller):
        button = window.line_button(lines["A"])
        click(qtbot, button)
        await wait_until(lambda: window.last_number.text() == "A001")
        # Until the slip is out a second click is taken for a double click and dropped.
        await wait_until(lambda: len(list(tmp_path.glob("*.pdf"))) == 1 and not controller.busy)
        click(qtbot, button)
        await wait_until(lambda: window.last_number.text() == "A002")
        await wait_until(lambda: window.tickets_model.rowCount() == 2)
        await wait_until(lambda: button.detail.text().startswith("2"))  # "2 人等候 …"
        slips = sorted(tmp_path.glob("*.pdf"))
        assert len(slips) == 2
        # What went to the "printer": the slip drawn through Qt's print system, one
        # 80 mm page (an image of the slip: its text is checked in tests/printing).
        page = PdfReader(slips[-1]).pages[0]
        assert abs(float(page.mediabox.width) - 80 / 25.4 * 72) < 3
        assert "A002" in slips[-1].name
        assert window.message.property("level") == "success"
    assert [t.number for t in await tickets(db, hall)] == ["A002", "A001"]


async def test_a_line_key_issues_too(qtbot, db, db_url, hall, tmp_path):
    async with open_desk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, _):
        qtbot.keyClick(window, Qt.Key.Key_F2)  # the second line
        await wait_until(lambda: window.last_number.text() != "—")
        _first, second = list(window._buttons.values())[:2]
        assert window.last_number.text().startswith(second.title.text().split()[0])


async def test_green_channel_needs_a_reason(qtbot, db, db_url, hall, tmp_path):
    lines = await line_ids(db, hall.hall_id)
    async with open_desk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, _):
        window.green_check.setChecked(True)
        click(qtbot, window.line_button(lines["A"]))
        await wait_until(lambda: window.green_error.isVisible())
        assert await tickets(db, hall) == []
        window.green_reason.setCurrentIndex(window.green_reason.findData("孕产妇"))
        click(qtbot, window.line_button(lines["A"]))
        await wait_until(lambda: window.last_number.text() == "A001")
    (issued,) = await tickets(db, hall)
    assert issued.priority_reason == "孕产妇"


async def test_bad_phone_and_id_are_shown_at_the_field_and_issue_nothing(
    qtbot, db, db_url, hall, tmp_path
):
    lines = await line_ids(db, hall.hall_id)
    async with open_desk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, controller):
        qtbot.keyClicks(window.phone_edit, "12345678901")
        assert window.phone_error.isVisible()  # as typed
        click(qtbot, window.line_button(lines["A"]))
        await wait_until(lambda: not controller.busy)  # the refused issue is through
        await wait_until(lambda: window.phone_error.isVisible())
        window.phone_edit.setText("13812345678")
        assert not window.phone_error.isVisible()
        window.id_edit.setText("110101194001011235")  # wrong check digit (4 is right)
        assert window.id_error.isVisible()
        click(qtbot, window.line_button(lines["A"]))
        await wait_until(lambda: not controller.busy)
        await wait_until(lambda: window.id_error.isVisible())
        assert await tickets(db, hall) == []
        # A valid ID of someone born in 1940 suggests the green channel.
        window.id_edit.setText("110101194001011234")
        assert not window.id_error.isVisible()
        assert window.senior_hint.isVisible()
        click(qtbot, window.senior_hint)
        assert window.green_check.isChecked() and window.green_reason.currentData() == "老年人"
        click(qtbot, window.line_button(lines["A"]))
        await wait_until(lambda: window.last_number.text() == "A001")
    (issued,) = await tickets(db, hall)
    assert issued.citizen_phone == "13812345678" and issued.priority_reason == "老年人"


async def test_a_closed_line_is_disabled_with_its_reason(qtbot, db, db_url, hall, tmp_path):
    lines = await line_ids(db, hall.hall_id)
    async with db.write() as session:
        await session.execute(
            update(BusinessLine).where(BusinessLine.id == lines["G"]).values(daily_limit=1)
        )
    async with open_desk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, _):
        button = window.line_button(lines["G"])
        assert button.isEnabled()
        click(qtbot, button)
        await wait_until(lambda: not button.isEnabled())
        assert "号源已取完" in button.detail.text()
        button.click()  # a disabled button (and its key) issues nothing
        window._on_line(lines["G"])
    assert [t.number for t in await tickets(db, hall)] == ["G001"]


async def test_printer_failure_keeps_the_ticket_and_reprint_works(
    qtbot, db, db_url, hall, tmp_path
):
    lines = await line_ids(db, hall.hall_id)
    async with open_desk(qtbot, db_url, hall, "不存在的打印机") as (window, controller):
        click(qtbot, window.line_button(lines["A"]))
        await wait_until(lambda: window.last_number.text() == "A001")
        await wait_until(lambda: not controller.busy)  # the refused issue is through
        assert "A001" in window.message.text() and "不存在的打印机" in window.message.text()
        controller.printer = SlipPrinter(f"pdf:{tmp_path}")  # the printer is fixed
        click(qtbot, window.reprint_last_button)
        await wait_until(lambda: len(list(tmp_path.glob("*.pdf"))) == 1)
    assert len(await tickets(db, hall)) == 1


async def test_cancel_after_confirmation(qtbot, db, db_url, hall, tmp_path):
    lines = await line_ids(db, hall.hall_id)
    async with open_desk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, controller):
        click(qtbot, window.line_button(lines["A"]))
        await wait_until(lambda: window.tickets_model.rowCount() == 1)
        window.tickets_view.selectRow(0)
        assert window.cancel_button.isEnabled()
        click(qtbot, window.cancel_button)
        controller.cancel_box.button(QMessageBox.StandardButton.Yes).click()
        await wait_until(lambda: window.tickets_model.ticket(0).status is TicketStatus.CANCELLED)
        assert not window.cancel_button.isEnabled()
        # The citizen was only at the toilet: the number waits again, keeping its number.
        window.tickets_view.selectRow(0)
        assert window.reactivate_button.isEnabled()
        click(qtbot, window.reactivate_button)
        await wait_until(lambda: window.tickets_model.ticket(0).status is TicketStatus.WAITING)
        assert "A001" in window.message.text()


async def test_consultation_tally(qtbot, db, db_url, hall, tmp_path):
    async with open_desk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, _):
        click(qtbot, window.tally_button)
        window.question_edit.setText("公积金提取在哪里办")
        window.answer_edit.setText("3楼 公积金窗口")
        qtbot.keyClick(window, Qt.Key.Key_F12)
        await wait_until(lambda: "2" in window.tally_label.text())
        assert window.question_edit.text() == ""


async def test_a_clerk_cannot_use_the_desk(qtbot, db, db_url, hall, tmp_path):
    async with open_desk(
        qtbot, db_url, hall, f"pdf:{tmp_path}", login="clerk1", password="clerk2026"
    ) as (window, _):
        await wait_until(lambda: window.login.error_label.isVisible())
        assert window.stack.currentIndex() == 0


async def test_screenshots(qtbot, db, db_url, hall, tmp_path, backend):
    """Writes the desk at both sizes to a temporary folder (look at them; not committed)."""
    import pytest

    if backend != "sqlite":
        pytest.skip("by design: one set of pictures is enough")
    lines = await line_ids(db, hall.hall_id)
    with chinese_ui():
        async with open_desk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, controller):
            for n, prefix in enumerate("AAB", start=1):
                click(qtbot, window.line_button(lines[prefix]))
                await wait_until(lambda n=n: len(list(tmp_path.glob("*.pdf"))) == n)
                await wait_until(lambda: not controller.busy)
                await wait_until(lambda n=n: window.tickets_model.rowCount() == n)
            for size in ((1366, 768), (1920, 1080)):
                window.resize(*size)
                await wait_until(
                    lambda s=size: (
                        window.size().toTuple() == s
                        or print(window.size(), window.minimumSizeHint())
                    )
                )
                picture = window.grab()
                path = (
                    Path(os.environ.get("HALL_SCREENSHOTS", tmp_path))
                    / f"desk_{size[0]}x{size[1]}.png"
                )
                assert picture.save(str(path))
                assert (picture.width(), picture.height()) == size  # nothing forces it wider
                print(f"screenshot: {path}")


def test_ticket_model(qtmodeltester, qapp, clock):
    from hall_desktop.domain.tickets import Priority
    from hall_desktop.services.dto import TicketInfo

    model = TicketTableModel()
    now = clock.now()
    model.set_tickets(
        [
            TicketInfo(
                id=i,
                hall_id=1,
                number=f"A00{i}",
                line_id=1,
                line_name="综合受理",
                line_prefix="A",
                service_day=now.date(),
                status=TicketStatus.WAITING,
                priority=Priority.NORMAL,
                priority_reason=None,
                issued_at=now,
                first_called_at=None,
                last_called_at=None,
                call_count=0,
                started_at=None,
                finished_at=None,
                hold_due_at=None,
                hold_reason=None,
                window_id=None,
                window_number=None,
                clerk_id=None,
                outcome=None,
                transferred_from_id=None,
                citizen_name="张三",
                citizen_phone="13812345678",
            )
            for i in (1, 2)
        ]
    )
    qtmodeltester.check(model)
    shown = [model.data(model.index(r, c)) for r in range(model.rowCount()) for c in range(5)]
    assert "张三" not in shown and "13812345678" not in shown


async def test_a_deactivated_guide_is_logged_out(qtbot, db, db_url, hall, actors, tmp_path):
    from hall_desktop.services.admin import AdminService

    async with open_desk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, controller):
        await AdminService(db).set_staff_active(actors["admin"], actors["daoban"].staff_id, False)
        await wait_until(lambda: window.stack.currentIndex() == 0, timeout=10)
        assert controller.actor is None and window.login.error_label.isVisible()


async def test_the_banner_says_the_database_is_busy_while_another_program_writes(
    qtbot, db, db_url, hall, tmp_path, backend, monkeypatch
):
    """Another program holds SQLite's write lock: after about a second of waiting the
    desk says so, and the number comes out once the lock is free."""
    if backend != "sqlite":
        pytest.skip("by design: the write lock that a whole PC waits for is SQLite's")
    monkeypatch.setattr(database_module, "WRITE_LOCK_WAIT_S", 15.0)
    lines = await line_ids(db, hall.hall_id)
    with chinese_ui():
        async with open_desk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, controller):
            async with sqlite_write_lock(str(db_url.database)):
                click(qtbot, window.line_button(lines["A"]))
                await wait_until(lambda: window.banner.isVisible(), timeout=10)
                assert window.banner.text() == "数据库忙，正在等待…"
                assert window.last_number.text() != "A001"  # still waiting
            await wait_until(lambda: window.last_number.text() == "A001", timeout=10)
            assert not window.banner.isVisible()
            await wait_until(lambda: not controller.busy)

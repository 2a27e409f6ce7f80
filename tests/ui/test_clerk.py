"""The clerk workstation against a real database (both backends), on qasync's loop."""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from hall_desktop.domain.tickets import Outcome, TicketStatus
from hall_desktop.services.bundle import Services
from hall_desktop.services.queue import QueueService, QueueSettings
from hall_desktop.store.database import Database
from hall_desktop.ui.clerk.controller import ClerkController
from hall_desktop.ui.clerk.forms import DEFAULT_HOLD_MINUTES
from hall_desktop.ui.clerk.letters import LetterPrinter
from hall_desktop.ui.clerk.window import ClerkWindow
from tests.helpers import line_ids, window_ids
from tests.ui.waiting import chinese_ui, show_window, sign_in, started, wait_until

pytestmark = pytest.mark.dates


@contextlib.asynccontextmanager
async def open_clerk(
    qtbot,
    db_url,
    hall,
    *,
    login="clerk1",
    window_number: int | None = 1,
    letters: str = "",
    remember: QSettings | None = None,
    until_working: bool = True,
) -> AsyncIterator[tuple[ClerkWindow, ClerkController]]:
    """A clerk's PC on its own connection, logged in at a window (see open_display)."""
    clerk_db = Database(db_url, application_name="hall-clerk-test")
    window = ClerkWindow(recall_limit=3)
    show_window(qtbot, window)
    controller = ClerkController(
        Services.build(clerk_db, queue_settings=QueueSettings(recall_limit=3)),
        hall.hall_code,
        window,
        preferred_window=window_number,
        letters=LetterPrinter(letters),
        remember=remember,
        feed_options={"max_backoff": 0.5},
    )
    async with started(controller, clerk_db):
        await sign_in(qtbot, window, controller, login, "clerk2026")
        if window_number is not None and until_working:
            await wait_until(lambda: window.stack.currentIndex() == 2)
            await wait_until(lambda: controller.settled)
        yield window, controller


async def press(qtbot, controller, button) -> None:
    """Click an action button and wait until the action and the re-read are through."""
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: controller.settled)


async def issue(db, hall, actors, prefix="A"):
    lines = await line_ids(db, hall.hall_id)
    return (await QueueService(db).issue_ticket(actors["daoban"], lines[prefix])).ticket


def enabled(window) -> set[str]:
    names = ("call", "recall", "no_show", "start", "finish", "hold", "transfer", "pause")
    return {n for n in names if getattr(window, f"{n}_button").isEnabled()}


async def test_call_start_finish_with_items(qtbot, db, db_url, hall, actors):
    first = await issue(db, hall, actors)
    await issue(db, hall, actors)
    async with open_clerk(qtbot, db_url, hall) as (window, controller):
        await wait_until(lambda: "A002" in window.upcoming_label.text())
        assert enabled(window) == {"call", "pause"}
        await press(qtbot, controller, window.call_button)
        assert window.ticket_number.text() == first.number
        assert enabled(window) == {"recall", "no_show", "start", "hold", "transfer"}
        await press(qtbot, controller, window.start_button)
        assert enabled(window) == {"finish", "hold", "transfer"}
        qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
        assert window.action_stack.currentIndex() == window.PAGE_FINISH
        items = window.finish_form.items_model.items()
        qtbot.keyClicks(window.finish_form.item_filter, items[1].code)  # QTest types ASCII only
        assert window.finish_form.items_proxy.rowCount() == 1
        # Chinese, as an input method would type it:
        window.finish_form.item_filter.setText(items[1].name[:3])
        assert window.finish_form.items_proxy.rowCount() >= 1
        window.finish_form.items_model.set_checked(items[1].id, True)
        window.finish_form.items_model.set_checked(items[2].id, True)
        window.finish_form.outcome_combo.setCurrentIndex(
            window.finish_form.outcome_combo.findData(Outcome.ACCEPTED)
        )
        await press(qtbot, controller, window.finish_form.confirm)
        assert window.ticket is None and window.ticket_number.text() == "—"
        await wait_until(lambda: window.figures_label.text().startswith(("Served 1", "已办结 1")))
    done = await QueueService(db).ticket(hall.hall_id, first.id)
    assert done.status is TicketStatus.DONE and done.outcome == "accepted"
    assert set(done.item_ids) == {items[1].id, items[2].id}


async def test_recall_to_the_limit_then_no_show(qtbot, db, db_url, hall, actors):
    await issue(db, hall, actors)
    async with open_clerk(qtbot, db_url, hall) as (window, controller):
        await press(qtbot, controller, window.call_button)
        await press(qtbot, controller, window.recall_button)
        await press(qtbot, controller, window.recall_button)
        assert window.ticket.call_count == 3
        assert not window.recall_button.isEnabled()  # the limit is 3 calls
        await press(qtbot, controller, window.no_show_button)
        assert window.ticket is None and window.call_button.isEnabled()


async def test_hold_and_call_back(qtbot, db, db_url, hall, actors):
    first = await issue(db, hall, actors)
    second = await issue(db, hall, actors)
    async with open_clerk(qtbot, db_url, hall) as (window, controller):
        await press(qtbot, controller, window.call_button)
        qtbot.mouseClick(window.hold_button, Qt.MouseButton.LeftButton)
        # Not due at once: F1 must not call back the citizen who just stepped away.
        assert window.hold_form.minutes.value() == DEFAULT_HOLD_MINUTES
        window.hold_form.reason.setCurrentText("等待补充材料")
        window.hold_form.minutes.setValue(30)
        qtbot.mouseClick(window.hold_form.confirm, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not controller.busy and window.ticket is None)
        await wait_until(lambda: window.held_list.count() == 1)
        assert first.number in window.held_list.item(0).text()
        # Not due yet: it waits in 挂起列表, not in 下一位.
        assert first.number not in window.upcoming_label.text()
        await press(qtbot, controller, window.call_button)  # not due yet: the next one
        assert window.ticket.number == second.number
        await press(qtbot, controller, window.no_show_button)
        assert window.held_list.currentRow() == 0  # preselected: 回呼 is one click away
        await press(qtbot, controller, window.call_back_button)
        assert window.ticket.number == first.number and window.ticket.status is TicketStatus.CALLED


async def test_transfer_to_another_line(qtbot, db, db_url, hall, actors):
    first = await issue(db, hall, actors)
    lines = await line_ids(db, hall.hall_id)
    async with open_clerk(qtbot, db_url, hall) as (window, controller):
        await press(qtbot, controller, window.call_button)
        qtbot.mouseClick(window.transfer_button, Qt.MouseButton.LeftButton)
        window.transfer_form.line_combo.setCurrentIndex(
            window.transfer_form.line_combo.findData(lines["B"])
        )
        window.transfer_form.note.setText("需办理不动产登记")
        await press(qtbot, controller, window.transfer_form.confirm)
        assert window.ticket is None
    moved = [
        t for t in await QueueService(db).tickets_of_day(hall.hall_id) if t.number == first.number
    ]
    assert {t.status for t in moved} == {TicketStatus.TRANSFERRED, TicketStatus.WAITING}
    assert next(t for t in moved if t.status is TicketStatus.WAITING).line_id == lines["B"]


async def test_pause_and_resume(qtbot, db, db_url, hall, actors):
    await issue(db, hall, actors)
    async with open_clerk(qtbot, db_url, hall) as (window, controller):
        qtbot.mouseClick(window.pause_button, Qt.MouseButton.LeftButton)
        window.pause_form.reason.setCurrentText("会议")
        await press(qtbot, controller, window.pause_form.confirm)
        assert window.paused and not window.call_button.isEnabled()
        assert "会议" in window.window_state.text()
        states = await QueueService(db).window_states(hall.hall_id)
        assert next(s for s in states if s.number == 1).state == "paused"
        await press(qtbot, controller, window.pause_button)  # now "Resume"
        assert not window.paused and window.call_button.isEnabled()


async def test_a_restarted_workstation_finds_its_ticket(qtbot, db, db_url, hall, actors):
    first = await issue(db, hall, actors)
    async with open_clerk(qtbot, db_url, hall) as (window, controller):
        await press(qtbot, controller, window.call_button)
        await press(qtbot, controller, window.start_button)
    # The PC crashed; the clerk starts the program again at the same window.
    async with open_clerk(qtbot, db_url, hall) as (window, controller):
        await wait_until(lambda: window.ticket is not None)
        assert window.ticket.id == first.id and window.ticket.status is TicketStatus.SERVING
        assert window.finish_button.isEnabled() and not window.call_button.isEnabled()


async def test_supplement_prints_the_notification_letter(qtbot, db, db_url, hall, actors, tmp_path):
    await issue(db, hall, actors)
    async with open_clerk(qtbot, db_url, hall, letters=f"pdf:{tmp_path}") as (window, controller):
        await press(qtbot, controller, window.call_button)
        await press(qtbot, controller, window.start_button)
        qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
        window.finish_form.items_model.set_checked(
            window.finish_form.items_model.items()[0].id, True
        )
        window.finish_form.outcome_combo.setCurrentIndex(
            window.finish_form.outcome_combo.findData(Outcome.SUPPLEMENT)
        )
        assert window.finish_form.missing_edit.isVisible()
        qtbot.mouseClick(window.finish_form.confirm, Qt.MouseButton.LeftButton)
        assert window.finish_form.error.isVisible()  # the materials are required
        window.finish_form.missing_edit.setPlainText("营业执照副本原件\n法定代表人身份证复印件")
        await press(qtbot, controller, window.finish_form.confirm)
        await wait_until(lambda: len(list(tmp_path.glob("*.pdf"))) == 1)
        # A 补正告知 is not a 办结 in the citizen's eyes: the message says what happened.
        assert "补正" in window.message.text() and "办结" not in window.message.text()
    (letter,) = tmp_path.glob("*.pdf")
    reader = PdfReader(letter)
    assert abs(float(reader.pages[0].mediabox.height) - 841.89) < 2  # A4


async def test_a_no_show_comes_back_from_the_clerks_list(qtbot, db, db_url, hall, actors):
    first = await issue(db, hall, actors)
    async with open_clerk(qtbot, db_url, hall) as (window, controller):
        await press(qtbot, controller, window.call_button)
        await press(qtbot, controller, window.no_show_button)
        await wait_until(lambda: window.no_show_list.count() == 1)
        assert first.number in window.no_show_list.item(0).text()
        assert not window.reactivate_button.isEnabled()  # pick the number first
        window.no_show_list.setCurrentRow(0)
        await press(qtbot, controller, window.reactivate_button)
        await wait_until(lambda: window.no_show_list.count() == 0)
        assert first.number in window.message.text()
        back = await QueueService(db).ticket(hall.hall_id, first.id)
        assert back.status is TicketStatus.WAITING
        await press(qtbot, controller, window.call_button)  # and F1 calls it again
        assert window.ticket.number == first.number


async def test_escape_closes_a_form(qtbot, db, db_url, hall, actors):
    await issue(db, hall, actors)
    async with open_clerk(qtbot, db_url, hall) as (window, controller):
        await press(qtbot, controller, window.call_button)
        qtbot.mouseClick(window.hold_button, Qt.MouseButton.LeftButton)
        assert window.action_stack.currentIndex() == window.PAGE_HOLD
        window.hold_form.reason.setFocus()
        qtbot.keyClick(window.hold_form.reason, Qt.Key.Key_Escape)
        assert window.action_stack.currentIndex() == window.PAGE_ACTIONS
        assert window.ticket is not None  # nothing was held


async def test_the_courier_offer_goes_with_its_ticket(qtbot, db, db_url, hall, actors):
    first = await issue(db, hall, actors)
    await issue(db, hall, actors)
    async with open_clerk(qtbot, db_url, hall) as (window, controller):
        await press(qtbot, controller, window.call_button)
        await press(qtbot, controller, window.start_button)
        qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
        form = window.finish_form
        form.items_model.set_checked(form.items_model.items()[0].id, True)
        await press(qtbot, controller, form.confirm)
        assert window.courier_button.isVisible() and first.number in window.courier_button.text()
        await press(qtbot, controller, window.call_button)  # the next citizen
        assert window.ticket is not None and window.ticket.number != first.number
        assert not window.courier_button.isVisible()


async def test_the_window_choice_is_remembered(qtbot, db, db_url, hall, tmp_path):
    store = QSettings(str(tmp_path / "clerk.ini"), QSettings.Format.IniFormat)
    windows = await window_ids(db, hall.hall_id)
    async with open_clerk(qtbot, db_url, hall, window_number=None, remember=store) as (window, c):
        await wait_until(lambda: window.stack.currentIndex() == 1)
        window.window_combo.setCurrentIndex(window.window_combo.findData(windows[3]))
        qtbot.mouseClick(window.choose_button, Qt.MouseButton.LeftButton)
        # 刘洋 is signed in at window 3 in this hall: clerk 1 is asked and takes over.
        await wait_until(lambda: c.take_over_box is not None and c.take_over_box.isVisible())
        assert c.take_over_box.text() == "3号窗口已由刘洋（工号 2003）登录，是否接替？"
        c.take_over_box.button(QMessageBox.StandardButton.Yes).click()
        await wait_until(lambda: c.window_id == windows[3])
    async with open_clerk(qtbot, db_url, hall, window_number=None, remember=store) as (window, c):
        await wait_until(lambda: window.stack.currentIndex() == 1)
        assert window.window_combo.currentData() == windows[3]


async def test_a_second_clerk_takes_over_and_the_first_screen_signs_out(
    qtbot, db, db_url, hall, tmp_path
):
    windows = await window_ids(db, hall.hall_id)
    with chinese_ui():
        async with open_clerk(qtbot, db_url, hall, login="clerk3", window_number=3) as (first, c1):
            await wait_until(lambda: c1.window_id == windows[3])
            async with open_clerk(qtbot, db_url, hall, window_number=3, until_working=False) as (
                second,
                c2,
            ):
                await wait_until(lambda: c2.take_over_box is not None)
                assert c2.window_id is None  # asked, not yet signed in
                # Declining leaves clerk 3 at work and clerk 1 at the window choice.
                c2.take_over_box.button(QMessageBox.StandardButton.No).click()
                await wait_until(lambda: "刘洋" in second.choice_error.text())
                assert c1.window_id == windows[3]
                c2._spawn(c2._sign_in(windows[3]), "again")
                await wait_until(lambda: c2.take_over_box.isVisible())
                c2.take_over_box.button(QMessageBox.StandardButton.Yes).click()
                await wait_until(lambda: c2.window_id == windows[3])
                # The first screen follows the feed and stops acting for window 3.
                await wait_until(lambda: c1.window_id is None, timeout=10)
                assert first.stack.currentIndex() == 0
                assert "3号窗口已由张敏接替" in first.login.error_label.text()


async def test_screenshots(qtbot, db, db_url, hall, actors, tmp_path, backend):
    if backend != "sqlite":
        pytest.skip("by design: one set of pictures is enough")
    for prefix in "AAAB":
        await issue(db, hall, actors, prefix)
    await QueueService(db).issue_ticket(
        actors["daoban"],
        (await line_ids(db, hall.hall_id))["A"],
        priority=__import__("hall_desktop.domain.tickets", fromlist=["Priority"]).Priority.GREEN,
        priority_reason="老年人",
    )
    folder = Path(os.environ.get("HALL_SCREENSHOTS", tmp_path))
    with chinese_ui():
        async with open_clerk(qtbot, db_url, hall) as (window, controller):
            await press(qtbot, controller, window.call_button)
            await press(qtbot, controller, window.start_button)
            for size in ((1366, 768), (1920, 1080)):
                window.resize(*size)
                await wait_until(lambda s=size: window.size().toTuple() == s)
                assert window.grab().save(str(folder / f"clerk_{size[0]}x{size[1]}.png"))
            qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
            window.resize(1366, 768)
            await wait_until(lambda: window.size().toTuple() == (1366, 768))
            assert window.grab().save(str(folder / "clerk_finish_1366x768.png"))


async def test_a_late_finish_asks_for_the_extended_hours_reason(
    qtbot, db, db_url, hall, actors, clock
):
    from hall_desktop.services.extended import ExtendedHoursService
    from tests.services.test_extended import evening_hall

    await evening_hall(db, hall, clock)  # closing time has passed in the hall's time zone
    await issue(db, hall, actors)
    async with open_clerk(qtbot, db_url, hall) as (window, controller):
        assert not window.extended_prompt.isVisible()
        await press(qtbot, controller, window.call_button)
        await press(qtbot, controller, window.start_button)
        qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
        window.finish_form.items_model.set_checked(
            window.finish_form.items_model.items()[0].id, True
        )
        await press(qtbot, controller, window.finish_form.confirm)
        await wait_until(lambda: window.extended_prompt.isVisible())
        assert "A001" in window.extended_prompt.text.text()
        window.extended_prompt.reason.setCurrentText("临近下班到达")
        window.extended_prompt.note.setText("群众17:25到达")
        await press(qtbot, controller, window.extended_prompt.save)
        await wait_until(lambda: not window.extended_prompt.isVisible())
    records, totals = await ExtendedHoursService(db).records(actors["zhuren"])
    assert totals.records == 1
    assert (records[0].reason, records[0].note) == ("临近下班到达", "群众17:25到达")


async def test_a_finish_offers_free_courier_prefilled(qtbot, db, db_url, hall, actors):
    lines = await line_ids(db, hall.hall_id)
    await QueueService(db).issue_ticket(
        actors["daoban"], lines["A"], citizen_name="李晓明", citizen_phone="13812345678"
    )
    async with open_clerk(qtbot, db_url, hall) as (window, controller):
        assert not window.courier_button.isVisible()
        await press(qtbot, controller, window.call_button)
        await press(qtbot, controller, window.start_button)
        qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
        item = window.finish_form.items_model.items()[0]
        window.finish_form.items_model.set_checked(item.id, True)
        await press(qtbot, controller, window.finish_form.confirm)
        assert window.courier_button.isVisible() and "A001" in window.courier_button.text()
        qtbot.mouseClick(window.courier_button, Qt.MouseButton.LeftButton)
        form = controller.courier_form
        assert form is not None and form.isVisible()
        assert form.name_edit.text() == "李晓明" and form.item_rows[0][0].text() == item.name
        assert form.ticket_id is not None


async def test_a_catalogue_change_reaches_an_open_workstation(qtbot, db, db_url, hall, actors):
    """An item added in the admin screen is offered at the next finish, without a restart;
    an item made inactive is no longer offered."""
    from hall_desktop.services.catalogue_admin import CatalogueAdminService

    async with open_clerk(qtbot, db_url, hall) as (window, _controller):
        before = {i.code for i in window.finish_form.items_model.items()}
        first = window.finish_form.items_model.items()[0]
        admin = CatalogueAdminService(db)
        await admin.create_item(
            actors["zhuren"],
            code="XK-TEST-999",
            name="测试新增事项",
            category="公共服务类",
            department="行政审批局",
            promised_days=1,
        )
        await admin.update_item(actors["zhuren"], first.id, active=False)
        await wait_until(
            lambda: "XK-TEST-999" in {i.code for i in window.finish_form.items_model.items()},
            timeout=10,
        )
        after = {i.code for i in window.finish_form.items_model.items()}
        assert after == (before - {first.code}) | {"XK-TEST-999"}


async def test_a_deactivated_clerk_is_signed_out_of_the_window(qtbot, db, db_url, hall, actors):
    from hall_desktop.services.admin import AdminService

    async with open_clerk(qtbot, db_url, hall, login="clerk2", window_number=2) as (window, c):
        await AdminService(db).set_staff_active(actors["admin"], actors["clerk2"].staff_id, False)
        await wait_until(lambda: window.stack.currentIndex() == 0, timeout=10)
        await wait_until(lambda: window.login.error_label.isVisible())
        assert c.actor is None and c.window_id is None
    states = {s.number: s for s in await QueueService(db).window_states(hall.hall_id)}
    assert states[2].clerk_id is None  # the window no longer shows the clerk (亮牌服务)

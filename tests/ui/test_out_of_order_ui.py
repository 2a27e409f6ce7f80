"""The clerk's 指定叫号 panel, the 帮代办 choice of the finish and the desk's 帮代办 button,
against a real database (both backends)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hall_desktop.domain.calls import Assist, AssistGroup, AssistKind, CallReason
from hall_desktop.domain.tickets import TicketStatus
from hall_desktop.services.queue import QueueService
from hall_desktop.ui.admin.queue_figures import AssistColumn, OutOfOrderColumn, QueueFigures
from tests.helpers import window_ids
from tests.ui.test_admin import open_admin
from tests.ui.test_clerk import issue, open_clerk, press
from tests.ui.test_desk import open_desk
from tests.ui.waiting import wait_until


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


async def test_call_a_typed_number_with_a_reason(qtbot, db, db_url, hall, actors):
    tickets = [await issue(db, hall, actors) for _ in range(3)]
    async with open_clerk(qtbot, db_url, hall) as (window, controller):
        form = window.call_form
        assert window.call_chosen_button.isEnabled()
        qtbot.keyClick(window, Qt.Key.Key_F9)
        assert window.action_stack.currentIndex() == window.PAGE_CALL
        await wait_until(lambda: form.waiting_list.count() == 3)
        await wait_until(lambda: controller.settled)
        assert form.isVisible()  # a re-read with nothing in hand leaves the panel open
        assert tickets[2].number in form.waiting_list.item(2).text()
        qtbot.keyClicks(form.number_edit, tickets[2].number.lower())
        assert form.waiting_list.currentRow() == 2
        form.reason.setCurrentIndex(form.reason.findData(CallReason.VULNERABLE.value))
        await press(qtbot, controller, form.confirm)
        assert window.ticket is not None and window.ticket.number == tickets[2].number
        assert window.action_stack.currentIndex() == window.PAGE_ACTIONS
        assert not window.call_chosen_button.isEnabled()  # a ticket is in hand
        assert tickets[2].number in window.message.text()
    calls = [
        e
        for e in await QueueService(db).events_after(hall.hall_id, 0, 5000)
        if e.ticket_id == tickets[2].id and e.kind == "ticket_called"
    ]
    assert len(calls) == 1 and calls[0].payload["call_reason"] == "vulnerable"


async def test_refusals_show_in_the_panel(qtbot, db, db_url, hall, actors):
    first, second = await issue(db, hall, actors), await issue(db, hall, actors)
    windows = await window_ids(db, hall.hall_id)
    async with open_clerk(qtbot, db_url, hall) as (window, controller):
        form = window.call_form
        qtbot.mouseClick(window.call_chosen_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: form.waiting_list.count() == 2)
        # 其他 needs a note: the panel says so and calls nothing.
        form.waiting_list.setCurrentRow(1)
        assert form.number_edit.text() == second.number
        form.reason.setCurrentIndex(form.reason.findData(CallReason.OTHER.value))
        qtbot.mouseClick(form.confirm, Qt.MouseButton.LeftButton)
        assert form.error.isVisible() and not controller.busy
        # A number nobody waits with.
        form.number_edit.setText("Z999")
        qtbot.mouseClick(form.confirm, Qt.MouseButton.LeftButton)
        assert "Z999" in form.error.text()
        # Window 2 takes the number while this clerk still sees it in the list.
        stale = await QueueService(db).waiting_for_window(hall.hall_id, windows[1])
        await QueueService(db).call_ticket(
            actors["clerk2"], windows[2], first.id, CallReason.APPOINTMENT
        )
        window.show_waiting(stale)  # as the screen showed it a moment before
        form.waiting_list.setCurrentRow(0)
        assert form.number_edit.text() == first.number
        form.note.setText("群众出示预约短信")
        await press(qtbot, controller, form.confirm)
        assert form.error.isVisible() and _has_chinese(form.error.text())
        assert "2号窗口" in form.error.text() and window.ticket is None
        await wait_until(lambda: form.waiting_list.count() == 1)
        assert window.action_stack.currentIndex() == window.PAGE_CALL  # pick again
        assert second.number in form.waiting_list.item(0).text()
        # Escape goes back to the actions.
        qtbot.keyClick(form.number_edit, Qt.Key.Key_Escape)
        assert window.action_stack.currentIndex() == window.PAGE_ACTIONS


async def test_finish_with_help_counts_in_my_day(qtbot, db, db_url, hall, actors):
    ticket = await issue(db, hall, actors)
    async with open_clerk(qtbot, db_url, hall) as (window, controller):
        await press(qtbot, controller, window.call_button)
        await press(qtbot, controller, window.start_button)
        qtbot.mouseClick(window.finish_button, Qt.MouseButton.LeftButton)
        form = window.finish_form
        assert not form.assist_choice.isEnabled()
        form.assist_check.setChecked(True)
        assert form.assist_choice.isEnabled()
        form.assist_choice.kind.setCurrentIndex(
            form.assist_choice.kind.findData(AssistKind.ESCORT.value)
        )
        form.assist_choice.group.setCurrentIndex(
            form.assist_choice.group.findData(AssistGroup.DISABLED.value)
        )
        form.items_model.set_checked(form.items_model.items()[0].id, True)
        await press(qtbot, controller, form.confirm)
        assert window.ticket is None
        await wait_until(lambda: "帮代办" in window.figures_label.text())
        assert not form.assist_check.isChecked()  # cleared for the next citizen
    done = await QueueService(db).ticket(hall.hall_id, ticket.id)
    assert done.status is TicketStatus.DONE
    record = await QueueService(db).assist_of(hall.hall_id, ticket.id)
    assert record is not None and record.helper_id == actors["clerk1"].staff_id
    assert (record.kind, record.for_group) == (AssistKind.ESCORT, AssistGroup.DISABLED)


async def test_the_desk_records_help_for_the_selected_number(
    qtbot, db, db_url, hall, actors, tmp_path
):
    first = await issue(db, hall, actors)
    await issue(db, hall, actors)
    async with open_desk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, _):
        await wait_until(lambda: window.tickets_model.rowCount() == 2)
        assert not window.assist_button.isEnabled()  # nothing selected
        row = window.tickets_model.row_of(first.id)
        window.tickets_view.selectRow(row)
        assert window.assist_button.isEnabled()
        choice = window.assist_choice
        choice.kind.setCurrentIndex(choice.kind.findData(AssistKind.ESCORT.value))
        choice.group.setCurrentIndex(choice.group.findData(AssistGroup.KEY_PROJECT.value))
        qtbot.mouseClick(window.assist_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: first.number in window.message.text())
        await wait_until(lambda: window.assist_count.text().endswith(" 1"))
        record = await QueueService(db).assist_of(hall.hall_id, first.id)
        assert record is not None and record.helper_id == actors["daoban"].staff_id
        assert (record.kind, record.for_group) == (AssistKind.ESCORT, AssistGroup.KEY_PROJECT)
        # Another member of staff helped: named, the record changes.
        assert window.helper_combo.currentData() == actors["daoban"].staff_id  # me first
        window.helper_combo.setCurrentIndex(
            window.helper_combo.findData(actors["daoban2"].staff_id)
        )
        qtbot.mouseClick(window.assist_button, Qt.MouseButton.LeftButton)
        # The help is now the other guide's: this guide's own count drops to 0.
        await wait_until(lambda: window.assist_count.text().endswith(" 0"))
        record = await QueueService(db).assist_of(hall.hall_id, first.id)
        assert record is not None and record.helper_name == "赵导办"
        # A cancelled number takes none: the button is off, and the service refuses anyway.
        await QueueService(db).cancel(actors["daoban"], first.id)
        await wait_until(lambda: window.tickets_model.ticket(row).status is TicketStatus.CANCELLED)
        window.tickets_view.selectRow(window.tickets_model.row_of(first.id))
        assert not window.assist_button.isEnabled()


async def test_the_supervisor_sees_the_figures(
    qtbot, qtmodeltester, db, db_url, hall, actors, tmp_path
):
    windows = await window_ids(db, hall.hall_id)
    q = QueueService(db)
    for reason in (CallReason.VULNERABLE, CallReason.VULNERABLE, CallReason.SPECIAL):
        t = await issue(db, hall, actors)
        await q.call_ticket(actors["clerk2"], windows[2], t.id, reason)
        await q.no_show(actors["clerk2"], t.id)
    t = await issue(db, hall, actors)
    await q.set_assist(actors["daoban"], t.id, Assist(AssistKind.PROXY, AssistGroup.ELDERLY))
    async with open_admin(qtbot, db_url, hall, tmp_path, "zhuren", "zhuren2026") as (w, _c):
        await wait_until(lambda: w.stack.currentIndex() == 1)
        tab = next(
            w.tabs.widget(i)
            for i in range(w.tabs.count())
            if isinstance(w.tabs.widget(i), QueueFigures)
        )
        w.tabs.setCurrentWidget(tab)
        await wait_until(lambda: tab.calls_model.rowCount() == 1)
        calls, assists = tab.calls_model, tab.assist_model
        qtmodeltester.check(calls)
        qtmodeltester.check(assists)
        row = [calls.index(0, c).data() for c in OutOfOrderColumn]
        assert row == ["陈静", "2002", "3", "0", "1", "2", "0"]
        assert not tab.calls_empty.isVisible()
        proxy = [assists.index(r, AssistColumn.ELDERLY).data() for r in range(assists.rowCount())]
        assert proxy == ["0", "1", "0", "1"]  # 帮办, 代办, 陪办, in all
        assert assists.index(3, AssistColumn.TOTAL).data() == "1"
        # A period without any: the empty note shows.
        tab.start_edit.setDate(tab.start_edit.date().addYears(-2))
        tab.end_edit.setDate(tab.start_edit.date().addDays(3))
        qtbot.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: tab.calls_model.rowCount() == 0)
        assert tab.calls_empty.isVisible()

"""A full day in miniature, through the real widgets of the demo hall (both backends):
issue at the desk, call at two clerk windows, recall, no-show, hold and call back,
transfer, finish with items, rate at the terminal, pause shown on the display."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt

from hall_desktop.config import Settings
from hall_desktop.domain.tickets import Outcome, TicketStatus
from hall_desktop.services.queue import QueueService
from hall_desktop.services.rating import RatingService
from hall_desktop.store.database import Database
from hall_desktop.ui.demo.main import open_demo
from tests.ui.waiting import wait_until

pytestmark = pytest.mark.dates


async def test_a_day_in_the_hall(qtbot, db_url, tmp_path):
    code = f"day_{uuid.uuid4().hex[:6]}"
    settings = Settings(
        db_url=db_url.render_as_string(hide_password=False),
        hall_code=code,
        printer=f"pdf:{tmp_path / 'slips'}",
    )
    hall = await open_demo(settings, simulate=False)
    desk, (clerk1, clerk2) = hall.desk, hall.clerks
    desk_c, c1, c2 = hall.controllers[1], hall.controllers[2], hall.controllers[3]
    terminal = hall.terminal

    def click(widget) -> None:
        assert widget.isEnabled(), widget.text()
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    async def act(controller, button) -> None:
        click(button)
        await wait_until(lambda: controller.settled)

    try:
        for window in hall.windows:
            qtbot.addWidget(window)
        await wait_until(lambda: desk.stack.currentIndex() == 1 and desk._buttons, timeout=20)
        await wait_until(lambda: c1.settled and c2.settled, timeout=20)
        lines = {b.title.text().split()[0]: lid for lid, b in desk._buttons.items()}

        # The desk issues three A numbers and one B number.
        slips = tmp_path / "slips"
        for n, prefix in enumerate("AAAB", start=1):
            click(desk.line_button(lines[prefix]))
            await wait_until(lambda n=n: slips.exists() and len(list(slips.glob("*.pdf"))) == n)
            await wait_until(lambda: not desk_c.busy)
        await wait_until(lambda: desk.tickets_model.rowCount() == 4)

        # Window 1 calls A001, recalls it, serves it and finishes with two items.
        await act(c1, clerk1.call_button)
        assert clerk1.ticket.number == "A001"
        await wait_until(lambda: hall.display.shown_call()[0] == "A001")
        await act(c1, clerk1.recall_button)
        assert clerk1.ticket.call_count == 2
        await act(c1, clerk1.start_button)
        await wait_until(lambda: terminal.serving_number.text() == "A001")
        click(clerk1.finish_button)
        items = clerk1.finish_form.items_model.items()[:2]
        for item in items:
            clerk1.finish_form.items_model.set_checked(item.id, True)
        await act(c1, clerk1.finish_form.confirm)
        # The citizen rates at window 1's terminal.
        await wait_until(lambda: terminal.stack.currentIndex() == 1, timeout=10)
        click(terminal.level_buttons[5])
        await wait_until(lambda: terminal.stack.currentIndex() != 1, timeout=10)
        # The clerk's own figures count the finish and the rating.
        await wait_until(
            lambda: (
                "very satisfied 1" in clerk1.figures_label.text()
                or "非常满意 1" in clerk1.figures_label.text()
            ),
            timeout=10,
        )

        # Window 2: A002 does not come (no-show); A003 is held, then called back.
        await act(c2, clerk2.call_button)
        assert clerk2.ticket.number == "A002"
        await act(c2, clerk2.no_show_button)
        await act(c2, clerk2.call_button)
        assert clerk2.ticket.number == "A003"
        click(clerk2.hold_button)
        clerk2.hold_form.reason.setCurrentText("等待补充材料")
        await act(c2, clerk2.hold_form.confirm)
        await wait_until(lambda: clerk2.held_list.count() == 1)
        clerk2.held_list.setCurrentRow(0)
        await act(c2, clerk2.call_back_button)
        assert clerk2.ticket.number == "A003"
        # A003 is sent on to line B, where window 5 will take it.
        click(clerk2.transfer_button)
        clerk2.transfer_form.line_combo.setCurrentIndex(
            clerk2.transfer_form.line_combo.findData(lines["B"])
        )
        await act(c2, clerk2.transfer_form.confirm)
        assert clerk2.ticket is None
        # Window 2 pauses for a meeting; the display shows it.
        click(clerk2.pause_button)
        clerk2.pause_form.reason.setCurrentText("会议")
        await act(c2, clerk2.pause_form.confirm)
        await wait_until(
            lambda: hall.display.window_texts()[2][1] in ("暂停服务", "Paused"), timeout=10
        )
        assert not clerk2.call_button.isEnabled()  # illegal while paused
        # The last three calls stay large on the display (A003 was called back last).
        await wait_until(lambda: "A003" in hall.display.recent_texts())
    finally:
        await hall.stop()
        for window in hall.windows:
            window.close()

    db = Database(db_url)
    try:
        q = QueueService(db)
        info = await q.hall(code)
        by_number: dict[str, list] = {}
        for t in await q.tickets_of_day(info.id):
            by_number.setdefault(t.number, []).append(t)
        a1 = await q.ticket(info.id, by_number["A001"][0].id)
        assert a1.status is TicketStatus.DONE and a1.outcome == Outcome.COMPLETED.value
        assert set(a1.item_ids) == {i.id for i in items}
        assert by_number["A002"][0].status is TicketStatus.NO_SHOW
        assert {t.status for t in by_number["A003"]} == {
            TicketStatus.TRANSFERRED,
            TicketStatus.WAITING,
        }
        assert by_number["B001"][0].status is TicketStatus.WAITING
        figures = await RatingService(db).figures_for_clerk(info.id, a1.clerk_id)
        assert figures.count(5) == 1 and figures.bad == 0
    finally:
        await db.dispose()

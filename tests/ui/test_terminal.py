"""The window terminal (窗口屏/评价器) against a real database (both backends), on qasync."""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hall_desktop.domain.errors import Refused
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.bundle import Services
from hall_desktop.services.queue import QueueService
from hall_desktop.services.rating import RatingService
from hall_desktop.store.database import Database
from hall_desktop.ui.terminal.controller import TerminalController
from hall_desktop.ui.terminal.window import TerminalWindow
from tests.helpers import cut_off, item_ids, line_ids, window_ids
from tests.ui.waiting import chinese_ui, started, wait_until

pytestmark = pytest.mark.dates

TERMINAL_APP = "hall-terminal-test"


@contextlib.asynccontextmanager
async def open_terminal(
    qtbot,
    db_url,
    hall,
    *,
    number: int = 1,
    timeout: float = 60.0,
    size=(1280, 800),
    keyboard: bool = False,
) -> AsyncIterator[tuple[TerminalWindow, TerminalController]]:
    """The terminal of window ``number`` on its own connection (opened inside the test,
    see test_display.open_display for why not in a fixture)."""
    terminal_db = Database(db_url, application_name=TERMINAL_APP)
    window = TerminalWindow(keyboard=keyboard)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    controller = TerminalController(
        Services.build(terminal_db),
        hall.hall_code,
        number,
        window,
        rating_timeout=timeout,
        thanks_seconds=0.2,
        feed_options={"max_backoff": 0.5},
    )
    async with started(controller, terminal_db):
        await wait_until(lambda: controller.feed is not None and controller.feed.online)
        yield window, controller


class HallOps:
    """What the clerk's PC and the desk do while the terminal watches."""

    def __init__(self, db, hall, actors) -> None:
        self.db, self.hall, self.a = db, hall, actors
        self.q = QueueService(db)
        self.ratings = RatingService(db)

    async def setup(self) -> HallOps:
        self.lines = await line_ids(self.db, self.hall.hall_id)
        self.win = await window_ids(self.db, self.hall.hall_id)
        self.items = await item_ids(self.db, self.hall.hall_id)
        return self

    async def call(self, clerk="clerk1", window=1):
        await self.q.issue_ticket(self.a["daoban"], self.lines["A"])
        return await self.q.call_next(self.a[clerk], self.win[window])

    async def finish(self, ticket, clerk="clerk1"):
        await self.q.start(self.a[clerk], ticket.id)
        return await self.q.finish(
            self.a[clerk], ticket.id, outcome=Outcome.COMPLETED, item_ids=self.items[:2]
        )

    async def rating(self, ticket):
        return await self.ratings.rating_of(self.hall.hall_id, ticket.id)


@pytest.fixture
async def ops(db, hall, actors) -> HallOps:
    return await HallOps(db, hall, actors).setup()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


async def test_shows_the_clerk_and_the_number_served(qtbot, db_url, hall, ops):
    await ops.q.sign_out(ops.a["clerk1"], ops.win[1])  # the hall opens with nobody at 1
    await ops.q.sign_out(ops.a["clerk2"], ops.win[2])
    async with open_terminal(qtbot, db_url, hall) as (window, _):
        assert window.window_number.text() in ("1号窗口", "Window 1")
        assert window.staff_label.text() in ("暂无工作人员", "No staff on duty")
        await ops.q.sign_in(ops.a["clerk1"], ops.win[1])
        await wait_until(lambda: "2001" in window.staff_label.text())
        assert "张敏" in window.staff_label.text()
        called = await ops.call()
        await wait_until(lambda: window.normal_texts()[1] == called.number)
        # The clerk moves to another window: this one has nobody any more.
        await ops.q.sign_in(ops.a["clerk1"], ops.win[2])
        await wait_until(lambda: "2001" not in window.staff_label.text())
        assert window.staff_label.text() in ("暂无工作人员", "No staff on duty")


async def test_a_paused_window_says_so_with_its_reason(qtbot, db_url, hall, ops):
    async with open_terminal(qtbot, db_url, hall, number=2) as (window, _):
        await ops.q.sign_in(ops.a["clerk2"], ops.win[2])
        await ops.q.pause_window(ops.a["clerk2"], ops.win[2], "会议")
        await wait_until(lambda: "会议" in window.normal_texts()[2])
        assert window.normal_texts()[1] in ("暂停服务", "Service paused")
        await ops.q.resume_window(ops.a["clerk2"], ops.win[2])
        await wait_until(lambda: window.normal_texts()[1] in ("欢迎光临", "Welcome"))


async def test_finishing_asks_for_a_rating_and_satisfied_stores_4(qtbot, db_url, hall, ops):
    async with open_terminal(qtbot, db_url, hall) as (window, controller):
        saved = []
        controller.rating_saved.connect(saved.append)
        await ops.q.sign_in(ops.a["clerk1"], ops.win[1])
        ticket = await ops.call()
        await wait_until(lambda: window.normal_texts()[1] == ticket.number)
        assert window.page == "normal"
        await ops.finish(ticket)
        await wait_until(lambda: window.page == "rating")
        assert window.rating_ticket_id == ticket.id
        assert ticket.number in window.rating_number.text()
        assert window.countdown.text().split()[0] in ("60", "59")
        assert not window.reason_panel.isVisible()
        click(qtbot, window.level_buttons[4])
        await wait_until(lambda: window.page == "thanks")
        stored = await ops.rating(ticket)
        assert stored is not None
        assert (stored.level, stored.rated, stored.reason) == (4, True, None)
        assert stored.item_ids == tuple(ops.items[:2])
        assert stored.clerk_id == ops.a["clerk1"].staff_id
        await wait_until(lambda: window.page == "normal")  # after the thank-you
        assert window.rating_ticket_id is None
        assert [r.level for r in saved] == [4]


async def test_a_bad_level_asks_for_a_reason_before_submitting(qtbot, db_url, hall, ops):
    # A terminal with a keyboard attached: free text besides the tapped notes.
    async with open_terminal(qtbot, db_url, hall, keyboard=True) as (window, _):
        ticket = await ops.call()
        await ops.finish(ticket)
        await wait_until(lambda: window.page == "rating")
        click(qtbot, window.level_buttons[2])
        await wait_until(lambda: window.reason_panel.isVisible())
        assert window.page == "rating" and window.chosen_level == 2
        click(qtbot, window.submit_button)
        assert window.reason_hint.isVisible()  # no reason yet: nothing is sent
        assert window.page == "rating"
        assert await ops.rating(ticket) is None
        click(qtbot, window.reason_buttons["效率"])
        assert not window.reason_hint.isVisible()
        qtbot.keyClicks(window.note_edit, "wait too long")
        click(qtbot, window.submit_button)
        await wait_until(lambda: window.page == "thanks")
    stored = await ops.rating(ticket)
    assert stored is not None
    assert (stored.level, stored.reason, stored.note) == (2, "效率", "wait too long")
    assert stored.case_id is not None and stored.case_due is not None


async def test_a_touch_screen_offers_notes_to_tap_not_to_type(qtbot, db_url, hall, ops):
    async with open_terminal(qtbot, db_url, hall) as (window, _):
        ticket = await ops.call()
        await ops.finish(ticket)
        await wait_until(lambda: window.page == "rating")
        click(qtbot, window.level_buttons[1])
        await wait_until(lambda: window.reason_panel.isVisible())
        assert not window.note_edit.isVisible()  # no keyboard: nothing to type into
        assert all(b.isVisible() for b in window.note_buttons.values())
        click(qtbot, window.reason_buttons["效率"])
        click(qtbot, window.note_buttons["等候时间太长"])
        click(qtbot, window.note_buttons["多次往返"])
        click(qtbot, window.submit_button)
        await wait_until(lambda: window.page == "thanks")
    stored = await ops.rating(ticket)
    assert stored is not None
    assert (stored.level, stored.reason, stored.note) == (1, "效率", "等候时间太长、多次往返")


async def test_no_rating_in_time_is_recorded_as_not_rated(qtbot, db_url, hall, ops):
    async with open_terminal(qtbot, db_url, hall, timeout=0.3) as (window, _):
        ticket = await ops.call()
        await ops.finish(ticket)
        await wait_until(lambda: window.page == "rating")
        # Back to the normal page once "not rated" is written (no thank-you: nobody rated).
        await wait_until(lambda: window.page == "normal", timeout=5)
    stored = await ops.rating(ticket)
    assert stored is not None
    assert (stored.level, stored.rated) == (None, False)
    with pytest.raises(Refused) as e:
        await ops.ratings.rate(hall.hall_id, ops.win[1], ticket.id, 5)
    assert e.value.code == "already_rated"


async def test_a_bad_level_without_a_reason_at_timeout_is_kept_as_other(qtbot, db_url, hall, ops):
    async with open_terminal(qtbot, db_url, hall, timeout=0.8) as (window, _):
        ticket = await ops.call()
        await ops.finish(ticket)
        await wait_until(lambda: window.page == "rating")
        click(qtbot, window.level_buttons[1])
        await wait_until(lambda: window.page != "rating", timeout=5)
    stored = await ops.rating(ticket)
    assert stored is not None
    assert (stored.level, stored.reason, stored.rated) == (1, "其他", True)
    assert stored.case_id is not None


async def test_a_restarted_terminal_asks_about_the_ticket_just_finished(qtbot, db_url, hall, ops):
    ticket = await ops.call()
    await ops.finish(ticket)
    async with open_terminal(qtbot, db_url, hall) as (window, _):
        await wait_until(lambda: window.page == "rating")
        assert window.rating_ticket_id == ticket.id
        click(qtbot, window.level_buttons[5])
        await wait_until(lambda: window.page == "thanks")
    stored = await ops.rating(ticket)
    assert stored is not None and stored.level == 5


async def test_another_windows_finish_is_not_asked_here(qtbot, db_url, hall, ops):
    async with open_terminal(qtbot, db_url, hall) as (window, controller):
        other = await ops.call("clerk2", 2)
        await ops.finish(other, "clerk2")
        mine = await ops.call()
        await wait_until(lambda: window.normal_texts()[1] == mine.number)
        assert window.page == "normal"
        await ops.finish(mine)
        await wait_until(lambda: window.page == "rating")
        assert window.rating_ticket_id == mine.id
        assert controller.window_id == ops.win[1]


async def test_offline_banner_keeps_the_last_state(qtbot, db_url, hall, ops, backend):
    """PostgreSQL: the server drops the terminal's connections for a while; the banner
    shows, the last state stays, then the terminal catches up by itself."""
    if backend != "postgresql":
        pytest.skip("by design: an SQLite file on this PC does not go away")
    async with open_terminal(qtbot, db_url, hall) as (window, _):
        await ops.q.sign_in(ops.a["clerk1"], ops.win[1])
        first = await ops.call()
        await wait_until(lambda: window.normal_texts()[1] == first.number)
        with cut_off(db_url, TERMINAL_APP):
            await wait_until(lambda: window.banner.isVisible())
            assert window.banner.text() in ("连接中断，正在重连…", "Connection lost, reconnecting…")
            assert window.normal_texts()[1] == first.number  # the last state stays
            assert "2001" in window.staff_label.text()
            await ops.finish(first)  # the clerk's PC is still connected
        await wait_until(lambda: not window.banner.isVisible(), timeout=10)
        # Finished while the terminal was away, a moment ago: it still asks.
        await wait_until(lambda: window.page == "rating", timeout=10)
        assert window.rating_ticket_id == first.id


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800), (1920, 1080)])
async def test_screenshots(qtbot, db_url, hall, ops, tmp_path, size, backend):
    """Writes the normal and the rating page at each size (look at them; not committed)."""
    if backend != "sqlite":
        pytest.skip("by design: one set of pictures is enough")
    folder = Path(os.environ.get("HALL_SCREENSHOTS", tmp_path))
    with chinese_ui():
        async with open_terminal(qtbot, db_url, hall, size=size) as (window, _):
            await ops.q.sign_in(ops.a["clerk1"], ops.win[1])
            ticket = await ops.call()
            await wait_until(lambda: window.normal_texts()[1] == ticket.number)
            await wait_until(lambda: "2001" in window.staff_label.text())
            pictures = {"normal": window.grab()}
            await ops.finish(ticket)
            await wait_until(lambda: window.page == "rating")
            click(qtbot, window.level_buttons[2])
            click(qtbot, window.reason_buttons["态度"])
            await wait_until(lambda: window.reason_panel.isVisible())
            pictures["rating"] = window.grab()
            for page, picture in pictures.items():
                assert picture.width() == size[0] and picture.height() == size[1]
                path = folder / f"terminal_{page}_{size[0]}x{size[1]}.png"
                assert picture.save(str(path))
                print(f"screenshot: {path}")
            # Nothing is cut off: the rating page's widgets fit inside the window.
            widgets = (window.submit_button, *window.note_buttons.values())
            for widget in (*widgets, *window.level_buttons.values()):
                bottom_right = widget.mapTo(window, widget.rect().bottomRight())
                assert bottom_right.x() <= size[0] and bottom_right.y() <= size[1], widget


def test_touch_targets_stay_finger_sized_on_a_small_screen(qtbot):
    """Text shrinks with a small window screen; the buttons a citizen presses do not
    fall below a finger's width."""
    from hall_desktop.ui.terminal.window import MIN_TOUCH_PX, TerminalWindow

    small = TerminalWindow()
    qtbot.addWidget(small)
    small.resize(480, 320)  # text at 0.4 of its design size
    small.show()
    small._apply_sizes()
    buttons = [*small.reason_buttons.values(), small.submit_button]
    assert min(b.height() for b in buttons) >= MIN_TOUCH_PX
    assert min(b.minimumHeight() for b in small.level_buttons.values()) >= MIN_TOUCH_PX
    big = TerminalWindow()
    qtbot.addWidget(big)
    big.resize(1920, 1080)
    big.show()
    big._apply_sizes()
    assert min(b.height() for b in big.reason_buttons.values()) > MIN_TOUCH_PX

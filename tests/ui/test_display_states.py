"""What the hall display shows must be true and readable from ten metres: window
states, a call that still stands, sizes at 1080p, a calm empty screen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from hall_desktop.domain.estimates import WaitEstimate
from hall_desktop.domain.tickets import WindowStatus
from hall_desktop.services.dto import CallRecord, LineStatus, WindowState
from hall_desktop.ui.display.window import DisplaySnapshot, DisplayWindow
from tests.ui.waiting import chinese_ui

NOW = datetime(2026, 12, 7, 2, 0, tzinfo=UTC)


def window(number: int, state: WindowStatus, current: str | None = None) -> WindowState:
    staffed = state is not WindowStatus.CLOSED
    return WindowState(
        window_id=number,
        number=number,
        name="综合受理窗口",
        kind="综合窗口",
        state=state,
        current_number=current,
        current_ticket_id=number if current else None,
        pause_reason="会议" if state is WindowStatus.PAUSED else None,
        clerk_id=number if staffed else None,
        clerk_name="张敏" if staffed else None,
        clerk_staff_number="2001" if staffed else None,
    )


def call(event_id: int, number: str, window_number: int) -> CallRecord:
    at = NOW - timedelta(minutes=10 - event_id)
    return CallRecord(event_id, at, number, window_number, "called")


def line(prefix: str, waiting: int) -> LineStatus:
    return LineStatus(
        ord(prefix), prefix, "综合受理", waiting, 0, None, WaitEstimate(300, 5, 5), 300.0, 2, None
    )


@pytest.fixture
def display(qtbot):
    with chinese_ui():
        screen = DisplayWindow()
        qtbot.addWidget(screen)
        screen.resize(1920, 1080)
        screen.show()
        qtbot.waitUntil(lambda: screen.size().toTuple() == (1920, 1080))
        yield screen


def test_unstaffed_called_and_serving_windows_look_different(display):
    display.show_snapshot(
        DisplaySnapshot(
            windows=[
                window(1, WindowStatus.IDLE),
                window(2, WindowStatus.CALLED, "A002"),
                window(3, WindowStatus.SERVING, "A001"),
                window(4, WindowStatus.PAUSED),
                window(5, WindowStatus.CLOSED),
            ]
        )
    )
    texts = display.window_texts()
    assert texts[1] == ("—", "空闲")
    assert texts[2] == ("A002", "已叫号")
    assert texts[3] == ("A001", "办理中")
    assert texts[4] == ("", "暂停服务")
    assert texts[5] == ("", "未开放")  # citizens must not walk to an empty window


def test_a_call_that_no_longer_stands_leaves_the_big_panel(display):
    display.show_snapshot(
        DisplaySnapshot(
            windows=[
                window(2, WindowStatus.CALLED, "A002"),
                window(3, WindowStatus.CALLED, "A003"),
            ],
            recent=[call(3, "A003", 3), call(2, "A002", 2)],
        )
    )
    assert display.shown_call()[0] == "A003"
    # A003 was held and window 3 paused: the panel shows the call that still stands.
    display.show_snapshot(
        DisplaySnapshot(
            windows=[window(2, WindowStatus.CALLED, "A002"), window(3, WindowStatus.PAUSED)],
            recent=[call(3, "A003", 3), call(2, "A002", 2)],
        )
    )
    assert display.shown_call() == ("A002", "→ 2号窗口")
    # Nothing stands any more: a calm panel, no number.
    display.show_snapshot(
        DisplaySnapshot(
            windows=[window(2, WindowStatus.IDLE), window(3, WindowStatus.PAUSED)],
            recent=[call(3, "A003", 3), call(2, "A002", 2)],
        )
    )
    assert display.shown_call() == ("", "")
    assert display.call_number.isHidden() and "请留意叫号" in display.call_window.text()


def test_what_citizens_read_is_large_at_1080p(display):
    display.show_snapshot(
        DisplaySnapshot(
            windows=[window(n, WindowStatus.CALLED, f"A{n:03d}") for n in range(1, 13)],
            recent=[call(3, "A003", 3), call(2, "A002", 2), call(1, "A001", 1)],
            lines=[line(p, 3) for p in "AGBQSTX"],
        )
    )
    size = {name: label.font().pixelSize() for name, label in display.named_labels().items()}
    # The window a citizen must go to is as large as the number called.
    assert size["call_window"] == size["call_number"] >= 140
    for what in ("recent_number", "recent_window", "tile_number", "line_waiting"):
        assert size[what] >= 60, (what, size[what])
    assert len(display.recent_texts()) == 3  # the last three calls, all large
    assert display.grab().size().toTuple() == (1920, 1080)  # nothing pushes the edges


def test_an_empty_hall_is_calm(display):
    display.show_snapshot(DisplaySnapshot(windows=[window(1, WindowStatus.CLOSED)]))
    assert display.shown_call() == ("", "")
    assert display.call_number.isHidden()  # no big white bar
    assert display.recent_empty.isVisible() and display.recent_texts() == []
    display.set_notice("")
    assert display.ticker.isHidden()

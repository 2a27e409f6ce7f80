"""Changes to lines and windows reach running screens through the change feed, without
a restart: the display, the desk and the clerk each on their own connection, the change
made through :class:`WindowsLinesService` on another (both backends)."""

from __future__ import annotations

import dataclasses

from hall_desktop.domain.windows_lines import LineFields
from hall_desktop.services.queue import QueueService
from hall_desktop.services.windows_lines import WindowsLinesService
from tests.helpers import line_ids, window_ids
from tests.ui.test_clerk import open_clerk
from tests.ui.test_desk import open_desk
from tests.ui.test_display import open_display
from tests.ui.waiting import wait_until


def display_lines(window) -> list[str]:
    return [name.text() for name, _ in window._line_labels]


async def test_a_line_renamed_reaches_an_open_display(qtbot, db, db_url, hall, actors):
    lines = await line_ids(db, hall.hall_id)
    service = WindowsLinesService(db)  # another PC: the test's own connection
    async with open_display(qtbot, db_url, hall) as (window, _):
        await wait_until(lambda: "B 不动产登记" in display_lines(window))
        b = (await service.setup(actors["zhuren"])).line(lines["B"])
        await service.edit_line(
            actors["zhuren"], b.id, dataclasses.replace(b.fields(), name="不动产登记与交易")
        )
        await wait_until(lambda: "B 不动产登记与交易" in display_lines(window))
        assert "B 不动产登记" not in display_lines(window)


async def test_windows_and_line_order_reach_an_open_display(qtbot, db, db_url, hall, actors):
    lines = await line_ids(db, hall.hall_id)
    windows = await window_ids(db, hall.hall_id)
    service = WindowsLinesService(db)
    boss = actors["admin"]
    async with open_display(qtbot, db_url, hall) as (window, _):
        await wait_until(lambda: sorted(window.window_texts()) == list(range(1, 13)))
        twelve = (await service.setup(boss)).window(windows[12])
        await service.edit_window(boss, twelve.id, dataclasses.replace(twelve.fields(), number=20))
        await wait_until(lambda: 20 in window.window_texts())
        assert 12 not in window.window_texts()
        eleven = (await service.setup(boss)).window(windows[11])
        await service.edit_window(
            boss, eleven.id, dataclasses.replace(eleven.fields(), active=False)
        )
        await wait_until(lambda: 11 not in window.window_texts())
        await service.move_line(boss, lines["X"], "up")
        await wait_until(lambda: display_lines(window)[-2:] == ["X 办不成事反映", "T 税务"])


async def test_a_new_order_and_name_reach_an_open_desk(qtbot, db, db_url, hall, actors, tmp_path):
    lines = await line_ids(db, hall.hall_id)
    service = WindowsLinesService(db)
    boss = actors["zhuren"]
    async with open_desk(qtbot, db_url, hall, f"pdf:{tmp_path}") as (window, _):
        assert list(window._buttons) == [lines[p] for p in "AGBQSTX"]
        # Only a reorder: no ticket or line event comes with it to wake the desk.
        await service.set_line_order(boss, [lines[p] for p in "XABGQST"])
        await wait_until(lambda: list(window._buttons) == [lines[p] for p in "XABGQST"])
        q = (await service.setup(boss)).line(lines["Q"])
        await service.edit_line(boss, q.id, dataclasses.replace(q.fields(), name="企业开办专区"))
        await wait_until(lambda: "企业开办专区" in window.line_button(lines["Q"]).title.text())
        made = await service.create_line(boss, LineFields(prefix="HK", name="港澳通行证"))
        await wait_until(lambda: made.id in window._buttons)
        t = (await service.setup(boss)).line(lines["T"])
        await service.edit_line(boss, t.id, dataclasses.replace(t.fields(), active=False))
        await wait_until(lambda: lines["T"] not in window._buttons)


async def test_a_windows_new_lines_reach_its_clerk(qtbot, db, db_url, hall, actors):
    lines = await line_ids(db, hall.hall_id)
    windows = await window_ids(db, hall.hall_id)
    service = WindowsLinesService(db)
    async with open_clerk(qtbot, db_url, hall, window_number=1) as (window, controller):
        await wait_until(lambda: window.lines_label.text() != "")
        assert window.lines_label.text().splitlines()[0].startswith("A 综合受理")
        await service.set_window_lines(actors["zhuren"], windows[1], [lines["T"], lines["A"]])
        await wait_until(lambda: window.lines_label.text().splitlines()[0].startswith("T 税务"))
        assert len(window.lines_label.text().splitlines()) == 2
        # The order the window now calls in is the one it shows: T before an older A.
        queue = QueueService(db)
        await queue.issue_ticket(actors["daoban"], lines["A"])
        t = await queue.issue_ticket(actors["daoban"], lines["T"])
        await wait_until(lambda: t.ticket.number in window.upcoming_label.text())
        upcoming = window.upcoming_label.text()
        assert upcoming.index(t.ticket.number) < upcoming.index("A001")
        assert controller.window_id == windows[1]

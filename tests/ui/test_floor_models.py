"""The monitor's live tables repaint what changed: a row whose window changed, every
row when the clock reaches another second (the durations shown read in seconds)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from hall_desktop.domain.floor import Floor
from hall_desktop.domain.tickets import TicketStatus
from hall_desktop.ui.models.floor import WindowFloorModel
from tests.unit.test_floor import NOW, line, ticket, window


def _floor() -> Floor:
    floor = Floor(lines={1: line(1, "A")})
    floor.put_windows(window(i, (1,)) for i in range(1, 7))
    floor.put_tickets(ticket(i, 1, TicketStatus.WAITING, 10 + i) for i in range(1, 5))
    return floor


def test_a_call_repaints_its_window_only_until_the_next_second(qtbot):
    model = WindowFloorModel()
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda a, b, *_: changed.append((a.row(), b.row(), a.column(), b.column()))
    )
    floor = _floor()
    model.show(floor.picture(NOW).windows, NOW)
    assert model.rowCount() == 6 and not changed  # the first rows: a reset

    called = replace(floor.tickets[1], status=TicketStatus.CALLED, window_id=4, called_at=NOW)
    floor.put_tickets([called])
    later = NOW + timedelta(milliseconds=300)  # the same second
    model.show(floor.picture(later).windows, later)
    assert changed == [(3, 3, 0, model.columnCount() - 1)]  # window 4's row
    assert model.data(model.index(3, 3)) == "A001"

    changed.clear()
    model.show(floor.picture(later).windows, later)  # nothing new: nothing repainted
    assert changed == []

    next_second = NOW + timedelta(seconds=1)
    model.show(floor.picture(next_second).windows, next_second)
    assert changed == [(0, 5, 0, model.columnCount() - 1)]  # every row: the times moved

    changed.clear()
    floor.put_windows([window(2, (1,), paused_at=NOW), window(5, (1,), paused_at=NOW)])
    model.show(floor.picture(next_second).windows, next_second)
    assert changed == [(1, 1, 0, 6), (4, 4, 0, 6)]  # two runs, not the rows between

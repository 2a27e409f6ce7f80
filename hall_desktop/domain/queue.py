"""The order in which a window calls tickets (叫号顺序).

Held tickets of this window that are due for call-back come first, then priority class
(green channel, checked-in appointment, transferred-in), then the window's rank for the
ticket's line, then issue time. The store turns this into SQL; this module is the
reference the tests compare it with.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class QueueEntry:
    ticket_id: int
    line_id: int
    priority: int
    issued_at: datetime
    held_due_at: datetime | None = None  # set for tickets held by this window
    target_window_id: int | None = None  # a ticket transferred to one window only


def call_order_key(
    entry: QueueEntry, line_rank: Mapping[int, int], now: datetime
) -> tuple[int, datetime, int, int, datetime, int]:
    due = entry.held_due_at is not None and entry.held_due_at <= now
    return (
        0 if due else 1,
        entry.held_due_at if due and entry.held_due_at is not None else now,
        -entry.priority,
        line_rank[entry.line_id],
        entry.issued_at,
        entry.ticket_id,
    )


def next_for_window(
    entries: Iterable[QueueEntry], window_id: int, line_rank: Mapping[int, int], now: datetime
) -> QueueEntry | None:
    """The entry the window should call next, or None.

    ``line_rank`` maps each line the window serves to its rank (lower first); entries of
    other lines, entries meant for another window and held tickets not yet due are skipped.
    """
    eligible = [
        e
        for e in entries
        if e.line_id in line_rank
        and (e.target_window_id is None or e.target_window_id == window_id)
        and (e.held_due_at is None or e.held_due_at <= now)
    ]
    if not eligible:
        return None
    return min(eligible, key=lambda e: call_order_key(e, line_rank, now))

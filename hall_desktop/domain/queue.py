"""The order in which a window calls tickets (叫号顺序).

Held tickets of this window that are due for call-back come first, then priority class
(green channel, checked-in appointment, transferred-in), then the window's rank for the
ticket's line, then issue time. :data:`CALL_ORDER` is the one definition: the Python key
below and the SQL ``ORDER BY`` (``hall_desktop.services.queue.statements``) are both
built from it, term by term.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any


@dataclass(frozen=True, slots=True)
class QueueEntry:
    ticket_id: int
    line_id: int
    priority: int
    issued_at: datetime
    held_due_at: datetime | None = None  # set for tickets held by this window
    target_window_id: int | None = None  # a ticket transferred to one window only


class OrderTerm(Enum):
    """One term of the call order, compared in :data:`CALL_ORDER`'s order."""

    HELD_DUE_FIRST = "held_due_first"  # held tickets due for call-back before waiting ones
    HELD_DUE_AT = "held_due_at"  # among those, the one due earliest
    PRIORITY_DESC = "priority_desc"  # the higher priority class first
    LINE_RANK = "line_rank"  # the window's rank for the ticket's line, lower first
    ISSUED_AT = "issued_at"  # the earlier ticket first
    TICKET_ID = "ticket_id"  # full ties: the lower id


CALL_ORDER: tuple[OrderTerm, ...] = (
    OrderTerm.HELD_DUE_FIRST,
    OrderTerm.HELD_DUE_AT,
    OrderTerm.PRIORITY_DESC,
    OrderTerm.LINE_RANK,
    OrderTerm.ISSUED_AT,
    OrderTerm.TICKET_ID,
)


def _due(entry: QueueEntry, now: datetime) -> bool:
    return entry.held_due_at is not None and entry.held_due_at <= now


#: Each term as a Python sort key of (entry, the window's line ranks, now).
TERM_KEYS: Mapping[OrderTerm, Callable[[QueueEntry, Mapping[int, int], datetime], Any]] = {
    OrderTerm.HELD_DUE_FIRST: lambda e, rank, now: 0 if _due(e, now) else 1,
    OrderTerm.HELD_DUE_AT: lambda e, rank, now: (
        e.held_due_at if _due(e, now) and e.held_due_at is not None else now
    ),
    OrderTerm.PRIORITY_DESC: lambda e, rank, now: -e.priority,
    OrderTerm.LINE_RANK: lambda e, rank, now: rank[e.line_id],
    OrderTerm.ISSUED_AT: lambda e, rank, now: e.issued_at,
    OrderTerm.TICKET_ID: lambda e, rank, now: e.ticket_id,
}


def call_order_key(
    entry: QueueEntry, line_rank: Mapping[int, int], now: datetime
) -> tuple[Any, ...]:
    return tuple(TERM_KEYS[term](entry, line_rank, now) for term in CALL_ORDER)


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

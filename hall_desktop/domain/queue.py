"""The order in which a window calls tickets (叫号顺序), and the hall's queue policy.

Held tickets of this window that are due for call-back come first, then the ticket's
call class (:func:`call_class`: its priority class, lifted by the hall's interleave
and waiting bound), then the window's rank for the ticket's line, then issue time.
:data:`CALL_ORDER` is the one definition: the Python key below and the SQL ``ORDER BY``
(``hall_desktop.services.queue.statements``) are both built from it, term by term.

The policy rules (:func:`call_class`, :func:`next_run`) are written once, over an
:class:`Ops` that is either plain Python (:data:`PY`) or SQL (the statements module
gives its own), so the claim in SQL and the reference in Python cannot drift apart.

**Interleave (优先号穿插).** Strict: green-channel and appointment tickets are always
called before ordinary ones. N:1 (``every`` = N): after a window has called N of them
in a row (its ``priority_run``), the next ordinary ticket of a line with that setting
comes first, if one waits. **Waiting bound (最长等候).** An ordinary ticket still
waiting at its ``overdue_at`` (issue time + the bound in force when it was issued)
is no longer passed by priority tickets issued after it: it joins their class and is
called in issue order among them. Held tickets due for call-back stay first and
transferred tickets keep their class.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any, Protocol

from hall_desktop.domain.tickets import Priority

PRIORITY_EVERY_MAX = 9  # 9:1 is as loose as an interleave gets; 0 is strict
MAX_WAIT_MINUTES_MAX = 480  # a working day

#: The priority classes an interleave counts and lets an ordinary ticket through after.
INTERLEAVED: tuple[Priority, ...] = (Priority.APPOINTMENT, Priority.GREEN)
#: The call class of an ordinary ticket whose turn the interleave has brought.
TURN_CLASS = int(Priority.GREEN) + 1
#: The call class of an ordinary ticket past its waiting bound: that of the green channel.
OVERDUE_CLASS = int(Priority.GREEN)


class Ops(Protocol):
    """What the policy rules need of a language: plain Python or SQL expressions."""

    def when(self, condition: Any, then: Any, otherwise: Any) -> Any: ...

    def all(self, *conditions: Any) -> Any: ...

    def any(self, *conditions: Any) -> Any: ...

    def first_known(self, *values: Any) -> Any:
        """The first value that is not unknown (NULL / None)."""
        ...

    def at_or_before(self, moment: Any, limit: Any) -> Any:
        """``moment <= limit``; false when either is unknown."""
        ...


class PythonOps:
    def when(self, condition: Any, then: Any, otherwise: Any) -> Any:
        return then if condition else otherwise

    def all(self, *conditions: Any) -> Any:
        return all(conditions)

    def any(self, *conditions: Any) -> Any:
        return any(conditions)

    def first_known(self, *values: Any) -> Any:
        return next((v for v in values if v is not None), None)

    def at_or_before(self, moment: Any, limit: Any) -> Any:
        return moment is not None and limit is not None and moment <= limit


PY = PythonOps()


def call_class(ops: Ops, *, priority: Any, run: Any, every: Any, overdue_at: Any, now: Any) -> Any:
    """The class a waiting ticket is called in, higher first (叫号类别).

    ``priority``: its priority class; ``run``: priority tickets the window has called in
    a row; ``every``: the line's interleave (0 strict, N for N:1); ``overdue_at``: when
    the ticket passes its waiting bound (unknown: no bound).
    """
    ordinary = priority == int(Priority.NORMAL)
    return ops.when(
        ops.all(ordinary, every > 0, run >= every),
        TURN_CLASS,
        ops.when(ops.all(ordinary, ops.at_or_before(overdue_at, now)), OVERDUE_CLASS, priority),
    )


def next_run(ops: Ops, *, run: Any, priority: Any, called_back: Any) -> Any:
    """The window's ``priority_run`` after it calls a ticket: one more after a green
    channel or appointment, none after an ordinary ticket, unchanged after a transfer
    or a held ticket's call-back (neither is a new turn of the interleave)."""
    return ops.when(
        called_back,
        run,
        ops.when(
            ops.any(*(priority == int(p) for p in INTERLEAVED)),
            run + 1,
            ops.when(priority == int(Priority.NORMAL), 0, run),
        ),
    )


@dataclass(frozen=True, slots=True)
class QueueEntry:
    ticket_id: int
    line_id: int
    priority: int
    issued_at: datetime
    held_due_at: datetime | None = None  # set for tickets held by this window
    target_window_id: int | None = None  # a ticket transferred to one window only
    overdue_at: datetime | None = None  # when it passes the waiting bound


@dataclass(frozen=True, slots=True)
class WindowView:
    """What the order depends on besides the tickets: one window at one instant."""

    window_id: int
    line_rank: Mapping[int, int]  # the lines it serves → rank, lower first
    now: datetime
    run: int = 0  # priority tickets it called in a row (``priority_run``)
    every: Mapping[int, int] = field(default_factory=dict)  # line → interleave, 0 strict


class OrderTerm(Enum):
    """One term of the call order, compared in :data:`CALL_ORDER`'s order."""

    HELD_DUE_FIRST = "held_due_first"  # held tickets due for call-back before waiting ones
    HELD_DUE_AT = "held_due_at"  # among those, the one due earliest
    CALL_CLASS_DESC = "call_class_desc"  # the higher call class first (call_class)
    LINE_RANK = "line_rank"  # the window's rank for the ticket's line, lower first
    ISSUED_AT = "issued_at"  # the earlier ticket first
    TICKET_ID = "ticket_id"  # full ties: the lower id


CALL_ORDER: tuple[OrderTerm, ...] = (
    OrderTerm.HELD_DUE_FIRST,
    OrderTerm.HELD_DUE_AT,
    OrderTerm.CALL_CLASS_DESC,
    OrderTerm.LINE_RANK,
    OrderTerm.ISSUED_AT,
    OrderTerm.TICKET_ID,
)


def _due(entry: QueueEntry, now: datetime) -> bool:
    return entry.held_due_at is not None and entry.held_due_at <= now


def entry_class(entry: QueueEntry, view: WindowView) -> int:
    klass: int = call_class(
        PY,
        priority=entry.priority,
        run=view.run,
        every=view.every.get(entry.line_id, 0),
        overdue_at=entry.overdue_at,
        now=view.now,
    )
    return klass


#: Each term as a Python sort key of (entry, window view).
TERM_KEYS: Mapping[OrderTerm, Callable[[QueueEntry, WindowView], Any]] = {
    OrderTerm.HELD_DUE_FIRST: lambda e, v: 0 if _due(e, v.now) else 1,
    OrderTerm.HELD_DUE_AT: lambda e, v: (
        e.held_due_at if _due(e, v.now) and e.held_due_at is not None else v.now
    ),
    OrderTerm.CALL_CLASS_DESC: lambda e, v: -entry_class(e, v),
    OrderTerm.LINE_RANK: lambda e, v: v.line_rank[e.line_id],
    OrderTerm.ISSUED_AT: lambda e, v: e.issued_at,
    OrderTerm.TICKET_ID: lambda e, v: e.ticket_id,
}


def call_order_key(entry: QueueEntry, view: WindowView) -> tuple[Any, ...]:
    return tuple(TERM_KEYS[term](entry, view) for term in CALL_ORDER)


def next_for_window(entries: Iterable[QueueEntry], view: WindowView) -> QueueEntry | None:
    """The entry the window should call next, or None.

    Entries of lines the window does not serve, entries meant for another window and
    held tickets not yet due are skipped.
    """
    eligible = [
        e
        for e in entries
        if e.line_id in view.line_rank
        and (e.target_window_id is None or e.target_window_id == view.window_id)
        and (e.held_due_at is None or e.held_due_at <= view.now)
    ]
    if not eligible:
        return None
    return min(eligible, key=lambda e: call_order_key(e, view))

"""指定叫号: a clerk calls one chosen waiting ticket of the window's lines out of the call
order, with a reason; and how often each clerk did, by reason.

Atomic like call-next (:mod:`.moves`): the window's row is locked first (PostgreSQL), then
the chosen ticket (``MOVE_PG``, the lock order of the package docstring), and the call is
written guarded by the ticket's status, so two windows calling the same ticket at once
get it exactly once; on SQLite the guarded update runs under the file's write lock. The
window's ``priority_run`` moves on as after any call. The
call writes the same ``ticket_called`` event as any call (the display shows and speaks
it) with the reason in its payload, and one :class:`OutOfOrderCall` row to count.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, insert, or_, select

from hall_desktop.domain import tickets as tk
from hall_desktop.domain.calls import CallReason, call_reason
from hall_desktop.domain.errors import Refused
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.tickets import TicketStatus
from hall_desktop.services import rules
from hall_desktop.services.actor import CALLERS, Actor, recheck, require
from hall_desktop.services.dto import TicketInfo
from hall_desktop.services.queue import statements as sql
from hall_desktop.services.queue.context import QueueContext, usable
from hall_desktop.services.queue.events import write_move_event
from hall_desktop.services.queue.moves import _busy, write_move
from hall_desktop.services.queue.rows import ticket_info
from hall_desktop.store.models import (
    BusinessLine,
    OutOfOrderCall,
    ServiceWindow,
    Staff,
    Ticket,
    WindowLine,
)

_TAKEN = frozenset({TicketStatus.CALLED.value, TicketStatus.SERVING.value, TicketStatus.HELD.value})


@dataclass(frozen=True, slots=True)
class OutOfOrderFigures:
    """One clerk's calls out of order over a period, in all and by reason."""

    clerk_id: int
    clerk_name: str
    staff_number: str
    total: int
    by_reason: Mapping[CallReason, int] = field(default_factory=dict)

    def count(self, reason: CallReason) -> int:
        return self.by_reason.get(reason, 0)


async def call_ticket(
    ctx: QueueContext,
    actor: Actor,
    window_id: int,
    ticket_id: int,
    reason: CallReason,
    note: str | None,
) -> TicketInfo:
    """指定叫号: call the chosen waiting ticket to the window now (see the module)."""
    require(actor, *CALLERS, action="指定叫号")
    note = rules.CALL_NOTE.optional(note)
    reason = call_reason(reason, note)
    async with ctx.db.write_core() as conn:
        now = await ctx.db.now(conn)
        # The window first (locked on PostgreSQL, with what it has in hand read after).
        window = usable(
            await ctx.claims.window_for_call_back(conn, window_id), actor.hall_id, window_id
        )
        actor = await recheck(conn, actor, *CALLERS, action="指定叫号")
        await ctx.require_signed_in(conn, actor, window.number, window.clerk_id, "指定叫号")
        if window.paused:
            raise Refused(f"{window.number}号窗口暂停服务中，请先恢复服务", code="paused")
        if window.in_hand is not None:
            raise _busy(window.in_hand)
        # Then the ticket, locked: a second window's call waits here for the first's end.
        row = await ctx.move_row(conn, actor.hall_id, ticket_id)
        t = row.ticket
        if t.status == TicketStatus.HELD.value and row.window_number is not None:
            raise Refused(
                f"{t.number} 号在{row.window_number}号窗口挂起中，请由该窗口回呼", code="taken"
            )
        if t.status in _TAKEN and row.window_number is not None:
            raise Refused(
                f"{t.number} 号已由{row.window_number}号窗口叫号，请选择其他号", code="taken"
            )
        if t.service_day != await ctx.today(conn, t.hall_id, now):
            raise Refused(f"{t.number} 号不是今天的号，不能叫号", code="not_today")
        new = tk.call(t.times(), now)  # refuses a ticket that is not waiting
        serves = await conn.scalar(
            select(func.count())
            .select_from(WindowLine)
            .where(
                WindowLine.window_id == window.id,
                WindowLine.line_id == t.line_id,
                WindowLine.serving_on(t.service_day),
            )
        )
        if not serves:
            raise Refused(
                f"{t.number} 号属于“{row.line_name}”，{window.number}号窗口不办理该业务",
                code="not_this_line",
            )
        if t.target_window_id is not None and t.target_window_id != window.id:
            target = await conn.scalar(
                select(ServiceWindow.number).where(ServiceWindow.id == t.target_window_id)
            )
            raise Refused(
                f"{t.number} 号已指定到{target}号窗口办理，请由该窗口叫号", code="other_window"
            )
        values = await write_move(
            conn, t, new, window_id=window.id, clerk_id=actor.staff_id, target_window_id=None
        )
        moved = dataclasses.replace(t, **values)
        # A call like any other for the interleave's count (domain.queue.next_run).
        await conn.execute(
            sql.AFTER_CALL_RUN,
            {"p_window_id": window.id, "p_priority": t.priority, "p_called_back": False},
        )
        await conn.execute(
            insert(OutOfOrderCall).values(
                hall_id=t.hall_id,
                service_day=t.service_day,
                at=now,
                ticket_id=t.id,
                window_id=window.id,
                clerk_id=actor.staff_id,
                reason=reason.value,
                note=note,
            )
        )
        extra = {"out_of_order": True, "call_reason": reason.value}
        if note:
            extra["call_note"] = note
        await write_move_event(
            conn, EventKind.TICKET_CALLED, now, actor, moved, window.number, **extra
        )
        return ticket_info(moved, row.line_name, row.line_prefix, window.number)


async def waiting_for_window(ctx: QueueContext, hall_id: int, window_id: int) -> list[TicketInfo]:
    """Today's waiting tickets a window may call out of order: of its lines, not meant
    for another window; by issue time (the screen's list to pick from)."""
    async with ctx.db.read() as session:
        now = await ctx.db.now(session)
        day = await ctx.today(session, hall_id, now)
        rows = await session.execute(
            select(Ticket, BusinessLine)
            .join(BusinessLine, BusinessLine.id == Ticket.line_id)
            .join(
                WindowLine,
                (WindowLine.line_id == Ticket.line_id)
                & (WindowLine.window_id == window_id)
                & WindowLine.serving_on(day),
            )
            .where(
                Ticket.hall_id == hall_id,
                Ticket.service_day == day,
                Ticket.status == TicketStatus.WAITING.value,
                or_(Ticket.target_window_id.is_(None), Ticket.target_window_id == window_id),
            )
            .order_by(Ticket.issued_at, Ticket.id)
            .limit(200)
        )
        return [await ctx.info(session, t) for t, _line in rows]


async def out_of_order_counts(
    ctx: QueueContext, hall_id: int, day_from: date, day_to: date
) -> list[OutOfOrderFigures]:
    """Per clerk, the calls out of order of the service days ``day_from`` … ``day_to``
    (both included), by reason; the clerks with most first."""
    async with ctx.db.read() as session:
        rows = (
            await session.execute(
                select(
                    OutOfOrderCall.clerk_id,
                    Staff.name,
                    Staff.staff_number,
                    OutOfOrderCall.reason,
                    func.count(),
                )
                .join(Staff, Staff.id == OutOfOrderCall.clerk_id)
                .where(
                    OutOfOrderCall.hall_id == hall_id,
                    OutOfOrderCall.service_day >= day_from,
                    OutOfOrderCall.service_day <= day_to,
                )
                .group_by(
                    OutOfOrderCall.clerk_id, Staff.name, Staff.staff_number, OutOfOrderCall.reason
                )
            )
        ).all()
    clerks: dict[int, tuple[str, str, dict[CallReason, int]]] = {}
    for clerk_id, name, number, reason, count in rows:
        by_reason = clerks.setdefault(clerk_id, (name, number, {}))[2]
        by_reason[CallReason(reason)] = count
    figures = [
        OutOfOrderFigures(clerk_id, name, number, sum(by_reason.values()), by_reason)
        for clerk_id, (name, number, by_reason) in clerks.items()
    ]
    return sorted(figures, key=lambda f: (-f.total, f.staff_number))

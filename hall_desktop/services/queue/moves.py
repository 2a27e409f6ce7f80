"""Moves of tickets: 叫号 (call next), 重呼, 过号, 开始办理, 办结, 挂起, 回呼, 转移, 取消,
恢复, and the day's close (日终).

Each move is one write transaction: load the ticket, let :mod:`hall_desktop.domain.tickets`
refuse an illegal move, write it guarded by the status it was computed from, and record
its event (:mod:`.events`). Rows lock in the package docstring's order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from hall_desktop.domain import tickets as tk
from hall_desktop.domain.calls import Assist
from hall_desktop.domain.errors import IllegalTransition, NotFound, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.tickets import OPEN_STATUSES, Outcome, TicketStatus, TicketTimes
from hall_desktop.services import applications, rules
from hall_desktop.services.actor import (
    CALLERS,
    ISSUERS,
    MANAGERS,
    STAFF,
    Actor,
    Role,
    recheck,
    require,
)
from hall_desktop.services.dto import TicketInfo
from hall_desktop.services.extended import open_for_finish
from hall_desktop.services.queue import bundle_runs
from hall_desktop.services.queue import statements as sql
from hall_desktop.services.queue.assist import write_assist
from hall_desktop.services.queue.carry import carry_number
from hall_desktop.services.queue.citizen_limits import forget_old_days
from hall_desktop.services.queue.context import QueueContext, usable
from hall_desktop.services.queue.events import write_event, write_move_event
from hall_desktop.services.queue.rows import MoveRow, TicketRow, ticket_info
from hall_desktop.store.models import ServiceItem, ServiceWindow, Ticket, TicketItem, WindowLine

_CLAIM_ATTEMPTS = 20
# Statuses in which a ticket belongs to the window that called it.
_WINDOW_STATUSES = frozenset({*sql.IN_HAND_VALUES, TicketStatus.HELD.value})

#: What a move checks and adds to the columns it writes, given the ticket before it.
Check = Callable[[AsyncConnection, MoveRow, datetime], Awaitable[dict[str, Any]]]
#: What a move writes after its own event, given the ticket before and after it.
Then = Callable[[AsyncConnection, MoveRow, TicketRow, datetime], Awaitable[None]]


class _AllClaimed(Exception):
    """Every candidate of a call-next was locked by other windows' claims (PostgreSQL)."""

    def __init__(self, ticket_id: int) -> None:
        super().__init__(ticket_id)
        self.ticket_id = ticket_id


def _busy(number: str, *, hint: str = "（办结、过号或挂起）") -> Refused:
    return Refused(f"请先处理当前的 {number} 号{hint}", code="busy")


async def write_move(
    conn: AsyncSession | AsyncConnection, row: TicketRow, new: TicketTimes, **extra: Any
) -> dict[str, Any]:
    """Write a move, guarded by the status it was computed from; the values written."""
    values: dict[str, Any] = {
        f.name: getattr(new, f.name) for f in dataclasses.fields(new) if f.name != "number"
    }
    values["status"] = new.status.value
    values.update(extra)
    result = await conn.execute(
        sql.UPDATE_GUARDED, {"p_id": row.id, "p_status": row.status, **values}
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise IllegalTransition(
            f"{row.number} 号的状态刚被其他人更改，请刷新后重试", code="concurrent_change"
        )
    return values


# ---------------------------------------------------------------- call next


async def call_next(ctx: QueueContext, actor: Actor, window_id: int) -> TicketInfo | None:
    """叫号: claim the window's next ticket; None when nobody is waiting.

    Held tickets of this window due for call-back first, then priority class, then the
    window's rank for the line, then issue time (:data:`hall_desktop.domain.queue.
    CALL_ORDER`). The claim (:mod:`.claim`) is one statement on PostgreSQL (``UPDATE …
    FROM (SELECT … FOR NO KEY UPDATE SKIP LOCKED)``) and a select plus a conditional
    update under the file's write lock on SQLite, so two windows never get the same
    ticket. The columns it sets are those of :func:`tickets.call` and
    :func:`tickets.call_back`.
    """
    require(actor, *CALLERS, action="叫号")
    for _ in range(_CLAIM_ATTEMPTS):
        try:
            return await _call_next_once(ctx, actor, window_id)
        except _AllClaimed as e:
            # Every candidate is being claimed by another window right now: wait for
            # the best one's claim to end, holding no lock meanwhile (the lock order in
            # the package docstring), then look again.
            await ctx.claims.wait_for_claim(e.ticket_id)
    raise Refused("叫号冲突过多，请稍后重试", code="claim_contention")


async def _call_next_once(ctx: QueueContext, actor: Actor, window_id: int) -> TicketInfo | None:
    """One try of :func:`call_next` in one transaction; :class:`_AllClaimed` (which
    rolls it back: it wrote nothing) when every candidate was skipped."""
    async with ctx.db.write_core() as conn:
        now = await ctx.db.now(conn)
        actor = await recheck(conn, actor, *CALLERS, action="叫号")
        day = await ctx.today(conn, actor.hall_id, now)
        params: dict[str, Any] = {
            "p_window_id": window_id,
            "p_hall_id": actor.hall_id,
            "p_day": day,
            "p_now": now,
            "p_clerk_id": actor.staff_id,
        }
        window = usable(await ctx.claims.window_for_call(conn, params), actor.hall_id, window_id)
        await ctx.require_signed_in(conn, actor, window.number, window.clerk_id)
        if window.paused:
            raise Refused(f"{window.number}号窗口暂停服务中，请先恢复服务", code="paused")
        if window.in_hand is not None:
            raise _busy(window.in_hand)
        params["p_window_number"] = window.number
        claimed = await ctx.claims.claim(conn, params, window)
        if claimed is None:
            # Nobody waits; or (PostgreSQL) the window already has a ticket, or every
            # candidate was being claimed by another window and was skipped.
            found = (await conn.execute(sql.IN_HAND_AND_BEST, params)).one()
            if found.in_hand is not None:
                raise _busy(found.in_hand)
            if found.best_id is None:
                return None
            raise _AllClaimed(found.best_id)
        if not claimed.logged:
            held = claimed.previous_status == TicketStatus.HELD.value
            kind = EventKind.TICKET_CALLED_BACK if held else EventKind.TICKET_CALLED
            await write_move_event(conn, kind, now, actor, claimed.ticket, window.number)
        return ticket_info(claimed.ticket, claimed.line_name, claimed.line_prefix, window.number)


# ---------------------------------------------------------------- one ticket's moves


async def transition(
    ctx: QueueContext,
    actor: Actor,
    ticket_id: int,
    move: Callable[[TicketTimes, datetime], TicketTimes],
    kind: EventKind,
    *,
    roles: Sequence[Role],
    action: str,
    in_hand: bool = False,
    before: Check | None = None,
    payload: dict[str, Any] | None = None,
    lock_window: int | None = None,
    then: Then | None = None,
    items: Sequence[int] | None = None,
) -> TicketInfo:
    """One move of one ticket: load, check with the domain, write guarded, log.

    ``in_hand`` moves (recall, no-show, start, finish, hold) belong to the clerk signed
    in to the window that holds the ticket, who becomes its clerk. ``lock_window``: the
    window the move brings the ticket to, locked before the ticket (the lock order).
    ``items``: the items handled, when the move itself recorded them (a finish: a
    ticket's items are written by its finish only), so they are not read back.
    """
    async with ctx.db.write_core() as conn:
        now = await ctx.db.now(conn)
        if lock_window is not None:
            await ctx.claims.lock_window(conn, lock_window)
        actor = await recheck(conn, actor, *roles, action=action)
        row = await ctx.move_row(conn, actor.hall_id, ticket_id)
        ticket = row.ticket
        new = move(ticket.times(), now)  # refuses an illegal move before anything is written
        extra: dict[str, Any] = {}
        if in_hand:
            if row.window_number is None:
                raise Refused(f"{ticket.number} 号不在您的窗口办理", code="not_yours")
            await ctx.require_signed_in(
                conn, actor, row.window_number, row.window_clerk_id, f"办理 {ticket.number} 号"
            )
            extra["clerk_id"] = actor.staff_id
        if before is not None:
            extra.update(await before(conn, row, now))
        moved = dataclasses.replace(ticket, **await write_move(conn, ticket, new, **extra))
        window_number = row.window_number
        if moved.window_id != ticket.window_id:
            window_number = (
                await conn.execute(
                    select(ServiceWindow.number).where(ServiceWindow.id == moved.window_id)
                )
            ).scalar_one_or_none()
        await write_move_event(conn, kind, now, actor, moved, window_number, **(payload or {}))
        if then is not None:
            await then(conn, row, moved, now)
        if items is None and new.status is TicketStatus.DONE:
            items = (
                await conn.scalars(
                    select(TicketItem.service_item_id).where(TicketItem.ticket_id == ticket.id)
                )
            ).all()
        return ticket_info(moved, row.line_name, row.line_prefix, window_number, items or ())


async def _clerk_move(
    ctx: QueueContext,
    actor: Actor,
    ticket_id: int,
    move: Callable[[TicketTimes, datetime], TicketTimes],
    kind: EventKind,
    action: str,
    *,
    before: Check | None = None,
    payload: dict[str, Any] | None = None,
    then: Then | None = None,
    items: Sequence[int] | None = None,
) -> TicketInfo:
    """A move of the ticket in the hand of the actor's window."""
    return await transition(
        ctx,
        actor,
        ticket_id,
        move,
        kind,
        in_hand=True,
        before=before,
        payload=payload,
        then=then,
        items=items,
        roles=CALLERS,
        action=action,
    )


async def cancel(ctx: QueueContext, actor: Actor, ticket_id: int) -> TicketInfo:
    """取消: the citizen left before being called."""
    require(actor, *ISSUERS, action="取消排队号")
    return await transition(
        ctx,
        actor,
        ticket_id,
        tk.cancel,
        EventKind.TICKET_CANCELLED,
        roles=ISSUERS,
        action="取消排队号",
    )


async def reactivate(ctx: QueueContext, actor: Actor, ticket_id: int) -> TicketInfo:
    """恢复: a no-show or cancelled ticket of today waits again."""
    require(actor, *STAFF, action="恢复排队号")

    async def check(conn: AsyncConnection, row: MoveRow, now: datetime) -> dict[str, Any]:
        t = row.ticket
        if t.service_day != await ctx.today(conn, t.hall_id, now):
            raise Refused(f"{t.number} 号不是今天的号，不能恢复", code="not_today")
        if t.status == TicketStatus.NO_SHOW.value and t.closed_at is not None:
            limit = await ctx.reactivate_minutes(t.hall_id)
            if now - t.closed_at > timedelta(minutes=limit):
                raise Refused(
                    f"{t.number} 号过号已超过 {limit} 分钟，不能恢复，请群众重新取号",
                    code="reactivate_too_late",
                )
        return {"window_id": None, "clerk_id": None}

    return await transition(
        ctx,
        actor,
        ticket_id,
        tk.reactivate,
        EventKind.TICKET_REACTIVATED,
        before=check,
        roles=STAFF,
        action="恢复排队号",
    )


async def recall(ctx: QueueContext, actor: Actor, ticket_id: int) -> TicketInfo:
    """重呼: call the ticket in hand again (up to the recall limit)."""
    require(actor, *CALLERS, action="重呼")
    limit = ctx.settings.recall_limit
    if limit is None:
        limit = await ctx.recall_limit(actor.hall_id)
    return await _clerk_move(
        ctx,
        actor,
        ticket_id,
        lambda t, now: tk.recall(t, now, limit=limit),
        EventKind.TICKET_RECALLED,
        "重呼",
    )


async def no_show(ctx: QueueContext, actor: Actor, ticket_id: int) -> TicketInfo:
    """过号: the called citizen did not come."""
    require(actor, *CALLERS, action="过号")
    return await _clerk_move(
        ctx, actor, ticket_id, tk.mark_no_show, EventKind.TICKET_NO_SHOW, "过号"
    )


async def start(ctx: QueueContext, actor: Actor, ticket_id: int) -> TicketInfo:
    """开始办理."""
    require(actor, *CALLERS, action="开始办理")
    return await _clerk_move(ctx, actor, ticket_id, tk.start, EventKind.TICKET_STARTED, "开始办理")


async def finish(
    ctx: QueueContext,
    actor: Actor,
    ticket_id: int,
    *,
    outcome: Outcome,
    item_ids: Sequence[int],
    note: str | None,
    assist: Assist | None = None,
) -> TicketInfo:
    """办结: record what was handled (事项) and the outcome (and 帮代办, if given); a
    bundle's ticket goes on to its next step (:mod:`.bundle_runs`)."""
    require(actor, *CALLERS, action="办结")
    try:
        outcome = Outcome(outcome)
    except ValueError:
        raise ValidationError("outcome", "请选择办理结果（办结、补正告知、咨询等）") from None
    wanted = sorted(set(item_ids))
    note = rules.TICKET_NOTE.optional(note)

    async def check(conn: AsyncConnection, row: MoveRow, now: datetime) -> dict[str, Any]:
        t = row.ticket
        promised: dict[int, int | None] = {}  # each item handled: its 承诺时限
        if wanted:
            found = await conn.execute(
                select(ServiceItem.id, ServiceItem.promised_days).where(
                    ServiceItem.hall_id == t.hall_id, ServiceItem.id.in_(wanted)
                )
            )
            promised = {item_id: days for item_id, days in found}
            missing = [i for i in wanted if i not in promised]
            if missing:
                raise NotFound(f"事项目录中找不到编号为 {missing} 的事项")
            await conn.execute(delete(TicketItem).where(TicketItem.ticket_id == t.id))
            await conn.execute(
                insert(TicketItem), [{"ticket_id": t.id, "service_item_id": i} for i in wanted]
            )
        schedule = await ctx.schedule(t.hall_id, conn)
        # 延时服务: finished after closing time opens its record, in this transaction.
        await open_for_finish(
            conn,
            schedule=schedule,
            zone=await ctx.zone(conn, t.hall_id),
            ticket=t,
            window_number=row.window_number,
            now=now,
            actor=actor,
            item_ids=wanted,
        )
        if outcome is Outcome.ACCEPTED:
            # 限时办结: a 受理 opens its 办件 with their due dates, in this transaction.
            await applications.open_for_finish(
                conn,
                schedule=schedule,
                ticket=t,
                window_number=row.window_number,
                now=now,
                actor=actor,
                promised=promised,
            )
        if assist is not None:
            await write_assist(conn, ctx, actor, t, now, assist)
        return {"outcome": outcome.value, "note": note}

    async def then(conn: AsyncConnection, row: MoveRow, moved: TicketRow, now: datetime) -> None:
        # 一件事: on to the bundle's next step, or the end of its run.
        await bundle_runs.after_finish(conn, actor, row, moved, now, outcome)

    return await _clerk_move(
        ctx,
        actor,
        ticket_id,
        tk.finish,
        EventKind.TICKET_FINISHED,
        "办结",
        before=check,
        payload={"outcome": outcome.value, "item_ids": wanted},
        then=then,
        items=wanted,
    )


async def hold(
    ctx: QueueContext, actor: Actor, ticket_id: int, *, reason: str, due_in_minutes: int | None
) -> TicketInfo:
    """挂起: set the ticket aside; it is due for call-back after ``due_in_minutes``."""
    require(actor, *CALLERS, action="挂起")
    reason = rules.HOLD_REASON.clean(reason)
    if not reason:
        raise ValidationError("hold_reason", "挂起需要填写原因")
    minutes = ctx.settings.hold_minutes if due_in_minutes is None else due_in_minutes
    if minutes < 0:
        raise ValidationError("due_in_minutes", "挂起时长不能为负数")

    async def check(conn: AsyncConnection, row: MoveRow, now: datetime) -> dict[str, Any]:
        return {"hold_reason": reason}

    return await _clerk_move(
        ctx,
        actor,
        ticket_id,
        lambda t, now: tk.hold(t, now, due_in=timedelta(minutes=minutes)),
        EventKind.TICKET_HELD,
        "挂起",
        before=check,
        payload={"reason": reason},
    )


async def call_back(ctx: QueueContext, actor: Actor, ticket_id: int, window_id: int) -> TicketInfo:
    """回呼: call a held ticket back to this window now."""
    require(actor, *CALLERS, action="回呼")

    async def check(conn: AsyncConnection, row: MoveRow, now: datetime) -> dict[str, Any]:
        t = row.ticket
        found = await ctx.claims.window_for_call_back(conn, window_id)
        window = usable(found, t.hall_id, window_id)
        await ctx.require_signed_in(
            conn, actor, window.number, window.clerk_id, f"回呼 {t.number} 号"
        )
        if t.window_id is not None and t.window_id != window.id:
            raise Refused(
                f"{t.number} 号是在{row.window_number}号窗口挂起的，请由该窗口回呼",
                code="not_yours",
            )
        if window.in_hand is not None:
            raise _busy(window.in_hand, hint="")
        return {"window_id": window.id, "clerk_id": actor.staff_id, "hold_reason": None}

    return await transition(
        ctx,
        actor,
        ticket_id,
        tk.call_back,
        EventKind.TICKET_CALLED_BACK,
        before=check,
        roles=CALLERS,
        action="回呼",
        lock_window=window_id,
    )


async def transfer(
    ctx: QueueContext,
    actor: Actor,
    ticket_id: int,
    *,
    to_line_id: int,
    to_window_id: int | None,
    note: str | None,
) -> TicketInfo:
    """转移: send the citizen to another line (or one window of it) keeping the number.

    The target line gets a new waiting ticket with the same number, ahead of ordinary
    tickets; the returned info is that new ticket.
    """
    require(actor, *STAFF, action="转移")
    note = rules.TICKET_NOTE.optional(note)
    async with ctx.db.write() as session:
        now = await ctx.db.now(session)
        actor = await recheck(session, actor, *STAFF, action="转移")
        row = TicketRow.of_orm(await ctx.ticket(session, actor.hall_id, ticket_id, lock=True))
        if row.status in _WINDOW_STATUSES and row.window_id is not None:
            # A ticket a window has called, serves or holds is that window's to move.
            holder = await session.get(ServiceWindow, row.window_id)
            assert holder is not None
            await ctx.require_signed_in(
                session, actor, holder.number, holder.clerk_id, f"转移 {row.number} 号"
            )
        target = await ctx.line(session, row.hall_id, to_line_id)
        if not target.active:
            raise Refused(f"“{target.name}”已停止取号")
        window = None
        if to_window_id is not None:
            window = await ctx.window(session, row.hall_id, to_window_id)
            serves = await session.scalar(
                select(func.count())
                .select_from(WindowLine)
                .where(
                    WindowLine.window_id == window.id,
                    WindowLine.line_id == target.id,
                    WindowLine.serving_on(row.service_day),
                )
            )
            if not serves:
                raise Refused(f"{window.number}号窗口不办理“{target.name}”业务")
        if target.id == row.line_id and window is None:
            raise Refused("转移的目标与当前业务相同")
        source_window = await session.get(ServiceWindow, row.window_id) if row.window_id else None
        await write_move(session, row, tk.transfer(row.times(), now), note=note or row.note)
        new_id = await carry_number(
            session,
            row,
            line_id=target.id,
            window_id=window.id if window else None,
            issued_by_id=actor.staff_id,
            now=now,
            note=note,
        )
        new_row = await ctx.ticket(session, row.hall_id, new_id)
        await write_event(
            session,
            EventKind.TICKET_TRANSFERRED,
            now,
            actor,
            hall_id=row.hall_id,
            ticket_id=row.id,
            window_id=source_window.id if source_window else None,
            payload={
                "to_ticket_id": new_id,
                "to_line_id": target.id,
                "to_window_id": window.id if window else None,
                "note": note or "",
                "number": row.number,
                "line_id": row.line_id,
                **({"window_number": source_window.number} if source_window else {}),
            },
        )
        return await ctx.info(session, new_row)


async def close_day(ctx: QueueContext, actor: Actor) -> int:
    """日终: every open ticket of today and earlier days expires; returns how many."""
    require(actor, *MANAGERS, action="日终处理")
    async with ctx.db.write() as session:
        now = await ctx.db.now(session)
        actor = await recheck(session, actor, *MANAGERS, action="日终处理")
        today = await ctx.today(session, actor.hall_id, now)
        rows = list(
            await session.scalars(
                select(Ticket)
                .where(
                    Ticket.hall_id == actor.hall_id,
                    Ticket.service_day <= today,
                    Ticket.status.in_([s.value for s in OPEN_STATUSES]),
                )
                .order_by(Ticket.id)  # tickets are locked in id order (package docstring)
            )
        )
        for orm_row in rows:
            row = TicketRow.of_orm(orm_row)
            await write_move(session, row, tk.expire(row.times(), now))
            await write_event(
                session,
                EventKind.TICKET_EXPIRED,
                now,
                actor,
                hall_id=row.hall_id,
                ticket_id=row.id,
                payload={"number": row.number, "line_id": row.line_id},
            )
        await bundle_runs.stop_open_runs(session, actor.hall_id, today, now)
        await write_event(
            session,
            EventKind.DAY_CLOSED,
            now,
            actor,
            hall_id=actor.hall_id,
            payload={"day": today.isoformat(), "expired": len(rows)},
        )
        await forget_old_days(session, actor.hall_id, today)  # 一人一号's keys and digests
        return len(rows)

"""取号: issuing a line's next number."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from hall_desktop.domain.errors import NotFound, Refused, ValidationError
from hall_desktop.domain.estimates import WaitEstimate
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.hours import APPOINTMENTS_ONLY_REFUSAL, service_day
from hall_desktop.domain.masking import mask_id_number
from hall_desktop.domain.numbering import format_number
from hall_desktop.domain.tickets import Priority, TicketStatus
from hall_desktop.domain.validators import (
    IdNumberInfo,
    check_born_by,
    normalize_mobile,
    parse_id_number,
)
from hall_desktop.services import rules
from hall_desktop.services.actor import ISSUERS, NUMBER_TAKERS, Actor, recheck, require
from hall_desktop.services.dto import IssuedTicket
from hall_desktop.services.queue import statements as sql
from hall_desktop.services.queue.bundle_runs import BundlePlan, start_run
from hall_desktop.services.queue.citizen_limits import (
    LimitOverride,
    check_citizen_limits,
    checked_override,
)
from hall_desktop.services.queue.context import QueueContext
from hall_desktop.services.queue.estimating import probe_for
from hall_desktop.services.queue.events import bundle_facts, write_event
from hall_desktop.services.queue.rows import IssueLine, TicketRow, ticket_info


def overdue_at(priority: Priority, now: datetime, bound_minutes: int) -> datetime | None:
    """When an ordinary ticket passes the waiting bound (最长等候) in force at issue."""
    if priority is not Priority.NORMAL or bound_minutes <= 0:
        return None
    return now + timedelta(minutes=bound_minutes)


def _check_green(actor: Actor, priority: Priority) -> None:
    """Refuse the green channel to an account that only takes numbers (a kiosk)."""
    if priority is Priority.GREEN and not actor.has(*ISSUERS):
        raise Refused(
            "自助取号机不能取绿色通道号，请到导办台由工作人员核实后取号", code="green_at_desk"
        )


async def issue_ticket(
    ctx: QueueContext,
    actor: Actor,
    line_id: int,
    *,
    priority: Priority,
    priority_reason: str | None,
    citizen_name: str | None,
    citizen_phone: str | None,
    citizen_id_number: str | None,
    override: LimitOverride | None = None,
    bundle: BundlePlan | None = None,
) -> IssuedTicket:
    """取号: issue the line's next number (normal, or green channel with a reason);
    with ``bundle`` (一件事, the line its first step's), the number opens its run.

    A kiosk (自助取号机) takes normal numbers only: the green channel is given by a
    person who sees the citizen (a guide or a supervisor), see :func:`_check_green`."""
    require(actor, *NUMBER_TAKERS, action="取号")
    if priority not in (Priority.NORMAL, Priority.GREEN):
        # Appointment numbers come only from a check-in (services/appointments.py).
        raise ValidationError("priority", "取号只能选择普通或绿色通道")
    reason = rules.PRIORITY_REASON.optional(priority_reason)
    if priority is Priority.GREEN and reason is None:
        raise ValidationError("priority_reason", "绿色通道需要选择原因（老年人、残疾人等）")
    if priority is Priority.NORMAL:
        reason = None
    _check_green(actor, priority)
    phone = normalize_mobile(citizen_phone) if citizen_phone and citizen_phone.strip() else None
    id_info = (
        parse_id_number(citizen_id_number)
        if citizen_id_number and citizen_id_number.strip()
        else None
    )
    request = TicketRequest(
        priority=priority,
        reason=reason,
        name=rules.CITIZEN_NAME.optional(citizen_name),
        phone=phone,
        id_info=id_info,
        override=checked_override(override),
        bundle=bundle,
    )
    async with ctx.db.write_core() as conn:
        now = await ctx.db.now(conn)
        actor = await recheck(conn, actor, *NUMBER_TAKERS, action="取号")
        _check_green(actor, priority)
        new = await issue_in(ctx, conn, actor, line_id, now, request)
    return await slip_of(ctx, new)


@dataclass(frozen=True, slots=True)
class TicketRequest:
    """What a new ticket is issued with, already checked."""

    priority: Priority = Priority.NORMAL
    reason: str | None = None
    name: str | None = None
    phone: str | None = None
    id_info: IdNumberInfo | None = None
    override: LimitOverride | None = None
    #: The masked ID number to keep when there is no whole one (a booking's).
    masked_id: str | None = None
    #: A walk-in (现场取号): refused on a day open for booked citizens only.
    walk_in: bool = True
    #: What the issue event adds (a check-in's booking code).
    payload: dict[str, Any] = field(default_factory=dict)
    #: 一件事: the bundle whose run this number opens (the line is its first step's).
    bundle: BundlePlan | None = None


@dataclass(frozen=True, slots=True)
class NewTicket:
    row: TicketRow
    line: IssueLine
    day: date
    ahead: int
    estimate: WaitEstimate
    bundle_name: str | None = None


async def issue_in(
    ctx: QueueContext,
    conn: AsyncConnection,
    actor: Actor,
    line_id: int,
    now: datetime,
    request: TicketRequest,
) -> NewTicket:
    """Issue a number inside the caller's write transaction (``actor`` already rechecked)."""
    found = (
        await conn.execute(sql.ISSUE_LINE, {"p_line_id": line_id, "p_hall_id": actor.hall_id})
    ).first()
    if found is None:
        raise NotFound(f"找不到业务类别（编号 {line_id}）")
    line = IssueLine.of(found._mapping)
    if not line.active:
        raise Refused(f"“{line.name}”已停止取号", code="line_inactive")
    tz = ctx.zone_named(line.hall_id, line.timezone)
    day = service_day(now, tz)
    if line.enforce_hours or request.walk_in:
        schedule = await ctx.schedule(line.hall_id, conn)
        if line.enforce_hours:
            closed = schedule.closed_reason(now.astimezone(tz).replace(tzinfo=None))
            if closed:
                raise Refused(closed, code="hall_closed")
        if request.walk_in and schedule.appointments_only(day):
            raise Refused(APPOINTMENTS_ONLY_REFUSAL, code="appointments_only")
    id_info = request.id_info
    if id_info is not None:
        check_born_by(id_info, day)  # the service day: the desk's PC clock may be off
    id_number = id_info.number if id_info else None
    # 一人一号: before the counter, so a refusal takes no number (citizen_limits.py)
    citizen = await check_citizen_limits(conn, ctx.claims, line, day, id_number, request.override)
    seq: int = (
        await conn.execute(
            ctx.claims.next_seq,
            {
                "p_hall_id": line.hall_id,
                "p_line_id": line.id,
                "p_day": day,
                "p_first": line.first_number,
            },
        )
    ).scalar_one()
    if line.daily_limit is not None and seq - line.first_number + 1 > line.daily_limit:
        raise Refused(
            f"“{line.name}”今日号源已取完（每日限 {line.daily_limit} 个）",
            code="daily_limit",
        )
    # The issue time is read again now that the counter's row lock (held to the
    # commit) orders this line's issues: a number issued at the same moment at another
    # desk, which took the lock first, has an earlier time and a lower number, so the
    # call order (by issue time) follows the numbers, and this number's 预计等候
    # ("前面还有 N 人", a probe behind what waits now) counts that one.
    now = max(now, await ctx.db.now(conn))
    priority = request.priority
    due = overdue_at(priority, now, line.max_wait_minutes)
    ahead, estimate = await estimate_new(ctx, conn, line, day, now, priority, due)
    inserted = (
        await conn.execute(
            sql.INSERT_TICKET,
            {
                "hall_id": line.hall_id,
                "line_id": line.id,
                "service_day": day,
                "seq": seq,
                "number": format_number(line.prefix, seq),
                "priority": int(priority),
                "priority_reason": request.reason,
                "status": TicketStatus.WAITING.value,
                "issued_by_id": actor.staff_id,
                "issued_at": now,
                "overdue_at": due,
                "estimate_s": estimate.seconds,
                "estimate_low_min": estimate.low_minutes if estimate.known else None,
                "estimate_high_min": estimate.high_minutes if estimate.known else None,
                "call_count": 0,
                "citizen_name": request.name,
                "citizen_phone": request.phone,
                # Masked: the limits compare a keyed hash of the whole number
                # (citizen_limits); the ticket keeps only what a person may read.
                "citizen_id_number": (
                    mask_id_number(id_number) if id_number else request.masked_id
                ),
            },
        )
    ).one()
    row = TicketRow.of(inserted._mapping)
    await citizen.record(conn, line.hall_id, day, row.id)
    if request.bundle is not None:
        row = await start_run(conn, request.bundle, row, now)
    await write_event(
        conn,
        EventKind.TICKET_ISSUED,
        now,
        actor,
        hall_id=line.hall_id,
        ticket_id=row.id,
        payload={
            "number": row.number,
            "line_id": line.id,
            "priority": int(priority),
            **citizen.payload,
            **request.payload,
            **bundle_facts(row),
        },
    )
    return NewTicket(
        row, line, day, ahead, estimate, request.bundle.name if request.bundle else None
    )


async def slip_of(ctx: QueueContext, new: NewTicket) -> IssuedTicket:
    """What the new ticket's slip says: the estimate made when it was issued (the same
    one the ticket records), so the slip needs no read of its own."""
    row, line = new.row, new.line
    return IssuedTicket(
        ticket=ticket_info(row, line.name, line.prefix, None),
        hall_name=line.hall_name,
        ahead=new.ahead,
        wait=new.estimate,
        bundle_name=new.bundle_name,
    )


async def estimate_new(
    ctx: QueueContext,
    conn: AsyncConnection,
    line: IssueLine,
    day: date,
    now: datetime,
    priority: Priority,
    due: datetime | None,
) -> tuple[int, WaitEstimate]:
    """People ahead of a number about to be issued and its 预计等候."""
    zone = ctx.zone_named(line.hall_id, line.timezone)
    hours = (await ctx.schedule(line.hall_id, conn)).hours_on(day)
    queue = await ctx.estimator.queue_now(conn, line.hall_id, day, now, zone, hours)
    probe = probe_for(line.id, priority, now, due)
    pick, estimate = queue.estimate([probe])[probe.ticket_id]
    return pick.same_line_before, estimate

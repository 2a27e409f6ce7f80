"""The queue's reads: halls, tickets, windows, estimates and the event feed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from hall_desktop.domain.bundles import step_text
from hall_desktop.domain.errors import NotFound
from hall_desktop.domain.estimates import UNKNOWN
from hall_desktop.domain.hours import APPOINTMENTS_ONLY_REFUSAL
from hall_desktop.domain.records import record_from
from hall_desktop.domain.tickets import Priority, TicketStatus
from hall_desktop.services import rules
from hall_desktop.services.dto import (
    CallRecord,
    ClerkDay,
    EventRecord,
    HallInfo,
    IssuedTicket,
    LineStatus,
    TicketInfo,
    WindowState,
)
from hall_desktop.services.queue import statements as sql
from hall_desktop.services.queue.context import QueueContext
from hall_desktop.services.queue.estimating import probe_for
from hall_desktop.services.queue.events import CALL_EVENT_KINDS
from hall_desktop.services.queue.issuing import overdue_at
from hall_desktop.services.queue.rows import TicketRow, ticket_info
from hall_desktop.store import events as event_log
from hall_desktop.store.events import FeedPosition
from hall_desktop.store.models import (
    Bundle,
    BundleRun,
    BusinessLine,
    Event,
    Hall,
    NumberCounter,
    ServiceWindow,
    Ticket,
)


async def hall(ctx: QueueContext, hall_code: str) -> HallInfo:
    """The hall a PC belongs to (public facts only: the display has no login)."""
    hall_code = rules.HALL_CODE.clean(hall_code)
    async with ctx.db.read() as session:
        row = await session.scalar(select(Hall).where(Hall.code == hall_code))
        if row is None:
            raise NotFound(
                f"数据库中没有代码为“{hall_code}”的大厅，请检查设置（hall_code）",
                code="no_hall",
            )
        return HallInfo(id=row.id, code=row.code, name=row.name, timezone=row.timezone)


async def ticket(ctx: QueueContext, hall_id: int, ticket_id: int) -> TicketInfo:
    async with ctx.db.read() as session:
        return await ctx.info(session, await ctx.ticket(session, hall_id, ticket_id))


async def ticket_in_hand(ctx: QueueContext, hall_id: int, window_id: int) -> TicketInfo | None:
    """The ticket a window is calling or serving (a restarted clerk carries on with it)."""
    async with ctx.db.read() as session:
        await ctx.window(session, hall_id, window_id)
        row = await ctx.in_hand(session, window_id)
        return await ctx.info(session, row) if row else None


async def bundle_next(ctx: QueueContext, hall_id: int, ticket_id: int) -> TicketInfo | None:
    """一件事: the ticket that finishing ``ticket_id`` sent on to the bundle's next step."""
    async with ctx.db.read() as session:
        row = await session.scalar(
            select(Ticket).where(
                Ticket.hall_id == hall_id,
                Ticket.transferred_from_id == ticket_id,
                Ticket.bundle_run_id.is_not(None),
            )
        )
        return await ctx.info(session, row) if row else None


async def _window_tickets(
    ctx: QueueContext,
    hall_id: int,
    window_id: int,
    status: TicketStatus,
    order: Any,
    since: Callable[[datetime], Any] | None = None,
) -> list[TicketInfo]:
    """Today's tickets of ``status`` at one window, in ``order`` (``since(now)``: a
    further condition on the database's now)."""
    async with ctx.db.read() as session:
        now = await ctx.db.now(session)
        day = await ctx.today(session, hall_id, now)
        conditions = [
            Ticket.hall_id == hall_id,
            Ticket.window_id == window_id,
            Ticket.status == status.value,
            Ticket.service_day == day,
        ]
        if since is not None:
            conditions.append(since(now))
        rows = await session.scalars(select(Ticket).where(*conditions).order_by(order).limit(50))
        return [await ctx.info(session, row) for row in rows]


async def reactivatable(ctx: QueueContext, hall_id: int, window_id: int) -> list[TicketInfo]:
    """The window's 过号 tickets of today that may still be reactivated (恢复), newest
    first: within the hall's time limit."""
    minutes = await ctx.reactivate_minutes(hall_id)
    return await _window_tickets(
        ctx,
        hall_id,
        window_id,
        TicketStatus.NO_SHOW,
        Ticket.closed_at.desc(),
        since=lambda now: Ticket.closed_at >= now - timedelta(minutes=minutes),
    )


async def held_tickets(ctx: QueueContext, hall_id: int, window_id: int) -> list[TicketInfo]:
    return await _window_tickets(ctx, hall_id, window_id, TicketStatus.HELD, Ticket.hold_due_at)


async def tickets_of_day(ctx: QueueContext, hall_id: int, *, limit: int) -> list[TicketInfo]:
    """Today's tickets of the hall, newest first (the desk's reprint and cancel list)."""
    async with ctx.db.read() as session:
        now = await ctx.db.now(session)
        day = await ctx.today(session, hall_id, now)
        rows = await session.execute(
            select(Ticket, BusinessLine)
            .join(BusinessLine, BusinessLine.id == Ticket.line_id)
            .where(Ticket.hall_id == hall_id, Ticket.service_day == day)
            .order_by(Ticket.id.desc())
            .limit(limit)
        )
        windows = dict(
            (wid, number)
            for wid, number in await session.execute(
                select(ServiceWindow.id, ServiceWindow.number).where(
                    ServiceWindow.hall_id == hall_id
                )
            )
        )
        return [
            ticket_info(
                TicketRow.of_orm(t),
                line.name,
                line.prefix,
                windows.get(t.window_id) if t.window_id else None,
            )
            for t, line in rows
        ]


async def upcoming(ctx: QueueContext, hall_id: int, window_id: int, limit: int) -> list[str]:
    """The numbers this window would call next, in call order (for the clerk's screen)."""
    async with ctx.db.read() as session:
        now = await ctx.db.now(session)
        day = await ctx.today(session, hall_id, now)
        rows = await session.execute(
            sql.CANDIDATES.with_only_columns(Ticket.number).limit(limit),
            {"p_window_id": window_id, "p_hall_id": hall_id, "p_day": day, "p_now": now},
        )
        return [number for (number,) in rows]


async def clerk_day(ctx: QueueContext, hall_id: int, clerk_id: int) -> ClerkDay:
    """A clerk's own figures of the service day: served, no-shows, average times."""
    async with ctx.db.read() as session:
        now = await ctx.db.now(session)
        day = await ctx.today(session, hall_id, now)
        rows = (
            await session.execute(
                select(
                    Ticket.status,
                    Ticket.issued_at,
                    Ticket.first_called_at,
                    Ticket.started_at,
                    Ticket.finished_at,
                ).where(
                    Ticket.hall_id == hall_id,
                    Ticket.service_day == day,
                    Ticket.clerk_id == clerk_id,
                    Ticket.status.in_([TicketStatus.DONE.value, TicketStatus.NO_SHOW.value]),
                )
            )
        ).all()
    done = [r for r in rows if r.status == TicketStatus.DONE.value]
    waits = [
        (r.first_called_at - r.issued_at).total_seconds()
        for r in done
        if r.first_called_at is not None
    ]
    services = [
        (r.finished_at - r.started_at).total_seconds()
        for r in done
        if r.started_at is not None and r.finished_at is not None
    ]
    return ClerkDay(
        served=len(done),
        no_shows=len(rows) - len(done),
        average_wait_seconds=sum(waits) / len(waits) if waits else 0.0,
        average_service_seconds=sum(services) / len(services) if services else 0.0,
    )


async def slip(ctx: QueueContext, hall_id: int, ticket_id: int) -> IssuedTicket:
    """What a reprinted slip says: people ahead and the wait as they are now."""
    async with ctx.db.read() as session:
        row = await ctx.ticket(session, hall_id, ticket_id)
        info = await ctx.info(session, row)
        the_hall = await ctx.hall(session, hall_id)
        ahead, wait = 0, UNKNOWN
        if row.status == TicketStatus.WAITING.value:
            now = await ctx.db.now(session)
            zone = await ctx.zone(session, hall_id)
            hours = (await ctx.schedule(hall_id)).hours_on(row.service_day)
            queue = await ctx.estimator.queue_now(
                session, hall_id, row.service_day, now, zone, hours
            )
            entry = queue.tickets.get(row.id)
            if entry is not None:
                pick, wait = queue.estimate([entry])[entry.ticket_id]
                ahead = pick.same_line_before
        bundle_name = None
        if row.bundle_run_id is not None:  # 一件事: the slip names it
            bundle_name = await session.scalar(
                select(Bundle.name)
                .join(BundleRun, BundleRun.bundle_id == Bundle.id)
                .where(BundleRun.id == row.bundle_run_id)
            )
        return IssuedTicket(
            ticket=info,
            hall_name=the_hall.name,
            ahead=ahead,
            wait=wait,
            bundle_name=bundle_name,
        )


async def line_statuses(ctx: QueueContext, hall_id: int) -> list[LineStatus]:
    """Waiting count, estimated wait and open/closed state of every active line: a few
    statements for all the lines (every screen refreshes them after each event)."""
    async with ctx.db.read() as session:
        now = await ctx.db.now(session)
        the_hall = await ctx.hall(session, hall_id)
        day = await ctx.today(session, hall_id, now)
        every_line = list(
            await session.scalars(
                select(BusinessLine)
                .where(BusinessLine.hall_id == hall_id)
                .order_by(BusinessLine.sort_order, BusinessLine.prefix)
            )
        )
        lines = [line for line in every_line if line.active]
        if not lines:
            return []
        ids = [line.id for line in lines]
        last_seqs: dict[int, int] = dict(
            (line_id, seq)
            for line_id, seq in await session.execute(
                select(NumberCounter.line_id, NumberCounter.last_seq).where(
                    NumberCounter.hall_id == hall_id,
                    NumberCounter.line_id.in_(ids),
                    NumberCounter.service_day == day,
                )
            )
        )
        averages = await ctx.averages(session, hall_id, lines, day)
        zone = await ctx.zone(session, hall_id)
        schedule = await ctx.schedule(hall_id)
        # The estimate's read of the queue gives the waiting counts and open windows too.
        queue = await ctx.estimator.queue_now(
            session,
            hall_id,
            day,
            now,
            zone,
            schedule.hours_on(day),
            {line.id: line.default_service_minutes * 60.0 for line in every_line},
        )
        probes = {
            line.id: probe_for(
                line.id,
                Priority.NORMAL,
                now,
                overdue_at(
                    Priority.NORMAL,
                    now,
                    the_hall.max_wait_minutes
                    if line.max_wait_minutes is None
                    else line.max_wait_minutes,
                ),
                k,
            )
            for k, line in enumerate(lines)
        }
        estimates = queue.estimate(list(probes.values()))
        closed = (
            schedule.closed_reason(
                now.astimezone(await ctx.zone(session, hall_id)).replace(tzinfo=None)
            )
            if the_hall.enforce_hours
            else None
        )
    statuses = []
    for line in lines:
        last_seq = last_seqs.get(line.id)
        issued = 0 if last_seq is None else last_seq - line.first_number + 1
        reason: str | None = None
        if line.daily_limit is not None and issued >= line.daily_limit:
            reason = f"今日号源已取完（每日限 {line.daily_limit} 个）"
        else:
            reason = closed
        if reason is None and schedule.appointments_only(day):  # walk-ins are refused
            reason = APPOINTMENTS_ONLY_REFUSAL
        people = queue.waiting.get(line.id, 0)
        statuses.append(
            LineStatus(
                line_id=line.id,
                prefix=line.prefix,
                name=line.name,
                waiting=people,
                issued_today=issued,
                daily_limit=line.daily_limit,
                wait=estimates[probes[line.id].ticket_id][1],
                average_service_seconds=averages[line.id],
                open_windows=queue.open_windows.get(line.id, 0),
                closed_reason=reason,
            )
        )
    return statuses


async def window_states(ctx: QueueContext, hall_id: int) -> list[WindowState]:
    """Every active window: who is there, what it is serving, paused or idle."""
    async with ctx.db.read() as session:
        windows = await session.scalars(
            select(ServiceWindow)
            .where(ServiceWindow.hall_id == hall_id, ServiceWindow.active.is_(True))
            .order_by(ServiceWindow.number)
        )
        return await ctx.window_states(session, list(windows))


async def recent_calls(ctx: QueueContext, hall_id: int, limit: int) -> list[CallRecord]:
    async with ctx.db.read() as session:
        rows = await session.scalars(
            select(Event)
            .where(Event.hall_id == hall_id, Event.kind.in_(CALL_EVENT_KINDS))
            .order_by(Event.id.desc())
            .limit(limit)
        )
        return [
            CallRecord(
                event_id=e.id,
                at=e.at,
                number=e.payload["number"],
                window_number=e.payload["window_number"],
                kind=e.kind.removeprefix("ticket_"),
                step_text=step_text(e.payload.get("bundle_step"), e.payload.get("bundle_steps")),
            )
            for e in rows
        ]


async def latest_event_id(ctx: QueueContext, hall_id: int) -> int:
    async with ctx.db.read() as session:
        return (
            await session.scalar(
                select(func.coalesce(func.max(Event.id), 0)).where(Event.hall_id == hall_id)
            )
            or 0
        )


async def events_after(
    ctx: QueueContext, hall_id: int, after_id: int, limit: int
) -> list[EventRecord]:
    """Events by id, for the audit trail and tests (the feed uses :func:`read_feed`)."""
    async with ctx.db.read() as session:
        found = await event_log.events_after(session, hall_id, after_id, limit)
        return [_event_record(e) for e in found]


async def feed_position(ctx: QueueContext, hall_id: int) -> FeedPosition:
    """Where a screen starts following the hall: what is committed now is behind it."""
    async with ctx.db.read() as session:
        return await event_log.feed_position(session, hall_id)


async def read_feed(
    ctx: QueueContext, hall_id: int, position: FeedPosition
) -> tuple[list[EventRecord], FeedPosition]:
    """The hall's events committed since ``position`` (complete, each once; see
    :mod:`hall_desktop.store.events`), and the position after them."""
    async with ctx.db.read() as session:
        events, after = await event_log.read_feed(session, hall_id, position)
        return [_event_record(e) for e in events], after


def _event_record(e: Event) -> EventRecord:
    return record_from(EventRecord, e, payload=dict(e.payload))

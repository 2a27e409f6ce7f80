"""The queue: issuing, calling and serving tickets (取号、叫号、办理).

Every public method is one unit of work: one session, one transaction, a permission
check, the change and its event, and a plain dataclass back.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain import tickets as tk
from hall_desktop.domain.errors import IllegalTransition, NotFound, Refused, ValidationError
from hall_desktop.domain.hours import service_day
from hall_desktop.domain.numbering import format_number
from hall_desktop.domain.tickets import OPEN_STATUSES, Outcome, Priority, TicketStatus, TicketTimes
from hall_desktop.domain.validators import normalize_mobile, parse_id_number
from hall_desktop.services.actor import CALLERS, ISSUERS, MANAGERS, STAFF, Actor, require
from hall_desktop.services.dto import (
    CallRecord,
    EventRecord,
    IssuedTicket,
    LineStatus,
    TicketInfo,
    WindowState,
)
from hall_desktop.services.schedule import load_schedule
from hall_desktop.store.database import Database
from hall_desktop.store.events import events_after, record_event
from hall_desktop.store.models import (
    BusinessLine,
    Event,
    Hall,
    NumberCounter,
    ServiceItem,
    ServiceWindow,
    Staff,
    Ticket,
    TicketItem,
    WindowLine,
)

PAUSE_REASONS = ("休息", "会议", "培训", "系统故障", "其他")
CALL_EVENT_KINDS = ("ticket_called", "ticket_recalled", "ticket_called_back")
_TIMES_FIELDS = tuple(f.name for f in fields(TicketTimes))
_CLAIM_ATTEMPTS = 20


@dataclass(frozen=True)
class QueueSettings:
    recall_limit: int = 3  # calls in all, the first one included
    hold_minutes: int = 0  # default delay before a held ticket is due for call-back
    recent_service_sample: int = 20  # finished tickets used for the wait estimate


def _times(row: Ticket) -> TicketTimes:
    values = {name: getattr(row, name) for name in _TIMES_FIELDS}
    values["status"] = TicketStatus(row.status)
    return TicketTimes(**values)


class QueueService:
    """Tickets from issue to finish, windows pausing and resuming, and the queue's reads."""

    def __init__(self, db: Database, settings: QueueSettings | None = None) -> None:
        self.db = db
        self.settings = settings or QueueSettings()
        self._zones: dict[int, ZoneInfo] = {}

    # ---------------------------------------------------------------- helpers

    async def _hall(self, session: AsyncSession, hall_id: int) -> Hall:
        hall = await session.get(Hall, hall_id)
        if hall is None:
            raise NotFound(f"找不到编号为 {hall_id} 的大厅")
        self._zones.setdefault(hall_id, ZoneInfo(hall.timezone))
        return hall

    async def _zone(self, session: AsyncSession, hall_id: int) -> ZoneInfo:
        if hall_id not in self._zones:
            await self._hall(session, hall_id)
        return self._zones[hall_id]

    async def _today(self, session: AsyncSession, hall_id: int, now: datetime) -> date:
        return service_day(now, await self._zone(session, hall_id))

    async def _line(self, session: AsyncSession, hall_id: int, line_id: int) -> BusinessLine:
        line = await session.get(BusinessLine, line_id)
        if line is None or line.hall_id != hall_id:
            raise NotFound(f"找不到业务类别（编号 {line_id}）")
        return line

    async def _window(
        self, session: AsyncSession, hall_id: int, window_id: int, *, lock: bool = False
    ) -> ServiceWindow:
        window = await session.get(ServiceWindow, window_id, with_for_update=lock or None)
        if window is None or window.hall_id != hall_id:
            raise NotFound(f"找不到窗口（编号 {window_id}）")
        if not window.active:
            raise Refused(f"{window.number}号窗口已停用")
        return window

    async def _ticket(self, session: AsyncSession, hall_id: int, ticket_id: int) -> Ticket:
        ticket = await session.get(Ticket, ticket_id, populate_existing=True)
        if ticket is None or ticket.hall_id != hall_id:
            raise NotFound(f"找不到该排队号（编号 {ticket_id}）")
        return ticket

    async def _in_hand(self, session: AsyncSession, window_id: int) -> Ticket | None:
        return (
            await session.scalars(
                select(Ticket)
                .where(
                    Ticket.window_id == window_id,
                    Ticket.status.in_([s.value for s in tk.IN_HAND_STATUSES]),
                )
                .order_by(Ticket.last_called_at.desc())
                .limit(1)
            )
        ).first()

    async def _apply(
        self, session: AsyncSession, row: Ticket, new: TicketTimes, **extra: Any
    ) -> None:
        """Write a transition, guarded by the state it was computed from."""
        old_status = row.status
        values = {name: getattr(new, name) for name in _TIMES_FIELDS if name != "number"}
        values["status"] = new.status.value
        values.update(extra)
        result = await session.execute(
            update(Ticket)
            .where(Ticket.id == row.id, Ticket.status == old_status)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise IllegalTransition(
                f"{row.number} 号的状态刚被其他人更改，请刷新后重试", code="concurrent_change"
            )
        for name, value in values.items():
            setattr(row, name, value)

    async def _event(
        self,
        session: AsyncSession,
        actor: Actor | None,
        kind: str,
        now: datetime,
        *,
        hall_id: int,
        ticket: Ticket | None = None,
        window: ServiceWindow | None = None,
        **payload: Any,
    ) -> int:
        if ticket is not None:
            payload.setdefault("number", ticket.number)
            payload.setdefault("line_id", ticket.line_id)
        if window is not None:
            payload.setdefault("window_number", window.number)
        return await record_event(
            self.db,
            session,
            hall_id=hall_id,
            at=now,
            kind=kind,
            actor_id=actor.staff_id if actor else None,
            ticket_id=ticket.id if ticket else None,
            window_id=window.id if window else None,
            payload=payload,
        )

    async def _info(self, session: AsyncSession, row: Ticket) -> TicketInfo:
        line = await session.get(BusinessLine, row.line_id)
        window = await session.get(ServiceWindow, row.window_id) if row.window_id else None
        items = await session.scalars(
            select(TicketItem.service_item_id).where(TicketItem.ticket_id == row.id)
        )
        assert line is not None
        return TicketInfo(
            id=row.id,
            hall_id=row.hall_id,
            number=row.number,
            line_id=row.line_id,
            line_name=line.name,
            line_prefix=line.prefix,
            service_day=row.service_day,
            status=TicketStatus(row.status),
            priority=Priority(row.priority),
            priority_reason=row.priority_reason,
            issued_at=row.issued_at,
            first_called_at=row.first_called_at,
            last_called_at=row.last_called_at,
            call_count=row.call_count,
            started_at=row.started_at,
            finished_at=row.finished_at,
            hold_due_at=row.hold_due_at,
            hold_reason=row.hold_reason,
            window_id=row.window_id,
            window_number=window.number if window else None,
            clerk_id=row.clerk_id,
            outcome=row.outcome,
            transferred_from_id=row.transferred_from_id,
            citizen_name=row.citizen_name,
            citizen_phone=row.citizen_phone,
            item_ids=tuple(sorted(items)),
        )

    async def _next_seq(
        self, session: AsyncSession, hall_id: int, line: BusinessLine, day: date
    ) -> int:
        """Atomically take the line's next daily sequence number."""
        dialect_insert = pg_insert if self.db.is_postgresql else sqlite_insert
        values = dialect_insert(NumberCounter).values(
            hall_id=hall_id, line_id=line.id, service_day=day, last_seq=line.first_number
        )
        stmt = values.on_conflict_do_update(
            index_elements=["hall_id", "line_id", "service_day"],
            set_={"last_seq": NumberCounter.last_seq + 1},
        ).returning(NumberCounter.last_seq)
        seq: int = (await session.execute(stmt)).scalar_one()
        return seq

    # ---------------------------------------------------------------- issuing

    async def issue_ticket(
        self,
        actor: Actor,
        line_id: int,
        *,
        priority: Priority = Priority.NORMAL,
        priority_reason: str | None = None,
        citizen_name: str | None = None,
        citizen_phone: str | None = None,
        citizen_id_number: str | None = None,
    ) -> IssuedTicket:
        """取号: issue the line's next number (normal, or green channel with a reason)."""
        require(actor, *ISSUERS, action="取号")
        if priority not in (Priority.NORMAL, Priority.GREEN):
            raise ValidationError("priority", "取号只能选择普通或绿色通道")
        reason = (priority_reason or "").strip() or None
        if priority is Priority.GREEN and reason is None:
            raise ValidationError("priority_reason", "绿色通道需要选择原因（老年人、残疾人等）")
        if priority is Priority.NORMAL:
            reason = None
        phone = normalize_mobile(citizen_phone) if citizen_phone and citizen_phone.strip() else None
        id_number = (
            parse_id_number(citizen_id_number).number
            if citizen_id_number and citizen_id_number.strip()
            else None
        )
        name = (citizen_name or "").strip() or None
        if name is not None and len(name) > 40:
            raise ValidationError("citizen_name", "姓名过长（最多 40 个字）")

        async with self.db.write() as session:
            now = await self.db.now(session)
            hall = await self._hall(session, actor.hall_id)
            line = await self._line(session, hall.id, line_id)
            if not line.active:
                raise Refused(f"“{line.name}”已停止取号", code="line_inactive")
            tz = await self._zone(session, hall.id)
            if hall.enforce_hours:
                schedule = await load_schedule(session, hall.id)
                closed = schedule.closed_reason(now.astimezone(tz).replace(tzinfo=None))
                if closed:
                    raise Refused(closed, code="hall_closed")
            day = service_day(now, tz)
            seq = await self._next_seq(session, hall.id, line, day)
            if line.daily_limit is not None and seq - line.first_number + 1 > line.daily_limit:
                raise Refused(
                    f"“{line.name}”今日号源已取完（每日限 {line.daily_limit} 个）",
                    code="daily_limit",
                )
            number = format_number(line.prefix, seq)
            ticket_id: int = (
                await session.execute(
                    insert(Ticket)
                    .values(
                        hall_id=hall.id,
                        line_id=line.id,
                        service_day=day,
                        seq=seq,
                        number=number,
                        priority=int(priority),
                        priority_reason=reason,
                        status=TicketStatus.WAITING.value,
                        issued_by_id=actor.staff_id,
                        issued_at=now,
                        call_count=0,
                        citizen_name=name,
                        citizen_phone=phone,
                        citizen_id_number=id_number,
                    )
                    .returning(Ticket.id)
                )
            ).scalar_one()
            row = await self._ticket(session, hall.id, ticket_id)
            await self._event(
                session,
                actor,
                "ticket_issued",
                now,
                hall_id=hall.id,
                ticket=row,
                priority=int(priority),
            )
            ahead = await self._ahead(session, row)
            status = await self._line_status(session, hall, line, day, now, check_hours=False)
            info = await self._info(session, row)
        wait = _wait_minutes(ahead, status.average_service_seconds, status.open_windows)
        return IssuedTicket(
            ticket=info, hall_name=hall.name, ahead=ahead, estimated_wait_minutes=wait
        )

    async def _ahead(self, session: AsyncSession, row: Ticket) -> int:
        """Waiting tickets of the same line that will be called before this one."""
        count: int = (
            await session.scalar(
                select(func.count())
                .select_from(Ticket)
                .where(
                    Ticket.hall_id == row.hall_id,
                    Ticket.line_id == row.line_id,
                    Ticket.service_day == row.service_day,
                    Ticket.status == TicketStatus.WAITING.value,
                    Ticket.id != row.id,
                    or_(
                        Ticket.priority > row.priority,
                        and_(Ticket.priority == row.priority, Ticket.issued_at <= row.issued_at),
                    ),
                )
            )
            or 0
        )
        return count

    async def cancel(self, actor: Actor, ticket_id: int) -> TicketInfo:
        """取消: the citizen left before being called."""
        require(actor, *ISSUERS, action="取消排队号")
        return await self._transition(actor, ticket_id, tk.cancel, "ticket_cancelled")

    async def reactivate(self, actor: Actor, ticket_id: int) -> TicketInfo:
        """恢复: a no-show or cancelled ticket of today waits again."""
        require(actor, *STAFF, action="恢复排队号")

        async def check(session: AsyncSession, row: Ticket, now: datetime) -> dict[str, Any]:
            if row.service_day != await self._today(session, row.hall_id, now):
                raise Refused(f"{row.number} 号不是今天的号，不能恢复", code="not_today")
            return {"window_id": None, "clerk_id": None}

        return await self._transition(
            actor, ticket_id, tk.reactivate, "ticket_reactivated", before=check
        )

    # ---------------------------------------------------------------- calling

    async def sign_in(self, actor: Actor, window_id: int) -> WindowState:
        """A clerk takes a window (亮牌服务: the terminal shows their name and number)."""
        require(actor, *CALLERS, action="登录窗口")
        async with self.db.write() as session:
            now = await self.db.now(session)
            window = await self._window(session, actor.hall_id, window_id, lock=True)
            # A clerk works at one window at a time.
            await session.execute(
                update(ServiceWindow)
                .where(ServiceWindow.clerk_id == actor.staff_id, ServiceWindow.id != window.id)
                .values(clerk_id=None)
                .execution_options(synchronize_session=False)
            )
            window.clerk_id = actor.staff_id
            await self._event(
                session,
                actor,
                "window_signed_in",
                now,
                hall_id=window.hall_id,
                window=window,
                clerk_name=actor.name,
                staff_number=actor.staff_number,
            )
            await session.flush()
            return await self._window_state(session, window)

    async def sign_out(self, actor: Actor, window_id: int) -> None:
        require(actor, *CALLERS, action="退出窗口")
        async with self.db.write() as session:
            now = await self.db.now(session)
            window = await self._window(session, actor.hall_id, window_id, lock=True)
            if window.clerk_id == actor.staff_id:
                window.clerk_id = None
                await self._event(
                    session, actor, "window_signed_out", now, hall_id=window.hall_id, window=window
                )

    async def call_next(self, actor: Actor, window_id: int) -> TicketInfo | None:
        """叫号: claim the window's next ticket; None when nobody is waiting.

        Held tickets of this window due for call-back first, then priority class, then
        the window's rank for the line, then issue time. The claim is one conditional
        update (and ``FOR UPDATE SKIP LOCKED`` on PostgreSQL), so two windows never get
        the same ticket.
        """
        require(actor, *CALLERS, action="叫号")
        async with self.db.write() as session:
            now = await self.db.now(session)
            window = await self._window(session, actor.hall_id, window_id)
            if window.paused:
                raise Refused(f"{window.number}号窗口暂停服务中，请先恢复服务", code="paused")
            current = await self._in_hand(session, window.id)
            if current is not None:
                raise Refused(
                    f"请先处理当前的 {current.number} 号（办结、过号或挂起）", code="busy"
                )
            day = await self._today(session, window.hall_id, now)
            for _ in range(_CLAIM_ATTEMPTS):
                row = await self._candidate(session, window, day, now)
                if row is None:
                    return None
                times = _times(row)
                held = row.status == TicketStatus.HELD.value
                new = tk.call_back(times, now) if held else tk.call(times, now)
                try:
                    await self._apply(
                        session,
                        row,
                        new,
                        window_id=window.id,
                        clerk_id=actor.staff_id,
                        target_window_id=None,
                        hold_reason=None,
                    )
                except IllegalTransition:
                    continue  # another window took it first; take the next one
                kind = "ticket_called_back" if held else "ticket_called"
                await self._event(
                    session,
                    actor,
                    kind,
                    now,
                    hall_id=window.hall_id,
                    ticket=row,
                    window=window,
                    call_count=new.call_count,
                )
                return await self._info(session, row)
            raise Refused("叫号冲突过多，请稍后重试", code="claim_contention")

    async def _candidate(
        self, session: AsyncSession, window: ServiceWindow, day: date, now: datetime
    ) -> Ticket | None:
        held = (
            await session.scalars(
                select(Ticket)
                .where(
                    Ticket.hall_id == window.hall_id,
                    Ticket.window_id == window.id,
                    Ticket.status == TicketStatus.HELD.value,
                    Ticket.service_day == day,
                    Ticket.hold_due_at <= now,
                )
                .order_by(Ticket.hold_due_at, Ticket.id)
                .limit(1)
            )
        ).first()
        if held is not None:
            return held
        stmt = (
            select(Ticket)
            .join(
                WindowLine,
                and_(WindowLine.line_id == Ticket.line_id, WindowLine.window_id == window.id),
            )
            .where(
                Ticket.hall_id == window.hall_id,
                Ticket.service_day == day,
                Ticket.status == TicketStatus.WAITING.value,
                or_(Ticket.target_window_id.is_(None), Ticket.target_window_id == window.id),
            )
            .order_by(Ticket.priority.desc(), WindowLine.rank, Ticket.issued_at, Ticket.id)
            .limit(1)
        )
        if self.db.is_postgresql:
            stmt = stmt.with_for_update(skip_locked=True, of=Ticket)
        row = (await session.scalars(stmt)).first()
        if row is not None:
            await session.refresh(row)
        return row

    async def recall(self, actor: Actor, ticket_id: int) -> TicketInfo:
        """重呼: call the ticket in hand again (up to the recall limit)."""
        require(actor, *CALLERS, action="重呼")
        limit = self.settings.recall_limit
        return await self._transition(
            actor,
            ticket_id,
            lambda t, now: tk.recall(t, now, limit=limit),
            "ticket_recalled",
            in_hand=True,
        )

    async def no_show(self, actor: Actor, ticket_id: int) -> TicketInfo:
        """过号: the called citizen did not come."""
        require(actor, *CALLERS, action="过号")
        return await self._transition(
            actor, ticket_id, tk.mark_no_show, "ticket_no_show", in_hand=True
        )

    async def start(self, actor: Actor, ticket_id: int) -> TicketInfo:
        """开始办理."""
        require(actor, *CALLERS, action="开始办理")
        return await self._transition(actor, ticket_id, tk.start, "ticket_started", in_hand=True)

    async def finish(
        self,
        actor: Actor,
        ticket_id: int,
        *,
        outcome: Outcome,
        item_ids: Sequence[int] = (),
        note: str | None = None,
    ) -> TicketInfo:
        """办结: record what was handled (事项) and the outcome."""
        require(actor, *CALLERS, action="办结")
        outcome = Outcome(outcome)
        wanted = sorted(set(item_ids))

        async def check(session: AsyncSession, row: Ticket, now: datetime) -> dict[str, Any]:
            if wanted:
                found = set(
                    await session.scalars(
                        select(ServiceItem.id).where(
                            ServiceItem.hall_id == row.hall_id, ServiceItem.id.in_(wanted)
                        )
                    )
                )
                missing = [i for i in wanted if i not in found]
                if missing:
                    raise NotFound(f"事项目录中找不到编号为 {missing} 的事项")
                await session.execute(delete(TicketItem).where(TicketItem.ticket_id == row.id))
                await session.execute(
                    insert(TicketItem),
                    [{"ticket_id": row.id, "service_item_id": i} for i in wanted],
                )
            return {"outcome": outcome.value, "note": (note or "").strip() or None}

        return await self._transition(
            actor,
            ticket_id,
            tk.finish,
            "ticket_finished",
            in_hand=True,
            before=check,
            payload={"outcome": outcome.value, "item_ids": wanted},
        )

    async def hold(
        self, actor: Actor, ticket_id: int, *, reason: str, due_in_minutes: int | None = None
    ) -> TicketInfo:
        """挂起: set the ticket aside; it is due for call-back after ``due_in_minutes``."""
        require(actor, *CALLERS, action="挂起")
        reason = reason.strip()
        if not reason:
            raise ValidationError("hold_reason", "挂起需要填写原因")
        minutes = self.settings.hold_minutes if due_in_minutes is None else due_in_minutes
        if minutes < 0:
            raise ValidationError("due_in_minutes", "挂起时长不能为负数")

        async def check(session: AsyncSession, row: Ticket, now: datetime) -> dict[str, Any]:
            return {"hold_reason": reason[:100]}

        return await self._transition(
            actor,
            ticket_id,
            lambda t, now: tk.hold(t, now, due_in=timedelta(minutes=minutes)),
            "ticket_held",
            in_hand=True,
            before=check,
            payload={"reason": reason},
        )

    async def call_back(self, actor: Actor, ticket_id: int, window_id: int) -> TicketInfo:
        """回呼: call a held ticket back to this window now."""
        require(actor, *CALLERS, action="回呼")

        async def check(session: AsyncSession, row: Ticket, now: datetime) -> dict[str, Any]:
            window = await self._window(session, row.hall_id, window_id)
            current = await self._in_hand(session, window.id)
            if current is not None:
                raise Refused(f"请先处理当前的 {current.number} 号", code="busy")
            return {"window_id": window.id, "clerk_id": actor.staff_id, "hold_reason": None}

        return await self._transition(
            actor, ticket_id, tk.call_back, "ticket_called_back", before=check
        )

    async def transfer(
        self,
        actor: Actor,
        ticket_id: int,
        *,
        to_line_id: int,
        to_window_id: int | None = None,
        note: str | None = None,
    ) -> TicketInfo:
        """转移: send the citizen to another line (or one window of it) keeping the number.

        The target line gets a new waiting ticket with the same number, ahead of ordinary
        tickets; the returned info is that new ticket.
        """
        require(actor, *STAFF, action="转移")
        async with self.db.write() as session:
            now = await self.db.now(session)
            row = await self._ticket(session, actor.hall_id, ticket_id)
            target = await self._line(session, row.hall_id, to_line_id)
            if not target.active:
                raise Refused(f"“{target.name}”已停止取号")
            window = None
            if to_window_id is not None:
                window = await self._window(session, row.hall_id, to_window_id)
                serves = await session.scalar(
                    select(func.count())
                    .select_from(WindowLine)
                    .where(WindowLine.window_id == window.id, WindowLine.line_id == target.id)
                )
                if not serves:
                    raise Refused(f"{window.number}号窗口不办理“{target.name}”业务")
            if target.id == row.line_id and window is None:
                raise Refused("转移的目标与当前业务相同")
            source_window = (
                await session.get(ServiceWindow, row.window_id) if row.window_id else None
            )
            await self._apply(
                session, row, tk.transfer(_times(row), now), note=(note or "").strip() or row.note
            )
            new_id: int = (
                await session.execute(
                    insert(Ticket)
                    .values(
                        hall_id=row.hall_id,
                        line_id=target.id,
                        service_day=row.service_day,
                        seq=row.seq,
                        number=row.number,
                        priority=max(row.priority, int(Priority.TRANSFERRED)),
                        priority_reason=row.priority_reason or Priority.TRANSFERRED.label,
                        status=TicketStatus.WAITING.value,
                        issued_by_id=actor.staff_id,
                        target_window_id=window.id if window else None,
                        transferred_from_id=row.id,
                        issued_at=now,
                        call_count=0,
                        note=(note or "").strip() or None,
                        citizen_name=row.citizen_name,
                        citizen_phone=row.citizen_phone,
                        citizen_id_number=row.citizen_id_number,
                    )
                    .returning(Ticket.id)
                )
            ).scalar_one()
            new_row = await self._ticket(session, row.hall_id, new_id)
            await self._event(
                session,
                actor,
                "ticket_transferred",
                now,
                hall_id=row.hall_id,
                ticket=row,
                window=source_window,
                to_ticket_id=new_id,
                to_line_id=target.id,
                to_window_id=window.id if window else None,
                note=note or "",
            )
            return await self._info(session, new_row)

    async def _transition(
        self,
        actor: Actor,
        ticket_id: int,
        move: Callable[[TicketTimes, datetime], TicketTimes],
        kind: str,
        *,
        in_hand: bool = False,
        before: Callable[[AsyncSession, Ticket, datetime], Any] | None = None,
        payload: dict[str, Any] | None = None,
    ) -> TicketInfo:
        async with self.db.write() as session:
            now = await self.db.now(session)
            row = await self._ticket(session, actor.hall_id, ticket_id)
            new = move(_times(row), now)  # refuses an illegal move before anything is written
            if in_hand and row.clerk_id != actor.staff_id and not actor.has(*MANAGERS):
                raise Refused(f"{row.number} 号不在您的窗口办理", code="not_yours")
            extra = await before(session, row, now) if before else {}
            await self._apply(session, row, new, **extra)
            window = await session.get(ServiceWindow, row.window_id) if row.window_id else None
            await self._event(
                session,
                actor,
                kind,
                now,
                hall_id=row.hall_id,
                ticket=row,
                window=window,
                call_count=row.call_count,
                **(payload or {}),
            )
            return await self._info(session, row)

    # ---------------------------------------------------------------- windows and the day

    async def pause_window(self, actor: Actor, window_id: int, reason: str) -> WindowState:
        """暂停服务 with a reason (休息 / 会议 / 培训 / 系统故障 / 其他)."""
        require(actor, *CALLERS, action="暂停服务")
        reason = reason.strip()
        if not reason:
            raise ValidationError("pause_reason", "暂停服务需要选择原因")
        async with self.db.write() as session:
            now = await self.db.now(session)
            window = await self._window(session, actor.hall_id, window_id, lock=True)
            if window.paused:
                raise Refused(f"{window.number}号窗口已经是暂停状态")
            current = await self._in_hand(session, window.id)
            if current is not None:
                raise Refused(f"请先处理当前的 {current.number} 号再暂停服务", code="busy")
            window.paused, window.pause_reason, window.paused_at = True, reason[:60], now
            await self._event(
                session,
                actor,
                "window_paused",
                now,
                hall_id=window.hall_id,
                window=window,
                reason=reason,
            )
            await session.flush()
            return await self._window_state(session, window)

    async def resume_window(self, actor: Actor, window_id: int) -> WindowState:
        require(actor, *CALLERS, action="恢复服务")
        async with self.db.write() as session:
            now = await self.db.now(session)
            window = await self._window(session, actor.hall_id, window_id, lock=True)
            if not window.paused:
                raise Refused(f"{window.number}号窗口没有暂停")
            paused_minutes = (
                (now - window.paused_at).total_seconds() / 60 if window.paused_at else 0.0
            )
            window.paused, window.pause_reason, window.paused_at = False, None, None
            await self._event(
                session,
                actor,
                "window_resumed",
                now,
                hall_id=window.hall_id,
                window=window,
                paused_minutes=round(paused_minutes, 1),
            )
            await session.flush()
            return await self._window_state(session, window)

    async def close_day(self, actor: Actor) -> int:
        """日终: every open ticket of today and earlier days expires; returns how many."""
        require(actor, *MANAGERS, action="日终处理")
        async with self.db.write() as session:
            now = await self.db.now(session)
            today = await self._today(session, actor.hall_id, now)
            rows = list(
                await session.scalars(
                    select(Ticket).where(
                        Ticket.hall_id == actor.hall_id,
                        Ticket.service_day <= today,
                        Ticket.status.in_([s.value for s in OPEN_STATUSES]),
                    )
                )
            )
            for row in rows:
                await self._apply(session, row, tk.expire(_times(row), now))
                await self._event(
                    session, actor, "ticket_expired", now, hall_id=row.hall_id, ticket=row
                )
            await self._event(
                session,
                actor,
                "day_closed",
                now,
                hall_id=actor.hall_id,
                day=today.isoformat(),
                expired=len(rows),
            )
            return len(rows)

    # ---------------------------------------------------------------- reads

    async def ticket(self, hall_id: int, ticket_id: int) -> TicketInfo:
        async with self.db.read() as session:
            return await self._info(session, await self._ticket(session, hall_id, ticket_id))

    async def ticket_in_hand(self, hall_id: int, window_id: int) -> TicketInfo | None:
        """The ticket a window is calling or serving (a restarted clerk carries on with it)."""
        async with self.db.read() as session:
            await self._window(session, hall_id, window_id)
            row = await self._in_hand(session, window_id)
            return await self._info(session, row) if row else None

    async def held_tickets(self, hall_id: int, window_id: int) -> list[TicketInfo]:
        async with self.db.read() as session:
            now = await self.db.now(session)
            day = await self._today(session, hall_id, now)
            rows = await session.scalars(
                select(Ticket)
                .where(
                    Ticket.hall_id == hall_id,
                    Ticket.window_id == window_id,
                    Ticket.status == TicketStatus.HELD.value,
                    Ticket.service_day == day,
                )
                .order_by(Ticket.hold_due_at)
            )
            return [await self._info(session, row) for row in rows]

    async def line_statuses(self, hall_id: int) -> list[LineStatus]:
        """Waiting count, estimated wait and open/closed state of every active line."""
        async with self.db.read() as session:
            now = await self.db.now(session)
            hall = await self._hall(session, hall_id)
            day = await self._today(session, hall_id, now)
            lines = await session.scalars(
                select(BusinessLine)
                .where(BusinessLine.hall_id == hall_id, BusinessLine.active.is_(True))
                .order_by(BusinessLine.sort_order, BusinessLine.prefix)
            )
            return [await self._line_status(session, hall, line, day, now) for line in lines]

    async def _line_status(
        self,
        session: AsyncSession,
        hall: Hall,
        line: BusinessLine,
        day: date,
        now: datetime,
        *,
        check_hours: bool = True,
    ) -> LineStatus:
        waiting = (
            await session.scalar(
                select(func.count())
                .select_from(Ticket)
                .where(
                    Ticket.hall_id == hall.id,
                    Ticket.line_id == line.id,
                    Ticket.service_day == day,
                    Ticket.status == TicketStatus.WAITING.value,
                )
            )
            or 0
        )
        last_seq = await session.scalar(
            select(NumberCounter.last_seq).where(
                NumberCounter.hall_id == hall.id,
                NumberCounter.line_id == line.id,
                NumberCounter.service_day == day,
            )
        )
        issued = 0 if last_seq is None else last_seq - line.first_number + 1
        open_windows = (
            await session.scalar(
                select(func.count())
                .select_from(WindowLine)
                .join(ServiceWindow, ServiceWindow.id == WindowLine.window_id)
                .where(
                    WindowLine.line_id == line.id,
                    ServiceWindow.active.is_(True),
                    ServiceWindow.paused.is_(False),
                )
            )
            or 0
        )
        recent = list(
            await session.execute(
                select(Ticket.started_at, Ticket.finished_at)
                .where(
                    Ticket.hall_id == hall.id,
                    Ticket.line_id == line.id,
                    Ticket.service_day == day,
                    Ticket.status == TicketStatus.DONE.value,
                )
                .order_by(Ticket.finished_at.desc())
                .limit(self.settings.recent_service_sample)
            )
        )
        durations = [(f - s).total_seconds() for s, f in recent if s and f]
        average = (
            sum(durations) / len(durations) if durations else line.default_service_minutes * 60
        )
        reason: str | None = None
        if line.daily_limit is not None and issued >= line.daily_limit:
            reason = f"今日号源已取完（每日限 {line.daily_limit} 个）"
        elif check_hours and hall.enforce_hours:
            schedule = await load_schedule(session, hall.id)
            reason = schedule.closed_reason(
                now.astimezone(await self._zone(session, hall.id)).replace(tzinfo=None)
            )
        return LineStatus(
            line_id=line.id,
            prefix=line.prefix,
            name=line.name,
            waiting=waiting,
            issued_today=issued,
            daily_limit=line.daily_limit,
            estimated_wait_minutes=_wait_minutes(waiting, average, open_windows),
            average_service_seconds=average,
            open_windows=open_windows,
            closed_reason=reason,
        )

    async def window_states(self, hall_id: int) -> list[WindowState]:
        """Every active window: who is there, what it is serving, paused or idle."""
        async with self.db.read() as session:
            windows = await session.scalars(
                select(ServiceWindow)
                .where(ServiceWindow.hall_id == hall_id, ServiceWindow.active.is_(True))
                .order_by(ServiceWindow.number)
            )
            return [await self._window_state(session, w) for w in windows]

    async def _window_state(self, session: AsyncSession, window: ServiceWindow) -> WindowState:
        current = await self._in_hand(session, window.id)
        clerk = await session.get(Staff, window.clerk_id) if window.clerk_id else None
        line_ids = await session.scalars(
            select(WindowLine.line_id)
            .where(WindowLine.window_id == window.id)
            .order_by(WindowLine.rank)
        )
        state = "paused" if window.paused else ("serving" if current else "idle")
        return WindowState(
            window_id=window.id,
            number=window.number,
            name=window.name,
            kind=window.kind,
            state=state,
            current_number=current.number if current else None,
            current_ticket_id=current.id if current else None,
            pause_reason=window.pause_reason,
            clerk_id=clerk.id if clerk else None,
            clerk_name=clerk.name if clerk else None,
            clerk_staff_number=clerk.staff_number if clerk else None,
            line_ids=tuple(line_ids),
        )

    async def recent_calls(self, hall_id: int, limit: int = 8) -> list[CallRecord]:
        async with self.db.read() as session:
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
                )
                for e in rows
            ]

    async def latest_event_id(self, hall_id: int) -> int:
        async with self.db.read() as session:
            return (
                await session.scalar(
                    select(func.coalesce(func.max(Event.id), 0)).where(Event.hall_id == hall_id)
                )
                or 0
            )

    async def events_after(
        self, hall_id: int, after_id: int, limit: int = 500
    ) -> list[EventRecord]:
        async with self.db.read() as session:
            return [
                EventRecord(
                    id=e.id,
                    hall_id=e.hall_id,
                    at=e.at,
                    kind=e.kind,
                    actor_id=e.actor_id,
                    ticket_id=e.ticket_id,
                    window_id=e.window_id,
                    payload=dict(e.payload),
                )
                for e in await events_after(session, hall_id, after_id, limit)
            ]


def _wait_minutes(people: int, average_service_seconds: float, open_windows: int) -> int:
    """Rough wait for ``people`` ahead, shared by the open windows of the line."""
    return math.ceil(people * average_service_seconds / max(open_windows, 1) / 60)

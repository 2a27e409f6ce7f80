"""The queue: issuing, calling and serving tickets (取号、叫号、办理).

Every public method is one unit of work: one session, one transaction, a permission
check, the change and its event, and a plain dataclass back. A unit of work PostgreSQL
rolls back to break a deadlock runs again (:func:`retry_conflicts`).

Lock order (PostgreSQL; SQLite has one writer at a time and no row locks). Every write
takes its row locks in this order, and never waits for a lock of an earlier rank while
it holds one of a later rank, so no two writes can wait for each other:

1. One window row, ``FOR NO KEY UPDATE`` (``_LOCK_WINDOW``, ``_window(lock=True)``):
   calling at a window, calling back to it, pausing, resuming, signing in and out. It
   comes first, before any ticket.
2. Ticket rows. A write waits for at most one ticket (``_MOVE_PG``, ``FOR NO KEY
   UPDATE``: the ticket a move is about), except the day's close, which holds no
   window and takes them in id order. Call-next's claim takes its ticket with ``SKIP
   LOCKED`` and never waits for one: a ticket another window is claiming is skipped.
   When every candidate was skipped, the try rolls back, waits for the best one's lock
   in a transaction that holds nothing else, and starts again. (A claim that waited
   was the deadlock: it keeps the locks of the rows it rechecked and found taken, so
   two waiting claims end up waiting for each other's rows.)
3. The day's number counter (issuing only, which holds nothing before it).
4. Inserts: events, handled items, extended-hours records, new tickets. Their foreign
   keys take ``FOR KEY SHARE`` on the rows they name (hall, staff, line, window,
   ticket), which conflicts only with ``FOR UPDATE``, a key change or a delete: no
   queue write takes those, which is why the locks above are ``NO KEY``.
5. At commit, PostgreSQL's ``NOTIFY`` queue lock (the event trigger), held by committing
   transactions only, which wait for nothing else.
"""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Date,
    Integer,
    String,
    and_,
    bindparam,
    case,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Row
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import aliased

from hall_desktop.domain import tickets as tk
from hall_desktop.domain.errors import IllegalTransition, NotFound, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.hours import HallSchedule, service_day
from hall_desktop.domain.numbering import format_number
from hall_desktop.domain.tickets import OPEN_STATUSES, Outcome, Priority, TicketStatus, TicketTimes
from hall_desktop.domain.validators import check_born_by, normalize_mobile, parse_id_number
from hall_desktop.services import rules
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
from hall_desktop.services.extended import open_for_finish
from hall_desktop.services.schedule import load_schedule
from hall_desktop.store.database import Database, retry_conflicts
from hall_desktop.store.events import (
    FeedPosition,
    events_after,
    feed_position,
    read_feed,
    record_event,
)
from hall_desktop.store.models import (
    BigId,
    BusinessLine,
    Event,
    Hall,
    NumberCounter,
    ServiceItem,
    ServiceWindow,
    Staff,
    Ticket,
    TicketItem,
    UTCDateTime,
    WindowLine,
)

CALL_EVENT_KINDS = (
    EventKind.TICKET_CALLED,
    EventKind.TICKET_RECALLED,
    EventKind.TICKET_CALLED_BACK,
)
_TIMES_FIELDS = tuple(f.name for f in fields(TicketTimes))
_CLAIM_ATTEMPTS = 20
_IN_HAND_VALUES = sorted(s.value for s in tk.IN_HAND_STATUSES)
# Statuses in which a ticket belongs to the window that called it.
_WINDOW_STATUSES = frozenset({*_IN_HAND_VALUES, TicketStatus.HELD.value})
SCHEDULE_TTL_S = 60.0


@dataclass(frozen=True)
class QueueSettings:
    #: Calls in all, the first one included; None: the hall's own setting (大厅设置).
    recall_limit: int | None = None
    hold_minutes: int = 0  # default delay before a held ticket is due for call-back
    recent_service_sample: int = 20  # finished tickets used for the wait estimate


def _keep_line(session: AsyncSession, found: Row[Ticket, BusinessLine]) -> Ticket:
    """The ticket of a (ticket, line) row, keeping the line alive in the session.

    The identity map holds objects weakly: without a reference the line would be
    collected and ``session.get`` in :meth:`QueueService._info` would query it again.
    """
    session.info.setdefault("keep", []).append(found[1])
    return found[0]


def _times(row: Any) -> TicketTimes:
    """The state-machine part of a ticket (an ORM row or a row of columns)."""
    values = {name: getattr(row, name) for name in _TIMES_FIELDS}
    values["status"] = TicketStatus(row.status)
    return TicketTimes(**values)


async def _record_ticket_event(
    conn: AsyncSession | AsyncConnection,
    kind: EventKind,
    now: datetime,
    actor: Actor,
    ticket: Mapping[Any, Any],
    window_number: int | None,
    **extra: Any,
) -> None:
    """The event of one ticket move, from the ticket's columns after the move.

    PostgreSQL's call-next writes the same payload in SQL (see ``_call_statements``).
    """
    await record_event(
        conn,
        hall_id=ticket["hall_id"],
        at=now,
        kind=kind,
        actor_id=actor.staff_id,
        ticket_id=ticket["id"],
        window_id=ticket["window_id"],
        payload={
            "number": ticket["number"],
            "line_id": ticket["line_id"],
            "window_number": window_number,
            "call_count": ticket["call_count"],
            **extra,
        },
    )


async def _write_move(
    conn: AsyncSession | AsyncConnection, row: Any, new: TicketTimes, **extra: Any
) -> dict[str, Any]:
    """Write a move, guarded by the status it was computed from; the values written."""
    values = {name: getattr(new, name) for name in _TIMES_FIELDS if name != "number"}
    values["status"] = new.status.value
    values.update(extra)
    result = await conn.execute(_UPDATE_GUARDED, {"p_id": row.id, "p_status": row.status, **values})
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise IllegalTransition(
            f"{row.number} 号的状态刚被其他人更改，请刷新后重试", code="concurrent_change"
        )
    return values


def _call_statements() -> tuple[Any, Any, Any, Any]:
    """The statements of :meth:`QueueService.call_next`, built once (they are hot)."""
    p_window = bindparam("p_window_id", type_=Integer)
    p_now = bindparam("p_now", type_=UTCDateTime())
    in_hand = (
        select(Ticket.number)
        .where(
            Ticket.window_id == ServiceWindow.id,
            Ticket.status.in_(_IN_HAND_VALUES),
        )
        .limit(1)
        .scalar_subquery()
    )
    window = select(
        ServiceWindow.id,
        ServiceWindow.hall_id,
        ServiceWindow.number,
        ServiceWindow.active,
        ServiceWindow.paused,
        ServiceWindow.clerk_id,
        in_hand.label("in_hand"),
    ).where(ServiceWindow.id == p_window)
    # Held tickets of this window due for call-back, then priority class, then the
    # window's rank for the line, then issue time (domain.queue.next_for_window).
    held_due = and_(
        Ticket.status == TicketStatus.HELD.value,
        Ticket.window_id == p_window,
        Ticket.hold_due_at <= p_now,
    )
    waiting = and_(
        Ticket.status == TicketStatus.WAITING.value,
        WindowLine.window_id.is_not(None),
        or_(Ticket.target_window_id.is_(None), Ticket.target_window_id == p_window),
    )
    candidates = (
        select(
            Ticket.id,
            Ticket.status.label("previous_status"),
            BusinessLine.name.label("line_name"),
            BusinessLine.prefix.label("line_prefix"),
        )
        .join(BusinessLine, BusinessLine.id == Ticket.line_id)
        .outerjoin(
            WindowLine, and_(WindowLine.line_id == Ticket.line_id, WindowLine.window_id == p_window)
        )
        .where(
            Ticket.hall_id == bindparam("p_hall_id", type_=Integer),
            Ticket.service_day == bindparam("p_day", type_=Date),
        )
        .where(or_(held_due, waiting))
        .order_by(
            case((Ticket.status == TicketStatus.HELD.value, 0), else_=1),
            Ticket.hold_due_at,
            Ticket.priority.desc(),
            WindowLine.rank,
            Ticket.issued_at,
            Ticket.id,
        )
        .limit(1)
    )
    # What tickets.call / tickets.call_back set, plus the window and clerk.
    values = {
        "status": TicketStatus.CALLED.value,
        "window_id": p_window,
        "clerk_id": bindparam("p_clerk_id", type_=Integer),
        "first_called_at": func.coalesce(Ticket.first_called_at, p_now),
        "last_called_at": p_now,
        "call_count": Ticket.call_count + 1,
        "held_at": None,
        "hold_due_at": None,
        "hold_reason": None,
        "target_window_id": None,
    }
    columns = Ticket.__table__.columns
    # PostgreSQL: the window row is locked first (see call_next), so this statement's
    # fresh snapshot sees a ticket another call just put in the window's hand.
    in_hand_ticket = aliased(Ticket)
    window_free = ~exists().where(
        in_hand_ticket.window_id == p_window,
        in_hand_ticket.status.in_(_IN_HAND_VALUES),
    )

    def claim_pg() -> Any:
        # PostgreSQL: claim and log in one statement (one round trip instead of two);
        # the event is the one record_event would write for a call. SKIP LOCKED: the
        # claim never waits for a ticket (see the lock order in the module docstring).
        chosen = (
            candidates.where(window_free)
            .with_for_update(skip_locked=True, of=Ticket, key_share=True)
            .subquery("chosen")
        )
        claimed = (
            update(Ticket)
            .where(Ticket.id == chosen.c.id)
            .values(values)
            .returning(*columns, chosen.c.previous_status, chosen.c.line_name, chosen.c.line_prefix)
            .cte("claimed")
        )
        logged = (
            insert(Event)
            .from_select(
                ["hall_id", "at", "actor_id", "kind", "ticket_id", "window_id", "payload"],
                select(
                    claimed.c.hall_id,
                    p_now,
                    bindparam("p_clerk_id", type_=Integer),
                    case(
                        (
                            claimed.c.previous_status == TicketStatus.HELD.value,
                            EventKind.TICKET_CALLED_BACK,
                        ),
                        else_=EventKind.TICKET_CALLED,
                    ),
                    claimed.c.id,
                    claimed.c.window_id,
                    func.json_build_object(
                        "number",
                        claimed.c.number,
                        "line_id",
                        claimed.c.line_id,
                        "window_number",
                        bindparam("p_window_number", type_=Integer),
                        "call_count",
                        claimed.c.call_count,
                    ),
                ),
            )
            .returning(Event.id)
            .cte("logged")
        )
        return select(claimed, logged.c.id.label("event_id")).join_from(claimed, logged, true())

    claim_one = (
        update(Ticket)
        .where(
            Ticket.id == bindparam("p_id", type_=BigId),
            Ticket.status == bindparam("p_status", type_=String),
        )
        .values(values)
        .returning(*columns)
    )
    return window, candidates, claim_pg(), claim_one


# _CLAIM_PG skips tickets other windows are claiming right now (see call_next).
_CALL_WINDOW, _CANDIDATES, _CLAIM_PG, _CLAIM_ONE = _call_statements()
# PostgreSQL: waits until the ticket's lock is free (FOR SHARE conflicts with the claim's
# NO KEY UPDATE), as a statement of its own that holds nothing else; see call_next.
_WAIT_FOR_TICKET = (
    select(Ticket.id).where(Ticket.id == bindparam("p_id", type_=BigId)).with_for_update(read=True)
)
# PostgreSQL: one call at a time per window (a double click, two programs at one window).
_LOCK_WINDOW = (
    select(
        ServiceWindow.id,
        ServiceWindow.hall_id,
        ServiceWindow.number,
        ServiceWindow.active,
        ServiceWindow.paused,
        ServiceWindow.clerk_id,
        literal(None).label("in_hand"),
    )
    .where(ServiceWindow.id == bindparam("p_window_id", type_=Integer))
    .with_for_update(key_share=True)
)
_IN_HAND = (
    select(Ticket.number)
    .where(
        Ticket.window_id == bindparam("p_window_id", type_=Integer),
        Ticket.status.in_(_IN_HAND_VALUES),
    )
    .limit(1)
)
# After a claim that took nothing: what the window has in hand, and the best candidate
# (one round trip: an idle window asks this on every call).
_IN_HAND_AND_BEST = select(
    _IN_HAND.scalar_subquery().label("in_hand"),
    _CANDIDATES.with_only_columns(Ticket.id).scalar_subquery().label("best_id"),
)
_best = _CANDIDATES.subquery("best")
_CALL_WINDOW_AND_PICK = (
    select(
        *_CALL_WINDOW.selected_columns,
        _best.c.id.label("pick_id"),
        _best.c.previous_status,
        _best.c.line_name,
        _best.c.line_prefix,
    )
    .outerjoin_from(ServiceWindow, _best, true())
    .where(_CALL_WINDOW.whereclause)
)

# Issuing: the line with its hall's settings, the next number, the new ticket.
_ISSUE_LINE = (
    select(
        BusinessLine.id,
        BusinessLine.hall_id,
        BusinessLine.prefix,
        BusinessLine.name,
        BusinessLine.daily_limit,
        BusinessLine.first_number,
        BusinessLine.default_service_minutes,
        BusinessLine.active,
        Hall.name.label("hall_name"),
        Hall.timezone,
        Hall.enforce_hours,
    )
    .join(Hall, Hall.id == BusinessLine.hall_id)
    .where(
        BusinessLine.id == bindparam("p_line_id", type_=Integer),
        BusinessLine.hall_id == bindparam("p_hall_id", type_=Integer),
    )
)


def _next_seq_statement(dialect_insert: Any) -> Any:
    """Take the line's next daily sequence number in one atomic upsert."""
    return (
        dialect_insert(NumberCounter)
        .values(
            hall_id=bindparam("p_hall_id", type_=Integer),
            line_id=bindparam("p_line_id", type_=Integer),
            service_day=bindparam("p_day", type_=Date),
            last_seq=bindparam("p_first", type_=Integer),
        )
        .on_conflict_do_update(
            index_elements=["hall_id", "line_id", "service_day"],
            set_={"last_seq": NumberCounter.last_seq + 1},
        )
        .returning(NumberCounter.last_seq)
    )


_NEXT_SEQ_PG = _next_seq_statement(pg_insert)
_NEXT_SEQ_SQLITE = _next_seq_statement(sqlite_insert)
_INSERT_TICKET = insert(Ticket).returning(*Ticket.__table__.columns)

# The slip's estimate: people ahead, open windows of the line, recent service times.
_AHEAD = (
    select(func.count())
    .select_from(Ticket)
    .where(
        Ticket.hall_id == bindparam("p_hall_id", type_=Integer),
        Ticket.line_id == bindparam("p_line_id", type_=Integer),
        Ticket.service_day == bindparam("p_day", type_=Date),
        Ticket.status == TicketStatus.WAITING.value,
        Ticket.id != bindparam("p_id", type_=BigId),
        or_(
            Ticket.priority > bindparam("p_priority", type_=Integer),
            and_(
                Ticket.priority == bindparam("p_priority", type_=Integer),
                Ticket.issued_at <= bindparam("p_issued_at", type_=UTCDateTime()),
            ),
        ),
    )
)
_OPEN_WINDOWS = (
    select(func.count())
    .select_from(WindowLine)
    .join(ServiceWindow, ServiceWindow.id == WindowLine.window_id)
    .where(
        WindowLine.line_id == bindparam("p_line_id", type_=Integer),
        ServiceWindow.active.is_(True),
        ServiceWindow.paused.is_(False),
    )
)
_RECENT_SERVICE = (
    select(Ticket.started_at, Ticket.finished_at)
    .where(
        Ticket.hall_id == bindparam("p_hall_id", type_=Integer),
        Ticket.line_id == bindparam("p_line_id", type_=Integer),
        Ticket.service_day == bindparam("p_day", type_=Date),
        Ticket.status == TicketStatus.DONE.value,
    )
    .order_by(Ticket.finished_at.desc())
    .limit(bindparam("p_limit", type_=Integer))
)

# A ticket with its line and window, for one move (locked on PostgreSQL against a
# concurrent move that keeps the status, such as two recalls).
_WINDOW_CLERK = aliased(Staff)
_MOVE = (
    select(
        *Ticket.__table__.columns,
        BusinessLine.name.label("line_name"),
        BusinessLine.prefix.label("line_prefix"),
        ServiceWindow.number.label("window_number"),
        ServiceWindow.clerk_id.label("window_clerk_id"),
        _WINDOW_CLERK.name.label("window_clerk_name"),
    )
    .join(BusinessLine, BusinessLine.id == Ticket.line_id)
    .outerjoin(ServiceWindow, ServiceWindow.id == Ticket.window_id)
    .outerjoin(_WINDOW_CLERK, _WINDOW_CLERK.id == ServiceWindow.clerk_id)
    .where(
        Ticket.id == bindparam("p_id", type_=BigId),
        Ticket.hall_id == bindparam("p_hall_id", type_=Integer),
    )
)
_MOVE_PG = _MOVE.with_for_update(of=Ticket, key_share=True)
# The SET clause comes from the parameters given at execution.
_UPDATE_GUARDED = (
    update(Ticket)
    .where(
        Ticket.id == bindparam("p_id", type_=BigId),
        Ticket.status == bindparam("p_status", type_=String),
    )
    .execution_options(synchronize_session=False)
)


class _AllClaimed(Exception):
    """Every candidate of a call-next was locked by other windows' claims (PostgreSQL)."""

    def __init__(self, ticket_id: int) -> None:
        super().__init__(ticket_id)
        self.ticket_id = ticket_id


@retry_conflicts
class QueueService:
    """Tickets from issue to finish, windows pausing and resuming, and the queue's reads."""

    def __init__(self, db: Database, settings: QueueSettings | None = None) -> None:
        self.db = db
        self.settings = settings or QueueSettings()
        self._zones: dict[int, ZoneInfo] = {}
        self._schedules: dict[int, tuple[float, HallSchedule]] = {}

    # ---------------------------------------------------------------- helpers

    async def _hall(self, session: AsyncSession, hall_id: int) -> Hall:
        hall = await session.get(Hall, hall_id)
        if hall is None:
            raise NotFound(f"找不到编号为 {hall_id} 的大厅")
        self._zones.setdefault(hall_id, ZoneInfo(hall.timezone))
        return hall

    async def _zone(self, session: AsyncSession | AsyncConnection, hall_id: int) -> ZoneInfo:
        if hall_id not in self._zones:
            name = (
                await session.execute(select(Hall.timezone).where(Hall.id == hall_id))
            ).scalar_one_or_none()
            if name is None:
                raise NotFound(f"找不到编号为 {hall_id} 的大厅")
            self._zones[hall_id] = ZoneInfo(name)
        return self._zones[hall_id]

    async def _today(
        self, session: AsyncSession | AsyncConnection, hall_id: int, now: datetime
    ) -> date:
        return service_day(now, await self._zone(session, hall_id))

    async def _line(self, session: AsyncSession, hall_id: int, line_id: int) -> BusinessLine:
        line = await session.get(BusinessLine, line_id)
        if line is None or line.hall_id != hall_id:
            raise NotFound(f"找不到业务类别（编号 {line_id}）")
        return line

    async def _window(
        self, session: AsyncSession, hall_id: int, window_id: int, *, lock: bool = False
    ) -> ServiceWindow:
        window = await session.get(
            ServiceWindow, window_id, with_for_update={"key_share": True} if lock else None
        )
        if window is None or window.hall_id != hall_id:
            raise NotFound(f"找不到窗口（编号 {window_id}）")
        if not window.active:
            raise Refused(f"{window.number}号窗口已停用")
        return window

    async def _ticket(
        self, session: AsyncSession, hall_id: int, ticket_id: int, *, lock: bool = False
    ) -> Ticket:
        # The line comes in the same query, so _info finds it in the identity map.
        query = (
            select(Ticket, BusinessLine)
            .join(BusinessLine, BusinessLine.id == Ticket.line_id)
            .where(Ticket.id == ticket_id, Ticket.hall_id == hall_id)
        )
        if lock and self.db.is_postgresql:
            query = query.with_for_update(of=Ticket)
        found = (await session.execute(query)).first()
        if found is None:
            raise NotFound(f"找不到该排队号（编号 {ticket_id}）")
        return _keep_line(session, found)

    async def _in_hand(self, session: AsyncSession, window_id: int) -> Ticket | None:
        return (
            await session.scalars(
                select(Ticket)
                .where(
                    Ticket.window_id == window_id,
                    Ticket.status.in_(_IN_HAND_VALUES),
                )
                .order_by(Ticket.last_called_at.desc())
                .limit(1)
            )
        ).first()

    async def _require_signed_in(
        self,
        session: AsyncSession | AsyncConnection,
        actor: Actor,
        window_number: int,
        clerk_id: int | None,
        what: str = "",
    ) -> None:
        """Refuse unless ``actor`` is the clerk signed in to the window (one per window)."""
        if clerk_id == actor.staff_id:
            return
        doing = f"，不能{what}" if what else ""
        if clerk_id is None:
            raise Refused(
                f"您尚未登录{window_number}号窗口{doing}，请先登录该窗口", code="not_signed_in"
            )
        holder = (
            await session.execute(select(Staff.name).where(Staff.id == clerk_id))
        ).scalar_one_or_none()
        raise Refused(
            f"{window_number}号窗口由{holder or '其他人员'}登录{doing}", code="not_your_window"
        )

    async def _event(
        self,
        session: AsyncSession,
        actor: Actor | None,
        kind: EventKind,
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
        items: Sequence[int] = ()
        if row.status == TicketStatus.DONE.value:  # items are recorded when finishing
            items = (
                await session.scalars(
                    select(TicketItem.service_item_id).where(TicketItem.ticket_id == row.id)
                )
            ).all()
        assert line is not None
        values = {c.key: getattr(row, c.key) for c in Ticket.__table__.columns}
        return _ticket_info(
            values, line.name, line.prefix, window.number if window else None, items
        )

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
        reason = rules.PRIORITY_REASON.optional(priority_reason)
        if priority is Priority.GREEN and reason is None:
            raise ValidationError("priority_reason", "绿色通道需要选择原因（老年人、残疾人等）")
        if priority is Priority.NORMAL:
            reason = None
        phone = normalize_mobile(citizen_phone) if citizen_phone and citizen_phone.strip() else None
        id_info = (
            parse_id_number(citizen_id_number)
            if citizen_id_number and citizen_id_number.strip()
            else None
        )
        id_number = id_info.number if id_info else None
        name = rules.CITIZEN_NAME.optional(citizen_name)

        async with self.db.write_core() as conn:
            now = await self.db.now(conn)
            actor = await recheck(conn, actor, *ISSUERS, action="取号")
            found = (
                await conn.execute(_ISSUE_LINE, {"p_line_id": line_id, "p_hall_id": actor.hall_id})
            ).first()
            if found is None:
                raise NotFound(f"找不到业务类别（编号 {line_id}）")
            line = SimpleNamespace(**found._mapping)
            if not line.active:
                raise Refused(f"“{line.name}”已停止取号", code="line_inactive")
            tz = self._zones.setdefault(line.hall_id, ZoneInfo(line.timezone))
            if line.enforce_hours:
                schedule = await self._schedule(line.hall_id, conn)
                closed = schedule.closed_reason(now.astimezone(tz).replace(tzinfo=None))
                if closed:
                    raise Refused(closed, code="hall_closed")
            day = service_day(now, tz)
            if id_info is not None:
                check_born_by(id_info, day)  # the service day: the desk's PC clock may be off
            seq: int = (
                await conn.execute(
                    _NEXT_SEQ_PG if self.db.is_postgresql else _NEXT_SEQ_SQLITE,
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
            inserted = (
                await conn.execute(
                    _INSERT_TICKET,
                    {
                        "hall_id": line.hall_id,
                        "line_id": line.id,
                        "service_day": day,
                        "seq": seq,
                        "number": format_number(line.prefix, seq),
                        "priority": int(priority),
                        "priority_reason": reason,
                        "status": TicketStatus.WAITING.value,
                        "issued_by_id": actor.staff_id,
                        "issued_at": now,
                        "call_count": 0,
                        "citizen_name": name,
                        "citizen_phone": phone,
                        "citizen_id_number": id_number,
                    },
                )
            ).one()
            row = SimpleNamespace(**inserted._mapping)
            await record_event(
                conn,
                hall_id=line.hall_id,
                at=now,
                kind=EventKind.TICKET_ISSUED,
                actor_id=actor.staff_id,
                ticket_id=row.id,
                payload={"number": row.number, "line_id": line.id, "priority": int(priority)},
            )
        info = _ticket_info(inserted._mapping, line.name, line.prefix, None)
        # Outside the write transaction: on SQLite every other desk and window waits
        # for it, and the slip's estimate does not need to be exact to the instant.
        async with self.db.read() as session:
            ahead = await self._ahead(session, row)
            average, open_windows = await self._pace(session, line, day)
        wait = _wait_minutes(ahead, average, open_windows)
        return IssuedTicket(
            ticket=info, hall_name=line.hall_name, ahead=ahead, estimated_wait_minutes=wait
        )

    async def _ahead(self, session: AsyncSession, row: Any) -> int:
        """Waiting tickets of the same line that will be called before this one."""
        params = {
            "p_hall_id": row.hall_id,
            "p_line_id": row.line_id,
            "p_day": row.service_day,
            "p_id": row.id,
            "p_priority": row.priority,
            "p_issued_at": row.issued_at,
        }
        return (await session.execute(_AHEAD, params)).scalar_one()

    async def cancel(self, actor: Actor, ticket_id: int) -> TicketInfo:
        """取消: the citizen left before being called."""
        require(actor, *ISSUERS, action="取消排队号")
        return await self._transition(
            actor,
            ticket_id,
            tk.cancel,
            EventKind.TICKET_CANCELLED,
            roles=ISSUERS,
            action="取消排队号",
        )

    async def reactivate(self, actor: Actor, ticket_id: int) -> TicketInfo:
        """恢复: a no-show or cancelled ticket of today waits again."""
        require(actor, *STAFF, action="恢复排队号")

        async def check(session: AsyncConnection, row: Any, now: datetime) -> dict[str, Any]:
            if row.service_day != await self._today(session, row.hall_id, now):
                raise Refused(f"{row.number} 号不是今天的号，不能恢复", code="not_today")
            return {"window_id": None, "clerk_id": None}

        return await self._transition(
            actor,
            ticket_id,
            tk.reactivate,
            EventKind.TICKET_REACTIVATED,
            before=check,
            roles=STAFF,
            action="恢复排队号",
        )

    # ---------------------------------------------------------------- calling

    async def sign_in(
        self, actor: Actor, window_id: int, *, take_over: bool = False
    ) -> WindowState:
        """A clerk takes a window (亮牌服务: the terminal shows their name and number).

        One clerk per window: a window another clerk is signed in to is refused
        (``code="window_taken"``, the message asks whether to take over) unless
        ``take_over``; taking over signs the other clerk out, recorded as
        ``window_taken_over`` (their screen follows the feed and logs out). A supervisor
        takes over a crashed clerk's window, and the ticket in hand, the same way.
        """
        require(actor, *CALLERS, action="登录窗口")
        async with self.db.write() as session:
            now = await self.db.now(session)
            actor = await recheck(session, actor, *CALLERS, action="登录窗口")
            # The window taken and any the clerk leaves, locked in id order (two clerks
            # swapping windows must not wait for each other in opposite orders).
            involved = list(
                await session.scalars(
                    select(ServiceWindow)
                    .where(
                        ServiceWindow.hall_id == actor.hall_id,
                        or_(
                            ServiceWindow.id == window_id,
                            ServiceWindow.clerk_id == actor.staff_id,
                        ),
                    )
                    .order_by(ServiceWindow.id)
                    .with_for_update(key_share=True)
                )
            )
            window = next((w for w in involved if w.id == window_id), None)
            if window is None:
                raise NotFound(f"找不到窗口（编号 {window_id}）")
            if not window.active:
                raise Refused(f"{window.number}号窗口已停用")
            previous = (
                await session.get(Staff, window.clerk_id)
                if window.clerk_id not in (None, actor.staff_id)
                else None
            )
            if previous is not None and not take_over:
                raise Refused(
                    f"{window.number}号窗口已由{previous.name}（工号 {previous.staff_number}）"
                    "登录，是否接替？",
                    code="window_taken",
                )
            # A clerk works at one window at a time: leave any other one.
            for other in involved:
                if other.id == window.id:
                    continue
                other.clerk_id = None
                await self._event(
                    session,
                    actor,
                    EventKind.WINDOW_SIGNED_OUT,
                    now,
                    hall_id=other.hall_id,
                    window=other,
                )
            window.clerk_id = actor.staff_id
            taken: dict[str, Any] = (
                {"previous_clerk_id": previous.id, "previous_clerk_name": previous.name}
                if previous is not None
                else {}
            )
            await self._event(
                session,
                actor,
                EventKind.WINDOW_TAKEN_OVER if previous is not None else EventKind.WINDOW_SIGNED_IN,
                now,
                hall_id=window.hall_id,
                window=window,
                clerk_name=actor.name,
                staff_number=actor.staff_number,
                **taken,
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
                    session,
                    actor,
                    EventKind.WINDOW_SIGNED_OUT,
                    now,
                    hall_id=window.hall_id,
                    window=window,
                )

    async def call_next(self, actor: Actor, window_id: int) -> TicketInfo | None:
        """叫号: claim the window's next ticket; None when nobody is waiting.

        Held tickets of this window due for call-back first, then priority class, then
        the window's rank for the line, then issue time (the reference is
        :func:`hall_desktop.domain.queue.next_for_window`). The claim is one statement
        on PostgreSQL (``UPDATE … FROM (SELECT … FOR NO KEY UPDATE SKIP LOCKED)``) and a
        select plus a conditional update under the file's write lock on SQLite, so two
        windows never get the same ticket. The columns it sets are those of
        :func:`tickets.call` and :func:`tickets.call_back`.
        """
        require(actor, *CALLERS, action="叫号")
        for _ in range(_CLAIM_ATTEMPTS):
            try:
                return await self._call_next_once(actor, window_id)
            except _AllClaimed as e:
                # Every candidate is being claimed by another window right now: wait
                # for the best one's claim to end, holding no lock meanwhile (the lock
                # order in the module docstring), then look again. (SQLite, one writer
                # at a time, has nobody to wait for.)
                if self.db.is_postgresql:
                    async with self.db.autocommit() as conn:
                        await conn.execute(_WAIT_FOR_TICKET, {"p_id": e.ticket_id})
        raise Refused("叫号冲突过多，请稍后重试", code="claim_contention")

    async def _call_next_once(self, actor: Actor, window_id: int) -> TicketInfo | None:
        """One try of :meth:`call_next` in one transaction; :class:`_AllClaimed` (which
        rolls it back: it wrote nothing) when every candidate was skipped."""
        async with self.db.write_core() as session:
            now = await self.db.now(session)
            actor = await recheck(session, actor, *CALLERS, action="叫号")
            day = await self._today(session, actor.hall_id, now)
            params = {
                "p_window_id": window_id,
                "p_hall_id": actor.hall_id,
                "p_day": day,
                "p_now": now,
                "p_clerk_id": actor.staff_id,
            }
            # SQLite reads the window and its best candidate in one statement (every
            # statement there is held under the one write lock); PostgreSQL locks the
            # window row, then checks "nothing in hand" and picks the candidate inside
            # the claim, where it can lock it.
            window = (
                await session.execute(
                    _LOCK_WINDOW if self.db.is_postgresql else _CALL_WINDOW_AND_PICK, params
                )
            ).first()
            if window is None or window.hall_id != actor.hall_id:
                raise NotFound(f"找不到窗口（编号 {window_id}）")
            if not window.active:
                raise Refused(f"{window.number}号窗口已停用")
            await self._require_signed_in(session, actor, window.number, window.clerk_id)
            if window.paused:
                raise Refused(f"{window.number}号窗口暂停服务中，请先恢复服务", code="paused")
            if window.in_hand is not None:
                raise Refused(
                    f"请先处理当前的 {window.in_hand} 号（办结、过号或挂起）", code="busy"
                )
            params["p_window_number"] = window.number
            pick = (
                None
                if self.db.is_postgresql
                else (window.pick_id, window.previous_status, window.line_name, window.line_prefix)
            )
            claimed = await self._claim(session, params, pick)
            if claimed is None:
                # Nobody waits; or (PostgreSQL) the window already has a ticket, or
                # every candidate was being claimed by another window and was skipped.
                found = (await session.execute(_IN_HAND_AND_BEST, params)).one()
                if found.in_hand is not None:
                    raise Refused(
                        f"请先处理当前的 {found.in_hand} 号（办结、过号或挂起）", code="busy"
                    )
                if found.best_id is None:
                    return None
                raise _AllClaimed(found.best_id)
            ticket, previous_status, line_name, line_prefix = claimed
            if "event_id" in ticket:  # PostgreSQL logged the call with the claim
                return _ticket_info(ticket, line_name, line_prefix, window.number)
            held = previous_status == TicketStatus.HELD.value
            kind = EventKind.TICKET_CALLED_BACK if held else EventKind.TICKET_CALLED
            await _record_ticket_event(session, kind, now, actor, ticket, window.number)
            return _ticket_info(ticket, line_name, line_prefix, window.number)

    async def _claim(
        self,
        session: AsyncConnection,
        params: dict[str, Any],
        pick: tuple[Any, ...] | None = None,
    ) -> tuple[Mapping[Any, Any], str, str, str] | None:
        """Take the best candidate: (ticket columns, previous status, line name, prefix).

        ``pick`` is (id, status, line name, prefix) of a candidate already read in this
        transaction (SQLite); its id is None when there was none. PostgreSQL skips the
        tickets other windows are claiming right now.
        """
        if self.db.is_postgresql:
            found = (await session.execute(_CLAIM_PG, params)).first()
            if found is None:
                return None
            m = dict(found._mapping)  # the event is already written (see _call_statements)
            return m, m["previous_status"], m["line_name"], m["line_prefix"]
        # SQLite: this transaction holds the database's only write lock.
        if pick is None:
            row = (await session.execute(_CANDIDATES, params)).first()
            pick = None if row is None else tuple(row)
        if pick is None or pick[0] is None:
            return None
        pick_id, previous_status, line_name, line_prefix = pick
        found = (
            await session.execute(
                _CLAIM_ONE, {**params, "p_id": pick_id, "p_status": previous_status}
            )
        ).first()
        if found is None:
            return None
        return found._mapping, previous_status, line_name, line_prefix

    async def recall(self, actor: Actor, ticket_id: int) -> TicketInfo:
        """重呼: call the ticket in hand again (up to the recall limit)."""
        require(actor, *CALLERS, action="重呼")
        limit = self.settings.recall_limit
        if limit is None:
            async with self.db.read() as session:
                limit = await session.scalar(
                    select(Hall.recall_limit).where(Hall.id == actor.hall_id)
                )
        assert limit is not None
        return await self._transition(
            actor,
            ticket_id,
            lambda t, now: tk.recall(t, now, limit=limit),
            EventKind.TICKET_RECALLED,
            in_hand=True,
            roles=CALLERS,
            action="重呼",
        )

    async def no_show(self, actor: Actor, ticket_id: int) -> TicketInfo:
        """过号: the called citizen did not come."""
        require(actor, *CALLERS, action="过号")
        return await self._transition(
            actor,
            ticket_id,
            tk.mark_no_show,
            EventKind.TICKET_NO_SHOW,
            in_hand=True,
            roles=CALLERS,
            action="过号",
        )

    async def start(self, actor: Actor, ticket_id: int) -> TicketInfo:
        """开始办理."""
        require(actor, *CALLERS, action="开始办理")
        return await self._transition(
            actor,
            ticket_id,
            tk.start,
            EventKind.TICKET_STARTED,
            in_hand=True,
            roles=CALLERS,
            action="开始办理",
        )

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
        try:
            outcome = Outcome(outcome)
        except ValueError:
            raise ValidationError("outcome", "请选择办理结果（办结、补正告知、咨询等）") from None
        wanted = sorted(set(item_ids))
        note = rules.TICKET_NOTE.optional(note)

        async def check(session: AsyncConnection, row: Any, now: datetime) -> dict[str, Any]:
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
            # 延时服务: finished after closing time opens its record, in this transaction.
            await open_for_finish(
                session,
                schedule=await self._schedule(row.hall_id, session),
                zone=await self._zone(session, row.hall_id),
                ticket=row,
                window_number=row.window_number,
                now=now,
                actor=actor,
                item_ids=wanted,
            )
            return {"outcome": outcome.value, "note": note}

        return await self._transition(
            actor,
            ticket_id,
            tk.finish,
            EventKind.TICKET_FINISHED,
            in_hand=True,
            before=check,
            payload={"outcome": outcome.value, "item_ids": wanted},
            roles=CALLERS,
            action="办结",
        )

    async def hold(
        self, actor: Actor, ticket_id: int, *, reason: str, due_in_minutes: int | None = None
    ) -> TicketInfo:
        """挂起: set the ticket aside; it is due for call-back after ``due_in_minutes``."""
        require(actor, *CALLERS, action="挂起")
        reason = rules.HOLD_REASON.clean(reason)
        if not reason:
            raise ValidationError("hold_reason", "挂起需要填写原因")
        minutes = self.settings.hold_minutes if due_in_minutes is None else due_in_minutes
        if minutes < 0:
            raise ValidationError("due_in_minutes", "挂起时长不能为负数")

        async def check(session: AsyncConnection, row: Any, now: datetime) -> dict[str, Any]:
            return {"hold_reason": reason}

        return await self._transition(
            actor,
            ticket_id,
            lambda t, now: tk.hold(t, now, due_in=timedelta(minutes=minutes)),
            EventKind.TICKET_HELD,
            in_hand=True,
            before=check,
            payload={"reason": reason},
            roles=CALLERS,
            action="挂起",
        )

    async def call_back(self, actor: Actor, ticket_id: int, window_id: int) -> TicketInfo:
        """回呼: call a held ticket back to this window now."""
        require(actor, *CALLERS, action="回呼")

        async def check(session: AsyncConnection, row: Any, now: datetime) -> dict[str, Any]:
            params = {"p_window_id": window_id}
            pg = self.db.is_postgresql
            window = (await session.execute(_LOCK_WINDOW if pg else _CALL_WINDOW, params)).first()
            if window is None or window.hall_id != row.hall_id:
                raise NotFound(f"找不到窗口（编号 {window_id}）")
            if not window.active:
                raise Refused(f"{window.number}号窗口已停用")
            await self._require_signed_in(
                session, actor, window.number, window.clerk_id, f"回呼 {row.number} 号"
            )
            if row.window_id is not None and row.window_id != window.id:
                raise Refused(
                    f"{row.number} 号是在{row.window_number}号窗口挂起的，请由该窗口回呼",
                    code="not_yours",
                )
            # PostgreSQL: read what is in hand after the window's lock is ours.
            in_hand = (await session.execute(_IN_HAND, params)).scalar() if pg else window.in_hand
            if in_hand is not None:
                raise Refused(f"请先处理当前的 {in_hand} 号", code="busy")
            return {"window_id": window.id, "clerk_id": actor.staff_id, "hold_reason": None}

        return await self._transition(
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
        note = rules.TICKET_NOTE.optional(note)
        async with self.db.write() as session:
            now = await self.db.now(session)
            actor = await recheck(session, actor, *STAFF, action="转移")
            row = await self._ticket(session, actor.hall_id, ticket_id, lock=True)
            if row.status in _WINDOW_STATUSES and row.window_id is not None:
                # A ticket a window has called, serves or holds is that window's to move.
                holder = await session.get(ServiceWindow, row.window_id)
                assert holder is not None
                await self._require_signed_in(
                    session, actor, holder.number, holder.clerk_id, f"转移 {row.number} 号"
                )
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
            await _write_move(session, row, tk.transfer(_times(row), now), note=note or row.note)
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
                        note=note,
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
                EventKind.TICKET_TRANSFERRED,
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
        kind: EventKind,
        *,
        roles: Sequence[Role],
        action: str,
        in_hand: bool = False,
        before: Callable[[AsyncConnection, Any, datetime], Awaitable[dict[str, Any]]] | None = None,
        payload: dict[str, Any] | None = None,
        lock_window: int | None = None,
    ) -> TicketInfo:
        """One move of one ticket: load, check with the domain, write guarded, log.

        ``in_hand`` moves (recall, no-show, start, finish, hold) belong to the clerk
        signed in to the window that holds the ticket, who becomes its clerk.
        ``lock_window``: the window the move brings the ticket to, locked before the
        ticket (PostgreSQL; the lock order in the module docstring).
        """
        async with self.db.write_core() as conn:
            now = await self.db.now(conn)
            if lock_window is not None and self.db.is_postgresql:
                await conn.execute(_LOCK_WINDOW, {"p_window_id": lock_window})
            actor = await recheck(conn, actor, *roles, action=action)
            found = (
                await conn.execute(
                    _MOVE_PG if self.db.is_postgresql else _MOVE,
                    {"p_id": ticket_id, "p_hall_id": actor.hall_id},
                )
            ).first()
            if found is None:
                raise NotFound(f"找不到该排队号（编号 {ticket_id}）")
            current = found._mapping
            row = SimpleNamespace(**current)
            new = move(_times(row), now)  # refuses an illegal move before anything is written
            extra: dict[str, Any] = {}
            if in_hand:
                if row.window_number is None:
                    raise Refused(f"{row.number} 号不在您的窗口办理", code="not_yours")
                await self._require_signed_in(
                    conn, actor, row.window_number, row.window_clerk_id, f"办理 {row.number} 号"
                )
                extra["clerk_id"] = actor.staff_id
            if before is not None:
                extra.update(await before(conn, row, now))
            values = await _write_move(conn, row, new, **extra)
            merged = {**current, **values}
            window_number = current["window_number"]
            if merged["window_id"] != current["window_id"]:
                window_number = (
                    await conn.execute(
                        select(ServiceWindow.number).where(ServiceWindow.id == merged["window_id"])
                    )
                ).scalar_one_or_none()
            await _record_ticket_event(
                conn, kind, now, actor, merged, window_number, **(payload or {})
            )
            items: Sequence[int] = ()
            if new.status is TicketStatus.DONE:
                items = (
                    await conn.scalars(
                        select(TicketItem.service_item_id).where(TicketItem.ticket_id == row.id)
                    )
                ).all()
            return _ticket_info(merged, row.line_name, row.line_prefix, window_number, items)

    # ---------------------------------------------------------------- windows and the day

    async def pause_window(self, actor: Actor, window_id: int, reason: str) -> WindowState:
        """暂停服务 with a reason (休息 / 会议 / 培训 / 系统故障 / 其他)."""
        require(actor, *CALLERS, action="暂停服务")
        reason = rules.PAUSE_REASON.clean(reason)
        if not reason:
            raise ValidationError("pause_reason", "暂停服务需要选择原因")
        async with self.db.write() as session:
            now = await self.db.now(session)
            actor = await recheck(session, actor, *CALLERS, action="暂停服务")
            window = await self._window(session, actor.hall_id, window_id, lock=True)
            if not actor.has(*MANAGERS):
                await self._require_signed_in(
                    session, actor, window.number, window.clerk_id, "暂停服务"
                )
            if window.paused:
                raise Refused(f"{window.number}号窗口已经是暂停状态")
            current = await self._in_hand(session, window.id)
            if current is not None:
                raise Refused(f"请先处理当前的 {current.number} 号再暂停服务", code="busy")
            window.paused, window.pause_reason, window.paused_at = True, reason, now
            await self._event(
                session,
                actor,
                EventKind.WINDOW_PAUSED,
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
            actor = await recheck(session, actor, *CALLERS, action="恢复服务")
            window = await self._window(session, actor.hall_id, window_id, lock=True)
            if not actor.has(*MANAGERS):
                await self._require_signed_in(
                    session, actor, window.number, window.clerk_id, "恢复服务"
                )
            if not window.paused:
                raise Refused(f"{window.number}号窗口没有暂停")
            paused_minutes = (
                (now - window.paused_at).total_seconds() / 60 if window.paused_at else 0.0
            )
            window.paused, window.pause_reason, window.paused_at = False, None, None
            await self._event(
                session,
                actor,
                EventKind.WINDOW_RESUMED,
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
            actor = await recheck(session, actor, *MANAGERS, action="日终处理")
            today = await self._today(session, actor.hall_id, now)
            rows = list(
                await session.scalars(
                    select(Ticket)
                    .where(
                        Ticket.hall_id == actor.hall_id,
                        Ticket.service_day <= today,
                        Ticket.status.in_([s.value for s in OPEN_STATUSES]),
                    )
                    .order_by(Ticket.id)  # tickets are locked in id order (module docstring)
                )
            )
            for row in rows:
                await _write_move(session, row, tk.expire(_times(row), now))
                await self._event(
                    session, actor, EventKind.TICKET_EXPIRED, now, hall_id=row.hall_id, ticket=row
                )
            await self._event(
                session,
                actor,
                EventKind.DAY_CLOSED,
                now,
                hall_id=actor.hall_id,
                day=today.isoformat(),
                expired=len(rows),
            )
            return len(rows)

    # ---------------------------------------------------------------- reads

    async def hall(self, hall_code: str) -> HallInfo:
        """The hall a PC belongs to (public facts only: the display has no login)."""
        hall_code = rules.HALL_CODE.clean(hall_code)
        async with self.db.read() as session:
            row = await session.scalar(select(Hall).where(Hall.code == hall_code))
            if row is None:
                raise NotFound(
                    f"数据库中没有代码为“{hall_code}”的大厅，请检查设置（hall_code）",
                    code="no_hall",
                )
            return HallInfo(id=row.id, code=row.code, name=row.name, timezone=row.timezone)

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

    async def tickets_of_day(self, hall_id: int, *, limit: int = 300) -> list[TicketInfo]:
        """Today's tickets of the hall, newest first (the desk's reprint and cancel list)."""
        async with self.db.read() as session:
            now = await self.db.now(session)
            day = await self._today(session, hall_id, now)
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
                _ticket_info(
                    {c.key: getattr(t, c.key) for c in Ticket.__table__.columns},
                    line.name,
                    line.prefix,
                    windows.get(t.window_id) if t.window_id else None,
                )
                for t, line in rows
            ]

    async def upcoming(self, hall_id: int, window_id: int, limit: int = 5) -> list[str]:
        """The numbers this window would call next, in order (for the clerk's screen)."""
        async with self.db.read() as session:
            now = await self.db.now(session)
            day = await self._today(session, hall_id, now)
            rows = await session.execute(
                _CANDIDATES.with_only_columns(Ticket.number).limit(limit),
                {"p_window_id": window_id, "p_hall_id": hall_id, "p_day": day, "p_now": now},
            )
            return [number for (number,) in rows]

    async def clerk_day(self, hall_id: int, clerk_id: int) -> ClerkDay:
        """A clerk's own figures of the service day: served, no-shows, average times."""
        async with self.db.read() as session:
            now = await self.db.now(session)
            day = await self._today(session, hall_id, now)
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

    async def slip(self, hall_id: int, ticket_id: int) -> IssuedTicket:
        """What a reprinted slip says: people ahead and the wait as they are now."""
        async with self.db.read() as session:
            row = await self._ticket(session, hall_id, ticket_id)
            info = await self._info(session, row)
            hall = await self._hall(session, hall_id)
            ahead, wait = 0, 0
            if row.status == TicketStatus.WAITING.value:
                ahead = await self._ahead(session, row)
                line = await session.get(BusinessLine, row.line_id)
                average, open_windows = await self._pace(session, line, row.service_day)
                wait = _wait_minutes(ahead, average, open_windows)
            return IssuedTicket(
                ticket=info, hall_name=hall.name, ahead=ahead, estimated_wait_minutes=wait
            )

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
        average, open_windows = await self._pace(session, line, day)
        reason: str | None = None
        if line.daily_limit is not None and issued >= line.daily_limit:
            reason = f"今日号源已取完（每日限 {line.daily_limit} 个）"
        elif hall.enforce_hours:
            schedule = await self._schedule(hall.id)
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

    async def _pace(self, session: AsyncSession, line: Any, day: date) -> tuple[float, int]:
        """Average service seconds (today's recent tickets, else the line's default) and
        how many open windows serve the line: what a wait estimate needs."""
        open_windows = (await session.execute(_OPEN_WINDOWS, {"p_line_id": line.id})).scalar_one()
        recent = await session.execute(
            _RECENT_SERVICE,
            {
                "p_hall_id": line.hall_id,
                "p_line_id": line.id,
                "p_day": day,
                "p_limit": self.settings.recent_service_sample,
            },
        )
        durations = [(f - s).total_seconds() for s, f in recent if s and f]
        average = (
            sum(durations) / len(durations) if durations else line.default_service_minutes * 60
        )
        return average, open_windows

    async def _schedule(
        self, hall_id: int, conn: AsyncSession | AsyncConnection | None = None
    ) -> HallSchedule:
        """The hall's hours and calendar, re-read at most once a minute.

        Inside a write, pass its connection: a second one would be one more connection
        per write (and none may be left while the server refuses new ones).
        """
        cached = self._schedules.get(hall_id)
        if cached is None or time.monotonic() - cached[0] > SCHEDULE_TTL_S:
            if conn is not None:
                schedule = await load_schedule(conn, hall_id)
            else:
                async with self.db.read() as session:
                    schedule = await load_schedule(session, hall_id)
            cached = (time.monotonic(), schedule)
            self._schedules[hall_id] = cached
        return cached[1]

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
        """Events by id, for the audit trail and tests (the feed uses :meth:`read_feed`)."""
        async with self.db.read() as session:
            return [_event_record(e) for e in await events_after(session, hall_id, after_id, limit)]

    async def feed_position(self, hall_id: int) -> FeedPosition:
        """Where a screen starts following the hall: what is committed now is behind it."""
        async with self.db.read() as session:
            return await feed_position(session, hall_id)

    async def read_feed(
        self, hall_id: int, position: FeedPosition
    ) -> tuple[list[EventRecord], FeedPosition]:
        """The hall's events committed since ``position`` (complete, each once; see
        :mod:`hall_desktop.store.events`), and the position after them."""
        async with self.db.read() as session:
            events, after = await read_feed(session, hall_id, position)
            return [_event_record(e) for e in events], after


def _event_record(e: Event) -> EventRecord:
    return EventRecord(
        id=e.id,
        hall_id=e.hall_id,
        at=e.at,
        kind=e.kind,
        actor_id=e.actor_id,
        ticket_id=e.ticket_id,
        window_id=e.window_id,
        payload=dict(e.payload),
    )


def _wait_minutes(people: int, average_service_seconds: float, open_windows: int) -> int:
    """Rough wait for ``people`` ahead, shared by the open windows of the line."""
    return math.ceil(people * average_service_seconds / max(open_windows, 1) / 60)


def _ticket_info(
    values: Mapping[Any, Any],
    line_name: str,
    line_prefix: str,
    window_number: int | None,
    item_ids: Sequence[int] = (),
) -> TicketInfo:
    """A :class:`TicketInfo` from ticket columns (an ORM row's or a RETURNING row's)."""
    return TicketInfo(
        id=values["id"],
        hall_id=values["hall_id"],
        number=values["number"],
        line_id=values["line_id"],
        line_name=line_name,
        line_prefix=line_prefix,
        service_day=values["service_day"],
        status=TicketStatus(values["status"]),
        priority=Priority(values["priority"]),
        priority_reason=values["priority_reason"],
        issued_at=values["issued_at"],
        first_called_at=values["first_called_at"],
        last_called_at=values["last_called_at"],
        call_count=values["call_count"],
        started_at=values["started_at"],
        finished_at=values["finished_at"],
        hold_due_at=values["hold_due_at"],
        hold_reason=values["hold_reason"],
        window_id=values["window_id"],
        window_number=window_number,
        clerk_id=values["clerk_id"],
        outcome=values["outcome"],
        transferred_from_id=values["transferred_from_id"],
        citizen_name=values["citizen_name"],
        citizen_phone=values["citizen_phone"],
        item_ids=tuple(sorted(item_ids)),
    )

"""限时办结: the 办件 a 受理 finish opens, their due dates, and the issue of their result.

A finish whose outcome is 受理 opens one 办件 per item handled, in the finish's own
transaction (:func:`open_for_finish`, called by the queue's finish); a 受理 with no item
picked opens one for the ticket, on :data:`~hall_desktop.domain.applications.
DEFAULT_PROMISED_DAYS` (a promise is made to the citizen whether or not the clerk ticked
the item, and a lost due date cannot be followed). The due date is the item's promised
working days after the service day, on the hall's calendar.

The result's issue closes a 办件: collected at the window (:meth:`ApplicationService.
collect`, 出件) or sent by free courier (:meth:`ApplicationService.close_by_courier`,
linking a dispatch of the same ticket). Clerks close the 办件 of the window they are
signed in to; supervisors any of the hall.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from hall_desktop.domain.applications import (
    DEFAULT_PROMISED_DAYS,
    DUE_SOON_DAYS,
    ClosedHow,
    DueState,
    application_code,
    due_state,
)
from hall_desktop.domain.courier import DispatchStatus
from hall_desktop.domain.errors import NotFound, PermissionDenied, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.hours import HallSchedule, service_day, working_days_after
from hall_desktop.domain.masking import mask_name
from hall_desktop.services.actor import CALLERS, MANAGERS, Actor, recheck, record_action, require
from hall_desktop.services.schedule import hall_zone, load_schedule
from hall_desktop.store.database import Database, retry_conflicts
from hall_desktop.store.events import record_events
from hall_desktop.store.models import (
    Application,
    CourierDispatch,
    ServiceItem,
    ServiceWindow,
    Staff,
    Ticket,
)

__all__ = [
    "ApplicationList",
    "ApplicationRow",
    "ApplicationService",
    "DispatchChoice",
    "OnTimeFigures",
    "OnTimeRow",
    "open_for_finish",
]

#: Who may issue a result: a clerk (at their own window) or a supervisor.
CLOSERS = (*CALLERS, *MANAGERS)
#: The row of an item-less 办件 in the figures.
NO_ITEM = "（未选事项）"
_OPEN_DISPATCH = (
    DispatchStatus.PENDING.value,
    DispatchStatus.HANDED_OVER.value,
    DispatchStatus.DELIVERED.value,
)


async def open_for_finish(
    conn: AsyncConnection,
    *,
    schedule: HallSchedule,
    ticket: Any,
    window_number: int | None,
    now: datetime,
    actor: Actor,
    promised: Mapping[int, int | None],
) -> list[int]:
    """Open the 办件 of a 受理 finish of ``ticket`` (its row, before the move):
    ``promised`` maps each item handled to its promised working days (None: the
    default); no item opens one 办件 for the ticket. Two statements in the finish's
    transaction, whatever the number of items: the rows, then their events."""
    wanted: list[tuple[int | None, int]] = [
        (item_id, days if days is not None else DEFAULT_PROMISED_DAYS)
        for item_id, days in sorted(promised.items())
    ] or [(None, DEFAULT_PROMISED_DAYS)]
    rows = [
        {
            "hall_id": ticket.hall_id,
            "ticket_id": ticket.id,
            "item_id": item_id,
            "window_id": ticket.window_id,
            "clerk_id": actor.staff_id,
            "citizen_name": ticket.citizen_name,
            "service_day": ticket.service_day,
            "opened_at": now,
            "promised_days": days,
            "due_date": working_days_after(schedule, ticket.service_day, days),
        }
        for item_id, days in wanted
    ]
    # Matched back by item (one 办件 per item of the ticket): a multi-row RETURNING in
    # parameter order would be one statement per row on SQLite.
    inserted = await conn.execute(
        insert(Application).returning(Application.item_id, Application.id), rows
    )
    ids_by_item: dict[int | None, int] = {item_id: app_id for item_id, app_id in inserted}
    ids = [ids_by_item[row["item_id"]] for row in rows]
    await record_events(
        conn,
        [
            {
                "hall_id": ticket.hall_id,
                "at": now,
                "kind": EventKind.APPLICATION_OPENED,
                "actor_id": actor.staff_id,
                "ticket_id": ticket.id,
                "window_id": ticket.window_id,
                "payload": {
                    "application_id": app_id,
                    "number": ticket.number,
                    "item_id": row["item_id"],
                    "promised_days": row["promised_days"],
                    "due_date": row["due_date"].isoformat(),
                    "window_number": window_number,
                },
            }
            for app_id, row in zip(ids, rows, strict=True)
        ],
    )
    return ids


# -- what the screens get ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ApplicationRow:
    """One 办件 as lists show it (the citizen's name masked)."""

    id: int
    ticket_id: int
    ticket_number: str
    item_id: int | None
    item_name: str  # NO_ITEM when none was picked
    department: str
    window_id: int | None
    window_number: int | None
    clerk_name: str | None
    citizen: str
    service_day: date
    opened_at: datetime
    promised_days: int
    due_date: date
    state: DueState
    closed_at: datetime | None
    closed_how: ClosedHow | None
    dispatch_id: int | None

    @property
    def code(self) -> str:
        return application_code(self.id)


@dataclass(frozen=True, slots=True)
class ApplicationList:
    """Open 办件 as of ``today``, by due date; due soon means due by ``soon_until``."""

    today: date
    soon_until: date
    rows: tuple[ApplicationRow, ...]

    @property
    def overdue(self) -> tuple[ApplicationRow, ...]:
        return tuple(r for r in self.rows if r.state is DueState.OVERDUE)

    @property
    def due_soon(self) -> tuple[ApplicationRow, ...]:
        return tuple(r for r in self.rows if r.state is DueState.DUE_SOON)


@dataclass(frozen=True, slots=True)
class DispatchChoice:
    """A free-courier dispatch of the 办件's ticket that may carry its result."""

    id: int
    status: DispatchStatus
    recipient: str  # masked
    waybill: str | None

    @property
    def code(self) -> str:
        return f"K{self.id:05d}"


@dataclass(frozen=True, slots=True)
class OnTimeRow:
    """限时办结 of one item or department over a period: the 办件 due in it whose
    outcome is known (closed, or still open past the due date)."""

    name: str
    counted: int
    on_time: int
    late: int  # closed after the due date
    overdue_open: int  # past the due date and still open

    @property
    def rate(self) -> float | None:
        """按时办结率: on time among those counted; None when none was."""
        return self.on_time / self.counted if self.counted else None


@dataclass(frozen=True, slots=True)
class OnTimeFigures:
    start: date
    end: date
    by_item: tuple[OnTimeRow, ...]
    by_department: tuple[OnTimeRow, ...]
    total: OnTimeRow


_DISPLAY = (
    select(
        Application,
        Ticket.number,
        ServiceItem.name,
        ServiceItem.department,
        ServiceWindow.number,
        Staff.name,
    )
    .join(Ticket, Ticket.id == Application.ticket_id)
    .outerjoin(ServiceItem, ServiceItem.id == Application.item_id)
    .outerjoin(ServiceWindow, ServiceWindow.id == Application.window_id)
    .outerjoin(Staff, Staff.id == Application.clerk_id)
)


@retry_conflicts
class ApplicationService:
    """The 办件 lists, their closing and the on-time figures (限时办结)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reads ----------------------------------------------------------------------------

    async def _today(
        self, session: AsyncSession, hall_id: int
    ) -> tuple[HallSchedule, ZoneInfo, date, date]:
        schedule = await load_schedule(session, hall_id)
        zone = await hall_zone(session, hall_id)
        today = service_day(await self.db.now(session), zone)
        return schedule, zone, today, working_days_after(schedule, today, DUE_SOON_DAYS)

    async def _list(
        self, session: AsyncSession, hall_id: int, *where: Any, due_by_soon: bool = False
    ) -> ApplicationList:
        _schedule, _zone, today, soon_until = await self._today(session, hall_id)
        query = _DISPLAY.where(
            Application.hall_id == hall_id, Application.closed_at.is_(None), *where
        )
        if due_by_soon:
            query = query.where(Application.due_date <= soon_until)
        found = await session.execute(query.order_by(Application.due_date, Application.id))
        rows = tuple(
            _row(a, number, item, dept, window, clerk, today=today, soon_until=soon_until)
            for a, number, item, dept, window, clerk in found
        )
        return ApplicationList(today=today, soon_until=soon_until, rows=rows)

    async def at_window(self, actor: Actor, window_id: int | None) -> ApplicationList:
        """The open 办件 accepted at ``window_id`` (the clerk's window), by due date;
        without a window, those the actor accepted."""
        require(actor, *CLOSERS, action="查看办件")
        where = (
            Application.window_id == window_id
            if window_id is not None
            else Application.clerk_id == actor.staff_id
        )
        async with self.db.read() as session:
            return await self._list(session, actor.hall_id, where)

    async def hall_watch(self, actor: Actor) -> ApplicationList:
        """The hall's open 办件 due within :data:`DUE_SOON_DAYS` working days or overdue."""
        require(actor, *MANAGERS, action="查看全厅办件")
        async with self.db.read() as session:
            return await self._list(session, actor.hall_id, due_by_soon=True)

    async def on_time(self, actor: Actor, start: date, end: date) -> OnTimeFigures:
        """按时办结率 by item and by department of the 办件 due from ``start`` to ``end``:
        closed on or before the due date is on time; closed after it, or still open
        after it, is not; open and not yet due is not counted."""
        require(actor, *MANAGERS, action="查看限时办结统计")
        return await self.on_time_of_hall(actor.hall_id, start, end)

    async def on_time_of_hall(self, hall_id: int, start: date, end: date) -> OnTimeFigures:
        """:meth:`on_time` of the hall ``hall_id`` with no permission check of its own:
        for the statistics of a hall its caller has already been allowed to see."""
        if end < start:
            raise ValidationError("end", "结束日期不能早于开始日期")
        async with self.db.read() as session:
            _s, _z, today, _soon = await self._today(session, hall_id)
            on_time = func.sum(case((Application.closed_on <= Application.due_date, 1), else_=0))
            late = func.sum(case((Application.closed_on > Application.due_date, 1), else_=0))
            overdue = func.sum(
                case(
                    ((Application.closed_on.is_(None)) & (Application.due_date < today), 1),
                    else_=0,
                )
            )
            found = await session.execute(
                select(
                    Application.item_id,
                    ServiceItem.name,
                    ServiceItem.department,
                    on_time,
                    late,
                    overdue,
                )
                .outerjoin(ServiceItem, ServiceItem.id == Application.item_id)
                .where(
                    Application.hall_id == hall_id,
                    Application.due_date >= start,
                    Application.due_date <= end,
                )
                .group_by(Application.item_id, ServiceItem.name, ServiceItem.department)
            )
        by_item: list[OnTimeRow] = []
        departments: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for _item_id, name, department, n_on, n_late, n_over in found:
            counts = (int(n_on or 0), int(n_late or 0), int(n_over or 0))
            if not sum(counts):
                continue
            by_item.append(_on_time_row(name or NO_ITEM, counts))
            bucket = departments[department or NO_ITEM]
            for i, n in enumerate(counts):
                bucket[i] += n
        by_department = [_on_time_row(d, tuple(c)) for d, c in departments.items()]
        totals = tuple(sum(c[i] for c in departments.values()) for i in range(3))
        return OnTimeFigures(
            start=start,
            end=end,
            by_item=tuple(sorted(by_item, key=_figure_order)),
            by_department=tuple(sorted(by_department, key=_figure_order)),
            total=_on_time_row("合计", totals),
        )

    async def courier_choices(self, actor: Actor, application_id: int) -> list[DispatchChoice]:
        """The dispatches of the 办件's ticket that may carry its result (not cancelled,
        not returned), newest first."""
        require(actor, *CLOSERS, action="查看办件")
        async with self.db.read() as session:
            rows = await session.execute(
                select(
                    CourierDispatch.id,
                    CourierDispatch.status,
                    CourierDispatch.recipient_name,
                    CourierDispatch.waybill,
                )
                .join(Application, Application.ticket_id == CourierDispatch.ticket_id)
                .where(
                    Application.id == application_id,
                    Application.hall_id == actor.hall_id,
                    CourierDispatch.hall_id == actor.hall_id,
                    CourierDispatch.status.in_(_OPEN_DISPATCH),
                )
                .order_by(CourierDispatch.id.desc())
            )
            return [
                DispatchChoice(i, DispatchStatus(status), mask_name(name), waybill)
                for i, status, name, waybill in rows
            ]

    # -- writes ---------------------------------------------------------------------------

    async def collect(self, actor: Actor, application_id: int) -> ApplicationRow:
        """出件: the citizen collected the result at the window."""
        return await self._close(actor, application_id, ClosedHow.WINDOW, None)

    async def close_by_courier(
        self, actor: Actor, application_id: int, dispatch_id: int
    ) -> ApplicationRow:
        """The result was sent by free courier: ``dispatch_id``, a dispatch of the same
        ticket, carries it."""
        return await self._close(actor, application_id, ClosedHow.COURIER, dispatch_id)

    async def _close(
        self, actor: Actor, application_id: int, how: ClosedHow, dispatch_id: int | None
    ) -> ApplicationRow:
        action = "办件出件"
        require(actor, *CLOSERS, action=action)
        async with self.db.write() as session:
            actor = await recheck(session, actor, *CLOSERS, action=action)
            app = await session.get(Application, application_id)
            if app is None or app.hall_id != actor.hall_id:
                raise NotFound(f"找不到办件 {application_code(application_id)}")
            code = application_code(app.id)
            window = await session.get(ServiceWindow, app.window_id) if app.window_id else None
            if not actor.has(*MANAGERS) and (window is None or window.clerk_id != actor.staff_id):
                where = f"{window.number}号窗口" if window else "其他窗口"
                raise PermissionDenied(
                    f"办件 {code} 由{where}受理，请登录该窗口出件或由值班长处理",
                    code="not_your_window",
                )
            if app.closed_at is not None:
                raise Refused(f"办件 {code} 已经出件，不能重复办结", code="already_closed")
            if dispatch_id is not None:
                dispatch = await session.get(CourierDispatch, dispatch_id)
                if dispatch is None or dispatch.hall_id != actor.hall_id:
                    raise NotFound(f"找不到寄递单 K{dispatch_id:05d}")
                if dispatch.ticket_id != app.ticket_id:
                    raise Refused(
                        f"寄递单 K{dispatch_id:05d} 不是办件 {code} 的排队号登记的，不能用于出件"
                    )
                if dispatch.status not in _OPEN_DISPATCH:
                    raise Refused(f"寄递单 K{dispatch_id:05d} 已取消或被退回，不能用于出件")
            now = await self.db.now(session)
            closed_on = service_day(now, await hall_zone(session, actor.hall_id))
            done = await session.execute(
                update(Application)
                .where(Application.id == app.id, Application.closed_at.is_(None))
                .values(
                    closed_at=now,
                    closed_on=closed_on,
                    closed_how=how.value,
                    dispatch_id=dispatch_id,
                    closed_by_id=actor.staff_id,
                )
                .execution_options(synchronize_session=False)
            )
            if done.rowcount != 1:  # type: ignore[attr-defined]
                raise Refused(f"办件 {code} 已经出件，不能重复办结", code="already_closed")
            payload: dict[str, Any] = {
                "application_id": app.id,
                "closed_how": how.value,
                "due_date": app.due_date.isoformat(),
                "on_time": closed_on <= app.due_date,
            }
            if dispatch_id is not None:
                payload["dispatch_id"] = dispatch_id
            await record_action(
                session,
                actor,
                EventKind.APPLICATION_CLOSED,
                at=now,
                ticket_id=app.ticket_id,
                window_id=app.window_id,
                payload=payload,
            )
            _s, _z, today, soon_until = await self._today(session, actor.hall_id)
            reread = _DISPLAY.where(Application.id == app.id).execution_options(
                populate_existing=True
            )
            found = (await session.execute(reread)).one()
            return _row(*found, today=today, soon_until=soon_until)


def _row(
    a: Application,
    number: str,
    item: str | None,
    department: str | None,
    window_number: int | None,
    clerk_name: str | None,
    *,
    today: date,
    soon_until: date,
) -> ApplicationRow:
    return ApplicationRow(
        id=a.id,
        ticket_id=a.ticket_id,
        ticket_number=number,
        item_id=a.item_id,
        item_name=item or NO_ITEM,
        department=department or "",
        window_id=a.window_id,
        window_number=window_number,
        clerk_name=clerk_name,
        citizen=mask_name(a.citizen_name),
        service_day=a.service_day,
        opened_at=a.opened_at,
        promised_days=a.promised_days,
        due_date=a.due_date,
        state=due_state(a.due_date, a.closed_on, today=today, soon_until=soon_until),
        closed_at=a.closed_at,
        closed_how=ClosedHow(a.closed_how) if a.closed_how else None,
        dispatch_id=a.dispatch_id,
    )


def _on_time_row(name: str, counts: Sequence[int]) -> OnTimeRow:
    on_time, late, overdue = counts
    return OnTimeRow(
        name=name,
        counted=on_time + late + overdue,
        on_time=on_time,
        late=late,
        overdue_open=overdue,
    )


def _figure_order(row: OnTimeRow) -> tuple[float, str]:
    """Worst first: the lowest rate, then by name."""
    return (row.rate if row.rate is not None else 1.0, row.name)

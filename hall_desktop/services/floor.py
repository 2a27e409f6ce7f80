"""大厅监控: what the supervisor's monitor reads and records.

The monitor starts from one :meth:`FloorService.snapshot` (today's tickets, the windows,
the lines, today's ratings, what falls due today, the open alerts and the feed position
after which events are new), then keeps its :class:`~hall_desktop.domain.floor.Floor`
up to date with :meth:`FloorService.follow`, which reads again, in one transaction, only
what a batch of events names: the tickets (with the tickets carried on from them), the
windows, the ratings, what falls due. Never the whole hall per event.

Alerts (:class:`FloorAlert`): :meth:`sync_alerts` records what
:func:`~hall_desktop.domain.floor.alert_conditions` says holds now: a condition with no
open alert raises one (once, whichever monitor is first: one open alert per hall, kind
and subject is a unique index), an open alert whose condition no longer holds is cleared;
an acknowledged alert stays open (and silent) while its condition holds, so it does not
come back until the condition clears and returns. Each raise, acknowledgement and clear
is an event: a clerk's workstation shows the alerts of its window.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, union_all, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.cases import CaseStatus
from hall_desktop.domain.errors import NotFound, Refused
from hall_desktop.domain.events import EventKind, Topic, topic_of
from hall_desktop.domain.floor import (
    AlertCondition,
    AlertKind,
    DueToday,
    Floor,
    LineFact,
    RatingFact,
    Thresholds,
    TicketFact,
    WindowFact,
)
from hall_desktop.domain.hours import local_midnight, service_day
from hall_desktop.domain.text import TextRule
from hall_desktop.domain.tickets import TicketStatus
from hall_desktop.services.actor import MANAGERS, Actor, recheck, record_action
from hall_desktop.services.dto import EventRecord, FeedPosition
from hall_desktop.services.schedule import load_schedule
from hall_desktop.store.database import Database
from hall_desktop.store.events import feed_position, record_events
from hall_desktop.store.models import (
    Application,
    BusinessLine,
    FloorAlert,
    Hall,
    LedgerCase,
    Rating,
    ServiceWindow,
    Staff,
    Ticket,
    WindowLine,
)

__all__ = ["ACTION", "AlertRecord", "FloorService", "FloorSnapshot", "Followed"]

#: What the supervisor did about an alert (处理情况).
ACTION = TextRule("action", "处理情况", 200)


@dataclass(frozen=True, slots=True)
class AlertRecord:
    id: int
    kind: AlertKind
    subject: str
    detail: str
    window_id: int | None
    line_id: int | None
    raised_at: datetime
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    action: str | None
    cleared_at: datetime | None

    @property
    def key(self) -> tuple[str, str]:
        return self.kind.value, self.subject


@dataclass(frozen=True, slots=True)
class Followed:
    """What a batch of events meant beyond the facts it updated: a new service day (the
    monitor starts again from a snapshot), alerts raised, handled or cleared elsewhere."""

    new_day: bool = False
    alerts_changed: bool = False


#: Events after which the lines, the limits and every window's lines are read again.
_SETUP_KINDS = frozenset(
    {
        EventKind.WINDOW_LINES_SET,
        EventKind.WINDOW_CREATED,
        EventKind.WINDOW_EDITED,
        EventKind.LINE_CREATED,
        EventKind.LINE_EDITED,
        EventKind.LINES_REORDERED,
        EventKind.HALL_SETTINGS_CHANGED,
    }
)


@dataclass(frozen=True, slots=True)
class FloorSnapshot:
    """Everything the monitor starts from; events after ``position`` are new."""

    floor: Floor
    today: date
    zone: ZoneInfo
    alerts: tuple[AlertRecord, ...]  # open ones
    position: FeedPosition


_TICKET_COLUMNS = (
    Ticket.id,
    Ticket.number,
    Ticket.line_id,
    Ticket.status,
    Ticket.priority,
    Ticket.window_id,
    Ticket.clerk_id,
    Ticket.issued_at,
    Ticket.last_called_at,
    Ticket.started_at,
    Ticket.closed_at,
    Ticket.transferred_from_id,
)


def _ticket(row: Any) -> TicketFact:
    (i, number, line_id, status, priority, window_id, clerk_id, issued, called, started,
     closed, carried_from) = row  # fmt: skip
    return TicketFact(
        id=i,
        number=number,
        line_id=line_id,
        status=TicketStatus(status),
        priority=priority,
        window_id=window_id,
        clerk_id=clerk_id,
        issued_at=issued,
        called_at=called,
        started_at=started,
        closed_at=closed,
        transferred_from_id=carried_from,
    )


class FloorService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reads ------------------------------------------------------------------------------

    async def _today(self, session: AsyncSession, hall_id: int) -> tuple[date, ZoneInfo]:
        hall = await session.get(Hall, hall_id)
        if hall is None:
            raise NotFound(f"找不到编号为 {hall_id} 的大厅")
        zone = ZoneInfo(hall.timezone)
        return service_day(await self.db.now(session), zone), zone

    async def snapshot(self, actor: Actor) -> FloorSnapshot:
        """The floor of the actor's hall now (supervisors and administrators)."""
        async with self.db.read() as session:
            fresh = await recheck(session, actor, *MANAGERS, action="查看大厅监控")
            hall_id = fresh.hall_id
            position = await feed_position(session, hall_id)
            today, zone = await self._today(session, hall_id)
            floor = Floor()
            await self._read_setup(session, hall_id, floor)
            floor.put_tickets(
                _ticket(r)
                for r in await session.execute(
                    select(*_TICKET_COLUMNS).where(
                        Ticket.hall_id == hall_id, Ticket.service_day == today
                    )
                )
            )
            floor.put_windows(await self._windows(session, hall_id, today, None))
            floor.put_ratings(await self._ratings(session, hall_id, zone, today, None))
            floor.due = await self._due(session, hall_id, today)
            alerts = await self._open_alerts(session, hall_id)
        return FloorSnapshot(floor, today, zone, alerts, position)

    async def _read_setup(self, session: AsyncSession, hall_id: int, floor: Floor) -> None:
        hall = await session.get(Hall, hall_id)
        if hall is None:
            raise NotFound(f"找不到编号为 {hall_id} 的大厅")
        floor.thresholds = Thresholds(
            service_minutes=hall.alert_service_minutes,
            pause_minutes=hall.alert_pause_minutes,
            no_show_count=hall.alert_no_show_count,
            no_show_minutes=hall.alert_no_show_minutes,
        )
        lines = await session.scalars(
            select(BusinessLine).where(
                BusinessLine.hall_id == hall_id, BusinessLine.active.is_(True)
            )
        )
        floor.lines = {
            line.id: LineFact(
                id=line.id,
                prefix=line.prefix,
                name=line.name,
                sort_order=line.sort_order,
                default_service_minutes=line.default_service_minutes,
                alert_waiting_count=_own_or(line.alert_waiting_count, hall.alert_waiting_count),
                alert_wait_minutes=_own_or(line.alert_wait_minutes, hall.alert_wait_minutes),
            )
            for line in lines
        }

    async def _tickets(
        self, session: AsyncSession, hall_id: int, today: date, ids: Iterable[int]
    ) -> list[TicketFact]:
        wanted = sorted(set(ids))
        if not wanted:
            return []
        # Two indexed reads, not one OR: ticket.transferred_from_id has no index, so an
        # OR of the two scanned every ticket the hall ever issued (26 ms a batch on
        # PostgreSQL with a year of 306,000 tickets, against 0.05 ms + 1.4 ms). A ticket
        # carried on is issued at the move, among today's tickets.
        named = select(*_TICKET_COLUMNS).where(Ticket.hall_id == hall_id, Ticket.id.in_(wanted))
        carried = select(*_TICKET_COLUMNS).where(
            Ticket.hall_id == hall_id,
            Ticket.service_day == today,
            Ticket.transferred_from_id.in_(wanted),
        )
        return [_ticket(r) for r in await session.execute(union_all(named, carried))]

    async def _windows(
        self, session: AsyncSession, hall_id: int, today: date, ids: Iterable[int] | None
    ) -> list[WindowFact]:
        query = (
            select(ServiceWindow, Staff.name, Staff.staff_number)
            .outerjoin(Staff, Staff.id == ServiceWindow.clerk_id)
            .where(ServiceWindow.hall_id == hall_id)
        )
        if ids is not None:
            wanted = sorted(set(ids))
            if not wanted:
                return []
            query = query.where(ServiceWindow.id.in_(wanted))
        rows = list(await session.execute(query))
        served_by = (
            select(WindowLine.window_id, WindowLine.line_id, WindowLine.rank, WindowLine.until_day)
            .join(ServiceWindow, ServiceWindow.id == WindowLine.window_id)
            .where(ServiceWindow.hall_id == hall_id, WindowLine.serving_on(today))
        )
        if ids is not None:  # the lines of the windows read, not of the whole hall
            served_by = served_by.where(WindowLine.window_id.in_([w.id for w, _, _ in rows]))
        lines: dict[int, list[tuple[int, int, bool]]] = {}
        for window_id, line_id, rank, until in await session.execute(served_by):
            lines.setdefault(window_id, []).append((rank, line_id, until is not None))
        facts = []
        for w, clerk_name, clerk_number in rows:
            served = sorted(lines.get(w.id, []))
            facts.append(
                WindowFact(
                    id=w.id,
                    number=w.number,
                    name=w.name,
                    active=w.active,
                    clerk_id=w.clerk_id,
                    clerk_name=clerk_name,
                    clerk_number=clerk_number,
                    paused=w.paused,
                    pause_reason=w.pause_reason,
                    paused_at=w.paused_at,
                    line_ids=tuple(line_id for _, line_id, _ in served),
                    help_line_ids=tuple(line_id for _, line_id, helping in served if helping),
                )
            )
        return facts

    async def _ratings(
        self,
        session: AsyncSession,
        hall_id: int,
        zone: ZoneInfo,
        today: date,
        ticket_ids: Sequence[int] | None,
    ) -> list[RatingFact]:
        query = select(
            Rating.id, Rating.ticket_id, Rating.window_id, Rating.level, Rating.at
        ).where(
            Rating.hall_id == hall_id,
            Rating.at >= local_midnight(today, zone),
            Rating.at < local_midnight(today + timedelta(days=1), zone),
        )
        if ticket_ids is not None:
            query = query.where(Rating.ticket_id.in_(ticket_ids))
        return [RatingFact(*row) for row in await session.execute(query)]

    async def _due(self, session: AsyncSession, hall_id: int, today: date) -> DueToday:
        applications = await session.scalar(
            select(func.count()).where(
                Application.hall_id == hall_id,
                Application.closed_at.is_(None),
                Application.due_date == today,
            )
        )
        cases = await session.scalar(
            select(func.count()).where(
                LedgerCase.hall_id == hall_id,
                LedgerCase.status != CaseStatus.CLOSED.value,
                LedgerCase.due_date == today,
            )
        )
        return DueToday(int(applications or 0), int(cases or 0))

    async def open_now(self, hall_id: int) -> bool:
        """Whether the hall is within its opening hours now (its calendar's day)."""
        async with self.db.read() as session:
            _today, zone = await self._today(session, hall_id)
            schedule = await load_schedule(session, hall_id)
            return schedule.is_open_at((await self.db.now(session)).astimezone(zone))

    async def open_alerts(self, hall_id: int) -> tuple[AlertRecord, ...]:
        async with self.db.read() as session:
            return await self._open_alerts(session, hall_id)

    async def alerts_of_day(self, actor: Actor, day: date) -> tuple[AlertRecord, ...]:
        """Every alert raised on ``day`` (the hall's date), latest first."""
        async with self.db.read() as session:
            fresh = await recheck(session, actor, *MANAGERS, action="查看监控提醒")
            _today, zone = await self._today(session, fresh.hall_id)
            return await self._alerts(
                session,
                FloorAlert.hall_id == fresh.hall_id,
                FloorAlert.raised_at >= local_midnight(day, zone),
                FloorAlert.raised_at < local_midnight(day + timedelta(days=1), zone),
            )

    async def _open_alerts(self, session: AsyncSession, hall_id: int) -> tuple[AlertRecord, ...]:
        return await self._alerts(
            session, FloorAlert.hall_id == hall_id, FloorAlert.cleared_at.is_(None)
        )

    async def _alerts(self, session: AsyncSession, *where: Any) -> tuple[AlertRecord, ...]:
        rows = await session.execute(
            select(FloorAlert, Staff.name)
            .outerjoin(Staff, Staff.id == FloorAlert.acknowledged_by_id)
            .where(*where)
            .order_by(FloorAlert.raised_at.desc(), FloorAlert.id.desc())
        )
        return tuple(_alert(a, by) for a, by in rows)

    async def follow(
        self,
        hall_id: int,
        floor: Floor,
        events: Sequence[EventRecord],
        *,
        day: tuple[date, ZoneInfo] | None = None,
    ) -> Followed:
        """Bring ``floor`` up to date with ``events`` (a batch from the live feed) by
        reading again what they name, in one read: the tickets, the windows, the
        ratings; the lines and limits after a setup change, what falls due after a 办件
        or case moved. ``day``: the service day and the hall's zone when the caller
        knows them (the monitor does, from its snapshot), else read."""
        kinds = {e.kind for e in events}
        if EventKind.DAY_CLOSED in kinds:
            return Followed(new_day=True)
        topics = {topic_of(kind) for kind in kinds}
        setup = bool(kinds & _SETUP_KINDS)
        ticket_ids = {
            e.ticket_id for e in events if e.ticket_id and topic_of(e.kind) is Topic.QUEUE
        }
        # A window's own row changes only by the windows' events (sign-in, pause, its
        # lines …): a call, start or finish changes the ticket, and the ticket says which
        # window holds it. Reading the window again for every call cost the monitor a
        # second statement per batch (its ORM rows the dearest part of a follow).
        window_ids = {
            e.window_id for e in events if e.window_id and topic_of(e.kind) is Topic.WINDOWS
        }
        if setup:
            window_ids |= set(floor.windows)  # the lines each window serves may differ
        rated = {e.ticket_id for e in events if e.ticket_id and topic_of(e.kind) is Topic.RATINGS}
        due = bool(topics & {Topic.APPLICATIONS, Topic.CASES})
        if not (setup or ticket_ids or window_ids or rated or due):
            return Followed(alerts_changed=Topic.FLOOR in topics)
        async with self.db.read() as session:
            today, zone = day or await self._today(session, hall_id)
            if setup:
                await self._read_setup(session, hall_id, floor)
            floor.put_tickets(await self._tickets(session, hall_id, today, ticket_ids))
            floor.put_windows(await self._windows(session, hall_id, today, window_ids))
            if rated:
                floor.put_ratings(await self._ratings(session, hall_id, zone, today, sorted(rated)))
            if due:
                floor.due = await self._due(session, hall_id, today)
        return Followed(alerts_changed=Topic.FLOOR in topics)

    # -- alerts -------------------------------------------------------------------------------

    async def sync_alerts(
        self, actor: Actor, conditions: Mapping[tuple[str, str], AlertCondition]
    ) -> tuple[AlertRecord, ...]:
        """Record what holds now (see the module); the open alerts after it."""
        async with self.db.write() as session:
            fresh = await recheck(session, actor, *MANAGERS, action="记录监控提醒")
            hall_id = fresh.hall_id
            now = await self.db.now(session)
            open_now = {
                (kind, subject): (alert_id, window_id)
                for alert_id, kind, subject, window_id in await session.execute(
                    select(
                        FloorAlert.id, FloorAlert.kind, FloorAlert.subject, FloorAlert.window_id
                    ).where(FloorAlert.hall_id == hall_id, FloorAlert.cleared_at.is_(None))
                )
            }
            events: list[dict[str, Any]] = []
            for key, condition in conditions.items():
                if key in open_now:
                    continue
                alert_id = await self._raise(session, hall_id, condition, now)
                if alert_id is None:  # another monitor raised it meanwhile
                    continue
                events.append(
                    {
                        "hall_id": hall_id,
                        "at": now,
                        "kind": EventKind.FLOOR_ALERT_RAISED.value,
                        "actor_id": fresh.staff_id,
                        "window_id": condition.window_id,
                        "payload": {
                            "alert_id": alert_id,
                            "alert_kind": condition.kind.value,
                            "detail": condition.detail,
                        },
                    }
                )
            for key, (alert_id, window_id) in open_now.items():
                if key in conditions:
                    continue
                cleared = await session.execute(
                    update(FloorAlert)
                    .where(FloorAlert.id == alert_id, FloorAlert.cleared_at.is_(None))
                    .values(cleared_at=now)
                )
                if cleared.rowcount:  # type: ignore[attr-defined]
                    events.append(
                        {
                            "hall_id": hall_id,
                            "at": now,
                            "kind": EventKind.FLOOR_ALERT_CLEARED.value,
                            "actor_id": fresh.staff_id,
                            "window_id": window_id,
                            "payload": {"alert_id": alert_id, "alert_kind": key[0]},
                        }
                    )
            await record_events(session, events)
            return await self._open_alerts(session, hall_id)

    async def _raise(
        self, session: AsyncSession, hall_id: int, c: AlertCondition, now: datetime
    ) -> int | None:
        """Insert the alert unless one is open for its kind and subject; its id or None."""
        dialect = postgresql if self.db.is_postgresql else sqlite
        statement = (
            dialect.insert(FloorAlert)
            .values(
                hall_id=hall_id,
                kind=c.kind.value,
                subject=c.subject,
                window_id=c.window_id,
                line_id=c.line_id,
                detail=c.detail[:200],
                raised_at=now,
            )
            .on_conflict_do_nothing(
                index_elements=["hall_id", "kind", "subject"],
                index_where=FloorAlert.cleared_at.is_(None),
            )
            .returning(FloorAlert.id)
        )
        return (await session.execute(statement)).scalar_one_or_none()

    async def acknowledge(self, actor: Actor, alert_id: int, action: str) -> AlertRecord:
        """处理: who, when and what was done; the alert stays open (silent) until its
        condition clears."""
        done = ACTION.clean(action, required=True)
        async with self.db.write() as session:
            fresh = await recheck(session, actor, *MANAGERS, action="处理监控提醒")
            alert = await session.get(FloorAlert, alert_id, with_for_update=True)
            if alert is None or alert.hall_id != fresh.hall_id:
                raise NotFound(f"找不到监控提醒（编号 {alert_id}）")
            if alert.acknowledged_at is not None:
                by = await session.get(Staff, alert.acknowledged_by_id)
                raise Refused(f"该提醒已由{by.name if by else '他人'}处理", code="done")
            now = await self.db.now(session)
            alert.acknowledged_at = now
            alert.acknowledged_by_id = fresh.staff_id
            alert.action = done
            await record_action(
                session,
                fresh,
                EventKind.FLOOR_ALERT_ACKNOWLEDGED,
                at=now,
                window_id=alert.window_id,
                payload={
                    "alert_id": alert.id,
                    "alert_kind": alert.kind,
                    "detail": alert.detail,
                    "action": done,
                },
            )
            await session.flush()
            return _alert(alert, fresh.name)


def _own_or(own: int | None, hall: int) -> int:
    return hall if own is None else own


def _alert(a: FloorAlert, acknowledged_by: str | None) -> AlertRecord:
    return AlertRecord(
        id=a.id,
        kind=AlertKind(a.kind),
        subject=a.subject,
        detail=a.detail,
        window_id=a.window_id,
        line_id=a.line_id,
        raised_at=a.raised_at,
        acknowledged_at=a.acknowledged_at,
        acknowledged_by=acknowledged_by,
        action=a.action,
        cleared_at=a.cleared_at,
    )

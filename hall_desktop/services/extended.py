"""延时服务: the record that the hall kept its promise to serve past closing time.

A record opens by itself when a ticket is finished after the day's closing time
(:func:`open_for_finish`, called inside the finish's own transaction); the clerk then
completes the reason. Work not tied to a ticket (finished after hours by phone, say) is
entered by hand. Overtime minutes are always computed from the hall's hours, never
typed. Every change writes its event; an edit's event names each changed field with
its old and new value.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from hall_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.hours import HallSchedule
from hall_desktop.domain.overtime import (
    REASONS,
    ManualDefaults,
    check_manual_entry,
    check_reason,
    manual_defaults,
    overtime_of,
)
from hall_desktop.domain.records import record_from
from hall_desktop.services import rules
from hall_desktop.services.actor import (
    CALLERS,
    MANAGERS,
    STAFF,
    Actor,
    recheck,
    record_about,
    record_action,
    require,
)
from hall_desktop.services.schedule import load_schedule
from hall_desktop.store.database import Database, retry_conflicts
from hall_desktop.store.events import record_event
from hall_desktop.store.models import (
    ExtendedService,
    Hall,
    ServiceItem,
    ServiceWindow,
    Staff,
    Ticket,
)

__all__ = ["REASONS", "ExtendedHoursService", "ExtendedRecord", "RecordFilter", "open_for_finish"]


@dataclass(frozen=True, slots=True)
class ExtendedRecord:
    id: int
    service_day: date
    window_id: int | None
    window_number: int | None
    clerk_id: int
    clerk_name: str
    clerk_staff_number: str
    ticket_id: int | None
    ticket_number: str | None
    items: str  # the handled items' names, or what was typed for a manual record
    started_at: datetime | None
    closing_at: datetime
    finished_at: datetime
    minutes: int
    reason: str | None
    note: str | None
    manual: bool

    @property
    def completed(self) -> bool:
        return self.reason is not None


@dataclass(frozen=True, slots=True)
class RecordFilter:
    start: date | None = None
    end: date | None = None
    window_id: int | None = None
    clerk_id: int | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class RecordTotals:
    records: int
    minutes: int
    by_clerk: tuple[tuple[str, int, int], ...]  # "name（工号）", records, minutes
    by_day: tuple[tuple[date, int, int], ...]


def totals_of(records: Sequence[ExtendedRecord]) -> RecordTotals:
    clerks: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    days: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for r in records:
        for bucket in (clerks[f"{r.clerk_name}（{r.clerk_staff_number}）"], days[r.service_day]):
            bucket[0] += 1
            bucket[1] += r.minutes
    return RecordTotals(
        records=len(records),
        minutes=sum(r.minutes for r in records),
        by_clerk=tuple(
            (name, n, m) for name, (n, m) in sorted(clerks.items(), key=lambda kv: -kv[1][1])
        ),
        by_day=tuple((d, n, m) for d, (n, m) in sorted(days.items())),
    )


async def open_for_finish(
    conn: AsyncConnection,
    *,
    schedule: HallSchedule,
    zone: ZoneInfo,
    ticket: Any,
    window_number: int | None,
    now: datetime,
    actor: Actor,
    item_ids: Sequence[int],
) -> int | None:
    """Open a record when ``ticket`` (its row, before the move) finishes after closing.

    Runs in the finish's transaction, so a finish never lands without its record.
    """
    overtime = overtime_of(schedule, ticket.service_day, now.astimezone(zone).replace(tzinfo=None))
    if overtime is None:
        return None
    record_id: int = (
        await conn.execute(
            insert(ExtendedService).returning(ExtendedService.id),
            {
                "hall_id": ticket.hall_id,
                "service_day": ticket.service_day,
                "window_id": ticket.window_id,
                "clerk_id": actor.staff_id,
                "ticket_id": ticket.id,
                "item_ids": list(item_ids),
                "items_text": None,
                "started_at": ticket.started_at,
                "closing_at": overtime.closing.replace(tzinfo=zone).astimezone(UTC),
                "finished_at": now,
                "minutes": overtime.minutes,
                "reason": None,
                "note": None,
                "manual": False,
                "created_at": now,
                "completed_at": None,
            },
        )
    ).scalar_one()
    await record_event(
        conn,
        hall_id=ticket.hall_id,
        at=now,
        kind=EventKind.EXTENDED_SERVICE_OPENED,
        actor_id=actor.staff_id,
        ticket_id=ticket.id,
        window_id=ticket.window_id,
        payload={
            "record_id": record_id,
            "number": ticket.number,
            "minutes": overtime.minutes,
            "window_number": window_number,
        },
    )
    return record_id


@retry_conflicts
class ExtendedHoursService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reads ----------------------------------------------------------------------------

    async def _records(
        self, session: AsyncSession, hall_id: int, *where: Any
    ) -> list[ExtendedRecord]:
        rows = (
            await session.execute(
                select(ExtendedService, Staff.name, Staff.staff_number, ServiceWindow.number)
                .join(Staff, Staff.id == ExtendedService.clerk_id)
                .outerjoin(ServiceWindow, ServiceWindow.id == ExtendedService.window_id)
                .where(ExtendedService.hall_id == hall_id, *where)
                .order_by(ExtendedService.service_day, ExtendedService.finished_at)
            )
        ).all()
        ticket_ids = [r[0].ticket_id for r in rows if r[0].ticket_id is not None]
        numbers: dict[int, str] = {}
        if ticket_ids:
            numbers = dict(
                (tid, number)
                for tid, number in await session.execute(
                    select(Ticket.id, Ticket.number).where(Ticket.id.in_(ticket_ids))
                )
            )
        item_ids = {i for r in rows for i in (r[0].item_ids or [])}
        names: dict[int, str] = {}
        if item_ids:
            names = dict(
                (iid, name)
                for iid, name in await session.execute(
                    select(ServiceItem.id, ServiceItem.name).where(ServiceItem.id.in_(item_ids))
                )
            )
        return [
            record_from(
                ExtendedRecord,
                e,
                window_number=window_number,
                clerk_name=name,
                clerk_staff_number=staff_number,
                ticket_number=numbers.get(e.ticket_id) if e.ticket_id else None,
                items=e.items_text or "、".join(names[i] for i in (e.item_ids or []) if i in names),
            )
            for e, name, staff_number, window_number in rows
        ]

    async def pending_for_clerk(self, actor: Actor) -> list[ExtendedRecord]:
        """The clerk's own records still waiting for a reason (the workstation's prompt)."""
        require(actor, *CALLERS, action="查看延时服务记录")
        async with self.db.read() as session:
            return await self._records(
                session,
                actor.hall_id,
                ExtendedService.clerk_id == actor.staff_id,
                ExtendedService.reason.is_(None),
            )

    async def records(
        self, actor: Actor, flt: RecordFilter | None = None
    ) -> tuple[list[ExtendedRecord], RecordTotals]:
        """The list with its totals; clerks see their own records, managers everyone's."""
        require(actor, *STAFF, *MANAGERS, action="查看延时服务记录")
        flt = flt or RecordFilter()
        where: list[Any] = []
        if flt.start is not None:
            where.append(ExtendedService.service_day >= flt.start)
        if flt.end is not None:
            where.append(ExtendedService.service_day <= flt.end)
        if flt.window_id is not None:
            where.append(ExtendedService.window_id == flt.window_id)
        clerk_id = flt.clerk_id if actor.has(*MANAGERS) else actor.staff_id
        if clerk_id is not None:
            where.append(ExtendedService.clerk_id == clerk_id)
        reason = rules.EXTENDED_REASON.optional(flt.reason)
        if reason is not None:
            where.append(ExtendedService.reason == reason)
        async with self.db.read() as session:
            found = await self._records(session, actor.hall_id, *where)
        return found, totals_of(found)

    async def clerks(self, actor: Actor) -> list[tuple[int, str]]:
        """Whom records may name: every active clerk for a manager, else the actor."""
        require(actor, *STAFF, *MANAGERS, action="查看延时服务记录")
        if not actor.has(*MANAGERS):
            return [(actor.staff_id, f"{actor.name}（{actor.staff_number}）")]
        async with self.db.read() as session:
            rows = await session.execute(
                select(Staff.id, Staff.name, Staff.staff_number, Staff.roles)
                .where(Staff.hall_id == actor.hall_id, Staff.active.is_(True))
                .order_by(Staff.staff_number)
            )
            return [
                (sid, f"{name}（{number}）")
                for sid, name, number, roles in rows
                if "clerk" in roles.split(",") or "supervisor" in roles.split(",")
            ]

    async def manual_defaults(self, actor: Actor, day: date | None = None) -> ManualDefaults | None:
        """What a record entered by hand starts from: the latest day the hall closed
        (or ``day``), its closing time and a finish that can be saved."""
        require(actor, *CALLERS, *MANAGERS, action="登记延时服务")
        async with self.db.read() as session:
            schedule, zone, now = await self._context(session, actor.hall_id)
        return manual_defaults(schedule, now.astimezone(zone).replace(tzinfo=None), day)

    # -- writes ---------------------------------------------------------------------------

    async def _context(
        self, session: AsyncSession, hall_id: int
    ) -> tuple[HallSchedule, ZoneInfo, datetime]:
        hall = await session.get(Hall, hall_id)
        if hall is None:
            raise NotFound(f"找不到编号为 {hall_id} 的大厅")
        return (
            await load_schedule(session, hall_id),
            ZoneInfo(hall.timezone),
            await self.db.now(session),
        )

    async def _own_or_managed(
        self, session: AsyncSession, actor: Actor, record_id: int
    ) -> ExtendedService:
        row = await session.get(ExtendedService, record_id)
        if row is None or row.hall_id != actor.hall_id:
            raise NotFound(f"找不到延时服务记录（编号 {record_id}）")
        if row.clerk_id != actor.staff_id and not actor.has(*MANAGERS):
            raise PermissionDenied("只能修改本人的延时服务记录")
        return row

    async def _recorded(
        self,
        session: AsyncSession,
        actor: Actor,
        row: ExtendedService,
        kind: EventKind,
        now: datetime,
        **facts: Any,
    ) -> ExtendedRecord:
        """Record ``kind`` for ``row`` (its id and ``facts``) and read the record back."""
        await record_about(
            session, actor, row, kind, at=now, payload={"record_id": row.id, **facts}
        )
        return await self._one(session, actor.hall_id, row.id)

    async def _one(self, session: AsyncSession, hall_id: int, record_id: int) -> ExtendedRecord:
        await session.flush()
        (record,) = await self._records(session, hall_id, ExtendedService.id == record_id)
        return record

    async def complete(
        self, actor: Actor, record_id: int, *, reason: str, note: str | None = None
    ) -> ExtendedRecord:
        """The clerk gives the reason of an automatic record (and an optional note)."""
        require(actor, *CALLERS, action="填写延时服务原因")
        note = rules.EXTENDED_NOTE.optional(note)
        check_reason(reason, note)
        async with self.db.write() as session:
            actor = await recheck(session, actor, *CALLERS, action="填写延时服务原因")
            row = await self._own_or_managed(session, actor, record_id)
            now = await self.db.now(session)
            row.reason, row.note, row.completed_at = reason, note, now
            return await self._recorded(
                session, actor, row, EventKind.EXTENDED_SERVICE_COMPLETED, now, reason=reason
            )

    async def create_manual(
        self,
        actor: Actor,
        *,
        day: date,
        finished_local: datetime,
        reason: str,
        items: str,
        started_local: datetime | None = None,
        window_id: int | None = None,
        clerk_id: int | None = None,
        note: str | None = None,
    ) -> ExtendedRecord:
        """A record entered by hand; times are the hall's local wall-clock times."""
        require(actor, *CALLERS, *MANAGERS, action="登记延时服务")
        if clerk_id is not None and clerk_id != actor.staff_id and not actor.has(*MANAGERS):
            raise PermissionDenied("只能为本人登记延时服务")
        items_text = rules.EXTENDED_ITEMS.clean(items, required=True)
        note = rules.EXTENDED_NOTE.optional(note)
        async with self.db.write() as session:
            actor = await recheck(session, actor, *CALLERS, *MANAGERS, action="登记延时服务")
            schedule, zone, now = await self._context(session, actor.hall_id)
            overtime = check_manual_entry(
                schedule,
                day=day,
                started=started_local,
                finished=finished_local,
                now=now.astimezone(zone).replace(tzinfo=None),
                reason=reason,
                note=note,
            )
            if window_id is not None:
                window = await session.get(ServiceWindow, window_id)
                if window is None or window.hall_id != actor.hall_id:
                    raise ValidationError("window_id", "找不到该窗口")
            row = ExtendedService(
                hall_id=actor.hall_id,
                service_day=day,
                window_id=window_id,
                clerk_id=clerk_id or actor.staff_id,
                ticket_id=None,
                item_ids=[],
                items_text=items_text,
                started_at=(
                    started_local.replace(tzinfo=zone).astimezone(UTC) if started_local else None
                ),
                closing_at=overtime.closing.replace(tzinfo=zone).astimezone(UTC),
                finished_at=finished_local.replace(tzinfo=zone).astimezone(UTC),
                minutes=overtime.minutes,
                reason=reason,
                note=note,
                manual=True,
                created_at=now,
                completed_at=now,
            )
            session.add(row)
            await session.flush()
            await record_action(
                session,
                actor,
                EventKind.EXTENDED_SERVICE_ENTERED,
                at=now,
                window_id=window_id,
                payload={"record_id": row.id, "minutes": row.minutes, "day": day.isoformat()},
            )
            return await self._one(session, actor.hall_id, row.id)

    async def update(
        self,
        actor: Actor,
        record_id: int,
        *,
        reason: str | None = None,
        note: str | None = None,
        finished_local: datetime | None = None,
        items: str | None = None,
    ) -> ExtendedRecord:
        """Edit a record; the event keeps every changed field's old and new value.

        A new finish time recomputes the minutes (manual records only: an automatic
        record's times come from its ticket).
        """
        require(actor, *CALLERS, *MANAGERS, action="修改延时服务记录")
        new_items = None if items is None else rules.EXTENDED_ITEMS.clean(items, required=True)
        note = None if note is None else rules.EXTENDED_NOTE.clean(note)
        async with self.db.write() as session:
            actor = await recheck(session, actor, *CALLERS, *MANAGERS, action="修改延时服务记录")
            row = await self._own_or_managed(session, actor, record_id)
            schedule, zone, now = await self._context(session, actor.hall_id)
            changes: dict[str, list[Any]] = {}

            def change(field: str, value: Any) -> None:
                old = getattr(row, field)
                if old != value:
                    changes[field] = [_plain(old), _plain(value)]
                    setattr(row, field, value)

            new_reason = reason if reason is not None else row.reason
            new_note = (note or None) if note is not None else row.note
            check_reason(new_reason or "", new_note)
            change("reason", new_reason)
            change("note", new_note)
            if new_items is not None:
                if not row.manual:
                    raise ValidationError("items", "自动生成的记录以排队号办理的事项为准，不能修改")
                change("items_text", new_items)
            if finished_local is not None:
                if not row.manual:
                    raise ValidationError(
                        "finished_at", "自动生成的记录以实际办结时间为准，不能修改"
                    )
                started = (
                    row.started_at.astimezone(zone).replace(tzinfo=None)
                    if (row.started_at)
                    else None
                )
                overtime = check_manual_entry(
                    schedule,
                    day=row.service_day,
                    started=started,
                    finished=finished_local,
                    now=now.astimezone(zone).replace(tzinfo=None),
                    reason=new_reason or "",
                    note=new_note,
                )
                change("finished_at", finished_local.replace(tzinfo=zone).astimezone(UTC))
                change("minutes", overtime.minutes)
            if not changes:
                return await self._one(session, actor.hall_id, row.id)
            if row.completed_at is None and row.reason is not None:
                row.completed_at = now
            return await self._recorded(
                session, actor, row, EventKind.EXTENDED_SERVICE_EDITED, now, changes=changes
            )


def _plain(value: Any) -> Any:
    """A value as JSON can keep it (for the edit event)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return dict(value)
    return value

"""The audit log (操作日志, 清廉大厅): who did what, when, at which window.

It is the event table itself, read-only for everyone: no service edits or deletes an
event. Supervisors and administrators may read it, filtered by date, member of staff,
window and kind, and export it as CSV. Events older than the hall's archive setting
live in ``event_archive`` (services.archive); a period that reaches them searches both
tables, and an archived entry reads exactly as it did before.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.audit_text import (
    ITEM_FIELDS,
    LINE_FIELDS,
    STAFF_FIELDS,
    TICKET_FIELDS,
    WINDOW_FIELDS,
    Names,
    describer,
    ids_in,
)
from hall_desktop.domain.errors import NotFound, ValidationError
from hall_desktop.domain.events import Topic, kinds_of, label
from hall_desktop.domain.text import natural_key
from hall_desktop.services.actor import MANAGERS, Actor, require
from hall_desktop.store.database import Database
from hall_desktop.store.models import (
    BusinessLine,
    Event,
    EventArchive,
    Hall,
    ServiceItem,
    ServiceWindow,
    Staff,
    Ticket,
)

#: What the log shows of an event, the same in ``event`` and ``event_archive``.
LOG_COLUMNS = ("id", "at", "kind", "actor_id", "ticket_id", "window_id", "payload")
MAX_ROWS = 5000  # one screen's worth; narrow the filter or export for more
TEXT_SCAN_ROWS = 100_000  # a text search looks at the newest this many of the filter

#: The filter's groups of kinds: the event topics (``domain.events``), by name.
GROUP_LABELS = {topic.value: topic.label for topic in Topic}


def kind_label(kind: str) -> str:
    return label(kind)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    kind: str
    kind_label: str
    actor_name: str  # "" for the system (the end of the service day, a terminal)
    actor_login: str
    window_number: int | None
    ticket_number: str | None
    details: str  # the payload, readable


@dataclass(frozen=True, slots=True)
class AuditFilter:
    start: date | None = None
    end: date | None = None
    actor_id: int | None = None
    window_id: int | None = None
    group: str | None = None  # a topic (a key of GROUP_LABELS)
    text: str | None = None  # in the kind or the details


async def _names(
    session: AsyncSession, hall_id: int, zone: ZoneInfo, payloads: list[dict[str, Any]]
) -> Names:
    """The names behind the ids the payloads mention (one query per kind of id)."""
    wanted = ids_in(payloads)

    async def lookup(columns: Any, key: Any, ids: set[int]) -> dict[int, Any]:
        if not ids:
            return {}
        rows = await session.execute(select(key, *columns).where(key.in_(sorted(ids))))
        return {row[0]: row[1] if len(row) == 2 else row[1:] for row in rows}

    lines = await lookup(
        (BusinessLine.prefix, BusinessLine.name), BusinessLine.id, wanted[LINE_FIELDS]
    )
    return Names(
        staff=await lookup((Staff.name,), Staff.id, wanted[STAFF_FIELDS]),
        lines={i: f"{prefix} {name}" for i, (prefix, name) in lines.items()},
        windows=await lookup((ServiceWindow.number,), ServiceWindow.id, wanted[WINDOW_FIELDS]),
        items=await lookup((ServiceItem.name,), ServiceItem.id, wanted[ITEM_FIELDS]),
        tickets=await lookup((Ticket.number,), Ticket.id, wanted[TICKET_FIELDS]),
        zone=zone,
    )


def _matching(
    source: type[Event] | type[EventArchive],
    hall_id: int,
    where: AuditFilter,
    start: datetime | None,
    zone: ZoneInfo,
    limit: int,
) -> Select[Any]:
    """The filter's newest ``limit`` rows of one table of the log (the live events or
    the archive)."""
    conditions: list[Any] = [source.hall_id == hall_id]
    if start is not None:
        conditions.append(source.at >= start)
    if where.end is not None:
        end = datetime.combine(where.end, time(), zone).astimezone(UTC)
        conditions.append(source.at < end + timedelta(days=1))
    if where.actor_id is not None:
        conditions.append(source.actor_id == where.actor_id)
    if where.window_id is not None:
        conditions.append(source.window_id == where.window_id)
    if where.group is not None:
        wanted = kinds_of(Topic(where.group))
        conditions.append(source.kind.in_(sorted(k.value for k in wanted)))
    return (
        select(*(getattr(source, name) for name in LOG_COLUMNS))
        .where(*conditions)
        .order_by(source.id.desc())
        .limit(limit)
    )


async def _reaches_archive(session: AsyncSession, hall_id: int, start: datetime | None) -> bool:
    """Whether a period from ``start`` (None: from the beginning) includes archived
    events: the archive is searched (more slowly) only then."""
    newest = await session.scalar(
        select(func.max(EventArchive.at)).where(EventArchive.hall_id == hall_id)
    )
    return newest is not None and (start is None or newest >= start)


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def entries(
        self, actor: Actor, where: AuditFilter, *, limit: int = MAX_ROWS
    ) -> tuple[list[AuditEntry], bool]:
        """Newest first; the flag says the list stopped at ``limit``."""
        require(actor, *MANAGERS, action="查看操作日志")
        if where.start and where.end and where.start > where.end:
            raise ValidationError("end", "结束日期不能早于开始日期")
        if where.group is not None and where.group not in GROUP_LABELS:
            raise ValidationError("group", f"没有“{where.group}”这类操作")
        async with self.db.read() as session:
            hall = await session.get(Hall, actor.hall_id)
            if hall is None:
                raise NotFound(f"找不到编号为 {actor.hall_id} 的大厅")
            zone = ZoneInfo(hall.timezone)
            start = None if where.start is None else datetime.combine(where.start, time(), zone)
            scan = limit + 1 if not where.text else TEXT_SCAN_ROWS
            tables: list[type[Event] | type[EventArchive]] = [Event]
            if await _reaches_archive(session, actor.hall_id, start):
                tables.append(EventArchive)
            # Each table's newest ``scan`` rows (its (hall_id, id) index read backwards),
            # then the newest ``scan`` of those: the joins below see one page, never
            # the whole history of both tables.
            newest = [
                select(_matching(table, actor.hall_id, where, start, zone, scan).subquery())
                for table in tables
            ]
            both = (union_all(*newest) if len(newest) > 1 else newest[0]).subquery()
            log = select(both).order_by(both.c.id.desc()).limit(scan).subquery("log")
            rows = list(
                await session.execute(
                    select(
                        log,
                        Staff.name.label("actor_name"),
                        Staff.login.label("actor_login"),
                        ServiceWindow.number.label("window_number"),
                        Ticket.number.label("ticket_number"),
                    )
                    .outerjoin(Staff, Staff.id == log.c.actor_id)
                    .outerjoin(ServiceWindow, ServiceWindow.id == log.c.window_id)
                    .outerjoin(Ticket, Ticket.id == log.c.ticket_id)
                    .order_by(log.c.id.desc())
                )
            )
            names = await _names(session, actor.hall_id, zone, [row.payload for row in rows])
        details = describer(names)
        entries = [
            AuditEntry(
                id=row.id,
                at=row.at,
                kind=row.kind,
                kind_label=kind_label(row.kind),
                actor_name=row.actor_name or "",
                actor_login=row.actor_login or "",
                window_number=row.window_number,
                ticket_number=row.ticket_number,
                details=details(row.payload),
            )
            for row in rows
        ]
        if where.text:
            needle = where.text.strip()
            entries = [
                x
                for x in entries
                if needle in x.kind_label or needle in x.details or needle == x.ticket_number
            ]
        return entries[:limit], len(entries) > limit

    async def staff(self, actor: Actor) -> list[tuple[int, str]]:
        """Everyone who may appear in the log (deactivated staff too), for the filter."""
        require(actor, *MANAGERS, action="查看操作日志")
        async with self.db.read() as session:
            rows = await session.execute(
                select(Staff.id, Staff.name, Staff.login).where(Staff.hall_id == actor.hall_id)
            )
            ordered = sorted(rows, key=lambda row: natural_key(row[2]))  # clerk2 before clerk10
            return [(i, f"{name}（{login}）") for i, name, login in ordered]

    async def windows(self, actor: Actor) -> list[tuple[int, int, str]]:
        """(id, number, name) of every window, inactive ones too, for the filter."""
        require(actor, *MANAGERS, action="查看操作日志")
        async with self.db.read() as session:
            rows = await session.execute(
                select(ServiceWindow.id, ServiceWindow.number, ServiceWindow.name)
                .where(ServiceWindow.hall_id == actor.hall_id)
                .order_by(ServiceWindow.number)
            )
            return [(i, n, name) for i, n, name in rows]


CSV_HEADER = ("编号", "时间", "操作", "人员", "用户名", "窗口", "排队号", "详情")


def render_audit_csv(entries: list[AuditEntry], timezone: str) -> bytes:
    """For Excel: UTF-8 with BOM, CRLF, oldest first."""
    zone = ZoneInfo(timezone)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for e in sorted(entries, key=lambda x: x.id):
        writer.writerow(
            [
                e.id,
                f"{e.at.astimezone(zone):%Y-%m-%d %H:%M:%S}",
                e.kind_label,
                e.actor_name or "系统",
                e.actor_login,
                "" if e.window_number is None else e.window_number,
                e.ticket_number or "",
                e.details,
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")

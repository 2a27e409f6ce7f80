"""帮代办: a guide or clerk records that a ticket was served with help (帮办, 代办 or
陪办), who helped and for whom (老年人, 残疾人, 重点项目, 其他); and the counts.

One record per ticket (``ticket_assist``), editable until the ticket's service day is
over (or the day was closed, 日终); every write is audited as ``ticket_assist_recorded``
with what it set or changed. The clerk's finish can record it in its own transaction
(:func:`write_assist`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from hall_desktop.domain.calls import Assist, AssistGroup, AssistKind, assist_choice
from hall_desktop.domain.errors import NotFound, Refused
from hall_desktop.domain.events import EventKind, changes
from hall_desktop.domain.hours import service_day
from hall_desktop.domain.text import natural_key
from hall_desktop.domain.tickets import TicketStatus
from hall_desktop.services import rules
from hall_desktop.services.actor import STAFF, Actor, parse_roles, recheck, require
from hall_desktop.services.queue.context import QueueContext
from hall_desktop.services.queue.events import write_event
from hall_desktop.services.queue.rows import TicketRow
from hall_desktop.store.models import Event, Staff, Ticket, TicketAssist

#: A ticket in these states was not served: there is nothing to record help for.
_NOT_SERVED = frozenset({TicketStatus.CANCELLED.value, TicketStatus.EXPIRED.value})


@dataclass(frozen=True, slots=True)
class AssistRecord:
    """A ticket's 帮代办 record."""

    ticket_id: int
    number: str
    service_day: date
    kind: AssistKind
    for_group: AssistGroup
    helper_id: int
    helper_name: str
    note: str | None
    recorded_by_id: int
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class AssistFigures:
    """帮代办 counted over a period, by kind and group."""

    total: int = 0
    counts: Mapping[tuple[AssistKind, AssistGroup], int] = field(default_factory=dict)

    def count(self, kind: AssistKind | None = None, group: AssistGroup | None = None) -> int:
        """How many of ``kind`` for ``group`` (None: any)."""
        return sum(
            n
            for (k, g), n in self.counts.items()
            if (kind is None or k is kind) and (group is None or g is group)
        )


async def _day_closed(conn: AsyncConnection, ctx: QueueContext, hall_id: int, day: date) -> bool:
    """Whether the day's close (日终) ran for ``day``."""
    zone = await ctx.zone(conn, hall_id)
    rows = await conn.execute(
        select(Event.payload).where(
            Event.hall_id == hall_id,
            Event.kind == EventKind.DAY_CLOSED.value,
            Event.at >= datetime.combine(day, datetime.min.time(), zone) - timedelta(hours=1),
        )
    )
    return any(payload.get("day") == day.isoformat() for (payload,) in rows)


async def write_assist(
    conn: AsyncConnection,
    ctx: QueueContext,
    actor: Actor,
    ticket: TicketRow,
    now: datetime,
    assist: Assist,
) -> dict[str, Any]:
    """Record or change ``ticket``'s 帮代办 in the caller's transaction (the ticket is
    already read, locked where rows lock); the record's values, audited."""
    kind, group = assist_choice(assist.kind, assist.for_group)
    note = rules.ASSIST_NOTE.optional(assist.note)
    if ticket.status in _NOT_SERVED:
        label = TicketStatus(ticket.status).label
        raise Refused(f"{ticket.number} 号{label}，不能登记帮代办", code="not_served")
    today = service_day(now, await ctx.zone(conn, ticket.hall_id))
    if ticket.service_day != today or await _day_closed(conn, ctx, ticket.hall_id, today):
        raise Refused(
            f"{ticket.number} 号的营业日已结束，帮代办记录不能再登记或修改", code="day_over"
        )
    helper_id = assist.helper_id if assist.helper_id is not None else actor.staff_id
    helper = (
        await conn.execute(select(Staff.hall_id, Staff.active).where(Staff.id == helper_id))
    ).first()
    if helper is None or helper.hall_id != ticket.hall_id or not helper.active:
        raise NotFound(f"找不到帮办人员（编号 {helper_id}），请从本大厅在岗人员中选择")
    values = {
        "assist_kind": kind.value,
        "assist_for": group.value,
        "helper_id": helper_id,
        "note": note,
    }
    before = (
        await conn.execute(
            select(
                TicketAssist.kind, TicketAssist.for_group, TicketAssist.helper_id, TicketAssist.note
            ).where(TicketAssist.ticket_id == ticket.id)
        )
    ).first()
    columns = {
        "kind": kind.value,
        "for_group": group.value,
        "helper_id": helper_id,
        "note": note,
        "recorded_by_id": actor.staff_id,
        "recorded_at": now,
    }
    payload: dict[str, Any] = {"number": ticket.number}
    if before is None:
        await conn.execute(
            insert(TicketAssist).values(
                ticket_id=ticket.id,
                hall_id=ticket.hall_id,
                service_day=ticket.service_day,
                **columns,
            )
        )
        payload.update(values)
    else:
        old = {
            "assist_kind": before.kind,
            "assist_for": before.for_group,
            "helper_id": before.helper_id,
            "note": before.note,
        }
        changed = changes(old, values)
        if not changed:
            return values  # nothing to change, nothing to log
        await conn.execute(
            update(TicketAssist).where(TicketAssist.ticket_id == ticket.id).values(**columns)
        )
        payload["changes"] = changed
    await write_event(
        conn,
        EventKind.TICKET_ASSIST_RECORDED,
        now,
        actor,
        hall_id=ticket.hall_id,
        ticket_id=ticket.id,
        window_id=ticket.window_id,
        payload=payload,
    )
    return values


async def set_assist(
    ctx: QueueContext, actor: Actor, ticket_id: int, assist: Assist
) -> AssistRecord:
    """帮代办: record (or change) how the ticket was helped, by whom, for whom."""
    require(actor, *STAFF, action="登记帮代办")
    async with ctx.db.write_core() as conn:
        now = await ctx.db.now(conn)
        actor = await recheck(conn, actor, *STAFF, action="登记帮代办")
        row = await ctx.move_row(conn, actor.hall_id, ticket_id)
        await write_assist(conn, ctx, actor, row.ticket, now, assist)
    record = await assist_of(ctx, actor.hall_id, ticket_id)
    assert record is not None
    return record


async def assist_of(ctx: QueueContext, hall_id: int, ticket_id: int) -> AssistRecord | None:
    """The ticket's 帮代办 record, if it has one."""
    async with ctx.db.read() as session:
        found = (
            await session.execute(
                select(TicketAssist, Ticket.number, Staff.name)
                .join(Ticket, Ticket.id == TicketAssist.ticket_id)
                .join(Staff, Staff.id == TicketAssist.helper_id)
                .where(TicketAssist.ticket_id == ticket_id, TicketAssist.hall_id == hall_id)
            )
        ).first()
    if found is None:
        return None
    row, number, helper_name = found
    return AssistRecord(
        ticket_id=row.ticket_id,
        number=number,
        service_day=row.service_day,
        kind=AssistKind(row.kind),
        for_group=AssistGroup(row.for_group),
        helper_id=row.helper_id,
        helper_name=helper_name,
        note=row.note,
        recorded_by_id=row.recorded_by_id,
        recorded_at=row.recorded_at,
    )


async def assist_counts(
    ctx: QueueContext,
    hall_id: int,
    day_from: date,
    day_to: date,
    *,
    helper_id: int | None = None,
) -> AssistFigures:
    """帮代办 of the service days ``day_from`` … ``day_to`` (both included) by kind and
    group; ``helper_id``: only the help this member of staff gave."""
    conditions = [
        TicketAssist.hall_id == hall_id,
        TicketAssist.service_day >= day_from,
        TicketAssist.service_day <= day_to,
    ]
    if helper_id is not None:
        conditions.append(TicketAssist.helper_id == helper_id)
    async with ctx.db.read() as session:
        rows = (
            await session.execute(
                select(TicketAssist.kind, TicketAssist.for_group, func.count())
                .where(*conditions)
                .group_by(TicketAssist.kind, TicketAssist.for_group)
            )
        ).all()
    counts = {(AssistKind(k), AssistGroup(g)): n for k, g, n in rows}
    return AssistFigures(total=sum(counts.values()), counts=counts)


async def helpers(ctx: QueueContext, hall_id: int) -> list[tuple[int, str]]:
    """(id, "name（staff number）") of the hall's active guides, clerks and supervisors:
    who may be named as having helped."""
    async with ctx.db.read() as session:
        rows = await session.execute(
            select(Staff.id, Staff.name, Staff.staff_number, Staff.roles, Staff.login).where(
                Staff.hall_id == hall_id, Staff.active.is_(True)
            )
        )
        found = [row for row in rows if not parse_roles(row.roles).isdisjoint(STAFF)]
    found.sort(key=lambda row: natural_key(row.login))
    return [(row.id, f"{row.name}（{row.staff_number}）") for row in found]

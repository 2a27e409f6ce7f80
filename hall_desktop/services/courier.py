"""免费邮政速递: dispatch records, their workflow and the lists.

Clerks (the courier window included) and supervisors handle dispatches; anyone else
who may look sees phone and address masked. Every change writes its event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select

from hall_desktop.domain.courier import (
    DEFAULT_CARRIERS,
    Carrier,
    Direction,
    DispatchStatus,
    carrier_named,
    check_return_reason,
    move,
    normalize_waybill,
    parse_carriers,
)
from hall_desktop.domain.errors import HallError, NotFound, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.hours import service_day
from hall_desktop.domain.masking import mask_address, mask_phone
from hall_desktop.domain.validators import normalize_mobile, normalize_postal_code
from hall_desktop.regions import regions
from hall_desktop.services import rules
from hall_desktop.services.actor import (
    CALLERS,
    MANAGERS,
    STAFF,
    Actor,
    recheck,
    record_about,
    require,
)
from hall_desktop.services.schedule import hall_zone, load_schedule
from hall_desktop.store.database import Database, retry_conflicts
from hall_desktop.store.models import CourierDispatch, Hall, Ticket

HANDLERS = (*CALLERS, *MANAGERS)
MAX_COST_CENTS = 1_000_000


@dataclass(frozen=True, slots=True)
class DispatchItem:
    name: str
    count: int = 1
    item_id: int | None = None


@dataclass(frozen=True, slots=True)
class DispatchInfo:
    id: int
    status: DispatchStatus
    direction: Direction
    recipient_name: str
    recipient_phone: str  # masked for those who do not handle dispatches
    province: str
    city: str
    district: str
    address: str  # masked likewise
    postal_code: str
    items: tuple[DispatchItem, ...]
    carrier: str
    cost_cents: int
    waybill: str | None
    return_reason: str | None
    ticket_id: int | None
    ticket_number: str | None
    created_at: datetime
    handed_over_at: datetime | None
    closed_at: datetime | None
    overdue: bool  # pending for more than one working day

    @property
    def pieces(self) -> int:
        return sum(i.count for i in self.items)


@dataclass(frozen=True, slots=True)
class MonthFigures:
    """One month of dispatches by the month they were entered (cancelled ones counted
    apart: they cost nothing and were never sent)."""

    month: int
    count: int = 0  # entered and not cancelled
    pieces: int = 0
    cost_cents: int = 0
    delivered: int = 0
    returned: int = 0
    open: int = 0  # pending or handed over, not yet closed
    cancelled: int = 0
    collections: int = 0  # 两端寄递: collected from the citizen

    def plus(self, other: MonthFigures) -> MonthFigures:
        return MonthFigures(
            self.month,
            *(getattr(self, f) + getattr(other, f) for f in _FIGURES),
        )


_FIGURES = (
    "count",
    "pieces",
    "cost_cents",
    "delivered",
    "returned",
    "open",
    "cancelled",
    "collections",
)


def cents(cost: Decimal | str | int, *, field: str = "cost") -> int:
    """Yuan as typed ("12.5") to fen; 0 to 10,000 yuan, at most two decimals."""
    text = str(cost).strip()
    if len(text) > 20:  # no amount of yuan is written longer; Decimal would take any
        raise ValidationError(field, "费用应为金额，如 12.50")
    try:
        value = Decimal(text or "0")
    except InvalidOperation as e:
        raise ValidationError(field, "费用应为金额，如 12.50") from e
    if not value.is_finite():
        raise ValidationError(field, "费用应为金额，如 12.50")
    amount = int((value * 100).to_integral_value())
    if amount < 0 or amount > MAX_COST_CENTS or value != Decimal(amount) / 100:
        raise ValidationError(field, "费用应在 0 到 10000 元之间，最多两位小数")
    return amount


_ACTIONS = {
    DispatchStatus.HANDED_OVER: "交寄",
    DispatchStatus.DELIVERED: "登记妥投",
    DispatchStatus.RETURNED: "登记退回",
    DispatchStatus.CANCELLED: "取消邮寄",
}


async def _const(value: dict[str, Any]) -> dict[str, Any]:
    return value


@retry_conflicts
class CourierService:
    def __init__(self, db: Database, carriers: tuple[Carrier, ...] | None = None) -> None:
        """``carriers`` fixes the list (tests); by default each call reads the hall's."""
        self.db = db
        self.carriers = carriers

    async def carriers_of(self, session: Any, hall_id: int) -> tuple[Carrier, ...]:
        if self.carriers is not None:
            return self.carriers
        text = await session.scalar(select(Hall.carriers).where(Hall.id == hall_id))
        return parse_carriers(text) if text and text.strip() else DEFAULT_CARRIERS

    async def create(
        self,
        actor: Actor,
        *,
        recipient_name: str,
        phone: str,
        province: str,
        city: str,
        district: str,
        address: str,
        postal_code: str,
        items: list[DispatchItem],
        direction: Direction = Direction.TO_CITIZEN,
        carrier: str = "EMS",
        cost: Decimal | str | int = 0,
        ticket_id: int | None = None,
        window_id: int | None = None,
    ) -> DispatchInfo:
        """A new dispatch, 待交寄; every field is checked before anything is written."""
        require(actor, *HANDLERS, action="登记免费邮寄")
        values: dict[str, Any] = {
            "recipient_name": rules.RECIPIENT_NAME.clean(recipient_name, required=True),
            "recipient_phone": normalize_mobile(phone),
            "province": rules.PROVINCE.clean(province, required=True),
            "city": rules.CITY.clean(city, required=True),
            "district": rules.DISTRICT.clean(district),
            "address": rules.ADDRESS.clean(address, required=True),
            "postal_code": normalize_postal_code(postal_code),
            "cost_cents": cents(cost),
            "direction": Direction(direction).value,
        }
        regions().check(values["province"], values["city"], values["district"])
        if not items:
            raise ValidationError("items", "请填写寄递的材料（证照或批文名称及份数）")
        cleaned = []
        for item in items:
            name = rules.DISPATCH_ITEM.clean(item.name, required=True)
            if not 1 <= item.count <= 99:
                raise ValidationError("items", f"“{name}”的份数应在 1 到 99 之间")
            cleaned.append({"name": name, "count": item.count, "item_id": item.item_id})
        async with self.db.write() as session:
            actor = await recheck(session, actor, *HANDLERS, action="登记免费邮寄")
            carriers = await self.carriers_of(session, actor.hall_id)
            values["carrier"] = carrier_named(carriers, carrier).name
            now = await self.db.now(session)
            if ticket_id is not None:
                ticket = await session.get(Ticket, ticket_id)
                if ticket is None or ticket.hall_id != actor.hall_id:
                    raise NotFound(f"找不到该排队号（编号 {ticket_id}）")
            row = CourierDispatch(
                hall_id=actor.hall_id,
                ticket_id=ticket_id,
                window_id=window_id,
                created_by_id=actor.staff_id,
                items=cleaned,
                waybill=None,
                status=DispatchStatus.PENDING.value,
                created_at=now,
                **values,
            )
            session.add(row)
            await session.flush()
            await self._event(session, actor, row, EventKind.COURIER_CREATED, now)
            return (await self._infos(session, actor, CourierDispatch.id == row.id))[0]

    async def hand_over(self, actor: Actor, dispatch_id: int, waybill: str) -> DispatchInfo:
        """交寄: the courier takes it; the waybill must fit the carrier's pattern."""
        require(actor, *HANDLERS, action=_ACTIONS[DispatchStatus.HANDED_OVER])
        waybill = rules.WAYBILL.clean(waybill)

        async def check(session: Any, row: CourierDispatch) -> dict[str, Any]:
            carriers = await self.carriers_of(session, row.hall_id)
            return {"waybill": carrier_named(carriers, row.carrier).check(waybill)}

        return await self._move(
            actor, dispatch_id, DispatchStatus.HANDED_OVER, EventKind.COURIER_HANDED_OVER, check
        )

    async def deliver(self, actor: Actor, dispatch_id: int) -> DispatchInfo:
        require(actor, *HANDLERS, action=_ACTIONS[DispatchStatus.DELIVERED])
        return await self._move(
            actor, dispatch_id, DispatchStatus.DELIVERED, EventKind.COURIER_DELIVERED
        )

    async def mark_returned(self, actor: Actor, dispatch_id: int, reason: str) -> DispatchInfo:
        require(actor, *HANDLERS, action=_ACTIONS[DispatchStatus.RETURNED])
        text = check_return_reason(rules.RETURN_REASON.clean(reason))
        return await self._move(
            actor,
            dispatch_id,
            DispatchStatus.RETURNED,
            EventKind.COURIER_RETURNED,
            lambda _session, _row: _const({"return_reason": text}),
        )

    async def cancel(self, actor: Actor, dispatch_id: int) -> DispatchInfo:
        require(actor, *HANDLERS, action=_ACTIONS[DispatchStatus.CANCELLED])
        return await self._move(
            actor, dispatch_id, DispatchStatus.CANCELLED, EventKind.COURIER_CANCELLED
        )

    async def _move(
        self,
        actor: Actor,
        dispatch_id: int,
        to: DispatchStatus,
        kind: EventKind,
        check: Any = None,
    ) -> DispatchInfo:
        async with self.db.write() as session:
            actor = await recheck(session, actor, *HANDLERS, action=_ACTIONS[to])
            row = await session.get(CourierDispatch, dispatch_id, with_for_update=True)
            if row is None or row.hall_id != actor.hall_id:
                raise NotFound(f"找不到寄递单（编号 {dispatch_id}）")
            move(DispatchStatus(row.status), to, number=f"K{row.id:05d}")
            extra = await check(session, row) if check is not None else {}
            now = await self.db.now(session)
            for field, value in extra.items():
                setattr(row, field, value)
            row.status = to.value
            if to is DispatchStatus.HANDED_OVER:
                row.handed_over_at, row.handed_over_by_id = now, actor.staff_id
            else:
                row.closed_at = now
            await self._event(session, actor, row, kind, now, **extra)
            await session.flush()
            return (await self._infos(session, actor, CourierDispatch.id == row.id))[0]

    async def _event(
        self,
        session: Any,
        actor: Actor,
        row: CourierDispatch,
        kind: EventKind,
        now: datetime,
        **extra: Any,
    ) -> None:
        await record_about(
            session,
            actor,
            row,
            kind,
            at=now,
            payload={"dispatch_id": row.id, "status": row.status, **extra},
        )

    async def search(
        self,
        actor: Actor,
        *,
        name: str | None = None,
        phone_last4: str | None = None,
        waybill: str | None = None,
        start: date | None = None,
        end: date | None = None,
        status: DispatchStatus | None = None,
    ) -> list[DispatchInfo]:
        """The list, newest first; dates are the hall's local days of creation."""
        require(actor, *STAFF, *MANAGERS, action="查看免费邮寄")
        where: list[Any] = []
        name = rules.RECIPIENT_NAME.optional(name)
        if name:
            where.append(CourierDispatch.recipient_name.contains(name, autoescape=True))
        if phone_last4:
            digits = rules.PHONE_LAST4.clean(phone_last4)
            if not (len(digits) == 4 and digits.isascii() and digits.isdigit()):
                raise ValidationError("phone_last4", "请填写手机号的后四位数字")
            where.append(CourierDispatch.recipient_phone.endswith(digits))
        waybill = rules.WAYBILL.optional(waybill)
        if waybill:
            where.append(CourierDispatch.waybill == normalize_waybill(waybill))
        if status is not None:
            where.append(CourierDispatch.status == DispatchStatus(status).value)
        async with self.db.read() as session:
            zone = await hall_zone(session, actor.hall_id)
            if start is not None:
                where.append(CourierDispatch.created_at >= datetime.combine(start, time(), zone))
            if end is not None:
                where.append(
                    CourierDispatch.created_at
                    < datetime.combine(end, time(), zone).astimezone(UTC) + timedelta(days=1)
                )
            return await self._infos(session, actor, *where)

    async def handed_over_on(self, actor: Actor, day: date) -> list[DispatchInfo]:
        """The day's handover manifest (交寄清单): every dispatch handed over that day."""
        require(actor, *HANDLERS, action="打印交寄清单")
        async with self.db.read() as session:
            zone = await hall_zone(session, actor.hall_id)
            begin = datetime.combine(day, time(), zone)
            found = await self._infos(
                session,
                actor,
                CourierDispatch.handed_over_at >= begin,
                CourierDispatch.handed_over_at < begin + timedelta(days=1),
            )
            return sorted(found, key=lambda d: d.handed_over_at or d.created_at)

    async def monthly_figures(self, actor: Actor, year: int) -> list[MonthFigures]:
        """The year's twelve months (count, pieces, cost borne by the hall, delivered,
        returned, still open, cancelled), for the supervisor's report."""
        require(actor, *HANDLERS, action="查看邮寄月度统计")
        if not 2000 <= year <= 2100:
            raise ValidationError("year", "年份应在 2000 到 2100 之间")
        async with self.db.read() as session:
            zone = await hall_zone(session, actor.hall_id)
            rows = await session.execute(
                select(
                    CourierDispatch.created_at,
                    CourierDispatch.status,
                    CourierDispatch.direction,
                    CourierDispatch.cost_cents,
                    CourierDispatch.items,
                ).where(
                    CourierDispatch.hall_id == actor.hall_id,
                    CourierDispatch.created_at >= datetime(year, 1, 1, tzinfo=zone),
                    CourierDispatch.created_at < datetime(year + 1, 1, 1, tzinfo=zone),
                )
            )
            months = {m: dict.fromkeys(_FIGURES, 0) for m in range(1, 13)}
            for created_at, status, direction, cost_cents, items in rows:
                f = months[created_at.astimezone(zone).month]
                if status == DispatchStatus.CANCELLED.value:
                    f["cancelled"] += 1
                    continue
                f["count"] += 1
                f["pieces"] += sum(int(i["count"]) for i in items)
                f["cost_cents"] += cost_cents
                f["delivered"] += status == DispatchStatus.DELIVERED.value
                f["returned"] += status == DispatchStatus.RETURNED.value
                f["open"] += status in (
                    DispatchStatus.PENDING.value,
                    DispatchStatus.HANDED_OVER.value,
                )
                f["collections"] += direction == Direction.FROM_CITIZEN.value
            return [MonthFigures(m, **values) for m, values in months.items()]

    async def _infos(self, session: Any, actor: Actor, *where: Any) -> list[DispatchInfo]:
        rows = list(
            await session.scalars(
                select(CourierDispatch)
                .where(CourierDispatch.hall_id == actor.hall_id, *where)
                .order_by(CourierDispatch.id.desc())
            )
        )
        numbers: dict[int, str] = {}
        ticket_ids = [r.ticket_id for r in rows if r.ticket_id is not None]
        if ticket_ids:
            numbers = dict(
                (tid, number)
                for tid, number in await session.execute(
                    select(Ticket.id, Ticket.number).where(Ticket.id.in_(ticket_ids))
                )
            )
        zone = await hall_zone(session, actor.hall_id)
        schedule = await load_schedule(session, actor.hall_id)
        now = await self.db.now(session)
        today = service_day(now, zone)
        handles = actor.has(*HANDLERS)

        def overdue(row: CourierDispatch) -> bool:
            """Pending longer than one working day: the list highlights it."""
            if row.status != DispatchStatus.PENDING.value:
                return False
            try:
                due = schedule.add_working_days(service_day(row.created_at, zone), 1)
            except HallError:  # no weekly hours at all: no working days to count
                return False
            return today > due

        return [
            DispatchInfo(
                id=r.id,
                status=DispatchStatus(r.status),
                direction=Direction(r.direction),
                recipient_name=r.recipient_name,
                recipient_phone=r.recipient_phone if handles else mask_phone(r.recipient_phone),
                province=r.province,
                city=r.city,
                district=r.district,
                address=r.address if handles else mask_address(r.address),
                postal_code=r.postal_code,
                items=tuple(
                    DispatchItem(i["name"], int(i["count"]), i.get("item_id")) for i in r.items
                ),
                carrier=r.carrier,
                cost_cents=r.cost_cents,
                waybill=r.waybill,
                return_reason=r.return_reason,
                ticket_id=r.ticket_id,
                ticket_number=numbers.get(r.ticket_id) if r.ticket_id else None,
                created_at=r.created_at,
                handed_over_at=r.handed_over_at,
                closed_at=r.closed_at,
                overdue=overdue(r),
            )
            for r in rows
        ]

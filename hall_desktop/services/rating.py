"""好差评: the citizen rates the service at the window's terminal (评价器).

Five levels, 5 非常满意 … 1 非常不满意; levels 1 and 2 are 差评 and need a reason. A
rating belongs to a ticket finished at that window today and is given at most once. A
citizen who leaves without rating is recorded as "not rated" (``rated=False``, no
level), never as a good rating, and the ticket cannot be rated afterwards. A 差评 opens
a follow-up case (好差评整改) to be verified within a number of working days.

The terminal has no log-in: what stands in for the permission check is that the ticket
was finished at the terminal's own window, today, and has no rating yet.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import JSON, bindparam, func, literal_column, select
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.cases import CaseAction, CaseKind, first_status
from hall_desktop.domain.errors import NotFound, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.hours import local_midnight, service_day
from hall_desktop.domain.reasons import BAD_REASONS
from hall_desktop.domain.records import record_from
from hall_desktop.domain.tickets import IN_HAND_STATUSES, TicketStatus
from hall_desktop.services import rules
from hall_desktop.services.cases import add_step, due_after, hall_case_days
from hall_desktop.services.schedule import HallZones
from hall_desktop.store.database import Database, retry_conflicts
from hall_desktop.store.events import record_event
from hall_desktop.store.models import (
    Appointment,
    Event,
    LedgerCase,
    Rating,
    ServiceWindow,
    Ticket,
    TicketItem,
)

log = logging.getLogger(__name__)

#: Level → the words the terminal shows, best first.
RATING_LEVELS: dict[int, str] = {
    5: "非常满意",
    4: "满意",
    3: "基本满意",
    2: "不满意",
    1: "非常不满意",
}
BAD_LEVELS = frozenset({1, 2})  # 差评
DEFAULT_REASON = "其他"
NOTE_MAX = rules.RATING_NOTE.max_length
#: How long after finishing a ticket a restarted terminal still asks about it.
PENDING_MINUTES = 3
#: What a window does once it has moved on from the citizen it finished with: after any
#: of these, a terminal (restarted, or late) must not ask that citizen to rate.
MOVED_ON = frozenset(
    {
        EventKind.TICKET_CALLED,
        EventKind.TICKET_CALLED_BACK,
        EventKind.WINDOW_PAUSED,
        EventKind.WINDOW_SIGNED_OUT,
        EventKind.WINDOW_SIGNED_IN,
        EventKind.WINDOW_TAKEN_OVER,
    }
)


def is_bad(level: int | None) -> bool:
    return level in BAD_LEVELS


@dataclass(frozen=True, slots=True)
class RatingRecord:
    """One rating as stored; ``case_id``/``case_due`` name the follow-up a 差评 opened."""

    id: int
    hall_id: int
    ticket_id: int
    number: str
    window_id: int
    window_number: int
    clerk_id: int | None
    level: int | None
    rated: bool
    reason: str | None
    note: str | None
    item_ids: tuple[int, ...]
    at: datetime
    case_id: int | None = None
    case_due: date | None = None

    @property
    def is_bad(self) -> bool:
        return is_bad(self.level)

    @property
    def label(self) -> str:
        return RATING_LEVELS[self.level] if self.level is not None else "未评价"


@dataclass(frozen=True, slots=True)
class RatableTicket:
    """A ticket the terminal should ask the citizen to rate."""

    ticket_id: int
    number: str
    window_id: int
    window_number: int
    clerk_id: int | None
    finished_at: datetime


@dataclass(frozen=True, slots=True)
class RatingFigures:
    """A clerk's ratings of one service day."""

    clerk_id: int
    day: date
    very_satisfied: int = 0  # 5
    satisfied: int = 0  # 4
    basically_satisfied: int = 0  # 3
    dissatisfied: int = 0  # 2
    very_dissatisfied: int = 0  # 1
    not_rated: int = 0

    def count(self, level: int) -> int:
        return {
            5: self.very_satisfied,
            4: self.satisfied,
            3: self.basically_satisfied,
            2: self.dissatisfied,
            1: self.very_dissatisfied,
        }[level]

    @property
    def rated(self) -> int:
        return sum(self.count(level) for level in RATING_LEVELS)

    @property
    def bad(self) -> int:
        """差评: 不满意 and 非常不满意."""
        return self.dissatisfied + self.very_dissatisfied

    @property
    def total(self) -> int:
        return self.rated + self.not_rated

    @property
    def good_rate(self) -> float | None:
        """满意率: the share of real ratings that are not 差评 (None before the first)."""
        return (self.rated - self.bad) / self.rated if self.rated else None


def _record(
    row: Rating, number: str, window_number: int, case_id: int | None, case_due: date | None
) -> RatingRecord:
    return record_from(
        RatingRecord,
        row,
        number=number,
        window_number=window_number,
        item_ids=tuple(row.item_ids or ()),
        case_id=case_id,
        case_due=case_due,
    )


_RATED_TICKET = (
    Ticket.id,
    Ticket.number,
    Ticket.line_id,
    Ticket.window_id,
    Ticket.clerk_id,
    Ticket.status,
    Ticket.service_day,
)


async def _insert_rating(
    session: AsyncSession,
    *,
    hall_id: int,
    window_id: int,
    ticket_id: int,
    clerk_id: int | None,
    level: int | None,
    reason: str | None,
    note: str | None,
    items: list[int],
    at: datetime,
    due: date | None,
) -> tuple[Rating, LedgerCase | None]:
    """The rating row and, for a 差评 (``due`` given), its follow-up case.

    On PostgreSQL through ``hall_rate`` (migration 0023): a terminal's database role may
    not insert a rating itself, and the function lets it rate only the ticket finished
    last at its own window; it copies the citizen's name and phone into the case, which
    the terminal's role may not read. The returned case carries only what the case's
    first step needs (id, hall, state).
    """
    kind = CaseKind.BAD_RATING
    status = first_status(kind).value
    if session.get_bind().dialect.name == "postgresql":
        found: Any = (
            await session.execute(
                select(literal_column("rating_id"), literal_column("case_id")).select_from(
                    func.hall_rate(
                        hall_id,
                        window_id,
                        ticket_id,
                        level,
                        reason,
                        note,
                        bindparam(None, items, type_=JSON),
                        at,
                        kind.value if due is not None else None,
                        status if due is not None else None,
                        due,
                    )
                )
            )
        ).one()
        rating_id, case_id = found
        row = await session.get(Rating, rating_id)
        assert row is not None
        if case_id is None:
            return row, None
        return row, LedgerCase(id=case_id, hall_id=hall_id, status=status)
    row = Rating(
        hall_id=hall_id,
        ticket_id=ticket_id,
        window_id=window_id,
        clerk_id=clerk_id,
        level=level,
        rated=level is not None,
        reason=reason,
        note=note,
        item_ids=items,
        at=at,
    )
    session.add(row)
    await session.flush()
    if due is None:
        return row, None
    name, phone = (
        await session.execute(
            select(Ticket.citizen_name, Ticket.citizen_phone).where(Ticket.id == ticket_id)
        )
    ).one()
    phone = phone or await session.scalar(
        select(Appointment.mobile).where(Appointment.ticket_id == ticket_id).limit(1)
    )
    follow_up = LedgerCase(
        hall_id=hall_id,
        kind=kind.value,
        status=status,
        rating_id=row.id,
        ticket_id=ticket_id,
        window_id=window_id,
        clerk_id=row.clerk_id,
        item_id=items[0] if items else None,
        title=reason,
        detail="",
        reason=reason,
        note=note,
        citizen_name=name,
        citizen_phone=phone or None,  # '' is no phone (a booking's, erased: retention)
        called_back=False,
        opened_at=at,
        due_date=due,
    )
    session.add(follow_up)
    await session.flush()
    return row, follow_up


@retry_conflicts
class RatingService:
    """Ratings given at the window terminals, the 差评 follow-up they open, and figures."""

    def __init__(self, db: Database, *, case_days: int | None = None) -> None:
        """``case_days``: a 差评's deadline in working days; None: the hall's setting."""
        if case_days is not None and case_days < 0:
            raise ValueError("case_days must not be negative")
        self.db = db
        self.case_days = case_days
        self._zones = HallZones()

    # ---------------------------------------------------------------- writing

    async def rate(
        self,
        hall_id: int,
        window_id: int,
        ticket_id: int,
        level: int,
        *,
        reason: str | None = None,
        note: str | None = None,
    ) -> RatingRecord:
        """The citizen's rating of ``ticket_id``, given at the terminal of ``window_id``.

        A 差评 (level 1 or 2) needs a reason from :data:`BAD_REASONS` and opens a
        follow-up case due ``case_days`` working days later. Refused for a ticket that
        was not finished at this window today, or that has a rating (or a "not rated"
        record) already.
        """
        if level not in RATING_LEVELS:
            raise ValidationError("level", "评价等级应为 1（非常不满意）到 5（非常满意）")
        if is_bad(level):
            if not reason:
                raise ValidationError("reason", "请选择不满意的原因")
            if reason not in BAD_REASONS:
                raise ValidationError("reason", f"不满意的原因应为：{'、'.join(BAD_REASONS)}")
        elif reason:
            raise ValidationError("reason", "只有“不满意”和“非常不满意”需要选择原因")
        text = rules.RATING_NOTE.optional(note)
        # Another rating of the ticket winning the race: already_rated (store.integrity).
        return await self._write(hall_id, window_id, ticket_id, level, reason, text)

    async def record_not_rated(self, hall_id: int, window_id: int, ticket_id: int) -> RatingRecord:
        """未评价: the citizen left without rating. A rating given already is kept and
        returned unchanged."""
        existing = await self._existing(hall_id, ticket_id)
        if existing is not None:
            return existing
        try:
            return await self._write(hall_id, window_id, ticket_id, None, None, None)
        except Refused as e:  # rated meanwhile, here or in a race (store.integrity)
            if e.code != "already_rated":
                raise
        found = await self._existing(hall_id, ticket_id)  # rated in between: keep that
        if found is None:
            raise Refused("该号已经评价过了", code="already_rated")
        return found

    async def _write(
        self,
        hall_id: int,
        window_id: int,
        ticket_id: int,
        level: int | None,
        reason: str | None,
        note: str | None,
    ) -> RatingRecord:
        async with self.db.write() as session:
            now = await self.db.now(session)
            today = service_day(now, await self._zones.get(session, hall_id))
            window = await session.get(ServiceWindow, window_id)
            if window is None or window.hall_id != hall_id:
                raise NotFound(f"找不到窗口（编号 {window_id}）")
            # Named columns: a terminal's database role may not read the citizen's.
            ticket = (
                await session.execute(
                    select(*_RATED_TICKET).where(Ticket.id == ticket_id, Ticket.hall_id == hall_id)
                )
            ).first()
            if ticket is None:
                raise NotFound(f"找不到该排队号（编号 {ticket_id}）")
            if ticket.window_id != window.id:
                raise Refused(
                    f"{ticket.number} 号不是在{window.number}号窗口办理的，不能在这里评价",
                    code="other_window",
                )
            if ticket.status != TicketStatus.DONE.value:
                raise Refused(f"{ticket.number} 号还没有办结，办结后才能评价", code="not_finished")
            if ticket.service_day != today:
                raise Refused(f"{ticket.number} 号不是今天办结的，不能再评价", code="not_today")
            previous = await session.scalar(select(Rating).where(Rating.ticket_id == ticket.id))
            if previous is not None:
                message = (
                    f"{ticket.number} 号已经评价过了"
                    if previous.rated
                    else f"{ticket.number} 号的评价时间已过"
                )
                raise Refused(message, code="already_rated")
            items = sorted(
                await session.scalars(
                    select(TicketItem.service_item_id).where(TicketItem.ticket_id == ticket.id)
                )
            )
            due: date | None = None
            if is_bad(level):
                days = (
                    self.case_days
                    if self.case_days is not None
                    else (await hall_case_days(session, hall_id))[CaseKind.BAD_RATING]
                )
                due = await due_after(session, hall_id, today, days)
            row, follow_up = await _insert_rating(
                session,
                hall_id=hall_id,
                window_id=window.id,
                ticket_id=ticket.id,
                clerk_id=ticket.clerk_id,
                level=level,
                reason=reason,
                note=note,
                items=items,
                at=now,
                due=due,
            )
            common = {
                "number": ticket.number,
                "line_id": ticket.line_id,
                "window_number": window.number,
            }
            await record_event(
                session,
                hall_id=hall_id,
                at=now,
                kind=EventKind.TICKET_RATED if level is not None else EventKind.TICKET_NOT_RATED,
                ticket_id=ticket.id,
                window_id=window.id,
                payload={**common, "level": level, "rating_id": row.id, "reason": reason},
            )
            case_id: int | None = None
            if follow_up is not None and due is not None:
                case_id = follow_up.id
                add_step(
                    session,
                    follow_up,
                    CaseAction.OPEN,
                    at=now,
                    actor_id=None,  # the terminal: no member of staff
                    before=None,
                    data={"level": level, "reason": reason},
                )
                await record_event(
                    session,
                    hall_id=hall_id,
                    at=now,
                    kind=EventKind.FOLLOW_UP_OPENED,
                    ticket_id=ticket.id,
                    window_id=window.id,
                    payload={
                        **common,
                        "case_id": case_id,
                        "rating_id": row.id,
                        "level": level,
                        "reason": reason,
                        "clerk_id": ticket.clerk_id,
                        "due_date": due.isoformat(),
                    },
                )
            return _record(row, ticket.number, window.number, case_id, due)

    # ---------------------------------------------------------------- reads

    async def _existing(self, hall_id: int, ticket_id: int) -> RatingRecord | None:
        async with self.db.read() as session:
            found = (
                await session.execute(
                    select(
                        Rating,
                        Ticket.number,
                        ServiceWindow.number,
                        LedgerCase.id,
                        LedgerCase.due_date,
                    )
                    .join(Ticket, Ticket.id == Rating.ticket_id)
                    .join(ServiceWindow, ServiceWindow.id == Rating.window_id)
                    .outerjoin(LedgerCase, LedgerCase.rating_id == Rating.id)
                    .where(Rating.ticket_id == ticket_id, Rating.hall_id == hall_id)
                )
            ).first()
            if found is None:
                return None
            row, number, window_number, case_id, case_due = found  # the case: none, or its
            return _record(row, number, window_number, case_id, case_due)  # id and due date

    async def rating_of(self, hall_id: int, ticket_id: int) -> RatingRecord | None:
        """The rating (or "not rated" record) of a ticket, if there is one."""
        return await self._existing(hall_id, ticket_id)

    async def pending_for_window(self, hall_id: int, window_id: int) -> RatableTicket | None:
        """The ticket a (restarted) terminal should ask about: the latest one finished at
        the window in the last few minutes and not rated, unless the clerk has already
        moved on to the next citizen."""
        async with self.db.read() as session:
            now = await self.db.now(session)
            window = await session.get(ServiceWindow, window_id)
            if window is None or window.hall_id != hall_id:
                raise NotFound(f"找不到窗口（编号 {window_id}）")
            busy = await session.scalar(
                select(Ticket.id)
                .where(
                    Ticket.window_id == window.id,
                    Ticket.status.in_([s.value for s in IN_HAND_STATUSES]),
                )
                .limit(1)
            )
            if busy is not None:
                return None
            latest = (
                await session.execute(
                    select(*_RATED_TICKET, Ticket.finished_at)
                    .where(
                        Ticket.hall_id == hall_id,
                        Ticket.window_id == window.id,
                        Ticket.status == TicketStatus.DONE.value,
                        Ticket.finished_at >= now - timedelta(minutes=PENDING_MINUTES),
                    )
                    .order_by(Ticket.finished_at.desc())
                    .limit(1)
                )
            ).first()
            if latest is None or latest.finished_at is None:
                return None
            if latest.service_day != service_day(now, await self._zones.get(session, hall_id)):
                return None
            rated = await session.scalar(select(Rating.id).where(Rating.ticket_id == latest.id))
            if rated is not None:
                return None
            moved_on = await session.scalar(
                select(Event.id)
                .where(
                    Event.hall_id == hall_id,
                    Event.window_id == window.id,
                    Event.at > latest.finished_at,
                    Event.kind.in_(sorted(k.value for k in MOVED_ON)),
                )
                .limit(1)
            )
            if moved_on is not None:
                return None  # the citizen at the counter now is not the one who left
            return RatableTicket(
                ticket_id=latest.id,
                number=latest.number,
                window_id=window.id,
                window_number=window.number,
                clerk_id=latest.clerk_id,
                finished_at=latest.finished_at,
            )

    async def figures_for_clerk(self, hall_id: int, clerk_id: int) -> RatingFigures:
        """Today's ratings of the tickets ``clerk_id`` handled: per level, not rated, 差评."""
        async with self.db.read() as session:
            now = await self.db.now(session)
            zone = await self._zones.get(session, hall_id)
            day = service_day(now, zone)
            start, end = local_midnight(day, zone), local_midnight(day + timedelta(days=1), zone)
            rows = await session.execute(
                select(Rating.rated, Rating.level, func.count())
                .where(
                    Rating.hall_id == hall_id,
                    Rating.clerk_id == clerk_id,
                    # 申诉成立: out of the clerk's figures, still in the record.
                    Rating.excluded.is_(False),
                    Rating.at >= start,
                    Rating.at < end,
                )
                .group_by(Rating.rated, Rating.level)
            )
            counts: dict[int, int] = {}
            for rated, level, n in rows:
                key = level if rated and level is not None else 0  # 0: not rated
                counts[key] = counts.get(key, 0) + n
            return RatingFigures(
                clerk_id=clerk_id,
                day=day,
                very_satisfied=counts.get(5, 0),
                satisfied=counts.get(4, 0),
                basically_satisfied=counts.get(3, 0),
                dissatisfied=counts.get(2, 0),
                very_dissatisfied=counts.get(1, 0),
                not_rated=counts.get(0, 0),
            )

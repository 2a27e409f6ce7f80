"""个人信息保护: citizens' personal data is kept no longer than the hall says.

After ``hall.personal_days`` (default 180) the names, mobiles and (masked) ID numbers on
tickets, bookings, ratings' notes, closed cases, closed 办件 and old SMS notices are
blanked; after ``hall.courier_personal_days`` (default 3 years, proof of delivery) the
recipient's name, mobile and street address on courier dispatches. What the statistics
count stays: a ticket keeps its line, times and outcome; a case keeps whether a phone
was given (``''`` for "given, since erased", NULL for "never given"); a dispatch keeps its
province, city and district. The one-citizen-one-number limits never held an ID number:
they compare keyed hashes (``ticket_citizen``, whose day keys are deleted after the day;
``appointment.id_digest`` under the hall's key, which the 爽约 limit needs), and the
day-hashes older than the period are deleted too.

A case still open keeps its caller's phone (the 回访 is not done); a 办件 not yet closed
keeps its name. The purge is one transaction, recorded in the audit log with its counts
(:attr:`EventKind.PERSONAL_DATA_PURGED`); ``services.daily`` runs it once per hall and day.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, delete, func, literal, or_, update
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.errors import NotFound
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.notices import NoticeState
from hall_desktop.store.events import record_event
from hall_desktop.store.models import (
    Application,
    Appointment,
    CourierDispatch,
    Hall,
    LedgerCase,
    NoticeOutbox,
    Rating,
    Ticket,
    TicketCitizen,
)

_UNSENT = (NoticeState.PENDING.value, NoticeState.SENDING.value, NoticeState.UNCONFIGURED.value)


@dataclass(frozen=True, slots=True)
class PurgeCounts:
    """Rows whose personal data this purge blanked (or, for hashes, deleted)."""

    tickets: int = 0
    ticket_hashes: int = 0
    bookings: int = 0
    ratings: int = 0
    cases: int = 0
    applications: int = 0
    notices: int = 0
    dispatches: int = 0

    @property
    def total(self) -> int:
        return sum(asdict(self).values())


@dataclass(frozen=True, slots=True)
class Cutoffs:
    """Personal data of what happened before these instants goes."""

    personal: datetime
    courier: datetime

    @classmethod
    def of(cls, hall: Hall, today: date) -> Cutoffs:
        zone = ZoneInfo(hall.timezone)

        def start_of(days: int) -> datetime:
            return datetime.combine(today - timedelta(days=days), time(), zone)

        return cls(start_of(hall.personal_days), start_of(hall.courier_personal_days))

    @property
    def personal_day(self) -> date:
        return self.personal.date()


async def _blank(
    session: AsyncSession, model: Any, hall_id: int, *where: Any, **values: Any
) -> int:
    """``UPDATE model SET values WHERE hall_id AND where``: the rows changed."""
    result = await session.execute(
        update(model)
        .where(model.hall_id == hall_id, *where)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def purge_personal_data(
    session: AsyncSession, hall_id: int, today: date, now: datetime
) -> PurgeCounts:
    """Blank what the hall's retention periods say is due, in ``session``'s transaction,
    and record it (with its counts) in the audit log."""
    hall = await session.get(Hall, hall_id)
    if hall is None:
        raise NotFound(f"找不到编号为 {hall_id} 的大厅")
    cut = Cutoffs.of(hall, today)
    day = cut.personal_day
    tickets = await _blank(
        session,
        Ticket,
        hall_id,
        Ticket.service_day < day,
        or_(
            Ticket.citizen_name.is_not(None),
            Ticket.citizen_phone.is_not(None),
            Ticket.citizen_id_number.is_not(None),
        ),
        citizen_name=None,
        citizen_phone=None,
        citizen_id_number=None,
    )
    deleted = await session.execute(
        delete(TicketCitizen)
        .where(TicketCitizen.hall_id == hall_id, TicketCitizen.service_day < day)
        .execution_options(synchronize_session=False)
    )
    hashes = int(deleted.rowcount or 0)  # type: ignore[attr-defined]
    bookings = await _blank(
        session,
        Appointment,
        hall_id,
        Appointment.day < day,
        or_(
            Appointment.citizen_name != "",
            Appointment.mobile != "",
            Appointment.id_number_masked != "",
            Appointment.note.is_not(None),
        ),
        citizen_name="",
        mobile="",
        id_number_masked="",
        note=None,
    )
    ratings = await _blank(
        session, Rating, hall_id, Rating.at < cut.personal, Rating.note.is_not(None), note=None
    )
    cases = await _blank(
        session,
        LedgerCase,
        hall_id,
        LedgerCase.closed_at < cut.personal,
        or_(
            LedgerCase.citizen_name.is_not(None),
            and_(LedgerCase.citizen_phone.is_not(None), LedgerCase.citizen_phone != ""),
            LedgerCase.note.is_not(None),
        ),
        citizen_name=None,
        # Whether a phone was given stays (实名差评 in the ledger's figures).
        citizen_phone=case((LedgerCase.citizen_phone.is_(None), None), else_=literal("")),
        note=None,
    )
    applications = await _blank(
        session,
        Application,
        hall_id,
        Application.closed_at < cut.personal,
        Application.citizen_name.is_not(None),
        citizen_name=None,
    )
    notices = await _blank(
        session,
        NoticeOutbox,
        hall_id,
        NoticeOutbox.created_at < cut.personal,
        or_(NoticeOutbox.mobile != "", NoticeOutbox.text != ""),
        mobile="",
        text="",
        # One never sent is not sent now, to nobody: it is given up on, said why.
        state=case(
            (NoticeOutbox.state.in_(_UNSENT), NoticeState.FAILED.value),
            else_=NoticeOutbox.state,
        ),
        last_error=case(
            (NoticeOutbox.state.in_(_UNSENT), "超过个人信息保存期限，已清除"),
            else_=NoticeOutbox.last_error,
        ),
    )
    dispatches = await _blank(
        session,
        CourierDispatch,
        hall_id,
        func.coalesce(CourierDispatch.closed_at, CourierDispatch.created_at) < cut.courier,
        or_(
            CourierDispatch.recipient_name != "",
            CourierDispatch.recipient_phone != "",
            CourierDispatch.address != "",
        ),
        recipient_name="",
        recipient_phone="",
        address="",
    )
    counts = PurgeCounts(
        tickets, hashes, bookings, ratings, cases, applications, notices, dispatches
    )
    await record_event(
        session,
        hall_id=hall_id,
        at=now,
        kind=EventKind.PERSONAL_DATA_PURGED,
        payload={
            **{f"purged_{name}": n for name, n in asdict(counts).items()},
            "purged_before": day.isoformat(),
            "courier_purged_before": cut.courier.date().isoformat(),
        },
    )
    return counts

"""Loading a hall's opening hours and working-day calendar (营业时间与节假日)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from hall_desktop.domain.hours import CalendarEntry, DayHours, DayKind, HallSchedule
from hall_desktop.store.models import CalendarDay, CalendarYear, OpeningHours


async def load_schedule(session: AsyncSession | AsyncConnection, hall_id: int) -> HallSchedule:
    """The hall's schedule, read through a session or a bare connection (plain rows)."""
    weekly = {
        row.weekday: DayHours(row.opens, row.closes, row.lunch_start, row.lunch_end)
        for row in await session.execute(
            select(*OpeningHours.__table__.columns).where(OpeningHours.hall_id == hall_id)
        )
    }
    entries = [
        CalendarEntry(
            day=row.day,
            kind=DayKind(row.kind),
            name=row.name,
            hours=(
                DayHours(row.opens, row.closes, row.lunch_start, row.lunch_end)
                if row.opens is not None and row.closes is not None
                else None
            ),
        )
        for row in await session.execute(
            select(*CalendarDay.__table__.columns).where(CalendarDay.hall_id == hall_id)
        )
    ]
    years = (
        await session.execute(select(CalendarYear.year).where(CalendarYear.hall_id == hall_id))
    ).scalars()
    return HallSchedule(weekly, entries, known_years=list(years))

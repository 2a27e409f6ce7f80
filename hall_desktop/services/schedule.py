"""Loading a hall's opening hours and working-day calendar (营业时间与节假日).

A year without a calendar in the database (a hall seeded in 2025 still running in 2027,
say) is not a year of plain weekdays: the schedule falls back to the best calendar that
needs no person (:func:`~hall_desktop.domain.hours.default_calendar`: chinesecalendar's
arrangement where the installed package knows the year, else the statutory holidays the
``holidays`` package computes). So 2027-01-01 and the Spring Festival are closed from
the first moment, on every PC alike.

The fallback is computed in memory and never written here: loading a schedule happens
inside reads and inside other writes (issuing a ticket), on many PCs at once, and a
read must not turn into a write. Rows are written where a person or a new hall asks:
the seed and the bootstrap pre-fill the year, and the hours editor pre-fills it as
soon as an administrator edits a day of it or confirms it (see
:mod:`hall_desktop.services.hours_admin`), so what the editor shows as 待确认 is
exactly what the schedule enforces.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from hall_desktop.domain.errors import NotFound
from hall_desktop.domain.hours import (
    CalendarEntry,
    DayHours,
    DayKind,
    HallSchedule,
    default_calendar_entries,
)
from hall_desktop.store.models import CalendarDay, CalendarYear, Hall, OpeningHours


async def hall_zone(session: AsyncSession | AsyncConnection, hall_id: int) -> ZoneInfo:
    """The hall's time zone; :class:`NotFound` when there is no such hall."""
    name = (await session.execute(select(Hall.timezone).where(Hall.id == hall_id))).scalar()
    if name is None:
        raise NotFound(f"找不到编号为 {hall_id} 的大厅")
    return ZoneInfo(name)


class HallZones:
    """Each hall's time zone, read once: a hall's zone does not change while it runs."""

    def __init__(self) -> None:
        self._zones: dict[int, ZoneInfo] = {}

    async def get(self, session: AsyncSession | AsyncConnection, hall_id: int) -> ZoneInfo:
        if hall_id not in self._zones:
            self._zones[hall_id] = await hall_zone(session, hall_id)
        return self._zones[hall_id]


async def load_schedule(session: AsyncSession | AsyncConnection, hall_id: int) -> HallSchedule:
    """The hall's schedule, read through a session or a bare connection (plain rows).

    Years with a ``calendar_year`` row (imported, pre-filled or entered) follow their
    rows; any other year follows :func:`default_calendar_entries`, under the days
    entered for it by hand.
    """
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
            appointments_only=row.appointments_only,
        )
        for row in await session.execute(
            select(*CalendarDay.__table__.columns).where(CalendarDay.hall_id == hall_id)
        )
    ]
    years = (
        await session.execute(select(CalendarYear.year).where(CalendarYear.hall_id == hall_id))
    ).scalars()
    return HallSchedule(weekly, entries, known_years=list(years), fallback=default_calendar_entries)

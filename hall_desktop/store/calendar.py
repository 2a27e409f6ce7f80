"""Writing a whole year of a hall's calendar at once, safely on a shared database."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.hours import CalendarEntry
from hall_desktop.store.models import CalendarDay, CalendarYear


def insert_ignoring_duplicates(session: AsyncSession, model: Any) -> Any:
    """``INSERT … ON CONFLICT DO NOTHING`` in the session's dialect (both have it)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(model).on_conflict_do_nothing()


async def prefill_year(
    session: AsyncSession,
    hall_id: int,
    year: int,
    source: str,
    entries: Iterable[CalendarEntry],
) -> bool:
    """Write ``year``'s calendar row and days unless the year already has its row.

    Returns whether this transaction wrote them. Two PCs may try at the same moment; the
    ``calendar_year`` row (primary key hall + year) decides who does: it is inserted
    first with ``ON CONFLICT DO NOTHING``, and only the transaction that got it inserts
    the days. On PostgreSQL the second insert waits for the first transaction and then
    does nothing (or inserts, if the first rolled back); SQLite runs one writer at a
    time. The days are inserted with ``ON CONFLICT DO NOTHING`` too, so a day entered by
    hand before the year was pre-filled keeps what the person entered.
    """
    claimed = await session.execute(
        insert_ignoring_duplicates(session, CalendarYear)
        .values(hall_id=hall_id, year=year, source=source)
        .returning(CalendarYear.year)
    )
    if claimed.first() is None:
        return False
    rows = [
        {"hall_id": hall_id, "day": e.day, "kind": e.kind.value, "name": e.name}
        for e in entries
        if e.day.year == year
    ]
    if rows:
        await session.execute(insert_ignoring_duplicates(session, CalendarDay), rows)
    return True

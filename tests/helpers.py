"""Small look-ups the service tests share."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from hall_desktop.store.database import Database
from hall_desktop.store.models import BusinessLine, Event, ServiceItem, ServiceWindow, Ticket


async def line_ids(db: Database, hall_id: int) -> dict[str, int]:
    async with db.read() as session:
        rows = await session.execute(
            select(BusinessLine.prefix, BusinessLine.id).where(BusinessLine.hall_id == hall_id)
        )
        return {prefix: line_id for prefix, line_id in rows}


async def window_ids(db: Database, hall_id: int) -> dict[int, int]:
    async with db.read() as session:
        rows = await session.execute(
            select(ServiceWindow.number, ServiceWindow.id).where(ServiceWindow.hall_id == hall_id)
        )
        return {number: window_id for number, window_id in rows}


async def item_ids(db: Database, hall_id: int) -> list[int]:
    async with db.read() as session:
        return list(
            await session.scalars(
                select(ServiceItem.id)
                .where(ServiceItem.hall_id == hall_id)
                .order_by(ServiceItem.id)
            )
        )


async def status_counts(db: Database, hall_id: int) -> Counter[str]:
    async with db.read() as session:
        rows = await session.execute(
            select(Ticket.status, func.count())
            .where(Ticket.hall_id == hall_id)
            .group_by(Ticket.status)
        )
        return Counter({status: n for status, n in rows})


async def snapshot(db: Database, hall_id: int) -> tuple[list[tuple[object, ...]], int]:
    """Every ticket row of the hall and the number of events: to prove nothing changed."""
    async with db.read() as session:
        tickets = await session.execute(
            select(Ticket).where(Ticket.hall_id == hall_id).order_by(Ticket.id)
        )
        rows = [tuple(getattr(t, c.key) for c in Ticket.__table__.columns) for (t,) in tickets]
        events = await session.scalar(
            select(func.count()).select_from(Event).where(Event.hall_id == hall_id)
        )
        return rows, events or 0

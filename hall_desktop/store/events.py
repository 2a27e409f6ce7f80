"""The event log: written in the same transaction as the change it records."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.store.database import Database
from hall_desktop.store.models import Event


async def record_event(
    db: Database,
    session: AsyncSession,
    *,
    hall_id: int,
    at: datetime,
    kind: str,
    actor_id: int | None = None,
    ticket_id: int | None = None,
    window_id: int | None = None,
    payload: dict[str, Any] | None = None,
) -> int:
    """Insert one event and wake the live feed (NOTIFY, delivered at commit)."""
    event_id: int = (
        await session.execute(
            insert(Event)
            .values(
                hall_id=hall_id,
                at=at,
                kind=kind,
                actor_id=actor_id,
                ticket_id=ticket_id,
                window_id=window_id,
                payload=payload or {},
            )
            .returning(Event.id)
        )
    ).scalar_one()
    await db.notify(session, f"{hall_id}:{event_id}")
    return event_id


async def events_after(
    session: AsyncSession, hall_id: int, after_id: int, limit: int = 500
) -> list[Event]:
    rows = await session.scalars(
        select(Event)
        .where(Event.hall_id == hall_id, Event.id > after_id)
        .order_by(Event.id)
        .limit(limit)
    )
    return list(rows)

"""The event log: written in the same transaction as the change it records."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from hall_desktop.store.models import Event

_INSERT_EVENT = insert(Event).returning(Event.id)  # built once: every change writes one


async def record_event(
    session: AsyncSession | AsyncConnection,
    *,
    hall_id: int,
    at: datetime,
    kind: str,
    actor_id: int | None = None,
    ticket_id: int | None = None,
    window_id: int | None = None,
    payload: dict[str, Any] | None = None,
) -> int:
    """Insert one event; on PostgreSQL a trigger NOTIFYs the live feed at commit."""
    params = {
        "hall_id": hall_id,
        "at": at,
        "kind": kind,
        "actor_id": actor_id,
        "ticket_id": ticket_id,
        "window_id": window_id,
        "payload": payload or {},
    }
    event_id: int = (await session.execute(_INSERT_EVENT, params)).scalar_one()
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


def field_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """``{field: {"old": …, "new": …}}`` for each field of ``after`` whose value differs
    from ``before``: the payload an edit's event keeps for the audit log."""
    return {k: {"old": before[k], "new": v} for k, v in after.items() if before[k] != v}

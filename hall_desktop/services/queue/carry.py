"""A number carried on to another line: the new waiting ticket a transfer (转移) and a
bundle's next step (一件事) create, keeping the citizen's number and its place ahead of
ordinary tickets (:attr:`Priority.TRANSFERRED`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from hall_desktop.domain.tickets import Priority, TicketStatus
from hall_desktop.services.queue.rows import TicketRow
from hall_desktop.store.models import Ticket


async def carry_number(
    conn: AsyncSession | AsyncConnection,
    row: TicketRow,
    *,
    line_id: int,
    window_id: int | None,
    issued_by_id: int | None,
    now: datetime,
    note: str | None,
    **bundle: Any,
) -> int:
    """Insert the waiting ticket that carries ``row``'s number to ``line_id`` (or one
    window of it); its id. A bundle's ticket stays in its run (``bundle`` overrides the
    step)."""
    values: dict[str, Any] = {
        "bundle_run_id": row.bundle_run_id,
        "bundle_step": row.bundle_step,
        "bundle_steps": row.bundle_steps,
        **bundle,
    }
    new_id: int = (
        await conn.execute(
            insert(Ticket)
            .values(
                hall_id=row.hall_id,
                line_id=line_id,
                service_day=row.service_day,
                seq=row.seq,
                number=row.number,
                priority=max(row.priority, int(Priority.TRANSFERRED)),
                priority_reason=row.priority_reason or Priority.TRANSFERRED.label,
                status=TicketStatus.WAITING.value,
                issued_by_id=issued_by_id,
                target_window_id=window_id,
                transferred_from_id=row.id,
                issued_at=now,
                call_count=0,
                note=note,
                citizen_name=row.citizen_name,
                citizen_phone=row.citizen_phone,
                citizen_id_number=row.citizen_id_number,
                **values,
            )
            .returning(Ticket.id)
        )
    ).scalar_one()
    return new_id

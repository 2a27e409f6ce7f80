"""The queue's one event writer: every event of a queue write goes through
:func:`write_event` (PostgreSQL's call-next writes its call in SQL, with the payload
keys of :data:`MOVE_FACTS`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from hall_desktop.domain.events import EventKind
from hall_desktop.services.actor import Actor
from hall_desktop.services.queue.rows import TicketRow
from hall_desktop.store.events import record_event

#: The events a display announces as a call.
CALL_EVENT_KINDS = (
    EventKind.TICKET_CALLED,
    EventKind.TICKET_RECALLED,
    EventKind.TICKET_CALLED_BACK,
)
#: What the event of a ticket move says first, read from the ticket after the move.
MOVE_FACTS = ("number", "line_id", "window_number", "call_count")
#: What it says after them of a bundle's ticket (一件事: 第2步/共3步); left out of an
#: ordinary ticket's event (PostgreSQL's claim strips them when NULL).
BUNDLE_FACTS = ("bundle_step", "bundle_steps")


def bundle_facts(ticket: TicketRow) -> dict[str, Any]:
    """The :data:`BUNDLE_FACTS` of a bundle's ticket; nothing for any other."""
    if ticket.bundle_step is None:
        return {}
    return {"bundle_step": ticket.bundle_step, "bundle_steps": ticket.bundle_steps}


async def write_event(
    conn: AsyncSession | AsyncConnection,
    kind: EventKind,
    now: datetime,
    actor: Actor | None,
    *,
    hall_id: int,
    ticket_id: int | None = None,
    window_id: int | None = None,
    payload: dict[str, Any],
) -> int:
    """Record one event in the write's transaction; its id."""
    return await record_event(
        conn,
        hall_id=hall_id,
        at=now,
        kind=kind,
        actor_id=actor.staff_id if actor else None,
        ticket_id=ticket_id,
        window_id=window_id,
        payload=payload,
    )


async def write_move_event(
    conn: AsyncSession | AsyncConnection,
    kind: EventKind,
    now: datetime,
    actor: Actor,
    ticket: TicketRow,
    window_number: int | None,
    **extra: Any,
) -> int:
    """The event of one ticket move, from the ticket's columns after the move."""
    facts = {
        "number": ticket.number,
        "line_id": ticket.line_id,
        "window_number": window_number,
        "call_count": ticket.call_count,
    }
    return await write_event(
        conn,
        kind,
        now,
        actor,
        hall_id=ticket.hall_id,
        ticket_id=ticket.id,
        window_id=ticket.window_id,
        payload={**{key: facts[key] for key in MOVE_FACTS}, **bundle_facts(ticket), **extra},
    )

"""Typed rows of the queue's statements, built from result mappings or ORM objects."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, Self

from hall_desktop.domain.records import record_from
from hall_desktop.domain.tickets import Priority, TicketStatus, TicketTimes
from hall_desktop.services.dto import TicketInfo
from hall_desktop.store.models import Ticket

_TIMES_FIELDS = tuple(f.name for f in fields(TicketTimes))


@dataclass(frozen=True, slots=True)
class TicketRow:
    """Every column of one ticket (a RETURNING row, a selected row or an ORM object)."""

    id: int
    hall_id: int
    line_id: int
    service_day: date
    seq: int
    number: str
    priority: int
    priority_reason: str | None
    status: str
    window_id: int | None
    clerk_id: int | None
    issued_by_id: int | None
    target_window_id: int | None
    transferred_from_id: int | None
    issued_at: datetime
    overdue_at: datetime | None
    first_called_at: datetime | None
    last_called_at: datetime | None
    call_count: int
    started_at: datetime | None
    finished_at: datetime | None
    held_at: datetime | None
    hold_due_at: datetime | None
    hold_reason: str | None
    closed_at: datetime | None
    outcome: str | None
    note: str | None
    citizen_name: str | None
    citizen_phone: str | None
    citizen_id_number: str | None
    bundle_run_id: int | None
    bundle_step: int | None
    bundle_steps: int | None
    estimate_s: int | None
    estimate_low_min: int | None
    estimate_high_min: int | None

    @classmethod
    def of(cls, values: Mapping[Any, Any]) -> Self:
        return cls(**{name: values[name] for name in TICKET_FIELDS})

    @classmethod
    def of_orm(cls, ticket: Ticket) -> Self:
        return cls(**{name: getattr(ticket, name) for name in TICKET_FIELDS})

    def times(self) -> TicketTimes:
        """The state-machine part of the ticket."""
        values: dict[str, Any] = {name: getattr(self, name) for name in _TIMES_FIELDS}
        values["status"] = TicketStatus(self.status)
        return TicketTimes(**values)


TICKET_FIELDS = tuple(f.name for f in fields(TicketRow))


@dataclass(frozen=True, slots=True)
class MoveRow:
    """A ticket with its line and window, as one move reads it (``MOVE``)."""

    ticket: TicketRow
    line_name: str
    line_prefix: str
    window_number: int | None
    window_clerk_id: int | None
    window_clerk_name: str | None

    @classmethod
    def of(cls, values: Mapping[Any, Any]) -> Self:
        return cls(
            ticket=TicketRow.of(values),
            line_name=values["line_name"],
            line_prefix=values["line_prefix"],
            window_number=values["window_number"],
            window_clerk_id=values["window_clerk_id"],
            window_clerk_name=values["window_clerk_name"],
        )


@dataclass(frozen=True, slots=True)
class Candidate:
    """The ticket a window would call next, as the candidates query reads it."""

    id: int
    previous_status: str
    line_name: str
    line_prefix: str


@dataclass(frozen=True, slots=True)
class WindowRow:
    """A window as a call reads it; ``in_hand`` is the number it is calling or serving
    (None when not read: PostgreSQL checks it inside the claim); ``pick`` the best
    candidate when read with the window (SQLite)."""

    id: int
    hall_id: int
    number: int
    active: bool
    paused: bool
    clerk_id: int | None
    in_hand: str | None
    pick: Candidate | None = None

    @classmethod
    def of(cls, values: Mapping[Any, Any]) -> Self:
        pick_id = values.get("pick_id")
        return cls(
            id=values["id"],
            hall_id=values["hall_id"],
            number=values["number"],
            active=values["active"],
            paused=values["paused"],
            clerk_id=values["clerk_id"],
            in_hand=values["in_hand"],
            pick=None
            if pick_id is None
            else Candidate(
                pick_id, values["previous_status"], values["line_name"], values["line_prefix"]
            ),
        )


@dataclass(frozen=True, slots=True)
class Claimed:
    """A ticket a call took: its columns after the call and what it was before."""

    ticket: TicketRow
    previous_status: str
    line_name: str
    line_prefix: str
    logged: bool  # the claim statement wrote the call's event itself (PostgreSQL)


@dataclass(frozen=True, slots=True)
class IssueLine:
    """The line a ticket is issued for, with its hall's settings (``ISSUE_LINE``)."""

    id: int
    hall_id: int
    prefix: str
    name: str
    daily_limit: int | None
    first_number: int
    default_service_minutes: int
    active: bool
    hall_name: str
    timezone: str
    enforce_hours: bool
    max_wait_minutes: int  # the waiting bound (最长等候), 0: none

    @classmethod
    def of(cls, values: Mapping[Any, Any]) -> Self:
        return cls(**{f.name: values[f.name] for f in fields(cls)})


def ticket_info(
    t: TicketRow,
    line_name: str,
    line_prefix: str,
    window_number: int | None,
    item_ids: Sequence[int] = (),
) -> TicketInfo:
    """A :class:`TicketInfo` from a ticket's columns."""
    return record_from(
        TicketInfo,
        t,
        line_name=line_name,
        line_prefix=line_prefix,
        status=TicketStatus(t.status),
        priority=Priority(t.priority),
        window_number=window_number,
        item_ids=tuple(sorted(item_ids)),
    )

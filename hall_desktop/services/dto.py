"""Plain frozen dataclasses the services return (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from hall_desktop.domain.bundles import step_text
from hall_desktop.domain.estimates import WaitEstimate
from hall_desktop.domain.tickets import Priority, TicketStatus, WindowStatus

# Where a screen's live feed stands (opaque to screens), re-exported for the UI.
from hall_desktop.store.feed_position import FeedPosition as FeedPosition


@dataclass(frozen=True, slots=True)
class HallInfo:
    id: int
    code: str
    name: str
    timezone: str


@dataclass(frozen=True, slots=True)
class TicketInfo:
    id: int
    hall_id: int
    number: str
    line_id: int
    line_name: str
    line_prefix: str
    service_day: date
    status: TicketStatus
    priority: Priority
    priority_reason: str | None
    issued_at: datetime
    first_called_at: datetime | None
    last_called_at: datetime | None
    call_count: int
    started_at: datetime | None
    finished_at: datetime | None
    hold_due_at: datetime | None
    hold_reason: str | None
    window_id: int | None
    window_number: int | None
    clerk_id: int | None
    outcome: str | None
    transferred_from_id: int | None
    citizen_name: str | None
    citizen_phone: str | None
    item_ids: tuple[int, ...] = ()
    #: 一件事一次办: the step this ticket is of its run (1-based) and the run's steps.
    bundle_run_id: int | None = None
    bundle_step: int | None = None
    bundle_steps: int | None = None
    target_window_id: int | None = None  # waiting for one window only (转移, 一件事)

    @property
    def step_text(self) -> str | None:
        """ "第2步/共3步" for a bundle's ticket, None for any other."""
        return step_text(self.bundle_step, self.bundle_steps)


@dataclass(frozen=True, slots=True)
class IssuedTicket:
    """A new ticket and what its slip says."""

    ticket: TicketInfo
    hall_name: str
    ahead: int
    wait: WaitEstimate  # 预计等候 (hall_desktop.domain.estimates)
    bundle_name: str | None = None  # 一件事: the slip names it


@dataclass(frozen=True, slots=True)
class LineStatus:
    line_id: int
    prefix: str
    name: str
    waiting: int
    issued_today: int
    daily_limit: int | None
    wait: WaitEstimate  # 预计等候 of a number issued now
    average_service_seconds: float
    open_windows: int
    closed_reason: str | None  # None: tickets may be issued

    @property
    def is_open(self) -> bool:
        return self.closed_reason is None


@dataclass(frozen=True, slots=True)
class WindowState:
    window_id: int
    number: int
    name: str
    kind: str
    state: WindowStatus
    current_number: str | None
    current_ticket_id: int | None
    pause_reason: str | None
    clerk_id: int | None
    clerk_name: str | None
    clerk_staff_number: str | None
    line_ids: tuple[int, ...] = ()

    @property
    def state_label(self) -> str:
        return self.state.label


@dataclass(frozen=True, slots=True)
class CallRecord:
    event_id: int
    at: datetime
    number: str
    window_number: int
    kind: str  # called / recalled / called_back
    step_text: str | None = None  # 一件事: "第2步/共3步"


@dataclass(frozen=True, slots=True)
class EventRecord:
    id: int
    hall_id: int
    at: datetime
    kind: str
    actor_id: int | None
    ticket_id: int | None
    window_id: int | None
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ClerkDay:
    """A clerk's own figures of the service day."""

    served: int
    no_shows: int
    average_wait_seconds: float
    average_service_seconds: float

"""预计等候 from the database: what :func:`hall_desktop.domain.estimates.simulate`
plays forward, read in a few statements.

- **The hall's queue now**: every ticket of the day waiting, held or in a window's
  hand (one statement), the active windows with the lines they serve that day, their
  ranks, interleave run, pause and clerk (one statement).
- **Who will arrive ahead**: the day's bookings not checked in yet whose slot has not
  ended (an appointment number when they check in, at their slot's start), and the
  green channel's usual arrivals per line and hour (from the history below).
- **Service times** (:class:`ServiceProfile`): per line and hour of the day, the mean
  of called → finished (the time a window is held, the walk to it included) over the
  28 days before today, read once a day per hall and kept; blended with today's own
  finished tickets of the line as they come (``TODAY_WEIGHT``), so a slow day shows
  within the hour.

Windows with a clerk logged in serve; a paused one from the end of its usual pause.
When no staffed window serves a line, the active windows configured for it are taken
as staffed from now (the morning before clerks log in). A line no active window serves
has no estimate (:data:`~hall_desktop.domain.estimates.UNKNOWN`).
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Date, Integer, and_, bindparam, case, distinct, func, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from hall_desktop.domain.appointments import BookingState
from hall_desktop.domain.estimates import (
    SERVICE_CV,
    Pick,
    WaitEstimate,
    WindowPlan,
    free_at,
    simulate,
    wait_estimate,
)
from hall_desktop.domain.queue import QueueEntry
from hall_desktop.domain.tickets import Priority, TicketStatus
from hall_desktop.store.models import (
    Appointment,
    AppointmentSlot,
    BusinessLine,
    Hall,
    ServiceWindow,
    Ticket,
    UTCDateTime,
    WindowLine,
)

HISTORY_DAYS = 28
#: A history cell (line, hour) needs this many tickets to stand for itself.
MIN_SAMPLE = 3
#: Today's finished tickets weigh n / (n + TODAY_WEIGHT) against the history.
TODAY_WEIGHT = 5
#: A called → finished longer than this (a ticket left open) is not a service time.
LONGEST_SERVICE_S = 4 * 3600
#: Green-channel arrivals are expected this far ahead.
ARRIVALS_AHEAD = timedelta(hours=4)
PROFILE_TTL_S = 3600.0
#: Probes' ticket ids: above every real one. Expected arrivals have ids ≤ 0.
PROBE_BASE = 1 << 62

_P_HALL = bindparam("p_hall_id", type_=Integer)
_P_DAY = bindparam("p_day", type_=Date)
_P_FROM = bindparam("p_from", type_=Date)
_LIVE = [
    TicketStatus.WAITING.value,
    TicketStatus.HELD.value,
    TicketStatus.CALLED.value,
    TicketStatus.SERVING.value,
]

#: Every ticket of the day still ahead of a call or in a window's hand.
QUEUE_TICKETS = select(
    Ticket.id,
    Ticket.line_id,
    Ticket.priority,
    Ticket.status,
    Ticket.issued_at,
    Ticket.window_id,
    Ticket.target_window_id,
    Ticket.hold_due_at,
    Ticket.overdue_at,
    Ticket.last_called_at,
).where(Ticket.hall_id == _P_HALL, Ticket.service_day == _P_DAY, Ticket.status.in_(_LIVE))

#: The hall's active windows, one row per line served that day (with its settings).
QUEUE_WINDOWS = (
    select(
        ServiceWindow.id,
        ServiceWindow.paused,
        ServiceWindow.paused_at,
        ServiceWindow.clerk_id,
        ServiceWindow.priority_run,
        WindowLine.line_id,
        WindowLine.rank,
        func.coalesce(BusinessLine.priority_every, Hall.priority_every).label("every"),
    )
    .join(WindowLine, WindowLine.window_id == ServiceWindow.id)
    .join(BusinessLine, BusinessLine.id == WindowLine.line_id)
    .join(Hall, Hall.id == ServiceWindow.hall_id)
    .where(
        ServiceWindow.hall_id == _P_HALL,
        ServiceWindow.active.is_(True),
        BusinessLine.active.is_(True),
        WindowLine.serving_on(_P_DAY),
    )
)

#: Bookings of the day not checked in whose slot has not ended: they arrive ahead.
BOOKINGS_DUE = (
    select(Appointment.line_id, AppointmentSlot.starts_at)
    .join(AppointmentSlot, AppointmentSlot.id == Appointment.slot_id)
    .where(
        Appointment.hall_id == _P_HALL,
        Appointment.day == _P_DAY,
        Appointment.state == BookingState.BOOKED.value,
        AppointmentSlot.ends_at > bindparam("p_now", type_=UTCDateTime()),
    )
)

LINE_DEFAULTS = select(BusinessLine.id, BusinessLine.default_service_minutes).where(
    BusinessLine.hall_id == _P_HALL
)


def _held_seconds(postgresql: bool) -> Any:
    """called → finished in seconds, in the dialect's own arithmetic."""
    if postgresql:
        return func.extract("epoch", Ticket.finished_at - Ticket.first_called_at)
    return (func.julianday(Ticket.finished_at) - func.julianday(Ticket.first_called_at)) * 86400.0


def _utc_hour(postgresql: bool, column: Any) -> Any:
    if postgresql:
        return func.cast(func.extract("hour", func.timezone("UTC", column)), Integer)
    return func.cast(func.strftime("%H", column), Integer)


def _service_statement(postgresql: bool, *, by_hour: bool) -> Any:
    seconds = _held_seconds(postgresql)
    keys: list[Any] = [Ticket.line_id]
    if by_hour:
        keys.append(_utc_hour(postgresql, Ticket.first_called_at).label("hour"))
    day = Ticket.service_day >= _P_FROM if by_hour else Ticket.service_day == _P_DAY
    return (
        select(
            *keys,
            func.count().label("n"),
            func.sum(seconds).label("total"),
            func.sum(seconds * seconds).label("squares"),
        )
        .where(
            Ticket.hall_id == _P_HALL,
            day,
            Ticket.service_day < _P_DAY if by_hour else day,
            Ticket.status == TicketStatus.DONE.value,
            Ticket.first_called_at.is_not(None),
            Ticket.finished_at.is_not(None),
            seconds > 0,
            seconds < LONGEST_SERVICE_S,
        )
        .group_by(*keys)
    )


def _green_statement(postgresql: bool) -> Any:
    hour = _utc_hour(postgresql, Ticket.issued_at).label("hour")
    return (
        select(
            Ticket.line_id,
            hour,
            func.sum(case((Ticket.priority == int(Priority.GREEN), 1), else_=0)).label("green"),
        )
        .where(
            Ticket.hall_id == _P_HALL,
            Ticket.service_day >= _P_FROM,
            Ticket.service_day < _P_DAY,
        )
        .group_by(Ticket.line_id, hour)
    )


_HISTORY_DAYS_OPEN = select(func.count(distinct(Ticket.service_day))).where(
    and_(Ticket.hall_id == _P_HALL, Ticket.service_day >= _P_FROM, Ticket.service_day < _P_DAY)
)
_STATEMENTS = {
    pg: {
        "history": _service_statement(pg, by_hour=True),
        "today": _service_statement(pg, by_hour=False),
        "green": _green_statement(pg),
    }
    for pg in (True, False)
}


@dataclass(frozen=True, slots=True)
class Moments:
    """Count, sum and sum of squares of some service times (mergeable)."""

    n: int = 0
    total: float = 0.0
    squares: float = 0.0

    def __add__(self, other: Moments) -> Moments:
        return Moments(self.n + other.n, self.total + other.total, self.squares + other.squares)

    @property
    def mean(self) -> float:
        return self.total / self.n if self.n else 0.0

    @property
    def cv(self) -> float | None:
        if self.n < MIN_SAMPLE or self.mean <= 0:
            return None
        variance = max(self.squares / self.n - self.mean**2, 0.0)
        return math.sqrt(variance) / self.mean


@dataclass(frozen=True)
class History:
    """One hall's 28 days before ``day``: service times per (line, local hour), the
    green channel's arrivals per (line, local hour) and day."""

    day: date
    service: Mapping[tuple[int, int], Moments]
    green_per_day: Mapping[tuple[int, int], float]
    read_at: float = field(default_factory=time.monotonic)

    def line(self, line_id: int) -> Moments:
        total = Moments()
        for (line, _hour), moments in self.service.items():
            if line == line_id:
                total = total + moments
        return total


@dataclass(frozen=True)
class ServiceProfile:
    """Expected service seconds per line at a moment: the history's (line, hour)
    mean, else the line's over the day, else its 默认办理时长; blended with today's."""

    history: History
    today: Mapping[int, Moments]
    defaults: Mapping[int, float]  # line → default seconds
    zone: ZoneInfo
    _cache: dict[tuple[int, int], float] = field(default_factory=dict)

    def seconds(self, line_id: int, at: datetime) -> float:
        hour = at.astimezone(self.zone).hour
        key = (line_id, hour)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._seconds(line_id, hour)
        return found

    def _seconds(self, line_id: int, hour: int) -> float:
        cell = self.history.service.get((line_id, hour), Moments())
        whole = self.history.line(line_id)
        if cell.n >= MIN_SAMPLE:
            base = cell.mean
        elif whole.n >= MIN_SAMPLE:
            base = whole.mean
        else:
            base = self.defaults.get(line_id, 600.0)
        today = self.today.get(line_id, Moments())
        weight = today.n / (today.n + TODAY_WEIGHT)
        return weight * today.mean + (1 - weight) * base

    def cv(self, line_id: int) -> float:
        found = (self.history.line(line_id) + self.today.get(line_id, Moments())).cv
        return SERVICE_CV if found is None else min(max(found, 0.3), 1.5)


def _local_hour(utc_hour: int, zone: ZoneInfo, day: date) -> int:
    offset = datetime(day.year, day.month, day.day, 12, tzinfo=zone).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return ((utc_hour * 60 + minutes) // 60) % 24


async def read_history(
    conn: AsyncConnection | AsyncSession, postgresql: bool, hall_id: int, day: date, zone: ZoneInfo
) -> History:
    params = {"p_hall_id": hall_id, "p_day": day, "p_from": day - timedelta(days=HISTORY_DAYS)}
    statements = _STATEMENTS[postgresql]
    service: dict[tuple[int, int], Moments] = defaultdict(Moments)
    for line_id, hour, n, total, squares in await conn.execute(statements["history"], params):
        key = (line_id, _local_hour(int(hour), zone, day))
        service[key] = service[key] + Moments(int(n), float(total), float(squares))
    days = (await conn.execute(_HISTORY_DAYS_OPEN, params)).scalar_one() or 0
    green: dict[tuple[int, int], float] = defaultdict(float)
    if days:
        for line_id, hour, count in await conn.execute(statements["green"], params):
            if count:
                green[(line_id, _local_hour(int(hour), zone, day))] += float(count) / days
    return History(day, dict(service), dict(green))


@dataclass(frozen=True)
class QueueNow:
    """The hall's queue at ``now`` as :func:`simulate` takes it."""

    now: datetime
    entries: list[QueueEntry]
    windows: list[WindowPlan]
    profile: ServiceProfile
    #: Real tickets by id (the waiting and held ones), to ask about one of them.
    tickets: dict[int, QueueEntry]

    def serving(self, line_id: int) -> bool:
        return any(line_id in w.line_rank for w in self.windows)

    def estimate(self, probes: Sequence[QueueEntry]) -> dict[int, tuple[Pick, WaitEstimate]]:
        """Each probe's call and estimate; a real ticket as a probe leaves the queue
        first (it is asked about, not ahead of itself)."""
        asked = {p.ticket_id for p in probes}
        entries = [e for e in self.entries if e.ticket_id not in asked]
        picks = simulate(entries, self.windows, self.profile, self.now, probes)
        return {
            tid: (pick, wait_estimate(pick, self.now, self._cv(probe.line_id)))
            for probe in probes
            for tid, pick in ((probe.ticket_id, picks[probe.ticket_id]),)
        }

    def _cv(self, line_id: int) -> float:
        return self.profile.cv(line_id)


class Estimator:
    """Reads :class:`QueueNow` for a hall, keeping each hall's history for the day."""

    def __init__(self, postgresql: bool) -> None:
        self.postgresql = postgresql
        self._history: dict[int, History] = {}

    async def history(
        self, conn: AsyncConnection | AsyncSession, hall_id: int, day: date, zone: ZoneInfo
    ) -> History:
        kept = self._history.get(hall_id)
        if kept is None or kept.day != day or time.monotonic() - kept.read_at > PROFILE_TTL_S:
            kept = self._history[hall_id] = await read_history(
                conn, self.postgresql, hall_id, day, zone
            )
        return kept

    async def queue_now(
        self,
        conn: AsyncConnection | AsyncSession,
        hall_id: int,
        day: date,
        now: datetime,
        zone: ZoneInfo,
    ) -> QueueNow:
        params = {"p_hall_id": hall_id, "p_day": day}
        history = await self.history(conn, hall_id, day, zone)
        today = {
            line_id: Moments(int(n), float(total), float(squares))
            for line_id, n, total, squares in await conn.execute(
                _STATEMENTS[self.postgresql]["today"], params
            )
        }
        defaults = {
            line_id: float(minutes) * 60
            for line_id, minutes in await conn.execute(LINE_DEFAULTS, params)
        }
        profile = ServiceProfile(history, today, defaults, zone)
        rows = list(await conn.execute(QUEUE_TICKETS, params))
        window_rows = list(await conn.execute(QUEUE_WINDOWS, params))
        bookings = list(await conn.execute(BOOKINGS_DUE, {**params, "p_now": now}))
        in_hand = {
            r.window_id: r
            for r in rows
            if r.status in (TicketStatus.CALLED.value, TicketStatus.SERVING.value)
        }
        entries: dict[int, QueueEntry] = {}
        for r in rows:
            if r.status == TicketStatus.WAITING.value:
                entries[r.id] = QueueEntry(
                    r.id,
                    r.line_id,
                    r.priority,
                    r.issued_at,
                    target_window_id=r.target_window_id,
                    overdue_at=r.overdue_at,
                )
            elif r.status == TicketStatus.HELD.value and r.window_id is not None:
                entries[r.id] = QueueEntry(
                    r.id,
                    r.line_id,
                    r.priority,
                    r.issued_at,
                    held_due_at=r.hold_due_at or now,
                    target_window_id=r.window_id,
                )
        windows = _windows(window_rows, in_hand, profile, now)
        arrivals = list(_arrivals(bookings, history, zone, now))
        return QueueNow(now, [*entries.values(), *arrivals], windows, profile, entries)


def _windows(
    rows: Iterable[Any], in_hand: Mapping[int, Any], profile: ServiceProfile, now: datetime
) -> list[WindowPlan]:
    """The windows that serve: those with a clerk; for a line none of them serves, the
    active windows configured for it, free from now."""
    by_window: dict[int, list[Any]] = defaultdict(list)
    for r in rows:
        by_window[r.id].append(r)
    staffed_lines = {r.line_id for r in rows if r.clerk_id is not None}
    plans = []
    for window_id, lines in sorted(by_window.items()):
        first = lines[0]
        if first.clerk_id is not None:
            served = lines
        else:
            served = [r for r in lines if r.line_id not in staffed_lines]
            if not served:
                continue
        hand = in_hand.get(window_id)
        at = free_at(
            now,
            in_hand_since=(hand.last_called_at or now) if hand is not None else None,
            in_hand_seconds=profile.seconds(hand.line_id, now) if hand is not None else 0.0,
            paused_since=(first.paused_at or now) if first.paused else None,
        )
        plans.append(
            WindowPlan(
                window_id,
                {r.line_id: r.rank for r in served},
                at,
                first.priority_run if first.clerk_id is not None else 0,
                {r.line_id: int(r.every or 0) for r in served},
            )
        )
    return plans


def _arrivals(
    bookings: Iterable[Any], history: History, zone: ZoneInfo, now: datetime
) -> Iterable[QueueEntry]:
    """Tickets expected to arrive ahead (ids ≤ 0): a booking's appointment number at
    its slot's start (at once when the slot has begun), and the green channel's usual
    arrivals, one each time the expected count of a line passes a half."""
    next_id = 0
    for line_id, starts_at in bookings:
        yield QueueEntry(next_id, line_id, int(Priority.APPOINTMENT), max(starts_at, now))
        next_id -= 1
    by_line: dict[int, dict[int, float]] = defaultdict(dict)
    for (line_id, hour), rate in history.green_per_day.items():
        by_line[line_id][hour] = rate
    for line_id, rates in by_line.items():
        expected = 0.0
        at = now
        end = now + ARRIVALS_AHEAD
        step = timedelta(minutes=5)
        due = 0.5
        while at < end:
            rate = rates.get(at.astimezone(zone).hour, 0.0)  # per hour
            expected += rate * step.total_seconds() / 3600
            at += step
            while expected >= due:
                yield QueueEntry(next_id, line_id, int(Priority.GREEN), at)
                next_id -= 1
                due += 1.0


def probe_for(
    line_id: int, priority: Priority, issued_at: datetime, overdue_at: datetime | None, k: int = 0
) -> QueueEntry:
    """A ticket asked about that is not in the database yet (a new number)."""
    return QueueEntry(PROBE_BASE + k, line_id, int(priority), issued_at, overdue_at=overdue_at)

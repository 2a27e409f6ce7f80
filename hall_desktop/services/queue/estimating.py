"""预计等候 from the database: what :func:`hall_desktop.domain.estimates.simulate`
plays forward, read in a few statements.

- **The hall's queue now**: every ticket of the day waiting, held or in a window's
  hand (one statement), the active windows with the lines they serve that day, their
  ranks, interleave run, pause and clerk (one statement).
- **Who will arrive ahead**: the day's bookings not checked in yet whose slot has not
  ended (an appointment number when they check in, at their slot's start), and the
  usual walk-ins of every line per half-hour (from the history below, scaled by how
  busy today is so far), green-channel ones apart.
- **Service times** (:class:`ServiceProfile`): per line and hour of the day, the mean
  of last called → finished (the time a window is held, the walk to it included; a
  held ticket's hold is not window time) over the 28 days before today, read once a
  day per hall and kept; times today's pace, today's finished tickets of the line
  against what the history expected of them (weighed by ``TODAY_WEIGHT``), so a slow
  day shows within the hour.
- **The hall's breaks** that day (before opening, 午休), from its opening hours.

Windows with a clerk logged in serve; a paused one from the end of its usual pause.
When no staffed window serves a line, the active windows configured for it are taken
as staffed from now (the morning before clerks log in). A line no active window serves
has no estimate (:data:`~hall_desktop.domain.estimates.UNKNOWN`).
"""

from __future__ import annotations

import logging
import math
import time as _time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Date,
    Integer,
    String,
    and_,
    bindparam,
    case,
    distinct,
    func,
    select,
    type_coerce,
)
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from hall_desktop.domain.appointments import BookingState
from hall_desktop.domain.estimates import (
    SERVICE_CV,
    UNKNOWN,
    Pick,
    WaitEstimate,
    WindowPlan,
    free_at,
    simulate,
    wait_estimate,
)
from hall_desktop.domain.hours import DayHours
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
TODAY_WEIGHT = 10
#: A called → finished longer than this (a ticket left open) is not a service time.
LONGEST_SERVICE_S = 4 * 3600
#: Green-channel arrivals are expected this far ahead.
ARRIVALS_AHEAD = timedelta(hours=4)
PROFILE_TTL_S = 3600.0
#: Probes' ticket ids: above every real one. Expected arrivals have ids ≤ 0.
PROBE_BASE = 1 << 62
log = logging.getLogger(__name__)

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
_MOMENTS = ("issued_at", "hold_due_at", "overdue_at", "last_called_at")


def _queue_tickets(postgresql: bool) -> Any:
    """Every ticket of the day still ahead of a call or in a window's hand. On SQLite
    the moments come as their stored text (:func:`_moment` reads them): the generic
    date-time processing took most of the time of a queue of hundreds."""

    def moment(name: str) -> Any:
        column = getattr(Ticket, name)
        return column if postgresql else type_coerce(column, String).label(name)

    return select(
        Ticket.id,
        Ticket.line_id,
        Ticket.priority,
        Ticket.status,
        Ticket.window_id,
        Ticket.target_window_id,
        *(moment(name) for name in _MOMENTS),
    ).where(Ticket.hall_id == _P_HALL, Ticket.service_day == _P_DAY, Ticket.status.in_(_LIVE))


def _moment(value: datetime | str | None) -> datetime | None:
    """A UTC moment read by :func:`_queue_tickets`: as given, or SQLite's stored text."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


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
    """last called → finished in seconds, in the dialect's own arithmetic: the time the
    window spent on the ticket's service (a held ticket's hold is not window time)."""
    if postgresql:
        return func.extract("epoch", Ticket.finished_at - Ticket.last_called_at)
    return (func.julianday(Ticket.finished_at) - func.julianday(Ticket.last_called_at)) * 86400.0


def _utc_hour(postgresql: bool, column: Any) -> Any:
    if postgresql:
        return func.cast(func.extract("hour", func.timezone("UTC", column)), Integer)
    return func.cast(func.strftime("%H", column), Integer)


def _service_statement(postgresql: bool, *, today: bool) -> Any:
    """Service-time moments per (line, UTC hour of the call): of ``p_day`` itself
    (``today``), or of the days from ``p_from`` up to it."""
    seconds = _held_seconds(postgresql)
    hour = _utc_hour(postgresql, Ticket.last_called_at).label("hour")
    days = (
        (Ticket.service_day == _P_DAY,)
        if today
        else (Ticket.service_day >= _P_FROM, Ticket.service_day < _P_DAY)
    )
    return (
        select(
            Ticket.line_id,
            hour,
            func.count().label("n"),
            func.sum(seconds).label("total"),
            func.sum(seconds * seconds).label("squares"),
        )
        .where(
            Ticket.hall_id == _P_HALL,
            *days,
            Ticket.status == TicketStatus.DONE.value,
            Ticket.last_called_at.is_not(None),
            Ticket.finished_at.is_not(None),
            seconds > 0,
            seconds < LONGEST_SERVICE_S,
        )
        .group_by(Ticket.line_id, hour)
    )


def _utc_half_hour(postgresql: bool, column: Any) -> Any:
    """The UTC half-hour of a moment: 0 for 00:00–00:29, … 47 for 23:30–23:59."""
    if postgresql:
        minute = func.cast(func.extract("minute", func.timezone("UTC", column)), Integer)
    else:
        minute = func.cast(func.strftime("%M", column), Integer)
    return _utc_hour(postgresql, column) * 2 + case((minute >= 30, 1), else_=0)


def _arrivals_statement(postgresql: bool) -> Any:
    """Tickets issued per (line, UTC half-hour) over the history, and of them green."""
    half = _utc_half_hour(postgresql, Ticket.issued_at).label("half")
    return (
        select(
            Ticket.line_id,
            half,
            func.count().label("issued"),
            func.sum(case((Ticket.priority == int(Priority.GREEN), 1), else_=0)).label("green"),
        )
        .where(
            Ticket.hall_id == _P_HALL,
            Ticket.service_day >= _P_FROM,
            Ticket.service_day < _P_DAY,
        )
        .group_by(Ticket.line_id, half)
    )


#: Today's tickets per line so far: how busy today is against the history.
ISSUED_TODAY = (
    select(Ticket.line_id, func.count())
    .where(Ticket.hall_id == _P_HALL, Ticket.service_day == _P_DAY)
    .group_by(Ticket.line_id)
)
_HISTORY_DAYS_OPEN = select(func.count(distinct(Ticket.service_day))).where(
    and_(Ticket.hall_id == _P_HALL, Ticket.service_day >= _P_FROM, Ticket.service_day < _P_DAY)
)
_STATEMENTS = {
    pg: {
        "history": _service_statement(pg, today=False),
        "today": _service_statement(pg, today=True),
        "arrivals": _arrivals_statement(pg),
        "queue": _queue_tickets(pg),
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


def _of_line(cells: Mapping[tuple[int, int], Moments], line_id: int) -> Moments:
    """The moments of one line's (line, hour) cells added up."""
    total = Moments()
    for (line, _hour), moments in cells.items():
        if line == line_id:
            total = total + moments
    return total


@dataclass(frozen=True)
class History:
    """One hall's 28 days before ``day``: service times per (line, local hour), the
    arrivals per (line, local half-hour) and day: all, and green-channel ones."""

    day: date
    service: Mapping[tuple[int, int], Moments]
    #: (line, local half-hour 0–47) → (tickets, green-channel ones) per day on average.
    arrivals: Mapping[tuple[int, int], tuple[float, float]]
    read_at: float = field(default_factory=_time.monotonic)

    def line(self, line_id: int) -> Moments:
        return _of_line(self.service, line_id)


@dataclass(frozen=True)
class ServiceProfile:
    """Expected service seconds per line at a moment: the history's mean for the
    line and hour (else the line's over the day, else its 默认办理时长), times today's
    pace: today's finished tickets of the line against what the history expected of
    them at their hours, weighed n / (n + :data:`TODAY_WEIGHT`) against 1."""

    history: History
    today: Mapping[tuple[int, int], Moments]  # (line, local hour) → today's services
    defaults: Mapping[int, float]  # line → default seconds
    zone: ZoneInfo
    _cache: dict[tuple[int, int], float] = field(default_factory=dict)
    _pace: dict[int, float] = field(default_factory=dict)

    def seconds(self, line_id: int, at: datetime) -> float:
        hour = at.astimezone(self.zone).hour
        key = (line_id, hour)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self.base(line_id, hour) * self.pace(line_id)
        return found

    def base(self, line_id: int, hour: int) -> float:
        """The history's expected service seconds of the line at the hour."""
        cell = self.history.service.get((line_id, hour), Moments())
        if cell.n >= MIN_SAMPLE:
            return cell.mean
        whole = self.history.line(line_id)
        if whole.n >= MIN_SAMPLE:
            return whole.mean
        return self.defaults.get(line_id, 600.0)

    def pace(self, line_id: int) -> float:
        """Today's services of the line ÷ what the history expected of them, blended."""
        found = self._pace.get(line_id)
        if found is None:
            n, took, expected = 0, 0.0, 0.0
            for (line, hour), moments in self.today.items():
                if line == line_id:
                    n += moments.n
                    took += moments.total
                    expected += moments.n * self.base(line_id, hour)
            ratio = took / expected if expected > 0 else 1.0
            weight = n / (n + TODAY_WEIGHT)
            found = self._pace[line_id] = weight * ratio + (1 - weight)
        return found

    def cv(self, line_id: int) -> float:
        found = (self.history.line(line_id) + _of_line(self.today, line_id)).cv
        return SERVICE_CV if found is None else min(max(found, 0.3), 1.5)


def _local_slot(utc_slot: int, slot_minutes: int, zone: ZoneInfo, day: date) -> int:
    """A UTC hour (``slot_minutes`` 60) or half-hour (30) of ``day`` as the hall's own."""
    offset = datetime(day.year, day.month, day.day, 12, tzinfo=zone).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return ((utc_slot * slot_minutes + minutes) // slot_minutes) % (24 * 60 // slot_minutes)


def _local_half_hour(utc_half: int, zone: ZoneInfo, day: date) -> int:
    return _local_slot(utc_half, 30, zone, day)


def _half_of(local: datetime) -> int:
    return local.hour * 2 + (1 if local.minute >= 30 else 0)


def _local_hour(utc_hour: int, zone: ZoneInfo, day: date) -> int:
    return _local_slot(utc_hour, 60, zone, day)


async def _moments(
    conn: AsyncConnection | AsyncSession,
    statement: Any,
    params: Mapping[str, Any],
    zone: ZoneInfo,
    day: date,
) -> dict[tuple[int, int], Moments]:
    """Service-time moments per (line, local hour)."""
    found: dict[tuple[int, int], Moments] = defaultdict(Moments)
    for line_id, hour, n, total, squares in await conn.execute(statement, params):
        key = (line_id, _local_hour(int(hour), zone, day))
        found[key] = found[key] + Moments(int(n), float(total), float(squares))
    return dict(found)


async def read_history(
    conn: AsyncConnection | AsyncSession, postgresql: bool, hall_id: int, day: date, zone: ZoneInfo
) -> History:
    params = {"p_hall_id": hall_id, "p_day": day, "p_from": day - timedelta(days=HISTORY_DAYS)}
    statements = _STATEMENTS[postgresql]
    service = await _moments(conn, statements["history"], params, zone, day)
    days = (await conn.execute(_HISTORY_DAYS_OPEN, params)).scalar_one() or 0
    arrivals: dict[tuple[int, int], tuple[float, float]] = {}
    if days:
        for line_id, half, issued, green in await conn.execute(statements["arrivals"], params):
            key = (line_id, _local_half_hour(int(half), zone, day))
            before = arrivals.get(key, (0.0, 0.0))
            arrivals[key] = (before[0] + issued / days, before[1] + float(green or 0) / days)
    return History(day, service, arrivals)


@dataclass(frozen=True, slots=True)
class _Live:
    """One row of :func:`_queue_tickets`, its moments read."""

    id: int
    line_id: int
    priority: int
    status: str
    window_id: int | None
    target_window_id: int | None
    issued_at: datetime
    hold_due_at: datetime | None
    overdue_at: datetime | None
    last_called_at: datetime | None


@dataclass(frozen=True)
class QueueNow:
    """The hall's queue at ``now`` as :func:`simulate` takes it."""

    now: datetime
    entries: list[QueueEntry]
    windows: list[WindowPlan]
    profile: ServiceProfile
    #: Real tickets by id (the waiting and held ones), to ask about one of them.
    tickets: dict[int, QueueEntry]
    #: The hall's closed spans of the day (before opening, the lunch break).
    breaks: tuple[tuple[datetime, datetime], ...] = ()
    #: Waiting tickets per line, and active windows not paused serving each line that
    #: day (staffed or not): what the screens show beside the estimate.
    waiting: Mapping[int, int] = field(default_factory=dict)
    open_windows: Mapping[int, int] = field(default_factory=dict)

    def serving(self, line_id: int) -> bool:
        return any(line_id in w.line_rank for w in self.windows)

    def estimate(self, probes: Sequence[QueueEntry]) -> dict[int, tuple[Pick, WaitEstimate]]:
        """Each probe's call and estimate; a real ticket as a probe leaves the queue
        first (it is asked about, not ahead of itself)."""
        asked = {p.ticket_id for p in probes}
        entries = [e for e in self.entries if e.ticket_id not in asked]
        try:
            picks = simulate(
                entries, self.windows, self.profile, self.now, probes, breaks=self.breaks
            )
            return {
                probe.ticket_id: (
                    picks[probe.ticket_id],
                    wait_estimate(picks[probe.ticket_id], self.now, self._cv(probe.line_id)),
                )
                for probe in probes
            }
        except Exception:  # an estimate is never worth a number not issued
            log.exception("wait estimate failed; the numbers are issued without one")
            return {p.ticket_id: (self._ahead_only(p, entries), UNKNOWN) for p in probes}

    def _ahead_only(self, probe: QueueEntry, entries: Sequence[QueueEntry]) -> Pick:
        """No estimate, only the waiting tickets of the probe's line in front of it by
        class and issue time (the queue's order without its finer terms)."""

        def place(e: QueueEntry) -> tuple[int, datetime, int]:
            return (-e.priority, e.issued_at, e.ticket_id)

        ahead = sum(
            1
            for e in entries
            if e.ticket_id > 0 and e.line_id == probe.line_id and place(e) < place(probe)
        )
        return Pick(at=None, same_line_before=ahead, calls_before=0, windows=0)

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
        if kept is None or kept.day != day or _time.monotonic() - kept.read_at > PROFILE_TTL_S:
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
        hours: DayHours | None = None,
        defaults: Mapping[int, float] | None = None,
    ) -> QueueNow:
        """The queue at ``now``; ``hours``: the hall's opening hours that day (its
        breaks: no window calls before opening or in the lunch break); ``defaults``:
        each line's 默认办理时长 in seconds when the caller has read the lines."""
        params = {"p_hall_id": hall_id, "p_day": day}
        history = await self.history(conn, hall_id, day, zone)
        today = await _moments(conn, _STATEMENTS[self.postgresql]["today"], params, zone, day)
        if defaults is None:
            defaults = {
                line_id: float(minutes) * 60
                for line_id, minutes in await conn.execute(LINE_DEFAULTS, params)
            }
        profile = ServiceProfile(history, today, defaults, zone)
        rows = [
            _Live(
                tid,
                line,
                priority,
                status,
                window,
                target,
                _moment(issued) or now,
                _moment(due),
                _moment(overdue),
                _moment(called),
            )
            for tid, line, priority, status, window, target, issued, due, overdue, called in (
                await conn.execute(_STATEMENTS[self.postgresql]["queue"], params)
            )
        ]
        window_rows = list(await conn.execute(QUEUE_WINDOWS, params))
        bookings = list(await conn.execute(BOOKINGS_DUE, {**params, "p_now": now}))
        in_hand = {
            r.window_id: r
            for r in rows
            if r.window_id is not None
            and r.status in (TicketStatus.CALLED.value, TicketStatus.SERVING.value)
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
        issued = dict((await conn.execute(ISSUED_TODAY, params)).all())
        arrivals = list(_arrivals(bookings, history, issued, zone, now))
        waiting: dict[int, int] = defaultdict(int)
        for r in rows:
            if r.status == TicketStatus.WAITING.value:
                waiting[r.line_id] += 1
        open_windows: dict[int, int] = defaultdict(int)
        for w in window_rows:  # one row per window and line
            if not w.paused:
                open_windows[w.line_id] += 1
        return QueueNow(
            now,
            [*entries.values(), *arrivals],
            windows,
            profile,
            entries,
            breaks_of(hours, day, zone),
            dict(waiting),
            dict(open_windows),
        )


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
    bookings: Iterable[Any],
    history: History,
    issued_today: Mapping[int, int],
    zone: ZoneInfo,
    now: datetime,
) -> Iterable[QueueEntry]:
    """Tickets expected to arrive (ids ≤ 0) over :data:`ARRIVALS_AHEAD`.

    A booking's appointment number comes at its slot's start (at once when the slot
    has begun). Every line's usual walk-ins come at the history's rate for each hour,
    scaled by how busy today is (:func:`today_factor`), green-channel and ordinary
    ones apart, one each time the expected count passes a half. A walk-in of the
    ticket's own line comes after it in the call order, but one of a line that a
    shared window ranks higher, or a green one, is called before it.
    """
    next_id = 0
    for line_id, starts_at in bookings:
        yield QueueEntry(next_id, line_id, int(Priority.APPOINTMENT), max(starts_at, now))
        next_id -= 1
    by_line: dict[int, dict[int, tuple[float, float]]] = defaultdict(dict)
    for (line_id, hour), pair in history.arrivals.items():
        by_line[line_id][hour] = pair
    step = timedelta(minutes=5)
    per_step = step.total_seconds() / 3600
    for line_id, rates in by_line.items():
        factor = today_factor(rates, issued_today.get(line_id, 0), zone, now)
        expected = {Priority.GREEN: 0.0, Priority.NORMAL: 0.0}
        due = {Priority.GREEN: 0.5, Priority.NORMAL: 0.5}
        at = now
        end = now + ARRIVALS_AHEAD
        while at < end:
            # a half-hour's count over half an hour: twice it per hour
            issued, green = rates.get(_half_of(at.astimezone(zone)), (0.0, 0.0))
            expected[Priority.GREEN] += 2 * green * factor * per_step
            expected[Priority.NORMAL] += 2 * (issued - green) * factor * per_step
            at += step
            for priority in (Priority.GREEN, Priority.NORMAL):
                while expected[priority] >= due[priority]:
                    yield QueueEntry(next_id, line_id, int(priority), at)
                    next_id -= 1
                    due[priority] += 1.0


#: Today's busyness is trusted after this many tickets' worth of evidence.
TODAY_ARRIVALS_WEIGHT = 3.0


def today_factor(
    rates: Mapping[int, tuple[float, float]], issued: int, zone: ZoneInfo, now: datetime
) -> float:
    """Today's tickets of a line so far ÷ what the history expected by now (smoothed
    by :data:`TODAY_ARRIVALS_WEIGHT`, kept within ½ and 2)."""
    local = now.astimezone(zone)
    half = _half_of(local)
    expected = sum(rates.get(h, (0.0, 0.0))[0] for h in range(half))
    expected += rates.get(half, (0.0, 0.0))[0] * (local.minute % 30) / 30
    k = TODAY_ARRIVALS_WEIGHT
    return min(max((issued + k) / (expected + k), 0.5), 2.0)


def breaks_of(
    hours: DayHours | None, day: date, zone: ZoneInfo
) -> tuple[tuple[datetime, datetime], ...]:
    """The closed spans of ``day`` before its last closing: before opening and between
    open spans (午休). After closing windows go on serving who took a number (延时服务).
    A closed day (no hours) has none: whoever has a number is served."""
    if hours is None:
        return ()
    spans = hours.intervals()
    if not spans:
        return ()
    midnight = datetime.combine(day, time(0), zone)
    edges = [midnight]
    for opens, closes in spans:
        edges += [datetime.combine(day, opens, zone), datetime.combine(day, closes, zone)]
    return tuple(
        (edges[k].astimezone(UTC), edges[k + 1].astimezone(UTC))
        for k in range(0, len(edges) - 2, 2)
        if edges[k] < edges[k + 1]
    )


def probe_for(
    line_id: int, priority: Priority, issued_at: datetime, overdue_at: datetime | None, k: int = 0
) -> QueueEntry:
    """A ticket asked about that is not in the database yet (a new number)."""
    return QueueEntry(PROBE_BASE + k, line_id, int(priority), issued_at, overdue_at=overdue_at)

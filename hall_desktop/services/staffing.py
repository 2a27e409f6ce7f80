"""排班建议: how many windows each line needs per half-hour of a day, from the hall's own
history, and how many it had (or has configured).

:meth:`StaffingService.plan` reads, for the chosen ``day``:

- **the history**: the same weekday in the 8 weeks before ``day`` (``day`` − 7, − 14,
  … − 56), leaving out days the hall's calendar closes and days with no ticket at all
  (the program was not in use yet, or the hall did not open). Per line and half-hour of
  ``day``'s opening hours: the tickets that arrived, averaged over those days. Every
  ticket of the line counts, a number carried here from another line (a transfer, a
  一件事's next step) at the moment it was carried: each holds one of the line's
  windows. A ticket taken before opening (or in the lunch break) arrives at the next
  half-hour the hall is open; one taken after closing is not counted.
- **the service time** per line: the mean of called → finished (the time a window is
  held, the walk to it included) of the line's finished tickets of those days; the
  line's own 默认办理时长 when none finished.
- **the priority share** per line: the share of its tickets with a priority (绿色通道,
  appointments, transfers), which are called before ordinary ones.
- **the windows needed** per line and half-hour: the fewest that keep the hall's
  promise (``promise_percent`` % called within ``promise_minutes``) in an Erlang C
  queue of the line alone (:func:`~hall_desktop.domain.staffing.windows_needed`, with
  the priority share).
- **the windows staffed**: for a past day or today, the windows that had a ticket of
  the line in hand (called, serving) at some moment of the half-hour, from the day's
  tickets; for a day after today, and for today's half-hours not begun yet, the
  windows configured for the line that day (active windows, their own lines and that
  day's 综窗 help).

A window that serves several lines is counted once **for each line** it served (or is
configured for): the lines' needs are each counted as if the line were alone, so the
hall's totals add them up the same way and a shared window appears in several lines'
columns. A window open but idle in a half-hour (no ticket in hand) is not counted as
staffed on a past day: the tickets are what the history keeps of it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import distinct, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.errors import NotFound, ValidationError
from hall_desktop.domain.hours import HallSchedule, service_day
from hall_desktop.domain.staffing import (
    PROMISE_MINUTES,
    PROMISE_PERCENT,
    SLOT_SECONDS,
    windows_needed,
)
from hall_desktop.domain.tickets import TicketStatus
from hall_desktop.services.actor import MANAGERS, Actor, recheck
from hall_desktop.services.schedule import load_schedule
from hall_desktop.store.database import Database
from hall_desktop.store.models import BusinessLine, Hall, ServiceWindow, Ticket, WindowLine

__all__ = [
    "HISTORY_WEEKS",
    "MAX_WINDOWS",
    "LinePlan",
    "LineSlot",
    "Promise",
    "StaffedFrom",
    "StaffingPlan",
    "StaffingService",
]

#: How far back the history goes: the same weekday of this many weeks.
HISTORY_WEEKS = 8
#: The most windows a line is planned with; a need beyond it is shown as not reachable.
MAX_WINDOWS = 200
_SLOT = timedelta(seconds=SLOT_SECONDS)
_ACTIVE = (TicketStatus.CALLED.value, TicketStatus.SERVING.value)


@dataclass(frozen=True, slots=True)
class Promise:
    """等候承诺: ``percent`` % of citizens called within ``minutes`` minutes."""

    percent: int
    minutes: int

    def __post_init__(self) -> None:
        low, high = PROMISE_PERCENT
        if not low <= self.percent <= high:
            raise ValidationError("promise_percent", f"等候承诺比例应为 {low} 到 {high} 之间的整数")
        low, high = PROMISE_MINUTES
        if not low <= self.minutes <= high:
            raise ValidationError(
                "promise_minutes", f"等候承诺时间应为 {low} 到 {high} 分钟之间的整数"
            )

    @property
    def label(self) -> str:
        return f"{self.percent}% 的办事群众 {self.minutes} 分钟内叫号"


class StaffedFrom(StrEnum):
    """Where the staffed windows come from."""

    TICKETS = "tickets"  # a past day or today: the windows that served the line
    CONFIGURED = "configured"  # a day to come: the windows set up for the line


@dataclass(frozen=True, slots=True)
class LineSlot:
    """One line in one half-hour: ``arrivals`` (mean tickets of the history days),
    ``needed`` windows (None: more than :data:`MAX_WINDOWS`), ``staffed`` windows."""

    arrivals: float
    needed: int | None
    staffed: int

    @property
    def short(self) -> bool:
        """Fewer windows than the promise needs."""
        return self.needed is None or self.staffed < self.needed


@dataclass(frozen=True, slots=True)
class LinePlan:
    """A line's plan: ``slots`` in the order of :attr:`StaffingPlan.slot_starts`."""

    line_id: int
    prefix: str
    name: str
    mean_service_seconds: float
    services_measured: int  # finished tickets behind the mean (0: the line's default)
    priority_share: float
    slots: tuple[LineSlot, ...]

    @property
    def label(self) -> str:
        return f"{self.prefix} {self.name}"


@dataclass(frozen=True, slots=True)
class StaffingPlan:
    """排班建议 for ``day``: each line's half-hours, from ``history_days``.

    ``slot_starts``: the hall's wall-clock start of each half-hour it is open on
    ``day`` (none: the hall is closed that day).
    """

    hall_name: str
    day: date
    promise: Promise
    history_days: tuple[date, ...]
    staffed_from: StaffedFrom
    slot_starts: tuple[time, ...]
    lines: tuple[LinePlan, ...]
    #: The first half-hour whose staffed windows are the configured ones: 0 for a day
    #: to come, the first not yet begun today, none (``len(slot_starts)``) for a past day.
    configured_from: int = 0

    @property
    def open(self) -> bool:
        return bool(self.slot_starts)

    def needed_total(self, slot: int) -> int | None:
        """The hall's windows needed in a half-hour: the lines' needs added up (None
        when a line's cannot be met)."""
        needs = [line.slots[slot].needed for line in self.lines]
        return None if None in needs else sum(n or 0 for n in needs)

    def staffed_total(self, slot: int) -> int:
        """The lines' staffed windows added up (a shared window once per line)."""
        return sum(line.slots[slot].staffed for line in self.lines)

    def line(self, line_id: int) -> LinePlan:
        return next(line for line in self.lines if line.line_id == line_id)


class StaffingService:
    """排班建议 from the hall's history, for supervisors and administrators."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def plan(self, actor: Actor, day: date, promise: Promise | None = None) -> StaffingPlan:
        """The plan for ``day`` (the hall's date) to keep ``promise`` (None: the
        hall's own 等候承诺 setting)."""
        async with self.db.read() as session:
            fresh = await recheck(session, actor, *MANAGERS, action="查看排班建议")
            hall = await session.get(Hall, fresh.hall_id)
            if hall is None:
                raise NotFound(f"找不到编号为 {fresh.hall_id} 的大厅")
            if promise is None:
                promise = Promise(hall.promise_percent, hall.promise_minutes)
            zone = ZoneInfo(hall.timezone)
            now = await self.db.now(session)
            today = service_day(now, zone)
            schedule = await load_schedule(session, hall.id)
            slots = _slot_starts(schedule, day)
            lines = await _lines(session, hall.id)
            history = await _history(session, hall.id, schedule, day)
            days = tuple(sorted({d for d, *_ in history}))
            future = day > today
            begun = [datetime.combine(day, start, tzinfo=zone) <= now for start in slots]
            configured_from = 0 if future else sum(begun) if day == today else len(slots)
            served = {} if future else await _served(session, hall.id, day, zone, slots, now)
            configured = (
                await _configured(session, hall.id, day) if configured_from < len(slots) else {}
            )
            staffed = {
                line_id: [
                    served.get(line_id, [0] * len(slots))[i]
                    if i < configured_from
                    else configured.get(line_id, 0)
                    for i in range(len(slots))
                ]
                for line_id, *_ in lines
            }
        within = promise.minutes * 60
        target = promise.percent / 100
        plans = []
        for line_id, prefix, name, default_minutes in lines:
            rows = [row for row in history if row[1] == line_id]
            arrivals = _arrivals(rows, slots, zone, len(days))
            services = [
                (finished - called).total_seconds()
                for _, _, _, _, called, finished in rows
                if called is not None and finished is not None and finished >= called
            ]
            mean = sum(services) / len(services) if services else default_minutes * 60.0
            mean = max(mean, 1.0)
            share = sum(1 for row in rows if row[3]) / len(rows) if rows else 0.0
            own = staffed.get(line_id, [0] * len(slots))
            plans.append(
                LinePlan(
                    line_id=line_id,
                    prefix=prefix,
                    name=name,
                    mean_service_seconds=mean,
                    services_measured=len(services),
                    priority_share=share,
                    slots=tuple(
                        LineSlot(
                            arrivals=n,
                            needed=windows_needed(
                                n / SLOT_SECONDS,
                                mean,
                                within,
                                target,
                                MAX_WINDOWS,
                                priority_share=share,
                            ),
                            staffed=own[i],
                        )
                        for i, n in enumerate(arrivals)
                    ),
                )
            )
        return StaffingPlan(
            hall_name=hall.name,
            day=day,
            promise=promise,
            history_days=days,
            staffed_from=StaffedFrom.CONFIGURED if future else StaffedFrom.TICKETS,
            slot_starts=tuple(slots),
            lines=tuple(plans),
            configured_from=configured_from,
        )


# -- the half-hours --------------------------------------------------------------------------


def _slot_starts(schedule: HallSchedule, day: date) -> list[time]:
    """The half-hours (on the :00/:30 grid) that overlap the hall's open hours of ``day``."""
    hours = schedule.hours_on(day)
    if hours is None:
        return []
    starts: list[time] = []
    for opens, closes in hours.intervals():
        t = datetime.combine(day, opens.replace(minute=opens.minute // 30 * 30, second=0))
        end = datetime.combine(day, closes)
        while t < end:
            if not starts or starts[-1] < t.time():
                starts.append(t.time())
            t += _SLOT
    return starts


def _slot_of(local: datetime, slots: Sequence[time]) -> int | None:
    """The half-hour a wall-clock moment belongs to: its own, else the next one the hall
    is open (before opening, in the lunch break); None after the last."""
    key = local.time().replace(minute=local.minute // 30 * 30, second=0, microsecond=0)
    for i, start in enumerate(slots):
        if start >= key:
            return i
    return None


# -- the statements --------------------------------------------------------------------------

_HistoryRow = tuple[date, int, datetime, bool, datetime | None, datetime | None]


async def _lines(session: AsyncSession, hall_id: int) -> list[tuple[int, str, str, int]]:
    """The hall's active lines in the hall's order: id, prefix, name, default minutes."""
    found = await session.execute(
        select(
            BusinessLine.id,
            BusinessLine.prefix,
            BusinessLine.name,
            BusinessLine.default_service_minutes,
        )
        .where(BusinessLine.hall_id == hall_id, BusinessLine.active.is_(True))
        .order_by(BusinessLine.sort_order, BusinessLine.prefix)
    )
    return [(i, prefix, name, minutes) for i, prefix, name, minutes in found]


async def _history(
    session: AsyncSession, hall_id: int, schedule: HallSchedule, day: date
) -> list[_HistoryRow]:
    """The tickets of the same weekday in the weeks before ``day`` that the calendar
    opened: day, line, issued, priority or not, first called, finished."""
    days = [day - timedelta(weeks=w) for w in range(1, HISTORY_WEEKS + 1)]
    days = [d for d in days if schedule.is_working_day(d)]
    if not days:
        return []
    found = await session.execute(
        select(
            Ticket.service_day,
            Ticket.line_id,
            Ticket.issued_at,
            Ticket.priority,
            Ticket.first_called_at,
            Ticket.finished_at,
            Ticket.status,
        ).where(Ticket.hall_id == hall_id, Ticket.service_day.in_(days))
    )
    done = TicketStatus.DONE.value
    return [
        (d, line, issued, priority > 0, called, finished if status == done else None)
        for d, line, issued, priority, called, finished, status in found
    ]


def _arrivals(
    rows: Iterable[_HistoryRow], slots: Sequence[time], zone: ZoneInfo, days: int
) -> list[float]:
    """Mean tickets per half-hour over ``days`` history days."""
    counts = [0] * len(slots)
    for _, _, issued, *_ in rows:
        slot = _slot_of(issued.astimezone(zone), slots)
        if slot is not None:
            counts[slot] += 1
    return [n / days if days else 0.0 for n in counts]


async def _configured(session: AsyncSession, hall_id: int, day: date) -> dict[int, int]:
    """Per line, the active windows set up to serve it on ``day``."""
    found = await session.execute(
        select(WindowLine.line_id, func.count(distinct(WindowLine.window_id)))
        .join(ServiceWindow, ServiceWindow.id == WindowLine.window_id)
        .where(
            ServiceWindow.hall_id == hall_id,
            ServiceWindow.active.is_(True),
            WindowLine.serving_on(day),
        )
        .group_by(WindowLine.line_id)
    )
    return {line: int(n) for line, n in found}


async def _served(
    session: AsyncSession,
    hall_id: int,
    day: date,
    zone: ZoneInfo,
    slots: Sequence[time],
    now: datetime,
) -> dict[int, list[int]]:
    """Per line and half-hour, the windows that had a ticket of the line in hand.

    A ticket is in a window's hands from its first call to its finish (or its close:
    no-show, transfer; or ``now`` while it is still called or serving).
    """
    found = await session.execute(
        select(
            Ticket.line_id,
            Ticket.window_id,
            Ticket.status,
            Ticket.first_called_at,
            Ticket.finished_at,
            Ticket.closed_at,
            Ticket.held_at,
            Ticket.last_called_at,
        ).where(
            Ticket.hall_id == hall_id,
            Ticket.service_day == day,
            Ticket.window_id.is_not(None),
            Ticket.first_called_at.is_not(None),
        )
    )
    bounds = [
        (datetime.combine(day, s, tzinfo=zone), datetime.combine(day, s, tzinfo=zone) + _SLOT)
        for s in slots
    ]
    windows: dict[int, list[set[int]]] = defaultdict(lambda: [set() for _ in slots])
    for line, window, status, called, finished, closed, held, last in found:
        if called is None or window is None:  # the statement leaves these out
            continue
        end = now if status in _ACTIVE else finished or closed or held or last or called
        end = max(end, called)
        for i, (low, high) in enumerate(bounds):
            # In hand during [called, end): a ticket finished at 09:30 sharp is not
            # the 09:30 half-hour's; one called and closed at once is its moment's.
            if called < high and (end > low or called >= low):
                windows[line][i].add(window)
    return {line: [len(s) for s in per_slot] for line, per_slot in windows.items()}

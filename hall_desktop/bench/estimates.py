"""``hall-desktop bench estimates``: how close 预计等候 comes to the real wait, and
whether the 排班建议 keeps the hall's promise.

A simulated weekday, played through the real services on a fresh database with the
database clock stood still at each moment of the day:

- **The hall**: three lines (综合受理 A, 工程建设 G, 不动产 B) and six staffed windows,
  two of A alone, the others shared with their ranks (:data:`WINDOW_LINES`).
- **Arrivals**: per line and hour, with a morning peak at 10:00 and an afternoon one at
  15:00 (:func:`rate_factor`); 8 % green channel (绿色通道); nobody in the lunch break.
- **Clerks**: call the next ticket as soon as they are free, the citizen walks up
  (30 s), is served for a lognormal time of the line (slower in the morning), and the
  ticket is finished; 3 % do not come (过号 after a minute); 5 % are held
  (暂缓, 10 minutes) and called back later; every window pauses for lunch and once for
  10–20 minutes in the day.
- **History**: the 8 weeks of weekdays before it, from the same model, inserted
  directly (the estimate's hourly service times and the plan's arrivals read them).

Each ticket's estimate at issue is the one the new code records; today's formula
(people ahead × the recent average service ÷ open windows) is computed at the same
instant from the same database, so both are side by side. The real wait is first call
− issue. Errors are reported over the day and at the peaks (tickets issued while the
arrival rate is at least :data:`PEAK_FACTOR` × the base).

The staffing plan (:class:`~hall_desktop.services.staffing.StaffingService`) for that
day, from the history, is then applied to the day's real arrivals and service times
(:func:`hall_desktop.domain.staffing.simulate`): it must keep the promise with no more
window-hours than staffing each line's peak all day.

Targets (issue 24): at the peak, median absolute error ≤ 3 min and ≥ 80 % within ±5
min; the plan meets the promise with window-hours ≤ the peak-all-day plan's.
"""

from __future__ import annotations

import asyncio
import math
import os
import random
import statistics
import time as _time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, insert, select

from hall_desktop.bench.queue import prepare_hall
from hall_desktop.domain.clock import FixedClock
from hall_desktop.domain.estimates import old_formula_seconds
from hall_desktop.domain.staffing import SLOT_SECONDS
from hall_desktop.domain.staffing import simulate as simulate_staffing
from hall_desktop.domain.tickets import Outcome, Priority, TicketStatus
from hall_desktop.services.actor import Actor, Role
from hall_desktop.services.queue import QueueService
from hall_desktop.services.staffing import MAX_WINDOWS, StaffingService
from hall_desktop.store.database import Database
from hall_desktop.store.models import BusinessLine, ServiceWindow, Staff, Ticket, WindowLine

ZONE = ZoneInfo("Asia/Shanghai")
DAY = date(2026, 12, 9)  # a Wednesday, a working day
LINES = ("A", "G", "B")
#: Per hour at the base rate, and the mean service minutes (called → finished).
BASE_RATE = {"A": 16.0, "G": 2.4, "B": 7.0}
SERVICE_MINUTES = {"A": 7.0, "G": 18.0, "B": 13.0}
SERVICE_CV = 0.5
GREEN_SHARE = 0.08
NO_SHOW_SHARE = 0.03
HOLD_SHARE = 0.05
HOLD_MINUTES = 10
WALK_UP_S = 30.0
#: Window number → its lines in rank order.
WINDOW_LINES = {1: ("A",), 2: ("A",), 3: ("A", "B"), 4: ("B",), 5: ("B", "G"), 6: ("G", "A")}
OPEN = ((time(9, 0), time(12, 0)), (time(13, 30), time(17, 30)))
PEAK_FACTOR = 1.2
HISTORY_WEEKS = 8
TARGET_MEDIAN_MIN = 3.0
TARGET_WITHIN_5 = 0.80


def rate_factor(hour: float) -> float:
    """The arrival rate at ``hour`` (local, fractional) as a multiple of the base: a
    morning peak at 10:00 and an afternoon one at 15:00."""
    return (
        0.55
        + 1.0 * math.exp(-(((hour - 10.0) / 0.8) ** 2))
        + 0.8 * math.exp(-(((hour - 15.0) / 0.8) ** 2))
    )


def service_factor(hour: float) -> float:
    """Services take longer in the morning (more first-time, complex cases)."""
    return 1.15 if hour < 12 else 0.9


def _hours(at: datetime) -> float:
    local = at.astimezone(ZONE)
    return local.hour + local.minute / 60 + local.second / 3600


def draw_service(rng: random.Random, prefix: str, hour: float) -> float:
    mean = SERVICE_MINUTES[prefix] * 60 * service_factor(hour)
    sigma = math.sqrt(math.log(1 + SERVICE_CV**2))
    return rng.lognormvariate(math.log(mean) - sigma**2 / 2, sigma)


def draw_arrivals(rng: random.Random, day: date) -> list[tuple[datetime, str, bool]]:
    """(issue moment, line prefix, green) of one day, in order (a thinned Poisson)."""
    arrivals = []
    for opens, closes in OPEN:
        start = datetime.combine(day, opens, ZONE)
        end = datetime.combine(day, closes, ZONE)
        for prefix in LINES:
            peak = BASE_RATE[prefix] * 1.6 / 3600
            at = start
            while True:
                at += timedelta(seconds=rng.expovariate(peak))
                if at >= end:
                    break
                if rng.random() * 1.6 <= rate_factor(_hours(at)):
                    arrivals.append((at.astimezone(UTC), prefix, rng.random() < GREEN_SHARE))
    arrivals.sort()
    return arrivals


# -- the history -------------------------------------------------------------------------


async def _insert_history(db: Database, hall_id: int, lines: dict[str, int], seed: int) -> int:
    """The weekdays of the 8 weeks before :data:`DAY`, served FIFO by the line's usual
    number of windows; inserted as finished tickets."""
    rng = random.Random(seed)
    windows = {"A": 3, "G": 1, "B": 2}
    rows: list[dict[str, Any]] = []
    for back in range(1, HISTORY_WEEKS * 7 + 1):
        day = DAY - timedelta(days=back)
        if day.weekday() >= 5:
            continue
        arrivals = draw_arrivals(rng, day)
        for prefix in LINES:
            mine = [(at, green) for at, p, green in arrivals if p == prefix]
            free = [datetime.combine(day, OPEN[0][0], ZONE).astimezone(UTC)] * windows[prefix]
            for seq, (at, green) in enumerate(mine, 1):
                index = min(range(len(free)), key=lambda i: free[i])
                called = max(at, free[index])
                took = draw_service(rng, prefix, _hours(called))
                finished = called + timedelta(seconds=took)
                free[index] = finished
                rows.append(
                    {
                        "hall_id": hall_id,
                        "line_id": lines[prefix],
                        "service_day": day,
                        "seq": seq,
                        "number": f"{prefix}{seq:03d}",
                        "priority": int(Priority.GREEN if green else Priority.NORMAL),
                        "status": TicketStatus.DONE.value,
                        "issued_at": at,
                        "first_called_at": called,
                        "last_called_at": called,
                        "started_at": called + timedelta(seconds=WALK_UP_S),
                        "finished_at": finished,
                        "closed_at": finished,
                        "outcome": Outcome.COMPLETED.value,
                        "call_count": 1,
                    }
                )
    async with db.write() as session:
        for start in range(0, len(rows), 2000):
            await session.execute(insert(Ticket), rows[start : start + 2000])
    return len(rows)


# -- the day -----------------------------------------------------------------------------


@dataclass
class Issued:
    ticket_id: int
    prefix: str
    issued_at: datetime
    new_s: int | None
    low: int
    high: int
    old_s: float


@dataclass(order=True)
class _Event:
    at: datetime
    order: int
    kind: str = field(compare=False)
    data: Any = field(compare=False, default=None)


class _Day:
    def __init__(
        self, db: Database, clock: FixedClock, queue: QueueService, hall_id: int, seed: int
    ) -> None:
        self.db, self.clock, self.queue, self.hall_id = db, clock, queue, hall_id
        self.rng = random.Random(seed)
        self.events: list[_Event] = []
        self.counter = 0
        self.issued: list[Issued] = []
        self.issue_ms: list[float] = []
        #: Seconds each ticket held a window (every call of it, to its end), and
        #: when its current call began.
        self.window_time: dict[int, float] = {}
        self.called_at: dict[int, datetime] = {}
        #: A pause that came while the window had a citizen: taken when it is free.
        self.pending: dict[int, tuple[int, str, datetime]] = {}

    def at(self, moment: datetime, kind: str, data: Any = None) -> None:
        import heapq

        self.counter += 1
        heapq.heappush(self.events, _Event(moment, self.counter, kind, data))

    async def run(
        self, hall: Any, lines: dict[str, int], windows: dict[int, tuple[int, Actor]]
    ) -> None:
        import heapq

        arrivals = draw_arrivals(self.rng, DAY)
        for at, prefix, green in arrivals:
            self.at(at, "arrive", (prefix, green))
        day_start = datetime.combine(DAY, OPEN[0][0], ZONE).astimezone(UTC)
        lunch = datetime.combine(DAY, OPEN[0][1], ZONE).astimezone(UTC)
        back = datetime.combine(DAY, OPEN[1][0], ZONE).astimezone(UTC)
        for number in windows:
            self.at(day_start, "free", number)
            self.at(lunch, "pause", (number, "午休", back))
            pause_at = day_start + timedelta(minutes=self.rng.uniform(30, 420))
            if lunch - timedelta(minutes=30) < pause_at < back:
                pause_at += timedelta(minutes=120)
            minutes = self.rng.uniform(10, 20)
            self.at(pause_at, "pause", (number, "临时离开", pause_at + timedelta(minutes=minutes)))
        self.busy: set[int] = set()
        self.paused: set[int] = set()
        self.waking: set[int] = set()
        prefixes = {v: k for k, v in lines.items()}
        while self.events:
            event = heapq.heappop(self.events)
            self.clock.set(event.at)
            if event.kind == "arrive":
                prefix, green = event.data
                t0 = _time.perf_counter()
                issued = await self.queue.issue_ticket(
                    hall.guide,
                    lines[prefix],
                    priority=Priority.GREEN if green else Priority.NORMAL,
                    priority_reason="老年人" if green else None,
                )
                self.issue_ms.append((_time.perf_counter() - t0) * 1000)
                self.issued.append(
                    Issued(
                        issued.ticket.id,
                        prefix,
                        event.at,
                        issued.wait.seconds,
                        issued.wait.low_minutes,
                        issued.wait.high_minutes,
                        await self._old_formula(issued.ticket.id, lines[prefix]),
                    )
                )
                for number in list(self.waking):  # idle windows look again
                    self.waking.discard(number)
                    self.at(event.at, "free", number)
            elif event.kind == "pause":
                number, reason, until = event.data
                if number in self.paused:  # a short pause drawn into the lunch break
                    continue  # (its resume waits for the end of lunch)
                if number in self.busy:  # pauses when the citizen in hand is done
                    self.pending[number] = event.data
                    continue
                clerk_window = windows[number]
                await self.queue.pause_window(clerk_window[1], clerk_window[0], reason)
                self.paused.add(number)
                self.waking.discard(number)
                self.at(until, "resume", number)
            elif event.kind == "resume":
                number = event.data
                if lunch <= event.at < back:  # a short pause ran into lunch: stay
                    self.at(back, "resume", number)
                    continue
                await self.queue.resume_window(windows[number][1], windows[number][0])
                self.paused.discard(number)
                self.at(event.at, "free", number)
            elif event.kind == "free":
                await self._free(event.at, event.data, windows, prefixes)
            elif event.kind == "done":
                number, ticket_id, how = event.data
                clerk = windows[number][1]
                held = (event.at - self.called_at.pop(ticket_id)).total_seconds()
                self.window_time[ticket_id] = self.window_time.get(ticket_id, 0.0) + held
                if how == "no_show":
                    await self.queue.no_show(clerk, ticket_id)
                elif how == "hold":
                    await self.queue.hold(
                        clerk, ticket_id, reason="材料不全", due_in_minutes=HOLD_MINUTES
                    )
                    self.at(event.at + timedelta(minutes=HOLD_MINUTES), "wake", None)
                else:
                    await self.queue.finish(clerk, ticket_id, outcome=Outcome.COMPLETED)
                self.busy.discard(number)
                if number in self.pending:
                    self.at(event.at, "pause", self.pending.pop(number))
                else:
                    self.at(event.at, "free", number)
            elif event.kind == "wake":
                for number in list(self.waking):
                    self.waking.discard(number)
                    self.at(event.at, "free", number)

    async def _free(
        self,
        at: datetime,
        number: int,
        windows: dict[int, tuple[int, Actor]],
        prefixes: dict[int, str],
    ) -> None:
        if number in self.paused or number in self.busy:
            return
        window_id, clerk = windows[number]
        called = await self.queue.call_next(clerk, window_id)
        if called is None:
            self.waking.add(number)
            return
        self.busy.add(number)
        self.called_at[called.id] = at
        draw = self.rng.random()
        if called.call_count == 1 and draw < NO_SHOW_SHARE:
            self.at(at + timedelta(seconds=60), "done", (number, called.id, "no_show"))
            return
        start = at + timedelta(seconds=WALK_UP_S)
        self.clock.set(start)
        await self.queue.start(clerk, called.id)
        took = draw_service(self.rng, prefixes[called.line_id], _hours(at))
        if called.call_count == 1 and draw < NO_SHOW_SHARE + HOLD_SHARE:
            self.at(start + timedelta(seconds=took / 3), "done", (number, called.id, "hold"))
            return
        self.at(start + timedelta(seconds=took), "done", (number, called.id, "finish"))

    async def _old_formula(self, ticket_id: int, line_id: int) -> float:
        """预计等候 as it was before issue 24, read at the same instant."""
        ctx = self.queue._ctx
        async with self.db.read() as session:
            row = await ctx.ticket(session, hall_id=self.hall_id, ticket_id=ticket_id)
            ahead = await ctx.ahead(session, row)
            line = await session.get(BusinessLine, line_id)
            assert line is not None
            average, open_windows = await ctx.pace(session, line, row.service_day)
        return old_formula_seconds(ahead, average, open_windows)


def _errors(pairs: list[tuple[float, float]]) -> dict[str, Any]:
    """Median and p90 absolute error in minutes, share within ±5 min, of (estimate,
    actual) seconds."""
    if not pairs:
        return {"tickets": 0}
    errors = sorted(abs(e - a) / 60 for e, a in pairs)
    signed = [(e - a) / 60 for e, a in pairs]
    return {
        "tickets": len(pairs),
        "median_abs_error_min": round(statistics.median(errors), 2),
        "p90_abs_error_min": round(errors[min(len(errors) - 1, int(0.9 * len(errors)))], 2),
        "within_5_min": round(sum(1 for x in errors if x <= 5) / len(errors), 3),
        "mean_error_min": round(statistics.fmean(signed), 2),
    }


@dataclass
class DayResult:
    seed: int
    issued: list[Issued]
    actual: dict[int, float]
    staffing: dict[str, Any]
    history_tickets: int
    issue_ms: list[float]


async def _run(url: str, seed: int) -> DayResult:
    """One simulated day in a hall of its own."""
    hall = await prepare_hall(url, clerks=6, lines=3)
    clock = FixedClock(datetime.combine(DAY, time(8, 30), ZONE), ticking=False)
    db = Database(url, clock=clock)
    try:
        lines, windows = await _arrange(db, hall)
        history = await _insert_history(db, hall.hall_id, lines, seed + 1)
        queue = QueueService(db)
        day = _Day(db, clock, queue, hall.hall_id, seed)
        await day.run(hall, lines, windows)
        actual = await _actual_waits(db, hall.hall_id)
        clock.set(datetime.combine(DAY, time(20, 0), ZONE))
        staffing = await _staffing(db, hall.hall_id, lines, day.window_time)
    finally:
        await db.dispose()
    return DayResult(seed, day.issued, actual, staffing, history, day.issue_ms)


async def _arrange(db: Database, hall: Any) -> tuple[dict[str, int], dict[int, tuple[int, Actor]]]:
    """The bench's lines and windows (:data:`WINDOW_LINES`), each window's clerk."""
    async with db.write() as session:
        found = await session.execute(
            select(BusinessLine.prefix, BusinessLine.id).where(
                BusinessLine.hall_id == hall.hall_id, BusinessLine.prefix.in_(LINES)
            )
        )
        lines = {prefix: line_id for prefix, line_id in found}
        numbers = dict(
            (
                await session.execute(
                    select(ServiceWindow.id, ServiceWindow.number).where(
                        ServiceWindow.id.in_(hall.window_ids)
                    )
                )
            ).all()
        )
        await session.execute(delete(WindowLine).where(WindowLine.window_id.in_(hall.window_ids)))
        for window_id in hall.window_ids:
            for rank, prefix in enumerate(WINDOW_LINES[numbers[window_id]], 1):
                session.add(WindowLine(window_id=window_id, line_id=lines[prefix], rank=rank))
        for line in await session.scalars(
            select(BusinessLine).where(BusinessLine.id.in_(lines.values()))
        ):
            line.max_wait_minutes = 0  # no waiting bound: the plain call order
    windows = {
        numbers[window_id]: (window_id, clerk)
        for window_id, clerk in zip(hall.window_ids, hall.clerks, strict=True)
    }
    return lines, windows


async def _actual_waits(db: Database, hall_id: int) -> dict[int, float]:
    async with db.read() as session:
        rows = await session.execute(
            select(Ticket.id, Ticket.issued_at, Ticket.first_called_at).where(
                Ticket.hall_id == hall_id,
                Ticket.service_day == DAY,
                Ticket.first_called_at.is_not(None),
            )
        )
        return {
            tid: (called - issued).total_seconds()
            for tid, issued, called in rows
            if called is not None
        }


def _compare(issued: list[Issued], actual: dict[int, float]) -> dict[str, Any]:
    called = [i for i in issued if i.ticket_id in actual]
    peak = [i for i in called if rate_factor(_hours(i.issued_at)) >= PEAK_FACTOR]
    new_all = [(float(i.new_s), actual[i.ticket_id]) for i in called if i.new_s is not None]
    new_peak = [(float(i.new_s), actual[i.ticket_id]) for i in peak if i.new_s is not None]
    in_range = [
        i.low * 60 - 30 <= actual[i.ticket_id] <= i.high * 60 + 30
        for i in called
        if i.new_s is not None
    ]
    new = {
        "day": _errors(new_all),
        "peak": _errors(new_peak),
        "inside_range_shown": round(sum(in_range) / len(in_range), 3) if in_range else None,
        "ranges_shown": sum(1 for i in called if i.high > i.low),
        "without_estimate": sum(1 for i in called if i.new_s is None),
    }
    old = {
        "day": _errors([(i.old_s, actual[i.ticket_id]) for i in called]),
        "peak": _errors([(i.old_s, actual[i.ticket_id]) for i in peak]),
    }
    return {
        "called": len(called),
        "peak_tickets": len(peak),
        "peak_definition": f"issued while the arrival rate is >= {PEAK_FACTOR} x base",
        "new_formula": new,
        "old_formula": old,
    }


async def _staffing(
    db: Database, hall_id: int, lines: dict[str, int], window_time: dict[int, float]
) -> dict[str, Any]:
    async with db.read() as session:
        staff = (
            await session.execute(
                select(Staff.id, Staff.login, Staff.name, Staff.staff_number).where(
                    Staff.hall_id == hall_id, Staff.login == "zhuren"
                )
            )
        ).one()
        rows = await session.execute(
            select(Ticket.id, Ticket.line_id, Ticket.issued_at, Ticket.priority)
            .where(
                Ticket.hall_id == hall_id,
                Ticket.service_day == DAY,
                Ticket.first_called_at.is_not(None),
            )
            .order_by(Ticket.issued_at)
        )
        day_rows = list(rows)
    manager = Actor(
        staff.id, hall_id, staff.login, staff.name, staff.staff_number, frozenset({Role.SUPERVISOR})
    )
    plan = await StaffingService(db).plan(manager, DAY)
    first = datetime.combine(DAY, plan.slot_starts[0], ZONE)
    within = plan.promise.minutes * 60
    results: dict[str, Any] = {}
    totals = {"plan": [0, 0], "peak_all_day": [0, 0]}
    hours = {"plan": 0.0, "peak_all_day": 0.0}
    for line in plan.lines:
        if line.line_id not in lines.values():
            continue
        mine = [r for r in day_rows if r.line_id == line.line_id]
        arrivals = [(r.issued_at - first).total_seconds() for r in mine]
        services = [window_time.get(r.id, 0.0) for r in mine]
        priorities = [r.priority > 0 for r in mine]
        needed = [MAX_WINDOWS if s.needed is None else s.needed for s in line.slots]
        peak = [max(needed, default=0)] * len(needed)
        for name, per_slot in (("plan", needed), ("peak_all_day", peak)):
            run = simulate_staffing(
                arrivals, services, per_slot, within=within, priorities=priorities
            )
            totals[name][0] += run.within_promise
            totals[name][1] += run.served
            hours[name] += sum(per_slot) * SLOT_SECONDS / 3600
        results[line.prefix] = {"needed_per_half_hour": needed}
    shares = {k: round(v[0] / v[1], 3) if v[1] else None for k, v in totals.items()}
    meets = (
        shares["plan"] is not None
        and shares["plan"] >= plan.promise.percent / 100
        and hours["plan"] <= hours["peak_all_day"]
    )
    return {
        "promise": f"{plan.promise.percent}% within {plan.promise.minutes} min",
        "history_days": len(plan.history_days),
        "lines": results,
        "share_within_promise": shares,
        "window_hours": {k: round(v, 1) for k, v in hours.items()},
        "meets_target": meets,
    }


def run_estimates_bench(*, db: str | None = None, seed: int = 24, days: int = 12) -> dict[str, Any]:
    """``days`` simulated days (seeds ``seed``, ``seed`` + 1, …), each in a hall of its
    own; the errors are pooled over them, the staffing plan is checked on each."""
    from hall_desktop.bench.queue import open_bench_database

    url, backend, cleanup = open_bench_database(db)
    try:
        results = [asyncio.run(_run(url, seed + k)) for k in range(days)]
    finally:
        cleanup()
    issued = [i for r in results for i in r.issued]
    actual = {tid: wait for r in results for tid, wait in r.actual.items()}
    pooled = _compare(issued, actual)
    per_day = []
    for r in results:
        day = _compare(r.issued, r.actual)
        per_day.append(
            {
                "seed": r.seed,
                "tickets": len(r.issued),
                "peak_within_5_min": {
                    "new": day["new_formula"]["peak"].get("within_5_min"),
                    "old": day["old_formula"]["peak"].get("within_5_min"),
                },
                "peak_median_abs_error_min": {
                    "new": day["new_formula"]["peak"].get("median_abs_error_min"),
                    "old": day["old_formula"]["peak"].get("median_abs_error_min"),
                },
                "staffing": r.staffing,
            }
        )
    issue_ms = [ms for r in results for ms in r.issue_ms]
    new_peak = pooled["new_formula"]["peak"]
    staffing_met = all(r.staffing["meets_target"] for r in results)
    meets = (
        new_peak.get("median_abs_error_min", math.inf) <= TARGET_MEDIAN_MIN
        and new_peak.get("within_5_min", 0.0) >= TARGET_WITHIN_5
        and staffing_met
    )
    return {
        "bench": "estimates",
        "backend": backend,
        "day": DAY.isoformat(),
        "days": days,
        "history_tickets_per_day_of_history": round(
            statistics.fmean(r.history_tickets for r in results) / (HISTORY_WEEKS * 5), 1
        ),
        "day_tickets": len(issued),
        "issue_ms_p50": round(statistics.median(issue_ms), 2) if issue_ms else None,
        **pooled,
        "per_day": per_day,
        "staffing_meets_target_every_day": staffing_met,
        "target": {
            "peak_median_abs_error_min": TARGET_MEDIAN_MIN,
            "peak_within_5_min": TARGET_WITHIN_5,
            "staffing": "meets the promise with window-hours <= peak all day, each day",
        },
        "meets_target": meets,
        "cpu_count": os.cpu_count(),
    }


def add_parser(bench_subparsers: Any) -> None:
    parser = bench_subparsers.add_parser("estimates", help="预计等候准确度与排班建议（模拟营业日）")
    parser.add_argument(
        "--db",
        default=None,
        help="数据库地址（默认临时 SQLite 文件；PostgreSQL 地址则在该服务器上新建并删除自己的库）",
    )
    parser.add_argument("--seed", type=int, default=24, help="随机种子（默认 24）")
    parser.add_argument("--days", type=int, default=12, help="模拟天数（默认 12）")


def main_from_args(args: Any) -> dict[str, Any]:
    from hall_desktop.bench import run_with_args

    return run_with_args(run_estimates_bench, args)

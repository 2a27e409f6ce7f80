"""``hall-desktop bench monitor``: from a window's call to the monitor's picture.

A hall of ``windows`` windows (60) and ``lines`` lines (12), each window serving three
of them and its clerk signed in, with ``history_days`` (250) past days of 1,000 served
tickets each in its ticket table, as a hall has after a year; today's tickets are issued
ahead (not measured), so every call finds someone. Caller processes (other PCs,
:data:`CALLERS` of them, each with its own windows) then call at ``rate`` calls per
second in all for ``seconds``: window ``j``'s turns come at ``j / rate`` and every
``windows / rate`` seconds after; it calls in each turn (late by up to one interval
between calls, at random, so that the calls do not keep step with SQLite's poll),
starts the ticket at a quarter of the turn and finishes it at three quarters, so the
ticket is in the window's hand long enough to be seen and the window is free at its next
turn. Each caller records the clock right after ``call_next`` returns (committed).

This process runs the real monitor: a :class:`MonitorWindow` and its
:class:`MonitorController` on a qasync loop, logged in as the supervisor. It records
when ``picture_shown`` first shows each called ticket in a window's hand. Another
process runs a plain :class:`~hall_desktop.live.feed.LiveFeed` on its own qasync loop,
as a display does, and records when the feed delivers each call: the feed's own latency
in the same run, which the monitor's is compared with. The monitor's CPU share is this
process's CPU time over the wall time of the calling (nothing else runs here).

The monitor starts from a snapshot and follows the events by reading only what they
name: ``snapshots_during_run`` counts the snapshots it took while the calls ran (0).
Before the clock starts the monitor's first tick has passed, so the alerts the queue
raises at once (every line over its waiting limit) are recorded outside the measurement.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import math
import multiprocessing as mp
import os
import random
import time
from datetime import datetime, timedelta
from datetime import time as dtime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert

from hall_desktop.bench import run_with_args
from hall_desktop.bench.feed import (
    CLOCK_NAME,
    GRACE_S,
    ONLINE_TIMEOUT_S,
    _collect_async,
    _now,
    _wait_until,
    calls_into,
    run_on_qt_loop,
    yardstick,
)
from hall_desktop.bench.queue import (
    LINES_PER_WINDOW,
    BenchHall,
    _again,
    _percentile,
    _report_failure,
    open_bench_database,
    prepare_hall,
)
from hall_desktop.domain.hours import service_day
from hall_desktop.domain.tickets import Outcome, TicketStatus
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.store.models import Ticket

CALLERS = 4  # caller processes (other PCs), the windows dealt out among them
WARMUP_CALLS = 5  # the run's first calls, left out of the statistics
SUPERVISOR = ("zhuren", "zhuren2026")  # the demo hall's 值班主任
HISTORY_PER_DAY = 1000  # past tickets a day (``--history-days``)
START_AT, FINISH_AT = 0.25, 0.75  # of a window's turn: when its ticket is started, finished
JITTER = 0.2  # of a window's turn at most: how late a call may come

#: Issue 21: commit → the monitor's picture (its own targets, not the feed's).
MONITOR_TARGET_P95_MS = {"postgresql": 50.0, "sqlite": 300.0}


def _spread(values: list[float], *qs: int) -> dict[str, float]:
    found: dict[str, float] = {f"p{q}": _percentile(values, q) for q in qs}
    found["max"] = round(max(values), 3) if values else 0.0
    found["samples"] = len(values)
    return found


def _pace(committed: list[tuple[float, int]]) -> float:
    """Calls per second from the first call's commit to the last's."""
    span = committed[-1][0] - committed[0][0] if len(committed) > 1 else 0.0
    return round((len(committed) - 1) / span, 2) if span else 0.0


def _caller_process(
    hall: BenchHall,
    index: int,
    callers: int,
    rate: float,
    seconds: float,
    ready: Any,
    go: Any,
    out: Any,
) -> None:
    """One PC with windows ``index``, ``index + callers``, …: calls on the hall's
    schedule, starts and finishes each ticket later in the window's turn."""

    async def run() -> None:
        db = Database(hall.url, application_name=f"hall-bench-caller-{index}")
        service = QueueService(db)
        count = len(hall.window_ids)
        turn = count / rate  # seconds between two calls of one window
        mine = [
            (j, hall.clerks[j], hall.window_ids[j]) for j in range(count) if j % callers == index
        ]
        committed: list[tuple[int, float]] = []
        call_ms: list[float] = []
        errors: list[str] = []
        try:
            # One empty call per window before any ticket exists, as a clerk's program
            # makes on opening: connecting and compiling are not measured.
            for _, clerk, window_id in mine:
                assert await service.call_next(clerk, window_id) is None
            ready.put(("ready", [], [], []))
            if not go.wait(300):
                raise RuntimeError("the monitor never became ready")
            started = time.perf_counter()

            async def at(offset: float) -> None:
                delay = started + offset - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)

            async def window(j: int, clerk: Any, window_id: int) -> None:
                # Each call a little late, by chance (seeded): calls in step with the
                # SQLite feed's poll would give every call the same wait for the poll.
                late = random.Random(j)
                due = j / rate
                while due < seconds:
                    await at(due + late.uniform(0, min(1 / rate, JITTER * turn)))
                    t0 = time.perf_counter()
                    ticket = await _again(lambda: service.call_next(clerk, window_id), errors)
                    committed_at = _now()  # the call has committed: the service returned
                    call_ms.append((time.perf_counter() - t0) * 1000)
                    if ticket is None:
                        raise RuntimeError(f"nobody waiting for window {window_id}")
                    committed.append((ticket.id, committed_at))
                    await at(due + START_AT * turn)
                    await _again(functools.partial(service.start, clerk, ticket.id), errors)
                    await at(due + FINISH_AT * turn)
                    finish = functools.partial(
                        service.finish, clerk, ticket.id, outcome=Outcome.COMPLETED
                    )
                    await _again(finish, errors)
                    due += turn

            await asyncio.gather(*(window(*w) for w in mine))
            out.put(("caller", committed, call_ms, errors))
        finally:
            await db.dispose()

    _report_failure(out, run)


def _feed_process(url: str, hall_id: int, ready: Any, stop: Any, out: Any) -> None:
    """A plain live feed on a qasync loop, as a display runs one: when each call arrives."""

    async def run() -> None:
        from hall_desktop.live.feed import LiveFeed

        db = Database(url, application_name="hall-bench-feed")
        feed = LiveFeed(db, hall_id)
        seen: dict[int, float] = {}
        feed.events.connect(calls_into(seen))
        try:
            feed.start()
            if not await _wait_until(lambda: feed.online, ONLINE_TIMEOUT_S):
                raise RuntimeError("the plain feed did not come online")
            ready.put(("ready", [], [], []))
            while not stop.is_set():
                await asyncio.sleep(0.05)
            out.put(("feed", sorted(seen.items()), [], []))
        finally:
            await feed.stop()
            await db.dispose()

    _report_failure(out, run, run_on_qt_loop)


def _per_line(windows: int, lines: int, rate: float, seconds: float) -> int:
    """Tickets to issue ahead for each line: enough should all the windows serving it
    call only from it (the most windows serving a line, times a window's calls)."""
    serving = min(windows, math.ceil(windows * min(LINES_PER_WINDOW, lines) / lines))
    return serving * math.ceil(seconds * rate / windows)


async def _add_history(hall: BenchHall, days: int, per_day: int) -> int:
    """``days`` past days of ``per_day`` served tickets each (bulk, no events): a hall's
    ticket table is mostly history, which a read of today's facts must not scan."""
    db = Database(hall.url, application_name="hall-bench-history")
    try:
        async with db.read() as session:
            now = await db.now(session)
        today = service_day(now, ZoneInfo("Asia/Shanghai"))
        for back in range(1, days + 1):
            day = today - timedelta(days=back)
            opened = datetime.combine(day, dtime(9), tzinfo=ZoneInfo("Asia/Shanghai"))
            rows = []
            for seq in range(1, per_day + 1):
                issued = opened + timedelta(seconds=seq * 20)
                rows.append(
                    {
                        "hall_id": hall.hall_id,
                        "line_id": hall.line_ids[seq % len(hall.line_ids)],
                        "service_day": day,
                        "seq": seq,
                        "number": f"H{seq:04d}",
                        "priority": 0,
                        "status": TicketStatus.DONE.value,
                        "window_id": hall.window_ids[seq % len(hall.window_ids)],
                        "issued_at": issued,
                        "first_called_at": issued + timedelta(minutes=10),
                        "last_called_at": issued + timedelta(minutes=10),
                        "call_count": 1,
                        "started_at": issued + timedelta(minutes=11),
                        "finished_at": issued + timedelta(minutes=20),
                        "closed_at": issued + timedelta(minutes=20),
                        "outcome": Outcome.COMPLETED.value,
                    }
                )
            async with db.write() as session:
                await session.execute(insert(Ticket), rows)
    finally:
        await db.dispose()
    return days * per_day


async def _issue_ahead(hall: BenchHall, per_line: int) -> int:
    """``per_line`` tickets for every line, round robin (not measured)."""
    db = Database(hall.url, application_name="hall-bench-desk")
    service = QueueService(db)
    try:
        for _ in range(per_line):
            for line_id in hall.line_ids:
                await service.issue_ticket(hall.guide, line_id)
    finally:
        await db.dispose()
    return per_line * len(hall.line_ids)


class _Watch:
    """What the monitor shows, timed: the first picture with each ticket in a window's
    hand, the monitor's own feed delivering each call, the snapshots taken."""

    def __init__(self, controller: Any) -> None:
        self.controller = controller
        self.shown: dict[int, float] = {}
        self.delivered: dict[int, float] = {}
        self.pictures = 0
        self.snapshots: list[Any] = []  # each snapshot pictured, in order
        controller.picture_shown.connect(self.on_picture)

    def on_picture(self, picture: Any) -> None:
        at = _now()
        self.pictures += 1
        if not self.snapshots or self.snapshots[-1] is not self.controller.snapshot:
            self.snapshots.append(self.controller.snapshot)
        for view in picture.windows:
            if view.ticket is not None:
                self.shown.setdefault(view.ticket.id, at)


async def _monitor_up(url: str, hall: BenchHall) -> tuple[Any, Any, Database, _Watch]:
    """The supervisor's monitor on this loop, logged in, its feed online, its first tick
    (the alerts of a long queue recorded) past."""
    from hall_desktop.services.bundle import Services
    from hall_desktop.ui.monitor.controller import MonitorController
    from hall_desktop.ui.monitor.window import MonitorWindow

    db = Database(url, application_name="hall-bench-monitor")
    window = MonitorWindow()
    window.resize(1366, 768)
    window.show()
    controller = MonitorController(Services.build(db), hall.hall_code, window)
    watch = _Watch(controller)
    controller.start()
    if not await _wait_until(lambda: controller.hall is not None, ONLINE_TIMEOUT_S):
        raise RuntimeError("the monitor did not find its hall")
    window.login_requested.emit(*SUPERVISOR)
    up = await _wait_until(
        lambda: (
            controller.picture is not None
            and controller.feed is not None
            and controller.feed.online
        ),
        ONLINE_TIMEOUT_S,
    )
    if not up or controller.feed is None:
        raise RuntimeError(f"the monitor did not come up: {window.login.error_label.text()}")
    controller.feed.events.connect(calls_into(watch.delivered))
    await asyncio.sleep(controller.tick + 1.0)
    return window, controller, db, watch


async def _run(
    *,
    backend: str,
    url: str,
    windows: int,
    lines: int,
    rate: float,
    seconds: float,
    history_days: int,
    ctx: Any,
) -> dict[str, Any]:
    hall = await prepare_hall(url, windows, lines=lines)
    history = await _add_history(hall, history_days, HISTORY_PER_DAY)
    callers = min(CALLERS, windows)
    ready, go, stop, out = ctx.Queue(), ctx.Event(), ctx.Event(), ctx.Queue()
    procs = [
        ctx.Process(
            target=_caller_process,
            args=(hall, i, callers, rate, seconds, ready, go, out),
            name=f"hall-bench-caller-{i}",
        )
        for i in range(callers)
    ]
    feeder = ctx.Process(
        target=_feed_process, args=(url, hall.hall_id, ready, stop, out), name="hall-bench-feed"
    )
    everyone = [*procs, feeder]
    monitor: tuple[Any, Any, Database, _Watch] | None = None
    try:
        for p in procs:
            p.start()
        await _collect_async(ready, procs, callers, 300)  # connected and warmed up
        issued = await _issue_ahead(hall, _per_line(windows, lines, rate, seconds))
        feeder.start()
        await _collect_async(ready, everyone, 1, 120)
        monitor = await _monitor_up(url, hall)
        window, controller, monitor_db, watch = monitor
        # The yardstick, while the callers wait.
        baseline = await yardstick(
            backend, url, monitor_db, hall.hall_id, controller.feed.poll_interval
        )
        cpu0, wall0 = time.process_time(), time.monotonic()
        pictures0, snapshots0 = watch.pictures, len(watch.snapshots)
        go.set()
        results = await _collect_async(out, everyone, callers, seconds + 120)
        cpu, wall = time.process_time() - cpu0, time.monotonic() - wall0
        committed = sorted((at, ticket_id) for _, rows, _, _ in results for ticket_id, at in rows)
        ids = {ticket_id for _, ticket_id in committed}
        await _wait_until(lambda: ids <= watch.shown.keys(), GRACE_S)
        stop.set()
        [(_, feed_rows, _, _)] = await _collect_async(out, everyone, 1, 60)
        for p in everyone:
            p.join(timeout=30)
    finally:
        stop.set()
        if monitor is not None:
            window, controller, monitor_db, _ = monitor
            await controller.stop()
            await monitor_db.dispose()
            window.close()
        for p in everyone:
            if p.is_alive():  # after a failure: leave no worker behind
                p.terminate()
                p.join(timeout=10)

    fed = dict(feed_rows)
    measured = committed[WARMUP_CALLS:]

    def since_commit(seen: dict[int, float]) -> list[float]:
        return [(seen[t] - at) * 1000 for at, t in measured if t in seen]

    monitor_ms, feed_ms = since_commit(watch.shown), since_commit(fed)
    own_feed_ms = since_commit(watch.delivered)
    missing = sum(1 for _, t in committed if t not in watch.shown)
    call_ms = [x for _, _, timings, _ in results for x in timings]
    errors = [e for *_, found in results for e in found]
    p95, feed_p95 = _percentile(monitor_ms, 95), _percentile(feed_ms, 95)
    p50, feed_p50 = _percentile(monitor_ms, 50), _percentile(feed_ms, 50)
    target = MONITOR_TARGET_P95_MS[backend]
    cores = os.cpu_count() or 1
    return {
        "bench": "monitor",
        "backend": backend,
        "windows": windows,
        "lines": lines,
        "callers": callers,
        "rate_per_s": rate,
        "seconds": seconds,
        "history_tickets": history,
        "tickets_issued_ahead": issued,
        "calls": len(committed),
        "calls_per_s": _pace(committed),
        "warmup_calls_skipped": min(WARMUP_CALLS, len(committed)),
        "measured": len(monitor_ms),
        "missing": missing,
        "feed_missing": sum(1 for _, t in committed if t not in fed),
        "monitor_ms": _spread(monitor_ms, 50, 95, 99),
        "feed_ms": _spread(feed_ms, 50, 95, 99),
        "monitor_feed_ms": _spread(own_feed_ms, 50, 95, 99),
        "monitor_vs_feed": {
            "p50": round(p50 / feed_p50, 2) if feed_p50 else None,
            "p95": round(p95 / feed_p95, 2) if feed_p95 else None,
        },
        "pictures_during_run": watch.pictures - pictures0,
        "snapshots_before_run": snapshots0,
        "snapshots_during_run": len(watch.snapshots) - snapshots0,
        "cpu": {
            "process_s": round(cpu, 3),
            "wall_s": round(wall, 3),
            "share_of_one_core": round(cpu / wall, 4) if wall else 0.0,
            "share_of_all_cores": round(cpu / wall / cores, 4) if wall else 0.0,
        },
        "call_next_ms": {"p50": _percentile(call_ms, 50), "p95": _percentile(call_ms, 95)},
        "caller_errors": len(errors),
        "caller_error_sample": errors[:3],
        "baseline": baseline,
        "target": {"p95_ms": target},
        "meets_target": bool(monitor_ms) and p95 <= target and missing == 0,
        "clock": CLOCK_NAME,
        "cpu_count": os.cpu_count(),
    }


def run_monitor_bench(
    *,
    db: str | None = None,
    seconds: float = 30.0,
    rate: float = 10.0,
    windows: int = 60,
    lines: int = 12,
    history_days: int = 250,
) -> dict[str, Any]:
    """``db``: see :func:`~hall_desktop.bench.queue.open_bench_database` (by default a
    temporary SQLite file; on a PostgreSQL server the bench makes its own database)."""
    if seconds <= 0 or rate <= 0 or windows < 1 or lines < 1 or history_days < 0:
        raise ValueError("seconds, rate, windows and lines must be positive")
    url, backend, cleanup = open_bench_database(db)
    try:
        work = _run(
            backend=backend,
            url=url,
            windows=windows,
            lines=lines,
            rate=rate,
            seconds=seconds,
            history_days=history_days,
            ctx=mp.get_context("spawn"),
        )
        return run_on_qt_loop(work)
    finally:
        cleanup()


def add_parser(bench_subparsers: Any) -> None:
    """The ``monitor`` subcommand of ``hall-desktop bench``."""
    monitor = bench_subparsers.add_parser("monitor", help="叫号到大厅监控画面的更新延迟")
    monitor.add_argument(
        "--db",
        default=None,
        help="数据库地址（默认临时 SQLite 文件；PostgreSQL 地址则在该服务器上新建并删除自己的库）",
    )
    monitor.add_argument("--seconds", type=float, default=30.0, help="叫号时长（秒，默认 30）")
    monitor.add_argument("--rate", type=float, default=10.0, help="每秒叫号次数（默认 10）")
    monitor.add_argument("--windows", type=int, default=60, help="窗口数（默认 60）")
    monitor.add_argument("--lines", type=int, default=12, help="业务数（默认 12）")
    monitor.add_argument(
        "--history-days",
        type=int,
        default=250,
        help="预先写入多少天的历史号（每天 1000 个，默认 250 天）",
    )


def main_from_args(args: argparse.Namespace) -> dict[str, Any]:
    return run_with_args(run_monitor_bench, args)

"""``hall-desktop bench feed``: from a window's call to the display's signal.

The display side (this process) runs a QApplication with a qasync loop and a
:class:`~hall_desktop.live.feed.LiveFeed` on a fresh bench database, as a waiting-hall
screen does. A spawned caller process (another process standing in for another PC)
issues all tickets first (not measured), then calls them one every ``interval_ms``
round robin over a few windows, and starts and finishes each ticket half an interval
later, so every window is free again when its turn comes. For every call it records the
clock right after ``call_next`` returns (the transaction has committed by then) and
sends the list back at the end. The display records the clock when the feed's
``events`` signal delivers that ticket's ``ticket_called`` event.

With ``--writers N`` (N > 1) it measures completeness instead: N writer processes, one
window each, issue, call, start and finish as fast as they can for ``--seconds``, so
their transactions interleave and commit out of id order, while the display's feed
collects every event it delivers. At the end the hall's events in the database are
compared with what was delivered: ``delivered``, ``missing`` and ``duplicated`` (the
last two must be 0).

Latency = signal time − commit time, over all calls but the first few (connections and
statement compilation). In the same run it measures a yardstick: on PostgreSQL the raw
floor of LISTEN/NOTIFY (a plain psycopg connection commits ``NOTIFY`` → ``notifies()``
of an AsyncConnection on this loop), on SQLite the feed's poll interval and what one
poll query costs.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing as mp
import os
import queue as queue_module
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.engine import make_url

from hall_desktop.bench import run_with_args
from hall_desktop.bench.queue import (
    BenchHall,
    _create_database,
    _percentile,
    _report_failure,
    prepare_hall,
)
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.store.models import Event

WINDOWS = 3  # the caller's windows, called round robin
WARMUP_CALLS = 5  # left out of the statistics
GRACE_S = 10.0  # how long a call may take to reach the display before it counts as missing
ONLINE_TIMEOUT_S = 30.0
FLOOR_SAMPLES = 100
FLOOR_CHANNEL = "hall_bench_floor"
POLL_QUERY_SAMPLES = 50
TARGET_P95_MS = {"postgresql": 50.0, "sqlite": 20.0}  # SQLite: woken by the commit (store.wake)
_T = TypeVar("_T")

# The caller's timestamps are compared with the display's, taken in another process.
# On Linux CLOCK_MONOTONIC (time.monotonic) is one system-wide clock, so the values of
# two processes compare directly, and it never jumps. Elsewhere that is not promised,
# so the bench falls back to the wall clock (which NTP may adjust during a run).
CLOCK_NAME = "monotonic" if sys.platform.startswith("linux") else "time"


def _now() -> float:
    return time.monotonic() if sys.platform.startswith("linux") else time.time()


def _caller_process(
    hall: BenchHall, calls: int, interval_s: float, ready: Any, go: Any, out: Any
) -> None:
    """Another PC: issue ``calls`` tickets, then call them at a steady pace."""

    async def run() -> None:
        db = Database(hall.url, application_name="hall-bench-caller")
        service = QueueService(db)
        try:
            windows = list(zip(hall.clerks, hall.window_ids, strict=True))
            # One empty call per window before issuing, as a clerk's program makes on
            # opening: the first connection and statement compilation are not measured.
            for clerk, window_id in windows:
                assert await service.call_next(clerk, window_id) is None
            for i in range(calls):
                await service.issue_ticket(hall.guide, hall.line_ids[i % len(hall.line_ids)])
            ready.put(("ready", [], []))
            if not go.wait(120):
                raise RuntimeError("the display never became ready")
            committed: list[tuple[int, float]] = []
            call_ms: list[float] = []
            started = time.perf_counter()
            for i in range(calls):
                clerk, window_id = windows[i % len(windows)]
                delay = started + i * interval_s - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                t0 = time.perf_counter()
                ticket = await service.call_next(clerk, window_id)
                at = _now()  # the call has committed: the service returned
                call_ms.append((time.perf_counter() - t0) * 1000)
                if ticket is None:
                    raise RuntimeError(f"call {i + 1}: no ticket waiting at window {window_id}")
                committed.append((ticket.id, at))
                # Free the window half an interval later, away from the call's delivery.
                delay = started + (i + 0.5) * interval_s - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                await service.start(clerk, ticket.id)
                await service.finish(clerk, ticket.id, outcome=Outcome.COMPLETED)
            out.put(("caller", committed, call_ms))
        finally:
            await db.dispose()

    _report_failure(out, run)


def _writer_process(
    hall: BenchHall, index: int, seconds: float, ready: Any, go: Any, out: Any
) -> None:
    """One busy window: issue, call, start, finish, unpaced, for ``seconds``."""

    async def run() -> None:
        db = Database(hall.url, application_name=f"hall-bench-writer-{index}")
        service = QueueService(db)
        clerk, window_id = hall.clerks[index], hall.window_ids[index]
        line_id = hall.line_ids[index % len(hall.line_ids)]
        moves = errors = 0
        failures: Counter[str] = Counter()
        try:
            await service.call_next(clerk, window_id)  # connect and compile first
            ready.put(("ready", [], []))
            if not go.wait(120):
                raise RuntimeError("the display never became ready")
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                try:
                    await service.issue_ticket(hall.guide, line_id)
                    ticket = await service.call_next(clerk, window_id)
                    moves += 2
                    if ticket is not None:
                        await service.start(clerk, ticket.id)
                        await service.finish(clerk, ticket.id, outcome=Outcome.COMPLETED)
                        moves += 2
                except Exception as e:  # counted: a failed write adds no event
                    errors += 1
                    failures[type(e).__name__] += 1
            out.put(("writer", [moves, errors], sorted(failures.items())))
        finally:
            await db.dispose()

    _report_failure(out, run)


def calls_into(seen: dict[int, float]) -> Callable[[list[Any], bool], None]:
    """A slot for a feed's ``events``: the clock when each ticket's first call arrives,
    by ticket id, into ``seen``."""

    def on_events(batch: list[Any], _catching_up: bool) -> None:
        at = _now()
        for event in batch:
            if event.kind == EventKind.TICKET_CALLED and event.ticket_id is not None:
                seen.setdefault(event.ticket_id, at)

    return on_events


async def _hall_event_ids(db: Database, hall_id: int) -> list[int]:
    async with db.read() as session:
        return list(await session.scalars(select(Event.id).where(Event.hall_id == hall_id)))


async def _completeness(
    *, backend: str, url: str, writers: int, seconds: float, ctx: Any
) -> dict[str, Any]:
    """N writer processes against one display feed: every event once, none missing."""
    from hall_desktop.live.feed import LiveFeed

    hall = await prepare_hall(url, writers)
    ready, go, out = ctx.Queue(), ctx.Event(), ctx.Queue()
    procs = [
        ctx.Process(
            target=_writer_process,
            args=(hall, i, seconds, ready, go, out),
            name=f"hall-bench-writer-{i}",
        )
        for i in range(writers)
    ]
    db = Database(url, application_name="hall-bench-display")
    feed = LiveFeed(db, hall.hall_id)
    delivered: list[int] = []

    def on_events(batch: list[Any], _catching_up: bool) -> None:
        delivered.extend(event.id for event in batch)

    feed.events.connect(on_events)
    try:
        for p in procs:
            p.start()
        await _collect_async(ready, procs, writers, 300)
        feed.start()
        if not await _wait_until(lambda: feed.online, ONLINE_TIMEOUT_S):
            raise RuntimeError(f"the live feed did not come online in {ONLINE_TIMEOUT_S:.0f} s")
        before = set(await _hall_event_ids(db, hall.hall_id))
        started = time.monotonic()
        go.set()
        results = await _collect_async(out, procs, writers, seconds + 120)
        elapsed = time.monotonic() - started
        written = set(await _hall_event_ids(db, hall.hall_id)) - before
        await _wait_until(lambda: written <= set(delivered), GRACE_S)
        for p in procs:
            p.join(timeout=30)
    finally:
        await feed.stop()
        await db.dispose()
        for p in procs:
            if p.is_alive():
                p.terminate()
                p.join(timeout=10)
    counts = Counter(delivered)
    failures: Counter[str] = Counter()
    for _, _, kinds in results:
        failures.update(dict(kinds))
    missing = len(written - counts.keys())
    duplicated = sum(n - 1 for n in counts.values() if n > 1)
    return {
        "bench": "feed",
        "mode": "completeness",
        "backend": backend,
        "writers": writers,
        "seconds": round(elapsed, 1),
        "events_written": len(written),
        "events_per_s": round(len(written) / elapsed, 1) if elapsed else 0.0,
        "delivered": len(written & counts.keys()),
        "missing": missing,
        "duplicated": duplicated,
        "unexpected": len(counts.keys() - written - before),
        "writer_errors": sum(errors for _, (_, errors), _ in results),
        "writer_error_kinds": dict(failures),
        "meets_target": missing == 0 and duplicated == 0,
        "cpu_count": os.cpu_count(),
    }


async def _collect_async(source: Any, procs: list[Any], count: int, timeout_s: float) -> list[Any]:
    """Like :func:`hall_desktop.bench.queue._collect`, without blocking the Qt loop."""
    results: list[Any] = []
    deadline = time.monotonic() + timeout_s
    exited_at: float | None = None
    while len(results) < count:
        try:
            result = source.get_nowait()
        except queue_module.Empty:
            if any(p.exitcode not in (None, 0) for p in procs) or time.monotonic() > deadline:
                raise RuntimeError(
                    f"bench worker failed or stalled (exit codes {[p.exitcode for p in procs]})"
                ) from None
            if all(p.exitcode == 0 for p in procs):  # gone without a word: give it 5 s
                exited_at = exited_at or time.monotonic()
                if time.monotonic() - exited_at > 5:
                    raise RuntimeError("bench worker exited without sending its results") from None
            await asyncio.sleep(0.05)
            continue
        if isinstance(result, tuple) and result[0] == "error":
            raise RuntimeError(f"a bench worker failed:\n{result[1]}")
        results.append(result)
    return results


async def _notify_floor(url: str, samples: int = FLOOR_SAMPLES) -> list[float]:
    """Raw LISTEN/NOTIFY on this loop: a plain connection commits ``NOTIFY`` → ``notifies()``.

    The sender is a synchronous psycopg connection: while it commits, the loop is
    blocked, so the clock is read after the commit and before the listener can run, as
    the caller's clock is read after its commit.
    """
    import psycopg

    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    warmup = 5
    sent: dict[int, float] = {}
    got: dict[int, float] = {}
    arrived = asyncio.Event()
    listener = await psycopg.AsyncConnection.connect(conninfo, autocommit=True)
    sender: psycopg.Connection[Any] | None = None
    task: asyncio.Task[None] | None = None
    try:
        await listener.execute(f"LISTEN {FLOOR_CHANNEL}")

        async def receive() -> None:
            async for notify in listener.notifies():
                got[int(notify.payload)] = _now()
                arrived.set()

        task = asyncio.get_running_loop().create_task(receive())
        sender = psycopg.connect(conninfo, autocommit=True)
        for i in range(warmup + samples):
            arrived.clear()
            sender.execute(f"NOTIFY {FLOOR_CHANNEL}, '{i}'")
            sent[i] = _now()
            await asyncio.wait_for(arrived.wait(), 5)
            await asyncio.sleep(0.005)  # the listener idles between notifications
    finally:
        if task is not None:  # cancel and await before the connection closes
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if sender is not None:
            sender.close()
        await listener.close()
    return [(got[i] - sent[i]) * 1000 for i in range(warmup, warmup + samples)]


async def _poll_query_ms(db: Database, hall_id: int) -> list[float]:
    """What one SQLite poll of the feed costs: ``latest_event_id`` on this loop."""
    reader = QueueService(db)
    timings = []
    for _ in range(5 + POLL_QUERY_SAMPLES):
        t0 = time.perf_counter()
        await reader.latest_event_id(hall_id)
        timings.append((time.perf_counter() - t0) * 1000)
    return timings[5:]


async def yardstick(
    backend: str, url: str, db: Database, hall_id: int, poll_interval_s: float
) -> dict[str, Any]:
    """What a feed's latency compares with, measured on this loop: on PostgreSQL the raw
    floor of LISTEN/NOTIFY, on SQLite the poll interval and what one poll query costs."""
    if backend == "postgresql":
        floor = await _notify_floor(url)
        return {
            "notify_floor_ms": {
                "p50": _percentile(floor, 50),
                "p95": _percentile(floor, 95),
                "p99": _percentile(floor, 99),
                "samples": len(floor),
            }
        }
    poll = await _poll_query_ms(db, hall_id)
    return {
        "poll_interval_ms": round(poll_interval_s * 1000, 3),
        "latest_event_id_ms": round(statistics.median(poll), 3),
    }


def yardstick_p95(baseline: dict[str, Any]) -> float:
    """The figure a p95 latency is compared with: the floor's p95 on PostgreSQL; on
    SQLite the poll interval (a poll every interval)."""
    if "notify_floor_ms" in baseline:
        return float(baseline["notify_floor_ms"]["p95"])
    return float(baseline["poll_interval_ms"])


async def _wait_until(condition: Callable[[], bool], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.01)
    return True


async def _display(
    *, backend: str, url: str, calls: int, interval_s: float, ctx: Any
) -> dict[str, Any]:
    from hall_desktop.live.feed import LiveFeed

    hall = await prepare_hall(url, WINDOWS)
    ready, go, out = ctx.Queue(), ctx.Event(), ctx.Queue()
    caller = ctx.Process(
        target=_caller_process,
        args=(hall, calls, interval_s, ready, go, out),
        name="hall-bench-caller",
    )
    db = Database(url, application_name="hall-bench-display")
    feed = LiveFeed(db, hall.hall_id)
    seen: dict[int, float] = {}
    feed.events.connect(calls_into(seen))
    try:
        caller.start()
        await _collect_async(ready, [caller], 1, 300)  # connected, tickets issued
        # The yardstick, while the caller waits (two cores: nothing else competes).
        baseline = await yardstick(backend, url, db, hall.hall_id, feed.poll_interval)
        feed.start()
        if not await _wait_until(lambda: feed.online, ONLINE_TIMEOUT_S):
            raise RuntimeError(f"the live feed did not come online in {ONLINE_TIMEOUT_S:.0f} s")
        go.set()
        budget = 60 + calls * max(interval_s, 0.05) * 2
        [(_, committed, call_ms)] = await _collect_async(out, [caller], 1, budget)
        ids = {ticket_id for ticket_id, _ in committed}
        await _wait_until(lambda: ids <= seen.keys(), GRACE_S)
        caller.join(timeout=30)
    finally:
        await feed.stop()
        await db.dispose()
        if caller.is_alive():  # after a failure: leave no worker behind
            caller.terminate()
            caller.join(timeout=10)

    latencies = [
        (seen[ticket_id] - at) * 1000
        for ticket_id, at in committed[WARMUP_CALLS:]
        if ticket_id in seen
    ]
    delivered = sum(1 for ticket_id, _ in committed if ticket_id in seen)
    p95 = _percentile(latencies, 95)
    floor_p95 = yardstick_p95(baseline)
    target = TARGET_P95_MS[backend]
    return {
        "bench": "feed",
        "backend": backend,
        "calls": calls,
        "interval_ms": round(interval_s * 1000, 3),
        "windows": WINDOWS,
        "warmup_calls_skipped": min(WARMUP_CALLS, calls),
        "delivered": delivered,
        "missing": len(committed) - delivered,
        "latency_ms": {
            "p50": _percentile(latencies, 50),
            "p95": p95,
            "p99": _percentile(latencies, 99),
            "max": round(max(latencies), 3) if latencies else 0.0,
            "samples": len(latencies),
        },
        "call_next_ms": {"p50": _percentile(call_ms, 50), "p95": _percentile(call_ms, 95)},
        "baseline": baseline,
        "p95_vs_baseline": round(p95 / floor_p95, 2) if latencies and floor_p95 else None,
        "target": {"p95_ms": target},
        "meets_target": bool(latencies) and p95 <= target and delivered == len(committed),
        "clock": CLOCK_NAME,
        "cpu_count": os.cpu_count(),
    }


def run_feed_bench(
    *,
    backend: str,
    calls: int,
    pg_url: str | None = None,
    interval_ms: float = 20.0,
    writers: int = 1,
    seconds: float = 20.0,
) -> dict[str, Any]:
    if backend not in TARGET_P95_MS:
        raise ValueError(f"unknown backend {backend!r}: sqlite or postgresql")
    if calls < 1 or interval_ms < 0 or writers < 1 or seconds <= 0:
        raise ValueError("calls, writers and seconds must be positive, interval_ms not negative")
    url, cleanup = _create_database(backend, pg_url)
    try:
        ctx = mp.get_context("spawn")
        work = (
            _completeness(backend=backend, url=url, writers=writers, seconds=seconds, ctx=ctx)
            if writers > 1
            else _display(
                backend=backend, url=url, calls=calls, interval_s=interval_ms / 1000, ctx=ctx
            )
        )
        return run_on_qt_loop(work)
    finally:
        cleanup()


def run_on_qt_loop(work: Coroutine[Any, Any, _T]) -> _T:
    """``work`` run to its end on a qasync loop of a (screenless) QApplication, as a
    hall screen runs; the loop is closed after it and none is left as the current one."""
    # A screen needs no display here; qasync reads QT_API when it is imported.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        result: _T = loop.run_until_complete(work)
        return result
    finally:
        loop.close()
        asyncio.set_event_loop(None)  # leave no closed loop behind as the current one


def add_parser(bench_subparsers: Any) -> None:
    """The ``feed`` subcommand of ``hall-desktop bench``."""
    feed = bench_subparsers.add_parser("feed", help="叫号到大厅显示屏的实时推送延迟")
    feed.add_argument(
        "--backend", choices=["sqlite", "postgresql"], default="sqlite", help="数据库类型"
    )
    feed.add_argument("--calls", type=int, default=300, help="叫号次数（默认 300）")
    feed.add_argument(
        "--interval-ms", type=float, default=20.0, help="两次叫号之间的间隔（毫秒，默认 20）"
    )
    feed.add_argument(
        "--pg-url", default=None, help="PostgreSQL 服务器地址（默认 HALL_TEST_PG_URL 或本机）"
    )
    feed.add_argument(
        "--writers",
        type=int,
        default=1,
        help="大于 1 时测完整性：多个窗口进程同时写入，统计送达、遗漏和重复的事件",
    )
    feed.add_argument(
        "--seconds", type=float, default=20.0, help="完整性测试的写入时长（秒，默认 20）"
    )


def main_from_args(args: argparse.Namespace) -> dict[str, Any]:
    return run_with_args(run_feed_bench, args)

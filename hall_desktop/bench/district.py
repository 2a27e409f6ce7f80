"""``hall-desktop bench district``: a district's halls on one PostgreSQL server.

``halls`` halls share ``windows`` windows: one centre (政务服务中心) with a fifth of them
(60 of 300) and the townships (便民服务中心) the rest, each seeded as the bench's queue
hall (:func:`~hall_desktop.bench.queue.prepare_hall`) in a fresh database that is
dropped at the end. Every PC of every hall is simulated as an asyncio client with the
connections the real program opens: its own :class:`~hall_desktop.store.database.Database`
(the desktop's pool) and its own :class:`~hall_desktop.live.feed.LiveFeed` (one LISTEN
connection). The PCs are dealt out over a few worker processes:

- desks (导办台, one for 20 windows): issue the hall's arrivals on time;
- clerks (one a window): follow the feed's waiting numbers of their lines, call the next
  one after a short reaction, start, serve, finish;
- terminals (评价器, one a window): rate each ticket their window finishes;
- displays (one for 20 windows) and a monitor (which reads the lines' figures every few
  seconds): follow the feed.

Arrivals follow a working day (09:00–17:00) with a morning and an afternoon peak,
compressed into ``minutes``; ``load`` is the arrival rate as a multiple of the real
day's rate at that hour (1: as many tickets a second as the district really issues then,
so the run issues ``tickets_per_day × load × minutes / 480`` of the day's tickets).

Measured: call-next latency (p50/p99 of the calls that found someone), the feed's
latency per hall (a clerk's commit → each listener of the hall receiving the call),
connections held on the server (``pg_stat_activity`` of the bench database, sampled),
the server's CPU (its processes' CPU time from ``/proc``, when the server runs on this
machine) and what must be zero: duplicates (a number given twice, a ticket called at two
windows) and lost (a ticket not seen called by every listener of its hall, or not
finished and rated). Then the centre alone, in a hall of its own with the same PCs and
the same arrivals while the other halls are gone: the district's figures over the
alone ones are the ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import math
import multiprocessing as mp
import os
import random
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from hall_desktop.bench import run_with_args
from hall_desktop.bench.feed import _collect_async, _now, calls_into
from hall_desktop.bench.queue import (
    BenchHall,
    _percentile,
    _report_failure,
    open_bench_database,
    prepare_hall,
)
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.tickets import Outcome

DAY_S = 8 * 3600  # the working day compressed into the run (09:00–17:00)
CENTRE_SHARE = 0.2  # of the windows, the centre's
WINDOWS_PER_DESK = 20  # a hall has a desk and a display for each 20 windows (at least one)
LINES_PER_HALL = 7  # the demo's lines
REACTION_S = (0.2, 1.0)  # a clerk's reaction to a new number on the screen
GLANCE_S = 3.0  # an idle clerk looks at the screen this often anyway
RATE_AFTER_S = 0.3  # the citizen presses the terminal's key
MONITOR_EVERY_S = 5.0
SAMPLE_EVERY_S = 0.5
GRACE_S = 3.0  # after the last finish: feeds and terminals catch up
PROCESSES = 3
RAMP_BATCH = 10  # PCs of a worker coming up at once
READY_S_PER_PC = 3.0  # how long a PC may take to come up on a busy machine
_T = TypeVar("_T")
KINDS = ("desk", "clerk", "terminal", "display", "monitor")


PATIENCE = 10  # tries of one action: a person clicks again a second later
AGAIN_AFTER_S = 1.0


async def _patiently(action: Callable[[], Awaitable[_T]], errors: list[str]) -> _T:
    """Do one action; on an exception note it in ``errors`` and try again a second
    later, as the person at the PC would (a busy server refuses a connection now and
    then: that is counted, not fatal)."""
    for attempt in range(1, PATIENCE + 1):
        try:
            return await action()
        except Exception as e:
            errors.append(f"{type(e).__name__}: {e}"[:300])
            if attempt == PATIENCE:
                raise
            await asyncio.sleep(AGAIN_AFTER_S)
    raise AssertionError("unreachable")


def _peaks(x: float) -> float:
    """The day's arrival intensity at ``x`` (0: opening, 1: closing), unnormalised: a
    morning peak around 10:00 and an afternoon one around 14:30."""
    return 0.35 + math.exp(-(((x - 0.17) / 0.09) ** 2)) + 0.8 * math.exp(-(((x - 0.7) / 0.1) ** 2))


def arrival_times(count: int, seconds: float, seed: int) -> list[float]:
    """``count`` arrival offsets in ``[0, seconds)`` drawn from the day's profile."""
    bins = 1000
    weights = [_peaks((i + 0.5) / bins) for i in range(bins)]
    total = sum(weights)
    cumulative, running = [], 0.0
    for w in weights:
        running += w / total
        cumulative.append(running)
    rng = random.Random(seed)
    times = []
    for _ in range(count):
        u = rng.random()
        lo, hi = 0, bins - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if cumulative[mid] < u:
                lo = mid + 1
            else:
                hi = mid
        times.append((lo + rng.random()) / bins * seconds)
    return sorted(times)


def split_windows(halls: int, windows: int) -> list[int]:
    """The windows of each hall: the centre's fifth first, the townships' share of the
    rest (the first ones one more where it does not divide)."""
    if halls < 1 or windows < halls:
        raise ValueError("每个大厅至少要有一个窗口")
    if halls == 1:
        return [windows]
    centre = max(1, round(windows * CENTRE_SHARE))
    rest, towns = windows - centre, halls - 1
    if rest < towns:
        raise ValueError("每个大厅至少要有一个窗口")
    return [centre, *(rest // towns + (1 if i < rest % towns else 0) for i in range(towns))]


@dataclass(frozen=True)
class PC:
    """One simulated PC: its kind, its hall (index), and which window or desk it is."""

    kind: str
    hall: int
    index: int

    @property
    def name(self) -> str:
        return f"hall-bench-{self.kind}"


def pcs_of(hall: int, windows: int) -> list[PC]:
    """The PCs of a hall of ``windows`` windows."""
    few = max(1, windows // WINDOWS_PER_DESK)
    return [
        *(PC("desk", hall, i) for i in range(few)),
        *(PC("clerk", hall, i) for i in range(windows)),
        *(PC("terminal", hall, i) for i in range(windows)),
        *(PC("display", hall, i) for i in range(few)),
        PC("monitor", hall, 0),
    ]


def lines_of_window(hall: BenchHall, index: int) -> frozenset[int]:
    """The lines window ``index`` serves (as :func:`prepare_hall` assigned them)."""
    n = len(hall.line_ids)
    return frozenset(hall.line_ids[(index + k) % n] for k in range(min(3, n)))


@dataclass
class _Plan:
    """What one worker process runs."""

    halls: list[BenchHall]
    pcs: list[PC]
    arrivals: dict[tuple[int, int], list[tuple[float, int]]]  # (hall, desk) → (at, line)
    service_s: float
    seed: int


@dataclass
class _Outcome:
    """What one worker process sends back."""

    issued: list[tuple[int, int, int, str]] = field(default_factory=list)  # hall, id, line, no.
    calls: list[tuple[int, int, int, float, float]] = field(default_factory=list)
    # hall, ticket, window, commit time, call-next ms
    empty_calls: int = 0
    gave_up: int = 0  # PCs that gave up after PATIENCE tries of one action
    planned: int = 0  # arrivals this worker's desks were to issue
    receipts: dict[int, list[dict[int, float]]] = field(default_factory=dict)  # per listener
    rated: int = 0
    errors: list[str] = field(default_factory=list)
    retries: int = 0


class _Hall:
    """A worker's view of one hall: the ticket numbers waiting for each line, as the
    clerks' screens know them from the feed."""

    def __init__(self) -> None:
        self.waiting: dict[int, set[int]] = {}

    def follow(self, batch: list[Any]) -> None:
        for event in batch:
            if event.kind == EventKind.TICKET_ISSUED and event.ticket_id is not None:
                self.waiting.setdefault(event.payload["line_id"], set()).add(event.ticket_id)
            elif event.kind == EventKind.TICKET_CALLED:
                for tickets in self.waiting.values():
                    tickets.discard(event.ticket_id)


def _worker(
    plan: _Plan, index: int, ready: Any, go: Any, issuing_done: Any, stop: Any, out: Any
) -> None:
    """One worker process: its PCs on one asyncio loop."""

    async def run() -> None:
        from hall_desktop.live.feed import LiveFeed
        from hall_desktop.services.queue import QueueService
        from hall_desktop.services.rating import RatingService
        from hall_desktop.store.database import Database

        result = _Outcome()
        warmup: list[str] = []  # errors while the PCs came up (not the run's)
        views = {pc.hall: _Hall() for pc in plan.pcs}
        wakes: dict[tuple[int, int], asyncio.Event] = {}
        dbs: list[Any] = []
        feeds: list[Any] = []

        def open_pc(pc: PC) -> tuple[Any, Any]:
            hall = plan.halls[pc.hall]
            db = Database(hall.url, application_name=pc.name)
            dbs.append(db)
            feed = LiveFeed(db, hall.hall_id)
            feeds.append(feed)
            seen: dict[int, float] = {}
            result.receipts.setdefault(pc.hall, []).append(seen)
            feed.events.connect(calls_into(seen))
            return db, feed

        async def desk(pc: PC, db: Any, started: float) -> None:
            hall, queue = plan.halls[pc.hall], QueueService(db)
            for at, line_id in plan.arrivals.get((pc.hall, pc.index), []):
                delay = started + at - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                issue = functools.partial(queue.issue_ticket, hall.guide, line_id)
                ticket = (await _patiently(issue, result.errors)).ticket
                result.issued.append((pc.hall, ticket.id, ticket.line_id, ticket.number))

        async def clerk(pc: PC, db: Any) -> None:
            hall, queue = plan.halls[pc.hall], QueueService(db)
            actor, window_id = hall.clerks[pc.index], hall.window_ids[pc.index]
            mine, view = lines_of_window(hall, pc.index), views[pc.hall]
            wake = wakes[(pc.hall, pc.index)]
            chance = random.Random(plan.seed * 7919 + pc.hall * 1000 + pc.index)

            def someone_waiting() -> bool:
                return any(view.waiting.get(line) for line in mine)

            while True:
                if not someone_waiting():
                    if issuing_done.is_set():
                        break
                    wake.clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(wake.wait(), GLANCE_S)
                    if not someone_waiting():
                        continue
                    await asyncio.sleep(chance.uniform(*REACTION_S))
                    if not someone_waiting():
                        continue  # another window called it meanwhile
                t0 = time.perf_counter()
                ticket = await _patiently(lambda: queue.call_next(actor, window_id), result.errors)
                committed = _now()
                elapsed = (time.perf_counter() - t0) * 1000
                if ticket is None:
                    result.empty_calls += 1
                    await asyncio.sleep(chance.uniform(*REACTION_S))
                    continue
                for tickets in view.waiting.values():  # this screen knows at once
                    tickets.discard(ticket.id)
                result.calls.append((pc.hall, ticket.id, window_id, committed, elapsed))
                serve = chance.expovariate(1 / plan.service_s) if plan.service_s else 0.0
                await asyncio.sleep(serve * 0.2)
                await _patiently(functools.partial(queue.start, actor, ticket.id), result.errors)
                await asyncio.sleep(serve * 0.8)
                finish = functools.partial(
                    queue.finish, actor, ticket.id, outcome=Outcome.COMPLETED
                )
                await _patiently(finish, result.errors)

        def wake_clerks(hall: int, batch: list[Any]) -> None:
            views[hall].follow(batch)
            if any(e.kind == EventKind.TICKET_ISSUED for e in batch):
                for (h, _), wake in wakes.items():
                    if h == hall:
                        wake.set()

        rating_tasks: set[asyncio.Task[Any]] = set()

        def terminal_follows(pc: PC, db: Any) -> Callable[[list[Any], bool], None]:
            hall = plan.halls[pc.hall]
            window_id, ratings = hall.window_ids[pc.index], RatingService(db)

            async def rate(ticket_id: int) -> None:
                await asyncio.sleep(RATE_AFTER_S)
                await _patiently(
                    lambda: ratings.rate(hall.hall_id, window_id, ticket_id, 5), result.errors
                )
                result.rated += 1

            def on_events(batch: list[Any], _catching_up: bool) -> None:
                for e in batch:
                    if e.kind == EventKind.TICKET_FINISHED and e.window_id == window_id:
                        task = asyncio.get_running_loop().create_task(rate(e.ticket_id))
                        rating_tasks.add(task)
                        task.add_done_callback(rating_tasks.discard)

            return on_events

        async def monitor(pc: PC, db: Any) -> None:
            queue = QueueService(db)
            while not stop.is_set():
                figures = functools.partial(queue.line_statuses, plan.halls[pc.hall].hall_id)
                await _patiently(figures, result.errors)
                await asyncio.sleep(MONITOR_EVERY_S)

        try:
            opened = [(pc, *open_pc(pc)) for pc in plan.pcs]
            for pc, _, _ in opened:
                if pc.kind == "clerk":
                    wakes[(pc.hall, pc.index)] = asyncio.Event()
            # Each hall's feed events reach this worker's clerk screens once (through
            # the feed of one of its PCs, as each clerk's own screen would).
            followed: set[int] = set()
            for pc, db, feed in opened:
                if pc.hall not in followed:
                    followed.add(pc.hall)
                    feed.events.connect(lambda b, _c, h=pc.hall: wake_clerks(h, b))
                if pc.kind == "terminal":
                    feed.events.connect(terminal_follows(pc, db))

            # Connect and warm up as each program does on opening (not measured), one
            # PC after another (a district's PCs are switched on over the morning, not
            # in the same second): the first query, then the feed online.
            async def come_up(pc: PC, db: Any, feed: Any) -> None:
                hall = plan.halls[pc.hall]
                queue = QueueService(db)
                if pc.kind == "clerk":
                    actor, window_id = hall.clerks[pc.index], hall.window_ids[pc.index]
                    call = functools.partial(queue.call_next, actor, window_id)
                    assert await _patiently(call, warmup) is None
                else:
                    figures = functools.partial(queue.line_statuses, hall.hall_id)
                    await _patiently(figures, warmup)
                feed.start()
                while not feed.online:
                    await asyncio.sleep(0.02)

            for first in range(0, len(opened), RAMP_BATCH):
                await asyncio.gather(*(come_up(*o) for o in opened[first : first + RAMP_BATCH]))
            ready.put(("ready", index))
            while not go.is_set():
                await asyncio.sleep(0.01)
            started = time.perf_counter()

            async def surviving(work: Awaitable[None]) -> None:
                """A PC whose action failed PATIENCE times gives up (counted: its
                tickets show as lost), the others go on."""
                try:
                    await work
                except Exception as e:
                    result.gave_up += 1
                    result.errors.append(f"gave up: {type(e).__name__}: {e}"[:300])

            result.planned = sum(
                len(plan.arrivals.get((pc.hall, pc.index), []))
                for pc, _, _ in opened
                if pc.kind == "desk"
            )
            desks = [surviving(desk(pc, db, started)) for pc, db, _ in opened if pc.kind == "desk"]
            clerks = [
                asyncio.ensure_future(surviving(clerk(pc, db)))
                for pc, db, _ in opened
                if pc.kind == "clerk"
            ]
            monitors = [
                asyncio.ensure_future(surviving(monitor(pc, db)))
                for pc, db, _ in opened
                if pc.kind == "monitor"
            ]
            await asyncio.gather(*desks)
            out.put(("desks_done", index))
            while not issuing_done.is_set():
                await asyncio.sleep(0.05)
            for wake in wakes.values():  # an idle clerk sees the day is over
                wake.set()
            await asyncio.gather(*clerks)
            out.put(("clerks_done", index))
            while not stop.is_set():
                await asyncio.sleep(0.05)
            for task in monitors:
                task.cancel()
            await asyncio.gather(*monitors, return_exceptions=True)
            if rating_tasks:
                await asyncio.gather(*rating_tasks, return_exceptions=True)
            result.retries = sum(db.retries for db in dbs)
            out.put(("result", result))
        finally:
            for feed in feeds:
                await feed.stop()
            for db in dbs:
                await db.dispose()

    _report_failure(out, run)


class _Sampler(threading.Thread):
    """Samples the bench database's connections and the server's CPU while the PCs run."""

    def __init__(self, url: str) -> None:
        super().__init__(name="hall-bench-sampler", daemon=True)
        import psycopg
        from sqlalchemy.engine import make_url

        from hall_desktop.store.database import direct_url, parse_db_url

        server = direct_url(parse_db_url(url))  # past a pooler: the server's own view
        conninfo = server.set(drivername="postgresql").render_as_string(hide_password=False)
        self._conn = psycopg.connect(
            conninfo, autocommit=True, application_name="hall-bench-sampler"
        )
        self._database = make_url(url).database
        self._halt = threading.Event()
        self.peak = 0
        self.peak_by_kind: dict[str, int] = {}
        self.samples = 0
        backend_pid = self._conn.execute("SELECT pg_backend_pid()").fetchone()
        self._postmaster = _parent_pid(int(backend_pid[0])) if backend_pid else None
        self._cpu_start: dict[int, float] = {}
        self._cpu_last: dict[int, float] = {}
        self.cpu_peak = 0.0  # cores, over one sampling interval
        self._wall: tuple[float, float] = (time.monotonic(), time.monotonic())

    def run(self) -> None:
        self._cpu_start = dict(self._server_cpu())
        self._cpu_last = dict(self._cpu_start)
        start = before = time.monotonic()
        while not self._halt.wait(SAMPLE_EVERY_S):
            rows = self._conn.execute(
                "SELECT application_name, count(*) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid() GROUP BY 1",
                (self._database,),
            ).fetchall()
            held = sum(n for _, n in rows)
            self.samples += 1
            if held > self.peak:
                self.peak, self.peak_by_kind = held, {str(a): int(n) for a, n in rows}
            now, cpu = time.monotonic(), dict(self._server_cpu())
            if cpu:
                step = sum(v - self._cpu_last.get(pid, 0.0) for pid, v in cpu.items())
                self.cpu_peak = max(self.cpu_peak, step / max(now - before, 1e-6))
                self._cpu_last.update(cpu)
            before = now
        self._wall = (start, time.monotonic())

    def _server_cpu(self) -> list[tuple[int, float]]:
        """CPU seconds of the server's processes (the postmaster and its children), when
        the server runs on this machine."""
        if self._postmaster is None:
            return []
        tick = os.sysconf("SC_CLK_TCK")
        found = []
        for name in os.listdir("/proc"):
            if not name.isdigit():
                continue
            try:
                with open(f"/proc/{name}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            pid, ppid = int(name), int(fields[1])
            if pid == self._postmaster or ppid == self._postmaster:
                found.append((pid, (int(fields[11]) + int(fields[12])) / tick))
        return found

    def halt(self) -> dict[str, Any]:
        self._halt.set()
        if self.is_alive():
            self.join(timeout=10)
        self._conn.close()
        wall = self._wall[1] - self._wall[0]
        used = sum(v - self._cpu_start.get(pid, 0.0) for pid, v in self._cpu_last.items())
        local = self._postmaster is not None
        return {
            "connections": {"peak": self.peak, "by_kind_at_peak": self.peak_by_kind},
            "server_cpu": {
                "measured": local,
                "core_seconds": round(used, 2) if local else None,
                "wall_s": round(wall, 2),
                "cores_mean": round(used / wall, 3) if local and wall else None,
                "cores_peak": round(self.cpu_peak, 3) if local else None,
                "cpu_count": os.cpu_count(),
            },
        }


def _parent_pid(pid: int) -> int | None:
    """The server's postmaster (the parent of our backend), if it runs here."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        with open(f"/proc/{int(fields[1])}/comm") as f:
            if f.read().strip() != "postgres":
                return None
        return int(fields[1])
    except OSError:
        return None


def _client_cpu() -> float:
    """CPU seconds of this process's children (the workers) that have ended."""
    return os.times().children_user + os.times().children_system


async def _phase(
    halls: list[BenchHall],
    arrivals: list[list[float]],
    *,
    run_s: float,
    service_s: float,
    processes: int,
    seed: int,
    ctx: Any,
) -> dict[str, Any]:
    """One simulated stretch of the day for ``halls``: the figures of the whole, and of
    each hall."""
    url = halls[0].url
    pcs = [pc for h, hall in enumerate(halls) for pc in pcs_of(h, len(hall.window_ids))]
    chance = random.Random(seed)
    per_desk: dict[tuple[int, int], list[tuple[float, int]]] = {}
    for h, hall in enumerate(halls):
        desks = max(1, len(hall.window_ids) // WINDOWS_PER_DESK)
        for n, at in enumerate(arrivals[h]):
            line = hall.line_ids[chance.randrange(len(hall.line_ids))]
            per_desk.setdefault((h, n % desks), []).append((at, line))
    processes = max(1, min(processes, len(pcs)))
    plans = [_Plan(halls, pcs[i::processes], per_desk, service_s, seed) for i in range(processes)]
    ready, go, issuing_done, stop, out = (
        ctx.Queue(),
        ctx.Event(),
        ctx.Event(),
        ctx.Event(),
        ctx.Queue(),
    )
    procs = [
        ctx.Process(
            target=_worker,
            args=(plan, i, ready, go, issuing_done, stop, out),
            name=f"hall-bench-district-{i}",
        )
        for i, plan in enumerate(plans)
    ]
    since = await _last_ticket_id(url)
    sampler = _Sampler(url)
    cpu0 = _client_cpu()
    timings: dict[str, float] = {}
    begun = time.monotonic()
    try:
        for p in procs:
            p.start()
        await _collect_async(ready, procs, len(procs), 120 + READY_S_PER_PC * len(pcs))
        timings["pcs_ready_s"] = round(time.monotonic() - begun, 1)
        sampler.start()
        started = time.monotonic()
        go.set()
        await _collect_async(out, procs, len(procs), run_s + 600)  # desks done
        issued_by = time.monotonic() - started
        issuing_done.set()
        await _collect_async(out, procs, len(procs), 600)  # clerks done
        timings["clerks_done_s"] = round(time.monotonic() - started, 1)
        await asyncio.sleep(GRACE_S)
        stop.set()
        results: list[_Outcome] = [r for _, r in await _collect_async(out, procs, len(procs), 120)]
        wall = time.monotonic() - started
        for p in procs:
            p.join(timeout=60)
    finally:
        stop.set()
        server = sampler.halt()
        for p in procs:
            if p.is_alive():
                p.terminate()
                p.join(timeout=10)
    client_cpu = _client_cpu() - cpu0
    check = await _check(url, [hall.hall_id for hall in halls], since)
    return _figures(halls, pcs, results, check, server) | {
        "wall_s": round(wall, 1),
        "issuing_s": round(issued_by, 1),
        **timings,
        "client_cpu": {
            "processes": len(procs),
            "core_seconds": round(client_cpu, 2),
            "cores_mean": round(client_cpu / wall, 3) if wall else None,
        },
    }


@dataclass(frozen=True)
class _Check:
    duplicate_numbers: int
    called_twice: int
    not_final: int
    not_rated: int
    statuses: dict[str, int]


async def _last_ticket_id(url: str) -> int:
    """The newest ticket id before a run: the run's tickets come after it (the
    history's, written before, are not the run's to check)."""
    from sqlalchemy import text

    from hall_desktop.store.database import Database

    db = Database(url, application_name="hall-bench-check")
    try:
        async with db.read() as session:
            return int(await session.scalar(text("SELECT coalesce(max(id), 0) FROM ticket")) or 0)
    finally:
        await db.dispose()


async def _check(url: str, hall_ids: list[int], since: int) -> _Check:
    """The database's own word: numbers given twice, tickets called more than once, and
    tickets not finished or not rated."""
    from sqlalchemy import text

    from hall_desktop.store.database import Database

    db = Database(url, application_name="hall-bench-check")
    try:
        async with db.read() as session:
            params = {"halls": hall_ids, "since": since}
            duplicate = await session.scalar(
                text(
                    "SELECT count(*) FROM (SELECT 1 FROM ticket WHERE hall_id = ANY(:halls)"
                    " AND id > :since"
                    " GROUP BY hall_id, line_id, service_day, number HAVING count(*) > 1) d"
                ),
                params,
            )
            twice = await session.scalar(
                text(
                    "SELECT count(*) FROM (SELECT 1 FROM event WHERE hall_id = ANY(:halls)"
                    " AND ticket_id > :since"
                    " AND kind = :kind GROUP BY ticket_id HAVING count(*) > 1) d"
                ),
                params | {"kind": EventKind.TICKET_CALLED.value},
            )
            statuses: dict[Any, Any] = dict(
                (
                    await session.execute(
                        text(
                            "SELECT status, count(*) FROM ticket WHERE hall_id = ANY(:halls)"
                            " AND id > :since"
                            " GROUP BY status"
                        ),
                        params,
                    )
                ).all()
            )
            not_rated = await session.scalar(
                text(
                    "SELECT count(*) FROM ticket t WHERE t.hall_id = ANY(:halls) AND t.id > :since"
                    " AND t.status = 'done' AND NOT EXISTS"
                    " (SELECT 1 FROM rating r WHERE r.ticket_id = t.id)"
                ),
                params,
            )
    finally:
        await db.dispose()
    return _Check(
        duplicate_numbers=int(duplicate or 0),
        called_twice=int(twice or 0),
        not_final=sum(n for s, n in statuses.items() if s != "done"),
        not_rated=int(not_rated or 0),
        statuses={str(s): int(n) for s, n in statuses.items()},
    )


def _figures(
    halls: list[BenchHall],
    pcs: list[PC],
    results: list[_Outcome],
    check: _Check,
    server: dict[str, Any],
) -> dict[str, Any]:
    issued = [t for r in results for t in r.issued]
    calls = [c for r in results for c in r.calls]
    committed = {ticket: at for _, ticket, _, at, _ in calls}
    call_ms = [ms for *_, ms in calls]
    windows_of = Counter(t for _, t, *_ in calls)
    listeners: dict[int, list[dict[int, float]]] = {}
    for r in results:
        for h, lists in r.receipts.items():
            listeners.setdefault(h, []).extend(lists)
    unseen = 0
    per_hall: list[dict[str, Any]] = []
    for h, hall in enumerate(halls):
        mine = [t for hh, t, *_ in issued if hh == h]
        feed_ms: list[float] = []
        for seen in listeners.get(h, []):
            feed_ms.extend(
                (seen[t] - committed[t]) * 1000 for t in mine if t in seen and t in committed
            )
            unseen += sum(1 for t in mine if t not in seen)
        hall_calls = [ms for hh, *_, ms in calls if hh == h]
        per_hall.append(
            {
                "hall": hall.hall_code,
                "windows": len(hall.window_ids),
                "pcs": sum(1 for pc in pcs if pc.hall == h),
                "issued": len(mine),
                "call_next_ms": {
                    "p50": _percentile(hall_calls, 50),
                    "p99": _percentile(hall_calls, 99),
                },
                "feed_ms": {
                    "p50": _percentile(feed_ms, 50),
                    "p95": _percentile(feed_ms, 95),
                    "samples": len(feed_ms),
                },
            }
        )
    numbers = Counter((h, line, number) for h, _, line, number in issued)
    duplicates = (
        sum(n - 1 for n in numbers.values() if n > 1)
        + sum(n - 1 for n in windows_of.values() if n > 1)
        + check.duplicate_numbers
        + check.called_twice
    )
    issued_ids = {t for _, t, *_ in issued}
    never_called = len(issued_ids - set(committed))
    not_issued = max(0, sum(r.planned for r in results) - len(issued))
    lost = never_called + unseen + check.not_final + check.not_rated + not_issued
    errors = [e for r in results for e in r.errors]
    return {
        "halls": len(halls),
        "windows": sum(len(h.window_ids) for h in halls),
        "pcs": dict(Counter(pc.kind for pc in pcs)),
        "issued": len(issued),
        "called": len(calls),
        "empty_calls": sum(r.empty_calls for r in results),
        "rated": sum(r.rated for r in results),
        "call_next_ms": {
            "p50": _percentile(call_ms, 50),
            "p99": _percentile(call_ms, 99),
            "samples": len(call_ms),
        },
        "feed_p95_ms_per_hall": {p["hall"]: p["feed_ms"]["p95"] for p in per_hall},
        "feed_p95_ms_worst_hall": max((p["feed_ms"]["p95"] for p in per_hall), default=0.0),
        **server,
        "duplicates": duplicates,
        "lost": lost,
        "lost_detail": {
            "not_issued": not_issued,
            "never_called": never_called,
            "call_not_seen_by_a_listener": unseen,
            "not_finished": check.not_final,
            "not_rated": check.not_rated,
        },
        "statuses": check.statuses,
        "errors": len(errors),
        "pcs_gave_up": sum(r.gave_up for r in results),
        "error_sample": errors[:3],
        "retries": sum(r.retries for r in results),
        "per_hall": per_hall,
    }


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a and b else None


async def _run(
    url: str,
    *,
    halls: int,
    windows: int,
    tickets_per_day: float,
    minutes: float,
    load: float,
    service_s: float,
    processes: int,
    alone: bool,
    history_days: int,
    history_writer: str,
) -> dict[str, Any]:
    from sqlalchemy import update

    from hall_desktop.store.database import Database
    from hall_desktop.store.models import District, Hall

    sizes = split_windows(halls, windows)
    run_s = minutes * 60
    total = round(tickets_per_day * load * run_s / DAY_S)
    counts = [round(total * w / windows) for w in sizes]
    arrivals = [arrival_times(n, run_s, seed=h + 1) for h, n in enumerate(counts)]
    prepared = [await prepare_hall(url, w, lines=min(LINES_PER_HALL, w)) for w in sizes]
    db = Database(url, application_name="hall-bench-district")
    try:
        async with db.write() as session:
            district = District(code="bench", name="基准测试区", centre_hall_id=prepared[0].hall_id)
            session.add(district)
            await session.flush()
            await session.execute(
                update(Hall)
                .where(Hall.id.in_([h.hall_id for h in prepared]))
                .values(district_id=district.id)
            )
    finally:
        await db.dispose()
    history: dict[str, Any] | None = None
    found_plans: dict[str, Any] | None = None
    if history_days:
        from hall_desktop.bench import district_plans as history_of

        per_day = [round(tickets_per_day * w / windows) for w in sizes]
        writer = {
            "sql": history_of.write_district_history_sql,
            "synthetic": history_of.write_district_history,
        }[history_writer]
        history = await asyncio.to_thread(writer, url, prepared, history_days, per_day)
        found_plans = await history_of.plans(url, prepared[0])
    ctx = mp.get_context("spawn")
    common: dict[str, Any] = {
        "run_s": run_s,
        "service_s": service_s,
        "processes": processes,
        "ctx": ctx,
    }
    district_run = await _phase(prepared, arrivals, seed=1, **common)
    report: dict[str, Any] = {
        "bench": "district",
        "backend": "postgresql",
        "tickets_per_day": tickets_per_day,
        "minutes": minutes,
        "load": load,
        "compression": round(DAY_S / run_s, 1),
        "service_s": service_s,
        "windows_per_hall": sizes,
        "district": district_run,
    }
    if history is not None:
        report["history"] = history
        report["plans"] = found_plans
    if alone:
        lone = await prepare_hall(url, sizes[0], lines=min(LINES_PER_HALL, sizes[0]))
        alone_run = await _phase([lone], arrivals[:1], seed=1, **common)
        centre = district_run["per_hall"][0]
        report["alone"] = alone_run
        report["centre_district_vs_alone"] = {
            "call_next_p50": _ratio(
                centre["call_next_ms"]["p50"], alone_run["call_next_ms"]["p50"]
            ),
            "call_next_p99": _ratio(
                centre["call_next_ms"]["p99"], alone_run["call_next_ms"]["p99"]
            ),
            "feed_p95": _ratio(
                centre["feed_ms"]["p95"], alone_run["per_hall"][0]["feed_ms"]["p95"]
            ),
        }
    report["duplicates"] = district_run["duplicates"] + report.get("alone", {}).get("duplicates", 0)
    report["lost"] = district_run["lost"] + report.get("alone", {}).get("lost", 0)
    report["cpu_count"] = os.cpu_count()
    return report


def server_settings_for_pooling(url: str) -> None:
    """The session settings the program sends at start-up, made the database's own:
    through a transaction-mode pooler the start-up packet's ``options`` cannot carry
    them (README, "Running a district")."""
    from sqlalchemy import create_engine, text

    from hall_desktop.store.database import (
        PG_IDLE_IN_TRANSACTION_S,
        WRITE_LOCK_WAIT_S,
        parse_db_url,
        sync_url,
    )

    target = sync_url(parse_db_url(url))
    engine = create_engine(target, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            name = target.database
            conn.execute(
                text(f"ALTER DATABASE \"{name}\" SET lock_timeout = '{round(WRITE_LOCK_WAIT_S)}s'")
            )
            conn.execute(
                text(
                    f'ALTER DATABASE "{name}" SET idle_in_transaction_session_timeout'
                    f" = '{PG_IDLE_IN_TRANSACTION_S}s'"
                )
            )
    finally:
        engine.dispose()


SQLITE_REFUSED = (
    "bench district 只支持 PostgreSQL：一个区县的所有大厅共用一台数据库服务器，"
    "请用 --db postgresql://用户@主机:端口/库名 指定服务器"
)


def run_district_bench(
    *,
    db: str | None = None,
    halls: int = 16,
    windows: int = 300,
    tickets_per_day: float = 30000,
    minutes: float = 3.0,
    load: float = 1.0,
    service_s: float = 2.0,
    processes: int = PROCESSES,
    alone: bool = True,
    pgbouncer: bool = False,
    history_days: int = 0,
    history_writer: str = "sql",
) -> dict[str, Any]:
    """``db``: a PostgreSQL server's URL (by default ``HALL_TEST_PG_URL`` or this
    machine's); the bench makes its own database there and drops it at the end."""
    if halls < 1 or windows < halls or tickets_per_day <= 0 or minutes <= 0 or load <= 0:
        raise ValueError("halls, windows, tickets, minutes and load must be positive")
    if service_s < 0 or processes < 1 or history_days < 0:
        raise ValueError("service time must not be negative, processes at least one")
    if db is None:
        db = os.environ.get("HALL_TEST_PG_URL") or "postgresql://postgres@127.0.0.1:5432/postgres"
    if db == "sqlite" or not db.startswith(("postgresql", "postgres:")):
        raise ValueError(SQLITE_REFUSED)
    url, _, cleanup = open_bench_database(db)
    try:
        with contextlib.ExitStack() as stack:
            if pgbouncer:
                from hall_desktop.bench.pgbouncer import private_pgbouncer

                server_settings_for_pooling(url)
                url = stack.enter_context(private_pgbouncer(url))
            found = asyncio.run(
                _run(
                    url,
                    halls=halls,
                    windows=windows,
                    tickets_per_day=tickets_per_day,
                    minutes=minutes,
                    load=load,
                    service_s=service_s,
                    processes=processes,
                    alone=alone,
                    history_days=history_days,
                    history_writer=history_writer,
                )
            )
            return found | {"pgbouncer": pgbouncer}
    finally:
        cleanup()


def add_parser(bench_subparsers: Any) -> None:
    """The ``district`` subcommand of ``hall-desktop bench``."""
    district = bench_subparsers.add_parser(
        "district", help="一个区县的全部大厅共用一台 PostgreSQL：叫号、推送、连接数"
    )
    district.add_argument(
        "--db",
        default=None,
        help="PostgreSQL 服务器地址（默认 HALL_TEST_PG_URL 或本机；在其上新建并删除自己的库）",
    )
    district.add_argument(
        "--halls", type=int, default=16, help="大厅数（1 个中心 + 乡镇，默认 16）"
    )
    district.add_argument("--windows", type=int, default=300, help="全区窗口数（默认 300）")
    district.add_argument(
        "--tickets-per-day", type=float, default=30000, help="全区每天取号数（默认 30000）"
    )
    district.add_argument(
        "--minutes", type=float, default=3.0, help="把一天压缩成多少分钟运行（默认 3）"
    )
    district.add_argument(
        "--load",
        type=float,
        default=1.0,
        help="取号速度是真实一天同一时刻的几倍（默认 1，即真实负荷）",
    )
    district.add_argument(
        "--service-s", type=float, default=2.0, help="每人办理的平均秒数（压缩后，默认 2）"
    )
    district.add_argument(
        "--processes", type=int, default=PROCESSES, help="模拟电脑分布在几个进程里（默认 3）"
    )
    district.add_argument(
        "--pgbouncer",
        action="store_true",
        help="各电脑的连接池经本机临时启动的 PgBouncer（事务模式），实时推送的监听连接直连数据库",
    )
    district.add_argument(
        "--history-days",
        type=int,
        default=0,
        help="先写入多少个工作日的全区历史（每天按 --tickets-per-day），再输出三个查询的执行计划",
    )
    district.add_argument(
        "--history-writer",
        choices=["sql", "synthetic"],
        default="sql",
        help="历史的写法：sql 由服务器批量生成（快），synthetic 用演示数据生成器（细，慢）",
    )
    district.add_argument(
        "--no-alone", dest="alone", action="store_false", help="不再单独测中心大厅"
    )


def main_from_args(args: argparse.Namespace) -> dict[str, Any]:
    return run_with_args(run_district_bench, args)

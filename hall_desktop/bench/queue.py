"""``hall-desktop bench queue``: clerk processes calling against one database.

N clerk processes call next → start → finish in a loop while desk processes issue M
tickets over three lines that every clerk's window serves, so every call competes with
the others for the same tickets. A clerk serves each citizen for ``service_ms`` (a hall
compressed in time: real service takes minutes) and the desks issue a little faster than
the clerks serve, so the queue never runs dry; ``service_ms=0`` drops the pacing and
every process hammers the database as fast as the CPU allows (a stress run: on two cores
its latencies measure CPU queueing more than the database).

Prints issue and call-next latency (p50/p99 ms), calls per second, and the figures that
must be zero: duplicates (a number issued twice, or a ticket called by two windows),
lost (an issued ticket that did not end up served), errors (any exception a desk or a
clerk saw; the worker then tries the same action again, as a person would click again)
and deadlocks (PostgreSQL's own count for the run's database). ``retries`` counts the
units of work the program ran again after the database rolled them back.
"""

from __future__ import annotations

import asyncio
import functools
import multiprocessing as mp
import os
import random
import statistics
import tempfile
import time
import traceback
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import delete, func, select, text
from sqlalchemy.engine import URL, make_url

from hall_desktop.domain.queue import PRIORITY_EVERY_MAX
from hall_desktop.domain.tickets import Outcome, Priority
from hall_desktop.services.actor import Actor, Role
from hall_desktop.services.queue import QueueService
from hall_desktop.store import schema
from hall_desktop.store.database import Database, parse_db_url
from hall_desktop.store.models import (
    BusinessLine,
    Hall,
    ServiceWindow,
    Staff,
    Ticket,
    WindowLine,
)
from hall_desktop.store.seed import seed_demo

BENCH_LINES = ("A", "Q", "S")
#: Prefixes of the lines a bench hall adds after the demo's seven (``prepare_hall(lines=N)``).
EXTRA_PREFIXES = "CDEFHJKLMNPRUVWYZ"
LINES_PER_WINDOW = 3
DEFAULT_PG_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
IDLE_POLL_S = 0.005
ACTION_ATTEMPTS = 5  # tries of one action before a worker gives up (and the run fails)
_T = TypeVar("_T")


@dataclass(frozen=True)
class BenchHall:
    url: str
    hall_id: int
    hall_code: str
    line_ids: tuple[int, ...]
    window_ids: tuple[int, ...]
    guide: Actor
    clerks: tuple[Actor, ...]


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return round(ordered[index], 3)


def _bench_hash(password: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(password)


async def prepare_hall(url: str, clerks: int, every: int = 0, *, lines: int = 0) -> BenchHall:
    """Seed a hall and give it ``clerks`` windows that all serve the bench lines;
    ``every``: the hall's interleave (0 strict, N for N:1).

    ``lines`` > 0: the hall has that many lines instead (the demo's, then added ones), none
    with a daily limit, and window ``i`` serves :data:`LINES_PER_WINDOW` of them, lines
    ``i``, ``i + 1``, … in that rank, so each line is first for as many windows as any
    other; ``line_ids`` are then all of them, in order."""
    db = Database(url)
    try:
        report = await seed_demo(
            db, hall_code=f"bench_{uuid.uuid4().hex[:8]}", hash_password=_bench_hash
        )
        async with db.write() as session:
            hall_row = await session.get(Hall, report.hall_id)
            assert hall_row is not None
            hall_row.priority_every = every
            if lines:
                await _add_lines(session, report.hall_id, lines)
            line_rows = await session.execute(
                select(BusinessLine.prefix, BusinessLine.id)
                .where(BusinessLine.hall_id == report.hall_id)
                .order_by(BusinessLine.sort_order, BusinessLine.id)
            )
            prefixes = {prefix: line_id for prefix, line_id in line_rows}
            bench_lines = tuple(prefixes)[:lines] if lines else BENCH_LINES
            windows = list(
                await session.scalars(
                    select(ServiceWindow)
                    .where(ServiceWindow.hall_id == report.hall_id)
                    .order_by(ServiceWindow.number)
                )
            )
            for number in range(len(windows) + 1, clerks + 1):
                window = ServiceWindow(
                    hall_id=report.hall_id,
                    number=number,
                    name="综合受理窗口",
                    kind="comprehensive",
                    active=True,
                    paused=False,
                )
                session.add(window)
                windows.append(window)
            await session.flush()
            used = windows[:clerks]
            await session.execute(
                delete(WindowLine).where(WindowLine.window_id.in_([w.id for w in used]))
            )
            session.add_all(
                WindowLine(window_id=w.id, line_id=prefixes[p], rank=rank)
                for i, w in enumerate(used)
                for rank, p in enumerate(_lines_of(i, bench_lines, rotate=bool(lines)), start=1)
            )
            # One clerk per window: the demo's ten, then as many more as the bench needs.
            password = _bench_hash("bench")
            session.add_all(
                Staff(
                    hall_id=report.hall_id,
                    login=f"clerk{n}",
                    name=f"窗口{n}",
                    staff_number=f"2{n:03d}",
                    roles="clerk",
                    password_hash=password,
                    active=True,
                    failed_logins=0,
                )
                for n in range(11, clerks + 1)
            )
            await session.flush()
            staff_ids = dict(
                (login, sid)
                for login, sid in await session.execute(
                    select(Staff.login, Staff.id).where(Staff.hall_id == report.hall_id)
                )
            )
        guide = Actor(
            staff_ids["daoban"], report.hall_id, "daoban", "李导办", "1001", frozenset({Role.GUIDE})
        )
        clerk_actors = tuple(
            Actor(
                staff_ids[f"clerk{i + 1}"],
                report.hall_id,
                f"clerk{i + 1}",
                "窗口",
                f"2{i + 1:03d}",
                frozenset({Role.CLERK}),
            )
            for i in range(clerks)
        )
        queue = QueueService(db)
        for clerk, window in zip(clerk_actors, used, strict=True):
            await queue.sign_in(clerk, window.id)  # as each clerk's workstation does
        return BenchHall(
            url=url,
            hall_id=report.hall_id,
            hall_code=report.hall_code,
            line_ids=tuple(prefixes[p] for p in bench_lines),
            window_ids=tuple(w.id for w in used),
            guide=guide,
            clerks=clerk_actors,
        )
    finally:
        await db.dispose()


async def _add_lines(session: Any, hall_id: int, count: int) -> None:
    """The hall's lines made ``count`` (the demo's first, then added ones), no daily
    limit on any: a bench's calls must always find someone."""
    existing = list(
        await session.scalars(
            select(BusinessLine)
            .where(BusinessLine.hall_id == hall_id)
            .order_by(BusinessLine.sort_order, BusinessLine.id)
        )
    )
    if count > len(existing) + len(EXTRA_PREFIXES):
        raise ValueError(f"at most {len(existing) + len(EXTRA_PREFIXES)} lines")
    for line in existing:
        line.daily_limit = None
        line.active = line in existing[:count]
    session.add_all(
        BusinessLine(
            hall_id=hall_id,
            prefix=prefix,
            name=f"业务{prefix}",
            daily_limit=None,
            first_number=1,
            default_service_minutes=10,
            active=True,
            sort_order=len(existing) + n,
        )
        for n, prefix in enumerate(EXTRA_PREFIXES[: max(0, count - len(existing))])
    )
    await session.flush()


def _lines_of(index: int, prefixes: tuple[str, ...], *, rotate: bool) -> tuple[str, ...]:
    """The lines window ``index`` serves, in rank order."""
    if not rotate:
        return prefixes
    n = min(LINES_PER_WINDOW, len(prefixes))
    return tuple(prefixes[(index + k) % len(prefixes)] for k in range(n))


def _report_failure(
    out: Any,
    run: Callable[[], Coroutine[Any, Any, None]],
    runner: Callable[[Coroutine[Any, Any, None]], Any] = asyncio.run,
) -> None:
    """Run a worker (by ``runner``: a plain asyncio loop unless said otherwise); a
    failure goes to the parent as ("error", traceback), not a hang."""
    try:
        runner(run())
    except BaseException:
        out.put(("error", traceback.format_exc(), []))
        raise


def _collect(out: Any, procs: list[Any], count: int, timeout_s: float = 600) -> list[Any]:
    """``count`` results from the workers; fails at once when one of them failed."""
    results: list[Any] = []
    deadline = time.monotonic() + timeout_s
    while len(results) < count:
        try:
            result = out.get(timeout=1)
        except Exception:  # queue.Empty: check that everybody is still alive
            dead = [p for p in procs if p.exitcode not in (None, 0)]
            if dead or time.monotonic() > deadline:
                raise RuntimeError(
                    f"bench workers failed or stalled (exit codes {[p.exitcode for p in procs]})"
                ) from None
            continue
        if isinstance(result, tuple) and result[0] == "error":
            raise RuntimeError(f"a bench worker failed:\n{result[1]}")
        results.append(result)
    return results


async def _again(action: Callable[[], Awaitable[_T]], errors: list[str]) -> _T:
    """Do one action; on an exception note it in ``errors`` and try again."""
    for attempt in range(1, ACTION_ATTEMPTS + 1):
        try:
            return await action()
        except Exception as e:
            errors.append(f"{type(e).__name__}: {e}"[:300])
            if attempt == ACTION_ATTEMPTS:
                raise
            await asyncio.sleep(IDLE_POLL_S)
    raise AssertionError("unreachable")


def _desk_process(
    hall: BenchHall,
    count: int,
    offset: int,
    rate: float,
    share: float,
    ready: Any,
    go: Any,
    out: Any,
) -> None:
    async def run() -> None:
        # The same arrivals in every run of the bench: a seed per desk.
        chance = random.Random(1000 + offset)
        db = Database(hall.url)
        queue = QueueService(db)
        issued: list[tuple[int, int, str]] = []
        latencies: list[float] = []
        errors: list[str] = []
        await queue.line_statuses(hall.hall_id)  # connect before the clock starts
        ready.put("desk")
        go.wait()
        started = time.perf_counter()
        for i in range(count):
            if rate > 0:  # keep to the schedule: ticket i is due at i / rate seconds
                delay = started + i / rate - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
            line_id = hall.line_ids[(i + offset) % len(hall.line_ids)]
            t0 = time.perf_counter()
            green = chance.random() < share
            issue = functools.partial(
                queue.issue_ticket,
                hall.guide,
                line_id,
                priority=Priority.GREEN if green else Priority.NORMAL,
                priority_reason="老年人" if green else None,
            )
            ticket = (await _again(issue, errors)).ticket
            latencies.append((time.perf_counter() - t0) * 1000)
            issued.append((ticket.id, ticket.line_id, ticket.number))
        await db.dispose()
        out.put(("desk", issued, latencies, {"errors": errors, "retries": db.retries}))

    _report_failure(out, run)


def _clerk_process(
    hall: BenchHall,
    index: int,
    service_s: float,
    ready: Any,
    go: Any,
    issuing_done: Any,
    out: Any,
) -> None:
    async def run() -> None:
        db = Database(hall.url)
        queue = QueueService(db)
        actor, window_id = hall.clerks[index], hall.window_ids[index]
        called: list[int] = []
        latencies: list[float] = []
        errors: list[str] = []
        # One empty call before the clock starts, as a clerk's program makes on opening:
        # statement compilation and the first connection are not what is measured.
        assert await queue.call_next(actor, window_id) is None
        ready.put("clerk")
        go.wait()
        while True:
            done_before = issuing_done.is_set()
            t0 = time.perf_counter()
            ticket = await _again(lambda: queue.call_next(actor, window_id), errors)
            elapsed = (time.perf_counter() - t0) * 1000
            if ticket is None:
                if done_before:
                    break  # nothing left and nothing more coming
                await asyncio.sleep(IDLE_POLL_S)
                continue
            latencies.append(elapsed)
            called.append(ticket.id)
            await _again(functools.partial(queue.start, actor, ticket.id), errors)
            if service_s:
                await asyncio.sleep(service_s)
            finish = functools.partial(queue.finish, actor, ticket.id, outcome=Outcome.COMPLETED)
            await _again(finish, errors)
        await db.dispose()
        out.put(("clerk", called, latencies, {"errors": errors, "retries": db.retries}))

    _report_failure(out, run)


async def _baseline(url: str, calls: int) -> list[float]:
    """Call-next latency of one clerk alone in a hall of its own: the same run's yardstick."""
    hall = await prepare_hall(url, 1)
    db = Database(url)
    queue = QueueService(db)
    try:
        for i in range(calls):
            await queue.issue_ticket(hall.guide, hall.line_ids[i % len(hall.line_ids)])
        clerk, window_id = hall.clerks[0], hall.window_ids[0]
        latencies = []
        for _ in range(calls):
            t0 = time.perf_counter()
            ticket = await queue.call_next(clerk, window_id)
            latencies.append((time.perf_counter() - t0) * 1000)
            assert ticket is not None
            await queue.start(clerk, ticket.id)
            await queue.finish(clerk, ticket.id, outcome=Outcome.COMPLETED)
        return latencies[10:]  # the first calls compile statements and connect
    finally:
        await db.dispose()


@dataclass(frozen=True)
class _Check:
    statuses: dict[str, int]
    duplicate_numbers: int


async def _verify(url: str, hall_id: int) -> _Check:
    db = Database(url)
    try:
        async with db.read() as session:
            statuses = dict(
                (s, n)
                for s, n in await session.execute(
                    select(Ticket.status, func.count())
                    .where(Ticket.hall_id == hall_id)
                    .group_by(Ticket.status)
                )
            )
            duplicate_numbers = await session.scalar(
                select(func.count()).select_from(
                    select(Ticket.line_id, Ticket.service_day, Ticket.seq)
                    .where(Ticket.hall_id == hall_id)
                    .group_by(Ticket.line_id, Ticket.service_day, Ticket.seq)
                    .having(func.count() > 1)
                    .subquery()
                )
            )
        return _Check(statuses=statuses, duplicate_numbers=duplicate_numbers or 0)
    finally:
        await db.dispose()


async def _deadlocks(url: str) -> int | None:
    """PostgreSQL's count of deadlocks in the run's database (None on SQLite), once
    every worker's session has ended (a session reports its counts as it ends)."""
    db = Database(url)
    if not db.is_postgresql:
        await db.dispose()
        return None
    try:
        async with db.engine.connect() as conn:
            others = text(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            for _ in range(100):
                await conn.execute(text("SELECT pg_stat_clear_snapshot()"))  # read afresh
                if not (await conn.execute(others)).scalar_one():
                    break
                await asyncio.sleep(0.05)
            await conn.execute(text("SELECT pg_stat_clear_snapshot()"))
            found = await conn.execute(
                text("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")
            )
            return int(found.scalar_one() or 0)
    finally:
        await db.dispose()


def _create_database(backend: str, pg_url: str | None) -> tuple[str, Any]:
    """A fresh database for one run, and a function that removes it."""
    if backend == "sqlite":
        folder = tempfile.TemporaryDirectory(prefix="hall-bench-")
        url = f"sqlite:///{folder.name}/bench.sqlite3"
        schema.upgrade(parse_db_url(url))
        return url, folder.cleanup
    server = make_url(pg_url or os.environ.get("HALL_TEST_PG_URL") or DEFAULT_PG_URL)
    name = f"hall_bench_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    target: URL = parse_db_url(server.set(database=name).render_as_string(hide_password=False))
    schema.upgrade(target)

    def drop() -> None:
        from sqlalchemy import create_engine, text

        from hall_desktop.store.database import sync_url
        from hall_desktop.store.privacy import ENGINE_OPTIONS

        engine = create_engine(
            sync_url(target).set(database="postgres"),
            isolation_level="AUTOCOMMIT",
            **ENGINE_OPTIONS,
        )
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()

    return target.render_as_string(hide_password=False), drop


def open_bench_database(db: str | None) -> tuple[str, str, Callable[[], None]]:
    """A bench's ``--db``: None (or "sqlite") for a fresh temporary SQLite file, a
    PostgreSQL server's URL for a fresh database on it, a SQLite URL for that file as it
    is. The URL, its backend and a function that removes what the bench made."""
    if db is None or db == "sqlite":
        url, cleanup = _create_database("sqlite", None)
        return url, "sqlite", cleanup
    parsed = parse_db_url(db)
    if parsed.get_backend_name() == "postgresql":
        server = make_url(db).set(drivername="postgresql")
        url, cleanup = _create_database("postgresql", server.render_as_string(hide_password=False))
        return url, "postgresql", cleanup
    schema.upgrade(parsed)
    return db, "sqlite", lambda: None


async def _waits(url: str, hall_id: int) -> dict[str, dict[str, float]]:
    """Seconds from issue to first call, of ordinary and of priority tickets."""
    db = Database(url)
    try:
        async with db.read() as session:
            rows = (
                await session.execute(
                    select(Ticket.priority, Ticket.issued_at, Ticket.first_called_at).where(
                        Ticket.hall_id == hall_id, Ticket.first_called_at.is_not(None)
                    )
                )
            ).all()
    finally:
        await db.dispose()
    waits: dict[str, list[float]] = {"ordinary": [], "priority": []}
    for priority, issued_at, called_at in rows:
        assert called_at is not None  # selected so
        kind = "ordinary" if priority == int(Priority.NORMAL) else "priority"
        waits[kind].append((called_at - issued_at).total_seconds())
    return {
        kind: {
            "count": len(values),
            "p50": _percentile(values, 50),
            "p95": _percentile(values, 95),
            "max": round(max(values), 3) if values else 0.0,
        }
        for kind, values in waits.items()
    }


def parse_interleave(text: str) -> int:
    """ "2:1" → 2 (after two priority tickets one ordinary); "strict" → 0."""
    if text.strip().lower() == "strict":
        return 0
    left, colon, right = text.partition(":")
    try:
        every = int(left)
    except ValueError:
        every = -1
    if not colon or right.strip() != "1" or not 1 <= every <= PRIORITY_EVERY_MAX:
        raise ValueError(f"--interleave 应为 N:1（N 为 1 到 {PRIORITY_EVERY_MAX}）或 strict")
    return every


MUST_BE_ZERO = ("duplicates", "lost", "errors", "deadlocks")


def run_queue_bench(
    *,
    backend: str,
    clerks: int,
    tickets: int,
    desks: int = 2,
    service_ms: float = 1000.0,
    pg_url: str | None = None,
    priority_share: float = 0.0,
    interleave: str | None = None,
) -> dict[str, Any]:
    """One run under the strict policy; with ``interleave`` ("2:1") a second run with
    the same arrivals under it, and the waits of ordinary and priority tickets of both
    side by side (``fairness``)."""
    if clerks < 1 or tickets < 1 or desks < 1 or service_ms < 0:
        raise ValueError("clerks, tickets and desks must be positive")
    if not 0 <= priority_share <= 1:
        raise ValueError("--priority-share 应在 0 到 1 之间")
    policies = {"strict": 0}
    if interleave is not None and parse_interleave(interleave):
        policies[f"{parse_interleave(interleave)}:1"] = parse_interleave(interleave)
    url, cleanup = _create_database(backend, pg_url)
    try:
        baseline_ms = asyncio.run(_baseline(url, 110))
        runs = {
            name: _one_run(
                url, clerks, tickets, desks, service_ms, priority_share, every, baseline_ms
            )
            for name, every in policies.items()
        }
    finally:
        cleanup()
    head = {"bench": "queue", "backend": backend, "priority_share": priority_share}
    if len(runs) == 1:
        return {**head, **runs["strict"]}
    return {
        **head,
        "interleave": interleave,
        "fairness": {name: run["wait_s"] for name, run in runs.items()},
        **{key: sum(run[key] or 0 for run in runs.values()) for key in MUST_BE_ZERO},
        "runs": runs,
    }


def _one_run(
    url: str,
    clerks: int,
    tickets: int,
    desks: int,
    service_ms: float,
    share: float,
    every: int,
    baseline_ms: list[float],
) -> dict[str, Any]:
    # Issue 25 % faster than the clerks can serve, so nobody waits for work.
    rate = 1.25 * clerks / (service_ms / 1000) / desks if service_ms else 0.0
    everyone: list[Any] = []
    try:
        hall = asyncio.run(prepare_hall(url, clerks, every))
        ctx = mp.get_context("spawn")
        go, issuing_done, ready, out = ctx.Event(), ctx.Event(), ctx.Queue(), ctx.Queue()
        per_desk = [tickets // desks + (1 if i < tickets % desks else 0) for i in range(desks)]
        desk_procs = [
            ctx.Process(target=_desk_process, args=(hall, n, i, rate, share, ready, go, out))
            for i, n in enumerate(per_desk)
        ]
        clerk_procs = [
            ctx.Process(
                target=_clerk_process,
                args=(hall, i, service_ms / 1000, ready, go, issuing_done, out),
            )
            for i in range(clerks)
        ]
        everyone = desk_procs + clerk_procs
        for p in everyone:
            p.start()
        _collect(ready, everyone, len(everyone), 300)  # all connected and warmed up
        started = time.perf_counter()
        go.set()
        results = _collect(out, everyone, len(desk_procs))
        issuing_done.set()
        results += _collect(out, everyone, len(clerk_procs))
        wall = time.perf_counter() - started
        for p in everyone:
            p.join(timeout=30)
        issued = [t for kind, rows, _, _ in results if kind == "desk" for t in rows]
        issue_ms = [x for kind, _, lat, _ in results if kind == "desk" for x in lat]
        called = [t for kind, rows, _, _ in results if kind == "clerk" for t in rows]
        call_ms = [x for kind, _, lat, _ in results if kind == "clerk" for x in lat]
        errors = [e for *_, stats in results for e in stats["errors"]]
        retries = sum(stats["retries"] for *_, stats in results)
        check = asyncio.run(_verify(url, hall.hall_id))
        deadlocks = asyncio.run(_deadlocks(url))
        issued_ids = {t[0] for t in issued}
        call_counts = Counter(called)
        double_calls = sum(n - 1 for n in call_counts.values() if n > 1)
        duplicate_numbers = len(issued) - len({(line, number) for _, line, number in issued})
        not_served = len(issued_ids - set(call_counts)) + (
            len(issued_ids) - check.statuses.get("done", 0)
        )
        return {
            "policy": f"{every}:1" if every else "strict",
            "clerks": clerks,
            "desks": desks,
            "tickets": tickets,
            "service_ms": service_ms,
            "issue_per_second": round(rate * desks, 2) if rate else "unpaced",
            "issued": len(issued),
            "called": len(called),
            "issue_ms": {"p50": _percentile(issue_ms, 50), "p99": _percentile(issue_ms, 99)},
            "call_next_ms": {
                "p50": _percentile(call_ms, 50),
                "p99": _percentile(call_ms, 99),
                "mean": round(statistics.fmean(call_ms), 3) if call_ms else 0.0,
            },
            "baseline_call_next_ms": {
                "p50": _percentile(baseline_ms, 50),
                "p99": _percentile(baseline_ms, 99),
            },
            "call_next_p50_vs_baseline": (
                round(_percentile(call_ms, 50) / _percentile(baseline_ms, 50), 2)
                if call_ms and baseline_ms
                else None
            ),
            "calls_per_second": round(len(called) / wall, 1) if wall else 0.0,
            "wall_seconds": round(wall, 3),
            "duplicates": double_calls + duplicate_numbers + check.duplicate_numbers,
            "lost": max(0, tickets - len(issued)) + not_served,
            "errors": len(errors),
            "error_kinds": dict(Counter(e.split(":", 1)[0] for e in errors)),
            "error_sample": errors[:3],
            "deadlocks": deadlocks,
            "retries": retries,
            "statuses": check.statuses,
            "wait_s": asyncio.run(_waits(url, hall.hall_id)),
            "cpu_count": os.cpu_count(),
        }
    finally:
        for p in everyone:  # after a failure: leave no worker behind
            if p.is_alive():
                p.terminate()
                p.join(timeout=10)

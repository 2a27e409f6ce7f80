"""A district's history and the query plans of its hottest reads (``bench district
--history-days N``).

The history: ``days`` working days before today for every hall of the district, each
hall's share of the district's tickets a day, written by the synthetic writer
(:func:`hall_desktop.store.synthetic.write_history`: ``COPY``, one transaction a hall),
then ``ANALYZE`` as autovacuum would.

The plans: the statements the program runs for call-next (the queue's claim of the
next ticket), for the live feed's read and for the statistics' heaviest query
(``_Queries.counted``), captured as they are sent and run again under
``EXPLAIN (ANALYZE, BUFFERS)`` with the same parameters, in a transaction that is
rolled back (call-next writes).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, event, text

from hall_desktop.bench.queue import BenchHall
from hall_desktop.domain.hours import service_day
from hall_desktop.domain.tickets import Outcome
from hall_desktop.store.database import Database, parse_db_url, sync_url
from hall_desktop.store.privacy import ENGINE_OPTIONS
from hall_desktop.store.synthetic import write_history

ZONE = ZoneInfo("Asia/Shanghai")


async def _working_days(url: str, hall_id: int, count: int) -> list[date]:
    """The ``count`` working days before today (the hall's calendar), ascending."""
    from hall_desktop.services.schedule import load_schedule

    db = Database(url, application_name="hall-bench-history")
    try:
        async with db.read() as session:
            schedule = await load_schedule(session, hall_id)
            today = service_day(await db.now(session), ZONE)
    finally:
        await db.dispose()
    days: list[date] = []
    day = today - timedelta(days=1)
    while len(days) < count and day > today - timedelta(days=count * 3 + 30):
        if schedule.is_working_day(day):
            days.append(day)
        day -= timedelta(days=1)
    return sorted(days)


def write_district_history(
    url: str, halls: list[BenchHall], days: int, per_day: list[int]
) -> dict[str, Any]:
    """``days`` working days of history for each hall (``per_day[i]`` tickets a day
    for hall ``i``); what was written and how fast."""
    started = time.perf_counter()
    calendar = asyncio.run(_working_days(url, halls[0].hall_id, days))
    engine = create_engine(sync_url(parse_db_url(url)), **ENGINE_OPTIONS)
    rows: dict[str, int] = {}
    try:
        for i, hall in enumerate(halls):
            with engine.begin() as conn:
                _, counts = write_history(conn, hall.hall_id, calendar, per_day[i], seed=i + 1)
            for table, n in counts.items():
                rows[table] = rows.get(table, 0) + n
        written = time.perf_counter() - started
        with engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()
    finally:
        engine.dispose()
    tickets = rows.get("ticket", 0)
    return {
        "working_days": len(calendar),
        "first_day": calendar[0].isoformat() if calendar else None,
        "rows": rows,
        "write_s": round(written, 1),
        "analyze_s": round(time.perf_counter() - started - written, 1),
        "tickets_per_s": round(tickets / written) if written else None,
    }


class _Captured:
    """The statements a :class:`Database`'s engine sends, with their parameters."""

    def __init__(self, db: Database) -> None:
        self.statements: list[tuple[str, Any]] = []
        self.on = False
        event.listen(db.engine.sync_engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if self.on:
            self.statements.append((statement, params))

    async def during(self, work: Callable[[], Awaitable[Any]]) -> list[tuple[str, Any]]:
        self.statements, self.on = [], True
        try:
            await work()
        finally:
            self.on = False
        return self.statements


def _explain(url: str, statement: str, params: Any) -> list[str]:
    """``EXPLAIN (ANALYZE, BUFFERS)`` of one captured statement, rolled back."""
    import psycopg
    from sqlalchemy.engine import make_url

    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo) as conn:
        try:
            found = conn.execute(f"EXPLAIN (ANALYZE, BUFFERS) {statement}", params).fetchall()
            return [str(r[0]) for r in found]
        finally:
            conn.rollback()


def _pick(statements: list[tuple[str, Any]], *needles: str) -> tuple[str, Any]:
    for statement, params in statements:
        if all(n.lower() in statement.lower() for n in needles):
            return statement, params
    raise LookupError(f"no statement with {needles} among {len(statements)}")


async def plans(url: str, hall: BenchHall) -> dict[str, Any]:
    """The plans of call-next, the feed's read and the statistics' counted pass, in
    ``hall`` (a ticket issued so that call-next finds one, then served)."""
    from hall_desktop.services.actor import Actor, Role
    from hall_desktop.services.queue import QueueService
    from hall_desktop.services.statistics import StatisticsService

    db = Database(url, application_name="hall-bench-plans")
    captured = _Captured(db)
    queue = QueueService(db)
    try:
        # One ticket on a line of the first window: call-next finds it, and the hall is
        # left as it was (the simulated clerks start from an empty queue).
        await queue.issue_ticket(hall.guide, hall.line_ids[0])
        position = await queue.feed_position(hall.hall_id)
        clerk, window_id = hall.clerks[0], hall.window_ids[0]
        found: list[Any] = []

        async def call_next() -> None:
            found.append(await queue.call_next(clerk, window_id))

        call = await captured.during(call_next)
        feed = await captured.during(lambda: queue.read_feed(hall.hall_id, position))
        async with db.read() as session:
            supervisor = await session.scalar(
                text("SELECT id FROM staff WHERE hall_id = :h AND login = 'zhuren'"),
                {"h": hall.hall_id},
            )
            today = service_day(await db.now(session), ZONE)
        boss = Actor(
            int(supervisor or 0),
            hall.hall_id,
            "zhuren",
            "王主任",
            "0002",
            frozenset({Role.SUPERVISOR}),
        )
        stats = StatisticsService(db)
        first = today - timedelta(days=365)
        counted = await captured.during(lambda: stats.figures(boss, first, today))
        if found and found[0] is not None:  # the called ticket served, as a clerk would
            await queue.start(clerk, found[0].id)
            await queue.finish(clerk, found[0].id, outcome=Outcome.COMPLETED)
        call_ms = await _calls_with_history(queue, hall)
    finally:
        await db.dispose()
    direct = str(sync_url(parse_db_url(url)).render_as_string(hide_password=False))
    chosen = {
        "call_next": _pick(call, "SKIP LOCKED"),
        "feed_read": _pick(feed, "pg_snapshot_xmin", "FROM event"),
        "statistics_counted": _pick(counted, "LEFT OUTER JOIN rating", "GROUP BY"),
    }
    explained: dict[str, Any] = {
        name: {
            "statement": statement,
            "plan": await asyncio.to_thread(_explain, direct, statement, params),
        }
        for name, (statement, params) in chosen.items()
    }
    return explained | {"call_next_ms_with_history": call_ms}


CALLS_WITH_HISTORY = 100


async def _calls_with_history(queue: Any, hall: BenchHall) -> dict[str, Any]:
    """One clerk calls, starts and finishes :data:`CALLS_WITH_HISTORY` tickets in the
    hall (issued first): call-next's latency with the history in the tables."""
    from hall_desktop.bench.queue import _percentile

    for _ in range(CALLS_WITH_HISTORY + 5):
        await queue.issue_ticket(hall.guide, hall.line_ids[0])
    clerk, window_id = hall.clerks[0], hall.window_ids[0]
    times = []
    for _ in range(CALLS_WITH_HISTORY + 5):
        t0 = time.perf_counter()
        ticket = await queue.call_next(clerk, window_id)
        times.append((time.perf_counter() - t0) * 1000)
        assert ticket is not None
        await queue.start(clerk, ticket.id)
        await queue.finish(clerk, ticket.id, outcome=Outcome.COMPLETED)
    measured = times[5:]  # the first calls compile statements
    return {
        "p50": _percentile(measured, 50),
        "p99": _percentile(measured, 99),
        "max": round(max(measured), 3),
        "samples": len(measured),
    }


#: The server-side history: per ticket its issue, call and finish events, and a rating
#: for most of them; written by ``INSERT … SELECT generate_series`` (the synthetic
#: writer's rows go through Python: about 300 tickets a second on this machine, hours
#: for a district's year).
_TICKETS_SQL = """
INSERT INTO ticket (hall_id, line_id, service_day, seq, number, priority, status,
                    window_id, issued_at, first_called_at, last_called_at, call_count,
                    started_at, finished_at, closed_at, outcome)
SELECT :hall, (:lines)[1 + g % :nlines], d.day, g / :nlines + 1, 'H' || lpad(g::text, 5, '0'),
       0, 'done', (:windows)[1 + g % :nwindows], t.issued, t.issued + interval '10 minutes',
       t.issued + interval '10 minutes', 1, t.issued + interval '11 minutes',
       t.issued + interval '20 minutes', t.issued + interval '20 minutes', 'completed'
FROM unnest(CAST(:days AS date[])) AS d(day)
CROSS JOIN generate_series(0, :per_day - 1) AS g
CROSS JOIN LATERAL (
    SELECT (d.day + time '01:00') AT TIME ZONE 'UTC'
           + g * (interval '8 hours' / :per_day) AS issued
) AS t
"""
_EVENTS_SQL = """
INSERT INTO event (hall_id, at, kind, ticket_id, window_id, payload)
SELECT t.hall_id, e.at, e.kind, t.id, t.window_id, '{}'::json
FROM ticket t
CROSS JOIN LATERAL (VALUES (t.issued_at, 'ticket_issued'),
                           (t.first_called_at, 'ticket_called'),
                           (t.finished_at, 'ticket_finished')) AS e(at, kind)
WHERE t.hall_id = :hall AND t.id > :since
"""
_RATINGS_SQL = """
INSERT INTO rating (hall_id, ticket_id, window_id, level, rated, item_ids, at, excluded)
SELECT t.hall_id, t.id, t.window_id, 5, true, '[]'::json, t.finished_at, false
FROM ticket t
WHERE t.hall_id = :hall AND t.id > :since AND t.id % 20 <> 0
"""


def write_district_history_sql(
    url: str, halls: list[BenchHall], days: int, per_day: list[int]
) -> dict[str, Any]:
    """Like :func:`write_district_history`, generated by the server (``generate_series``):
    tickets served, their issue, call and finish events, a rating for 95 % of them. The
    event trigger's ``NOTIFY`` is off for the writing transaction (superuser:
    ``session_replication_role = replica``): the history is nobody's news."""
    started = time.perf_counter()
    calendar = asyncio.run(_working_days(url, halls[0].hall_id, days))
    engine = create_engine(sync_url(parse_db_url(url)), **ENGINE_OPTIONS)
    rows = {"ticket": 0, "event": 0, "rating": 0}
    try:
        for i, hall in enumerate(halls):
            with engine.begin() as conn:
                conn.execute(text("SET LOCAL session_replication_role = replica"))
                since = int(
                    conn.execute(text("SELECT coalesce(max(id), 0) FROM ticket")).scalar_one()
                )
                params = {"hall": hall.hall_id, "since": since}
                rows["ticket"] += conn.execute(
                    text(_TICKETS_SQL),
                    params
                    | {
                        "lines": list(hall.line_ids),
                        "nlines": len(hall.line_ids),
                        "windows": list(hall.window_ids),
                        "nwindows": len(hall.window_ids),
                        "days": calendar,
                        "per_day": per_day[i],
                    },
                ).rowcount
                rows["event"] += conn.execute(text(_EVENTS_SQL), params).rowcount
                rows["rating"] += conn.execute(text(_RATINGS_SQL), params).rowcount
        written = time.perf_counter() - started
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for table in ("ticket", "event", "rating"):
                conn.execute(text(f"VACUUM ANALYZE {table}"))
    finally:
        engine.dispose()
    return {
        "writer": "sql",
        "working_days": len(calendar),
        "first_day": calendar[0].isoformat() if calendar else None,
        "rows": rows,
        "write_s": round(written, 1),
        "analyze_s": round(time.perf_counter() - started - written, 1),
        "tickets_per_s": round(rows["ticket"] / written) if written else None,
    }

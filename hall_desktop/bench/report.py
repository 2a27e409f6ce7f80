"""``hall-desktop bench report``: the half-year statistics on a year of history.

The bench makes one demo hall on a database of its own (``--db``: by default a
temporary SQLite file; a PostgreSQL URL names the server, on which the bench creates
its own database and drops it at the end) and writes a year of the hall's history in
bulk, straight into the tables (Core ``executemany`` on SQLite, ``COPY`` on
PostgreSQL; going through the services would take hours): ``--days`` working days of
the hall's calendar from 1 January 2026, about ``--per-day`` numbers a day over the
demo lines, windows and clerks, with what became of them (served, 过号, cancelled,
transferred, expired), their events, the items handled, ratings (a share of 差评,
each with its 差评整改 case), free courier dispatches, 帮代办 and 延时服务 records, and
the 办件 of the tickets accepted (受理) with their due and closing dates (限时办结).

Measured: :meth:`StatisticsService.figures
<hall_desktop.services.statistics.StatisticsService.figures>` for 上半年 (1 January –
30 June) ``--runs`` times after one warm-up call (p50, p95); the peak memory of the
process (``tracemalloc`` over one more call and its PDF, and the process's maximum
resident size: the history is generated in another process); and the baseline
measured in the same run: one ``SELECT COUNT(*)`` of the same half-year's tickets. The
printed 统计报表 of those figures (the PDF the 统计 tab exports) is timed up to
three times. Targets (issue 20): figures p95 <= 2 s on SQLite, <= 1 s on PostgreSQL;
the PDF <= 3 s; memory under 300 MB.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import resource
import sys
import tempfile
import time
import tracemalloc
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text

from hall_desktop.bench import run_with_args
from hall_desktop.bench.queue import _bench_hash, _percentile, open_bench_database
from hall_desktop.services.actor import Actor, Role
from hall_desktop.services.schedule import load_schedule
from hall_desktop.services.statistics import HallStatistics, StatisticsService
from hall_desktop.statistics_files import statistics_pdf
from hall_desktop.store.database import Database, parse_db_url, sync_url
from hall_desktop.store.models import (
    Ticket,
)
from hall_desktop.store.privacy import ENGINE_OPTIONS
from hall_desktop.store.seed import seed_demo
from hall_desktop.store.synthetic import write_history

TARGET_P95_MS = {"sqlite": 2000.0, "postgresql": 1000.0}
TARGET_PEAK_MB = 300.0
TARGET_PDF_MS = 3000.0
PDF_RUNS = 3
FIRST_DAY = date(2026, 1, 1)
HALF_YEAR = (date(2026, 1, 1), date(2026, 6, 30))


def _working_days(url: str, hall_id: int, count: int) -> list[date]:
    async def read() -> list[date]:
        db = Database(url)
        try:
            async with db.read() as session:
                schedule = await load_schedule(session, hall_id)
        finally:
            await db.dispose()
        days: list[date] = []
        day = FIRST_DAY
        while len(days) < count:
            if schedule.is_working_day(day):
                days.append(day)
            day += timedelta(days=1)
        return days

    return asyncio.run(read())


def generate(url: str, days: int, per_day: int, seed: int = 20) -> tuple[Actor, dict[str, Any]]:
    """Seed a demo hall on ``url`` and write its history; the supervisor and what was
    written."""
    started = time.perf_counter()
    report = asyncio.run(
        seed_demo(
            Database(url),
            hall_code=f"report_{uuid.uuid4().hex[:6]}",
            hash_password=_bench_hash,
            today=FIRST_DAY,
        )
    )
    calendar = _working_days(url, report.hall_id, days)
    engine = create_engine(sync_url(parse_db_url(url)), **ENGINE_OPTIONS)
    try:
        with engine.begin() as conn:
            hall, counts = write_history(conn, report.hall_id, calendar, per_day, seed)
        with engine.connect() as conn:  # fresh planner statistics, as autovacuum would
            conn.execute(text("ANALYZE"))
            conn.commit()
    finally:
        engine.dispose()
    boss_id, login = hall.supervisor
    boss = Actor(boss_id, hall.id, login, "王主任", "0002", frozenset({Role.SUPERVISOR}))
    return boss, {
        "working_days": len(calendar),
        "first_day": calendar[0].isoformat(),
        "last_day": calendar[-1].isoformat(),
        "rows": counts,
        "generate_s": round(time.perf_counter() - started, 1),
    }


async def _measure(url: str, boss: Actor, runs: int) -> dict[str, Any]:
    db = Database(url, application_name="hall-bench-report")
    service = StatisticsService(db)
    start, end = HALF_YEAR
    try:
        async with db.read() as session:
            count_ms = []
            for _ in range(runs + 1):
                t0 = time.perf_counter()
                tickets = await session.scalar(
                    select(func.count())
                    .select_from(Ticket)
                    .where(
                        Ticket.hall_id == boss.hall_id,
                        Ticket.service_day >= start,
                        Ticket.service_day <= end,
                    )
                )
                count_ms.append((time.perf_counter() - t0) * 1000)
        figures = await service.figures(boss, start, end)  # warm-up: connections, compilation
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            figures = await service.figures(boss, start, end)
            times.append((time.perf_counter() - t0) * 1000)
        with tempfile.TemporaryDirectory(prefix="hall-report-") as folder:
            pdf_ms, size = [], 0
            for n in range(min(runs, PDF_RUNS)):
                t0 = time.perf_counter()
                size = _pdf(figures, Path(folder) / f"统计报表{n}.pdf").stat().st_size
                pdf_ms.append((time.perf_counter() - t0) * 1000)
            # Once more, traced (tracemalloc slows Python down: not timed).
            tracemalloc.start()
            _pdf(await service.figures(boss, start, end), Path(folder) / "traced.pdf")
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
    finally:
        await db.dispose()
    return {
        "tickets": tickets,
        "times": times,
        "pdf_ms": pdf_ms,
        "pdf_bytes": size,
        "count_ms": count_ms[1:],
        "traced_peak_mb": peak / 2**20,
        "served": figures.volume.total.served,
        "applications_due": figures.on_time.total.counted,
    }


def _pdf(figures: HallStatistics, path: Path) -> Path:
    """The printed 统计报表 of the figures, as the 统计 tab exports it."""
    return statistics_pdf(
        figures, path, hall_name=figures.hall_name, prepared_by="王主任", on=HALF_YEAR[1]
    )


def _stats(values: list[float]) -> dict[str, float]:
    return {
        "p50": _percentile(values, 50),
        "p95": _percentile(values, 95),
        "max": round(max(values), 3),
        "runs": len(values),
    }


def _maxrss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 1024  # bytes on macOS, else KiB


def run_report_bench(
    *, db: str | None = None, days: int = 250, per_day: int = 1200, runs: int = 5
) -> dict[str, Any]:
    if days < 1 or per_day < 1 or runs < 1:
        raise ValueError("days, per-day and runs must be positive")
    url, backend, cleanup = open_bench_database(db)
    try:
        # Generated in another process: this one's peak memory is the statistics' own.
        spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
            boss, written = pool.submit(generate, url, days, per_day).result()
        measured = asyncio.run(_measure(url, boss, runs))
    finally:
        cleanup()
    figures = _stats(measured["times"])
    pdf = _stats(measured["pdf_ms"])
    baseline = _stats(measured["count_ms"])
    target = TARGET_P95_MS[backend]
    peak_rss = _maxrss_mb()
    return {
        "bench": "report",
        "backend": backend,
        "history": written,
        "period": [d.isoformat() for d in HALF_YEAR],
        "period_tickets": measured["tickets"],
        "period_served": measured["served"],
        "period_applications_due": measured["applications_due"],
        "figures_ms": figures,
        "pdf_ms": pdf,
        "pdf_bytes": measured["pdf_bytes"],
        "baseline_count_ms": baseline,
        "p50_vs_baseline": round(figures["p50"] / baseline["p50"], 1) if baseline["p50"] else None,
        "memory_mb": {
            "traced_peak": round(measured["traced_peak_mb"], 1),
            "max_rss": round(peak_rss, 1),
        },
        "target": {"figures_p95_ms": target, "pdf_ms": TARGET_PDF_MS, "peak_mb": TARGET_PEAK_MB},
        "meets_target": figures["p95"] <= target
        and pdf["max"] <= TARGET_PDF_MS
        and peak_rss < TARGET_PEAK_MB,
        "cpu_count": os.cpu_count(),
    }


def add_parser(bench_subparsers: Any) -> None:
    """The ``report`` subcommand of ``hall-desktop bench``."""
    parser = bench_subparsers.add_parser("report", help="一年历史数据上的半年统计耗时")
    parser.add_argument(
        "--db",
        default=None,
        help="数据库地址（默认临时 SQLite 文件；PostgreSQL 地址则在该服务器上新建并删除自己的库）",
    )
    parser.add_argument("--days", type=int, default=250, help="历史的工作日数（默认 250）")
    parser.add_argument("--per-day", type=int, default=1200, help="每天约多少个号（默认 1200）")
    parser.add_argument("--runs", type=int, default=5, help="统计重复次数（默认 5）")


def main_from_args(args: Any) -> dict[str, Any]:
    return run_with_args(run_report_bench, args)

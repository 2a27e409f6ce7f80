"""``hall-desktop bench display``: the display's start-up time and memory.

Start-up: the real program (``hall-desktop display --windowed``, offscreen) is started
as a new process a few times; the time from ``Popen`` to its first painted frame with
the hall's data is measured, next to a yardstick from the same run: a bare PySide6
process that shows one empty widget. The first frame shows the last picture the
display kept (its previous run's; the first launch has none); the time to the first
frame with the hall's live data is reported beside it. Memory: the last display
process then receives ``calls`` calls made by this process through the services
(issue, call, finish, round robin over several windows), and reports its resident
memory every 500 calls; the result gives the first and last figure and the growth.
Targets (issue 23): start-up <= 400 ms, resident memory <= 200 MB, growth over the
second half of the calls <= 1 MB.
"""

from __future__ import annotations

import asyncio
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from typing import Any

from hall_desktop.bench import run_with_args
from hall_desktop.bench.queue import _create_database, prepare_hall
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.ui.display.last_picture import CACHE_ENV

LAUNCHES = 3
#: Issue 23: the first frame with the hall's data within 400 ms of the start, and no
#: more than 1 MB of growth over the second half of the calls (a display runs all day).
TARGET_STARTUP_MS = 400.0
TARGET_RSS_GROWTH_MB = 1.0
TARGET_RSS_MB = 200.0
WINDOWS = 8
FRAME_TIMEOUT_S = 60.0

_BARE_QT = textwrap.dedent(
    """
    import json, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication(sys.argv[:1])
    w = QWidget(); w.resize(1366, 768); w.show()
    def done():
        w.repaint(); print(json.dumps({"event": "first_frame", "at": time.time()}), flush=True)
        app.quit()
    QTimer.singleShot(0, done)
    app.exec()
    """
)


def _environment(cache_dir: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if cache_dir is not None:  # the displays' last pictures: this run's own
        env[CACHE_ENV] = cache_dir
    return env


class _Lines:
    """A process's stdout read by a thread, so waiting for a line can time out."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        self._queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._queue.put(line)
        self._queue.put(None)

    def event(self, wanted: str | tuple[str, ...], timeout_s: float) -> dict[str, Any]:
        """The next JSON line whose event is ``wanted`` (or one of them; other output is
        skipped)."""
        wanted = (wanted,) if isinstance(wanted, str) else wanted
        deadline = time.monotonic() + timeout_s
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise RuntimeError(f"no {wanted!r} from the display within {timeout_s} s")
            try:
                line = self._queue.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                code = self.proc.poll()
                raise RuntimeError(f"the display exited (code {code}) before {wanted!r}")
            try:
                values = json.loads(line)
            except ValueError:
                continue
            if isinstance(values, dict) and values.get("event") in wanted:
                return values


def _launch_display(
    url: str, hall_code: str, log: Any, cache_dir: str
) -> tuple[subprocess.Popen[str], float]:
    started = time.time()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hall_desktop.cli",
            "--db",
            url,
            "--hall",
            hall_code,
            "display",
            "--windowed",
            "--report",
        ],
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
        env=_environment(cache_dir),
    )
    return proc, started


def _bare_qt_ms() -> float:
    started = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-c", _BARE_QT], stdout=subprocess.PIPE, text=True, env=_environment()
    )
    try:
        frame = _Lines(proc).event("first_frame", FRAME_TIMEOUT_S)
    finally:
        proc.wait(timeout=30)
    return float(frame["at"] - started) * 1000


async def _make_calls(url: str, hall: Any, calls: int, on_progress: Any) -> float:
    """Issue, call and finish ``calls`` tickets; the calls per second achieved."""
    db = Database(url)
    queue = QueueService(db)
    started = time.perf_counter()
    try:
        for i in range(calls):
            await queue.issue_ticket(hall.guide, hall.line_ids[i % len(hall.line_ids)])
            k = i % len(hall.window_ids)
            clerk, window_id = hall.clerks[k], hall.window_ids[k]
            ticket = await queue.call_next(clerk, window_id)
            assert ticket is not None
            await queue.start(clerk, ticket.id)
            await queue.finish(clerk, ticket.id, outcome=Outcome.COMPLETED)
            if (i + 1) % 500 == 0:
                on_progress(i + 1)
    finally:
        await db.dispose()
    return calls / (time.perf_counter() - started)


def run_display_bench(*, backend: str, calls: int, pg_url: str | None = None) -> dict[str, Any]:
    url, cleanup = _create_database(backend, pg_url)
    procs: list[subprocess.Popen[str]] = []
    # The displays' own log, kept: after a failed run it says why a call never arrived.
    log_path = os.path.join(tempfile.gettempdir(), f"hall-bench-display-{os.getpid()}.log")
    with (
        open(log_path, "w", encoding="utf-8") as log,
        tempfile.TemporaryDirectory(prefix="hall-bench-pictures-") as cache_dir,
    ):
        return _run_display_bench(url, cleanup, backend, calls, procs, log, log_path, cache_dir)


def _run_display_bench(
    url: str,
    cleanup: Any,
    backend: str,
    calls: int,
    procs: list[subprocess.Popen[str]],
    log: Any,
    log_path: str,
    cache_dir: str,
) -> dict[str, Any]:
    try:
        hall = asyncio.run(prepare_hall(url, WINDOWS))
        bare = [_bare_qt_ms() for _ in range(LAUNCHES)]
        startup: list[float] = []  # the first frame with data (kept or live)
        live: list[float] = []  # the first frame with the hall's live data
        sources: list[str] = []
        first_rss = 0.0
        for _ in range(LAUNCHES):
            proc, started = _launch_display(url, hall.hall_code, log, cache_dir)
            procs.append(proc)
            lines = _Lines(proc)
            frame = lines.event(("first_frame", "live_frame"), FRAME_TIMEOUT_S)
            if frame["event"] == "first_frame" and frame.get("source") != "last_picture":
                frame = lines.event("live_frame", FRAME_TIMEOUT_S)  # the hall's name only
            startup.append((frame["at"] - started) * 1000)
            sources.append("last_picture" if frame["event"] == "first_frame" else "live")
            if frame["event"] == "first_frame":
                frame = lines.event("live_frame", FRAME_TIMEOUT_S)
            live.append((frame["at"] - started) * 1000)
            first_rss = frame["rss_mb"]
            if len(procs) < LAUNCHES:
                proc.terminate()
                proc.wait(timeout=30)
        series: list[tuple[int, float]] = []
        parts: list[tuple[int, float | None, float | None]] = []  # (calls, anonymous, files)
        rate = asyncio.run(_make_calls(url, hall, calls, lambda n: None))
        # The display reports every 500 calls it has shown; wait for the last report.
        deadline = time.monotonic() + 120
        while not series or series[-1][0] < calls - calls % 500:
            report = lines.event("calls", max(1.0, deadline - time.monotonic()))
            series.append((report["calls"], report["rss_mb"]))
            parts.append((report["calls"], report.get("anon_mb"), report.get("file_mb")))
        last_rss = series[-1][1] if series else first_rss
        half = series[len(series) // 2][1] if series else first_rss
        return {
            "bench": "display",
            "backend": backend,
            "calls": calls,
            "startup_ms": {
                "median": round(statistics.median(startup), 1),
                "runs": [round(x, 1) for x in startup],
                "shown": sources,
            },
            "live_frame_ms": {
                "median": round(statistics.median(live), 1),
                "runs": [round(x, 1) for x in live],
            },
            "bare_qt_startup_ms": round(statistics.median(bare), 1),
            "startup_vs_bare_qt": round(statistics.median(startup) / statistics.median(bare), 2),
            "rss_mb": {
                "first_frame": round(first_rss, 1),
                "after_half": round(half, 1),
                "end": round(last_rss, 1),
                "growth_second_half": round(last_rss - half, 1),
                "series": series,
                "anonymous_and_file_series": parts,
            },
            "calls_per_second_made": round(rate, 1),
            "targets": {
                "startup_ms": TARGET_STARTUP_MS,
                "rss_mb": TARGET_RSS_MB,
                "rss_growth_second_half_mb": TARGET_RSS_GROWTH_MB,
            },
            "meets_target": statistics.median(startup) <= TARGET_STARTUP_MS
            and last_rss <= TARGET_RSS_MB
            and last_rss - half <= TARGET_RSS_GROWTH_MB,
            "display_log": log_path,
            "cpu_count": os.cpu_count(),
        }
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
        cleanup()


def add_parser(bench_subparsers: Any) -> None:
    parser = bench_subparsers.add_parser("display", help="综合屏启动时间与长时间运行内存")
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--calls", type=int, default=5000, help="运行期间叫号次数")
    parser.add_argument("--pg-url", default=None, help="PostgreSQL 服务器地址")


def main_from_args(args: Any) -> dict[str, Any]:
    return run_with_args(run_display_bench, args)

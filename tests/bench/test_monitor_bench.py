"""Smoke test of ``bench monitor``: every call reaches the monitor's picture, the report
is complete.

No timing is asserted (the machine is shared and noisy): the speed targets are in the
benchmark's own output. PostgreSQL runs against ``HALL_TEST_PG_URL``; without it the
PostgreSQL case is skipped locally and fails under CI.
"""

from __future__ import annotations

import pytest

from hall_desktop.bench.monitor import run_monitor_bench
from tests.bench.test_feed_bench import _pg_url

KEYS = {
    "bench",
    "backend",
    "windows",
    "lines",
    "history_tickets",
    "calls",
    "measured",
    "missing",
    "feed_missing",
    "monitor_ms",
    "feed_ms",
    "monitor_feed_ms",
    "monitor_vs_feed",
    "snapshots_during_run",
    "cpu",
    "baseline",
    "target",
    "meets_target",
    "cpu_count",
}


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_monitor_bench_shows_every_call(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The bench's processes tell the real time (the callers' service day is today's):
    # so does the monitor here, not the suite's fixed clock.
    monkeypatch.undo()
    db = _pg_url() if backend == "postgresql" else "sqlite"  # a temporary file
    result = run_monitor_bench(db=db, seconds=3, rate=4, windows=6, lines=4, history_days=2)

    assert result.keys() >= KEYS
    assert result["bench"] == "monitor" and result["backend"] == backend
    assert (result["windows"], result["lines"]) == (6, 4)
    assert result["history_tickets"] == 2 * 1000
    assert result["calls"] == 12  # 4 a second for 3 s, every one found someone
    assert result["caller_errors"] == 0
    assert result["missing"] == 0 and result["feed_missing"] == 0
    assert result["measured"] == 12 - 5  # the warm-up calls are left out
    for spread in ("monitor_ms", "feed_ms", "monitor_feed_ms"):
        assert {"p50", "p95", "p99", "max"} <= result[spread].keys()
        assert result[spread]["samples"] == result["measured"]
    assert result["snapshots_during_run"] == 0  # followed by targeted reads, not re-read
    assert result["cpu"]["share_of_one_core"] > 0 and result["cpu"]["wall_s"] >= 3
    assert result["target"]["p95_ms"] == {"sqlite": 300, "postgresql": 50}[backend]
    assert isinstance(result["meets_target"], bool)
    if backend == "postgresql":
        assert result["baseline"]["notify_floor_ms"]["samples"] == 100
    else:
        assert result["baseline"]["poll_interval_ms"] == 100


def test_monitor_bench_refuses_nonsense_sizes() -> None:
    with pytest.raises(ValueError, match="positive"):
        run_monitor_bench(seconds=1, windows=0)

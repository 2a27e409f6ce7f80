"""Smoke test of ``bench report`` (no timing assertions: the machine is shared)."""

from __future__ import annotations

import argparse
import os

import pytest

from hall_desktop.bench import report
from hall_desktop.bench.report import run_report_bench


def check(result: dict[str, object], backend: str) -> None:
    assert result["backend"] == backend
    history = result["history"]
    assert isinstance(history, dict) and history["working_days"] == 2
    rows = history["rows"]
    # Every kind of record the statistics read was written.
    assert all(rows[name] > 0 for name in ("ticket", "event", "ticket_item", "rating"))
    assert rows["courier_dispatch"] > 0 and rows["extended_service"] > 0
    # The 办件 of the accepted tickets, and the figures counting those due (限时办结).
    assert 0 < result["period_applications_due"] <= rows["application"]  # type: ignore[operator]
    assert result["period_tickets"] == rows["ticket"]
    assert 0 < result["period_served"] < rows["ticket"]  # type: ignore[operator]
    assert result["pdf_bytes"] > 10_000  # type: ignore[operator]
    for key in ("figures_ms", "pdf_ms", "baseline_count_ms"):
        times = result[key]
        assert isinstance(times, dict) and times["max"] >= times["p50"] > 0
    assert result["p50_vs_baseline"] > 0  # type: ignore[operator]
    assert result["memory_mb"]["max_rss"] > 0  # type: ignore[index]
    assert isinstance(result["meets_target"], bool)


def test_report_bench_on_sqlite():
    result = run_report_bench(days=2, per_day=80, runs=1)
    check(result, "sqlite")


def test_report_bench_on_postgresql_through_the_cli_parser():
    url = os.environ.get("HALL_TEST_PG_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("HALL_TEST_PG_URL is not set: CI must run every test on PostgreSQL too")
        pytest.skip("PostgreSQL tests need HALL_TEST_PG_URL")
    parser = argparse.ArgumentParser()
    report.add_parser(parser.add_subparsers(dest="bench_command"))
    args = parser.parse_args(
        ["report", "--db", url, "--days", "2", "--per-day", "80", "--runs", "1"]
    )
    check(report.main_from_args(args), "postgresql")

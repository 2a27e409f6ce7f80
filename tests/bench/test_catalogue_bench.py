"""Smoke test of ``bench catalogue`` (no timing assertions: the machine is shared)."""

from __future__ import annotations

import argparse
import os

import pytest

from hall_desktop.bench import catalogue
from hall_desktop.bench.catalogue import keystrokes, run_catalogue_bench


def test_catalogue_bench_reports_import_and_filter_times():
    result = run_catalogue_bench(backend="sqlite", rows=120, keystrokes_count=40, runs=2)
    assert result["rows"] == 120 and result["public_service_rows"] == 10
    assert set(result["import_median_ms"]) == {"read", "preview", "apply", "total"}
    assert all(v > 0 for v in result["import_median_ms"].values())
    assert result["items_in_table"] >= 120 and result["fill_table_ms"] > 0
    for key in ("filter_per_keystroke_ms", "baseline_python_scan_ms"):
        assert set(result[key]) == {"p50", "p95", "max", "mean"}
        assert result[key]["p95"] > 0
    assert result["p95_vs_baseline"] > 0
    assert set(result["parts_per_keystroke_ms"]) == {"filter_model", "table_repaint"}
    assert all(part["p95"] > 0 for part in result["parts_per_keystroke_ms"].values())
    assert isinstance(result["meets_target"], bool)
    assert result["target"] == {"filter_p95_ms": 30.0, "p95_vs_baseline": 3.0}
    assert result["meets_target"] == (
        result["filter_per_keystroke_ms"]["p95"] <= 30.0 and result["p95_vs_baseline"] <= 3.0
    )


def test_catalogue_bench_on_postgresql_through_the_cli_parser():
    if not os.environ.get("HALL_TEST_PG_URL"):
        if os.environ.get("CI"):
            pytest.fail("HALL_TEST_PG_URL is not set: CI must run every test on PostgreSQL too")
        pytest.skip("PostgreSQL tests need HALL_TEST_PG_URL")
    parser = argparse.ArgumentParser()
    catalogue.add_parser(parser.add_subparsers(dest="bench_command"))
    args = parser.parse_args(
        [
            "catalogue",
            "--backend",
            "postgresql",
            "--rows",
            "60",
            "--keystrokes",
            "10",
            "--runs",
            "1",
        ]
    )
    result = catalogue.main_from_args(args)
    assert result["backend"] == "postgresql" and result["import_median_ms"]["apply"] > 0


def test_keystrokes_type_and_erase_each_search():
    texts = keystrokes(9)
    assert texts == ["食", "食品", "食品经", "食品经营", "食品经", "食品", "食", "", "营"]

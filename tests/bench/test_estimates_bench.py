"""Smoke test of ``bench estimates`` on one simulated day (no target asserted: one day
is too small a sample; the closing note reports the default run)."""

from __future__ import annotations

from hall_desktop.bench.estimates import run_estimates_bench


def test_estimates_bench_compares_both_formulas_and_checks_the_plan():
    result = run_estimates_bench(days=1)
    assert result["day_tickets"] > 50
    assert result["called"] == result["day_tickets"]  # everyone is served by evening
    for formula in ("new_formula", "old_formula"):
        for part in ("day", "peak"):
            errors = result[formula][part]
            assert errors["tickets"] > 0
            assert 0 <= errors["within_5_min"] <= 1
            assert errors["median_abs_error_min"] <= errors["p90_abs_error_min"]
    assert result["new_formula"]["without_estimate"] == 0
    staffing = result["per_day"][0]["staffing"]
    assert staffing["history_days"] == 8
    assert set(staffing["window_hours"]) == {"plan", "peak_all_day"}
    assert isinstance(result["meets_target"], bool)

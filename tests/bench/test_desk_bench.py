"""Smoke test of ``bench desk`` (no timing assertions: the machine is shared)."""

from __future__ import annotations

from hall_desktop.bench.desk import run_desk_bench


def test_desk_bench_reports_every_part():
    result = run_desk_bench(backend="sqlite", tickets=20)
    for key in ("issue_and_slip_ms", "issue_only_ms", "slip_pdf_only_ms"):
        assert set(result[key]) == {"p50", "p95", "mean"}
        assert result[key]["p50"] > 0
    assert result["print_through_qt_to_pdf_file_ms"]["p50"] > 0
    assert isinstance(result["meets_target"], bool)

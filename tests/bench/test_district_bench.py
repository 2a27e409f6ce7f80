"""Smoke test of ``bench district``: two small halls on PostgreSQL, a few seconds of a
compressed day; the report is complete and nothing is duplicated or lost.

No timing is asserted (the machine is shared and noisy): the figures are the
benchmark's output. SQLite is refused with a message saying why.
"""

from __future__ import annotations

import pytest

from hall_desktop.bench.district import (
    SQLITE_REFUSED,
    arrival_times,
    pcs_of,
    run_district_bench,
    split_windows,
)
from tests.bench.test_feed_bench import _pg_url

PHASE_KEYS = {
    "halls",
    "windows",
    "pcs",
    "issued",
    "called",
    "call_next_ms",
    "feed_p95_ms_per_hall",
    "connections",
    "server_cpu",
    "duplicates",
    "lost",
    "lost_detail",
    "errors",
    "per_hall",
    "client_cpu",
}


def test_the_issue_s_district_is_a_centre_of_60_and_15_townships() -> None:
    sizes = split_windows(16, 300)
    assert sizes[0] == 60 and len(sizes) == 16 and sum(sizes) == 300
    assert set(sizes[1:]) == {16} and sizes.count(16) == 15
    assert split_windows(1, 7) == [7]
    kinds = [pc.kind for pc in pcs_of(0, 60)]
    assert kinds.count("clerk") == kinds.count("terminal") == 60
    assert kinds.count("desk") == kinds.count("display") == 3 and kinds.count("monitor") == 1


def test_the_day_has_a_morning_and_an_afternoon_peak() -> None:
    times = arrival_times(20000, 100.0, seed=1)
    per_tenth = [sum(1 for t in times if k * 10 <= t < (k + 1) * 10) for k in range(10)]
    morning, afternoon = per_tenth[1], per_tenth[7]
    assert morning > 2 * per_tenth[4] and afternoon > 1.5 * per_tenth[4]
    assert morning > per_tenth[9] and afternoon > per_tenth[9]


def test_sqlite_is_refused() -> None:
    with pytest.raises(ValueError) as refused:
        run_district_bench(db="sqlite")
    assert str(refused.value) == SQLITE_REFUSED and "PostgreSQL" in SQLITE_REFUSED


def test_district_bench_loses_and_duplicates_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the bench's processes tell the real time
    result = run_district_bench(
        db=_pg_url(),
        halls=2,
        windows=4,
        tickets_per_day=30000,
        minutes=0.05,
        load=8,
        service_s=0.2,
        processes=1,
    )
    assert result["bench"] == "district" and result["windows_per_hall"] == [1, 3]
    assert result.keys() >= {"district", "alone", "centre_district_vs_alone", "duplicates", "lost"}
    district, alone = result["district"], result["alone"]
    assert district.keys() >= PHASE_KEYS and alone.keys() >= PHASE_KEYS
    assert district["halls"] == 2 and alone["halls"] == 1
    assert district["issued"] == 25 and district["called"] == 25  # 30000 × 8 × 3 s / 8 h
    assert district["rated"] == district["issued"]
    assert district["duplicates"] == 0 and district["lost"] == 0, district["lost_detail"]
    assert alone["duplicates"] == 0 and alone["lost"] == 0, alone["lost_detail"]
    assert result["duplicates"] == 0 and result["lost"] == 0
    # Every PC holds its pool's connections and its LISTEN: at least two each at peak.
    assert district["connections"]["peak"] >= 2 * sum(district["pcs"].values())
    assert set(district["connections"]["by_kind_at_peak"]) == {
        f"hall-bench-{kind}" for kind in ("desk", "clerk", "terminal", "display", "monitor")
    }
    assert len(district["per_hall"]) == 2 and district["per_hall"][0]["windows"] == 1
    assert {"p50", "p99"} <= district["call_next_ms"].keys()
    assert set(result["centre_district_vs_alone"]) == {"call_next_p50", "call_next_p99", "feed_p95"}

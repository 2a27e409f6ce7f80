"""The date sweep catches a test that passes only on some days."""

from __future__ import annotations

import pytest

from tests import sweep
from tests.dates import SWEEP, parse_instant

CANARIES = "tests/canaries/test_old_assumptions.py"


def test_every_sweep_instant_is_named_and_in_the_halls_zone():
    assert len(SWEEP) >= 7
    for name, instant in SWEEP.items():
        assert parse_instant(name) == instant
        assert instant.utcoffset() is not None and instant.utcoffset().total_seconds() == 8 * 3600
    assert parse_instant("2027-01-01T00:00:00+08:00").year == 2027
    with pytest.raises(ValueError):
        parse_instant("2027-01-01T00:00:00")  # no offset: whose midnight?
    with pytest.raises(ValueError):
        parse_instant("someday")


@pytest.mark.slow
def test_the_sweep_fails_exactly_where_the_old_assumptions_were_wrong(monkeypatch):
    monkeypatch.setenv("HALL_CANARIES", "1")
    monkeypatch.delenv("HALL_TEST_PG_URL", raising=False)  # the canaries run on SQLite
    results = {
        r.name: r
        for r in sweep.sweep(
            ["monday-morning", "friday-after-closing", "after-spring-festival"],
            [CANARIES],
            marker="",
        )
    }

    def failed(name: str) -> set[str]:
        return {f.split("::")[1].split("[")[0] for f in results[name].failures}

    # On a Monday morning every old assumption holds: the suite was green that day.
    assert results["monday-morning"].ok and results["monday-morning"].passed == 3
    # A Friday evening: 400 days back was a Thursday, and a finish now is after closing.
    assert not results["friday-after-closing"].ok
    assert failed("friday-after-closing") == {
        "test_400_days_ago_had_no_opening_hours",
        "test_a_finish_now_opens_no_extended_record",
    }
    # February: 400 days back was a Monday, and next year is far off (no banner).
    assert failed("after-spring-festival") == {
        "test_400_days_ago_had_no_opening_hours",
        "test_the_coming_year_banner_is_up",
    }

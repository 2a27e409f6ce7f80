"""The instants the suite runs at: one by default, and the date sweep's awkward ones.

Every test runs on a :class:`~hall_desktop.domain.clock.FixedClock` (``tests/conftest.py``)
set to the instant named by ``HALL_TEST_NOW`` (a name below, or an ISO 8601 moment with
its offset), else to :data:`DEFAULT`. The date sweep (``python -m tests.sweep``) runs the
date-sensitive tests once per instant of :data:`SWEEP`, so a test that only passes on
some days fails in CI whatever day CI runs on.
"""

from __future__ import annotations

import os
from datetime import datetime
from zoneinfo import ZoneInfo

HALL_ZONE = ZoneInfo("Asia/Shanghai")


def _hall(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=HALL_ZONE)  # type: ignore[misc]


SWEEP: dict[str, datetime] = {
    # A working Monday during morning hours.
    "monday-morning": _hall(2026, 12, 7, 9, 30),
    # A Friday after closing time: a finish now opens a 延时服务 record.
    "friday-after-closing": _hall(2026, 12, 4, 18, 30),
    # A rest day.
    "sunday": _hall(2026, 12, 6, 15, 0),
    # The last minute of the year: the service day, the month and the year turn soon.
    "new-years-eve": _hall(2026, 12, 31, 23, 59),
    # A statutory holiday (元旦), and the first day of a year.
    "new-years-day": _hall(2026, 1, 1, 10, 0),
    # The first working day after the Spring Festival holiday (2026-02-15 … 02-23).
    "after-spring-festival": _hall(2026, 2, 24, 9, 0),
    # A Monday of a year that chinesecalendar 1.11 does not know.
    "unknown-year": _hall(2027, 3, 15, 10, 0),
}
DEFAULT = "monday-morning"


def parse_instant(text: str) -> datetime:
    """A sweep name, or an ISO 8601 moment with its offset."""
    if text in SWEEP:
        return SWEEP[text]
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as e:
        raise ValueError(
            f"HALL_TEST_NOW={text!r}: give one of {', '.join(SWEEP)} or an ISO moment"
        ) from e
    if moment.utcoffset() is None:
        raise ValueError(f"HALL_TEST_NOW={text!r} needs an offset, e.g. +08:00")
    return moment


def suite_now() -> datetime:
    """The instant this test run starts each test's clock at."""
    return parse_instant(os.environ.get("HALL_TEST_NOW", "") or DEFAULT)

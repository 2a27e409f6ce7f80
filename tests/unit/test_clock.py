"""The one clock: fixed clocks for tests, and no other wall-clock read in the program."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hall_desktop.domain.clock import FixedClock, HallTime, local_today

pytestmark = pytest.mark.dates

PACKAGE = Path(__file__).resolve().parents[2] / "hall_desktop"

# Reading the wall clock for a date or a time of day. Monotonic timers are fine.
WALL_CLOCK = re.compile(
    r"datetime\.now\(|datetime\.utcnow\(|date\.today\(|datetime\.today\(|time\.time\(\)"
    r"|time\.localtime\(|QDate\.currentDate\(|QDateTime\.currentDateTime\(|QTime\.currentTime\("
    r"|currentMSecsSinceEpoch\("
)
# Where it is the job: the clock itself, and start-up timings that benchmarks compare
# across processes (a duration, not a date).
ALLOWED = {
    "domain/clock.py": 1,
    "cli.py": 1,
    "ui/display/main.py": 4,  # the first frame (kept picture) and the live one
}


def test_no_module_reads_the_wall_clock_except_the_clock():
    found: dict[str, int] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("bench/"):
            continue  # benchmarks time themselves
        hits = len(WALL_CLOCK.findall(path.read_text(encoding="utf-8")))
        if hits:
            found[rel] = hits
    assert found == ALLOWED


def test_the_pattern_finds_what_it_must():
    for line in (
        "x = datetime.now(UTC)",
        "d = date.today()",
        "t = time.time()",
        "QDate.currentDate()",
        "QDateTime.currentDateTime()",
    ):
        assert WALL_CLOCK.search(line), line
    assert not WALL_CLOCK.search("t = time.monotonic()")
    assert not WALL_CLOCK.search("now = self.clock.now()")


def test_a_fixed_clock_starts_where_it_is_set_and_ticks():
    start = datetime(2026, 12, 31, 23, 59, tzinfo=ZoneInfo("Asia/Shanghai"))
    clock = FixedClock(start)
    first = clock.now()
    assert first.tzinfo is UTC
    assert timedelta(0) <= first - start < timedelta(seconds=5)
    assert clock.now() >= first


def test_a_standing_clock_moves_only_when_told():
    start = datetime(2026, 2, 24, 1, 0, tzinfo=UTC)
    clock = FixedClock(start, ticking=False)
    assert clock.now() == clock.now() == start
    clock.advance(timedelta(hours=2))
    assert clock.now() == start + timedelta(hours=2)
    zone = ZoneInfo("Asia/Shanghai")
    set_to = clock.set_local(date(2026, 12, 4), time(18, 30), zone)
    assert clock.now() == set_to == datetime(2026, 12, 4, 10, 30, tzinfo=UTC)
    with pytest.raises(ValueError):
        clock.set(datetime(2026, 1, 1))


def test_the_hall_day_follows_the_hall_zone_not_utc():
    # 31 December 20:00 UTC is already 1 January in Shanghai, still 31 December in Honolulu.
    clock = FixedClock(datetime(2026, 12, 31, 20, 0, tzinfo=UTC), ticking=False)
    assert local_today(clock, ZoneInfo("Asia/Shanghai")) == date(2027, 1, 1)
    assert local_today(clock, timezone(timedelta(hours=-10))) == date(2026, 12, 31)
    hall = HallTime(clock, ZoneInfo("Asia/Shanghai"))
    assert hall.now().hour == 4 and hall.today() == date(2027, 1, 1)

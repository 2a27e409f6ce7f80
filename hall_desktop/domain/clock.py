"""The program's one clock: every "now" and "today" comes from a :class:`Clock`.

Production uses the database server's time (``store.database.ServerClock``): a PC whose
wall clock is wrong cannot reorder the queue. Tests hand the program a
:class:`FixedClock`, so what a test expects never depends on the date or the hour at
which the suite happens to run.

Nothing else in ``hall_desktop`` reads the wall clock for a date or a time of day
(``tests/unit/test_clock.py`` checks the source); monotonic timers for durations and
time-outs are fine.
"""

from __future__ import annotations

import time as _time
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """Tells the current moment, timezone-aware, in UTC."""

    def now(self) -> datetime: ...


class SystemClock:
    """This PC's own clock (SQLite halls: the database runs on this PC)."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


class FixedClock:
    """A clock set to a chosen instant, for tests, training and benchmarks.

    With ``ticking`` (the default) it moves on with real elapsed time from that instant,
    so durations within a test stay positive and ordered; without it, it stands still
    until :meth:`advance` or :meth:`set` moves it.
    """

    def __init__(self, start: datetime, *, ticking: bool = True) -> None:
        self._ticking = ticking
        self.set(start)

    def set(self, instant: datetime) -> None:
        if instant.utcoffset() is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._base = instant.astimezone(UTC)
        self._since = _time.monotonic()

    def set_local(self, day: date, at: time, zone: tzinfo) -> datetime:
        """Move to the wall-clock time ``at`` of ``day`` in ``zone``; the instant set."""
        instant = datetime.combine(day, at, zone)
        self.set(instant)
        return instant.astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        self.set(self.now() + delta)

    def now(self) -> datetime:
        if not self._ticking:
            return self._base
        return self._base + timedelta(seconds=_time.monotonic() - self._since)

    def __repr__(self) -> str:
        return f"FixedClock({self._base.isoformat()}, ticking={self._ticking})"


def local_now(clock: Clock, zone: tzinfo) -> datetime:
    """The clock's moment as the hall's wall-clock time (aware, in ``zone``)."""
    return clock.now().astimezone(zone)


def local_today(clock: Clock, zone: tzinfo) -> date:
    """The hall's calendar date now: its service day (营业日)."""
    return local_now(clock, zone).date()


class HallTime:
    """A clock read as one hall's wall-clock time: what screens show and default to."""

    def __init__(self, clock: Clock, zone: tzinfo) -> None:
        self.clock = clock
        self.zone = zone

    def now(self) -> datetime:
        return local_now(self.clock, self.zone)

    def today(self) -> date:
        return self.now().date()

    def __repr__(self) -> str:
        return f"HallTime({self.clock!r}, {self.zone})"


def system_hall_time(zone_name: str = "Asia/Shanghai") -> HallTime:
    """A screen's hall time before its controller hands it the hall's own."""
    from zoneinfo import ZoneInfo

    return HallTime(SystemClock(), ZoneInfo(zone_name))

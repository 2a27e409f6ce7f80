"""Time arithmetic in SQL, the one place that knows how each backend does it.

PostgreSQL stores ``timestamptz`` and knows time zones; SQLite stores UTC text
(``YYYY-MM-DD HH:MM:SS.ffffff``, see :class:`~hall_desktop.store.models.UTCDateTime`)
and knows no zones, so a hall's wall-clock time there is UTC plus the zone's offset,
which this module works out in Python for the period asked about (a zone with summer
time gets one offset per stretch between its changes).
"""

from __future__ import annotations

import itertools
import math
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Double,
    Integer,
    case,
    cast,
    extract,
    func,
    type_coerce,
)

__all__ = [
    "local_hour_weekday",
    "month_key",
    "offset_changes",
    "seconds_between",
    "utc_hour",
    "utc_hour_of",
    "whole_seconds",
    "whole_seconds_between",
]


def seconds_between(later: Any, earlier: Any, backend: str) -> ColumnElement[float]:
    """``later - earlier`` in seconds (a float; NULL when either is NULL).

    SQLite's date functions count whole milliseconds, and a julianday() of today is
    a float exact to about 40 µs: the difference is rounded to its millisecond, so
    that 90.5 s is 90.5 and not 90.49996 (nor 30 minutes 1800.00001 s)."""
    if backend == "sqlite":
        days = func.julianday(later) - func.julianday(earlier)
        return type_coerce(func.round(days * 86_400_000.0) / 1000.0, Double())
    # date_part, not EXTRACT: EXTRACT gives a numeric (PostgreSQL 14 on), turned into
    # a float through its text. date_part divides the interval's microseconds by a
    # million in floating point: the same float (both round the exact value once) for
    # spans under a day, and within 1e-11 s beyond, never across a whole second's half.
    return type_coerce(func.date_part("epoch", later - earlier), Double())


def whole_seconds(seconds: Any, backend: str) -> ColumnElement[int]:
    """``seconds`` (a float column) to the nearest whole second, a half up (2.5 → 3,
    -2.5 → -2): ``floor(seconds + 0.5)``, the same integer on both databases.

    Rounding keeps order, so the k-th smallest of the rounded values is the rounded
    k-th smallest value; and a rounded duration is at most ``n`` seconds exactly when
    the duration is below ``n + 0.5``.
    """
    shifted = seconds + 0.5
    if backend == "sqlite":
        truncated = cast(shifted, Integer)  # toward zero
        rounded: ColumnElement[int] = truncated - case((shifted < truncated, 1), else_=0)
        return rounded
    return cast(func.floor(shifted), BigInteger)


def whole_seconds_between(later: Any, earlier: Any, backend: str) -> ColumnElement[int]:
    """``whole_seconds(seconds_between(later, earlier))``, worked out once per row.

    On SQLite the nested form repeats the difference three times (the rounding names
    its operand three times and SQLite evaluates each), twelve ``julianday()`` calls
    for a pair of durations: most of the time of reading a half-year's durations. Here
    the difference is taken once, as whole milliseconds (``seconds_between``'s own
    rounding), and halved up in integers: ``floor((ms + 500) / 1000)``, with the
    operand shifted by a whole number of seconds so that SQLite's division, which
    truncates toward zero, floors for a negative difference too. It is the same
    integer as the float form: ``ms / 1000 + 0.5`` is a whole number exactly when
    ``ms + 500`` is a multiple of 1000, and otherwise at least a thousandth away
    from one, far beyond a double's error.
    """
    if backend != "sqlite":
        return whole_seconds(seconds_between(later, earlier, backend), backend)
    days = func.julianday(later) - func.julianday(earlier)
    milliseconds = cast(func.round(days * 86_400_000.0), Integer)
    shift = _SHIFT_SECONDS * 1000 + 500
    shifted = (milliseconds + shift).self_group()  # SQLAlchemy would not group it for op()
    seconds: ColumnElement[int] = shifted.op("/", return_type=Integer)(1000)
    return seconds - _SHIFT_SECONDS


#: Added to a difference before SQLite's integer division (a billion seconds, some 31
#: years: more than any duration the hall times, however wrong a clock was).
_SHIFT_SECONDS = 1_000_000_000


def local_hour_weekday(
    moment: Any, zone: ZoneInfo, start: datetime, end: datetime, backend: str
) -> tuple[ColumnElement[int], ColumnElement[int]]:
    """The hour (0–23) and weekday (0 Monday … 6 Sunday) of ``moment``, a UTC column,
    on the hall's wall clock; on SQLite exact for moments from ``start`` to ``end``."""
    if backend == "sqlite":
        shifts = offset_changes(zone, start, end)
        modifier: Any = _modifier(shifts[-1][1])
        for (_, before), (since, _) in reversed(list(itertools.pairwise(shifts))):
            modifier = case((moment < since, _modifier(before)), else_=modifier)
        local: Any = func.datetime(moment, modifier)
    else:
        local = func.timezone(zone.key, moment)
    hour = cast(extract("hour", local), Integer)
    sunday_first = cast(extract("dow", local), Integer)  # 0 Sunday on both backends
    return hour, (sunday_first + 6) % 7


def utc_hour(
    moment: Any, zone: ZoneInfo, start: datetime, end: datetime, backend: str
) -> ColumnElement[Any] | None:
    """``moment``'s UTC hour, to count by (read it back with :func:`utc_hour_of`),
    when from ``start`` to ``end`` the zone is a whole number of hours off UTC and
    changes only on the hour: then each UTC hour lies in one wall-clock hour, and
    counting per UTC hour loses nothing. None otherwise.

    SQLite: the stored text's first 13 characters (``YYYY-MM-DD HH``); PostgreSQL: the
    moment in UTC truncated to the hour.
    """
    shifts = offset_changes(zone, start, end)
    if any(minutes % 60 or since.minute or since.second for since, minutes in shifts[1:]):
        return None
    if shifts[0][1] % 60:
        return None
    if backend == "sqlite":
        return func.substr(moment, 1, 13)
    return func.date_trunc("hour", func.timezone("UTC", moment))


def utc_hour_of(value: str | datetime) -> datetime:
    """The aware UTC hour a :func:`utc_hour` value stands for."""
    if isinstance(value, str):
        value = datetime.strptime(value, "%Y-%m-%d %H")
    return value.replace(tzinfo=UTC)


def month_key(day: Any) -> ColumnElement[int]:
    """A date column's month as ``year * 100 + month`` (202612)."""
    return cast(extract("year", day), Integer) * 100 + cast(extract("month", day), Integer)


def offset_changes(zone: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """The zone's UTC offsets in minutes over ``start`` … ``end`` (aware moments): each
    pair is (the moment from which it holds, the offset), the first from ``start``.

    The zone is sampled hourly (no zone changes twice within an hour) and each change
    found to the second.
    """
    first = math.floor(start.timestamp())
    last = math.ceil(end.timestamp())
    changes = [(_utc(first), _offset(zone, first))]
    at = first
    while at < last:
        step = min(at + 3600, last)
        if _offset(zone, step) != changes[-1][1]:
            low, high = at, step  # the offset holds at low and has changed at high
            while high - low > 1:
                middle = (low + high) // 2
                if _offset(zone, middle) == changes[-1][1]:
                    low = middle
                else:
                    high = middle
            changes.append((_utc(high), _offset(zone, high)))
        at = step
    return changes


def _utc(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def _offset(zone: ZoneInfo, seconds: int) -> int:
    offset = _utc(seconds).astimezone(zone).utcoffset()
    assert offset is not None  # a ZoneInfo always knows
    return round(offset.total_seconds() / 60)


def _modifier(minutes: int) -> str:
    return f"{minutes:+d} minutes"

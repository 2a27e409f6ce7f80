"""预计等候准确度: how close the wait estimates given at issue came to the waits.

Each ticket records, when it is issued, the estimate it was given
(:mod:`hall_desktop.domain.estimates`): the point estimate in seconds
(``Ticket.estimate_s``) and the range of whole minutes shown to the citizen
(``estimate_low_min`` … ``estimate_high_min``; equal ends: one number). Its actual wait
is issue → first call, to the whole second (a half up, as the statistics time waits:
:func:`~hall_desktop.store.sql_time.whole_seconds_between`).

Counted: the hall's tickets of the period (by their ``service_day``) with an estimate
and a first call. Left out: tickets issued before the estimates were recorded or when
no window served the line (no estimate), and tickets never called (cancelled, expired,
still waiting: no actual wait).

For each (day, line), each line over the period and the whole hall over the period
(:class:`Accuracy`):

- the **error** of a ticket is estimate − actual wait, in seconds: positive when the
  estimate was too long;
- the median and p90 of the absolute errors, as nearest ranks (the value at rank
  ⌈p·count/100⌉ in ascending order: the median of four is the second), as the
  statistics' own times are;
- **within ±5 minutes**: an absolute error of at most 300 s;
- **inside the range shown**: the actual wait in whole minutes (rounded, a half up)
  from the range's low end to its high end, both included: "约 15–25 分钟" and a wait
  of 25 min 20 s is inside, one of 25 min 30 s is not; "约 7 分钟" holds waits of
  6 min 30 s up to 7 min 29 s;
- the **bias**: the mean signed error.

The database counts. On PostgreSQL one statement reads the period's tickets once and
gives every level as a grouping set (a rollup of line, day: one sort): the counts
(tickets, within ±5 minutes, inside the range, the signed errors' sum) and the median
and p90 by ``percentile_disc``; half a year of 1,000 tickets a day takes about half a
second. On SQLite the counts per (day, line), which the lines and the hall add up, and
the absolute errors counted per (day, line, second), ranked here
(:func:`nearest_rank`): the same numbers (``tests/services/test_estimate_accuracy.py``
runs both ways on PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any

from sqlalchemy import and_, case, func, literal_column, select, text, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.periods import Period
from hall_desktop.store.models import BusinessLine, Ticket
from hall_desktop.store.sql_time import whole_seconds_between

__all__ = [
    "WITHIN_SECONDS",
    "Accuracy",
    "AccuracyRow",
    "EstimateAccuracy",
    "LineName",
    "nearest_rank",
    "read_accuracy",
    "tenths_of_minute",
]

#: An estimate this close to the wait (seconds, either way) counts as "within ±5 minutes".
WITHIN_SECONDS = 300
MEDIAN, P90 = 50, 90
_SORT_MEMORY = "32MB"  # PostgreSQL's work_mem while the errors are ranked


def tenths_of_minute(seconds: int | Fraction | None) -> float | None:
    """``seconds`` as minutes with one decimal, a half up (90 s → 1.5, 93 s → 1.6,
    −3 s → 0.0); exact, whatever the fraction."""
    if seconds is None:
        return None
    tenths = (Fraction(seconds) / 6 + Fraction(1, 2)).__floor__()
    return tenths / 10 if tenths else 0.0


@dataclass(frozen=True, slots=True)
class Accuracy:
    """The estimates of ``count`` tickets against their waits.

    ``median_s``/``p90_s``: the absolute errors' nearest ranks in whole seconds (None
    when nothing was counted); ``within``: tickets within ±5 minutes; ``ranged``:
    tickets whose range shown was recorded, ``in_range`` of them waited a time inside
    it; ``error_sum_s``: the signed errors added up (estimate − wait).
    """

    count: int = 0
    median_s: int | None = None
    p90_s: int | None = None
    within: int = 0
    ranged: int = 0
    in_range: int = 0
    error_sum_s: int = 0

    @property
    def median_minutes(self) -> float | None:
        return tenths_of_minute(self.median_s)

    @property
    def p90_minutes(self) -> float | None:
        return tenths_of_minute(self.p90_s)

    @property
    def within_share(self) -> float | None:
        """The share within ±5 minutes (0.0 … 1.0)."""
        return self.within / self.count if self.count else None

    @property
    def in_range_share(self) -> float | None:
        """The share whose wait fell inside the range shown."""
        return self.in_range / self.ranged if self.ranged else None

    @property
    def bias_s(self) -> Fraction | None:
        """The mean signed error in seconds: positive, the estimates were too long."""
        return Fraction(self.error_sum_s, self.count) if self.count else None

    @property
    def bias_minutes(self) -> float | None:
        return tenths_of_minute(self.bias_s)


@dataclass(frozen=True, slots=True)
class LineName:
    id: int
    prefix: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.prefix} {self.name}"


@dataclass(frozen=True, slots=True)
class AccuracyRow:
    """One line's figures, over the period (``day`` None) or on one day."""

    line: LineName
    figures: Accuracy
    day: date | None = None


@dataclass(frozen=True, slots=True)
class EstimateAccuracy:
    """预计等候准确度 of the hall over ``start`` … ``end``: the whole hall, each line
    (the lines that had a ticket counted, in the hall's order) and each day × line
    (by day, then the lines' order)."""

    hall_name: str
    start: date
    end: date
    total: Accuracy
    by_line: tuple[AccuracyRow, ...]
    by_day: tuple[AccuracyRow, ...]


# -- the statements ----------------------------------------------------------------------------

_Key = tuple[date | None, int | None]  # (day, line); None: every one of them


@dataclass
class _Sums:
    count: int = 0
    within: int = 0
    ranged: int = 0
    in_range: int = 0
    error_sum: int = 0

    def add(self, other: _Sums) -> None:
        self.count += other.count
        self.within += other.within
        self.ranged += other.ranged
        self.in_range += other.in_range
        self.error_sum += other.error_sum


def _measured(hall_id: int, period: Period, backend: str) -> Any:
    """The period's tickets with an estimate and a wait: day, line, the wait (whole
    seconds), the signed error, the range shown. Materialized: the wait's expression
    worked out once per ticket."""
    wait = whole_seconds_between(Ticket.first_called_at, Ticket.issued_at, backend)
    return (
        select(
            Ticket.service_day.label("day"),
            Ticket.line_id.label("line"),
            wait.label("wait"),
            (Ticket.estimate_s - wait).label("err"),
            Ticket.estimate_low_min.label("low"),
            Ticket.estimate_high_min.label("high"),
        )
        .where(
            Ticket.hall_id == hall_id,
            Ticket.service_day >= period.start,
            Ticket.service_day <= period.end,
            Ticket.estimate_s.is_not(None),
            Ticket.first_called_at.is_not(None),
        )
        .cte("measured")
        .prefix_with("MATERIALIZED")
    )


def _sum_columns(raw: Any) -> list[Any]:
    """Tickets, within ±5 minutes, with a range, inside it, the signed errors' sum."""
    ranged = and_(raw.c.low.is_not(None), raw.c.high.is_not(None))
    # The wait rounded to whole minutes (a half up) is in [low, high]: in seconds,
    # low·60 − 30 ≤ wait < high·60 + 30.
    inside = and_(ranged, raw.c.wait >= raw.c.low * 60 - 30, raw.c.wait < raw.c.high * 60 + 30)
    return [
        func.count(),
        func.sum(case((func.abs(raw.c.err) <= WITHIN_SECONDS, 1), else_=0)),
        func.sum(case((ranged, 1), else_=0)),
        func.sum(case((inside, 1), else_=0)),
        func.sum(raw.c.err),
    ]


async def _sums(session: AsyncSession, raw: Any) -> dict[_Key, _Sums]:
    """The counts per (day, line), then per line and for the hall added up here."""
    rows = await session.execute(
        select(raw.c.day, raw.c.line, *_sum_columns(raw)).group_by(raw.c.day, raw.c.line)
    )
    found: dict[_Key, _Sums] = {}
    for day, line, *counts in rows:
        sums = _Sums(*(int(n) for n in counts))
        found[day, line] = sums
        for key in ((None, line), (None, None)):
            found.setdefault(key, _Sums()).add(sums)
    return found


def nearest_rank(counts: Mapping[int, int], p: int) -> int | None:
    """The value at rank ⌈p·n/100⌉ of values given as value → how many (None: none)."""
    total = sum(counts.values())
    if not total:
        return None
    rank = max((p * total + 99) // 100, 1)
    seen = 0
    for value in sorted(counts):
        seen += counts[value]
        if seen >= rank:
            return value
    raise AssertionError("unreachable: the ranks add up to the total")


async def _ranks_counted(session: AsyncSession, raw: Any) -> dict[_Key, tuple[int, int]]:
    """The median and p90 of the absolute errors from their counts per (day, line,
    second), ranked here: any database."""
    error = func.abs(raw.c.err).label("error")
    per = select(raw.c.day, raw.c.line, error).subquery("per")
    rows = await session.execute(
        select(per.c.day, per.c.line, per.c.error, func.count()).group_by(
            per.c.day, per.c.line, per.c.error
        )
    )
    counts: dict[_Key, dict[int, int]] = {}
    for day, line, value, n in rows:
        for key in ((day, line), (None, line), (None, None)):
            of_key = counts.setdefault(key, {})
            of_key[int(value)] = of_key.get(int(value), 0) + int(n)
    found: dict[_Key, tuple[int, int]] = {}
    for key, values in counts.items():
        median, p90 = nearest_rank(values, MEDIAN), nearest_rank(values, P90)
        assert median is not None and p90 is not None
        found[key] = (median, p90)
    return found


async def _ordered(
    session: AsyncSession, raw: Any
) -> tuple[dict[_Key, _Sums], dict[_Key, tuple[int, int]]]:
    """PostgreSQL: the counts, and the median and p90 with ``percentile_disc`` (the
    nearest rank, both from one sort), of the three levels: grouping sets of one
    statement, the period's tickets read once."""
    error = func.abs(raw.c.err)
    day, line = raw.c.day, raw.c.line
    ranks: Any = literal_column(f"ARRAY[{MEDIAN / 100}, {P90 / 100}]")
    rows = await session.execute(
        select(
            func.grouping(day, line),
            day,
            line,
            func.percentile_disc(ranks).within_group(error),
            *_sum_columns(raw),
        ).group_by(func.grouping_sets(literal_column("()"), line, tuple_(day, line)))
    )
    sums: dict[_Key, _Sums] = {}
    found: dict[_Key, tuple[int, int]] = {}
    for absent, d, g, ranked, *counts in rows:
        if ranked is None:  # no ticket at all: the hall's empty row
            continue
        median, p90 = ranked
        key: _Key = (None if absent & 0b10 else d, None if absent & 0b01 else g)
        found[key] = (int(median), int(p90))
        sums[key] = _Sums(*(int(n) for n in counts))
    return sums, found


async def _lines(session: AsyncSession, hall_id: int) -> dict[int, tuple[Any, LineName]]:
    rows = await session.execute(
        select(
            BusinessLine.id, BusinessLine.prefix, BusinessLine.name, BusinessLine.sort_order
        ).where(BusinessLine.hall_id == hall_id)
    )
    return {i: ((order, prefix), LineName(i, prefix, name)) for i, prefix, name, order in rows}


async def read_accuracy(
    session: AsyncSession,
    backend: str,
    hall_id: int,
    hall_name: str,
    period: Period,
    *,
    ranked_in_sql: bool | None = None,
) -> EstimateAccuracy:
    """The accuracy of the hall's estimates over ``period``, read in ``session``.

    ``ranked_in_sql``: the medians and p90 by PostgreSQL's ``percentile_disc`` (the
    default there), else counted per second and ranked here (SQLite's only way)."""
    if ranked_in_sql is None:
        ranked_in_sql = backend == "postgresql"
    raw = _measured(hall_id, period, backend)
    if ranked_in_sql:
        # The sorts of the grouping sets in memory (this transaction only): with the
        # server's default (4 MB) a half-year's errors spilled to disk.
        await session.execute(text(f"SET LOCAL work_mem = '{_SORT_MEMORY}'"))
        sums, ranks = await _ordered(session, raw)
    else:
        sums, ranks = await _sums(session, raw), await _ranks_counted(session, raw)
    lines = await _lines(session, hall_id)

    def figures(key: _Key) -> Accuracy:
        s = sums.get(key)
        if s is None or not s.count:
            return Accuracy()
        median, p90 = ranks[key]
        return Accuracy(s.count, median, p90, s.within, s.ranged, s.in_range, s.error_sum)

    def order(line_id: int) -> Any:
        return lines[line_id][0]

    measured = {line for day, line in sums if day is None and line is not None}
    measured_lines = sorted(measured, key=order)
    days = sorted(
        ((day, line) for day, line in sums if day is not None and line is not None),
        key=lambda key: (key[0], order(key[1])),
    )
    return EstimateAccuracy(
        hall_name=hall_name,
        start=period.start,
        end=period.end,
        total=figures((None, None)),
        by_line=tuple(AccuracyRow(lines[i][1], figures((None, i))) for i in measured_lines),
        by_day=tuple(AccuracyRow(lines[line][1], figures((day, line)), day) for day, line in days),
    )

"""Periods of the hall's statistics (统计周期): 本日, 本周, 本月, 本季度, 上半年, 下半年,
本年, or any from–to of the hall's dates.

A period is a pair of the hall's dates, both included. The named periods are whole
calendar periods around ``today`` (本月 of 12-07 is 12-01 … 12-31, days still to come
included: they simply count nothing yet); 上半年 and 下半年 are the halves of today's
year, whichever half today is in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from hall_desktop.domain.errors import ValidationError

#: The longest period the statistics cover: a leap year.
MAX_PERIOD_DAYS = 366


class PeriodKind(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    FIRST_HALF = "first_half"
    SECOND_HALF = "second_half"
    YEAR = "year"

    @property
    def label(self) -> str:
        return PERIOD_LABELS[self]


PERIOD_LABELS = {
    PeriodKind.DAY: "本日",
    PeriodKind.WEEK: "本周",
    PeriodKind.MONTH: "本月",
    PeriodKind.QUARTER: "本季度",
    PeriodKind.FIRST_HALF: "上半年",
    PeriodKind.SECOND_HALF: "下半年",
    PeriodKind.YEAR: "本年",
}


@dataclass(frozen=True, slots=True)
class Period:
    """The hall's dates ``start`` … ``end``, both included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def dates(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range(self.days)]


def period_of(kind: PeriodKind, today: date) -> Period:
    """The named period ``kind`` that contains ``today`` (a week runs Monday to Sunday)."""
    year = today.year
    if kind is PeriodKind.DAY:
        return Period(today, today)
    if kind is PeriodKind.WEEK:
        monday = today - timedelta(days=today.weekday())
        return Period(monday, monday + timedelta(days=6))
    if kind is PeriodKind.MONTH:
        return Period(today.replace(day=1), _month_end(year, today.month))
    if kind is PeriodKind.QUARTER:
        first = (today.month - 1) // 3 * 3 + 1
        return Period(date(year, first, 1), _month_end(year, first + 2))
    if kind is PeriodKind.FIRST_HALF:
        return Period(date(year, 1, 1), date(year, 6, 30))
    if kind is PeriodKind.SECOND_HALF:
        return Period(date(year, 7, 1), date(year, 12, 31))
    return Period(date(year, 1, 1), date(year, 12, 31))


def checked_period(start: date, end: date) -> Period:
    """``start`` … ``end`` as a :class:`Period`, refused when reversed or too long."""
    if end < start:
        raise ValidationError("end", "统计周期的结束日期不能早于开始日期")
    period = Period(start, end)
    if period.days > MAX_PERIOD_DAYS:
        raise ValidationError(
            "end",
            f"统计周期最长 {MAX_PERIOD_DAYS} 天（所选 {period.days} 天），请分段统计",
        )
    return period


def months_of(period: Period) -> list[tuple[int, int]]:
    """The (year, month) pairs the period touches, in order."""
    months = []
    year, month = period.start.year, period.start.month
    while (year, month) <= (period.end.year, period.end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _month_end(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following - timedelta(days=1)

"""Opening hours (营业时间) and the working-day calendar (节假日, 调休) of a hall."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo

import chinese_calendar
from holidays import country_holidays

from hall_desktop.domain.errors import HallError, ValidationError

_ONE_DAY = timedelta(days=1)

# The package's own Chinese names shorten some holidays (清明, 端午, 中秋).
_HOLIDAY_NAMES: dict[str, str] = {
    chinese_calendar.Holiday.new_years_day.value: "元旦",
    chinese_calendar.Holiday.spring_festival.value: "春节",
    chinese_calendar.Holiday.tomb_sweeping_day.value: "清明节",
    chinese_calendar.Holiday.labour_day.value: "劳动节",
    chinese_calendar.Holiday.dragon_boat_festival.value: "端午节",
    chinese_calendar.Holiday.national_day.value: "国庆节",
    chinese_calendar.Holiday.mid_autumn_festival.value: "中秋节",
}

#: Why a walk-in number is refused on a holiday opened for booked citizens only.
APPOINTMENTS_ONLY_REFUSAL = (
    "今天是节假日预约服务日，只接待已预约的市民：请凭预约码、身份证号或手机号签到取号"
)


@dataclass(frozen=True)
class DayHours:
    """One day's opening hours, with an optional lunch break (午休) when the hall is closed."""

    opens: time
    closes: time
    lunch_start: time | None = None
    lunch_end: time | None = None

    def __post_init__(self) -> None:
        if self.opens >= self.closes:
            raise ValidationError("hours", "开始营业时间必须早于结束营业时间")
        if (self.lunch_start is None) != (self.lunch_end is None):
            raise ValidationError("hours", "午休的开始和结束时间必须同时填写或同时留空")
        if self.lunch_start is not None and self.lunch_end is not None:
            if self.lunch_start >= self.lunch_end:
                raise ValidationError("hours", "午休开始时间必须早于午休结束时间")
            if not self.opens < self.lunch_start or not self.lunch_end < self.closes:
                raise ValidationError("hours", "午休时间必须在营业时间之内")

    def intervals(self) -> list[tuple[time, time]]:
        """The open intervals of the day, each including its start and excluding its end."""
        if self.lunch_start is None or self.lunch_end is None:
            return [(self.opens, self.closes)]
        return [(self.opens, self.lunch_start), (self.lunch_end, self.closes)]

    def contains(self, t: time) -> bool:
        return any(start <= t < end for start, end in self.intervals())


class DayKind(StrEnum):
    HOLIDAY = "holiday"  # 法定节假日: closed
    MAKEUP_WORKDAY = "makeup_workday"  # 调休上班: a weekend day worked as a weekday
    OPEN_HOLIDAY = "open_holiday"  # 节假日预约服务 / 不打烊: open with its own hours
    CLOSED = "closed"  # any other closure, e.g. a hall-specific day off


@dataclass(frozen=True)
class CalendarEntry:
    """A calendar day that departs from the hall's weekly hours."""

    day: date
    kind: DayKind
    name: str = ""
    hours: DayHours | None = None
    #: 节假日预约服务: an open holiday for booked citizens only (no walk-in numbers).
    appointments_only: bool = False

    def __post_init__(self) -> None:
        if self.kind is DayKind.OPEN_HOLIDAY and self.hours is None:
            raise ValidationError("hours", "节假日开放日必须设置营业时间")
        if self.appointments_only and self.kind is not DayKind.OPEN_HOLIDAY:
            raise ValidationError("appointments_only", "只有节假日开放日可以设为仅接待预约")
        if self.kind in (DayKind.HOLIDAY, DayKind.CLOSED) and self.hours is not None:
            raise ValidationError("hours", "节假日和闭厅日不能设置营业时间")


class YearSource(StrEnum):
    """Where a year's holidays in the hall's calendar come from."""

    PACKAGE = "package"  # imported from chinesecalendar: the State Council's arrangement
    MANUAL = "manual"  # entered or checked by hand, and confirmed by an administrator
    COMPUTED = "computed"  # pre-filled from the ``holidays`` package: 待确认

    @property
    def confirmed(self) -> bool:
        return self is not YearSource.COMPUTED


class UnknownCalendarYear(HallError):
    code = "unknown_calendar_year"

    def __init__(self, year: int) -> None:
        super().__init__(f"没有 {year} 年的节假日数据，请管理员录入该年的节假日和调休安排")
        self.year = year


class HallSchedule:
    """When a hall is open: weekly hours overridden by calendar entries.

    ``weekly`` maps a weekday (0 = Monday … 6 = Sunday) to its hours; a missing weekday
    is closed. For a day with several entries the last one wins, so hall-specific
    entries can be layered over seeded ones. ``known_years`` are the years whose
    holidays and make-up workdays are in ``entries`` (imported, pre-filled or entered).

    ``fallback`` gives the entries of a year that is not known (usually
    :func:`default_calendar_entries`): a hall whose calendar stops at 2026 then still
    closes on 2027's holidays instead of treating them as weekdays. Entries given for
    such a year (days entered by hand) win over the fallback's.
    """

    def __init__(
        self,
        weekly: Mapping[int, DayHours],
        entries: Iterable[CalendarEntry] = (),
        known_years: Iterable[int] = (),
        fallback: Callable[[int], Iterable[CalendarEntry]] | None = None,
    ) -> None:
        if any(not 0 <= weekday <= 6 for weekday in weekly):
            raise ValidationError("weekly", "星期应为 0（星期一）到 6（星期日）")
        self._weekly = dict(weekly)
        self._entries = {entry.day: entry for entry in entries}
        self._known_years = frozenset(known_years)
        self._fallback = fallback
        self._fallback_years: dict[int, dict[date, CalendarEntry]] = {}
        self._makeup_hours = next((weekly[d] for d in range(5) if d in weekly), None)

    def entry_on(self, day: date) -> CalendarEntry | None:
        """The calendar entry that decides ``day``, or ``None`` when the weekly hours do."""
        entry = self._entries.get(day)
        if entry is not None or self._fallback is None or day.year in self._known_years:
            return entry
        year = self._fallback_years.get(day.year)
        if year is None:
            year = {e.day: e for e in self._fallback(day.year)}
            self._fallback_years[day.year] = year
        return year.get(day)

    def hours_on(self, day: date) -> DayHours | None:
        entry = self.entry_on(day)
        if entry is None:
            return self._weekly.get(day.weekday())
        if entry.kind is DayKind.MAKEUP_WORKDAY:
            return entry.hours or self._makeup_hours
        return entry.hours

    def appointments_only(self, day: date) -> bool:
        """Whether ``day`` is open for booked citizens only (节假日预约服务)."""
        entry = self.entry_on(day)
        return entry is not None and entry.appointments_only

    def is_working_day(self, day: date) -> bool:
        return self.hours_on(day) is not None

    def is_open_at(self, local: datetime) -> bool:
        """Whether the hall is open at ``local``, a wall-clock time in the hall's time zone."""
        hours = self.hours_on(local.date())
        return hours is not None and hours.contains(local.time())

    def closed_reason(self, local: datetime) -> str | None:
        """``None`` when the hall is open at ``local``, else why it is closed, for citizens."""
        now = local.time()
        hours = self.hours_on(local.date())
        if hours is None:
            entry = self.entry_on(local.date())
            named = f"（{entry.name}）" if entry is not None and entry.name else ""
            if entry is not None and entry.kind is DayKind.HOLIDAY:
                return f"今天是法定节假日{named}，大厅不办理业务"
            if entry is not None and entry.kind is DayKind.CLOSED:
                return f"今天大厅不对外办公{named}"
            return "今天是休息日"
        if hours.contains(now):
            return None
        if now < hours.opens:
            return f"尚未到营业时间（{hours.opens:%H:%M} 开始）"
        if now >= hours.closes:
            return f"今天的营业时间已结束（{hours.closes:%H:%M}）"
        return f"午休时间（{hours.lunch_start:%H:%M}–{hours.lunch_end:%H:%M}）"

    def closing_time(self, day: date) -> time | None:
        hours = self.hours_on(day)
        return None if hours is None else hours.closes

    def add_working_days(self, day: date, n: int) -> date:
        """The ``n``-th working day after ``day``, for deadlines counted in working days.

        ``n = 0`` gives ``day`` itself when it is a working day, else the next working day.
        Years without entered calendar data count only the weekly hours; callers that
        care check :meth:`has_calendar_for`.
        """
        if n < 0:
            raise ValueError("n must not be negative")
        if not self._weekly:
            raise HallError("大厅尚未设置每周营业时间，无法按工作日计算期限")
        if n == 0:
            return self._first_working_day_from(day)
        for _ in range(n):
            day = self._first_working_day_from(day + _ONE_DAY)
        return day

    def _first_working_day_from(self, day: date) -> date:
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day

    def has_calendar_for(self, year: int) -> bool:
        """Whether ``year``'s holidays are in the hall's own calendar (not the fallback)."""
        return year in self._known_years


def working_days_after(schedule: HallSchedule, day: date, n: int) -> date:
    """The ``n``-th working day after ``day`` on the hall's calendar (holidays, make-up
    workdays), for deadlines; a hall without weekly hours yet counts Monday to Friday,
    so no deadline is refused for that."""
    try:
        return schedule.add_working_days(day, n)
    except HallError:
        while n > 0:
            day += _ONE_DAY
            if day.weekday() < 5:
                n -= 1
        return day


def service_day(moment_utc: datetime, tz: ZoneInfo) -> date:
    """The hall's service day (营业日) of an aware moment: its local date in ``tz``."""
    if moment_utc.utcoffset() is None:
        raise ValueError("service_day needs an aware datetime")
    return moment_utc.astimezone(tz).date()


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    """The UTC moment the hall's ``day`` begins (00:00 in ``tz``): a service day's
    bounds for columns stored in UTC."""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def calendar_entries_from_package(year: int) -> list[CalendarEntry]:
    """Statutory holidays and weekend make-up workdays of ``year`` from ``chinese_calendar``."""
    entries: list[CalendarEntry] = []
    day = date(year, 1, 1)
    try:
        while day.year == year:
            is_holiday, name = chinese_calendar.get_holiday_detail(day)
            if is_holiday and name:
                chinese = _HOLIDAY_NAMES.get(name) or chinese_calendar.Holiday(name).chinese
                entries.append(CalendarEntry(day, DayKind.HOLIDAY, str(chinese)))
            elif not is_holiday and day.weekday() >= 5:
                entries.append(CalendarEntry(day, DayKind.MAKEUP_WORKDAY, "调休上班"))
            day += _ONE_DAY
    except NotImplementedError as exc:
        raise UnknownCalendarYear(year) from exc
    return entries


# The ``holidays`` package's Chinese labels, folded to the seven statutory holidays.
_STATUTORY = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
_ALIASES = {"除夕": "春节"}  # 农历除夕 is part of the Spring Festival holiday since 2025
# A rest day moved by the State Council, e.g. "休息日（由 2026-01-04 调休）": the date in
# brackets is the weekend day worked instead (调休上班).
_SUBSTITUTED = re.compile(r"(\d{4}-\d{2}-\d{2})")


def _statutory_name(label: str) -> str | None:
    found = [(label.find(n), n) for n in _STATUTORY if n in label]
    found += [(label.find(a), n) for a, n in _ALIASES.items() if a in label]
    return min(found)[1] if found else None


def computed_calendar_entries(year: int) -> list[CalendarEntry]:
    """The statutory holidays of ``year`` as the ``holidays`` package computes them.

    For years ``chinesecalendar`` does not know yet. The package derives the seven
    holidays (元旦, 春节 with 除夕, 清明节, 劳动节, 端午节, 中秋节, 国庆节) and the days
    in lieu of those falling on a weekend (补假) from the law; the make-up workdays
    (调休上班) exist only once the State Council has published the year's arrangement,
    so they are here only where the package already lists it (its "休息日（由 … 调休）"
    days). What this gives is a best guess to be confirmed (待确认), never the final word.
    """
    labels = country_holidays("CN", years=(year - 1, year, year + 1), language="zh_CN")
    named: dict[date, str] = {}
    moved: list[date] = []
    makeup: set[date] = set()
    for day, label in sorted(labels.items()):
        name = _statutory_name(label)
        substituted = _SUBSTITUTED.search(label)
        if name is not None:
            named[day] = name
        elif substituted is not None:
            moved.append(day)
            makeup.add(date.fromisoformat(substituted.group(1)))
    for day in moved:  # a moved rest day belongs to the holiday nearest to it
        nearest = min(named, key=lambda d: abs((d - day).days))
        named[day] = named[nearest]
    entries = [
        CalendarEntry(day, DayKind.HOLIDAY, name)
        for day, name in sorted(named.items())
        if day.year == year
    ]
    entries += [
        CalendarEntry(day, DayKind.MAKEUP_WORKDAY, "调休上班")
        for day in sorted(makeup)
        if day.year == year and day.weekday() >= 5 and day not in named
    ]
    if not entries:
        raise UnknownCalendarYear(year)
    return sorted(entries, key=lambda e: e.day)


@lru_cache(maxsize=32)
def default_calendar(year: int) -> tuple[YearSource, tuple[CalendarEntry, ...]]:
    """The best calendar of ``year`` that needs no person: ``chinesecalendar``'s where it
    knows the year (the published arrangement, make-up workdays included), else the
    statutory holidays computed by ``holidays`` (:attr:`YearSource.COMPUTED`, 待确认).
    Raises :class:`UnknownCalendarYear` when neither knows the year."""
    try:
        return YearSource.PACKAGE, tuple(calendar_entries_from_package(year))
    except UnknownCalendarYear:
        return YearSource.COMPUTED, tuple(computed_calendar_entries(year))


def default_calendar_entries(year: int) -> tuple[CalendarEntry, ...]:
    """:func:`default_calendar`'s entries; none for a year that neither source knows."""
    try:
        return default_calendar(year)[1]
    except UnknownCalendarYear:
        return ()

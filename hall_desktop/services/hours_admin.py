"""Editing the hall's opening hours and working-day calendar (营业时间与节假日日历).

Supervisors and administrators set the weekly hours (with an optional lunch break, 午休)
and the exceptions of single days: statutory holidays (法定节假日), weekend make-up
workdays (调休上班), holiday-open days with their own hours (节假日预约服务 / 不打烊) and
other closures.

Years that ``chinesecalendar`` knows are imported from it. A later year is pre-filled
with the statutory holidays that the ``holidays`` package computes and stays
unconfirmed (待确认, :attr:`YearSource.COMPUTED`) until an administrator has checked it
against the State Council's notice, entered the make-up workdays (调休) and confirmed
it (:meth:`HoursAdminService.confirm_year`). The pre-filled days close the hall from the
start; confirming changes no day, it records that a person has checked them.

A year that has no calendar row at all (a hall seeded before the year was known)
already follows the computed holidays (:mod:`hall_desktop.services.schedule`); the
editor shows them as 待确认, and the first edit of one of its days, or its
confirmation, pre-fills the year in the same transaction
(:func:`hall_desktop.store.calendar.prefill_year`, safe when two PCs do it at once).

Every change is one transaction with its event (``hours_changed``, ``calendar_day_set``,
``calendar_day_cleared``, ``calendar_year_imported``, ``calendar_year_prefilled``,
``calendar_year_confirmed``).

Other PCs see a change within a minute, not at once: :class:`QueueService` caches a
hall's schedule for ``SCHEDULE_TTL_S`` (60 s), so for up to a minute after an edit the
queue may still open or close lines by the old hours.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import chinese_calendar
import holidays
from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.errors import NotFound, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.hours import (
    CalendarEntry,
    DayHours,
    DayKind,
    UnknownCalendarYear,
    YearSource,
    calendar_entries_from_package,
    default_calendar,
)
from hall_desktop.services import rules
from hall_desktop.services.actor import MANAGERS, Actor, recheck, record_action, require
from hall_desktop.services.schedule import hall_zone, load_schedule
from hall_desktop.store.calendar import prefill_year
from hall_desktop.store.database import Database
from hall_desktop.store.models import CalendarDay, CalendarYear, OpeningHours

WEEKDAY_NAMES = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
NAME_MAX = rules.DAY_NAME.max_length  # calendar_day.name
FIRST_YEAR, LAST_YEAR = 2000, 2100
#: How long before the new year the hours editor warns that its calendar is not
#: confirmed. The State Council publishes the next year's arrangement in October or
#: November; warning all year long would only teach people to ignore the banner.
COMING_YEAR_WARNING_DAYS = 92  # from about 1 October
#: From this day (month, day) of the year the desk and clerk screens of supervisors and
#: administrators remind them that next year is not confirmed.
REMINDER_FROM = (11, 1)


@dataclass(frozen=True, slots=True)
class WeekdayHours:
    weekday: int  # 0 = Monday … 6 = Sunday
    hours: DayHours | None  # None: closed that weekday

    @property
    def is_open(self) -> bool:
        return self.hours is not None


@dataclass(frozen=True, slots=True)
class MonthDay:
    """One day of the month view.

    ``kind`` is the calendar entry's kind, or ``None`` when the weekly hours apply (then
    ``is_open`` tells a workday from a weekend or other rest day). ``pending``: the day
    has an entry and its year is not confirmed yet (待确认).
    """

    day: date
    kind: DayKind | None
    name: str
    hours: DayHours | None  # the effective hours (a make-up day without its own: weekday's)
    is_open: bool
    own_hours: bool = False  # the entry carries hours of its own
    pending: bool = False  # 待确认: the year's holidays are computed, not confirmed

    @property
    def is_weekend(self) -> bool:
        return self.kind is None and not self.is_open


@dataclass(frozen=True, slots=True)
class MonthView:
    year: int
    month: int
    days: tuple[MonthDay, ...]
    #: None: the year has no calendar of its own yet and follows the default one.
    year_source: YearSource | None

    @property
    def confirmed(self) -> bool:
        """The year's holidays are imported or confirmed by hand (not 待确认)."""
        return self.year_source is not None and self.year_source.confirmed

    def on(self, day: date) -> MonthDay:
        return self.days[day.day - 1]


@dataclass(frozen=True, slots=True)
class YearStatus:
    year: int
    source: YearSource | None  # None: no calendar of its own (follows the default one)
    entries: int  # calendar days of the year that depart from the weekly hours
    package_knows: bool  # chinesecalendar has the year: it can be imported

    @property
    def confirmed(self) -> bool:
        """Imported or confirmed by hand; otherwise the screens ask for it (待确认)."""
        return self.source is not None and self.source.confirmed


# -- validation -----------------------------------------------------------------------


def _minute(t: time) -> time:
    return t.replace(second=0, microsecond=0, tzinfo=None)


def _hm(t: time) -> str:
    return f"{t:%H:%M}"


def day_hours(
    opens: time, closes: time, lunch_start: time | None = None, lunch_end: time | None = None
) -> DayHours:
    """A day's hours from the form's fields, refusing bad input with the field to blame.

    :class:`DayHours` checks the same rules but names only "hours"; this names the field
    ("opens", "closes", "lunch_start", "lunch_end") so a form can show the reason next to it.
    Seconds are dropped: the hall works in minutes.
    """
    opens, closes = _minute(opens), _minute(closes)
    if closes <= opens:
        raise ValidationError(
            "closes", f"结束营业时间（{_hm(closes)}）必须晚于开始营业时间（{_hm(opens)}）"
        )
    if lunch_start is None and lunch_end is None:
        return DayHours(opens, closes)
    if lunch_start is None:
        raise ValidationError("lunch_start", "请填写午休开始时间，或不设午休")
    if lunch_end is None:
        raise ValidationError("lunch_end", "请填写午休结束时间，或不设午休")
    lunch_start, lunch_end = _minute(lunch_start), _minute(lunch_end)
    span = f"{_hm(opens)}–{_hm(closes)}"
    if not opens < lunch_start < closes:
        raise ValidationError("lunch_start", f"午休开始时间必须在营业时间（{span}）之内")
    if lunch_end <= lunch_start:
        raise ValidationError(
            "lunch_end", f"午休结束时间必须晚于午休开始时间（{_hm(lunch_start)}）"
        )
    if lunch_end >= closes:
        raise ValidationError("lunch_end", f"午休结束时间必须早于结束营业时间（{_hm(closes)}）")
    return DayHours(opens, closes, lunch_start, lunch_end)


def _checked(hours: DayHours) -> DayHours:
    # Re-checked field by field: names the field, and refuses an instance built around
    # DayHours' own checks.
    return day_hours(hours.opens, hours.closes, hours.lunch_start, hours.lunch_end)


def _check_weekday(weekday: int) -> None:
    if not isinstance(weekday, int) or not 0 <= weekday <= 6:
        raise ValidationError("weekday", "星期应为 0（星期一）到 6（星期日）")


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError("year", f"年份应在 {FIRST_YEAR} 到 {LAST_YEAR} 之间")


def _hours_payload(hours: DayHours | None) -> dict[str, str | None] | None:
    if hours is None:
        return None
    return {
        "opens": _hm(hours.opens),
        "closes": _hm(hours.closes),
        "lunch_start": None if hours.lunch_start is None else _hm(hours.lunch_start),
        "lunch_end": None if hours.lunch_end is None else _hm(hours.lunch_end),
    }


def _row_hours(row: OpeningHours | CalendarDay) -> DayHours | None:
    if row.opens is None or row.closes is None:
        return None
    return DayHours(row.opens, row.closes, row.lunch_start, row.lunch_end)


def _set_row_hours(row: OpeningHours | CalendarDay, hours: DayHours | None) -> None:
    row.opens = hours.opens if hours else None
    row.closes = hours.closes if hours else None
    row.lunch_start = hours.lunch_start if hours else None
    row.lunch_end = hours.lunch_end if hours else None


def _year_payload(
    year: int, source: YearSource, entries: Iterable[CalendarEntry]
) -> dict[str, Any]:
    """What an event that writes a whole year records: what came from where."""
    kinds = [e.kind for e in entries]
    package = chinese_calendar if source is YearSource.PACKAGE else holidays
    return {
        "year": year,
        "source": source.value,
        "holidays": kinds.count(DayKind.HOLIDAY),
        "makeup_workdays": kinds.count(DayKind.MAKEUP_WORKDAY),
        "package_version": getattr(package, "__version__", None),
    }


def package_knows(year: int) -> bool:
    """Whether ``chinesecalendar`` (as installed) has the holidays of ``year``."""
    try:
        chinese_calendar.get_holiday_detail(date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


# -- the service ----------------------------------------------------------------------


class HoursAdminService:
    """营业时间与节假日日历的维护: weekly hours, single days, whole years."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- weekly hours --------------------------------------------------------------------

    async def weekly_hours(self, actor: Actor) -> list[WeekdayHours]:
        """Seven entries, Monday to Sunday; a closed weekday has ``hours=None``."""
        require(actor, *MANAGERS, action="查看营业时间")
        async with self.db.read() as session:
            return await self._weekly(session, actor.hall_id)

    async def set_weekday(self, actor: Actor, weekday: int, hours: DayHours | None) -> WeekdayHours:
        """Set one weekday's hours; ``None`` closes the hall on that weekday."""
        week = await self.set_week(actor, {weekday: hours})
        return week[weekday]

    async def set_week(
        self, actor: Actor, week: Mapping[int, DayHours | None]
    ) -> list[WeekdayHours]:
        """Set several weekdays at once, all or nothing (one ``hours_changed`` event).

        Weekdays not in ``week`` keep their hours. Closing every weekday is refused: the
        hall could then count no deadline in working days.
        """
        require(actor, *MANAGERS, action="修改营业时间")
        wanted: dict[int, DayHours | None] = {}
        for weekday, hours in week.items():
            _check_weekday(weekday)
            wanted[weekday] = None if hours is None else _checked(hours)
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="修改营业时间")
            rows = {
                row.weekday: row
                for row in await session.scalars(
                    select(OpeningHours).where(OpeningHours.hall_id == actor.hall_id)
                )
            }
            after = {d: _row_hours(r) for d, r in rows.items()} | wanted
            if all(h is None for h in after.values()):
                raise Refused("每周至少要有一天营业", code="no_open_weekday")
            changes: list[dict[str, Any]] = []
            for weekday, hours in sorted(wanted.items()):
                row = rows.get(weekday)
                before = None if row is None else _row_hours(row)
                if before == hours:
                    continue
                if hours is None:
                    await session.delete(row)
                elif row is None:
                    row = OpeningHours(hall_id=actor.hall_id, weekday=weekday)
                    _set_row_hours(row, hours)
                    session.add(row)
                else:
                    _set_row_hours(row, hours)
                changes.append(
                    {
                        "weekday": weekday,
                        "weekday_name": WEEKDAY_NAMES[weekday],
                        "before": _hours_payload(before),
                        "after": _hours_payload(hours),
                    }
                )
            if changes:
                await session.flush()
                await record_action(
                    session,
                    actor,
                    EventKind.HOURS_CHANGED,
                    at=await self.db.now(session),
                    payload={"changes": changes},
                )
            return await self._weekly(session, actor.hall_id)

    async def _weekly(self, session: AsyncSession, hall_id: int) -> list[WeekdayHours]:
        rows = await session.scalars(select(OpeningHours).where(OpeningHours.hall_id == hall_id))
        by_day = {row.weekday: _row_hours(row) for row in rows}
        return [WeekdayHours(d, by_day.get(d)) for d in range(7)]

    # -- the month view and single days --------------------------------------------------

    async def month(self, actor: Actor, year: int, month: int) -> MonthView:
        """Every day of ``month``: its kind, name, effective hours, open or not."""
        require(actor, *MANAGERS, action="查看节假日日历")
        _check_year(year)
        if not 1 <= month <= 12:
            raise ValidationError("month", "月份应为 1 到 12")
        async with self.db.read() as session:
            return await self._month(session, actor.hall_id, year, month)

    async def _month(self, session: AsyncSession, hall_id: int, year: int, month: int) -> MonthView:
        schedule = await load_schedule(session, hall_id)
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        own_hours = set(
            await session.scalars(
                select(CalendarDay.day).where(
                    CalendarDay.hall_id == hall_id,
                    CalendarDay.day >= first,
                    CalendarDay.day <= last,
                    CalendarDay.opens.is_not(None),
                )
            )
        )
        source = await self._source(session, hall_id, year)
        pending = source is None or not source.confirmed
        days = []
        for n in range(last.day):
            day = first + timedelta(days=n)
            hours = schedule.hours_on(day)
            # The schedule's entry: the hall's row, or (a year without its own calendar)
            # the default calendar's, exactly what decides whether the hall opens.
            entry = schedule.entry_on(day)
            days.append(
                MonthDay(
                    day=day,
                    kind=None if entry is None else entry.kind,
                    name="" if entry is None else entry.name,
                    hours=hours,
                    is_open=hours is not None,
                    own_hours=day in own_hours,
                    pending=pending and entry is not None,
                )
            )
        return MonthView(year=year, month=month, days=tuple(days), year_source=source)

    async def _source(self, session: AsyncSession, hall_id: int, year: int) -> YearSource | None:
        source = await session.scalar(
            select(CalendarYear.source).where(
                CalendarYear.hall_id == hall_id, CalendarYear.year == year
            )
        )
        return None if source is None else YearSource(source)

    async def _prefill(self, session: AsyncSession, actor: Actor, year: int) -> YearSource | None:
        """Give ``year`` its own calendar if it has none yet; its source after that.

        The days written are those the schedule already follows for the year (the
        default calendar), so nothing changes for the hall; from now on they are rows an
        administrator can edit. Recorded as ``calendar_year_prefilled``.
        """
        found = await self._source(session, actor.hall_id, year)
        if found is not None:
            return found
        try:
            source, entries = default_calendar(year)
        except UnknownCalendarYear:
            return None  # nobody knows the year: it is entered by hand from nothing
        if not await prefill_year(session, actor.hall_id, year, source.value, entries):
            return await self._source(session, actor.hall_id, year)  # another PC was first
        await record_action(
            session,
            actor,
            EventKind.CALENDAR_YEAR_PREFILLED,
            at=await self.db.now(session),
            payload=_year_payload(year, source, entries),
        )
        return source

    async def _day(self, session: AsyncSession, hall_id: int, day: date) -> MonthDay:
        return (await self._month(session, hall_id, day.year, day.month)).on(day)

    async def set_day(
        self,
        actor: Actor,
        day: date,
        kind: DayKind,
        name: str,
        hours: DayHours | None,
        *,
        appointments_only: bool = False,
    ) -> MonthDay:
        """Make ``day`` an exception to the weekly hours.

        A holiday or other closure has no hours; a holiday-open day must have them; a
        make-up workday may have its own, else it works the weekday hours.
        ``appointments_only``: a holiday-open day for booked citizens only (节假日预约服务).
        """
        require(actor, *MANAGERS, action="设置节假日")
        _check_year(day.year)
        kind = DayKind(kind)
        name = rules.DAY_NAME.clean(name)
        if kind is DayKind.OPEN_HOLIDAY and hours is None:
            raise ValidationError("opens", "节假日开放日必须设置营业时间")
        if kind in (DayKind.HOLIDAY, DayKind.CLOSED) and hours is not None:
            raise ValidationError("hours", "节假日和闭厅日不对外办公，不能设置营业时间")
        if hours is not None:
            hours = _checked(hours)
        entry = CalendarEntry(day, kind, name, hours, appointments_only)
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="设置节假日")
            await self._prefill(session, actor, day.year)
            row = await session.get(CalendarDay, (actor.hall_id, day))
            previous = None if row is None else {"kind": row.kind, "name": row.name}
            if row is None:
                row = CalendarDay(hall_id=actor.hall_id, day=day)
                session.add(row)
            row.kind = entry.kind.value
            row.name = entry.name
            row.appointments_only = entry.appointments_only
            _set_row_hours(row, entry.hours)
            await session.flush()
            await record_action(
                session,
                actor,
                EventKind.CALENDAR_DAY_SET,
                at=await self.db.now(session),
                payload={
                    "day": day.isoformat(),
                    "kind": entry.kind.value,
                    "name": entry.name,
                    "hours": _hours_payload(entry.hours),
                    "appointments_only": entry.appointments_only,
                    "previous": previous,
                },
            )
            return await self._day(session, actor.hall_id, day)

    async def clear_day(self, actor: Actor, day: date) -> MonthDay:
        """Remove ``day``'s exception: the weekly hours apply again."""
        require(actor, *MANAGERS, action="清除节假日设置")
        _check_year(day.year)
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="清除节假日设置")
            await self._prefill(session, actor, day.year)
            row = await session.get(CalendarDay, (actor.hall_id, day))
            if row is None:
                raise NotFound(f"{day:%Y-%m-%d} 没有特别安排，无需清除")
            payload = {
                "day": day.isoformat(),
                "kind": row.kind,
                "name": row.name,
                "hours": _hours_payload(_row_hours(row)),
            }
            await session.delete(row)
            await session.flush()
            await record_action(
                session,
                actor,
                EventKind.CALENDAR_DAY_CLEARED,
                at=await self.db.now(session),
                payload=payload,
            )
            return await self._day(session, actor.hall_id, day)

    # -- whole years ---------------------------------------------------------------------

    async def calendar_years(self, actor: Actor) -> list[YearStatus]:
        """This year, next year and every year with calendar data, oldest first."""
        require(actor, *MANAGERS, action="查看节假日日历")
        async with self.db.read() as session:
            this_year = (await self._today(session, actor.hall_id)).year
            rows = await session.execute(
                select(CalendarYear.year, CalendarYear.source).where(
                    CalendarYear.hall_id == actor.hall_id
                )
            )
            sources = {year: source for year, source in rows}
            counts = await self._entry_counts(session, actor.hall_id)
        years = sorted({this_year, this_year + 1, *sources, *counts})
        return [
            YearStatus(
                year=y,
                source=YearSource(sources[y]) if y in sources else None,
                entries=counts.get(y, 0),
                package_knows=package_knows(y),
            )
            for y in years
        ]

    async def _entry_counts(self, session: AsyncSession, hall_id: int) -> dict[int, int]:
        days = await session.scalars(select(CalendarDay.day).where(CalendarDay.hall_id == hall_id))
        counts: dict[int, int] = {}
        for day in days:
            counts[day.year] = counts.get(day.year, 0) + 1
        return counts

    async def _year_status(self, session: AsyncSession, hall_id: int, year: int) -> YearStatus:
        source = await self._source(session, hall_id, year)
        first, last = date(year, 1, 1), date(year, 12, 31)
        entries = await session.scalar(
            select(func.count())
            .select_from(CalendarDay)
            .where(CalendarDay.hall_id == hall_id, CalendarDay.day.between(first, last))
        )
        return YearStatus(
            year=year,
            source=source,
            entries=entries or 0,
            package_knows=package_knows(year),
        )

    async def import_year_from_package(self, actor: Actor, year: int) -> YearStatus:
        """Take ``year``'s holidays and make-up workdays from ``chinesecalendar``.

        The package's days replace the year's holidays and make-up days; the hall's own
        holiday-open days and closures are kept (they override the package's day).
        """
        require(actor, *MANAGERS, action="导入节假日安排")
        _check_year(year)
        try:
            entries = calendar_entries_from_package(year)
        except UnknownCalendarYear as e:
            raise Refused(
                f"chinesecalendar 没有 {year} 年的数据，请手工录入", code="unknown_calendar_year"
            ) from e
        first, last = date(year, 1, 1), date(year, 12, 31)
        own_kinds = (DayKind.OPEN_HOLIDAY.value, DayKind.CLOSED.value)
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="导入节假日安排")
            kept = set(
                await session.scalars(
                    select(CalendarDay.day).where(
                        CalendarDay.hall_id == actor.hall_id,
                        CalendarDay.day.between(first, last),
                        CalendarDay.kind.in_(own_kinds),
                    )
                )
            )
            await session.execute(
                delete(CalendarDay).where(
                    CalendarDay.hall_id == actor.hall_id,
                    CalendarDay.day.between(first, last),
                    CalendarDay.kind.not_in(own_kinds),
                )
            )
            session.add_all(
                CalendarDay(hall_id=actor.hall_id, day=e.day, kind=e.kind.value, name=e.name)
                for e in entries
                if e.day not in kept
            )
            row = await session.get(CalendarYear, (actor.hall_id, year))
            previous = None if row is None else row.source
            if row is None:
                session.add(
                    CalendarYear(hall_id=actor.hall_id, year=year, source=YearSource.PACKAGE)
                )
            else:
                row.source = YearSource.PACKAGE.value
            await session.flush()
            await record_action(
                session,
                actor,
                EventKind.CALENDAR_YEAR_IMPORTED,
                at=await self.db.now(session),
                payload={
                    **_year_payload(year, YearSource.PACKAGE, entries),
                    "previous_source": previous,
                    "kept_own_days": sorted(d.isoformat() for d in kept),
                },
            )
            return await self._year_status(session, actor.hall_id, year)

    async def confirm_year(self, actor: Actor, year: int) -> YearStatus:
        """Confirm ``year``'s holidays and make-up workdays (确认节假日安排).

        For a year pre-filled from the computed holidays (待确认), or entered by hand: the
        administrator has checked the days against the State Council's notice and
        entered the make-up workdays. A year with no calendar of its own yet is pre-filled
        first (with the days the screen showed). Changes no day; the year becomes
        :attr:`YearSource.MANUAL` and ``calendar_year_confirmed`` records who confirmed
        it. Refused for a year already confirmed or imported, for a year chinesecalendar
        knows and the hall has not taken yet (import it instead), and for a year without
        a single holiday.
        """
        require(actor, *MANAGERS, action="确认节假日安排")
        _check_year(year)
        first, last = date(year, 1, 1), date(year, 12, 31)
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="确认节假日安排")
            before = await self._source(session, actor.hall_id, year)
            if before is not None and before.confirmed:
                how = "从 chinesecalendar 导入" if before is YearSource.PACKAGE else "确认"
                raise Refused(f"{year} 年的节假日安排已经{how}，无需再次确认", code="exists")
            if before is None and package_knows(year):
                raise Refused(
                    f"chinesecalendar 有 {year} 年的节假日安排，请直接导入", code="use_import"
                )
            await self._prefill(session, actor, year)
            counts: dict[str, int] = {
                kind: n
                for kind, n in await session.execute(
                    select(CalendarDay.kind, func.count())
                    .where(
                        CalendarDay.hall_id == actor.hall_id,
                        CalendarDay.day.between(first, last),
                    )
                    .group_by(CalendarDay.kind)
                )
            }
            if not counts.get(DayKind.HOLIDAY.value):
                raise Refused(
                    f"{year} 年还没有录入任何法定节假日，请先在月历中录入再确认",
                    code="empty_year",
                )
            if await self._source(session, actor.hall_id, year) is None:
                # Nobody knows the year: it was entered by hand from nothing.
                session.add(
                    CalendarYear(hall_id=actor.hall_id, year=year, source=YearSource.MANUAL.value)
                )
                await session.flush()
            elif (
                await session.execute(
                    update(CalendarYear)
                    .where(
                        CalendarYear.hall_id == actor.hall_id,
                        CalendarYear.year == year,
                        CalendarYear.source == YearSource.COMPUTED.value,
                    )
                    .values(source=YearSource.MANUAL.value)
                    .returning(CalendarYear.year)
                )
            ).first() is None:  # confirmed (or imported) on another PC meanwhile
                raise Refused(f"{year} 年的节假日安排刚被其他人确认，请刷新", code="exists")
            await record_action(
                session,
                actor,
                EventKind.CALENDAR_YEAR_CONFIRMED,
                at=await self.db.now(session),
                payload={
                    "year": year,
                    "source": YearSource.MANUAL.value,
                    "previous_source": None if before is None else before.value,
                    "entries": sum(counts.values()),
                    "holidays": counts.get(DayKind.HOLIDAY.value, 0),
                    "makeup_workdays": counts.get(DayKind.MAKEUP_WORKDAY.value, 0),
                },
            )
            return await self._year_status(session, actor.hall_id, year)

    async def coming_year_missing(self, actor: Actor, today: date) -> int | None:
        """The year whose calendar the hours editor should ask for, or ``None``.

        The current year when it is not confirmed (always: the hall runs on computed
        holidays); the next year when it is not confirmed and ``today`` is within
        ``COMING_YEAR_WARNING_DAYS`` of the new year.
        """
        require(actor, *MANAGERS, action="查看节假日日历")
        warn_from = date(today.year + 1, 1, 1) - timedelta(days=COMING_YEAR_WARNING_DAYS)
        async with self.db.read() as session:
            return await self._year_to_confirm(session, actor.hall_id, today, warn_from)

    async def year_to_confirm(self, actor: Actor) -> int | None:
        """For the desk and clerk screens of supervisors and administrators: the year whose
        holidays are not confirmed and should be, or ``None``.

        The current year whenever it is not confirmed; the next year from 1 November
        (:data:`REMINDER_FROM`, by the hall's date) until it is confirmed.
        """
        require(actor, *MANAGERS, action="查看节假日日历")
        async with self.db.read() as session:
            today = await self._today(session, actor.hall_id)
            warn_from = date(today.year, *REMINDER_FROM)
            return await self._year_to_confirm(session, actor.hall_id, today, warn_from)

    async def _year_to_confirm(
        self, session: AsyncSession, hall_id: int, today: date, warn_from: date
    ) -> int | None:
        rows = await session.execute(
            select(CalendarYear.year, CalendarYear.source).where(
                CalendarYear.hall_id == hall_id,
                CalendarYear.year.in_((today.year, today.year + 1)),
            )
        )
        confirmed = {year for year, source in rows if YearSource(source).confirmed}
        if today.year not in confirmed:
            return today.year
        if today >= warn_from and today.year + 1 not in confirmed:
            return today.year + 1
        return None

    async def _today(self, session: AsyncSession, hall_id: int) -> date:
        zone = await hall_zone(session, hall_id)
        now: datetime = await self.db.now(session)
        return now.astimezone(zone).date()

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from hall_desktop.domain.errors import HallError, ValidationError
from hall_desktop.domain.hours import (
    CalendarEntry,
    DayHours,
    DayKind,
    HallSchedule,
    UnknownCalendarYear,
    YearSource,
    calendar_entries_from_package,
    computed_calendar_entries,
    default_calendar,
    default_calendar_entries,
    service_day,
)

pytestmark = pytest.mark.dates

SHANGHAI = ZoneInfo("Asia/Shanghai")
WORKDAY = DayHours(time(8, 30), time(17, 30), time(12), time(13, 30))
MON_TO_FRI = dict.fromkeys(range(5), WORKDAY)
MAKEUP_2026 = {
    date(2026, 1, 4),
    date(2026, 2, 14),
    date(2026, 2, 28),
    date(2026, 5, 9),
    date(2026, 9, 20),
    date(2026, 10, 10),
}


@pytest.fixture(scope="module")
def entries_2026() -> list[CalendarEntry]:
    return calendar_entries_from_package(2026)


@pytest.fixture
def schedule(entries_2026: list[CalendarEntry]) -> HallSchedule:
    return HallSchedule(MON_TO_FRI, entries_2026, known_years=[2026])


def at(day: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute, second))


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        ((time(17), time(9)), "开始营业时间必须早于结束营业时间"),
        ((time(9), time(9)), "开始营业时间必须早于结束营业时间"),
        ((time(9), time(17), time(12)), "同时填写或同时留空"),
        ((time(9), time(17), None, time(13)), "同时填写或同时留空"),
        ((time(9), time(17), time(13), time(12)), "午休开始时间必须早于午休结束时间"),
        ((time(9), time(17), time(8), time(12)), "午休时间必须在营业时间之内"),
        ((time(9), time(17), time(9), time(12)), "午休时间必须在营业时间之内"),
        ((time(9), time(17), time(16), time(17)), "午休时间必须在营业时间之内"),
    ],
)
def test_day_hours_validation(args: tuple[time, ...], fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment) as caught:
        DayHours(*args)
    assert caught.value.field == "hours"


def test_intervals() -> None:
    assert WORKDAY.intervals() == [(time(8, 30), time(12)), (time(13, 30), time(17, 30))]
    assert DayHours(time(9), time(12)).intervals() == [(time(9), time(12))]


@pytest.mark.parametrize(
    ("t", "open_"),
    [
        (time(8, 29, 59), False),
        (time(8, 30), True),
        (time(11, 59, 59, 999999), True),
        (time(12), False),
        (time(13, 29, 59), False),
        (time(13, 30), True),
        (time(17, 29, 59), True),
        (time(17, 30), False),
    ],
)
def test_lunch_break_boundaries(t: time, open_: bool) -> None:
    assert WORKDAY.contains(t) is open_


def test_calendar_entry_validation() -> None:
    with pytest.raises(ValidationError, match="必须设置营业时间"):
        CalendarEntry(date(2026, 10, 3), DayKind.OPEN_HOLIDAY)
    for kind in (DayKind.HOLIDAY, DayKind.CLOSED):
        with pytest.raises(ValidationError, match="不能设置营业时间"):
            CalendarEntry(date(2026, 10, 3), kind, hours=WORKDAY)
    assert CalendarEntry(date(2026, 10, 10), DayKind.MAKEUP_WORKDAY).hours is None


def test_weekly_keys_are_weekdays() -> None:
    with pytest.raises(ValidationError) as caught:
        HallSchedule({7: WORKDAY})
    assert caught.value.field == "weekly"


def test_national_day_2026(entries_2026: list[CalendarEntry], schedule: HallSchedule) -> None:
    by_day = {entry.day: entry for entry in entries_2026}
    assert by_day[date(2026, 10, 1)] == CalendarEntry(date(2026, 10, 1), DayKind.HOLIDAY, "国庆节")
    for offset in range(7):
        day = date(2026, 10, 1) + timedelta(days=offset)
        assert (by_day[day].kind, by_day[day].name) == (DayKind.HOLIDAY, "国庆节")
        assert not schedule.is_working_day(day)
    assert date(2026, 10, 8) not in by_day
    assert schedule.is_working_day(date(2026, 10, 8))
    assert schedule.hours_on(date(2026, 10, 8)) == WORKDAY


def test_makeup_workdays_2026(entries_2026: list[CalendarEntry], schedule: HallSchedule) -> None:
    makeup = {entry.day for entry in entries_2026 if entry.kind is DayKind.MAKEUP_WORKDAY}
    assert makeup == MAKEUP_2026
    for day in makeup:
        assert day.weekday() >= 5
        assert schedule.hours_on(day) == WORKDAY
    assert {e.name for e in entries_2026 if e.kind is DayKind.MAKEUP_WORKDAY} == {"调休上班"}


def test_holiday_names_2026(entries_2026: list[CalendarEntry]) -> None:
    names = {entry.name for entry in entries_2026 if entry.kind is DayKind.HOLIDAY}
    assert names == {"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"}


def test_special_holiday_of_2015_gets_its_chinese_name() -> None:
    by_day = {entry.day: entry for entry in calendar_entries_from_package(2015)}
    assert by_day[date(2015, 9, 3)].name == "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"
    assert by_day[date(2015, 9, 6)].kind is DayKind.MAKEUP_WORKDAY


@pytest.mark.parametrize("year", [2003, 2027])
def test_year_without_package_data(year: int) -> None:
    with pytest.raises(UnknownCalendarYear) as caught:
        calendar_entries_from_package(year)
    assert caught.value.year == year
    assert caught.value.code == "unknown_calendar_year"
    assert caught.value.message == (
        f"没有 {year} 年的节假日数据，请管理员录入该年的节假日和调休安排"
    )


def test_has_calendar_for(schedule: HallSchedule) -> None:
    assert schedule.has_calendar_for(2026)
    assert not schedule.has_calendar_for(2027)


def test_open_holiday_uses_its_own_hours(entries_2026: list[CalendarEntry]) -> None:
    morning = DayHours(time(9), time(12))
    open_day = CalendarEntry(date(2026, 10, 3), DayKind.OPEN_HOLIDAY, "国庆预约服务", morning)
    schedule = HallSchedule(MON_TO_FRI, [*entries_2026, open_day])
    assert schedule.hours_on(date(2026, 10, 3)) == morning
    assert schedule.is_open_at(at(date(2026, 10, 3), 11, 59))
    assert not schedule.is_open_at(at(date(2026, 10, 3), 12))
    assert schedule.closed_reason(at(date(2026, 10, 3), 12)) == "今天的营业时间已结束（12:00）"
    assert schedule.closing_time(date(2026, 10, 3)) == time(12)
    assert not schedule.is_working_day(date(2026, 10, 2))


def test_makeup_workday_hours() -> None:
    saturday = date(2026, 10, 10)
    short = DayHours(time(9), time(15))
    only_tuesday = HallSchedule(
        {1: short, 5: WORKDAY}, [CalendarEntry(saturday, DayKind.MAKEUP_WORKDAY)]
    )
    assert only_tuesday.hours_on(saturday) == short
    own = HallSchedule(MON_TO_FRI, [CalendarEntry(saturday, DayKind.MAKEUP_WORKDAY, hours=short)])
    assert own.hours_on(saturday) == short
    weekend_only = HallSchedule({5: WORKDAY}, [CalendarEntry(saturday, DayKind.MAKEUP_WORKDAY)])
    assert weekend_only.hours_on(saturday) is None


@pytest.mark.parametrize(
    ("moment", "reason"),
    [
        (at(date(2026, 10, 1), 10), "今天是法定节假日（国庆节），大厅不办理业务"),
        (at(date(2026, 11, 28), 10), "今天是休息日"),
        (at(date(2026, 11, 30), 8, 29), "尚未到营业时间（08:30 开始）"),
        (at(date(2026, 11, 30), 8, 30), None),
        (at(date(2026, 11, 30), 12), "午休时间（12:00–13:30）"),
        (at(date(2026, 11, 30), 13, 30), None),
        (at(date(2026, 11, 30), 17, 30), "今天的营业时间已结束（17:30）"),
        (at(date(2026, 11, 30), 23, 59, 59), "今天的营业时间已结束（17:30）"),
        (at(date(2026, 10, 10), 9), None),
    ],
)
def test_closed_reason(schedule: HallSchedule, moment: datetime, reason: str | None) -> None:
    assert schedule.closed_reason(moment) == reason
    assert schedule.is_open_at(moment) is (reason is None)


def test_closed_reason_of_unnamed_and_hall_specific_closures() -> None:
    schedule = HallSchedule(
        MON_TO_FRI,
        [
            CalendarEntry(date(2026, 12, 1), DayKind.HOLIDAY),
            CalendarEntry(date(2026, 12, 2), DayKind.CLOSED, "系统升级"),
            CalendarEntry(date(2026, 12, 3), DayKind.CLOSED),
        ],
    )
    assert schedule.closed_reason(at(date(2026, 12, 1), 10)) == "今天是法定节假日，大厅不办理业务"
    assert schedule.closed_reason(at(date(2026, 12, 2), 10)) == "今天大厅不对外办公（系统升级）"
    assert schedule.closed_reason(at(date(2026, 12, 3), 10)) == "今天大厅不对外办公"


def test_is_open_at_uses_the_wall_clock_of_an_aware_datetime(schedule: HallSchedule) -> None:
    assert schedule.is_open_at(datetime(2026, 11, 30, 9, tzinfo=SHANGHAI))
    assert not schedule.is_open_at(datetime(2026, 11, 30, 9, tzinfo=SHANGHAI).astimezone(UTC))


def test_closing_time(schedule: HallSchedule) -> None:
    assert schedule.closing_time(date(2026, 11, 30)) == time(17, 30)
    assert schedule.closing_time(date(2026, 10, 1)) is None


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2026, 11, 30), 0, date(2026, 11, 30)),
        (date(2026, 11, 28), 0, date(2026, 11, 30)),
        (date(2026, 11, 27), 1, date(2026, 11, 30)),
        (date(2026, 11, 26), 3, date(2026, 12, 1)),
        (date(2026, 10, 1), 0, date(2026, 10, 8)),
        (date(2026, 9, 30), 1, date(2026, 10, 8)),
        (date(2026, 9, 30), 3, date(2026, 10, 10)),
        (date(2026, 9, 18), 1, date(2026, 9, 20)),
    ],
)
def test_add_working_days(schedule: HallSchedule, start: date, n: int, expected: date) -> None:
    assert schedule.add_working_days(start, n) == expected


def test_add_working_days_refuses_bad_input(schedule: HallSchedule) -> None:
    with pytest.raises(ValueError):
        schedule.add_working_days(date(2026, 11, 30), -1)
    with pytest.raises(HallError, match="每周营业时间"):
        HallSchedule({}).add_working_days(date(2026, 11, 30), 1)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 11, 29, 15, 59, 59, tzinfo=UTC), date(2026, 11, 29)),
        (datetime(2026, 11, 29, 16, 0, tzinfo=UTC), date(2026, 11, 30)),
        (datetime(2026, 11, 29, 16, 30, tzinfo=UTC), date(2026, 11, 30)),
        (datetime(2026, 11, 30, 0, 30, tzinfo=SHANGHAI), date(2026, 11, 30)),
    ],
)
def test_service_day(moment: datetime, expected: date) -> None:
    assert service_day(moment, SHANGHAI) == expected


def test_service_day_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError):
        service_day(datetime(2026, 11, 29, 16, 30), SHANGHAI)


# -- years chinesecalendar does not know: the holidays computed by `holidays` ------------


def _days(first: date, last: date) -> set[date]:
    return {first + timedelta(days=n) for n in range((last - first).days + 1)}


def test_the_computed_holidays_of_2027() -> None:
    """What the ``holidays`` package computes for 2027 (KNOWN-ISSUES: "Holidays after
    2026"): the seven statutory holidays, 除夕 and the days in lieu included."""
    entries = computed_calendar_entries(2027)
    by_name: dict[str, set[date]] = {}
    for entry in entries:
        assert entry.kind is DayKind.HOLIDAY and entry.hours is None
        by_name.setdefault(entry.name, set()).add(entry.day)
    assert by_name == {
        "元旦": {date(2027, 1, 1)},
        "春节": _days(date(2027, 2, 5), date(2027, 2, 10)),
        "清明节": {date(2027, 4, 5)},
        "劳动节": _days(date(2027, 5, 1), date(2027, 5, 4)),
        "端午节": {date(2027, 6, 9)},
        "中秋节": {date(2027, 9, 15)},
        "国庆节": _days(date(2027, 10, 1), date(2027, 10, 5)),
    }


def test_the_computed_calendar_of_2026_works_the_same_days_as_chinesecalendar() -> None:
    """Where the ``holidays`` package lists the State Council's arrangement (2026), its
    rest days moved for a holiday and the make-up workdays come out as chinesecalendar
    has them: the computation is not a rough guess for the years it knows."""
    package = HallSchedule(MON_TO_FRI, calendar_entries_from_package(2026), known_years=[2026])
    computed = HallSchedule(MON_TO_FRI, computed_calendar_entries(2026), known_years=[2026])
    year = _days(date(2026, 1, 1), date(2026, 12, 31))
    assert {d for d in year if computed.is_working_day(d) != package.is_working_day(d)} == set()
    makeup = {e.day for e in computed_calendar_entries(2026) if e.kind is DayKind.MAKEUP_WORKDAY}
    assert makeup == MAKEUP_2026
    moved = {e.day: e.name for e in computed_calendar_entries(2026)}
    assert (moved[date(2026, 1, 2)], moved[date(2026, 10, 7)]) == ("元旦", "国庆节")


def test_the_default_calendar_prefers_chinesecalendar() -> None:
    source, entries = default_calendar(2026)
    assert source is YearSource.PACKAGE and list(entries) == calendar_entries_from_package(2026)
    if calendar_knows(2027):
        pytest.skip("by design: chinesecalendar knows 2027")
    source, entries = default_calendar(2027)
    assert source is YearSource.COMPUTED and not source.confirmed
    assert list(entries) == computed_calendar_entries(2027)
    with pytest.raises(UnknownCalendarYear):
        default_calendar(3000)
    assert default_calendar_entries(3000) == ()


def calendar_knows(year: int) -> bool:
    try:
        calendar_entries_from_package(year)
    except UnknownCalendarYear:
        return False
    return True


def test_a_year_without_a_calendar_follows_the_fallback(
    entries_2026: list[CalendarEntry],
) -> None:
    by_hand = CalendarEntry(date(2027, 2, 10), DayKind.OPEN_HOLIDAY, "预约服务", WORKDAY)
    schedule = HallSchedule(
        MON_TO_FRI,
        [*entries_2026, by_hand],
        known_years=[2026],
        fallback=computed_calendar_entries,
    )
    new_year = at(date(2027, 1, 1), 10)  # a Friday
    assert not schedule.is_open_at(new_year)
    assert schedule.closed_reason(new_year) == "今天是法定节假日（元旦），大厅不办理业务"
    assert not schedule.is_working_day(date(2027, 2, 8))  # 春节, a Monday
    assert schedule.is_open_at(at(date(2027, 2, 10), 10))  # the hall's own entry wins
    assert schedule.add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 4)
    assert not schedule.has_calendar_for(2027)
    # A known year takes no fallback: a day the hall cleared stays cleared.
    cleared = HallSchedule(
        MON_TO_FRI,
        [e for e in entries_2026 if e.day != date(2026, 10, 1)],
        known_years=[2026],
        fallback=calendar_entries_from_package,
    )
    assert cleared.is_working_day(date(2026, 10, 1))  # a Thursday
    assert not cleared.is_working_day(date(2026, 10, 2))

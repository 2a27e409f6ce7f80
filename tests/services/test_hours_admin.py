"""Editing opening hours and the working-day calendar, on both backends.

The hall is seeded as on 2026-11-29, so its calendar holds 2026 from chinesecalendar
(and 2027 only if the installed package has learnt it since).
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, time
from typing import Any

import pytest
from sqlalchemy import delete, func, select

from hall_desktop.domain.errors import NotFound, PermissionDenied, Refused, ValidationError
from hall_desktop.domain.hours import DayHours, DayKind
from hall_desktop.services.hours_admin import (
    HoursAdminService,
    YearSource,
    day_hours,
    package_knows,
)
from hall_desktop.store.database import Database
from hall_desktop.store.models import CalendarDay, CalendarYear, Event, OpeningHours
from hall_desktop.store.seed import SeedReport, seed_demo
from tests.conftest import fast_hash

pytestmark = pytest.mark.dates

SEED_DAY = date(2026, 11, 29)
#: The first year chinesecalendar does not know (2027 with the package as of 2026).
UNKNOWN = next(y for y in range(2027, 2101) if not package_knows(y))
WEEKDAY = DayHours(time(9), time(17, 30), time(12), time(13, 30))


@pytest.fixture
async def hall(db: Database) -> SeedReport:
    """A demo hall seeded as on SEED_DAY (overrides the shared fixture: dates are fixed)."""
    return await seed_demo(
        db, hall_code=f"hours_{uuid.uuid4().hex[:8]}", hash_password=fast_hash, today=SEED_DAY
    )


@pytest.fixture
def service(db: Database) -> HoursAdminService:
    return HoursAdminService(db)


async def calendar_snapshot(db: Database, hall_id: int) -> tuple[Any, ...]:
    """Hours, calendar days, calendar years and the event count: to prove nothing changed."""
    async with db.read() as session:

        def rows(model: Any) -> Any:
            return select(model).where(model.hall_id == hall_id)

        def dump(found: Any) -> list[tuple[Any, ...]]:
            return sorted(
                tuple(getattr(r, c.key) for c in type(r).__table__.columns) for r in found
            )

        hours = dump(await session.scalars(rows(OpeningHours)))
        days = dump(await session.scalars(rows(CalendarDay)))
        years = dump(await session.scalars(rows(CalendarYear)))
        events = await session.scalar(
            select(func.count()).select_from(Event).where(Event.hall_id == hall_id)
        )
        return hours, days, years, events


async def events_of(db: Database, hall_id: int, kind: str) -> list[dict[str, Any]]:
    async with db.read() as session:
        found = await session.scalars(
            select(Event).where(Event.hall_id == hall_id, Event.kind == kind).order_by(Event.id)
        )
        return [e.payload for e in found]


async def forget_year(db: Database, hall_id: int, year: int) -> None:
    async with db.write() as session:
        await session.execute(
            delete(CalendarYear).where(CalendarYear.hall_id == hall_id, CalendarYear.year == year)
        )
        await session.execute(
            delete(CalendarDay).where(
                CalendarDay.hall_id == hall_id,
                CalendarDay.day.between(date(year, 1, 1), date(year, 12, 31)),
            )
        )


# -- weekly hours ----------------------------------------------------------------------


async def test_weekly_hours_are_read_and_set(db, hall, actors, service):
    week = await service.weekly_hours(actors["zhuren"])
    assert [w.weekday for w in week] == list(range(7))
    assert [w.hours for w in week] == [WEEKDAY] * 5 + [None, None]

    saturday = day_hours(time(9), time(12))
    await service.set_weekday(actors["admin"], 5, saturday)
    changed = await service.set_weekday(actors["zhuren"], 2, None)  # Wednesdays closed
    assert not changed.is_open
    week = await service.weekly_hours(actors["admin"])
    assert [w.hours for w in week] == [WEEKDAY, WEEKDAY, None, WEEKDAY, WEEKDAY, saturday, None]

    # The month view follows at once (2026-11-07 is a Saturday, 11-04 a Wednesday).
    november = await service.month(actors["zhuren"], 2026, 11)
    assert november.on(date(2026, 11, 7)).hours == saturday
    assert not november.on(date(2026, 11, 4)).is_open

    (saturday_event, wednesday_event) = await events_of(db, hall.hall_id, "hours_changed")
    assert saturday_event["changes"] == [
        {
            "weekday": 5,
            "weekday_name": "星期六",
            "before": None,
            "after": {"opens": "09:00", "closes": "12:00", "lunch_start": None, "lunch_end": None},
        }
    ]
    assert wednesday_event["changes"][0]["after"] is None
    assert wednesday_event["changes"][0]["before"]["lunch_start"] == "12:00"


async def test_setting_the_same_hours_again_writes_no_event(db, hall, actors, service):
    before = await calendar_snapshot(db, hall.hall_id)
    await service.set_week(actors["zhuren"], {0: WEEKDAY, 6: None})
    assert await calendar_snapshot(db, hall.hall_id) == before


@pytest.mark.parametrize(
    ("times", "field", "words"),
    [
        ((time(17, 30), time(9)), "closes", "必须晚于开始营业时间"),
        ((time(9), time(9)), "closes", "必须晚于开始营业时间"),
        ((time(9), time(17), time(8), time(10)), "lunch_start", "营业时间（09:00–17:00）之内"),
        ((time(9), time(17), time(17, 30), time(18)), "lunch_start", "之内"),
        ((time(9), time(17), time(13), time(12)), "lunch_end", "晚于午休开始时间"),
        ((time(9), time(17), time(12), time(17)), "lunch_end", "早于结束营业时间"),
        ((time(9), time(17), time(12), None), "lunch_end", "午休结束时间"),
        ((time(9), time(17), None, time(13)), "lunch_start", "午休开始时间"),
    ],
)
def test_bad_hours_name_the_field_to_blame(times, field, words):
    with pytest.raises(ValidationError) as e:
        day_hours(*times)
    assert e.value.field == field
    assert words in e.value.message


def test_hours_are_kept_to_the_minute():
    hours = day_hours(time(9, 0, 30), time(17, 30, 59), time(12, 0, 1), time(13, 30))
    assert hours == WEEKDAY


async def test_refused_weekly_changes_change_nothing(db, hall, actors, service):
    before = await calendar_snapshot(db, hall.hall_id)
    boss = actors["zhuren"]
    # A bad weekday in the same call: the good Saturday is not saved either.
    with pytest.raises(ValidationError) as e:
        await service.set_week(boss, {5: day_hours(time(9), time(12)), 7: WEEKDAY})
    assert e.value.field == "weekday"
    # A DayHours smuggled past its own checks is still refused, naming the field.
    crooked = object.__new__(DayHours)
    for name, value in dataclasses.asdict(WEEKDAY).items():
        object.__setattr__(crooked, name, value)
    object.__setattr__(crooked, "lunch_end", time(18))
    with pytest.raises(ValidationError) as e:
        await service.set_weekday(boss, 0, crooked)
    assert e.value.field == "lunch_end"
    # Closing every weekday would leave no working day at all.
    with pytest.raises(Refused) as r:
        await service.set_week(boss, dict.fromkeys(range(7)))
    assert r.value.code == "no_open_weekday"
    assert await calendar_snapshot(db, hall.hall_id) == before


# -- the month view and single days ----------------------------------------------------


async def test_month_view_shows_the_seeded_holidays_and_make_up_days(hall, actors, service):
    october = await service.month(actors["zhuren"], 2026, 10)
    assert (october.year_known, october.year_source) == (True, YearSource.PACKAGE)
    assert len(october.days) == 31
    national = october.on(date(2026, 10, 1))
    assert (national.kind, national.name, national.is_open) == (DayKind.HOLIDAY, "国庆节", False)
    assert national.hours is None
    # 2026-10-10 is a Saturday worked for the holiday, with the weekday hours.
    makeup = october.on(date(2026, 10, 10))
    assert (makeup.kind, makeup.is_open, makeup.hours) == (DayKind.MAKEUP_WORKDAY, True, WEEKDAY)
    assert not makeup.own_hours
    monday = october.on(date(2026, 10, 12))
    assert (monday.kind, monday.hours, monday.is_weekend) == (None, WEEKDAY, False)
    sunday = october.on(date(2026, 10, 11))
    assert (sunday.kind, sunday.is_open, sunday.is_weekend) == (None, False, True)

    unknown = await service.month(actors["admin"], UNKNOWN, 1)
    assert (unknown.year_known, unknown.year_source) == (False, None)
    with pytest.raises(ValidationError):
        await service.month(actors["admin"], 2026, 13)


async def test_set_and_clear_a_day(db, hall, actors, service):
    boss = actors["zhuren"]
    morning = day_hours(time(9), time(12))
    # 国庆 2026-10-03 (a Saturday): the hall opens for appointments (节假日预约服务).
    day = await service.set_day(
        boss, date(2026, 10, 3), DayKind.OPEN_HOLIDAY, "  国庆 预约服务 ", morning
    )
    assert (day.kind, day.name, day.hours, day.is_open) == (
        DayKind.OPEN_HOLIDAY,
        "国庆 预约服务",
        morning,
        True,
    )
    # A hall-specific closure on a Monday, and a make-up Sunday with shorter hours.
    await service.set_day(boss, date(2026, 11, 30), DayKind.CLOSED, "设备检修", None)
    short = day_hours(time(9), time(15), time(12), time(13))
    await service.set_day(boss, date(2026, 12, 27), DayKind.MAKEUP_WORKDAY, "调休上班", short)
    december = await service.month(boss, 2026, 12)
    assert december.on(date(2026, 12, 27)).hours == short
    assert december.on(date(2026, 12, 27)).own_hours
    november = await service.month(boss, 2026, 11)
    assert november.on(date(2026, 11, 30)).kind is DayKind.CLOSED
    assert not november.on(date(2026, 11, 30)).is_open

    cleared = await service.clear_day(actors["admin"], date(2026, 10, 3))
    # Back to the weekly rule: a Saturday, closed (not the holiday it was before).
    assert (cleared.kind, cleared.is_open, cleared.name) == (None, False, "")
    with pytest.raises(NotFound):
        await service.clear_day(boss, date(2026, 10, 3))

    (first, *_) = await events_of(db, hall.hall_id, "calendar_day_set")
    assert first["day"] == "2026-10-03" and first["kind"] == "open_holiday"
    assert first["previous"] == {"kind": "holiday", "name": "国庆节"}
    assert first["hours"]["closes"] == "12:00"
    (gone,) = await events_of(db, hall.hall_id, "calendar_day_cleared")
    assert gone["kind"] == "open_holiday" and gone["name"] == "国庆 预约服务"


async def test_bad_days_are_refused_and_nothing_changes(db, hall, actors, service):
    boss = actors["zhuren"]
    before = await calendar_snapshot(db, hall.hall_id)
    with pytest.raises(ValidationError) as e:
        await service.set_day(boss, date(2026, 10, 2), DayKind.OPEN_HOLIDAY, "不打烊", None)
    assert e.value.field == "opens" and "必须设置营业时间" in e.value.message
    with pytest.raises(ValidationError) as e:
        await service.set_day(boss, date(2026, 10, 2), DayKind.HOLIDAY, "国庆节", WEEKDAY)
    assert e.value.field == "hours"
    with pytest.raises(ValidationError) as e:
        await service.set_day(boss, date(2026, 10, 2), DayKind.HOLIDAY, "节" * 41, None)
    assert e.value.field == "name"
    assert await calendar_snapshot(db, hall.hall_id) == before
    assert (await service.month(boss, 2026, 10)).on(date(2026, 10, 2)).kind is DayKind.HOLIDAY


# -- whole years -----------------------------------------------------------------------


async def test_a_year_the_package_does_not_know_is_refused_with_the_reason(
    db, hall, actors, service
):
    before = await calendar_snapshot(db, hall.hall_id)
    with pytest.raises(Refused) as e:
        await service.import_year_from_package(actors["admin"], UNKNOWN)
    assert e.value.message == f"chinesecalendar 没有 {UNKNOWN} 年的数据，请手工录入"
    assert await calendar_snapshot(db, hall.hall_id) == before


async def test_import_restores_the_package_days_and_keeps_the_halls_own(db, hall, actors, service):
    boss = actors["zhuren"]
    await service.clear_day(boss, date(2026, 10, 1))  # lost by mistake
    morning = day_hours(time(9), time(12))
    await service.set_day(boss, date(2026, 10, 2), DayKind.OPEN_HOLIDAY, "预约服务", morning)
    status = await service.import_year_from_package(actors["admin"], 2026)
    assert (status.year, status.source, status.package_knows) == (2026, YearSource.PACKAGE, True)
    october = await service.month(boss, 2026, 10)
    assert october.on(date(2026, 10, 1)).kind is DayKind.HOLIDAY
    assert october.on(date(2026, 10, 2)).kind is DayKind.OPEN_HOLIDAY  # the hall's own, kept
    (event,) = await events_of(db, hall.hall_id, "calendar_year_imported")
    assert event["year"] == 2026 and event["kept_own_days"] == ["2026-10-02"]
    assert event["holidays"] > 20 and event["makeup_workdays"] > 0


async def test_a_year_entered_by_hand_is_marked_complete(db, hall, actors, service):
    admin = actors["admin"]
    await forget_year(db, hall.hall_id, UNKNOWN)
    with pytest.raises(Refused) as e:
        await service.mark_year_entered(admin, UNKNOWN)
    assert e.value.code == "empty_year"
    await service.set_day(admin, date(UNKNOWN, 1, 1), DayKind.HOLIDAY, "元旦", None)
    await service.set_day(admin, date(UNKNOWN, 1, 2), DayKind.HOLIDAY, "元旦", None)
    status = await service.mark_year_entered(admin, UNKNOWN)
    assert (status.year, status.source, status.entries) == (UNKNOWN, YearSource.MANUAL, 2)
    assert (await service.month(admin, UNKNOWN, 1)).year_known
    years = {y.year: y for y in await service.calendar_years(admin)}
    assert years[2026].source is YearSource.PACKAGE and years[2026].entries > 20
    assert years[UNKNOWN].source is YearSource.MANUAL and not years[UNKNOWN].package_knows
    with pytest.raises(Refused) as e:
        await service.mark_year_entered(admin, UNKNOWN)
    assert e.value.code == "exists"
    (event,) = await events_of(db, hall.hall_id, "calendar_year_marked")
    assert event == {"year": UNKNOWN, "source": "manual", "entries": 2, "holidays": 2}


async def test_calendar_years_list_this_and_next_year(db, hall, actors, service):
    years = await service.calendar_years(actors["zhuren"])
    listed = [y.year for y in years]
    assert listed == sorted(listed) and 2026 in listed
    assert all(y.known == (y.source is not None) for y in years)


async def test_the_coming_year_is_reported_missing_near_its_start(db, hall, actors, service):
    boss = actors["zhuren"]
    await forget_year(db, hall.hall_id, 2027)
    assert await service.coming_year_missing(boss, date(2026, 11, 29)) == 2027
    assert await service.coming_year_missing(boss, date(2026, 10, 1)) == 2027
    assert await service.coming_year_missing(boss, date(2026, 6, 1)) is None  # too early to ask
    await service.set_day(boss, date(2027, 1, 1), DayKind.HOLIDAY, "元旦", None)
    await service.mark_year_entered(boss, 2027)
    assert await service.coming_year_missing(boss, date(2026, 12, 31)) is None
    # A year without any calendar is reported all year long.
    assert await service.coming_year_missing(boss, date(2028, 3, 1)) == 2028


# -- permissions -----------------------------------------------------------------------


@pytest.mark.parametrize("login", ["clerk1", "daoban"])
async def test_clerks_and_guides_are_refused_by_the_service(db, hall, actors, service, login):
    who = actors[login]
    before = await calendar_snapshot(db, hall.hall_id)
    calls = [
        service.weekly_hours(who),
        service.set_weekday(who, 5, WEEKDAY),
        service.set_week(who, {6: WEEKDAY}),
        service.month(who, 2026, 10),
        service.set_day(who, date(2026, 10, 9), DayKind.HOLIDAY, "", None),
        service.clear_day(who, date(2026, 10, 1)),
        service.calendar_years(who),
        service.import_year_from_package(who, 2026),
        service.mark_year_entered(who, UNKNOWN),
        service.coming_year_missing(who, SEED_DAY),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            await call
    assert await calendar_snapshot(db, hall.hall_id) == before

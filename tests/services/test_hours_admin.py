"""Editing opening hours and the working-day calendar, on both backends.

The hall is seeded as on 2026-11-29, so its calendar holds 2026 from chinesecalendar
and 2027 pre-filled with the computed statutory holidays, to be confirmed (or from
chinesecalendar, if the installed package has learnt 2027 since).
"""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from datetime import date, time
from typing import Any

import pytest
from sqlalchemy import delete, func, select, text

from hall_desktop.domain.clock import FixedClock
from hall_desktop.domain.errors import NotFound, PermissionDenied, Refused, ValidationError
from hall_desktop.domain.hours import DayHours, DayKind, YearSource, default_calendar
from hall_desktop.services.hours_admin import (
    HoursAdminService,
    day_hours,
    package_knows,
)
from hall_desktop.services.queue import QueueService
from hall_desktop.store.calendar import prefill_year
from hall_desktop.store.database import Database
from hall_desktop.store.models import CalendarDay, CalendarYear, Event, OpeningHours
from hall_desktop.store.seed import SeedReport, seed_demo
from tests.conftest import fast_hash, load_actors
from tests.dates import HALL_ZONE
from tests.helpers import line_ids

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
    assert (october.confirmed, october.year_source) == (True, YearSource.PACKAGE)
    assert len(october.days) == 31
    national = october.on(date(2026, 10, 1))
    assert (national.kind, national.name, national.is_open) == (DayKind.HOLIDAY, "国庆节", False)
    assert national.hours is None and not national.pending
    # 2026-10-10 is a Saturday worked for the holiday, with the weekday hours.
    makeup = october.on(date(2026, 10, 10))
    assert (makeup.kind, makeup.is_open, makeup.hours) == (DayKind.MAKEUP_WORKDAY, True, WEEKDAY)
    assert not makeup.own_hours
    monday = october.on(date(2026, 10, 12))
    assert (monday.kind, monday.hours, monday.is_weekend) == (None, WEEKDAY, False)
    sunday = october.on(date(2026, 10, 11))
    assert (sunday.kind, sunday.is_open, sunday.is_weekend) == (None, False, True)

    # A year chinesecalendar does not know: the computed holidays, to be confirmed.
    unknown = await service.month(actors["admin"], UNKNOWN, 1)
    assert not unknown.confirmed and unknown.year_source in (YearSource.COMPUTED, None)
    new_year = unknown.on(date(UNKNOWN, 1, 1))
    assert (new_year.kind, new_year.name, new_year.is_open) == (DayKind.HOLIDAY, "元旦", False)
    assert new_year.pending and not unknown.on(date(UNKNOWN, 1, 11)).pending
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


async def test_a_forgotten_year_is_confirmed_with_the_computed_holidays(db, hall, actors, service):
    """A year with no calendar of its own (as in a hall seeded before the year was
    known): confirming it writes the computed days the screen showed, then confirms."""
    admin = actors["admin"]
    await forget_year(db, hall.hall_id, UNKNOWN)
    computed = default_calendar(UNKNOWN)[1]
    status = await service.confirm_year(admin, UNKNOWN)
    assert (status.year, status.source, status.entries) == (
        UNKNOWN,
        YearSource.MANUAL,
        len(computed),
    )
    january = await service.month(admin, UNKNOWN, 1)
    assert january.confirmed and not january.on(date(UNKNOWN, 1, 1)).pending
    years = {y.year: y for y in await service.calendar_years(admin)}
    assert years[2026].source is YearSource.PACKAGE and years[2026].entries > 20
    assert years[UNKNOWN].confirmed and not years[UNKNOWN].package_knows
    with pytest.raises(Refused) as e:
        await service.confirm_year(admin, UNKNOWN)
    assert e.value.code == "exists"
    (prefilled,) = await events_of(db, hall.hall_id, "calendar_year_prefilled")
    assert prefilled["year"] == UNKNOWN and prefilled["source"] == "computed"
    assert prefilled["holidays"] == len(computed) and prefilled["package_version"]
    (confirmed,) = await events_of(db, hall.hall_id, "calendar_year_confirmed")
    assert confirmed == {
        "year": UNKNOWN,
        "source": "manual",
        "previous_source": None,
        "entries": len(computed),
        "holidays": len(computed),
        "makeup_workdays": 0,
    }


async def test_calendar_years_list_this_and_next_year(db, hall, actors, service):
    years = await service.calendar_years(actors["zhuren"])
    listed = [y.year for y in years]
    assert listed == sorted(listed) and 2026 in listed
    by_year = {y.year: y for y in years}
    assert by_year[2026].confirmed and not by_year[UNKNOWN].confirmed


async def test_the_coming_year_is_reported_missing_near_its_start(db, hall, actors, service):
    boss = actors["zhuren"]
    await forget_year(db, hall.hall_id, 2027)
    assert await service.coming_year_missing(boss, date(2026, 11, 29)) == 2027
    assert await service.coming_year_missing(boss, date(2026, 10, 1)) == 2027
    assert await service.coming_year_missing(boss, date(2026, 6, 1)) is None  # too early to ask
    await service.set_day(boss, date(2027, 1, 1), DayKind.HOLIDAY, "元旦", None)
    if package_knows(2027):
        await service.import_year_from_package(boss, 2027)
    else:
        await service.confirm_year(boss, 2027)
    assert await service.coming_year_missing(boss, date(2026, 12, 31)) is None
    # A year without any calendar is reported all year long.
    assert await service.coming_year_missing(boss, date(2028, 3, 1)) == 2028


# -- a year chinesecalendar does not know (2027 with chinesecalendar 1.11) ---------------

KNOWS_2027 = "by design: chinesecalendar knows 2027, so nothing of it is computed"


@pytest.mark.parametrize("prefilled", [True, False], ids=["seeded-in-2026", "seeded-before"])
async def test_the_computed_holidays_close_the_hall_until_and_after_confirmation(
    db: Database, clock: FixedClock, prefilled: bool
):
    """A hall seeded in 2026 (its 2027 pre-filled), or before 2027 was known (no 2027 at
    all): with the clock in 2027, New Year's Day and the Spring Festival are closed."""
    if package_knows(2027):
        pytest.skip(KNOWS_2027)
    report = await seed_demo(
        db,
        hall_code=f"cy_{uuid.uuid4().hex[:8]}",
        hash_password=fast_hash,
        enforce_hours=True,
        today=SEED_DAY,
    )
    if not prefilled:
        await forget_year(db, report.hall_id, 2027)
    actors = await load_actors(db, report.hall_id)
    guide, admin = actors["daoban"], actors["admin"]
    queue, service = QueueService(db), HoursAdminService(db)
    line = (await line_ids(db, report.hall_id))["A"]

    async def refused_on(day: date) -> str:
        clock.set_local(day, time(10), HALL_ZONE)
        with pytest.raises(Refused) as e:
            await queue.issue_ticket(guide, line)
        assert e.value.code == "hall_closed"
        return e.value.message

    assert await refused_on(date(2027, 1, 1)) == "今天是法定节假日（元旦），大厅不办理业务"
    assert await refused_on(date(2027, 2, 8)) == "今天是法定节假日（春节），大厅不办理业务"
    clock.set_local(date(2027, 3, 15), time(10), HALL_ZONE)  # an ordinary Monday
    assert (await queue.issue_ticket(guide, line)).ticket.number == "A001"

    # The editor marks the days and the year as to be confirmed (待确认).
    january = await service.month(admin, 2027, 1)
    assert not january.confirmed
    assert january.year_source is (YearSource.COMPUTED if prefilled else None)
    new_year = january.on(date(2027, 1, 1))
    assert (new_year.kind, new_year.name, new_year.pending) == (DayKind.HOLIDAY, "元旦", True)
    spring = (await service.month(admin, 2027, 2)).on(date(2027, 2, 8))
    assert (spring.kind, spring.name, spring.pending) == (DayKind.HOLIDAY, "春节", True)

    status = await service.confirm_year(admin, 2027)
    assert status.confirmed and status.source is YearSource.MANUAL
    (event,) = await events_of(db, report.hall_id, "calendar_year_confirmed")
    assert event["year"] == 2027 and event["holidays"] >= 19
    assert event["previous_source"] == ("computed" if prefilled else None)
    january = await service.month(admin, 2027, 1)
    assert january.confirmed and not january.on(date(2027, 1, 1)).pending
    # Confirming changes no day: still closed.
    assert "元旦" in await refused_on(date(2027, 1, 1))


async def test_the_reminder_starts_on_1_november_and_ends_with_the_confirmation(
    db, hall, actors, service, clock
):
    if package_knows(2027):
        pytest.skip(KNOWS_2027)
    boss = actors["zhuren"]
    clock.set_local(date(2026, 10, 31), time(23, 50), HALL_ZONE)
    assert await service.year_to_confirm(boss) is None
    # Ten minutes later in the hall (still 31 October in UTC): 1 November.
    clock.set_local(date(2026, 11, 1), time(0, 0), HALL_ZONE)
    assert await service.year_to_confirm(boss) == 2027
    await service.set_day(boss, date(2027, 1, 2), DayKind.MAKEUP_WORKDAY, "调休上班", None)
    assert await service.year_to_confirm(boss) == 2027  # entering days is not confirming
    await service.confirm_year(boss, 2027)
    assert await service.year_to_confirm(boss) is None
    # A year running on computed holidays is reminded of all year long.
    clock.set_local(date(2028, 3, 1), time(10), HALL_ZONE)
    assert await service.year_to_confirm(boss) == 2028


async def test_a_forgotten_year_the_package_knows_follows_it_and_is_imported_on_first_edit(
    db, hall, actors, service
):
    """chinesecalendar's years are taken from it as before, make-up workdays included."""
    boss = actors["zhuren"]
    await forget_year(db, hall.hall_id, 2026)
    october = await service.month(boss, 2026, 10)
    assert october.year_source is None and not october.confirmed
    makeup = october.on(date(2026, 10, 10))
    assert (makeup.kind, makeup.is_open, makeup.pending) == (DayKind.MAKEUP_WORKDAY, True, True)
    with pytest.raises(Refused) as e:
        await service.confirm_year(boss, 2026)
    assert e.value.code == "use_import"
    await service.set_day(boss, date(2026, 10, 12), DayKind.CLOSED, "设备检修", None)
    october = await service.month(boss, 2026, 10)
    assert october.confirmed and october.year_source is YearSource.PACKAGE
    assert october.on(date(2026, 10, 10)).kind is DayKind.MAKEUP_WORKDAY
    assert october.on(date(2026, 10, 12)).kind is DayKind.CLOSED
    (event,) = await events_of(db, hall.hall_id, "calendar_year_prefilled")
    assert event["source"] == "package" and event["makeup_workdays"] > 0


async def test_a_year_being_prefilled_by_another_pc_is_not_prefilled_twice(
    db, db_url, hall, actors, service, backend
):
    """Another PC pre-fills the year and has not committed yet when an edit of the same
    year starts here: the edit waits, finds the year pre-filled and writes its day only
    (no duplicate day, no conflict error, one pre-fill)."""
    await forget_year(db, hall.hall_id, UNKNOWN)
    source, computed = default_calendar(UNKNOWN)
    other_pc = Database(db_url, application_name="hall-hours-other-pc")
    try:
        async with other_pc.write() as session:
            assert await prefill_year(session, hall.hall_id, UNKNOWN, source.value, computed)
            edit = asyncio.ensure_future(
                service.set_day(
                    actors["zhuren"], date(UNKNOWN, 3, 2), DayKind.CLOSED, "设备检修", None
                )
            )
            await waiting_for_a_lock(other_pc, backend, edit)
        day = await edit
    finally:
        await other_pc.dispose()
    assert (day.kind, day.name) == (DayKind.CLOSED, "设备检修")
    assert await events_of(db, hall.hall_id, "calendar_year_prefilled") == []
    async with db.read() as session:
        days = await session.scalar(
            select(func.count())
            .select_from(CalendarDay)
            .where(
                CalendarDay.hall_id == hall.hall_id,
                CalendarDay.day.between(date(UNKNOWN, 1, 1), date(UNKNOWN, 12, 31)),
            )
        )
    assert days == len(computed) + 1
    assert (await service.month(actors["zhuren"], UNKNOWN, 3)).year_source is source


async def waiting_for_a_lock(db: Database, backend: str, task: asyncio.Future[Any]) -> None:
    """Until another transaction waits for a lock held by ``db``'s open one (PostgreSQL:
    seen in pg_stat_activity; SQLite: the other writer waits for the file lock)."""
    for _ in range(200):
        assert not task.done(), "the other transaction did not wait"
        if backend == "sqlite":
            await asyncio.sleep(0.3)
            return
        async with db.read() as session:
            waiting = await session.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE wait_event_type = 'Lock' AND datname = current_database()"
                )
            )
        if waiting:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("nobody waited for the lock")


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
        service.confirm_year(who, UNKNOWN),
        service.coming_year_missing(who, SEED_DAY),
        service.year_to_confirm(who),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            await call
    assert await calendar_snapshot(db, hall.hall_id) == before

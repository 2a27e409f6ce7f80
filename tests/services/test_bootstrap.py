"""A new hall on an empty database (新建大厅), on both backends."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from hall_desktop.domain.errors import Refused, ValidationError
from hall_desktop.domain.hours import default_calendar
from hall_desktop.services.actor import Role
from hall_desktop.services.auth import AuthService
from hall_desktop.services.bootstrap import BootstrapService
from hall_desktop.services.hours_admin import package_knows
from hall_desktop.store.models import CalendarDay, Event, Hall, OpeningHours

pytestmark = pytest.mark.dates

NEW = {
    "code": "futian",
    "name": " 福田区 政务服务中心 ",
    "admin_login": "chen",
    "admin_name": "陈管理",
    "admin_number": "0001",
    "password": "chen2026ok",
}


def fresh(**change):
    """The databases are shared by the tests: each new hall gets a code of its own."""
    return {**NEW, "code": f"ft{uuid.uuid4().hex[:10]}", **change}


async def test_a_new_hall_with_its_first_administrator(db):
    answers = fresh()
    made = await BootstrapService(db).create_hall(**answers, today=date(2026, 11, 29))
    assert made.admin.roles == frozenset({Role.ADMIN})
    assert made.calendar_years == [2026, 2027] and made.missing_calendar_years == []
    assert made.unconfirmed_calendar_years == ([] if package_knows(2027) else [2027])
    actor = await AuthService(db).login(answers["code"], "chen", "chen2026ok")
    assert actor.staff_id == made.admin.staff_id and actor.hall_id == made.hall_id
    async with db.read() as session:
        hours = await session.scalar(
            select(func.count())
            .select_from(OpeningHours)
            .where(OpeningHours.hall_id == made.hall_id)
        )
        days = await session.scalar(
            select(func.count()).select_from(CalendarDay).where(CalendarDay.hall_id == made.hall_id)
        )
        event = await session.scalar(
            select(Event).where(Event.hall_id == made.hall_id, Event.kind == "hall_created")
        )
    # 2026 from chinesecalendar and 2027 (unknown to chinesecalendar 1.11) pre-filled.
    assert hours == 5 and days == sum(len(default_calendar(y)[1]) for y in (2026, 2027))
    assert event.actor_id == made.admin.staff_id and event.payload["name"] == "福田区 政务服务中心"
    with pytest.raises(Refused):
        await BootstrapService(db).create_hall(**answers)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"code": "Futian Hall"}, "code"),
        ({"name": "  "}, "name"),
        ({"admin_login": "陈"}, "admin_login"),
        ({"admin_name": ""}, "admin_name"),
        ({"admin_number": " "}, "admin_number"),
        ({"password": "short"}, "password"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
    ],
)
async def test_bad_answers_are_refused_and_nothing_is_made(db, change, field):
    answers = fresh(**change)
    with pytest.raises(ValidationError) as e:
        await BootstrapService(db).create_hall(**answers)
    assert e.value.field == field
    async with db.read() as session:
        assert await session.scalar(select(Hall.id).where(Hall.code == answers["code"])) is None

"""Canaries for the date sweep: the three assumptions that turned CI red on 2026-12-04.

Each test below makes the mistake an earlier test made, reading "today" (here from the
test clock, there from the real date) and expecting what only some days give. They are
not part of the suite (``tests/conftest.py`` ignores this folder unless
``HALL_CANARIES`` is set); ``tests/unit/test_sweep.py`` runs them through the
sweep and checks that the sweep fails exactly on the days they are wrong.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from hall_desktop.domain.clock import local_today
from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.extended import ExtendedHoursService
from hall_desktop.services.hours_admin import HoursAdminService
from hall_desktop.services.queue import QueueService
from hall_desktop.store.models import Event
from tests.helpers import line_ids, window_ids

ZONE = ZoneInfo("Asia/Shanghai")
pytestmark = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


async def test_400_days_ago_had_no_opening_hours(db, hall, actors, clock):
    """test_bad_manual_entries_are_refused…: true only when today is a Sunday or Monday."""
    today = local_today(clock, ZONE)
    clock.set_local(today, time(20), ZONE)
    day = today - timedelta(days=400)
    with pytest.raises(ValidationError):
        await ExtendedHoursService(db).create_manual(
            actors["clerk1"],
            day=day,
            finished_local=datetime.combine(day, time(18)),
            reason="其他",
            items="咨询",
        )


async def test_a_finish_now_opens_no_extended_record(db, hall, actors):
    """test_every_change_writes_one_event: true only before closing time."""
    q = QueueService(db)
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    ticket = (await q.issue_ticket(actors["daoban"], lines["A"])).ticket
    await q.call_next(actors["clerk1"], windows[1])
    await q.start(actors["clerk1"], ticket.id)
    await q.finish(actors["clerk1"], ticket.id, outcome=Outcome.COMPLETED)
    async with db.read() as session:
        kinds = set(await session.scalars(select(Event.kind).where(Event.hall_id == hall.hall_id)))
    assert "extended_service_opened" not in kinds


async def test_the_coming_year_banner_is_up(db, hall, actors, clock):
    """test_a_year_entered_by_hand…: the banner shows only late in the year."""
    today = local_today(clock, ZONE)
    assert await HoursAdminService(db).coming_year_missing(actors["admin"], today) is not None

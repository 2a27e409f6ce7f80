"""The consultation tally (答疑解惑) on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hall_desktop.domain.errors import PermissionDenied, ValidationError
from hall_desktop.services.actor import Actor, Role
from hall_desktop.services.desk import ConsultationService
from hall_desktop.store.models import Event
from tests.helpers import snapshot

pytestmark = pytest.mark.dates


async def test_record_and_count_today(db, hall, actors):
    desk = ConsultationService(db)
    await desk.record(actors["daoban"])
    await desk.record(actors["daoban"], question="  社保卡 补办 ", answer="到 S 窗口，带身份证")
    await desk.record(actors["daoban2"])
    tally = await desk.today(actors["daoban"])
    assert (tally.count, tally.mine) == (3, 2)
    latest = tally.recent[1]
    assert latest.question == "社保卡 补办" and latest.staff_name == "李导办"
    assert tally.recent[0].staff_name == "赵导办"
    async with db.read() as session:
        kinds = list(
            await session.scalars(
                select(Event.kind).where(
                    Event.hall_id == hall.hall_id, Event.kind == "consultation_recorded"
                )
            )
        )
    assert len(kinds) == 3


async def test_halls_do_not_share_their_tally(db, hall, actors):
    from tests.conftest import load_actors, new_hall

    other = await new_hall(db)
    other_actors = await load_actors(db, other.hall_id)
    desk = ConsultationService(db)
    await desk.record(actors["daoban"])
    assert (await desk.today(other_actors["daoban"])).count == 0


async def test_a_too_long_note_records_nothing(db, hall, actors):
    desk = ConsultationService(db)
    before = await snapshot(db, hall.hall_id)
    with pytest.raises(ValidationError) as e:
        await desk.record(actors["daoban"], question="问" * 201)
    assert e.value.field == "question"
    assert await snapshot(db, hall.hall_id) == before
    assert (await desk.today(actors["daoban"])).count == 0


async def test_an_admin_account_cannot_record(db, hall, actors):
    desk = ConsultationService(db)
    with pytest.raises(PermissionDenied):
        await desk.record(actors["admin"])
    stranger = Actor(
        actors["daoban"].staff_id, hall.hall_id, "x", "x", "0", frozenset({Role.ADMIN})
    )
    with pytest.raises(PermissionDenied):
        await desk.today(stranger)

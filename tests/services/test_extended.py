"""延时服务 records on both backends: automatic on a late finish, completed, by hand."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, select

from hall_desktop.domain.clock import local_today
from hall_desktop.domain.errors import PermissionDenied, ValidationError
from hall_desktop.domain.hours import DayKind
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.extended import ExtendedHoursService, RecordFilter
from hall_desktop.services.queue import QueueService
from hall_desktop.store.models import CalendarDay, Event
from tests.helpers import event_kinds, item_ids, line_ids, snapshot, window_ids

pytestmark = pytest.mark.dates


async def set_day(db, hall_id: int, day: date, kind: DayKind, hours=None, name="测试") -> None:
    """Make ``day`` a calendar exception of the hall (replacing what the seed put there)."""
    async with db.write() as session:
        await session.execute(
            delete(CalendarDay).where(CalendarDay.hall_id == hall_id, CalendarDay.day == day)
        )
        session.add(
            CalendarDay(
                hall_id=hall_id,
                day=day,
                kind=kind.value,
                name=name,
                opens=hours[0] if hours else None,
                closes=hours[1] if hours else None,
            )
        )


async def evening_hall(
    db, hall, clock, *, closes: time = time(17, 30)
) -> tuple[ZoneInfo, datetime]:
    """Make it 20:00 in the hall on the clock's day, and open that day 09:00–``closes``.

    Whatever day the run's clock stands on (a Sunday, a holiday, 31 December), this day
    is an open day with known hours and the evening has come.
    """
    zone = ZoneInfo("Asia/Shanghai")
    day = local_today(clock, zone)
    await set_day(db, hall.hall_id, day, DayKind.OPEN_HOLIDAY, (time(9), closes), "测试开放日")
    clock.set_local(day, time(20), zone)
    return zone, datetime.combine(day, time(20), zone)


async def serve(db, hall, actors, *, items=()):
    q = QueueService(db)
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    ticket = (await q.issue_ticket(actors["daoban"], lines["A"])).ticket
    clerk = actors["clerk1"]
    await q.call_next(clerk, windows[1])
    await q.start(clerk, ticket.id)
    return await q.finish(clerk, ticket.id, outcome=Outcome.COMPLETED, item_ids=list(items))


async def test_a_finish_after_closing_opens_a_record_the_clerk_completes(db, hall, actors, clock):
    zone, local = await evening_hall(db, hall, clock)
    items = (await item_ids(db, hall.hall_id))[:2]
    done = await serve(db, hall, actors, items=items)
    ext = ExtendedHoursService(db)
    (pending,) = await ext.pending_for_clerk(actors["clerk1"])
    assert pending.ticket_id == done.id and pending.ticket_number == done.number
    assert pending.window_number == 1 and not pending.completed and not pending.manual
    closing = datetime.combine(local.date(), time(17, 30), zone)
    expected = int((done.finished_at - closing).total_seconds() // 60)
    assert pending.minutes == expected and pending.minutes > 60
    assert pending.closing_at == closing
    assert "、" in pending.items  # two item names
    completed = await ext.complete(
        actors["clerk1"], pending.id, reason="业务未办结", note="材料较多"
    )
    assert completed.completed and completed.reason == "业务未办结"
    assert await ext.pending_for_clerk(actors["clerk1"]) == []
    kinds = await event_kinds(db, hall.hall_id, "extended_%")
    assert kinds == ["extended_service_opened", "extended_service_completed"]


async def test_a_finish_before_closing_opens_nothing(db, hall, actors, clock):
    await evening_hall(db, hall, clock, closes=time(23, 59))
    await serve(db, hall, actors)
    records, totals = await ExtendedHoursService(db).records(actors["zhuren"])
    assert records == [] and totals.records == 0


async def test_manual_entry_totals_and_an_edit_in_the_event_log(db, hall, actors, clock):
    _zone, local = await evening_hall(db, hall, clock)
    ext = ExtendedHoursService(db)
    day = local.date()
    finished = datetime.combine(day, time(18, 10))
    record = await ext.create_manual(
        actors["clerk1"],
        day=day,
        finished_local=finished,
        reason="其他",
        items="电话指导补正材料后办结营业执照变更",
        window_id=(await window_ids(db, hall.hall_id))[1],
    )
    assert record.manual and record.minutes == 40 and record.ticket_number is None
    await serve(db, hall, actors)
    records, totals = await ext.records(actors["zhuren"], RecordFilter(start=day, end=day))
    assert totals.records == 2 and totals.minutes == sum(r.minutes for r in records)
    assert totals.by_clerk[0][1] == 2  # both by 张敏
    edited = await ext.update(
        actors["zhuren"], record.id, finished_local=datetime.combine(day, time(18, 25))
    )
    assert edited.minutes == 55
    async with db.read() as session:
        payload = await session.scalar(
            select(Event.payload).where(
                Event.hall_id == hall.hall_id, Event.kind == "extended_service_edited"
            )
        )
    assert payload["changes"]["minutes"] == [40, 55]


async def test_bad_manual_entries_are_refused_and_nothing_is_saved(db, hall, actors, clock):
    _zone, local = await evening_hall(db, hall, clock)
    ext = ExtendedHoursService(db)
    day = local.date()
    closed_day = day - timedelta(days=30)
    await set_day(db, hall.hall_id, closed_day, DayKind.CLOSED, name="闭厅")
    before = await snapshot(db, hall.hall_id)
    cases = [
        ({"finished_local": datetime.combine(day, time(17, 0))}, "finished_at"),  # not late
        ({"finished_local": local.replace(tzinfo=None) + timedelta(hours=1)}, "finished_at"),
        (
            {
                "finished_local": datetime.combine(day, time(18, 0)),
                "started_local": datetime.combine(day, time(18, 30)),
            },
            "finished_at",
        ),  # finished before it started
        ({"day": closed_day}, "day"),  # a day without hours
        ({"reason": "随便"}, "reason"),
        ({"items": "   "}, "items"),
    ]
    for change, field in cases:
        values = {
            "day": day,
            "finished_local": datetime.combine(day, time(18, 0)),
            "reason": "其他",
            "items": "咨询",
        }
        values.update(change)
        if "day" in change and change["day"] != day:
            values["finished_local"] = datetime.combine(change["day"], time(18, 0))
        with pytest.raises(ValidationError) as e:
            await ext.create_manual(actors["clerk1"], **values)
        assert e.value.field == field, change
    assert await snapshot(db, hall.hall_id) == before
    records, _ = await ext.records(actors["zhuren"])
    assert records == []


async def test_permissions(db, hall, actors, clock):
    await evening_hall(db, hall, clock)
    await serve(db, hall, actors)
    ext = ExtendedHoursService(db)
    (record,) = (await ext.records(actors["zhuren"]))[0]
    with pytest.raises(PermissionDenied):
        await ext.complete(actors["daoban"], record.id, reason="其他")
    with pytest.raises(PermissionDenied):
        await ext.complete(actors["clerk2"], record.id, reason="其他")  # not theirs
    assert (await ext.records(actors["clerk2"]))[0] == []  # a clerk sees their own only
    assert len((await ext.records(actors["clerk1"]))[0]) == 1

"""限时办结 on both backends: a 受理 finish opens its 办件 with due dates on the hall's
calendar, the result's issue closes them, the due-soon and overdue lists, on-time rates.

The days are fixed (November 2026, no statutory holiday of its own) and the calendar is
set by the test: Saturday 14 is a make-up workday, Monday 16 and Tuesday 17 holidays.
"""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, event, select, update

from hall_desktop.domain.applications import ClosedHow, DueState
from hall_desktop.domain.audit_text import describe
from hall_desktop.domain.errors import NotFound, PermissionDenied, Refused
from hall_desktop.domain.hours import DayKind
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.applications import NO_ITEM, ApplicationService
from hall_desktop.services.courier import CourierService, DispatchItem
from hall_desktop.services.queue import QueueService
from hall_desktop.store.models import Application, CalendarDay, Event, ServiceItem
from tests.conftest import load_actors, new_hall
from tests.helpers import event_kinds, item_ids, line_ids, window_ids

ZONE = ZoneInfo("Asia/Shanghai")
SERVED = date(2026, 11, 12)  # a Thursday
DUE_4 = date(2026, 11, 19)  # 4 working days: Fri 13, Sat 14 (make-up), Wed 18, Thu 19
DUE_20 = date(2026, 12, 11)  # the default 20 working days on the same calendar
PARCEL = {
    "recipient_name": "张三丰",
    "phone": "13812345678",
    "province": "浙江省",
    "city": "杭州市",
    "district": "西湖区",
    "address": "文三路 100 号",
    "postal_code": "310012",
    "items": [DispatchItem("营业执照", 1)],
}


async def set_calendar(db, hall_id: int) -> None:
    days = {
        date(2026, 11, 14): DayKind.MAKEUP_WORKDAY,
        date(2026, 11, 16): DayKind.HOLIDAY,
        date(2026, 11, 17): DayKind.HOLIDAY,
    }
    async with db.write() as session:
        await session.execute(
            delete(CalendarDay).where(CalendarDay.hall_id == hall_id, CalendarDay.day.in_(days))
        )
        for day, kind in days.items():
            session.add(CalendarDay(hall_id=hall_id, day=day, kind=kind.value, name="测试"))


async def promise(db, hall_id: int) -> tuple[int, int]:
    """Two items: the first promises 4 working days (市场监管局), the second nothing."""
    first, second = (await item_ids(db, hall_id))[:2]
    async with db.write() as session:
        await session.execute(
            update(ServiceItem)
            .where(ServiceItem.id == first)
            .values(promised_days=4, department="市场监管局")
        )
        await session.execute(
            update(ServiceItem)
            .where(ServiceItem.id == second)
            .values(promised_days=None, department="人社局")
        )
    return first, second


async def served(db, hall, actors, window: int, outcome: Outcome, items=(), name="张三丰"):
    """A citizen served at ``window`` by its clerk and finished with ``outcome``."""
    q = QueueService(db)
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    ticket = (await q.issue_ticket(actors["daoban"], lines["A"], citizen_name=name)).ticket
    clerk = actors[f"clerk{window}"]
    await q.call_next(clerk, windows[window])
    await q.start(clerk, ticket.id)
    return await q.finish(clerk, ticket.id, outcome=outcome, item_ids=list(items), note=None)


async def of_ticket(db, ticket_id: int) -> list[Application]:
    async with db.read() as session:
        return list(
            await session.scalars(
                select(Application)
                .where(Application.ticket_id == ticket_id)
                .order_by(Application.id)
            )
        )


@pytest.fixture
async def ready(db, hall, actors, clock):
    await set_calendar(db, hall.hall_id)
    clock.set_local(SERVED, time(10), ZONE)
    return await promise(db, hall.hall_id)


async def test_a_受理_finish_opens_one_办件_per_item_due_on_the_halls_calendar(
    db, hall, actors, ready
):
    first, second = ready
    done = await served(db, hall, actors, 1, Outcome.ACCEPTED, [second, first])
    assert sorted(done.item_ids) == sorted([first, second])  # the finish's answer is whole
    a, b = await of_ticket(db, done.id)
    assert (a.item_id, a.promised_days, a.due_date) == (first, 4, DUE_4)
    assert (b.item_id, b.promised_days, b.due_date) == (second, 20, DUE_20)
    assert a.service_day == SERVED and a.closed_at is None and a.citizen_name == "张三丰"
    assert a.window_id == (await window_ids(db, hall.hall_id))[1]
    assert a.clerk_id == actors["clerk1"].staff_id
    # No item picked: one 办件 for the ticket, on the default promise.
    bare = await served(db, hall, actors, 1, Outcome.ACCEPTED)
    (c,) = await of_ticket(db, bare.id)
    assert (c.item_id, c.promised_days, c.due_date) == (None, 20, DUE_20)
    # Other outcomes open none.
    for outcome in (Outcome.COMPLETED, Outcome.SUPPLEMENT, Outcome.REJECTED):
        other = await served(db, hall, actors, 1, outcome, [first])
        assert await of_ticket(db, other.id) == []
    assert await event_kinds(db, hall.hall_id, "application_%") == ["application_opened"] * 3


async def test_the_result_closes_its_办件_at_the_window_or_by_courier(db, hall, actors, ready):
    first, second = ready
    svc = ApplicationService(db)
    clerk1, clerk2 = actors["clerk1"], actors["clerk2"]
    done = await served(db, hall, actors, 1, Outcome.ACCEPTED, [first, second])
    a, b = await of_ticket(db, done.id)
    with pytest.raises(PermissionDenied, match="1号窗口受理"):
        await svc.collect(clerk2, a.id)  # signed in at window 2
    row = await svc.collect(clerk1, a.id)
    assert row.closed_how is ClosedHow.WINDOW and row.state is DueState.ON_TIME
    assert row.citizen == "张*丰" and row.code == f"BJ{a.id:06d}"
    with pytest.raises(Refused, match="已经出件") as e:
        await svc.collect(actors["zhuren"], a.id)
    assert e.value.code == "already_closed"

    courier = CourierService(db)
    form = PARCEL
    other = await served(db, hall, actors, 1, Outcome.ACCEPTED)
    elsewhere = await courier.create(clerk1, **form, ticket_id=other.id)
    with pytest.raises(Refused, match="不是办件"):
        await svc.close_by_courier(clerk1, b.id, elsewhere.id)
    mailed = await courier.create(clerk1, **form, ticket_id=done.id)
    await courier.cancel(clerk1, mailed.id)
    with pytest.raises(Refused, match="已取消"):
        await svc.close_by_courier(clerk1, b.id, mailed.id)
    mailed = await courier.create(clerk1, **form, ticket_id=done.id)
    assert [c.id for c in await svc.courier_choices(clerk1, b.id)] == [mailed.id]
    row = await svc.close_by_courier(clerk1, b.id, mailed.id)
    assert row.closed_how is ClosedHow.COURIER and row.dispatch_id == mailed.id

    # Another hall's supervisor finds nothing of this hall.
    stranger = (await load_actors(db, (await new_hall(db)).hall_id))["zhuren"]
    (c,) = await of_ticket(db, other.id)
    with pytest.raises(NotFound):
        await svc.collect(stranger, c.id)
    (after,) = [x for x in await of_ticket(db, other.id)]
    assert after.closed_at is None  # nothing half-saved by the refusals
    assert await event_kinds(db, hall.hall_id, "application_closed") == ["application_closed"] * 2
    async with db.read() as session:
        said = [
            describe(p)
            for p in await session.scalars(
                select(Event.payload)
                .where(Event.hall_id == hall.hall_id, Event.kind == "application_closed")
                .order_by(Event.id)
            )
        ]
    assert said[0] == f"办件：BJ{a.id:06d}；出件方式：窗口领取；到期日：{DUE_4}；按期办结：是"
    assert said[1].endswith(
        f"出件方式：免费邮寄；到期日：{DUE_20}；按期办结：是；寄递单：K{mailed.id:05d}"
    )


async def test_due_soon_and_overdue_lists_and_the_on_time_rates(db, hall, actors, ready, clock):
    first, _second = ready
    svc = ApplicationService(db)
    windows = await window_ids(db, hall.hall_id)
    late = await served(db, hall, actors, 1, Outcome.ACCEPTED, [first])  # due 11-19
    prompt = await served(db, hall, actors, 1, Outcome.ACCEPTED, [first])  # due 11-19
    bare = await served(db, hall, actors, 2, Outcome.ACCEPTED)  # due 12-11, window 2
    ((a,), (p,), (b,)) = [await of_ticket(db, t.id) for t in (late, prompt, bare)]

    mine = await svc.at_window(actors["clerk1"], windows[1])
    assert [r.id for r in mine.rows] == [a.id, p.id]
    assert mine.due_soon == () and mine.overdue == ()  # due soon means by Wed 18
    assert [r.id for r in (await svc.at_window(actors["clerk2"], windows[2])).rows] == [b.id]

    clock.set_local(date(2026, 11, 13), time(9), ZONE)
    await svc.collect(actors["clerk1"], p.id)
    mine = await svc.at_window(actors["clerk1"], windows[1])
    assert [r.id for r in mine.due_soon] == [a.id] and mine.soon_until == DUE_4

    clock.set_local(DUE_4, time(16), ZONE)  # due today: still on time
    assert [r.id for r in (await svc.hall_watch(actors["zhuren"])).due_soon] == [a.id]

    clock.set_local(date(2026, 11, 20), time(9), ZONE)
    watch = await svc.hall_watch(actors["zhuren"])
    assert [r.id for r in watch.overdue] == [a.id] and watch.due_soon == ()
    assert [r.id for r in watch.rows] == [a.id]  # 12-11 is not due soon yet
    await svc.collect(actors["clerk1"], a.id)  # a day late

    clock.set_local(date(2026, 12, 8), time(9), ZONE)
    assert [r.id for r in (await svc.hall_watch(actors["zhuren"])).due_soon] == [b.id]
    with pytest.raises(PermissionDenied):
        await svc.hall_watch(actors["clerk1"])

    clock.set_local(date(2026, 12, 14), time(9), ZONE)
    figures = await svc.on_time(actors["zhuren"], date(2026, 11, 1), date(2026, 12, 31))
    item = next(r for r in figures.by_item if r.name != NO_ITEM)
    assert (item.counted, item.on_time, item.late, item.overdue_open) == (2, 1, 1, 0)
    assert item.rate == 0.5
    (none,) = [r for r in figures.by_item if r.name == NO_ITEM]
    assert (none.counted, none.on_time, none.overdue_open) == (1, 0, 1)
    departments = {r.name: (r.counted, r.on_time) for r in figures.by_department}
    assert departments == {"市场监管局": (2, 1), NO_ITEM: (1, 0)}
    assert (figures.total.counted, figures.total.on_time) == (3, 1)
    # A period whose 办件 are not yet due counts none.
    clock.set_local(date(2026, 12, 10), time(9), ZONE)
    early = await svc.on_time(actors["zhuren"], date(2026, 12, 1), date(2026, 12, 31))
    assert early.total.counted == 0 and early.total.rate is None


async def test_a_受理_costs_the_finish_two_statements_whatever_its_items(db, hall, actors, ready):
    """The finish is the hottest write: its 办件 and their events are one statement each,
    however many items were accepted (SQLite included)."""
    items = (await item_ids(db, hall.hall_id))[:3]
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    q = QueueService(db)
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    counts = {}
    event.listen(db.engine.sync_engine, "before_cursor_execute", seen)
    try:
        for outcome, picked in [
            (o, n) for o in (Outcome.COMPLETED, Outcome.ACCEPTED) for n in (2, 3)
        ]:
            ticket = (await q.issue_ticket(actors["daoban"], lines["A"])).ticket
            await q.call_next(actors["clerk1"], windows[1])
            await q.start(actors["clerk1"], ticket.id)
            statements.clear()
            await q.finish(actors["clerk1"], ticket.id, outcome=outcome, item_ids=items[:picked])
            counts[outcome, picked] = len(statements)
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", seen)
    assert counts[Outcome.COMPLETED, 2] == counts[Outcome.COMPLETED, 3]
    assert counts[Outcome.ACCEPTED, 2] == counts[Outcome.ACCEPTED, 3]
    assert counts[Outcome.ACCEPTED, 3] == counts[Outcome.COMPLETED, 3] + 2

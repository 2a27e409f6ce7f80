"""QueueService on both backends: numbering, calling order, every move, refusals."""

from __future__ import annotations

from datetime import time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, select, update

from hall_desktop.domain.errors import (
    IllegalTransition,
    NotFound,
    PermissionDenied,
    Refused,
    ValidationError,
)
from hall_desktop.domain.estimates import WaitEstimate
from hall_desktop.domain.overtime import overtime_of
from hall_desktop.domain.tickets import Outcome, Priority, TicketStatus
from hall_desktop.services.admin import AdminService
from hall_desktop.services.queue import QueueService, QueueSettings
from hall_desktop.services.queue.estimating import TODAY_WEIGHT
from hall_desktop.services.schedule import load_schedule
from hall_desktop.store.models import BusinessLine, CalendarDay, Event, OpeningHours, Ticket
from tests.conftest import load_actors, new_hall
from tests.helpers import item_ids, line_ids, snapshot, status_counts, window_ids

pytestmark = pytest.mark.dates


async def issue(c, prefix="A", **kw):
    return (await c.q.issue_ticket(c.a["daoban"], c.lines[prefix], **kw)).ticket


async def test_numbers_are_sequential_per_line(ctx):
    numbers = [(await issue(ctx, p)).number for p in "AABAB"]
    assert numbers == ["A001", "A002", "B001", "A003", "B002"]


async def test_issue_reports_people_ahead_and_wait(ctx):
    await issue(ctx)
    await issue(ctx)
    third = await ctx.q.issue_ticket(ctx.a["daoban"], ctx.lines["A"])
    assert third.ahead == 2
    assert third.hall_name == "示范区政务服务中心"
    # Eleven windows serve line A, none staffed yet, so all are taken as free from
    # now: the two ahead and this one are called at once.
    assert third.wait == WaitEstimate(0, 0, 0)


async def test_call_next_gives_first_issued_then_next(ctx):
    a1, a2 = await issue(ctx), await issue(ctx)
    first = await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    second = await ctx.q.call_next(ctx.a["clerk2"], ctx.win[2])
    assert (first.id, second.id) == (a1.id, a2.id)
    assert first.status is TicketStatus.CALLED and first.window_number == 1
    assert first.call_count == 1 and first.first_called_at is not None
    assert await ctx.q.call_next(ctx.a["clerk3"], ctx.win[3]) is None


async def test_green_channel_goes_first_and_needs_a_reason(ctx, db):
    await issue(ctx)
    before = await snapshot(db, ctx.hall.hall_id)
    with pytest.raises(ValidationError) as e:
        await issue(ctx, priority=Priority.GREEN)
    assert e.value.field == "priority_reason"
    assert await snapshot(db, ctx.hall.hall_id) == before
    green = await issue(ctx, priority=Priority.GREEN, priority_reason="老年人")
    called = await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    assert called.id == green.id and called.priority_reason == "老年人"


async def test_window_rank_orders_lines(ctx):
    # Window 4 serves G (rank 1) before A (rank 2): an older A waits behind a newer G.
    a = await issue(ctx, "A")
    g = await issue(ctx, "G")
    assert (await ctx.q.call_next(ctx.a["clerk4"], ctx.win[4])).id == g.id
    # Window 11 serves only X: it never takes the A ticket.
    await ctx.q.sign_in(ctx.a["clerk2"], ctx.win[11])
    assert await ctx.q.call_next(ctx.a["clerk2"], ctx.win[11]) is None
    assert (await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])).id == a.id


async def test_invalid_citizen_data_issues_nothing(ctx, db):
    before = await snapshot(db, ctx.hall.hall_id)
    with pytest.raises(ValidationError) as e:
        await issue(ctx, citizen_phone="1381234")
    assert e.value.field == "phone"
    with pytest.raises(ValidationError) as e:
        await issue(ctx, citizen_id_number="110105194912310021")
    assert e.value.field == "id_number"
    assert await snapshot(db, ctx.hall.hall_id) == before
    ok = await issue(ctx, citizen_name="张三", citizen_phone="+86 138-1234-5678")
    assert ok.citizen_phone == "13812345678" and ok.number == "A001"


async def test_daily_limit_refuses_and_rolls_back(ctx, db):
    async with db.write() as s:
        await s.execute(
            update(BusinessLine).where(BusinessLine.id == ctx.lines["T"]).values(daily_limit=2)
        )
    await issue(ctx, "T")
    await issue(ctx, "T")
    before = await snapshot(db, ctx.hall.hall_id)
    with pytest.raises(Refused) as e:
        await issue(ctx, "T")
    assert e.value.code == "daily_limit" and "号源已取完" in e.value.message
    assert await snapshot(db, ctx.hall.hall_id) == before
    status = {s.prefix: s for s in await ctx.q.line_statuses(ctx.hall.hall_id)}
    assert status["T"].issued_today == 2 and not status["T"].is_open


async def test_closed_hall_and_inactive_line_refuse(db):
    hall = await new_hall(db, enforce_hours=True)
    actors = await load_actors(db, hall.hall_id)
    lines = await line_ids(db, hall.hall_id)
    q = QueueService(db)
    async with db.write() as s:  # no opening hours on any weekday: closed today
        await s.execute(delete(OpeningHours).where(OpeningHours.hall_id == hall.hall_id))
        await s.execute(delete(CalendarDay).where(CalendarDay.hall_id == hall.hall_id))
    with pytest.raises(Refused) as e:
        await q.issue_ticket(actors["daoban"], lines["A"])
    assert e.value.code == "hall_closed"
    assert all(not s.is_open for s in await q.line_statuses(hall.hall_id))
    async with db.write() as s:  # open all day, every day
        s.add_all(
            OpeningHours(hall_id=hall.hall_id, weekday=d, opens=time(0, 0), closes=time(23, 59, 59))
            for d in range(7)
        )
        await s.execute(
            update(BusinessLine).where(BusinessLine.id == lines["B"]).values(active=False)
        )
    q = QueueService(db)  # hours are cached for a minute; a new service reads them now
    with pytest.raises(Refused) as e:
        await q.issue_ticket(actors["daoban"], lines["B"])
    assert e.value.code == "line_inactive"
    assert (await q.issue_ticket(actors["daoban"], lines["A"])).ticket.number == "A001"


async def test_unknown_line_and_window(ctx):
    with pytest.raises(NotFound):
        await ctx.q.issue_ticket(ctx.a["daoban"], 999_999)
    with pytest.raises(NotFound):
        await ctx.q.call_next(ctx.a["clerk1"], 999_999)


async def test_recall_limit_then_no_show_and_reactivate(ctx):
    t = await issue(ctx)
    await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    assert (await ctx.q.recall(ctx.a["clerk1"], t.id)).call_count == 2
    assert (await ctx.q.recall(ctx.a["clerk1"], t.id)).call_count == 3
    with pytest.raises(IllegalTransition) as e:
        await ctx.q.recall(ctx.a["clerk1"], t.id)
    assert e.value.code == "recall_limit"
    gone = await ctx.q.no_show(ctx.a["clerk1"], t.id)
    assert gone.status is TicketStatus.NO_SHOW
    with pytest.raises(IllegalTransition):
        await ctx.q.start(ctx.a["clerk1"], t.id)
    back = await ctx.q.reactivate(ctx.a["daoban"], t.id)
    assert back.status is TicketStatus.WAITING and back.window_id is None
    again = await ctx.q.call_next(ctx.a["clerk2"], ctx.win[2])
    assert again.id == t.id and again.call_count == 1  # a new round of calls
    assert again.first_called_at == gone.first_called_at
    assert (await ctx.q.recall(ctx.a["clerk2"], t.id)).call_count == 2


async def test_a_no_show_comes_back_only_within_the_halls_limit(ctx, clock):
    """过号 → 恢复 within 大厅设置's reactivate_minutes (30 by default), not after."""
    from datetime import time, timedelta

    from hall_desktop.domain.clock import local_today
    from hall_desktop.services.hall_settings import HallSettingsService

    # Mid-morning of the run's day: the half hour below must not cross midnight (the
    # date sweep runs this at 23:59 on 31 December too, when the day would turn).
    zone = ZoneInfo("Asia/Shanghai")
    clock.set_local(local_today(clock, zone), time(10, 0), zone)
    soon, late = await issue(ctx), await issue(ctx)
    for ticket in (soon, late):
        called = await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
        assert called is not None and called.id == ticket.id
        await ctx.q.no_show(ctx.a["clerk1"], ticket.id)
    listed = await ctx.q.reactivatable(ctx.hall.hall_id, ctx.win[1])
    assert [t.number for t in listed] == [late.number, soon.number]  # newest first
    assert await ctx.q.reactivatable(ctx.hall.hall_id, ctx.win[2]) == []
    clock.advance(timedelta(minutes=20))
    back = await ctx.q.reactivate(ctx.a["clerk1"], soon.id)
    assert back.status is TicketStatus.WAITING and back.number == soon.number
    clock.advance(timedelta(minutes=11))  # 31 minutes after its 过号
    assert await ctx.q.reactivatable(ctx.hall.hall_id, ctx.win[1]) == []
    with pytest.raises(Refused) as e:
        await ctx.q.reactivate(ctx.a["daoban"], late.id)
    assert e.value.code == "reactivate_too_late" and "30 分钟" in e.value.message
    assert (await ctx.q.ticket(ctx.hall.hall_id, late.id)).status is TicketStatus.NO_SHOW
    # The hall lets it be longer: the same number may come back.
    await HallSettingsService(ctx.q.db).update(ctx.a["zhuren"], reactivate_minutes=60)
    assert (await ctx.q.reactivate(ctx.a["daoban"], late.id)).status is TicketStatus.WAITING


async def test_serve_and_finish_with_items(ctx, db):
    t = await issue(ctx)
    items = (await item_ids(db, ctx.hall.hall_id))[:2]
    await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    with pytest.raises(IllegalTransition):
        await ctx.q.finish(ctx.a["clerk1"], t.id, outcome=Outcome.COMPLETED)
    await ctx.q.start(ctx.a["clerk1"], t.id)
    done = await ctx.q.finish(
        ctx.a["clerk1"], t.id, outcome=Outcome.COMPLETED, item_ids=items, note=" 已当场办结 "
    )
    assert done.status is TicketStatus.DONE and done.outcome == "completed"
    assert done.item_ids == tuple(items)
    assert done.finished_at >= done.started_at >= done.first_called_at >= done.issued_at
    with pytest.raises(NotFound):
        t2 = await issue(ctx)
        await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
        await ctx.q.start(ctx.a["clerk1"], t2.id)
        await ctx.q.finish(ctx.a["clerk1"], t2.id, outcome=Outcome.ACCEPTED, item_ids=[10**8])
    assert (await ctx.q.ticket(ctx.hall.hall_id, t2.id)).status is TicketStatus.SERVING


async def test_window_refuses_second_ticket_and_other_clerks_ticket(ctx):
    t = await issue(ctx)
    await issue(ctx)
    await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    with pytest.raises(Refused) as e:
        await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    assert e.value.code == "busy" and "A001" in e.value.message
    with pytest.raises(Refused) as e:
        await ctx.q.start(ctx.a["clerk2"], t.id)
    assert e.value.code == "not_your_window" and "张敏" in e.value.message
    # A supervisor takes over a (crashed) clerk's ticket by taking over the window.
    with pytest.raises(Refused) as e:
        await ctx.q.start(ctx.a["zhuren"], t.id)
    assert e.value.code == "not_your_window"
    with pytest.raises(Refused) as e:
        await ctx.q.sign_in(ctx.a["zhuren"], ctx.win[1])
    assert e.value.code == "window_taken" and "是否接替" in e.value.message
    await ctx.q.sign_in(ctx.a["zhuren"], ctx.win[1], take_over=True)
    started = await ctx.q.start(ctx.a["zhuren"], t.id)
    assert started.status is TicketStatus.SERVING and started.clerk_id == ctx.a["zhuren"].staff_id
    with pytest.raises(Refused) as e:  # the clerk who was taken over from
        await ctx.q.finish(ctx.a["clerk1"], t.id, outcome=Outcome.COMPLETED)
    assert e.value.code == "not_your_window"


async def test_hold_and_call_back(ctx):
    t = await issue(ctx)
    other = await issue(ctx)
    await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    with pytest.raises(ValidationError):
        await ctx.q.hold(ctx.a["clerk1"], t.id, reason=" ")
    held = await ctx.q.hold(ctx.a["clerk1"], t.id, reason="复印材料", due_in_minutes=30)
    assert held.status is TicketStatus.HELD and held.hold_reason == "复印材料"
    assert [h.id for h in await ctx.q.held_tickets(ctx.hall.hall_id, ctx.win[1])] == [t.id]
    # Not yet due: call-next gives the next waiting ticket instead.
    assert (await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])).id == other.id
    with pytest.raises(Refused):
        await ctx.q.call_back(ctx.a["clerk1"], t.id, ctx.win[1])
    await ctx.q.no_show(ctx.a["clerk1"], other.id)
    back = await ctx.q.call_back(ctx.a["clerk1"], t.id, ctx.win[1])
    assert back.status is TicketStatus.CALLED and back.call_count == 2


async def test_held_ticket_due_is_called_before_waiting_ones(ctx):
    t = await issue(ctx)
    await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    await ctx.q.hold(ctx.a["clerk1"], t.id, reason="补材料", due_in_minutes=0)
    green = await issue(ctx, priority=Priority.GREEN, priority_reason="孕产妇")
    assert (await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])).id == t.id
    # Another window does not get this window's held ticket, but gets the green one.
    assert (await ctx.q.call_next(ctx.a["clerk2"], ctx.win[2])).id == green.id


async def test_transfer_keeps_number_and_goes_ahead(ctx):
    await issue(ctx, "B")  # an ordinary B ticket already waiting
    t = await issue(ctx, "A")
    await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])  # takes A001
    moved = await ctx.q.transfer(
        ctx.a["clerk1"], t.id, to_line_id=ctx.lines["B"], note="需办理不动产登记"
    )
    assert moved.number == "A001" and moved.line_prefix == "B"
    assert moved.status is TicketStatus.WAITING and moved.priority is Priority.TRANSFERRED
    assert moved.transferred_from_id == t.id
    old = await ctx.q.ticket(ctx.hall.hall_id, t.id)
    assert old.status is TicketStatus.TRANSFERRED
    assert (await ctx.q.call_next(ctx.a["clerk5"], ctx.win[5])).id == moved.id
    # A transfer to one window: only that window calls it.
    t2 = await issue(ctx, "A")
    moved2 = await ctx.q.transfer(
        ctx.a["daoban"], t2.id, to_line_id=ctx.lines["B"], to_window_id=ctx.win[6]
    )
    await ctx.q.no_show(ctx.a["clerk5"], moved.id)
    assert (await ctx.q.call_next(ctx.a["clerk5"], ctx.win[5])).number == "B001"
    assert (await ctx.q.call_next(ctx.a["clerk6"], ctx.win[6])).id == moved2.id
    with pytest.raises(Refused):  # window 11 does not serve line B
        t3 = await issue(ctx, "A")
        await ctx.q.transfer(
            ctx.a["daoban"], t3.id, to_line_id=ctx.lines["B"], to_window_id=ctx.win[11]
        )


async def test_cancel_only_waiting(ctx):
    t = await issue(ctx)
    assert (await ctx.q.cancel(ctx.a["daoban"], t.id)).status is TicketStatus.CANCELLED
    with pytest.raises(IllegalTransition) as e:
        await ctx.q.cancel(ctx.a["daoban"], t.id)
    assert "已取消" in e.value.message
    assert await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1]) is None


async def test_pause_and_resume(ctx):
    await issue(ctx)
    state = await ctx.q.pause_window(ctx.a["clerk1"], ctx.win[1], "会议")
    assert state.state == "paused" and state.state_label == "暂停服务"
    with pytest.raises(Refused) as e:
        await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    assert e.value.code == "paused"
    states = {w.number: w for w in await ctx.q.window_states(ctx.hall.hall_id)}
    assert states[1].pause_reason == "会议" and states[2].state == "idle"
    assert (await ctx.q.resume_window(ctx.a["clerk1"], ctx.win[1])).state == "idle"
    assert (await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])) is not None
    states = {w.number: w for w in await ctx.q.window_states(ctx.hall.hall_id)}
    # Called, not yet started: 已叫号 (办理中 once the clerk starts).
    assert states[1].state == "called" and states[1].current_number == "A001"


async def test_sign_in_shows_clerk_and_in_hand_survives_restart(ctx, db):
    await ctx.q.sign_out(ctx.a["clerk3"], ctx.win[3])
    await ctx.q.sign_in(ctx.a["clerk1"], ctx.win[3])  # clerk 1 moves from window 1 to 3
    t = await issue(ctx)
    await ctx.q.call_next(ctx.a["clerk1"], ctx.win[3])
    await ctx.q.start(ctx.a["clerk1"], t.id)
    fresh = QueueService(db)  # as after a restart of the clerk's program
    in_hand = await fresh.ticket_in_hand(ctx.hall.hall_id, ctx.win[3])
    assert in_hand.id == t.id and in_hand.status is TicketStatus.SERVING
    states = {w.number: w for w in await fresh.window_states(ctx.hall.hall_id)}
    assert (states[3].clerk_name, states[3].clerk_staff_number) == ("张敏", "2001")
    assert states[1].clerk_id is None  # one window at a time


async def test_close_day_expires_every_open_ticket(ctx, db):
    for _ in range(4):
        await issue(ctx)
    t = await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    await ctx.q.start(ctx.a["clerk1"], t.id)
    with pytest.raises(PermissionDenied):
        await ctx.q.close_day(ctx.a["clerk1"])
    assert await ctx.q.close_day(ctx.a["zhuren"]) == 4
    assert await status_counts(db, ctx.hall.hall_id) == {"expired": 4}


async def test_permissions_are_checked_by_the_services(ctx, db):
    t = await issue(ctx)
    before = await snapshot(db, ctx.hall.hall_id)
    with pytest.raises(PermissionDenied) as e:
        await ctx.q.issue_ticket(ctx.a["clerk1"], ctx.lines["A"])
    assert "取号" in e.value.message
    with pytest.raises(PermissionDenied):
        await ctx.q.call_next(ctx.a["daoban"], ctx.win[1])
    with pytest.raises(PermissionDenied):
        await ctx.q.no_show(ctx.a["daoban"], t.id)
    with pytest.raises(PermissionDenied):
        await ctx.q.call_next(ctx.a["admin"], ctx.win[1])
    admin = AdminService(db)
    with pytest.raises(PermissionDenied):
        await admin.list_staff(ctx.a["clerk1"])
    with pytest.raises(PermissionDenied):
        await admin.set_staff_active(ctx.a["zhuren"], ctx.a["clerk1"].staff_id, False)
    assert await snapshot(db, ctx.hall.hall_id) == before


async def test_other_halls_tickets_are_out_of_reach(ctx, db):
    other = await new_hall(db)
    other_actors = await load_actors(db, other.hall_id)
    t = await issue(ctx)
    with pytest.raises(NotFound):
        await ctx.q.cancel(other_actors["daoban"], t.id)
    with pytest.raises(NotFound):
        await ctx.q.call_next(other_actors["clerk1"], ctx.win[1])


async def test_every_change_writes_one_event(ctx, db):
    start_id = await ctx.q.latest_event_id(ctx.hall.hall_id)
    t = await issue(ctx)
    await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    await ctx.q.recall(ctx.a["clerk1"], t.id)
    await ctx.q.start(ctx.a["clerk1"], t.id)
    done = await ctx.q.finish(ctx.a["clerk1"], t.id, outcome=Outcome.CONSULTATION)
    events = await ctx.q.events_after(ctx.hall.hall_id, start_id)
    # After closing time the finish also opens its 延时服务 record, in the same write.
    async with db.read() as session:
        schedule = await load_schedule(session, ctx.hall.hall_id)
    assert done.finished_at is not None
    finished = done.finished_at.astimezone(ZoneInfo("Asia/Shanghai")).replace(tzinfo=None)
    late = overtime_of(schedule, done.service_day, finished) is not None
    assert [e.kind for e in events] == [
        "ticket_issued",
        "ticket_called",
        "ticket_recalled",
        "ticket_started",
        *(["extended_service_opened"] if late else []),
        "ticket_finished",
    ]
    assert {e.ticket_id for e in events} == {t.id}
    assert (
        events[1].payload["window_number"] == 1 and events[1].actor_id == ctx.a["clerk1"].staff_id
    )
    calls = await ctx.q.recent_calls(ctx.hall.hall_id)
    assert [(c.number, c.window_number, c.kind) for c in calls] == [
        ("A001", 1, "recalled"),
        ("A001", 1, "called"),
    ]
    async with db.read() as s:  # events of this hall only
        assert all(
            e.hall_id == ctx.hall.hall_id
            for e in await s.scalars(
                select(Event).where(Event.id > start_id, Event.hall_id == ctx.hall.hall_id)
            )
        )


async def test_recall_limit_comes_from_settings(db, hall, actors):
    q = QueueService(db, QueueSettings(recall_limit=1))
    lines = await line_ids(db, hall.hall_id)
    t = await q.issue_ticket(actors["daoban"], lines["A"])
    await q.call_next(actors["clerk1"], (await window_ids(db, hall.hall_id))[1])
    with pytest.raises(IllegalTransition):
        await q.recall(actors["clerk1"], t.ticket.id)


async def test_recall_limit_is_the_halls_own_setting(db, hall, actors):
    """Without a fixed limit the service follows the hall's setting (大厅设置)."""
    from hall_desktop.services.hall_settings import HallSettingsService

    q = QueueService(db)
    await HallSettingsService(db).update(actors["zhuren"], recall_limit=2)
    lines = await line_ids(db, hall.hall_id)
    t = await q.issue_ticket(actors["daoban"], lines["A"])
    await q.call_next(actors["clerk1"], (await window_ids(db, hall.hall_id))[1])
    assert (await q.recall(actors["clerk1"], t.ticket.id)).call_count == 2
    with pytest.raises(IllegalTransition):
        await q.recall(actors["clerk1"], t.ticket.id)
    await HallSettingsService(db).update(actors["zhuren"], recall_limit=3)
    assert (await q.recall(actors["clerk1"], t.ticket.id)).call_count == 3


async def test_estimated_wait_uses_todays_service_times(ctx):
    status = {s.prefix: s for s in await ctx.q.line_statuses(ctx.hall.hall_id)}
    assert status["X"].average_service_seconds == 15 * 60  # the line's default
    t = await issue(ctx, "X")
    await ctx.q.sign_in(ctx.a["clerk1"], ctx.win[11])
    await ctx.q.call_next(ctx.a["clerk1"], ctx.win[11])
    await ctx.q.start(ctx.a["clerk1"], t.id)
    await ctx.q.finish(ctx.a["clerk1"], t.id, outcome=Outcome.COMPLETED)
    for _ in range(3):
        await issue(ctx, "X")
    status = {s.prefix: s for s in await ctx.q.line_statuses(ctx.hall.hall_id)}
    assert status["X"].waiting == 3 and status["X"].open_windows == 1
    assert status["X"].average_service_seconds < 60  # measured, not the default
    # The estimate blends today's one service into the line's default (15 min), by
    # n / (n + TODAY_WEIGHT), and plays the three waiting through the one window.
    async with ctx.q.db.read() as session:
        done = await session.get(Ticket, t.id)
        took = (done.finished_at - done.first_called_at).total_seconds()
    weight = 1 / (1 + TODAY_WEIGHT)
    each = weight * took + (1 - weight) * 15 * 60
    assert status["X"].wait.seconds == round(3 * each)
    assert status["X"].wait.seconds < 3 * 15 * 60


@pytest.mark.parametrize("every", [0, 2])
async def test_call_order_matches_the_domain_reference(ctx, db, every):
    """The SQL claim calls tickets in exactly the order domain.queue defines: each term
    of ``CALL_ORDER`` is mapped to the right SQL expression (``statements.ORDER_SQL``),
    strict and with a 2:1 interleave, the window's run kept by the claim."""
    from hall_desktop.domain.queue import QueueEntry, WindowView, next_for_window
    from hall_desktop.store.models import BusinessLine, Hall, ServiceWindow, WindowLine

    async with db.write() as s:
        hall = await s.get(Hall, ctx.hall.hall_id)
        hall.priority_every = every
    mix = ["A", "S", "Q", "A", "S", "Q", "A", "B", "S", "A", "Q", "A"]
    for i, prefix in enumerate(mix):
        green = i in (4, 7, 8, 10)
        await issue(
            ctx,
            prefix,
            priority=Priority.GREEN if green else Priority.NORMAL,
            priority_reason="老年人" if green else None,
        )
    window = ctx.win[3]  # serves A, S, Q in that rank order
    async with db.read() as s:
        ranks = dict(
            (line_id, rank)
            for line_id, rank in await s.execute(
                select(WindowLine.line_id, WindowLine.rank).where(WindowLine.window_id == window)
            )
        )
    calls = 0
    while True:
        async with db.read() as s:
            waiting = [
                QueueEntry(t.id, t.line_id, t.priority, t.issued_at, overdue_at=t.overdue_at)
                for t in await s.scalars(
                    select(Ticket).where(
                        Ticket.hall_id == ctx.hall.hall_id, Ticket.status == "waiting"
                    )
                )
            ]
            run = await s.scalar(
                select(ServiceWindow.priority_run).where(ServiceWindow.id == window)
            )
            lines = await s.execute(select(BusinessLine.id, BusinessLine.priority_every))
            interleave = {line_id: every if own is None else own for line_id, own in lines}
        view = WindowView(window, ranks, ctx.q.db.clock.now(), run=run, every=interleave)
        expected = next_for_window(waiting, view)
        called = await ctx.q.call_next(ctx.a["clerk3"], window)
        if expected is None:
            assert called is None
            break
        assert called.id == expected.ticket_id
        calls += 1
        await ctx.q.no_show(ctx.a["clerk3"], called.id)
    assert calls == 11
    # The B ticket is left: window 3 does not serve line B.
    assert [t.prefix for t in await ctx.q.line_statuses(ctx.hall.hall_id) if t.waiting] == ["B"]


async def test_one_window_never_holds_two_tickets_under_concurrent_calls(ctx, db_url):
    """A double click, or two programs at one window: at most one ticket in hand."""
    import asyncio

    from hall_desktop.store.database import Database

    for _ in range(12):
        await issue(ctx)
    others = [Database(db_url) for _ in range(3)]
    try:
        services = [QueueService(other) for other in others]
        for _ in range(4):
            results = await asyncio.gather(
                *(q.call_next(ctx.a["clerk1"], ctx.win[1]) for q in services),
                return_exceptions=True,
            )
            called = [r for r in results if not isinstance(r, BaseException)]
            refused = [r for r in results if isinstance(r, BaseException)]
            assert len(called) == 1, results
            assert all(isinstance(r, Refused) and r.code == "busy" for r in refused), results
            await ctx.q.no_show(ctx.a["clerk1"], called[0].id)
    finally:
        for other in others:
            await other.dispose()


async def test_call_next_waits_for_a_ticket_another_window_is_claiming(ctx, db, backend):
    """Every candidate locked by another window's claim: wait for it, never give up.

    Seen in a stress run: with SKIP LOCKED alone a busy PostgreSQL hall retried a few
    times in a row while another window held the last ticket, then refused the call.
    """
    import asyncio

    from sqlalchemy import text

    if backend != "postgresql":
        pytest.skip("by design: SQLite has one writer at a time; nothing is locked row by row")
    only = await issue(ctx)
    async with db.engine.connect() as other:
        await other.execute(text("SELECT 1 FROM ticket WHERE id = :id FOR UPDATE"), {"id": only.id})
        call = asyncio.create_task(ctx.q.call_next(ctx.a["clerk1"], ctx.win[1]))
        await asyncio.sleep(0.5)
        assert not call.done(), "call-next gave up instead of waiting for the lock"
        await other.rollback()  # the other window's claim fell through
    called = await asyncio.wait_for(call, timeout=10)
    assert called is not None and called.id == only.id


async def test_tickets_of_day_and_a_reprinted_slip(ctx):
    a1, a2, b1 = await issue(ctx), await issue(ctx), await issue(ctx, "B")
    listed = await ctx.q.tickets_of_day(ctx.hall.hall_id)
    assert [t.number for t in listed] == [b1.number, a2.number, a1.number]
    slip = await ctx.q.slip(ctx.hall.hall_id, a2.id)
    assert (slip.ticket.number, slip.ahead, slip.hall_name) == ("A002", 1, "示范区政务服务中心")
    called = await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    assert called.id == a1.id
    assert (await ctx.q.slip(ctx.hall.hall_id, a2.id)).ahead == 0  # now first in line
    assert (await ctx.q.slip(ctx.hall.hall_id, a1.id)).ahead == 0  # called: nobody ahead
    listed = await ctx.q.tickets_of_day(ctx.hall.hall_id)
    assert next(t for t in listed if t.id == a1.id).window_number == 1


async def test_upcoming_numbers_and_a_clerks_day(ctx, db):
    from hall_desktop.services.catalogue import CatalogueService

    green = (
        await ctx.q.issue_ticket(
            ctx.a["daoban"], ctx.lines["A"], priority=Priority.GREEN, priority_reason="老年人"
        )
    ).ticket
    a2, _b1 = await issue(ctx), await issue(ctx, "B")
    # Window 1 serves line A, not B; the green ticket goes first.
    upcoming = await ctx.q.upcoming(ctx.hall.hall_id, ctx.win[1])
    assert upcoming == [green.number, a2.number]
    clerk = ctx.a["clerk1"]
    first = await ctx.q.call_next(clerk, ctx.win[1])
    await ctx.q.start(clerk, first.id)
    await ctx.q.finish(clerk, first.id, outcome=Outcome.COMPLETED)
    second = await ctx.q.call_next(clerk, ctx.win[1])
    await ctx.q.no_show(clerk, second.id)
    figures = await ctx.q.clerk_day(ctx.hall.hall_id, clerk.staff_id)
    assert (figures.served, figures.no_shows) == (1, 1)
    assert figures.average_wait_seconds >= 0 and figures.average_service_seconds >= 0
    assert (await ctx.q.clerk_day(ctx.hall.hall_id, ctx.a["clerk2"].staff_id)).served == 0
    items = await CatalogueService(db).active_items(ctx.hall.hall_id)
    assert len(items) == 1953 and {i.category for i in items} == {"行政权力类", "公共服务类"}

"""指定叫号 (calling a chosen ticket out of order) on both backends: the call, its
refusals, its event and reason, the counts; and two processes calling the same ticket at
the same moment."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from hall_desktop.domain.calls import CallReason
from hall_desktop.domain.errors import (
    IllegalTransition,
    NotFound,
    PermissionDenied,
    Refused,
    ValidationError,
)
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.tickets import Outcome, Priority, TicketStatus
from hall_desktop.store.models import OutOfOrderCall, ServiceWindow, Ticket
from tests.helpers import read_line, snapshot, start_python


async def issue(c, prefix="A", **kw):
    return (await c.q.issue_ticket(c.a["daoban"], c.lines[prefix], **kw)).ticket


async def test_calls_the_chosen_ticket_ahead_of_the_order(ctx):
    a1, a2, a3 = await issue(ctx), await issue(ctx), await issue(ctx)
    called = await ctx.q.call_ticket(ctx.a["clerk1"], ctx.win[1], a3.id, CallReason.VULNERABLE)
    assert called.id == a3.id and called.status is TicketStatus.CALLED
    assert called.window_number == 1 and called.clerk_id == ctx.a["clerk1"].staff_id
    assert called.call_count == 1 and called.first_called_at is not None
    # The call order goes on as before for the others.
    assert (await ctx.q.call_next(ctx.a["clerk2"], ctx.win[2])).id == a1.id
    # The chosen ticket is in the window's hand: recalled, started, finished as any call.
    await ctx.q.recall(ctx.a["clerk1"], a3.id)
    await ctx.q.start(ctx.a["clerk1"], a3.id)
    done = await ctx.q.finish(ctx.a["clerk1"], a3.id, outcome=Outcome.CONSULTATION)
    assert done.status is TicketStatus.DONE
    waiting = await ctx.q.waiting_for_window(ctx.hall.hall_id, ctx.win[1])
    assert [t.id for t in waiting] == [a2.id]


async def test_counts_in_the_windows_priority_run(ctx, db):
    green = await issue(ctx, priority=Priority.GREEN, priority_reason="老年人")
    ordinary = await issue(ctx)

    async def run() -> int:
        async with db.read() as s:
            return await s.scalar(
                select(ServiceWindow.priority_run).where(ServiceWindow.id == ctx.win[1])
            )

    await ctx.q.call_ticket(ctx.a["clerk1"], ctx.win[1], green.id, CallReason.SPECIAL)
    assert await run() == 1
    await ctx.q.no_show(ctx.a["clerk1"], green.id)
    await ctx.q.call_ticket(ctx.a["clerk1"], ctx.win[1], ordinary.id, CallReason.SPECIAL)
    assert await run() == 0


async def test_writes_the_call_event_with_its_reason(ctx, db):
    await issue(ctx)
    a2 = await issue(ctx)
    after = await ctx.q.latest_event_id(ctx.hall.hall_id)
    await ctx.q.call_ticket(ctx.a["clerk1"], ctx.win[1], a2.id, CallReason.OTHER, "  群众 赶火车 ")
    events = await ctx.q.events_after(ctx.hall.hall_id, after)
    assert [e.kind for e in events] == [EventKind.TICKET_CALLED]
    e = events[0]
    assert e.ticket_id == a2.id and e.actor_id == ctx.a["clerk1"].staff_id
    assert e.payload["number"] == a2.number and e.payload["window_number"] == 1
    assert e.payload["call_count"] == 1 and e.payload["out_of_order"] is True
    assert e.payload["call_reason"] == "other" and e.payload["call_note"] == "群众 赶火车"
    # The display's list of calls shows it like any call.
    recent = await ctx.q.recent_calls(ctx.hall.hall_id, 1)
    assert (recent[0].number, recent[0].window_number) == (a2.number, 1)
    async with db.read() as s:
        row = (
            await s.scalars(select(OutOfOrderCall).where(OutOfOrderCall.ticket_id == a2.id))
        ).one()
    assert (row.ticket_id, row.window_id, row.clerk_id) == (
        a2.id,
        ctx.win[1],
        ctx.a["clerk1"].staff_id,
    )
    assert row.reason == "other" and row.note == "群众 赶火车"


async def _refused(ctx, db, call, error=Refused):
    before = await snapshot(db, ctx.hall.hall_id)
    with pytest.raises(error) as e:
        await call
    assert await snapshot(db, ctx.hall.hall_id) == before  # nothing half-saved
    assert any("\u4e00" <= ch <= "\u9fff" for ch in e.value.message)
    return e.value


async def test_refusals_leave_everything_as_it_was(ctx, db):
    q, c1, w1 = ctx.q, ctx.a["clerk1"], ctx.win[1]
    a1 = await issue(ctx)
    g1 = await issue(ctx, "G")  # window 1 serves A, Q, S: not G
    e = await _refused(ctx, db, q.call_ticket(c1, w1, g1.id, CallReason.SPECIAL))
    assert e.code == "not_this_line" and "1号窗口不办理" in e.message
    # A transfer meant for window 2 only.
    a2 = await issue(ctx)
    await q.call_next(ctx.a["clerk2"], ctx.win[2])  # takes a1
    await q.start(ctx.a["clerk2"], a1.id)
    moved = await q.transfer(
        ctx.a["clerk2"], a1.id, to_line_id=ctx.lines["Q"], to_window_id=ctx.win[7]
    )
    e = await _refused(ctx, db, q.call_ticket(c1, w1, moved.id, CallReason.SPECIAL))
    assert e.code == "other_window" and "7号窗口" in e.message
    # Taken by another window.
    await q.call_ticket(ctx.a["clerk2"], ctx.win[2], a2.id, CallReason.APPOINTMENT)
    e = await _refused(ctx, db, q.call_ticket(c1, w1, a2.id, CallReason.APPOINTMENT))
    assert e.code == "taken" and "2号窗口" in e.message
    # Not waiting any more (cancelled at the desk).
    a3 = await issue(ctx)
    await q.cancel(ctx.a["daoban"], a3.id)
    await _refused(ctx, db, q.call_ticket(c1, w1, a3.id, CallReason.SPECIAL), IllegalTransition)
    # 其他 without a note; an unknown reason.
    a4 = await issue(ctx)
    e = await _refused(ctx, db, q.call_ticket(c1, w1, a4.id, CallReason.OTHER), ValidationError)
    assert e.field == "call_note"
    e = await _refused(ctx, db, q.call_ticket(c1, w1, a4.id, "vip"), ValidationError)  # type: ignore[arg-type]
    assert e.field == "call_reason"
    # Nothing in hand first; not while paused; only the clerk signed in to the window.
    await q.call_ticket(c1, w1, a4.id, CallReason.SPECIAL)
    a5 = await issue(ctx)
    e = await _refused(ctx, db, q.call_ticket(c1, w1, a5.id, CallReason.SPECIAL))
    assert e.code == "busy" and a4.number in e.message
    await q.no_show(c1, a4.id)
    await q.pause_window(c1, w1, "休息")
    e = await _refused(ctx, db, q.call_ticket(c1, w1, a5.id, CallReason.SPECIAL))
    assert e.code == "paused"
    await q.resume_window(c1, w1)
    e = await _refused(ctx, db, q.call_ticket(ctx.a["clerk3"], w1, a5.id, CallReason.SPECIAL))
    assert e.code == "not_your_window"
    await _refused(
        ctx, db, q.call_ticket(ctx.a["daoban"], w1, a5.id, CallReason.SPECIAL), PermissionDenied
    )
    await _refused(ctx, db, q.call_ticket(c1, w1, 10**9, CallReason.SPECIAL), NotFound)
    # A waiting ticket of another day.
    async with db.write() as s:
        await s.execute(
            update(Ticket)
            .where(Ticket.id == a5.id)
            .values(service_day=a5.service_day - timedelta(days=1))
        )
    e = await _refused(ctx, db, q.call_ticket(c1, w1, a5.id, CallReason.SPECIAL))
    assert e.code == "not_today"


async def test_a_held_ticket_is_called_back_not_out_of_order(ctx, db):
    a1 = await issue(ctx)
    await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    await ctx.q.hold(ctx.a["clerk1"], a1.id, reason="其他", due_in_minutes=30)
    e = await _refused(
        ctx, db, ctx.q.call_ticket(ctx.a["clerk2"], ctx.win[2], a1.id, CallReason.SPECIAL)
    )
    assert e.code == "taken" and "回呼" in e.message


async def test_waiting_list_is_the_windows_lines_by_issue_time(ctx):
    a1 = await issue(ctx, "A")
    g1 = await issue(ctx, "G")
    s1 = await issue(ctx, "S")
    await issue(ctx, "X")
    listed = await ctx.q.waiting_for_window(ctx.hall.hall_id, ctx.win[1])
    assert [t.id for t in listed] == [a1.id, s1.id]
    listed = await ctx.q.waiting_for_window(ctx.hall.hall_id, ctx.win[4])
    assert [t.id for t in listed] == [a1.id, g1.id]


async def test_counts_per_clerk_and_reason(ctx):
    q = ctx.q
    tickets = [await issue(ctx) for _ in range(4)]
    day = tickets[0].service_day
    plan = [
        ("clerk1", 1, CallReason.VULNERABLE),
        ("clerk1", 1, CallReason.VULNERABLE),
        ("clerk1", 1, CallReason.APPOINTMENT),
        ("clerk2", 2, CallReason.SPECIAL),
    ]
    for t, (login, n, reason) in zip(tickets, plan, strict=True):
        await q.call_ticket(ctx.a[login], ctx.win[n], t.id, reason)
        await q.no_show(ctx.a[login], t.id)
    # An ordinary call is not counted.
    await issue(ctx)
    await q.call_next(ctx.a["clerk3"], ctx.win[3])
    figures = await q.out_of_order_counts(ctx.hall.hall_id, day, day)
    assert [(f.clerk_name, f.total) for f in figures] == [("张敏", 3), ("陈静", 1)]
    first = figures[0]
    assert first.count(CallReason.VULNERABLE) == 2 and first.count(CallReason.APPOINTMENT) == 1
    assert first.count(CallReason.OTHER) == 0 and first.staff_number == "2001"
    assert (
        await q.out_of_order_counts(ctx.hall.hall_id, day + timedelta(1), day + timedelta(9)) == []
    )
    # A reactivated ticket called out of order again counts again.
    await q.reactivate(ctx.a["clerk1"], tickets[0].id)
    await q.call_ticket(ctx.a["clerk1"], ctx.win[1], tickets[0].id, CallReason.SPECIAL)
    figures = await q.out_of_order_counts(ctx.hall.hall_id, day - timedelta(1), day)
    assert figures[0].total == 4 and figures[0].count(CallReason.SPECIAL) == 1


# -- two processes, two windows, one ticket -------------------------------------------------

_CALLER = """
import asyncio, sys
from datetime import datetime
from sqlalchemy import select
from hall_desktop.domain.calls import CallReason
from hall_desktop.domain.clock import FixedClock
from hall_desktop.domain.errors import HallError
from hall_desktop.services.actor import Actor, parse_roles
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.store.models import Staff

url, staff_id, window_id, now = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]

async def main():
    db = Database(url, clock=FixedClock(datetime.fromisoformat(now)))
    async with db.read() as s:
        st = (await s.scalars(select(Staff).where(Staff.id == staff_id))).one()
        actor = Actor(st.id, st.hall_id, st.login, st.name, st.staff_number, parse_roles(st.roles))
    q = QueueService(db)
    await q.ticket_in_hand(actor.hall_id, window_id)  # connected before the start
    print("ready", flush=True)
    for line in sys.stdin:
        ticket_id = int(line)
        try:
            got = await q.call_ticket(actor, window_id, ticket_id, CallReason.SPECIAL)
        except HallError as e:
            print(f"refused {e.code} {e.message}", flush=True)
            continue
        await q.no_show(actor, got.id)  # the window is free for the next round
        print(f"got {got.id}", flush=True)
    await db.dispose()

asyncio.run(main())
"""


async def test_two_processes_calling_one_ticket_get_it_once(ctx, db, clock):
    url = db.url.render_as_string(hide_password=False)
    now = clock.now().isoformat()
    callers = [
        start_python(_CALLER, url, ctx.a[f"clerk{n}"].staff_id, ctx.win[n], now) for n in (1, 2)
    ]
    try:
        assert [await read_line(p) for p in callers] == ["ready", "ready"]
        rounds = 8
        tickets = [await issue(ctx) for _ in range(rounds)]
        winners = []
        for t in tickets:
            for p in callers:  # both at once
                assert p.stdin is not None
                p.stdin.write(f"{t.id}\n")
                p.stdin.flush()
            answers = await asyncio.gather(*(read_line(p) for p in callers))
            got = [a for a in answers if a.startswith("got ")]
            refused = [a for a in answers if a.startswith("refused ")]
            assert len(got) == 1 and len(refused) == 1, answers
            assert got[0] == f"got {t.id}"
            code, message = refused[0].split(" ", 2)[1:]
            assert code in {"taken", "illegal_叫号", "concurrent_change"}, refused
            assert t.number in message
            winners.append(answers.index(got[0]))
    finally:
        for p in callers:
            if p.stdin is not None:
                p.stdin.close()
        for p in callers:
            assert await asyncio.to_thread(p.wait, 30) == 0
    async with db.read() as s:
        ids = [t.id for t in tickets]
        calls = (
            await s.scalars(
                select(OutOfOrderCall.ticket_id).where(OutOfOrderCall.ticket_id.in_(ids))
            )
        ).all()
        statuses = (await s.scalars(select(Ticket.status).where(Ticket.id.in_(ids)))).all()
    assert sorted(calls) == sorted(t.id for t in tickets)  # each called once
    assert set(statuses) == {TicketStatus.NO_SHOW.value}

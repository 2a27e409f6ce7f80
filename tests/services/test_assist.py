"""帮代办 on both backends: recorded at the desk or with the clerk's finish, one record per
ticket, editable until the day is over, audited, counted by kind and group."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from hall_desktop.domain.calls import Assist, AssistGroup, AssistKind
from hall_desktop.domain.errors import NotFound, PermissionDenied, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.tickets import Outcome
from hall_desktop.store.models import Staff, Ticket, TicketAssist
from tests.helpers import snapshot


async def issue(c, prefix="A"):
    return (await c.q.issue_ticket(c.a["daoban"], c.lines[prefix])).ticket


async def serving(c, clerk="clerk1", n=1):
    t = await issue(c)
    called = await c.q.call_ticket(c.a[clerk], c.win[n], t.id, "special")  # type: ignore[arg-type]
    await c.q.start(c.a[clerk], called.id)
    return called


async def test_the_desk_records_and_edits_one_record(ctx, db):
    t = await issue(ctx)
    guide = ctx.a["daoban"]
    after = await ctx.q.latest_event_id(ctx.hall.hall_id)
    record = await ctx.q.set_assist(guide, t.id, Assist(AssistKind.ESCORT, AssistGroup.ELDERLY))
    assert (record.kind, record.for_group) == (AssistKind.ESCORT, AssistGroup.ELDERLY)
    assert record.helper_id == guide.staff_id and record.helper_name == "李导办"
    assert record.number == t.number and record.recorded_by_id == guide.staff_id
    # Changed: another helper, another kind; still one record.
    helper = ctx.a["daoban2"].staff_id
    record = await ctx.q.set_assist(
        guide, t.id, Assist(AssistKind.PROXY, AssistGroup.ELDERLY, helper, "  代填 表格 ")
    )
    assert record.kind is AssistKind.PROXY and record.helper_name == "赵导办"
    assert record.note == "代填 表格"
    # The same again changes nothing and logs nothing.
    await ctx.q.set_assist(
        guide, t.id, Assist(AssistKind.PROXY, AssistGroup.ELDERLY, helper, "代填 表格")
    )
    async with db.read() as s:
        rows = (await s.scalars(select(TicketAssist).where(TicketAssist.ticket_id == t.id))).all()
    assert len(rows) == 1
    events = await ctx.q.events_after(ctx.hall.hall_id, after)
    assert [e.kind for e in events] == [EventKind.TICKET_ASSIST_RECORDED] * 2
    assert events[0].payload == {
        "number": t.number,
        "assist_kind": "escort",
        "assist_for": "elderly",
        "helper_id": guide.staff_id,
        "note": None,
    }
    assert events[1].payload["changes"] == {
        "assist_kind": {"old": "escort", "new": "proxy"},
        "helper_id": {"old": guide.staff_id, "new": helper},
        "note": {"old": None, "new": "代填 表格"},
    }
    assert events[1].actor_id == guide.staff_id and events[1].ticket_id == t.id


async def test_the_finish_records_it_in_its_own_transaction(ctx, db):
    t = await serving(ctx)
    done = await ctx.q.finish(
        ctx.a["clerk1"],
        t.id,
        outcome=Outcome.COMPLETED,
        assist=Assist(AssistKind.HELP, AssistGroup.DISABLED),
    )
    assert done.status.value == "done"
    record = await ctx.q.assist_of(ctx.hall.hall_id, t.id)
    assert record is not None and record.helper_id == ctx.a["clerk1"].staff_id
    assert (record.kind, record.for_group) == (AssistKind.HELP, AssistGroup.DISABLED)
    # A refused 帮代办 refuses the finish too: nothing half-saved.
    t2 = await serving(ctx)
    before = await snapshot(db, ctx.hall.hall_id)
    with pytest.raises(NotFound):
        await ctx.q.finish(
            ctx.a["clerk1"],
            t2.id,
            outcome=Outcome.COMPLETED,
            assist=Assist(AssistKind.HELP, AssistGroup.DISABLED, helper_id=10**6),
        )
    assert await snapshot(db, ctx.hall.hall_id) == before
    assert await ctx.q.assist_of(ctx.hall.hall_id, t2.id) is None


async def test_refusals(ctx, db):
    q, guide = ctx.q, ctx.a["daoban"]
    t = await issue(ctx)
    ok = Assist(AssistKind.HELP, AssistGroup.KEY_PROJECT)
    before = await snapshot(db, ctx.hall.hall_id)
    with pytest.raises(ValidationError) as e:
        await q.set_assist(guide, t.id, Assist("help", "vip"))  # type: ignore[arg-type]
    assert e.value.field == "assist_group"
    with pytest.raises(ValidationError) as e:
        await q.set_assist(guide, t.id, Assist("carry", "elderly"))  # type: ignore[arg-type]
    assert e.value.field == "assist_kind"
    with pytest.raises(PermissionDenied):
        await q.set_assist(ctx.a["admin"], t.id, ok)
    with pytest.raises(NotFound):
        await q.set_assist(guide, 10**9, ok)
    await q.cancel(guide, t.id)
    before = await snapshot(db, ctx.hall.hall_id)
    with pytest.raises(Refused) as e:
        await q.set_assist(guide, t.id, ok)
    assert e.value.code == "not_served" and "已取消" in e.value.message
    # Another day's ticket: the record can no longer be set or changed.
    t2 = await issue(ctx)
    await q.set_assist(guide, t2.id, ok)
    async with db.write() as s:
        await s.execute(
            update(Ticket)
            .where(Ticket.id == t2.id)
            .values(service_day=t2.service_day - timedelta(days=1))
        )
    before = await snapshot(db, ctx.hall.hall_id)
    with pytest.raises(Refused) as e:
        await q.set_assist(guide, t2.id, Assist(AssistKind.PROXY, AssistGroup.OTHER))
    assert e.value.code == "day_over" and "营业日已结束" in e.value.message
    assert await snapshot(db, ctx.hall.hall_id) == before


async def test_not_after_the_days_close(ctx):
    t = await issue(ctx)
    await ctx.q.close_day(ctx.a["zhuren"])
    with pytest.raises(Refused) as e:
        await ctx.q.set_assist(ctx.a["daoban"], t.id, Assist(AssistKind.HELP, AssistGroup.ELDERLY))
    assert e.value.code == "not_served"  # expired by the close
    # A ticket finished before the close keeps its figures but takes no new record.
    t2 = await issue(ctx)
    await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    await ctx.q.start(ctx.a["clerk1"], t2.id)
    await ctx.q.finish(ctx.a["clerk1"], t2.id, outcome=Outcome.COMPLETED)
    await ctx.q.close_day(ctx.a["zhuren"])
    with pytest.raises(Refused) as e:
        await ctx.q.set_assist(ctx.a["clerk1"], t2.id, Assist(AssistKind.HELP, AssistGroup.ELDERLY))
    assert e.value.code == "day_over"


async def test_counts_by_kind_group_and_helper(ctx):
    q, guide, clerk = ctx.q, ctx.a["daoban"], ctx.a["clerk1"]
    plan = [
        (guide, AssistKind.ESCORT, AssistGroup.ELDERLY),
        (guide, AssistKind.ESCORT, AssistGroup.ELDERLY),
        (guide, AssistKind.PROXY, AssistGroup.DISABLED),
        (clerk, AssistKind.HELP, AssistGroup.KEY_PROJECT),
    ]
    day = None
    for actor, kind, group in plan:
        t = await issue(ctx)
        day = t.service_day
        await q.set_assist(actor, t.id, Assist(kind, group))
    assert day is not None
    figures = await q.assist_counts(ctx.hall.hall_id, day, day)
    assert figures.total == 4
    assert figures.count(AssistKind.ESCORT, AssistGroup.ELDERLY) == 2
    assert figures.count(AssistKind.ESCORT) == 2 and figures.count(group=AssistGroup.DISABLED) == 1
    assert figures.count(AssistKind.HELP, AssistGroup.ELDERLY) == 0
    mine = await q.assist_counts(ctx.hall.hall_id, day, day, helper_id=clerk.staff_id)
    assert mine.total == 1 and mine.count(AssistKind.HELP) == 1
    later = await q.assist_counts(ctx.hall.hall_id, day + timedelta(1), day + timedelta(30))
    assert later.total == 0


async def test_helpers_are_the_active_staff_at_work(ctx, db):
    found = dict(await ctx.q.assist_helpers(ctx.hall.hall_id))
    assert found[ctx.a["daoban"].staff_id] == "李导办（1001）"
    assert ctx.a["clerk10"].staff_id in found and ctx.a["zhuren"].staff_id in found
    assert ctx.a["admin"].staff_id not in found  # an administrator serves nobody
    async with db.write() as s:
        await s.execute(
            update(Staff).where(Staff.id == ctx.a["daoban2"].staff_id).values(active=False)
        )
    assert ctx.a["daoban2"].staff_id not in dict(await ctx.q.assist_helpers(ctx.hall.hall_id))
    # Nor may a deactivated one be named.
    t = await issue(ctx)
    with pytest.raises(NotFound):
        await ctx.q.set_assist(
            ctx.a["daoban"],
            t.id,
            Assist(AssistKind.HELP, AssistGroup.ELDERLY, ctx.a["daoban2"].staff_id),
        )

"""The hall's queue policy on both backends (叫号规则): strict or N:1 priority interleave,
per hall and per line, and the ordinary tickets' waiting bound (最长等候)."""

from __future__ import annotations

from dataclasses import replace
from datetime import time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from hall_desktop.domain.clock import local_today
from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.tickets import Priority
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.services.windows_lines import WindowsLinesService
from hall_desktop.store.models import BusinessLine, ServiceWindow, Ticket


async def issue(c, prefix="A", green=False):
    kw = {"priority": Priority.GREEN, "priority_reason": "老年人"} if green else {}
    return (await c.q.issue_ticket(c.a["daoban"], c.lines[prefix], **kw)).ticket


async def five_ordinary_then_three_green(c):
    for _ in range(5):
        await issue(c)
    for _ in range(3):
        await issue(c, green=True)


async def calls(c, window=1, clerk="clerk1", count=8):
    """Numbers the window calls in turn, each one finished as a 过号 to free the window."""
    numbers = []
    for _ in range(count):
        called = await c.q.call_next(c.a[clerk], c.win[window])
        if called is None:
            break
        numbers.append(called.number)
        await c.q.no_show(c.a[clerk], called.id)
    return numbers


async def test_strict_calls_every_green_channel_ticket_first(ctx):
    """Today's behaviour, still the default: A006–A008 before A001."""
    assert (await HallSettingsService(ctx.q.db).get(ctx.hall.hall_id)).priority_every == 0
    await five_ordinary_then_three_green(ctx)
    assert await calls(ctx, count=5) == ["A006", "A007", "A008", "A001", "A002"]


async def test_two_to_one_lets_an_ordinary_ticket_through(ctx):
    await HallSettingsService(ctx.q.db).update(ctx.a["zhuren"], priority_every=2)
    await five_ordinary_then_three_green(ctx)
    assert await calls(ctx, count=5) == ["A006", "A007", "A001", "A008", "A002"]


async def test_the_run_belongs_to_the_window(ctx, db):
    """Each window keeps its own run: window 2's green calls do not give window 1's
    turn away, and the run survives a restart of the program (it is in the database)."""
    await HallSettingsService(ctx.q.db).update(ctx.a["zhuren"], priority_every=2)
    await five_ordinary_then_three_green(ctx)
    assert await calls(ctx, window=1, clerk="clerk1", count=1) == ["A006"]
    assert await calls(ctx, window=2, clerk="clerk2", count=1) == ["A007"]
    async with db.read() as s:
        runs = dict(
            (
                await s.execute(
                    select(ServiceWindow.number, ServiceWindow.priority_run).where(
                        ServiceWindow.hall_id == ctx.hall.hall_id  # not the session's other halls
                    )
                )
            ).all()
        )
    assert runs[1] == 1 and runs[2] == 1
    assert await calls(ctx, window=1, clerk="clerk1", count=2) == ["A008", "A001"]


async def test_a_line_may_have_its_own_interleave(ctx, db):
    """The hall stays strict; line A interleaves 1:1 (业务设置), line G follows the hall."""
    service = WindowsLinesService(db)
    line_a = (await service.setup(ctx.a["zhuren"])).line(ctx.lines["A"])
    edited = await service.edit_line(
        ctx.a["zhuren"], line_a.id, replace(line_a.fields(), priority_every=1)
    )
    assert edited.priority_every == 1 and edited.max_wait_minutes is None
    await five_ordinary_then_three_green(ctx)
    assert await calls(ctx, count=4) == ["A006", "A001", "A007", "A002"]
    assert await calls(ctx) == ["A008", "A003", "A004", "A005"]
    # Line G (window 4 serves G, then A) follows the hall: strict. (Had A tickets been
    # waiting, window 4's run after a green G ticket would have given A its 1:1 turn.)
    for _ in range(2):
        await issue(ctx, "G")
    for _ in range(2):
        await issue(ctx, "G", green=True)
    assert await calls(ctx, window=4, clerk="clerk4", count=3) == ["G003", "G004", "G001"]


async def test_a_policy_change_reads_plainly_in_the_audit_log(ctx, db):
    from hall_desktop.services.audit import AuditFilter, AuditService

    await HallSettingsService(db).update(ctx.a["zhuren"], priority_every=2, max_wait_minutes=0)
    service = WindowsLinesService(db)
    line = (await service.setup(ctx.a["zhuren"])).line(ctx.lines["A"])
    await service.edit_line(ctx.a["zhuren"], line.id, replace(line.fields(), priority_every=0))
    audit = AuditService(db)
    hall_change, _ = await audit.entries(ctx.a["zhuren"], AuditFilter(text="穿插"))
    details = [e.details for e in hall_change]
    assert any(
        "优先号始终在前 → 每 2 个优先号后叫 1 个普通号" in d and "30 分钟 → 不限" in d
        for d in details
    ), details
    everything, _ = await audit.entries(ctx.a["zhuren"], AuditFilter())
    line_edit = [e.details for e in everything if e.kind == "line_edited"]
    assert line_edit == ["业务：A 综合受理；字头：A；优先号穿插比例：按大厅设置 → 优先号始终在前"]


async def test_policy_values_are_checked_in_plain_words(ctx, db):
    settings = HallSettingsService(ctx.q.db)
    with pytest.raises(ValidationError) as e:
        await settings.update(ctx.a["zhuren"], priority_every=12)
    assert e.value.field == "priority_every" and "0 到 9" in e.value.message
    with pytest.raises(ValidationError) as e:
        await settings.update(ctx.a["zhuren"], max_wait_minutes=-5)
    assert e.value.field == "max_wait_minutes"
    service = WindowsLinesService(db)
    line = (await service.setup(ctx.a["zhuren"])).line(ctx.lines["A"])
    with pytest.raises(ValidationError) as e:
        await service.edit_line(ctx.a["zhuren"], line.id, replace(line.fields(), priority_every=10))
    assert e.value.field == "priority_every"
    assert (await settings.get(ctx.hall.hall_id)).priority_every == 0  # nothing saved


@pytest.fixture
def mid_morning(clock):
    """10:00 of the run's day: the minutes below must not cross midnight."""
    zone = ZoneInfo("Asia/Shanghai")
    clock.set_local(local_today(clock, zone), time(10, 0), zone)
    return clock


async def test_an_ordinary_ticket_past_the_bound_is_not_passed_by_later_green_tickets(
    ctx, db, mid_morning
):
    """Strict, 30 minutes (the default): the ordinary ticket issued first waits behind
    green-channel tickets only until its 30 minutes are up."""
    first = await issue(ctx)
    async with db.read() as s:
        overdue_at = await s.scalar(select(Ticket.overdue_at).where(Ticket.id == first.id))
    assert overdue_at == first.issued_at + timedelta(minutes=30)
    mid_morning.advance(timedelta(minutes=10))
    await issue(ctx, green=True)  # A002
    assert await calls(ctx, count=1) == ["A002"]  # 10 minutes: the green ticket first
    mid_morning.advance(timedelta(minutes=21))  # 31 minutes after A001
    await issue(ctx, green=True)  # A003
    await issue(ctx)  # A004, an ordinary ticket not yet overdue
    assert await calls(ctx, count=3) == ["A001", "A003", "A004"]


async def test_an_earlier_green_ticket_still_goes_before_an_overdue_ordinary_one(ctx, mid_morning):
    await issue(ctx, green=True)  # A001, issued first
    await issue(ctx)  # A002
    mid_morning.advance(timedelta(minutes=40))
    assert await calls(ctx, count=2) == ["A001", "A002"]


async def test_no_bound_keeps_strict_order_however_long_the_wait(ctx, mid_morning):
    await HallSettingsService(ctx.q.db).update(ctx.a["zhuren"], max_wait_minutes=0)
    first = await issue(ctx)
    assert first.number == "A001"
    mid_morning.advance(timedelta(hours=2))
    await issue(ctx, green=True)
    assert await calls(ctx, count=2) == ["A002", "A001"]


async def test_the_bound_in_force_at_issue_is_the_tickets(ctx, db, mid_morning):
    """A line's own bound (here 10 minutes) is given to its tickets when issued; a later
    change of the setting does not move tickets already waiting."""
    async with db.write() as s:
        await s.execute(
            update(BusinessLine)
            .where(BusinessLine.id == ctx.lines["A"])
            .values(max_wait_minutes=10)
        )
    first = await issue(ctx)
    await HallSettingsService(ctx.q.db).update(ctx.a["zhuren"], max_wait_minutes=0)
    mid_morning.advance(timedelta(minutes=11))
    await issue(ctx, green=True)
    assert await calls(ctx, count=1) == [first.number]


async def test_a_reactivated_no_show_keeps_its_bound_and_goes_before_newer_tickets(
    ctx, mid_morning
):
    """恢复: the ticket keeps its number and issue time, and so its bound: after 30
    minutes it is back ahead of ordinary tickets issued later."""
    gone = await issue(ctx)
    assert await calls(ctx, count=1) == [gone.number]  # and a 过号
    mid_morning.advance(timedelta(minutes=5))
    later = await issue(ctx)
    back = await ctx.q.reactivate(ctx.a["clerk1"], gone.id)
    assert back.number == gone.number
    assert await calls(ctx, count=2) == [gone.number, later.number]

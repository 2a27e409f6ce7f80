"""一人一号 on both backends: the hall's limits per ID number at issue, their refusals
(nothing written, no number taken), the supervisor's override, and what is kept of the
ID number (a keyed hash that is not the number and changes with the day)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select, text

from hall_desktop.domain.citizen_limits import citizen_digest
from hall_desktop.domain.errors import AuthenticationFailed, PermissionDenied, Refused
from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.auth import AuthService
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.services.queue.citizen_limits import LimitOverride
from hall_desktop.store.models import CitizenDayKey, Event, Ticket, TicketCitizen
from tests.helpers import read_line, snapshot, start_python
from tests.services.test_bad_input import id_number
from tests.services.test_lock_order import _until_waiting

ID = id_number("19800101")
OTHER = id_number("19800102")
THIRD = id_number("19800103")


async def issue(c, prefix="A", **kw):
    return (await c.q.issue_ticket(c.a["daoban"], c.lines[prefix], **kw)).ticket


async def refused(c, prefix="A", **kw) -> Refused:
    before = await snapshot(c.q.db, c.hall.hall_id)
    with pytest.raises(Refused) as e:
        await issue(c, prefix, **kw)
    assert await snapshot(c.q.db, c.hall.hall_id) == before  # nothing written
    return e.value


async def digests(db, hall_id):
    async with db.read() as session:
        return list(
            await session.execute(
                select(TicketCitizen.ticket_id, TicketCitizen.service_day, TicketCitizen.digest)
                .where(TicketCitizen.hall_id == hall_id)
                .order_by(TicketCitizen.ticket_id)
            )
        )


async def test_a_second_open_ticket_of_a_line_is_refused_until_the_first_ends(ctx):
    await HallSettingsService(ctx.q.db).update(ctx.a["zhuren"], id_per_day=0)  # this limit only
    first = await issue(ctx, citizen_id_number=ID)
    e = await refused(ctx, citizen_id_number=ID)
    assert e.code == "id_open_limit"
    assert e.message == (
        f"该身份证号已有 {first.number} 号在「{first.line_name}」排队，办结或过号后才能再取"
    )
    # The refusal took no number: the next one is the one after the first.
    assert (await issue(ctx)).number == "A002"
    # Another line, another citizen: allowed.
    assert (await issue(ctx, "B", citizen_id_number=ID)).number == "B001"
    assert (await issue(ctx, citizen_id_number=OTHER)).number == "A003"
    # Called and served: still open. Finished: a new number may be taken.
    called = await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    assert called.id == first.id
    await ctx.q.start(ctx.a["clerk1"], first.id)
    assert (await refused(ctx, citizen_id_number=ID)).code == "id_open_limit"
    await ctx.q.finish(ctx.a["clerk1"], first.id, outcome=Outcome.COMPLETED)
    again = await issue(ctx, citizen_id_number=ID)
    assert again.number == "A004"
    # A no-show (过号) ends it too.
    while (ticket := await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])).id != again.id:
        await ctx.q.start(ctx.a["clerk1"], ticket.id)
        await ctx.q.finish(ctx.a["clerk1"], ticket.id, outcome=Outcome.COMPLETED)
    assert (await refused(ctx, citizen_id_number=ID)).code == "id_open_limit"
    await ctx.q.no_show(ctx.a["clerk1"], again.id)
    assert (await issue(ctx, citizen_id_number=ID)).number == "A005"


async def test_a_transferred_ticket_counts_in_the_line_it_went_to(ctx):
    first = await issue(ctx, citizen_id_number=ID)
    await ctx.q.transfer(ctx.a["daoban"], first.id, to_line_id=ctx.lines["B"])
    assert (await issue(ctx, citizen_id_number=ID)).number == "A002"  # A is free again
    e = await refused(ctx, "B", citizen_id_number=ID)
    assert e.code == "id_open_limit" and "A001 号在「" in e.message


async def test_the_daily_limit_counts_every_ticket_of_the_day(ctx):
    for prefix in "ABQ":
        await issue(ctx, prefix, citizen_id_number=ID)
    e = await refused(ctx, "S", citizen_id_number=ID)
    assert e.code == "id_daily_limit"
    assert e.message == "该身份证号今天已取 3 个号，已达每日上限，请明天再来"
    assert (await issue(ctx, "S")).number == "S001"  # nothing consumed; no ID: no limit


async def test_numbers_without_an_id_are_not_limited_and_leave_no_trace(ctx, db):
    for _ in range(5):
        await issue(ctx)
    assert await digests(db, ctx.hall.hall_id) == []
    async with db.read() as session:
        keys = list(
            await session.scalars(
                select(CitizenDayKey.service_day).where(CitizenDayKey.hall_id == ctx.hall.hall_id)
            )
        )
    assert keys == []


async def test_the_hall_sets_or_lifts_the_limits(ctx):
    settings = HallSettingsService(ctx.q.db)
    assert (await settings.get(ctx.hall.hall_id)).id_open_per_line == 1
    assert (await settings.get(ctx.hall.hall_id)).id_per_day == 3
    await settings.update(ctx.a["zhuren"], id_open_per_line=2, id_per_day=0)
    a1 = await issue(ctx, citizen_id_number=ID)
    a2 = await issue(ctx, citizen_id_number=ID)
    e = await refused(ctx, citizen_id_number=ID)
    assert f"已有 2 个号（{a1.number}、{a2.number}）在「" in e.message
    for prefix in "BQS":  # no daily limit
        await issue(ctx, prefix, citizen_id_number=ID)
    await settings.update(ctx.a["zhuren"], id_open_per_line=0, id_per_day=0)
    await issue(ctx, citizen_id_number=ID)  # no limit at all


async def test_a_supervisor_overrides_and_the_event_says_who_and_why(ctx, db):
    await issue(ctx, citizen_id_number=ID)
    auth = AuthService(db)
    boss = await auth.confirm_supervisor(ctx.hall.hall_id, "zhuren", "zhuren2026")
    override = LimitOverride(boss, "  家属代办，另有一件事项 ")
    issued = await issue(ctx, citizen_id_number=ID, override=override)
    assert issued.number == "A002"
    async with db.read() as session:
        event = await session.scalar(
            select(Event).where(Event.kind == "ticket_issued", Event.ticket_id == issued.id)
        )
    assert event is not None and event.actor_id == ctx.a["daoban"].staff_id
    assert event.payload["override_by_id"] == boss.staff_id
    assert event.payload["override_reason"] == "家属代办，另有一件事项"
    assert event.payload["id_limit"] == "同类业务在排队"
    # Not past a limit: the override is not needed and not recorded.
    plain = await issue(ctx, "B", citizen_id_number=ID, override=override)
    async with db.read() as session:
        event = await session.scalar(
            select(Event).where(Event.kind == "ticket_issued", Event.ticket_id == plain.id)
        )
    assert event is not None and "override_by_id" not in event.payload


async def test_only_a_supervisor_may_override(ctx, db):
    await issue(ctx, citizen_id_number=ID)
    auth = AuthService(db)
    with pytest.raises(PermissionDenied):
        await auth.confirm_supervisor(ctx.hall.hall_id, "daoban2", "daoban2026")
    with pytest.raises(AuthenticationFailed):
        await auth.confirm_supervisor(ctx.hall.hall_id, "zhuren", "wrong-password")
    before = await snapshot(db, ctx.hall.hall_id)
    with pytest.raises(PermissionDenied):  # a guide's Actor handed in as a supervisor
        await issue(ctx, citizen_id_number=ID, override=LimitOverride(ctx.a["daoban2"], "熟人"))
    with pytest.raises(Exception) as e:  # a reason is required
        await issue(ctx, citizen_id_number=ID, override=LimitOverride(ctx.a["zhuren"], "  "))
    assert getattr(e.value, "field", None) == "override_reason"
    assert await snapshot(db, ctx.hall.hall_id) == before


async def test_the_hash_is_not_the_id_and_changes_with_the_day(ctx, db, clock):
    first = await issue(ctx, citizen_id_number=ID)
    [(ticket_id, day, digest)] = await digests(db, ctx.hall.hall_id)
    assert ticket_id == first.id and ID not in digest and len(digest) == 64
    async with db.read() as session:
        secret = await session.scalar(
            select(CitizenDayKey.secret).where(CitizenDayKey.hall_id == ctx.hall.hall_id)
        )
    assert secret is not None and digest == citizen_digest(secret, ID)
    clock.advance(timedelta(days=1))
    second = await issue(ctx, "B", citizen_id_number=ID)
    # The day before is forgotten: its key and its digests are gone.
    [(ticket_id, next_day, next_digest)] = await digests(db, ctx.hall.hall_id)
    assert ticket_id == second.id and next_day == day + timedelta(days=1)
    assert next_digest != digest
    async with db.read() as session:
        days = list(
            await session.scalars(
                select(CitizenDayKey.service_day).where(CitizenDayKey.hall_id == ctx.hall.hall_id)
            )
        )
    assert days == [next_day]


async def test_the_ticket_keeps_the_id_number_masked_only(ctx, db):
    from hall_desktop.domain.masking import mask_id_number

    issued = await issue(ctx, citizen_id_number=ID)
    async with db.read() as session:
        kept = await session.scalar(select(Ticket.citizen_id_number).where(Ticket.id == issued.id))
    assert kept == mask_id_number(ID) and kept != ID and kept[-4:] == ID[-4:]


async def test_closing_the_day_forgets_the_days_before(ctx, db, clock):
    await issue(ctx, citizen_id_number=ID)
    clock.advance(timedelta(days=1))
    await ctx.q.close_day(ctx.a["zhuren"])
    assert await digests(db, ctx.hall.hall_id) == []
    async with db.read() as session:
        assert (
            await session.scalar(
                select(CitizenDayKey.secret).where(CitizenDayKey.hall_id == ctx.hall.hall_id)
            )
            is None
        )


# -- two desks at the same instant (PostgreSQL: row locks and real concurrency) -----------

_DESK = """
import asyncio, sys
from hall_desktop.domain.errors import Refused
from hall_desktop.services.actor import Actor, Role
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database, parse_db_url

async def main():
    url, hall_id, staff_id, line_id, number, other_line_id, warm_up = sys.argv[1:]
    db = Database(parse_db_url(url))
    q = QueueService(db)
    guide = Actor(int(staff_id), int(hall_id), "", "", "", frozenset({Role.GUIDE}))
    # Connected, and the day's key made (as on any day after its first ID number).
    await q.issue_ticket(guide, int(other_line_id), citizen_id_number=warm_up)
    print("ready", flush=True)
    await asyncio.to_thread(sys.stdin.readline)
    try:
        issued = await q.issue_ticket(guide, int(line_id), citizen_id_number=number)
        print("issued", issued.ticket.number, flush=True)
    except Refused as e:
        print("refused", e.code, flush=True)
    await db.dispose()

asyncio.run(main())
"""


@pytest.mark.parametrize("backend", ["postgresql"])
async def test_two_desks_at_once_get_one_ticket(ctx, db, db_url):
    """Two desk processes issue for one ID number while the line's row is locked by a
    third connection (so the first to get through the check waits at its insert): both
    are inside their issue at once. Exactly one ticket; without the lock on the citizen,
    the second would pass the check before the first commits and get A002."""
    url = db_url.render_as_string(hide_password=False)
    args = (url, ctx.hall.hall_id, ctx.a["daoban"].staff_id, ctx.lines["A"], ID, ctx.lines["B"])
    desks = [start_python(_DESK, *args, warm_up) for warm_up in (OTHER, THIRD)]
    try:
        assert [await read_line(d) for d in desks] == ["ready", "ready"]
        async with db.engine.connect() as other:
            await other.execute(
                text("SELECT id FROM business_line WHERE id = :id FOR UPDATE"),
                {"id": ctx.lines["A"]},
            )
            for d in desks:
                assert d.stdin is not None
                d.stdin.write("go\n")
                d.stdin.flush()
            await _until_waiting(other, 2)
            await other.rollback()
        results = sorted(await asyncio.gather(*(read_line(d) for d in desks)))
    finally:
        for d in desks:
            d.wait(timeout=30)
    assert results == ["issued A001", "refused id_open_limit"]
    async with db.read() as session:
        numbers = list(
            await session.scalars(
                select(Ticket.number).where(
                    Ticket.hall_id == ctx.hall.hall_id, Ticket.line_id == ctx.lines["A"]
                )
            )
        )
    assert numbers == ["A001"]

"""One clerk per window, acting only at it; every write re-reads who is acting.

Each case was accepted before (the floor trial of issue 14): a clerk calling at another
clerk's window, calling a held ticket back into it, transferring a ticket it serves, a
second sign-in without a word, a finish with an unknown outcome, a hand-made actor
with the admin role, a deactivated clerk's open session.
"""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select, update

from hall_desktop.domain.errors import PermissionDenied, Refused, ValidationError
from hall_desktop.domain.tickets import Outcome, Priority, TicketStatus
from hall_desktop.services.actor import Actor, Role
from hall_desktop.services.admin import AdminService
from hall_desktop.services.courier import CourierService
from hall_desktop.store.models import Event, Staff
from tests.conftest import new_hall
from tests.helpers import snapshot
from tests.services.test_courier import FORM


async def test_a_clerk_cannot_call_at_another_clerks_window(db, hall, ctx):
    await ctx.q.issue_ticket(ctx.a["daoban"], ctx.lines["A"])
    before = await snapshot(db, hall.hall_id)
    with pytest.raises(Refused) as e:
        await ctx.q.call_next(ctx.a["clerk1"], ctx.win[5])
    assert e.value.code == "not_your_window" and "5号窗口由黄磊登录" in e.value.message
    assert await snapshot(db, hall.hall_id) == before
    # Window 5's own clerk is not stuck with someone else's call.
    assert await ctx.q.call_next(ctx.a["clerk5"], ctx.win[5]) is not None


async def test_nobody_calls_at_a_window_nobody_signed_in_to(db, hall, ctx):
    await ctx.q.issue_ticket(ctx.a["daoban"], ctx.lines["A"])
    await ctx.q.sign_out(ctx.a["clerk1"], ctx.win[1])
    with pytest.raises(Refused) as e:
        await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    assert e.value.code == "not_signed_in" and "请先登录" in e.value.message


async def test_a_held_ticket_is_called_back_only_by_its_windows_clerk(db, hall, ctx):
    t = (await ctx.q.issue_ticket(ctx.a["daoban"], ctx.lines["A"])).ticket
    await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    await ctx.q.hold(ctx.a["clerk1"], t.id, reason="复印材料", due_in_minutes=0)
    before = await snapshot(db, hall.hall_id)
    with pytest.raises(Refused) as e:  # into clerk 1's window
        await ctx.q.call_back(ctx.a["clerk2"], t.id, ctx.win[1])
    assert e.value.code == "not_your_window"
    with pytest.raises(Refused) as e:  # into clerk 2's own window
        await ctx.q.call_back(ctx.a["clerk2"], t.id, ctx.win[2])
    assert e.value.code == "not_yours" and "1号窗口挂起" in e.value.message
    assert await snapshot(db, hall.hall_id) == before
    back = await ctx.q.call_back(ctx.a["clerk1"], t.id, ctx.win[1])
    assert back.status is TicketStatus.CALLED


async def test_a_ticket_in_service_is_transferred_only_by_its_windows_clerk(db, hall, ctx):
    t = (await ctx.q.issue_ticket(ctx.a["daoban"], ctx.lines["A"])).ticket
    await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    await ctx.q.start(ctx.a["clerk1"], t.id)
    before = await snapshot(db, hall.hall_id)
    for someone in ("clerk2", "daoban"):
        with pytest.raises(Refused) as e:
            await ctx.q.transfer(ctx.a[someone], t.id, to_line_id=ctx.lines["S"])
        assert e.value.code == "not_your_window", someone
    assert await snapshot(db, hall.hall_id) == before
    done = await ctx.q.finish(ctx.a["clerk1"], t.id, outcome=Outcome.COMPLETED)
    assert done.status is TicketStatus.DONE
    # A waiting ticket is still the desk's to send elsewhere.
    waiting = (await ctx.q.issue_ticket(ctx.a["daoban"], ctx.lines["A"])).ticket
    moved = await ctx.q.transfer(ctx.a["daoban"], waiting.id, to_line_id=ctx.lines["S"])
    assert moved.status is TicketStatus.WAITING and moved.number == waiting.number


async def test_taking_over_a_window_is_asked_recorded_and_ends_the_other_clerks_turn(db, hall, ctx):
    t = (await ctx.q.issue_ticket(ctx.a["daoban"], ctx.lines["A"])).ticket
    await ctx.q.call_next(ctx.a["clerk3"], ctx.win[3])
    with pytest.raises(Refused) as e:
        await ctx.q.sign_in(ctx.a["clerk1"], ctx.win[3])
    assert e.value.code == "window_taken"
    assert e.value.message == "3号窗口已由刘洋（工号 2003）登录，是否接替？"
    state = await ctx.q.sign_in(ctx.a["clerk1"], ctx.win[3], take_over=True)
    assert (state.clerk_name, state.clerk_staff_number) == ("张敏", "2001")  # the terminal's
    async with db.read() as session:
        taken = (
            await session.scalars(
                select(Event).where(
                    Event.hall_id == hall.hall_id, Event.kind == "window_taken_over"
                )
            )
        ).one()
        left = list(
            await session.scalars(
                select(Event.window_id).where(
                    Event.hall_id == hall.hall_id,
                    Event.kind == "window_signed_out",
                    Event.id < taken.id,
                    Event.id > taken.id - 3,
                )
            )
        )
    assert taken.actor_id == ctx.a["clerk1"].staff_id and taken.window_id == ctx.win[3]
    assert taken.payload["previous_clerk_id"] == ctx.a["clerk3"].staff_id
    assert taken.payload["previous_clerk_name"] == "刘洋"
    assert left == [ctx.win[1]]  # clerk 1 left window 1 to take window 3
    # The clerk taken over from cannot go on under their own name…
    with pytest.raises(Refused) as e:
        await ctx.q.start(ctx.a["clerk3"], t.id)
    assert e.value.code == "not_your_window"
    # …and the new clerk carries on with the ticket in hand, as its clerk.
    started = await ctx.q.start(ctx.a["clerk1"], t.id)
    assert started.clerk_id == ctx.a["clerk1"].staff_id


async def test_a_finish_with_an_unknown_outcome_is_a_message(db, hall, ctx):
    t = (await ctx.q.issue_ticket(ctx.a["daoban"], ctx.lines["A"])).ticket
    await ctx.q.call_next(ctx.a["clerk1"], ctx.win[1])
    await ctx.q.start(ctx.a["clerk1"], t.id)
    with pytest.raises(ValidationError) as e:
        await ctx.q.finish(ctx.a["clerk1"], t.id, outcome="done-ish")  # type: ignore[arg-type]
    assert e.value.field == "outcome" and "办理结果" in e.value.message


async def test_a_hand_made_admin_actor_cannot_create_an_admin(db, hall, ctx):
    clerk = ctx.a["clerk1"]
    forged = dataclasses.replace(clerk, roles=frozenset({Role.ADMIN}))
    before = await snapshot(db, hall.hall_id)
    with pytest.raises(PermissionDenied) as e:
        await AdminService(db).create_staff(
            forged,
            login="mole",
            name="内鬼",
            staff_number="9999",
            roles=frozenset({Role.ADMIN}),
            password="Str0ng-Passw0rd!",
        )
    assert "系统管理员" in e.value.message
    async with db.read() as session:
        assert await session.scalar(select(Staff.id).where(Staff.login == "mole")) is None
    assert await snapshot(db, hall.hall_id) == before
    # A clerk's id dressed as a supervisor does not close the day either.
    with pytest.raises(PermissionDenied):
        await ctx.q.close_day(dataclasses.replace(clerk, roles=frozenset({Role.SUPERVISOR})))


async def test_a_deactivated_clerks_open_session_can_no_longer_write(db, hall, ctx):
    await ctx.q.issue_ticket(ctx.a["daoban"], ctx.lines["A"])
    clerk = ctx.a["clerk2"]
    await AdminService(db).set_staff_active(ctx.a["admin"], clerk.staff_id, False)
    states = {w.number: w for w in await ctx.q.window_states(hall.hall_id)}
    assert states[2].clerk_id is None  # signed out of the window as well
    for write in (
        lambda: ctx.q.call_next(clerk, ctx.win[2]),
        lambda: ctx.q.sign_in(clerk, ctx.win[2]),
        lambda: CourierService(db).create(clerk, **FORM),
    ):
        with pytest.raises(PermissionDenied) as e:
            await write()
        assert e.value.code == "deactivated" and "已停用" in e.value.message


async def test_an_actor_of_another_hall_is_refused(db, hall, ctx):
    other = await new_hall(db)
    async with db.read() as session:
        stranger_id = await session.scalar(
            select(Staff.id).where(Staff.hall_id == other.hall_id, Staff.login == "daoban")
        )
    # Someone else's staff id, claiming to be of this hall.
    stranger = Actor(stranger_id, hall.hall_id, "daoban", "李导办", "1001", frozenset({Role.GUIDE}))
    with pytest.raises(PermissionDenied) as e:
        await ctx.q.issue_ticket(stranger, ctx.lines["A"])
    assert e.value.code == "stale_login"


async def test_roles_taken_away_count_at_once(db, hall, ctx):
    """The roles of the staff row now, not of the log-in."""
    async with db.write() as session:
        await session.execute(
            update(Staff).where(Staff.id == ctx.a["daoban"].staff_id).values(roles="clerk")
        )
    before = await snapshot(db, hall.hall_id)
    with pytest.raises(PermissionDenied) as e:
        await ctx.q.issue_ticket(ctx.a["daoban"], ctx.lines["A"])
    assert "取号" in e.value.message
    assert await snapshot(db, hall.hall_id) == before


# -- the kiosk's device account (自助取号机) may take a normal number and nothing else ----


async def test_a_kiosk_account_takes_normal_numbers_only(db, hall, ctx):
    kiosk = ctx.a["kiosk1"]
    assert kiosk.roles == frozenset({Role.KIOSK})
    issued = await ctx.q.issue_ticket(kiosk, ctx.lines["A"])
    assert issued.ticket.number == "A001"
    before = await snapshot(db, hall.hall_id)
    # The green channel needs a person who saw the citizen: the desk.
    with pytest.raises(Refused) as refused:
        await ctx.q.issue_ticket(
            kiosk, ctx.lines["A"], priority=Priority.GREEN, priority_reason="老年人"
        )
    assert refused.value.code == "green_at_desk" and "导办台" in refused.value.message
    # No cancelling, no calling, no signing in at a window.
    with pytest.raises(PermissionDenied):
        await ctx.q.cancel(kiosk, issued.ticket.id)
    with pytest.raises(PermissionDenied):
        await ctx.q.call_next(kiosk, ctx.win[1])
    assert await snapshot(db, hall.hall_id) == before


async def test_a_kiosk_account_given_another_role_by_hand_is_checked_in_the_database(db, hall, ctx):
    """A hand-made actor claiming the guide's role gets the green channel no more than
    the account in the database has it."""
    forged = dataclasses.replace(ctx.a["kiosk1"], roles=frozenset({Role.GUIDE}))
    with pytest.raises(Refused) as refused:
        await ctx.q.issue_ticket(
            forged, ctx.lines["A"], priority=Priority.GREEN, priority_reason="老年人"
        )
    assert refused.value.code == "green_at_desk"
    assert await ctx.q.tickets_of_day(hall.hall_id) == []

"""大厅监控的调度 (DispatchService), on both backends: 综窗协办 for today, the reminder to
resume service, the display notice.

The demo hall: window 3 serves A, S, Q; line B (不动产登记) is served by windows 5 and 6.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from hall_desktop.domain.errors import NotFound, PermissionDenied, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.hours import service_day
from hall_desktop.domain.windows_lines import LineFields, WindowFields
from hall_desktop.services import dispatch as dispatch_module
from hall_desktop.services.dispatch import DispatchService, WindowHelp, notice_of_event
from hall_desktop.services.windows_lines import WindowsLinesService
from hall_desktop.store.models import Event, ServiceWindow, WindowLine
from tests.conftest import load_actors, new_hall
from tests.dates import HALL_ZONE
from tests.helpers import line_ids, ranks_of

pytestmark = pytest.mark.dates


@pytest.fixture
def dispatch(db) -> DispatchService:
    return DispatchService(db)


async def events_of(db, hall_id: int, kind: EventKind) -> list[Event]:
    async with db.read() as session:
        return list(
            await session.scalars(
                select(Event).where(Event.hall_id == hall_id, Event.kind == kind).order_by(Event.id)
            )
        )


async def snapshot(db, hall_id: int) -> tuple[Any, ...]:
    """The hall's window lines and event count: to prove a refusal saved nothing."""
    async with db.read() as session:
        rows = sorted(
            (
                await session.execute(
                    select(
                        WindowLine.window_id,
                        WindowLine.line_id,
                        WindowLine.rank,
                        WindowLine.until_day,
                    )
                    .join(ServiceWindow, ServiceWindow.id == WindowLine.window_id)
                    .where(ServiceWindow.hall_id == hall_id)
                )
            ).all()
        )
        events = await session.scalar(
            select(func.count()).select_from(Event).where(Event.hall_id == hall_id)
        )
        return rows, events


async def window_state(q, hall_id: int, window_id: int) -> Any:
    return next(w for w in await q.window_states(hall_id) if w.window_id == window_id)


async def open_windows(q, hall_id: int, prefix: str) -> int:
    """The open windows of a line, as the slip's wait estimate counts them."""
    return next(s for s in await q.line_statuses(hall_id) if s.prefix == prefix).open_windows


def today_of(clock) -> Any:
    return service_day(clock.now(), HALL_ZONE)


# -- 综窗协办 ------------------------------------------------------------------------------


async def test_help_lets_the_window_call_the_line_today_only(db, ctx, dispatch, clock):
    boss, q = ctx.a["zhuren"], ctx.q
    clock.set_local(today_of(clock), time(10, 0), HALL_ZONE)
    today = today_of(clock)
    await q.issue_ticket(ctx.a["daoban"], ctx.lines["B"])
    # Before the help, window 3 has nobody to call.
    assert await q.call_next(ctx.a["clerk3"], ctx.win[3]) is None

    helped = await dispatch.help_today(boss, ctx.win[3], ctx.lines["B"])
    assert helped == WindowHelp(ctx.win[3], 3, ctx.lines["B"], "B", "不动产登记", today)
    assert helped.label == "B 不动产登记"
    # Sent to help: the line comes first today, the window's own after it.
    assert await ranks_of(db, ctx.win[3]) == [("B", 0), ("A", 1), ("S", 2), ("Q", 3)]
    state = await window_state(q, ctx.hall.hall_id, ctx.win[3])
    assert ctx.lines["B"] in state.line_ids
    called = await q.call_next(ctx.a["clerk3"], ctx.win[3])
    assert called is not None and called.number.startswith("B")
    assert await dispatch.helps_today(ctx.hall.hall_id) == [helped]
    assert await open_windows(q, ctx.hall.hall_id, "B") == 3  # 5, 6 and 3 today
    await q.no_show(ctx.a["clerk3"], called.id)

    # The next service day the help is over: window 3 is back to A, S, Q.
    clock.set_local(today + timedelta(days=1), time(10, 0), HALL_ZONE)
    await q.issue_ticket(ctx.a["daoban"], ctx.lines["B"])
    state = await window_state(q, ctx.hall.hall_id, ctx.win[3])
    assert ctx.lines["B"] not in state.line_ids
    assert await q.waiting_for_window(ctx.hall.hall_id, ctx.win[3]) == []
    assert await q.call_next(ctx.a["clerk3"], ctx.win[3]) is None
    assert await dispatch.helps_today(ctx.hall.hall_id) == []
    assert await open_windows(q, ctx.hall.hall_id, "B") == 2
    # Window 5 still calls it.
    assert (await q.call_next(ctx.a["clerk5"], ctx.win[5])) is not None
    # And the supervisor may send help again, for the new day.
    again = await dispatch.help_today(boss, ctx.win[3], ctx.lines["B"])
    assert again.until_day == today + timedelta(days=1)


async def test_help_added_and_ended_write_their_events(db, ctx, dispatch):
    boss = ctx.a["zhuren"]
    helped = await dispatch.help_today(boss, ctx.win[3], ctx.lines["B"])
    (added,) = await events_of(db, ctx.hall.hall_id, EventKind.WINDOW_LINE_HELP_ADDED)
    assert added.window_id == ctx.win[3] and added.actor_id == boss.staff_id
    assert added.payload == {
        "window_number": 3,
        "line_id": ctx.lines["B"],
        "line_prefix": "B",
        "line_name": "不动产登记",
        "until_day": helped.until_day.isoformat(),
    }
    ended = await dispatch.end_help(boss, ctx.win[3], ctx.lines["B"])
    assert ended == helped
    (event,) = await events_of(db, ctx.hall.hall_id, EventKind.WINDOW_LINE_HELP_ENDED)
    assert event.window_id == ctx.win[3] and event.payload == added.payload
    assert await ranks_of(db, ctx.win[3]) == [("A", 1), ("S", 2), ("Q", 3)]
    assert await dispatch.helps_today(ctx.hall.hall_id) == []
    await ctx.q.issue_ticket(ctx.a["daoban"], ctx.lines["B"])
    assert await ctx.q.call_next(ctx.a["clerk3"], ctx.win[3]) is None


async def test_help_refusals_are_chinese_and_save_nothing(db, ctx, dispatch):
    boss, hall_id = ctx.a["zhuren"], ctx.hall.hall_id
    setup = WindowsLinesService(db)
    await setup.edit_window(boss, ctx.win[12], WindowFields(12, "免费邮政速递窗口", active=False))
    await setup.edit_line(
        boss, ctx.lines["G"], LineFields("G", "工程建设项目审批", 80, active=False)
    )
    await dispatch.help_today(boss, ctx.win[3], ctx.lines["B"])
    other = await new_hall(db, staffed=False)
    other_lines = await line_ids(db, other.hall_id)
    before = await snapshot(db, hall_id)
    cases: list[tuple[Any, type[Exception], str]] = [
        (dispatch.help_today(boss, ctx.win[3], ctx.lines["A"]), Refused, "3号窗口已办理A 综合受理"),
        (
            dispatch.help_today(boss, ctx.win[3], ctx.lines["B"]),
            Refused,
            "3号窗口今天已在协办B 不动产登记",
        ),
        (dispatch.help_today(boss, ctx.win[12], ctx.lines["B"]), Refused, "12号窗口已停用"),
        (dispatch.help_today(boss, ctx.win[3], ctx.lines["G"]), Refused, "已停用"),
        (dispatch.help_today(boss, ctx.win[3], other_lines["B"]), NotFound, "找不到业务类别"),
        (dispatch.help_today(boss, 10**8, ctx.lines["B"]), NotFound, "找不到窗口"),
        (
            dispatch.help_today(ctx.a["daoban"], ctx.win[3], ctx.lines["T"]),
            PermissionDenied,
            "没有“安排综窗协办”的权限",
        ),
        (dispatch.end_help(boss, ctx.win[3], ctx.lines["T"]), Refused, "3号窗口今天没有协办T 税务"),
        (dispatch.end_help(boss, ctx.win[3], ctx.lines["A"]), Refused, "今天没有协办A 综合受理"),
        (
            dispatch.end_help(ctx.a["clerk3"], ctx.win[3], ctx.lines["B"]),
            PermissionDenied,
            "结束综窗协办",
        ),
    ]
    for work, error, words in cases:
        with pytest.raises(error) as caught:
            await work
        assert words in caught.value.message, caught.value.message
    assert await snapshot(db, hall_id) == before


# -- the admin's editor and the help -----------------------------------------------------------


async def test_the_editor_neither_shows_nor_deletes_todays_help(db, ctx, dispatch, clock):
    boss = ctx.a["zhuren"]
    setup = WindowsLinesService(db)
    await dispatch.help_today(boss, ctx.win[3], ctx.lines["B"])
    await dispatch.help_today(boss, ctx.win[3], ctx.lines["T"])
    three = next(w for w in (await setup.setup(boss)).windows if w.number == 3)
    assert [s.prefix for s in three.lines] == ["A", "S", "Q"]
    b = next(line for line in (await setup.setup(boss)).lines if line.prefix == "B")
    assert b.window_numbers == (5, 6)
    # Setting the window's own lines keeps today's help, ranked ahead of them (the
    # latest help first).
    three = await setup.set_window_lines(boss, ctx.win[3], [ctx.lines["S"], ctx.lines["A"]])
    assert [s.prefix for s in three.lines] == ["S", "A"]
    assert await ranks_of(db, ctx.win[3]) == [("T", -1), ("B", 0), ("S", 1), ("A", 2)]
    assert [h.line_prefix for h in await dispatch.helps_today(ctx.hall.hall_id)] == ["T", "B"]
    # A helped line made the window's own is no longer help.
    three = await setup.set_window_lines(boss, ctx.win[3], [ctx.lines["A"], ctx.lines["B"]])
    assert [s.prefix for s in three.lines] == ["A", "B"]
    assert await ranks_of(db, ctx.win[3]) == [("T", 0), ("A", 1), ("B", 2)]
    assert [h.line_prefix for h in await dispatch.helps_today(ctx.hall.hall_id)] == ["T"]
    event, _ = await events_of(db, ctx.hall.hall_id, EventKind.WINDOW_LINES_SET)
    assert event.payload["old"] == ["A", "S", "Q"] and event.payload["new"] == ["S", "A"]
    # The next day, yesterday's help is cleared when the window's lines are set.
    clock.set_local(today_of(clock) + timedelta(days=1), time(10, 0), HALL_ZONE)
    await setup.set_window_lines(boss, ctx.win[3], [ctx.lines["A"]])
    assert await ranks_of(db, ctx.win[3]) == [("A", 1)]


async def test_a_line_helped_today_only_does_not_keep_a_window_open(db, ctx, dispatch):
    """Deactivating a window's last own line is refused even when it helps another today:
    the help ends tonight."""
    boss = ctx.a["zhuren"]
    setup = WindowsLinesService(db)
    await dispatch.help_today(boss, ctx.win[11], ctx.lines["A"])
    with pytest.raises(Refused, match="11号窗口只办理"):
        await setup.edit_line(boss, ctx.lines["X"], LineFields("X", "办不成事反映", active=False))


# -- 提醒恢复服务 --------------------------------------------------------------------------


async def test_request_resume_needs_a_paused_window(db, ctx, dispatch):
    boss, hall_id = ctx.a["zhuren"], ctx.hall.hall_id
    before = await snapshot(db, hall_id)
    with pytest.raises(Refused, match="3号窗口没有暂停服务"):
        await dispatch.request_resume(boss, ctx.win[3], "请尽快恢复")
    with pytest.raises(PermissionDenied):
        await dispatch.request_resume(ctx.a["clerk1"], ctx.win[3])
    assert await snapshot(db, hall_id) == before

    await ctx.q.pause_window(ctx.a["clerk3"], ctx.win[3], "外出取材料")
    with pytest.raises(ValidationError, match="留言过长"):
        await dispatch.request_resume(boss, ctx.win[3], "等" * 41)
    event_id = await dispatch.request_resume(boss, ctx.win[3], "  排队人多，请尽快恢复 ")
    await dispatch.request_resume(boss, ctx.win[3], "   ")
    first, second = await events_of(db, hall_id, EventKind.WINDOW_RESUME_REQUESTED)
    assert first.id == event_id and first.window_id == ctx.win[3]
    assert first.payload == {
        "window_number": 3,
        "message": "排队人多，请尽快恢复",
        "supervisor_name": "王主任",
    }
    assert second.payload["message"] is None


# -- 大屏通知 ------------------------------------------------------------------------------


async def test_display_notice_shows_until_it_expires(db, ctx, dispatch, clock):
    boss, hall_id = ctx.a["zhuren"], ctx.hall.hall_id
    assert await dispatch.active_display_notice(hall_id) is None
    before = await snapshot(db, hall_id)
    for text, minutes, words in [
        ("  ", 10, "请填写通知内容"),
        ("通" * 61, 10, "通知内容过长"),
        ("系统维护", 0, "1–240 分钟"),
        ("系统维护", 241, "1–240 分钟"),
    ]:
        with pytest.raises(ValidationError, match=words):
            await dispatch.send_display_notice(boss, text, minutes)
    with pytest.raises(PermissionDenied):
        await dispatch.send_display_notice(ctx.a["daoban"], "系统维护", 10)
    assert await snapshot(db, hall_id) == before

    sent_at = clock.now()
    sent = await dispatch.send_display_notice(boss, " 10:30起社保系统维护 ", 30)
    assert sent.text == "10:30起社保系统维护" and sent.until.tzinfo is UTC
    assert timedelta(0) <= sent.until - (sent_at + timedelta(minutes=30)) < timedelta(seconds=5)
    (event,) = await events_of(db, hall_id, EventKind.DISPLAY_NOTICE_SENT)
    assert event.id == sent.event_id and event.payload["text"] == "10:30起社保系统维护"
    assert datetime.fromisoformat(event.payload["until"]) == sent.until
    assert event.payload["until"].endswith("+00:00")
    assert await dispatch.active_display_notice(hall_id) == sent
    other = await new_hall(db, staffed=False)
    assert await dispatch.active_display_notice(other.hall_id) is None

    clock.advance(timedelta(minutes=29))
    assert await dispatch.active_display_notice(hall_id) == sent
    newer = await dispatch.send_display_notice(boss, "请到3号窗口", 5)
    assert await dispatch.active_display_notice(hall_id) == newer
    clock.advance(timedelta(minutes=5))
    assert await dispatch.active_display_notice(hall_id) is None


async def test_a_display_notice_withdrawn_leaves_the_display(db, ctx, dispatch, clock):
    """撤回: the notice stops now (a display starting reads none), the event names it;
    nothing to withdraw is refused in Chinese and writes nothing; a new notice shows."""
    boss, hall_id = ctx.a["zhuren"], ctx.hall.hall_id
    before = await snapshot(db, hall_id)
    with pytest.raises(Refused, match="没有临时通知") as refused:
        await dispatch.withdraw_display_notice(boss)
    assert refused.value.code == "no_notice"
    assert await snapshot(db, hall_id) == before
    sent = await dispatch.send_display_notice(boss, "系统维护中", 30)
    with pytest.raises(PermissionDenied):
        await dispatch.withdraw_display_notice(ctx.a["clerk1"])
    assert await dispatch.active_display_notice(hall_id) == sent

    withdrawn = await dispatch.withdraw_display_notice(ctx.a["admin"])
    assert withdrawn == sent
    assert await dispatch.active_display_notice(hall_id) is None
    (event,) = await events_of(db, hall_id, EventKind.DISPLAY_NOTICE_WITHDRAWN)
    assert event.payload == {"text": "系统维护中", "notice_event_id": sent.event_id}
    assert notice_of_event(event.kind, event.payload) == ("", None)
    with pytest.raises(Refused, match="没有临时通知"):  # once only
        await dispatch.withdraw_display_notice(boss)
    # An expired notice is not showing either: nothing to withdraw.
    newer = await dispatch.send_display_notice(boss, "请到3号窗口", 5)
    assert await dispatch.active_display_notice(hall_id) == newer
    clock.advance(timedelta(minutes=6))
    with pytest.raises(Refused, match="没有临时通知"):
        await dispatch.withdraw_display_notice(boss)
    assert len(await events_of(db, hall_id, EventKind.DISPLAY_NOTICE_WITHDRAWN)) == 1


async def test_a_supervisor_of_another_hall_cannot_dispatch_here(db, ctx, dispatch):
    other = await new_hall(db, staffed=False)
    boss = (await load_actors(db, other.hall_id))["zhuren"]
    with pytest.raises(NotFound):
        await dispatch.help_today(boss, ctx.win[3], ctx.lines["B"])
    with pytest.raises(NotFound):
        await dispatch.request_resume(boss, ctx.win[3])


async def test_two_supervisors_sending_the_same_help_at_once(db, ctx, dispatch, monkeypatch):
    """One help is added; the other supervisor is told so in Chinese (not a key error)."""
    record = dispatch_module.record_action

    async def slow_record(session, *args, **kw):
        await session.flush()  # the help row is written, not yet committed
        await asyncio.sleep(0.3)  # meanwhile the other supervisor's transaction runs
        return await record(session, *args, **kw)

    monkeypatch.setattr(dispatch_module, "record_action", slow_record)
    results = await asyncio.gather(
        dispatch.help_today(ctx.a["zhuren"], ctx.win[3], ctx.lines["B"]),
        dispatch.help_today(ctx.a["admin"], ctx.win[3], ctx.lines["B"]),
        return_exceptions=True,
    )
    helped = [r for r in results if isinstance(r, WindowHelp)]
    refused = [r for r in results if isinstance(r, Refused)]
    assert len(helped) == 1 and len(refused) == 1, results
    assert refused[0].message == "3号窗口今天已在协办B 不动产登记"
    assert len(await events_of(db, ctx.hall.hall_id, EventKind.WINDOW_LINE_HELP_ADDED)) == 1

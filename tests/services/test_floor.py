"""大厅监控's service on both databases: the snapshot, following the feed by reading only
what the events name (equal to a snapshot taken afresh), and the alerts raised at their
thresholds and not before, acknowledged, not repeated, raised again after the condition
cleared and returned; several monitors raising one alert once."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, update

from hall_desktop.domain.errors import NotFound, PermissionDenied, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.floor import AlertKind, Floor, FloorPicture, alert_conditions
from hall_desktop.domain.tickets import Outcome, WindowStatus
from hall_desktop.services.floor import FloorService
from hall_desktop.services.queue import QueueService
from hall_desktop.services.rating import RatingService
from hall_desktop.store.database import Database
from hall_desktop.store.models import Application, BusinessLine, FloorAlert, Hall
from tests.conftest import load_actors, new_hall
from tests.helpers import event_kinds, line_ids, window_ids

ZONE = ZoneInfo("Asia/Shanghai")
MONDAY = date(2026, 12, 7)


def comparable(picture: FloorPicture) -> tuple[object, ...]:
    """A picture without its instant."""
    return picture.windows, picture.lines, picture.totals


async def follow_all(service: FloorService, hall_id: int, floor: Floor, position) -> object:
    """What the monitor does with the feed: read the events since ``position`` and
    follow them; the new position."""
    events, position = await QueueService(service.db).read_feed(hall_id, position)
    await service.follow(hall_id, floor, events)
    return position


@pytest.fixture
async def hall(db, clock):
    clock.set_local(MONDAY, time(9), ZONE)
    return await new_hall(db)


async def test_the_snapshot_and_following_the_feed_equal_a_fresh_snapshot(db, clock, hall):
    actors = await load_actors(db, hall.hall_id)
    boss, guide = actors["zhuren"], actors["daoban"]
    q, service = QueueService(db), FloorService(db)
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    snap = await service.snapshot(boss)
    assert snap.today == MONDAY and snap.alerts == ()
    floor, position = snap.floor, snap.position
    first = floor.picture(clock.now())
    assert first.totals.issued == 0 and all(v.ticket is None for v in first.windows)
    # A morning: five numbers, one served, one called, one in service at window 2, a
    # 过号, window 3 paused.
    issued = [(await q.issue_ticket(guide, lines["A"])).ticket for _ in range(5)]
    c1, c2 = actors["clerk1"], actors["clerk2"]
    done = await q.call_next(c1, windows[1])
    await q.start(c1, done.id)
    await q.finish(c1, done.id, outcome=Outcome.COMPLETED)
    called = await q.call_next(c1, windows[1])
    serving = await q.call_next(c2, windows[2])
    await q.start(c2, serving.id)
    clock.set_local(MONDAY, time(9, 20), ZONE)
    await q.pause_window(actors["clerk3"], windows[3], "会议")
    position = await follow_all(service, hall.hall_id, floor, position)
    now = clock.now()
    picture = floor.picture(now)
    fresh = (await service.snapshot(boss)).floor.picture(now)
    assert comparable(picture) == comparable(fresh)
    by_number = {v.window.number: v for v in picture.windows}
    assert by_number[1].status is WindowStatus.CALLED and by_number[1].ticket.id == called.id
    assert by_number[2].status is WindowStatus.SERVING and by_number[2].served_today == 0
    assert by_number[1].served_today == 1
    assert by_number[3].status is WindowStatus.PAUSED
    assert by_number[3].window.pause_reason == "会议"
    paused_at = datetime.combine(MONDAY, time(9, 20), ZONE)
    assert timedelta(0) <= by_number[3].since - paused_at < timedelta(seconds=5)
    line_a = next(v for v in picture.lines if v.line.prefix == "A")
    assert line_a.waiting == 2 and line_a.oldest_issued_at == issued[3].issued_at
    assert abs(line_a.longest_wait(now) - timedelta(minutes=20)) < timedelta(seconds=5)
    assert 1 in line_a.windows and line_a.open_windows >= 2
    t = picture.totals
    assert (t.issued, t.served, t.waiting, t.no_show) == (5, 1, 2, 0)
    # A transfer makes a ticket the event does not name: read through its origin.
    await q.finish(c2, serving.id, outcome=Outcome.COMPLETED)
    await q.no_show(c1, called.id)
    moved = await q.call_next(c2, windows[2])
    await q.start(c2, moved.id)
    await q.transfer(c2, moved.id, to_line_id=lines["B"])
    await follow_all(service, hall.hall_id, floor, position)
    now = clock.now()
    assert comparable(floor.picture(now)) == comparable(
        (await service.snapshot(boss)).floor.picture(now)
    )
    t = floor.picture(now).totals
    assert (t.issued, t.served, t.no_show) == (5, 2, 1)
    line_b = next(v for v in floor.picture(now).lines if v.line.prefix == "B")
    assert line_b.waiting == 1


async def test_only_supervisors_and_administrators_watch_the_floor(db, hall):
    actors = await load_actors(db, hall.hall_id)
    with pytest.raises(PermissionDenied, match="查看大厅监控"):
        await FloorService(db).snapshot(actors["clerk1"])
    assert (await FloorService(db).snapshot(actors["admin"])).today == MONDAY


async def sync(service: FloorService, boss, clock) -> dict[tuple[str, str], object]:
    """What a monitor does every few seconds: the conditions now, recorded."""
    snap = await service.snapshot(boss)
    picture = snap.floor.picture(clock.now())
    conditions = alert_conditions(snap.floor, picture, open_now=True)
    await service.sync_alerts(boss, conditions)
    return conditions


async def alert_rows(db: Database, hall_id: int) -> list[tuple[str, str, bool, bool]]:
    async with db.read() as session:
        rows = await session.execute(
            select(
                FloorAlert.kind,
                FloorAlert.subject,
                FloorAlert.acknowledged_at.is_not(None),
                FloorAlert.cleared_at.is_not(None),
            )
            .where(FloorAlert.hall_id == hall_id)
            .order_by(FloorAlert.id)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


async def test_a_waiting_alert_at_its_threshold_acknowledged_cleared_and_raised_again(
    db, clock, hall
):
    actors = await load_actors(db, hall.hall_id)
    boss, guide = actors["zhuren"], actors["daoban"]
    q, service = QueueService(db), FloorService(db)
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    async with db.write() as s:
        await s.execute(
            update(BusinessLine)
            .where(BusinessLine.id == lines["A"])
            .values(alert_waiting_count=3, alert_wait_minutes=0)
        )
        await s.execute(update(Hall).where(Hall.id == hall.hall_id).values(alert_wait_minutes=0))
    subject = f"line:{lines['A']}"
    for _ in range(2):
        await q.issue_ticket(guide, lines["A"])
    await sync(service, boss, clock)
    assert await alert_rows(db, hall.hall_id) == []  # 2 of 3: not yet
    await q.issue_ticket(guide, lines["A"])
    conditions = await sync(service, boss, clock)
    assert conditions[("line_waiting", subject)].detail == "A 综合受理 等候 3 人（提醒值 3 人）"
    assert await alert_rows(db, hall.hall_id) == [("line_waiting", subject, False, False)]
    assert await event_kinds(db, hall.hall_id, "floor_alert%") == [
        EventKind.FLOOR_ALERT_RAISED.value
    ]
    await sync(service, boss, clock)  # still holding: not raised again
    (alert,) = await service.open_alerts(hall.hall_id)
    assert alert.kind is AlertKind.LINE_WAITING and alert.line_id == lines["A"]
    # Acknowledged: who, when, what was done; refused twice and without a word.
    with pytest.raises(ValidationError, match="处理情况"):
        await service.acknowledge(boss, alert.id, "  ")
    handled = await service.acknowledge(boss, alert.id, "已安排3号窗口协办")
    assert handled.acknowledged_by == boss.name and handled.action == "已安排3号窗口协办"
    with pytest.raises(Refused, match="该提醒已由"):
        await service.acknowledge(actors["admin"], alert.id, "再处理")
    with pytest.raises(NotFound):
        await service.acknowledge(boss, alert.id + 1000, "无此提醒")
    await sync(service, boss, clock)  # acknowledged and holding: silent, still open
    assert await alert_rows(db, hall.hall_id) == [("line_waiting", subject, True, False)]
    # The condition clears (a number called) …
    await q.call_next(actors["clerk1"], windows[1])
    await sync(service, boss, clock)
    assert await alert_rows(db, hall.hall_id) == [("line_waiting", subject, True, True)]
    # … and returns: a new alert.
    await q.issue_ticket(guide, lines["A"])
    await sync(service, boss, clock)
    assert await alert_rows(db, hall.hall_id) == [
        ("line_waiting", subject, True, True),
        ("line_waiting", subject, False, False),
    ]
    assert await event_kinds(db, hall.hall_id, "floor_alert%") == [
        EventKind.FLOOR_ALERT_RAISED.value,
        EventKind.FLOOR_ALERT_ACKNOWLEDGED.value,
        EventKind.FLOOR_ALERT_CLEARED.value,
        EventKind.FLOOR_ALERT_RAISED.value,
    ]


async def test_time_alerts_at_their_minute_and_not_before(db, clock, hall):
    actors = await load_actors(db, hall.hall_id)
    boss, guide = actors["zhuren"], actors["daoban"]
    q, service = QueueService(db), FloorService(db)
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    async with db.write() as s:
        await s.execute(
            update(Hall)
            .where(Hall.id == hall.hall_id)
            .values(
                alert_waiting_count=0,
                alert_wait_minutes=30,
                alert_service_minutes=20,
                alert_pause_minutes=15,
                alert_no_show_count=2,
                alert_no_show_minutes=10,
            )
        )
    start = datetime.combine(MONDAY, time(9), ZONE)
    clock.set(start)
    await q.issue_ticket(guide, lines["A"])  # waits from 9:00 (and a few ms)

    def kinds(conditions) -> set[str]:
        return {kind for kind, _subject in conditions}

    def at(minutes: int, seconds: int = 0) -> None:
        clock.set(start + timedelta(minutes=minutes, seconds=seconds))

    at(29, 59)
    assert "line_wait" not in kinds(await sync(service, boss, clock))
    at(30, 1)
    conditions = await sync(service, boss, clock)
    assert conditions[("line_wait", f"line:{lines['A']}")].detail.startswith(
        "A 综合受理 最长已等候 30 分钟"
    )
    # A service started at 9:30 runs long at 9:50; a pause from 9:30 at 9:45.
    c2 = actors["clerk2"]
    at(30)
    called = await q.call_next(c2, windows[2])
    await q.start(c2, called.id)
    await q.pause_window(actors["clerk3"], windows[3], "临时离岗")
    at(44, 59)
    found = kinds(await sync(service, boss, clock))
    assert "pause_long" not in found and "service_long" not in found
    at(45, 1)
    found = kinds(await sync(service, boss, clock))
    assert "pause_long" in found and "service_long" not in found
    at(50, 1)
    conditions = await sync(service, boss, clock)
    assert conditions[("service_long", f"ticket:{called.id}")].window_id == windows[2]
    # 过号 twice at window 4 within 10 minutes: a burst; the first alone is not.
    c4 = actors["clerk4"]
    for n in range(2):
        await q.issue_ticket(guide, lines["A"])
        gone = await q.call_next(c4, windows[4])
        await q.no_show(c4, gone.id)
        found = kinds(await sync(service, boss, clock))
        assert ("no_show_burst" in found) is (n == 1)
    # Ten minutes on, the burst is over: cleared.
    at(61)
    assert "no_show_burst" not in kinds(await sync(service, boss, clock))
    rows = await alert_rows(db, hall.hall_id)
    assert ("no_show_burst", f"window:{windows[4]}", False, True) in rows


async def test_bad_ratings_due_work_and_unstaffed_lines(db, clock, hall):
    actors = await load_actors(db, hall.hall_id)
    boss, guide, clerk = actors["zhuren"], actors["daoban"], actors["clerk1"]
    q, service = QueueService(db), FloorService(db)
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    ticket = (await q.issue_ticket(guide, lines["A"])).ticket
    called = await q.call_next(clerk, windows[1])
    assert called.id == ticket.id
    await q.start(clerk, called.id)
    await q.finish(clerk, called.id, outcome=Outcome.COMPLETED)
    await RatingService(db).rate(hall.hall_id, windows[1], called.id, 1, reason="态度")
    conditions = await sync(service, boss, clock)
    (bad,) = [c for c in conditions.values() if c.kind is AlertKind.BAD_RATING]
    assert bad.window_id == windows[1] and f"1号窗口 {ticket.number} 号收到差评" in bad.detail
    # A 办件 due today and open.
    async with db.write() as s:
        s.add(
            Application(
                hall_id=hall.hall_id, ticket_id=called.id, service_day=MONDAY,
                opened_at=clock.now(), promised_days=1, due_date=MONDAY,
            )
        )  # fmt: skip
    conditions = await sync(service, boss, clock)
    assert conditions[("due_today", "due:applications")].detail == "今日到期未办结的办件 1 件"
    # Line X's windows all closed while someone waits: only within opening hours.
    snap = await service.snapshot(boss)
    serving_x = [w for w in snap.floor.windows.values() if lines["X"] in w.line_ids]
    for w in serving_x:
        if w.clerk_id is not None:
            await q.sign_out(next(a for a in actors.values() if a.staff_id == w.clerk_id), w.id)
    await q.issue_ticket(guide, lines["X"])
    snap = await service.snapshot(boss)
    picture = snap.floor.picture(clock.now())
    assert ("unstaffed", f"line:{lines['X']}") in alert_conditions(
        snap.floor, picture, open_now=True
    )
    assert ("unstaffed", f"line:{lines['X']}") not in alert_conditions(
        snap.floor, picture, open_now=False
    )


async def test_two_monitors_raise_one_alert_once(db, db_url, clock, hall):
    actors = await load_actors(db, hall.hall_id)
    boss = actors["zhuren"]
    lines = await line_ids(db, hall.hall_id)
    async with db.write() as s:
        await s.execute(
            update(BusinessLine).where(BusinessLine.id == lines["A"]).values(alert_waiting_count=1)
        )
    await QueueService(db).issue_ticket(actors["daoban"], lines["A"])
    other = Database(db_url, clock=clock)
    try:
        services = [FloorService(db), FloorService(other)]
        snaps = [await s.snapshot(boss) for s in services]
        conditions = [
            alert_conditions(sn.floor, sn.floor.picture(clock.now()), open_now=True) for sn in snaps
        ]
        results = await asyncio.gather(
            *(s.sync_alerts(boss, c) for s, c in zip(services, conditions, strict=True))
        )
    finally:
        await other.dispose()
    assert all(len(open_) == 1 for open_ in results)
    async with db.read() as session:
        raised = await session.scalar(
            select(func.count()).where(
                FloorAlert.hall_id == hall.hall_id, FloorAlert.kind == "line_waiting"
            )
        )
    assert raised == 1
    assert await event_kinds(db, hall.hall_id, "floor_alert_raised") == [
        EventKind.FLOOR_ALERT_RAISED.value
    ]

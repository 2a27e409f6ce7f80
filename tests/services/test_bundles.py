"""一件事一次办: one number carried through a bundle's steps, on both databases."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from sqlalchemy import func, select, update

from hall_desktop.domain.bundles import RunStatus, StepPlan
from hall_desktop.domain.errors import PermissionDenied, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.tickets import Outcome, Priority, TicketStatus
from hall_desktop.services.bundle_admin import BundleAdminService
from hall_desktop.services.queue import QueueService
from hall_desktop.store.models import BundleRun, BusinessLine, ServiceWindow, Ticket
from tests.dates import HALL_ZONE
from tests.helpers import item_ids, line_ids, window_ids


async def _demo_bundle(db, actor) -> int:
    """The demo hall's 开办餐饮店: 企业开办 (Q) → 税务 (T) → 社保医保 (S)."""
    (bundle,) = await BundleAdminService(db).bundles(actor)
    assert bundle.name == "开办餐饮店" and bundle.route == "企业开办 → 税务 → 社保医保"
    return bundle.id


async def _serve(q, clerk, window_id, *, outcome=Outcome.COMPLETED):
    called = await q.call_next(clerk, window_id)
    assert called is not None
    await q.start(clerk, called.id)
    await q.finish(clerk, called.id, outcome=outcome)
    return called


def _trail(events, ticket_ids):
    """The bundle's events as (kind, window, step, to_step) in log order."""
    return [
        (
            e.kind,
            e.payload.get("window_number"),
            e.payload.get("bundle_step"),
            e.payload.get("to_step"),
        )
        for e in events
        if e.ticket_id in ticket_ids
    ]


async def test_three_windows_carry_one_number_through_three_steps(db, hall, actors, clock):
    # Mid-morning, so the 35 minutes below stay within the service day.
    clock.set_local(clock.now().astimezone(HALL_ZONE).date(), time(10, 0), HALL_ZONE)
    q, admin = QueueService(db), BundleAdminService(db)
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    bundle_id = await _demo_bundle(db, actors["admin"])
    before = await q.latest_event_id(hall.hall_id)
    ordinary_t = (await q.issue_ticket(actors["daoban"], lines["T"])).ticket  # waits first
    issued = await q.issue_bundle(actors["daoban"], bundle_id)
    ticket = issued.ticket
    assert issued.bundle_name == "开办餐饮店"
    assert (await q.slip(hall.hall_id, ticket.id)).bundle_name == "开办餐饮店"  # reprint
    assert ticket.line_id == lines["Q"] and ticket.number.startswith("Q")
    assert (ticket.bundle_step, ticket.bundle_steps, ticket.step_text) == (1, 3, "第1步/共3步")

    first = await _serve(q, actors["clerk7"], windows[7])  # 企业开办专区 serves Q, A: not T
    assert first.id == ticket.id and first.step_text == "第1步/共3步"
    clock.advance(timedelta(minutes=20))
    second = await _serve(q, actors["clerk10"], windows[10])  # ahead of the earlier T ticket
    assert (second.number, second.line_id, second.step_text) == (
        ticket.number,
        lines["T"],
        "第2步/共3步",
    )
    assert second.priority is Priority.TRANSFERRED
    clock.advance(timedelta(minutes=15))
    third = await _serve(q, actors["clerk8"], windows[8])
    assert (third.number, third.line_id, third.step_text) == (
        ticket.number,
        lines["S"],
        "第3步/共3步",
    )
    assert (await q.ticket(hall.hall_id, ordinary_t.id)).status is TicketStatus.WAITING

    events = await q.events_after(hall.hall_id, before)
    ids = {ticket.id, second.id, third.id}
    assert _trail(events, ids) == [
        (EventKind.TICKET_ISSUED, None, 1, None),
        (EventKind.TICKET_CALLED, 7, 1, None),
        (EventKind.TICKET_STARTED, 7, 1, None),
        (EventKind.TICKET_FINISHED, 7, 1, None),
        (EventKind.BUNDLE_STEP_SENT, 7, None, 2),
        (EventKind.TICKET_CALLED, 10, 2, None),
        (EventKind.TICKET_STARTED, 10, 2, None),
        (EventKind.TICKET_FINISHED, 10, 2, None),
        (EventKind.BUNDLE_STEP_SENT, 10, None, 3),
        (EventKind.TICKET_CALLED, 8, 3, None),
        (EventKind.TICKET_STARTED, 8, 3, None),
        (EventKind.TICKET_FINISHED, 8, 3, None),
        (EventKind.BUNDLE_RUN_ENDED, 8, 3, None),
    ]
    assert {e.payload["number"] for e in events if e.ticket_id in ids} == {ticket.number}
    (ended,) = [e for e in events if e.kind == EventKind.BUNDLE_RUN_ENDED]
    assert ended.payload["run_status"] == "done"
    # The call the display shows says the step; an ordinary call says nothing of one.
    calls = [e for e in events if e.kind == EventKind.TICKET_CALLED]
    assert [c.payload.get("bundle_steps") for c in calls] == [3, 3, 3]

    runs = await admin.runs(actors["zhuren"], clock.now() - timedelta(hours=2), clock.now())
    (run,) = runs
    assert (run.bundle_name, run.number, run.steps, run.status) == (
        "开办餐饮店",
        ticket.number,
        3,
        RunStatus.DONE,
    )
    assert run.seconds is not None and 35 * 60 <= run.seconds < 36 * 60
    # No other run falls into a period that ends before it began.
    assert (
        await admin.runs(actors["zhuren"], run.started_at - timedelta(hours=1), run.started_at)
        == []
    )


async def test_a_comprehensive_window_takes_the_citizen_through_every_step(db, hall, actors):
    """Windows 1 and 2 serve 综合受理, 企业开办 and 社保医保: the window that finished a step
    keeps the citizen for the next one; the other window does not take them."""
    q, admin = QueueService(db), BundleAdminService(db)
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    bundle = await admin.save(
        actors["admin"],
        None,
        name="新办企业员工参保",
        steps=[StepPlan(lines["A"]), StepPlan(lines["Q"]), StepPlan(lines["S"])],
    )
    before = await q.latest_event_id(hall.hall_id)
    ticket = (await q.issue_bundle(actors["daoban"], bundle.id)).ticket
    one, two = (actors["clerk1"], windows[1]), (actors["clerk2"], windows[2])
    served = [await _serve(q, *one)]
    for step in (2, 3):
        waiting = (await q.tickets_of_day(hall.hall_id))[0]
        assert (waiting.status, waiting.bundle_step) == (TicketStatus.WAITING, step)
        assert await q.call_next(*two) is None  # kept for window 1
        served.append(await _serve(q, *one))
    assert [t.number for t in served] == [ticket.number] * 3
    assert [t.line_id for t in served] == [lines["A"], lines["Q"], lines["S"]]
    events = await q.events_after(hall.hall_id, before)
    trail = _trail(events, {t.id for t in served})
    assert [k for k, *_ in trail].count(EventKind.TICKET_CALLED) == 3
    assert {w for _, w, *_ in trail} == {None, 1}
    sent = [e for e in events if e.kind == EventKind.BUNDLE_STEP_SENT]
    assert [e.payload["to_window_id"] for e in sent] == [windows[1], windows[1]]
    assert trail[-1][0] == EventKind.BUNDLE_RUN_ENDED


async def test_a_step_not_done_stops_the_run(db, hall, actors, clock):
    q, admin = QueueService(db), BundleAdminService(db)
    windows = await window_ids(db, hall.hall_id)
    bundle_id = await _demo_bundle(db, actors["admin"])
    ticket = (await q.issue_bundle(actors["daoban"], bundle_id)).ticket
    await _serve(q, actors["clerk7"], windows[7], outcome=Outcome.SUPPLEMENT)
    async with db.read() as session:
        carried = await session.scalar(
            select(func.count()).select_from(Ticket).where(Ticket.transferred_from_id == ticket.id)
        )
    assert carried == 0
    (run,) = await admin.runs(actors["zhuren"], clock.now() - timedelta(hours=1), clock.now())
    assert run.status is RunStatus.STOPPED and run.seconds is None and run.ended_at is not None


async def _tickets(db, hall_id) -> tuple[int, int]:
    async with db.read() as session:
        tickets = await session.scalar(
            select(func.count()).select_from(Ticket).where(Ticket.hall_id == hall_id)
        )
        runs = await session.scalar(
            select(func.count()).select_from(BundleRun).where(BundleRun.hall_id == hall_id)
        )
    return int(tickets or 0), int(runs or 0)


async def test_refusals_leave_nothing_issued(db, hall, actors):
    q, admin = QueueService(db), BundleAdminService(db)
    lines = await line_ids(db, hall.hall_id)
    bundle_id = await _demo_bundle(db, actors["admin"])
    nothing = await _tickets(db, hall.hall_id)

    await admin.set_active(actors["zhuren"], bundle_id, False)
    with pytest.raises(Refused) as stopped:
        await q.issue_bundle(actors["daoban"], bundle_id)
    assert stopped.value.code == "bundle_inactive" and "已停用" in stopped.value.message
    assert [b.id for b in await admin.bundles(actors["daoban"], include_inactive=False)] == []
    await admin.set_active(actors["zhuren"], bundle_id, True)

    async with db.write() as session:  # 税务 (step 2) stops issuing
        await session.execute(
            update(BusinessLine).where(BusinessLine.id == lines["T"]).values(active=False)
        )
    with pytest.raises(Refused) as inactive:
        await q.issue_bundle(actors["daoban"], bundle_id)
    assert inactive.value.code == "bundle_line_inactive"
    assert "第2步" in inactive.value.message and "税务" in inactive.value.message
    async with db.write() as session:
        await session.execute(
            update(BusinessLine).where(BusinessLine.id == lines["T"]).values(active=True)
        )

    # 工程建设项目审批 (G) is served by window 4 only: stop that window.
    async with db.write() as session:
        await session.execute(
            update(ServiceWindow)
            .where(ServiceWindow.hall_id == hall.hall_id, ServiceWindow.number == 4)
            .values(active=False)
        )
    g = await admin.save(
        actors["admin"],
        None,
        name="工程项目开工",
        steps=[StepPlan(lines["Q"]), StepPlan(lines["G"])],
    )
    with pytest.raises(Refused) as no_window:
        await q.issue_bundle(actors["daoban"], g.id)
    assert no_window.value.code == "bundle_no_window" and "没有窗口" in no_window.value.message
    assert await _tickets(db, hall.hall_id) == nothing


async def test_the_administrator_is_told_what_is_wrong(db, hall, actors):
    admin = BundleAdminService(db)
    lines = await line_ids(db, hall.hall_id)
    boss = actors["admin"]
    cases = [
        ("", [StepPlan(lines["A"]), StepPlan(lines["Q"])], "名称"),
        ("只有一步", [StepPlan(lines["A"])], "至少要有两个步骤"),
        ("重复业务", [StepPlan(lines["A"]), StepPlan(lines["A"])], "只能办理一次"),
        ("开办餐饮店", [StepPlan(lines["A"]), StepPlan(lines["Q"])], "已有名为"),
        ("别的大厅的事项", [StepPlan(lines["A"], (10**9,)), StepPlan(lines["Q"])], "事项目录"),
    ]
    before = await admin.bundles(boss)
    for name, steps, words in cases:
        with pytest.raises(ValidationError) as refused:
            await admin.save(boss, None, name=name, steps=steps)
        assert words in refused.value.message, (name, refused.value.message)
    assert await admin.bundles(boss) == before
    with pytest.raises(PermissionDenied):
        await admin.save(actors["daoban"], None, name="导办不能改", steps=[])
    one, two = (await item_ids(db, hall.hall_id))[:2]

    edited = await admin.save(
        boss,
        before[0].id,
        name="开办餐饮店",
        steps=[StepPlan(lines["Q"], (two, one, two)), StepPlan(lines["T"])],
        sort_order=2,
    )
    assert edited.route == "企业开办 → 税务" and edited.steps[0].item_ids == (one, two)


async def test_the_days_close_stops_a_run_left_open(db, hall, actors, clock):
    q, admin = QueueService(db), BundleAdminService(db)
    bundle_id = await _demo_bundle(db, actors["admin"])
    await q.issue_bundle(actors["daoban"], bundle_id)  # the citizen never came back
    (run,) = await admin.runs(actors["zhuren"], clock.now() - timedelta(hours=1), clock.now())
    assert run.status is RunStatus.OPEN and run.ended_at is None
    await q.close_day(actors["zhuren"])
    (run,) = await admin.runs(actors["zhuren"], clock.now() - timedelta(hours=1), clock.now())
    assert run.status is RunStatus.STOPPED and run.seconds is None

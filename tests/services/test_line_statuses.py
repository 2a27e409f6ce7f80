"""Every screen reads the lines' statuses after each event: a few statements for all the
lines, giving what the per-line reads give (waiting, issued, open windows, the recent
service times and so the estimate), line by line."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import func, select

from hall_desktop.domain.tickets import Outcome, Priority, TicketStatus
from hall_desktop.services.dispatch import DispatchService
from hall_desktop.services.queue import QueueService, QueueSettings
from hall_desktop.services.queue.estimating import probe_for
from hall_desktop.services.queue.issuing import overdue_at
from hall_desktop.store.models import BusinessLine, Hall, Ticket
from tests.conftest import load_actors, new_hall
from tests.helpers import line_ids, window_ids


async def test_the_lines_statuses_equal_each_lines_own_reads(db):
    hall = await new_hall(db)
    actors = await load_actors(db, hall.hall_id)
    lines, windows = await line_ids(db, hall.hall_id), await window_ids(db, hall.hall_id)
    q = QueueService(db, QueueSettings(recent_service_sample=3))  # fewer than some served
    rng = random.Random(5)
    clerks = [(actors[f"clerk{n}"], windows[n]) for n in (1, 2, 3)]
    for clerk, window in clerks:
        await q.sign_in(clerk, window)
    for _ in range(24):
        await q.issue_ticket(actors["daoban"], lines[rng.choice("AASB")])
    for _ in range(8):  # served at the windows, some lines more than the sample
        clerk, window = rng.choice(clerks)
        called = await q.call_next(clerk, window)
        if called is None:
            continue
        await q.start(clerk, called.id)
        await q.finish(clerk, called.id, outcome=Outcome.COMPLETED)
    await q.pause_window(actors["clerk3"], windows[3], "会议")  # not an open window now
    await DispatchService(db).help_today(actors["zhuren"], windows[2], lines["T"])

    async with db.read() as session:  # a line with more served than the sample
        served = await session.execute(
            select(Ticket.line_id, func.count())
            .where(Ticket.hall_id == hall.hall_id, Ticket.status == TicketStatus.DONE.value)
            .group_by(Ticket.line_id)
        )
        assert max(n for _, n in served) > 3
    statuses = await q.line_statuses(hall.hall_id)
    assert {s.prefix for s in statuses} >= {"A", "B", "S", "T"}
    ctx = q._ctx
    async with db.read() as session:
        day = await ctx.today(session, hall.hall_id, await db.now(session))
        for status in statuses:
            line = await ctx.line(session, hall.hall_id, status.line_id)
            assert (status.average_service_seconds, status.open_windows) == await ctx.pace(
                session, line, day
            )
    by = {s.prefix: s for s in statuses}
    assert sum(s.waiting for s in statuses) == 24 - 8
    assert sum(s.issued_today for s in statuses) == 24
    assert by["T"].open_windows >= 1  # window 2 helps T today
    # Each line's estimate is a probe of a new ordinary number (with the line's waiting
    # bound) played beside every other line's; probes take no window time, so each
    # equals the estimate of that line alone.
    async with db.read() as session:
        now = await db.now(session)
        zone = await ctx.zone(session, hall.hall_id)
        hours = (await ctx.schedule(hall.hall_id)).hours_on(day)
        queue = await ctx.estimator.queue_now(session, hall.hall_id, day, now, zone, hours)
        bounds = dict(
            (
                await session.execute(
                    select(
                        BusinessLine.id,
                        func.coalesce(BusinessLine.max_wait_minutes, Hall.max_wait_minutes),
                    ).join(Hall, Hall.id == BusinessLine.hall_id)
                )
            ).all()
        )
    probes = [
        probe_for(
            s.line_id, Priority.NORMAL, now, overdue_at(Priority.NORMAL, now, bounds[s.line_id]), k
        )
        for k, s in enumerate(statuses)
    ]
    together = queue.estimate(probes)
    for s, probe in zip(statuses, probes, strict=True):
        alone = queue.estimate([probe])[probe.ticket_id]
        assert together[probe.ticket_id] == alone
        # line_statuses read the same queue a moment earlier
        assert s.wait.known and alone[1].seconds is not None
        assert abs(s.wait.seconds - alone[1].seconds) <= 5


@pytest.mark.logs_errors("wait estimate failed.*ZeroDivisionError")
async def test_a_failing_estimate_never_stops_a_number_or_a_screen(db, monkeypatch):
    """A fault in the estimate's play of the queue is logged; the number is issued with
    no estimate (暂无法预计) and its people ahead, and the screens' line statuses still
    come, without one."""
    from hall_desktop.domain.estimates import UNKNOWN
    from hall_desktop.services.queue import estimating

    hall = await new_hall(db)
    actors = await load_actors(db, hall.hall_id)
    lines = await line_ids(db, hall.hall_id)
    q = QueueService(db)
    await q.issue_ticket(actors["daoban"], lines["A"])

    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(estimating, "simulate", broken)
    issued = await q.issue_ticket(actors["daoban"], lines["A"])
    assert issued.wait == UNKNOWN and issued.ahead == 1
    async with db.read() as session:
        row = await session.get(Ticket, issued.ticket.id)
        assert row is not None and row.estimate_s is None
    statuses = {s.prefix: s for s in await q.line_statuses(hall.hall_id)}
    assert statuses["A"].waiting == 2 and statuses["A"].wait == UNKNOWN

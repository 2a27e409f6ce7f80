"""预计等候 issued from several desks at once (OS processes, both databases): the call
order (by issue time) follows the numbers, every slip's "前面还有 N 人" counts exactly
the numbers called before it, and every ticket records the estimate it was given.

The desks keep the hall's own time, as in a hall: the PC's clock on SQLite, the
server's on PostgreSQL (a test clock per process would start each at its own moment).
"""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from hall_desktop.store.models import Ticket
from tests.helpers import read_line, start_python

_DESK = """
import asyncio, sys
from sqlalchemy import select
from hall_desktop.services.actor import Actor, parse_roles
from hall_desktop.services.queue import QueueService
from hall_desktop.store.database import Database
from hall_desktop.store.models import Staff

url, staff_id, line_id, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])

async def main():
    db = Database(url)
    async with db.read() as s:
        st = (await s.scalars(select(Staff).where(Staff.id == staff_id))).one()
        actor = Actor(st.id, st.hall_id, st.login, st.name, st.staff_number, parse_roles(st.roles))
    q = QueueService(db)
    await q.line_statuses(actor.hall_id)  # connected before the start
    print("ready", flush=True)
    sys.stdin.readline()
    for _ in range(count):
        issued = await q.issue_ticket(actor, line_id)
        print(issued.ticket.id, issued.ahead, issued.wait.seconds, flush=True)
    await db.dispose()

asyncio.run(main())
"""


async def test_desks_issuing_at_once_count_the_people_ahead_exactly(ctx, db):
    url = db.url.render_as_string(hide_password=False)
    guides = [ctx.a["daoban"], ctx.a["daoban2"], ctx.a["daoban"]]
    per_desk = 8
    desks = [start_python(_DESK, url, guide.staff_id, ctx.lines["A"], per_desk) for guide in guides]
    reported: dict[int, tuple[int, int | None]] = {}
    try:
        assert [await read_line(p) for p in desks] == ["ready"] * len(desks)
        for p in desks:  # all at once
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        for p in desks:
            for _ in range(per_desk):
                ticket_id, ahead, seconds = (await read_line(p)).split()
                reported[int(ticket_id)] = (int(ahead), None if seconds == "None" else int(seconds))
    finally:
        for p in desks:
            if p.stdin is not None:
                p.stdin.close()
        for p in desks:
            assert await asyncio.to_thread(p.wait, 60) == 0
    async with db.read() as s:
        rows = (
            await s.execute(
                select(Ticket.id, Ticket.seq, Ticket.estimate_s)
                .where(Ticket.id.in_(reported))
                .order_by(Ticket.issued_at, Ticket.id)
            )
        ).all()
    assert len(rows) == len(guides) * per_desk
    assert [seq for _, seq, _ in rows] == sorted(seq for _, seq, _ in rows)  # by number
    for position, (ticket_id, _seq, recorded) in enumerate(rows):
        ahead, seconds = reported[ticket_id]
        assert ahead == position, (ticket_id, ahead, position)
        assert recorded == seconds and recorded is not None  # the slip's is the record's

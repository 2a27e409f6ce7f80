"""Random sequences of hall actions never break the books.

Hypothesis drives the real services against the real database. After every action the
database's ticket states must equal a model kept from the services' answers; a refused
action must leave the database exactly as it was; every move must be a legal one; and
issued = waiting + called + serving + held + done + no_show + cancelled + transferred +
expired, before and after the day is closed.
"""

from __future__ import annotations

import asyncio

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from hall_desktop.domain.errors import HallError
from hall_desktop.domain.tickets import LEGAL_MOVES, Outcome, Priority, TicketStatus
from hall_desktop.services.queue import QueueService
from hall_desktop.store.models import Ticket
from tests.conftest import load_actors, new_hall
from tests.helpers import item_ids, line_ids, snapshot, status_counts, window_ids

ACTIONS = (
    "issue",
    "issue_green",
    "call_next",
    "recall",
    "no_show",
    "start",
    "finish",
    "hold",
    "call_back",
    "transfer",
    "cancel",
    "reactivate",
    "pause",
    "resume",
)
WINDOWS = (1, 2, 5, 11)  # lines AQS, AQS, BA, X
LINES = ("A", "B", "X")
STATUS = [c.key for c in Ticket.__table__.columns].index("status")

# Issuing and calling come up more often, so that most moves find a ticket to act on.
steps = st.lists(
    st.tuples(
        st.sampled_from((*ACTIONS, "issue", "call_next", "call_next", "start", "start", "finish")),
        st.integers(0, 1000),
        st.integers(0, 3),
    ),
    min_size=10,
    max_size=40,
)


async def run_scenario(db, actions) -> None:
    hall = await new_hall(db)
    who = (await load_actors(db, hall.hall_id))["zhuren"]  # may issue and call
    q = QueueService(db)
    lines = await line_ids(db, hall.hall_id)
    windows = await window_ids(db, hall.hall_id)
    items = await item_ids(db, hall.hall_id)
    model: dict[int, TicketStatus] = {}
    created = 0

    def pick(n: int) -> int:
        # Mostly one of the newest tickets, where the action is; an unknown id if none.
        ids = sorted(model, reverse=True)
        return ids[n % len(ids)] if ids else 10**9

    for action, a, b in actions:
        window = windows[WINDOWS[a % len(WINDOWS)]]
        ticket_id = pick(b)
        before = await snapshot(db, hall.hall_id)
        old = model.get(ticket_id)
        try:
            if action == "issue":
                result = (await q.issue_ticket(who, lines[LINES[a % 3]])).ticket
            elif action == "issue_green":
                result = (
                    await q.issue_ticket(
                        who, lines[LINES[a % 3]], priority=Priority.GREEN, priority_reason="其他"
                    )
                ).ticket
            elif action == "call_next":
                result = await q.call_next(who, window)
            elif action == "recall":
                result = await q.recall(who, ticket_id)
            elif action == "no_show":
                result = await q.no_show(who, ticket_id)
            elif action == "start":
                result = await q.start(who, ticket_id)
            elif action == "finish":
                result = await q.finish(
                    who, ticket_id, outcome=Outcome.COMPLETED, item_ids=items[: a % 3]
                )
            elif action == "hold":
                result = await q.hold(who, ticket_id, reason="补材料", due_in_minutes=a % 2)
            elif action == "call_back":
                result = await q.call_back(who, ticket_id, window)
            elif action == "transfer":
                result = await q.transfer(who, ticket_id, to_line_id=lines[LINES[a % 3]])
            elif action == "cancel":
                result = await q.cancel(who, ticket_id)
            elif action == "reactivate":
                result = await q.reactivate(who, ticket_id)
            elif action == "pause":
                await q.pause_window(who, window, "休息")
                result = None
            else:
                await q.resume_window(who, window)
                result = None
        except HallError as refused:
            assert refused.message  # a message for the user, never empty
            assert await snapshot(db, hall.hall_id) == before, f"{action} half-done"
            continue
        event(f"{action} done")
        if action in ("issue", "issue_green"):
            assert result.status is TicketStatus.WAITING
            model[result.id] = result.status
            created += 1
        elif action == "transfer":
            assert (old, TicketStatus.TRANSFERRED) in LEGAL_MOVES
            model[ticket_id] = TicketStatus.TRANSFERRED
            model[result.id] = result.status
            created += 1
        elif result is not None:
            previous = model[result.id]
            assert (previous, result.status) in LEGAL_MOVES, (action, previous, result.status)
            model[result.id] = result.status
        rows, _ = await snapshot(db, hall.hall_id)
        assert {row[0]: TicketStatus(row[STATUS]) for row in rows} == model
    counts = await status_counts(db, hall.hall_id)
    assert sum(counts.values()) == created == len(model)
    open_before = sum(
        1
        for s in model.values()
        if s in {TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.HELD}
    )
    assert await q.close_day(who) == open_before
    counts = await status_counts(db, hall.hall_id)
    assert sum(counts.values()) == created
    assert not set(counts) & {"waiting", "called", "serving", "held"}


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(actions=steps)
def test_random_actions_keep_the_books(db_url, actions):
    # Each example gets its own loop and engine (Hypothesis calls this synchronously).
    from hall_desktop.store.database import Database

    async def example() -> None:
        db = Database(db_url)
        try:
            await run_scenario(db, actions)
        finally:
            await db.dispose()

    asyncio.run(example())

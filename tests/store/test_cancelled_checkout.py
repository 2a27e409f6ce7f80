"""A screen closing cancels its reads and writes at any instant, also while a connection
is being checked out. The task must then end with the cancellation (a loop that retries
after errors, like the live feed, would otherwise outlive its stop()), and the
connection must go back to the pool (not be left to the garbage collector, which drops it
with an ERROR). Both backends."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager

import pytest
from sqlalchemy import text

from hall_desktop.domain.errors import DatabaseUnavailable
from hall_desktop.store.database import Database

STEPS = range(0, 16)  # turns of the loop before the cancel: up to the checkout and just past


async def _use(opening: Callable[[], AbstractAsyncContextManager]) -> None:
    async with opening() as session:
        await session.execute(text("SELECT 1"))


@pytest.mark.parametrize("kind", ["read", "write", "write_core"])
async def test_a_task_cancelled_at_any_instant_ends_cancelled_and_gives_its_connection_back(
    db_url, clock, kind
):
    db = Database(db_url, clock=clock)
    try:
        await _use(db.read)  # the pool is warm: later checkouts reuse a connection
        outcomes: dict[str, int] = {}
        for steps in STEPS:
            task = asyncio.ensure_future(_use(getattr(db, kind)))
            for _ in range(steps):
                await asyncio.sleep(0)
            task.cancel()
            try:
                await task
                outcome = "finished"
            except asyncio.CancelledError:
                outcome = "cancelled"
            except Exception as e:  # what a retrying loop would have taken for a failure
                outcome = f"{type(e).__name__}: {e}"
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            assert db.engine.pool.checkedout() == 0, f"cancelled after {steps} turns"
        gc.collect()  # an abandoned connection would be logged now (and fail the test)
        assert set(outcomes) <= {"finished", "cancelled"}, outcomes
        assert outcomes.get("cancelled", 0) > 0
    finally:
        await db.dispose()


@pytest.mark.parametrize("kind", ["read", "write", "write_core"])
async def test_a_checkout_that_fails_is_reported_as_unreachable_not_as_a_closing_error(clock, kind):
    """Nothing was checked out, so nothing is given back: the person reads why."""
    db = Database("postgresql+psycopg://postgres@127.0.0.1:1/nowhere", clock=clock)
    try:
        with pytest.raises(DatabaseUnavailable, match="无法连接数据库"):
            await _use(getattr(db, kind))
        assert db.engine.pool.checkedout() == 0
    finally:
        await db.dispose()

"""Which service items a window really handles: the finish form puts them first."""

from __future__ import annotations

from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.catalogue import CatalogueService, ItemUsage
from tests.helpers import item_ids


async def serve(ctx, clerk: str, window: int, prefix: str, items: list[int]) -> None:
    ticket = (await ctx.q.issue_ticket(ctx.a["daoban"], ctx.lines[prefix])).ticket
    called = await ctx.q.call_next(ctx.a[clerk], ctx.win[window])
    assert called is not None and called.id == ticket.id
    await ctx.q.start(ctx.a[clerk], ticket.id)
    await ctx.q.finish(ctx.a[clerk], ticket.id, outcome=Outcome.COMPLETED, item_ids=items)


async def test_usage_counts_by_clerk_window_and_line(ctx, db):
    first, second, third = (await item_ids(db, ctx.hall.hall_id))[:3]
    await serve(ctx, "clerk1", 1, "A", [first, second])
    await serve(ctx, "clerk1", 1, "A", [first])
    await serve(ctx, "clerk2", 2, "A", [third])
    usage = await CatalogueService(db).item_usage(
        ctx.hall.hall_id, clerk_id=ctx.a["clerk1"].staff_id, window_id=ctx.win[1]
    )
    line = ctx.lines["A"]
    assert usage[first] == ItemUsage(by_clerk=2, at_window=2, by_line={line: 2})
    assert usage[second] == ItemUsage(by_clerk=1, at_window=1, by_line={line: 1})
    # Handled on the line by another clerk at another window: the line counts it.
    assert usage[third] == ItemUsage(by_clerk=0, at_window=0, by_line={line: 1})
    assert set(usage) == {first, second, third}


async def test_no_history_no_usage(ctx, db):
    usage = await CatalogueService(db).item_usage(
        ctx.hall.hall_id, clerk_id=ctx.a["clerk1"].staff_id, window_id=ctx.win[1]
    )
    assert usage == {}


def test_added_counts_one_more_use():
    before = ItemUsage(by_clerk=1, at_window=0, by_line={7: 1})
    assert before.added(7) == ItemUsage(by_clerk=2, at_window=1, by_line={7: 2})
    assert before.added(8) == ItemUsage(by_clerk=2, at_window=1, by_line={7: 1, 8: 1})
    assert before == ItemUsage(by_clerk=1, at_window=0, by_line={7: 1})  # unchanged

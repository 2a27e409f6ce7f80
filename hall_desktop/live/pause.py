"""The pause between two tries of a loop that outlives failures (a feed, a screen's
start-up), which must not outlive its own cancellation."""

from __future__ import annotations

import asyncio


async def retry_pause(seconds: float) -> None:
    """Sleep ``seconds`` before the next try, unless this task is being cancelled.

    A cancellation can arrive as some other error: a library interrupted mid-operation
    may raise its own exception in place of the :class:`asyncio.CancelledError` (seen with
    an SQLAlchemy session cancelled while checking out its connection). A loop that
    catches errors and tries again would then run on after ``stop()`` had asked it to end,
    and ``stop()`` would wait for it for ever. The task still knows it was asked to stop.
    """
    if being_cancelled():
        raise asyncio.CancelledError
    await asyncio.sleep(seconds)


def being_cancelled() -> bool:
    """Whether the running task has been asked to stop (whatever error it then raised)."""
    task = asyncio.current_task()
    return task is not None and task.cancelling() > 0

"""Small look-ups the service tests share."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

from sqlalchemy import func, select

from hall_desktop.store.database import Database
from hall_desktop.store.models import BusinessLine, Event, ServiceItem, ServiceWindow, Ticket


async def line_ids(db: Database, hall_id: int) -> dict[str, int]:
    async with db.read() as session:
        rows = await session.execute(
            select(BusinessLine.prefix, BusinessLine.id).where(BusinessLine.hall_id == hall_id)
        )
        return {prefix: line_id for prefix, line_id in rows}


async def window_ids(db: Database, hall_id: int) -> dict[int, int]:
    async with db.read() as session:
        rows = await session.execute(
            select(ServiceWindow.number, ServiceWindow.id).where(ServiceWindow.hall_id == hall_id)
        )
        return {number: window_id for number, window_id in rows}


async def item_ids(db: Database, hall_id: int) -> list[int]:
    async with db.read() as session:
        return list(
            await session.scalars(
                select(ServiceItem.id)
                .where(ServiceItem.hall_id == hall_id)
                .order_by(ServiceItem.id)
            )
        )


async def status_counts(db: Database, hall_id: int) -> Counter[str]:
    async with db.read() as session:
        rows = await session.execute(
            select(Ticket.status, func.count())
            .where(Ticket.hall_id == hall_id)
            .group_by(Ticket.status)
        )
        return Counter({status: n for status, n in rows})


async def snapshot(db: Database, hall_id: int) -> tuple[list[tuple[object, ...]], int]:
    """Every ticket row of the hall and the number of events: to prove nothing changed."""
    async with db.read() as session:
        tickets = await session.execute(
            select(Ticket).where(Ticket.hall_id == hall_id).order_by(Ticket.id)
        )
        rows = [tuple(getattr(t, c.key) for c in Ticket.__table__.columns) for (t,) in tickets]
        events = await session.scalar(
            select(func.count()).select_from(Event).where(Event.hall_id == hall_id)
        )
        return rows, events or 0


ROOT = Path(__file__).resolve().parents[1]

# Holds SQLite's write lock (as any other program on the PC may) until told to stop.
_SQLITE_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def start_python(script: str, *args: object) -> subprocess.Popen[str]:
    """``script`` in another Python process that imports this tree's ``hall_desktop``;
    its standard input and output are pipes."""
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


async def read_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    return (await asyncio.to_thread(process.stdout.readline)).strip()


@contextlib.asynccontextmanager
async def sqlite_write_lock(path: str) -> AsyncIterator[subprocess.Popen[str]]:
    """Another process holds the SQLite file's write lock inside this block (its exit,
    or :func:`release`, ends that process's transaction)."""
    holder = start_python(_SQLITE_HOLDER, path)
    try:
        assert await read_line(holder) == "locked"
        yield holder
    finally:
        await release(holder)


async def release(holder: subprocess.Popen[str]) -> None:
    """Let a :func:`sqlite_write_lock` holder roll back and exit."""
    if holder.poll() is None:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        assert await asyncio.to_thread(holder.wait, 30) == 0

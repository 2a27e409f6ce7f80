"""Small look-ups the service tests share."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

from sqlalchemy import URL, create_engine, func, select, text

from hall_desktop.store.database import Database, sync_url
from hall_desktop.store.models import (
    BusinessLine,
    Event,
    ServiceItem,
    ServiceWindow,
    Ticket,
    WindowLine,
)


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


async def ranks_of(db: Database, window_id: int) -> list[tuple[str, int]]:
    """The prefixes of the lines the window serves, with their ranks, first first."""
    async with db.read() as session:
        rows = await session.execute(
            select(BusinessLine.prefix, WindowLine.rank)
            .join(BusinessLine, BusinessLine.id == WindowLine.line_id)
            .where(WindowLine.window_id == window_id)
            .order_by(WindowLine.rank)
        )
        return [(prefix, rank) for prefix, rank in rows]


async def event_kinds(db: Database, hall_id: int, like: str) -> list[str]:
    """The kinds of the hall's events that match ``like`` (SQL LIKE), oldest first."""
    async with db.read() as session:
        return list(
            await session.scalars(
                select(Event.kind)
                .where(Event.hall_id == hall_id, Event.kind.like(like))
                .order_by(Event.id)
            )
        )


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


@contextlib.contextmanager
def cut_off(db_url: URL, application_name: str) -> Iterator[None]:
    """A PostgreSQL outage for one PC: the database takes no new connections and drops
    those of ``application_name`` until the block ends."""
    admin = create_engine(sync_url(db_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = db_url.database
    try:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :db AND application_name = :app"
                ),
                {"db": name, "app": application_name},
            )
        yield
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        admin.dispose()

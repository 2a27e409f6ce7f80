"""The event log: written in the same transaction as the change it records."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import BigInteger, func, insert, literal, literal_column, select, true
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import aliased

from hall_desktop.domain.events import EventKind
from hall_desktop.store.feed_position import FeedPosition as FeedPosition
from hall_desktop.store.models import Event

_INSERT_EVENT = insert(Event).returning(Event.id)  # built once: every change writes one


async def record_event(
    session: AsyncSession | AsyncConnection,
    *,
    hall_id: int,
    at: datetime,
    kind: EventKind,
    actor_id: int | None = None,
    ticket_id: int | None = None,
    window_id: int | None = None,
    payload: dict[str, Any] | None = None,
) -> int:
    """Insert one event; on PostgreSQL a trigger NOTIFYs the live feed at commit.

    ``kind`` must be one of :class:`~hall_desktop.domain.events.EventKind` (checked here
    too, so that no kind the audit log and the screens do not know is ever written).
    """
    params = {
        "hall_id": hall_id,
        "at": at,
        "kind": EventKind(kind).value,
        "actor_id": actor_id,
        "ticket_id": ticket_id,
        "window_id": window_id,
        "payload": payload or {},
    }
    event_id: int = (await session.execute(_INSERT_EVENT, params)).scalar_one()
    return event_id


async def record_events(
    session: AsyncSession | AsyncConnection, events: Sequence[Mapping[str, Any]]
) -> None:
    """Insert several events in one statement (each a :func:`record_event`'s keywords,
    ``kind`` checked the same way): a write that records one event per row it adds
    makes one round trip, not one per row."""
    if events:
        await session.execute(
            insert(Event),
            [
                {
                    "actor_id": None,
                    "ticket_id": None,
                    "window_id": None,
                    **e,
                    "kind": EventKind(e["kind"]).value,
                    "payload": e.get("payload") or {},
                }
                for e in events
            ],
        )


async def events_after(
    session: AsyncSession, hall_id: int, after_id: int, limit: int = 500
) -> list[Event]:
    """Events by id (the audit trail, tests). The live feed reads with :func:`read_feed`."""
    rows = await session.scalars(
        select(Event)
        .where(Event.hall_id == hall_id, Event.id > after_id)
        .order_by(Event.id)
        .limit(limit)
    )
    return list(rows)


# -- the live feed's reads -----------------------------------------------------------------
#
# Event ids are not commit order on PostgreSQL: two transactions take ids 3 and 4, and 4
# commits first. A reader that asks for "id > last seen" after seeing 4 never sees 3.
#
# So each event records its writing transaction (``xid``), and a reader keeps a
# watermark: the ``xmin`` of the snapshot of an earlier read, below which every
# transaction had finished (committed or rolled back) when that read ran. Each read
# takes every visible event with ``xid >= watermark``, delivers those it has not
# delivered yet, and moves the watermark to its own snapshot's xmin, remembering which
# of the events it read have ``xid >= `` that new watermark (they will be read again).
#
# - Complete: an event of a transaction below the new watermark was visible to this
#   read (its transaction had finished); one at or above it has ``xid >=`` every later
#   watermark, so a later read finds it once it commits.
# - Exactly once: what was delivered and can be read again is in ``seen``.
# - In commit order, to the grain of a read: an event is delivered by the first read
#   after its commit; events that become visible between two reads come together, in
#   id order (the database keeps no commit order finer than that).
#
# The cost: events are read again while a transaction older than them is still running
# anywhere on the server (the snapshot's xmin waits for it); the program bounds its own
# transactions, so the re-read window is normally a few milliseconds of events.
# SQLite writes one transaction at a time (BEGIN IMMEDIATE under the file lock), so
# there ids are commit order and the position is the last id.

_XMIN = literal_column("pg_snapshot_xmin(pg_current_snapshot())::text::bigint", BigInteger)


async def feed_position(session: AsyncSession, hall_id: int) -> FeedPosition:
    """The position "now": what is committed is behind it, what commits later ahead."""
    if session.get_bind().dialect.name != "postgresql":
        last = await session.scalar(
            select(func.coalesce(func.max(Event.id), 0)).where(Event.hall_id == hall_id)
        )
        return FeedPosition(last_id=int(last or 0))
    # One statement, one snapshot: its xmin and the events it can see.
    recent = select(Event.id).where(Event.hall_id == hall_id, Event.xid >= _XMIN).subquery()
    rows = (
        await session.execute(
            select(_XMIN.label("xmin"), recent.c.id).outerjoin_from(
                select(literal(1).label("one")).subquery(), recent, true()
            )
        )
    ).all()
    last = await session.scalar(
        select(func.coalesce(func.max(Event.id), 0)).where(Event.hall_id == hall_id)
    )
    seen = frozenset(r.id for r in rows if r.id is not None)
    return FeedPosition(last_id=int(last or 0), watermark=int(rows[0].xmin), seen=seen)


async def read_feed(
    session: AsyncSession, hall_id: int, position: FeedPosition, page_size: int = 500
) -> tuple[list[Event], FeedPosition]:
    """Every event not yet delivered from ``position``, and the position after them."""
    if session.get_bind().dialect.name != "postgresql" or position.watermark is None:
        events: list[Event] = []
        last = position.last_id
        while True:
            page = await events_after(session, hall_id, last, page_size)
            events += page
            if page:
                last = page[-1].id
            if len(page) < page_size:
                return events, FeedPosition(last_id=last)
    return await _read_feed_pg(session, hall_id, position, page_size)


async def _read_feed_pg(
    session: AsyncSession, hall_id: int, position: FeedPosition, page_size: int
) -> tuple[list[Event], FeedPosition]:
    watermark = position.watermark
    assert watermark is not None
    page_after = -1
    xmin: int | None = None
    fresh: list[Event] = []
    keep: set[int] = set()  # ids read whose xid is at or above the new watermark
    while True:
        # One statement per page: the page and its snapshot's xmin. Pages read in later
        # snapshots miss nothing the first one promised: what was final for the first
        # page stays visible, and what commits meanwhile waits for the next read.
        page = (
            select(Event)
            .where(Event.hall_id == hall_id, Event.xid >= watermark, Event.id > page_after)
            .order_by(Event.id)
            .limit(page_size)
            .subquery()
        )
        row_event = aliased(Event, page)
        rows = (
            await session.execute(
                select(_XMIN.label("xmin"), row_event).outerjoin_from(
                    select(literal(1).label("one")).subquery(), page, true()
                )
            )
        ).all()
        if xmin is None:
            xmin = int(rows[0].xmin)  # the first page's: the one all pages can promise
        events = [r[1] for r in rows if r[1] is not None]
        for event in events:
            if event.xid is not None and event.xid >= xmin:
                keep.add(event.id)
            if event.id not in position.seen:
                fresh.append(event)
        if len(events) < page_size:
            break
        page_after = events[-1].id
    last = max([position.last_id, *(e.id for e in fresh)])
    return fresh, FeedPosition(last_id=last, watermark=xmin, seen=frozenset(keep))


# -- the same read on the LISTEN connection (PostgreSQL) ------------------------------------
#
# The feed's own connection reads too: no pool checkout, no ORM, no BEGIN/COMMIT (it is in
# autocommit, and each statement is its own snapshot, as each page above is), and one
# statement that psycopg prepares on the server once (``prepare=True``). Same rows, same
# watermark rules as :func:`_read_feed_pg`.

_FEED_PAGE_SQL = """
SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin,
       e.id, e.hall_id, e.at, e.kind, e.actor_id, e.ticket_id, e.window_id, e.payload, e.xid
FROM (SELECT 1) AS one
LEFT JOIN LATERAL (
    SELECT id, hall_id, at, kind, actor_id, ticket_id, window_id, payload, xid
    FROM event
    WHERE hall_id = %(hall)s AND xid >= %(watermark)s AND id > %(after)s
    ORDER BY id
    LIMIT %(size)s
) AS e ON true
"""

#: One event as the LISTEN connection reads it: id, hall_id, at, kind, actor_id,
#: ticket_id, window_id, payload.
FeedRow = tuple[int, int, datetime, str, int | None, int | None, int | None, dict[str, Any]]


async def read_feed_on(
    conn: Any, hall_id: int, position: FeedPosition, page_size: int = 500
) -> tuple[list[FeedRow], FeedPosition]:
    """:func:`read_feed` on a psycopg ``AsyncConnection`` in autocommit (PostgreSQL,
    a position with a watermark)."""
    watermark = position.watermark
    assert watermark is not None
    after = -1
    xmin: int | None = None
    fresh: list[FeedRow] = []
    keep: set[int] = set()
    while True:
        cursor = await conn.execute(
            _FEED_PAGE_SQL,
            {"hall": hall_id, "watermark": watermark, "after": after, "size": page_size},
            prepare=True,
        )
        rows = await cursor.fetchall()
        if xmin is None:
            xmin = int(rows[0][0])
        page = [r for r in rows if r[1] is not None]
        for r in page:
            event_id, xid = r[1], r[9]
            if xid is not None and xid >= xmin:
                keep.add(event_id)
            if event_id not in position.seen:
                at = r[3].astimezone(UTC)
                fresh.append((r[1], r[2], at, r[4], r[5], r[6], r[7], r[8] or {}))
        if len(page) < page_size:
            break
        after = page[-1][1]
    last = max([position.last_id, *(r[0] for r in fresh)])
    return fresh, FeedPosition(last_id=last, watermark=xmin, seen=frozenset(keep))

"""The events' archive (操作日志归档): a hall's old events move out of ``event``.

The event log is the audit trail and the live feed's source; after the hall's
``archive_after_days`` (default two years) an event matters only to the audit, so it
moves to ``event_archive`` with its own id, time, actor, kind, ticket, window and payload
(and ``archived_at``). The audit log searches both tables (services.audit), so an
archived entry reads exactly as it did before; nothing is edited, nothing dropped.

How a move stays whole:

- In chunks, each one transaction: the chunk's ids are chosen, their rows copied
  (``INSERT … SELECT``) and the same ids deleted, so a run stopped between chunks has
  moved whole chunks and nothing else, and a run again moves the rest.
- Two archivers at once (two PCs' daily jobs, or the command line meanwhile): on
  PostgreSQL each chunk locks the rows it chooses ``FOR UPDATE SKIP LOCKED``, so a row
  is copied by the one transaction holding it and skipped by the other (one whose holder
  committed is gone by the time the other looks; one whose holder rolled back stays for
  a later run). SQLite writes one transaction at a time (``BEGIN IMMEDIATE`` under the
  file's write lock), so each chunk sees the one before it.
- The run's own record (``EVENTS_ARCHIVED``: how many, the first and last id, the
  cutoff) is written in the transaction of its last chunk, the one that found fewer
  than a chunk's worth; a run that found nothing writes nothing, so running again is a
  no-op.

What the live feed needs stays (store.events, live.feed): the feed reads
``id > its position`` (SQLite) or ``xid >= its watermark`` (PostgreSQL) in ``event`` only;
it never looks an id up, so a missing old id leaves no gap to wait for. Whatever the
setting, events of the last :data:`KEEP_LIVE` stay, so only a screen that has been away
longer than that could find its catch-up shorter (and the transactions it would re-read
finished days ago). The hall's newest event always stays: it is where a new screen's
position starts, and on SQLite (no AUTOINCREMENT) the table's largest id is what the
next id is counted from, so no id is ever handed out twice. So does the hall's newest
event other than the archive's own records: else the record of one run would be the
newest and the event that run kept would move in the next, which would not be a no-op.
"""

from __future__ import annotations

import asyncio
import functools
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    any_,
    bindparam,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from hall_desktop.domain.errors import NotFound, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.store.database import Database
from hall_desktop.store.events import record_event
from hall_desktop.store.models import Event, EventArchive, Hall, UTCDateTime

#: Events of the last this long are never archived, whatever the hall's setting says.
KEEP_LIVE = timedelta(days=2)
#: Events moved per transaction.
CHUNK = 5000

_COLUMNS = ("id", "hall_id", "at", "actor_id", "kind", "ticket_id", "window_id", "payload", "xid")


def _among(session: AsyncSession, ids: list[int]) -> ColumnElement[bool]:
    """``event.id`` is one of ``ids``: on PostgreSQL one array parameter (a chunk's
    thousands of ``IN`` parameters took about half of its time), on SQLite ``IN``."""
    if session.get_bind().dialect.name == "postgresql":
        return Event.id == any_(bindparam("chunk_ids", ids, type_=ARRAY(BigInteger)))
    return Event.id.in_(ids)


@dataclass(frozen=True, slots=True)
class _Moved:
    """What a run has moved so far (committed chunks)."""

    count: int = 0
    first: int | None = None
    last: int | None = None

    def plus(self, ids: list[int]) -> _Moved:
        if not ids:
            return self
        low, high = min(ids), max(ids)
        return _Moved(
            self.count + len(ids),
            low if self.first is None else min(self.first, low),
            high if self.last is None else max(self.last, high),
        )


class ArchiveService:
    """Moves a hall's old events to the archive; no actor: the hall's daily job and the
    ``db archive`` command run it as the system."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def cutoff(self, hall_id: int, before: datetime | None = None) -> datetime | None:
        """The moment before which events move: ``before``, else now minus the hall's
        ``archive_after_days`` (None when that is 0: never); never later than
        :data:`KEEP_LIVE` ago."""
        if before is not None and before.utcoffset() is None:
            raise ValidationError("before", "归档截止时间缺少时区")
        async with self.db.read() as session:
            days = await session.scalar(select(Hall.archive_after_days).where(Hall.id == hall_id))
            if days is None:
                raise NotFound(f"找不到编号为 {hall_id} 的大厅")
            now = await self.db.now(session)
        if before is None:
            if days <= 0:
                return None
            before = now - timedelta(days=days)
        return min(before, now - KEEP_LIVE)

    async def archive(
        self, hall_id: int, *, before: datetime | None = None, chunk: int = CHUNK
    ) -> int:
        """Move the hall's events older than :meth:`cutoff` to the archive, ``chunk``
        at a time; how many moved (in this run)."""
        if chunk < 1:
            raise ValidationError("chunk", "每批归档条数至少为 1")
        cutoff = await self.cutoff(hall_id, before)
        if cutoff is None:
            return 0
        moved = _Moved()
        while True:
            ids = await self.db.retrying(
                functools.partial(self._move_chunk, hall_id, cutoff, chunk, moved)
            )
            moved = moved.plus(ids)
            if len(ids) < chunk:
                return moved.count
            await asyncio.sleep(0)  # the hall's own writes take their turn between chunks

    async def run_for_day(self, hall_id: int) -> int:
        """The daily job's step: archive by the hall's own setting."""
        return await self.archive(hall_id)

    async def _move_chunk(
        self, hall_id: int, cutoff: datetime, chunk: int, moved: _Moved
    ) -> list[int]:
        """One transaction: up to ``chunk`` events copied to the archive and deleted;
        the last chunk (fewer than ``chunk``) also records the run."""
        async with self.db.write() as session:
            hall_events = select(func.max(Event.id)).where(Event.hall_id == hall_id)
            newest = await session.scalar(hall_events)
            if newest is None:
                return []
            newest_work = await session.scalar(
                hall_events.where(Event.kind != EventKind.EVENTS_ARCHIVED.value)
            )
            choose = (
                select(Event.id)
                .where(
                    Event.hall_id == hall_id,
                    Event.at < cutoff,
                    Event.id < newest,
                    Event.id != (newest_work or 0),
                )
                .order_by(Event.at)  # the (hall_id, at) index, stopping at the cutoff
                .limit(chunk)
            )
            if self.db.is_postgresql:
                choose = choose.with_for_update(skip_locked=True)
            ids = list(await session.scalars(choose))
            now = await self.db.now(session)
            if ids:
                await self._copy(session, ids, now)
                await self._delete(session, ids)
            if len(ids) < chunk:
                run = moved.plus(ids)
                if run.count:
                    await record_event(
                        session,
                        hall_id=hall_id,
                        at=now,
                        kind=EventKind.EVENTS_ARCHIVED,
                        payload={
                            "count": run.count,
                            "first_event_id": run.first,
                            "last_event_id": run.last,
                            "cutoff_at": cutoff.isoformat(),
                        },
                    )
            return ids

    @staticmethod
    async def _copy(session: AsyncSession, ids: list[int], now: datetime) -> None:
        source = [getattr(Event, name) for name in _COLUMNS]
        await session.execute(
            insert(EventArchive).from_select(
                [*_COLUMNS, "archived_at"],
                select(*source, literal(now, UTCDateTime())).where(_among(session, ids)),
            )
        )

    @staticmethod
    async def _delete(session: AsyncSession, ids: list[int]) -> None:
        gone = await session.execute(delete(Event).where(_among(session, ids)))
        deleted = int(gone.rowcount)  # type: ignore[attr-defined]
        if deleted != len(ids):  # the chunk's rows are this transaction's alone
            raise RuntimeError(f"archive: deleted {deleted} events of {len(ids)} copied")


@dataclass(frozen=True, slots=True)
class ArchiveCheck:
    """The audit trail of one hall across both tables."""

    live: int
    archived: int
    in_both: tuple[int, ...]  # ids in event and event_archive at once: must be empty

    @property
    def consistent(self) -> bool:
        return not self.in_both


async def check_archive(db: Database, hall_id: int) -> ArchiveCheck:
    """Counts and the ids found in both tables (none when every move was whole)."""
    async with db.read() as session:
        live = await session.scalar(select(func.count(Event.id)).where(Event.hall_id == hall_id))
        archived = await session.scalar(
            select(func.count(EventArchive.id)).where(EventArchive.hall_id == hall_id)
        )
        # Either side the hall's: an id of this hall's archive taken again by another
        # hall's event would be a broken trail too.
        both = await session.scalars(
            select(Event.id)
            .join(EventArchive, EventArchive.id == Event.id)
            .where(or_(Event.hall_id == hall_id, EventArchive.hall_id == hall_id))
            .order_by(Event.id)
        )
        return ArchiveCheck(int(live or 0), int(archived or 0), tuple(both))


async def archive_consistent(db: Database, hall_id: int) -> bool:
    """No event of the hall is both live and archived."""
    return (await check_archive(db, hall_id)).consistent


async def audit_trail_ids(db: Database, hall_id: int) -> frozenset[int]:
    """Every event id of the hall, live or archived: the same before and after any
    archiving (for checks and tests; reads every id)."""
    async with db.read() as session:
        live = await session.scalars(select(Event.id).where(Event.hall_id == hall_id))
        archived = await session.scalars(
            select(EventArchive.id).where(EventArchive.hall_id == hall_id)
        )
        return frozenset(live) | frozenset(archived)

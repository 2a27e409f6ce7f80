"""How each database keeps two writes apart: one strategy per database, chosen once
(:func:`claim_strategy`), so the use cases hold no ``is_postgresql`` branches.

PostgreSQL locks rows in the order of the package docstring and claims with ``SKIP
LOCKED``; SQLite has one writer at a time (the write transaction holds the file's
lock), so it locks nothing and reads what a call needs in as few statements as it can.
"""

from __future__ import annotations

from typing import Any, Protocol, TypeVarTuple

from sqlalchemy import Executable, Select
from sqlalchemy.ext.asyncio import AsyncConnection

from hall_desktop.domain.tickets import TicketStatus
from hall_desktop.services.queue import statements as sql
from hall_desktop.services.queue.rows import Claimed, TicketRow, WindowRow
from hall_desktop.store.database import Database
from hall_desktop.store.models import Ticket

_Ts = TypeVarTuple("_Ts")


async def _window_row(
    conn: AsyncConnection, statement: Executable, params: dict[str, Any]
) -> WindowRow | None:
    found = (await conn.execute(statement, params)).first()
    return None if found is None else WindowRow.of(found._mapping)


class ClaimStrategy(Protocol):
    #: Takes the line's next daily sequence number (``p_hall_id``, ``p_line_id``,
    #: ``p_day``, ``p_first``).
    next_seq: Executable
    #: Reads a ticket for a move (``p_id``, ``p_hall_id``), locked where rows lock.
    move: Executable

    def locked(self, query: Select[*_Ts]) -> Select[*_Ts]:
        """``query`` (of tickets) locking the tickets it reads, where rows lock."""
        ...

    async def lock_window(self, conn: AsyncConnection, window_id: int) -> None:
        """Lock the window a move brings a ticket to, before the ticket."""
        ...

    async def window_for_call(
        self, conn: AsyncConnection, params: dict[str, Any]
    ) -> WindowRow | None:
        """The window calling next (``p_window_id``…), locked where rows lock."""
        ...

    async def window_for_call_back(self, conn: AsyncConnection, window_id: int) -> WindowRow | None:
        """The window a held ticket is called back to, locked, with what it has in hand."""
        ...

    async def claim(
        self, conn: AsyncConnection, params: dict[str, Any], window: WindowRow
    ) -> Claimed | None:
        """Take the window's best candidate; None when none could be taken."""
        ...

    async def wait_for_claim(self, ticket_id: int) -> None:
        """Wait, holding no lock, until another window's claim of the ticket ends."""
        ...


class PostgresClaims:
    next_seq: Executable = sql.NEXT_SEQ_PG
    move: Executable = sql.MOVE_PG

    def __init__(self, db: Database) -> None:
        self.db = db

    def locked(self, query: Select[*_Ts]) -> Select[*_Ts]:
        return query.with_for_update(of=Ticket)

    async def lock_window(self, conn: AsyncConnection, window_id: int) -> None:
        await conn.execute(sql.LOCK_WINDOW, {"p_window_id": window_id})

    async def window_for_call(
        self, conn: AsyncConnection, params: dict[str, Any]
    ) -> WindowRow | None:
        # Only the window row: "nothing in hand" and the candidate are checked inside
        # the claim, where the candidate can be locked.
        return await _window_row(conn, sql.LOCK_WINDOW, params)

    async def window_for_call_back(self, conn: AsyncConnection, window_id: int) -> WindowRow | None:
        params = {"p_window_id": window_id}
        found = (await conn.execute(sql.LOCK_WINDOW, params)).first()
        if found is None:
            return None
        # What is in hand is read after the window's lock is ours.
        in_hand = (await conn.execute(sql.IN_HAND, params)).scalar()
        return WindowRow.of({**found._mapping, "in_hand": in_hand})

    async def claim(
        self, conn: AsyncConnection, params: dict[str, Any], window: WindowRow
    ) -> Claimed | None:
        found = (await conn.execute(sql.CLAIM_PG, params)).first()
        if found is None:
            return None
        m = found._mapping  # the event is already written (see statements.CLAIM_PG)
        return Claimed(
            TicketRow.of(m), m["previous_status"], m["line_name"], m["line_prefix"], logged=True
        )

    async def wait_for_claim(self, ticket_id: int) -> None:
        async with self.db.autocommit() as conn:
            await conn.execute(sql.WAIT_FOR_TICKET, {"p_id": ticket_id})


class SqliteClaims:
    next_seq: Executable = sql.NEXT_SEQ_SQLITE
    move: Executable = sql.MOVE

    def locked(self, query: Select[*_Ts]) -> Select[*_Ts]:
        return query

    async def lock_window(self, conn: AsyncConnection, window_id: int) -> None:
        pass

    async def window_for_call(
        self, conn: AsyncConnection, params: dict[str, Any]
    ) -> WindowRow | None:
        # The window and its best candidate in one statement (every statement here is
        # held under the one write lock).
        return await _window_row(conn, sql.CALL_WINDOW_AND_PICK, params)

    async def window_for_call_back(self, conn: AsyncConnection, window_id: int) -> WindowRow | None:
        return await _window_row(conn, sql.CALL_WINDOW, {"p_window_id": window_id})

    async def claim(
        self, conn: AsyncConnection, params: dict[str, Any], window: WindowRow
    ) -> Claimed | None:
        pick = window.pick
        if pick is None:
            return None
        found = (
            await conn.execute(
                sql.CLAIM_ONE, {**params, "p_id": pick.id, "p_status": pick.previous_status}
            )
        ).first()
        if found is None:
            return None
        ticket = TicketRow.of(found._mapping)
        called_back = pick.previous_status == TicketStatus.HELD.value
        await conn.execute(
            sql.AFTER_CALL_RUN,
            {**params, "p_priority": ticket.priority, "p_called_back": called_back},
        )
        return Claimed(ticket, pick.previous_status, pick.line_name, pick.line_prefix, False)

    async def wait_for_claim(self, ticket_id: int) -> None:
        pass  # one writer at a time: nobody to wait for


def claim_strategy(db: Database) -> ClaimStrategy:
    return PostgresClaims(db) if db.is_postgresql else SqliteClaims()

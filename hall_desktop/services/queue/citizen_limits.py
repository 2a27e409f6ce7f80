"""一人一号 (one citizen, one number): the hall's limits per ID number at issue.

When a ticket is issued with an ID number, the hall's settings (大厅设置) limit the
citizen's open tickets per line (``hall.id_open_per_line``, default 1) and their
tickets per service day (``hall.id_per_day``, default 3); 0 is no limit. Numbers issued
without an ID number are not counted and not limited. A supervisor may let one ticket
past a limit (主管授权, :class:`LimitOverride`); the issue event then names them and
their reason.

Privacy. The limits only compare ID numbers, so this feature keeps no ID number: a
ticket issued with one gets a ``ticket_citizen`` row holding the HMAC-SHA256 of the
normalised number (``domain.citizen_limits.citizen_digest``) under the key of the hall
and the service day. Every PC of a hall must hash with the same key, so the key lives in
the database (``citizen_day_key``), created at random on the day's first issue with an
ID number. When a day's key is created, and when the day is closed (日终), the keys and
digests of the days before are deleted: afterwards a digest can be tied neither to a
person nor to the same person's digests of another day. Nothing here writes or logs
the number itself (the refusals name the open ticket, not the citizen).

Two desks at once. The check reads the citizen's tickets and refuses before the line's
number counter is taken, in the issuing transaction, so a refusal rolls everything
back and consumes no number. Two desks issuing for one ID number at the same moment
must not both pass: on PostgreSQL the check first takes a transaction-level advisory
lock on (hall, digest) (``pg_advisory_xact_lock``; the digest already differs per
day), so the second waits until the first commits and, at READ COMMITTED, then sees its
ticket. An advisory lock rather than a locked row of a table of its own: it needs no
rows to create, keep and delete (rows that would themselves link a citizen's visits),
and it is released by the commit or rollback. It comes before the number counter in the
package's lock order, and an issuer holds nothing else while waiting for it. SQLite has
one writer at a time, which serialises the check already.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import aliased

from hall_desktop.domain.citizen_limits import (
    DAILY_LIMIT,
    LIMIT_LABELS,
    OPEN_LIMIT,
    citizen_digest,
    daily_limit_refusal,
    new_day_secret,
    open_limit_refusal,
)
from hall_desktop.domain.errors import Refused
from hall_desktop.domain.tickets import OPEN_STATUSES
from hall_desktop.services import rules
from hall_desktop.services.actor import MANAGERS, Actor, recheck, require
from hall_desktop.services.queue.claim import ClaimStrategy
from hall_desktop.services.queue.rows import IssueLine
from hall_desktop.store.models import CitizenDayKey, Hall, Ticket, TicketCitizen

_OVERRIDE_ACTION = "一人一号主管授权"


@dataclass(frozen=True, slots=True)
class LimitOverride:
    """主管授权: a supervisor (signed in at the desk with their own password) lets a
    ticket past the one-citizen limits, with a reason."""

    supervisor: Actor
    reason: str


@dataclass(frozen=True, slots=True)
class CitizenPass:
    """What :func:`check_citizen_limits` let through: the digest to keep with the new
    ticket (None: nothing to keep) and what the issue event adds (an override)."""

    digest: str | None = None
    payload: dict[str, Any] = field(default_factory=dict)

    async def record(self, conn: AsyncConnection, hall_id: int, day: date, ticket_id: int) -> None:
        if self.digest is not None:
            await conn.execute(
                insert(TicketCitizen).values(
                    ticket_id=ticket_id, hall_id=hall_id, service_day=day, digest=self.digest
                )
            )


NO_LIMIT = CitizenPass()


def checked_override(override: LimitOverride | None) -> LimitOverride | None:
    """The override with its reason cleaned (required); refused unless by a supervisor."""
    if override is None:
        return None
    require(override.supervisor, *MANAGERS, action=_OVERRIDE_ACTION)
    return LimitOverride(
        override.supervisor, rules.OVERRIDE_REASON.clean(override.reason, required=True)
    )


async def check_citizen_limits(
    conn: AsyncConnection,
    claims: ClaimStrategy,
    line: IssueLine,
    day: date,
    id_number: str | None,
    override: LimitOverride | None,
) -> CitizenPass:
    """Refuse a ticket the hall's ID limits do not allow (before the number is taken).

    ``id_number``: normalised, or None (no limit). ``override``: from
    :func:`checked_override`; its supervisor is re-read here, in the transaction.
    """
    if id_number is None:
        return NO_LIMIT
    limits = (
        await conn.execute(
            select(Hall.id_open_per_line, Hall.id_per_day).where(Hall.id == line.hall_id)
        )
    ).one()
    if not limits.id_open_per_line and not limits.id_per_day:
        return NO_LIMIT  # nothing to compare: nothing kept
    digest = citizen_digest(await _day_secret(conn, claims, line.hall_id, day), id_number)
    await claims.lock_citizen(conn, citizen_lock_key(line.hall_id, digest))
    refused: Refused | None = None
    if limits.id_open_per_line:
        numbers = await _open_numbers(conn, line, day, digest)
        if len(numbers) >= limits.id_open_per_line:
            refused = Refused(open_limit_refusal(numbers, line.name), code=OPEN_LIMIT)
    if refused is None and limits.id_per_day:
        taken = await _taken_today(conn, line.hall_id, day, digest)
        if taken >= limits.id_per_day:
            refused = Refused(daily_limit_refusal(taken), code=DAILY_LIMIT)
    if refused is None:
        return CitizenPass(digest)
    if override is None:
        raise refused
    supervisor = await recheck(conn, override.supervisor, *MANAGERS, action=_OVERRIDE_ACTION)
    return CitizenPass(
        digest,
        {
            "override_by_id": supervisor.staff_id,
            "override_reason": override.reason,
            "id_limit": LIMIT_LABELS[refused.code],
        },
    )


async def forget_old_days(conn: AsyncConnection | AsyncSession, hall_id: int, day: date) -> None:
    """Delete the hall's keys and digests of the days before ``day``: from now on they
    cannot be tied to anyone."""
    await conn.execute(
        delete(TicketCitizen).where(
            TicketCitizen.hall_id == hall_id, TicketCitizen.service_day < day
        )
    )
    await conn.execute(
        delete(CitizenDayKey).where(
            CitizenDayKey.hall_id == hall_id, CitizenDayKey.service_day < day
        )
    )


# -- inside ----------------------------------------------------------------------------


async def _day_secret(conn: AsyncConnection, claims: ClaimStrategy, hall_id: int, day: date) -> str:
    """The hall's key of ``day``, created on first use (the days before then forgotten)."""
    created = await conn.execute(
        claims.new_day_key, {"p_hall_id": hall_id, "p_day": day, "p_secret": new_day_secret()}
    )
    if created.rowcount:
        await forget_old_days(conn, hall_id, day)
    secret: str = (
        await conn.execute(
            select(CitizenDayKey.secret).where(
                CitizenDayKey.hall_id == hall_id, CitizenDayKey.service_day == day
            )
        )
    ).scalar_one()
    return secret


def citizen_lock_key(hall_id: int, digest: str) -> int:
    """A signed 64-bit advisory lock key for (hall, digest); a collision only makes two
    issues wait for each other."""
    raw = hashlib.sha256(f"citizen-limit:{hall_id}:{digest}".encode()).digest()
    return int.from_bytes(raw[:8], "big", signed=True)


async def _open_numbers(
    conn: AsyncConnection, line: IssueLine, day: date, digest: str
) -> list[str]:
    """The citizen's open tickets of ``line`` today, oldest first, following transfers
    (a transferred ticket's copy is the same citizen's, in the line it went to)."""
    mine = (
        select(TicketCitizen.ticket_id.label("id"))
        .where(
            TicketCitizen.hall_id == line.hall_id,
            TicketCitizen.service_day == day,
            TicketCitizen.digest == digest,
        )
        .cte("mine", recursive=True)
    )
    copy = aliased(Ticket)
    mine = mine.union_all(
        select(copy.id)
        .join(mine, copy.transferred_from_id == mine.c.id)
        .where(copy.hall_id == line.hall_id, copy.service_day == day)
    )
    found = await conn.execute(
        select(Ticket.number)
        .join(mine, Ticket.id == mine.c.id)
        .where(
            Ticket.line_id == line.id,
            Ticket.status.in_([s.value for s in OPEN_STATUSES]),
        )
        .order_by(Ticket.issued_at, Ticket.id)
    )
    return list(found.scalars())


async def _taken_today(conn: AsyncConnection, hall_id: int, day: date, digest: str) -> int:
    taken: int = (
        await conn.execute(
            select(func.count())
            .select_from(TicketCitizen)
            .where(
                TicketCitizen.hall_id == hall_id,
                TicketCitizen.service_day == day,
                TicketCitizen.digest == digest,
            )
        )
    ).scalar_one()
    return taken

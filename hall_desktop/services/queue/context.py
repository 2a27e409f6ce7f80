"""What the parts of the queue share: the database and its claim strategy, the settings,
the halls' time zones and schedules, and the lookups every use case makes."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.engine import Row
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from hall_desktop.domain.errors import NotFound, Refused
from hall_desktop.domain.hours import HallSchedule, service_day
from hall_desktop.domain.tickets import TicketStatus, WindowStatus
from hall_desktop.services.actor import Actor
from hall_desktop.services.dto import TicketInfo, WindowState
from hall_desktop.services.queue import statements as sql
from hall_desktop.services.queue.claim import ClaimStrategy, claim_strategy
from hall_desktop.services.queue.estimating import Estimator
from hall_desktop.services.queue.rows import IssueLine, MoveRow, TicketRow, WindowRow, ticket_info
from hall_desktop.services.schedule import load_schedule
from hall_desktop.store.database import Database
from hall_desktop.store.models import (
    BusinessLine,
    Hall,
    ServiceWindow,
    Staff,
    Ticket,
    TicketItem,
    WindowLine,
)

SCHEDULE_TTL_S = 60.0


@dataclass(frozen=True)
class QueueSettings:
    #: Calls in all, the first one included; None: the hall's own setting (大厅设置).
    recall_limit: int | None = None
    hold_minutes: int = 0  # default delay before a held ticket is due for call-back
    recent_service_sample: int = 20  # finished tickets used for the wait estimate


def _keep_line(session: AsyncSession, found: Row[Ticket, BusinessLine]) -> Ticket:
    """The ticket of a (ticket, line) row, keeping the line alive in the session.

    The identity map holds objects weakly: without a reference the line would be
    collected and ``session.get`` in :meth:`QueueContext.info` would query it again.
    """
    session.info.setdefault("keep", []).append(found[1])
    return found[0]


_Window = TypeVar("_Window", ServiceWindow, WindowRow)


def usable(window: _Window | None, hall_id: int, window_id: int) -> _Window:
    """The window, refused when it is not the hall's or is switched off."""
    if window is None or window.hall_id != hall_id:
        raise NotFound(f"找不到窗口（编号 {window_id}）")
    if not window.active:
        raise Refused(f"{window.number}号窗口已停用")
    return window


class QueueContext:
    def __init__(self, db: Database, settings: QueueSettings) -> None:
        self.db = db
        self.settings = settings
        self.claims: ClaimStrategy = claim_strategy(db)
        self.estimator = Estimator(db.is_postgresql)
        self._zones: dict[int, ZoneInfo] = {}
        self._schedules: dict[int, tuple[float, HallSchedule]] = {}

    async def hall(self, session: AsyncSession, hall_id: int) -> Hall:
        hall = await session.get(Hall, hall_id)
        if hall is None:
            raise NotFound(f"找不到编号为 {hall_id} 的大厅")
        self._zones.setdefault(hall_id, ZoneInfo(hall.timezone))
        return hall

    def zone_named(self, hall_id: int, name: str) -> ZoneInfo:
        return self._zones.setdefault(hall_id, ZoneInfo(name))

    async def zone(self, session: AsyncSession | AsyncConnection, hall_id: int) -> ZoneInfo:
        if hall_id not in self._zones:
            name = (
                await session.execute(select(Hall.timezone).where(Hall.id == hall_id))
            ).scalar_one_or_none()
            if name is None:
                raise NotFound(f"找不到编号为 {hall_id} 的大厅")
            self._zones[hall_id] = ZoneInfo(name)
        return self._zones[hall_id]

    async def today(
        self, session: AsyncSession | AsyncConnection, hall_id: int, now: datetime
    ) -> date:
        return service_day(now, await self.zone(session, hall_id))

    async def schedule(
        self, hall_id: int, conn: AsyncSession | AsyncConnection | None = None
    ) -> HallSchedule:
        """The hall's hours and calendar, re-read at most once a minute.

        Inside a write, pass its connection: a second one would be one more connection
        per write (and none may be left while the server refuses new ones).
        """
        cached = self._schedules.get(hall_id)
        if cached is None or time.monotonic() - cached[0] > SCHEDULE_TTL_S:
            if conn is not None:
                schedule = await load_schedule(conn, hall_id)
            else:
                async with self.db.read() as session:
                    schedule = await load_schedule(session, hall_id)
            cached = (time.monotonic(), schedule)
            self._schedules[hall_id] = cached
        return cached[1]

    async def reactivate_minutes(self, hall_id: int) -> int:
        """How long after a 过号 the hall lets it be reactivated (大厅设置)."""
        async with self.db.read() as session:
            minutes = await session.scalar(
                select(Hall.reactivate_minutes).where(Hall.id == hall_id)
            )
        assert minutes is not None
        return minutes

    async def recall_limit(self, hall_id: int) -> int:
        """The hall's own recall limit (大厅设置)."""
        async with self.db.read() as session:
            limit = await session.scalar(select(Hall.recall_limit).where(Hall.id == hall_id))
        assert limit is not None
        return limit

    async def line(self, session: AsyncSession, hall_id: int, line_id: int) -> BusinessLine:
        line = await session.get(BusinessLine, line_id)
        if line is None or line.hall_id != hall_id:
            raise NotFound(f"找不到业务类别（编号 {line_id}）")
        return line

    async def window(
        self, session: AsyncSession, hall_id: int, window_id: int, *, lock: bool = False
    ) -> ServiceWindow:
        window = await session.get(
            ServiceWindow, window_id, with_for_update={"key_share": True} if lock else None
        )
        return usable(window, hall_id, window_id)

    async def ticket(
        self, session: AsyncSession, hall_id: int, ticket_id: int, *, lock: bool = False
    ) -> Ticket:
        # The line comes in the same query, so info() finds it in the identity map.
        query = (
            select(Ticket, BusinessLine)
            .join(BusinessLine, BusinessLine.id == Ticket.line_id)
            .where(Ticket.id == ticket_id, Ticket.hall_id == hall_id)
        )
        if lock:
            query = self.claims.locked(query)
        found = (await session.execute(query)).first()
        if found is None:
            raise NotFound(f"找不到该排队号（编号 {ticket_id}）")
        return _keep_line(session, found)

    async def move_row(self, conn: AsyncConnection, hall_id: int, ticket_id: int) -> MoveRow:
        """A ticket with its line and window, for a move: locked where rows lock."""
        found = (
            await conn.execute(self.claims.move, {"p_id": ticket_id, "p_hall_id": hall_id})
        ).first()
        if found is None:
            raise NotFound(f"找不到该排队号（编号 {ticket_id}）")
        return MoveRow.of(found._mapping)

    async def in_hand(self, session: AsyncSession, window_id: int) -> Ticket | None:
        return (
            await session.scalars(
                select(Ticket)
                .where(Ticket.window_id == window_id, Ticket.status.in_(sql.IN_HAND_VALUES))
                .order_by(Ticket.last_called_at.desc())
                .limit(1)
            )
        ).first()

    async def require_signed_in(
        self,
        session: AsyncSession | AsyncConnection,
        actor: Actor,
        window_number: int,
        clerk_id: int | None,
        what: str = "",
    ) -> None:
        """Refuse unless ``actor`` is the clerk signed in to the window (one per window)."""
        if clerk_id == actor.staff_id:
            return
        doing = f"，不能{what}" if what else ""
        if clerk_id is None:
            raise Refused(
                f"您尚未登录{window_number}号窗口{doing}，请先登录该窗口", code="not_signed_in"
            )
        holder = (
            await session.execute(select(Staff.name).where(Staff.id == clerk_id))
        ).scalar_one_or_none()
        raise Refused(
            f"{window_number}号窗口由{holder or '其他人员'}登录{doing}", code="not_your_window"
        )

    async def info(self, session: AsyncSession, row: Ticket) -> TicketInfo:
        line = await session.get(BusinessLine, row.line_id)
        window = await session.get(ServiceWindow, row.window_id) if row.window_id else None
        items: Sequence[int] = ()
        if row.status == TicketStatus.DONE.value:  # items are recorded when finishing
            items = (
                await session.scalars(
                    select(TicketItem.service_item_id).where(TicketItem.ticket_id == row.id)
                )
            ).all()
        assert line is not None
        return ticket_info(
            TicketRow.of_orm(row), line.name, line.prefix, window.number if window else None, items
        )

    async def window_state(self, session: AsyncSession, window: ServiceWindow) -> WindowState:
        (state,) = await self.window_states(session, [window])
        return state

    async def window_states(
        self, session: AsyncSession, windows: Sequence[ServiceWindow]
    ) -> list[WindowState]:
        """The states of ``windows`` (one hall's), in their order: three reads for all of
        them, not four per window (the display reads every window at its start, and
        each read is a round trip through the event loop)."""
        if not windows:
            return []
        ids = [w.id for w in windows]
        in_hand: dict[int, Any] = {}
        # Named columns: the display's database role may not read the citizen's.
        for ticket in await session.execute(
            select(Ticket.id, Ticket.window_id, Ticket.number, Ticket.status)
            .where(Ticket.window_id.in_(ids), Ticket.status.in_(sql.IN_HAND_VALUES))
            .order_by(Ticket.last_called_at.desc())
        ):
            assert ticket.window_id is not None
            in_hand.setdefault(ticket.window_id, ticket)  # the latest called
        clerk_ids = sorted({w.clerk_id for w in windows if w.clerk_id})
        clerks = {
            c.id: c
            for c in (
                await session.scalars(select(Staff).where(Staff.id.in_(clerk_ids)))
                if clerk_ids
                else []
            )
        }
        day = await self.today(session, windows[0].hall_id, await self.db.now(session))
        served: dict[int, list[int]] = {}
        for window_id, line_id in await session.execute(
            select(WindowLine.window_id, WindowLine.line_id)
            .where(WindowLine.window_id.in_(ids), WindowLine.serving_on(day))
            .order_by(WindowLine.window_id, WindowLine.rank)
        ):
            served.setdefault(window_id, []).append(line_id)
        states = []
        for window in windows:
            current = in_hand.get(window.id)
            clerk = clerks.get(window.clerk_id) if window.clerk_id else None
            states.append(
                WindowState(
                    window_id=window.id,
                    number=window.number,
                    name=window.name,
                    kind=window.kind,
                    state=WindowStatus.of(
                        paused=window.paused,
                        staffed=clerk is not None,
                        in_hand=TicketStatus(current.status) if current else None,
                    ),
                    current_number=current.number if current else None,
                    current_ticket_id=current.id if current else None,
                    pause_reason=window.pause_reason,
                    clerk_id=clerk.id if clerk else None,
                    clerk_name=clerk.name if clerk else None,
                    clerk_staff_number=clerk.staff_number if clerk else None,
                    line_ids=tuple(served.get(window.id, ())),
                )
            )
        return states

    async def ahead(self, session: AsyncSession, row: TicketRow | Ticket) -> int:
        """Waiting tickets of the same line that will be called before this one."""
        params = {
            "p_hall_id": row.hall_id,
            "p_line_id": row.line_id,
            "p_day": row.service_day,
            "p_id": row.id,
            "p_priority": row.priority,
            "p_issued_at": row.issued_at,
        }
        ahead: int = (await session.execute(sql.AHEAD, params)).scalar_one()
        return ahead

    async def pace(
        self, session: AsyncSession, line: IssueLine | BusinessLine, day: date
    ) -> tuple[float, int]:
        """Average service seconds (today's recent tickets, else the line's default) and
        how many open windows serve the line: what a wait estimate needs."""
        return (await self.paces(session, line.hall_id, [line], day))[line.id]

    async def paces(
        self,
        session: AsyncSession,
        hall_id: int,
        lines: Sequence[IssueLine | BusinessLine],
        day: date,
    ) -> dict[int, tuple[float, int]]:
        """:meth:`pace` of each of ``lines`` (one hall's), two statements for them all."""
        if not lines:
            return {}
        params = {"p_hall_id": hall_id, "p_day": day, "p_line_ids": [x.id for x in lines]}
        open_windows: dict[int, int] = dict(
            (line_id, count) for line_id, count in await session.execute(sql.OPEN_WINDOWS, params)
        )
        averages = await self.averages(session, hall_id, lines, day)
        return {line.id: (averages[line.id], open_windows.get(line.id, 0)) for line in lines}

    async def averages(
        self,
        session: AsyncSession,
        hall_id: int,
        lines: Sequence[IssueLine | BusinessLine],
        day: date,
    ) -> dict[int, float]:
        """Each line's average service seconds: of its latest tickets done ``day``
        (``recent_service_sample``), else its 默认办理时长."""
        params = {
            "p_hall_id": hall_id,
            "p_day": day,
            "p_line_ids": [x.id for x in lines],
            "p_limit": self.settings.recent_service_sample,
        }
        durations: dict[int, list[float]] = {}
        for line_id, started, finished in await session.execute(sql.RECENT_SERVICE, params):
            if started and finished:
                durations.setdefault(line_id, []).append((finished - started).total_seconds())
        averages = {}
        for line in lines:
            done = durations.get(line.id)
            averages[line.id] = sum(done) / len(done) if done else line.default_service_minutes * 60
        return averages

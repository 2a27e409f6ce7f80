"""Setting up the hall's windows and business lines (窗口与业务类别设置).

Supervisors and administrators create and edit business lines (prefix, name, daily
limit, first number, service minutes, active, order) and windows (number, name, kind,
active), and say which lines each window serves with its rank (lower is called first).

Every change is one transaction with its event (``line_created``, ``line_edited``,
``lines_reordered``, ``window_created``, ``window_edited``, ``window_lines_set``), whose
payload carries the old and new values of what changed. The event log is also the live
feed: running displays, desks and clerks re-read the hall when these events arrive.

The rules that keep a running hall sound:

- a line's prefix and first number cannot change once it has issued numbers today (the
  day's numbers and its counter would no longer agree);
- a line with citizens still waiting (or on hold) today cannot be deactivated;
- a window with a ticket in hand, tickets on hold, a transfer waiting for it, or a clerk
  signed in cannot be deactivated;
- an active window always serves at least one active line: a window that serves nothing
  would let a clerk sign in and call nobody, without saying why. So creating or
  activating a window without an active line, emptying an active window's lines, and
  deactivating the last active line of an active window are refused;
- nobody waiting today is left without an active window that serves their line.

综窗 help sent from 大厅监控 (:mod:`hall_desktop.services.dispatch`) is a ``WindowLine``
row for one day (``until_day``). It is not one of the window's lines here: the editor
neither shows nor deletes it (setting a window's lines keeps today's help, ranked ahead
of them, unless the helped line becomes one of the window's own), and the rules above count
only the window's own lines, except that a line helped today is not stranded.

An active line that no window serves yet is allowed (a new hall creates its lines before
its windows) but shown: :attr:`LineSetup.window_numbers` is empty.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Literal

from sqlalchemy import delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute, aliased

from hall_desktop.domain.errors import NotFound, Refused, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.hours import service_day
from hall_desktop.domain.tickets import IN_HAND_STATUSES, TicketStatus
from hall_desktop.domain.windows_lines import (
    HallSetup,
    LineFields,
    LineSetup,
    ServedLine,
    WindowFields,
    WindowSetup,
    changes,
    checked_line,
    checked_window,
    unique_ids,
    window_kind,
)
from hall_desktop.services import rules
from hall_desktop.services.actor import MANAGERS, Actor, recheck, record_action, require
from hall_desktop.services.schedule import hall_zone
from hall_desktop.store.database import Database
from hall_desktop.store.models import (
    BusinessLine,
    NumberCounter,
    ServiceWindow,
    Staff,
    Ticket,
    WindowLine,
)

NAME_MAX = rules.LINE_NAME.max_length  # business_line.name and hall_window.name

_IN_HAND = sorted(s.value for s in IN_HAND_STATUSES)


def _line_values(row: BusinessLine) -> dict[str, Any]:
    return {
        "prefix": row.prefix,
        "name": row.name,
        "daily_limit": row.daily_limit,
        "first_number": row.first_number,
        "default_service_minutes": row.default_service_minutes,
        "active": row.active,
        "priority_every": row.priority_every,
        "max_wait_minutes": row.max_wait_minutes,
        "alert_waiting_count": row.alert_waiting_count,
        "alert_wait_minutes": row.alert_wait_minutes,
    }


def _window_values(row: ServiceWindow) -> dict[str, Any]:
    return {"number": row.number, "name": row.name, "kind": row.kind, "active": row.active}


# -- the service --------------------------------------------------------------------------


async def _tickets(session: AsyncSession, *where: Any) -> int:
    """How many tickets match ``where``."""
    found = await session.scalar(select(func.count()).select_from(Ticket).where(*where))
    return int(found or 0)


def _add_window_lines(session: AsyncSession, window_id: int, lines: Sequence[BusinessLine]) -> None:
    """The window serves ``lines``, ranked in their order (rank 1 is called first)."""
    session.add_all(
        WindowLine(window_id=window_id, line_id=line.id, rank=rank)
        for rank, line in enumerate(lines, start=1)
    )


async def _other_holder(
    session: AsyncSession,
    column: InstrumentedAttribute[Any],
    hall_id: int,
    value: object,
    own_id: int | None,
) -> str | None:
    """The name of the line or window other than ``own_id`` that has ``value`` in ``column``."""
    model = column.class_
    taken = (
        await session.execute(
            select(model.id, model.name).where(model.hall_id == hall_id, column == value)
        )
    ).first()
    return None if taken is None or taken.id == own_id else str(taken.name)


async def hall_line(
    session: AsyncSession, hall_id: int, line_id: int, *, lock: bool = False
) -> BusinessLine:
    """The hall's line ``line_id`` (``lock``: its row locked for this transaction)."""
    row = await session.get(BusinessLine, line_id, with_for_update=lock or None)
    if row is None or row.hall_id != hall_id:
        raise NotFound(f"找不到业务类别（编号 {line_id}）")
    return row


async def hall_window(
    session: AsyncSession, hall_id: int, window_id: int, *, lock: bool = False
) -> ServiceWindow:
    """The hall's window ``window_id``. ``lock``: its row locked, as sign-in, call-next
    and every change of the window's lines (the editor's, 综窗 help) lock it, so none
    slips in between and two supervisors adding the same help meet here."""
    row = await session.get(ServiceWindow, window_id, with_for_update=lock or None)
    if row is None or row.hall_id != hall_id:
        raise NotFound(f"找不到窗口（编号 {window_id}）")
    return row


class WindowsLinesService:
    """窗口与业务类别的设置: lines, windows, which lines a window serves and in what rank."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reads --------------------------------------------------------------------------

    async def setup(self, actor: Actor) -> HallSetup:
        """Every line (inactive ones too) and every window, with the lines it serves."""
        require(actor, *MANAGERS, action="查看窗口与业务设置")
        async with self.db.read() as session:
            now = await self.db.now(session)
            return await self._load(session, actor.hall_id, await self._today(session, actor, now))

    async def lines(self, actor: Actor) -> list[LineSetup]:
        return list((await self.setup(actor)).lines)

    async def windows(self, actor: Actor) -> list[WindowSetup]:
        return list((await self.setup(actor)).windows)

    # -- business lines -----------------------------------------------------------------

    async def create_line(self, actor: Actor, fields: LineFields) -> LineSetup:
        """Add a business line at the end of the order; its prefix must be new in the hall."""
        require(actor, *MANAGERS, action="新增业务类别")
        wanted = checked_line(fields, rules.LINE_PREFIX, rules.LINE_NAME)
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="新增业务类别")
            now = await self.db.now(session)
            await self._check_prefix_free(session, actor.hall_id, wanted.prefix, None)
            last = await session.scalar(
                select(func.max(BusinessLine.sort_order)).where(
                    BusinessLine.hall_id == actor.hall_id
                )
            )
            row = BusinessLine(
                hall_id=actor.hall_id,
                prefix=wanted.prefix,
                name=wanted.name,
                daily_limit=wanted.daily_limit,
                first_number=wanted.first_number,
                default_service_minutes=wanted.default_service_minutes,
                active=wanted.active,
                sort_order=(last + 1) if last is not None else 0,
                priority_every=wanted.priority_every,
                max_wait_minutes=wanted.max_wait_minutes,
                alert_waiting_count=wanted.alert_waiting_count,
                alert_wait_minutes=wanted.alert_wait_minutes,
            )
            session.add(row)
            await session.flush()
            await record_action(
                session,
                actor,
                EventKind.LINE_CREATED,
                at=now,
                payload={"line_id": row.id, **_line_values(row), "sort_order": row.sort_order},
            )
            setup = await self._load(session, actor.hall_id, await self._today(session, actor, now))
            return setup.line(row.id)

    async def edit_line(self, actor: Actor, line_id: int, fields: LineFields) -> LineSetup:
        """Change a line; refused when it would break today's numbers or strand someone.

        Nothing changed: no event, the line as it is.
        """
        require(actor, *MANAGERS, action="修改业务类别")
        wanted = checked_line(fields, rules.LINE_PREFIX, rules.LINE_NAME)
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="修改业务类别")
            now = await self.db.now(session)
            today = await self._today(session, actor, now)
            row = await hall_line(session, actor.hall_id, line_id, lock=True)
            before = _line_values(row)
            after = {
                "prefix": wanted.prefix,
                "name": wanted.name,
                "daily_limit": wanted.daily_limit,
                "first_number": wanted.first_number,
                "default_service_minutes": wanted.default_service_minutes,
                "active": wanted.active,
                "priority_every": wanted.priority_every,
                "max_wait_minutes": wanted.max_wait_minutes,
                "alert_waiting_count": wanted.alert_waiting_count,
                "alert_wait_minutes": wanted.alert_wait_minutes,
            }
            old, new = changes(before, after)
            if not new:
                return (await self._load(session, actor.hall_id, today)).line(row.id)
            if "prefix" in new:
                await self._check_prefix_free(session, actor.hall_id, wanted.prefix, row.id)
            if "prefix" in new or "first_number" in new:
                issued = await self._issued_today(session, row, today)
                if issued:
                    field = "prefix" if "prefix" in new else "first_number"
                    what = "号码前缀" if field == "prefix" else "起始号"
                    raise ValidationError(
                        field,
                        f"“{row.prefix} {row.name}”今天已经发出 {issued} 个号，"
                        f"{what}要到明天才能修改",
                        code="numbers_issued_today",
                    )
            if new.get("active") is False:
                await self._check_line_can_close(session, row, today)
            for key, value in new.items():
                setattr(row, key, value)
            await record_action(
                session,
                actor,
                EventKind.LINE_EDITED,
                at=now,
                payload={"line_id": row.id, "prefix": row.prefix, "old": old, "new": new},
            )
            await session.flush()
            return (await self._load(session, actor.hall_id, today)).line(row.id)

    async def set_line_order(self, actor: Actor, line_ids: Sequence[int]) -> list[LineSetup]:
        """The order of the lines on the desk and the display: every line of the hall,
        inactive ones too, first to last."""
        require(actor, *MANAGERS, action="调整业务类别顺序")
        wanted = unique_ids("order", line_ids, "业务类别")
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="调整业务类别顺序")
            rows = await self._ordered_lines(session, actor.hall_id)
            if set(wanted) != {row.id for row in rows}:
                raise ValidationError(
                    "order", "排序要列出本大厅的全部业务类别，每项一次（列表可能已过期，请刷新）"
                )
            by_id = {row.id: row for row in rows}
            return await self._reorder(session, actor, rows, [by_id[i] for i in wanted])

    async def move_line(
        self, actor: Actor, line_id: int, direction: Literal["up", "down"]
    ) -> list[LineSetup]:
        """Move one line a place up or down in the order (at either end: nothing moves)."""
        require(actor, *MANAGERS, action="调整业务类别顺序")
        if direction not in ("up", "down"):
            raise ValidationError("order", "只能上移或下移")
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="调整业务类别顺序")
            rows = await self._ordered_lines(session, actor.hall_id)
            index = next((i for i, row in enumerate(rows) if row.id == line_id), None)
            if index is None:
                raise NotFound(f"找不到业务类别（编号 {line_id}）")
            other = index - 1 if direction == "up" else index + 1
            order = list(rows)
            if 0 <= other < len(order):
                order[index], order[other] = order[other], order[index]
            return await self._reorder(session, actor, rows, order)

    # -- windows ------------------------------------------------------------------------

    async def create_window(
        self, actor: Actor, fields: WindowFields, line_ids: Sequence[int] = ()
    ) -> WindowSetup:
        """Add a window with the lines it serves (in rank order); its number must be new.

        An active window needs at least one active line among ``line_ids``.
        """
        require(actor, *MANAGERS, action="新增窗口")
        wanted = checked_window(fields, rules.WINDOW_NAME)
        ids = unique_ids("lines", line_ids, "业务")
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="新增窗口")
            now = await self.db.now(session)
            await self._check_number_free(session, actor.hall_id, wanted.number, None)
            lines = await self._lines_by_id(session, actor.hall_id, ids)
            if wanted.active and not any(line.active for line in lines):
                raise Refused(
                    f"启用的窗口至少要办理一项启用中的业务：请为 {wanted.number} 号窗口"
                    "选择办理的业务，或先不启用该窗口",
                    code="window_without_lines",
                )
            row = ServiceWindow(
                hall_id=actor.hall_id,
                number=wanted.number,
                name=wanted.name,
                kind=wanted.kind.value,
                active=wanted.active,
                paused=False,
            )
            session.add(row)
            await session.flush()
            _add_window_lines(session, row.id, lines)
            await record_action(
                session,
                actor,
                EventKind.WINDOW_CREATED,
                at=now,
                window_id=row.id,
                payload={
                    **_window_values(row),
                    "window_number": row.number,
                    "lines": [line.prefix for line in lines],
                    "line_ids": ids,
                },
            )
            await session.flush()
            setup = await self._load(session, actor.hall_id, await self._today(session, actor, now))
            return setup.window(row.id)

    async def edit_window(self, actor: Actor, window_id: int, fields: WindowFields) -> WindowSetup:
        """Change a window's number, name, kind or active flag (refused while it is busy)."""
        require(actor, *MANAGERS, action="修改窗口")
        wanted = checked_window(fields, rules.WINDOW_NAME)
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="修改窗口")
            now = await self.db.now(session)
            today = await self._today(session, actor, now)
            row = await hall_window(session, actor.hall_id, window_id, lock=True)
            before = _window_values(row)
            after = {
                "number": wanted.number,
                "name": wanted.name,
                "kind": wanted.kind.value,
                "active": wanted.active,
            }
            old, new = changes(before, after)
            if not new:
                return (await self._load(session, actor.hall_id, today)).window(row.id)
            if "number" in new:
                await self._check_number_free(session, actor.hall_id, wanted.number, row.id)
                in_hand = await self._in_hand(session, row.id)
                if in_hand is not None:
                    raise ValidationError(
                        "number",
                        f"{row.number} 号窗口正在呼叫或办理 {in_hand} 号（群众按窗口号找来），"
                        "请办完后再改窗口号",
                        code="window_busy",
                    )
            if new.get("active") is False:
                await self._check_window_can_close(session, row, today)
            if new.get("active") is True:
                served = await self._served(session, row.id)
                if not any(line.active for line in served):
                    raise Refused(
                        f"{row.number} 号窗口还没有办理任何启用中的业务，"
                        "请先为它选择办理的业务再启用",
                        code="window_without_lines",
                    )
            for key, value in new.items():
                setattr(row, key, value)
            await record_action(
                session,
                actor,
                EventKind.WINDOW_EDITED,
                at=now,
                window_id=row.id,
                payload={"window_number": row.number, "old": old, "new": new},
            )
            await session.flush()
            return (await self._load(session, actor.hall_id, today)).window(row.id)

    async def set_window_lines(
        self, actor: Actor, window_id: int, line_ids: Sequence[int]
    ) -> WindowSetup:
        """The lines a window serves, in rank order: the first is called first (rank 1)."""
        require(actor, *MANAGERS, action="设置窗口办理的业务")
        ids = unique_ids("lines", line_ids, "业务")
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="设置窗口办理的业务")
            now = await self.db.now(session)
            today = await self._today(session, actor, now)
            row = await hall_window(session, actor.hall_id, window_id, lock=True)
            lines = await self._lines_by_id(session, actor.hall_id, ids)
            before = await self._served(session, row.id)
            if [line.line_id for line in before] == ids:
                return (await self._load(session, actor.hall_id, today)).window(row.id)
            if row.active and not any(line.active for line in lines):
                raise Refused(
                    f"{row.number} 号窗口正在使用，至少要办理一项启用中的业务；"
                    "不再使用这个窗口请先停用它",
                    code="window_without_lines",
                )
            dropped = {line.line_id for line in before} - set(ids)
            if row.active and dropped:
                await self._check_not_stranded(session, actor.hall_id, today, dropped, row.id)
            # Today's 综窗 help stays (ahead of the window's own lines, as it was sent)
            # unless its line becomes one of them; help of earlier days is cleared.
            await session.execute(
                delete(WindowLine).where(
                    WindowLine.window_id == row.id,
                    or_(
                        WindowLine.permanent(),
                        ~WindowLine.serving_on(today),
                        WindowLine.line_id.in_(ids),
                    ),
                )
            )
            _add_window_lines(session, row.id, lines)
            helps = await session.scalars(
                select(WindowLine)
                .where(WindowLine.window_id == row.id, WindowLine.until_day.is_not(None))
                .order_by(WindowLine.rank)
            )
            helping = list(helps)
            for rank, help_row in enumerate(helping, start=1 - len(helping)):
                help_row.rank = rank  # … -1, 0: before the own lines' 1, 2, …
            await record_action(
                session,
                actor,
                EventKind.WINDOW_LINES_SET,
                at=now,
                window_id=row.id,
                payload={
                    "window_number": row.number,
                    "old": [line.prefix for line in before],
                    "new": [line.prefix for line in lines],
                    "old_line_ids": [line.line_id for line in before],
                    "new_line_ids": ids,
                },
            )
            await session.flush()
            return (await self._load(session, actor.hall_id, today)).window(row.id)

    # -- helpers --------------------------------------------------------------------------

    async def _today(self, session: AsyncSession, actor: Actor, now: Any) -> date:
        return service_day(now, await hall_zone(session, actor.hall_id))

    async def _lines_by_id(
        self, session: AsyncSession, hall_id: int, ids: Iterable[int]
    ) -> list[BusinessLine]:
        ids = list(ids)
        if not ids:
            return []
        found = {
            row.id: row
            for row in await session.scalars(
                select(BusinessLine).where(
                    BusinessLine.hall_id == hall_id, BusinessLine.id.in_(ids)
                )
            )
        }
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFound(f"找不到业务类别（编号 {missing[0]}）")
        return [found[i] for i in ids]

    async def _ordered_lines(self, session: AsyncSession, hall_id: int) -> list[BusinessLine]:
        return list(
            await session.scalars(
                select(BusinessLine)
                .where(BusinessLine.hall_id == hall_id)
                .order_by(BusinessLine.sort_order, BusinessLine.prefix)
                .with_for_update()
            )
        )

    async def _reorder(
        self,
        session: AsyncSession,
        actor: Actor,
        before: list[BusinessLine],
        after: list[BusinessLine],
    ) -> list[LineSetup]:
        now = await self.db.now(session)
        today = await self._today(session, actor, now)
        changed = False
        for order, row in enumerate(after):
            if row.sort_order != order:
                row.sort_order = order
                changed = True
        if changed:
            await record_action(
                session,
                actor,
                EventKind.LINES_REORDERED,
                at=now,
                payload={
                    "old": [row.prefix for row in before],
                    "new": [row.prefix for row in after],
                    "line_ids": [row.id for row in after],
                },
            )
            await session.flush()
        return list((await self._load(session, actor.hall_id, today)).lines)

    async def _check_prefix_free(
        self, session: AsyncSession, hall_id: int, prefix: str, own_id: int | None
    ) -> None:
        holder = await _other_holder(session, BusinessLine.prefix, hall_id, prefix, own_id)
        if holder is not None:
            raise ValidationError(
                "prefix",
                f"号码前缀“{prefix}”已被“{holder}”使用，同一大厅的前缀不能重复",
                code="prefix_taken",
            )

    async def _check_number_free(
        self, session: AsyncSession, hall_id: int, number: int, own_id: int | None
    ) -> None:
        holder = await _other_holder(session, ServiceWindow.number, hall_id, number, own_id)
        if holder is not None:
            raise ValidationError(
                "number",
                f"{number} 号窗口已经存在（{holder}），窗口号不能重复",
                code="number_taken",
            )

    async def _issued_today(self, session: AsyncSession, row: BusinessLine, today: date) -> int:
        last = await session.scalar(
            select(NumberCounter.last_seq).where(
                NumberCounter.hall_id == row.hall_id,
                NumberCounter.line_id == row.id,
                NumberCounter.service_day == today,
            )
        )
        tickets = await _tickets(
            session,
            Ticket.hall_id == row.hall_id,
            Ticket.line_id == row.id,
            Ticket.service_day == today,
            Ticket.transferred_from_id.is_(None),  # a transfer keeps another line's number
        )
        counted = 0 if last is None else last - row.first_number + 1
        return max(counted, tickets or 0)

    async def _check_line_can_close(
        self, session: AsyncSession, row: BusinessLine, today: date
    ) -> None:
        counts = dict(
            (
                await session.execute(
                    select(Ticket.status, func.count())
                    .where(
                        Ticket.hall_id == row.hall_id,
                        Ticket.line_id == row.id,
                        Ticket.service_day == today,
                        Ticket.status.in_([TicketStatus.WAITING.value, TicketStatus.HELD.value]),
                    )
                    .group_by(Ticket.status)
                )
            ).all()
        )
        waiting = counts.get(TicketStatus.WAITING.value, 0)
        held = counts.get(TicketStatus.HELD.value, 0)
        if waiting or held:
            parts = [f"{waiting} 人在等候"] if waiting else []
            parts += [f"{held} 个号挂起待回呼"] if held else []
            raise Refused(
                f"“{row.prefix} {row.name}”今天还有{'、'.join(parts)}，"
                "请等这些号办完、取消或转到其他业务后再停用",
                code="line_has_waiting",
            )
        # Active windows that would be left with no active line to call.
        other = aliased(WindowLine)
        alone = await session.scalars(
            select(ServiceWindow.number)
            .join(WindowLine, WindowLine.window_id == ServiceWindow.id)
            .where(
                WindowLine.line_id == row.id,
                WindowLine.permanent(),
                ServiceWindow.active.is_(True),
                ~select(other.line_id)
                .join(BusinessLine, BusinessLine.id == other.line_id)
                .where(
                    other.window_id == ServiceWindow.id,
                    other.line_id != row.id,
                    other.permanent(),  # today's help ends tonight
                    BusinessLine.active.is_(True),
                )
                .exists(),
            )
            .order_by(ServiceWindow.number)
        )
        numbers = list(alone)
        if numbers:
            listed = "、".join(f"{n}号" for n in numbers)
            these = "这些窗口" if len(numbers) > 1 else "该窗口"
            raise Refused(
                f"{listed}窗口只办理“{row.prefix} {row.name}”，停用后将无号可叫："
                f"请先为{these}增加其他业务，或先停用{these}",
                code="window_without_lines",
            )

    async def _check_window_can_close(
        self, session: AsyncSession, row: ServiceWindow, today: date
    ) -> None:
        if row.clerk_id is not None:
            clerk = await session.get(Staff, row.clerk_id)
            who = f"{clerk.name}（{clerk.staff_number}）" if clerk else "窗口人员"
            raise Refused(
                f"{who}正在 {row.number} 号窗口登录，请其退出窗口后再停用",
                code=EventKind.WINDOW_SIGNED_IN,
            )
        in_hand = await self._in_hand(session, row.id)
        if in_hand is not None:
            raise Refused(
                f"{row.number} 号窗口正在呼叫或办理 {in_hand} 号，请办完后再停用",
                code="window_busy",
            )
        held = await _tickets(
            session,
            Ticket.window_id == row.id,
            Ticket.status == TicketStatus.HELD.value,
            Ticket.service_day == today,
        )
        if held:
            raise Refused(
                f"{row.number} 号窗口还有 {held} 个挂起待回呼的号，请回呼办完后再停用",
                code="window_has_held",
            )
        targeted = await _tickets(
            session,
            Ticket.target_window_id == row.id,
            Ticket.status == TicketStatus.WAITING.value,
            Ticket.service_day == today,
        )
        if targeted:
            raise Refused(
                f"有 {targeted} 个号指定转到 {row.number} 号窗口，正在等候，请办完后再停用",
                code="window_has_transfers",
            )
        serving_today = set(
            await session.scalars(
                select(WindowLine.line_id).where(
                    WindowLine.window_id == row.id, WindowLine.serving_on(today)
                )
            )
        )
        await self._check_not_stranded(session, row.hall_id, today, serving_today, row.id)

    async def _check_not_stranded(
        self,
        session: AsyncSession,
        hall_id: int,
        today: date,
        line_ids: set[int],
        window_id: int,
    ) -> None:
        """Refuse when a line of ``line_ids`` has people waiting today and no active window
        but ``window_id`` serves it: they would wait for nobody."""
        if not line_ids:
            return
        waiting = dict(
            (
                await session.execute(
                    select(Ticket.line_id, func.count())
                    .where(
                        Ticket.hall_id == hall_id,
                        Ticket.service_day == today,
                        Ticket.status == TicketStatus.WAITING.value,
                        Ticket.line_id.in_(line_ids),
                    )
                    .group_by(Ticket.line_id)
                )
            ).all()
        )
        if not waiting:
            return
        served_elsewhere = set(
            await session.scalars(
                select(WindowLine.line_id)
                .join(ServiceWindow, ServiceWindow.id == WindowLine.window_id)
                .where(
                    WindowLine.line_id.in_(list(waiting)),
                    WindowLine.serving_on(today),
                    ServiceWindow.active.is_(True),
                    ServiceWindow.id != window_id,
                )
            )
        )
        for line_id, count in sorted(waiting.items()):
            if line_id not in served_elsewhere:
                line = await session.get(BusinessLine, line_id)
                assert line is not None
                raise Refused(
                    f"“{line.prefix} {line.name}”还有 {count} 人在等候，且没有其他窗口办理，"
                    "这样改了他们就无人叫号：请先让其他窗口办理该业务",
                    code="line_stranded",
                )

    async def _in_hand(self, session: AsyncSession, window_id: int) -> str | None:
        number: str | None = await session.scalar(
            select(Ticket.number)
            .where(Ticket.window_id == window_id, Ticket.status.in_(_IN_HAND))
            .limit(1)
        )
        return number

    async def _served(self, session: AsyncSession, window_id: int) -> list[ServedLine]:
        rows = await session.execute(
            select(WindowLine.rank, BusinessLine)
            .join(BusinessLine, BusinessLine.id == WindowLine.line_id)
            .where(WindowLine.window_id == window_id, WindowLine.permanent())
            .order_by(WindowLine.rank, BusinessLine.sort_order)
        )
        return [
            ServedLine(line.id, line.prefix, line.name, rank, line.active) for rank, line in rows
        ]

    async def _load(self, session: AsyncSession, hall_id: int, today: date) -> HallSetup:
        lines = list(
            await session.scalars(
                select(BusinessLine)
                .where(BusinessLine.hall_id == hall_id)
                .order_by(BusinessLine.sort_order, BusinessLine.prefix)
            )
        )
        windows = list(
            await session.scalars(
                select(ServiceWindow)
                .where(ServiceWindow.hall_id == hall_id)
                .order_by(ServiceWindow.number)
            )
        )
        served: dict[int, list[ServedLine]] = defaultdict(list)
        serving: dict[int, list[int]] = defaultdict(list)
        by_window = {w.id: w for w in windows}
        for window_id, rank, line in await session.execute(
            select(WindowLine.window_id, WindowLine.rank, BusinessLine)
            .join(BusinessLine, BusinessLine.id == WindowLine.line_id)
            .join(ServiceWindow, ServiceWindow.id == WindowLine.window_id)
            .where(ServiceWindow.hall_id == hall_id, WindowLine.permanent())
            .order_by(WindowLine.window_id, WindowLine.rank, BusinessLine.sort_order)
        ):
            served[window_id].append(ServedLine(line.id, line.prefix, line.name, rank, line.active))
            if by_window[window_id].active:
                serving[line.id].append(by_window[window_id].number)
        counters = dict(
            (
                await session.execute(
                    select(NumberCounter.line_id, NumberCounter.last_seq).where(
                        NumberCounter.hall_id == hall_id, NumberCounter.service_day == today
                    )
                )
            ).all()
        )
        waiting = dict(
            (
                await session.execute(
                    select(Ticket.line_id, func.count())
                    .where(
                        Ticket.hall_id == hall_id,
                        Ticket.service_day == today,
                        Ticket.status == TicketStatus.WAITING.value,
                    )
                    .group_by(Ticket.line_id)
                )
            ).all()
        )
        clerks = dict(
            (
                await session.execute(
                    select(Staff.id, Staff.name).where(
                        Staff.id.in_([w.clerk_id for w in windows if w.clerk_id is not None])
                    )
                )
            ).all()
        )
        return HallSetup(
            lines=tuple(
                LineSetup(
                    id=line.id,
                    prefix=line.prefix,
                    name=line.name,
                    daily_limit=line.daily_limit,
                    first_number=line.first_number,
                    default_service_minutes=line.default_service_minutes,
                    active=line.active,
                    sort_order=line.sort_order,
                    priority_every=line.priority_every,
                    max_wait_minutes=line.max_wait_minutes,
                    alert_waiting_count=line.alert_waiting_count,
                    alert_wait_minutes=line.alert_wait_minutes,
                    window_numbers=tuple(sorted(serving.get(line.id, []))),
                    issued_today=max(0, counters[line.id] - line.first_number + 1)
                    if line.id in counters
                    else 0,
                    waiting_today=waiting.get(line.id, 0),
                )
                for line in lines
            ),
            windows=tuple(
                WindowSetup(
                    id=w.id,
                    number=w.number,
                    name=w.name,
                    kind=window_kind(w.kind),
                    active=w.active,
                    paused=w.paused,
                    clerk_name=clerks.get(w.clerk_id) if w.clerk_id is not None else None,
                    lines=tuple(served.get(w.id, [])),
                )
                for w in windows
            ),
        )
